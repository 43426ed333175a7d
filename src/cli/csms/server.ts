/**
 * Starting the test CSMS: the library's CsmsServer with the state's
 * handlers, the security profile and allow-list checks, every frame tapped
 * for printing and logging, and the operator API beside it. Used by
 * `ocpp csms` and `ocpp demo`.
 */
import type { AddressInfo } from 'node:net';
import { CliError } from '../args.js';
import { CsmsServer, NeutralCsms, passwordsEqual, type CsmsServerOptions, type HandlerErrorEvent, type SecurityProfile } from '../lib.js';
import type { FrameDirection } from '../log/jsonl.js';
import { GuardConfigError } from '../http/guard.js';
import { csmsDashboardBackend } from '../dashboard/csms-backend.js';
import { Dashboard } from '../dashboard/server.js';
import { OperatorApi, type ApiBackend } from './api.js';
import { SiteSharing, type SiteLimit } from './smart-charging.js';
import { PeriodicStreams } from './streams.js';
import { CsmsState, type CsmsConfig } from './state.js';
import { isCommandName } from '../lib.js';
import { openCsmsStore, persist, StoreTransactionIds, type Persistence } from './persistence.js';

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
  /** Keep stations and transactions in this SQLite file (persistence.ts); undefined: in memory only. */
  readonly db?: string | undefined;
  readonly callTimeoutMs: number;
  readonly pingIntervalMs?: number;
  /** A frame crossed the wire; `protocol` is the station's subprotocol (ocpp1.6, ocpp2.0.1, ocpp2.1). */
  readonly onFrame: (direction: FrameDirection, identity: string, text: string, protocol: string) => void;
  readonly onConnect?: (identity: string, securityProfile: number, version: string) => void;
  readonly onDisconnect?: (identity: string, code: number, reason: string) => void;
  readonly onRefused?: (identity: string | undefined, status: number, reason: string) => void;
  readonly onHandlerError?: (identity: string, event: HandlerErrorEvent) => void;
  /** The store could not keep something (--db). */
  readonly onStoreError?: (text: string) => void;
  /** Wraps the operator API's backend (cluster.ts: the whole cluster's stations). */
  readonly apiBackend?: ((base: ApiBackend) => ApiBackend) | undefined;
}

export interface RunningCsms {
  /** The server beneath, serving 1.6, 2.0.1 and 2.1 stations. */
  readonly server: CsmsServer;
  /** The facade the state answers through and neutral commands go by. */
  readonly facade: NeutralCsms;
  readonly state: CsmsState;
  /** The site limit's sharing and the profiles it sent. */
  readonly smartCharging: SiteSharing;
  readonly address: AddressInfo;
  readonly apiAddress: AddressInfo | undefined;
  /** The operator API (more routes: `api.mount(...)`), unless it is off. */
  readonly api: OperatorApi | undefined;
  /** The URL stations connect to (their identity appended). */
  readonly url: string;
  /** Sends a CALL of the station's own version. */
  call(identity: string, action: string, payload: unknown): Promise<unknown>;
  /** Sends a neutral command, whatever the station's version. */
  command(identity: string, command: string, body: unknown): Promise<unknown>;
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
  const allow = o.stations;
  const passwordsRequired = o.securityProfile === 1 || o.securityProfile === 2;
  if (passwordsRequired && o.password === undefined && (allow === undefined || [...allow.values()].some((p) => p === undefined))) {
    throw new CliError(`security profile ${o.securityProfile} needs a password for every station`);
  }
  // Every version at once: the state answers through the facade, whatever a station speaks.
  const options: CsmsServerOptions = {
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
    const csms = server.station(identity);
    if (csms === undefined) return Promise.reject(new Error(`station ${identity} is not connected`));
    return csms.endpoint.call(action, payload);
  };
  const command = (identity: string, name: string, body: unknown): Promise<unknown> => {
    if (!isCommandName(name)) return Promise.reject(new TypeError(`unknown command ${name}`));
    return name === 'remoteStart' ? facade.remoteStart(identity, body as never) : facade.command(identity, name, body as never);
  };
  let server: CsmsServer;
  try {
    server = new CsmsServer(options);
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  const store = o.db === undefined ? undefined : await openCsmsStore(o.db).catch(async (err: unknown) => {
    await server.close().catch(() => undefined);
    throw err;
  });
  const ids = new StoreTransactionIds();
  const facade = new NeutralCsms({ server, ...(store !== undefined && { transactionIds: ids }) });
  const state = new CsmsState(o.state, facade);
  const smartCharging = new SiteSharing({
    state,
    siteLimit: o.siteLimit,
    isConnected: (id) => server.isConnected(id),
    setChargingProfile: (id, request) => facade.setChargingProfile(id, request),
  });
  // 2.1 stations' periodic event streams (SEND), shown with their station.
  const streams = new PeriodicStreams();
  let dashboard: Dashboard | undefined;
  if (o.apiPort !== undefined) {
    try {
      const board = new Dashboard(csmsDashboardBackend({ state, isConnected: (id) => server.isConnected(id), versionOf: (id) => server.versionOf(id) ?? state.stations.get(id)?.version, call }));
      dashboard = board;
      const backend: ApiBackend = {
        state,
        isConnected: (id) => server.isConnected(id),
        versionOf: (id) => server.versionOf(id) ?? state.stations.get(id)?.version,
        call,
        command,
        stationExtras: (id) => ({ ...smartCharging.stationJson(id), ...(server.versionOf(id) === '2.1' && { periodicEventStreams: streams.of(id) }) }),
      };
      api = new OperatorApi(
        o.apiBackend?.(backend) ?? backend,
        { listenHost: o.host, token: o.apiToken, allowedHosts: o.apiAllowedHosts },
        (req, res, guard) => board.handle(req, res, guard),
      );
    } catch (err) {
      if (err instanceof GuardConfigError) {
        throw new CliError(
          o.apiToken === ''
            ? 'the operator API token must not be empty'
            : `the operator API would listen on ${o.host}, off loopback, without a token: give --api-token TOKEN or set OCPP_API_TOKEN (or --no-api)`,
        );
      }
      await server.close().catch(() => undefined);
      throw err;
    }
  }
  // The 2.x messages the neutral model does not carry, and 1.6's SignCertificate, in their own versions.
  for (const version of ['2.0.1', '2.1'] as const) server.handlers(version, { ...state.handlers2x(), ...smartCharging.handlers() } as never);
  server.handlers('1.6', state.handlers16());
  server.handlers('2.1', streams.handlers());
  let persistence: Persistence | undefined;
  if (store !== undefined) {
    try {
      persistence = await persist(store, server, facade, state, ids, (text) => o.onStoreError?.(text));
    } catch (err) {
      await Promise.all([server.close().catch(() => undefined), store.close().catch(() => undefined)]);
      throw new CliError(`--db ${o.db}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  server.on('connect', (identity, info) => {
    server.station(identity)?.observeFrames((way, text) => {
      const direction = way === 'in' ? 'StationToCsms' : 'CsmsToStation';
      o.onFrame(direction, identity, text, info.protocol);
      if (state.listenerCount('frame') > 0) state.emit('frame', direction, identity, text);
    });
    state.connected(identity, info.securityProfile, info.version);
    o.onConnect?.(identity, info.securityProfile, info.version);
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
    facade,
    address,
    apiAddress,
    api,
    url: `${scheme}://${host}:${address.port}/ocpp`,
    call,
    command,
    async close() {
      dashboard?.close();
      await Promise.all([server.close(2000), api?.close()]);
      await persistence?.close();
    },
  };
}
