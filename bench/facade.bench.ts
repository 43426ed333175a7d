/**
 * What the CSMS facade costs per frame over the version role underneath,
 * in the same run: station frames through a `Csms` behaviour of 2.0.1 (and
 * of 1.6) answered by trivial version handlers, against the same frames
 * through the same behaviour with the facade's handlers (read into the
 * neutral model, transactions applied to the station's TransactionTracker,
 * a trivial neutral application, answer written back in the version). Both
 * validate strictly, as a CSMS does. The mix is a charging session's:
 * meter readings of running transactions (2.x TransactionEvent Updated,
 * 1.6 MeterValues with a transactionId, five sampled values each), meter
 * values outside transactions, StatusNotification and Heartbeat. Each pass
 * of 4000 frames begins with fresh transactions. Goal (issue 11): the
 * facade costs under 20% over the role.
 *
 * Time is the process's CPU time (process.cpuUsage: every thread, the
 * garbage collector's helpers included), not the wall clock: on a shared
 * machine the wall clock also counts the time other processes hold the
 * CPU, which made rounds of the same code differ by half. Every frame
 * carries its own timestamp, later than the one before, as a station's do.
 *
 * A third column splits the cost: the facade with a tracker that records
 * nothing (every transaction message read, answered and written, no record
 * kept), so the conversions' share and the transaction records' share show
 * apart. A role application that kept transaction records would pay the
 * second share too.
 */
import { NeutralCsms } from '../src/facade/index.js';
import type { TransactionEvent, TransactionRecord, TransactionTracker } from '../src/neutral/index.js';
import { Csms } from '../src/roles/csms.js';
import type { CsmsHandlers } from '../src/roles/types.js';
import { v16, type V16 } from '../src/v16/index.js';
import { v201, type V201 } from '../src/v201/index.js';

const FRAMES = 4000;
const ROUND_MS = 250;
const ROUNDS = 11;
const NOW = '2024-05-01T12:00:00.000Z';
const TRANSACTIONS = 50;
/** Frame i's time: a second after frame i - 1's. */
const at = (i: number) => new Date(Date.parse(NOW) + i * 1000).toISOString();

function sampled(i: number) {
  return [
    { value: 12345.6 + i, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } },
    { value: 7200 + (i % 100), measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W' } },
    { value: 31.4, measurand: 'Current.Import', phase: 'L1', unitOfMeasure: { unit: 'A' } },
    { value: 230.1, measurand: 'Voltage', phase: 'L1-N', unitOfMeasure: { unit: 'V' } },
    { value: 64, measurand: 'SoC', location: 'EV', unitOfMeasure: { unit: 'Percent' } },
  ];
}

const id = (i: number) => `bench-${i.toString(36)}-${(i * 7919).toString(36)}`;

/** 2.0.1: 30% TransactionEvent (a Started, then Updated), 40% MeterValues, 20% StatusNotification, 10% Heartbeat. */
function frames201(): string[] {
  const out: string[] = [];
  const seq = new Array<number>(TRANSACTIONS).fill(0);
  for (let i = 0; i < FRAMES; i++) {
    const k = i % 10;
    let frame: unknown[];
    if (k < 4) frame = [2, id(i), 'MeterValues', { evseId: 1 + (i % 2), meterValue: [{ timestamp: at(i), sampledValue: sampled(i) }] }];
    else if (k < 7) {
      const t = i % TRANSACTIONS;
      const seqNo = seq[t]!++;
      frame = [
        2,
        id(i),
        'TransactionEvent',
        {
          eventType: seqNo === 0 ? 'Started' : 'Updated',
          timestamp: at(i),
          triggerReason: seqNo === 0 ? 'Authorized' : 'MeterValuePeriodic',
          seqNo,
          transactionInfo: { transactionId: `tx-${t}`, chargingState: 'Charging' },
          evse: { id: 1, connectorId: 1 },
          ...(seqNo === 0 && { idToken: { idToken: '04A2B3C4', type: 'ISO14443' } }),
          meterValue: [{ timestamp: at(i), sampledValue: sampled(i) }],
        },
      ];
    } else if (k < 9) frame = [2, id(i), 'StatusNotification', { timestamp: at(i), connectorStatus: i % 2 ? 'Occupied' : 'Available', evseId: 1, connectorId: 1 }];
    else frame = [2, id(i), 'Heartbeat', {}];
    out.push(JSON.stringify(frame));
  }
  return out;
}

/** 1.6: 30% MeterValues of a running transaction, 40% MeterValues without one, 20% StatusNotification, 10% Heartbeat. */
function frames16(): string[] {
  const out: string[] = [];
  const sv16 = (i: number) => sampled(i).map(({ unitOfMeasure, value, ...v }) => ({ ...v, value: String(value), unit: unitOfMeasure.unit }));
  for (let i = 0; i < FRAMES; i++) {
    const k = i % 10;
    let frame: unknown[];
    if (k < 4) frame = [2, id(i), 'MeterValues', { connectorId: 1 + (i % 2), meterValue: [{ timestamp: at(i), sampledValue: sv16(i) }] }];
    else if (k < 7) frame = [2, id(i), 'MeterValues', { connectorId: 1, transactionId: 1 + (i % TRANSACTIONS), meterValue: [{ timestamp: at(i), sampledValue: sv16(i) }] }];
    else if (k < 9) frame = [2, id(i), 'StatusNotification', { connectorId: 1, errorCode: 'NoError', status: i % 2 ? 'Charging' : 'Available', timestamp: at(i) }];
    else frame = [2, id(i), 'Heartbeat', {}];
    out.push(JSON.stringify(frame));
  }
  return out;
}

const role201: CsmsHandlers<V201> = {
  MeterValues: () => ({}),
  TransactionEvent: (req) => (req.idToken !== undefined ? { idTokenInfo: { status: 'Accepted' } } : {}),
  StatusNotification: () => ({}),
  Heartbeat: () => ({ currentTime: NOW }),
};

const role16: CsmsHandlers<V16> = {
  MeterValues: () => ({}),
  StatusNotification: () => ({}),
  Heartbeat: () => ({ currentTime: NOW }),
};

let sink = 0;
const errors: string[] = [];
const send = (text: string) => {
  sink += text.length;
  if (text.charCodeAt(1) === 52 && errors.length < 3) errors.push(text);
};

/** A tracker that keeps nothing: each message is read into its neutral event and answered, no record is built. */
function recordingNothing(): TransactionTracker {
  const record: TransactionRecord = { id: '1', state: 'Ongoing', offline: false, meterValues: [], seqNos: [] };
  const tracked = (event: TransactionEvent) => ({ event, record, duplicate: false });
  return {
    transactionEvent: tracked,
    startTransaction16: async () => ({ ...tracked({} as TransactionEvent), transactionId: 1 }),
    meterValues16: (p: { transactionId: number; meterValue: { timestamp: string }[] }) => tracked({ eventType: 'Updated', timestamp: p.meterValue[0]!.timestamp, triggerReason: 'MeterValuePeriodic', seqNo: 1, transaction: { id: String(p.transactionId) } }),
    stopTransaction16: () => tracked({} as TransactionEvent),
    statusNotification16: () => undefined,
  } as unknown as TransactionTracker;
}

/** The facade with a trivial application, its handlers on a behaviour of `version` outside any server. */
function facadeRun(version: typeof v201 | typeof v16, frames: string[], records = true): () => void {
  const facade = new NeutralCsms({ server: { noServer: true, pingIntervalMs: 0 }, ...(!records && { tracker: recordingNothing }) });
  facade
    .onHeartbeat(() => ({ currentTime: NOW }))
    .onStatus(() => undefined)
    .onMeterValues(() => undefined)
    .onTransaction((e) => (e.idToken !== undefined ? { idTokenInfo: { status: 'Accepted' } } : {}));
  const csms = new Csms(version as typeof v201, {
    registration: { initialStatus: 'Accepted' },
    context: { identity: 'bench' },
    handlers: facade.handlersFor(version.version) as CsmsHandlers<V201, { identity: string }>,
  });
  csms.attach(send);
  return () => {
    facade.forgetTransactions('bench');
    for (let i = 0; i < frames.length; i++) csms.receive(frames[i]!);
  };
}

function roleRun(version: typeof v201 | typeof v16, handlers: object, frames: string[]): () => void {
  const csms = new Csms(version as typeof v201, { registration: { initialStatus: 'Accepted' }, context: { identity: 'bench' }, handlers: handlers as CsmsHandlers<V201> });
  csms.attach(send);
  return () => {
    for (let i = 0; i < frames.length; i++) csms.receive(frames[i]!);
  };
}

/** The process's CPU time so far, ms. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function round(run: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  let passes = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    run();
    passes++;
    elapsed = cpuMs() - start;
  } while (elapsed < ROUND_MS);
  return (passes * FRAMES) / (elapsed / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const f201 = frames201();
const f16 = frames16();
const cases = [
  { label: '2.0.1', role: roleRun(v201, role201, f201), facade: facadeRun(v201, f201), converting: facadeRun(v201, f201, false) },
  { label: '1.6', role: roleRun(v16, role16, f16), facade: facadeRun(v16, f16), converting: facadeRun(v16, f16, false) },
];

for (const c of cases) {
  round(c.role);
  round(c.facade);
  round(c.converting);
}
const results = cases.map(() => ({ role: [] as number[], facade: [] as number[], ratio: [] as number[], converting: [] as number[], convertingRatio: [] as number[] }));
for (let r = 0; r < ROUNDS; r++) {
  cases.forEach((c, i) => {
    // Interleaved, so a change of load hits both sides of a ratio alike.
    const role = round(c.role);
    const facade = round(c.facade);
    const converting = round(c.converting);
    results[i]!.role.push(role);
    results[i]!.facade.push(facade);
    results[i]!.ratio.push(role / facade);
    results[i]!.converting.push(converting);
    results[i]!.convertingRatio.push(role / converting);
  });
}

if (errors.length > 0) {
  console.log('unexpected CALLERROR replies:', errors);
  process.exitCode = 1;
}
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);
console.log(`${FRAMES} station frames a pass, strict validation; median of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms of CPU time`);
console.log('frames per CPU second; cost = time per frame over the role\'s (goal: the facade under 20%)');
console.log(`${'version'.padEnd(8)} ${'role'.padStart(9)} ${'facade'.padStart(9)} ${'cost'.padStart(7)}   ${'facade, no records'.padStart(18)} ${'cost'.padStart(7)}`);
const pct = (ratio: number) => `${((ratio - 1) * 100).toFixed(1)}%`.padStart(7);
cases.forEach((c, i) => {
  const r = results[i]!;
  console.log(`${c.label.padEnd(8)} ${fmt(median(r.role))} ${fmt(median(r.facade))} ${pct(median(r.ratio))}   ${fmt(median(r.converting)).padStart(18)} ${pct(median(r.convertingRatio))}`);
});
if (sink === 42) console.log('');
