/**
 * The options, states and events of the Charging Station client.
 */
import type { AnyVersion } from '../schema/version.js';
import type { HandlerErrorEvent } from '../rpc/dispatch.js';
import type { BadMessageEvent, CallResultErrorEvent } from '../rpc/endpoint-options.js';
import type { ChargingStationOptions } from '../roles/charging-station.js';
import type { RequestOf, ResponseOf } from '../roles/types.js';
import type { BackOffOptions } from './backoff.js';
import type { PerMessageDeflateOptions } from './compression.js';
import type { HandshakeError } from './errors.js';
import type { HeartbeatOptions } from './heartbeat.js';
import type { ClientTransactionOptions } from './client-transactions.js';

/** TLS settings of a station (profiles 2 and 3). */
export interface ClientTlsOptions {
  /** CA certificate(s) that sign the CSMS's server certificate; default: the system's. */
  readonly ca?: string | Buffer | readonly (string | Buffer)[];
  /** Client certificate (profile 3), PEM. */
  readonly cert?: string | Buffer;
  /** Private key of the client certificate, PEM. */
  readonly key?: string | Buffer;
  /** Passphrase of the private key. */
  readonly passphrase?: string;
  /** Host name to verify the server certificate against (SNI). */
  readonly servername?: string;
  /** Verify the server certificate. Default true; false only for development. */
  readonly rejectUnauthorized?: boolean;
}

/** When the client sends BootNotification again after a reconnect (see the module comment). */
export type BootOnReconnect = 'whenRefused' | 'always' | 'never';

/** What the client knows of the station identity (the context of its handlers). */
export interface ClientContext {
  /** The charging station identity. */
  readonly identity: string;
}

/** The BootNotification request of version V. */
export type BootRequestOf<V extends AnyVersion> = RequestOf<V, 'BootNotification'>;
/** The BootNotification response of version V. */
export type BootResponseOf<V extends AnyVersion> = ResponseOf<V, 'BootNotification'>;

/** Options of a ChargingStationClient of version V; only `version`, `url` and `identity` are required. */
export interface ChargingStationClientOptions<V extends AnyVersion = AnyVersion> {
  /** The version the station speaks (`v16`, `v201`, `v21`): its subprotocol is the one offered. */
  readonly version: V;
  /** The CSMS's OCPP-J endpoint URL (ws: or wss:); the identity is appended (Part 4, 3.1.1). */
  readonly url: string | URL;
  /** The charging station identity: at most 48 characters, no ':'. */
  readonly identity: string;
  /** Basic auth password (profiles 1 and 2); the user name is the identity. */
  readonly password?: string;
  /** TLS settings for wss: URLs (profiles 2 and 3). */
  readonly tls?: ClientTlsOptions;
  /** The reconnect back-off (RetryBackOffWaitMinimum, RandomRange, RepeatTimes), in ms. */
  readonly backoff?: BackOffOptions;
  /** Reconnect after a loss. Default true. */
  readonly reconnect?: boolean;
  /**
   * Keep trying after a permanent refusal (4xx, no subprotocol, certificate
   * error). Default false: connect() rejects and reconnecting stops.
   */
  readonly retryRefused?: boolean;
  /** WebSocket ping interval in ms (WebSocketPingInterval, Part 4, 8.4); 0 disables. Default 30000. */
  readonly pingIntervalMs?: number;
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
   * `bootOnReconnect` says. Without it the application boots itself
   * (`boot(request)` or a BootNotification call) and connect() waits for it.
   */
  readonly bootNotification?: BootRequestOf<V> | ((info: { readonly reconnect: boolean }) => BootRequestOf<V>);
  /** Default 'whenRefused' (see the module comment). */
  readonly bootOnReconnect?: BootOnReconnect;
  /**
   * Heartbeats while connected and registered, at the interval the CSMS
   * gives (the BootNotification answer; 1.6 ChangeConfiguration of
   * HeartbeatInterval; 2.x SetVariables of OCPPCommCtrlr.HeartbeatInterval).
   * Default true; false leaves them to the application.
   */
  readonly heartbeat?: boolean | HeartbeatOptions;
  /**
   * Transaction messages (`queueTransactionMessage`): their store (default
   * in memory; an SQLite store survives a crash), attempts and retry interval.
   */
  readonly transactions?: ClientTransactionOptions;
  /**
   * Options of the ChargingStation behaviour. `maxQueue` is the size of the
   * offline queue (default 1000), `callTimeoutMs` counts queued time too.
   */
  readonly station?: Omit<ChargingStationOptions<V, ClientContext>, 'context'>;
}

/**
 * idle: not connected and not trying; connecting: a handshake is under way;
 * open: connected; waiting: between attempts (back-off); closed: close() was called.
 */
export type ClientState = 'idle' | 'connecting' | 'open' | 'waiting' | 'closed';

/** Facts about an opened connection. */
export interface ConnectedInfo {
  /** The subprotocol agreed on. */
  readonly protocol: string;
  /** False on the first connection. */
  readonly reconnect: boolean;
}

/** A reconnection attempt about to be made. */
export interface ReconnectingInfo {
  /** 1 for the first attempt after a loss. */
  readonly attempt: number;
  /** How long the client waits before it, in ms. */
  readonly delayMs: number;
  /** Why the previous attempt failed (absent right after a loss). */
  readonly error?: HandshakeError;
}

/** Options of connect() and open(). */
export interface ConnectOptions {
  /** false: the first failure of any kind rejects (no back-off). Default true. */
  readonly retry?: boolean;
  /** Aborting rejects the waiting promise with the signal's reason (the client keeps trying; close() stops it). */
  readonly signal?: AbortSignal;
}

/** The events of a ChargingStationClient of version V and their arguments. */
export interface ChargingStationClientEvents<V extends AnyVersion = AnyVersion> {
  /** The WebSocket opened (booting follows when it is needed). */
  connect: [info: ConnectedInfo];
  /** The connection closed: the WebSocket close `code` and `reason` ('' when none). Reconnecting follows unless `reconnect` is false. */
  disconnect: [code: number, reason: string];
  /** The client waits `info.delayMs` before its next attempt. */
  reconnecting: [info: ReconnectingInfo];
  /** A permanent refusal stopped the reconnecting (see `retryRefused`). */
  refused: [error: HandshakeError];
  /** A BootNotification was answered (Accepted, Pending or Rejected), whoever sent it. */
  boot: [response: BootResponseOf<V>];
  /** A BootNotification sent by the client failed; it is sent again on the next connection (or after 30 s when the CSMS answered with an error). */
  bootError: [error: unknown];
  /** A heartbeat sent by the client was answered (its currentTime is the CSMS's clock). */
  heartbeat: [response: ResponseOf<V, 'Heartbeat'>];
  /** A heartbeat sent by the client failed (the next one is still due). */
  heartbeatError: [error: unknown];
  /** The CSMS sent something that is not valid OCPP-J, or a payload that failed validation. */
  badMessage: [event: BadMessageEvent];
  /** One of the station's handlers threw or answered invalidly: the CSMS got InternalError (see HandlerErrorEvent). */
  handlerError: [event: HandlerErrorEvent];
  /** The CSMS could not process one of the station's answers (OCPP 2.1 CALLRESULTERROR). */
  callResultError: [event: CallResultErrorEvent];
}

