/**
 * What `ChargingStation` and `Csms` share: an Endpoint of the version they
 * are built with, set up with the directions of its action table, its
 * validators and, unless turned off, the registration state; typed `call`,
 * `send`, `handle` and `handlers`, all from the version's action table.
 */
import type { AnyVersion } from '../schema/version.js';
import type { HandlerTable, Refusal, ValidationSetting, Validator } from '../rpc/dispatch.js';
import { Endpoint } from '../rpc/endpoint.js';
import type { CallOptions, EndpointEvents, EndpointHooks, EndpointReporter, FrameObserver, SendFunction, ValidationModes } from '../rpc/endpoint-options.js';
import { actionsReceivedBy, receiverCheck, senderCheck } from './dispatch.js';
import { Registration, type RegistrationStatus } from './registration.js';
import type { ActionHandler, CallsSentBy, HandlersOf, ReceivedBy, RequestOf, ResponseOf, SendsSentBy, Side } from './types.js';

/** Options shared by ChargingStation and Csms. */
export interface RoleOptions<C extends object = object> {
  /** Default: the version's validators; false turns validation off. */
  readonly validate?: Validator | false;
  /** One mode for every direction, or one per direction. Default 'strict'. */
  readonly validation?: ValidationSetting | ValidationModes;
  /** Per-call timeout in ms, queued time included. Default 30000. */
  readonly callTimeoutMs?: number;
  /** Calls that may wait behind the one in flight. Default 1000. */
  readonly maxQueue?: number;
  /** CALLs outstanding at once. Default 1 (Part 4, 4.1.1). */
  readonly maxInFlight?: number;
  /** Merged into every handler's context. */
  readonly context?: C;
  /** Message id generator (CALLs and SENDs). Default: a random prefix and a counter. */
  readonly messageId?: () => string;
  /** Deepest nesting accepted in a received payload (see EndpointOptions.maxDepth). Default 64. */
  readonly maxDepth?: number;
  /**
   * Enforce the registration state (the version's rules, see Registration).
   * Default true. An object sets the starting status, e.g.
   * `{ initialStatus: 'Accepted' }` for a station that reconnects without
   * rebooting. false: the application handles it.
   */
  readonly registration?: boolean | { readonly initialStatus?: RegistrationStatus };
  /**
   * Handlers shared by many behaviours (a server's stations), used for the
   * actions this behaviour has no handler of its own for; later changes to
   * the object apply at once.
   */
  readonly sharedHandlers?: HandlerTable<C>;
  /** Told of every endpoint event as a method call, without listeners (see EndpointReporter). */
  readonly reporter?: EndpointReporter;
  /** Sees each completed exchange (see ExchangeObserver). */
  readonly onExchange?: ExchangeObserver;
}

/**
 * Sees each completed exchange: 'received' is a CALL this side answered with
 * a CALLRESULT, 'sent' one of its own CALLs that got a valid CALLRESULT. For
 * state that follows the conversation (the heartbeat interval a CSMS gave,
 * a configuration it set). An observer that throws is reported as a
 * handlerError and changes nothing else.
 */
export type ExchangeObserver = (direction: 'sent' | 'received', action: string, request: unknown, response: unknown) => void;

const NO_HOOKS: EndpointHooks = {};

/**
 * The registration state and the exchange observer joined to the endpoint,
 * as methods of one small object (a CSMS holds a behaviour per connected
 * station: no closures each). `side` says which way the rules apply.
 */
class RoleHooks implements EndpointHooks {
  constructor(
    private readonly side: Side,
    private readonly registration: Registration | undefined,
    private readonly observer: ExchangeObserver | undefined,
  ) {}
  admitCall(action: string, payload: unknown): Refusal | undefined {
    const r = this.registration;
    if (r === undefined) return undefined;
    return this.side === 'Csms' ? r.refuseStationCall(action, payload) : r.refuseCsmsCall(action);
  }
  admitSend(action: string, payload: unknown): Error | undefined {
    const r = this.registration;
    if (r === undefined) return undefined;
    return this.side === 'Csms' ? r.refuseCsmsSend(action) : r.refuseStationSend(action, payload);
  }
  onAnswer(action: string, request: unknown, response: unknown): void {
    this.registration?.observe(action, request, response);
    if (this.observer !== undefined) this.observer('received', action, request, response);
  }
  onResult(action: string, request: unknown, response: unknown): void {
    this.registration?.observe(action, request, response);
    if (this.observer !== undefined) this.observer('sent', action, request, response);
  }
}

/** What ChargingStation and Csms share: typed call, send, handle and handlers over an Endpoint of version V. */
export abstract class Role<V extends AnyVersion, S extends Side, C extends object> {
  /** The version descriptor this behaviour speaks. */
  readonly descriptor: V;
  /** The version this behaviour speaks ('1.6', '2.0.1', '2.1'): tells the behaviours of a mixed fleet apart. */
  readonly version: V['version'];
  /** The underlying session (for events and what the typed surface does not cover). */
  readonly endpoint: Endpoint<C>;
  /** undefined when registration is not enforced. */
  readonly registration: Registration | undefined;
  /** Which side this behaviour plays. */
  readonly side: S;

  protected constructor(version: V, side: S, options: RoleOptions<C>) {
    this.descriptor = version;
    this.version = version.version;
    this.side = side;
    const reg = options.registration ?? true;
    const registration = reg === false ? undefined : new Registration(version.registration, reg === true ? 'Unknown' : (reg.initialStatus ?? 'Unknown'));
    this.registration = registration;
    const observer = options.onExchange;
    const hooks = registration === undefined && observer === undefined ? NO_HOOKS : new RoleHooks(side, registration, observer);
    this.endpoint = new Endpoint<C>(version, {
      ...(options.validate !== undefined && { validate: options.validate }),
      ...(options.validation !== undefined && { validation: options.validation }),
      ...(options.callTimeoutMs !== undefined && { callTimeoutMs: options.callTimeoutMs }),
      ...(options.maxQueue !== undefined && { maxQueue: options.maxQueue }),
      ...(options.maxInFlight !== undefined && { maxInFlight: options.maxInFlight }),
      ...(options.context !== undefined && { context: options.context }),
      ...(options.messageId !== undefined && { messageId: options.messageId }),
      ...(options.sharedHandlers !== undefined && { sharedHandlers: options.sharedHandlers }),
      ...(options.reporter !== undefined && { reporter: options.reporter }),
      ...(options.maxDepth !== undefined && { maxDepth: options.maxDepth }),
      canReceive: receiverCheck(version, side),
      canSend: senderCheck(version, side),
      hooks,
    });
  }

  /** Sends a CALL; resolves with the typed response. See Endpoint.call for the errors. */
  call<A extends CallsSentBy<V, S>>(action: A, payload: RequestOf<V, A>, options?: CallOptions): Promise<ResponseOf<V, A>> {
    return this.endpoint.call(action, payload, options) as Promise<ResponseOf<V, A>>;
  }

  /**
   * Sends a SEND (OCPP 2.1: NotifyPeriodicEventStream) at once, never
   * answered; returns its message id. Only SEND actions of this side
   * compile. See Endpoint.send for the errors it throws.
   */
  send<A extends SendsSentBy<V, S>>(action: A, payload: RequestOf<V, A>): string {
    return this.endpoint.send(action, payload);
  }

  /** Registers the handler of one action, CALL or SEND (replacing an earlier one). */
  handle<A extends ReceivedBy<V, S>>(action: A, handler: ActionHandler<V, A, C>): this {
    this.endpoint.handle(action, handler as never);
    return this;
  }

  /**
   * Registers every handler an object has, one method per action named as
   * the action (a class instance works: methods are called on the object).
   */
  handlers(object: HandlersOf<V, ReceivedBy<V, S>, C>): this {
    const table = object as { readonly [action: string]: unknown };
    for (const action of actionsReceivedBy(this.descriptor, this.side)) {
      const fn = table[action];
      if (typeof fn === 'function') this.endpoint.handle(action, fn.bind(object) as never);
    }
    return this;
  }

  /** Removes the handler of an action (its CALLs are then answered NotSupported). */
  removeHandler(action: ReceivedBy<V, S>): this {
    this.endpoint.removeHandler(action);
    return this;
  }

  /** The transport is connected; `send` carries text frames. */
  attach(send: SendFunction): void {
    this.endpoint.attach(send);
  }

  /** The transport is gone: calls in flight fail, queued calls wait for the next attach. */
  detach(reason?: string): void {
    this.endpoint.detach(reason);
  }

  /** Feeds one incoming text frame. Never throws. */
  receive(text: string): void {
    this.endpoint.receive(text);
  }

  /** Sees every text frame in and out (see Endpoint.observeFrames). */
  observeFrames(observer: FrameObserver | undefined): void {
    this.endpoint.observeFrames(observer);
  }

  /** Fails every pending and queued call; idempotent. */
  close(reason?: string): void {
    this.endpoint.close(reason);
  }

  /** Merged into every handler's context (e.g. the station identity). */
  get context(): C {
    return this.endpoint.context;
  }
  set context(value: C) {
    this.endpoint.context = value;
  }

  /** The registration status, or undefined when it is not enforced. */
  get registrationStatus(): RegistrationStatus | undefined {
    return this.registration?.status;
  }

  /** Listens to an endpoint event (badMessage, warning, unmatched, handlerError, callResultError). */
  on<K extends keyof EndpointEvents>(event: K, listener: (...args: EndpointEvents[K]) => void): this {
    (this.endpoint.on as (event: K, listener: (...args: EndpointEvents[K]) => void) => unknown).call(this.endpoint, event, listener);
    return this;
  }

  /** Stops listening to an endpoint event. */
  off<K extends keyof EndpointEvents>(event: K, listener: (...args: EndpointEvents[K]) => void): this {
    (this.endpoint.off as (event: K, listener: (...args: EndpointEvents[K]) => void) => unknown).call(this.endpoint, event, listener);
    return this;
  }
}
