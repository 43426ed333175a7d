/**
 * Hostile frames for fuzzing a CSMS or a station over the wire: random
 * bytes, random text, truncated and mutated JSON, nesting from a few to
 * 100,000 levels, huge and odd numbers, a wrong type at every position of a
 * frame, valid and mutated payloads of every action the target receives,
 * and (when asked) frames of 5 to 9 MB. Each comes with what Part 4 says the
 * target must answer, read from the library's own decoder: the same oracle
 * the in-process property tests use.
 */
import fc from 'fast-check';
import { decodeFrame, frameRules, maySend, v201, wireErrorCode, type AnyVersion, type ErrorCode } from '../../src/index.js';
import { DEFAULT_MAX_PAYLOAD } from '../../src/transport/limits.js';
import { model } from '../../src/v201/model.js';
import { messageArbitrary, type Json } from './arbitraries.js';
import { mutationsOf } from './mutations.js';

export type Target = 'Csms' | 'Station';

export interface Hostile {
  readonly kind: string;
  /** Text frames are sent as text; bytes as a binary frame, or as a text frame when `rawText` (invalid UTF-8 then closes with 1007). */
  readonly data: string | Buffer;
  readonly rawText?: boolean;
}

/**
 * What the target must do with a frame: answer it with a CALLRESULT or a
 * CALLERROR carrying `id` (a valid CALL), answer with a CALLERROR of `code`
 * and `id`, stay silent, or close the connection (too big, invalid UTF-8).
 */
export type Expected =
  | { readonly reply: 'answer'; readonly id: string; readonly action: string }
  | { readonly reply: 'error'; readonly id: string; readonly code: string }
  | { readonly reply: 'none' }
  | { readonly reply: 'close'; readonly code: number };

const ids = fc.oneof(fc.constant('x'), fc.string({ minLength: 1, maxLength: 36 }), fc.constant('-1'), fc.constant('a'.repeat(36)));

/** Actions the target receives, and those it does not. */
function actionsFor(target: Target): { readonly received: string[]; readonly other: string[] } {
  const all = Object.keys(model.actions);
  const sender = target === 'Csms' ? 'Station' : 'Csms';
  const received = all.filter((a) => maySend(a as never, sender));
  return { received, other: all.filter((a) => !received.includes(a)) };
}

function frameText(type: Json, id: Json, action: Json, payload: Json): string {
  return JSON.stringify([type, id, action, payload]);
}

const scalarsAndWrongs: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, '', 'x', [], {}, [[]], { a: null }),
  fc.constantFrom<Json>(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 5e-324),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
);

/** Nesting of arrays or objects `levels` deep, as text (JSON.stringify would recurse). */
function nestedText(levels: number, objects: boolean, inner = '1'): string {
  return objects ? `${'{"k":'.repeat(levels)}${inner}${'}'.repeat(levels)}` : `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
}

export interface HostileOptions {
  /** Include frames of 5-9 MB (some over the 8 MiB limit, which close the connection). */
  readonly big?: boolean;
  /** Include bytes sent as a text frame (invalid UTF-8 closes the connection with 1007). */
  readonly invalidUtf8?: boolean;
}

/** Hostile frames for a target (the side that receives them). */
export function hostileFrames(target: Target, options: HostileOptions = {}): fc.Arbitrary<Hostile> {
  const { received, other } = actionsFor(target);
  const receivedAction = fc.constantFrom(...received);
  const validPayload = receivedAction.chain((action) => messageArbitrary(model, model.actions[action]!.request, { maxArrayLength: 2 }).map((payload) => ({ action, payload })));
  const text = (kind: string) => (data: string): Hostile => ({ kind, data });

  const arbitraries: { weight: number; arbitrary: fc.Arbitrary<Hostile> }[] = [
    { weight: 4, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => ({ kind: 'random bytes (binary frame)', data: Buffer.from(b) })) },
    { weight: 6, arbitrary: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()).map(text('random text')) },
    {
      weight: 6,
      arbitrary: fc.tuple(validPayload, ids, fc.nat()).map(([{ action, payload }, id, cut]) => {
        const whole = frameText(2, id, action, payload);
        return { kind: 'truncated JSON', data: whole.slice(0, cut % whole.length) };
      }),
    },
    {
      weight: 5,
      arbitrary: fc
        .record({
          levels: fc.constantFrom(2, 10, 63, 64, 65, 100, 1000, 3000, 20_000, 100_000),
          objects: fc.boolean(),
          where: fc.constantFrom('payload', 'customData', 'id', 'action', 'whole', 'result', 'details'),
          id: ids,
        })
        .map(({ levels, objects, where, id }) => {
          const deep = nestedText(levels, objects);
          const data =
            where === 'payload'
              ? `[2,${JSON.stringify(id)},"DataTransfer",{"vendorId":"v","data":${deep}}]`
              : where === 'customData'
                ? `[2,${JSON.stringify(id)},"Heartbeat",{"customData":{"vendorId":"v","x":${deep}}}]`
                : where === 'id'
                  ? `[2,${deep},"Heartbeat",{}]`
                  : where === 'action'
                    ? `[2,${JSON.stringify(id)},${deep},{}]`
                    : where === 'result'
                      ? `[3,${JSON.stringify(id)},${deep}]`
                      : where === 'details'
                        ? `[4,${JSON.stringify(id)},"GenericError","",${deep}]`
                        : deep;
          return { kind: `nesting ${levels} deep (${where})`, data };
        }),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '-0', '1E+2', '0.0000000000000000000001', '9007199254740993'), fc.integer({ min: 0, max: 3 }), receivedAction)
        .map(([n, at, action]) => {
          const parts = ['2', '"n1"', JSON.stringify(action), `{"evseId":${n},"connectorId":${n},"seqNo":${n},"requestId":${n}}`];
          parts[at] = at === 3 ? parts[3]! : n;
          return { kind: 'huge numbers', data: `[${parts.join(',')}]` };
        }),
    },
    {
      weight: 8,
      arbitrary: fc
        .tuple(validPayload, fc.integer({ min: 0, max: 4 }), scalarsAndWrongs, fc.string({ minLength: 1, maxLength: 36 }))
        .map(([{ action, payload }, at, wrong, id]) => {
          const frame: Json[] = [2, id, action, payload];
          if (at < 4) frame[at] = wrong;
          else frame.push(wrong);
          return { kind: 'wrong type in the frame', data: JSON.stringify(frame) };
        }),
    },
    {
      weight: 10,
      arbitrary: fc.tuple(validPayload, fc.nat(), fc.string({ minLength: 1, maxLength: 36 })).map(([{ action, payload }, pick, id]) => {
        const mutations = mutationsOf(model, model.actions[action]!.request, payload);
        const m = mutations[pick % Math.max(1, mutations.length)];
        return { kind: 'mutated payload', data: frameText(2, id, action, m === undefined ? payload : (m.payload as Json)) };
      }),
    },
    { weight: 6, arbitrary: fc.tuple(validPayload, fc.string({ minLength: 1, maxLength: 36 })).map(([{ action, payload }, id]) => ({ kind: 'valid CALL', data: frameText(2, id, action, payload) })) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...other, 'NoSuchAction', 'heartbeat', ''), fc.string({ minLength: 1, maxLength: 36 }), fc.integer({ min: 3, max: 9 }), fc.jsonValue({ maxDepth: 2 }))
        .map(([action, id, type, payload]) => ({ kind: 'wrong action or type', data: type % 3 === 0 ? frameText(type, id, action, payload as Json) : frameText(2, id, action, {}) })),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 36 }), fc.jsonValue({ maxDepth: 3 }), fc.boolean()).map(([id, v, asError]) => ({
        kind: 'stray answer',
        data: asError ? JSON.stringify([4, id, 'GenericError', 'x', typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}]) : JSON.stringify([3, id, v]),
      })),
    },
  ];
  if (options.big === true) arbitraries.push({ weight: 1, arbitrary: bigFrames });
  if (options.invalidUtf8 === true) arbitraries.push({ weight: 1, arbitrary: invalidUtf8 });
  return fc.oneof(...arbitraries);
}

/** Frames of 5 to 9 MB: those over the 8 MiB limit close the connection (1009), the others are answered. */
export const bigFrames: fc.Arbitrary<Hostile> = fc.integer({ min: 5, max: 9 }).map(bigFrame);

/** A DataTransfer CALL of `mb` MB. */
export function bigFrame(mb: number): Hostile {
  return { kind: `${mb} MB frame`, data: `[2,"big-${mb}","DataTransfer",{"vendorId":"v","data":"${'x'.repeat(mb * 1024 * 1024)}"}]` };
}

/** Bytes that are not UTF-8 in a text frame: the connection is closed (1007). */
export const invalidUtf8: fc.Arbitrary<Hostile> = fc
  .uint8Array({ minLength: 1, maxLength: 64 })
  .map((b) => ({ kind: 'random bytes (text frame)', data: Buffer.from([0xff, ...b]), rawText: true }));

/** What the target must do with `h` (maxPayload: the target's limit, default 8 MiB). */
export function expectedFor(h: Hostile, version: AnyVersion = v201, maxPayload = DEFAULT_MAX_PAYLOAD): Expected {
  if (typeof h.data !== 'string') {
    // Binary frames are not OCPP-J and get no answer; bytes that are not UTF-8 in a text frame close the connection.
    if (h.rawText === true) return isUtf8(h.data) ? { reply: 'none' } : { reply: 'close', code: 1007 };
    return { reply: 'none' };
  }
  if (Buffer.byteLength(h.data) > maxPayload) return { reply: 'close', code: 1009 };
  const decoded = decodeFrame(h.data, frameRules(version));
  if (decoded.ok) return decoded.frame[0] === 2 ? { reply: 'answer', id: decoded.frame[1], action: decoded.frame[2] } : { reply: 'none' };
  return decoded.answer ? { reply: 'error', id: decoded.messageId, code: wireErrorCode(decoded.code as ErrorCode, version.errorCodeSpelling) } : { reply: 'none' };
}

function isUtf8(b: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}
