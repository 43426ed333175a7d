/**
 * Part 6, block E (transactions), charging-station cases, driven through
 * the control API against a CSMS on a real connection.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { Bench, quiet, TOKEN, until, type BenchOptions, type Received } from './octt.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

async function open(o: BenchOptions = {}, connectors = 1): Promise<Bench> {
  bench = await Bench.open(o);
  await bench.ready(connectors);
  return bench;
}

type Tx = { eventType: string; triggerReason: string; seqNo: number; offline?: boolean; idToken?: { idToken: string }; evse?: { id: number; connectorId?: number }; meterValue?: unknown[]; transactionInfo: { transactionId: string; chargingState?: string; stoppedReason?: string; remoteStartId?: number } };
const tx = (r: Received): Tx => r.payload as unknown as Tx;
const plug = (b: Bench): Promise<unknown> => b.act('plug', { evseId: 1, connectorId: 1 });
const unplug = (b: Bench): Promise<unknown> => b.act('unplug', { evseId: 1, connectorId: 1 });
const present = (b: Bench, token: { idToken: string; type: string } = TOKEN): Promise<unknown> => b.act('present', { ...token, evseId: 1 });
const where = (b: Bench, from: number, what: (t: Tx) => boolean, name: string): Promise<Tx> => b.next('TransactionEvent', from, (p) => what(p as unknown as Tx), name).then(tx);
const lastStatus = (b: Bench, from: number): string | undefined => (b.received('StatusNotification', from).pop()?.payload['connectorStatus'] as string | undefined);
/** Reusable state EnergyTransferSuspended: charging, then the EV suspends. */
async function suspended(b: Bench): Promise<number> {
  await b.charging();
  const from = b.mark();
  await b.act('ev', { evseId: 1, charging: false });
  await where(b, from, (t) => t.transactionInfo.chargingState === 'SuspendedEV' || t.eventType === 'Ended', 'SuspendedEV');
  return b.mark();
}

describe('Part 6 E: start points', () => {
  it('TC_E_01_CS: TxStartPoint PowerPathClosed: authorized first, the transaction starts with the cable', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStartPoint': 'PowerPathClosed' });
    const from = b.mark();
    await present(b);
    await quiet(b, 'TransactionEvent', from, 150);
    await plug(b);
    const started = await where(b, from, () => true, 'Started');
    assert.deepEqual([started.eventType, started.triggerReason, started.transactionInfo.chargingState, started.idToken?.idToken, started.evse], ['Started', 'CablePluggedIn', 'EVConnected', TOKEN.idToken, { id: 1, connectorId: 1 }]);
    assert.equal(lastStatus(b, from), 'Occupied');
    await where(b, from, (t) => t.transactionInfo.chargingState === 'Charging', 'Charging');
  });

  it('TC_E_02_CS: TxStartPoint EnergyTransfer: Started when the energy flows, with the idToken, the connector and Charging', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStartPoint': 'EnergyTransfer' });
    await present(b);
    const from = b.mark();
    await plug(b);
    const started = await where(b, from, () => true, 'Started');
    assert.deepEqual([started.eventType, started.triggerReason, started.transactionInfo.chargingState, started.idToken?.idToken, started.evse], ['Started', 'ChargingStateChanged', 'Charging', TOKEN.idToken, { id: 1, connectorId: 1 }]);
  });

  it('TC_E_09_CS: TxStartPoint EVConnected: Started with CablePluggedIn, EVConnected and the connector', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStartPoint': 'EVConnected' });
    const from = b.mark();
    await plug(b);
    const started = await where(b, from, () => true, 'Started');
    assert.deepEqual([started.eventType, started.triggerReason, started.transactionInfo.chargingState, started.evse], ['Started', 'CablePluggedIn', 'EVConnected', { id: 1, connectorId: 1 }]);
    assert.equal(lastStatus(b, from), 'Occupied');
  });

  it('TC_E_10_CS: TxStartPoint Authorized, local: Authorize, then Started with Authorized and the idToken', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStartPoint': 'Authorized' });
    const from = b.mark();
    await present(b);
    const started = await where(b, from, () => true, 'Started');
    assert.equal(b.received('Authorize', from).length, 1);
    assert.deepEqual([started.eventType, started.triggerReason, started.idToken?.idToken], ['Started', 'Authorized', TOKEN.idToken]);
  });

  it('TC_E_13_CS: TxStartPoint Authorized, remote: Started with RemoteStart, the idToken and the remoteStartId', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStartPoint': 'Authorized' });
    const from = b.mark();
    assert.equal((await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 12, evseId: 1 })).status, 'Accepted');
    const started = await where(b, from, () => true, 'Started');
    assert.deepEqual([started.eventType, started.triggerReason, started.idToken?.idToken, started.transactionInfo.remoteStartId], ['Started', 'RemoteStart', TOKEN.idToken, 12]);
  });
});

describe('Part 6 E: local start and stop', () => {
  it('TC_E_03_CS: cable first, then the idToken, then energy', async () => {
    const b = await open();
    const from = b.mark();
    await plug(b);
    await present(b);
    await where(b, from, (t) => t.transactionInfo.chargingState === 'Charging', 'Charging');
    assert.deepEqual(b.events(from), ['Started/CablePluggedIn/EVConnected', 'Updated/Authorized/EVConnected', 'Updated/ChargingStateChanged/Charging']);
    assert.equal(tx(b.received('TransactionEvent', from)[1]!).idToken?.idToken, TOKEN.idToken);
  });

  it('TC_E_04_CS: the idToken first, then the cable, then energy', async () => {
    const b = await open();
    const from = b.mark();
    await present(b);
    await plug(b);
    await where(b, from, (t) => t.transactionInfo.chargingState === 'Charging', 'Charging');
    assert.deepEqual(b.events(from), ['Started/Authorized/Idle', 'Updated/CablePluggedIn/EVConnected', 'Updated/ChargingStateChanged/Charging']);
  });

  it('TC_E_05_CS / TC_E_39_CS: no cable within EVConnectionTimeOut: Ended with EVConnectTimeout and Timeout; the EVSE is ready again', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.EVConnectionTimeOut': '1', 'AuthCacheCtrlr.Enabled': 'false' });
    const from = b.mark();
    await present(b);
    const ended = await where(b, from, (t) => t.eventType === 'Ended', 'Ended');
    assert.deepEqual([ended.triggerReason, ended.transactionInfo.stoppedReason], ['EVConnectTimeout', 'Timeout']);
    const again = b.mark();
    await b.charging();
    assert.ok(b.events(again).includes('Updated/ChargingStateChanged/Charging'));
  });

  it('TC_E_38_CS: an EV not ready to charge: ChargingStateChanged with SuspendedEV', async () => {
    const b = await open();
    await present(b);
    await b.act('ev', { evseId: 1, charging: false });
    const from = b.mark();
    await plug(b);
    const t = await where(b, from, (x) => x.triggerReason === 'ChargingStateChanged', 'ChargingStateChanged');
    assert.equal(t.transactionInfo.chargingState, 'SuspendedEV');
    await b.act('ev', { evseId: 1, charging: true });
    await where(b, from, (x) => x.transactionInfo.chargingState === 'Charging', 'Charging once the EV is ready');
  });

  it('TC_E_06_CS: local stop with the same idToken: Ended, StopAuthorized, Local; unplugging makes the connector Available', async () => {
    const b = await open();
    await b.charging();
    const from = b.mark();
    await present(b);
    const ended = await where(b, from, () => true, 'Ended');
    assert.deepEqual([ended.eventType, ended.triggerReason, ended.transactionInfo.chargingState, ended.transactionInfo.stoppedReason], ['Ended', 'StopAuthorized', 'EVConnected', 'Local']);
    assert.equal(b.received('Authorize', from).length, 0);
    await unplug(b);
    await until(() => lastStatus(b, from) === 'Available', 'Available');
  });

  it('Unknown idToken after a cable: no TransactionEvent for it, and the transaction the cable started ends with EVConnectTimeout', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.EVConnectionTimeOut': '1' });
    b.tokens.set('WHO', { status: 'Unknown' });
    const from = b.mark();
    await plug(b);
    await b.act('present', { idToken: 'WHO', type: 'ISO14443', evseId: 1 });
    const ended = await where(b, from, (t) => t.eventType === 'Ended', 'Ended after EVConnectionTimeOut');
    assert.deepEqual([ended.triggerReason, ended.transactionInfo.stoppedReason, ended.transactionInfo.chargingState], ['EVConnectTimeout', 'Timeout', 'EVConnected']);
    assert.deepEqual(b.events(from), ['Started/CablePluggedIn/EVConnected', 'Ended/EVConnectTimeout/EVConnected']);
  });
});

describe('Part 6 E: stop points', () => {
  it('TC_E_16_CS: an offline transaction whose idToken the CSMS finds Invalid: Ended, Deauthorized, DeAuthorized', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'Authorized', 'TxCtrlr.StopTxOnInvalidId': 'true', 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(TOKEN);
    await b.act('disconnect');
    await plug(b);
    await present(b);
    await until(() => b.station.equipment.evse(1)!.session.charging, 'charging offline');
    b.tokens.set(TOKEN.idToken, { status: 'Invalid' });
    const back = b.mark();
    await b.act('reconnect');
    const ended = await where(b, back, (t) => t.eventType === 'Ended', 'Ended');
    assert.deepEqual([ended.triggerReason, ended.transactionInfo.stoppedReason], ['Deauthorized', 'DeAuthorized']);
    const queued = b.received('TransactionEvent', back).map(tx).filter((t) => t.triggerReason !== 'Deauthorized');
    assert.ok(queued.length > 0 && queued.every((t) => t.offline === true));
  });

  for (const [id, stopPoint, stopTx] of [['TC_E_17_CS', 'Authorized', 'true'], ['TC_E_37_CS', 'PowerPathClosed', 'false'], ['TC_E_20_CS', 'EVConnected', 'false'], ['TC_E_24_CS', 'EVConnected,Authorized', 'true']] as const) {
    it(`${id}: TxStopPoint ${stopPoint}, StopTxOnEVSideDisconnect ${stopTx}: the EV is disconnected while suspended: Ended, EVCommunicationLost, Idle, EVDisconnected`, async () => {
      const b = await open();
      await b.configure({ 'TxCtrlr.TxStopPoint': stopPoint, 'TxCtrlr.StopTxOnEVSideDisconnect': stopTx, 'OCPPCommCtrlr.UnlockOnEVSideDisconnect': id === 'TC_E_24_CS' ? 'true' : 'false' });
      const from = await suspended(b);
      await unplug(b);
      const ended = await where(b, from, () => true, 'Ended');
      assert.deepEqual([ended.eventType, ended.triggerReason, ended.transactionInfo.chargingState, ended.transactionInfo.stoppedReason], ['Ended', 'EVCommunicationLost', 'Idle', 'EVDisconnected']);
      await until(() => lastStatus(b, from) === 'Available', 'Available');
    });
  }

  it('TC_E_07_CS / TC_E_35_CS: TxStopPoint PowerPathClosed: a local stop, a remote stop end the transaction', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'PowerPathClosed' });
    await b.charging();
    let from = b.mark();
    await present(b);
    const local = await where(b, from, () => true, 'Ended');
    assert.deepEqual([local.eventType, local.transactionInfo.stoppedReason], ['Ended', 'Local']);
    await unplug(b);
    const id = await b.charging();
    from = b.mark();
    assert.equal((await b.call('RequestStopTransaction', { transactionId: id })).status, 'Accepted');
    const remote = await where(b, from, () => true, 'Ended');
    assert.deepEqual([remote.eventType, remote.triggerReason, remote.transactionInfo.stoppedReason], ['Ended', 'RemoteStop', 'Remote']);
  });

  it('TC_E_08_CS: TxStopPoint EnergyTransfer: the local stop ends it, Local', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'EnergyTransfer' });
    await b.charging();
    const from = b.mark();
    await present(b);
    const ended = await where(b, from, () => true, 'Ended');
    assert.deepEqual([ended.eventType, ended.triggerReason, ended.transactionInfo.chargingState, ended.transactionInfo.stoppedReason], ['Ended', 'StopAuthorized', 'EVConnected', 'Local']);
  });

  it('TC_E_22_CS: TxStopPoint EnergyTransfer: the EV suspending ends it, ChargingStateChanged, StoppedByEV', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'EnergyTransfer' });
    await b.charging();
    const from = b.mark();
    await b.act('ev', { evseId: 1, charging: false });
    const ended = await where(b, from, () => true, 'Ended');
    assert.deepEqual([ended.eventType, ended.triggerReason, ended.transactionInfo.chargingState, ended.transactionInfo.stoppedReason], ['Ended', 'ChargingStateChanged', 'SuspendedEV', 'StoppedByEV']);
  });

  it('TC_E_14_CS: TxStopPoint EVConnected: the stop is an Updated; unplugging ends it, Idle, Local', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'EVConnected' });
    await b.charging();
    const from = b.mark();
    await present(b);
    await where(b, from, (t) => t.triggerReason === 'StopAuthorized', 'StopAuthorized');
    await unplug(b);
    const ended = await where(b, from, (t) => t.eventType === 'Ended', 'Ended');
    assert.deepEqual([ended.triggerReason, ended.transactionInfo.chargingState, ended.transactionInfo.stoppedReason], ['EVCommunicationLost', 'Idle', 'Local']);
    assert.deepEqual(b.events(from), ['Updated/StopAuthorized/EVConnected', 'Ended/EVCommunicationLost/Idle']);
    assert.equal(lastStatus(b, from), 'Available');
  });

  it('TC_E_15_CS / TC_E_21_CS: TxStopPoint Authorized: local and remote stops end it', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'Authorized' });
    await b.charging();
    let from = b.mark();
    await present(b);
    const local = await where(b, from, () => true, 'Ended');
    assert.deepEqual([local.eventType, local.triggerReason, local.transactionInfo.stoppedReason], ['Ended', 'StopAuthorized', 'Local']);
    await unplug(b);
    const id = await b.charging();
    from = b.mark();
    await b.call('RequestStopTransaction', { transactionId: id });
    const remote = await where(b, from, () => true, 'Ended');
    assert.deepEqual([remote.eventType, remote.triggerReason, remote.transactionInfo.stoppedReason], ['Ended', 'RemoteStop', 'Remote']);
  });

  it('TC_E_25_CS: StopTxOnEVSideDisconnect true, UnlockOnEVSideDisconnect false: Ended with EVCommunicationLost, then Available', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.StopTxOnEVSideDisconnect': 'true', 'OCPPCommCtrlr.UnlockOnEVSideDisconnect': 'false' });
    const from = await suspended(b);
    await unplug(b);
    const ended = await where(b, from, () => true, 'Ended');
    assert.deepEqual([ended.eventType, ended.triggerReason, ended.transactionInfo.chargingState], ['Ended', 'EVCommunicationLost', 'Idle']);
    await until(() => lastStatus(b, from) === 'Available', 'Available');
  });

  it('TC_E_26_CS: StopTxOnEVSideDisconnect false: the transaction is suspended while unplugged and charges again when plugged back', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'Authorized', 'TxCtrlr.StopTxOnEVSideDisconnect': 'false', 'OCPPCommCtrlr.UnlockOnEVSideDisconnect': 'false' });
    const from = await suspended(b);
    await unplug(b);
    // A socket: the session keeps the connector (step 3 is for a permanently attached cable).
    assert.equal((await b.snapshot()).evses[0]!.transaction?.chargingState, 'Idle');
    await plug(b);
    await where(b, from, (t) => t.transactionInfo.chargingState === 'Charging', 'Charging');
    assert.deepEqual(b.events(from), ['Updated/EVCommunicationLost/Idle', 'Updated/CablePluggedIn/EVConnected', 'Updated/ChargingStateChanged/Charging']);
  });

  it('TC_E_27_CS: StopTxOnEVSideDisconnect false and the EV does not come back within EVConnectionTimeOut: Ended, EVConnectTimeout, Timeout', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.TxStopPoint': 'Authorized', 'TxCtrlr.StopTxOnEVSideDisconnect': 'false', 'TxCtrlr.EVConnectionTimeOut': '1' });
    const from = await suspended(b);
    await unplug(b);
    const ended = await where(b, from, (t) => t.eventType === 'Ended', 'Ended');
    assert.deepEqual([ended.triggerReason, ended.transactionInfo.stoppedReason], ['EVConnectTimeout', 'Timeout']);
    assert.deepEqual(b.events(from), ['Updated/EVCommunicationLost/Idle', 'Ended/EVConnectTimeout/Idle']);
  });
});
