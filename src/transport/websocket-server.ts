/**
 * OCPP-J server for a CSMS (Part 4, 3): stations connect to
 * `ws(s)://host:port/<any path>/<identity>`. The subprotocol, the identity
 * and the security profile are settled before the upgrade, so a refused
 * station gets an HTTP status and never a WebSocket. Each station is served
 * by a `Csms` behaviour that outlives its connections: registration state
 * and calls queued for the station survive a reconnect (a station that
 * reconnects does not boot again, Part 4, 5.3).
 */
import { EventEmitter } from 'node:events';
import { createServer as createHttpServer, STATUS_CODES, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { Server as HttpsServer, ServerOptions as HttpsServerOptions } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { PeerCertificate } from 'node:tls';
import type { WebSocket, WebSocketServer } from 'ws';
import type { HandlerErrorEvent, HandlerTable } from '../rpc/dispatch.js';
import type { BadMessageEvent } from '../rpc/endpoint.js';
import { Csms, type CsmsOptions } from '../roles/csms.js';
import { actionsReceivedBy } from '../roles/dispatch.js';
import type { ActionHandler, CsmsHandlers } from '../roles/types.js';
import type { StationToCsmsAction } from '../v201/actions.js';
import { checkRequestSecurity, type Authenticate, type AuthenticateResult, type SecurityProfile } from './auth.js';
import { offeredProtocols, selectProtocol } from './handshake.js';
import { identityFromRequestTarget } from './identity.js';
import {
  CloseCode,
  DEFAULT_MAX_BAD_MESSAGES,
  DEFAULT_MAX_BUFFERED,
  DEFAULT_MAX_HANDLING,
  DEFAULT_MAX_PAYLOAD,
  DEFAULT_PING_INTERVAL_MS,
  DEFAULT_UNREAD_TIMEOUT_MS,
} from './limits.js';
import type { PerMessageDeflateOptions } from './compression.js';
import { defaultMaxPendingHandshakes, PendingHandshakes } from './pending-handshakes.js';
import { SocketLink, type AnyRole, type LinkLimits, type LinkOwner } from './socket-link.js';
import { CLOSED, CONNECTING, OPEN, wsModule } from './ws-module.js';

/** What every handler of a server connection finds in its context. */
export interface StationContext {
  /** The station identity from the connection URL. */
  readonly identity: string;
}

/** Options of each station's `Csms` behaviour (handlers and context are the server's). */
export type StationCsmsOptions = Omit<CsmsOptions<StationContext>, 'handlers' | 'context'>;

/** Options of a CsmsServer; all optional. */
export interface CsmsServerOptions {
  /** Port for `listen()`; default 0 (an ephemeral port, see `address()`). */
  readonly port?: number;
  /**
   * Host for `listen()`. Default: every interface, as for any Node server
   * (`http.Server.listen`); give '127.0.0.1' to accept local stations only.
   */
  readonly host?: string;
  /**
   * Attach to this HTTP(S) server (an Express or Fastify app's, say) instead
   * of creating one: its WebSocket upgrades are handled here (those under
   * `path` when given), other requests are left to the application. For
   * security profiles 2 and 3 it must be an HTTPS server.
   */
  readonly server?: HttpServer | HttpsServer;
  /**
   * The endpoint path stations connect under, e.g. '/ocpp' for
   * `/ocpp/<identity>`. Upgrades to other paths are left to the server's
   * other 'upgrade' listeners, or answered 404 when there are none. Default:
   * any path (the identity is always the last segment).
   */
  readonly path?: string;
  /**
   * Neither create nor attach to a server: the application routes upgrade
   * requests itself and passes ours to `handleUpgrade()`.
   */
  readonly noServer?: boolean;
  /**
   * Create an HTTPS server with these options (cert, key, ca, requestCert...).
   * For security profile 3, `requestCert` defaults to true and
   * `rejectUnauthorized` to false: the TLS handshake completes and a missing
   * or untrusted certificate is refused with HTTP 401 before the upgrade,
   * which tells the station why. No request is served either way (a plain
   * HTTP request only ever gets 426). Set `rejectUnauthorized: true` to
   * refuse such stations in the TLS handshake itself.
   *
   * A00.FR.318 asks for two ECDHE-ECDSA and two RSA suites: give an ECDSA
   * and an RSA certificate at once (`cert: [rsaCert, ecCert]`,
   * `key: [rsaKey, ecKey]`) and each client gets the one its suite needs.
   * Unless `ciphers` is given, those four suites are offered beside the
   * process's default list, whatever that says.
   */
  readonly tls?: HttpsServerOptions;
  /** Subprotocols offered, in order of this server's preference when a client lists several. Default ['ocpp2.0.1']. */
  readonly protocols?: readonly string[];
  /**
   * The minimum security profile (A00): 1 Basic auth, 2 TLS + Basic auth,
   * 3 TLS + client certificate with CN = identity. Default 0: no
   * requirement (development only). Profiles 1 and 2 need `authenticate`
   * to check the password.
   */
  readonly securityProfile?: SecurityProfile;
  /** Accepts or refuses a connection before the upgrade; false answers HTTP 401. */
  readonly authenticate?: Authenticate;
  /** Milliseconds `authenticate` may take before the request is refused (503). Default 10000. */
  readonly authenticateTimeoutMs?: number;
  /**
   * Milliseconds a connection accepted by the server's own HTTP(S) server
   * has to deliver its upgrade request, TLS handshake included; then it is
   * closed. Default 5000. (With `server` or `noServer`, bound the waiting in
   * your own server, e.g. its `headersTimeout`.)
   */
  readonly handshakeTimeoutMs?: number;
  /**
   * Connections of the own server that may wait for their upgrade request at
   * once; past that the oldest is closed first. Default: a quarter of the
   * process's open-file limit where it can be read, at most 10,000; else 1,000.
   */
  readonly maxPendingHandshakes?: number;
  /** WebSocket ping interval in ms; a station silent for a whole interval is closed. 0 disables. Default 30000. */
  readonly pingIntervalMs?: number;
  /** Largest incoming message in bytes; larger ones close the connection with 1009. Default 8 MiB (see limits.ts). */
  readonly maxPayload?: number;
  /** Consecutive non-OCPP-J frames before closing with 1002. Default 10. */
  readonly maxBadMessages?: number;
  /** Bytes waiting to be written beyond which reading from that station pauses. Default 1 MiB. */
  readonly maxBufferedBytes?: number;
  /** Station CALLs handled at once beyond which reading from that station pauses. Default 16. */
  readonly maxConcurrentHandlers?: number;
  /**
   * Milliseconds a station may leave a probe ping unanswered; then it is
   * cut. A probe goes out once a station was sent 256 frames without
   * proving since that it reads them, so one that pipelines calls and never
   * reads the answers stops holding the server busy. Default 10000; 0 turns
   * the probes off (for stations that do not answer pings, as RFC 6455,
   * 5.5.2 says they must).
   */
  readonly unreadTimeoutMs?: number;
  /**
   * RFC 7692 compression, which Part 4, 3.3 requires a CSMS to support.
   * Default: on, compressing messages of 1 kB and more, without context
   * takeover so that idle connections hold no compression memory.
   */
  readonly perMessageDeflate?: boolean | PerMessageDeflateOptions;
  /**
   * How long a disconnected station's behaviour (registration state, calls
   * queued for it) is kept for its return. Default 3600000 (one hour).
   */
  readonly retainDisconnectedMs?: number;
  /** Options of each station's `Csms` behaviour: validation, call timeouts, registration... */
  readonly csms?: StationCsmsOptions;
}

/** Facts about an accepted connection. */
export interface ConnectInfo {
  /** The station identity from the URL. */
  readonly identity: string;
  /** The subprotocol agreed on. */
  readonly protocol: string;
  /** The strongest security profile the connection satisfies. */
  readonly securityProfile: SecurityProfile;
  /** The URL path before the identity (e.g. '/ocpp'). */
  readonly endpointPath: string;
  /** The station's IP address. */
  readonly remoteAddress: string | undefined;
  /** The verified TLS client certificate (profile 3). */
  readonly certificate: PeerCertificate | undefined;
  /** True when the station's behaviour was kept from an earlier connection. */
  readonly resumed: boolean;
  /** The HTTP upgrade request. */
  readonly request: IncomingMessage;
}

/** A connection attempt refused before the upgrade. */
export interface RefusedInfo {
  /** The identity from the URL, when it could be read. */
  readonly identity: string | undefined;
  /** The HTTP status answered. */
  readonly status: number;
  /** Why, as the answer's body says. */
  readonly reason: string;
  /** The client's IP address. */
  readonly remoteAddress: string | undefined;
}

/** The events of a CsmsServer and their arguments. */
export interface CsmsServerEvents {
  /** A station's connection was accepted (after the upgrade); `info.resumed` tells whether its behaviour was kept from before. */
  connect: [identity: string, info: ConnectInfo];
  /**
   * A station's connection closed: the WebSocket close `code` (1000 normal,
   * 1001 going away, 1006 dropped without a close frame...) and its `reason`
   * text ('' when none was given).
   */
  disconnect: [identity: string, code: number, reason: string];
  /** A connection attempt was refused before the upgrade, with the HTTP status it got. */
  refused: [info: RefusedInfo];
  /** A station sent something that is not valid OCPP-J, or a payload that failed validation. */
  badMessage: [identity: string, event: BadMessageEvent];
  /**
   * One of this server's handlers threw (not an OcppError) or returned an
   * answer that failed validation: the station got InternalError. `event`
   * has the action, the message id, the error and, for an invalid answer,
   * the validator's issues with their JSON pointers.
   */
  handlerError: [identity: string, event: HandlerErrorEvent];
}

const defaultDeflate: PerMessageDeflateOptions = {
  threshold: 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  concurrencyLimit: 10,
};

/** What a station's session needs of its server. */
interface SessionHost {
  emit<K extends keyof CsmsServerEvents>(event: K, ...args: CsmsServerEvents[K]): boolean;
  listenerCount(event: keyof CsmsServerEvents): number;
}

/** One station: its behaviour, and its connection while it has one. */
class StationSession implements LinkOwner {
  link: SocketLink | undefined = undefined;
  retention: ReturnType<typeof setTimeout> | undefined = undefined;
  readonly csms: Csms<StationContext>;
  constructor(
    private readonly host: SessionHost,
    readonly identity: string,
    csmsOptions: CsmsOptions<StationContext>,
    private readonly retain: (session: StationSession) => void,
  ) {
    // The session itself hears its behaviour's reports: listeners on every
    // station's endpoint would cost more than the behaviour itself.
    this.csms = new Csms<StationContext>({ ...csmsOptions, reporter: this });
  }

  /** The behaviour's report: feeds the link's bad-message count and the server's event. */
  badMessage(event: BadMessageEvent): void {
    this.link?.badMessage(event);
    if (this.host.listenerCount('badMessage') > 0) this.host.emit('badMessage', this.identity, event);
  }

  /** The behaviour's report of a failed handler: the server's event. */
  handlerError(event: HandlerErrorEvent): void {
    if (this.host.listenerCount('handlerError') > 0) this.host.emit('handlerError', this.identity, event);
  }

  linkClosed(link: SocketLink, code: number, reason: string): void {
    if (this.link !== link) return; // replaced: already reported
    this.link = undefined;
    link.dispose(reason === '' ? `connection closed (${code})` : reason);
    this.host.emit('disconnect', this.identity, code, reason);
    this.retain(this);
  }
}

type Handlers = { [A in StationToCsmsAction]?: ActionHandler<A, StationContext> };

/** 'node:https' is loaded only by a server that creates its own HTTPS server. */
const requireBuiltin = createRequire(import.meta.url);

/**
 * The OCPP-J server of a CSMS: accepts stations, serves each with a `Csms`
 * behaviour that runs this server's handlers, and lets the application
 * call any station (`station(identity).call(...)`). Listens on its own
 * HTTP(S) server, attaches to the application's (`server`, `path`), or
 * takes upgrades handed to it (`noServer`, `handleUpgrade`).
 */
export class CsmsServer extends EventEmitter<CsmsServerEvents> {
  private readonly options: CsmsServerOptions;
  private readonly protocols: readonly string[];
  private readonly securityProfile: SecurityProfile;
  private readonly limits: LinkLimits;
  private readonly httpServer: HttpServer | HttpsServer | undefined;
  private readonly ownServer: boolean;
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, StationSession>();
  private readonly handlerTable: Handlers = Object.create(null) as Handlers;
  private readonly path: string | undefined;
  private readonly retain: (session: StationSession) => void;
  private readonly pending = new Set<Duplex>();
  /** Accepted connections of the own server still without an upgrade request. */
  private readonly handshakes: PendingHandshakes | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private closing: Promise<void> | undefined;
  private readonly onUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

  constructor(options: CsmsServerOptions = {}) {
    super();
    this.options = options;
    this.protocols = options.protocols ?? ['ocpp2.0.1'];
    if (this.protocols.length === 0) throw new TypeError('CsmsServer needs at least one subprotocol');
    this.securityProfile = options.securityProfile ?? 0;
    if ((this.securityProfile === 1 || this.securityProfile === 2) && options.authenticate === undefined) {
      throw new TypeError(`security profile ${this.securityProfile} needs an authenticate hook to check Basic auth passwords`);
    }
    if (this.securityProfile >= 2 && options.server === undefined && options.tls === undefined && options.noServer !== true) {
      throw new TypeError(`security profile ${this.securityProfile} needs TLS: pass tls options or an HTTPS server`);
    }
    if (this.securityProfile >= 2 && options.server !== undefined && !isTlsServer(options.server)) {
      throw new TypeError(`security profile ${this.securityProfile} needs TLS: the server given is not an HTTPS server`);
    }
    this.path = options.path === undefined ? undefined : normalizePath(options.path);
    this.retain = (session) => this.retainSession(session);
    this.limits = {
      maxBuffered: options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED,
      maxHandling: options.maxConcurrentHandlers ?? DEFAULT_MAX_HANDLING,
      maxBadMessages: options.maxBadMessages ?? DEFAULT_MAX_BAD_MESSAGES,
      unreadTimeoutMs: options.unreadTimeoutMs ?? DEFAULT_UNREAD_TIMEOUT_MS,
    };
    const deflate = options.perMessageDeflate ?? true;
    this.wss = new (wsModule().WebSocketServer)({
      noServer: true,
      clientTracking: false,
      maxPayload: options.maxPayload ?? DEFAULT_MAX_PAYLOAD,
      perMessageDeflate: deflate === true ? defaultDeflate : deflate,
      handleProtocols: (offered) => selectProtocol([...offered], this.protocols) ?? false,
    });
    this.onUpgrade = (req, socket, head) => {
      if (this.path !== undefined && !this.onPath(req.url)) {
        // Another listener's WebSocket (a dashboard, say); nobody's at all: 404.
        if (this.httpServer !== undefined && this.httpServer.listenerCount('upgrade') <= 1) this.refuse(req, socket, undefined, 404, 'no OCPP endpoint at this path');
        return;
      }
      this.handleUpgrade(req, socket, head);
    };
    if (options.noServer === true) {
      this.httpServer = undefined;
      this.ownServer = false;
    } else if (options.server !== undefined) {
      this.httpServer = options.server;
      this.ownServer = false;
    } else {
      const tls = options.tls;
      const handshakeTimeoutMs = options.handshakeTimeoutMs ?? 5000;
      const requestHandler = (_req: IncomingMessage, res: ServerResponse): void => {
        res.writeHead(426, { 'Content-Type': 'text/plain', Upgrade: 'websocket', Connection: 'close' });
        res.end('This is an OCPP-J endpoint: connect with a WebSocket.\n');
      };
      this.httpServer =
        tls !== undefined
          ? (requireBuiltin('node:https') as typeof import('node:https')).createServer(
              // A00: TLS 1.2 or later, whatever the process-wide default says.
              {
                minVersion: 'TLSv1.2',
                ciphers: a00Ciphers(),
                handshakeTimeout: handshakeTimeoutMs,
                ...(this.securityProfile === 3 ? { requestCert: true, rejectUnauthorized: false } : {}),
                ...tls,
              },
              requestHandler,
            )
          : createHttpServer(requestHandler);
      this.ownServer = true;
      this.handshakes = new PendingHandshakes(handshakeTimeoutMs, options.maxPendingHandshakes ?? defaultMaxPendingHandshakes());
      this.handshakes.watch(this.httpServer);
    }
    this.httpServer?.on('upgrade', this.onUpgrade);
    const interval = options.pingIntervalMs ?? DEFAULT_PING_INTERVAL_MS;
    if (interval > 0) {
      this.pingTimer = setInterval(() => this.keepAlive(), interval);
      this.pingTimer.unref();
    }
  }

  /** Starts listening (only when the server created its own HTTP(S) server). */
  listen(port = this.options.port ?? 0, host = this.options.host): Promise<AddressInfo> {
    const server = this.httpServer;
    if (server === undefined || !this.ownServer) return Promise.reject(new Error('listen() is for a server created by CsmsServer; start your own server instead'));
    return new Promise((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      server.once('error', onError);
      server.listen(port, host, () => {
        server.off('error', onError);
        resolve(server.address() as AddressInfo);
      });
    });
  }

  /** The listening address, once listening. */
  address(): AddressInfo | undefined {
    const a = this.httpServer?.address();
    return a !== null && typeof a === 'object' ? a : undefined;
  }

  /** Registers the handler of a station-to-CSMS action, for every station (present and future). */
  handle<A extends StationToCsmsAction>(action: A, handler: ActionHandler<A, StationContext>): this {
    // One table shared by every station's behaviour: nothing to copy per connection.
    (this.handlerTable as Record<string, unknown>)[action] = handler;
    return this;
  }

  /** Registers every handler an object has (one method per action, a class instance works), for every station. */
  handlers(object: CsmsHandlers<StationContext>): this {
    const table = object as Record<string, unknown>;
    for (const action of actionsReceivedBy('Csms')) {
      const fn = table[action];
      if (typeof fn === 'function') this.handle(action as StationToCsmsAction, fn.bind(object) as never);
    }
    return this;
  }

  /** The behaviour serving a station (connected, or disconnected and retained), to call it or read its state. */
  station(identity: string): Csms<StationContext> | undefined {
    return this.sessions.get(identity)?.csms;
  }

  /** True while the station has an open connection. */
  isConnected(identity: string): boolean {
    return this.sessions.get(identity)?.link !== undefined;
  }

  /** Identities with an open connection. */
  connectedIdentities(): string[] {
    const ids: string[] = [];
    for (const s of this.sessions.values()) if (s.link !== undefined) ids.push(s.identity);
    return ids;
  }

  /** Number of open station connections. */
  get connectionCount(): number {
    let n = 0;
    for (const s of this.sessions.values()) if (s.link !== undefined) n++;
    return n;
  }

  /** Closes one station's connection (it may reconnect); resolves when it is closed. */
  disconnect(identity: string, code: number = CloseCode.Normal, reason = ''): Promise<void> {
    const link = this.sessions.get(identity)?.link;
    if (link === undefined) return Promise.resolve();
    return closeSocket(link.ws, code, reason);
  }

  /** Drops a station's behaviour: its queued calls fail, its registration state is forgotten. */
  forget(identity: string): void {
    const session = this.sessions.get(identity);
    if (session === undefined) return;
    this.sessions.delete(identity);
    if (session.retention !== undefined) clearTimeout(session.retention);
    if (session.link !== undefined) closeSocket(session.link.ws, CloseCode.Normal, 'forgotten').catch(() => undefined);
    session.csms.close('the station was forgotten');
  }

  /**
   * Stops accepting, closes every connection with 1001 and waits for them
   * (at most `timeoutMs`, then they are cut), closes the behaviours and,
   * when it is the server's own, the HTTP server.
   */
  close(timeoutMs = 5000): Promise<void> {
    if (this.closing !== undefined) return this.closing;
    this.closing = (async () => {
      if (this.pingTimer !== undefined) clearInterval(this.pingTimer);
      this.pingTimer = undefined;
      this.handshakes?.close(this.httpServer);
      for (const socket of this.pending) socket.destroy();
      this.pending.clear();
      const closes: Promise<void>[] = [];
      for (const s of this.sessions.values()) {
        if (s.link !== undefined) closes.push(closeSocket(s.link.ws, CloseCode.GoingAway, 'server shutting down', timeoutMs));
      }
      const server = this.httpServer;
      const stopped =
        server !== undefined && this.ownServer && server.listening
          ? new Promise<void>((resolve) => server.close(() => resolve()))
          : Promise.resolve();
      server?.off('upgrade', this.onUpgrade);
      await Promise.all(closes);
      for (const s of this.sessions.values()) {
        if (s.retention !== undefined) clearTimeout(s.retention);
        s.csms.close('the server closed');
      }
      this.sessions.clear();
      this.wss.close();
      if (server !== undefined && this.ownServer) (server as HttpServer).closeAllConnections?.();
      await stopped;
    })();
    return this.closing;
  }

  /**
   * Handles one HTTP upgrade request. With `noServer`, call this from your
   * own server's 'upgrade' listener for the requests meant for OCPP.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', ignore);
    this.handshakes?.arrived(req.socket);
    if (this.closing !== undefined) {
      this.refuse(req, socket, undefined, 503, 'server shutting down');
      return;
    }
    if (this.path !== undefined && !this.onPath(req.url)) {
      this.refuse(req, socket, undefined, 404, 'no OCPP endpoint at this path');
      return;
    }
    const parsed = identityFromRequestTarget(req.url);
    if (!parsed.ok) {
      // Part 4, 3.2: an identity the CSMS cannot use is answered 404.
      this.refuse(req, socket, undefined, 404, parsed.reason);
      return;
    }
    const identity = parsed.identity;
    const offered = offeredProtocols(req.headers['sec-websocket-protocol']);
    const protocol = selectProtocol(offered, this.protocols);
    if (protocol === undefined) {
      // Refused at the handshake, never upgraded and closed afterwards.
      const why = offered.length === 0 ? 'no subprotocol offered' : `none of the offered subprotocols (${offered.join(', ')}) is supported`;
      this.refuse(req, socket, identity, 400, `${why}; this server speaks ${this.protocols.join(', ')}`);
      return;
    }
    const check = checkRequestSecurity(req, identity, this.securityProfile);
    if (!check.ok) {
      this.refuse(req, socket, identity, check.status, check.reason, check.basicChallenge === true);
      return;
    }
    const authenticate = this.options.authenticate;
    const upgrade = (): void => {
      this.pending.delete(socket);
      if (socket.destroyed || this.closing !== undefined) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req, identity, protocol, parsed.endpointPath, check.security));
    };
    if (authenticate === undefined) {
      upgrade();
      return;
    }
    this.pending.add(socket);
    const abort = new AbortController();
    const onGone = (): void => abort.abort(new Error('the client went away'));
    socket.once('close', onGone);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<AuthenticateResult>((resolve) => {
      timer = setTimeout(() => resolve({ status: 503, message: 'authentication took too long' }), this.options.authenticateTimeoutMs ?? 10_000);
    });
    const decide = async (): Promise<AuthenticateResult> =>
      authenticate({
        identity,
        endpointPath: parsed.endpointPath,
        protocol,
        securityProfile: check.security.securityProfile,
        request: req,
        signal: abort.signal,
        ...(check.security.password !== undefined ? { password: check.security.password } : {}),
        ...(check.security.certificate !== undefined ? { certificate: check.security.certificate } : {}),
      });
    Promise.race([decide(), timeout])
      .then(
        (result) => result,
        (): AuthenticateResult => ({ status: 500, message: 'authentication failed' }),
      )
      .then((result) => {
        clearTimeout(timer);
        socket.off('close', onGone);
        if (socket.destroyed) {
          this.pending.delete(socket);
          return;
        }
        if (result === true) {
          upgrade();
          return;
        }
        this.pending.delete(socket);
        const status = result === false ? 401 : result.status;
        const message = result === false ? 'authentication refused' : (result.message ?? STATUS_CODES[status] ?? 'refused');
        this.refuse(req, socket, identity, status, message, status === 401 && check.security.securityProfile < 3);
      });
  }

  // -------------------------------------------------------------------------

  private refuse(req: IncomingMessage, socket: Duplex, identity: string | undefined, status: number, reason: string, basicChallenge = false): void {
    this.emit('refused', { identity, status, reason, remoteAddress: req.socket.remoteAddress });
    const body = `${reason}\n`;
    const headers = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Refused'}`,
      'Connection: close',
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      ...(basicChallenge ? ['WWW-Authenticate: Basic realm="OCPP", charset="UTF-8"'] : []),
    ];
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    socket.once('finish', () => socket.destroy());
    socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
  }

  private accept(
    ws: WebSocket,
    req: IncomingMessage,
    identity: string,
    protocol: string,
    endpointPath: string,
    security: { readonly securityProfile: SecurityProfile; readonly certificate?: PeerCertificate },
  ): void {
    let session = this.sessions.get(identity);
    const resumed = session !== undefined;
    if (session === undefined) {
      session = this.createSession(identity);
      this.sessions.set(identity, session);
    }
    if (session.retention !== undefined) {
      clearTimeout(session.retention);
      session.retention = undefined;
    }
    const previous = session.link;
    if (previous !== undefined) {
      // The newer connection wins; the older one is closed cleanly.
      const reason = 'replaced by a new connection';
      session.link = undefined;
      previous.dispose(reason);
      closeSocket(previous.ws, CloseCode.Normal, reason).catch(() => undefined);
      this.emit('disconnect', identity, CloseCode.Normal, reason);
    }
    const link = new SocketLink(ws, session.csms as unknown as AnyRole, this.limits, session);
    session.link = link;
    // Built only when someone listens: a fleet reconnecting makes thousands of these.
    if (this.listenerCount('connect') > 0) {
      this.emit('connect', identity, {
        identity,
        protocol,
        securityProfile: security.securityProfile,
        endpointPath,
        remoteAddress: req.socket.remoteAddress,
        certificate: security.certificate,
        resumed,
        request: req,
      });
    }
    // The application may have closed it from its connect listener.
    if (session.link === link && ws.readyState === OPEN) link.attach();
  }

  private createSession(identity: string): StationSession {
    const options: CsmsOptions<StationContext> = { ...this.options.csms, context: { identity }, sharedHandlers: this.handlerTable as HandlerTable<StationContext> };
    return new StationSession(this, identity, options, this.retain);
  }

  /** True when a request target is under `path` (the identity being its last segment). */
  private onPath(target: string | undefined): boolean {
    if (target === undefined) return false;
    const queryAt = target.search(/[?#]/);
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    return normalizePath(pathname.slice(0, pathname.lastIndexOf('/'))) === this.path;
  }

  /** Keeps a disconnected station's behaviour for `retainDisconnectedMs`. */
  private retainSession(session: StationSession): void {
    if (this.closing !== undefined || this.sessions.get(session.identity) !== session) return;
    const ms = this.options.retainDisconnectedMs ?? 3_600_000;
    if (ms === Infinity) return;
    session.retention = setTimeout(() => {
      if (session.link === undefined && this.sessions.get(session.identity) === session) this.forget(session.identity);
    }, Math.min(ms, 0x7fffffff));
    session.retention.unref();
  }

  private keepAlive(): void {
    for (const s of this.sessions.values()) s.link?.tick();
  }
}

function ignore(): void {}

/** The TLS 1.2 suites A00.FR.318 requires, in OpenSSL's names (TLS_ECDHE_ECDSA_WITH_AES_128/256_GCM_SHA256/384, TLS_RSA_WITH_AES_128/256_GCM_SHA256/384). */
const A00_SUITES = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384';

/** The process's default suites with A00's added, so that a narrower process-wide default does not drop them. */
function a00Ciphers(): string {
  return `${(requireBuiltin('node:tls') as typeof import('node:tls')).DEFAULT_CIPHERS}:${A00_SUITES}`;
}

/** An https (tls) server, told without loading node:tls: only those can change their secure context. */
function isTlsServer(server: HttpServer | HttpsServer): boolean {
  return typeof (server as { setSecureContext?: unknown }).setSecureContext === 'function';
}

/** '/ocpp/' and 'ocpp' both mean '/ocpp'; '' and '/' the root. */
function normalizePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Closes a socket with a close frame, and cuts it if the close handshake does not finish in time. */
function closeSocket(ws: WebSocket, code: number, reason: string, timeoutMs = 5000): Promise<void> {
  if (ws.readyState === CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => ws.terminate(), timeoutMs);
    timer.unref();
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    if (ws.readyState === OPEN || ws.readyState === CONNECTING) ws.close(code, reason);
  });
}
