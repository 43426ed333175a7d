/**
 * The options, hooks and events of an Endpoint: what an application or a
 * behaviour gives it, and what it tells them.
 */
import type { ErrorCode } from '../schema/error-codes.js';
import type { CallContext, HandlerErrorEvent, HandlerTable, Refusal, Validator, WarningEvent } from './dispatch.js';
import type { ValidationModes, ValidationSetting } from './validation-modes.js';

export type { ValidationModes } from './validation-modes.js';
import type { ErrorDetails } from './errors.js';
import type { CallErrorFrame, CallResultFrame } from './frames.js';

/** Sees one text frame: 'in' as received, 'out' as sent. */
export type FrameObserver = (way: 'in' | 'out', text: string) => void;

/** Points where a behaviour (e.g. registration state) joins the session. */
export interface EndpointHooks {
  /** An incoming CALL or SEND, before validation: a refusal (see Refusal) stops it. */
  readonly admitCall?: (action: string, payload: unknown) => Refusal | undefined;
  /** An outgoing CALL about to leave the queue, or a SEND: an Error fails it instead. */
  readonly admitSend?: (action: string, payload: unknown) => Error | undefined;
  /** This side answered an incoming CALL with a CALLRESULT. */
  readonly onAnswer?: (action: string, request: unknown, response: unknown) => void;
  /** One of this side's CALLs got its (valid) CALLRESULT, before the caller sees it. */
  readonly onResult?: (action: string, request: unknown, response: unknown) => void;
}

/** Options of an Endpoint; all optional (the version descriptor gives the defaults). */
export interface EndpointOptions<C extends object = object> {
  /** Payload validator. Default: the version's; false: no validation. */
  readonly validate?: Validator | false;
  /** One mode for every direction, or one per direction. Default 'strict'. */
  readonly validation?: ValidationSetting | ValidationModes;
  /** Per-call timeout in ms, counted from the call, queued time included. Default 30000. */
  readonly callTimeoutMs?: number;
  /** Calls that may wait behind the in-flight ones. Default 1000. */
  readonly maxQueue?: number;
  /** CALLs outstanding at once. Default 1 (Part 4, 4.1.1). */
  readonly maxInFlight?: number;
  /** Known action names; other incoming actions are answered NotImplemented. Default: the version's. */
  readonly isAction?: (action: string) => boolean;
  /** Actions this side receives; others are answered NotSupported. Default: all. */
  readonly canReceive?: (action: string) => boolean;
  /** Actions this side may call or send; others fail with NotSupportedError. Default: all. */
  readonly canSend?: (action: string) => boolean;
  /** Merged into every handler's context (e.g. `{ identity }`). */
  readonly context?: C;
  /** Where a behaviour joins the session (admission, observing answers). */
  readonly hooks?: EndpointHooks;
  /** Message id generator, for CALLs and SENDs alike (one id space, Part 4, 4.1.4). Default: a random prefix and a counter. */
  readonly messageId?: () => string;
  /** Told of every event, as a method call (see EndpointReporter). */
  readonly reporter?: EndpointReporter;
  /**
   * Handlers shared with other endpoints (a server's stations): consulted
   * for an action this endpoint has no handler of its own for. Later changes
   * to the table apply at once; nothing is copied per endpoint.
   */
  readonly sharedHandlers?: HandlerTable<C>;
  /**
   * Deepest nesting of arrays and objects accepted in a received payload
   * (or CALLERROR details). Deeper CALLs are answered FormatViolation,
   * deeper answers fail their call. Default DEFAULT_MAX_DEPTH (64).
   */
  readonly maxDepth?: number;
}

/** Options of one call. */
export interface CallOptions {
  /** Overrides the endpoint's callTimeoutMs for this call. */
  readonly timeoutMs?: number;
  /** Aborting fails the call with the signal's reason and frees its place. */
  readonly signal?: AbortSignal;
  /**
   * Goes ahead of every queued call (not of those already in flight): for a
   * transport that must send BootNotification first after a reconnect.
   */
  readonly priority?: boolean;
}

/** A frame that broke the rules, and what was done about it. */
export interface BadMessageEvent {
  /** The frame as received. */
  readonly text: string;
  /** What was wrong, for people. */
  readonly reason: string;
  /** The error code of the answer, or of the refusal when none was sent (canonical spelling). */
  readonly code: ErrorCode;
  /** The frame's message id ("-1" when it could not be read). */
  readonly messageId: string;
  /** True when a CALLERROR (or, for an invalid CALLRESULT in OCPP 2.1, a CALLRESULTERROR) was sent in answer. */
  readonly answered: boolean;
}

/** An answer that matches no outstanding CALL. */
export interface UnmatchedEvent {
  /** The frame as received. */
  readonly text: string;
  /** The frame, decoded. */
  readonly frame: CallResultFrame | CallErrorFrame;
}

/** The other side could not process one of this side's CALLRESULTs (OCPP 2.1 CALLRESULTERROR; never answered). */
export interface CallResultErrorEvent {
  /** The frame as received. */
  readonly text: string;
  /** The id of the CALLRESULT complained about (that of the CALL it answered). */
  readonly messageId: string;
  /** The code, canonical; GenericError for a code that is not an OCPP code. */
  readonly code: ErrorCode;
  /** The code as received. */
  readonly receivedCode: string;
  /** The errorDescription ('' when it was not a string). */
  readonly description: string;
  /** The errorDetails ({} when it was not an object). */
  readonly details: ErrorDetails;
}

/** The endpoint's events and their arguments. */
export interface EndpointEvents {
  /** An incoming frame broke the rules (answered with a CALLERROR, or reported only). */
  badMessage: [BadMessageEvent];
  /** Lenient validation accepted a payload with defects. */
  warning: [WarningEvent];
  /**
   * A CALLRESULT or CALLERROR whose id matches no outstanding CALL: it came
   * after the timeout, or it is a CALLERROR with id "-1" (the other side could not read a frame).
   */
  unmatched: [UnmatchedEvent];
  /** A handler threw something that is not an OcppError, or returned an invalid answer (InternalError was sent). */
  handlerError: [HandlerErrorEvent];
  /** The other side sent a CALLRESULTERROR about one of this side's answers (OCPP 2.1). */
  callResultError: [CallResultErrorEvent];
}

/** Carries one text frame to the other side; throws when it cannot. */
export type SendFunction = (text: string) => void;

/**
 * Receives an endpoint's events as method calls, besides its listeners: a
 * server holding an endpoint per station gives each one small object
 * instead of registering listeners on every endpoint.
 */
export type EndpointReporter = { readonly [K in keyof EndpointEvents]?: (...args: EndpointEvents[K]) => void };

/** What an endpoint's handler receives besides the request: the CALL's id and action, and the endpoint's context. */
export type HandlerContext<C extends object = object> = CallContext & C;
