/**
 * What the neutral model costs per frame, beside what the version layer
 * already pays for the same frame (strict validation of the payload, which
 * the RPC layer does for every CALL), in the same run. The frames are the
 * busiest of a charging session: a meter reading during a transaction
 * (2.x TransactionEvent Updated; 1.6 MeterValues with a transactionId, four
 * sampled values each), read into the neutral model, applied to the
 * station's TransactionTracker (a transaction of 60 readings, then a new
 * one), and answered; and a StatusNotification read and answered. The
 * facade's goal (issue 11) is under 20% over the role per frame; this is the
 * converters' share of that, measured against validation alone.
 */
import { stationMessages16, stationMessages201, stationMessages21, TransactionTracker } from '../src/neutral/index.js';
import * as v16 from '../src/v16/index.js';
import * as v201 from '../src/v201/index.js';
import * as v21 from '../src/v21/index.js';
import type * as M16 from '../src/v16/generated/messages.js';
import type * as M201 from '../src/v201/generated/messages.js';

const ROUND_MS = 250;
const ROUNDS = 7;
const PER_TRANSACTION = 60;
const at = (i: number) => new Date(Date.UTC(2025, 2, 1, 10) + i * 60_000).toISOString();

const sampled = (i: number) => [
  { value: 1000 + i * 120, context: 'Sample.Periodic' as const, measurand: 'Energy.Active.Import.Register' as const, unitOfMeasure: { unit: 'Wh' } },
  { value: 11000 + (i % 7), context: 'Sample.Periodic' as const, measurand: 'Power.Active.Import' as const, unitOfMeasure: { unit: 'W' } },
  { value: 16, context: 'Sample.Periodic' as const, measurand: 'Current.Import' as const, phase: 'L1' as const, unitOfMeasure: { unit: 'A' } },
  { value: 230, context: 'Sample.Periodic' as const, measurand: 'Voltage' as const, phase: 'L1-N' as const, unitOfMeasure: { unit: 'V' } },
];

function event201(i: number): M201.TransactionEventRequest {
  const n = i % PER_TRANSACTION;
  return {
    eventType: n === 0 ? 'Started' : 'Updated',
    timestamp: at(i),
    triggerReason: n === 0 ? 'Authorized' : 'MeterValuePeriodic',
    seqNo: n,
    transactionInfo: { transactionId: `tx-${Math.floor(i / PER_TRANSACTION)}`, chargingState: 'Charging' },
    ...(n === 0 ? { evse: { id: 1, connectorId: 1 }, idToken: { idToken: '04A2B3C4D5', type: 'ISO14443' as const } } : {}),
    meterValue: [{ timestamp: at(i), sampledValue: sampled(i) }],
  };
}

function meterValues16(i: number): M16.MeterValuesRequest & { transactionId: number } {
  return {
    connectorId: 1,
    transactionId: 1 + Math.floor(i / PER_TRANSACTION),
    meterValue: [
      {
        timestamp: at(i),
        sampledValue: sampled(i).map((v) => ({ value: String(v.value), context: v.context, measurand: v.measurand, unit: v.unitOfMeasure.unit as 'Wh', ...('phase' in v ? { phase: v.phase } : {}) })),
      },
    ],
  };
}

const FRAMES = 600;
const tx201 = Array.from({ length: FRAMES }, (_, i) => event201(i));
const tx16 = Array.from({ length: FRAMES }, (_, i) => meterValues16(i));
const status201: M201.StatusNotificationRequest = { timestamp: at(0), connectorStatus: 'Occupied', evseId: 1, connectorId: 1 };
const status16: M16.StatusNotificationRequest = { connectorId: 1, errorCode: 'NoError', status: 'Charging', timestamp: at(0) };

let sink = 0;

/** Frames per second of one time-boxed round of `step`. */
function round(step: (i: number) => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  let frames = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 100; i++) step(frames++);
    elapsed = performance.now() - t0;
  } while (elapsed < ROUND_MS);
  return frames / (elapsed / 1000);
}

function trackerFor(): { step: (apply: (t: TransactionTracker, i: number) => void) => (i: number) => void } {
  let tracker = new TransactionTracker();
  return {
    step: (apply) => (i) => {
      if (i % FRAMES === 0) tracker = new TransactionTracker();
      apply(tracker, i % FRAMES);
    },
  };
}

const t201 = trackerFor();
const t21 = trackerFor();
const t16 = trackerFor();

const cases = [
  {
    label: '2.0.1 TransactionEvent',
    validate: (i: number) => void (sink += v201.validate('TransactionEvent', 'request', tx201[i % FRAMES])!.ok ? 1 : 0),
    neutral: t201.step((t, i) => {
      const codec = stationMessages201.TransactionEvent;
      sink += t.transactionEvent(codec.readRequest(tx201[i]!)).record.seqNos.length;
      sink += Object.keys(codec.writeResponse({ idTokenInfo: { status: 'Accepted' } })).length;
    }),
  },
  {
    label: '2.1 TransactionEvent',
    validate: (i: number) => void (sink += v21.validate('TransactionEvent', 'request', tx201[i % FRAMES])!.ok ? 1 : 0),
    neutral: t21.step((t, i) => {
      const codec = stationMessages21.TransactionEvent;
      sink += t.transactionEvent(codec.readRequest(tx201[i]!)).record.seqNos.length;
      sink += Object.keys(codec.writeResponse({ idTokenInfo: { status: 'Accepted' } })).length;
    }),
  },
  {
    label: '1.6 MeterValues of a transaction',
    validate: (i: number) => void (sink += v16.validate('MeterValues', 'request', tx16[i % FRAMES])!.ok ? 1 : 0),
    neutral: t16.step((t, i) => {
      sink += t.meterValues16(tx16[i]!).record.seqNos.length;
      sink += Object.keys(stationMessages16.MeterValues.writeResponse({})).length;
    }),
  },
  {
    label: '2.0.1 StatusNotification',
    validate: () => void (sink += v201.validate('StatusNotification', 'request', status201)!.ok ? 1 : 0),
    neutral: () => {
      sink += stationMessages201.StatusNotification.readRequest(status201).evseId;
      sink += Object.keys(stationMessages201.StatusNotification.writeResponse({})).length;
    },
  },
  {
    label: '1.6 StatusNotification',
    validate: () => void (sink += v16.validate('StatusNotification', 'request', status16)!.ok ? 1 : 0),
    neutral: () => {
      sink += stationMessages16.StatusNotification.readRequest(status16).evseId;
      sink += Object.keys(stationMessages16.StatusNotification.writeResponse({})).length;
    },
  },
];

for (const c of cases) {
  round(c.validate);
  round(c.neutral);
}
const rates = cases.map(() => ({ validate: [] as number[], neutral: [] as number[] }));
for (let r = 0; r < ROUNDS; r++) {
  cases.forEach((c, i) => {
    rates[i]!.validate.push(round(c.validate));
    rates[i]!.neutral.push(round(c.neutral));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`median of ${ROUNDS} rounds of ${ROUND_MS} ms; µs per frame; transactions of ${PER_TRANSACTION} readings, 4 sampled values each`);
console.log(`${'frame'.padEnd(34)} ${'validate'.padStart(9)} ${'neutral'.padStart(9)}  neutral / validate`);
cases.forEach((c, i) => {
  const validate = 1e6 / median(rates[i]!.validate);
  const neutral = 1e6 / median(rates[i]!.neutral);
  console.log(`${c.label.padEnd(34)} ${validate.toFixed(2).padStart(9)} ${neutral.toFixed(2).padStart(9)}  ${(neutral / validate).toFixed(2)}x`);
});
if (sink === 42) console.log('');
