/**
 * Transaction messages per second through the durable queue (SQLite store)
 * against the same queue over the in-memory store, and the cost per
 * message. Each message is a realistic 2.0.1 TransactionEvent Updated with
 * five sampled values, stored before it is sent and removed when its
 * answer comes; `send` answers at once in process, so what is measured is
 * the queue and its store, not a network.
 *
 * Three ways of producing, each a different question:
 * - burst: 2000 events queued at once (a station back online after an
 *   outage), then delivered;
 * - 10 producers: ten connectors each queueing its next event as soon as
 *   the previous one is stored (sustained load);
 * - one at a time: queue an event, wait until it is answered, then the
 *   next (the latency of one message, sync included).
 *
 * - through the client: ChargingStationClient over WebSocket (loopback) to a
 *   CsmsServer, both validating; the client's transaction queue on each
 *   store, either a burst queued offline then delivered once connected, or
 *   10 producers while connected. One CALL in flight (Part 4, 4.1.1), so
 *   this is bound by the round trip.
 *
 * fsync policy: synchronous 'full' (the default) syncs the WAL before an
 * append is reported stored, so a queued event survives a power cut;
 * appends of one event-loop turn share a sync. Removals are not synced on
 * their own. 'normal' syncs nothing per write: safe against a killed
 * process, not against a power cut. The CSMS side (TransactionRecorder
 * commits, each synced in 'full') is measured the same way.
 * Goal: the durable queue sustains at least 2,000 messages/s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryCsmsStore } from '../src/durable/csms/memory-store.js';
import type { CsmsStore } from '../src/durable/csms/records.js';
import { TransactionRecorder } from '../src/durable/csms/recorder.js';
import { MemoryTransactionMessageStore } from '../src/durable/station/memory-store.js';
import { TransactionMessageQueue } from '../src/durable/station/queue.js';
import { transactionRules201, type TransactionEventInput201 } from '../src/durable/station/rules-v2.js';
import type { TransactionMessageStore } from '../src/durable/station/store.js';
import { SqliteCsmsStore } from '../src/sqlite/csms-store.js';
import { SqliteTransactionMessageStore } from '../src/sqlite/station-store.js';
import { ChargingStationClient } from '../src/transport/websocket-client.js';
import { CsmsServer } from '../src/transport/websocket-server.js';
import { v201 } from '../src/v201/index.js';

const MESSAGES = 2000;
const ROUNDS = 5;
const NOW = '2024-05-01T12:00:00.000Z';

function event(i: number): TransactionEventInput201 {
  return {
    action: 'TransactionEvent',
    payload: {
      eventType: 'Updated',
      timestamp: NOW,
      triggerReason: 'MeterValuePeriodic',
      transactionInfo: { transactionId: `tx-${i % 10}`, chargingState: 'Charging' },
      evse: { id: 1 + (i % 2), connectorId: 1 },
      meterValue: [
        {
          timestamp: NOW,
          sampledValue: [
            { value: 12345.6 + i, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
            { value: 7200 + (i % 100), measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W' } },
            { value: 31.4, measurand: 'Current.Import', phase: 'L1', unitOfMeasure: { unit: 'A' } },
            { value: 230.1, measurand: 'Voltage', phase: 'L1-N', unitOfMeasure: { unit: 'V' } },
            { value: 64, measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } },
          ],
        },
      ],
    },
  };
}

const events = Array.from({ length: MESSAGES }, (_, i) => event(i));
const dir = mkdtempSync(join(tmpdir(), 'ocpp-durable-bench-'));
let fileNo = 0;

interface StoreKind {
  readonly label: string;
  station(): TransactionMessageStore;
  csms(): CsmsStore;
}

const kinds: readonly StoreKind[] = [
  { label: 'in memory', station: () => new MemoryTransactionMessageStore(), csms: () => new MemoryCsmsStore() },
  {
    label: "SQLite, synchronous 'full'",
    station: () => new SqliteTransactionMessageStore(join(dir, `s${fileNo++}.db`)),
    csms: () => new SqliteCsmsStore(join(dir, `c${fileNo++}.db`)),
  },
  {
    label: "SQLite, synchronous 'normal'",
    station: () => new SqliteTransactionMessageStore(join(dir, `s${fileNo++}.db`), { synchronous: 'normal' }),
    csms: () => new SqliteCsmsStore(join(dir, `c${fileNo++}.db`), { synchronous: 'normal' }),
  },
];

type Mode = 'burst' | 'producers' | 'serial';

/** Messages per second for one round of one mode on a fresh store. */
async function queueRound(kind: StoreKind, mode: Mode): Promise<number> {
  const store = kind.station();
  let delivered = 0;
  let allDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allDone = resolve));
  const queue = new TransactionMessageQueue<TransactionEventInput201>({
    store,
    rules: transactionRules201,
    online: mode !== 'burst',
    send: async () => {
      if (++delivered === MESSAGES) allDone();
      return {};
    },
  });
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  if (mode === 'burst') {
    await Promise.all(events.map((e) => queue.enqueue(e)));
    queue.online();
  } else if (mode === 'producers') {
    await Promise.all(
      Array.from({ length: 10 }, async (_, p) => {
        for (let i = p; i < MESSAGES; i += 10) await queue.enqueue(events[i]!);
      }),
    );
  } else {
    for (const e of events) await queue.settled((await queue.enqueue(e)).id);
  }
  await done;
  const seconds = (performance.now() - t0) / 1000;
  queue.close();
  await store.close();
  return MESSAGES / seconds;
}

/** Recorder commits per second: 20 stations at once, each message recorded and answered. */
async function recorderRound(kind: StoreKind): Promise<number> {
  const store = kind.csms();
  const recorder = new TransactionRecorder({ store, version: 'ocpp2.0.1' });
  const perStation = MESSAGES / 20;
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 20 }, async (_, s) => {
      for (let n = 0; n < perStation; n++) {
        const e = events[s * perStation + n]!;
        await recorder.record(`CS${s}`, 'TransactionEvent', { ...e.payload, transactionInfo: { transactionId: `tx-${s}` }, seqNo: n }, () => ({}));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  return MESSAGES / seconds;
}

/** Messages per second through ChargingStationClient's queue to a CsmsServer on loopback. */
async function clientRound(kind: StoreKind, url: string, mode: 'burst' | 'producers'): Promise<number> {
  const store = kind.station();
  const client = new ChargingStationClient({
    version: v201,
    url,
    identity: `B${fileNo++}`,
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: { reason: 'PowerUp', chargingStation: { model: 'Bench', vendorName: 'ocpp-model' } },
    transactions: { store },
  });
  let delivered = 0;
  let allDone: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allDone = resolve));
  client.transactions.on('delivered', () => ++delivered === MESSAGES && allDone());
  (globalThis as { gc?: () => void }).gc?.();
  let t0: number;
  if (mode === 'burst') {
    await Promise.all(events.map((e) => client.queueTransactionMessage(e)));
    t0 = performance.now();
    await client.connect();
  } else {
    await client.connect();
    t0 = performance.now();
    await Promise.all(
      Array.from({ length: 10 }, async (_, p) => {
        for (let i = p; i < MESSAGES; i += 10) await client.queueTransactionMessage(events[i]!);
      }),
    );
  }
  await done;
  const seconds = (performance.now() - t0) / 1000;
  await client.close();
  await store.close();
  return MESSAGES / seconds;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function row(label: string, perSecond: number, base: number): string {
  return `${label.padEnd(30)} ${Math.round(perSecond).toLocaleString('en-US').padStart(9)} msg/s  ${(1e6 / perSecond).toFixed(0).padStart(6)} µs/msg  ${(perSecond / base).toFixed(2).padStart(5)}x of memory`;
}

try {
  console.log(`${MESSAGES} TransactionEvents per round, median of ${ROUNDS} rounds; files in ${tmpdir()}`);
  const modes: [Mode, string][] = [
    ['burst', 'station queue, burst of 2000'],
    ['producers', 'station queue, 10 producers'],
    ['serial', 'station queue, one at a time'],
  ];
  for (const [mode, title] of modes) {
    console.log(`\n${title}`);
    const rates = new Map<string, number>();
    for (const kind of kinds) {
      await queueRound(kind, mode); // warm up
      const xs: number[] = [];
      for (let r = 0; r < ROUNDS; r++) xs.push(await queueRound(kind, mode));
      rates.set(kind.label, median(xs));
    }
    const base = rates.get('in memory')!;
    for (const [label, rate] of rates) console.log(row(label, rate, base));
  }
  console.log('\nCSMS recorder, 20 stations at once');
  const rates = new Map<string, number>();
  for (const kind of kinds) {
    await recorderRound(kind);
    const xs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) xs.push(await recorderRound(kind));
    rates.set(kind.label, median(xs));
  }
  const base = rates.get('in memory')!;
  for (const [label, rate] of rates) console.log(row(label, rate, base));

  const server = new CsmsServer({ versions: [v201], pingIntervalMs: 0 });
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: new Date().toISOString() }));
  server.handle('2.0.1', 'TransactionEvent', () => ({}));
  const { port } = await server.listen(0, '127.0.0.1');
  try {
    for (const [mode, title] of [
      ['burst', 'ChargingStationClient over WebSocket: burst of 2000 queued offline, then delivered'],
      ['producers', 'ChargingStationClient over WebSocket: 10 producers while connected'],
    ] as const) {
      console.log(`\n${title}`);
      const clientRates = new Map<string, number>();
      for (const kind of kinds) {
        await clientRound(kind, `ws://127.0.0.1:${port}/ocpp`, mode);
        const xs: number[] = [];
        for (let r = 0; r < 3; r++) xs.push(await clientRound(kind, `ws://127.0.0.1:${port}/ocpp`, mode));
        clientRates.set(kind.label, median(xs));
      }
      const memory = clientRates.get('in memory')!;
      for (const [label, rate] of clientRates) console.log(row(label, rate, memory));
    }
  } finally {
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
