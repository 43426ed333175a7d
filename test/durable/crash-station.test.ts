/**
 * Nothing lost, nothing applied twice, with a real station process killed
 * with SIGKILL at random points: 50 seeds (stations), 2.0.1 and 1.6 in
 * turn. The station process (fixtures/station-child.ts) queues a fixed
 * plan of transaction messages in an SQLite store and sends them over IPC;
 * this process plays the CSMS with the exactly-once recorder, and a bad
 * network: answers lost before and after the message was applied,
 * CALLERRORs, SecurityErrors (the station boots again), connection
 * drops. A worker runs its stations in one process and kills it with
 * SIGKILL at random points of the traffic, several times, starting it
 * again on the same files each time: every station is killed mid-way at
 * least once, each at its own point (while a message is stored, sent,
 * answered or removed). In the end
 * every message of every plan must have been applied exactly once, in the
 * plan's order, answered once by the application, and 1.6 messages must
 * carry the transactionId the CSMS gave their StartTransaction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryCsmsStore } from '../../src/durable/csms/memory-store.js';
import { TransactionRecorder } from '../../src/durable/csms/recorder.js';
import { reading, transactionKey } from './fixtures/plan.js';
import { tempDir } from './support.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = 50;
const WORKERS = 2;
const TRANSACTIONS = 3;
const PER_TRANSACTION = 5;
/** Kills per worker process, spread over its traffic. */
const KILLS = 4;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type ChildMessage = { t: 'call'; seed: number; id: number; action: string; payload: Record<string, unknown> } | { t: 'done'; seed: number };

/** What the CSMS saw of one seed's station. */
class Seed {
  readonly version: 'ocpp2.0.1' | 'ocpp1.6';
  readonly rng: () => number;
  readonly csms = new MemoryCsmsStore();
  readonly recorder: TransactionRecorder;
  /** Plan positions "i:k" in the order their effect was applied. */
  readonly applied: string[] = [];
  answers = 0;
  readonly wrongIds: string[] = [];
  readonly startIds = new Map<number, string>();
  calls = 0;
  duplicates = 0;
  done = false;
  /** Kills that came while this station still had messages to deliver. */
  killedMidway = 0;

  constructor(readonly seed: number) {
    this.version = seed % 2 === 0 ? 'ocpp2.0.1' : 'ocpp1.6';
    this.rng = random(seed + 1);
    this.recorder = new TransactionRecorder({ store: this.csms, version: this.version });
  }

  /** Which message of the plan a payload is: "i:k". */
  label(action: string, p: Record<string, unknown>): string {
    if (this.version !== 'ocpp1.6') {
      const id = (p['transactionInfo'] as { transactionId: string }).transactionId;
      const i = Number(id.slice(id.lastIndexOf('T') + 1));
      assert.equal(id, transactionKey(this.version, this.seed, i));
      return `${i}:${String(p['seqNo'])}`;
    }
    if (action === 'StartTransaction') return `${Number(String(p['idTag']).slice(3))}:0`;
    const wh =
      action === 'StopTransaction' ? Number(p['meterStop']) : Number((p['meterValue'] as { sampledValue: { value: string }[] }[])[0]!.sampledValue[0]!.value);
    return `${Math.floor(wh / 1000)}:${wh % 1000}`;
  }

  async verify(): Promise<void> {
    const tag = `seed ${this.seed} (${this.version})`;
    const expected: string[] = [];
    for (let i = 0; i < TRANSACTIONS; i++) for (let k = 0; k < PER_TRANSACTION; k++) expected.push(`${i}:${k}`);
    assert.deepEqual(this.applied, expected, `${tag}: every message applied once, in order`);
    assert.equal(this.answers, expected.length, `${tag}: the application answered each message once`);
    assert.deepEqual(this.wrongIds, [], `${tag}: 1.6 messages carry their transaction's id`);
    const txs = await this.csms.transactions({ stationId: 'CS' });
    assert.equal(txs.length, TRANSACTIONS, tag);
    for (const t of txs) {
      assert.equal(t.state, 'Ended', tag);
      assert.equal(t.messages, PER_TRANSACTION, tag);
      const values = (await this.csms.meterValues('CS', t.transactionId)).map((m) => Number((m.sampledValue[0] as { value: unknown }).value));
      const i = Math.floor(values[0]! / 1000);
      const ks = this.version === 'ocpp1.6' ? [1, 2, 3] : [1, 2, 3, 4];
      assert.deepEqual(values, ks.map((k) => reading(i, k)), `${tag}: meter values of transaction ${i}, once each`);
    }
  }
}

interface WorkerResult {
  readonly seeds: Seed[];
  readonly kills: number;
}

/** One process running all `seeds` stations at once; killed at random points of the traffic, started again until all are done. */
async function worker(seedList: readonly number[], workerSeed: number): Promise<WorkerResult> {
  const tmp = tempDir();
  const seeds = new Map(seedList.map((s) => [s, new Seed(s)]));
  const remaining = new Set(seedList);
  const verified: Promise<void>[] = [];
  const rng = random(1000 + workerSeed);
  // Cumulative call counts at which the process is killed: spread over the expected traffic.
  const expectedCalls = seedList.length * TRANSACTIONS * PER_TRANSACTION * 1.3;
  const killPoints = Array.from({ length: KILLS }, (_, i) => Math.floor(((i + 0.2 + rng() * 0.6) / KILLS) * expectedCalls));
  let calls = 0;
  let kills = 0;
  try {
    while (remaining.size > 0) {
      const child = fork(join(here, 'fixtures', 'station-child.js'), [tmp.dir, String(TRANSACTIONS), String(PER_TRANSACTION), [...remaining].join(',')], {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      const reply = (msg: unknown): void => {
        if (child.connected) child.send(msg as never, () => undefined);
      };
      const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      child.on('message', (msg: ChildMessage) => {
        const s = seeds.get(msg.seed)!;
        if (msg.t === 'done') {
          s.done = true;
          remaining.delete(msg.seed);
          verified.push(s.verify());
          return;
        }
        s.calls++;
        if (++calls === killPoints[0]) {
          killPoints.shift();
          setTimeout(() => {
            for (const x of seeds.values()) if (!x.done && x.calls > 0) x.killedMidway++;
            child.kill('SIGKILL');
          }, Math.floor(rng() * 4));
        }
        if (msg.action === 'BootNotification') return reply({ t: 'result', id: msg.id, response: { status: 'Accepted' } });
        const r = s.rng();
        if (r < 0.04) {
          // The connection drops with the call in flight, and comes back.
          reply({ t: 'offline', seed: msg.seed });
          setTimeout(() => reply({ t: 'online', seed: msg.seed }), 3);
          return;
        }
        if (r < 0.1) return; // lost on the way: the station times out
        if (r < 0.16) return reply({ t: 'error', id: msg.id, code: 'InternalError' });
        if (r < 0.2) return reply({ t: 'error', id: msg.id, code: 'SecurityError' });
        const which = s.label(msg.action, msg.payload);
        void s.recorder
          .recordAny('CS', msg.action, msg.payload, () => {
            s.answers++;
            const i = Number(which.split(':')[0]);
            if (s.version === 'ocpp1.6' && msg.action !== 'StartTransaction' && String(msg.payload['transactionId']) !== s.startIds.get(i)) {
              s.wrongIds.push(`${which} went with ${String(msg.payload['transactionId'])}, expected ${s.startIds.get(i)}`);
            }
            return msg.action === 'StartTransaction' || msg.action === 'TransactionEvent' ? { idTagInfo: { status: 'Accepted' } } : {};
          })
          .then((outcome) => {
            if (outcome.duplicate) s.duplicates++;
            else s.applied.push(which);
            if (msg.action === 'StartTransaction') s.startIds.set(Number(which.split(':')[0]), String(outcome.transactionId));
            // Applied, but the answer is lost: the station must send it again.
            if (r < 0.26) return;
            reply({ t: 'result', id: msg.id, response: outcome.answer });
          });
      });
      const { code, signal } = await exit;
      if (signal === 'SIGKILL') {
        kills++;
        continue;
      }
      assert.equal(code, 0, 'the station process failed');
      assert.deepEqual([...remaining], [], 'the station process ended before delivering every plan');
    }
    await Promise.all(verified);
    return { seeds: [...seeds.values()], kills };
  } finally {
    tmp.done();
  }
}

test(`station processes killed with SIGKILL at random points, ${SEEDS} seeds: every transaction message reaches the CSMS, applied once, in order`, async () => {
  const all = Array.from({ length: SEEDS }, (_, i) => i);
  const results = await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(all.filter((s) => s % WORKERS === w), w)));
  const seeds = results.flatMap((r) => r.seeds);
  const kills = results.reduce((n, r) => n + r.kills, 0);
  const duplicates = seeds.reduce((n, s) => n + s.duplicates, 0);
  assert.equal(seeds.length, SEEDS);
  const spared = seeds.filter((s) => s.killedMidway === 0).map((s) => s.seed);
  assert.deepEqual(spared, [], 'every station was killed at least once before it had delivered its plan');
  assert.ok(kills >= WORKERS * (KILLS - 1), `the station processes were killed ${kills} times`);
  assert.ok(duplicates >= SEEDS, `retries reached the CSMS as duplicates ${duplicates} times and were not applied again`);
});
