/**
 * Every message of every version (1.6: 78, 2.0.1: 128, 2.1: 181): payloads
 * generated from the model are accepted (strict, and lenient with no
 * warning), survive a JSON round trip, and satisfy the typed guards. Every
 * enum value of every enum-typed field is accepted, and open objects
 * (CustomDataType, 2.x) take any extra property.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { FieldSchema, ModelDescription, ObjectSchema } from '../../src/schema/model.js';
import { fullPayload, messageArbitrary, messageList, type Json, type JsonObject } from '../support/arbitraries.js';
import { pointerOf } from '../support/mutations.js';
import { versions } from '../support/versions.js';

const NUM_RUNS = 25;

for (const version of versions) {
  const { model, validate, isRequest, isResponse, validatorFor, isActionName, actionTable, counts } = version;
  const messages = messageList(model);

  function assertAccepted(action: string, kind: 'request' | 'response', payload: unknown): void {
    const strict = validate(action, kind, payload);
    assert.ok(strict, `${action} is a known action`);
    assert.deepEqual(strict.ok ? [] : strict.errors, [], 'strict errors');
    assert.equal(strict.ok, true);
    assert.deepEqual(strict.warnings, []);
    if (strict.ok) assert.equal(strict.value, payload, 'the value is the payload itself, not a copy');
    const lenient = validate(action, kind, payload, { mode: 'lenient' });
    assert.ok(lenient?.ok, 'lenient accepts');
    assert.deepEqual(lenient.warnings, [], 'lenient has nothing to warn about');
  }

  describe(`${version.name} model: valid payloads of all ${counts.messages} messages are accepted`, () => {
    test(`the model lists ${counts.messages} messages for ${counts.actions} actions`, () => {
      assert.equal(messages.length, counts.messages);
      assert.equal(new Set(messages.map((m) => m.action)).size, counts.actions);
    });

    for (const { action, kind, message } of messages) {
      test(`${message}: generated payloads pass strict and lenient, and survive JSON`, () => {
        const guard = kind === 'request' ? isRequest : isResponse;
        assert.ok(isActionName(action));
        fc.assert(
          fc.property(messageArbitrary(model, message), (payload) => {
            assertAccepted(action, kind, payload);
            assert.equal(guard(action, payload), true, 'typed guard');
            const again = JSON.parse(JSON.stringify(payload)) as unknown;
            assert.deepEqual(again, payload, 'JSON round trip is lossless');
            assertAccepted(action, kind, again);
          }),
          { numRuns: NUM_RUNS },
        );
      });
    }
  });

  describe(`${version.name} model: the full payload (every optional field present) of each message is accepted`, () => {
    for (const { action, kind, message } of messages) {
      test(message, () => assertAccepted(action, kind, fullPayload(model, message)));
    }
  });

  describe(`${version.name} model: every value of every enum, at every enum-typed field, is accepted`, () => {
    const used = new Set<string>();
    for (const { action, kind, message } of messages) {
      const base = fullPayload(model, message);
      const sites: { path: (string | number)[]; enum: string }[] = [];
      enumSites(model, model.messages[message]!, base, [], sites);
      if (sites.length === 0) continue;
      test(`${message}: ${sites.length} enum field(s)`, () => {
        for (const site of sites) {
          used.add(site.enum);
          for (const value of model.enums[site.enum]!) {
            const r = validate(action, kind, setAt(base, site.path, value));
            assert.equal(r?.ok, true, `${pointerOf(site.path)} = ${value}`);
          }
          // Enum values are case-sensitive.
          const first = model.enums[site.enum]![0]!;
          const wrongCase = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
          if (model.enums[site.enum]!.includes(wrongCase)) continue;
          const r = validate(action, kind, setAt(base, site.path, wrongCase));
          assert.deepEqual(r?.ok ? [] : r?.errors.map((e) => [e.code, e.pointer]), [['PropertyConstraintViolation', pointerOf(site.path)]]);
        }
      });
    }
    test(`all ${counts.enums} enums are reached by some message field`, () => {
      assert.equal(Object.keys(model.enums).length, counts.enums);
      assert.deepEqual(Object.keys(model.enums).filter((e) => !used.has(e)), []);
    });
  });

  describe(`${version.name} model: customData (CustomDataType) stays open`, { skip: !model.types['CustomDataType'] && '1.6 has no open type' }, () => {
    const extras: JsonObject = {
      mainMeterValue: 12345,
      sessionsToDate: 342,
      nested: { deeper: [1, 'two', null, { three: true }] },
      'a/b~c': null,
      '': 'empty key',
    };
    for (const { action, kind, message } of messages) {
      test(`${message}: extra properties inside every customData are accepted without warning`, () => {
        const payload = fullPayload(model, message);
        let count = 0;
        // Every object in the full payload that has a customData gets the extras.
        const stack: Json[] = [payload];
        while (stack.length > 0) {
          const v = stack.pop()!;
          if (typeof v !== 'object' || v === null) continue;
          if (!Array.isArray(v) && typeof v['customData'] === 'object' && v['customData'] !== null) {
            Object.assign(v['customData'], structuredClone(extras));
            count++;
          }
          for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push(x);
        }
        assert.ok(count >= 1, 'every message has a customData');
        assertAccepted(action, kind, payload);
      });
    }
    test('customData still requires vendorId and checks its maxLength 255', () => {
      const missing = validate('Heartbeat', 'request', { customData: { other: 1 } });
      assert.deepEqual(missing?.ok ? [] : missing?.errors.map((e) => [e.code, e.pointer]), [['OccurrenceConstraintViolation', '/customData/vendorId']]);
      const long = validate('Heartbeat', 'request', { customData: { vendorId: 'v'.repeat(256) } });
      assert.deepEqual(long?.ok ? [] : long?.errors.map((e) => [e.code, e.pointer]), [['PropertyConstraintViolation', '/customData/vendorId']]);
      const exact = validate('Heartbeat', 'request', { customData: { vendorId: '\u{1F50C}'.repeat(255) } });
      assert.equal(exact?.ok, true, '255 astral code points (510 UTF-16 units) fit maxLength 255');
    });
  });

  describe(`${version.name} validate: the action table and unknown names`, () => {
    test('every action of the table has a request validator, and a response validator unless it goes as SEND', () => {
      for (const [action, info] of Object.entries(actionTable)) {
        assert.equal(typeof validatorFor(action, 'request'), 'function', action);
        assert.equal(typeof validatorFor(action, 'response'), info.send ? 'undefined' : 'function', action);
        assert.equal(version.sendActions.has(action), info.send === true, action);
      }
    });
    test('unknown actions, Object.prototype names and wrong case answer undefined', () => {
      for (const name of ['Unknown', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'bootNotification', 'BootNotificationRequest']) {
        assert.equal(validate(name, 'request', {}), undefined, name);
        assert.equal(validate(name, 'response', {}), undefined, name);
        assert.equal(validatorFor(name, 'request'), undefined, name);
        assert.equal(isRequest(name, {}), false, name);
        assert.equal(isResponse(name, {}), false, name);
      }
    });
    test('guards reject what validate rejects', () => {
      assert.equal(isRequest('Heartbeat', {}), true);
      assert.equal(isRequest('Heartbeat', { extra: 1 }), false);
      assert.equal(isRequest('Heartbeat', null), false);
      assert.equal(isResponse('Heartbeat', { currentTime: '2024-01-01T00:00:00Z' }), true);
      assert.equal(isResponse('Heartbeat', { currentTime: '2024-01-01T00:00:00' }), false);
    });
  });
}

/** Paths (inside the full payload) of every enum-typed field of a message, with its enum. */
function enumSites(model: ModelDescription, o: ObjectSchema, value: JsonObject, path: (string | number)[], out: { path: (string | number)[]; enum: string }[]): void {
  for (const [name, f] of Object.entries(o.properties)) {
    if (value[name] === undefined) continue;
    field(model, f, value[name]!, [...path, name], out);
  }
}
function field(model: ModelDescription, f: FieldSchema, v: Json, path: (string | number)[], out: { path: (string | number)[]; enum: string }[]): void {
  if (f.type === 'enum') out.push({ path, enum: f.enum });
  else if (f.type === 'object') enumSites(model, model.types[f.ref]!, v as JsonObject, path, out);
  else if (f.type === 'array') field(model, f.items, (v as Json[])[0]!, [...path, 0], out);
}

function setAt(payload: JsonObject, path: readonly (string | number)[], to: Json): JsonObject {
  const copy = structuredClone(payload);
  let parent = copy as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
  parent[path[path.length - 1]!] = to;
  return copy;
}

