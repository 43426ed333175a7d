/**
 * OCPP-J error codes (Part 4, 4.3) and the errors this library raises.
 *
 * `OcppError` is what travels in a CALLERROR: a handler throws one to choose
 * the code its caller receives, and a caller's promise rejects with one when
 * the other side answered with a CALLERROR or sent an invalid CALLRESULT.
 * Local failures that never reach the wire (timeouts, a lost connection, a
 * full queue) have their own classes below.
 */

import { canonicalSpelling, errorCodes, inboundSpellings, type ErrorCode, type ErrorCodeSpelling } from '../schema/error-codes.js';

export { errorCodes, type ErrorCode, type ErrorCodeSpelling } from '../schema/error-codes.js';

/** What a peer of any version may send: the canonical spellings and 1.6's two misspellings. */
const anySpelling = inboundSpellings({
  FormationViolation: 'FormatViolation',
  OccurenceConstraintViolation: 'OccurrenceConstraintViolation',
});

/**
 * The canonical code for a code received on the wire, read with `inbound`
 * (a version descriptor's `inboundErrorCodes`; default: the canonical
 * spellings and 1.6's); undefined when the code is not an OCPP code.
 */
export function normalizeErrorCode(code: string, inbound: ReadonlyMap<string, ErrorCode> = anySpelling): ErrorCode | undefined {
  return inbound.get(code);
}

/** True when `code` is one of the canonical error codes (the OCPP 2.0.1 and 2.1 spellings). */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (errorCodes as readonly string[]).includes(code);
}

/** The spelling `spelling` (a version descriptor's `errorCodeSpelling`) sends for `code`; canonical by default. */
export function wireErrorCode(code: ErrorCode, spelling: ErrorCodeSpelling = canonicalSpelling): string {
  return spelling[code];
}

/** ErrorDescription is string[255] (Part 4, Table 7). */
export const MAX_ERROR_DESCRIPTION = 255;

/** Cuts a description to 255 characters without splitting a surrogate pair. */
export function truncateDescription(text: string): string {
  if (text.length <= MAX_ERROR_DESCRIPTION) return text;
  let end = MAX_ERROR_DESCRIPTION;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/** The JSON object a CALLERROR carries as its errorDetails. */
export type ErrorDetails = { readonly [key: string]: unknown };

/** An error with an OCPP error code, as carried by a CALLERROR. */
export class OcppError extends Error {
  /** The error code, in its canonical spelling (whatever the version spelt on the wire). */
  readonly code: ErrorCode;
  /** At most 255 characters, as the wire allows. */
  readonly description: string;
  /** The CALLERROR's errorDetails object. */
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, description = '', details: ErrorDetails = {}, options?: { cause?: unknown }) {
    const text = truncateDescription(description);
    super(text === '' ? code : `${code}: ${text}`, options);
    this.code = code;
    this.description = text;
    this.details = details;
  }

  override readonly name: string = 'OcppError';
}

// One class per code, so handlers can `throw new NotSupportedError('...')` and
// callers can test `err instanceof SecurityError`.
/** The CALLERROR code FormatViolation: the payload is not a JSON object, or has a property its schema does not allow. */
export class FormatViolationError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('FormatViolation', description, details); }
  override readonly name: string = 'FormatViolationError';
}
/** The CALLERROR code GenericError: any other error (also what an unknown code received on the wire becomes). */
export class GenericError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('GenericError', description, details); }
  override readonly name: string = 'GenericError';
}
/** The CALLERROR code InternalError: the receiver failed while handling the call. */
export class InternalError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('InternalError', description, details); }
  override readonly name: string = 'InternalError';
}
/** The CALLERROR code MessageTypeNotSupported: a message type the receiver does not know. */
export class MessageTypeNotSupportedError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('MessageTypeNotSupported', description, details); }
  override readonly name: string = 'MessageTypeNotSupportedError';
}
/** The CALLERROR code NotImplemented: an action the receiver does not know. */
export class NotImplementedError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('NotImplemented', description, details); }
  override readonly name: string = 'NotImplementedError';
}
/** The CALLERROR code NotSupported: an action the receiver knows but does not support (or not in this direction). */
export class NotSupportedError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('NotSupported', description, details); }
  override readonly name: string = 'NotSupportedError';
}
/** The CALLERROR code OccurrenceConstraintViolation: a required field is missing, or an array has too few or too many items. */
export class OccurrenceConstraintViolationError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('OccurrenceConstraintViolation', description, details); }
  override readonly name: string = 'OccurrenceConstraintViolationError';
}
/** The CALLERROR code PropertyConstraintViolation: a value breaks a constraint (enumeration, length, range, format). */
export class PropertyConstraintViolationError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('PropertyConstraintViolation', description, details); }
  override readonly name: string = 'PropertyConstraintViolationError';
}
/** The CALLERROR code ProtocolError: the payload is incomplete. */
export class ProtocolError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('ProtocolError', description, details); }
  override readonly name: string = 'ProtocolError';
}
/** The CALLERROR code RpcFrameworkError: the frame is not a valid OCPP-J frame (unreadable message id, wrong element types). */
export class RpcFrameworkError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('RpcFrameworkError', description, details); }
  override readonly name: string = 'RpcFrameworkError';
}
/** The CALLERROR code SecurityError: the call is refused for security reasons, e.g. before registration (B02.FR.09). */
export class SecurityError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('SecurityError', description, details); }
  override readonly name: string = 'SecurityError';
}
/** The CALLERROR code TypeConstraintViolation: a value has the wrong JSON type. */
export class TypeConstraintViolationError extends OcppError {
  constructor(description = '', details: ErrorDetails = {}) { super('TypeConstraintViolation', description, details); }
  override readonly name: string = 'TypeConstraintViolationError';
}

const classes: { readonly [C in ErrorCode]: new (description?: string, details?: ErrorDetails) => OcppError } = {
  FormatViolation: FormatViolationError,
  GenericError,
  InternalError,
  MessageTypeNotSupported: MessageTypeNotSupportedError,
  NotImplemented: NotImplementedError,
  NotSupported: NotSupportedError,
  OccurrenceConstraintViolation: OccurrenceConstraintViolationError,
  PropertyConstraintViolation: PropertyConstraintViolationError,
  ProtocolError,
  RpcFrameworkError,
  SecurityError,
  TypeConstraintViolation: TypeConstraintViolationError,
};

/** An instance of the subclass for `code`. */
export function createOcppError(code: ErrorCode, description = '', details: ErrorDetails = {}): OcppError {
  return new classes[code](description, details);
}

/**
 * The error a caller receives for a CALLERROR frame (its code read with
 * `inbound`, see normalizeErrorCode). An unknown code becomes
 * GenericError, with the code as received kept in `details.receivedCode`.
 */
export function errorFromCallError(code: string, description: unknown, details: unknown, inbound?: ReadonlyMap<string, ErrorCode>): OcppError {
  const known = normalizeErrorCode(code, inbound);
  const text = typeof description === 'string' ? description : '';
  const obj: ErrorDetails =
    typeof details === 'object' && details !== null && !Array.isArray(details) ? (details as ErrorDetails) : {};
  if (known !== undefined) return createOcppError(known, text, obj);
  return new GenericError(text, { ...obj, receivedCode: code });
}

// ---------------------------------------------------------------------------
// Local errors: they reject a caller's promise and never travel on the wire.

/** The other side did not answer within the call's timeout. */
export class CallTimeoutError extends Error {
  /** The action of the call that failed. */
  readonly action: string;
  /** The timeout that ran out, in ms. */
  readonly timeoutMs: number;
  /** True when the call never left the queue (an earlier call held the line). */
  readonly neverSent: boolean;
  constructor(action: string, timeoutMs: number, neverSent: boolean) {
    super(
      neverSent
        ? `${action}: no answer within ${timeoutMs} ms; the call was still queued behind earlier calls and was never sent`
        : `${action}: no answer within ${timeoutMs} ms`,
    );
    this.action = action;
    this.timeoutMs = timeoutMs;
    this.neverSent = neverSent;
  }
  override readonly name: string = 'CallTimeoutError';
}

/** The connection went away while the call was in flight; its answer can never come. */
export class ConnectionLostError extends Error {
  /** The action of the call that failed. */
  readonly action: string;
  constructor(action: string, reason?: string, options?: { cause?: unknown }) {
    super(`${action}: the connection was lost before the answer came${reason ? ` (${reason})` : ''}`, options);
    this.action = action;
  }
  override readonly name: string = 'ConnectionLostError';
}

/** The endpoint was closed; pending and later calls fail with this. */
export class EndpointClosedError extends Error {
  /** The action of the call that failed. */
  readonly action: string;
  constructor(action: string, reason?: string) {
    super(`${action}: the endpoint is closed${reason ? ` (${reason})` : ''}`);
    this.action = action;
  }
  override readonly name: string = 'EndpointClosedError';
}

/** The queue of waiting calls is full (the endpoint's maxQueue). */
export class QueueFullError extends Error {
  /** The action of the call that failed. */
  readonly action: string;
  /** The size of the queue that was full. */
  readonly maxQueue: number;
  constructor(action: string, maxQueue: number) {
    super(`${action}: ${maxQueue} calls are already waiting to be sent; call refused`);
    this.action = action;
    this.maxQueue = maxQueue;
  }
  override readonly name: string = 'QueueFullError';
}

/** A SEND (OCPP 2.1) was made while no transport was attached: SENDs are sent at once or not at all, never queued. */
export class NotConnectedError extends Error {
  /** The action of the SEND that was not sent. */
  readonly action: string;
  constructor(action: string) {
    super(`${action}: not connected; a SEND is never queued`);
    this.action = action;
  }
  override readonly name: string = 'NotConnectedError';
}
