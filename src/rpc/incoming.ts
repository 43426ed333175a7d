/**
 * The incoming side of an endpoint: the other side's CALLs, answered as
 * Part 4 says through `dispatchCall` (asynchronous handlers included), and
 * its SENDs (OCPP 2.1), delivered to their handlers and never answered.
 */
import type { ErrorCodeSpelling } from '../schema/error-codes.js';
import {
  beginCall,
  deliverSend,
  finish,
  thrown,
  type CallHandler,
  type DispatchConfig,
  type DispatchReply,
  type HandlerErrorEvent,
  type Refusal,
  type RefusedCallEvent,
  type ValidationSetting,
  type Validator,
  type WarningEvent,
} from './dispatch.js';
import type { EndpointHooks } from './endpoint-options.js';
import { encodeCallError, encodeFrame, type CallFrame, type SendFrame } from './frames.js';
import { IdSet } from './id-set.js';
import type { Line, Reports } from './line.js';

/** How the endpoint's incoming side answers: the version's rules, the behaviour's hooks. */
export interface IncomingSettings<C extends object> {
  readonly validate: Validator | undefined;
  readonly requestMode: ValidationSetting;
  readonly responseMode: ValidationSetting;
  readonly isAction: ((action: string) => boolean) | undefined;
  readonly canReceive: ((action: string) => boolean) | undefined;
  readonly isSendAction: ((action: string) => boolean) | undefined;
  readonly errorCodes: ErrorCodeSpelling;
  readonly hooks: EndpointHooks;
  readonly context: C;
}

/**
 * The dispatch settings of one endpoint. Its callbacks are methods rather
 * than closures: a CSMS holds an endpoint per connected station, so what
 * each one allocates adds up.
 */
class EndpointDispatch<C extends object> implements DispatchConfig<C> {
  readonly validate: Validator | undefined;
  readonly requestMode: ValidationSetting;
  readonly responseMode: ValidationSetting;
  readonly isAction: ((action: string) => boolean) | undefined;
  readonly canReceive: ((action: string) => boolean) | undefined;
  readonly isSendAction: ((action: string) => boolean) | undefined;
  readonly errorCodes: ErrorCodeSpelling;
  context: C;
  /** The frame being handled synchronously, for the badMessage event. */
  currentText = '';

  constructor(
    private readonly settings: IncomingSettings<C>,
    private readonly line: Line,
    private readonly reports: Reports,
  ) {
    this.validate = settings.validate;
    this.requestMode = settings.requestMode;
    this.responseMode = settings.responseMode;
    this.isAction = settings.isAction;
    this.canReceive = settings.canReceive;
    this.isSendAction = settings.isSendAction;
    this.errorCodes = settings.errorCodes;
    this.context = settings.context;
  }

  admit(action: string, payload: unknown): Refusal | undefined {
    const hooks = this.settings.hooks;
    return hooks.admitCall === undefined ? undefined : hooks.admitCall(action, payload);
  }

  onAnswer(action: string, request: unknown, response: unknown): void {
    const hooks = this.settings.hooks;
    if (hooks.onAnswer !== undefined) hooks.onAnswer(action, request, response);
  }

  onWarning(event: WarningEvent): void {
    this.reports.report('warning', event);
  }

  onHandlerError(event: HandlerErrorEvent): void {
    this.reports.report('handlerError', event);
  }

  onRefused(event: RefusedCallEvent): void {
    this.reports.report('badMessage', {
      text: this.currentText,
      reason: event.reason,
      code: event.code,
      messageId: event.messageId,
      answered: event.answered && this.line.send !== undefined,
    });
  }
}

/** The other side's CALLs and SENDs (see the module comment). */
export class Incoming<C extends object> {
  /** Ids of incoming CALLs whose handler has not answered yet. */
  private readonly handling = new IdSet();
  private readonly dispatch: EndpointDispatch<C>;

  constructor(
    /** Handlers by action (own ones; shared ones through the prototype). */
    readonly table: { [action: string]: CallHandler<C> | undefined },
    settings: IncomingSettings<C>,
    private readonly line: Line,
    private readonly reports: Reports,
  ) {
    this.dispatch = new EndpointDispatch(settings, line, reports);
  }

  /** Merged into every handler's context. */
  get context(): C {
    return this.dispatch.context;
  }
  set context(value: C) {
    this.dispatch.context = value;
  }

  /**
   * CALLs whose handler has not answered yet. SEND handlers are not
   * counted: nothing goes out when one finishes, so a transport pausing on
   * this count would never learn it may resume.
   */
  get runningCount(): number {
    return this.handling.size;
  }

  /** True while a CALL with this id is being handled (Part 4, 4.2.3: a second one is not a valid request). */
  isHandling(id: string): boolean {
    return this.handling.has(id);
  }

  /** The connection changed: answers still being computed are for a connection that is gone. */
  reset(): void {
    this.handling.clear();
  }

  /** Answers one CALL: at once, or when its handler's promise settles. */
  call(text: string, frame: CallFrame): void {
    const id = frame[1];
    this.dispatch.currentText = text;
    let reply: DispatchReply | PromiseLike<unknown> | undefined;
    try {
      reply = beginCall(frame, this.table, this.dispatch);
    } catch {
      // Only a listener of our own events can throw here.
      this.dispatch.currentText = '';
      this.line.transmit(encodedError(id, this.dispatch.errorCodes, ''));
      return;
    }
    this.dispatch.currentText = '';
    if (reply === undefined) return;
    if (Array.isArray(reply)) {
      this.sendReply(frame[2], reply as DispatchReply);
      return;
    }
    const hash = this.handling.add(id);
    void this.answerLater(reply as PromiseLike<unknown>, id, hash, frame[2], frame[3], this.line.generation);
  }

  /** Delivers one SEND to its handler; never answered. */
  send(text: string, frame: SendFrame): void {
    this.dispatch.currentText = text;
    let running: PromiseLike<unknown> | undefined;
    try {
      running = deliverSend(frame, this.table, this.dispatch);
    } catch {
      // Only a listener of our own events can throw here.
    }
    this.dispatch.currentText = '';
    if (running !== undefined) void this.sendDone(running, frame[1], frame[2]);
  }

  /**
   * Sends an asynchronous handler's answer, unless its connection is gone.
   * One async step per call, no closures: what thousands of calls in flight
   * at once keep alive is what the garbage collector pays for.
   */
  private async answerLater(answer: PromiseLike<unknown>, id: string, hash: number, action: string, request: unknown, generation: number): Promise<void> {
    let reply: DispatchReply;
    try {
      reply = finish(this.dispatch, id, action, request, await answer);
    } catch (err) {
      reply = thrown(this.dispatch, id, action, err);
    }
    if (this.line.generation !== generation) return; // answered on a connection that is gone
    this.handling.delete(id, hash);
    this.sendReply(action, reply);
  }

  private async sendDone(running: PromiseLike<unknown>, id: string, action: string): Promise<void> {
    try {
      await running;
    } catch (err) {
      this.reports.report('handlerError', { action, messageId: id, error: err });
    }
  }

  private sendReply(action: string, reply: DispatchReply): void {
    let text: string;
    try {
      text = encodeFrame(reply);
    } catch (err) {
      // Unvalidated answers can hold what JSON cannot carry (a BigInt, a cycle).
      this.reports.report('handlerError', { action, messageId: reply[1], error: err });
      text = encodedError(reply[1], this.dispatch.errorCodes, `the ${action} answer could not be encoded`);
    }
    this.line.transmit(text);
  }
}

function encodedError(id: string, spelling: ErrorCodeSpelling, description: string): string {
  return encodeCallError(id, spelling.InternalError, description, {});
}
