/**
 * OCPP 1.6 edition 2, section 3.13 (Smart Charging) and sections 5.5, 5.7,
 * 5.16 and 7.12, worked through a charge point's store with the 1.6 wire
 * messages: every statement there that says what a schedule must come to.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clearChargingProfile16,
  fromV16Profile,
  getCompositeSchedule16,
  setChargingProfile16,
  type ChargingProfile16,
} from '../../src/smart-charging/adapters/v16.js';
import { ChargingProfileStore } from '../../src/smart-charging/store.js';
import { station } from './support.js';

const store16 = () => new ChargingProfileStore<ChargingProfile16>({ version: '1.6', station });

/** The periods of a GetCompositeSchedule.conf as [startPeriod, limit] pairs. */
function composite(store: ChargingProfileStore<ChargingProfile16>, connectorId: number, now: string, duration: number, unit: 'A' | 'W' = 'A') {
  const conf = getCompositeSchedule16(store, { connectorId, duration, chargingRateUnit: unit }, new Date(now));
  assert.equal(conf.status, 'Accepted');
  return conf.chargingSchedule!.chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit]);
}

function set(store: ChargingProfileStore<ChargingProfile16>, connectorId: number, csChargingProfiles: ChargingProfile16) {
  return setChargingProfile16(store, { connectorId, csChargingProfiles }).status;
}

/** The example of 3.13.7, as the spec writes it. */
const dailyDefault: ChargingProfile16 = {
  chargingProfileId: 100,
  stackLevel: 0,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Recurring',
  recurrencyKind: 'Daily',
  chargingSchedule: {
    duration: 86400,
    startSchedule: '2013-01-01T00:00Z',
    chargingRateUnit: 'W',
    chargingSchedulePeriod: [
      { startPeriod: 0, limit: 11000, numberPhases: 3 },
      { startPeriod: 28800, limit: 6000, numberPhases: 3 },
      { startPeriod: 72000, limit: 11000, numberPhases: 3 },
    ],
  },
};

test('3.13.7: the daily default profile holds 6 kW from 08:00 to 20:00, every day since 2013', () => {
  const store = store16();
  assert.equal(set(store, 0, dailyDefault), 'Accepted');
  // Asked at 06:00 for a day: 11 kW until 08:00, 6 kW until 20:00, 11 kW after.
  const conf = getCompositeSchedule16(store, { connectorId: 1, duration: 86400, chargingRateUnit: 'W' }, new Date('2024-05-01T06:00:00Z'));
  assert.deepEqual(conf, {
    status: 'Accepted',
    connectorId: 1,
    scheduleStart: '2024-05-01T06:00:00Z',
    chargingSchedule: {
      duration: 86400,
      chargingRateUnit: 'W',
      chargingSchedulePeriod: [
        { startPeriod: 0, limit: 11000, numberPhases: 3 },
        { startPeriod: 7200, limit: 6000, numberPhases: 3 },
        { startPeriod: 50400, limit: 11000, numberPhases: 3 },
      ],
    },
  });
  // 3.13.1: a TxDefaultProfile on connector 0 applies to every connector.
  assert.deepEqual(composite(store, 2, '2024-05-01T06:00:00Z', 86400, 'W'), [[0, 11000], [7200, 6000], [50400, 11000]]);
  // Rolled forward across midnight: 20:00 to 08:00 the next day is one 11 kW period.
  assert.deepEqual(composite(store, 1, '2024-05-01T19:00:00Z', 86400, 'W'), [[0, 6000], [3600, 11000], [46800, 6000]]);
});

test('7.12: in A, a W limit is divided by line voltage and numberPhases (230 V, 3 phases), rounded down to 0.1', () => {
  const store = store16();
  set(store, 0, dailyDefault);
  // 11000 / (230 * 3) = 15.94..., 6000 / 690 = 8.69...
  assert.deepEqual(composite(store, 1, '2024-05-01T06:00:00Z', 86400), [[0, 15.9], [7200, 8.6], [50400, 15.9]]);
});

test('7.12: numberPhases absent means 3 phases; a one-phase period converts with 1', () => {
  const store = store16();
  const flat = (id: number, connectorId: number, limit: number, numberPhases?: number): void => {
    const period = numberPhases === undefined ? { startPeriod: 0, limit } : { startPeriod: 0, limit, numberPhases };
    set(store, connectorId, {
      chargingProfileId: id,
      stackLevel: 0,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Relative',
      chargingSchedule: { chargingRateUnit: 'W', chargingSchedulePeriod: [period] },
    });
  };
  flat(1, 1, 11040); // 11040 / (230 * 3) = 16 A
  flat(2, 2, 3680, 1); // 3680 / 230 = 16 A on one phase
  const one = getCompositeSchedule16(store, { connectorId: 1, duration: 60, chargingRateUnit: 'A' }, new Date('2024-05-01T12:00:00Z'));
  assert.deepEqual(one.chargingSchedule?.chargingSchedulePeriod, [{ startPeriod: 0, limit: 16, numberPhases: 3 }]);
  const two = getCompositeSchedule16(store, { connectorId: 2, duration: 60, chargingRateUnit: 'A' }, new Date('2024-05-01T12:00:00Z'));
  assert.deepEqual(two.chargingSchedule?.chargingSchedulePeriod, [{ startPeriod: 0, limit: 16, numberPhases: 1 }]);
  assert.deepEqual(composite(store, 2, '2024-05-01T12:00:00Z', 60, 'W'), [[0, 3680]]);
});

/** 3.13.2's example: full power on weekdays 23:00-06:00 and all weekend, reduced otherwise; the week starts on a Monday. */
function weekly(): ChargingProfile16 {
  const steps = [{ startPeriod: 0, limit: 32 }];
  for (let day = 0; day < 5; day++) {
    steps.push({ startPeriod: day * 86400 + 6 * 3600, limit: 10 }, { startPeriod: day * 86400 + 23 * 3600, limit: 32 });
  }
  return {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Recurring',
    recurrencyKind: 'Weekly',
    chargingSchedule: { duration: 604800, startSchedule: '2024-01-01T00:00:00Z', chargingRateUnit: 'A', chargingSchedulePeriod: steps },
  };
}

test('3.13.2: a weekly default with a holiday exception stacked above it', () => {
  const store = store16();
  assert.equal(set(store, 0, weekly()), 'Accepted');
  const holiday: ChargingProfile16 = {
    chargingProfileId: 2,
    stackLevel: 1,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    validFrom: '2024-05-01T00:00:00Z',
    validTo: '2024-05-02T00:00:00Z',
    chargingSchedule: { startSchedule: '2024-05-01T00:00:00Z', chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 32 }] },
  };
  assert.equal(set(store, 0, holiday), 'Accepted');
  // Tuesday to Thursday: Wednesday 1 May is a holiday, so full power runs from Tuesday 23:00 to Thursday 06:00.
  const day = 86400;
  assert.deepEqual(composite(store, 1, '2024-04-30T00:00:00Z', 3 * day), [
    [0, 32],
    [6 * 3600, 10],
    [23 * 3600, 32],
    [2 * day + 6 * 3600, 10],
    [2 * day + 23 * 3600, 32],
  ]);
  // A week later the exception is no longer valid: Wednesday is a weekday again.
  assert.deepEqual(composite(store, 1, '2024-05-08T00:00:00Z', day), [[0, 32], [6 * 3600, 10], [23 * 3600, 32]]);
  // The weekend is full power from Friday 23:00 to Monday 06:00.
  assert.deepEqual(composite(store, 1, '2024-05-03T12:00:00Z', 3 * day), [[0, 10], [11 * 3600, 32], [66 * 3600, 10]]);
});

function txDefault(id: number, stackLevel: number, limit: number, extra: Partial<ChargingProfile16> = {}, schedule: Partial<ChargingProfile16['chargingSchedule']> = {}): ChargingProfile16 {
  return {
    chargingProfileId: id,
    stackLevel,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    ...extra,
    chargingSchedule: { startSchedule: '2024-05-01T12:00:00Z', chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit }], ...schedule },
  };
}

test('3.13.2: a profile with the stack level and purpose of an installed one replaces it; with validFrom ahead, default behaviour until then', () => {
  const store = store16();
  set(store, 1, txDefault(1, 0, 10));
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 7200), [[0, 10]]);
  assert.equal(set(store, 1, txDefault(2, 0, 20, { validFrom: '2024-05-01T13:00:00Z' })), 'Accepted');
  assert.deepEqual(store.profiles().map((p) => p.profile.id), [2]);
  // No constraint (the connector's rating) until validFrom.
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 7200), [[0, 32], [3600, 20]]);
});

test('3.13.2: the highest valid stack level prevails; without a duration it never falls back to a lower one', () => {
  const store = store16();
  set(store, 1, txDefault(1, 0, 10));
  set(store, 1, txDefault(2, 1, 20, {}, { duration: 3600 }));
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 7200), [[0, 20], [3600, 10]]);
  set(store, 1, txDefault(2, 1, 20));
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 7200), [[0, 20]]);
});

test('3.13.1: a connector\'s TxDefaultProfile replaces connector 0\'s only for that connector', () => {
  const store = store16();
  set(store, 0, txDefault(1, 0, 16));
  set(store, 1, txDefault(2, 0, 10));
  assert.equal(store.size, 2);
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 60), [[0, 10]]);
  assert.deepEqual(composite(store, 2, '2024-05-01T12:00:00Z', 60), [[0, 16]]);
});

function txProfile(id: number, limit: number, transactionId?: number): ChargingProfile16 {
  return {
    chargingProfileId: id,
    ...(transactionId === undefined ? {} : { transactionId }),
    stackLevel: 0,
    chargingProfilePurpose: 'TxProfile',
    chargingProfileKind: 'Relative',
    chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit }] },
  };
}

test('3.13.1: a TxProfile overrules the TxDefaultProfile for the current transaction only, and goes when it stops', () => {
  const store = store16();
  set(store, 0, txDefault(1, 0, 16));
  store.beginTransaction(1, '2024-05-01T11:00:00Z', '42');
  assert.equal(set(store, 1, txProfile(2, 8, 42)), 'Accepted');
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 60), [[0, 8]]);
  assert.deepEqual(composite(store, 2, '2024-05-01T12:00:00Z', 60), [[0, 16]]);
  assert.deepEqual(store.endTransaction(1).map((p) => p.profile.id), [2]);
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 60), [[0, 16]]);
});

test('3.13.1 and 5.16: a TxProfile without a transaction on its connector, or for another transaction, is Rejected', () => {
  const store = store16();
  assert.equal(set(store, 1, txProfile(2, 8, 42)), 'Rejected');
  store.beginTransaction(1, '2024-05-01T11:00:00Z', '42');
  assert.equal(set(store, 1, txProfile(2, 8, 43)), 'Rejected');
  assert.equal(set(store, 2, txProfile(2, 8, 42)), 'Rejected');
  // 1.6 lets the transactionId out: the profile is for the connector's transaction.
  assert.equal(set(store, 1, txProfile(2, 8)), 'Accepted');
});

test('3.13.1: ChargePointMaxProfile only on connector 0, TxProfile only on a connector above 0', () => {
  const store = store16();
  const max: ChargingProfile16 = { ...txDefault(1, 0, 40), chargingProfilePurpose: 'ChargePointMaxProfile' };
  assert.equal(set(store, 1, max), 'Rejected');
  assert.equal(set(store, 0, max), 'Accepted');
  store.beginTransaction(1, '2024-05-01T11:00:00Z', '42');
  assert.equal(set(store, 0, txProfile(2, 8, 42)), 'Rejected');
});

test('3.13.3: the composite takes the lowest of ChargePointMaxProfile and the default, over intervals of different lengths', () => {
  const store = store16();
  set(store, 0, {
    ...txDefault(1, 0, 0),
    chargingProfilePurpose: 'ChargePointMaxProfile',
    chargingSchedule: { startSchedule: '2024-05-01T12:00:00Z', chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 20 }, { startPeriod: 1800, limit: 12 }] },
  });
  set(store, 1, txDefault(2, 0, 0, {}, { chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }, { startPeriod: 600, limit: 25 }, { startPeriod: 2400, limit: 6 }] }));
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 3600), [[0, 16], [600, 20], [1800, 12], [2400, 6]]);
});

test('3.13.3 and 5.7: ChargePointMaxProfile limits the connectors combined; connector 0 reports the total', () => {
  const store = store16();
  set(store, 0, { ...txDefault(1, 0, 40), chargingProfilePurpose: 'ChargePointMaxProfile' });
  set(store, 0, txDefault(2, 0, 32));
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 60), [[0, 32]]);
  assert.deepEqual(composite(store, 0, '2024-05-01T12:00:00Z', 60), [[0, 40]]);
  store.clearProfiles({ chargingProfilePurpose: 'ChargingStationMaxProfile' });
  set(store, 0, txDefault(2, 0, 12));
  assert.deepEqual(composite(store, 0, '2024-05-01T12:00:00Z', 60), [[0, 24]]);
});

test('5.16 note: periods after the duration are not executed; the last period lasts until the duration ends', () => {
  const store = store16();
  set(store, 1, txDefault(1, 0, 0, {}, { duration: 1000, chargingSchedulePeriod: [{ startPeriod: 0, limit: 10 }, { startPeriod: 600, limit: 12 }, { startPeriod: 1200, limit: 14 }] }));
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 2000), [[0, 10], [600, 12], [1000, 32]]);
});

test('5.16.2: a TxProfile from RemoteStartTransaction applies to the new transaction; SetChargingProfile at its stack level replaces it', () => {
  const store = store16();
  const remote = txProfile(5, 6);
  assert.equal(store.setProfile(1, fromV16Profile(remote), { source: 'RequestStartTransaction', wire: remote }).status, 'Accepted');
  // Still no transaction: not applied.
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 60), [[0, 32]]);
  store.beginTransaction(1, '2024-05-01T12:00:00Z');
  store.setTransactionId(1, '7'); // StartTransaction.conf
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 60), [[0, 6]]);
  assert.equal(store.profiles()[0]!.profile.transactionId, '7');
  assert.equal(set(store, 1, txProfile(6, 9, 7)), 'Accepted');
  assert.deepEqual(store.profiles().map((p) => p.profile.id), [6]);
  assert.deepEqual(composite(store, 1, '2024-05-01T12:00:00Z', 60), [[0, 9]]);
  // 5.16.2: a profile in RemoteStartTransaction is a TxProfile without transactionId.
  const withId = txProfile(8, 6, 7);
  assert.equal(store.setProfile(2, fromV16Profile(withId), { source: 'RequestStartTransaction' }).status, 'Rejected');
  assert.equal(store.setProfile(2, fromV16Profile(txDefault(9, 0, 6)), { source: 'RequestStartTransaction' }).status, 'Rejected');
});

test('5.5: ClearChargingProfile by id, by purpose and stack level, by connector, or everything; Unknown when nothing matches', () => {
  const store = store16();
  set(store, 0, txDefault(1, 0, 16));
  set(store, 0, txDefault(2, 1, 12));
  set(store, 1, txDefault(3, 0, 10));
  set(store, 0, { ...txDefault(4, 0, 40), chargingProfilePurpose: 'ChargePointMaxProfile' });
  assert.deepEqual(clearChargingProfile16(store, { id: 99 }), { status: 'Unknown' });
  assert.deepEqual(clearChargingProfile16(store, { id: 2 }), { status: 'Accepted' });
  assert.deepEqual(clearChargingProfile16(store, { chargingProfilePurpose: 'TxDefaultProfile', stackLevel: 0, connectorId: 1 }), { status: 'Accepted' });
  assert.deepEqual(store.profiles().map((p) => p.profile.id), [1, 4]);
  assert.deepEqual(clearChargingProfile16(store, { chargingProfilePurpose: 'ChargePointMaxProfile' }), { status: 'Accepted' });
  assert.deepEqual(clearChargingProfile16(store, {}), { status: 'Accepted' });
  assert.equal(store.size, 0);
  assert.deepEqual(clearChargingProfile16(store, {}), { status: 'Unknown' });
});

test('5.7: an unknown connector, an unsupported unit or a negative duration is Rejected', () => {
  const store = new ChargingProfileStore<ChargingProfile16>({ version: '1.6', station, limits: { rateUnits: ['A'] } });
  const now = new Date('2024-05-01T12:00:00Z');
  assert.deepEqual(getCompositeSchedule16(store, { connectorId: 3, duration: 60 }, now), { status: 'Rejected' });
  assert.deepEqual(getCompositeSchedule16(store, { connectorId: 1, duration: 60, chargingRateUnit: 'W' }, now), { status: 'Rejected' });
  assert.deepEqual(getCompositeSchedule16(store, { connectorId: 1, duration: -1 }, now), { status: 'Rejected' });
  // Without a unit: the first the charge point supports.
  assert.equal(getCompositeSchedule16(store, { connectorId: 1, duration: 60 }, now).chargingSchedule?.chargingRateUnit, 'A');
});
