/**
 * OCPP-J client for a Charging Station (Part 4, 3 and 5): connects to the
 * CSMS with the subprotocol, Basic auth and TLS options of its security
 * profile, keeps the connection open, reconnects after any loss with the
 * back-off of Part 4, 5.3, and keeps calls made while offline in a bounded
 * queue (the behaviour's `maxQueue`) that goes out, in order, on the next
 * connection. Calls in flight when the connection drops fail with
 * ConnectionLostError; queued calls fail only on their own timeout, a full
 * queue or close(): none disappears silently.
 *
 * Booting again: Part 4, 5.3 says a reconnecting station should not send
 * BootNotification unless something in it changed, but a CSMS that no
 * longer knows the station answers its calls with SecurityError
 * (B02.FR.09). `bootOnReconnect` chooses:
 *   'whenRefused' (default): boot again when the CSMS answers a call with
 *     SecurityError; that call fails with the SecurityError, the calls
 *     queued behind it go out after the new BootNotification.
 *   'always': BootNotification first on every reconnect.
 *   'never': the application decides (see `boot()`).
 * A BootNotification answered Pending or Rejected is sent again after the
 * answer's interval (B02.FR.01-style retry; 30 s when the interval is 0).
 */
import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import type { CallOptions } from '../rpc/endpoint.js';
import { CallTimeoutError, ConnectionLostError, EndpointClosedError } from '../rpc/errors.js';
import { ChargingStation } from '../roles/charging-station.js';
import type { ActionHandler, ChargingStationHandlers } from '../roles/types.js';
import type { CsmsToStationAction, StationToCsmsAction } from '../v201/actions.js';
import type { BootNotificationRequest, BootNotificationResponse, RequestMap, ResponseMap } from '../v201/generated/messages.js';
import { BackOff } from './backoff.js';
import type { ChargingStationClientEvents, ChargingStationClientOptions, ClientContext, ClientState, ConnectedInfo, ConnectOptions } from './client-options.js';
import { openSocket } from './client-socket.js';
import type { HandshakeError } from './errors.js';
import { HeartbeatSchedule, heartbeatIntervalFrom } from './heartbeat.js';
import { connectionUrl } from './identity.js';
import { CloseCode, DEFAULT_MAX_BAD_MESSAGES, DEFAULT_MAX_BUFFERED, DEFAULT_MAX_HANDLING } from './limits.js';
import { SocketLink, type AnyRole, type LinkLimits, type LinkOwner } from './socket-link.js';
import { settle, wait, type Waiter } from './waiters.js';
import { CLOSED, CONNECTING } from './ws-module.js';

const DEFAULT_PROTOCOLS = ['ocpp2.0.1'] as const;
/** Retry of a BootNotification answered with an interval of 0, or with a CALLERROR. */
const BOOT_RETRY_MS = 30_000;

/** Failures after which the client boots again by itself on the next connection. */
function isTransient(err: unknown): boolean {
  return err instanceof ConnectionLostError || err instanceof CallTimeoutError || err instanceof EndpointClosedError;
}

/**
 * A Charging Station's connection to its CSMS: `connect()` opens it, boots
 * and resolves with the Accepted BootNotificationResponse; then heartbeats,
 * pings, reconnects and the offline queue run by themselves. Handlers answer
 * the CSMS's calls; `call()` sends the station's own.
 */
export class ChargingStationClient extends EventEmitter<ChargingStationClientEvents> {
  /** The behaviour: handlers, typed calls, registration state, endpoint events. */
  readonly station: ChargingStation<ClientContext>;
  /** The charging station identity. */
  readonly identity: string;
  /** The URL connected to: the endpoint URL with the identity appended. */
  readonly url: string;

  private readonly options: ChargingStationClientOptions;
  private readonly protocols: readonly string[];
  private readonly backOff: BackOff;
  private readonly limits: LinkLimits;
  private readonly heartbeats: HeartbeatSchedule | undefined;
  private currentState: ClientState = 'idle';
  private ws: WebSocket | undefined;
  private link: SocketLink | undefined;
  private selectedProtocol: string | undefined;
  private connectedOnce = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private bootTimer: ReturnType<typeof setTimeout> | undefined;
  private openWaiters: Waiter<ConnectedInfo>[] = [];
  private bootWaiters: Waiter<BootNotificationResponse>[] = [];
  private booting = false;
  private needBoot = false;
  private closePromise: Promise<void> | undefined;
  private readonly linkOwner: LinkOwner;
  /** The last request given to boot() when none is configured: used again on reconnects. */
  private lastBootRequest: BootNotificationRequest | undefined;
  private lastBoot: BootNotificationResponse | undefined;

  constructor(options: ChargingStationClientOptions) {
    super();
    this.options = options;
    this.identity = options.identity;
    this.url = connectionUrl(options.url, options.identity);
    this.protocols = options.protocols ?? DEFAULT_PROTOCOLS;
    if (this.protocols.length === 0) throw new TypeError('ChargingStationClient needs at least one subprotocol');
    this.backOff = new BackOff(options.backoff);
    this.limits = {
      maxBuffered: options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED,
      maxHandling: DEFAULT_MAX_HANDLING,
      maxBadMessages: options.maxBadMessages ?? DEFAULT_MAX_BAD_MESSAGES,
    };
    const hb = options.heartbeat ?? true;
    this.heartbeats = hb === false ? undefined : new HeartbeatSchedule(hb !== true && hb.onlyWhenIdle === true, () => this.sendHeartbeat(), hb === true ? undefined : hb.intervalMs);
    const userObserver = options.station?.onExchange;
    this.station = new ChargingStation<ClientContext>({
      ...options.station,
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
    this.linkOwner = {
      linkClosed: (link, code, reason) => this.lost(link, code, reason),
      inspect: (_link, text) => this.inspectFrame(text),
    };
    this.needBoot = options.bootNotification !== undefined;
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
  get bootResponse(): BootNotificationResponse | undefined {
    return this.lastBoot;
  }

  /** True once a BootNotification was Accepted (and the registration state still says so). */
  get registered(): boolean {
    const status = this.station.registrationStatus;
    return status !== undefined ? status === 'Accepted' : this.lastBoot?.status === 'Accepted';
  }

  /** The heartbeat interval in ms in force (undefined: none known yet, or heartbeats are off). */
  get heartbeatIntervalMs(): number | undefined {
    return this.heartbeats?.intervalMs;
  }

  /** Sets the heartbeat interval (as the CSMS does through the boot answer or HeartbeatInterval). */
  set heartbeatIntervalMs(ms: number) {
    if (!(ms > 0)) throw new RangeError('the heartbeat interval must be a number of ms > 0');
    this.heartbeats?.setInterval(ms);
  }

  /** Sends a CALL (queued while offline); resolves with the typed response. */
  call<A extends StationToCsmsAction>(action: A, payload: RequestMap[A], options?: CallOptions): Promise<ResponseMap[A]> {
    return this.station.call(action, payload, options);
  }

  /** Registers the handler of a CSMS-to-station action. */
  handle<A extends CsmsToStationAction>(action: A, handler: ActionHandler<A, ClientContext>): this {
    this.station.handle(action, handler);
    return this;
  }

  /** Registers every handler an object has (one method per action). */
  handlers(object: ChargingStationHandlers<ClientContext>): this {
    this.station.handlers(object);
    return this;
  }

  /**
   * Connects and registers: resolves with the BootNotificationResponse once
   * the CSMS has Accepted the station. The configured `bootNotification` is
   * sent when the connection opens; Pending and Rejected answers are sent
   * again after their interval (B02, B03), the CSMS's calls answered
   * meanwhile, and connect() waits on. Without a configured request it
   * waits for the application's own BootNotification (`boot(request)`).
   * Transient connection failures are retried with the back-off. Rejects
   * with a HandshakeError on a permanent refusal (unless `retryRefused`),
   * with the error of a BootNotification that cannot succeed (invalid, or
   * answered with a CALLERROR), or when close() is called.
   */
  connect(options?: ConnectOptions): Promise<BootNotificationResponse> {
    if (this.currentState === 'closed') return Promise.reject(new Error('the client is closed'));
    if (this.currentState === 'open' && this.registered && this.lastBoot !== undefined) return Promise.resolve(this.lastBoot);
    const promise = wait(this.bootWaiters, options);
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
  boot(request?: BootNotificationRequest): Promise<BootNotificationResponse> {
    if (request !== undefined && this.options.bootNotification === undefined) this.lastBootRequest = request;
    const payload = request ?? this.bootPayload();
    if (payload === undefined) return Promise.reject(new TypeError('boot() needs a BootNotificationRequest (none was configured)'));
    this.clearBootTimer();
    this.booting = true;
    this.needBoot = false;
    const result = this.station.call('BootNotification', payload, { priority: true });
    result.then(
      (response) => {
        this.booting = false;
        if (response.status !== 'Accepted') this.bootAgain(response.interval > 0 ? response.interval * 1000 : BOOT_RETRY_MS, request);
      },
      (err: unknown) => {
        this.booting = false;
        if (isTransient(err)) {
          // Lost with the connection, or timed out: boot on the next connection.
          this.needBoot = this.bootPayload() !== undefined;
        } else {
          // Invalid, or refused with a CALLERROR: connect() cannot wait on it.
          settle(this.bootWaiters, undefined, err);
          if (err instanceof Error && err.name !== 'NotRegisteredError' && !(err instanceof TypeError)) this.bootAgain(BOOT_RETRY_MS, request);
        }
        if (this.listenerCount('bootError') > 0) this.emit('bootError', err);
      },
    );
    return result;
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
    settle(this.bootWaiters, undefined, closed);
    const ws = this.ws;
    this.closePromise = new Promise<void>((resolve) => {
      const finish = (): void => {
        this.station.close('the client was closed');
        resolve();
      };
      if (ws === undefined || ws.readyState === CLOSED) {
        finish();
        return;
      }
      if (ws.readyState === CONNECTING) {
        // An abandoned handshake: its failure handler drops every listener of
        // the socket, so no 'close' would ever reach us. Nothing to wait for.
        ws.terminate();
        finish();
        return;
      }
      // A peer that never completes the closing handshake does not hold us up.
      const timer = setTimeout(() => {
        ws.terminate();
        finish();
      }, 5000);
      timer.unref();
      ws.once('close', () => {
        clearTimeout(timer);
        finish();
      });
      ws.close(code, reason);
    });
    return this.closePromise;
  }

  // -------------------------------------------------------------------------

  private bootPayload(): BootNotificationRequest | undefined {
    const b = this.options.bootNotification;
    if (b === undefined) return this.lastBootRequest;
    return typeof b === 'function' ? b({ reconnect: this.connectedOnce }) : b;
  }

  private bootAgain(delayMs: number, request: BootNotificationRequest | undefined): void {
    if (this.currentState === 'closed') return;
    this.clearBootTimer();
    this.bootTimer = setTimeout(() => {
      this.bootTimer = undefined;
      this.boot(request).catch(() => undefined);
    }, delayMs);
    this.bootTimer.unref();
  }

  /** Every completed exchange: boot answers, heartbeat interval changes. */
  private exchanged(direction: 'sent' | 'received', action: string, request: unknown, response: unknown): void {
    if (direction === 'sent' && action === 'BootNotification') {
      const answer = response as BootNotificationResponse;
      this.lastBoot = answer;
      if (this.listenerCount('boot') > 0) this.emit('boot', answer);
      if (answer.status === 'Accepted') {
        this.clearBootTimer();
        queueMicrotask(() => settle(this.bootWaiters, answer));
      }
    }
    const heartbeats = this.heartbeats;
    if (heartbeats === undefined) return;
    const interval = heartbeatIntervalFrom(direction, action, request, response);
    if (interval !== undefined) heartbeats.intervalMs = interval;
    // The boot answer is observed before the registration state learns of it.
    if (interval !== undefined || (direction === 'sent' && action === 'BootNotification')) queueMicrotask(() => this.updateHeartbeats());
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
    this.station.call('Heartbeat', {}).then(
      (response) => {
        if (this.listenerCount('heartbeat') > 0) this.emit('heartbeat', response);
      },
      (err: unknown) => {
        if (this.listenerCount('heartbeatError') > 0) this.emit('heartbeatError', err);
      },
    );
  }

  private attempt(): void {
    this.currentState = 'connecting';
    this.ws = openSocket(this.url, this.protocols, this.options, {
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
    const link = new SocketLink(ws, this.station as unknown as AnyRole, this.limits, this.linkOwner);
    this.link = link;

    // BootNotification goes ahead of what waited in the queue.
    const policy = this.options.bootOnReconnect ?? 'whenRefused';
    if (!this.booting && this.bootPayload() !== undefined && (this.needBoot || (reconnect && policy === 'always'))) {
      this.boot().catch(() => undefined);
    }
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
    if (this.registered && this.lastBoot !== undefined && !this.booting && !this.needBoot) settle(this.bootWaiters, this.lastBoot);
  }

  /** Sees each incoming frame first: a SecurityError answer means the CSMS no longer knows us. */
  private inspectFrame(text: string): void {
    if (this.booting || (this.options.bootOnReconnect ?? 'whenRefused') !== 'whenRefused') return;
    if (!text.includes('SecurityError')) return;
    let frame: unknown;
    try {
      frame = JSON.parse(text);
    } catch {
      return;
    }
    if (Array.isArray(frame) && frame[0] === 4 && frame[2] === 'SecurityError' && this.bootPayload() !== undefined) {
      // Queued now, it goes out right after this answer, before the calls queued behind.
      this.boot().catch(() => undefined);
    }
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
    const waiting = this.openWaiters.length + this.bootWaiters.length;
    const noRetry = this.openWaiters.some((w) => !w.retry) || this.bootWaiters.some((w) => !w.retry);
    const giveUp = noRetry || (error.permanent && this.options.retryRefused !== true) || (this.options.reconnect === false && waiting === 0);
    if (giveUp) {
      this.currentState = 'idle';
      if (waiting > 0) {
        settle(this.openWaiters, undefined, error);
        settle(this.bootWaiters, undefined, error);
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

  private clearBootTimer(): void {
    if (this.bootTimer !== undefined) clearTimeout(this.bootTimer);
    this.bootTimer = undefined;
  }

  private clearTimers(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    if (this.pingTimer !== undefined) clearInterval(this.pingTimer);
    this.clearBootTimer();
    this.heartbeats?.stop();
    this.retryTimer = this.pingTimer = undefined;
  }
}
