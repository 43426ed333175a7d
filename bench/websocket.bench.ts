/**
 * OCPP-J over WebSocket on loopback, ours against ocpp-rpc (strict mode, so
 * both sides validate every message) in the same run.
 *
 * 1. Heartbeat round trips, client and server in this process, in OCPP
 *    2.0.1 and in 1.6: one station calling back to back, then 50 stations
 *    at once. Goal: at least 2x ocpp-rpc's calls/s.
 * 2. Scale: a server process per implementation and a separate
 *    load-generator process (plain `ws` clients, bounded in time, 127.0.0.1
 *    only) that opens 10,000 stations, boots them, and sends Heartbeats at
 *    2,000 calls/s in aggregate. Reported: time to open and to boot them
 *    all, the server's memory per connection (RSS and heap+external deltas
 *    after a full GC, divided by the stations held), and round-trip p50/p99.
 *    Goals: all held, p99 under 50 ms, memory per connection at most half of
 *    ocpp-rpc's.
 * 3. Connection setup: the time to accept and boot the 10,000 stations
 *    (open all, then one BootNotification each), ours against ocpp-rpc and
 *    against a bare `ws` server answering fixed frames, the floor any
 *    ws-based server stands on. Goal: within 1.1x of the bare `ws` server.
 *
 * BENCH_SCALE_STATIONS=<n> changes the station count (default 10000);
 * BENCH_SCALE=0 skips part 2. The whole run takes under a minute on two cores.
 */
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RPCClient, RPCServer } from 'ocpp-rpc';
import type { AddressInfo } from 'node:net';
import { ChargingStationClient } from '../src/transport/websocket-client.js';
import { CsmsServer } from '../src/transport/websocket-server.js';
import type { FromGenerator, ToGenerator } from './support/load-generator.js';
import type { FromServer, ServerImpl, ToServer } from './support/scale-server.js';
import type { AnyVersion } from '../src/schema/version.js';
import { v16 } from '../src/v16/index.js';
import { v201 } from '../src/v201/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const WARMUP_MS = 500;
const MEASURE_MS = 2000;
const SCALE_RATE = 2000;
const SCALE_SECONDS = 8;
const CHILD_MAX_SECONDS = 100;
const now = (): string => new Date().toISOString();
const boot = { reason: 'PowerUp', chargingStation: { model: 'Bench', vendorName: 'ocpp-model' } } as const;
const boot16 = { chargePointVendor: 'ocpp-model', chargePointModel: 'Bench' } as const;
const bootOf = (version: typeof v16 | typeof v201): object => (version.version === '1.6' ? boot16 : boot);

// ---------------------------------------------------------------------------
// Part 1: Heartbeat round trips

interface Caller {
  call(): Promise<unknown>;
}

/** Runs every caller back to back for warm-up plus the measured window; calls/s in the window. */
async function drive(callers: readonly Caller[]): Promise<number> {
  let counting = false;
  let count = 0;
  let stop = false;
  const loops = callers.map(async (c) => {
    while (!stop) {
      await c.call();
      if (counting) count++;
    }
  });
  await sleep(WARMUP_MS);
  counting = true;
  const t0 = performance.now();
  await sleep(MEASURE_MS);
  counting = false;
  const elapsed = performance.now() - t0;
  stop = true;
  await Promise.all(loops);
  return (count / elapsed) * 1000;
}

/** Heartbeat round trips of one version's stations against our server, in calls/s. */
async function oursHeartbeats(version: typeof v16 | typeof v201, stations: number): Promise<number> {
  const server = new CsmsServer({ pingIntervalMs: 0 });
  server.handle(version.version, 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
  server.handle(version.version, 'Heartbeat', () => ({ currentTime: now() }));
  const { port } = await server.listen(0, '127.0.0.1');
  const clients = Array.from(
    { length: stations },
    (_, i) => new ChargingStationClient({ version: version as AnyVersion, url: `ws://127.0.0.1:${port}/ocpp`, identity: `HB-${i}`, pingIntervalMs: 0, heartbeat: false }),
  );
  try {
    await Promise.all(clients.map((c) => c.open()));
    await Promise.all(clients.map((c) => c.station.endpoint.call('BootNotification', bootOf(version))));
    return await drive(clients.map((c) => ({ call: () => c.station.endpoint.call('Heartbeat', {}) })));
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await server.close();
  }
}

interface RpcClientLike {
  call(method: string, params?: unknown): Promise<unknown>;
  handle(method: string, handler: (call: { params: unknown }) => unknown): void;
  connect(): Promise<unknown>;
  close(options?: Record<string, unknown>): Promise<unknown>;
}
interface RpcServerLike {
  on(event: 'client', listener: (client: RpcClientLike) => void): unknown;
  listen(port: number, host?: string): Promise<{ address(): AddressInfo | string | null }>;
  close(options: Record<string, unknown>): Promise<void>;
}

/** The same against ocpp-rpc (strict mode), station and server, in calls/s. */
async function rpcHeartbeats(version: typeof v16 | typeof v201, stations: number): Promise<number> {
  const server = new (RPCServer as unknown as new (o: Record<string, unknown>) => RpcServerLike)({ protocols: [version.protocol], strictMode: true });
  server.on('client', (client) => {
    client.handle('BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
    client.handle('Heartbeat', () => ({ currentTime: now() }));
  });
  const http = await server.listen(0, '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  const clients = Array.from(
    { length: stations },
    (_, i) =>
      new (RPCClient as unknown as new (o: Record<string, unknown>) => RpcClientLike)({
        endpoint: `ws://127.0.0.1:${port}/ocpp`,
        identity: `HB-${i}`,
        protocols: [version.protocol],
        strictMode: true,
        reconnect: false,
      }),
  );
  try {
    await Promise.all(clients.map((c) => c.connect()));
    await Promise.all(clients.map((c) => c.call('BootNotification', bootOf(version))));
    return await drive(clients.map((c) => ({ call: () => c.call('Heartbeat', {}) })));
  } finally {
    await Promise.all(clients.map((c) => c.close({ force: true })));
    await server.close({ force: true });
  }
}

// ---------------------------------------------------------------------------
// Part 2: scale

interface ScaleResult {
  readonly held: Extract<FromGenerator, { type: 'held' }>;
  readonly serverCount: number;
  readonly rssPerConn: number;
  readonly heapPerConn: number;
  readonly latency: Extract<FromGenerator, { type: 'latency' }> | undefined;
}

function fileLimit(): { soft: number; hard: number } {
  const read = (flag: string): number => {
    try {
      const out = execFileSync('sh', ['-c', `ulimit ${flag}`], { encoding: 'utf8' }).trim();
      return out === 'unlimited' ? Number.POSITIVE_INFINITY : Number(out);
    } catch {
      return Number.NaN;
    }
  };
  return { soft: read('-Sn'), hard: read('-Hn') };
}

/** A Node child with IPC; through `sh -c "ulimit -n N; exec node ..."` when it needs more descriptors. */
function child(script: string, args: readonly string[], raiseTo: number | undefined): ChildProcess {
  const file = join(here, 'support', script);
  if (raiseTo === undefined) return fork(file, [...args], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const quoted = [process.execPath, '--expose-gc', file, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return spawn('sh', ['-c', `ulimit -n ${raiseTo} && exec ${quoted}`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

function next<T extends { type: string }>(proc: ChildProcess, type: T['type'], timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.off('message', onMessage);
      reject(new Error(`no '${type}' from the child within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: T): void => {
      if (message.type !== type) return;
      clearTimeout(timer);
      proc.off('message', onMessage);
      resolve(message);
    };
    proc.on('message', onMessage);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child exited (${String(code)}) before '${type}'`));
    });
  });
}

async function scale(impl: ServerImpl, stations: number, raiseTo: number | undefined, measureLatency = true): Promise<ScaleResult> {
  const server = child('scale-server.js', [impl], raiseTo);
  let generator: ChildProcess | undefined;
  const killer = setTimeout(() => {
    server.kill('SIGKILL');
    generator?.kill('SIGKILL');
  }, CHILD_MAX_SECONDS * 1000);
  try {
    const { port } = await next<Extract<FromServer, { type: 'ready' }>>(server, 'ready', 15_000);
    type Memory = Extract<FromServer, { type: 'memory' }>;
    type Count = Extract<FromServer, { type: 'count' }>;
    const askServer = <T extends Memory | Count>(type: T['type']): Promise<T> => {
      const reply = next<T>(server, type, 30_000);
      server.send({ type } satisfies ToServer);
      return reply;
    };
    const before = await askServer<Memory>('memory');
    generator = child('load-generator.js', [String(port), String(stations), String(SCALE_RATE), String(SCALE_SECONDS), String(CHILD_MAX_SECONDS - 10)], raiseTo);
    const held = await next<Extract<FromGenerator, { type: 'held' }>>(generator, 'held', 80_000);
    const { connections } = await askServer<Count>('count');
    const after = await askServer<Memory>('memory');
    let latency: Extract<FromGenerator, { type: 'latency' }> | undefined;
    if (held.open > 0 && measureLatency) {
      const reply = next<Extract<FromGenerator, { type: 'latency' }>>(generator, 'latency', (SCALE_SECONDS + 20) * 1000);
      generator.send({ type: 'latency' } satisfies ToGenerator);
      latency = await reply;
    }
    const n = Math.max(1, connections);
    return { held, serverCount: connections, rssPerConn: (after.rss - before.rss) / n, heapPerConn: (after.heap - before.heap) / n, latency };
  } finally {
    clearTimeout(killer);
    if (generator?.connected) generator.send({ type: 'exit' } satisfies ToGenerator);
    if (server.connected) server.send({ type: 'exit' } satisfies ToServer);
    await Promise.all([exited(generator), exited(server)]);
  }
}

function exited(proc: ChildProcess | undefined): Promise<void> {
  if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    proc.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

// ---------------------------------------------------------------------------

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kb = (bytes: number): string => `${fmt(bytes / 1024, 1)} kB`;
const pad = (s: string, w: number): string => s.padEnd(w);
const row = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? pad(c, 32) : c.padStart(18))).join('');

async function main(): Promise<void> {
  console.log('Heartbeat round trips over loopback (strict validation on both sides of both implementations)');
  console.log(row(['', 'ours', 'ocpp-rpc', 'ratio']));
  const goals: string[] = [];
  for (const version of [v201, v16]) {
    for (const stations of [1, 50]) {
      const ours = await oursHeartbeats(version, stations);
      const theirs = await rpcHeartbeats(version, stations);
      const ratio = ours / theirs;
      console.log(row([`${version.version}, ${stations} station${stations > 1 ? 's' : ''}, calls/s`, fmt(ours), fmt(theirs), `${fmt(ratio, 2)}x`]));
      goals.push(`${version.version}, ${stations} station(s): ${fmt(ratio, 2)}x ocpp-rpc (goal >= 2x): ${ratio >= 2 ? 'met' : 'NOT met'}`);
    }
  }

  if (process.env['BENCH_SCALE'] === '0') {
    console.log('\nScale part skipped (BENCH_SCALE=0).');
  } else {
    let stations = Number(process.env['BENCH_SCALE_STATIONS'] ?? 10_000);
    const need = stations + 1024;
    const { soft, hard } = fileLimit();
    let raiseTo: number | undefined;
    if (!(soft >= need)) {
      if (hard >= need) raiseTo = Math.min(hard, 65_536);
      else {
        const fallback = Math.max(100, Math.floor((Number.isFinite(hard) ? hard : soft) - 1024));
        console.log(`\nNOTE: the OS allows ${hard} open files per process; ${stations} stations need ${need}. Running ${fallback} stations instead.`);
        stations = fallback;
        raiseTo = Number.isFinite(hard) && hard > soft ? hard : undefined;
      }
    }
    console.log(`\nScale: ${fmt(stations)} stations from a load-generator process, one server process each (127.0.0.1)`);
    if (process.env['BENCH_SCALE_ONLY'] !== undefined) {
      // For investigation: one implementation's figures only.
      const r = await scale(process.env['BENCH_SCALE_ONLY'] as ServerImpl, stations, raiseTo);
      console.log(JSON.stringify(r));
      return;
    }
    const ours = await scale('ours', stations, raiseTo);
    const theirs = await scale('ocpp-rpc', stations, raiseTo);
    const latency = (r: ScaleResult): string => (r.latency === undefined ? 'n/a' : `${fmt(r.latency.p50, 1)} / ${fmt(r.latency.p99, 1)} ms`);
    console.log(row(['', 'ours', 'ocpp-rpc', 'ratio']));
    console.log(row(['stations held (server count)', `${fmt(ours.serverCount)}`, `${fmt(theirs.serverCount)}`, '']));
    console.log(row(['time to open all', `${fmt(ours.held.openMs / 1000, 2)} s`, `${fmt(theirs.held.openMs / 1000, 2)} s`, `${fmt(theirs.held.openMs / ours.held.openMs, 2)}x`]));
    console.log(row(['time to boot all', `${fmt(ours.held.bootMs / 1000, 2)} s`, `${fmt(theirs.held.bootMs / 1000, 2)} s`, `${fmt(theirs.held.bootMs / ours.held.bootMs, 2)}x`]));
    console.log(row(['server RSS per connection', kb(ours.rssPerConn), kb(theirs.rssPerConn), `${fmt(ours.rssPerConn / theirs.rssPerConn, 2)}`]));
    console.log(row(['server heap per connection', kb(ours.heapPerConn), kb(theirs.heapPerConn), `${fmt(ours.heapPerConn / theirs.heapPerConn, 2)}`]));
    console.log(row([`round trip p50 / p99 @${fmt(SCALE_RATE)}/s`, latency(ours), latency(theirs), '']));
    if (ours.latency !== undefined) console.log(row(['  calls answered / sent', `${fmt(ours.latency.answered)} / ${fmt(ours.latency.sent)}`, theirs.latency ? `${fmt(theirs.latency.answered)} / ${fmt(theirs.latency.sent)}` : 'n/a', '']));
    for (const [name, r] of [['ours', ours], ['ocpp-rpc', theirs]] as const) {
      if (r.held.failed > 0) console.log(`  ${name}: ${r.held.failed} connections failed (first error: ${r.held.firstError ?? 'n/a'})`);
    }
    goals.push(`all ${fmt(stations)} held: ${ours.serverCount === stations ? 'met' : 'NOT met'}`);
    // Part 3: rounds interleaved between the three servers, so that a change of load hits all alike.
    const rounds = Number(process.env['BENCH_SETUP_ROUNDS'] ?? 3);
    const times: Record<ServerImpl, { open: number[]; boot: number[] }> = { ours: { open: [], boot: [] }, 'ocpp-rpc': { open: [], boot: [] }, ws: { open: [], boot: [] } };
    for (let r = 0; r < rounds; r++) {
      for (const impl of ['ours', 'ws', 'ocpp-rpc'] as const) {
        const { held } = await scale(impl, stations, raiseTo, false);
        times[impl].open.push(held.openMs);
        times[impl].boot.push(held.bootMs);
      }
    }
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const setupOf = (impl: ServerImpl): number => med(times[impl].open.map((o, i) => o + times[impl].boot[i]!));
    const secs = (ms: number): string => `${fmt(ms / 1000, 2)} s`;
    console.log(`\nConnection setup: accept and boot ${fmt(stations)} stations (open all, 200 handshakes at a time, then one BootNotification each); median of ${rounds} interleaved rounds`);
    console.log(row(['', 'ours', 'ocpp-rpc', 'bare ws']));
    console.log(row(['time to open all', secs(med(times.ours.open)), secs(med(times['ocpp-rpc'].open)), secs(med(times.ws.open))]));
    console.log(row(['time to boot all', secs(med(times.ours.boot)), secs(med(times['ocpp-rpc'].boot)), secs(med(times.ws.boot))]));
    console.log(row([`accept and boot ${fmt(stations)} stations`, secs(setupOf('ours')), secs(setupOf('ocpp-rpc')), secs(setupOf('ws'))]));
    const vsRpc = setupOf('ours') / setupOf('ocpp-rpc');
    const vsWs = setupOf('ours') / setupOf('ws');
    console.log(row(['  ours over it (lower is better)', '', `${fmt(vsRpc, 2)}x`, `${fmt(vsWs, 2)}x`]));
    goals.push(`accept and boot within 1.1x of bare ws: ${fmt(vsWs, 2)}x: ${vsWs <= 1.1 ? 'met' : 'NOT met'}`);
    goals.push(`p99 < 50 ms at ${fmt(SCALE_RATE)}/s: ${ours.latency !== undefined && ours.latency.p99 < 50 && ours.latency.lost === 0 ? 'met' : 'NOT met'}`);
    const memRatio = ours.rssPerConn / theirs.rssPerConn;
    goals.push(`memory per connection <= 0.5x ocpp-rpc: RSS ${fmt(memRatio, 2)}x, heap ${fmt(ours.heapPerConn / theirs.heapPerConn, 2)}x: ${memRatio <= 0.5 ? 'met' : 'NOT met'}`);
  }
  console.log('\nGoals:');
  for (const g of goals) console.log(`  ${g}`);
}

await main();
