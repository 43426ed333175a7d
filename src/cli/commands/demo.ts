/**
 * `ocpp demo` (what `npm start` runs): a CSMS and simulated stations on
 * localhost, by default one each of OCPP 1.6, 2.0.1 and 2.1 (the versions
 * taken in turn), a charging session on each (every third one started and
 * stopped remotely through the operator API's neutral commands, which read
 * the same for every version), a readable timeline and a summary. Exits 0
 * when every session completed and no frame was invalid.
 */
import { setMaxListeners } from 'node:events';
import { CliError, UsageError, type Args, type CommandSpec } from '../args.js';
import { describeHandlerError } from '../handler-error.js';
import { startCsms, type RunningCsms } from '../csms/server.js';
import type { Io } from '../io.js';
import { compact } from '../log/printer.js';
import { JsonlLog } from '../log/jsonl.js';
import { FrameSink } from '../log/sink.js';
import { describeEvent, kWh } from '../station/describe.js';
import type { StationEvent } from '../station/events.js';
import { Fleet, type Member } from '../station/fleet.js';
import { KINDS } from '../station/kinds.js';
import type { Simulated } from '../station/simulated.js';
import { pause, runSession, waitFor, type SessionResult } from '../station/session.js';

export const demoCommand: CommandSpec = {
  name: 'demo',
  synopsis: '[options]',
  summary: 'Start a CSMS and simulated stations of OCPP 1.6, 2.0.1 and 2.1 on localhost, run a charging session on each (every third one started remotely by the CSMS), and print a timeline and a summary.',
  options: {
    stations: { type: 'string', short: 'n', value: 'N', description: 'how many stations', default: '3' },
    ocpp: { type: 'string', value: 'VERSIONS', description: 'the versions the stations speak, taken in turn (comma-separated: 1.6, 2.0.1, 2.1)', default: '1.6,2.0.1,2.1' },
    port: { type: 'string', short: 'p', value: 'PORT', description: 'CSMS port (0: any free port)', default: '0' },
    'charge-time': { type: 'string', value: 'SECONDS', description: 'charging time of each session', default: '6' },
    log: { type: 'string', short: 'l', value: 'FILE', description: 'write every frame as JSON lines to FILE' },
    frames: { type: 'boolean', description: 'print every frame in the timeline' },
    quiet: { type: 'boolean', short: 'q', description: 'print only the summary' },
  },
};

interface Outcome {
  readonly identity: string;
  readonly remote: boolean;
  readonly result: SessionResult;
}

export async function runDemo(args: Args, io: Io): Promise<number> {
  const count = args.integer('stations', 3, 1, 5000);
  const port = args.integer('port', 0, 0, 65535);
  const chargeMs = args.number('charge-time', 6, 0.5, 600) * 1000;
  const logPath = args.string('log');
  // Fewer stations than versions: the first ones.
  const versions = demoVersions(args.string('ocpp') ?? '1.6,2.0.1,2.1').slice(0, count);
  const quiet = args.flag('quiet');
  const small = count <= 5;
  const started = Date.now();
  const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s`;
  const say = (who: string, text: string): void => {
    if (!quiet && small) io.out(`${elapsed()}  ${who.padEnd(9)} ${text}`);
  };

  const log = logPath !== undefined ? await JsonlLog.open(logPath) : undefined;
  const sink = new FrameSink({ print: !quiet && args.flag('frames'), output: io, log, out: (line) => io.out(`${elapsed()}  ${line}`) });
  let csms: RunningCsms | undefined;
  let fleets: Fleet<Simulated>[] = [];
  let stationErrors = 0;
  const outcomes: Outcome[] = [];
  // Every waiting step listens to the stop signal: many at once with many stations.
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const onStop = (): void => controller.abort();
  io.stop.addEventListener('abort', onStop, { once: true });
  const stop = controller.signal;
  try {
    csms = await startCsms({
      host: '127.0.0.1',
      port,
      apiPort: 0,
      securityProfile: 0,
      state: { heartbeatIntervalS: 2 },
      validation: 'strict',
      callTimeoutMs: 10_000,
      onFrame: (direction, identity, text, protocol) => sink.record(direction, identity, text, protocol),
      onConnect: (identity, _profile, version) => say('csms', `${identity} connected (OCPP ${version})`),
      onRefused: (identity, status, reason) => say('csms', `refused ${identity ?? '?'}: HTTP ${status} ${reason}`),
      onHandlerError: (identity, event) => say('csms', `${identity} ${describeHandlerError(event)}`),
    });
    const running = csms;
    const api = `http://127.0.0.1:${running.apiAddress!.port}`;
    running.state.on('transactionStarted', (t) => say('csms', `${t.station} transaction ${short(t.transactionId)} started`));
    running.state.on('transactionMetered', (t) =>
      say('csms', `${t.station} transaction ${short(t.transactionId)}: ${kWh(t.energyWh)} at ${((t.powerW ?? 0) / 1000).toFixed(1)} kW${t.soc !== undefined ? `, SoC ${t.soc} %` : ''}`),
    );
    running.state.on('transactionEnded', (t) => say('csms', `${t.station} transaction ${short(t.transactionId)} ended: ${kWh(t.energyWh)}, ${t.stoppedReason ?? 'Local'}`));
    if (!quiet) {
      io.out(`ocpp demo: CSMS on ${running.url}, operator API on ${api}, ${count} station${count === 1 ? '' : 's'} (OCPP ${versions.join(', ')})`);
      if (small) io.out('');
    }

    const identities = Array.from({ length: count }, (_, i) => `DEMO-${String(i + 1).padStart(3, '0')}`);
    // One fleet a version; the stations take the versions in turn.
    fleets = versions.map(
      (version, v) =>
        new Fleet<Simulated>({
          kind: KINDS[version],
          url: running.url,
          identities: identities.filter((_, i) => i % versions.length === v),
          station: { meterIntervalS: 2, evReadyDelayMs: 300, evses: 1, connectors: 1, bootRetryMs: 1000 },
          callTimeoutMs: 10_000,
          staggerMs: count > 1 ? Math.min(25, 3000 / count) * versions.length : 0,
          onFrame: () => undefined,
          onEvent: (identity, e) => {
            if (e.type === 'error') {
              stationErrors++;
              if (!small) io.err(describeEvent(identity, e));
            }
            if (e.type !== 'transactionStarted' && e.type !== 'transactionEnded') say(identity, describeEvent('', e).trim());
          },
          onConnection: (identity, text) => say(identity, text.replace(`${identity} `, '')),
        }),
    );
    const byIdentity = new Map(fleets.flatMap((f) => f.members.map((m) => [m.identity, m] as const)));
    const members = identities.map((id) => byIdentity.get(id)!);
    await Promise.all(fleets.map((f) => f.start(stop)));

    // Progress for the many: one line, redrawn.
    let progress: ReturnType<typeof setInterval> | undefined;
    if (!small && !quiet) {
      const draw = (): void => {
        const accepted = members.filter((m) => m.station.accepted).length;
        const charging = members.filter((m) => m.station.chargingNow).length;
        const t = running.state.totals();
        io.progress(`${elapsed()}  stations ${accepted}/${count} accepted · sessions ${outcomes.length}/${count} done · ${charging} charging · ${t.transactions} transactions · ${sink.frames} messages · ${sink.invalid + stationErrors} errors`);
      };
      draw();
      progress = setInterval(draw, io.stdoutIsTTY ? 250 : 2000);
    }

    const runs = members.map(async (m, i): Promise<void> => {
      const remote = i % 3 === 2;
      await pause(i * Math.min(25, 3000 / count), stop);
      const result = remote ? await remoteSession(m, api, chargeMs, i, say, stop) : await runSession(m.station, { idToken: { idToken: `DRIVER-${String(i + 1).padStart(3, '0')}`, type: 'ISO14443' }, chargeMs, signal: stop, pauseMs: 300 });
      if (!result.ok) say(m.identity, `session failed: ${result.problem ?? '?'}`);
      outcomes.push({ identity: m.identity, remote, result });
    });
    await Promise.all(runs);
    if (progress !== undefined) clearInterval(progress);
    if (!small && !quiet) {
      io.progress(`${elapsed()}  stations ${count}/${count} · sessions ${outcomes.length}/${count} done · ${sink.frames} messages`);
      io.progress('');
    }
    // Let the last answers arrive before closing.
    await Promise.all(members.map((m) => m.station.settled()));
    await Promise.all(fleets.map((f) => f.stop()));
    fleets = [];
    await waitFor(() => running.state.totals().connected === 0, 3000);
    await running.close();
    csms = undefined;
    await log?.close();

    const t = running.state.totals();
    const failed = outcomes.filter((o) => !o.result.ok);
    const st = sink.checker.stats;
    const problems: string[] = [];
    if (sink.invalid > 0) problems.push(`${sink.invalid} invalid frame${sink.invalid === 1 ? '' : 's'}`);
    if (st.callErrors > 0) problems.push(`${st.callErrors} CALLERROR${st.callErrors === 1 ? '' : 's'}`);
    if (stationErrors > 0) problems.push(`${stationErrors} station error${stationErrors === 1 ? '' : 's'}`);
    if (failed.length > 0) problems.push(`${failed.length} failed session${failed.length === 1 ? '' : 's'}`);
    if (stop.aborted) problems.push('interrupted');
    const remoteCount = outcomes.filter((o) => o.remote).length;
    io.out('');
    io.out('Summary');
    io.out(`  stations      ${t.stations} (${t.accepted} accepted; OCPP ${versions.join(', ')})`);
    io.out(`  messages      ${st.frames} frames: ${st.calls} calls, ${st.results} results, ${st.callErrors} CALLERRORs, all checked by the strict validator`);
    io.out(`  transactions  ${t.transactions} (${t.ended} ended, ${remoteCount} started remotely)`);
    io.out(`  energy        ${kWh(t.energyWh)}`);
    io.out(`  errors        ${problems.length === 0 ? 'none' : problems.join(', ')}`);
    io.out(`  time          ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (logPath !== undefined) io.out(`  log           ${logPath} (check it with: ocpp validate ${logPath})`);
    return problems.length === 0 ? 0 : 1;
  } finally {
    io.stop.removeEventListener('abort', onStop);
    await Promise.all(fleets.map((f) => f.stop()));
    await csms?.close();
    await log?.close();
  }
}

function short(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** The versions of --ocpp, checked. */
function demoVersions(text: string): (keyof typeof KINDS)[] {
  const list = text.split(',').map((v) => v.trim());
  for (const v of list) if (!Object.hasOwn(KINDS, v)) throw new UsageError(`--ocpp: unknown version ${JSON.stringify(v)} (1.6, 2.0.1 or 2.1)`, demoCommand);
  return list as (keyof typeof KINDS)[];
}

/**
 * A remote start and stop (2.x F01/F02 and F03; 1.6 RemoteStartTransaction
 * and RemoteStopTransaction) through the operator API's neutral commands,
 * the same request for every version: the CSMS sends each station its own.
 */
async function remoteSession(m: Member<Simulated>, api: string, chargeMs: number, index: number, say: (who: string, text: string) => void, signal: AbortSignal): Promise<SessionResult> {
  const station = m.station;
  const fail = (problem: string): SessionResult => ({ ok: false, transactionId: undefined, energyWh: 0, problem });
  if (!(await waitFor(() => station.accepted, 30_000, signal))) return fail('the station was not accepted');
  let energyWh = 0;
  let started: string | undefined;
  let ended: string | undefined;
  const onEvent = (e: StationEvent): void => {
    if (e.type === 'transactionStarted') started = e.transactionId;
    if (e.type === 'transactionEnded') {
      energyWh = e.energyWh;
      ended = e.transactionId;
    }
  };
  station.on('event', onEvent);
  try {
    if (index === 2) {
      // The API checks a payload against the station's version before it is sent: a bad one never reaches the station.
      const bad = await post(api, `/stations/${encodeURIComponent(m.identity)}/calls/Reset`, { type: 'Sometime' });
      const first = (bad.body['errors'] as { code: string; pointer: string }[] | undefined)?.[0];
      say('operator', `POST Reset {type: Sometime} -> ${bad.status}${first !== undefined ? ` ${first.code} at ${first.pointer}` : ''} (not sent)`);
      if (bad.status !== 400) return fail('the operator API accepted an invalid payload');
    }
    const start = await post(api, `/stations/${encodeURIComponent(m.identity)}/commands/remoteStart`, { idToken: { id: `REMOTE-${String(index + 1).padStart(3, '0')}`, type: 'Central' }, evseId: 1, remoteStartId: index + 1 });
    say('operator', `POST remoteStart to ${m.identity} -> ${start.status} ${compact(start.body['result'])}`);
    if (start.status !== 200 || (start.body['result'] as { status?: string } | undefined)?.status !== 'Accepted') return fail(`remote start refused (${start.status})`);
    await pause(400, signal);
    if (!(await station.plugIn(1))) return fail('could not plug in');
    if (!(await waitFor(() => started !== undefined && station.chargingOn(1), 10_000, signal))) return fail('the EV did not start charging');
    const transactionId = started!;
    await pause(chargeMs, signal);
    if (signal.aborted) return fail('stopped');
    const stop = await post(api, `/stations/${encodeURIComponent(m.identity)}/commands/remoteStop`, { transactionId });
    say('operator', `POST remoteStop to ${m.identity} -> ${stop.status} ${compact(stop.body['result'])}`);
    if (stop.status !== 200) return fail(`remote stop refused (${stop.status})`);
    if (!(await waitFor(() => ended === transactionId, 10_000, signal))) return fail('the transaction did not end');
    await pause(300, signal);
    await station.unplug(1);
    await station.settled();
    return { ok: true, transactionId, energyWh };
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  } finally {
    station.off('event', onEvent);
  }
}

async function post(api: string, path: string, payload: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  let res: Response;
  try {
    res = await fetch(`${api}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
  } catch (err) {
    throw new CliError(`the operator API did not answer: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
