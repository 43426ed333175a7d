/**
 * Composite schedules per second for a realistic stack on a two-EVSE
 * station: a station maximum, two TxDefault stack levels (the lower one a
 * recurring weekly profile), and a TxProfile with 24 hourly periods for the
 * transaction on EVSE 1. Each call computes a day's schedule from a moment
 * that moves on by 7 minutes a call, so recurrences and period boundaries
 * fall differently each time. No peer library computes the spec's composite
 * schedule, so there is no ratio: the figure and the time per call.
 */
import { compositeSchedule, type CompositeScheduleInput } from '../src/smart-charging/composite.js';
import { epochSeconds } from '../src/smart-charging/time.js';
import type { ChargingProfile, InstalledProfile } from '../src/smart-charging/types.js';

const ROUND_MS = 250;
const ROUNDS = 7;
const START = epochSeconds('2024-05-01T00:00:00Z');

function weekly(): ChargingProfile {
  const periods = [{ startPeriod: 0, limit: 32 }];
  for (let day = 0; day < 5; day++) periods.push({ startPeriod: day * 86400 + 6 * 3600, limit: 10 }, { startPeriod: day * 86400 + 23 * 3600, limit: 32 });
  return {
    id: 2,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Recurring',
    recurrencyKind: 'Weekly',
    chargingSchedule: [{ startSchedule: epochSeconds('2024-01-01T00:00:00Z'), duration: 604800, chargingRateUnit: 'A', chargingSchedulePeriod: periods }],
  };
}

const profiles: InstalledProfile[] = [
  {
    evseId: 0,
    chargingLimitSource: 'CSO',
    profile: {
      id: 1,
      stackLevel: 0,
      chargingProfilePurpose: 'ChargingStationMaxProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: [{ startSchedule: START - 86400, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 44000 }, { startPeriod: 86400 + 17 * 3600, limit: 30000 }, { startPeriod: 86400 + 21 * 3600, limit: 44000 }] }],
    },
  },
  { evseId: 0, chargingLimitSource: 'CSO', profile: weekly() },
  {
    evseId: 0,
    chargingLimitSource: 'CSO',
    profile: {
      id: 3,
      stackLevel: 1,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      validFrom: START,
      validTo: START + 30 * 86400,
      chargingSchedule: [{ startSchedule: START, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 24 }, { startPeriod: 8 * 3600, limit: 16 }, { startPeriod: 20 * 3600, limit: 24 }], duration: 86400 * 30 }],
    },
  },
  {
    evseId: 1,
    chargingLimitSource: 'CSO',
    profile: {
      id: 4,
      stackLevel: 0,
      chargingProfilePurpose: 'TxProfile',
      chargingProfileKind: 'Relative',
      transactionId: 'tx-1',
      chargingSchedule: [{ chargingRateUnit: 'A', duration: 86400, chargingSchedulePeriod: Array.from({ length: 24 }, (_, h) => ({ startPeriod: h * 3600, limit: 6 + ((h * 7) % 26) })) }],
    },
  },
];

const base: CompositeScheduleInput = {
  profiles,
  station: { evses: [{ id: 1, maxCurrent: 32 }, { id: 2, maxCurrent: 32 }], voltage: 230 },
  transactions: new Map([[1, { transactionId: 'tx-1', start: START + 3600 }]]),
  evseId: 1,
  start: START,
  duration: 86400,
  chargingRateUnit: 'A',
};

let sink = 0;

/** Calls per second of one time-boxed round. */
function round(evseId: number, unit: 'A' | 'W'): number {
  (globalThis as { gc?: () => void }).gc?.();
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 100; i++) {
      const schedule = compositeSchedule({ ...base, evseId, chargingRateUnit: unit, start: START + 2 * 3600 + (calls % 2000) * 420 });
      sink += schedule.chargingSchedulePeriod.length;
      calls++;
    }
    elapsed = performance.now() - t0;
  } while (elapsed < ROUND_MS);
  return calls / (elapsed / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cases = [
  { label: 'EVSE 1 (TxProfile running), in A', evseId: 1, unit: 'A' as const },
  { label: 'EVSE 1 (TxProfile running), in W', evseId: 1, unit: 'W' as const },
  { label: 'EVSE 0 (both EVSEs summed), in A', evseId: 0, unit: 'A' as const },
];

for (const c of cases) round(c.evseId, c.unit); // warm up
const rates = cases.map(() => [] as number[]);
for (let r = 0; r < ROUNDS; r++) cases.forEach((c, i) => rates[i]!.push(round(c.evseId, c.unit)));

const sample = compositeSchedule({ ...base, start: START + 2 * 3600 });
console.log(`stack: station maximum, TxDefault weekly (stack 0) and 3-period (stack 1), TxProfile with 24 periods; 24 h schedule; ${sample.chargingSchedulePeriod.length} periods out`);
console.log(`median of ${ROUNDS} rounds of ${ROUND_MS} ms`);
cases.forEach((c, i) => {
  const perSecond = median(rates[i]!);
  console.log(`${c.label.padEnd(36)} ${Math.round(perSecond).toLocaleString('en-US').padStart(9)} composites/s  ${(1e6 / perSecond).toFixed(1).padStart(6)} µs/call`);
});
if (sink === 42) console.log('');
