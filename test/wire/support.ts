/**
 * What the kill -9 tests over WebSocket share: a seeded random generator,
 * station and CSMS processes (fixtures/) started again on the same files
 * after each SIGKILL, and the check of a CSMS store against the plan.
 */
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CsmsStore } from '../../src/durable/csms/records.js';
import { reading, transactionKey } from '../durable/fixtures/plan.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const versionOf = (seed: number): 'ocpp2.0.1' | 'ocpp1.6' => (seed % 2 === 0 ? 'ocpp2.0.1' : 'ocpp1.6');
export const identityOf = (seed: number): string => `S${seed}`;
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, polling; fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await pause(5);
  }
}

type StationReport = { t: 'boot' | 'refused' | 'done'; seed: number };

/**
 * Station processes for a set of seeds, started again after each SIGKILL
 * until every seed is done. `kill()` kills the one running now.
 */
export class StationProcesses {
  readonly done = new Set<number>();
  readonly boots = new Map<number, number>();
  readonly refused = new Map<number, number>();
  kills = 0;
  /** BootNotifications answered, every station, every run. */
  bootCount = 0;
  /** BootNotifications answered in the run going on now. */
  runBoots = 0;
  /** Seeds not done at some kill, after they had booted (killed mid-session). */
  readonly killedMidway = new Map<number, number>();
  private child: ChildProcess | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly url: () => string,
    private readonly dir: string,
    readonly seeds: readonly number[],
    private readonly store: 'sqlite' | 'memory',
    private readonly transactions: number,
    private readonly perTransaction: number,
    /** Base pause between a station's messages, ms; 'hold': the first run waits for go(). */
    private readonly pacing: { readonly pauseMs?: number; readonly hold?: boolean } = {},
  ) {}

  /** Lets a held first run start its plans. */
  go(): void {
    this.child?.send({ t: 'go' });
  }

  /** Runs until every seed is done. */
  run(): Promise<void> {
    this.running ??= this.loop();
    return this.running;
  }

  get alive(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  kill(): void {
    if (!this.alive) return;
    for (const s of this.seeds) if (!this.done.has(s) && (this.boots.get(s) ?? 0) > 0) this.killedMidway.set(s, (this.killedMidway.get(s) ?? 0) + 1);
    this.child!.kill('SIGKILL');
  }

  private async loop(): Promise<void> {
    while (this.done.size < this.seeds.length) {
      const left = this.seeds.filter((s) => !this.done.has(s));
      const hold = this.pacing.hold === true && this.kills === 0 ? 'hold' : 'go';
      const args = [this.url(), this.dir, left.join(','), this.store, String(this.transactions), String(this.perTransaction), String(this.pacing.pauseMs ?? 20), hold];
      const child = fork(join(here, 'fixtures', 'station-process.js'), args, {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      this.child = child;
      this.runBoots = 0;
      const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      child.on('message', (msg: StationReport) => {
        if (msg.t === 'done') this.done.add(msg.seed);
        else if (msg.t === 'boot') {
          this.bootCount++;
          this.runBoots++;
          this.boots.set(msg.seed, (this.boots.get(msg.seed) ?? 0) + 1);
        }
        else this.refused.set(msg.seed, (this.refused.get(msg.seed) ?? 0) + 1);
      });
      const { code, signal } = await exit;
      if (signal === 'SIGKILL') {
        this.kills++;
        continue;
      }
      assert.equal(code, 0, 'the station process failed');
    }
  }
}

/** A CSMS process on one file and port, started again after each SIGKILL until stop(). */
export class CsmsProcess {
  port = 0;
  kills = 0;
  ready = false;
  private child: ChildProcess | undefined;
  private stopping = false;
  private exited: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  async start(): Promise<void> {
    const child = fork(join(here, 'fixtures', 'csms-process.js'), [this.file, String(this.port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.ready = false;
        if (signal === 'SIGKILL') this.kills++;
        else assert.equal(code, 0, 'the CSMS process failed');
        if (!this.stopping) void this.start();
        resolve();
      });
    });
    child.on('message', (msg: { t: 'ready'; port: number }) => {
      this.port = msg.port;
      this.ready = true;
    });
    await until(() => this.ready || this.child !== child, 30_000, 'the CSMS process to listen');
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}/ocpp`;
  }

  kill(): void {
    if (this.ready) this.child?.kill('SIGKILL');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await until(() => this.ready, 30_000, 'the CSMS to be up');
    this.child!.disconnect();
    await this.exited;
  }
}

/**
 * The CSMS's records of one station against its plan: every transaction
 * once, Ended, each message applied once, meter values once each and in
 * order; 2.x seqNos 0..n-1. A 1.6 transaction is found by its meterStart
 * (its id is the CSMS's), and when `referenceOf` is given, its id must be
 * the one the station's store learnt from the StartTransaction answer.
 */
export async function verifyStation(
  csms: CsmsStore,
  seed: number,
  transactions: number,
  perTransaction: number,
  referenceOf?: (key: string) => Promise<number | undefined>,
): Promise<void> {
  const version = versionOf(seed);
  const id = identityOf(seed);
  const tag = `${id} (${version})`;
  const txs = await csms.transactions({ stationId: id });
  assert.equal(txs.length, transactions, `${tag}: every transaction, once`);
  for (let i = 0; i < transactions; i++) {
    const key = transactionKey(version, seed, i);
    const t = version === 'ocpp1.6' ? txs.find((x) => x.meterStartWh === reading(i, 0)) : await csms.transaction(id, key);
    assert.ok(t !== undefined, `${tag}: transaction ${i}`);
    if (version === 'ocpp1.6' && referenceOf !== undefined) assert.equal(t.transactionId, String(await referenceOf(key)), `${tag}: transaction ${i}'s id`);
    assert.deepEqual([t.state, t.messages], ['Ended', perTransaction], `${tag}: transaction ${i} complete, each message applied once`);
    const values = (await csms.meterValues(id, t.transactionId)).map((m) => Number((m.sampledValue[0] as { value: unknown }).value));
    const ks = Array.from({ length: perTransaction - (version === 'ocpp1.6' ? 2 : 1) }, (_, n) => n + 1);
    assert.deepEqual(values, ks.map((k) => reading(i, k)), `${tag}: transaction ${i}'s meter values once each, in order`);
    if (version !== 'ocpp1.6') assert.deepEqual(await csms.seqNos(id, t.transactionId), Array.from({ length: perTransaction }, (_, n) => n));
  }
}
