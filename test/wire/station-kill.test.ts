/**
 * kill -9 of the station side, over WebSocket: 50 stations (seeds; even
 * ones OCPP 2.0.1, odd 1.6) in two processes, each a ChargingStationClient
 * on an SQLite transaction-message store, killed with SIGKILL at random
 * points of their sessions and started again on the same files, against a
 * CSMS (CsmsServer, this process) that stops answering for a while (calls
 * time out: failed attempts), goes away and comes back on the same port,
 * and forgets stations (SecurityError: they boot again, B02.FR.09). In the
 * end the CSMS has applied every transaction message of every plan exactly
 * once per transactionId and seqNo (1.6: per message), in the plan's order,
 * 1.6 messages on the transactionId their StartTransaction got.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { MemoryCsmsStore } from '../../src/durable/csms/memory-store.js';
import { SqliteTransactionMessageStore } from '../../src/sqlite/station-store.js';
import { CsmsServer } from '../../src/transport/websocket-server.js';
import { tempDir } from '../durable/support.js';
import { identityOf, pause, random, StationProcesses, verifyStation, versionOf } from './support.js';

const SEEDS = 50;
const WORKERS = 2;
const TRANSACTIONS = 2;
const PER_TRANSACTION = 5;
const KILLS = 3;

/** Which message of a plan a payload is: "i:k" (see test/durable/fixtures/plan.ts). */
function label(seed: number, action: string, p: Record<string, unknown>): string {
  if (versionOf(seed) !== 'ocpp1.6') {
    const id = (p['transactionInfo'] as { transactionId: string }).transactionId;
    return `${Number(id.slice(id.lastIndexOf('T') + 1))}:${String(p['seqNo'])}`;
  }
  if (action === 'StartTransaction') return `${Number(String(p['idTag']).slice(3))}:0`;
  const wh = action === 'StopTransaction' ? Number(p['meterStop']) : Number((p['meterValue'] as { sampledValue: { value: string }[] }[])[0]!.sampledValue[0]!.value);
  return `${Math.floor(wh / 1000)}:${wh % 1000}`;
}

/** The test's CSMS: one store across its restarts; slow, gone or forgetful when told. */
class FlakyCsms {
  readonly store = new MemoryCsmsStore();
  readonly applied = new Map<number, string[]>();
  duplicates = 0;
  restarts = 0;
  forgotten = 0;
  slowUntil = 0;
  server: CsmsServer | undefined;
  port = 0;

  async start(): Promise<void> {
    const server = new CsmsServer({ store: this.store, pingIntervalMs: 0 });
    const slow = async (): Promise<void> => {
      while (Date.now() < this.slowUntil) await pause(20);
    };
    const now = () => new Date().toISOString();
    for (const v of ['2.0.1', '1.6'] as const) {
      server.handle(v, 'BootNotification', () => ({ status: 'Accepted' as const, interval: 300, currentTime: now() }));
    }
    // The store says whether a message was applied or answered as a retry: the order they were applied in.
    server.on('transactionMessage', (identity, record) => {
      if (record.duplicate) this.duplicates++;
      else this.push(Number(identity.slice(1)), label(Number(identity.slice(1)), record.action, record.request as Record<string, unknown>));
    });
    server.handleTransaction('2.0.1', 'TransactionEvent', async () => {
      await slow();
      return {};
    });
    server.handleTransaction('1.6', 'StartTransaction', async () => {
      await slow();
      return { idTagInfo: { status: 'Accepted' as const } };
    });
    server.handleTransaction('1.6', 'StopTransaction', async () => {
      await slow();
      return {};
    });
    server.handleTransaction('1.6', 'MeterValues', async () => {
      await slow();
      return {};
    });
    // Back on the same port: another process may hold it for a moment.
    for (let attempt = 0; ; attempt++) {
      try {
        await server.listen(this.port, '127.0.0.1');
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'EADDRINUSE' || attempt > 50) throw err;
        await pause(100);
      }
    }
    this.port = server.address()!.port;
    this.server = server;
  }

  private push(seed: number, l: string): void {
    const list = this.applied.get(seed) ?? [];
    list.push(l);
    this.applied.set(seed, list);
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}/ocpp`;
  }

  /** Goes away (connections closed) and comes back after `downMs` on the same port, with the same store. */
  async restart(downMs: number): Promise<void> {
    const s = this.server;
    this.server = undefined;
    await s?.close(200);
    await pause(downMs);
    await this.start();
    this.restarts++;
  }

  /** Forgets one station's registration, as a CSMS restarted without a store would: its next call gets SecurityError. */
  forget(identity: string): void {
    const csms = this.server?.station(identity);
    if (csms?.registration !== undefined && csms.registration.status === 'Accepted') {
      csms.registration.setStatus('Unknown');
      this.forgotten++;
    }
  }
}

test(`station processes killed with SIGKILL at random points over WebSocket, ${SEEDS} seeds: the CSMS applied every transaction message once, in order`, { timeout: 240_000 }, async () => {
  const tmp = tempDir();
  const csms = new FlakyCsms();
  await csms.start();
  const rng = random(12);
  const seeds = Array.from({ length: SEEDS }, (_, i) => i);
  const workers = Array.from(
    { length: WORKERS },
    // 150 ms or more between a station's messages: a session outlasts the wait before a kill, however quick the machine.
    (_, w) => new StationProcesses(() => csms.url, tmp.dir, seeds.filter((s) => s % WORKERS === w), 'sqlite', TRANSACTIONS, PER_TRANSACTION, { pauseMs: 150 }),
  );
  let finished = false;
  try {
    const runs = Promise.all(workers.map((w) => w.run())).finally(() => (finished = true));
    // The killer: each worker killed KILLS times, at random points once its stations are in session.
    const killers = workers.map(async (w) => {
      for (let n = 0; n < KILLS && !finished; n++) {
        // Once the process (re)started has booted every station it still runs.
        while (!finished && w.runBoots < w.seeds.length - w.done.size) await pause(10);
        await pause(150 + Math.floor(rng() * 700));
        const before = w.kills;
        w.kill();
        while (!finished && w.kills === before) await pause(5);
      }
    });
    // The CSMS's troubles, meanwhile.
    const troubles = (async () => {
      while (!finished) {
        await pause(600 + Math.floor(rng() * 600));
        if (finished) break;
        const r = rng();
        // Longer than the stations' call timeout (3 s): their calls time out, failed attempts.
        if (r < 0.25) csms.slowUntil = Date.now() + 3100 + Math.floor(rng() * 500);
        else if (r < 0.55) await csms.restart(100 + Math.floor(rng() * 300));
        else for (let i = 0; i < 5; i++) csms.forget(identityOf(Math.floor(rng() * SEEDS)));
      }
    })();
    const debug = process.env['WIRE_DEBUG'] === undefined ? undefined : setInterval(() => {
      const applied = [...csms.applied.values()].reduce((n, l) => n + l.length, 0);
      process.stderr.write(`done ${workers.map((w) => w.done.size).join('+')} kills ${workers.map((w) => w.kills).join('+')} applied ${applied} dup ${csms.duplicates} restarts ${csms.restarts} forgotten ${csms.forgotten}\n`);
    }, 2000);
    await runs;
    if (debug !== undefined) clearInterval(debug);
    await Promise.all([...killers, troubles]);

    for (const seed of seeds) {
      const expected: string[] = [];
      for (let i = 0; i < TRANSACTIONS; i++) for (let k = 0; k < PER_TRANSACTION; k++) expected.push(`${i}:${k}`);
      assert.deepEqual(csms.applied.get(seed), expected, `${identityOf(seed)}: every message applied once, in order`);
      const file = new SqliteTransactionMessageStore(join(tmp.dir, `station-${seed}.db`));
      try {
        assert.equal(await file.count(), 0);
        await verifyStation(csms.store, seed, TRANSACTIONS, PER_TRANSACTION, async (key) => (await file.transaction(key))?.reference);
      } finally {
        await file.close();
      }
    }
    const kills = workers.reduce((n, w) => n + w.kills, 0);
    const spared = seeds.filter((s) => workers.every((w) => !w.killedMidway.has(s)));
    // Up to KILLS kills a process; on a fast machine its stations may finish before the last ones.
    assert.ok(workers.every((w) => w.kills >= 1), `every station process was killed (${kills} kills in all)`);
    assert.deepEqual(spared, [], 'every station was killed at least once mid-session');
    assert.ok(csms.duplicates > 0, 'retries reached the CSMS and were answered without being applied again');
    assert.ok(csms.restarts + csms.forgotten > 0, 'the CSMS went away or forgot stations');
  } finally {
    finished = true;
    await csms.server?.close(200);
    tmp.done();
  }
});
