/**
 * What 1.6 cannot say, rule by rule (src/neutral/rules.ts): each case is
 * refused with its rule, or converted with the loss reported under its
 * rule (and refused in strict mode). Outputs are valid 1.6.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commands16, planners16, stationMessages16, writeStartTransaction, writeStartTransactionResponse, writeStopTransaction, writeStopTransactionResponse } from '../../src/neutral/index.js';
import type { ChargingProfile, StatusReport, TransactionEvent } from '../../src/neutral/index.js';
import { assertValid, lossy, refused, version } from './support.js';

const v16 = version('1.6');
const token = { id: 'TAG-1' };
const profile: ChargingProfile = {
  id: 5,
  stackLevel: 1,
  chargingProfilePurpose: 'TxDefaultProfile',
  chargingProfileKind: 'Absolute',
  chargingSchedule: [{ chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] }],
};

test('evse-connector-16: 1.6 connector n is EVSE n connector 1; a second connector has no 1.6 number', () => {
  const unlock = commands16.UnlockConnector;
  assert.deepEqual(unlock.writeRequest({ evseId: 2, connectorId: 1 }), { connectorId: 2 });
  refused(() => unlock.writeRequest({ evseId: 2, connectorId: 2 }), 'evse-connector-16');
  refused(() => commands16.ChangeAvailability.writeRequest({ operationalStatus: 'Inoperative', evse: { evseId: 1, connectorId: 2 } }), 'evse-connector-16');
  assert.deepEqual(commands16.ChangeAvailability.writeRequest({ operationalStatus: 'Inoperative' }), { connectorId: 0, type: 'Inoperative' });
  const status: StatusReport = { evseId: 1, connectorId: 2, status: 'Available', errorCode: 'NoError' };
  refused(() => stationMessages16.StatusNotification.writeRequest(status), 'evse-connector-16');
});

test('transaction-id-16: only the decimal form of an integer is a 1.6 transaction id (a 2.x station chooses its own ids)', () => {
  const stop = commands16.RemoteStopTransaction;
  assert.deepEqual(stop.writeRequest({ transactionId: '42' }), { transactionId: 42 });
  for (const id of ['a1b2c3', '007', '1.5', '', '-0', '9007199254740993']) refused(() => stop.writeRequest({ transactionId: id }), 'transaction-id-16');
});

test('id-token-length-16: a token longer than 20 characters has no 1.6 idTag', () => {
  refused(() => commands16.RemoteStartTransaction.writeRequest({ idToken: { id: 'x'.repeat(21) }, remoteStartId: 1 }), 'id-token-length-16');
  assert.equal(commands16.RemoteStartTransaction.writeRequest({ idToken: { id: 'x'.repeat(20) }, remoteStartId: 1 }).idTag.length, 20);
});

test('id-token-details-16: a token type and additional info are not sent to 1.6, and reported', () => {
  const { value } = lossy((o) => commands16.RemoteStartTransaction.writeRequest({ idToken: { ...token, type: 'ISO14443' }, remoteStartId: 1 }, o), 'id-token-details-16', 'idToken.type');
  assert.deepEqual(value, { idTag: 'TAG-1' });
  lossy((o) => stationMessages16.Authorize.writeRequest({ idToken: { ...token, additionalInfo: [{ id: 'x', type: 'y' }] } }, o), 'id-token-details-16', 'idToken.additionalInfo');
});

test('authorization-status-16: 2.x verdicts 1.6 lacks become Invalid', () => {
  for (const status of ['NoCredit', 'NotAllowedTypeEVSE', 'NotAtThisLocation', 'NotAtThisTime', 'Unknown'] as const) {
    const { value } = lossy((o) => stationMessages16.Authorize.writeResponse({ idTokenInfo: { status } }, o), 'authorization-status-16');
    assert.deepEqual(value, { idTagInfo: { status: 'Invalid' } });
  }
});

test('id-token-info-16: priority, languages, EVSEs and personal message are not sent; the group token is parentIdTag', () => {
  const info = { status: 'Accepted' as const, cacheExpiryDateTime: '2025-01-01T00:00:00Z', groupIdToken: { id: 'GROUP' } };
  assert.deepEqual(stationMessages16.Authorize.writeResponse({ idTokenInfo: info }), {
    idTagInfo: { status: 'Accepted', expiryDate: '2025-01-01T00:00:00Z', parentIdTag: 'GROUP' },
  });
  for (const extra of [{ chargingPriority: 3 }, { language1: 'nl' }, { language2: 'en' }, { evseId: [1] }, { personalMessage: { format: 'ASCII' as const, content: 'hi' } }]) {
    const field = `idTokenInfo.${Object.keys(extra)[0]}`;
    const { value } = lossy((o) => stationMessages16.Authorize.writeResponse({ idTokenInfo: { ...info, ...extra } }, o), 'id-token-info-16', field);
    assertValid(v16, 'Authorize', 'response', value);
  }
});

test('status-info-16: 1.6 answers carry no statusInfo', () => {
  const { value } = lossy(
    (o) => stationMessages16.BootNotification.writeResponse({ status: 'Rejected', currentTime: '2025-01-01T00:00:00Z', interval: 60, statusInfo: { reasonCode: 'Unknown' } }, o),
    'status-info-16',
  );
  assert.deepEqual(value, { status: 'Rejected', currentTime: '2025-01-01T00:00:00Z', interval: 60 });
  lossy((o) => commands16.RemoteStopTransaction.writeResponse({ status: 'Rejected', statusInfo: { reasonCode: 'TxNotFound' } }, { transactionId: '1' }, o), 'status-info-16');
});

test('transaction-answer-16: cost, priority and personal message are not sent to 1.6', () => {
  const { value } = lossy((o) => writeStopTransactionResponse({ totalCost: 4.2 }, o), 'transaction-answer-16', 'totalCost');
  assert.deepEqual(value, {});
});

test('start-authorization-16: a StartTransaction answer without idTokenInfo sends Accepted', () => {
  const { value } = lossy((o) => writeStartTransactionResponse({}, 7, o), 'start-authorization-16');
  assert.deepEqual(value, { idTagInfo: { status: 'Accepted' }, transactionId: 7 });
  assert.deepEqual(writeStartTransactionResponse({ idTokenInfo: { status: 'Blocked' } }, 7), { idTagInfo: { status: 'Blocked' }, transactionId: 7 });
});

test('group-id-token-16 and remote-start-transaction-16: 1.6 remote starts have no group token, their answers no transaction id', () => {
  lossy((o) => commands16.RemoteStartTransaction.writeRequest({ idToken: token, remoteStartId: 1, groupIdToken: { id: 'G' } }, o), 'group-id-token-16');
  const { value } = lossy((o) => commands16.RemoteStartTransaction.writeResponse({ status: 'Accepted', transactionId: 'tx' }, { idToken: token }, o), 'remote-start-transaction-16');
  assert.deepEqual(value, { status: 'Accepted' });
});

test('reset-16 and scheduled-16: Immediate is Soft, Hard is Hard; OnIdle, ImmediateAndResume and one EVSE have no 1.6 form', () => {
  const reset = commands16.Reset;
  assert.deepEqual(reset.writeRequest({ type: 'Immediate' }), { type: 'Soft' });
  assert.deepEqual(reset.writeRequest({ type: 'Hard', evseId: 0 }), { type: 'Hard' });
  assert.deepEqual(reset.readRequest({ type: 'Soft' }), { type: 'Immediate' });
  refused(() => reset.writeRequest({ type: 'OnIdle' }), 'reset-16');
  refused(() => reset.writeRequest({ type: 'ImmediateAndResume' }), 'reset-16');
  refused(() => reset.writeRequest({ type: 'Immediate', evseId: 1 }), 'reset-16');
  const { value } = lossy((o) => reset.writeResponse({ status: 'Scheduled' }, { type: 'Immediate' }, o), 'scheduled-16');
  assert.deepEqual(value, { status: 'Accepted' });
});

test('trigger-16: plain triggers go in TriggerMessage, log and certificate ones in ExtendedTriggerMessage, others nowhere', () => {
  assert.deepEqual(planners16.trigger({ requestedMessage: 'StatusNotification', evse: { evseId: 2 } }).calls, [
    { action: 'TriggerMessage', payload: { requestedMessage: 'StatusNotification', connectorId: 2 } },
  ]);
  assert.deepEqual(planners16.trigger({ requestedMessage: 'LogStatusNotification' }).calls, [{ action: 'ExtendedTriggerMessage', payload: { requestedMessage: 'LogStatusNotification' } }]);
  assert.deepEqual(planners16.trigger({ requestedMessage: 'SignChargingStationCertificate' }).calls, [
    { action: 'ExtendedTriggerMessage', payload: { requestedMessage: 'SignChargePointCertificate' } },
  ]);
  assert.deepEqual(commands16.ExtendedTriggerMessage.readRequest({ requestedMessage: 'SignChargePointCertificate' }), { requestedMessage: 'SignChargingStationCertificate' });
  refused(() => planners16.trigger({ requestedMessage: 'TransactionEvent', evse: { evseId: 1 } }), 'trigger-16');
  refused(() => planners16.trigger({ requestedMessage: 'CustomTrigger', customTrigger: 'x' }), 'trigger-16');
  refused(() => commands16.TriggerMessage.writeRequest({ requestedMessage: 'LogStatusNotification' }), 'trigger-16');
});

test('data-as-text-16: data that is not a string goes to 1.6 as its JSON text', () => {
  const { value } = lossy((o) => commands16.DataTransfer.writeRequest({ vendorId: 'v', data: { a: [1, 2] } }, o), 'data-as-text-16');
  assert.deepEqual(value, { vendorId: 'v', data: '{"a":[1,2]}' });
  assert.deepEqual(commands16.DataTransfer.writeRequest({ vendorId: 'v', data: 'text' }), { vendorId: 'v', data: 'text' });
});

test('profile-16 and profile-details-16: what a 1.6 profile cannot hold', () => {
  const set = commands16.SetChargingProfile;
  refused(() => set.writeRequest({ evseId: 0, chargingProfile: { ...profile, chargingProfilePurpose: 'ChargingStationExternalConstraints' } }), 'profile-16');
  refused(() => set.writeRequest({ evseId: 1, chargingProfile: { ...profile, chargingProfilePurpose: 'TxProfile', transactionId: 'tx-a' } }), 'transaction-id-16');
  assert.equal(set.writeRequest({ evseId: 0, chargingProfile: { ...profile, chargingProfilePurpose: 'ChargingStationMaxProfile' } }).csChargingProfiles.chargingProfilePurpose, 'ChargePointMaxProfile');
  const schedule = profile.chargingSchedule[0]!;
  lossy((o) => set.writeRequest({ evseId: 1, chargingProfile: { ...profile, chargingSchedule: [schedule, schedule] } }, o), 'profile-details-16', 'chargingProfile.chargingSchedule');
  lossy((o) => set.writeRequest({ evseId: 1, chargingProfile: { ...profile, chargingSchedule: [{ ...schedule, id: 3 }] } }, o), 'profile-details-16');
  const phase = { ...schedule, chargingSchedulePeriod: [{ startPeriod: 0, limit: 16, numberPhases: 1, phaseToUse: 2 }] };
  lossy((o) => set.writeRequest({ evseId: 1, chargingProfile: { ...profile, chargingSchedule: [phase] } }, o), 'profile-details-16');
  const fine = { ...schedule, chargingSchedulePeriod: [{ startPeriod: 0, limit: 10.25 }] };
  const { value } = lossy((o) => set.writeRequest({ evseId: 1, chargingProfile: { ...profile, chargingSchedule: [fine] } }, o), 'profile-details-16');
  assert.equal(value.csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0]!.limit, 10.2);
  assertValid(v16, 'SetChargingProfile', 'request', value);
});

test('profile-time: a profile time outside the years 0000 to 9999 has no RFC 3339 form', () => {
  refused(() => commands16.SetChargingProfile.writeRequest({ evseId: 1, chargingProfile: { ...profile, validFrom: 1e12 } }), 'profile-time');
  const read = commands16.SetChargingProfile.readRequest({
    connectorId: 1,
    csChargingProfiles: { ...commands16.SetChargingProfile.writeRequest({ evseId: 1, chargingProfile: profile }).csChargingProfiles, validFrom: '2016-12-31 23:59:60.5+01:00' },
  });
  assert.equal(read.chargingProfile.validFrom, Date.UTC(2016, 11, 31, 22, 59, 59) / 1000, 'a leap second is the second before; the offset counts');
});

test('meter-value-16: what a 1.6 sampled value cannot hold', () => {
  const at = '2025-01-01T00:00:00Z';
  const report = (v: object) => ({ evseId: 1, meterValue: [{ timestamp: at, sampledValue: [{ value: 1, ...v }] }] });
  const write = (v: object) => stationMessages16.MeterValues.writeRequest(report(v));
  assert.equal(write({ unitOfMeasure: { unit: 'Wh', multiplier: 3 } }).meterValue[0]!.sampledValue[0]!.unit, 'kWh');
  assert.equal(write({ value: 0.1 }).meterValue[0]!.sampledValue[0]!.value, '0.1');
  refused(() => write({ unitOfMeasure: { unit: 'Wh', multiplier: 2 } }), 'meter-value-16');
  refused(() => write({ unitOfMeasure: { unit: 'lm' } }), 'meter-value-16');
  refused(() => write({ measurand: 'Energy.Active.Net' }), 'meter-value-16');
  refused(() => write({ location: 'Upstream' }), 'meter-value-16');
  refused(() => write({ signedMeterValue: { signedMeterData: 'x', encodingMethod: 'y' } }), 'meter-value-16');
  const stop: TransactionEvent = {
    eventType: 'Ended',
    timestamp: at,
    triggerReason: 'StopAuthorized',
    seqNo: 2,
    transaction: { id: '5' },
    meterStop: 100,
    meterValue: [{ timestamp: at, sampledValue: [{ value: 50, measurand: 'Frequency', unitOfMeasure: { unit: 'Hertz' } }] }],
  };
  refused(() => writeStopTransaction(stop), 'meter-value-16');
});

test('stop-reason-16: 2.x stop reasons 1.6 lacks become Other, ImmediateReset HardReset', () => {
  const base: TransactionEvent = { eventType: 'Ended', timestamp: '2025-01-01T00:00:00Z', triggerReason: 'EnergyLimitReached', seqNo: 3, transaction: { id: '9' }, meterStop: 10 };
  const { value } = lossy((o) => writeStopTransaction({ ...base, transaction: { id: '9', stoppedReason: 'EnergyLimitReached' } }, o), 'stop-reason-16');
  assert.equal(value.reason, 'Other');
  assert.equal(writeStopTransaction({ ...base, transaction: { id: '9', stoppedReason: 'ImmediateReset' } }).reason, 'HardReset');
  assert.equal(writeStopTransaction({ ...base, transaction: { id: '9', stoppedReason: 'Remote' } }).reason, 'Remote');
  assertValid(v16, 'StopTransaction', 'request', value);
});

test('transaction-event-16 and transaction-details-16: what 1.6 transaction messages need and cannot hold', () => {
  const started: TransactionEvent = {
    eventType: 'Started',
    timestamp: '2025-01-01T00:00:00Z',
    triggerReason: 'Authorized',
    seqNo: 0,
    transaction: { id: 'tx-1' },
    evse: { evseId: 1, connectorId: 1 },
    idToken: token,
    meterValue: [{ timestamp: '2025-01-01T00:00:00Z', sampledValue: [{ value: 1.5, context: 'Transaction.Begin', unitOfMeasure: { unit: 'kWh' } }] }],
  };
  const { value } = lossy((o) => writeStartTransaction(started, o), 'transaction-details-16', 'meterValue');
  assert.deepEqual(value, { connectorId: 1, idTag: 'TAG-1', meterStart: 1500, timestamp: '2025-01-01T00:00:00Z' });
  refused(() => writeStartTransaction({ ...started, evse: undefined }), 'transaction-event-16');
  refused(() => writeStartTransaction({ ...started, idToken: undefined }), 'transaction-event-16');
  refused(() => writeStartTransaction({ ...started, meterValue: undefined }), 'transaction-event-16');
  lossy((o) => writeStartTransaction({ ...started, meterValue: undefined, meterStart: 0, transaction: { id: '1', chargingState: 'Charging' } }, o), 'transaction-details-16', 'transaction.chargingState');
  refused(() => writeStopTransaction({ ...started, eventType: 'Ended', transaction: { id: '1' }, meterValue: undefined }), 'transaction-event-16');
});

test('connector-status-16 and error-code-16: 1.6 needs the finer status and an error code', () => {
  const w = stationMessages16.StatusNotification.writeRequest;
  refused(() => w({ evseId: 1, connectorId: 1, status: 'Occupied', errorCode: 'NoError' }), 'connector-status-16');
  refused(() => w({ evseId: 1, connectorId: 1, status: 'Available', detailedStatus: 'Charging', errorCode: 'NoError' }), 'connector-status-16');
  assert.deepEqual(w({ evseId: 1, connectorId: 1, status: 'Occupied', detailedStatus: 'SuspendedEV', errorCode: 'NoError' }), { connectorId: 1, errorCode: 'NoError', status: 'SuspendedEV' });
  const { value } = lossy((o) => w({ evseId: 0, connectorId: 0, status: 'Faulted', timestamp: '2025-01-01T00:00:00Z' }, o), 'error-code-16');
  assert.deepEqual(value, { connectorId: 0, errorCode: 'NoError', status: 'Faulted', timestamp: '2025-01-01T00:00:00Z' });
});

test('boot-16: 1.6 has no boot reason', () => {
  const { value } = lossy((o) => stationMessages16.BootNotification.writeRequest({ station: { vendor: 'V', model: 'M', modem: { iccid: '1' } }, reason: 'PowerUp' }, o), 'boot-16');
  assert.deepEqual(value, { chargePointVendor: 'V', chargePointModel: 'M', iccid: '1' });
});

test('firmware-status-16 and log-status-16: the plain 1.6 notifications know fewer statuses and no request id', () => {
  const fw = stationMessages16.FirmwareStatusNotification.writeRequest;
  refused(() => fw({ status: 'SignatureVerified' }), 'firmware-status-16');
  refused(() => fw({ status: 'Installed', requestId: 3 }), 'firmware-status-16');
  assert.deepEqual(stationMessages16.SignedFirmwareStatusNotification.writeRequest({ status: 'SignatureVerified', requestId: 3 }), { status: 'SignatureVerified', requestId: 3 });
  const diag = stationMessages16.DiagnosticsStatusNotification;
  assert.deepEqual(diag.writeRequest({ status: 'UploadFailure' }), { status: 'UploadFailed' });
  assert.deepEqual(diag.readRequest({ status: 'UploadFailed' }), { status: 'UploadFailure' });
  refused(() => diag.writeRequest({ status: 'BadMessage' }), 'log-status-16');
  refused(() => diag.writeRequest({ status: 'Uploaded', requestId: 1 }), 'log-status-16');
  refused(() => stationMessages16.LogStatusNotification.writeRequest({ status: 'AcceptedCanceled' }), 'log-status-16');
});

test('unlock-status-16 and configuration-status-16: station answers 1.6 cannot say', () => {
  const { value } = lossy((o) => commands16.UnlockConnector.writeResponse({ status: 'OngoingAuthorizedTransaction' }, { evseId: 1, connectorId: 1 }, o), 'unlock-status-16');
  assert.deepEqual(value, { status: 'UnlockFailed' });
  const variable = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };
  const change = commands16.ChangeConfiguration;
  const { value: c } = lossy((o) => change.writeResponse({ results: [{ ...variable, status: 'NotSupportedAttributeType' }] }, { variables: [{ ...variable, value: '1' }] }, o), 'configuration-status-16');
  assert.deepEqual(c, { status: 'Rejected' });
  assert.deepEqual(change.writeResponse({ results: [{ ...variable, status: 'UnknownComponent' }] }, { variables: [{ ...variable, value: '1' }] }), { status: 'NotSupported' });
});
