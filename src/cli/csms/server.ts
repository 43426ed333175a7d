/**
 * Starting the test CSMS: the library's CsmsServer with the state's
 * handlers, the security profile and allow-list checks, every frame tapped
 * for printing and logging, and the operator API beside it. Used by
 * `ocpp csms` and `ocpp demo`.
 */
import type { AddressInfo } from 'node:net';
import { CliError } from '../args.js';
import { CsmsServer, passwordsEqual, v201, type CsmsServerOptions, type HandlerErrorEvent, type SecurityProfile, type V201 } from '../lib.js';
import type { FrameDirection } from '../log/jsonl.js';
import { GuardConfigError } from '../http/guard.js';
import { OperatorApi, type ApiBackend } from './api.js';
import { SiteSharing, type SiteLimit } from './smart-charging.js';
import { CsmsState, type CsmsConfig } from './state.js';

export interface CsmsRunOptions {
  readonly host: string;
  /** 0: any free port. */
  readonly port: number;
  /** Operator API port (0: any free port); undefined: no API. */
  readonly apiPort?: number | undefined;
  /** Bearer token the operator API requires; required when `host` is not loopback. */
  readonly apiToken?: string | undefined;
  /** More names the operator API answers to besides `host` (see HttpGuard). */
  readonly apiAllowedHosts?: readonly string[] | undefined;
  readonly securityProfile: SecurityProfile;
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer; readonly ca?: string | Buffer } | undefined;
  /**
   * Allowed identities and their passwords (undefined: `password` applies);
   * undefined admits every identity. At profiles 1 and 2 every station
   * needs a password from one or the other.
   */
  readonly stations?: ReadonlyMap<string, string | undefined> | undefined;
  /** One password for every station (profiles 1 and 2) when the allow-list gives none. */
  readonly password?: string | undefined;
  readonly state: CsmsConfig;
  /** Shared between the active transactions as TxProfiles (smart-charging.ts); undefined: no limit. */
  readonly siteLimit?: SiteLimit | undefined;
  readonly validation: 'strict' | 'lenient';
  readonly callTimeoutMs: number;
  readonly pingIntervalMs?: number;
  readonly onFrame: (direction: FrameDirection, identity: string, text: string) => void;
  readonly onConnect?: (identity: string, securityProfile: number) => void;
  readonly onDisconnect?: (identity: string, code: number, reason: string) => void;
  readonly onRefused?: (identity: string | undefined, status: number, reason: string) => void;
  readonly onHandlerError?: (identity: string, event: HandlerErrorEvent) => void;
  /** Wraps the operator API's backend (cluster.ts: the whole cluster's stations). */
  readonly apiBackend?: ((base: ApiBackend) => ApiBackend) | undefined;
}

export interface RunningCsms {
  readonly server: CsmsServer<V201>;
  readonly state: CsmsState;
  /** The site limit's sharing and the profiles it sent. */
  readonly smartCharging: SiteSharing;
  readonly address: AddressInfo;
  readonly apiAddress: AddressInfo | undefined;
  /** The URL stations connect to (their identity appended). */
  readonly url: string;
  call(identity: string, action: string, payload: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** Describes a failure to listen in one line (port in use, no permission, bad host). */
export function listenError(err: unknown, what: string, host: string, port: number): CliError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new CliError(`${what}: port ${port} is already in use on ${host}`);
  if (code === 'EACCES') return new CliError(`${what}: no permission to listen on port ${port}`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new CliError(`${what}: cannot listen on ${host}: no such local address`);
  return new CliError(`${what}: cannot listen on ${host}:${port}: ${err instanceof Error ? err.message : String(err)}`);
}

export async function startCsms(o: CsmsRunOptions): Promise<RunningCsms> {
  const state = new CsmsState(o.state);
  const allow = o.stations;
  const passwordsRequired = o.securityProfile === 1 || o.securityProfile === 2;
  if (passwordsRequired && o.password === undefined && (allow === undefined || [...allow.values()].some((p) => p === undefined))) {
    throw new CliError(`security profile ${o.securityProfile} needs a password for every station`);
  }
  // OCPP 2.0.1 only, for now: the state's handlers and the operator API speak 2.0.1.
  const options: CsmsServerOptions<V201> = {
    versions: [v201],
    securityProfile: o.securityProfile,
    ...(o.tls !== undefined && { tls: { cert: o.tls.cert, key: o.tls.key, ...(o.tls.ca !== undefined && { ca: o.tls.ca }) } }),
    ...(o.pingIntervalMs !== undefined && { pingIntervalMs: o.pingIntervalMs }),
    authenticate: (info) => {
      if (allow !== undefined && !allow.has(info.identity)) return { status: 404, message: `unknown station ${info.identity}` };
      const expected = allow?.get(info.identity) ?? o.password;
      // Profile 3 proves the identity with its certificate; 1 and 2 with the password.
      if (info.securityProfile === 3) return true;
      // Checked at start too: without a password to compare, profiles 1 and 2 admit nobody.
      if (expected === undefined) return passwordsRequired ? { status: 401, message: 'no password is configured for this station' } : true;
      if (info.password === undefined) return { status: 401, message: 'a password is required' };
      return passwordsEqual(info.password, expected) ? true : { status: 401, message: 'wrong password' };
    },
    csms: { validation: o.validation === 'lenient' ? { incomingRequests: 'lenient', incomingResponses: 'lenient' } : 'strict', callTimeoutMs: o.callTimeoutMs },
  };
  // Before anything listens: an API that would be open to the network stops the start.
  let api: OperatorApi | undefined;
  const call = (identity: string, action: string, payload: unknown): Promise<unknown> => {
    const csms = server.station(identity, '2.0.1');
    if (csms === undefined) return Promise.reject(new Error(`station ${identity} is not connected`));
    return csms.endpoint.call(action, payload);
  };
  const smartCharging = new SiteSharing({
    state,
    siteLimit: o.siteLimit,
    isConnected: (id) => server.isConnected(id),
    setChargingProfile: (id, request) => {
      const csms = server.station(id);
      return csms === undefined ? Promise.reject(new Error(`station ${id} is not connected`)) : csms.call('SetChargingProfile', request);
    },
  });
  if (o.apiPort !== undefined) {
    try {
      const backend: ApiBackend = { state, isConnected: (id) => server.isConnected(id), call, stationExtras: (id) => smartCharging.stationJson(id) };
      api = new OperatorApi(o.apiBackend?.(backend) ?? backend, { listenHost: o.host, token: o.apiToken, allowedHosts: o.apiAllowedHosts });
    } catch (err) {
      if (err instanceof GuardConfigError) {
        throw new CliError(
          o.apiToken === ''
            ? 'the operator API token must not be empty'
            : `the operator API would listen on ${o.host}, off loopback, without a token: give --api-token TOKEN or set OCPP_API_TOKEN (or --no-api)`,
        );
      }
      throw err;
    }
  }
  let server: CsmsServer<V201>;
  try {
    server = new CsmsServer(options);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  server.handlers('2.0.1', { ...state.handlers(), ...smartCharging.handlers() });
  server.on('connect', (identity, info) => {
    const csms = server.station(identity, '2.0.1');
    if (csms !== undefined) {
      csms.observeFrames((way, text) => o.onFrame(way === 'in' ? 'StationToCsms' : 'CsmsToStation', identity, text));
    }
    state.connected(identity, info.securityProfile);
    o.onConnect?.(identity, info.securityProfile);
  });
  server.on('disconnect', (identity, code, reason) => {
    state.disconnected(identity);
    o.onDisconnect?.(identity, code, reason);
  });
  server.on('refused', (info) => o.onRefused?.(info.identity, info.status, info.reason));
  server.on('handlerError', (identity, event) => o.onHandlerError?.(identity, event));

  let address: AddressInfo;
  try {
    address = await server.listen(o.port, o.host);
  } catch (err) {
    await server.close().catch(() => undefined);
    throw listenError(err, 'cannot start the CSMS', o.host, o.port);
  }
  let apiAddress: AddressInfo | undefined;
  if (api !== undefined && o.apiPort !== undefined) {
    try {
      apiAddress = await api.listen(o.apiPort);
    } catch (err) {
      await server.close().catch(() => undefined);
      throw listenError(err, 'cannot start the operator API', o.host, o.apiPort);
    }
  }
  const scheme = o.tls !== undefined ? 'wss' : 'ws';
  const host = o.host === '0.0.0.0' || o.host === '::' ? 'localhost' : o.host.includes(':') ? `[${o.host}]` : o.host;
  return {
    server,
    state,
    smartCharging,
    address,
    apiAddress,
    url: `${scheme}://${host}:${address.port}/ocpp`,
    call,
    async close() {
      await Promise.all([server.close(2000), api?.close()]);
    },
  };
}
