/**
 * `ocpp csms`: a test CSMS. Accepts stations, answers every station-to-CSMS
 * action, shows every frame, and lets the operator call stations through a
 * small HTTP JSON API.
 */
import { readFile } from 'node:fs/promises';
import { CliError, UsageError, type Args, type CommandSpec } from '../args.js';
import { startCsms, type CsmsRunOptions } from '../csms/server.js';
import { clusterGlue, clusterOptions } from '../csms/cluster.js';
import { checkTariff, TariffError, type ContractStatus, type Tariff } from '../csms/services/index.js';
import { parseSiteLimit, type SiteLimit } from '../csms/smart-charging.js';
import { apiToken, urlHost } from '../http/guard.js';
import type { Io } from '../io.js';
import { whenAborted } from '../io.js';
import { identityProblem, type AuthorizationStatusEnumType, type RegistrationStatusEnumType, type SecurityProfile } from '../lib.js';
import { JsonlLog } from '../log/jsonl.js';
import { handlerErrorEvent } from '../log/events.js';
import { FrameSink } from '../log/sink.js';
import { plural } from '../plural.js';

export const csmsCommand: CommandSpec = {
  name: 'csms',
  synopsis: '[options]',
  summary: 'Run a test CSMS for OCPP 1.6, 2.0.1 and 2.1 stations at once: they connect to ws://HOST:PORT/ocpp/<identity>; every frame is shown; an HTTP JSON API lets you call stations.',
  options: {
    port: { type: 'string', short: 'p', value: 'PORT', description: 'OCPP-J port (0: any free port)', default: '9000' },
    host: { type: 'string', value: 'HOST', description: 'address to listen on (0.0.0.0 for every interface)', default: '127.0.0.1' },
    'api-port': { type: 'string', value: 'PORT', description: 'operator API port (0: any free port)', default: 'PORT + 1, or any free port with --port 0' },
    'no-api': { type: 'boolean', description: 'do not start the operator API' },
    'api-token': { type: 'string', value: 'TOKEN', description: 'operator API token, sent as "Authorization: Bearer TOKEN" (default: $OCPP_API_TOKEN); required unless HOST is loopback' },
    'api-allow-host': { type: 'string', multiple: true, value: 'NAME', description: 'a further host name the operator API answers to (repeatable), e.g. the DNS name of this machine' },
    'security-profile': { type: 'string', value: 'N', description: '0 none, 1 Basic auth, 2 TLS + Basic auth, 3 TLS + client certificate', default: '0' },
    'tls-cert': { type: 'string', multiple: true, value: 'FILE', description: 'server certificate (PEM) for TLS; twice (RSA and ECDSA, keys in the same order) offers all four A00.FR.318 suites' },
    'tls-key': { type: 'string', multiple: true, value: 'FILE', description: 'server private key (PEM) for TLS, one per --tls-cert' },
    'tls-ca': { type: 'string', value: 'FILE', description: 'CA certificate (PEM) that signs client certificates (profile 3)' },
    stations: { type: 'string', value: 'FILE', description: 'allow-list of stations, one "identity[:password]" per line; others are refused (profiles 1 and 2: a line without a password uses --password)' },
    password: { type: 'string', value: 'PASSWORD', description: 'Basic auth password for every station not given one in --stations' },
    'boot-status': { type: 'string', value: 'STATUS', description: 'BootNotification answer: Accepted, Pending or Rejected', default: 'Accepted' },
    'accept-after': { type: 'string', value: 'N', description: 'with Pending or Rejected: accept a station at its N+1th boot' },
    'heartbeat-interval': { type: 'string', value: 'SECONDS', description: 'heartbeat interval given to accepted stations', default: '300' },
    'retry-interval': { type: 'string', value: 'SECONDS', description: 'retry interval given with Pending or Rejected', default: '30' },
    'id-tokens': { type: 'string', value: 'FILE', description: 'allow-list of idTokens, one "idToken [status]" per line (default: accept every idToken)' },
    'id-token': { type: 'string', multiple: true, value: 'TOKEN', description: 'an accepted idToken (repeatable; makes an allow-list)' },
    'site-limit': { type: 'string', value: 'LIMIT', description: 'share LIMIT (watts: 22000, 22kW; amperes per phase: 32A) equally between the active transactions, each sent a TxProfile' },
    'master-pass-group': { type: 'string', value: 'GROUPID', description: 'idTokens of this group are master passes (may stop any transaction)' },
    tariff: { type: 'string', value: 'FILE', description: 'JSON tariff {currency, pricePerKWh?, pricePerHour?, sessionFee?, decimals?}: 2.x stations get CostUpdated and totalCost' },
    'ca-cert': { type: 'string', value: 'FILE', description: 'CA certificate (PEM, then its issuers) that signs SignCertificate CSRs (default: a new test CA)' },
    'ca-key': { type: 'string', value: 'FILE', description: 'the private key of --ca-cert (PEM)' },
    'contract-status': { type: 'string', value: 'STATUS', description: 'answer Authorize\'s ISO 15118 certificate check with STATUS (Accepted, CertificateRevoked, ...) instead of asking OCSP responders' },
    'exi-responses': { type: 'string', value: 'FILE', description: 'JSON {Install?, Update?}: base64 EXI answers of Get15118EVCertificate (a test setup)' },
    db: { type: 'string', value: 'FILE', description: 'keep stations and transactions in this SQLite file: a restarted CSMS knows them (needs better-sqlite3 12)' },
    log: { type: 'string', short: 'l', value: 'FILE', description: 'write every frame as JSON lines to FILE' },
    quiet: { type: 'boolean', short: 'q', description: 'do not print frames' },
    lenient: { type: 'boolean', description: 'accept what stations commonly get wrong (over-long strings, unknown enum values) with a warning' },
    'call-timeout': { type: 'string', value: 'SECONDS', description: 'how long a call to a station may take', default: '30' },
    ...clusterOptions,
  },
  details: [
    'Operator API (JSON):',
    '  GET  /stations                              stations with version, registration, connectors and transactions',
    '  GET  /stations/{identity}                   one station',
    '  GET  /transactions                          transactions with energy, state and idToken, one shape for every version',
    '  POST /stations/{identity}/calls/{action}    a request of the station\'s version, validated against that version',
    '  POST /stations/{identity}/commands/{name}   a neutral command for any version: remoteStart, remoteStop, reset,',
    '                                              unlock, changeAvailability, trigger, dataTransfer, getVariables,',
    '                                              setVariables, setChargingProfile, clearChargingProfile, getCompositeSchedule',
    '  GET|POST /manage/stations, PATCH|DELETE /manage/stations/{identity}   stations, passwords, profiles, pre-registration',
    '  GET|POST /manage/tokens, PATCH|DELETE /manage/tokens/{idToken}       idTokens: status, expiresAt, groupId',
    '  GET|POST /manage/certificates                                        the test CA; POST {csr, identity?} signs',
    '',
    'With --site-limit, every active transaction gets an equal share of the limit as a TxProfile',
    '(SetChargingProfile), sent again to each whose share changed when a transaction starts or ends;',
    'a station\'s JSON lists them under chargingProfiles. NotifyEVChargingNeeds is then answered',
    'Processing and the transaction\'s profile follows; without a site limit it is answered Accepted.',
    '',
    'The API answers only requests whose Host names this server, refuses other web origins,',
    'needs Content-Type: application/json on POST and, with a token, "Authorization: Bearer TOKEN".',
    'Off loopback (e.g. --host 0.0.0.0) it does not start without a token.',
    '',
    'Example:',
    '  ocpp csms --port 9000 --log csms.jsonl',
    '  curl --json \'{"type":"Immediate"}\' localhost:9001/stations/CS001/calls/Reset',
    '  curl --json \'{"type":"Immediate"}\' localhost:9001/stations/CP16/commands/reset',
  ],
};

const AUTH_STATUSES: readonly AuthorizationStatusEnumType[] = ['Accepted', 'Blocked', 'ConcurrentTx', 'Expired', 'Invalid', 'NoCredit', 'NotAllowedTypeEVSE', 'NotAtThisLocation', 'NotAtThisTime', 'Unknown'];

async function readText(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(err))}`);
  }
}

/** Non-empty lines without '#' comments. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l !== '');
}

/**
 * The allow-list of `--stations`: one `identity[:password]` a line. Each
 * identity must be one a station can connect with, once; a password, when
 * given, must not be empty. Lines without a password are kept as
 * undefined: whether that is allowed depends on the security profile
 * (see `missingPasswords`).
 */
export async function readStationList(path: string): Promise<Map<string, string | undefined>> {
  const map = new Map<string, string | undefined>();
  const text = await readText(path, 'the station list');
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const colon = line.indexOf(':');
    const identity = colon === -1 ? line : line.slice(0, colon);
    const password = colon === -1 ? undefined : line.slice(colon + 1);
    const where = `${path}, line ${i + 1}`;
    const problem = identityProblem(identity);
    if (problem !== undefined) throw new CliError(`${where}: ${JSON.stringify(identity)} cannot be a station identity: ${problem}`);
    if (map.has(identity)) throw new CliError(`${where}: ${identity} is listed twice`);
    if (password === '') throw new CliError(`${where}: ${identity} has an empty password; write "${identity}:PASSWORD", or "${identity}" alone to use --password`);
    map.set(identity, password);
  });
  return map;
}

/**
 * Stations of the allow-list that would have no password at security
 * profile 1 or 2: neither their line nor --password gives one. Such a
 * station could connect with any password, so `ocpp csms` refuses to start.
 */
export function missingPasswords(stations: ReadonlyMap<string, string | undefined>, password: string | undefined): string[] {
  if (password !== undefined) return [];
  return [...stations].filter(([, p]) => p === undefined).map(([identity]) => identity);
}

export async function readIdTokens(path: string | undefined, extra: readonly string[]): Promise<Map<string, AuthorizationStatusEnumType> | undefined> {
  if (path === undefined && extra.length === 0) return undefined;
  const map = new Map<string, AuthorizationStatusEnumType>();
  if (path !== undefined) {
    for (const line of lines(await readText(path, 'the idToken list'))) {
      const [token, status = 'Accepted'] = line.split(/\s+/);
      const known = AUTH_STATUSES.find((s) => s.toLowerCase() === status.toLowerCase());
      if (known === undefined) throw new CliError(`${path}: ${JSON.stringify(status)} is not an authorization status (${AUTH_STATUSES.join(', ')})`);
      map.set(token!, known);
    }
  }
  for (const t of extra) map.set(t, 'Accepted');
  return map;
}

const CONTRACT_STATUSES: readonly ContractStatus[] = ['Accepted', 'SignatureError', 'CertificateExpired', 'CertificateRevoked', 'NoCertificateAvailable', 'CertChainError', 'ContractCancelled'];

async function readJson(path: string, what: string): Promise<Record<string, unknown>> {
  const text = await readText(path, what);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new CliError(`${path}: ${what} is not JSON: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError(`${path}: ${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** The services' flags: master pass group, tariff, CA, contract status, EXI answers. */
async function readServiceOptions(args: Args): Promise<CsmsRunOptions['services']> {
  const caCert = args.string('ca-cert');
  const caKey = args.string('ca-key');
  if ((caCert === undefined) !== (caKey === undefined)) throw new UsageError('--ca-cert and --ca-key go together', csmsCommand);
  const tariffPath = args.string('tariff');
  let tariff: Tariff | undefined;
  if (tariffPath !== undefined) {
    try {
      tariff = checkTariff((await readJson(tariffPath, 'the tariff')) as unknown as Tariff);
    } catch (err) {
      if (err instanceof TariffError) throw new CliError(`${tariffPath}: ${err.message}`);
      throw err;
    }
  }
  const contractStatus = args.string('contract-status');
  if (contractStatus !== undefined && !CONTRACT_STATUSES.includes(contractStatus as ContractStatus)) {
    throw new UsageError(`--contract-status must be one of ${CONTRACT_STATUSES.join(', ')}`, csmsCommand);
  }
  const exiPath = args.string('exi-responses');
  const exi = exiPath !== undefined ? await readJson(exiPath, 'the EXI responses') : undefined;
  if (exi !== undefined && Object.keys(exi).some((k) => k !== 'Install' && k !== 'Update')) throw new CliError(`${exiPath}: only Install and Update answers can be configured`);
  const group = args.string('master-pass-group');
  return {
    ...(group !== undefined && { masterPassGroupId: group }),
    ...(tariff !== undefined && { tariff }),
    ...(caCert !== undefined && caKey !== undefined && { ca: { cert: await readText(caCert, 'the CA certificate'), key: await readText(caKey, 'the CA key') } }),
    ...(contractStatus !== undefined && { contractStatus: contractStatus as ContractStatus }),
    ...(exi !== undefined && { exiResponses: exi as Partial<Record<'Install' | 'Update', string>> }),
  };
}

export async function runCsms(args: Args, io: Io): Promise<number> {
  const port = args.integer('port', 9000, 0, 65535);
  const host = args.string('host', '127.0.0.1');
  const apiPort = args.flag('no-api') ? undefined : args.integer('api-port', port === 0 ? 0 : Math.min(port + 1, 65535), 0, 65535);
  const profile = args.integer('security-profile', 0, 0, 3) as SecurityProfile;
  const certPaths = args.list('tls-cert');
  const keyPaths = args.list('tls-key');
  if (certPaths.length !== keyPaths.length) throw new UsageError('--tls-cert and --tls-key go together, one key for each certificate', csmsCommand);
  const certPath = certPaths[0];
  if (profile >= 2 && certPath === undefined) throw new UsageError(`security profile ${profile} needs TLS: give --tls-cert and --tls-key`, csmsCommand);
  if (profile === 3 && args.string('tls-ca') === undefined) throw new UsageError('security profile 3 needs --tls-ca to verify client certificates', csmsCommand);
  const password = args.string('password');
  const stationsPath = args.string('stations');
  if (profile >= 1 && profile <= 2 && password === undefined && stationsPath === undefined) {
    throw new UsageError(`security profile ${profile} needs passwords: give --password or --stations with "identity:password" lines`, csmsCommand);
  }
  const bootStatus = args.choice<RegistrationStatusEnumType>('boot-status', ['Accepted', 'Pending', 'Rejected'], 'Accepted');
  const acceptAfter = args.has('accept-after') ? args.integer('accept-after', 0, 0) : undefined;
  const heartbeatIntervalS = args.integer('heartbeat-interval', 300, 1);
  const retryIntervalS = args.integer('retry-interval', 30, 1);
  const callTimeoutMs = args.number('call-timeout', 30, 0.1) * 1000;
  let siteLimit: SiteLimit | undefined;
  const siteLimitText = args.string('site-limit');
  if (siteLimitText !== undefined) {
    try {
      siteLimit = parseSiteLimit(siteLimitText);
    } catch (err) {
      throw new UsageError(`--site-limit: ${(err as Error).message}`, csmsCommand);
    }
  }

  const tls =
    certPath !== undefined
      ? {
          cert: await Promise.all(certPaths.map((p) => readText(p, 'the TLS certificate'))),
          key: await Promise.all(keyPaths.map((p) => readText(p, 'the TLS key'))),
          ...(args.string('tls-ca') !== undefined && { ca: await readText(args.string('tls-ca')!, 'the CA certificate') }),
        }
      : undefined;
  const token = apiToken(args.string('api-token'));
  if (token === '') throw new UsageError('--api-token must not be empty', csmsCommand);
  const stations = stationsPath !== undefined ? await readStationList(stationsPath) : undefined;
  if (password === '') throw new UsageError('--password must not be empty', csmsCommand);
  if ((profile === 1 || profile === 2) && stations !== undefined) {
    const missing = missingPasswords(stations, password);
    if (missing.length > 0) {
      const names = missing.length > 3 ? `${missing.slice(0, 3).join(', ')} and ${missing.length - 3} more` : missing.join(', ');
      throw new CliError(`${stationsPath}: no password for ${names}; security profile ${profile} needs one for every station: write "identity:password" lines or give --password`);
    }
  }
  const idTokens = await readIdTokens(args.string('id-tokens'), args.list('id-token'));
  const services = await readServiceOptions(args);
  const logPath = args.string('log');
  const log = logPath !== undefined ? await JsonlLog.open(logPath) : undefined;
  const cluster = clusterGlue(args, csmsCommand);
  const sink = new FrameSink({ print: !args.flag('quiet'), output: io, log });

  let running;
  try {
    running = await startCsms({
      host,
      port,
      apiPort,
      apiToken: token,
      apiAllowedHosts: args.list('api-allow-host'),
      securityProfile: profile,
      tls,
      stations,
      password,
      state: { bootStatus, ...(acceptAfter !== undefined && { acceptAfter }), heartbeatIntervalS, retryIntervalS, ...(idTokens !== undefined && { idTokens }) },
      services,
      siteLimit,
      validation: args.flag('lenient') ? 'lenient' : 'strict',
      callTimeoutMs,
      db: args.string('db'),
      onStoreError: (text) => io.err(`ocpp csms: ${text}`),
      onServiceError: (text) => io.err(`ocpp csms: ${text}`),
      onFrame: (direction, identity, text, protocol) => sink.record(direction, identity, text, protocol),
      onConnect: (station, securityProfile, version) => sink.event({ type: 'connected', station, securityProfile, version }),
      onDisconnect: (station, code, reason) => sink.event({ type: 'disconnected', station, code, reason }),
      onRefused: (station, status, reason) => sink.event({ type: 'refused', station: station ?? null, status, reason }),
      onHandlerError: (identity, event) => sink.event(handlerErrorEvent(identity, event)),
      apiBackend: cluster?.apiBackend,
    });
    const node = await cluster?.join(running.server).catch(async (err: unknown) => {
      await running!.close();
      throw err;
    });
    if (node !== undefined) io.out(`ocpp csms: node ${node} of the cluster on ${args.string('redis')}`);
  } catch (err) {
    await log?.close();
    throw err;
  }
  running.state.on('transactionStarted', (t) => sink.event({ type: 'transactionStarted', station: t.station, transactionId: t.transactionId, evseId: t.evseId, version: t.version }));
  running.state.on('transactionEnded', (t) => sink.event({ type: 'transactionEnded', station: t.station, transactionId: t.transactionId, energyWh: t.energyWh, stoppedReason: t.stoppedReason ?? 'Local' }));
  sink.json({ type: 'listening', url: running.url, port: running.address.port, apiPort: running.apiAddress?.port ?? null });

  io.out(`ocpp csms: listening on ${running.url}/<identity> (OCPP 1.6, 2.0.1 and 2.1, security profile ${profile}, port ${running.address.port})`);
  if (siteLimit !== undefined) io.out(`ocpp csms: site limit ${siteLimit.limit} ${siteLimit.unit}, shared equally between the active transactions`);
  if (running.apiAddress !== undefined) {
    const access = token !== undefined ? 'token required' : 'loopback only, no token';
    io.out(`ocpp csms: operator API on http://${urlHost(host)}:${running.apiAddress.port} (api port ${running.apiAddress.port}, ${access})`);
  }
  io.out('ocpp csms: press Ctrl-C to stop');

  await whenAborted(io.stop);
  await cluster?.leave();
  await running.close();
  await log?.close();
  const t = running.state.totals();
  io.out(`ocpp csms: stopped; ${plural(t.stations, 'station')}, ${plural(sink.frames, 'frame')}, ${plural(t.transactions, 'transaction')}, ${(t.energyWh / 1000).toFixed(3)} kWh, ${plural(sink.invalid, 'invalid frame')}`);
  return 0;
}
