/**
 * Answering one decoded CALL: the checks Part 4 asks for, in order, then the
 * handler, then the check of its answer. The endpoint and the pure
 * `handleCall` of the roles both go through `dispatchCall`, so a frame is
 * answered the same way whatever carries it.
 *
 * Order: unknown action (NotImplemented), action not received by this side,
 * sent as SEND, or without a handler (NotSupported), refused by the
 * admission hook (e.g. SecurityError before registration), invalid payload
 * (the validator's code), then the handler; a throw becomes InternalError or
 * the code of the OcppError thrown. Nothing here throws, and no stack trace
 * reaches the wire. Error codes go out in the spelling of the version
 * (`errorCodes`).
 */
import { canonicalSpelling, type ErrorCodeSpelling } from '../schema/error-codes.js';
import type { MessageKind, ValidationIssue } from '../schema/result.js';
import type { PayloadValidator } from '../schema/version.js';
import { createOcppError, OcppError, truncateDescription, type ErrorCode, type ErrorDetails } from './errors.js';
import { optionsFor, type ValidationSetting } from './validation-modes.js';
import { CALLERROR, CALLRESULT, type CallErrorFrame, type CallFrame, type CallResultFrame, type SendFrame } from './frames.js';

/** A payload validator, e.g. a version descriptor's `validate`; undefined means "unknown action". */
export type Validator = PayloadValidator;

/**
 * An admission check's verdict besides admitting (undefined): an OcppError
 * refuses the CALL with its code; a SilentRefusal leaves it unanswered and
 * only reports it (a Rejected OCPP 1.6 Charge Point "SHALL NOT respond").
 */
export type Refusal = OcppError | SilentRefusal;

/** A CALL dropped without an answer (see Refusal); reported with this code and reason. */
export interface SilentRefusal {
  /** Always true: no CALLERROR goes out. */
  readonly silent: true;
  /** The code the report carries. */
  readonly code: ErrorCode;
  /** Why, for people. */
  readonly reason: string;
}

export type { ValidationSetting } from './validation-modes.js';

/** What every handler receives besides the request. */
export interface CallContext {
  /** The message id of the CALL. */
  readonly messageId: string;
  /** The CALL's action. */
  readonly action: string;
}

/** An untyped handler: the roles give it its types. May return a promise. */
export type CallHandler<C extends object = object> = (request: unknown, context: CallContext & C) => unknown;

/** Handlers by action name; called as methods of the table (`this` is the table). */
export type HandlerTable<C extends object = object> = { readonly [action: string]: CallHandler<C> | undefined };

/** Lenient validation let a payload through with defects, each listed as an issue. */
export interface WarningEvent {
  /** 'incoming': the other side sent it; 'outgoing': this side was about to send it. */
  readonly direction: 'incoming' | 'outgoing';
  /** A request or a response. */
  readonly kind: MessageKind;
  /** The action of the message. */
  readonly action: string;
  /** The message id of the exchange ('' for an outgoing request not yet given one). */
  readonly messageId: string;
  /** What lenient mode accepted: over-long strings, unknown enum values and properties. */
  readonly issues: readonly ValidationIssue[];
}

/** A handler failed: the peer got InternalError, and this says why. */
export interface HandlerErrorEvent {
  /** The action of the CALL being handled. */
  readonly action: string;
  /** The message id of that CALL. */
  readonly messageId: string;
  /** What the handler threw, or the validation failure (an OcppError) of what it returned. */
  readonly error: unknown;
  /** When the handler's answer failed validation: the validator's findings, each with its JSON pointer. */
  readonly issues?: readonly ValidationIssue[];
}

/** An incoming CALL or SEND refused before any handler ran (unknown action, wrong direction, invalid payload, not registered). */
export interface RefusedCallEvent {
  /** The CALL's action. */
  readonly action: string;
  /** The CALL's message id. */
  readonly messageId: string;
  /** The code of the CALLERROR that answered it (or would have: a SEND is never answered). */
  readonly code: ErrorCode;
  /** Why, as the CALLERROR's description says. */
  readonly reason: string;
  /** False when no CALLERROR was sent: a SEND, or a silent refusal. */
  readonly answered: boolean;
}

/** How `dispatchCall` answers: validation, direction and admission checks, and where it reports. */
export interface DispatchConfig<C extends object = object> {
  /** The payload validator; none: no validation. */
  readonly validate?: Validator | undefined;
  /** Checking incoming requests. Default 'strict'. */
  readonly requestMode?: ValidationSetting | undefined;
  /** Checking the handler's answers before they are sent. Default 'strict'. */
  readonly responseMode?: ValidationSetting | undefined;
  /** Known action names; others are answered NotImplemented. Default: any action with a handler. */
  readonly isAction?: ((action: string) => boolean) | undefined;
  /** Actions this side receives; others are answered NotSupported. Default: all. */
  readonly canReceive?: ((action: string) => boolean) | undefined;
  /** Actions that go as SEND (OCPP 2.1), never as a CALL: a CALL of one is answered NotSupported. Default: none. */
  readonly isSendAction?: ((action: string) => boolean) | undefined;
  /** Last word before validation: a refusal (see Refusal), or undefined to admit. */
  readonly admit?: ((action: string, payload: unknown) => Refusal | undefined) | undefined;
  /** Called with each CALLRESULT about to be returned. */
  readonly onAnswer?: ((action: string, request: unknown, response: unknown) => void) | undefined;
  /** Lenient validation accepted a payload with defects. */
  readonly onWarning?: ((event: WarningEvent) => void) | undefined;
  /** A handler threw something that is not an OcppError, or returned an invalid answer. */
  readonly onHandlerError?: ((event: HandlerErrorEvent) => void) | undefined;
  /** The call was refused before any handler ran. */
  readonly onRefused?: ((event: RefusedCallEvent) => void) | undefined;
  /** How error codes are spelt on the wire (a version descriptor's `errorCodeSpelling`). Default: canonical. */
  readonly errorCodes?: ErrorCodeSpelling | undefined;
  /** Added to every handler's context. */
  readonly context?: C | undefined;
}

/** The answer to one CALL: a CALLRESULT or a CALLERROR frame. */
export type DispatchReply = CallResultFrame | CallErrorFrame;


/**
 * The description and details a validation failure earns on the wire: the
 * first issue, and up to five issues with their codes in the version's
 * spelling (`spelling`; canonical by default).
 */
export function describeIssues(issues: readonly ValidationIssue[], spelling: ErrorCodeSpelling = canonicalSpelling): { description: string; details: ErrorDetails } {
  const first = issues[0];
  const description = first === undefined ? 'invalid payload' : first.pointer === '' ? first.reason : `${first.pointer}: ${first.reason}`;
  return { description, details: { errors: issues.slice(0, 5).map((i) => ({ code: spelling[i.code], pointer: i.pointer, reason: i.reason })) } };
}

function errorReply(id: string, code: ErrorCode, description: string, details: ErrorDetails, spelling: ErrorCodeSpelling | undefined): CallErrorFrame {
  return [CALLERROR, id, (spelling ?? canonicalSpelling)[code], description, details];
}

function refuse(
  config: DispatchConfig<object>,
  id: string,
  action: string,
  code: ErrorCode,
  description: string,
  details: ErrorDetails = {},
): CallErrorFrame {
  const text = truncateDescription(description);
  config.onRefused?.({ action, messageId: id, code, reason: text, answered: true });
  return errorReply(id, code, text, details, config.errorCodes);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Answers one CALL. Returns the reply at once when the handler answers
 * synchronously, else a promise of it (which never rejects); undefined when
 * the CALL is to go unanswered (a silent refusal).
 */
export function dispatchCall<C extends object>(
  frame: CallFrame,
  handlers: HandlerTable<C>,
  config: DispatchConfig<C>,
): DispatchReply | Promise<DispatchReply> | undefined {
  const reply = beginCall(frame, handlers, config);
  return reply === undefined || Array.isArray(reply) ? reply : finishAnswer(reply, frame, config);
}

/**
 * The reply once a handler's promise settles (never rejects). One async
 * step: no closures or intermediate promises per call.
 */
async function finishAnswer(answer: PromiseLike<unknown>, frame: CallFrame, config: DispatchConfig<object>): Promise<DispatchReply> {
  let value: unknown;
  try {
    value = await answer;
  } catch (err) {
    return thrown(config, frame[1], frame[2], err);
  }
  return finish(config, frame[1], frame[2], frame[3], value);
}

/**
 * Runs the checks and the handler of one CALL: the reply frame when it is
 * known at once (a refusal, or a handler that answered synchronously), the
 * handler's promise, to be finished with `finish` or `thrown` (the request
 * is the frame's payload: validation never copies it), or undefined when
 * the CALL goes unanswered (a silent refusal).
 */
export function beginCall<C extends object>(frame: CallFrame, handlers: HandlerTable<C>, config: DispatchConfig<C>): DispatchReply | PromiseLike<unknown> | undefined {
  const id = frame[1];
  const action = frame[2];
  const { isAction, canReceive } = config;

  if (isAction !== undefined ? !isAction(action) : typeof handlers[action] !== 'function') {
    return refuse(config, id, action, 'NotImplemented', `unknown action ${JSON.stringify(action)}`);
  }
  if (canReceive !== undefined && !canReceive(action)) {
    return refuse(config, id, action, 'NotSupported', `${action} is not sent in this direction`);
  }
  if (config.isSendAction?.(action) === true) {
    return refuse(config, id, action, 'NotSupported', `${action} is sent as SEND, not as a CALL`);
  }
  const handler = handlers[action];
  if (typeof handler !== 'function') {
    return refuse(config, id, action, 'NotSupported', `${action} is not supported`);
  }
  let request = frame[3];
  if (config.admit !== undefined) {
    const denied = config.admit(action, request);
    if (denied !== undefined) {
      if (denied instanceof OcppError) return refuse(config, id, action, denied.code, denied.description, denied.details);
      config.onRefused?.({ action, messageId: id, code: denied.code, reason: denied.reason, answered: false });
      return undefined;
    }
  }
  const validate = config.validate;
  if (validate !== undefined) {
    const opts = optionsFor(config.requestMode);
    if (opts !== undefined) {
      const result = validate(action, 'request', request, opts);
      if (result !== undefined) {
        if (!result.ok) {
          const { description, details } = describeIssues(result.errors, config.errorCodes);
          return refuse(config, id, action, result.errors[0]?.code ?? 'FormatViolation', description, details);
        }
        if (result.warnings.length > 0) {
          config.onWarning?.({ direction: 'incoming', kind: 'request', action, messageId: id, issues: result.warnings });
        }
        request = result.value;
      }
    }
  }

  const context = { ...config.context, messageId: id, action } as CallContext & C;
  let answer: unknown;
  try {
    answer = handler.call(handlers, request, context);
  } catch (err) {
    return thrown(config, id, action, err);
  }
  if (isThenable(answer)) return answer;
  return finish(config, id, action, request, answer);
}

/** The reply to a handler's answer: validated, observed, encoded as a CALLRESULT (or InternalError when invalid). */
export function finish(config: DispatchConfig<object>, id: string, action: string, request: unknown, answer: unknown): DispatchReply {
  // A handler that returns nothing answers with the empty object.
  let response: unknown = answer === undefined ? {} : answer;
  const validate = config.validate;
  if (validate !== undefined) {
    const opts = optionsFor(config.responseMode);
    if (opts !== undefined) {
      const result = validate(action, 'response', response, opts);
      if (result !== undefined) {
        if (!result.ok) {
          // Our own handler's fault: never send an invalid answer.
          const { description, details } = describeIssues(result.errors);
          config.onHandlerError?.({
            action,
            messageId: id,
            error: createOcppError(result.errors[0]?.code ?? 'FormatViolation', `invalid ${action} response: ${description}`, details),
            issues: result.errors,
          });
          return errorReply(id, 'InternalError', `the ${action} handler produced an invalid response`, {}, config.errorCodes);
        }
        if (result.warnings.length > 0) {
          config.onWarning?.({ direction: 'outgoing', kind: 'response', action, messageId: id, issues: result.warnings });
        }
        response = result.value;
      }
    }
  }
  if (config.onAnswer !== undefined) {
    try {
      config.onAnswer(action, request, response);
    } catch (err) {
      config.onHandlerError?.({ action, messageId: id, error: err });
    }
  }
  return [CALLRESULT, id, response];
}

/** The reply to a handler that threw: the OcppError's code, or InternalError (reported as a handler error). */
export function thrown(config: DispatchConfig<object>, id: string, action: string, err: unknown): CallErrorFrame {
  if (err instanceof OcppError) {
    return errorReply(id, err.code, err.description, plainDetails(err.details), config.errorCodes);
  }
  config.onHandlerError?.({ action, messageId: id, error: err });
  return errorReply(id, 'InternalError', `an internal error occurred while handling ${action}`, {}, config.errorCodes);
}

/** Details must be a JSON object; anything that will not encode is dropped. */
function plainDetails(details: ErrorDetails): ErrorDetails {
  try {
    JSON.stringify(details);
    return details;
  } catch {
    return {};
  }
}

/**
 * Delivers one SEND (OCPP 2.1, Part 4, 4.2.4) to its handler. Nothing is
 * ever answered: an unknown action, one that is not a SEND action or not
 * received by this side, one without a handler, a refusal by the admission
 * hook and an invalid payload are reported (onRefused, answered false) and
 * dropped; a handler that throws is reported as a handler error. Returns the
 * handler's promise when it is asynchronous, for the caller to watch.
 */
export function deliverSend<C extends object>(frame: SendFrame, handlers: HandlerTable<C>, config: DispatchConfig<C>): PromiseLike<unknown> | undefined {
  const id = frame[1];
  const action = frame[2];
  const drop = (code: ErrorCode, reason: string): undefined => {
    config.onRefused?.({ action, messageId: id, code, reason: truncateDescription(reason), answered: false });
    return undefined;
  };
  if (config.isAction !== undefined ? !config.isAction(action) : typeof handlers[action] !== 'function') {
    return drop('NotImplemented', `unknown action ${JSON.stringify(action)}`);
  }
  if (config.isSendAction?.(action) !== true) return drop('NotSupported', `${action} is not sent as SEND`);
  if (config.canReceive !== undefined && !config.canReceive(action)) return drop('NotSupported', `${action} is not sent in this direction`);
  const handler = handlers[action];
  if (typeof handler !== 'function') return drop('NotSupported', `${action} has no handler`);
  let request = frame[3];
  const denied = config.admit?.(action, request);
  if (denied !== undefined) return drop(denied.code, denied instanceof OcppError ? denied.description : denied.reason);
  const opts = config.validate === undefined ? undefined : optionsFor(config.requestMode);
  if (opts !== undefined) {
    const result = config.validate!(action, 'request', request, opts);
    if (result !== undefined) {
      if (!result.ok) return drop(result.errors[0]?.code ?? 'FormatViolation', describeIssues(result.errors).description);
      if (result.warnings.length > 0) config.onWarning?.({ direction: 'incoming', kind: 'request', action, messageId: id, issues: result.warnings });
      request = result.value;
    }
  }
  try {
    const outcome = handler.call(handlers, request, { ...config.context, messageId: id, action } as CallContext & C);
    return isThenable(outcome) ? outcome : undefined;
  } catch (err) {
    config.onHandlerError?.({ action, messageId: id, error: err });
    return undefined;
  }
}
