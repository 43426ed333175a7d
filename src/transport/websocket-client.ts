/**
 * OCPP-J client for a Charging Station (Part 4, 3 and 5): connects to the
 * CSMS with the subprotocol, Basic auth and TLS options of its security
 * profile, keeps the connection open, reconnects after any loss with the
 * back-off of Part 4, 5.3, and keeps calls made while offline in a bounded
 * queue (the behaviour's `maxQueue`) that goes out, in order, on the next
 * connection. Calls in flight when the connection drops fail with
 * ConnectionLostError; queued calls fail only on their own timeout, a full
 * queue or close(): none disappears silently. When it boots (again):
 * client-boot.ts. Transaction messages go through a durable queue of their
 * own: client-transactions.ts.
 */
import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import type { AnyVersion } from '../schema/version.js';
import type { CallOptions } from '../rpc/endpoint-options.js';
import { ChargingStation } from '../roles/charging-station.js';
import type { ActionHandler, CallsSentBy, ChargingStationHandlers, ReceivedBy, RequestOf, ResponseOf, SendsSentBy } from '../roles/types.js';
import { BackOff } from './backoff.js';
import { Booting, isSecurityErrorAnswer, type BootHost } from './client-boot.js';
import { ClientTransactions, transactionHandlers, type ClientTransactionQueue, type TransactionInputOf } from './client-transactions.js';
import type { StoredMessage } from '../durable/station/store.js';
import type {
  BootRequestOf,
  BootResponseOf,
  ChargingStationClientEvents,
  ChargingStationClientOptions,
  ClientContext,
  ClientState,
  ConnectedInfo,
  ConnectOptions,
} from './client-options.js';
import { openSocket } from './client-socket.js';
import { closeSocket } from './close-socket.js';
import type { HandshakeError } from './errors.js';
import { callHeartbeat, HeartbeatSchedule } from './heartbeat.js';
import { connectionUrl } from './identity.js';
import { CloseCode, DEFAULT_MAX_BAD_MESSAGES, DEFAULT_MAX_BUFFERED, DEFAULT_MAX_HANDLING } from './limits.js';
import { SocketLink, type LinkLimits, type LinkOwner } from './socket-link.js';
import { settle, wait, type Waiter } from './waiters.js';

/**
 * A Charging Station's connection to its CSMS, in the version it is given
 * (`version: v16`, `v201` or `v21`: the subprotocol it offers, the types of
 * its calls and handlers): `connect()` opens it, boots and resolves with the
 * Accepted BootNotification answer; then heartbeats, pings, reconnects and
 * the offline queue run by themselves. Handlers answer the CSMS's calls;
 * `call()` sends the station's own, `send()` its SENDs (2.1).
 */
export class ChargingStationClient<V extends AnyVersion = AnyVersion> extends EventEmitter<ChargingStationClientEvents<V>> {
  /** The behaviour: handlers, typed calls, registration state, endpoint events. */
  readonly station: ChargingStation<V, ClientContext>;
  /** The charging station identity. */
  readonly identity: string;
  /** The URL connected to: the endpoint URL with the identity appended. */
  readonly url: string;
  /** The version spoken. */
  readonly version: V;
  /** The durable queue of transaction messages (events: delivered, retry, discarded...; `transactionStatus`, `settled`). */
  readonly transactions: ClientTransactionQueue<V>;

  private readonly options: ChargingStationClientOptions<V>;
  private readonly backOff: BackOff;
  private readonly limits: LinkLimits;
  private readonly heartbeats: HeartbeatSchedule | undefined;
  private readonly booting: Booting<V>;
  private currentState: ClientState = 'idle';
  private ws: WebSocket | undefined;
  private link: SocketLink | undefined;
  private selectedProtocol: string | undefined;
  private connectedOnce = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private openWaiters: Waiter<ConnectedInfo>[] = [];
  private closePromise: Promise<void> | undefined;
  private readonly linkOwner: LinkOwner;
  private readonly txMessages: ClientTransactions<V>;

  constructor(options: ChargingStationClientOptions<V>) {
    super();
    this.options = options;
    this.version = options.version;
    this.identity = options.identity;
    this.url = connectionUrl(options.url, options.identity);
    this.backOff = new BackOff(options.backoff);
    this.limits = {
      maxBuffered: options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED,
      maxHandling: DEFAULT_MAX_HANDLING,
      maxBadMessages: options.maxBadMessages ?? DEFAULT_MAX_BAD_MESSAGES,
    };
    const hb = options.heartbeat ?? true;
    this.heartbeats = hb === false ? undefined : new HeartbeatSchedule(hb !== true && hb.onlyWhenIdle === true, () => this.sendHeartbeat(), hb === true ? undefined : hb.intervalMs);
    const userObserver = options.station?.onExchange;
    const shared = transactionHandlers(options.version, () => this.transactions, options.station?.sharedHandlers);
    this.station = new ChargingStation<V, ClientContext>(options.version, {
      ...options.station,
      ...(shared !== undefined && { sharedHandlers: shared }),
      context: { identity: options.identity },
      onExchange: (direction, action, request, response) => {
        this.exchanged(direction, action, request, response);
        userObserver?.(direction, action, request, response);
      },
    });
    this.station.on('badMessage', (event) => {
      this.link?.badMessage(event);
      this.emit('badMessage', event);
    });
    this.station.on('handlerError', (event) => this.emit('handlerError', event));
    this.station.on('callResultError', (event) => this.emit('callResultError', event));
    this.linkOwner = {
      linkClosed: (link, code, reason) => this.lost(link, code, reason),
      // Each incoming frame is seen first: a SecurityError answer means the CSMS no longer knows us.
      inspect: (_link, text) => isSecurityErrorAnswer(text) && this.booting.refused(),
    };
    this.booting = new Booting<V>(this.bootHost(), options.bootNotification, options.bootOnReconnect ?? 'whenRefused');
    this.txMessages = new ClientTransactions<V>(options, this.station);
    const queue = (this.transactions = this.txMessages.queue);
    this.on('connect', () => queue.online()).on('disconnect', () => queue.offline());
  }

  /** Where the connection stands (see ClientState). */
  get state(): ClientState {
    return this.currentState;
  }

  /** The subprotocol of the open connection. */
  get protocol(): string | undefined {
    return this.selectedProtocol;
  }

  /** The last BootNotification answer, whoever sent the request. */
  get bootResponse(): BootResponseOf<V> | undefined {
    return this.booting.last;
  }

  /** True once a BootNotification was Accepted (and the registration state still says so). */
  get registered(): boolean {
    const status = this.station.registrationStatus;
    return status !== undefined ? status === 'Accepted' : (this.booting.last as { status?: string } | undefined)?.status === 'Accepted';
  }

  /** The heartbeat interval in ms in force (undefined: none known yet, or heartbeats are off). */
  get heartbeatIntervalMs(): number | undefined {
    return this.heartbeats?.intervalMs;
  }

  /** Sets the heartbeat interval (as the CSMS does through the boot answer or its configuration). */
  set heartbeatIntervalMs(ms: number) {
    if (!(ms > 0)) throw new RangeError('the heartbeat interval must be a number of ms > 0');
    this.heartbeats?.setInterval(ms);
  }

  /** Sends a CALL (queued while offline); resolves with the typed response. */
  call<A extends CallsSentBy<V, 'ChargingStation'>>(action: A, payload: RequestOf<V, A>, options?: CallOptions): Promise<ResponseOf<V, A>> {
    return this.station.call(action, payload, options);
  }

  /**
   * Stores a transaction message (2.x TransactionEvent without seqNo; 1.6 ones with the
   * station's key of their transaction) and resolves once stored; the queue sends it in
   * order until answered (client-transactions.ts). Rejects, storing nothing, for an invalid message or a store failure.
   */
  queueTransactionMessage(input: TransactionInputOf<V>): Promise<StoredMessage> {
    return this.txMessages.enqueue(input);
  }

  /** Sends a SEND (OCPP 2.1) at once; never queued, never answered (see Role.send). */
  send<A extends SendsSentBy<V, 'ChargingStation'>>(action: A, payload: RequestOf<V, A>): string {
    return this.station.send(action, payload);
  }

  /** Registers the handler of a CSMS-to-station action. */
  handle<A extends ReceivedBy<V, 'ChargingStation'>>(action: A, handler: ActionHandler<V, A, ClientContext>): this {
    this.station.handle(action, handler);
    return this;
  }

  /** Registers every handler an object has (one method per action). */
  handlers(object: ChargingStationHandlers<V, ClientContext>): this {
    this.station.handlers(object);
    return this;
  }

  /**
   * Connects and registers: resolves with the BootNotification answer once
   * the CSMS has Accepted the station. The configured `bootNotification` is
   * sent when the connection opens; Pending and Rejected answers are sent
   * again after their interval (B02, B03; 1.6, 4.2), the CSMS's calls
   * answered meanwhile, and connect() waits on. Without a configured
   * request it waits for the application's own BootNotification
   * (`boot(request)`). Transient connection failures are retried with the
   * back-off. Rejects with a HandshakeError on a permanent refusal (unless
   * `retryRefused`), with the error of a BootNotification that cannot
   * succeed (invalid, or answered with a CALLERROR), or when close() is
   * called.
   */
  connect(options?: ConnectOptions): Promise<BootResponseOf<V>> {
    if (this.currentState === 'closed') return Promise.reject(new Error('the client is closed'));
    const last = this.booting.last;
    if (this.currentState === 'open' && this.registered && last !== undefined) return Promise.resolve(last);
    const promise = this.booting.wait(options);
    if (this.currentState === 'idle') this.attempt();
    return promise;
  }

  /**
   * Opens the connection without waiting for registration: resolves once
   * the WebSocket is open, for applications that boot themselves. Fails as
   * connect() does.
   */
  open(options?: ConnectOptions): Promise<ConnectedInfo> {
    if (this.currentState === 'closed') return Promise.reject(new Error('the client is closed'));
    if (this.currentState === 'open' && this.selectedProtocol !== undefined) return Promise.resolve({ protocol: this.selectedProtocol, reconnect: false });
    const promise = wait(this.openWaiters, options);
    if (this.currentState === 'idle') this.attempt();
    return promise;
  }

  /**
   * Sends BootNotification ahead of every queued call. With no argument,
   * the configured `bootNotification`. The answer updates the registration
   * state; Pending or Rejected schedule another one after its interval.
   */
  boot(request?: BootRequestOf<V>): Promise<BootResponseOf<V>> {
    return this.booting.boot(request);
  }

  /**
   * Closes the connection for good: reconnecting stops, and pending and
   * queued calls fail with EndpointClosedError.
   */
  close(code: number = CloseCode.Normal, reason = ''): Promise<void> {
    if (this.closePromise !== undefined) return this.closePromise;
    this.currentState = 'closed';
    this.clearTimers();
    const closed = new Error('the client was closed');
    settle(this.openWaiters, undefined, closed);
    settle(this.booting.waiters, undefined, closed);
    const ws = this.ws;
    // A peer that never completes the closing handshake does not hold us up.
    const socketClosed = ws === undefined ? Promise.resolve() : closeSocket(ws, code, reason);
    this.closePromise = socketClosed.then(() => this.station.close('the client was closed')).then(() => this.txMessages.close());
    return this.closePromise;
  }

  // -------------------------------------------------------------------------

  /** What booting needs of the client, as one small object. */
  private bootHost(): BootHost<V> {
    const client = this;
    return {
      station: this.station,
      get closed() {
        return client.currentState === 'closed';
      },
      get connectedOnce() {
        return client.connectedOnce;
      },
      answered: (response) => {
        this.txMessages.booted(response);
        if (this.listenerCount('boot') > 0) (this.emit as (e: 'boot', r: BootResponseOf<V>) => boolean)('boot', response);
      },
      failed: (err) => this.listenerCount('bootError') > 0 && this.emit('bootError', err),
    };
  }

  /** Every completed exchange: boot answers, heartbeat interval changes. */
  private exchanged(direction: 'sent' | 'received', action: string, request: unknown, response: unknown): void {
    const boot = direction === 'sent' && action === 'BootNotification';
    if (boot) this.booting.observed(response as BootResponseOf<V>);
    const heartbeats = this.heartbeats;
    if (heartbeats === undefined) return;
    const interval = this.version.heartbeatIntervalMs({ direction, action, request, response });
    if (interval !== undefined) heartbeats.intervalMs = interval;
    // The boot answer is observed before the registration state learns of it.
    if (interval !== undefined || boot) queueMicrotask(() => this.updateHeartbeats());
  }

  /** Heartbeats run while open and registered. */
  private updateHeartbeats(): void {
    const heartbeats = this.heartbeats;
    if (heartbeats === undefined) return;
    if (this.currentState === 'open' && this.registered) heartbeats.start();
    else heartbeats.stop();
  }

  private sendHeartbeat(): void {
    if (this.currentState !== 'open' || !this.registered) {
      this.heartbeats?.stop();
      return;
    }
    callHeartbeat(this.station).then(
      (response) => this.listenerCount('heartbeat') > 0 && (this.emit as (e: 'heartbeat', r: unknown) => boolean)('heartbeat', response),
      (err: unknown) => this.listenerCount('heartbeatError') > 0 && this.emit('heartbeatError', err),
    );
  }

  private attempt(): void {
    this.currentState = 'connecting';
    this.ws = openSocket(this.url, [this.version.protocol], this.options, {
      opened: (ws) => this.opened(ws),
      failed: (ws, error) => {
        if (this.ws === ws) this.ws = undefined;
        this.attemptFailed(error);
      },
    });
  }

  private opened(ws: WebSocket): void {
    if (this.currentState === 'closed') {
      ws.terminate();
      return;
    }
    const reconnect = this.connectedOnce;
    this.connectedOnce = true;
    this.backOff.reset();
    this.currentState = 'open';
    this.selectedProtocol = ws.protocol;
    const link = new SocketLink(ws, this.station, this.limits, this.linkOwner);
    this.link = link;

    // BootNotification goes ahead of what waited in the queue.
    this.booting.opened(reconnect);
    const heartbeats = this.heartbeats;
    this.station.attach(
      heartbeats === undefined
        ? link.send
        : (text) => {
            heartbeats.sent();
            link.send(text);
          },
    );
    const interval = this.options.pingIntervalMs ?? 30_000;
    if (interval > 0) {
      this.pingTimer = setInterval(() => link.tick(), interval);
      this.pingTimer.unref();
    }
    this.updateHeartbeats();
    const info: ConnectedInfo = { protocol: ws.protocol, reconnect };
    this.emit('connect', info);
    settle(this.openWaiters, info);
    const last = this.booting.last;
    if (this.registered && last !== undefined && !this.booting.inProgress && !this.booting.needed) settle(this.booting.waiters, last);
  }

  private lost(link: SocketLink, code: number, reason: string): void {
    if (this.pingTimer !== undefined) clearInterval(this.pingTimer);
    this.pingTimer = undefined;
    this.heartbeats?.stop();
    if (this.ws === link.ws) this.ws = undefined;
    if (this.link === link) this.link = undefined;
    this.selectedProtocol = undefined;
    link.dispose(reason === '' ? `connection closed (${code})` : reason);
    if (this.currentState === 'closed') return;
    this.emit('disconnect', code, reason);
    if (this.options.reconnect === false) {
      this.currentState = 'idle';
      return;
    }
    this.scheduleRetry(undefined);
  }

  private attemptFailed(error: HandshakeError): void {
    if (this.currentState === 'closed') return;
    const bootWaiters = this.booting.waiters;
    const waiting = this.openWaiters.length + bootWaiters.length;
    const noRetry = this.openWaiters.some((w) => !w.retry) || bootWaiters.some((w) => !w.retry);
    const giveUp = noRetry || (error.permanent && this.options.retryRefused !== true) || (this.options.reconnect === false && waiting === 0);
    if (giveUp) {
      this.currentState = 'idle';
      if (waiting > 0) {
        settle(this.openWaiters, undefined, error);
        settle(bootWaiters, undefined, error);
      } else if (this.listenerCount('refused') > 0) this.emit('refused', error);
      return;
    }
    this.scheduleRetry(error);
  }

  private scheduleRetry(error: HandshakeError | undefined): void {
    this.currentState = 'waiting';
    const attempt = this.backOff.attempts + 1;
    const delayMs = this.backOff.next();
    this.emit('reconnecting', { attempt, delayMs, ...(error !== undefined && { error }) });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.currentState === 'waiting') this.attempt();
    }, delayMs);
  }

  private clearTimers(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    if (this.pingTimer !== undefined) clearInterval(this.pingTimer);
    this.booting.clearTimer();
    this.heartbeats?.stop();
    this.retryTimer = this.pingTimer = undefined;
  }
}
