/**
 * Profile validation beyond the K01 requirement tests: the rules both
 * versions share, where 1.6 and 2.0.1 differ, malformed input that reaches
 * the library (times that are not times), and the 1.6 answers checked
 * against the official 1.6 schemas where they are beside the repository.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromV16Profile, getCompositeSchedule16, setChargingProfile16, type ChargingProfile16 } from '../../src/smart-charging/adapters/v16.js';
import { fromV201Profile } from '../../src/smart-charging/adapters/v201.js';
import { ChargingProfileStore } from '../../src/smart-charging/store.js';
import type { ChargingProfile } from '../../src/smart-charging/types.js';
import { checkProfile, type ProfileContext } from '../../src/smart-charging/validate.js';
import { Ajv } from 'ajv';
import { officialSchemaDir, readSchemas, SKIP_REASON } from '../support/official-schemas.js';
import { at, periods, profile, station } from './support.js';

const context = (fields: Partial<ProfileContext> = {}): ProfileContext => ({ version: '2.0.1', evseId: 1, evseIds: [1, 2], source: 'SetChargingProfile', ...fields });
const START = at('2024-05-01T12:00:00Z');
const valid = (fields: Parameters<typeof profile>[0] = {}): ChargingProfile => profile({ schedule: { startSchedule: START }, ...fields });
const code = (p: ChargingProfile, ctx: ProfileContext = context()) => checkProfile(p, ctx)?.reasonCode;

test('a plain TxDefaultProfile passes', () => {
  assert.equal(checkProfile(valid(), context()), undefined);
});

test('stackLevel below 0, or not an integer id, is refused', () => {
  assert.equal(code(valid({ stackLevel: -1 })), 'InvalidStackLevel');
  assert.equal(code(valid({ id: 1.5 })), 'InvalidProfile');
});

test('validity: times that are times, validTo after validFrom', () => {
  assert.equal(code(valid({ validFrom: START, validTo: START })), 'InvalidProfile');
  assert.equal(code(valid({ validFrom: NaN })), 'InvalidProfile');
  assert.equal(code(valid({ validFrom: START, validTo: START + 1 })), undefined);
  // A date-time the wire validator let through but Date cannot read is refused, not computed with.
  const odd = fromV201Profile({ id: 1, stackLevel: 0, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Absolute', validTo: '2024-13-45T99:00:00Z', chargingSchedule: [{ id: 1, startSchedule: '2024-05-01T12:00:00Z', chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 }] }] });
  assert.equal(code(odd), 'InvalidProfile');
});

test('a Recurring profile needs a recurrencyKind; only a TxProfile has a transactionId', () => {
  assert.equal(code(valid({ chargingProfileKind: 'Recurring' })), 'InvalidProfile');
  assert.equal(code(valid({ chargingProfileKind: 'Recurring', recurrencyKind: 'Weekly' })), undefined);
  assert.equal(code(valid({ transactionId: 'tx' })), 'InvalidProfile');
});

test('schedules: at least one, at most one in 1.6 and three in 2.0.1; periods, limits, durations and phases in range', () => {
  const base = valid();
  const schedule = base.chargingSchedule[0]!;
  assert.equal(code({ ...base, chargingSchedule: [] }), 'InvalidSchedule');
  assert.equal(code({ ...base, chargingSchedule: [schedule, schedule, schedule] }), undefined);
  assert.equal(code({ ...base, chargingSchedule: [schedule, schedule, schedule, schedule] }), 'TooManyElements');
  assert.equal(code({ ...base, chargingSchedule: [schedule, schedule] }, context({ version: '1.6' })), 'TooManyElements');
  const withSchedule = (fields: Partial<typeof schedule>) => ({ ...base, chargingSchedule: [{ ...schedule, ...fields }] });
  assert.equal(code(withSchedule({ chargingSchedulePeriod: [] })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ chargingSchedulePeriod: periods([0, -1]) })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ chargingSchedulePeriod: periods([0, NaN]) })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ chargingSchedulePeriod: periods([0, 6], [0.5, 6]) })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ chargingSchedulePeriod: periods([0, 6, 4]) })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ chargingSchedulePeriod: periods([0, 6, 0]) })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ duration: -5 })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ minChargingRate: -1 })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ startSchedule: NaN })), 'InvalidSchedule');
  assert.equal(code(withSchedule({ chargingSchedulePeriod: [{ startPeriod: 0, limit: 6, numberPhases: 1, phaseToUse: 4 }] }), context({ limits: { phaseSwitching: true } })), 'InvalidSchedule');
});

test('1.6 differs: startSchedule is optional, a Relative ChargePointMaxProfile passes, a TxProfile may leave out its transactionId', () => {
  const v16 = context({ version: '1.6', evseId: 0 });
  assert.equal(code(profile({}), { ...v16, evseId: 1 }), undefined);
  assert.equal(code(profile({ chargingProfilePurpose: 'ChargingStationMaxProfile', chargingProfileKind: 'Relative' }), v16), undefined);
  assert.equal(code(profile({ chargingProfilePurpose: 'ChargingStationMaxProfile', chargingProfileKind: 'Relative' }), { ...v16, version: '2.0.1' }), 'InvalidProfile');
  const transaction = { start: START, transactionId: '5' };
  assert.equal(code(profile({ chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative' }), { ...v16, evseId: 1, transaction }), undefined);
  assert.equal(code(profile({ chargingProfilePurpose: 'TxProfile', chargingProfileKind: 'Relative' }), context({ transaction })), 'MissingParam');
});

test('a 1.6 Absolute schedule without startSchedule starts with the transaction (7.13)', () => {
  const store = new ChargingProfileStore<ChargingProfile16>({ version: '1.6', station });
  store.beginTransaction(1, '2024-05-01T11:55:00Z', '3');
  const p: ChargingProfile16 = {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 }, { startPeriod: 600, limit: 10 }] },
  };
  assert.equal(setChargingProfile16(store, { connectorId: 1, csChargingProfiles: p }).status, 'Accepted');
  const conf = getCompositeSchedule16(store, { connectorId: 1, duration: 600 }, new Date('2024-05-01T12:00:00Z'));
  assert.deepEqual(conf.chargingSchedule?.chargingSchedulePeriod.map((x) => [x.startPeriod, x.limit]), [[0, 6], [300, 10]]);
  assert.equal(fromV16Profile(p).chargingSchedule[0]!.startSchedule, undefined);
});

test('the 1.6 answers match the official 1.6 schemas', (t) => {
  const dir = officialSchemaDir('v16');
  if (dir === undefined) return t.skip(SKIP_REASON);
  const schemas = readSchemas(dir);
  // multipleOf 0.1 in decimal steps: 8.6 / 0.1 is 85.99999999999999 in binary floating point.
  const ajv = new Ajv({ strict: false, multipleOfPrecision: 9 });
  const check = (name: string, payload: unknown) => {
    // Draft-04, using nothing a later draft reads differently.
    const { $schema: _, ...schema } = schemas.get(name)!;
    const fn = ajv.getSchema(`urn:v16:${name}`) ?? ajv.compile({ ...schema, $id: `urn:v16:${name}` });
    assert.ok(fn(payload), `${name}: ${JSON.stringify(fn.errors)}`);
  };
  const store = new ChargingProfileStore<ChargingProfile16>({ version: '1.6', station });
  const request = {
    connectorId: 0,
    csChargingProfiles: {
      chargingProfileId: 1,
      stackLevel: 0,
      chargingProfilePurpose: 'TxDefaultProfile' as const,
      chargingProfileKind: 'Recurring' as const,
      recurrencyKind: 'Daily' as const,
      chargingSchedule: { startSchedule: '2024-01-01T00:00:00Z', chargingRateUnit: 'W' as const, chargingSchedulePeriod: [{ startPeriod: 0, limit: 11000 }, { startPeriod: 28800, limit: 6000 }] },
    },
  };
  check('SetChargingProfileRequest', request);
  check('SetChargingProfileResponse', setChargingProfile16(store, request));
  const conf = getCompositeSchedule16(store, { connectorId: 1, duration: 86400, chargingRateUnit: 'A' }, new Date('2024-05-01T06:00:00Z'));
  assert.deepEqual(conf.chargingSchedule?.chargingSchedulePeriod.map((p) => p.limit), [15.9, 8.6, 15.9]);
  check('GetCompositeScheduleResponse', conf);
  check('GetCompositeScheduleResponse', getCompositeSchedule16(store, { connectorId: 7, duration: 60 }, new Date()));
});
