/**
 * The OCPP-J frame codec (Part 4, 4.2): CALL, CALLRESULT and CALLERROR, and
 * OCPP 2.1's CALLRESULTERROR and SEND where the version has them. Decoding
 * never throws; a frame that breaks the rules comes back as a `FrameError`
 * that says how (and whether) it must be answered.
 */
import type { VersionDescriptor } from '../schema/version.js';
import { truncateDescription, type ErrorDetails } from './errors.js';

/** MessageTypeId of a CALL: `[2, messageId, action, payload]`. */
export const CALL = 2;
/** MessageTypeId of a CALLRESULT: `[3, messageId, payload]`. */
export const CALLRESULT = 3;
/** MessageTypeId of a CALLERROR: `[4, messageId, errorCode, errorDescription, errorDetails]`. */
export const CALLERROR = 4;

/** MessageTypeId of a CALLRESULTERROR (OCPP 2.1): `[5, messageId, errorCode, errorDescription, errorDetails]`. */
export const CALLRESULTERROR = 5;
/** MessageTypeId of a SEND (OCPP 2.1): `[6, messageId, action, payload]`, never answered. */
export const SEND = 6;

/** The message types of OCPP-J (5 and 6 only where OCPP 2.1 was negotiated). */
export type MessageTypeId = typeof CALL | typeof CALLRESULT | typeof CALLERROR | typeof CALLRESULTERROR | typeof SEND;

/** `[2, messageId, action, payload]` */
export type CallFrame = [typeof CALL, string, string, unknown];
/** `[3, messageId, payload]` */
export type CallResultFrame = [typeof CALLRESULT, string, unknown];
/**
 * `[4, messageId, errorCode, errorDescription, errorDetails]`. Decoding is
 * lenient with what it only passes on to a caller: a received CALLERROR may
 * lack errorDetails (4 elements) or carry a non-string description.
 */
export type CallErrorFrame = [typeof CALLERROR, string, string, string, unknown];

/**
 * `[5, messageId, errorCode, errorDescription, errorDetails]`: the caller's
 * complaint about the CALLRESULT with that id (OCPP 2.1); decoded as
 * leniently as a CALLERROR.
 */
export type CallResultErrorFrame = [typeof CALLRESULTERROR, string, string, string, unknown];
/** `[6, messageId, action, payload]` (OCPP 2.1). */
export type SendFrame = [typeof SEND, string, string, unknown];

/** Any OCPP-J frame, decoded. */
export type Frame = CallFrame | CallResultFrame | CallErrorFrame | CallResultErrorFrame | SendFrame;

/** messageId is string[36] (Part 4, 4.1.4). */
export const MAX_MESSAGE_ID_LENGTH = 36;

/** The id a CALLERROR carries when the offending frame's id could not be read (Part 4, 4.2.3). */
export const UNREADABLE_MESSAGE_ID = '-1';

/**
 * Default bound on how deeply a payload may nest arrays and objects: 64
 * levels (`{}` is one level). The deepest OCPP 2.0.1 and 2.1 messages
 * (ReportChargingProfiles, SetChargingProfile with a sales tariff) reach 13
 * and OCPP 1.6 messages 5; only an open `customData` can nest further, and
 * no vendor extension needs 50 levels more. The bound keeps every recursive
 * walk of received data (JSON.stringify of a stored payload, a printer, a
 * handler) far from the stack limit, which tens of thousands of levels
 * reach. A deeper payload is answered with FormatViolation (1.6:
 * FormationViolation): the syntax of its payload is not acceptable.
 */
export const DEFAULT_MAX_DEPTH = 64;

/**
 * True when `value` nests at most `maxDepth` levels of arrays and objects
 * (a scalar is none, `{}` and `[]` one, `{"a":[]}` two). The walk stops at
 * the first branch deeper than that, so its own recursion is bounded by
 * `maxDepth` whatever it is given (a cycle, a million levels).
 */
export function depthWithin(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return maxDepth >= 1 && childrenWithin(value, maxDepth - 1);
}

/** The members of `value` nest at most `levels` more levels. */
function childrenWithin(value: object, levels: number): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'object' && v !== null && (levels === 0 || !childrenWithin(v, levels - 1))) return false;
    }
    return true;
  }
  for (const key in value) {
    const v: unknown = (value as Record<string, unknown>)[key];
    if (typeof v === 'object' && v !== null && (levels === 0 || !childrenWithin(v, levels - 1))) return false;
  }
  return true;
}

/** A frame that could not be accepted, and what the rules say to do about it. */
export interface FrameError {
  /** Always false: not a frame. */
  readonly ok: false;
  /**
   * The code of the CALLERROR that answers it (when `answer` is true):
   * FormatViolation for a well-formed frame whose payload nests too deeply.
   */
  readonly code: 'RpcFrameworkError' | 'MessageTypeNotSupported' | 'FormatViolation';
  /** The frame's message id, or "-1" when it could not be read. */
  readonly messageId: string;
  /** The frame's message type number when it had a numeric one. */
  readonly messageTypeId: number | undefined;
  /** A short reason, for people; also the answer's description. */
  readonly reason: string;
  /**
   * False for a broken CALLRESULT, CALLERROR, CALLRESULTERROR or SEND (a
   * CALLERROR only ever answers a CALL, or what might have been one), and
   * for an unknown message type in a version that ignores those.
   */
  readonly answer: boolean;
}

/** What a decoder accepts: the message types of a version and the depth bound. */
export interface FrameRules {
  /** CALLRESULTERROR (5) is a message type. */
  readonly callResultError: boolean;
  /** SEND (6) is a message type. */
  readonly send: boolean;
  /** An unknown message type is answered with MessageTypeNotSupported (else it is ignored, and reported). */
  readonly answerUnknownType: boolean;
  /** Deepest nesting accepted in a payload (see DEFAULT_MAX_DEPTH). */
  readonly maxDepth: number;
}

/**
 * The rules without a version: CALL, CALLRESULT and CALLERROR, every other
 * type answered MessageTypeNotSupported, payloads bounded at
 * DEFAULT_MAX_DEPTH.
 */
export const BASE_FRAME_RULES: FrameRules = Object.freeze({ callResultError: false, send: false, answerUnknownType: true, maxDepth: DEFAULT_MAX_DEPTH });

/** The rules of a version (its message types, how it meets unknown ones), with a depth bound. */
export function frameRules(version: Pick<VersionDescriptor, 'messageTypes' | 'unknownMessageType'>, maxDepth: number = DEFAULT_MAX_DEPTH): FrameRules {
  return Object.freeze({
    callResultError: version.messageTypes.includes(CALLRESULTERROR),
    send: version.messageTypes.includes(SEND),
    answerUnknownType: version.unknownMessageType === 'MessageTypeNotSupported',
    maxDepth,
  });
}

/** A decoded frame, or why the text is not one. */
export type DecodeResult = { readonly ok: true; readonly frame: Frame } | FrameError;

function isMessageId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_MESSAGE_ID_LENGTH;
}

function frameError(
  code: FrameError['code'],
  messageId: string,
  messageTypeId: number | undefined,
  reason: string,
  answer: boolean,
): FrameError {
  return { ok: false, code, messageId, messageTypeId, reason, answer };
}

/**
 * Checks the shape of an already parsed frame against `rules` (a version's
 * message types; default BASE_FRAME_RULES). Returns the value itself
 * (typed) when it is a well-formed frame, else a FrameError. Payloads are
 * only measured against the depth bound; their content is the validator's
 * job.
 */
export function checkFrame(value: unknown, rules: FrameRules = BASE_FRAME_RULES): Frame | FrameError {
  if (!Array.isArray(value)) {
    return frameError('RpcFrameworkError', UNREADABLE_MESSAGE_ID, undefined, 'the message is not a JSON array', true);
  }
  const type: unknown = value[0];
  const rawId: unknown = value[1];
  const idOk = isMessageId(rawId);
  const id = idOk ? rawId : UNREADABLE_MESSAGE_ID;
  const maxDepth = rules.maxDepth;
  switch (type) {
    case CALL:
      return checkRequest(value, CALL, 'a CALL', idOk, rawId, maxDepth, true);
    case CALLRESULT:
      if (!idOk) return frameError('RpcFrameworkError', id, CALLRESULT, badIdReason(rawId), false);
      if (value.length !== 3) {
        return frameError('RpcFrameworkError', id, CALLRESULT, `a CALLRESULT has 3 elements, this one has ${value.length}`, false);
      }
      if (!readableWithin(value[2], maxDepth)) return tooDeep(id, CALLRESULT, 'payload', maxDepth, false);
      return value as CallResultFrame;
    case CALLERROR:
      return checkError(value, CALLERROR, 'a CALLERROR', idOk, rawId, maxDepth);
    case CALLRESULTERROR:
      if (rules.callResultError) return checkError(value, CALLRESULTERROR, 'a CALLRESULTERROR', idOk, rawId, maxDepth);
      break;
    case SEND:
      // Never answered, even when broken (Part 4, 4.2.4).
      if (rules.send) return checkRequest(value, SEND, 'a SEND', idOk, rawId, maxDepth, false);
      break;
  }
  if (typeof type === 'number') {
    // 2.0.1 (4.4) answers an unknown message type whatever the frame holds; 1.6 and 2.1 ignore it (4.1.3).
    return frameError('MessageTypeNotSupported', id, type, `message type ${type} is not supported`, rules.answerUnknownType);
  }
  return frameError('RpcFrameworkError', id, undefined, 'the message type must be a number', true);
}

/** A CALL or SEND: `[type, messageId, action, payload]`. */
function checkRequest(
  value: unknown[],
  type: typeof CALL | typeof SEND,
  name: string,
  idOk: boolean,
  rawId: unknown,
  maxDepth: number,
  answer: boolean,
): CallFrame | SendFrame | FrameError {
  const id = idOk ? (rawId as string) : UNREADABLE_MESSAGE_ID;
  if (!idOk) return frameError('RpcFrameworkError', id, type, badIdReason(rawId), answer);
  if (value.length !== 4) return frameError('RpcFrameworkError', id, type, `${name} has 4 elements, this one has ${value.length}`, answer);
  if (typeof value[2] !== 'string' || value[2] === '') {
    return frameError('RpcFrameworkError', id, type, `the action of ${name} must be a non-empty string`, answer);
  }
  if (!readableWithin(value[3], maxDepth)) return tooDeep(id, type, 'payload', maxDepth, answer);
  return value as CallFrame | SendFrame;
}

/** A CALLERROR or CALLRESULTERROR, never answered: lenient with a missing errorDetails, not with a missing errorCode. */
function checkError(
  value: unknown[],
  type: typeof CALLERROR | typeof CALLRESULTERROR,
  name: string,
  idOk: boolean,
  rawId: unknown,
  maxDepth: number,
): CallErrorFrame | CallResultErrorFrame | FrameError {
  const id = idOk ? (rawId as string) : UNREADABLE_MESSAGE_ID;
  if (!idOk) return frameError('RpcFrameworkError', id, type, badIdReason(rawId), false);
  if (value.length !== 5 && value.length !== 4) {
    return frameError('RpcFrameworkError', id, type, `${name} has 5 elements, this one has ${value.length}`, false);
  }
  if (typeof value[2] !== 'string') return frameError('RpcFrameworkError', id, type, `the errorCode of ${name} must be a string`, false);
  if (!readableWithin(value[3], maxDepth) || !readableWithin(value[4], maxDepth)) return tooDeep(id, type, 'errorDetails', maxDepth, false);
  return value as CallErrorFrame | CallResultErrorFrame;
}

/** depthWithin, and false for a value that cannot even be walked (a throwing getter or Proxy, never JSON). */
function readableWithin(value: unknown, maxDepth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  try {
    return depthWithin(value, maxDepth);
  } catch {
    return false;
  }
}

function tooDeep(id: string, type: number, what: string, maxDepth: number, answer: boolean): FrameError {
  return frameError('FormatViolation', id, type, `the ${what} nests arrays and objects deeper than ${maxDepth} levels`, answer);
}

function badIdReason(rawId: unknown): string {
  if (rawId === undefined) return 'the message id is missing';
  if (typeof rawId !== 'string') return 'the message id must be a string';
  if (rawId === '') return 'the message id is empty';
  return `the message id is longer than ${MAX_MESSAGE_ID_LENGTH} characters`;
}

/** Decodes one text frame (see checkFrame for `rules`). Never throws. */
export function decodeFrame(text: string, rules: FrameRules = BASE_FRAME_RULES): DecodeResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return frameError('RpcFrameworkError', UNREADABLE_MESSAGE_ID, undefined, 'the message is not valid JSON', true);
  }
  const checked = checkFrame(value, rules);
  return Array.isArray(checked) ? { ok: true, frame: checked } : checked;
}

/** The text of a CALL frame. */
export function encodeCall(messageId: string, action: string, payload: unknown): string {
  return JSON.stringify([CALL, messageId, action, payload ?? {}]);
}

/** The text of a CALLRESULT frame. */
export function encodeCallResult(messageId: string, payload: unknown): string {
  return JSON.stringify([CALLRESULT, messageId, payload ?? {}]);
}

/** The text of a CALLERROR frame (the description cut to 255 characters). */
export function encodeCallError(messageId: string, code: string, description = '', details: ErrorDetails = {}): string {
  return JSON.stringify([CALLERROR, messageId, code, truncateDescription(description), details]);
}

/** The text of a CALLRESULTERROR frame (OCPP 2.1; the description cut to 255 characters). */
export function encodeCallResultError(messageId: string, code: string, description = '', details: ErrorDetails = {}): string {
  return JSON.stringify([CALLRESULTERROR, messageId, code, truncateDescription(description), details]);
}

/** The text of a SEND frame (OCPP 2.1). */
export function encodeSend(messageId: string, action: string, payload: unknown): string {
  return JSON.stringify([SEND, messageId, action, payload ?? {}]);
}

/** Encodes any frame. */
export function encodeFrame(frame: Frame): string {
  return JSON.stringify(frame);
}

/**
 * A generator of message ids unique for this process: a random prefix drawn
 * once, then a counter. At most 36 characters (8 + 1 + up to 11 base-36 digits).
 * Ids need to be unique, not secret: Math.random spares loading node:crypto,
 * a few milliseconds of every start.
 */
export function createMessageIdGenerator(): () => string {
  const prefix = (Math.floor(Math.random() * 36 ** 8) + 36 ** 8).toString(36).slice(1);
  let counter = 0;
  return () => `${prefix}-${(counter++).toString(36)}`;
}

/** The library's shared message id generator. */
export const nextMessageId: () => string = createMessageIdGenerator();
