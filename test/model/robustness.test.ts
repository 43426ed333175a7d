/**
 * The validators never mutate a payload and never throw, whatever they are
 * given: values that are not JSON objects, 10 MB strings in any field,
 * nesting 100k deep where nothing is checked (customData, unknown properties,
 * untyped fields), objects with throwing getters, Proxies, revoked Proxies.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { isRequest, isResponse, validate, type ActionName } from '../../src/v201/index.js';
import { model } from '../../src/v201/model.js';
import type { FieldSchema, ObjectSchema } from '../../src/schema/model.js';
import type { ValidateOptions, ValidationResult } from '../../src/schema/result.js';
import { deepFreeze, fullPayload, messageArbitrary, messageList, type Json, type JsonObject } from '../support/arbitraries.js';
import { mutationsOf, pointerOf } from '../support/mutations.js';

const messages = messageList(model);
const MODES: readonly ValidateOptions[] = [{}, { mode: 'lenient' }, { mode: 'strict', maxErrors: 1 }, { mode: 'lenient', maxErrors: 0 }];

/** Runs every entry point on `payload` in every mode; fails the test on a throw. */
function everyWay(action: string, kind: 'request' | 'response', payload: unknown): ValidationResult<unknown>[] {
  const out: ValidationResult<unknown>[] = [];
  for (const options of MODES) {
    const r = validate(action, kind, payload, options);
    assert.ok(r, action);
    out.push(r);
  }
  const guard = kind === 'request' ? isRequest : isResponse;
  assert.equal(guard(action as ActionName, payload), out[0]!.ok, 'the guard agrees with strict validate');
  return out;
}

/**
 * Wraps a value so that any write (set, define, delete, preventExtensions,
 * setPrototypeOf) at any depth is recorded; reads pass through.
 */
function watchWrites<T>(value: T, writes: string[], path = ''): T {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver) as unknown;
      return typeof key === 'string' ? watchWrites(v, writes, `${path}/${key}`) : v;
    },
    set(_t, key) {
      writes.push(`set ${path}/${String(key)}`);
      return false;
    },
    defineProperty(_t, key) {
      writes.push(`define ${path}/${String(key)}`);
      return false;
    },
    deleteProperty(_t, key) {
      writes.push(`delete ${path}/${String(key)}`);
      return false;
    },
    preventExtensions() {
      writes.push(`preventExtensions ${path}`);
      return false;
    },
    setPrototypeOf() {
      writes.push(`setPrototypeOf ${path}`);
      return false;
    },
  }) as T;
}

describe('validation never mutates the payload', () => {
  for (const { action, kind, message } of messages) {
    test(`${message}: valid and mutated payloads, deep-frozen and watched`, () => {
      fc.assert(
        fc.property(messageArbitrary(model, message), fc.nat(), (payload, pick) => {
          const all = mutationsOf(model, message, payload);
          for (const candidate of [payload, all[pick % all.length]!.payload]) {
            const before = JSON.stringify(candidate);
            // Frozen: a write would throw (and be caught), so the snapshot and the watcher catch it instead.
            const frozen = deepFreeze(structuredClone(candidate));
            const results = everyWay(action, kind, frozen);
            assert.equal(JSON.stringify(frozen), before, 'frozen payload unchanged');
            const writes: string[] = [];
            const watched = watchWrites(structuredClone(candidate), writes);
            const again = everyWay(action, kind, watched);
            assert.deepEqual(writes, [], 'no write of any kind');
            assert.deepEqual(
              again.map((r) => r.ok),
              results.map((r) => r.ok),
              'a transparent Proxy changes no verdict',
            );
            everyWay(action, kind, candidate);
            assert.equal(JSON.stringify(candidate), before, 'plain payload unchanged');
          }
        }),
        { numRuns: 10 },
      );
    });
  }
});

describe('validation never throws', () => {
  const strange: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['empty array', []],
    ['array of objects', [{}, {}]],
    ['number', 42],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['string', 'BootNotification'],
    ['JSON text of a payload', '{"reason":"PowerUp"}'],
    ['boolean', true],
    ['bigint', 10n],
    ['symbol', Symbol('x')],
    ['function', () => ({})],
    ['Date', new Date(0)],
    ['Map', new Map([['reason', 'PowerUp']])],
    ['RegExp', /x/],
    ['null prototype object', Object.create(null) as object],
    ['object with symbol keys', { [Symbol('k')]: 1 }],
    ['boxed string', Object('x') as object],
    ['typed array', new Uint8Array(4)],
  ];
  for (const { action, kind, message } of messages) {
    test(`${message}: values that are not payloads`, () => {
      for (const [name, value] of strange) {
        const [strict] = everyWay(action, kind, value);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          assert.deepEqual(strict!.ok ? [] : strict!.errors.map((e) => [e.code, e.pointer]), [['FormatViolation', '']], name);
        }
      }
    });
  }
});

/** Every leaf (non-object, non-array) field present in the full payload, with its schema. */
function leaves(o: ObjectSchema, v: JsonObject, path: (string | number)[], out: { path: (string | number)[]; field: FieldSchema }[]): void {
  for (const [name, f] of Object.entries(o.properties)) if (v[name] !== undefined) leaf(f, v[name]!, [...path, name], out);
}
function leaf(f: FieldSchema, v: Json, path: (string | number)[], out: { path: (string | number)[]; field: FieldSchema }[]): void {
  if (f.type === 'object') leaves(model.types[f.ref]!, v as JsonObject, path, out);
  else if (f.type === 'array') (v as Json[]).forEach((x, i) => leaf(f.items, x, [...path, i], out));
  else out.push({ path, field: f });
}
function setAt(payload: JsonObject, path: readonly (string | number)[], to: unknown): void {
  let parent = payload as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = to;
}

/** The code a string earns in a field of this schema, or none. */
function codeForString(f: FieldSchema): string | undefined {
  switch (f.type) {
    case 'string':
      return f.maxLength !== undefined || f.format !== undefined ? 'PropertyConstraintViolation' : undefined;
    case 'enum':
      return 'PropertyConstraintViolation';
    case 'any':
      return undefined;
    default:
      return 'TypeConstraintViolation';
  }
}

describe('10 MB strings', () => {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  const hugeAstral = '\u{1F50C}'.repeat(5 * 1024 * 1024);
  for (const { action, kind, message } of messages) {
    test(`${message}: a 10 MB string in every field at once, and as an unknown property`, () => {
      const payload = fullPayload(model, message);
      const sites: { path: (string | number)[]; field: FieldSchema }[] = [];
      leaves(model.messages[message]!, payload, [], sites);
      sites.forEach((s, i) => setAt(payload, s.path, i % 2 === 0 ? huge : hugeAstral));
      setAt(payload, ['tenMegabytes'], huge);
      const results = everyWay(action, kind, payload);
      const expected = sites
        .map((s) => [codeForString(s.field), pointerOf(s.path)])
        .filter((x): x is [string, string] => x[0] !== undefined)
        .concat([['FormatViolation', '/tenMegabytes']]);
      const strict = validate(action, kind, payload, { maxErrors: 10_000 })!;
      assert.equal(strict.ok, false);
      assert.deepEqual(strict.ok ? [] : strict.errors.map((e) => [e.code, e.pointer]).sort(), expected.sort());
      assert.equal(results[0]!.ok, false);
    });
  }
});

/** `{a: {a: ... {}}}` `depth` levels deep, built without recursion. */
function deepObject(depth: number): JsonObject {
  let v: JsonObject = { leaf: true };
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
function deepArray(depth: number): Json {
  let v: Json = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

describe('100k-deep nesting', () => {
  const deep = deepObject(100_000);
  const deepList = deepArray(100_000);
  test('inside customData: accepted (CustomDataType is open), in every message', () => {
    for (const { action, kind, message } of messages) {
      const payload = fullPayload(model, message);
      (payload['customData'] as JsonObject)['nested'] = deep;
      (payload['customData'] as JsonObject)['list'] = deepList;
      for (const r of everyWay(action, kind, payload)) {
        assert.equal(r.ok, true, message);
        assert.deepEqual(r.warnings, []);
      }
    }
  });
  test('as unknown properties: a FormatViolation at the property, in every message', () => {
    for (const { action, kind, message } of messages) {
      const payload = { ...fullPayload(model, message), deep, deepList };
      const [strict, lenient] = everyWay(action, kind, payload);
      assert.deepEqual(strict!.ok ? [] : strict!.errors.map((e) => [e.code, e.pointer]), [
        ['FormatViolation', '/deep'],
        ['FormatViolation', '/deepList'],
      ]);
      assert.equal(lenient!.ok, true);
      assert.deepEqual(lenient!.warnings.map((e) => e.pointer), ['/deep', '/deepList']);
    }
  });
  test('in an untyped field (DataTransfer data): accepted', () => {
    for (const data of [deep, deepList]) {
      const [req] = everyWay('DataTransfer', 'request', { vendorId: 'com.example', data });
      const [res] = everyWay('DataTransfer', 'response', { status: 'Accepted', data });
      assert.equal(req!.ok, true);
      assert.equal(res!.ok, true);
    }
  });
  test('where a typed value belongs: a TypeConstraintViolation, no descent', () => {
    const [r] = everyWay('BootNotification', 'request', { reason: deep, chargingStation: deepList });
    assert.deepEqual(r!.ok ? [] : r!.errors.map((e) => [e.code, e.pointer]), [
      ['TypeConstraintViolation', '/chargingStation'],
      ['TypeConstraintViolation', '/reason'],
    ]);
  });
});

const boot = (): JsonObject => ({ reason: 'PowerUp', chargingStation: { model: 'SingleSocketCharger', vendorName: 'VendorX' } });

describe('hostile objects', () => {
  test('a throwing getter on a known property: rejected, not thrown', () => {
    const payload = boot();
    Object.defineProperty(payload, 'reason', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const r of everyWay('BootNotification', 'request', payload)) assert.equal(r.ok, false);
    const nested = boot();
    Object.defineProperty(nested['chargingStation'], 'model', {
      enumerable: true,
      get() {
        throw new TypeError('boom');
      },
    });
    const [r] = everyWay('BootNotification', 'request', nested);
    assert.equal(r!.ok, false);
  });

  test('a throwing getter on an unknown property or inside customData is never called', () => {
    let calls = 0;
    const payload = boot();
    const getter = {
      enumerable: true,
      get(): never {
        calls++;
        throw new Error('boom');
      },
    };
    Object.defineProperty(payload, 'mystery', getter);
    const customData: JsonObject = { vendorId: 'com.example' };
    Object.defineProperty(customData, 'mystery', getter);
    payload['customData'] = customData;
    const [strict, lenient] = everyWay('BootNotification', 'request', payload);
    assert.deepEqual(strict!.ok ? [] : strict!.errors.map((e) => [e.code, e.pointer]), [['FormatViolation', '/mystery']]);
    assert.equal(lenient!.ok, true);
    assert.equal(calls, 0);
  });

  test('Proxies whose traps throw, and revoked Proxies, in every message', () => {
    const thrower = (): never => {
      throw new Error('trap');
    };
    const traps: ProxyHandler<object>[] = [
      { get: thrower },
      { has: thrower },
      { ownKeys: thrower },
      { getOwnPropertyDescriptor: thrower },
      { getPrototypeOf: thrower },
      { get: thrower, ownKeys: thrower, has: thrower, getOwnPropertyDescriptor: thrower, getPrototypeOf: thrower },
    ];
    for (const { action, kind, message } of messages) {
      const payload = fullPayload(model, message);
      for (const handler of traps) everyWay(action, kind, new Proxy(payload, handler));
      const { proxy, revoke } = Proxy.revocable(payload, {});
      revoke();
      for (const r of everyWay(action, kind, proxy)) assert.equal(r.ok, false, `${message}: revoked Proxy`);
      // A revoked Proxy deep inside.
      const inner = Proxy.revocable({}, {});
      inner.revoke();
      const withInner = fullPayload(model, message);
      withInner['customData'] = inner.proxy as JsonObject;
      for (const r of everyWay(action, kind, withInner)) assert.equal(r.ok, false, `${message}: revoked Proxy as customData`);
    }
  });

  test('a Proxy that answers a different value on every read cannot make validation throw', () => {
    let n = 0;
    const shifty = new Proxy(boot(), {
      get(target, key, receiver) {
        n++;
        if (key === 'reason') return n % 2 === 0 ? 'PowerUp' : 12;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    everyWay('BootNotification', 'request', shifty);
  });

  test('a getter that validates another payload does not disturb the outer verdict', () => {
    // Re-entrance: user code (a getter) runs in the middle of a validation.
    // The customData defect is found before the getter runs; the bad reason
    // and the unknown property after it.
    const outer = { customData: {} as JsonObject, chargingStation: {} as JsonObject, reason: 'NotAReason', extra: 1 };
    Object.defineProperty(outer.chargingStation, 'model', {
      enumerable: true,
      get() {
        assert.equal(validate('Heartbeat', 'request', {})?.ok, true);
        return 'SingleSocketCharger';
      },
    });
    outer.chargingStation['vendorName'] = 'VendorX';
    const r = validate('BootNotification', 'request', outer);
    assert.deepEqual(r?.ok ? [] : r?.errors.map((e) => [e.code, e.pointer]), [
      ['OccurrenceConstraintViolation', '/customData/vendorId'],
      ['PropertyConstraintViolation', '/reason'],
      ['FormatViolation', '/extra'],
    ]);
    const lenient = validate('BootNotification', 'request', outer, { mode: 'lenient' });
    assert.deepEqual(lenient?.ok ? [] : lenient?.errors.map((e) => e.pointer), ['/customData/vendorId']);
    assert.deepEqual(lenient?.warnings.map((e) => e.pointer), ['/reason', '/extra']);
    const onlyEarly = { ...outer, reason: 'PowerUp', extra: undefined };
    Object.defineProperty(onlyEarly, 'chargingStation', { enumerable: true, value: outer.chargingStation });
    assert.equal(isRequest('BootNotification', onlyEarly), false, 'the guard sees the early defect');
  });
});
