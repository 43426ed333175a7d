/**
 * OCPP 2.1 profiles: those within 2.0.1's rules are read as 2.0.1 reads
 * them; those using a 2.1 addition that changes limits are refused, each
 * with what it used. The payloads are checked against the official 2.1
 * schema where it is beside the repository.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromV201Profile } from '../../src/smart-charging/adapters/v201.js';
import { fromV21Profile, type ChargingProfile21 } from '../../src/smart-charging/adapters/v21.js';
import { ChargingProfileStore } from '../../src/smart-charging/store.js';
import { newAjv, officialSchemaDir, readSchemas } from '../support/official-schemas.js';
import { station } from './support.js';

const plain: ChargingProfile21 = {
  id: 3,
  stackLevel: 1,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Recurring',
  recurrencyKind: 'Daily',
  validFrom: '2024-05-01T00:00:00Z',
  maxOfflineDuration: 3600,
  chargingSchedule: [
    {
      id: 1,
      startSchedule: '2024-05-01T00:00:00Z',
      chargingRateUnit: 'A',
      chargingSchedulePeriod: [
        { startPeriod: 0, limit: 16, operationMode: 'ChargingOnly' },
        { startPeriod: 28800, limit: 8, numberPhases: 1, preconditioningRequest: true },
      ],
    },
  ],
};

const variants: [string, ChargingProfile21][] = [
  ['purpose PriorityCharging', { ...plain, chargingProfilePurpose: 'PriorityCharging' }],
  ['purpose LocalGeneration', { ...plain, chargingProfilePurpose: 'LocalGeneration' }],
  ['kind Dynamic', { ...plain, chargingProfileKind: 'Dynamic' }],
  ['useLocalTime', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, useLocalTime: true }] }],
  ['randomizedDelay', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, randomizedDelay: 600 }] }],
  ['limitAtSoC', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, limitAtSoC: { soc: 80, limit: 6 } }] }],
  ['limit_L2', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, chargingSchedulePeriod: [{ startPeriod: 0, limit: 16, limit_L2: 10 }] }] }],
  ['dischargeLimit', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, chargingSchedulePeriod: [{ startPeriod: 0, limit: 16, dischargeLimit: -5 }] }] }],
  ['evseSleep', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, chargingSchedulePeriod: [{ startPeriod: 0, limit: 0, evseSleep: true }] }] }],
  ['setpoint', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, chargingSchedulePeriod: [{ startPeriod: 0, setpoint: 7 }] }] }],
  ['operationMode CentralSetpoint', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, chargingSchedulePeriod: [{ startPeriod: 0, limit: 16, operationMode: 'CentralSetpoint' }] }] }],
  ['a period without limit', { ...plain, chargingSchedule: [{ ...plain.chargingSchedule[0]!, chargingSchedulePeriod: [{ startPeriod: 0, evseSleep: false }] }] }],
];

test('a 2.1 profile within 2.0.1\'s rules reads as its 2.0.1 equivalent, and installs', () => {
  const read = fromV21Profile(plain);
  assert.ok('profile' in read);
  const { maxOfflineDuration: _, ...as201 } = plain;
  const periods = [{ startPeriod: 0, limit: 16 }, { startPeriod: 28800, limit: 8, numberPhases: 1 }];
  assert.deepEqual(read.profile, fromV201Profile({ ...as201, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Recurring', chargingSchedule: [{ ...plain.chargingSchedule[0]!, chargingSchedulePeriod: periods }] }));
  const store = new ChargingProfileStore({ version: '2.1', station });
  assert.equal(store.setProfile(0, read.profile).status, 'Accepted');
});

test('a 2.1 profile using an addition that changes limits is refused, saying which', () => {
  for (const [what, variant] of variants) {
    const read = fromV21Profile(variant);
    assert.ok('rejection' in read, what);
    assert.equal(read.rejection.reasonCode, 'UnsupportedParam');
    assert.match(read.rejection.additionalInfo, new RegExp(what.split(' ')[0]!), what);
  }
});

test('the 2.1 payloads are valid against the official 2.1 schema', (t) => {
  const dir = officialSchemaDir('v21');
  if (dir === undefined) return t.skip('official schemas not found beside the repository (../shared); skipped');
  const validate = newAjv().compile(readSchemas(dir).get('SetChargingProfileRequest')!);
  for (const [what, chargingProfile] of [['plain', plain] as const, ...variants]) {
    assert.ok(validate({ evseId: 1, chargingProfile }), `${what}: ${JSON.stringify(validate.errors)}`);
  }
});
