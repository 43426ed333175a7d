/**
 * The payload examples of the specification and of the documents this
 * project started from, as data, with the verdict each must get.
 *
 * Sources: OCPP 2.0.1 Part 4 (OCPP-J) sections 4.1.5, 4.2.1, 4.2.2 and 8
 * (CustomData extension); the seed documents' ChangeAvailability,
 * UnlockConnector and TriggerMessage request examples and their example
 * Charger / ChargeSystem handlers.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validate, validateRequest, validateResponse } from '../../src/v201/index.js';
import type { BootNotificationRequest, ChangeAvailabilityRequest, HeartbeatRequest } from '../../src/v201/index.js';

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
