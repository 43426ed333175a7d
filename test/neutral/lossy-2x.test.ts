/**
 * What 2.0.1 and 2.1 cannot say, rule by rule (src/neutral/rules.ts): a
 * neutral message from a 1.6 station (or with 2.1's wider values) written
 * to 2.x. Each case is refused with its rule, or converted with the loss
 * reported under its rule; outputs are valid for the version.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commands16, commands201, commands21, planners201, stationMessages16, stationMessages201, stationMessages21 } from '../../src/neutral/index.js';
import type { ChargingProfile, TransactionEvent } from '../../src/neutral/index.js';
import { assertValid, lossy, refused, version } from './support.js';

const v201 = version('2.0.1');
const v21 = version('2.1');
const at = '2025-03-01T10:00:00Z';

test('id-token-type-default: a token without type (from 1.6) goes to 2.x as Central', () => {
  const { value } = lossy((o) => commands201.RequestStartTransaction.writeRequest({ idToken: { id: 'TAG' }, remoteStartId: 1 }, o), 'id-token-type-default');
  assert.deepEqual(value, { idToken: { idToken: 'TAG', type: 'Central' }, remoteStartId: 1 });
  assertValid(v201, 'RequestStartTransaction', 'request', value);
});

test("id-token-type-201: 2.1's further token types have no 2.0.1 form", () => {
  const vin = { idToken: { id: 'WVW123', type: 'VIN' }, remoteStartId: 2 };
  refused(() => commands201.RequestStartTransaction.writeRequest(vin), 'id-token-type-201');
  assertValid(v21, 'RequestStartTransaction', 'request', commands21.RequestStartTransaction.writeRequest(vin));
  refused(() => stationMessages201.Authorize.writeResponse({ idTokenInfo: { status: 'Accepted', groupIdToken: { id: 'G', type: 'DirectPayment' } } }), 'id-token-type-201');
});

test('remote-start-id-2x: 2.x RequestStartTransaction needs a remoteStartId', () => {
  refused(() => commands21.RequestStartTransaction.writeRequest({ idToken: { id: 'T', type: 'Local' } }), 'remote-start-id-2x');
});

test('message-format-201: QRCODE is 2.1 only', () => {
  const info = { status: 'Accepted' as const, personalMessage: { format: 'QRCODE' as const, content: 'x' } };
  refused(() => stationMessages201.Authorize.writeResponse({ idTokenInfo: info }), 'message-format-201');
  assertValid(v21, 'Authorize', 'response', stationMessages21.Authorize.writeResponse({ idTokenInfo: info }));
});

test('status-info-201: 2.0.1 firmware and log status notifications carry no statusInfo', () => {
  const report = { status: 'InstallationFailed' as const, requestId: 1, statusInfo: { reasonCode: 'Disk' } };
  const { value } = lossy((o) => stationMessages201.FirmwareStatusNotification.writeRequest(report, o), 'status-info-201');
  assert.deepEqual(value, { status: 'InstallationFailed', requestId: 1 });
  lossy((o) => stationMessages201.LogStatusNotification.writeRequest({ status: 'UploadFailure', statusInfo: { reasonCode: 'x' } }, o), 'status-info-201');
  assert.deepEqual(stationMessages21.FirmwareStatusNotification.writeRequest(report), { status: 'InstallationFailed', requestId: 1, statusInfo: { reasonCode: 'Disk' } });
});

test('reset-hard-2x and reset-resume-201: Hard is Immediate in 2.x; ImmediateAndResume is 2.1 only', () => {
  const { value } = lossy((o) => commands201.Reset.writeRequest({ type: 'Hard' }, o), 'reset-hard-2x');
  assert.deepEqual(value, { type: 'Immediate' });
  refused(() => commands201.Reset.writeRequest({ type: 'ImmediateAndResume' }), 'reset-resume-201');
  assert.deepEqual(commands21.Reset.writeRequest({ type: 'ImmediateAndResume', evseId: 1 }), { type: 'ImmediateAndResume', evseId: 1 });
});

test('trigger-2x: DiagnosticsStatusNotification is 1.6 only; custom triggers are 2.1 only', () => {
  refused(() => commands21.TriggerMessage.writeRequest({ requestedMessage: 'DiagnosticsStatusNotification' }), 'trigger-2x');
  refused(() => commands201.TriggerMessage.writeRequest({ requestedMessage: 'CustomTrigger' }), 'trigger-2x');
  refused(() => commands201.TriggerMessage.writeRequest({ requestedMessage: 'Heartbeat', customTrigger: 'x' }), 'trigger-2x');
  assertValid(v21, 'TriggerMessage', 'request', commands21.TriggerMessage.writeRequest({ requestedMessage: 'CustomTrigger', customTrigger: 'vendor.x' }));
});

test('variables-all-2x: 2.x GetVariables names its variables', () => {
  refused(() => planners201.getVariables({}), 'variables-all-2x');
  refused(() => commands21.GetVariables.writeRequest({ variables: [] }), 'variables-all-2x');
});

test('read-only-2x: a 1.6 reading says read-only, a 2.x result cannot', () => {
  const reading = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, status: 'Accepted' as const, value: '60', readOnly: true };
  const { value } = lossy((o) => commands201.GetVariables.writeResponse({ results: [reading] }, { variables: [reading] }, o), 'read-only-2x');
  assertValid(v201, 'GetVariables', 'response', value);
});

test('unlock-status-2x and profile-status-2x: 1.6 NotSupported answers are UnlockFailed and Rejected in 2.x', () => {
  assert.deepEqual(lossy((o) => commands201.UnlockConnector.writeResponse({ status: 'NotSupported' }, { evseId: 1, connectorId: 1 }, o), 'unlock-status-2x').value, { status: 'UnlockFailed' });
  const p: ChargingProfile = { id: 1, stackLevel: 0, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Relative', chargingSchedule: [{ id: 1, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 7000 }] }] };
  assert.deepEqual(lossy((o) => commands21.SetChargingProfile.writeResponse({ status: 'NotSupported' }, { evseId: 1, chargingProfile: p }, o), 'profile-status-2x').value, { status: 'Rejected' });
});

test('schedule-id-2x: a 1.6 profile has no schedule id; 2.x gets its position', () => {
  const read = commands16.SetChargingProfile.readRequest({
    connectorId: 1,
    csChargingProfiles: {
      chargingProfileId: 3,
      stackLevel: 0,
      chargingProfilePurpose: 'ChargePointMaxProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: { startSchedule: '2025-03-01T00:00:00Z', chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 32 }] },
    },
  });
  const { value } = lossy((o) => commands201.SetChargingProfile.writeRequest({ evseId: 0, chargingProfile: read.chargingProfile }, o), 'schedule-id-2x');
  assert.equal(value.chargingProfile.chargingSchedule[0]!.id, 0);
  assert.equal(value.chargingProfile.chargingProfilePurpose, 'ChargingStationMaxProfile');
  assertValid(v201, 'SetChargingProfile', 'request', value);
});

test('profile-21: a 2.1 profile with features beyond 2.0.1 is refused on reading, not misread', () => {
  const base = {
    evseId: 1,
    chargingProfile: {
      id: 1,
      stackLevel: 0,
      chargingProfilePurpose: 'TxDefaultProfile' as const,
      chargingProfileKind: 'Absolute' as const,
      chargingSchedule: [{ id: 1, chargingRateUnit: 'A' as const, chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] }],
    },
  };
  assert.equal(commands21.SetChargingProfile.readRequest(base).chargingProfile.id, 1);
  refused(() => commands21.SetChargingProfile.readRequest({ ...base, chargingProfile: { ...base.chargingProfile, chargingProfileKind: 'Dynamic' } }), 'profile-21');
  const setpoint = { ...base.chargingProfile, chargingSchedule: [{ id: 1, chargingRateUnit: 'W' as const, chargingSchedulePeriod: [{ startPeriod: 0, limit: 1, setpoint: -3000 }] }] };
  refused(() => commands21.SetChargingProfile.readRequest({ ...base, chargingProfile: setpoint }), 'profile-21');
  const composite = { status: 'Accepted' as const, schedule: { evseId: 1, duration: 60, scheduleStart: at, chargingRateUnit: 'W' as const, chargingSchedulePeriod: [{ startPeriod: 0, limit: 1, dischargeLimit: -5 }] } };
  refused(() => commands21.GetCompositeSchedule.readResponse(composite, { evseId: 1, duration: 60 }), 'profile-21');
  refused(() => commands21.ClearChargingProfile.readRequest({ chargingProfileCriteria: { chargingProfilePurpose: 'PriorityCharging' } }), 'profile-21');
});

test('composite-schedule-2x and composite-min-rate-2x: a 1.6 composite schedule written as 2.x', () => {
  const read = commands16.GetCompositeSchedule.readResponse(
    { status: 'Accepted', connectorId: 1, scheduleStart: at, chargingSchedule: { duration: 300, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 10 }], minChargingRate: 6 } },
    { evseId: 1, duration: 300 },
  );
  const { value } = lossy((o) => commands201.GetCompositeSchedule.writeResponse(read, { evseId: 1, duration: 300 }, o), 'composite-min-rate-2x');
  assert.deepEqual(value.schedule, { evseId: 1, duration: 300, scheduleStart: at, chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 10 }] });
  const noStart = commands16.GetCompositeSchedule.readResponse({ status: 'Accepted', chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 10 }] } }, { evseId: 1, duration: 300 });
  refused(() => commands201.GetCompositeSchedule.writeResponse(noStart, { evseId: 1, duration: 300 }), 'composite-schedule-2x');
});

/** A Started event of a 1.6 station, as the tracker reads it. */
const started16: TransactionEvent = {
  eventType: 'Started',
  timestamp: at,
  triggerReason: 'Authorized',
  seqNo: 0,
  transaction: { id: '17' },
  evse: { evseId: 1, connectorId: 1 },
  idToken: { id: 'TAG' },
  meterStart: 1200,
};

test('meter-start-stop-2x: a 1.6 meterStart or meterStop becomes a register reading in Wh', () => {
  const w = stationMessages201.TransactionEvent.writeRequest;
  const { value } = lossy((o) => w({ ...started16, idToken: { id: 'TAG', type: 'ISO14443' } }, o), 'meter-start-stop-2x', 'meterStart');
  assert.deepEqual(value.meterValue, [
    { timestamp: at, sampledValue: [{ value: 1200, context: 'Transaction.Begin', measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] },
  ]);
  assertValid(v201, 'TransactionEvent', 'request', value);
  const has = [{ timestamp: at, sampledValue: [{ value: 1.2, context: 'Transaction.Begin' as const, unitOfMeasure: { unit: 'kWh' } }] }];
  assert.equal(w({ ...started16, idToken: { id: 'TAG', type: 'ISO14443' }, meterValue: has }).meterValue?.length, 1, 'not added when the event has one');
});

test('stop-reason-2x and trigger-reason-2x: reasons 2.x (or 2.0.1) lacks', () => {
  const ended: TransactionEvent = { eventType: 'Ended', timestamp: at, triggerReason: 'ResetCommand', seqNo: 4, transaction: { id: '17', stoppedReason: 'SoftReset' } };
  const { value } = lossy((o) => stationMessages21.TransactionEvent.writeRequest(ended, o), 'stop-reason-2x');
  assert.equal(value.transactionInfo.stoppedReason, 'ImmediateReset');
  assert.equal(stationMessages21.TransactionEvent.writeRequest({ ...ended, transaction: { id: '1', stoppedReason: 'UnlockCommand' } }, { onLoss: () => {} }).transactionInfo.stoppedReason, 'Other');
  const r = lossy((o) => stationMessages201.TransactionEvent.writeRequest({ ...ended, transaction: { id: '1', stoppedReason: 'ReqEnergyTransferRejected' } }, o), 'stop-reason-2x');
  assert.equal(r.value.transactionInfo.stoppedReason, 'Other');
  assert.equal(stationMessages21.TransactionEvent.writeRequest({ ...ended, transaction: { id: '1', stoppedReason: 'ReqEnergyTransferRejected' } }).transactionInfo.stoppedReason, 'ReqEnergyTransferRejected');
  const t = lossy((o) => stationMessages201.TransactionEvent.writeRequest({ ...ended, triggerReason: 'TariffChanged', transaction: { id: '1' } }, o), 'trigger-reason-2x');
  assert.equal(t.value.triggerReason, 'Trigger');
  assertValid(v201, 'TransactionEvent', 'request', t.value);
});

test('meter-value-2x and sampled-value-201: values 2.x (or 2.0.1) cannot hold', () => {
  const report = (v: object) => ({ evseId: 1, meterValue: [{ timestamp: at, sampledValue: [{ value: 1, ...v }] }] });
  const w = (v: object) => stationMessages201.MeterValues.writeRequest(report(v));
  const w21 = (v: object) => stationMessages21.MeterValues.writeRequest(report(v));
  const signed16 = stationMessages16.MeterValues.readRequest({ connectorId: 1, meterValue: [{ timestamp: at, sampledValue: [{ value: 'AB01', format: 'SignedData' }] }] });
  refused(() => stationMessages21.MeterValues.writeRequest(signed16), 'meter-value-2x');
  refused(() => w({ measurand: 'Temperature' }), 'meter-value-2x');
  refused(() => w({ measurand: 'Display.PresentSOC' }), 'meter-value-2x');
  assertValid(v21, 'MeterValues', 'request', w21({ measurand: 'Display.PresentSOC' }));
  refused(() => w({ location: 'Upstream' }), 'meter-value-2x');
  refused(() => w({ signedMeterValue: { signedMeterData: 'x', encodingMethod: 'y' } }), 'sampled-value-201');
  assertValid(v21, 'MeterValues', 'request', w21({ signedMeterValue: { signedMeterData: 'x', encodingMethod: 'y' } }));
  const text16 = stationMessages16.MeterValues.readRequest({ connectorId: 1, meterValue: [{ timestamp: at, sampledValue: [{ value: '12.50', unit: 'kWh' }] }] });
  assert.deepEqual(stationMessages201.MeterValues.writeRequest(text16).meterValue[0]!.sampledValue[0], { value: 12.5, unitOfMeasure: { unit: 'kWh' } });
});

test('meter-report-transaction-2x: a 1.6 MeterValues of a transaction goes to 2.x MeterValues without it', () => {
  const read = stationMessages16.MeterValues.readRequest({ connectorId: 1, transactionId: 5, meterValue: [{ timestamp: at, sampledValue: [{ value: '5' }] }] });
  assert.equal(read.transactionId, '5');
  lossy((o) => stationMessages201.MeterValues.writeRequest(read, o), 'meter-report-transaction-2x');
});

test('connector-status-2x and timestamp-2x: a 1.6 status written as 2.x', () => {
  const read = stationMessages16.StatusNotification.readRequest({ connectorId: 2, errorCode: 'GroundFailure', status: 'Faulted', timestamp: at, info: 'RCD' });
  assert.deepEqual(read, { evseId: 2, connectorId: 1, status: 'Faulted', timestamp: at, detailedStatus: 'Faulted', errorCode: 'GroundFailure', info: 'RCD' });
  const { value } = lossy((o) => stationMessages201.StatusNotification.writeRequest(read, o), 'connector-status-2x', 'errorCode');
  assert.deepEqual(value, { timestamp: at, connectorStatus: 'Faulted', evseId: 2, connectorId: 1 });
  const noTime = stationMessages16.StatusNotification.readRequest({ connectorId: 1, errorCode: 'NoError', status: 'Charging' });
  refused(() => stationMessages21.StatusNotification.writeRequest(noTime), 'timestamp-2x');
});

test('boot-2x and boot-reason-2x: a 1.6 boot written as 2.x', () => {
  const read = stationMessages16.BootNotification.readRequest({ chargePointVendor: 'V', chargePointModel: 'M', meterType: 'DZG' });
  lossy((o) => stationMessages201.BootNotification.writeRequest({ ...read, reason: 'PowerUp' }, o), 'boot-2x');
  const { value } = lossy((o) => stationMessages201.BootNotification.writeRequest({ station: { vendor: 'V', model: 'M' } }, o), 'boot-reason-2x');
  assert.deepEqual(value, { chargingStation: { vendorName: 'V', model: 'M' }, reason: 'Unknown' });
});
