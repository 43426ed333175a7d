/**
 * OCPP 2.0.1 block K, requirement by requirement, through a station's store
 * and the 2.0.1 messages (SetChargingProfile K01, GetCompositeSchedule K08,
 * GetChargingProfiles K09, ClearChargingProfile K10). Every answer is also
 * checked against the 2.0.1 schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChargingProfileType, ChargingSchedulePeriodType, SetChargingProfileResponse } from '../../src/v201/index.js';
import { validate } from '../../src/v201/validate.js';
import {
  clearChargingProfile201,
  fromV201Profile,
  getChargingProfiles201,
  getCompositeSchedule201,
  setChargingProfile201,
} from '../../src/smart-charging/adapters/v201.js';
import { ChargingProfileStore } from '../../src/smart-charging/store.js';
import type { ProfileLimits } from '../../src/smart-charging/validate.js';
import { at, profile, station } from './support.js';

const NOW = new Date('2024-05-01T12:00:00Z');

function store201(limits?: ProfileLimits) {
  return new ChargingProfileStore<ChargingProfileType>({ version: '2.0.1', station, ...(limits === undefined ? {} : { limits }) });
}

function wire(fields: Partial<ChargingProfileType> = {}, periods: ChargingSchedulePeriodType[] = [{ startPeriod: 0, limit: 16 }]): ChargingProfileType {
  return {
    id: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    ...fields,
    chargingSchedule: fields.chargingSchedule ?? [{ id: 1, startSchedule: '2024-05-01T12:00:00Z', chargingRateUnit: 'A', chargingSchedulePeriod: periods }],
  };
}

const relativeSchedule = (limit: number) => [{ id: 1, chargingRateUnit: 'A' as const, chargingSchedulePeriod: [{ startPeriod: 0, limit }] }];

/** Sets a profile and checks the answer against the schema; returns it. */
function set(store: ChargingProfileStore<ChargingProfileType>, evseId: number, chargingProfile: ChargingProfileType): SetChargingProfileResponse {
  const request = { evseId, chargingProfile };
  assert.ok(validate('SetChargingProfile', 'request', request)?.ok, 'a valid request');
  const response = setChargingProfile201(store, request);
  assert.ok(validate('SetChargingProfile', 'response', response)?.ok, JSON.stringify(response));
  return response;
}

function rejectedWith(response: SetChargingProfileResponse, reasonCode: string, rule: string): void {
  assert.equal(response.status, 'Rejected');
  assert.equal(response.statusInfo?.reasonCode, reasonCode);
  assert.ok(response.statusInfo?.additionalInfo?.includes(rule), response.statusInfo?.additionalInfo);
}

function limits(store: ChargingProfileStore<ChargingProfileType>, evseId: number, duration = 60, unit?: 'A' | 'W') {
  const response = getCompositeSchedule201(store, { evseId, duration, ...(unit === undefined ? {} : { chargingRateUnit: unit }) }, NOW);
  assert.ok(validate('GetCompositeSchedule', 'response', response)?.ok, JSON.stringify(response));
  assert.equal(response.status, 'Accepted');
  return response.schedule!.chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit]);
}

test('K01.FR.03: a TxProfile without transactionId is Rejected (MissingParam)', () => {
  const store = store201();
  store.beginTransaction(1, NOW, 'tx-1');
  rejectedWith(set(store, 1, wire({ chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative', chargingSchedule: relativeSchedule(8) })), 'MissingParam', 'K01.FR.03');
});

test('K01.FR.05: a profile with a known id replaces that profile, wherever it was', () => {
  const store = store201();
  assert.equal(set(store, 1, wire({ id: 7, stackLevel: 0 })).status, 'Accepted');
  assert.equal(set(store, 2, wire({ id: 7, stackLevel: 3 }, [{ startPeriod: 0, limit: 10 }])).status, 'Accepted');
  assert.deepEqual(store.profiles().map((p) => [p.evseId, p.profile.stackLevel]), [[2, 3]]);
});

test('K01.FR.05: the CSMS cannot replace a ChargingStationExternalConstraints profile', () => {
  const store = store201();
  const external = profile({ id: 7, chargingProfilePurpose: 'ChargingStationExternalConstraints', schedule: { startSchedule: at('2024-05-01T12:00:00Z') } });
  assert.equal(store.setExternalConstraints(0, external, 'EMS').status, 'Accepted');
  rejectedWith(set(store, 0, wire({ id: 7 })), 'DuplicateProfile', 'K01.FR.05');
});

test('K01.FR.06: another profile with the stack level, purpose and EVSE of one installed and an overlapping validity is Rejected', () => {
  const store = store201();
  set(store, 1, wire({ id: 1, validFrom: '2024-05-01T00:00:00Z', validTo: '2024-05-02T00:00:00Z' }));
  rejectedWith(set(store, 1, wire({ id: 2, validFrom: '2024-05-01T23:00:00Z' })), 'DuplicateProfile', 'K01.FR.06');
  rejectedWith(set(store, 1, wire({ id: 2 })), 'DuplicateProfile', 'K01.FR.06');
  // Not overlapping, another EVSE, another stack level: no conflict.
  assert.equal(set(store, 1, wire({ id: 3, validFrom: '2024-05-02T00:00:00Z' })).status, 'Accepted');
  assert.equal(set(store, 2, wire({ id: 4 })).status, 'Accepted');
  assert.equal(set(store, 1, wire({ id: 5, stackLevel: 1 })).status, 'Accepted');
  assert.equal(store.size, 4);
});

test('K01.FR.09: a TxProfile for an EVSE without a transaction is Rejected (TxNotFound)', () => {
  rejectedWith(set(store201(), 1, wire({ chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative', transactionId: 'tx-1', chargingSchedule: relativeSchedule(8) })), 'TxNotFound', 'K01.FR.09');
});

test('K01.FR.16: a TxProfile on EVSE 0 is Rejected', () => {
  const store = store201();
  rejectedWith(set(store, 0, wire({ chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative', transactionId: 'tx-1', chargingSchedule: relativeSchedule(8) })), 'InvalidValue', 'K01.FR.16');
});

test('K01.FR.19: phaseToUse only with numberPhases 1', () => {
  const store = store201({ phaseSwitching: true });
  rejectedWith(set(store, 1, wire({}, [{ startPeriod: 0, limit: 16, numberPhases: 3, phaseToUse: 2 }])), 'InvalidSchedule', 'K01.FR.19');
  assert.equal(set(store, 1, wire({}, [{ startPeriod: 0, limit: 16, numberPhases: 1, phaseToUse: 2 }])).status, 'Accepted');
});

test('K01.FR.20: phaseToUse is Rejected where the station cannot switch phases', () => {
  rejectedWith(set(store201(), 1, wire({}, [{ startPeriod: 0, limit: 16, numberPhases: 1, phaseToUse: 2 }])), 'InvalidSchedule', 'K01.FR.20');
});

test('K01.FR.22: ChargingStationExternalConstraints from the CSMS is Rejected', () => {
  rejectedWith(set(store201(), 0, wire({ chargingProfilePurpose: 'ChargingStationExternalConstraints' })), 'InvalidValue', 'K01.FR.22');
});

test('K01.FR.26: a chargingRateUnit the station does not support is Rejected (UnsupportedRateUnit)', () => {
  const store = store201({ rateUnits: ['A'] });
  const w = wire({ chargingSchedule: [{ id: 1, startSchedule: '2024-05-01T12:00:00Z', chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 11000 }] }] });
  rejectedWith(set(store, 1, w), 'UnsupportedRateUnit', 'K01.FR.26');
});

test('K01.FR.28: a profile for an EVSE the station does not have is Rejected', () => {
  rejectedWith(set(store201(), 3, wire()), 'UnknownEvse', 'K01.FR.28');
});

test('K01.FR.31: the first period starts at 0', () => {
  rejectedWith(set(store201(), 1, wire({}, [{ startPeriod: 10, limit: 16 }])), 'InvalidSchedule', 'K01.FR.31');
});

test('K01.FR.33: a TxProfile for a transaction the EVSE is not running is Rejected (TxNotFound)', () => {
  const store = store201();
  store.beginTransaction(1, NOW, 'tx-1');
  const tx = (transactionId: string) => wire({ chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative', transactionId, chargingSchedule: relativeSchedule(8) });
  rejectedWith(set(store, 1, tx('tx-2')), 'TxNotFound', 'K01.FR.33');
  assert.equal(set(store, 1, tx('tx-1')).status, 'Accepted');
});

test('K01.FR.35: periods in increasing startPeriod order', () => {
  const store = store201();
  rejectedWith(set(store, 1, wire({}, [{ startPeriod: 0, limit: 16 }, { startPeriod: 600, limit: 8 }, { startPeriod: 600, limit: 10 }])), 'InvalidSchedule', 'K01.FR.35');
  rejectedWith(set(store, 1, wire({}, [{ startPeriod: 0, limit: 16 }, { startPeriod: 600, limit: 8 }, { startPeriod: 300, limit: 10 }])), 'InvalidSchedule', 'K01.FR.35');
});

test('K01.FR.38: a ChargingStationMaxProfile cannot be Relative; it belongs on EVSE 0', () => {
  const store = store201();
  rejectedWith(set(store, 0, wire({ chargingProfilePurpose: 'ChargingStationMaxProfile', chargingProfileKind: 'Relative', chargingSchedule: relativeSchedule(40) })), 'InvalidProfile', 'K01.FR.38');
  rejectedWith(set(store, 1, wire({ chargingProfilePurpose: 'ChargingStationMaxProfile' })), 'InvalidValue', 'evseId');
  assert.equal(set(store, 0, wire({ chargingProfilePurpose: 'ChargingStationMaxProfile' })).status, 'Accepted');
});

test('K01.FR.39: another TxProfile with the stack level and transaction of one installed is Rejected', () => {
  const store = store201();
  store.beginTransaction(1, NOW, 'tx-1');
  const tx = (id: number, stackLevel: number) =>
    wire({ id, stackLevel, chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative', transactionId: 'tx-1', chargingSchedule: relativeSchedule(8) });
  assert.equal(set(store, 1, tx(1, 0)).status, 'Accepted');
  rejectedWith(set(store, 1, tx(2, 0)), 'DuplicateProfile', 'K01.FR.39');
  assert.equal(set(store, 1, tx(2, 1)).status, 'Accepted');
  assert.equal(set(store, 1, tx(1, 0)).status, 'Accepted'); // K01.FR.05: its own id replaces it
});

test('K01.FR.40 and K01.FR.41: Absolute and Recurring schedules have a startSchedule, Relative ones none', () => {
  const store = store201();
  rejectedWith(set(store, 1, wire({ chargingSchedule: relativeSchedule(8) })), 'InvalidSchedule', 'K01.FR.40');
  rejectedWith(set(store, 1, wire({ chargingProfileKind: 'Recurring', recurrencyKind: 'Daily', chargingSchedule: relativeSchedule(8) })), 'InvalidSchedule', 'K01.FR.40');
  rejectedWith(set(store, 1, wire({ chargingProfileKind: 'Relative' })), 'InvalidSchedule', 'K01.FR.41');
});

test('K01.FR.45: numberPhases above the supply\'s phases is Rejected', () => {
  const store = new ChargingProfileStore<ChargingProfileType>({ version: '2.0.1', station: { ...station, phases: 1 } });
  rejectedWith(set(store, 1, wire({}, [{ startPeriod: 0, limit: 16, numberPhases: 3 }])), 'InvalidSchedule', 'K01.FR.45');
  assert.equal(set(store, 1, wire({}, [{ startPeriod: 0, limit: 16, numberPhases: 1 }])).status, 'Accepted');
});

test('K01.FR.49 and K01.FR.50: a W limit without numberPhases is for 3 phases: A = W / (230 V * 3)', () => {
  const store = store201();
  set(store, 1, wire({ chargingSchedule: [{ id: 1, startSchedule: '2024-05-01T12:00:00Z', chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 6900 }] }] }));
  assert.deepEqual(limits(store, 1, 60, 'A'), [[0, 10]]);
  assert.deepEqual(limits(store, 1, 60, 'W'), [[0, 6900]]);
});

test('the station\'s declared limits: ProfileStackLevel, PeriodsPerSchedule, the number of profiles', () => {
  const store = store201({ maxStackLevel: 2, maxPeriods: 2, maxProfiles: 2 });
  rejectedWith(set(store, 1, wire({ stackLevel: 3 })), 'InvalidStackLevel', 'ProfileStackLevel');
  rejectedWith(set(store, 1, wire({}, [{ startPeriod: 0, limit: 16 }, { startPeriod: 60, limit: 8 }, { startPeriod: 120, limit: 4 }])), 'TooManyElements', 'PeriodsPerSchedule');
  assert.equal(set(store, 1, wire({ id: 1 })).status, 'Accepted');
  assert.equal(set(store, 2, wire({ id: 2 })).status, 'Accepted');
  rejectedWith(set(store, 1, wire({ id: 3, stackLevel: 1 })), 'OutOfStorage', 'MaxChargingProfilesInstalled');
  assert.equal(set(store, 1, wire({ id: 1, stackLevel: 1 })).status, 'Accepted'); // a replacement still fits
});

test('K08.FR.02: the schedule runs from the moment of the request for the requested duration', () => {
  const store = store201();
  set(store, 1, wire({}, [{ startPeriod: 0, limit: 16 }, { startPeriod: 1800, limit: 8 }]));
  const response = getCompositeSchedule201(store, { evseId: 1, duration: 3600, chargingRateUnit: 'A' }, NOW);
  assert.deepEqual(response, {
    status: 'Accepted',
    schedule: {
      evseId: 1,
      duration: 3600,
      scheduleStart: '2024-05-01T12:00:00Z',
      chargingRateUnit: 'A',
      chargingSchedulePeriod: [
        { startPeriod: 0, limit: 16, numberPhases: 3 },
        { startPeriod: 1800, limit: 8, numberPhases: 3 },
      ],
    },
  });
  // Asked 10 minutes later, the same limits move 600 s earlier.
  const later = getCompositeSchedule201(store, { evseId: 1, duration: 3600, chargingRateUnit: 'A' }, new Date('2024-05-01T12:10:00Z'));
  assert.deepEqual(later.schedule?.chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit]), [[0, 16], [1200, 8]]);
});

test('K08.FR.03: EVSE 0 is the grid connection: what the EVSEs together may draw, under the station maximum', () => {
  const store = store201();
  set(store, 0, wire({ id: 1, chargingProfilePurpose: 'ChargingStationMaxProfile' }, [{ startPeriod: 0, limit: 48 }, { startPeriod: 600, limit: 20 }]));
  set(store, 0, wire({ id: 2 }, [{ startPeriod: 0, limit: 16 }]));
  assert.deepEqual(limits(store, 0, 1200), [[0, 32], [600, 20]]);
  assert.deepEqual(limits(store, 1, 1200), [[0, 16]]);
});

test('K08.FR.04: the composite is the lowest of the purposes\' prevailing limits, TxProfile before TxDefaultProfile', () => {
  const store = store201();
  store.beginTransaction(1, '2024-05-01T11:50:00Z', 'tx-1');
  set(store, 0, wire({ id: 1, chargingProfilePurpose: 'ChargingStationMaxProfile' }, [{ startPeriod: 0, limit: 30 }, { startPeriod: 1200, limit: 10 }]));
  set(store, 0, wire({ id: 2 }, [{ startPeriod: 0, limit: 20 }]));
  // Relative: from the transaction's start, ten minutes ago; 600 s in, that is now.
  set(store, 1, wire({
    id: 3,
    chargingProfilePurpose: 'TxProfile',
    chargingProfileKind: 'Relative',
    transactionId: 'tx-1',
    chargingSchedule: [{ id: 1, duration: 1800, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 }, { startPeriod: 1200, limit: 25 }] }],
  }));
  // TxProfile 6 until +600, 25 (capped at 30) until +1200, then max 10; after the TxProfile's duration (+1200), the default 20 under max 10.
  assert.deepEqual(limits(store, 1, 2400), [[0, 6], [600, 25], [1200, 10]]);
  // EVSE 2 has no transaction: the default, under the maximum.
  assert.deepEqual(limits(store, 2, 2400), [[0, 20], [1200, 10]]);
});

test('K08.FR.05 and K08.FR.07: an unknown EVSE or an unsupported unit is Rejected', () => {
  const store = store201({ rateUnits: ['W'] });
  for (const request of [{ evseId: 9, duration: 60 }, { evseId: 1, duration: 60, chargingRateUnit: 'A' as const }]) {
    const response = getCompositeSchedule201(store, request, NOW);
    assert.ok(validate('GetCompositeSchedule', 'response', response)?.ok);
    assert.equal(response.status, 'Rejected');
  }
  assert.equal(getCompositeSchedule201(store, { evseId: 1, duration: 60 }, NOW).schedule?.chargingRateUnit, 'W');
});

test('K09: GetChargingProfiles reports by EVSE and source, filtered by ids or by purpose, stack level and source', () => {
  const store = store201();
  set(store, 0, wire({ id: 1, chargingProfilePurpose: 'ChargingStationMaxProfile' }));
  set(store, 0, wire({ id: 2 }));
  set(store, 1, wire({ id: 3, stackLevel: 1 }));
  store.setExternalConstraints(1, profile({ id: -1, chargingProfilePurpose: 'ChargingStationExternalConstraints', schedule: { startSchedule: at('2024-05-01T12:00:00Z') } }), 'EMS');

  const all = getChargingProfiles201(store, { requestId: 5, chargingProfile: {} });
  assert.deepEqual(all.response, { status: 'Accepted' });
  assert.deepEqual(all.reports.map((r) => [r.evseId, r.chargingLimitSource, r.chargingProfile.map((p) => p.id), r.tbc]), [
    [0, 'CSO', [1, 2], true],
    [1, 'CSO', [3], true],
    [1, 'EMS', [-1], undefined],
  ]);
  for (const report of all.reports) assert.ok(validate('ReportChargingProfiles', 'request', report)?.ok, JSON.stringify(report));
  // Reported as received.
  assert.deepEqual(all.reports[0]!.chargingProfile[1], wire({ id: 2 }));

  const ids = (request: Parameters<typeof getChargingProfiles201>[1]) => getChargingProfiles201(store, request).reports.flatMap((r) => r.chargingProfile.map((p) => p.id));
  // K09.FR.03: an id list identifies the profiles; the other criteria do not narrow it.
  assert.deepEqual(ids({ requestId: 1, chargingProfile: { chargingProfileId: [2, 3], stackLevel: 0 } }), [2, 3]);
  assert.deepEqual(ids({ requestId: 1, chargingProfile: { chargingProfilePurpose: 'TxDefaultProfile', stackLevel: 0 } }), [2]);
  assert.deepEqual(ids({ requestId: 1, evseId: 1, chargingProfile: { chargingLimitSource: ['EMS', 'SO'] } }), [-1]);
  assert.deepEqual(ids({ requestId: 1, evseId: 0, chargingProfile: {} }), [1, 2]);
  const none = getChargingProfiles201(store, { requestId: 1, chargingProfile: { stackLevel: 7 } });
  assert.deepEqual(none, { response: { status: 'NoProfiles' }, reports: [] });
  assert.ok(validate('GetChargingProfiles', 'response', none.response)?.ok);
});

test('K10: ClearChargingProfile by id or criteria; Unknown when nothing matches; the station\'s external constraints stay', () => {
  const store = store201();
  set(store, 0, wire({ id: 1 }));
  set(store, 1, wire({ id: 2 }));
  set(store, 1, wire({ id: 3, stackLevel: 1 }));
  store.setExternalConstraints(0, profile({ id: 9, chargingProfilePurpose: 'ChargingStationExternalConstraints', schedule: { startSchedule: at('2024-05-01T12:00:00Z') } }), 'SO');
  const clear = (request: Parameters<typeof clearChargingProfile201>[1]) => {
    const response = clearChargingProfile201(store, request);
    assert.ok(validate('ClearChargingProfile', 'response', response)?.ok);
    return response.status;
  };
  assert.equal(clear({ chargingProfileId: 42 }), 'Unknown');
  assert.equal(clear({ chargingProfileId: 9 }), 'Unknown');
  assert.equal(clear({ chargingProfileId: 2 }), 'Accepted');
  assert.equal(clear({ chargingProfileCriteria: { evseId: 1, stackLevel: 0 } }), 'Unknown');
  assert.equal(clear({ chargingProfileCriteria: { evseId: 1, chargingProfilePurpose: 'TxDefaultProfile' } }), 'Accepted');
  assert.equal(clear({}), 'Accepted');
  assert.deepEqual(store.profiles().map((p) => p.profile.id), [9]);
  assert.equal(store.clearExternalConstraints(0, 'SO').length, 1);
});

test('K11: external constraints cap the EVSE and are replaced by the next update at their stack level', () => {
  const store = store201();
  set(store, 1, wire({ id: 1 }, [{ startPeriod: 0, limit: 16 }]));
  const external = (limit: number) =>
    profile({ id: -1, chargingProfilePurpose: 'ChargingStationExternalConstraints', chargingProfileKind: 'Relative', schedule: { chargingSchedulePeriod: [{ startPeriod: 0, limit }] } });
  assert.equal(store.setExternalConstraints(1, external(10), 'EMS').status, 'Accepted');
  assert.deepEqual(limits(store, 1), [[0, 10]]);
  assert.equal(store.setExternalConstraints(1, { ...external(12), id: -2 }, 'EMS').status, 'Accepted');
  assert.deepEqual(limits(store, 1), [[0, 12]]);
  assert.equal(store.size, 2);
  assert.equal(store.setExternalConstraints(1, profile({ id: 5 }), 'EMS').status, 'Rejected');
});

test('a TxProfile in RequestStartTransaction waits for the transaction, then applies from its start', () => {
  const store = store201();
  const p = wire({ id: 4, chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative', chargingSchedule: [{ id: 1, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 }, { startPeriod: 300, limit: 12 }] }] });
  assert.equal(store.setProfile(1, fromV201Profile(p), { source: 'RequestStartTransaction', wire: p }).status, 'Accepted');
  assert.deepEqual(limits(store, 1), [[0, 32]]);
  store.beginTransaction(1, '2024-05-01T11:58:00Z', 'tx-9');
  assert.equal(store.profiles()[0]!.profile.transactionId, 'tx-9');
  assert.deepEqual(limits(store, 1, 600), [[0, 6], [180, 12]]);
  assert.equal(store.endTransaction(1).length, 1);
  assert.equal(store.size, 0);
});

test('removeExpired drops profiles whose validTo has passed', () => {
  const store = store201();
  set(store, 1, wire({ id: 1, validTo: '2024-05-01T12:00:00Z' }));
  set(store, 1, wire({ id: 2, stackLevel: 1, validTo: '2024-05-01T13:00:00Z' }));
  assert.deepEqual(store.removeExpired(NOW).map((p) => p.profile.id), [1]);
  assert.deepEqual(store.profiles().map((p) => p.profile.id), [2]);
});
