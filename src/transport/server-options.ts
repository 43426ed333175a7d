/**
 * The options, facts and events of the CSMS server.
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Server as HttpsServer, ServerOptions as HttpsServerOptions } from 'node:https';
import type { PeerCertificate } from 'node:tls';
import type { AnyVersion, OcppVersion } from '../schema/version.js';
import type { KnownVersion } from '../versions.js';
import type { HandlerErrorEvent } from '../rpc/dispatch.js';
import type { BadMessageEvent, CallResultErrorEvent } from '../rpc/endpoint-options.js';
import type { RoleOptions } from '../roles/role.js';
import type { Authenticate, SecurityProfile } from './auth.js';
import type { PerMessageDeflateOptions } from './compression.js';
import type { CsmsStore } from '../durable/csms/records.js';
import type { TransactionMessageRecord } from './server-store.js';

/** What every handler of a server connection finds in its context. */
export interface StationContext {
  /** The station identity from the connection URL. */
  readonly identity: string;
}

/**
 * Options of each station's `Csms` behaviour, whatever its version
 * (handlers and context are the server's; a `validate` given here serves
 * every version).
 */
export type StationCsmsOptions = Omit<RoleOptions<StationContext>, 'context' | 'sharedHandlers' | 'reporter'>;

/** Options of a CsmsServer offering the versions Vs; all optional. */
export interface CsmsServerOptions<Vs extends AnyVersion = KnownVersion> {
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
  /**
   * The versions offered (their descriptors: `v16`, `v201`, `v21`), in this
   * server's order of preference. Default: every version, newest first
   * (2.1, 2.0.1, 1.6).
   */
  readonly versions?: readonly Vs[];
  /**
   * Which order picks the version when a station offers several the server
   * speaks (the server always picks from the station's list, Part 4,
   * 3.1.2): 'server' (default) takes the first of `versions` the station
   * offers, so the newest both speak by default; 'client' takes the
   * station's first choice.
   */
  readonly protocolPreference?: 'server' | 'client';
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
  /**
   * Where stations' registrations and transaction messages are kept
   * (server-store.ts): a station whose saved registration is Accepted is
   * served after a restart without booting again, and `handleTransaction`
   * records each message once. Default: a MemoryCsmsStore (gone with the
   * process); a SqliteCsmsStore (ocpp-model/sqlite) survives it. A store
   * given here is the application's to close.
   */
  readonly store?: CsmsStore;
}

/** Facts about an accepted connection. */
export interface ConnectInfo<N extends OcppVersion = OcppVersion> {
  /** The station identity from the URL. */
  readonly identity: string;
  /** The version agreed on for this connection. */
  readonly version: N;
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
  /**
   * True when the station's behaviour was kept from an earlier connection
   * (same identity, same version; a station that comes back with another
   * version gets a new behaviour).
   */
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

/** The events of a CsmsServer offering the versions Vs, and their arguments. */
export interface CsmsServerEvents<Vs extends AnyVersion = KnownVersion> {
  /** A station's connection was accepted (after the upgrade); `info.version` is its version, `info.resumed` tells whether its behaviour was kept from before. */
  connect: [identity: string, info: ConnectInfo<Vs['version']>];
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
  /** A station (OCPP 2.1) could not process one of this server's answers: it sent a CALLRESULTERROR. */
  callResultError: [identity: string, event: CallResultErrorEvent];
  /** A transaction message of a `handleTransaction` handler was answered: new (applied) or a station's retry (`duplicate`). */
  transactionMessage: [identity: string, record: TransactionMessageRecord];
  /** The store failed to read or save a registration (the station is then treated as unknown, or must boot again later). */
  storeError: [error: unknown];
}
