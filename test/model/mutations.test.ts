/**
 * Single-defect mutations of valid payloads, for every message of every
 * version, are rejected with exactly one error carrying the right OCPP error
 * code and JSON pointer; lenient mode turns exactly the over-long strings,
 * unknown enum values and unknown properties into warnings (same code, same
 * pointer) and keeps every other defect an error. Each code has its spelling
 * in the version's own table of wire codes (1.6: FormationViolation,
 * OccurenceConstraintViolation), the one the RPC layer's table sends.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { wireErrorCode } from '../../src/rpc/errors.js';
import { validate } from '../../src/v201/index.js';
import { model } from '../../src/v201/model.js';
import type { ValidationIssue } from '../../src/schema/result.js';
import { fullPayload, messageArbitrary, messageList } from '../support/arbitraries.js';
import { ALL_KINDS, CODE_OF, mutationsOf, type Mutation, type MutationKind } from '../support/mutations.js';
import { versions, type VersionUnderTest } from '../support/versions.js';

const messages = messageList(model);
const NUM_RUNS = 20;

const brief = (issues: readonly ValidationIssue[]): string[][] => issues.map((e) => [e.code, e.pointer]);

function checkMutation(version: VersionUnderTest, action: string, kind: 'request' | 'response', m: Mutation): void {
  const { validate } = version;
  const expected = [[m.code, m.pointer]];
  const strict = validate(action, kind, m.payload);
  assert.ok(strict, action);
  assert.equal(strict.ok, false, `strict accepts ${m.what}`);
  if (!strict.ok) assert.deepEqual(brief(strict.errors), expected, `strict, ${m.what}`);
  assert.deepEqual(strict.warnings, [], `strict never warns (${m.what})`);
  for (const e of strict.ok ? [] : strict.errors) assert.ok(e.reason.length > 0 && e.reason.length < 80, 'a short reason');

  const lenient = validate(action, kind, m.payload, { mode: 'lenient' });
  assert.ok(lenient);
  if (m.soft) {
    assert.equal(lenient.ok, true, `lenient rejects ${m.what}`);
    assert.deepEqual(brief(lenient.warnings), expected, `lenient warning, ${m.what}`);
  } else {
    assert.equal(lenient.ok, false, `lenient accepts ${m.what}`);
    if (!lenient.ok) assert.deepEqual(brief(lenient.errors), expected, `lenient error, ${m.what}`);
    assert.deepEqual(lenient.warnings, [], `lenient warning for a hard defect (${m.what})`);
  }
}

const seen = new Map<MutationKind, number>();
for (const version of versions) {
  const { model } = version;
  const messages = messageList(model);

  describe(`${version.name} model: every single-defect mutation of every field of the full payload`, () => {
    let total = 0;
    for (const { action, kind, message } of messages) {
      test(message, () => {
        const all = mutationsOf(model, message, fullPayload(model, message));
        for (const m of all) {
          seen.set(m.kind, (seen.get(m.kind) ?? 0) + 1);
          checkMutation(version, action, kind, m);
        }
        total += all.length;
      });
    }
    test('there were thousands', () => assert.ok(total > 1000, `${total} mutations`));
  });

  describe(`${version.name} model: a random single defect in a random valid payload`, () => {
    for (const { action, kind, message } of messages) {
      test(message, () => {
        fc.assert(
          fc.property(messageArbitrary(model, message), fc.nat(), (payload, pick) => {
            const all = mutationsOf(model, message, payload);
            checkMutation(version, action, kind, all[pick % all.length]!);
          }),
          { numRuns: NUM_RUNS },
        );
      });
    }
  });

  test(`${version.name}: each code a validator answers has the version's own wire spelling, the one the RPC layer sends`, () => {
    const spelling = version.descriptor.errorCodeSpelling;
    for (const code of new Set(Object.values(CODE_OF))) {
      const spelled = version.validationCodeSpelling[code];
      assert.ok(version.wireErrorCodes.includes(spelled), `${spelled} is a ${version.name} code`);
      assert.equal(spelled, wireErrorCode(code, spelling));
    }
    if (version.name === '1.6') {
      assert.equal(version.validationCodeSpelling.FormatViolation, 'FormationViolation');
      assert.equal(version.validationCodeSpelling.OccurrenceConstraintViolation, 'OccurenceConstraintViolation');
    }
  });
}

test('each of the 16 kinds of defect was exercised in some version', () => {
  assert.equal(ALL_KINDS.length, 16);
  assert.deepEqual(ALL_KINDS.filter((k) => !seen.has(k)), []);
});

describe('2.0.1 model: defects reported together', () => {
  test('every defect of a payload is listed, each with its own code and pointer', () => {
    const r = validate('BootNotification', 'request', {
      reason: 'Bored',
      chargingStation: { model: 5, vendorName: 'v'.repeat(51), modem: null, extra: true },
      other: 1,
    });
    assert.equal(r?.ok, false);
    assert.deepEqual(
      brief(r!.ok ? [] : r!.errors).sort(),
      [
        ['FormatViolation', '/chargingStation/extra'],
        ['FormatViolation', '/other'],
        ['PropertyConstraintViolation', '/chargingStation/vendorName'],
        ['PropertyConstraintViolation', '/reason'],
        ['TypeConstraintViolation', '/chargingStation/model'],
        ['TypeConstraintViolation', '/chargingStation/modem'],
      ].sort(),
    );
  });

  test('lenient: soft defects become warnings while hard ones stay errors', () => {
    const r = validate(
      'BootNotification',
      'request',
      { reason: 'Bored', chargingStation: { model: 5, vendorName: 'v'.repeat(51), extra: true } },
      { mode: 'lenient' },
    );
    assert.equal(r?.ok, false);
    assert.deepEqual(brief(r!.ok ? [] : r!.errors), [['TypeConstraintViolation', '/chargingStation/model']]);
    assert.deepEqual(brief(r!.warnings).sort(), [
      ['FormatViolation', '/chargingStation/extra'],
      ['PropertyConstraintViolation', '/chargingStation/vendorName'],
      ['PropertyConstraintViolation', '/reason'],
    ]);
  });

  test('maxErrors caps the list, never the verdict', () => {
    const payload: Record<string, number> = {};
    for (let i = 0; i < 500; i++) payload[`p${i}`] = i;
    const capped = validate('Heartbeat', 'request', payload, { maxErrors: 5 });
    assert.equal(capped?.ok, false);
    assert.equal(capped!.ok ? -1 : capped!.errors.length, 5);
    const none = validate('Heartbeat', 'request', payload, { maxErrors: 0 });
    assert.equal(none?.ok, false, 'still rejected with maxErrors 0');
    const all = validate('Heartbeat', 'request', payload);
    assert.equal(all!.ok ? -1 : all!.errors.length, 100, 'default cap 100');
    const lenient = validate('Heartbeat', 'request', payload, { mode: 'lenient', maxErrors: 7 });
    assert.equal(lenient?.ok, true);
    assert.equal(lenient!.warnings.length, 7, 'warnings are capped too');
  });

  test('an array over maxItems is rejected whole: one error, its items never read', () => {
    let reads = 0;
    const spy = new Proxy({}, { get: () => (reads++, 'x'), has: () => (reads++, true), ownKeys: () => (reads++, []) });
    const hashes = Array.from({ length: 100_000 }, () => spy);
    const r = validate('Authorize', 'request', { idToken: { idToken: 'a', type: 'Central' }, iso15118CertificateHashData: hashes });
    assert.deepEqual(brief(r!.ok ? [] : r!.errors), [['OccurrenceConstraintViolation', '/iso15118CertificateHashData']]);
    assert.equal(reads, 0);
    const within = validate('Authorize', 'request', { idToken: { idToken: 'a', type: 'Central' }, iso15118CertificateHashData: [{}, 5] });
    assert.deepEqual(brief(within!.ok ? [] : within!.errors).map((e) => e[1]), [
      '/iso15118CertificateHashData/0/hashAlgorithm',
      '/iso15118CertificateHashData/0/issuerNameHash',
      '/iso15118CertificateHashData/0/issuerKeyHash',
      '/iso15118CertificateHashData/0/serialNumber',
      '/iso15118CertificateHashData/0/responderURL',
      '/iso15118CertificateHashData/1',
    ], 'items of an array within its bounds are all checked');
  });

  test('pointers escape ~ and / (RFC 6901) in unknown property names', () => {
    const r = validate('Heartbeat', 'request', { 'a/b': 1, 'c~d': 2, '~/': 3, '': 4 });
    assert.deepEqual(brief(r!.ok ? [] : r!.errors).map((x) => x[1]).sort(), ['/', '/a~1b', '/c~0d', '/~0~1'].sort());
  });

  test('null where a required field belongs is a type error, not a missing field', () => {
    const r = validate('BootNotification', 'request', { reason: null, chargingStation: { model: 'm', vendorName: 'v' } });
    assert.deepEqual(brief(r!.ok ? [] : r!.errors), [['TypeConstraintViolation', '/reason']]);
  });

  test('a payload that is not an object is a FormatViolation at the root, for every message', () => {
    for (const { action, kind } of messages) {
      for (const bad of [null, undefined, [], [{}], 'x', '', 0, 1.5, true, false]) {
        const r = validate(action, kind, bad);
        assert.deepEqual(brief(r!.ok ? [] : r!.errors), [['FormatViolation', '']], `${action} ${kind} ${String(bad)}`);
      }
    }
  });
});
