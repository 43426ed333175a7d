/**
 * The composite schedule as a pure function: its inputs and edges (time
 * forms, zero duration, recurrences before their start and with gaps,
 * external limits, phases), and that it changes nothing it is given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compositeSchedule, type CompositeScheduleInput } from '../../src/smart-charging/composite.js';
import { ChargingProfileStore } from '../../src/smart-charging/store.js';
import type { InstalledProfile } from '../../src/smart-charging/types.js';
import { at, periods, profile, station, steps } from './support.js';

const START = '2024-05-01T12:00:00Z';

function input(profiles: InstalledProfile[], fields: Partial<CompositeScheduleInput> = {}): CompositeScheduleInput {
  return { profiles, station, evseId: 1, start: START, duration: 3600, chargingRateUnit: 'A', ...fields };
}

const onStation = (p: InstalledProfile['profile']): InstalledProfile => ({ evseId: 0, profile: p, chargingLimitSource: 'CSO' });

test('no profile: the EVSE\'s rating, for the whole window, on its phases', () => {
  const schedule = compositeSchedule(input([]));
  assert.deepEqual(schedule, { evseId: 1, scheduleStart: at(START), duration: 3600, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 32, numberPhases: 3 }] });
  const w = compositeSchedule(input([], { chargingRateUnit: 'W', station: { ...station, evses: [{ id: 1, maxCurrent: 16, phases: 1 }] } }));
  assert.deepEqual(w.chargingSchedulePeriod, [{ startPeriod: 0, limit: 3680, numberPhases: 1 }]);
});

test('the start as a Date, an RFC 3339 string or epoch seconds; fractions of a second dropped', () => {
  const p = [onStation(profile({ schedule: { startSchedule: at(START), chargingSchedulePeriod: periods([0, 10], [60, 20]) } }))];
  const a = compositeSchedule(input(p, { start: new Date('2024-05-01T12:00:00.900Z') }));
  const b = compositeSchedule(input(p, { start: START }));
  const c = compositeSchedule(input(p, { start: at(START) + 0.5 }));
  assert.deepEqual(a, b);
  assert.deepEqual(b, c);
  assert.throws(() => compositeSchedule(input(p, { start: 'yesterday' })), RangeError);
});

test('a zero duration reports the limit at the start; an unknown EVSE throws', () => {
  const p = [onStation(profile({ schedule: { startSchedule: at(START), chargingSchedulePeriod: periods([0, 10]) } }))];
  assert.deepEqual(compositeSchedule(input(p, { duration: 0 })).chargingSchedulePeriod, [{ startPeriod: 0, limit: 10, numberPhases: 3 }]);
  assert.throws(() => compositeSchedule(input(p, { evseId: 3 })), /no EVSE 3/);
});

test('a Recurring schedule does not apply before its startSchedule, and leaves gaps when shorter than its recurrence', () => {
  const daily = profile({
    chargingProfileKind: 'Recurring',
    recurrencyKind: 'Daily',
    schedule: { startSchedule: at('2024-05-01T13:00:00Z'), duration: 7200, chargingSchedulePeriod: periods([0, 10], [3600, 12]) },
  });
  // 12:00-13:00 nothing yet; 13:00-15:00 the schedule; then nothing until 13:00 the next day.
  assert.deepEqual(steps(compositeSchedule(input([onStation(daily)], { duration: 2 * 86400 }))), [
    [0, 32],
    [3600, 10],
    [7200, 12],
    [10800, 32],
    [90000, 10],
    [93600, 12],
    [97200, 32],
  ]);
});

test('a Weekly schedule rolls forward any number of weeks', () => {
  const weekly = profile({
    chargingProfileKind: 'Recurring',
    recurrencyKind: 'Weekly',
    schedule: { startSchedule: at('2020-01-06T00:00:00Z'), chargingSchedulePeriod: periods([0, 6], [86400, 16]) },
  });
  // 2024-05-06 is a Monday: 6 A all Monday, 16 A the rest of the week.
  assert.deepEqual(steps(compositeSchedule(input([onStation(weekly)], { start: '2024-05-05T12:00:00Z', duration: 2 * 86400 }))), [
    [0, 16],
    [43200, 6],
    [129600, 16],
  ]);
});

test('a Relative schedule starts with the EVSE\'s transaction, or at the start when there is none', () => {
  const relative = onStation(profile({ chargingProfileKind: 'Relative', schedule: { chargingSchedulePeriod: periods([0, 6], [1800, 16]) } }));
  const transactions = new Map([[1, { transactionId: 't', start: at('2024-05-01T11:50:00Z') }]]);
  assert.deepEqual(steps(compositeSchedule(input([relative], { transactions }))), [[0, 6], [1200, 16]]);
  assert.deepEqual(steps(compositeSchedule(input([relative], { transactions, evseId: 2 }))), [[0, 6], [1800, 16]]);
});

test('external limits cap the EVSE (its own, or the station\'s) while they hold', () => {
  const externalLimits = [
    { evseId: 1, limit: 20, chargingRateUnit: 'A' as const, from: at('2024-05-01T12:10:00Z') },
    { evseId: 0, limit: 4600, chargingRateUnit: 'W' as const, to: at('2024-05-01T12:40:00Z') },
  ];
  // 4600 W on 3 phases at 230 V is 6.6 A per phase; on EVSE 0 it caps the total.
  assert.deepEqual(steps(compositeSchedule(input([], { externalLimits }))), [[0, 6.6], [2400, 20]]);
  assert.deepEqual(steps(compositeSchedule(input([], { externalLimits, evseId: 0 }))), [[0, 6.6], [2400, 52]]);
});

test('a one-phase period makes the composite one-phase; its W limit then allows more per phase', () => {
  const p = [
    onStation(profile({ id: 1, chargingProfilePurpose: 'ChargingStationMaxProfile', schedule: { startSchedule: at(START), chargingSchedulePeriod: periods([0, 25, 1]) } })),
    onStation(profile({ id: 2, unit: 'W', schedule: { startSchedule: at(START), chargingSchedulePeriod: periods([0, 11000]) } })),
  ];
  // One phase: 11000 W is 47.8 A on it, the maximum's 25 A is lower; in W that is 25 * 230 = 5750.
  assert.deepEqual(compositeSchedule(input(p)).chargingSchedulePeriod, [{ startPeriod: 0, limit: 25, numberPhases: 1 }]);
  assert.deepEqual(compositeSchedule(input(p, { chargingRateUnit: 'W' })).chargingSchedulePeriod, [{ startPeriod: 0, limit: 5750, numberPhases: 1 }]);
});

test('it changes none of its inputs', () => {
  const profiles = [onStation(profile({ schedule: { startSchedule: at(START), chargingSchedulePeriod: periods([0, 10], [60, 20]) } }))];
  const before = JSON.stringify(profiles);
  const frozen = Object.freeze(profiles.map((p) => Object.freeze(p)));
  compositeSchedule(input(frozen as InstalledProfile[]));
  assert.equal(JSON.stringify(profiles), before);
});

test('a store computes at most maxCompositeDuration seconds, and says so in the duration', () => {
  const store = new ChargingProfileStore({ version: '2.0.1', station, maxCompositeDuration: 7200 });
  assert.equal(store.compositeSchedule({ evseId: 1, start: START, duration: 2 ** 31 - 1 }).duration, 7200);
  assert.equal(new ChargingProfileStore({ version: '2.0.1', station }).compositeSchedule({ evseId: 1, start: START, duration: 2 ** 31 - 1 }).duration, 31 * 86400);
});
