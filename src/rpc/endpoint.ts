/**
 * One OCPP-J session, transport-agnostic: the application feeds it each
 * incoming text frame (`receive`) and gives it a function that sends text
 * (`attach`). It correlates CALLs with their answers, times them out, keeps
 * at most `maxInFlight` CALLs outstanding (one by default, Part 4, 4.1.1)
 * with the rest waiting in a bounded queue, and answers every incoming frame
 * as Part 4 says. Incoming CALLs are handled independently of outgoing ones,
 * so a handler may itself call the other side.
 */
import { EventEmitter } from 'node:events';
import type { ValidateOptions, ValidationIssue } from '../schema/result.js';
import {
  CallTimeoutError,
  ConnectionLostError,
  EndpointClosedError,
  NotSupportedError,
  OcppError,
  QueueFullError,
  createOcppError,
  errorFromCallError,
  wireErrorCode,
  type ErrorCode,
  type OcppVersion,
} from './errors.js';
import {
  CALL,
  CALLERROR,
  CALLRESULT,
  checkFrame,
  DEFAULT_MAX_DEPTH,
  encodeCall,
  encodeCallError,
  encodeFrame,
  nextMessageId,
  UNREADABLE_MESSAGE_ID,
  type CallErrorFrame,
  type CallFrame,
  type CallResultFrame,
  type FrameError,
} from './frames.js';
import {
  beginCall,
  describeIssues,
  finish,
  thrown,
  type CallContext,
  type CallHandler,
  type DispatchConfig,
  type DispatchReply,
  type HandlerErrorEvent,
  type HandlerTable,
  type RefusedCallEvent,
  type ValidationSetting,
  type Validator,
  type WarningEvent,
} from './dispatch.js';

/** Validation per direction; each defaults to 'strict'. */
export interface ValidationModes {
  /** CALLs received from the other side. */
  readonly incomingRequests?: ValidationSetting;
  /** Answers received to this side's CALLs. */
  readonly incomingResponses?: ValidationSetting;
  /** This side's CALLs, before they are sent. */
  readonly outgoingRequests?: ValidationSetting;
  /** This side's handlers' answers, before they are sent. */
  readonly outgoingResponses?: ValidationSetting;
}

/** Sees one text frame: 'in' as received, 'out' as sent. */
export type FrameObserver = (way: 'in' | 'out', text: string) => void;

/** Points where a behaviour (e.g. registration state) joins the session. */
export interface EndpointHooks {
  /** An incoming CALL, before validation: an OcppError refuses it with that code. */
  readonly admitCall?: (action: string, payload: unknown) => OcppError | undefined;
  /** An outgoing CALL about to leave the queue: an Error fails the call instead. */
  readonly admitSend?: (action: string, payload: unknown) => Error | undefined;
  /** This side answered an incoming CALL with a CALLRESULT. */
  readonly onAnswer?: (action: string, request: unknown, response: unknown) => void;
  /** One of this side's CALLs got its (valid) CALLRESULT, before the caller sees it. */
  readonly onResult?: (action: string, request: unknown, response: unknown) => void;
}

/** Options of an Endpoint; all optional. */
export interface EndpointOptions<C extends object = object> {
  /** Payload validator (e.g. `validate` from `ocpp-model/v201`); none means no validation. */
  readonly validate?: Validator;
  /** One mode for every direction, or one per direction. Default 'strict'. */
  readonly validation?: ValidationSetting | ValidationModes;
  /** Per-call timeout in ms, counted from the call, queued time included. Default 30000. */
  readonly callTimeoutMs?: number;
  /** Calls that may wait behind the in-flight ones. Default 1000. */
  readonly maxQueue?: number;
  /** CALLs outstanding at once. Default 1 (Part 4, 4.1.1). */
  readonly maxInFlight?: number;
  /** Known action names; other incoming actions are answered NotImplemented. Default: any with a handler. */
  readonly isAction?: (action: string) => boolean;
  /** Actions this side receives; others are answered NotSupported. Default: all. */
  readonly canReceive?: (action: string) => boolean;
  /** Actions this side may call; others fail with NotSupportedError. Default: all. */
  readonly canSend?: (action: string) => boolean;
  /** Error-code spellings sent on the wire. Default 'ocpp2.0.1'. */
  readonly version?: OcppVersion;
  /** Merged into every handler's context (e.g. `{ identity }`). */
  readonly context?: C;
  /** Where a behaviour joins the session (admission, observing answers). */
  readonly hooks?: EndpointHooks;
  /** Message id generator. Default: a random prefix and a counter. */
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
  /** The error code of the answer, or of the refusal when none was sent. */
  readonly code: ErrorCode;
  /** The frame's message id ("-1" when it could not be read). */
  readonly messageId: string;
  /** True when a CALLERROR was sent in answer. */
  readonly answered: boolean;
}

/** An answer that matches no outstanding CALL. */
export interface UnmatchedEvent {
  /** The frame as received. */
  readonly text: string;
  /** The frame, decoded. */
  readonly frame: CallResultFrame | CallErrorFrame;
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

const QUEUED = 0;
const IN_FLIGHT = 1;
const DONE = 2;

class PendingCall {
  state: number = QUEUED;
  timer: ReturnType<typeof setTimeout> | undefined = undefined;
  signal: AbortSignal | undefined = undefined;
  onAbort: (() => void) | undefined = undefined;

  constructor(
    readonly id: string,
    readonly action: string,
    readonly payload: unknown,
    readonly text: string,
    readonly timeoutMs: number,
    readonly resolve: (value: unknown) => void,
    readonly reject: (reason: unknown) => void,
  ) {}
}

// A CALLERROR carries the first code and at most five issues in its details.
const STRICT: ValidateOptions = { mode: 'strict', maxErrors: 5 };
const LENIENT: ValidateOptions = { mode: 'lenient', maxErrors: 5 };

function optionsFor(mode: ValidationSetting): ValidateOptions | undefined {
  return mode === 'off' ? undefined : mode === 'lenient' ? LENIENT : STRICT;
}

/** A timer callback shared by all calls (no closure per call). */
function onTimer(endpoint: unknown, call: PendingCall): void {
  (endpoint as { timedOut(call: PendingCall): void }).timedOut(call);
}

/** One OCPP-J session, transport-agnostic (see the module comment); the roles build on it. */
export class Endpoint<C extends object = object> extends EventEmitter<EndpointEvents> {
  /** Merged into every handler's context; the transport may set it (e.g. the station identity). */
  context: C;

  private readonly handlerTable: { [action: string]: CallHandler<C> | undefined };
  private readonly dispatch: DispatchConfig<C>;
  private readonly validateFn: Validator | undefined;
  private readonly inResponses: ValidateOptions | undefined;
  private readonly outRequests: ValidateOptions | undefined;
  private readonly callTimeoutMs: number;
  private readonly maxQueue: number;
  private readonly maxInFlight: number;
  private readonly canSend: ((action: string) => boolean) | undefined;
  private readonly hooks: EndpointHooks;
  private observer: FrameObserver | undefined = undefined;
  private readonly reporter: EndpointReporter | undefined;
  private readonly newId: () => string;
  private readonly version: OcppVersion;
  private readonly maxDepth: number;

  private sendFn: SendFunction | undefined = undefined;
  /** Bumped by every attach and detach: answers computed for an older connection are dropped. */
  private generation = 0;
  private closed = false;
  private readonly inFlight = new Map<string, PendingCall>();
  private queue: (PendingCall | undefined)[] = [];
  private head = 0;
  private queued = 0;
  private pumping = false;
  private pumpAgain = false;
  /** Ids of incoming CALLs whose handler has not answered yet. */
  private readonly handling = new Set<string>();
  /** The frame being handled synchronously, for the badMessage event. */
  private currentText = '';

  constructor(options: EndpointOptions<C> = {}) {
    super();
    const v = options.validation ?? 'strict';
    const modes: Required<ValidationModes> =
      typeof v === 'string'
        ? { incomingRequests: v, incomingResponses: v, outgoingRequests: v, outgoingResponses: v }
        : {
            incomingRequests: v.incomingRequests ?? 'strict',
            incomingResponses: v.incomingResponses ?? 'strict',
            outgoingRequests: v.outgoingRequests ?? 'strict',
            outgoingResponses: v.outgoingResponses ?? 'strict',
          };
    this.reporter = options.reporter;
    this.handlerTable = Object.create(options.sharedHandlers ?? null) as { [action: string]: CallHandler<C> | undefined };
    this.context = options.context ?? ({} as C);
    this.validateFn = options.validate;
    this.inResponses = optionsFor(modes.incomingResponses);
    this.outRequests = optionsFor(modes.outgoingRequests);
    this.callTimeoutMs = options.callTimeoutMs ?? 30_000;
    this.maxQueue = options.maxQueue ?? 1000;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 1);
    this.canSend = options.canSend;
    this.hooks = options.hooks ?? {};
    this.newId = options.messageId ?? nextMessageId;
    this.version = options.version ?? 'ocpp2.0.1';
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    // Built once: the hot path allocates no closures per frame.
    this.dispatch = new Endpoint.Dispatch<C>(this, options, modes.incomingRequests, modes.outgoingResponses);
  }

  /**
   * The dispatch settings of one endpoint. Its callbacks are methods rather
   * than closures: a CSMS holds an endpoint per connected station, so what
   * each one allocates adds up. (Nested here to reach the endpoint's
   * private members.)
   */
  private static readonly Dispatch = class EndpointDispatch<C extends object> implements DispatchConfig<C> {
    readonly validate: Validator | undefined;
    readonly isAction: ((action: string) => boolean) | undefined;
    readonly canReceive: ((action: string) => boolean) | undefined;
    readonly version: OcppVersion;

    constructor(
      private readonly endpoint: Endpoint<C>,
      options: EndpointOptions<C>,
      readonly requestMode: ValidationSetting,
      readonly responseMode: ValidationSetting,
    ) {
      this.validate = options.validate;
      this.isAction = options.isAction;
      this.canReceive = options.canReceive;
      this.version = endpoint.version;
    }

    get context(): C {
      return this.endpoint.context;
    }

    admit(action: string, payload: unknown): OcppError | undefined {
      const hooks = this.endpoint.hooks;
      return hooks.admitCall === undefined ? undefined : hooks.admitCall(action, payload);
    }

    onAnswer(action: string, request: unknown, response: unknown): void {
      const hooks = this.endpoint.hooks;
      if (hooks.onAnswer !== undefined) hooks.onAnswer(action, request, response);
    }

    onWarning(event: WarningEvent): void {
      this.endpoint.emitIfHeard('warning', event);
    }

    onHandlerError(event: HandlerErrorEvent): void {
      this.endpoint.emitIfHeard('handlerError', event);
    }

    onRefused(event: RefusedCallEvent): void {
      const e = this.endpoint;
      e.emitIfHeard('badMessage', {
        text: e.currentText,
        reason: event.reason,
        code: event.code,
        messageId: event.messageId,
        answered: e.sendFn !== undefined,
      });
    }
  };

  /** True between attach() and detach(). */
  get attached(): boolean {
    return this.sendFn !== undefined;
  }

  /** True once close() was called. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Calls sent and not yet answered. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Calls waiting to be sent. */
  get queuedCount(): number {
    return this.queued;
  }

  /** Incoming CALLs whose (asynchronous) handler has not answered yet; a transport may stop reading above a limit. */
  get handlingCount(): number {
    return this.handling.size;
  }

  /** Registers the handler of an incoming action (replacing any earlier one). */
  handle(action: string, handler: CallHandler<C>): this {
    this.handlerTable[action] = handler;
    return this;
  }

  /** Removes the handler of an action (its CALLs are then answered NotSupported). */
  removeHandler(action: string): this {
    delete this.handlerTable[action];
    return this;
  }

  /** True when the action has a handler (its own or a shared one). */
  hasHandler(action: string): boolean {
    return this.handlerTable[action] !== undefined;
  }

  /** The transport is connected: `send` carries text frames to the other side. Queued calls start flowing. */
  attach(send: SendFunction): void {
    if (this.closed) throw new EndpointClosedError('attach');
    if (this.sendFn !== undefined) this.detach('replaced by a new connection');
    this.generation++;
    this.sendFn = send;
    this.pump();
  }

  /**
   * The transport is gone. Calls in flight fail with ConnectionLostError
   * (their answers can never come); queued calls keep waiting, their
   * timeouts still running, for the next attach().
   */
  detach(reason?: string): void {
    if (this.sendFn === undefined) return;
    this.sendFn = undefined;
    this.generation++;
    this.handling.clear();
    if (this.inFlight.size === 0) return;
    const calls = [...this.inFlight.values()];
    this.inFlight.clear();
    for (const call of calls) this.settle(call, false, new ConnectionLostError(call.action, reason));
  }

  /** Fails everything pending and queued, and refuses what comes later. Idempotent. */
  close(reason?: string): void {
    if (this.closed) return;
    this.closed = true;
    const calls = [...this.inFlight.values()];
    this.inFlight.clear();
    for (let i = this.head; i < this.queue.length; i++) {
      const call = this.queue[i];
      if (call !== undefined && call.state === QUEUED) calls.push(call);
    }
    this.queue = [];
    this.head = 0;
    this.queued = 0;
    this.sendFn = undefined;
    this.generation++;
    this.handling.clear();
    for (const call of calls) this.settle(call, false, new EndpointClosedError(call.action, reason));
  }

  /**
   * Sends a CALL and resolves with the CALLRESULT payload. Rejects with an
   * OcppError (a CALLERROR came back, or the answer was invalid in strict
   * mode), CallTimeoutError, ConnectionLostError, EndpointClosedError,
   * QueueFullError, or the AbortSignal's reason.
   */
  call(action: string, payload: unknown, options?: CallOptions): Promise<unknown> {
    if (this.closed) return Promise.reject(new EndpointClosedError(action));
    if (this.canSend !== undefined && !this.canSend(action)) {
      return Promise.reject(new NotSupportedError(`${action} is not sent by this side`));
    }
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.validateFn !== undefined && this.outRequests !== undefined) {
      const result = this.validateFn(action, 'request', payload, this.outRequests);
      if (result !== undefined) {
        if (!result.ok) {
          const { description, details } = describeIssues(result.errors);
          return Promise.reject(
            createOcppError(result.errors[0]?.code ?? 'FormatViolation', `invalid ${action} request: ${description}`, details),
          );
        }
        if (result.warnings.length > 0) this.warn('outgoing', 'request', action, '', result.warnings);
      }
    }
    const canGoNow = this.sendFn !== undefined && this.inFlight.size < this.maxInFlight && this.queued === 0;
    if (!canGoNow && this.queued >= this.maxQueue) return Promise.reject(new QueueFullError(action, this.maxQueue));
    const id = this.newId();
    let text: string;
    try {
      text = encodeCall(id, action, payload);
    } catch (err) {
      return Promise.reject(err);
    }
    const timeoutMs = options?.timeoutMs ?? this.callTimeoutMs;
    return new Promise<unknown>((resolve, reject) => {
      const call = new PendingCall(id, action, payload, text, timeoutMs, resolve, reject);
      // Infinity means no timeout; setTimeout cannot wait longer than 2^31-1 ms.
      if (timeoutMs !== Infinity) call.timer = setTimeout(onTimer, Math.min(Math.max(timeoutMs, 1), 0x7fffffff), this, call);
      if (signal !== undefined) {
        call.signal = signal;
        call.onAbort = () => this.aborted(call);
        signal.addEventListener('abort', call.onAbort, { once: true });
      }
      if (options?.priority === true) this.queue.splice(this.head, 0, call);
      else this.queue.push(call);
      this.queued++;
      this.pump();
    });
  }

  /**
   * Sees every text frame, incoming ('in') before it is decoded and outgoing
   * ('out') once the transport took it: for logs and monitors. One observer;
   * `undefined` removes it. An observer that throws is ignored.
   */
  observeFrames(observer: FrameObserver | undefined): void {
    this.observer = observer;
  }

  private tell(way: 'in' | 'out', text: string): void {
    try {
      this.observer!(way, text);
    } catch {
      // A monitor must not break the line it watches.
    }
  }

  /** Feeds one incoming text frame. Never throws. */
  receive(text: string): void {
    if (this.closed) return;
    if (this.observer !== undefined) this.tell('in', text);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.badFrame(text, {
        ok: false,
        code: 'RpcFrameworkError',
        messageId: UNREADABLE_MESSAGE_ID,
        messageTypeId: undefined,
        reason: 'the message is not valid JSON',
        answer: true,
      });
      return;
    }
    const frame = checkFrame(value, this.maxDepth);
    if (!Array.isArray(frame)) {
      this.badFrame(text, frame);
      return;
    }
    switch (frame[0]) {
      case CALL:
        this.incomingCall(text, frame);
        break;
      case CALLRESULT:
        this.incomingResult(text, frame);
        break;
      case CALLERROR:
        this.incomingError(text, frame);
        break;
    }
  }

  // -------------------------------------------------------------------------

  private incomingCall(text: string, frame: CallFrame): void {
    const id = frame[1];
    if (this.handling.has(id)) {
      // Part 4, 4.2.3: an id already being handled is not a valid request.
      this.badFrame(text, {
        ok: false,
        code: 'RpcFrameworkError',
        messageId: id,
        messageTypeId: CALL,
        reason: 'a CALL with this message id is already being handled',
        answer: true,
      });
      return;
    }
    this.currentText = text;
    let reply: DispatchReply | PromiseLike<unknown>;
    try {
      reply = beginCall(frame, this.handlerTable, this.dispatch);
    } catch {
      // Only a listener of our own events can throw here.
      reply = [CALLERROR, id, wireErrorCode('InternalError', this.version), '', {}];
    }
    this.currentText = '';
    if (!Array.isArray(reply)) {
      this.handling.add(id);
      void this.answerLater(reply, frame, this.generation);
      return;
    }
    this.sendReply(frame[2], reply as DispatchReply);
  }

  /** Sends an asynchronous handler's answer, unless its connection is gone. */
  private async answerLater(answer: PromiseLike<unknown>, frame: CallFrame, generation: number): Promise<void> {
    // One async step per call (no closures, no intermediate promises): what
    // thousands of calls in flight at once keep alive is what the GC pays for.
    let reply: DispatchReply;
    try {
      reply = finish(this.dispatch, frame[1], frame[2], frame[3], await answer);
    } catch (err) {
      reply = thrown(this.dispatch, frame[1], frame[2], err);
    }
    if (this.generation !== generation) return; // answered on a connection that is gone
    this.handling.delete(frame[1]);
    this.sendReply(frame[2], reply);
  }

  private incomingResult(text: string, frame: CallResultFrame): void {
    const call = this.inFlight.get(frame[1]);
    if (call === undefined) {
      this.emitIfHeard('unmatched', { text, frame });
      return;
    }
    this.inFlight.delete(call.id);
    let value = frame[2];
    if (this.validateFn !== undefined && this.inResponses !== undefined) {
      const result = this.validateFn(call.action, 'response', value, this.inResponses);
      if (result !== undefined) {
        if (!result.ok) {
          const { description, details } = describeIssues(result.errors);
          const code = result.errors[0]?.code ?? 'FormatViolation';
          const reason = `invalid ${call.action} response: ${description}`;
          this.emitIfHeard('badMessage', { text, reason, code, messageId: call.id, answered: false });
          this.settle(call, false, createOcppError(code, reason, details));
          this.pump();
          return;
        }
        if (result.warnings.length > 0) this.warn('incoming', 'response', call.action, call.id, result.warnings);
        value = result.value;
      }
    }
    if (this.hooks.onResult !== undefined) {
      try {
        this.hooks.onResult(call.action, call.payload, value);
      } catch (err) {
        this.emitIfHeard('handlerError', { action: call.action, messageId: call.id, error: err });
      }
    }
    this.settle(call, true, value);
    this.pump();
  }

  private incomingError(text: string, frame: CallErrorFrame): void {
    const call = this.inFlight.get(frame[1]);
    if (call === undefined) {
      this.emitIfHeard('unmatched', { text, frame });
      return;
    }
    this.inFlight.delete(call.id);
    this.settle(call, false, errorFromCallError(frame[2], frame[3], frame[4]));
    this.pump();
  }

  private sendReply(action: string, reply: DispatchReply): void {
    let text: string;
    try {
      text = encodeFrame(reply);
    } catch (err) {
      // Unvalidated answers can hold what JSON cannot carry (a BigInt, a cycle).
      this.emitIfHeard('handlerError', { action, messageId: reply[1], error: err });
      text = encodeCallError(reply[1], wireErrorCode('InternalError', this.version), `the ${action} answer could not be encoded`, {});
    }
    this.sendText(text);
  }

  private badFrame(text: string, error: FrameError): void {
    if (error.answer) this.sendText(encodeCallError(error.messageId, wireErrorCode(error.code, this.version), error.reason, {}));
    this.emitIfHeard('badMessage', {
      text,
      reason: error.reason,
      code: error.code,
      messageId: error.messageId,
      answered: error.answer && this.sendFn !== undefined,
    });
    // A broken answer to one of our calls is reported to its caller too.
    if (!error.answer && error.messageId !== UNREADABLE_MESSAGE_ID) {
      const call = this.inFlight.get(error.messageId);
      if (call !== undefined) {
        this.inFlight.delete(call.id);
        this.settle(call, false, createOcppError(error.code, `malformed answer to ${call.action}: ${error.reason}`));
        this.pump();
      }
    }
  }

  /** Sends queued calls while the line is free. Safe against re-entry from a synchronous transport. */
  private pump(): void {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        while (this.sendFn !== undefined && this.inFlight.size < this.maxInFlight && this.head < this.queue.length) {
          const call = this.queue[this.head];
          this.queue[this.head++] = undefined;
          if (call === undefined || call.state !== QUEUED) continue;
          if (this.hooks.admitSend !== undefined) {
            let refused: Error | undefined;
            try {
              refused = this.hooks.admitSend(call.action, call.payload);
            } catch (err) {
              refused = err instanceof Error ? err : new Error(String(err));
            }
            if (refused !== undefined) {
              // Still QUEUED: settle() counts it out of the queue.
              this.settle(call, false, refused);
              continue;
            }
            // The hook may have ended the call itself (an abort, a close).
            if (call.state !== QUEUED) continue;
          }
          this.queued--;
          call.state = IN_FLIGHT;
          this.inFlight.set(call.id, call);
          const send = this.sendFn;
          try {
            send(call.text);
            if (this.observer !== undefined) this.tell('out', call.text);
          } catch (err) {
            if (this.inFlight.get(call.id) === call) {
              this.inFlight.delete(call.id);
              this.settle(call, false, new ConnectionLostError(call.action, 'the transport could not send', { cause: err }));
            }
          }
        }
        if (this.head === this.queue.length) {
          this.queue = [];
          this.head = 0;
        } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
          this.queue = this.queue.slice(this.head);
          this.head = 0;
        }
      } while (this.pumpAgain);
    } finally {
      this.pumping = false;
    }
  }

  private settle(call: PendingCall, ok: boolean, value: unknown): void {
    if (call.state === DONE) return;
    if (call.state === QUEUED) this.queued--;
    call.state = DONE;
    if (call.timer !== undefined) clearTimeout(call.timer);
    if (call.onAbort !== undefined) call.signal?.removeEventListener('abort', call.onAbort);
    if (ok) call.resolve(value);
    else call.reject(value);
  }

  /** Called by the call's timer. */
  private timedOut(call: PendingCall): void {
    call.timer = undefined;
    if (call.state === DONE) return;
    const wasQueued = call.state === QUEUED;
    if (!wasQueued) this.inFlight.delete(call.id);
    this.settle(call, false, new CallTimeoutError(call.action, call.timeoutMs, wasQueued));
    if (!wasQueued) this.pump();
  }

  private aborted(call: PendingCall): void {
    if (call.state === DONE) return;
    const wasInFlight = call.state === IN_FLIGHT;
    if (wasInFlight) this.inFlight.delete(call.id);
    // An aborted call counts as timed out: its place on the line is freed.
    this.settle(call, false, call.signal?.reason);
    if (wasInFlight) this.pump();
  }

  private sendText(text: string): void {
    const send = this.sendFn;
    if (send === undefined) return;
    try {
      send(text);
    } catch {
      // The transport reports its own failures (and will detach).
      return;
    }
    if (this.observer !== undefined) this.tell('out', text);
  }

  private warn(direction: 'incoming' | 'outgoing', kind: 'request' | 'response', action: string, messageId: string, issues: readonly ValidationIssue[]): void {
    this.emitIfHeard('warning', { direction, kind, action, messageId, issues });
  }

  private emitIfHeard<K extends keyof EndpointEvents>(event: K, ...args: EndpointEvents[K]): void {
    const report = this.reporter?.[event] as ((...a: EndpointEvents[K]) => void) | undefined;
    if (report !== undefined) {
      try {
        report.apply(this.reporter, args);
      } catch {
        // A throwing reporter must not break the session.
      }
    }
    if (this.listenerCount(event) === 0) return;
    try {
      // The typed emitter's overloads do not narrow over a generic key.
      (this.emit as (event: K, ...args: EndpointEvents[K]) => boolean)(event, ...args);
    } catch {
      // A throwing listener must not break the session.
    }
  }
}
