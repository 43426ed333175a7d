/**
 * Agreement with ajv compiled from the official schemas beside the
 * repository (2.0.1, 2.1 and the 1.6 whitepaper files: draft-06; the other
 * 1.6 files: draft-04 through ajv-draft-04; ajv-formats for date-time and
 * uri): the same verdict on the same valid and mutated payloads, for every
 * message of every version, and on single defects the same place (ajv's
 * instancePath, plus the property name for required and
 * additionalProperties). Skipped where ../shared is absent.
 *
 * Generated date-times stay within the forms both accept (see runtime.test.ts
 * for the documented differences). ajv judges multipleOf with 6 decimals of
 * tolerance, since its default binary division rejects 21.4 as a multiple of
 * 0.1 (see official-schemas.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { fullPayload, messageArbitrary, messageList } from '../support/arbitraries.js';
import { mutationsOf, type Mutation } from '../support/mutations.js';
import { compileWithAjv, officialSchemaDir, readSchemas, SKIP_REASON } from '../support/official-schemas.js';
import { versions, type VersionUnderTest } from '../support/versions.js';

const escape = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** The pointer ajv's first error designates, in this project's convention. */
function ajvPointer(e: ErrorObject): string {
  if (e.keyword === 'required') return `${e.instancePath}/${escape((e.params as { missingProperty: string }).missingProperty)}`;
  if (e.keyword === 'additionalProperties') return `${e.instancePath}/${escape((e.params as { additionalProperty: string }).additionalProperty)}`;
  return e.instancePath;
}

function agreeOnMutation(version: VersionUnderTest, action: string, kind: 'request' | 'response', check: ValidateFunction, m: Mutation): void {
  const ours = version.validate(action, kind, m.payload);
  const theirs = check(m.payload);
  assert.equal(theirs, ours?.ok, `ajv ${theirs ? 'accepts' : 'rejects'} ${m.what}`);
  assert.equal(check.errors?.length, 1);
  assert.equal(ajvPointer(check.errors![0]!), m.pointer, `ajv points elsewhere for ${m.what}`);
}

for (const version of versions) {
  const { model, counts } = version;
  const messages = messageList(model);
  const dir = officialSchemaDir(version.folder);
  let compiled: Map<string, ValidateFunction> | undefined;
  const ajvFor = (message: string): ValidateFunction => {
    compiled ??= compileWithAjv(readSchemas(dir!), { multipleOfPrecision: 6 });
    const fn = compiled.get(message);
    assert.ok(fn, `an official schema for ${message}`);
    return fn;
  };

  describe(`${version.name}: agreement with ajv compiled from the official schemas`, () => {
    test(`all ${counts.messages} official schemas compile with ajv`, (t) => {
      if (!dir) return t.skip(SKIP_REASON);
      for (const { message } of messages) ajvFor(message);
      assert.equal(compiled!.size, counts.messages);
    });

    for (const { action, kind, message } of messages) {
      test(`${message}: same verdict on valid payloads, on every mutation of the full payload, and on random mutations`, (t) => {
        if (!dir) return t.skip(SKIP_REASON);
        const check = ajvFor(message);
        const full = fullPayload(model, message);
        assert.equal(check(full), true, 'ajv accepts the full payload');
        for (const m of mutationsOf(model, message, full)) agreeOnMutation(version, action, kind, check, m);
        fc.assert(
          fc.property(messageArbitrary(model, message), fc.nat(), (payload, pick) => {
            assert.equal(check(payload), true, `ajv rejects a valid payload: ${JSON.stringify(check.errors)}`);
            assert.equal(version.validate(action, kind, payload)?.ok, true);
            const all = mutationsOf(model, message, payload);
            agreeOnMutation(version, action, kind, check, all[pick % all.length]!);
          }),
          { numRuns: 20 },
        );
      });
    }
  });
}
