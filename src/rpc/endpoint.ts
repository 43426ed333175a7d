/**
 * One OCPP-J session of one version, transport-agnostic: the application
 * feeds it each incoming text frame (`receive`) and gives it a function that
 * sends text (`attach`). Built with a version descriptor, it speaks that
 * version: its message types (CALLRESULTERROR and SEND only in 2.1), its
 * error-code spellings, its answer to an unknown message type.
 *
 * The work is split: `CallQueue` (call-queue.ts) holds this side's CALLs
 * until they are answered, time out or are aborted; `Incoming`
 * (incoming.ts) answers the other side's CALLs and delivers its SENDs; this
 * class decodes what arrives, routes it, checks the answers to this side's
 * CALLs, and reports.
 */
import { EventEmitter } from 'node:events';
import type { ErrorCode, ErrorCodeSpelling } from '../schema/error-codes.js';
import type { ValidateOptions, ValidationIssue } from '../schema/result.js';
import type { AnyVersion } from '../schema/version.js';
import { CallQueue } from './call-queue.js';
import { describeIssues, type CallHandler, type Validator } from './dispatch.js';
import type { CallOptions, EndpointEvents, EndpointHooks, EndpointOptions, FrameObserver, SendFunction } from './endpoint-options.js';
import {
  ConnectionLostError,
  createOcppError,
  EndpointClosedError,
  errorFromCallError,
  NotConnectedError,
  NotSupportedError,
  type ErrorDetails,
} from './errors.js';
import {
  CALL,
  CALLERROR,
  CALLRESULT,
  CALLRESULTERROR,
  checkFrame,
  DEFAULT_MAX_DEPTH,
  encodeCall,
  encodeCallError,
  encodeCallResultError,
  encodeSend,
  frameRules,
  nextMessageId,
  SEND,
  UNREADABLE_MESSAGE_ID,
  type CallErrorFrame,
  type CallResultErrorFrame,
  type CallResultFrame,
  type FrameError,
  type FrameRules,
} from './frames.js';
import { Incoming } from './incoming.js';
import { Line, Reports } from './line.js';
import { sendActionCheck } from './send-actions.js';
import { modesOf, optionsFor } from './validation-modes.js';

export type * from './endpoint-options.js';

/** One OCPP-J session of one version (see the module comment); the roles build on it. */
export class Endpoint<C extends object = object> extends EventEmitter<EndpointEvents> {
  /** The version this endpoint speaks. */
  readonly version: AnyVersion;

  private readonly line = new Line();
  private readonly reports: Reports;
  private readonly calls: CallQueue;
  private readonly incoming: Incoming<C>;
  private readonly rules: FrameRules;
  private readonly validateFn: Validator | undefined;
  private readonly inResponses: ValidateOptions | undefined;
  private readonly outRequests: ValidateOptions | undefined;
  private readonly canSend: ((action: string) => boolean) | undefined;
  private readonly isSendAction: (action: string) => boolean;
  private readonly hooks: EndpointHooks;
  private readonly newId: () => string;
  private readonly spelling: ErrorCodeSpelling;
  private closed = false;

  constructor(version: AnyVersion, options: EndpointOptions<C> = {}) {
    super();
    this.version = version;
    const modes = modesOf(options.validation ?? 'strict');
    this.reports = new Reports(this, options.reporter);
    this.rules = frameRules(version, options.maxDepth ?? DEFAULT_MAX_DEPTH);
    this.validateFn = options.validate === false ? undefined : (options.validate ?? version.validate);
    this.inResponses = optionsFor(modes.incomingResponses);
    this.outRequests = optionsFor(modes.outgoingRequests);
    this.canSend = options.canSend;
    this.isSendAction = sendActionCheck(version);
    this.hooks = options.hooks ?? {};
    this.newId = options.messageId ?? nextMessageId;
    this.spelling = version.errorCodeSpelling;
    this.calls = new CallQueue(
      this.line,
      { callTimeoutMs: options.callTimeoutMs ?? 30_000, maxQueue: options.maxQueue ?? 1000, maxInFlight: Math.max(1, options.maxInFlight ?? 1) },
      this.hooks,
    );
    const table = Object.create(options.sharedHandlers ?? null) as { [action: string]: CallHandler<C> | undefined };
    this.incoming = new Incoming<C>(
      table,
      {
        validate: this.validateFn,
        requestMode: modes.incomingRequests,
        responseMode: modes.outgoingResponses,
        isAction: options.isAction ?? version.isActionName,
        canReceive: options.canReceive,
        isSendAction: this.isSendAction,
        errorCodes: this.spelling,
        hooks: this.hooks,
        context: options.context ?? ({} as C),
      },
      this.line,
      this.reports,
    );
  }

  /** Merged into every handler's context; the transport may set it (e.g. the station identity). */
  get context(): C {
    return this.incoming.context;
  }
  set context(value: C) {
    this.incoming.context = value;
  }

  /** True between attach() and detach(). */
  get attached(): boolean {
    return this.line.send !== undefined;
  }

  /** True once close() was called. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Calls sent and not yet answered. */
  get inFlightCount(): number {
    return this.calls.inFlightCount;
  }

  /** Calls waiting to be sent. */
  get queuedCount(): number {
    return this.calls.queuedCount;
  }

  /** Incoming CALLs whose (asynchronous) handler has not answered yet; a transport may stop reading above a limit. */
  get handlingCount(): number {
    return this.incoming.runningCount;
  }

  /** Registers the handler of an incoming action, CALL or SEND (replacing any earlier one). */
  handle(action: string, handler: CallHandler<C>): this {
    this.incoming.table[action] = handler;
    return this;
  }

  /** Removes the handler of an action (its CALLs are then answered NotSupported). */
  removeHandler(action: string): this {
    delete this.incoming.table[action];
    return this;
  }

  /** True when the action has a handler (its own or a shared one). */
  hasHandler(action: string): boolean {
    return this.incoming.table[action] !== undefined;
  }

  /** The transport is connected: `send` carries text frames to the other side. Queued calls start flowing. */
  attach(send: SendFunction): void {
    if (this.closed) throw new EndpointClosedError('attach');
    if (this.line.send !== undefined) this.detach('replaced by a new connection');
    this.line.generation++;
    this.line.send = send;
    this.calls.pump();
  }

  /**
   * The transport is gone. Calls in flight fail with ConnectionLostError
   * (their answers can never come); queued calls keep waiting, their
   * timeouts still running, for the next attach().
   */
  detach(reason?: string): void {
    if (this.line.send === undefined) return;
    this.line.send = undefined;
    this.line.generation++;
    this.incoming.reset();
    this.calls.detached(reason);
  }

  /** Fails everything pending and queued, and refuses what comes later. Idempotent. */
  close(reason?: string): void {
    if (this.closed) return;
    this.closed = true;
    this.line.send = undefined;
    this.line.generation++;
    this.incoming.reset();
    this.calls.close(reason);
  }

  /**
   * Sends a CALL and resolves with the CALLRESULT payload. Rejects with an
   * OcppError (a CALLERROR came back, or the answer was invalid in strict
   * mode), CallTimeoutError, ConnectionLostError, EndpointClosedError,
   * QueueFullError, or the AbortSignal's reason.
   */
  call(action: string, payload: unknown, options?: CallOptions): Promise<unknown> {
    if (this.closed) return Promise.reject(new EndpointClosedError(action));
    const refused = this.refuseOutgoing(action, payload, false);
    if (refused !== undefined) return Promise.reject(refused);
    const signal = options?.signal;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const full = this.calls.fullError(action);
    if (full !== undefined) return Promise.reject(full);
    const id = this.newId();
    let text: string;
    try {
      text = encodeCall(id, action, payload);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.calls.add(id, action, payload, text, options);
  }

  /**
   * Sends a SEND (OCPP 2.1, MessageTypeId 6) at once, even while a CALL is
   * outstanding; it is never answered. Returns its message id (from the
   * same id space as CALLs). Throws EndpointClosedError, NotSupportedError
   * (not a SEND action of this side, or a version without SEND), the
   * OcppError of an invalid payload, the behaviour's refusal (e.g. not
   * registered), NotConnectedError (a SEND is never queued) or
   * ConnectionLostError (the transport could not send).
   */
  send(action: string, payload: unknown): string {
    if (this.closed) throw new EndpointClosedError(action);
    if (!this.rules.send) throw new NotSupportedError(`OCPP ${this.version.version} has no SEND`);
    const refused = this.refuseOutgoing(action, payload, true);
    if (refused !== undefined) throw refused;
    const denied = this.hooks.admitSend?.(action, payload);
    if (denied !== undefined) throw denied;
    const send = this.line.send;
    if (send === undefined) throw new NotConnectedError(action);
    const id = this.newId();
    const text = encodeSend(id, action, payload);
    try {
      send(text);
    } catch (err) {
      throw new ConnectionLostError(action, 'the transport could not send', { cause: err });
    }
    if (this.line.observer !== undefined) this.line.tell('out', text);
    return id;
  }

  /**
   * Sees every text frame, incoming ('in') before it is decoded and outgoing
   * ('out') once the transport took it: for logs and monitors. One observer;
   * `undefined` removes it. An observer that throws is ignored.
   */
  observeFrames(observer: FrameObserver | undefined): void {
    this.line.observer = observer;
  }

  /** Feeds one incoming text frame. Never throws. */
  receive(text: string): void {
    if (this.closed) return;
    if (this.line.observer !== undefined) this.line.tell('in', text);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.badFrame(text, { ok: false, code: 'RpcFrameworkError', messageId: UNREADABLE_MESSAGE_ID, messageTypeId: undefined, reason: 'the message is not valid JSON', answer: true });
      return;
    }
    const frame = checkFrame(value, this.rules);
    if (!Array.isArray(frame)) {
      this.badFrame(text, frame);
      return;
    }
    switch (frame[0]) {
      case CALL:
        if (this.incoming.isHandling(frame[1])) {
          this.badFrame(text, { ok: false, code: 'RpcFrameworkError', messageId: frame[1], messageTypeId: CALL, reason: 'a CALL with this message id is already being handled', answer: true });
        } else this.incoming.call(text, frame);
        break;
      case CALLRESULT:
        this.incomingResult(text, frame);
        break;
      case CALLERROR:
        this.incomingError(text, frame);
        break;
      case CALLRESULTERROR:
        this.incomingResultError(text, frame);
        break;
      case SEND:
        this.incoming.send(text, frame);
        break;
    }
  }

  // -------------------------------------------------------------------------

  /** Why this side may not send `action` (as a SEND when `asSend`), or an invalid payload; undefined when it may. */
  private refuseOutgoing(action: string, payload: unknown, asSend: boolean): Error | undefined {
    if (this.canSend !== undefined && !this.canSend(action)) return new NotSupportedError(`${action} is not sent by this side`);
    if (this.isSendAction(action) !== asSend) {
      return new NotSupportedError(asSend ? `${action} is not sent as SEND` : `${action} is sent as SEND (use send()), not as a CALL`);
    }
    if (this.validateFn === undefined || this.outRequests === undefined) return undefined;
    const result = this.validateFn(action, 'request', payload, this.outRequests);
    if (result === undefined) return undefined;
    if (!result.ok) {
      const { description, details } = describeIssues(result.errors);
      return createOcppError(result.errors[0]?.code ?? 'FormatViolation', `invalid ${action} request: ${description}`, details);
    }
    if (result.warnings.length > 0) this.warn('outgoing', 'request', action, '', result.warnings);
    return undefined;
  }

  private incomingResult(text: string, frame: CallResultFrame): void {
    const call = this.calls.take(frame[1]);
    if (call === undefined) {
      this.reports.report('unmatched', { text, frame });
      return;
    }
    let value = frame[2];
    if (this.validateFn !== undefined && this.inResponses !== undefined) {
      const result = this.validateFn(call.action, 'response', value, this.inResponses);
      if (result !== undefined) {
        if (!result.ok) {
          const code = result.errors[0]?.code ?? 'FormatViolation';
          const { description, details } = describeIssues(result.errors);
          const reason = `invalid ${call.action} response: ${description}`;
          // The caller's error keeps the canonical codes; the peer gets its version's spelling.
          this.refuseResult(text, call.id, code, reason, describeIssues(result.errors, this.spelling).details);
          this.calls.settle(call, false, createOcppError(code, reason, details));
          this.calls.pump();
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
        this.reports.report('handlerError', { action: call.action, messageId: call.id, error: err });
      }
    }
    this.calls.settle(call, true, value);
    this.calls.pump();
  }

  /**
   * A CALLRESULT this side cannot accept: reported, and in 2.1 answered
   * with a CALLRESULTERROR carrying its id (Part 4, 4.2.3); never answered
   * with a CALLERROR, which only ever answers a CALL.
   */
  private refuseResult(text: string, id: string, code: ErrorCode, reason: string, details: ErrorDetails): void {
    const answered = this.rules.callResultError && this.line.transmit(encodeCallResultError(id, this.spelling[code], reason, details));
    this.reports.report('badMessage', { text, reason, code, messageId: id, answered });
  }

  private incomingError(text: string, frame: CallErrorFrame): void {
    const call = this.calls.take(frame[1]);
    if (call === undefined) {
      this.reports.report('unmatched', { text, frame });
      return;
    }
    this.calls.settle(call, false, errorFromCallError(frame[2], frame[3], frame[4], this.version.inboundErrorCodes));
    this.calls.pump();
  }

  private incomingResultError(text: string, frame: CallResultErrorFrame): void {
    const { code, description, details } = errorFromCallError(frame[2], frame[3], frame[4], this.version.inboundErrorCodes);
    this.reports.report('callResultError', { text, messageId: frame[1], code, receivedCode: frame[2], description, details });
  }

  private badFrame(text: string, error: FrameError): void {
    const isAnswer = error.messageTypeId === CALLRESULT || error.messageTypeId === CALLERROR;
    const call = isAnswer && error.messageId !== UNREADABLE_MESSAGE_ID ? this.calls.take(error.messageId) : undefined;
    if (call !== undefined && error.messageTypeId === CALLRESULT) {
      // A broken answer to one of our calls: its caller is told, and in 2.1 its sender too.
      this.refuseResult(text, call.id, error.code, error.reason, {});
    } else {
      const answered = error.answer && this.line.transmit(encodeCallError(error.messageId, this.spelling[error.code], error.reason, {}));
      this.reports.report('badMessage', { text, reason: error.reason, code: error.code, messageId: error.messageId, answered: error.answer && answered });
    }
    if (call !== undefined) {
      this.calls.settle(call, false, createOcppError(error.code, `malformed answer to ${call.action}: ${error.reason}`));
      this.calls.pump();
    }
  }

  private warn(direction: 'incoming' | 'outgoing', kind: 'request' | 'response', action: string, messageId: string, issues: readonly ValidationIssue[]): void {
    this.reports.report('warning', { direction, kind, action, messageId, issues });
  }
}
