/**
 * Agreement with ajv (draft-06, ajv-formats) compiled from the official
 * 2.0.1 schemas beside the repository: the same verdict on the same valid
 * and mutated payloads, for all 128 messages, and on single defects the same
 * place (ajv's instancePath, plus the property name for required and
 * additionalProperties). Skipped where ../shared is absent.
 *
 * Generated date-times stay within the forms both accept (see runtime.test.ts
 * for the documented differences).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate } from '../../src/v201/index.js';
import { model } from '../../src/v201/model.js';
import { fullPayload, messageArbitrary, messageList } from '../support/arbitraries.js';
import { mutationsOf, type Mutation } from '../support/mutations.js';
import { compileWithAjv, officialSchemaDir, readSchemas, SKIP_REASON } from '../support/official-schemas.js';

const messages = messageList(model);
const dir = officialSchemaDir('v201');
let compiled: Map<string, ValidateFunction> | undefined;
function ajvFor(message: string): ValidateFunction {
  compiled ??= compileWithAjv(readSchemas(dir!));
  const fn = compiled.get(message);
  assert.ok(fn, `an official schema for ${message}`);
  return fn;
}

const escape = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointer ajv's first error designates, in this project's convention. */
function ajvPointer(e: ErrorObject): string {
  if (e.keyword === 'required') return `${e.instancePath}/${escape((e.params as { missingProperty: string }).missingProperty)}`;
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${escape((e.params as { additionalProperty: string }).additionalProperty)}`;
  return e.instancePath;
}

function agreeOnMutation(action: string, kind: 'request' | 'response', check: ValidateFunction, m: Mutation): void {
  const ours = validate(action, kind, m.payload);
  const theirs = check(m.payload);
  assert.equal(theirs, ours?.ok, `ajv ${theirs ? 'accepts' : 'rejects'} ${m.what}`);
  assert.equal(check.errors?.length, 1);
  assert.equal(ajvPointer(check.errors![0]!), m.pointer, `ajv points elsewhere for ${m.what}`);
}

describe('agreement with ajv compiled from the official schemas', () => {
  test('all 128 official schemas compile with ajv', (t) => {
    if (!dir) return t.skip(SKIP_REASON);
    for (const { message } of messages) ajvFor(message);
    assert.equal(compiled!.size, 128);
  });

  for (const { action, kind, message } of messages) {
    test(`${message}: same verdict on valid payloads, on every mutation of the full payload, and on random mutations`, (t) => {
      if (!dir) return t.skip(SKIP_REASON);
      const check = ajvFor(message);
      const full = fullPayload(model, message);
      assert.equal(check(full), true, 'ajv accepts the full payload');
      for (const m of mutationsOf(model, message, full)) agreeOnMutation(action, kind, check, m);
      fc.assert(
        fc.property(messageArbitrary(model, message), fc.nat(), (payload, pick) => {
          assert.equal(check(payload), true, `ajv rejects a valid payload: ${JSON.stringify(check.errors)}`);
          assert.equal(validate(action, kind, payload)?.ok, true);
          const all = mutationsOf(model, message, payload);
          agreeOnMutation(action, kind, check, all[pick % all.length]!);
        }),
        { numRuns: 20 },
      );
    });
  }
});
