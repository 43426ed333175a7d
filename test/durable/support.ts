/** What the durable-store tests share: both kinds of store, a manual clock, message builders, temporary files. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TransactionMessageStore } from '../../src/durable/station/store.js';
import { MemoryTransactionMessageStore } from '../../src/durable/station/memory-store.js';
import type { CsmsStore } from '../../src/durable/csms/records.js';
import { MemoryCsmsStore } from '../../src/durable/csms/memory-store.js';
import type { QueueClock } from '../../src/durable/station/queue.js';
import type { TransactionEventInput201 } from '../../src/durable/station/rules-v2.js';
import { SqliteTransactionMessageStore } from '../../src/sqlite/station-store.js';
import { SqliteCsmsStore } from '../../src/sqlite/csms-store.js';

/** A directory of its own for one test, removed by `done()`. */
export function tempDir(): { readonly dir: string; file(name: string): string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-durable-'));
  return { dir, file: (name) => join(dir, name), done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A way to make a station store, and to make it again on the same data (a restart). */
export interface StationStoreKind {
  readonly name: string;
  /** Whether a reopened store sees what the first one wrote. */
  readonly persistent: boolean;
  open(): TransactionMessageStore;
  done(): void;
}

export const stationStoreKinds: readonly (() => StationStoreKind)[] = [
  () => ({ name: 'memory', persistent: false, open: () => new MemoryTransactionMessageStore(), done: () => undefined }),
  () => {
    const tmp = tempDir();
    return { name: 'sqlite', persistent: true, open: () => new SqliteTransactionMessageStore(tmp.file('station.db')), done: tmp.done };
  },
];

export interface CsmsStoreKind {
  readonly name: string;
  readonly persistent: boolean;
  open(): CsmsStore;
  done(): void;
}

export const csmsStoreKinds: readonly (() => CsmsStoreKind)[] = [
  () => ({ name: 'memory', persistent: false, open: () => new MemoryCsmsStore(), done: () => undefined }),
  () => {
    const tmp = tempDir();
    return { name: 'sqlite', persistent: true, open: () => new SqliteCsmsStore(tmp.file('csms.db')), done: tmp.done };
  },
];

/** A clock the test moves by hand. */
export class ManualClock implements QueueClock {
  time = 1_700_000_000_000;
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.time + ms, fn, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** When the earliest timer fires, if any. */
  get nextAt(): number | undefined {
    return this.timers.length === 0 ? undefined : Math.min(...this.timers.map((t) => t.at));
  }

  /** Moves time on by `ms`, firing what falls due on the way. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.fn();
    }
    this.time = end;
  }
}

/** Resolves after `n` turns of the event loop (lets batched writes commit). */
export async function turns(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Waits until `check` holds, polling; fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

let clockMs = Date.parse('2024-05-01T12:00:00Z');

/** A 2.0.1 TransactionEvent to queue (no seqNo). */
export function event201(
  transactionId: string,
  eventType: 'Started' | 'Updated' | 'Ended',
  extra: Partial<TransactionEventInput201['payload']> = {},
): TransactionEventInput201 {
  clockMs += 1000;
  return {
    action: 'TransactionEvent',
    payload: {
      eventType,
      timestamp: new Date(clockMs).toISOString(),
      triggerReason: eventType === 'Started' ? 'Authorized' : eventType === 'Ended' ? 'StopAuthorized' : 'MeterValuePeriodic',
      transactionInfo: { transactionId, ...(eventType === 'Ended' && { stoppedReason: 'Local' as const }) },
      ...(eventType === 'Started' && { evse: { id: 1, connectorId: 1 }, idToken: { idToken: 'TOKEN1', type: 'ISO14443' as const } }),
      ...(eventType !== 'Started' && {
        meterValue: [{ timestamp: new Date(clockMs).toISOString(), sampledValue: [{ value: clockMs % 100000, measurand: 'Energy.Active.Import.Register' as const }] }],
      }),
      ...extra,
    },
  };
}

/** A fresh ISO timestamp, later than the previous one. */
export function nextTimestamp(): string {
  clockMs += 1000;
  return new Date(clockMs).toISOString();
}
