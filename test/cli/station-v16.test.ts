/**
 * `ocpp station --ocpp 1.6`: the 1.6 simulator driven through the control
 * API against a 1.6 Central System built here, each case named by the 1.6
 * edition 2 section it follows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CsmsServer } from '../../src/cli/lib.js';
import { kind16 } from '../../src/cli/station/kinds.js';
import type { SimulatedStation16 } from '../../src/cli/station/v16/simulator.js';
import { validate } from '../../src/v16/index.js';
import { until, VersionBench } from './version-bench.js';

/** What the Central System says about idTags (one not here is Accepted). */
const tokens = new Map<string, 'Accepted' | 'Blocked' | 'Invalid'>();
let nextTransactionId = 100;

function centralSystem(server: CsmsServer): void {
  const now = (): string => new Date().toISOString();
  server.handle('1.6', 'BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
  server.handle('1.6', 'Heartbeat', () => ({ currentTime: now() }));
  server.handle('1.6', 'StatusNotification', () => ({}));
  server.handle('1.6', 'Authorize', (r) => ({ idTagInfo: { status: tokens.get(r.idTag) ?? 'Accepted' } }));
  server.handle('1.6', 'StartTransaction', (r) => ({ transactionId: ++nextTransactionId, idTagInfo: { status: tokens.get(r.idTag) ?? 'Accepted' } }));
  server.handle('1.6', 'MeterValues', () => ({}));
  server.handle('1.6', 'StopTransaction', () => ({}));
  server.handle('1.6', 'DiagnosticsStatusNotification', () => ({}));
  server.handle('1.6', 'FirmwareStatusNotification', () => ({}));
  server.handle('1.6', 'SignedFirmwareStatusNotification', () => ({}));
}

type Bench16 = VersionBench<SimulatedStation16<{ identity: string }>>;

async function open(): Promise<Bench16> {
  const b = await VersionBench.open(kind16, centralSystem, { maxPowerW: 22_000 });
  await until(() => b.station.accepted && b.calls('StatusNotification').length >= 2, 'boot and connector statuses');
  return b;
}

function cs(b: Bench16) {
  const csms = b.server.station('CS001', '1.6');
  if (csms === undefined) throw new Error('not connected');
  return csms;
}

/** Plug in and present the idTag: a transaction whose id the Central System gave. */
async function charge(b: Bench16, idTag = 'TAG-1'): Promise<number> {
  const from = b.mark();
  await b.act('plug', { evseId: 1, connectorId: 1 });
  await b.act('present', { idToken: idTag, type: 'IdTag', evseId: 1 });
  await b.next('StatusNotification', from, (p) => p['status'] === 'Charging');
  await until(() => b.station.connectors[0]!.tx?.transactionId !== undefined, 'transactionId');
  return b.station.connectors[0]!.tx!.transactionId!;
}

describe('1.6 simulator: a session through the control API', () => {
  let b: Bench16;
  before(async () => (b = await open()));
  after(() => b.close());

  it('4.2 BootNotification and 4.9 StatusNotification of connector 0 and connector 1 after Accepted', () => {
    const boot = b.calls('BootNotification')[0]!;
    assert.equal(boot['chargePointVendor'], 'ocpp-model');
    assert.ok(validate('BootNotification', 'request', boot).ok);
    const ids = b.calls('StatusNotification').map((p) => p['connectorId']);
    assert.ok(ids.includes(0) && ids.includes(1), JSON.stringify(ids));
  });

  it('GET /stations/{id} shows the version (ocpp1.6) and the keys', async () => {
    const snap = await b.snapshot();
    assert.equal(snap.protocol, 'ocpp1.6');
    assert.equal(snap.registration, 'Accepted');
    assert.equal(snap.deviceModel['NumberOfConnectors'], '1');
  });

  it('4.1 Authorize, 4.8 StartTransaction with the Central System transactionId, 4.7 MeterValues with MeterValuesSampledData, 5.12 RemoteStopTransaction, 4.10 StopTransaction reason Remote with transactionData', async () => {
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'MeterValueSampleInterval', value: '1' })).status, 'Accepted');
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'MeterValuesSampledData', value: 'Energy.Active.Import.Register,Power.Active.Import,SoC' })).status, 'Accepted');
    const from = b.mark();
    const id = await charge(b);
    const authorize = b.calls('Authorize', from)[0]!;
    assert.equal(authorize['idTag'], 'TAG-1');
    const start = b.calls('StartTransaction', from)[0]!;
    assert.equal(start['connectorId'], 1);
    assert.equal(start['idTag'], 'TAG-1');
    assert.equal(typeof start['meterStart'], 'number');
    const mv = await b.next('MeterValues', from, (p) => p['transactionId'] === id);
    const sampled = (mv['meterValue'] as { sampledValue: { measurand: string; context: string; value: string }[] }[])[0]!.sampledValue;
    assert.deepEqual(sampled.map((s) => s.measurand), ['Energy.Active.Import.Register', 'Power.Active.Import', 'SoC']);
    assert.ok(sampled.every((s) => s.context === 'Sample.Periodic' && typeof s.value === 'string'));
    assert.ok(Number(sampled[1]!.value) > 0, 'the EV draws power');
    assert.equal((await cs(b).call('RemoteStopTransaction', { transactionId: id })).status, 'Accepted');
    const stop = await b.next('StopTransaction', from);
    assert.equal(stop['transactionId'], id);
    assert.equal(stop['reason'], 'Remote');
    assert.ok((stop['meterStop'] as number) >= (start['meterStart'] as number));
    const data = stop['transactionData'] as { sampledValue: { context: string }[] }[];
    assert.equal(data[0]!.sampledValue[0]!.context, 'Transaction.Begin');
    assert.equal(data.at(-1)!.sampledValue[0]!.context, 'Transaction.End');
    assert.ok(validate('StopTransaction', 'request', stop).ok);
    await b.next('StatusNotification', from, (p) => p['status'] === 'Finishing');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    await b.next('StatusNotification', from, (p) => p['status'] === 'Available' && p['connectorId'] === 1);
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'MeterValueSampleInterval', value: '0' })).status, 'Accepted');
  });

  it('4.10 stop reasons: the same idTag again stops it (Local, with the idTag); unplugging stops it (EVDisconnected)', async () => {
    let from = b.mark();
    await charge(b, 'TAG-2');
    await b.act('present', { idToken: 'TAG-2', type: 'IdTag', evseId: 1 });
    const local = await b.next('StopTransaction', from);
    assert.equal(local['reason'], 'Local');
    assert.equal(local['idTag'], 'TAG-2');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    from = b.mark();
    await charge(b, 'TAG-3');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    assert.equal((await b.next('StopTransaction', from))['reason'], 'EVDisconnected');
  });

  it('3.6 an idTag the StartTransaction.conf does not accept ends the transaction (DeAuthorized, StopTransactionOnInvalidId)', async () => {
    tokens.set('TAG-BLOCKED-LATER', 'Accepted');
    const from = b.mark();
    await b.act('plug', { evseId: 1, connectorId: 1 });
    // Accepted by Authorize, Blocked by the time StartTransaction comes.
    b.server.handle('1.6', 'StartTransaction', () => ({ transactionId: ++nextTransactionId, idTagInfo: { status: 'Blocked' } }));
    try {
      await b.act('present', { idToken: 'TAG-BLOCKED-LATER', type: 'IdTag', evseId: 1 });
      assert.equal((await b.next('StopTransaction', from))['reason'], 'DeAuthorized');
    } finally {
      b.server.handle('1.6', 'StartTransaction', (r) => ({ transactionId: ++nextTransactionId, idTagInfo: { status: tokens.get(r.idTag) ?? 'Accepted' } }));
      await b.act('unplug', { evseId: 1, connectorId: 1 });
    }
  });

  it('9.1.23 StopTransactionOnEVSideDisconnect false: the transaction outlives the cable (SuspendedEV) and charges again when it is back', async () => {
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'StopTransactionOnEVSideDisconnect', value: 'false' })).status, 'Accepted');
    try {
      const id = await charge(b, 'TAG-KEEP');
      const from = b.mark();
      await b.act('unplug', { evseId: 1, connectorId: 1 });
      await b.next('StatusNotification', from, (p) => p['status'] === 'SuspendedEV');
      assert.equal(b.calls('StopTransaction', from).length, 0);
      await b.act('plug', { evseId: 1, connectorId: 1 });
      await b.next('StatusNotification', from, (p) => p['status'] === 'Charging');
      assert.ok(b.station.connectors[0]!.charging);
      await cs(b).call('RemoteStopTransaction', { transactionId: id });
      await b.next('StopTransaction', from);
      await b.act('unplug', { evseId: 1, connectorId: 1 });
    } finally {
      await cs(b).call('ChangeConfiguration', { key: 'StopTransactionOnEVSideDisconnect', value: 'true' });
    }
  });

  it('9.1.6 ConnectionTimeOut: an idTag no cable follows is forgotten (Preparing, then Available), no StartTransaction', async () => {
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'ConnectionTimeOut', value: '1' })).status, 'Accepted');
    const from = b.mark();
    await b.act('present', { idToken: 'TAG-LATE', type: 'IdTag', evseId: 1 });
    await b.next('StatusNotification', from, (p) => p['status'] === 'Preparing');
    await b.next('StatusNotification', from, (p) => p['status'] === 'Available' && p['connectorId'] === 1, 5000);
    assert.equal(b.calls('StartTransaction', from).length, 0);
    await cs(b).call('ChangeConfiguration', { key: 'ConnectionTimeOut', value: '60' });
  });

  it('the control API keeps its contract: 404 for a connectorId other than 1, 409 for a second cable', async () => {
    assert.equal((await b.post('plug', { evseId: 1, connectorId: 2 })).status, 404);
    assert.equal((await b.post('plug', { evseId: 9, connectorId: 1 })).status, 404);
    await b.act('plug', { evseId: 1, connectorId: 1 });
    assert.equal((await b.post('plug', { evseId: 1, connectorId: 1 })).status, 409);
    await b.act('unplug', { evseId: 1, connectorId: 1 });
  });
});

describe('1.6 simulator: configuration, reset, unlock, triggers, local list', () => {
  let b: Bench16;
  before(async () => (b = await open()));
  after(() => b.close());

  it('9 and 5.8 GetConfiguration: every key without a list, unknown keys in unknownKey, keys case-insensitive', async () => {
    const all = await cs(b).call('GetConfiguration', {});
    const keys = all.configurationKey!.map((k) => k.key);
    for (const k of ['HeartbeatInterval', 'MeterValuesSampledData', 'MeterValueSampleInterval', 'NumberOfConnectors', 'SupportedFeatureProfiles', 'LocalAuthListEnabled', 'ChargeProfileMaxStackLevel']) assert.ok(keys.includes(k), k);
    assert.equal(all.configurationKey!.find((k) => k.key === 'NumberOfConnectors')!.readonly, true);
    const some = await cs(b).call('GetConfiguration', { key: ['heartbeatinterval', 'NoSuchKey'] });
    assert.deepEqual(some.configurationKey!.map((k) => k.key), ['HeartbeatInterval']);
    assert.deepEqual(some.unknownKey, ['NoSuchKey']);
  });

  it('5.3 ChangeConfiguration: Accepted, Rejected (read-only key, bad value), NotSupported (unknown key), RebootRequired (applied after the reboot)', async () => {
    const change = async (key: string, value: string) => (await cs(b).call('ChangeConfiguration', { key, value })).status;
    assert.equal(await change('HeartbeatInterval', '120'), 'Accepted');
    assert.equal(await change('NumberOfConnectors', '4'), 'Rejected');
    assert.equal(await change('MeterValueSampleInterval', 'soon'), 'Rejected');
    assert.equal(await change('MeterValuesSampledData', 'Temperature'), 'Rejected');
    assert.equal(await change('NoSuchKey', '1'), 'NotSupported');
    assert.equal(await change('ConnectorPhaseRotation', '0.RST,1.RTS'), 'RebootRequired');
    assert.equal((await cs(b).call('GetConfiguration', { key: ['ConnectorPhaseRotation'] })).configurationKey![0]!.value, '0.RST,1.RST');
    const from = b.mark();
    assert.equal((await cs(b).call('Reset', { type: 'Soft' })).status, 'Accepted');
    await b.next('BootNotification', from);
    await until(() => b.station.accepted, 'accepted again');
    assert.equal((await cs(b).call('GetConfiguration', { key: ['ConnectorPhaseRotation'] })).configurationKey![0]!.value, '0.RST,1.RTS');
  });

  it('5.14 Reset Hard during a transaction: StopTransaction reason HardReset, then a new BootNotification', async () => {
    await until(() => b.calls('StatusNotification').length > 0 && b.station.accepted, 'ready');
    const id = await charge(b, 'TAG-R');
    const from = b.mark();
    assert.equal((await cs(b).call('Reset', { type: 'Hard' })).status, 'Accepted');
    const stop = await b.next('StopTransaction', from);
    assert.equal(stop['transactionId'], id);
    assert.equal(stop['reason'], 'HardReset');
    await b.next('BootNotification', from);
    await until(() => b.station.accepted, 'accepted again');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
  });

  it('5.18 UnlockConnector: a transaction ends first (UnlockCommand), Unlocked; NotSupported for an unknown connector; UnlockFailed with a lock failure', async () => {
    const from = b.mark();
    await charge(b, 'TAG-U');
    assert.equal((await cs(b).call('UnlockConnector', { connectorId: 1 })).status, 'Unlocked');
    assert.equal((await b.next('StopTransaction', from))['reason'], 'UnlockCommand');
    assert.equal((await cs(b).call('UnlockConnector', { connectorId: 7 })).status, 'NotSupported');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    await b.act('fault', { evseId: 1, connectorId: 1, errorCode: 'ConnectorLockFailure' });
    assert.equal((await cs(b).call('UnlockConnector', { connectorId: 1 })).status, 'UnlockFailed');
    const faulted = await b.next('StatusNotification', from, (p) => p['status'] === 'Faulted');
    assert.equal(faulted['errorCode'], 'ConnectorLockFailure');
    await b.act('fault', { evseId: 1, connectorId: 1 });
  });

  it('5.17 TriggerMessage and the whitepaper ExtendedTriggerMessage: what is asked for follows; an unknown connector is Rejected', async () => {
    const from = b.mark();
    const trigger = async (requestedMessage: 'MeterValues' | 'StatusNotification' | 'Heartbeat' | 'DiagnosticsStatusNotification', connectorId?: number) =>
      (await cs(b).call('TriggerMessage', { requestedMessage, ...(connectorId !== undefined && { connectorId }) })).status;
    assert.equal(await trigger('MeterValues', 1), 'Accepted');
    const mv = await b.next('MeterValues', from);
    assert.equal((mv['meterValue'] as { sampledValue: { context: string }[] }[])[0]!.sampledValue[0]!.context, 'Trigger');
    assert.equal(await trigger('StatusNotification', 0), 'Accepted');
    await b.next('StatusNotification', from, (p) => p['connectorId'] === 0);
    assert.equal(await trigger('Heartbeat'), 'Accepted');
    await b.next('Heartbeat', from);
    assert.equal(await trigger('DiagnosticsStatusNotification'), 'Accepted');
    await b.next('DiagnosticsStatusNotification', from);
    assert.equal(await trigger('MeterValues', 5), 'Rejected');
    assert.equal((await cs(b).call('ExtendedTriggerMessage', { requestedMessage: 'FirmwareStatusNotification' })).status, 'Accepted');
    await b.next('SignedFirmwareStatusNotification', from);
    assert.equal((await cs(b).call('ExtendedTriggerMessage', { requestedMessage: 'SignChargePointCertificate' })).status, 'NotImplemented');
  });

  it('5.15 SendLocalList and 5.10 GetLocalListVersion: Full, Differential, VersionMismatch; 3.5 a Blocked idTag on the list is refused with LocalPreAuthorize, without Authorize', async () => {
    assert.equal((await cs(b).call('GetLocalListVersion', {})).listVersion, 0);
    const full = await cs(b).call('SendLocalList', { listVersion: 3, updateType: 'Full', localAuthorizationList: [{ idTag: 'LIST-OK', idTagInfo: { status: 'Accepted' } }, { idTag: 'LIST-BLOCKED', idTagInfo: { status: 'Blocked' } }] });
    assert.equal(full.status, 'Accepted');
    assert.equal((await cs(b).call('GetLocalListVersion', {})).listVersion, 3);
    assert.equal((await cs(b).call('SendLocalList', { listVersion: 2, updateType: 'Differential', localAuthorizationList: [] })).status, 'VersionMismatch');
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'LocalPreAuthorize', value: 'true' })).status, 'Accepted');
    const from = b.mark();
    const r = await b.act('present', { idToken: 'LIST-OK', type: 'IdTag', evseId: 1 });
    assert.equal(r['result'], 'authorized');
    assert.equal(b.calls('Authorize', from).length, 0, 'no Authorize for an Accepted idTag on the list');
    await b.act('present', { idToken: 'LIST-OK', type: 'IdTag', evseId: 1 });
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'LocalAuthListEnabled', value: 'false' })).status, 'Accepted');
    assert.equal((await cs(b).call('GetLocalListVersion', {})).listVersion, -1);
    assert.equal((await cs(b).call('ChangeConfiguration', { key: 'LocalAuthListEnabled', value: 'true' })).status, 'Accepted');
  });

  it('5.4 ClearCache, 5.6 DataTransfer, and what it does not do: ReserveNow Rejected, UpdateFirmware a CALLERROR NotSupported', async () => {
    assert.equal((await cs(b).call('ClearCache', {})).status, 'Accepted');
    assert.equal((await cs(b).call('DataTransfer', { vendorId: 'ocpp-model', messageId: 'echo', data: 'hi' })).data, 'hi');
    assert.equal((await cs(b).call('DataTransfer', { vendorId: 'someone-else' })).status, 'UnknownVendorId');
    assert.equal((await cs(b).call('ReserveNow', { connectorId: 1, expiryDate: new Date(Date.now() + 60_000).toISOString(), idTag: 'X', reservationId: 1 })).status, 'Rejected');
    await assert.rejects(cs(b).call('UpdateFirmware', { location: 'https://example.com/fw.bin', retrieveDate: new Date().toISOString() }), (err: Error & { code?: string }) => err.code === 'NotSupported');
  });

  it('5.2 ChangeAvailability: connector 0 Inoperative during a transaction is Scheduled, Unavailable once it ends', async () => {
    const id = await charge(b, 'TAG-A');
    const from = b.mark();
    assert.equal((await cs(b).call('ChangeAvailability', { connectorId: 0, type: 'Inoperative' })).status, 'Scheduled');
    await cs(b).call('RemoteStopTransaction', { transactionId: id });
    await b.next('StatusNotification', from, (p) => p['connectorId'] === 0 && p['status'] === 'Unavailable');
    assert.equal((await cs(b).call('ChangeAvailability', { connectorId: 0, type: 'Operative' })).status, 'Accepted');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
  });
});

describe('1.6 simulator: smart charging (3.13, 5.5, 5.7, 5.16)', () => {
  let b: Bench16;
  before(async () => (b = await open()));
  after(() => b.close());

  it('5.16 a ChargePointMaxProfile limits the EV, 5.7 GetCompositeSchedule shows it, a TxProfile of the transaction lowers it, 5.5 ClearChargingProfile lifts it', async () => {
    const maxProfile = {
      connectorId: 0,
      csChargingProfiles: {
        chargingProfileId: 1,
        stackLevel: 0,
        chargingProfilePurpose: 'ChargePointMaxProfile' as const,
        chargingProfileKind: 'Absolute' as const,
        chargingSchedule: { startSchedule: new Date(Date.now() - 60_000).toISOString(), chargingRateUnit: 'W' as const, chargingSchedulePeriod: [{ startPeriod: 0, limit: 7000 }] },
      },
    };
    // 3.13.1: a TxProfile needs a transaction.
    const tx = { ...maxProfile.csChargingProfiles, chargingProfileId: 2, chargingProfilePurpose: 'TxProfile' as const, chargingProfileKind: 'Relative' as const, chargingSchedule: { chargingRateUnit: 'W' as const, chargingSchedulePeriod: [{ startPeriod: 0, limit: 4000 }] } };
    assert.equal((await cs(b).call('SetChargingProfile', { connectorId: 1, csChargingProfiles: tx })).status, 'Rejected');
    assert.equal((await cs(b).call('SetChargingProfile', maxProfile)).status, 'Accepted');
    const id = await charge(b, 'TAG-SC');
    await until(() => b.station.connectors[0]!.meter.powerW > 0 && b.station.connectors[0]!.meter.powerW <= 7000, 'the EV at 7 kW');
    const composite = await cs(b).call('GetCompositeSchedule', { connectorId: 1, duration: 600, chargingRateUnit: 'W' });
    assert.equal(composite.status, 'Accepted');
    assert.equal(composite.chargingSchedule!.chargingSchedulePeriod[0]!.limit, 7000);
    assert.equal((await cs(b).call('SetChargingProfile', { connectorId: 1, csChargingProfiles: { ...tx, transactionId: id } })).status, 'Accepted');
    await until(() => b.station.connectors[0]!.meter.powerW > 0 && b.station.connectors[0]!.meter.powerW <= 4000, 'the EV at 4 kW');
    assert.equal((await cs(b).call('GetCompositeSchedule', { connectorId: 1, duration: 600, chargingRateUnit: 'W' })).chargingSchedule!.chargingSchedulePeriod[0]!.limit, 4000);
    assert.equal((await b.snapshot()).evses[0]!.meter.offeredW, 4000);
    assert.equal((await cs(b).call('ClearChargingProfile', {})).status, 'Accepted');
    await until(() => b.station.connectors[0]!.meter.powerW > 7000 || b.station.connectors[0]!.meter.offeredW === 22_000, 'the limit lifted');
    assert.equal((await cs(b).call('ClearChargingProfile', { id: 42 })).status, 'Unknown');
    await cs(b).call('RemoteStopTransaction', { transactionId: id });
  });
});

describe('1.6 simulator: the EV, the network and the power through the control API', () => {
  let b: Bench16;
  before(async () => (b = await open()));
  after(() => b.close());

  it('4.9 the ev control: SuspendedEV when the EV stops drawing, Charging when it draws again', async () => {
    const id = await charge(b, 'TAG-EV');
    const from = b.mark();
    const off = await b.act('ev', { evseId: 1, charging: false });
    assert.equal(off['chargingState'], 'SuspendedEV');
    await b.next('StatusNotification', from, (p) => p['status'] === 'SuspendedEV');
    assert.equal(b.station.connectors[0]!.meter.powerW, 0);
    await b.act('ev', { evseId: 1, charging: true, powerW: 3000 });
    await b.next('StatusNotification', from, (p) => p['status'] === 'Charging' && b.calls('StatusNotification', from).some((q) => q['status'] === 'SuspendedEV'));
    assert.ok(b.station.connectors[0]!.meter.powerW <= 3000);
    await cs(b).call('RemoteStopTransaction', { transactionId: id });
    await b.next('StopTransaction', from);
    await b.act('unplug', { evseId: 1, connectorId: 1 });
  });

  it('disconnect / reconnect: a transaction stopped while offline is told once the connection is back, in order', async () => {
    const id = await charge(b, 'TAG-NET');
    const from = b.mark();
    assert.equal((await b.act('disconnect'))['connection'], 'dropped');
    assert.equal((await b.snapshot()).connection, 'dropped');
    // The idTag that started it stops it without asking the Central System.
    assert.equal((await b.act('present', { idToken: 'TAG-NET', type: 'IdTag', evseId: 1 }))['result'], 'stopped');
    assert.equal((await b.snapshot()).queuedTransactionMessages, 1);
    assert.equal(b.calls('StopTransaction', from).length, 0);
    assert.equal((await b.post('reconnect')).status, 200);
    const stop = await b.next('StopTransaction', from, () => true, 15_000);
    assert.equal(stop['transactionId'], id);
    assert.equal(stop['reason'], 'Local');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
  });

  it('reboot (a power cycle): the transaction ends with PowerLoss, told after the new BootNotification', async () => {
    const id = await charge(b, 'TAG-PWR');
    const from = b.mark();
    await b.act('reboot');
    const stop = await b.next('StopTransaction', from, () => true, 15_000);
    assert.equal(stop['transactionId'], id);
    assert.equal(stop['reason'], 'PowerLoss');
    const log = b.fromStation.slice(from).filter((f) => f[0] === 2).map((f) => f[2]);
    assert.ok(log.indexOf('BootNotification') < log.indexOf('StopTransaction'), log.join(','));
  });
});

