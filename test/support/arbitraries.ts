/**
 * Valid payloads of any message, derived from the model as data (never from
 * the schemas): fast-check arbitraries for property tests, and one
 * deterministic "full" payload per message (every optional field present)
 * for exhaustive mutation tests.
 *
 * What the arbitraries cover: optional fields present and absent; arrays from
 * minItems up to maxItems or a small cap; strings short and at exactly
 * maxLength code points, astral characters included (maxLength counts code
 * points, a surrogate pair is one); every enum value; integers and numbers
 * within minimum/maximum; RFC 3339 date-times in the forms both RFC 3339 and
 * ajv-formats accept (`Z`/`z` or `±hh:mm`, separator `T`, `t` or a space);
 * extra properties inside open objects (CustomDataType).
 */
import fc from 'fast-check';
import type { FieldSchema, ModelDescription, ObjectSchema } from '../../src/schema/model.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface ArbitraryOptions {
  /** Longest array generated where maxItems allows more. Default 3. */
  readonly maxArrayLength?: number;
  /** Longest string generated where there is no maxLength. Default 16. */
  readonly maxFreeLength?: number;
  /**
   * Caps every string at this many code points and drops the bias towards
   * maxLength: realistic payloads (for benchmarks) rather than boundary ones.
   */
  readonly maxStringLength?: number;
  /** Optional properties never generated, e.g. customData (rare in real traffic). */
  readonly leaveOut?: readonly string[];
}

/** Types nested deeper than this only get their required fields (guards against recursive types). */
const MAX_DEPTH = 10;

/** One code point: mostly ASCII, some BMP, some astral (two UTF-16 units). */
const codePoint: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCodePoint(c)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x00, max: 0x1f }).map((c) => String.fromCodePoint(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0xa0, max: 0xd7ff }).map((c) => String.fromCodePoint(c)) },
  { weight: 2, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)) },
);

/** A string of exactly `n` code points: a short random pattern repeated (fast even for n = 10000). */
export function exactCodePoints(n: number): fc.Arbitrary<string> {
  if (n === 0) return fc.constant('');
  return fc.array(codePoint, { minLength: 1, maxLength: Math.min(n, 6) }).map((pattern) => {
    let s = '';
    for (let i = 0; i < n; i++) s += pattern[i % pattern.length];
    return s;
  });
}

export function stringArbitrary(f: { readonly maxLength?: number; readonly minLength?: number }, options?: ArbitraryOptions): fc.Arbitrary<string> {
  const min = f.minLength ?? 0;
  if (options?.maxStringLength !== undefined) {
    const max = Math.max(min, Math.min(f.maxLength ?? Infinity, options.maxStringLength));
    return fc.string({ unit: codePoint, minLength: min, maxLength: max });
  }
  const cap = f.maxLength ?? Math.max(min, options?.maxFreeLength ?? 16);
  const short = fc.string({ unit: codePoint, minLength: min, maxLength: Math.min(cap, Math.max(min, 12)) });
  // At the bound half the time: that is where off-by-one and UTF-16 bugs live.
  return f.maxLength === undefined ? short : fc.oneof(exactCodePoints(f.maxLength), short);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * RFC 3339 date-times that ajv-formats accepts too: real calendar days (Feb 29
 * in leap years), optional fractions, `Z`/`z` or `±hh:mm` offsets, `T`/`t`/space
 * separators, and now and then the leap second 23:59:60Z.
 */
export const dateTimeArbitrary: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    dayPick: fc.nat(),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
    separator: fc.constantFrom('T', 'T', 'T', 't', ' '),
    offset: fc.oneof(
      fc.constantFrom('Z', 'Z', 'z'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`),
    ),
    leapSecond: fc.integer({ min: 0, max: 19 }).map((x) => x === 0),
  })
  .map((d) => {
    const day = (d.dayPick % daysIn(d.year, d.month)) + 1;
    const date = `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(day, 2)}`;
    const frac = d.fraction === undefined ? '' : `.${d.fraction}`;
    if (d.leapSecond) return `${date}${d.separator}23:59:60${frac}Z`;
    return `${date}${d.separator}${pad(d.hour, 2)}:${pad(d.minute, 2)}:${pad(d.second, 2)}${frac}${d.offset}`;
  });

/** Any JSON value, normalised by a JSON round trip (fast-check may produce -0). */
const anyJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as Json);

/** Names of extra properties in open objects: never a declared one, never `__proto__`. */
function extraKeyArbitrary(declared: ReadonlySet<string>): fc.Arbitrary<string> {
  return fc
    .oneof(fc.constantFrom('mainMeterValue', 'sessionsToDate', 'vendor.extension', 'a/b~c', ''), fc.string({ unit: codePoint, maxLength: 8 }))
    .filter((k) => !declared.has(k) && k !== '__proto__');
}

/** Numbers that survive JSON unchanged (no -0, no NaN or infinities). */
function numberArbitrary(f: { readonly minimum?: number; readonly maximum?: number; readonly multipleOf?: number }, integer: boolean): fc.Arbitrary<number> {
  if (f.multipleOf !== undefined) {
    const step = f.multipleOf;
    const lo = Math.ceil((f.minimum ?? -1e6) / step);
    const hi = Math.floor((f.maximum ?? 1e6) / step);
    // Rounded to the step's decimals so that 3 * 0.1 reads 0.3, as a peer would write it.
    const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
    return fc.integer({ min: lo, max: hi }).map((k) => Number((k * step).toFixed(decimals)) + 0);
  }
  if (integer) {
    const min = f.minimum ?? -(2 ** 31);
    const max = f.maximum ?? 2 ** 31 - 1;
    const bounds = [min, max].filter((x) => Number.isSafeInteger(x));
    return fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.constantFrom(...bounds) }).map((x) => x + 0);
  }
  const opts: { min?: number; max?: number; noNaN: true; noDefaultInfinity: true } = { noNaN: true, noDefaultInfinity: true };
  if (f.minimum !== undefined) opts.min = f.minimum;
  if (f.maximum !== undefined) opts.max = f.maximum;
  return fc.double(opts).map((x) => (x === 0 ? 0 : x));
}

export function fieldArbitrary(model: ModelDescription, f: FieldSchema, options?: ArbitraryOptions, depth = 0): fc.Arbitrary<Json> {
  switch (f.type) {
    case 'string':
      return f.format === 'date-time' ? dateTimeArbitrary : f.format === 'uri' ? uriArbitrary : stringArbitrary(f, options);
    case 'integer':
    case 'number':
      return numberArbitrary(f, f.type === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'enum': {
      const values = model.enums[f.enum];
      if (!values) throw new Error(`unknown enum ${f.enum}`);
      return fc.constantFrom(...values);
    }
    case 'object':
      return typeArbitrary(model, f.ref, options, depth + 1);
    case 'array': {
      const min = f.minItems ?? 0;
      const cap = Math.max(min, options?.maxArrayLength ?? 3);
      // Small maxItems (3, 4) are reached; large ones (1024) are capped.
      const max = f.maxItems !== undefined && f.maxItems <= cap + 1 ? f.maxItems : Math.min(f.maxItems ?? cap, cap);
      return fc.array(fieldArbitrary(model, f.items, options, depth), { minLength: min, maxLength: max });
    }
    case 'any':
      return anyJson;
  }
}

/**
 * Absolute URIs (RFC 3986) in the forms ajv-formats accepts too: with an
 * authority and a path, or a rootless path; never an empty hier-part (see
 * runtime.test.ts for that difference).
 */
const PCHAR = /^[A-Za-z0-9._~!$&'()*+,;=:@-]{1,12}$/;
const uriArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('http', 'https', 'ftp', 'sftp', 'urn', 'x-vendor+ext'),
    fc.option(fc.tuple(fc.stringMatching(/^[a-z0-9.-]{1,16}$/), fc.option(fc.integer({ min: 0, max: 65535 }), { nil: undefined })), { nil: undefined }),
    fc.array(fc.stringMatching(PCHAR), { minLength: 1, maxLength: 3 }),
    fc.option(fc.stringMatching(/^[A-Za-z0-9=&/?]{0,10}$/), { nil: undefined }),
  )
  .map(([scheme, host, segments, query]) => {
    const authority = host ? `//${host[0]}${host[1] === undefined ? '' : `:${host[1]}`}/` : '';
    return `${scheme}:${authority}${segments.join('/')}${query === undefined ? '' : `?${query}`}`;
  });

function typeArbitrary(model: ModelDescription, ref: string, options: ArbitraryOptions | undefined, depth: number): fc.Arbitrary<JsonObject> {
  const o = model.types[ref];
  if (!o) throw new Error(`unknown type ${ref}`);
  return objectArbitrary(model, o, options, depth);
}

export function objectArbitrary(model: ModelDescription, o: ObjectSchema, options?: ArbitraryOptions, depth = 0): fc.Arbitrary<JsonObject> {
  const shape: Record<string, fc.Arbitrary<Json>> = {};
  for (const [name, f] of Object.entries(o.properties)) {
    const required = o.required.includes(name);
    if (!required && options?.leaveOut?.includes(name)) continue;
    if (!required && depth >= MAX_DEPTH && (f.type === 'object' || f.type === 'array')) continue;
    if (required && depth >= MAX_DEPTH * 2) throw new Error(`required fields nest without end at ${name}`);
    shape[name] = fieldArbitrary(model, f, options, depth);
  }
  const declared = fc.record(shape, { requiredKeys: [...o.required], noNullPrototype: true }) as fc.Arbitrary<JsonObject>;
  if (!o.open) return declared;
  const names = new Set(Object.keys(o.properties));
  const extra = fc.uniqueArray(fc.tuple(extraKeyArbitrary(names), anyJson), {
    maxLength: 3,
    selector: ([k]) => k,
  });
  return fc.tuple(declared, extra).map(([d, x]) => {
    const out: JsonObject = { ...d };
    for (const [k, v] of x) out[k] = v;
    return out;
  });
}

/** Valid payloads of a message (e.g. "BootNotificationRequest"). */
export function messageArbitrary(model: ModelDescription, message: string, options?: ArbitraryOptions): fc.Arbitrary<JsonObject> {
  const o = model.messages[message];
  if (!o) throw new Error(`unknown message ${message}`);
  return objectArbitrary(model, o, options);
}

/** Every message of the model with its action and kind, in model order. */
export function messageList(model: ModelDescription): { readonly action: string; readonly kind: 'request' | 'response'; readonly message: string }[] {
  const out: { action: string; kind: 'request' | 'response'; message: string }[] = [];
  for (const [action, m] of Object.entries(model.actions)) {
    out.push({ action, kind: 'request', message: m.request });
    if (m.response) out.push({ action, kind: 'response', message: m.response });
  }
  return out;
}

/**
 * A valid payload with every optional field present, each array at
 * max(minItems, 1) items, strings at min(maxLength, 4) characters, numbers at a
 * bound or 1: the base on which mutations reach every field of a message.
 */
export function fullPayload(model: ModelDescription, message: string): JsonObject {
  const o = model.messages[message];
  if (!o) throw new Error(`unknown message ${message}`);
  return fullObject(model, o, 0);
}

function fullObject(model: ModelDescription, o: ObjectSchema, depth: number): JsonObject {
  const out: JsonObject = {};
  for (const [name, f] of Object.entries(o.properties)) {
    if (depth >= MAX_DEPTH && !o.required.includes(name)) continue;
    out[name] = fullField(model, f, depth);
  }
  return out;
}

function fullField(model: ModelDescription, f: FieldSchema, depth: number): Json {
  switch (f.type) {
    case 'string':
      if (f.format === 'date-time') return '2024-02-29T12:34:56.789Z';
      if (f.format === 'uri') return 'https://example.com/firmware.bin';
      return 'Abcd'.slice(0, Math.max(f.minLength ?? 0, Math.min(f.maxLength ?? 4, 4)));
    case 'integer':
    case 'number':
      return f.minimum ?? (f.maximum !== undefined ? Math.min(f.maximum, 1) : 1);
    case 'boolean':
      return true;
    case 'enum':
      return model.enums[f.enum]![0]!;
    case 'object':
      return fullObject(model, model.types[f.ref]!, depth + 1);
    case 'array': {
      const n = Math.min(Math.max(f.minItems ?? 0, 1), f.maxItems ?? 1);
      return Array.from({ length: n }, () => fullField(model, f.items, depth));
    }
    case 'any':
      return { note: 'any JSON' };
  }
}

/** Deep-freezes a JSON-like value without recursion (payloads may nest 100k deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return value;
}
