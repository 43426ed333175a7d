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
import type { IncomingMessage } from 'node:http';
import WebSocket, { type ClientOptions, type PerMessageDeflateOptions } from 'ws';
import type { CallOptions } from '../rpc/endpoint.js';
import { ChargingStation, type ChargingStationOptions } from '../roles/charging-station.js';
import type { ActionHandler, ChargingStationHandlers } from '../roles/types.js';
import type { CsmsToStationAction, StationToCsmsAction } from '../v201/actions.js';
import type { BootNotificationRequest, BootNotificationResponse, RequestMap, ResponseMap } from '../v201/generated/messages.js';
import { BackOff, type BackOffOptions } from './backoff.js';
import { classifyConnectError, HandshakeError, httpRefusal } from './errors.js';
import { basicAuthHeader } from './handshake.js';
import { connectionUrl } from './identity.js';
import { CloseCode, DEFAULT_MAX_BAD_MESSAGES, DEFAULT_MAX_BUFFERED, DEFAULT_MAX_HANDLING, DEFAULT_MAX_PAYLOAD } from './limits.js';
import { SocketLink, type AnyRole, type LinkLimits, type LinkOwner } from './socket-link.js';

/** TLS settings of a station (profiles 2 and 3). */
export interface ClientTlsOptions {
  /** CA certificate(s) that sign the CSMS's server certificate; default: the system's. */
  readonly ca?: string | Buffer | readonly (string | Buffer)[];
  /** Client certificate (profile 3), PEM. */
  readonly cert?: string | Buffer;
  /** Private key of the client certificate, PEM. */
  readonly key?: string | Buffer;
  readonly passphrase?: string;
  /** Host name to verify the server certificate against (SNI). */
  readonly servername?: string;
  /** Verify the server certificate. Default true; false only for development. */
  readonly rejectUnauthorized?: boolean;
}

export type BootOnReconnect = 'whenRefused' | 'always' | 'never';

/** What the client knows of the station identity (the context of its handlers). */
export interface ClientContext {
  readonly identity: string;
}

export interface ChargingStationClientOptions {
  /** The CSMS's OCPP-J endpoint URL (ws: or wss:); the identity is appended (Part 4, 3.1.1). */
  readonly url: string | URL;
  /** The charging station identity: at most 48 characters, no ':'. */
  readonly identity: string;
  /** Subprotocols offered, by preference. Default ['ocpp2.0.1']. */
  readonly protocols?: readonly string[];
  /** Basic auth password (profiles 1 and 2); the user name is the identity. */
  readonly password?: string;
  readonly tls?: ClientTlsOptions;
  /** RetryBackOffWaitMinimum / RandomRange / RepeatTimes (seconds). */
  readonly backoff?: BackOffOptions;
  /** Reconnect after a loss. Default true. */
  readonly reconnect?: boolean;
  /**
   * Keep trying after a permanent refusal (4xx, no subprotocol, certificate
   * error). Default false: connect() rejects and reconnecting stops.
   */
  readonly retryRefused?: boolean;
  /** WebSocketPingInterval, seconds; 0 disables client pings (Part 4, 8.4). Default 30. */
  readonly pingIntervalS?: number;
  /** Milliseconds for the opening handshake. Default 30000. */
  readonly handshakeTimeoutMs?: number;
  /** Largest incoming message, bytes (close 1009 beyond). Default 8 MiB. */
  readonly maxPayload?: number;
  /** Consecutive non-OCPP-J frames before closing with 1002. Default 10. */
  readonly maxBadMessages?: number;
  /** Bytes waiting to be written beyond which reading pauses. Default 1 MiB. */
  readonly maxBufferedBytes?: number;
  /** RFC 7692 compression (optional for a station, Part 4, 3.3). Default true. */
  readonly perMessageDeflate?: boolean | PerMessageDeflateOptions;
  /** Extra HTTP headers of the opening request. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * The BootNotification to send: on the first connection and as
   * `bootOnReconnect` says. Without it the application boots itself.
   */
  readonly bootNotification?: BootNotificationRequest | ((info: { readonly reconnect: boolean }) => BootNotificationRequest);
  /** Default 'whenRefused' (see the module comment). */
  readonly bootOnReconnect?: BootOnReconnect;
  /**
   * Options of the ChargingStation behaviour. `maxQueue` is the size of the
   * offline queue (default 1000), `callTimeoutMs` counts queued time too.
   */
  readonly station?: Omit<ChargingStationOptions<ClientContext>, 'context'>;
}

export type ClientState = 'idle' | 'connecting' | 'open' | 'waiting' | 'closed';

export interface ConnectedInfo {
  readonly protocol: string;
  /** False on the first connection. */
  readonly reconnect: boolean;
}

export interface ReconnectingInfo {
  /** 1 for the first attempt after a loss. */
  readonly attempt: number;
  readonly delayMs: number;
  /** Why the previous attempt failed (absent right after a loss). */
  readonly error?: HandshakeError;
}

export interface ChargingStationClientEvents {
  connect: [info: ConnectedInfo];
  disconnect: [code: number, reason: string];
  reconnecting: [info: ReconnectingInfo];
  /** A permanent refusal stopped the reconnecting (see `retryRefused`). */
  refused: [error: HandshakeError];
  /** A BootNotification sent by the client was answered. */
  boot: [response: BootNotificationResponse];
  /** A BootNotification sent by the client failed (it is tried again on the next connection). */
  bootError: [error: unknown];
}

const DEFAULT_PROTOCOLS = ['ocpp2.0.1'] as const;

interface ConnectWaiter {
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
  /** False: the first failure rejects. */
  readonly retry: boolean;
}

export class ChargingStationClient extends EventEmitter<ChargingStationClientEvents> {
  /** The behaviour: handlers, typed calls, registration state, endpoint events. */
  readonly station: ChargingStation<ClientContext>;
  readonly identity: string;
  readonly url: string;

  private readonly options: ChargingStationClientOptions;
  private readonly protocols: readonly string[];
  private readonly backOff: BackOff;
  private readonly limits: LinkLimits;
  private currentState: ClientState = 'idle';
  private ws: WebSocket | undefined;
  private link: SocketLink | undefined;
  private selectedProtocol: string | undefined;
  private connectedOnce = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private bootTimer: ReturnType<typeof setTimeout> | undefined;
  private connectWaiters: ConnectWaiter[] = [];
  private booting = false;
  private needBoot = false;
  private closePromise: Promise<void> | undefined;
  private readonly linkOwner: LinkOwner;
  /** The last request given to boot() when none is configured: used again on reconnects. */
  private lastBootRequest: BootNotificationRequest | undefined;

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
    this.station = new ChargingStation<ClientContext>({ ...options.station, context: { identity: options.identity } });
    this.station.on('badMessage', (event) => this.link?.badMessage(event));
    this.linkOwner = {
      linkClosed: (link, code, reason) => this.lost(link, code, reason),
      inspect: (_link, text) => this.inspectFrame(text),
    };
    this.needBoot = options.bootNotification !== undefined;
  }

  get state(): ClientState {
    return this.currentState;
  }

  /** The subprotocol of the open connection. */
  get protocol(): string | undefined {
    return this.selectedProtocol;
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
   * Connects. Resolves once open; transient failures (unreachable, reset,
   * 5xx) are retried with the back-off. Rejects with a HandshakeError on a
   * permanent refusal (unless `retryRefused`), or when close() is called.
   * With `{ retry: false }` the first failure of any kind rejects.
   */
  connect(options?: { readonly retry?: boolean }): Promise<void> {
    if (this.currentState === 'closed') return Promise.reject(new Error('the client is closed'));
    if (this.currentState === 'open') return Promise.resolve();
    const retry = options?.retry !== false;
    const promise = new Promise<void>((resolve, reject) => {
      this.connectWaiters.push({ resolve, reject, retry });
    });
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
    if (this.bootTimer !== undefined) clearTimeout(this.bootTimer);
    this.bootTimer = undefined;
    this.booting = true;
    this.needBoot = false;
    const result = this.station.call('BootNotification', payload, { priority: true });
    result.then(
      (response) => {
        this.booting = false;
        this.emit('boot', response);
        if (response.status !== 'Accepted' && this.currentState !== 'closed') {
          const seconds = response.interval > 0 ? response.interval : 30;
          this.bootTimer = setTimeout(() => {
            this.bootTimer = undefined;
            this.boot(request).catch(() => undefined);
          }, seconds * 1000);
          this.bootTimer.unref();
        }
      },
      (err: unknown) => {
        this.booting = false;
        // Lost with the connection, or timed out: boot on the next connection.
        this.needBoot = this.bootPayload() !== undefined;
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
    this.failWaiters(new Error('the client was closed'));
    const ws = this.ws;
    this.closePromise = new Promise<void>((resolve) => {
      const finish = (): void => {
        this.station.close('the client was closed');
        resolve();
      };
      if (ws === undefined || ws.readyState === WebSocket.CLOSED) {
        finish();
        return;
      }
      if (ws.readyState === WebSocket.CONNECTING) {
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

  private attempt(): void {
    this.currentState = 'connecting';
    const o = this.options;
    const headers: Record<string, string> = { ...o.headers };
    if (o.password !== undefined) headers['Authorization'] = basicAuthHeader(this.identity, o.password);
    const tls = o.tls ?? {};
    const wsOptions: ClientOptions = {
      headers,
      handshakeTimeout: o.handshakeTimeoutMs ?? 30_000,
      maxPayload: o.maxPayload ?? DEFAULT_MAX_PAYLOAD,
      perMessageDeflate: o.perMessageDeflate ?? true,
      followRedirects: false,
      ...(tls.ca !== undefined && { ca: tls.ca as string | Buffer | (string | Buffer)[] }),
      ...(tls.cert !== undefined && { cert: tls.cert }),
      ...(tls.key !== undefined && { key: tls.key }),
      ...(tls.passphrase !== undefined && { passphrase: tls.passphrase }),
      ...(tls.servername !== undefined && { servername: tls.servername }),
      ...(tls.rejectUnauthorized !== undefined && { rejectUnauthorized: tls.rejectUnauthorized }),
    };
    const ws = new WebSocket(this.url, [...this.protocols], wsOptions);
    this.ws = ws;
    let settled = false;
    const fail = (error: HandshakeError): void => {
      if (settled) return;
      settled = true;
      ws.removeAllListeners();
      ws.on('error', () => undefined);
      if (ws.readyState !== WebSocket.CLOSED) ws.terminate();
      if (this.ws === ws) this.ws = undefined;
      this.attemptFailed(error);
    };
    ws.on('unexpected-response', (req, res: IncomingMessage) => {
      readBody(res, 512).then((body) => {
        req.destroy();
        fail(httpRefusal(res.statusCode ?? 0, body));
      });
    });
    ws.on('error', (err) => fail(classifyConnectError(err)));
    ws.once('close', (code) => {
      if (!settled) fail(new HandshakeError('network', `the connection closed during the handshake (${code})`, { permanent: false }));
    });
    ws.once('open', () => {
      if (settled) return;
      settled = true;
      ws.removeAllListeners('unexpected-response');
      ws.removeAllListeners('error');
      ws.removeAllListeners('close');
      this.opened(ws);
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
    link.attach();
    const interval = this.options.pingIntervalS ?? 30;
    if (interval > 0) {
      this.pingTimer = setInterval(() => link.tick(), interval * 1000);
      this.pingTimer.unref();
    }
    this.emit('connect', { protocol: ws.protocol, reconnect });
    const waiters = this.connectWaiters;
    this.connectWaiters = [];
    for (const w of waiters) w.resolve();
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
    const noRetry = this.connectWaiters.some((w) => !w.retry);
    const giveUp = noRetry || (error.permanent && this.options.retryRefused !== true) || (this.options.reconnect === false && this.connectWaiters.length === 0);
    if (giveUp) {
      this.currentState = 'idle';
      if (this.connectWaiters.length > 0) this.failWaiters(error);
      else if (this.listenerCount('refused') > 0) this.emit('refused', error);
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

  private failWaiters(err: unknown): void {
    const waiters = this.connectWaiters;
    this.connectWaiters = [];
    for (const w of waiters) w.reject(err);
  }

  private clearTimers(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    if (this.pingTimer !== undefined) clearInterval(this.pingTimer);
    if (this.bootTimer !== undefined) clearTimeout(this.bootTimer);
    this.retryTimer = this.pingTimer = this.bootTimer = undefined;
  }
}

/** Reads at most `limit` bytes of a response body, for the refusal message. */
function readBody(res: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      clearTimeout(timer);
      res.removeAllListeners('data');
      resolve(Buffer.concat(chunks).toString('utf8').slice(0, limit));
    };
    const timer = setTimeout(done, 1000);
    res.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= limit) done();
    });
    res.once('end', done);
    res.once('error', done);
  });
}
