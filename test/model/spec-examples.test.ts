/**
 * The payload examples of the specification and of the documents this
 * project started from, as data, with the verdict each must get.
 *
 * Sources: OCPP 2.0.1 Part 4 (OCPP-J) sections 4.1.5, 4.2.1, 4.2.2 and 8
 * (CustomData extension); the seed documents' ChangeAvailability,
 * UnlockConnector and TriggerMessage request examples and their example
 * Charger / ChargeSystem handlers; OCPP-J 1.6 sections 4.2.1 and 4.2.2;
 * OCPP 2.1 Part 4 sections 4.2.1, 4.2.2 and 4.2.4 (SEND); OCPP 1.6 edition
 * 2 section 7.45 and the OCPP-J 1.6 errata 2.1 (Celsius and Celcius).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, validateRequest, validateResponse } from '../../src/v201/index.js';
import type { BootNotificationRequest, ChangeAvailabilityRequest, HeartbeatRequest } from '../../src/v201/index.js';
import * as v16 from '../../src/v16/index.js';
import * as v21 from '../../src/v21/index.js';

interface Example {
  readonly name: string;
  readonly action: string;
  readonly kind: 'request' | 'response';
  readonly payload: unknown;
  /** [code, pointer] of each strict error; empty when the example is valid. */
  readonly errors: readonly (readonly [string, string])[];
  /** Lenient mode forgives every one of the errors (over-long strings, unknown properties). */
  readonly soft?: true;
}

const examples: readonly Example[] = [
  {
    name: 'Part 4 4.2.1: BootNotificationRequest in a CALL',
    action: 'BootNotification',
    kind: 'request',
    payload: { reason: 'PowerUp', chargingStation: { model: 'SingleSocketCharger', vendorName: 'VendorX' } },
    errors: [],
  },
  {
    name: 'Part 4 4.2.2: BootNotificationResponse in a CALLRESULT',
    action: 'BootNotification',
    kind: 'response',
    payload: { currentTime: '2013-02-01T20:53:32.486Z', interval: 300, status: 'Accepted' },
    errors: [],
  },
  {
    name: 'Part 4 4.1.5: a message without payload is the empty object',
    action: 'Heartbeat',
    kind: 'request',
    payload: {},
    errors: [],
  },
  {
    name: 'Part 4 4.1.5: ... and not null',
    action: 'Heartbeat',
    kind: 'request',
    payload: null,
    errors: [['FormatViolation', '']],
  },
  {
    name: 'Part 4 4.1.5: an optional field left empty is left out, never null',
    action: 'BootNotification',
    kind: 'request',
    payload: { reason: 'PowerUp', chargingStation: { model: 'SingleSocketCharger', vendorName: 'VendorX', serialNumber: null } },
    errors: [['TypeConstraintViolation', '/chargingStation/serialNumber']],
  },
  {
    name: 'Part 4 4.1.5: ... nor an empty list where the schema asks for at least one item',
    action: 'GetVariables',
    kind: 'request',
    payload: { getVariableData: [] },
    errors: [['OccurrenceConstraintViolation', '/getVariableData']],
  },
  {
    name: 'Part 4 4.1.5: one entity of a 1..* field is still a list',
    action: 'GetVariables',
    kind: 'request',
    payload: { getVariableData: { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } } },
    errors: [['TypeConstraintViolation', '/getVariableData']],
  },
  {
    name: 'Part 4 4.1.5: ... a list of size 1',
    action: 'GetVariables',
    kind: 'request',
    payload: { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] },
    errors: [],
  },
  {
    name: 'Part 4 8: HeartbeatRequest extended with customData',
    action: 'Heartbeat',
    kind: 'request',
    payload: { customData: { vendorId: 'com.mycompany.customheartbeat', mainMeterValue: 12345, sessionsToDate: 342 } },
    errors: [],
  },
  {
    name: 'Part 4 8: ... the same properties outside customData are unknown',
    action: 'Heartbeat',
    kind: 'request',
    payload: { mainMeterValue: 12345, sessionsToDate: 342 },
    errors: [
      ['FormatViolation', '/mainMeterValue'],
      ['FormatViolation', '/sessionsToDate'],
    ],
    soft: true,
  },
  {
    name: 'seed: example ChangeAvailabilityRequest',
    action: 'ChangeAvailability',
    kind: 'request',
    payload: { operationalStatus: 'Inoperative' },
    errors: [],
  },
  {
    name: 'seed: example UnlockConnectorRequest',
    action: 'UnlockConnector',
    kind: 'request',
    payload: { connectorId: 0, evseId: 0 },
    errors: [],
  },
  {
    name: 'seed: example TriggerMessageRequest',
    action: 'TriggerMessage',
    kind: 'request',
    payload: { requestedMessage: 'BootNotification' },
    errors: [],
  },
  {
    name: "seed: the example Charger's UnlockConnectorResponse",
    action: 'UnlockConnector',
    kind: 'response',
    payload: { status: 'Unlocked', statusInfo: { reasonCode: 'cable unlocked' } },
    errors: [],
  },
  {
    // reasonCode is string[20]; the example's is 22 characters.
    name: "seed: the example Charger's ChangeAvailabilityResponse has a reasonCode longer than 20",
    action: 'ChangeAvailability',
    kind: 'response',
    payload: { status: 'Accepted', statusInfo: { reasonCode: 'charger is inoperative' } },
    errors: [['PropertyConstraintViolation', '/statusInfo/reasonCode']],
    soft: true,
  },
  {
    name: "seed: the example ChargeSystem's AuthorizeResponse",
    action: 'Authorize',
    kind: 'response',
    payload: { idTokenInfo: { status: 'Accepted' } },
    errors: [],
  },
  {
    // status is a RegistrationStatusEnumType, not a StatusInfoType; interval is required and present.
    name: "seed: the example ChargeSystem's BootNotificationResponse puts a StatusInfo where the status belongs",
    action: 'BootNotification',
    kind: 'response',
    payload: { currentTime: '2024-05-01T10:11:12.123456Z', interval: 900, status: { reasonCode: '' } },
    errors: [['TypeConstraintViolation', '/status']],
  },
  {
    name: "seed: the example ChargeSystem's DataTransferResponse answers",
    action: 'DataTransfer',
    kind: 'response',
    payload: { status: 'UnknownVendorId' },
    errors: [],
  },
  {
    name: "seed: the example ChargeSystem's DataTransferResponse echoes data of any JSON type",
    action: 'DataTransfer',
    kind: 'response',
    payload: { status: 'Accepted', data: 'olleh' },
    errors: [],
  },
  {
    name: "seed: the example ChargeSystem's HeartbeatResponse (Elixir's DateTime.to_iso8601 in UTC)",
    action: 'Heartbeat',
    kind: 'response',
    payload: { currentTime: '2024-05-01T10:11:12.123456Z' },
    errors: [],
  },
  {
    name: "seed: the example ChargeSystem's StatusNotificationResponse and TransactionEventResponse are empty",
    action: 'StatusNotification',
    kind: 'response',
    payload: {},
    errors: [],
  },
  {
    name: 'TransactionEventResponse may be empty',
    action: 'TransactionEvent',
    kind: 'response',
    payload: {},
    errors: [],
  },
];

describe('spec and seed examples', () => {
  for (const ex of examples) {
    test(ex.name, () => {
      const r = validate(ex.action, ex.kind, ex.payload);
      assert.ok(r);
      assert.deepEqual(r.ok ? [] : r.errors.map((e) => [e.code, e.pointer]), ex.errors.map((e) => [...e]));
      const lenient = validate(ex.action, ex.kind, ex.payload, { mode: 'lenient' });
      assert.equal(lenient?.ok, ex.errors.length === 0 || ex.soft === true);
      assert.deepEqual(lenient?.warnings.map((e) => [e.code, e.pointer]), ex.soft ? ex.errors.map((e) => [...e]) : []);
    });
  }

  test('typed results: the value is the typed payload', () => {
    const boot = validateRequest('BootNotification', examples[0]!.payload);
    assert.ok(boot.ok);
    const typed: BootNotificationRequest = boot.value;
    assert.equal(typed.chargingStation.vendorName, 'VendorX');
    const change = validateRequest('ChangeAvailability', { operationalStatus: 'Inoperative' });
    assert.ok(change.ok);
    const status: ChangeAvailabilityRequest['operationalStatus'] = change.value.operationalStatus;
    assert.equal(status, 'Inoperative');
    const hb = validateResponse('Heartbeat', { currentTime: '2013-02-01T20:53:32.486Z' });
    assert.ok(hb.ok);
    assert.equal(hb.value.currentTime, '2013-02-01T20:53:32.486Z');
    const empty: HeartbeatRequest = {};
    assert.ok(validateRequest('Heartbeat', empty).ok);
  });
});

interface VersionExample extends Example {
  readonly version: '1.6' | '2.1';
}

const otherVersions: readonly VersionExample[] = [
  {
    version: '1.6',
    name: 'OCPP-J 1.6 4.2.1: BootNotification.req in a CALL',
    action: 'BootNotification',
    kind: 'request',
    payload: { chargePointVendor: 'VendorX', chargePointModel: 'SingleSocketCharger' },
    errors: [],
  },
  {
    // The example still uses 1.5's heartbeatInterval; 1.6's schema requires interval.
    version: '1.6',
    name: 'OCPP-J 1.6 4.2.2: the BootNotification.conf example writes heartbeatInterval where 1.6 has interval',
    action: 'BootNotification',
    kind: 'response',
    payload: { status: 'Accepted', currentTime: '2013-02-01T20:53:32.486Z', heartbeatInterval: 300 },
    errors: [
      ['OccurrenceConstraintViolation', '/interval'],
      ['FormatViolation', '/heartbeatInterval'],
    ],
  },
  {
    version: '1.6',
    name: 'OCPP-J 1.6 4.2.2: ... with interval it is valid',
    action: 'BootNotification',
    kind: 'response',
    payload: { status: 'Accepted', currentTime: '2013-02-01T20:53:32.486Z', interval: 300 },
    errors: [],
  },
  {
    version: '1.6',
    name: 'OCPP 1.6 7.45 and OCPP-J errata 2.1: a temperature in Celsius and in Celcius',
    action: 'MeterValues',
    kind: 'request',
    payload: {
      connectorId: 1,
      meterValue: [
        {
          timestamp: '2024-01-01T10:00:00Z',
          sampledValue: [
            { value: '21.5', measurand: 'Temperature', unit: 'Celsius', location: 'Body' },
            { value: '21.5', measurand: 'Temperature', unit: 'Celcius', location: 'Body' },
          ],
        },
      ],
    },
    errors: [],
  },
  {
    version: '1.6',
    name: 'OCPP 1.6 7.14: a charging schedule period limit of 21.4 A (multipleOf 0.1) and minChargingRate 6.3',
    action: 'SetChargingProfile',
    kind: 'request',
    payload: {
      connectorId: 1,
      csChargingProfiles: {
        chargingProfileId: 7,
        stackLevel: 0,
        chargingProfilePurpose: 'TxDefaultProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: { chargingRateUnit: 'A', minChargingRate: 6.3, chargingSchedulePeriod: [{ startPeriod: 0, limit: 21.4 }, { startPeriod: 3600, limit: 0.3 }] },
      },
    },
    errors: [],
  },
  {
    version: '2.1',
    name: '2.1 Part 4 4.2.1: BootNotificationRequest in a CALL',
    action: 'BootNotification',
    kind: 'request',
    payload: { reason: 'PowerUp', chargingStation: { model: 'SingleSocketCharger', vendorName: 'VendorX' } },
    errors: [],
  },
  {
    version: '2.1',
    name: '2.1 Part 4 4.2.2: BootNotificationResponse in a CALLRESULT',
    action: 'BootNotification',
    kind: 'response',
    payload: { currentTime: '2013-02-01T20:53:32.486Z', interval: 300, status: 'Accepted' },
    errors: [],
  },
  {
    // The example leaves out the required basetime and writes t as a timestamp where the schema has a number (an offset from basetime).
    version: '2.1',
    name: '2.1 Part 4 4.2.4: the NotifyPeriodicEventStream SEND example lacks basetime and writes t as a date',
    action: 'NotifyPeriodicEventStream',
    kind: 'request',
    payload: { id: 123, pending: 0, data: [{ t: '2024-08-27T12:30:40Z', v: '230.4' }, { t: '2024-08-27T12:30:45Z', v: '230.2' }] },
    // In the schema's property order: data, then basetime.
    errors: [
      ['TypeConstraintViolation', '/data/0/t'],
      ['TypeConstraintViolation', '/data/1/t'],
      ['OccurrenceConstraintViolation', '/basetime'],
    ],
  },
  {
    version: '2.1',
    name: '2.1 Part 4 4.2.4: ... with a basetime and offsets in seconds it is valid',
    action: 'NotifyPeriodicEventStream',
    kind: 'request',
    payload: { id: 123, pending: 0, basetime: '2024-08-27T12:30:40Z', data: [{ t: 0, v: '230.4' }, { t: 5, v: '230.2' }] },
    errors: [],
  },
];

describe('1.6 and 2.1 spec examples', () => {
  for (const ex of otherVersions) {
    test(`${ex.version}: ${ex.name}`, () => {
      const validateIn = (ex.version === '1.6' ? v16.validate : v21.validate) as (a: string, k: 'request' | 'response', p: unknown) => ReturnType<typeof validate>;
      const r = validateIn(ex.action, ex.kind, ex.payload);
      assert.ok(r);
      assert.deepEqual(r.ok ? [] : r.errors.map((e) => [e.code, e.pointer]), ex.errors.map((e) => [...e]));
    });
  }

  test('typed results in each version: 1.6 IdTagInfo, 2.1 SEND payload', () => {
    const auth = v16.validateResponse('Authorize', { idTagInfo: { status: 'Accepted', expiryDate: '2024-01-01T00:00:00Z' } });
    assert.ok(auth.ok);
    const info: v16.IdTagInfo = auth.value.idTagInfo;
    const status: v16.AuthorizationStatus = info.status;
    assert.equal(status, 'Accepted');
    const stream = v21.validateRequest('NotifyPeriodicEventStream', otherVersions[8]!.payload);
    assert.ok(stream.ok);
    const first: v21.StreamDataElementType | undefined = stream.value.data[0];
    assert.equal(first?.v, '230.4');
    assert.equal(v21.validate('NotifyPeriodicEventStream', 'response', {}), undefined, 'a SEND has no response');
  });
});
