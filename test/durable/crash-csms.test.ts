/**
 * The CSMS side under SIGKILL: a CSMS process (fixtures/csms-child.ts)
 * over an SQLite store is killed at random points of the traffic of 20
 * stations (2.0.1 and 1.6) and started again on the same file. Then both
 * sides at once: station processes and the CSMS process killed
 * independently. Afterwards the CSMS's file must hold every transaction
 * message of every plan exactly once, in order, with 1.6 messages on the
 * transactionId the station was given; and after a CSMS restart, stations
 * that do not boot again are still served (no SecurityError).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryTransactionMessageStore } from '../../src/durable/station/memory-store.js';
import { TransactionMessageQueue } from '../../src/durable/station/queue.js';
import type { QueueInput, TransactionRules } from '../../src/durable/station/rules.js';
import { transactionRules16 } from '../../src/durable/station/rules-v16.js';
import { transactionRules201 } from '../../src/durable/station/rules-v2.js';
import type { TransactionMessageStore } from '../../src/durable/station/store.js';
import { CallTimeoutError, ConnectionLostError, createOcppError, type ErrorCode } from '../../src/rpc/errors.js';
import { SqliteCsmsStore } from '../../src/sqlite/csms-store.js';
import { SqliteTransactionMessageStore } from '../../src/sqlite/station-store.js';
import { planMessage, reading, transactionKey } from './fixtures/plan.js';
import { tempDir, until } from './support.js';

const here = dirname(fileURLToPath(import.meta.url));
const STATIONS = 20;
const TRANSACTIONS = 3;
const PER_TRANSACTION = 5;
const KILLS = 4;
const ANSWER_TIMEOUT_MS = 60;

const versionOf = (seed: number): 'ocpp2.0.1' | 'ocpp1.6' => (seed % 2 === 0 ? 'ocpp2.0.1' : 'ocpp1.6');
const stationId = (seed: number): string => `CS${seed}`;

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

type CsmsReply = { t: 'ready' } | { t: 'result'; id: number; response: unknown } | { t: 'error'; id: number; code: ErrorCode };

/** A CSMS child process, restarted on the same file whenever it is killed, until stop(). */
class CsmsProcess {
  child: ChildProcess | undefined;
  ready = false;
  kills = 0;
  private stopping = false;
  private readonly listeners = new Set<(msg: CsmsReply) => void>();
  private readonly onState: (up: boolean) => void;
  exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    onState: (up: boolean) => void = () => undefined,
  ) {
    this.onState = onState;
    this.start();
  }

  private start(): void {
    const child = fork(join(here, 'fixtures', 'csms-child.js'), [this.path], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.ready = false;
        this.onState(false);
        if (signal === 'SIGKILL') this.kills++;
        else assert.equal(code, 0, 'the CSMS process failed');
        if (!this.stopping) this.start();
        resolve();
      });
    });
    child.on('message', (msg: CsmsReply) => {
      if (msg.t === 'ready') {
        this.ready = true;
        this.onState(true);
        return;
      }
      for (const l of this.listeners) l(msg);
    });
  }

  on(listener: (msg: CsmsReply) => void): void {
    this.listeners.add(listener);
  }

  send(msg: unknown): boolean {
    if (!this.ready || this.child?.connected !== true) return false;
    this.child.send(msg as never, () => undefined);
    return true;
  }

  kill(): void {
    this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await until(() => this.ready, 10_000, 'the CSMS to be up');
    this.child!.disconnect();
    await this.exited;
  }
}

/** What the CSMS's file must hold for one station's plan; 1.6 ids checked against the station's. */
async function verifyStation(csms: SqliteCsmsStore, seed: number, referenceOf: (key: string) => Promise<number | undefined>): Promise<void> {
  const version = versionOf(seed);
  const id = stationId(seed);
  const tag = `${id} (${version})`;
  const txs = await csms.transactions({ stationId: id });
  assert.equal(txs.length, TRANSACTIONS, `${tag}: every transaction, once`);
  for (let i = 0; i < TRANSACTIONS; i++) {
    const key = transactionKey(version, seed, i);
    const transactionId = version === 'ocpp1.6' ? String(await referenceOf(key)) : key;
    const t = await csms.transaction(id, transactionId);
    assert.ok(t !== undefined, `${tag}: transaction ${i} is ${transactionId}`);
    assert.deepEqual([t.state, t.messages], ['Ended', PER_TRANSACTION], `${tag}: transaction ${i} complete, each message applied once`);
    const values = (await csms.meterValues(id, transactionId)).map((m) => Number((m.sampledValue[0] as { value: unknown }).value));
    const ks = version === 'ocpp1.6' ? [1, 2, 3] : [1, 2, 3, 4];
    assert.deepEqual(values, ks.map((k) => reading(i, k)), `${tag}: transaction ${i}'s meter values once each, in order`);
    if (version === 'ocpp1.6') assert.equal(t.meterStartWh, reading(i, 0));
    else assert.deepEqual(await csms.seqNos(id, transactionId), [0, 1, 2, 3, 4]);
  }
}

test(`a CSMS process killed with SIGKILL mid-traffic and restarted on its file, ${STATIONS} stations: every message applied once; stations served without booting again`, async () => {
  const tmp = tempDir();
  const path = tmp.file('csms.db');
  const rng = random(7);
  const stations: { seed: number; store: TransactionMessageStore; queue: TransactionMessageQueue<QueueInput> }[] = [];
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void; timer: NodeJS.Timeout; action: string }>();
  let nextId = 1;
  let refusals = 0;
  let lostInFlight = 0;
  const csms = new CsmsProcess(path, (up) => {
    for (const s of stations) (up ? s.queue.online() : s.queue.offline());
    if (up) return;
    for (const [id, p] of pending) {
      pending.delete(id);
      clearTimeout(p.timer);
      lostInFlight++;
      p.reject(new ConnectionLostError(p.action, 'the CSMS went away'));
    }
  });
  csms.on((msg) => {
    if (msg.t === 'ready') return;
    const p = pending.get(msg.id);
    if (p === undefined) return;
    pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.t === 'result') p.resolve(msg.response);
    else p.reject(createOcppError(msg.code, 'refused by the CSMS'));
  });
  const killPoints = Array.from({ length: KILLS }, (_, i) => Math.floor(((i + 0.2 + rng() * 0.6) / KILLS) * STATIONS * TRANSACTIONS * PER_TRANSACTION));
  let calls = 0;
  const sender = (seed: number) => (action: string, payload: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      if (!csms.send({ t: 'call', station: stationId(seed), version: versionOf(seed), id, action, payload })) {
        reject(new ConnectionLostError(action, 'the CSMS is down'));
        return;
      }
      if (action !== 'BootNotification' && ++calls === killPoints[0]) {
        killPoints.shift();
        setTimeout(() => csms.kill(), Math.floor(rng() * 3));
      }
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new CallTimeoutError(action, ANSWER_TIMEOUT_MS, false));
      }, ANSWER_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer, action });
    });
  try {
    await until(() => csms.ready, 10_000, 'the CSMS to start');
    for (let seed = 0; seed < STATIONS; seed++) {
      const store = new MemoryTransactionMessageStore();
      const rules = (versionOf(seed) === 'ocpp1.6' ? transactionRules16 : transactionRules201) as unknown as TransactionRules<QueueInput>;
      const queue = new TransactionMessageQueue<QueueInput>({
        store,
        rules,
        send: sender(seed),
        attempts: Infinity,
        retryIntervalMs: 0,
        resendDelayMs: 5,
        online: csms.ready,
        registered: false,
      });
      queue.on('registrationNeeded', () => refusals++);
      stations.push({ seed, store, queue });
    }
    // Each station boots once, at the start.
    await Promise.all(
      stations.map(async (s) => {
        for (;;) {
          try {
            await sender(s.seed)('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'Crash', vendorName: 'Test' } });
            s.queue.registered();
            return;
          } catch {
            await until(() => csms.ready, 10_000, 'the CSMS to be back');
          }
        }
      }),
    );
    await Promise.all(
      stations.map(async (s) => {
        for (let i = 0; i < TRANSACTIONS; i++) {
          for (let k = 0; k < PER_TRANSACTION; k++) {
            await s.queue.enqueue(planMessage(versionOf(s.seed), s.seed, i, k, PER_TRANSACTION));
            await new Promise((resolve) => setTimeout(resolve, (s.seed + k) % 3));
          }
        }
      }),
    );
    await until(async () => (await Promise.all(stations.map((s) => s.store.count()))).every((n) => n === 0), 60_000, 'every queue to empty');
    for (const s of stations) s.queue.close();
    await csms.stop();

    assert.ok(csms.kills >= KILLS - 1, `the CSMS was killed ${csms.kills} times`);
    assert.ok(lostInFlight > 0, 'some kills came with a message in flight');
    assert.equal(refusals, 0, 'no station was refused after a CSMS restart: its registration was kept');
    const file = new SqliteCsmsStore(path);
    try {
      for (const s of stations) await verifyStation(file, s.seed, async (key) => (await s.store.transaction(key))?.reference);
      assert.equal((await file.stations()).length, STATIONS);
      assert.ok((await file.stations()).every((st) => st.registration === 'Accepted'));
    } finally {
      await file.close();
    }
  } finally {
    for (const s of stations) s.queue.close();
    tmp.done();
  }
});

test('both at once: station processes and the CSMS process killed independently at random points; nothing lost, nothing applied twice', async () => {
  const tmp = tempDir();
  const csmsPath = tmp.file('csms.db');
  const seeds = Array.from({ length: 12 }, (_, i) => i);
  const rng = random(11);
  const csms = new CsmsProcess(csmsPath);
  /** CSMS-side id -> the station process and its call id. */
  const relay = new Map<number, { child: ChildProcess; id: number }>();
  let nextId = 1;
  const remaining = new Set(seeds);
  const expected = seeds.length * TRANSACTIONS * PER_TRANSACTION;
  const stationKillPoints = [0.15, 0.45, 0.75].map((f) => Math.floor((f + rng() * 0.1) * expected));
  const csmsKillPoints = [0.3, 0.6, 0.9].map((f) => Math.floor((f + rng() * 0.1) * expected));
  let calls = 0;
  let stationKills = 0;
  csms.on((msg) => {
    if (msg.t === 'ready') return;
    const to = relay.get(msg.id);
    if (to === undefined) return;
    relay.delete(msg.id);
    if (to.child.connected) to.child.send({ ...msg, id: to.id } as never, () => undefined);
  });
  try {
    await until(() => csms.ready, 10_000, 'the CSMS to start');
    while (remaining.size > 0) {
      const child = fork(join(here, 'fixtures', 'station-child.js'), [tmp.dir, String(TRANSACTIONS), String(PER_TRANSACTION), [...remaining].join(',')], {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      child.on('message', (msg: { t: 'call'; seed: number; id: number; action: string; payload: unknown } | { t: 'done'; seed: number }) => {
        if (msg.t === 'done') {
          remaining.delete(msg.seed);
          return;
        }
        const id = nextId++;
        relay.set(id, { child, id: msg.id });
        // Lost when the CSMS is down: the station times out and tries again.
        csms.send({ t: 'call', station: stationId(msg.seed), version: versionOf(msg.seed), id, action: msg.action, payload: msg.payload });
        if (msg.action === 'BootNotification') return;
        calls++;
        if (calls === stationKillPoints[0]) {
          stationKillPoints.shift();
          setTimeout(() => child.kill('SIGKILL'), Math.floor(rng() * 4));
        }
        if (calls === csmsKillPoints[0]) {
          csmsKillPoints.shift();
          setTimeout(() => csms.kill(), Math.floor(rng() * 4));
        }
      });
      const { code, signal } = await exit;
      if (signal === 'SIGKILL') {
        stationKills++;
        continue;
      }
      assert.equal(code, 0, 'the station process failed');
    }
    await csms.stop();
    assert.ok(stationKills >= 2, `the station processes were killed ${stationKills} times`);
    assert.ok(csms.kills >= 2, `the CSMS was killed ${csms.kills} times`);
    const file = new SqliteCsmsStore(csmsPath);
    try {
      for (const seed of seeds) {
        const stationFile = new SqliteTransactionMessageStore(join(tmp.dir, `station-${seed}.db`));
        try {
          assert.equal(await stationFile.count(), 0);
          await verifyStation(file, seed, async (key) => (await stationFile.transaction(key))?.reference);
        } finally {
          await stationFile.close();
        }
      }
    } finally {
      await file.close();
    }
  } finally {
    tmp.done();
  }
});
