/**
 * OCPP-J server for a CSMS (Part 4, 3; OCPP-J 1.6, 3): stations connect to
 * `ws(s)://host:port/<any path>/<identity>` speaking any of the versions the
 * server offers (default all three: ocpp2.1, ocpp2.0.1, ocpp1.6), and each
 * connection speaks the version picked from the station's list. Handlers
 * are registered per version; each station is served by a `Csms` behaviour
 * of its version that runs that version's handlers and outlives its
 * connections (registration state and calls queued for the station survive
 * a reconnect, Part 4, 5.3), unless the station comes back with another
 * version.
 *
 * The parts: the door (upgrade.ts) decides before any WebSocket exists; the
 * sessions (station-session.ts) hold each station; http-host.ts makes the
 * server's own HTTP(S) server when the application gives none.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { AnyVersion, OcppVersion } from '../schema/version.js';
import { allVersions, type KnownVersion } from '../versions.js';
import type { HandlerTable } from '../rpc/dispatch.js';
import type { Csms } from '../roles/csms.js';
import { actionsReceivedBy } from '../roles/dispatch.js';
import type { ActionHandler, CsmsHandlers, ReceivedBy } from '../roles/types.js';
import { defaultServerDeflate as defaultDeflate } from './compression.js';
import { closeSocket } from './close-socket.js';
import { checkSecurityOptions, createOwnServer, isOnPath, normalizePath } from './http-host.js';
import { CloseCode, DEFAULT_MAX_BAD_MESSAGES, DEFAULT_MAX_BUFFERED, DEFAULT_MAX_HANDLING, DEFAULT_MAX_PAYLOAD, DEFAULT_PING_INTERVAL_MS, DEFAULT_UNREAD_TIMEOUT_MS } from './limits.js';
import { defaultMaxPendingHandshakes, type PendingHandshakes } from './pending-handshakes.js';
import type { CsmsServerEvents, CsmsServerOptions, StationContext } from './server-options.js';
import { SocketLink, type LinkLimits } from './socket-link.js';
import { StationSession, type SessionHost } from './station-session.js';
import { ServerStore, type TransactionAction, type TransactionHandler } from './server-store.js';
import { MemoryCsmsStore } from '../durable/csms/memory-store.js';
import type { CsmsStore } from '../durable/csms/records.js';
import { UpgradeGate, type Admitted } from './upgrade.js';
import { OPEN, wsModule } from './ws-module.js';

export type * from './server-options.js';

/** The descriptor among Vs whose version is N. */
export type VersionNamed<Vs extends AnyVersion, N extends OcppVersion> = Extract<Vs, { readonly version: N }>;

/**
 * The behaviour serving a station of any of the versions Vs: a union of
 * `Csms` of each version, told apart by `.version` ('1.6', '2.0.1', '2.1').
 */
export type StationCsms<Vs extends AnyVersion> = Vs extends AnyVersion ? Csms<Vs, StationContext> : never;

/**
 * The OCPP-J server of a CSMS: accepts stations of the versions it offers,
 * serves each with a `Csms` behaviour of its version that runs this
 * server's handlers for that version, and lets the application call any
 * station (`station(identity, '1.6')?.call(...)`). Listens on its own
 * HTTP(S) server, attaches to the application's (`server`, `path`), or
 * takes upgrades handed to it (`noServer`, `handleUpgrade`).
 */
export class CsmsServer<Vs extends AnyVersion = KnownVersion> extends EventEmitter<CsmsServerEvents<Vs>> {
  /** The versions offered, in this server's order of preference. */
  readonly versions: readonly Vs[];
  /** Registrations and transaction records (the `store` option, or one in memory). */
  readonly store: CsmsStore;

  private readonly options: CsmsServerOptions<Vs>;
  private readonly limits: LinkLimits;
  private readonly httpServer: HttpServer | HttpsServer | undefined;
  private readonly ownServer: boolean;
  private readonly wss: WebSocketServer;
  private readonly gate: UpgradeGate;
  private readonly sessions = new Map<string, StationSession>();
  /** One handler table per version, shared by every station of that version. */
  private readonly handlerTables = new Map<OcppVersion, HandlerTable<StationContext>>();
  private readonly sessionHost: SessionHost;
  /** Accepted connections of the own server still without an upgrade request. */
  private readonly handshakes: PendingHandshakes | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private closing: Promise<void> | undefined;
  private readonly onUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void;
  private readonly kept: ServerStore;

  constructor(options: CsmsServerOptions<Vs> = {}) {
    super();
    this.options = options;
    this.versions = options.versions ?? (allVersions as readonly AnyVersion[] as readonly Vs[]);
    if (this.versions.length === 0) throw new TypeError('CsmsServer needs at least one version');
    for (const v of this.versions) this.handlerTables.set(v.version, Object.create(null) as HandlerTable<StationContext>);
    const securityProfile = options.securityProfile ?? 0;
    checkSecurityOptions(securityProfile, options);
    const path = options.path === undefined ? undefined : normalizePath(options.path);
    this.limits = {
      maxBuffered: options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED,
      maxHandling: options.maxConcurrentHandlers ?? DEFAULT_MAX_HANDLING,
      maxBadMessages: options.maxBadMessages ?? DEFAULT_MAX_BAD_MESSAGES,
      unreadTimeoutMs: options.unreadTimeoutMs ?? DEFAULT_UNREAD_TIMEOUT_MS,
    };
    const server = this;
    this.sessionHost = {
      emit: (event, ...args) => (this.emit as (e: string, ...a: unknown[]) => boolean)(event, ...args),
      listenerCount: (event) => this.listenerCount(event),
      retain: (session) => this.retainSession(session),
      booted: (session, request, response) => this.kept.booted(session.identity, session.version, request, response),
    };
    this.kept = new ServerStore((this.store = options.store ?? new MemoryCsmsStore()), {
      station: (identity) => this.sessions.get(identity)?.csms,
      recorded: (identity, record) => this.listenerCount('transactionMessage') > 0 && this.emit('transactionMessage', identity, record),
      failed: (err) => this.listenerCount('storeError') > 0 && this.emit('storeError', err),
    });
    this.gate = new UpgradeGate(
      {
        get closing() {
          return server.closing !== undefined;
        },
        refused: (info) => this.emit('refused', info),
        upgrade: (req, socket, head, admitted) => void this.upgrade(req, socket, head, admitted),
      },
      {
        path,
        versions: this.versions,
        preference: options.protocolPreference ?? 'server',
        securityProfile,
        authenticate: options.authenticate,
        authenticateTimeoutMs: options.authenticateTimeoutMs ?? 10_000,
      },
    );
    const deflate = options.perMessageDeflate ?? true;
    this.wss = new (wsModule().WebSocketServer)({
      noServer: true,
      clientTracking: false,
      maxPayload: options.maxPayload ?? DEFAULT_MAX_PAYLOAD,
      perMessageDeflate: deflate === true ? defaultDeflate : deflate,
      handleProtocols: (offered) => this.gate.select([...offered])?.protocol ?? false,
    });
    this.onUpgrade = (req, socket, head) => {
      if (path !== undefined && !isOnPath(req.url, path)) {
        // Another listener's WebSocket (a dashboard, say); nobody's at all: 404.
        if (this.httpServer !== undefined && this.httpServer.listenerCount('upgrade') <= 1) this.gate.refuse(req, socket, undefined, 404, 'no OCPP endpoint at this path');
        return;
      }
      this.handleUpgrade(req, socket, head);
    };
    if (options.noServer === true || options.server !== undefined) {
      this.httpServer = options.server;
      this.ownServer = false;
    } else {
      const own = createOwnServer(options.tls, securityProfile, options.handshakeTimeoutMs ?? 5000, options.maxPendingHandshakes ?? defaultMaxPendingHandshakes());
      this.httpServer = own.server;
      this.handshakes = own.handshakes;
      this.ownServer = true;
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

  /**
   * Registers the handler of a station-to-CSMS action of one version, for
   * every station of that version (present and future):
   * `server.handle('1.6', 'StartTransaction', (request, ctx) => ...)`.
   */
  handle<N extends Vs['version'], A extends ReceivedBy<VersionNamed<Vs, N>, 'Csms'>>(
    version: N,
    action: A,
    handler: ActionHandler<VersionNamed<Vs, N>, A, StationContext>,
  ): this {
    // One table per version shared by its stations' behaviours: nothing to copy per connection.
    (this.tableOf(version) as Record<string, unknown>)[action] = handler;
    return this;
  }

  /**
   * Registers the handler of a transaction message (2.x TransactionEvent; 1.6
   * StartTransaction, StopTransaction, MeterValues), applied exactly once:
   * a station's retry of a message is answered as the first time without
   * calling `handler` again (server-store.ts).
   */
  handleTransaction<N extends Vs['version'], A extends TransactionAction<N>>(version: N, action: A, handler: NoInfer<TransactionHandler<N, A>>): this {
    this.descriptorOf(version);
    (this.tableOf(version) as Record<string, unknown>)[action] = this.kept.handler(version, action, handler as never);
    return this;
  }

  /** Registers every handler an object has (one method per action, a class instance works), for every station of one version. */
  handlers<N extends Vs['version']>(version: N, object: CsmsHandlers<VersionNamed<Vs, N>, StationContext>): this {
    const table = this.tableOf(version) as Record<string, unknown>;
    const methods = object as Record<string, unknown>;
    for (const action of actionsReceivedBy(this.descriptorOf(version), 'Csms')) {
      const fn = methods[action];
      if (typeof fn === 'function') table[action] = fn.bind(object);
    }
    return this;
  }

  /**
   * The behaviour serving a station (connected, or disconnected and
   * retained), to call it or read its state. Without `version`, a union
   * told apart by `.version`; with it, the station's behaviour if it speaks
   * that version, else undefined.
   */
  station(identity: string): StationCsms<Vs> | undefined;
  station<N extends Vs['version']>(identity: string, version: N): Csms<VersionNamed<Vs, N>, StationContext> | undefined;
  station(identity: string, version?: OcppVersion): unknown {
    const session = this.sessions.get(identity);
    if (session === undefined || (version !== undefined && session.version.version !== version)) return undefined;
    return session.csms;
  }

  /** The version a station speaks (connected, or disconnected and retained). */
  versionOf(identity: string): Vs['version'] | undefined {
    return this.sessions.get(identity)?.version.version;
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
  forget(identity: string, reason = 'the station was forgotten'): void {
    const session = this.sessions.get(identity);
    if (session === undefined) return;
    this.sessions.delete(identity);
    if (session.retention !== undefined) clearTimeout(session.retention);
    if (session.link !== undefined) closeSocket(session.link.ws, CloseCode.Normal, 'forgotten').catch(() => undefined);
    session.csms.close(reason);
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
      this.gate.close();
      const closes: Promise<void>[] = [];
      for (const s of this.sessions.values()) {
        if (s.link !== undefined) closes.push(closeSocket(s.link.ws, CloseCode.GoingAway, 'server shutting down', timeoutMs));
      }
      const server = this.httpServer;
      const stopped =
        server !== undefined && this.ownServer && server.listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
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
      await this.kept.flush();
      if (this.options.store === undefined) await this.store.close();
    })();
    return this.closing;
  }

  /**
   * Handles one HTTP upgrade request. With `noServer`, call this from your
   * own server's 'upgrade' listener for the requests meant for OCPP.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.handshakes?.arrived(req.socket);
    this.gate.handle(req, socket, head);
  }

  // -------------------------------------------------------------------------

  private descriptorOf(version: OcppVersion): Vs {
    const found = this.versions.find((v) => v.version === version);
    if (found === undefined) throw new TypeError(`this server does not offer OCPP ${version} (it offers ${this.versions.map((v) => v.version).join(', ')})`);
    return found;
  }

  private tableOf(version: OcppVersion): HandlerTable<StationContext> {
    this.descriptorOf(version);
    return this.handlerTables.get(version)!;
  }

  /** Upgrades an admitted request; a station the server holds nothing for may be restored from the store. */
  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, admitted: Admitted): Promise<void> {
    const restore = !this.sessions.has(admitted.identity) && (await this.kept.restorable(admitted.identity, admitted.version));
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req, admitted, restore));
  }

  private accept(ws: WebSocket, req: IncomingMessage, admitted: Admitted, restore: boolean): void {
    const { identity, version } = admitted;
    let session = this.sessions.get(identity);
    if (session !== undefined && session.version !== version) {
      // Another version: nothing of the old behaviour applies (its queued calls were typed for the other version).
      this.forget(identity, `the station reconnected speaking OCPP ${version.version}`);
      session = undefined;
    }
    const resumed = session !== undefined;
    if (session === undefined) {
      session = new StationSession(this.sessionHost, identity, version, this.options.csms, this.handlerTables.get(version.version)!);
      this.sessions.set(identity, session);
      // Accepted before the server (re)started: served without booting again.
      if (restore) session.csms.registration?.setStatus('Accepted');
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
    const link = new SocketLink(ws, session.csms, this.limits, session);
    session.link = link;
    // Built only when someone listens: a fleet reconnecting makes thousands of these.
    if (this.listenerCount('connect') > 0) {
      this.emit('connect', identity, {
        identity,
        version: version.version,
        protocol: version.protocol,
        securityProfile: admitted.security.securityProfile,
        endpointPath: admitted.endpointPath,
        remoteAddress: req.socket.remoteAddress,
        certificate: admitted.security.certificate,
        resumed,
        request: req,
      });
    }
    // The application may have closed it from its connect listener.
    if (session.link === link && ws.readyState === OPEN) link.attach();
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
