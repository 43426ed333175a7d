/**
 * The CSMS services (./services) joined to the running `ocpp csms`:
 *
 * - the station registry decides every connection (passwords and minimum
 *   security profiles that change at run time, pre-registered stations);
 *   the --stations list and --password seed it;
 * - idTokens (with status, expiry, group, master pass) answer Authorize and
 *   the idToken of transaction messages in every version, and ISO 15118
 *   certificate hash data is checked (a configured status, or OCSP);
 * - the test CA signs CSRs (SignCertificate, then CertificateSigned), and
 *   GetCertificateStatus and Get15118EVCertificate are answered;
 * - what the CSMS starts on its own: CostUpdated and totalCost from a
 *   tariff, GetTransactionStatus after an Ended event with a seqNo gap,
 *   GetVariables / SetVariables split by the station's ItemsPerMessage;
 * - credentials the CSMS changed on a station (SetVariables of
 *   SecurityCtrlr.BasicAuthPassword, 1.6 ChangeConfiguration
 *   AuthorizationKey, SetNetworkProfile) are read off the wire, whoever sent
 *   them (the API, the dashboard), and the registry follows the station's answer.
 */
import type { ServerResponse } from 'node:http';
import type { AuthenticateInfo, AuthenticateResult, CsmsServer, neutral } from '../lib.js';
import type { Management } from '../dashboard/management.js';
import type { OperatorApi } from './api.js';
import type { CsmsState, TransactionRecord } from './state.js';
import {
  Authorizer,
  CertificateAuthority,
  CertificateSigning,
  CertificateStatusService,
  ConfiguredExiResponses,
  ContractCertificates,
  EvCertificates,
  MissingDependencyError,
  OcspClient,
  RunningCost,
  StationRegistry,
  TokenService,
  TransactionSeqNos,
  getVariablesBatches,
  limitsFromResults,
  limitsRequest,
  passwordFromChangeConfiguration,
  passwordFromSetVariables,
  profileFromChangeConfiguration,
  profileFromSetNetworkProfile,
  sendInBatches,
  setVariablesBatches,
  type ContractStatus,
  type MessageLimits,
  type StationStore,
  type Tariff,
  type TokenDecision,
  type TokenStatus,
  type TokenStore,
} from './services/index.js';

/** What the services are built from (the flags of `ocpp csms`). */
export interface ServicesConfig {
  /** Allowed identities and their passwords; undefined admits every identity. */
  readonly stations?: ReadonlyMap<string, string | undefined> | undefined;
  /** The password of stations that have none of their own. */
  readonly password?: string | undefined;
  /** Profiles 1 and 2: a station without a password is refused. */
  readonly passwordsRequired: boolean;
  /** idToken -> status; undefined accepts every unknown idToken. */
  readonly idTokens?: ReadonlyMap<string, TokenStatus> | undefined;
  /** The group whose tokens are master passes (C16). */
  readonly masterPassGroupId?: string | undefined;
  /** Costs for CostUpdated and totalCost (2.x). */
  readonly tariff?: Tariff | undefined;
  /** The CA that signs CSRs: PEM certificate (chain) and key; undefined: a new test CA, if the X.509 packages are installed. */
  readonly ca?: { readonly cert: string; readonly key: string } | undefined;
  /** The contract certificate status Authorize answers instead of asking OCSP responders. */
  readonly contractStatus?: ContractStatus | undefined;
  /** Base64 EXI answers of Get15118EVCertificate (a test setup). */
  readonly exiResponses?: Partial<Record<'Install' | 'Update', string>> | undefined;
  /** Where stations and tokens live (default: memory). */
  readonly stationStore?: StationStore | undefined;
  readonly tokenStore?: TokenStore | undefined;
}

/** The services of a running CSMS. */
export interface CsmsServices {
  readonly registry: StationRegistry;
  readonly tokens: TokenService;
  readonly authorizer: Authorizer;
  /** Absent when the X.509 packages are missing and no CA was given. */
  readonly ca: CertificateAuthority | undefined;
  /** SignCertificate and CertificateSigned (wireServices makes it, when there is a CA). */
  signing: CertificateSigning | undefined;
  readonly evCertificates: EvCertificates;
  readonly runningCost: RunningCost | undefined;
  /** Per station: the seqNo values of its 2.x transactions (without --db). */
  readonly seqNos: Map<string, TransactionSeqNos>;
  /** The CsmsServer `authenticate` hook. */
  authenticate(info: AuthenticateInfo): Promise<AuthenticateResult>;
}

type Send = (identity: string, action: string, payload: unknown) => Promise<unknown>;

/** Builds the services; the registry and tokens are seeded from the flags. */
export async function createServices(c: ServicesConfig): Promise<CsmsServices> {
  const registry = new StationRegistry({
    admitUnknown: c.stations === undefined,
    ...(c.password !== undefined && { defaultPassword: c.password }),
    ...(c.stationStore !== undefined && { store: c.stationStore }),
  });
  for (const [identity, password] of c.stations ?? []) {
    const entry = { identity, ...(password !== undefined && { password }) };
    if ((await registry.get(identity)) === undefined) await registry.add(entry);
  }
  const tokens = new TokenService({
    unknownStatus: c.idTokens === undefined ? 'Accepted' : 'Unknown',
    ...(c.masterPassGroupId !== undefined && { masterPassGroupId: c.masterPassGroupId }),
    ...(c.tokenStore !== undefined && { store: c.tokenStore }),
  });
  for (const [idToken, status] of c.idTokens ?? []) {
    if ((await tokens.get(idToken)) === undefined) await tokens.create({ idToken, status });
  }
  const contracts = new ContractCertificates({ ...(c.contractStatus !== undefined && { configured: c.contractStatus }) });
  let ca: CertificateAuthority | undefined;
  try {
    ca = c.ca !== undefined ? await CertificateAuthority.load(c.ca.cert, c.ca.key) : await CertificateAuthority.create({ commonName: 'ocpp csms test CA' });
  } catch (err) {
    // Without the X.509 packages a CSMS still runs; a CA the operator named must load.
    if (!(err instanceof MissingDependencyError) || c.ca !== undefined) throw err;
  }
  const authenticate = async (info: AuthenticateInfo): Promise<AuthenticateResult> => {
    if (c.passwordsRequired && info.securityProfile < 3) {
      const entry = await registry.get(info.identity);
      // A station added without a password (API) has none to check: at profiles 1 and 2 it is refused.
      if (entry !== undefined && entry.password === undefined && entry.passwordHash === undefined && c.password === undefined) return { status: 401, message: 'no password is configured for this station' };
    }
    return registry.authenticate(info);
  };
  return {
    registry,
    tokens,
    authorizer: new Authorizer(tokens, contracts),
    ca,
    signing: undefined,
    evCertificates: new EvCertificates(new ConfiguredExiResponses(c.exiResponses ?? {})),
    runningCost: c.tariff !== undefined ? new RunningCost(c.tariff) : undefined,
    seqNos: new Map(),
    authenticate,
  };
}

/** A token decision in the neutral model (the facade spells it for each version). */
export function neutralTokenInfo(d: TokenDecision): neutral.IdTokenInfo {
  const r = d.record;
  return {
    status: d.status as neutral.IdTokenInfo['status'],
    ...(d.expiresAt !== undefined && { cacheExpiryDateTime: d.expiresAt }),
    ...(d.group !== undefined && { groupIdToken: { id: d.group.idToken, type: d.group.type } as neutral.IdToken }),
    ...(r?.chargingPriority !== undefined && { chargingPriority: r.chargingPriority }),
    ...(r?.language !== undefined && { language1: r.language }),
    ...(r?.evseIds !== undefined && { evseId: r.evseIds }),
    ...(r?.personalMessage !== undefined && { personalMessage: r.personalMessage as neutral.MessageContent }),
  };
}

/**
 * The operator API's management routes, the dashboard's (management.ts)
 * under /manage: stations (add, password, security profile,
 * pre-registration), idTokens, and the CA (sign a CSR).
 */
export function mountManagement(api: OperatorApi, management: Management): void {
  const route = (kind: string) => async (req: Parameters<Management['handle']>[0], res: ServerResponse, [key]: string[]) => {
    const answer = await management.handle(req, key === undefined ? `/${kind}` : `/${kind}/${encodeURIComponent(key)}`);
    const body = `${JSON.stringify(answer?.body ?? { error: `${kind} are not managed here` }, null, 2)}\n`;
    res.writeHead(answer?.status ?? 404, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
    res.end(body);
  };
  for (const kind of ['stations', 'tokens']) {
    api.mount('GET', `/manage/${kind}`, route(kind)).mount('POST', `/manage/${kind}`, route(kind));
    api.mount('PATCH', `/manage/${kind}/{key}`, route(kind)).mount('DELETE', `/manage/${kind}/{key}`, route(kind));
  }
  api.mount('GET', '/manage/certificates', route('certificates')).mount('POST', '/manage/certificates', route('certificates'));
}

/** What wireServices joins. */
export interface WiringParts {
  readonly server: CsmsServer;
  readonly state: CsmsState;
  /** Sends a CALL of the station's own version. */
  readonly call: Send;
  /** True when the durable store asks GetTransactionStatus itself (--db). */
  readonly storeAsksStatus: boolean;
  /** A call the CSMS started on its own failed. */
  readonly onError: (text: string) => void;
}

/** Registers the services' handlers on the server and follows the state and the wire. */
export function wireServices(s: CsmsServices, p: WiringParts): CsmsServices {
  const { server, state } = p;
  state.hooks.tokenInfo = async (idToken, type) => neutralTokenInfo(await s.tokens.authorize(idToken, type));
  if (s.runningCost !== undefined) {
    const cost = s.runningCost;
    state.hooks.transactionAnswer = (tx) => (tx.state === 'Ended' && tx.version !== '1.6' && tx.endedAt !== undefined ? { totalCost: cost.final(tx, tx.endedAt) } : undefined);
    // I02: the running cost while it charges.
    state.on('transactionMetered', (tx: TransactionRecord) => {
      if (tx.version === '1.6') return;
      const update = cost.update(tx, tx.updatedAt);
      if (update !== undefined) p.call(tx.station, 'CostUpdated', update).catch((err: unknown) => p.onError(`${tx.station} CostUpdated: ${message(err)}`));
    });
  }
  server.handle('1.6', 'Authorize', (req) => s.authorizer.authorize16(req));
  server.handle('2.0.1', 'Authorize', (req) => s.authorizer.authorize201(req));
  server.handle('2.1', 'Authorize', (req) => s.authorizer.authorize21(req));
  state.on('booted', (station, status) => void s.registry.registered(station.identity, status).catch(() => undefined));
  s.registry.attach(server);

  if (s.ca !== undefined) {
    const signing = new CertificateSigning({ ca: s.ca, send: (id, action, payload) => p.call(id, action, payload) });
    s.signing = signing;
    server.handle('1.6', 'SignCertificate', (req, ctx) => signing.handle16(ctx.identity, req));
    server.handle('2.0.1', 'SignCertificate', (req, ctx) => signing.handle201(ctx.identity, req));
    server.handle('2.1', 'SignCertificate', (req, ctx) => signing.handle21(ctx.identity, req));
  }
  const status = new CertificateStatusService(new OcspClient());
  server.handle('2.0.1', 'GetCertificateStatus', (req) => status.handle201(req));
  server.handle('2.1', 'GetCertificateStatus', (req) => status.handle21(req));
  const ev = s.evCertificates;
  server.handle('2.0.1', 'Get15118EVCertificate', (req, ctx) => ev.handle201(ctx.identity, req));
  server.handle('2.1', 'Get15118EVCertificate', (req, ctx) => ev.handle21(ctx.identity, req));
  followWire(s, p);
  return s;
}

const CREDENTIAL_ACTIONS = new Set(['SetVariables', 'ChangeConfiguration', 'SetNetworkProfile']);

/** Reads credential changes and transaction events off every station's frames. */
function followWire(s: CsmsServices, p: WiringParts): void {
  const sent = new Map<string, { action: string; payload: unknown }>();
  p.state.on('frame', (direction, identity, text) => {
    const frame = parse(text);
    if (frame === undefined) return;
    if (direction === 'CsmsToStation') {
      if (frame[0] === 2 && CREDENTIAL_ACTIONS.has(frame[2] as string)) {
        sent.set(`${identity} ${String(frame[1])}`, { action: frame[2] as string, payload: frame[3] });
        if (sent.size > 1000) sent.delete(sent.keys().next().value!);
      }
      return;
    }
    if (frame[0] === 3 || frame[0] === 4) {
      const key = `${identity} ${String(frame[1])}`;
      const request = sent.get(key);
      sent.delete(key);
      if (request !== undefined && frame[0] === 3) credentialAnswered(s, identity, request.action, request.payload, frame[2]).catch((err: unknown) => p.onError(`${identity} ${request.action}: ${message(err)}`));
      return;
    }
    // E14 (TC_E_31): without the store, the service notes every 2.x event and asks after a gap.
    if (frame[0] === 2 && frame[2] === 'TransactionEvent' && !p.storeAsksStatus && isEvent(frame[3])) {
      let seqNos = s.seqNos.get(identity);
      if (seqNos === undefined) s.seqNos.set(identity, (seqNos = new TransactionSeqNos()));
      const query = seqNos.note(frame[3]);
      if (query !== undefined) {
        setImmediate(() => p.call(identity, 'GetTransactionStatus', query.request).catch((err: unknown) => p.onError(`${identity} GetTransactionStatus: ${message(err)}`)));
      }
    }
  });
}

async function credentialAnswered(s: CsmsServices, identity: string, action: string, request: unknown, response: unknown): Promise<void> {
  const r = request as never;
  const a = response as never;
  if (action === 'SetVariables') {
    const change = passwordFromSetVariables(r, a);
    if (change !== undefined) await s.registry.passwordChanged(identity, change);
  } else if (action === 'ChangeConfiguration') {
    const password = passwordFromChangeConfiguration({ request: r, response: a });
    if (password !== undefined) await s.registry.passwordChanged(identity, password);
    const profile = profileFromChangeConfiguration({ request: r, response: a });
    if (profile !== undefined) await s.registry.profileChanged(identity, profile);
  } else if (action === 'SetNetworkProfile') {
    await s.registry.profileChanged(identity, profileFromSetNetworkProfile(r, a));
  }
}

/**
 * TC_B_08: a GetVariables or SetVariables to a 2.x station goes in batches
 * of its ItemsPerMessage and BytesPerMessage (asked once per connection,
 * before the first such call), the results joined in order.
 */
export class VariableBatching {
  private readonly limits = new Map<string, Promise<{ get: MessageLimits; set: MessageLimits }>>();

  constructor(private readonly call: Send) {}

  /** Forgets a station's limits (it disconnected: they may change). */
  forget(identity: string): void {
    this.limits.delete(identity);
  }

  /** Sends `action`, in batches when it is GetVariables or SetVariables of a 2.x station. */
  async send(identity: string, version: string | undefined, action: string, payload: unknown): Promise<unknown> {
    const isGet = action === 'GetVariables';
    if ((!isGet && action !== 'SetVariables') || version === '1.6') return this.call(identity, action, payload);
    const data = ((payload as Record<string, unknown>)[isGet ? 'getVariableData' : 'setVariableData'] ?? []) as unknown[];
    const known = await this.limitsOf(identity);
    const limits = isGet ? known.get : known.set;
    const batches: readonly unknown[] = isGet ? getVariablesBatches(data, limits) : setVariablesBatches(data, limits);
    if (batches.length <= 1) return this.call(identity, action, payload);
    const key = isGet ? 'getVariableResult' : 'setVariableResult';
    const results = await sendInBatches(batches, (batch) => this.call(identity, action, batch) as Promise<Record<string, unknown[]>>, key);
    return { [key]: results };
  }

  private limitsOf(identity: string): Promise<{ get: MessageLimits; set: MessageLimits }> {
    let known = this.limits.get(identity);
    if (known === undefined) {
      known = (this.call(identity, 'GetVariables', limitsRequest) as Promise<{ getVariableResult?: Parameters<typeof limitsFromResults>[0] }>).then(
        (r) => ({ get: limitsFromResults(r.getVariableResult ?? [], 'GetVariables'), set: limitsFromResults(r.getVariableResult ?? [], 'SetVariables') }),
        // A station that cannot say gets its request whole.
        () => ({ get: {}, set: {} }),
      );
      this.limits.set(identity, known);
    }
    return known;
  }
}

function isEvent(v: unknown): v is { eventType: string; seqNo: number; transactionInfo: { transactionId: string } } {
  const e = v as { eventType?: unknown; seqNo?: unknown; transactionInfo?: { transactionId?: unknown } } | undefined;
  return typeof e?.eventType === 'string' && typeof e.seqNo === 'number' && typeof e.transactionInfo?.transactionId === 'string';
}

function parse(text: string): unknown[] | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
