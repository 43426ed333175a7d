/**
 * `ocpp station`: one or many simulated charging stations against a CSMS.
 */
import { setMaxListeners } from 'node:events';
import { readFile } from 'node:fs/promises';
import { CliError, UsageError, type Args, type CommandSpec } from '../args.js';
import type { Io } from '../io.js';
import { whenAborted } from '../io.js';
import { ConnectorEnumType, type ClientTlsOptions } from '../lib.js';
import { JsonlLog } from '../log/jsonl.js';
import { connectionEvent } from '../log/events.js';
import { FrameSink } from '../log/sink.js';
import { plural } from '../plural.js';
import { describeEvent, kWh } from '../station/describe.js';
import type { StationDirectory } from '../control/dispatch.js';
import { ControlPrompt } from '../control/prompt.js';
import { guardedControlServer } from '../control/server.js';
import { listenError } from '../csms/server.js';
import { apiToken, urlHost } from '../http/guard.js';
import { Fleet } from '../station/fleet.js';
import { KINDS } from '../station/kinds.js';
import type { Simulated, StationKind } from '../station/simulated.js';
import { closeTransactionStores, openTransactionStores } from '../station/tx-store.js';
import { pause, runSession } from '../station/session.js';

/** The versions `--ocpp` takes. */
const OCPP_VERSIONS = ['1.6', '2.0.1', '2.1'] as const;

export const stationCommand: CommandSpec = {
  name: 'station',
  synopsis: '--url URL [options]',
  summary: 'Simulate charging stations: each boots, heartbeats, reports connector status, reconnects, and answers every CSMS call.',
  options: {
    url: { type: 'string', short: 'u', value: 'URL', description: "the CSMS's OCPP-J endpoint (the identity is appended), e.g. ws://localhost:9000/ocpp" },
    ocpp: { type: 'string', value: 'VERSION', description: 'the OCPP version the stations speak: 1.6, 2.0.1 or 2.1', default: '2.0.1' },
    id: { type: 'string', value: 'ID', description: 'identity, or a pattern: {n} is the station number, {nnn} the number padded to 3 digits', default: 'CS{nnn}' },
    count: { type: 'string', short: 'n', value: 'N', description: 'how many stations', default: '1' },
    first: { type: 'string', value: 'N', description: 'number of the first station', default: '1' },
    evses: { type: 'string', value: 'N', description: 'EVSEs per station', default: '1' },
    connectors: { type: 'string', value: 'N', description: 'connectors per EVSE', default: '1' },
    'connector-type': { type: 'string', value: 'TYPE', description: 'connector type (ConnectorEnumType)', default: 'cType2' },
    'max-power': { type: 'string', value: 'W', description: 'maximum power per EVSE', default: '22000' },
    password: { type: 'string', value: 'PASSWORD', description: 'Basic auth password (security profiles 1 and 2)' },
    ca: { type: 'string', value: 'FILE', description: 'CA certificate (PEM) that signs the CSMS certificate (wss:)' },
    cert: { type: 'string', value: 'FILE', description: 'client certificate (PEM), security profile 3' },
    key: { type: 'string', value: 'FILE', description: 'client private key (PEM), security profile 3' },
    session: { type: 'boolean', short: 's', description: 'run charging sessions on their own: plug in, authorize, charge, stop, unplug' },
    sessions: { type: 'string', value: 'N', description: 'sessions per station with --session (0: forever)', default: '1' },
    'charge-time': { type: 'string', value: 'SECONDS', description: 'charging time of a session', default: '30' },
    'id-token': { type: 'string', value: 'TOKEN', description: 'idToken the driver presents ({n} as in --id)', default: 'TOKEN-{nnn}' },
    'meter-interval': { type: 'string', value: 'SECONDS', description: 'SampledDataCtrlr.TxUpdatedInterval: meter values during a transaction', default: '60' },
    'aligned-interval': { type: 'string', value: 'SECONDS', description: 'AlignedDataCtrlr.Interval: clock-aligned meter values (0: off)', default: '0' },
    'exit-when-done': { type: 'boolean', description: 'with --session: exit once every session is done' },
    duration: { type: 'string', value: 'SECONDS', description: 'stop after this long' },
    log: { type: 'string', short: 'l', value: 'FILE', description: 'write every frame as JSON lines to FILE' },
    quiet: { type: 'boolean', short: 'q', description: 'do not print frames' },
    frames: { type: 'boolean', description: 'print frames even with more than 5 stations' },
    'control-port': { type: 'string', value: 'PORT', description: 'port of the control API (0: any free port)', default: '0' },
    'control-host': { type: 'string', value: 'HOST', description: 'address the control API listens on (off loopback it needs a token)', default: '127.0.0.1' },
    'api-token': { type: 'string', value: 'TOKEN', description: 'control API token, sent as "Authorization: Bearer TOKEN" (default: $OCPP_API_TOKEN); required unless the control host is loopback' },
    'api-allow-host': { type: 'string', multiple: true, value: 'NAME', description: 'a further host name the control API answers to (repeatable), e.g. the DNS name of this machine' },
    'ev-connection-timeout': { type: 'string', value: 'SECONDS', description: 'TxCtrlr.EVConnectionTimeOut', default: '60' },
    'evse-reset': { type: 'boolean', description: 'EVSEs can be reset one by one (EVSE.AllowReset true)' },
    db: { type: 'string', value: 'FILE', description: 'keep transaction messages in this SQLite file until answered, across restarts ({id} in the name with several stations; 2.0.1 and 2.1)' },
  },
  details: [
    'Control API (JSON, on 127.0.0.1:PORT unless --control-host):',
    '  GET  /stations                     every station: connection and registration',
    '  GET  /stations/{id}                live state: EVSEs, connectors, transaction, meter, device model',
    '  POST /stations/{id}/plug           {"evseId":1,"connectorId":1}',
    '  POST /stations/{id}/unplug         {"evseId":1,"connectorId":1}',
    '  POST /stations/{id}/present        {"idToken":"TOKEN-1","type":"ISO14443","evseId":1}',
    '  POST /stations/{id}/ev             {"evseId":1,"charging":false,"powerW":7400}',
    '  POST /stations/{id}/fault          {"evseId":1,"connectorId":1,"errorCode":"ConnectorLockFailure"}',
    '  POST /stations/{id}/disconnect | reconnect | reboot',
    'In a terminal the same commands are typed at a prompt (help lists them; Tab completes).',
    'With --ocpp 1.6 each connector is an EVSE of its own (evseId = the 1.6 connectorId, connectorId 1)',
    'and an idTag has no type (the type given is not used).',
    '',
    'The control API answers only requests whose Host names it, refuses other web origins,',
    'needs Content-Type: application/json on POST and, with a token, "Authorization: Bearer TOKEN".',
    'Off loopback (e.g. --control-host 0.0.0.0) it does not start without a token.',
    '',
    'Example:',
    '  ocpp station --url ws://localhost:9000/ocpp --count 3 --session --charge-time 10 --log stations.jsonl',
    '  ocpp station --url ws://localhost:9000/ocpp --control-port 9100',
    '  curl --json \'{"evseId":1,"connectorId":1}\' localhost:9100/stations/CS001/plug',
  ],
};

/** Expands an identity pattern: {n} the number, {nnn} padded to as many digits as n's. */
export function expandPattern(pattern: string, n: number): string {
  return pattern.replace(/\{(n+)\}/g, (_m, ns: string) => String(n).padStart(ns.length, '0'));
}

async function readPem(path: string | undefined, what: string): Promise<string | undefined> {
  if (path === undefined) return undefined;
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

export async function runStation(args: Args, io: Io): Promise<number> {
  const url = args.string('url');
  if (url === undefined) throw new UsageError('--url is required', stationCommand);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url: ${JSON.stringify(url)} is not a URL`, stationCommand);
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') throw new UsageError(`--url must start with ws:// or wss://, not ${parsed.protocol}//`, stationCommand);
  const version = args.choice('ocpp', OCPP_VERSIONS, '2.0.1');
  const kind: StationKind<Simulated> = KINDS[version];
  // The 1.6 simulator keeps its Start/Stop/MeterValues in memory (its own queue); --db is the 2.x queue's.
  if (version === '1.6' && args.string('db') !== undefined) throw new UsageError('--db keeps the transaction messages of 2.0.1 and 2.1 stations; the 1.6 simulator keeps them in memory', stationCommand);
  const count = args.integer('count', 1, 1, 100_000);
  const first = args.integer('first', 1, 0);
  const pattern = args.string('id', 'CS{nnn}');
  const identities = Array.from({ length: count }, (_, i) => expandPattern(pattern, first + i));
  if (new Set(identities).size !== identities.length) throw new UsageError(`--id ${JSON.stringify(pattern)} gives the same identity to several stations; use {n}`, stationCommand);
  const connectorType = args.choice('connector-type', ConnectorEnumType, 'cType2');
  const tls: ClientTlsOptions = {
    ...(args.has('ca') && { ca: await readPem(args.string('ca'), 'the CA certificate') }),
    ...(args.has('cert') && { cert: await readPem(args.string('cert'), 'the client certificate') }),
    ...(args.has('key') && { key: await readPem(args.string('key'), 'the client key') }),
  };
  const password = args.string('password');
  const securityProfile = parsed.protocol === 'wss:' ? (tls.cert !== undefined ? 3 : 2) : password !== undefined ? 1 : 0;
  const sessions = args.flag('session') ? args.integer('sessions', 1, 0) : -1;
  const chargeMs = args.number('charge-time', 30, 0) * 1000;
  const tokenPattern = args.string('id-token', 'TOKEN-{nnn}');
  const durationS = args.has('duration') ? args.number('duration', 0, 0) : undefined;
  if (args.flag('exit-when-done') && sessions <= 0) throw new UsageError('--exit-when-done needs --session with a number of --sessions', stationCommand);
  const controlPort = args.integer('control-port', 0, 0, 65535);
  const controlHost = args.string('control-host', '127.0.0.1');
  const token = apiToken(args.string('api-token'));
  if (token === '') throw new UsageError('--api-token must not be empty', stationCommand);
  const stations: StationDirectory = {
    list: () => fleet.members.map((m) => m.station.controls),
    get: (id) => fleet.member(id)?.station.controls,
  };
  // Before any station connects: a control API that would be open to the network stops the start.
  const control = guardedControlServer(stations, { host: controlHost, token, allowedHosts: args.list('api-allow-host') });

  // In a terminal, lines are printed above the prompt.
  let prompt: ControlPrompt | undefined;
  const say = (line: string): void => (prompt !== undefined ? prompt.print(line) : io.out(line));
  const logPath = args.string('log');
  const log = logPath !== undefined ? await JsonlLog.open(logPath) : undefined;
  const many = count > 5 && !args.flag('frames') && io.events === undefined;
  const printFrames = !args.flag('quiet') && !many;
  const sink = new FrameSink({ print: printFrames, output: io, log, out: say, version: kind.version });
  let energyWh = 0;
  let transactions = 0;
  const dbPath = args.string('db');
  const stores = dbPath === undefined ? new Map<string, never>() : openTransactionStores(dbPath, identities);
  const fleet = new Fleet<Simulated>({
    kind,
    transactionStore: (identity) => stores.get(identity),
    url,
    identities,
    station: {
      evses: args.integer('evses', 1, 1, 100),
      connectors: args.integer('connectors', 1, 1, 10),
      connectorType,
      maxPowerW: args.integer('max-power', 22000, 1000),
      meterIntervalS: args.integer('meter-interval', 60, 0),
      alignedIntervalS: args.integer('aligned-interval', 0, 0),
      evConnectionTimeoutS: args.integer('ev-connection-timeout', 60, 1),
      evseReset: args.flag('evse-reset'),
      securityProfile,
      ...(password !== undefined && { basicAuthPassword: password }),
    },
    password,
    tls: Object.keys(tls).length > 0 ? tls : undefined,
    staggerMs: count > 1 ? Math.min(20, 2000 / count) : 0,
    onFrame: (direction, identity, text) => sink.record(direction, identity, text),
    onEvent: (identity, e) => {
      if (e.type === 'transactionEnded') {
        transactions++;
        energyWh += e.energyWh;
      }
      // With many stations a progress line stands in for the events; errors are still shown.
      if (many && e.type !== 'error') return;
      sink.event({ ...e, station: identity }, describeEvent(identity, e));
    },
    onConnection: (identity, text) => {
      if (!many) sink.event(connectionEvent(identity, text), text);
    },
  });

  io.out(`ocpp station: ${count === 1 ? identities[0] : `${count} stations (${identities[0]} .. ${identities[count - 1]})`} -> ${url} (OCPP ${version})`);
  const stop = new AbortController();
  setMaxListeners(0, stop.signal);
  const onStop = (): void => stop.abort();
  io.stop.addEventListener('abort', onStop, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (durationS !== undefined) timer = setTimeout(onStop, durationS * 1000);
  let code = 0;
  let progress: ReturnType<typeof setInterval> | undefined;
  if (many && !args.flag('quiet')) {
    progress = setInterval(() => {
      const members = fleet.members;
      const connected = members.filter((m) => m.station.isConnected).length;
      const accepted = members.filter((m) => m.station.accepted).length;
      const charging = members.filter((m) => m.station.chargingNow).length;
      io.progress(`${connected}/${count} connected · ${accepted} accepted · ${charging} charging · ${transactions} transactions done · ${kWh(energyWh)} · ${sink.frames} frames`);
    }, io.stdoutIsTTY ? 250 : 2000);
  }
  try {
    const address = await control.listen(controlPort).catch((err: unknown) => {
      throw listenError(err, 'cannot start the control API', controlHost, controlPort);
    });
    const access = token !== undefined ? 'token required' : 'loopback only, no token';
    io.out(`ocpp station: control API on http://${urlHost(controlHost)}:${address.port} (control port ${address.port}, ${access})`);
    sink.json({ type: 'control', url: `http://${urlHost(controlHost)}:${address.port}`, port: address.port });
    await fleet.start(stop.signal);
    if (io.terminal !== undefined) {
      io.out("ocpp station: type 'help' for the controls, 'quit' to stop");
      prompt = new ControlPrompt({ ...io.terminal, terminal: true, stations, onClose: onStop });
    }
    const runs =
      sessions >= 0
        ? fleet.members.map(async (m, i) => {
            const idToken = { idToken: expandPattern(tokenPattern, first + i).slice(0, 36), type: 'ISO14443' as const };
            for (let k = 0; (sessions === 0 || k < sessions) && !stop.signal.aborted; k++) {
              const r = await runSession(m.station, { idToken, chargeMs, signal: stop.signal, evseId: 1 + (k % m.station.evseCount) });
              if (!r.ok) {
                if (!stop.signal.aborted) io.out(`${m.identity} session failed: ${r.problem ?? 'unknown'}`);
                return false;
              }
              await pause(1000, stop.signal);
            }
            return true;
          })
        : [];
    if (args.flag('exit-when-done')) {
      const results = await Promise.all(runs);
      if (results.some((ok) => !ok)) code = 1;
    } else {
      await whenAborted(stop.signal);
    }
  } finally {
    prompt?.close();
    prompt = undefined;
    await control.close();
    if (progress !== undefined) {
      clearInterval(progress);
      io.progress('');
    }
    if (timer !== undefined) clearTimeout(timer);
    io.stop.removeEventListener('abort', onStop);
    await fleet.stop();
    await closeTransactionStores(stores);
    await log?.close();
  }
  io.out(`ocpp station: stopped; ${plural(count, 'station')}, ${plural(sink.frames, 'frame')}, ${plural(transactions, 'transaction')}, ${kWh(energyWh)}, ${plural(sink.invalid, 'invalid frame')}`);
  return code !== 0 ? code : sink.invalid > 0 ? 1 : 0;
}
