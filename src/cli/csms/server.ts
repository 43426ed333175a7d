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
import { Management } from '../dashboard/management.js';
import { createServices, mountManagement, VariableBatching, wireServices, type CsmsServices, type ServicesConfig } from './services-wiring.js';
import { DurableStationStore, DurableTokenStore } from './durable-services.js';
import { openCsmsStore, persist, StoreTransactionIds, type Persistence } from './persistence.js';

type Pem = string | Buffer;
const pems = (p: Pem | readonly Pem[]): Pem | Pem[] => (Array.isArray(p) ? [...(p as readonly Pem[])] : (p as Pem));

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
  /** Certificates and keys in pairs: an RSA and an ECDSA pair at once offer all four A00.FR.318 suites. */
  readonly tls?: { readonly cert: Pem | readonly Pem[]; readonly key: Pem | readonly Pem[]; readonly ca?: Pem } | undefined;
  /**
   * Allowed identities and their passwords (undefined: `password` applies);
   * undefined admits every identity. At profiles 1 and 2 every station
   * needs a password from one or the other.
   */
  readonly stations?: ReadonlyMap<string, string | undefined> | undefined;
  /** One password for every station (profiles 1 and 2) when the allow-list gives none. */
  readonly password?: string | undefined;
  readonly state: CsmsConfig;
  /** The services' settings beyond the station and token lists (services-wiring.ts). */
  readonly services?: Pick<ServicesConfig, 'masterPassGroupId' | 'tariff' | 'ca' | 'contractStatus' | 'exiResponses'> | undefined;
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
  /** A call the CSMS started on its own (CostUpdated, GetTransactionStatus, CertificateSigned) or a credential change failed. */
  readonly onServiceError?: (text: string) => void;
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
  /** Stations, tokens, the test CA and what the CSMS starts on its own. */
  readonly services: CsmsServices;
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
  // Set before the server listens; the authenticate hook reads it.
  let services: CsmsServices | undefined;
  let durable: { stations: DurableStationStore; tokens: DurableTokenStore } | undefined;
  // Every version at once: the state answers through the facade, whatever a station speaks.
  const options: CsmsServerOptions = {
    securityProfile: o.securityProfile,
    ...(o.tls !== undefined && { tls: { cert: pems(o.tls.cert), key: pems(o.tls.key), ...(o.tls.ca !== undefined && { ca: o.tls.ca }) } }),
    ...(o.pingIntervalMs !== undefined && { pingIntervalMs: o.pingIntervalMs }),
    // The registry decides: its passwords and profiles change at run time (API, SetVariables answered).
    authenticate: (info) => (services !== undefined ? services.authenticate(info) : { status: 503, message: 'the CSMS is starting' }),
    csms: { validation: o.validation === 'lenient' ? { incomingRequests: 'lenient', incomingResponses: 'lenient' } : 'strict', callTimeoutMs: o.callTimeoutMs },
  };
  // Before anything listens: an API that would be open to the network stops the start.
  let api: OperatorApi | undefined;
  const callOnce = (identity: string, action: string, payload: unknown): Promise<unknown> => {
    const csms = server.station(identity);
    if (csms === undefined) return Promise.reject(new Error(`station ${identity} is not connected`));
    return csms.endpoint.call(action, payload);
  };
  // The operator's GetVariables and SetVariables go in the station's ItemsPerMessage (TC_B_08).
  const batching = new VariableBatching(callOnce);
  const call = (identity: string, action: string, payload: unknown): Promise<unknown> => batching.send(identity, server.versionOf(identity), action, payload);
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
  try {
    const storeError = (text: string): void => o.onStoreError?.(text);
    if (store !== undefined) durable = { stations: await DurableStationStore.open(store, storeError), tokens: await DurableTokenStore.open(store, storeError) };
    services = await createServices({
      stations: allow,
      password: o.password,
      passwordsRequired,
      idTokens: o.state.idTokens,
      ...o.services,
      ...(durable !== undefined && { stationStore: durable.stations, tokenStore: durable.tokens }),
    });
  } catch (err) {
    await Promise.all([server.close().catch(() => undefined), store?.close().catch(() => undefined)]);
    throw err instanceof CliError ? err : new CliError(err instanceof Error ? err.message : String(err));
  }
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
      const managed = { stations: services.registry, tokens: services.tokens, ...(services.ca !== undefined && { certificates: services.ca }) };
      const board = new Dashboard(csmsDashboardBackend({ state, isConnected: (id) => server.isConnected(id), versionOf: (id) => server.versionOf(id) ?? state.stations.get(id)?.version, call }), { services: managed });
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
      mountManagement(api, new Management(managed));
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
  wireServices(services, { server, state, call: callOnce, storeAsksStatus: store !== undefined, onError: (text) => o.onServiceError?.(text) });
  let persistence: Persistence | undefined;
  if (store !== undefined) {
    try {
      persistence = await persist(store, server, facade, state, ids, (text) => o.onStoreError?.(text), durable?.stations);
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
    batching.forget(identity);
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
    services,
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
      await Promise.all([durable?.stations.settled(), durable?.tokens.settled()]);
      await persistence?.close();
    },
  };
}
