/**
 * Part 6, block F (remote control), charging-station cases, driven through
 * the control API against a CSMS on a real connection.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { Bench, quiet, TOKEN, type BenchOptions, type Received } from './octt.js';

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

type Tx = { eventType: string; triggerReason: string; idToken?: { idToken: string }; evse?: { id: number }; meterValue?: { sampledValue: { context?: string }[] }[]; transactionInfo: { transactionId: string; chargingState?: string; stoppedReason?: string; remoteStartId?: number } };
const tx = (r: Received): Tx => r.payload as unknown as Tx;
const plug = (b: Bench, evseId = 1): Promise<unknown> => b.act('plug', { evseId, connectorId: 1 });
const charged = (b: Bench, from: number): Promise<Received> => b.next('TransactionEvent', from, (p) => tx({ payload: p } as Received).transactionInfo.chargingState === 'Charging', 'Charging');

describe('Part 6 F: remote start and stop', () => {
  it('TC_F_01_CS: the cable first, then RequestStartTransaction: Accepted with the running transactionId; RemoteStart, then charging', async () => {
    const b = await open();
    const from = b.mark();
    await plug(b);
    const started = tx(await b.next('TransactionEvent', from));
    const r = await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 5, evseId: 1 });
    assert.deepEqual(r, { status: 'Accepted', transactionId: started.transactionInfo.transactionId });
    const remote = tx(await b.next('TransactionEvent', from, (p) => p['triggerReason'] === 'RemoteStart'));
    assert.deepEqual([remote.eventType, remote.idToken?.idToken, remote.transactionInfo.remoteStartId], ['Updated', TOKEN.idToken, 5]);
    await charged(b, from);
  });

  for (const [id, authorizeRemoteStart] of [['TC_F_02_CS', true], ['TC_F_03_CS', false]] as const) {
    it(`${id}: RequestStartTransaction first (AuthorizeRemoteStart ${authorizeRemoteStart}), then the cable: the transaction reaches Charging`, async () => {
      const b = await open();
      await b.configure({ 'AuthCtrlr.AuthorizeRemoteStart': String(authorizeRemoteStart) });
      const from = b.mark();
      assert.equal((await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 9, evseId: 1 })).status, 'Accepted');
      const started = tx(await b.next('TransactionEvent', from));
      assert.deepEqual([started.eventType, started.triggerReason, started.idToken?.idToken, started.transactionInfo.remoteStartId], ['Started', 'RemoteStart', TOKEN.idToken, 9]);
      assert.equal(b.received('Authorize', from).length, authorizeRemoteStart ? 1 : 0);
      assert.equal(b.received('StatusNotification', from).pop()?.payload['connectorStatus'], 'Occupied');
      await plug(b);
      await charged(b, from);
      assert.deepEqual(b.events(from), ['Started/RemoteStart/Idle', 'Updated/CablePluggedIn/EVConnected', 'Updated/ChargingStateChanged/Charging']);
    });
  }

  it('TC_F_04_CS: no cable after a remote start: Ended with EVConnectTimeout; a new remote start is accepted', async () => {
    const b = await open();
    await b.configure({ 'TxCtrlr.EVConnectionTimeOut': '1' });
    const from = b.mark();
    await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 1, evseId: 1 });
    const ended = tx(await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended'));
    assert.deepEqual([ended.triggerReason, ended.transactionInfo.stoppedReason], ['EVConnectTimeout', 'Timeout']);
    assert.equal((await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 2, evseId: 1 })).status, 'Accepted');
  });

  it('F02 / E05: a remote start whose idToken the CSMS answers Unknown: Ended with Deauthorized, no meter values after', async () => {
    const b = await open();
    await b.configure({ 'SampledDataCtrlr.TxUpdatedInterval': '1' });
    b.tokens.set('NOBODY', { status: 'Unknown' });
    const from = b.mark();
    await b.call('RequestStartTransaction', { idToken: { idToken: 'NOBODY', type: 'ISO14443' }, remoteStartId: 3, evseId: 1 });
    const ended = tx(await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended'));
    assert.deepEqual([ended.triggerReason, ended.transactionInfo.stoppedReason], ['Deauthorized', 'DeAuthorized']);
    await quiet(b, 'TransactionEvent', b.mark(), 1300);
  });

  it('TC_F_08_CS / TC_F_09_CS: RequestStopTransaction: RemoteStop, Remote; an unknown transactionId is Rejected', async () => {
    const b = await open();
    const id = await b.charging();
    assert.equal((await b.call('RequestStopTransaction', { transactionId: 'not-this-one' })).status, 'Rejected');
    const from = b.mark();
    assert.equal((await b.call('RequestStopTransaction', { transactionId: id })).status, 'Accepted');
    const ended = tx(await b.next('TransactionEvent', from));
    assert.deepEqual([ended.eventType, ended.triggerReason, ended.transactionInfo.stoppedReason], ['Ended', 'RemoteStop', 'Remote']);
  });
});

describe('Part 6 F: unlock connector', () => {
  it('TC_F_05_CS: during a transaction, local or remote, the lock stays: OngoingAuthorizedTransaction (F05.FR.02)', async () => {
    const b = await open();
    await b.charging();
    assert.equal((await b.call('UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'OngoingAuthorizedTransaction');
    await b.act('present', { ...TOKEN, evseId: 1 });
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    // Started remotely: before the cable and with it.
    await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 4, evseId: 1 });
    await b.station.settled();
    assert.equal((await b.call('UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'OngoingAuthorizedTransaction');
    await plug(b);
    assert.equal((await b.call('UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'OngoingAuthorizedTransaction');
  });

  it('TC_F_06_CS / TC_F_07_CS / TC_F_10_CS: without a transaction Unlocked, with or without a cable; an unknown connector is UnknownConnector', async () => {
    const b = await open();
    assert.equal((await b.call('UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'Unlocked');
    await plug(b);
    await b.station.settled();
    assert.equal((await b.call('UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'Unlocked');
    assert.equal((await b.call('UnlockConnector', { evseId: 1, connectorId: 999 })).status, 'UnknownConnector');
  });

  it('G05: a failed connector lock answers UnlockFailed and raises ConnectorPlugRetentionLock.Problem', async () => {
    const b = await open();
    const from = b.mark();
    await b.act('fault', { evseId: 1, connectorId: 1, errorCode: 'ConnectorLockFailure' });
    assert.equal((await b.call('UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'UnlockFailed');
    const event = await b.next('NotifyEvent', from);
    const data = (event.payload['eventData'] as { component: { name: string }; variable: { name: string }; actualValue: string; trigger: string }[])[0]!;
    assert.deepEqual([data.component.name, data.variable.name, data.actualValue, data.trigger], ['ConnectorPlugRetentionLock', 'Problem', 'true', 'Delta']);
    assert.equal(b.received('StatusNotification', from).pop()?.payload['connectorStatus'], 'Faulted');
  });
});

describe('Part 6 F: trigger message', () => {
  it('TC_F_11_CS / TC_F_12_CS: MeterValues for one EVSE and for all, context Trigger', async () => {
    const b = await open({ station: { evses: 2 } }, 2);
    let from = b.mark();
    assert.equal((await b.call('TriggerMessage', { requestedMessage: 'MeterValues', evse: { id: 2 } })).status, 'Accepted');
    const one = await b.next('MeterValues', from);
    assert.equal(one.payload['evseId'], 2);
    assert.equal((one.payload['meterValue'] as { sampledValue: { context: string }[] }[])[0]!.sampledValue[0]!.context, 'Trigger');
    from = b.mark();
    assert.equal((await b.call('TriggerMessage', { requestedMessage: 'MeterValues' })).status, 'Accepted');
    await b.next('MeterValues', from, (p) => p['evseId'] === 2);
    assert.deepEqual(b.received('MeterValues', from).map((r) => r.payload['evseId']).sort(), [1, 2]);
  });

  it('TC_F_13_CS / TC_F_14_CS: TransactionEvent for one EVSE and for all: Trigger, Charging, meter values with context Trigger', async () => {
    const b = await open({ station: { evses: 2 } }, 2);
    await b.charging(1);
    await b.charging(2, { idToken: 'DRIVER-2', type: 'ISO14443' });
    let from = b.mark();
    assert.equal((await b.call('TriggerMessage', { requestedMessage: 'TransactionEvent', evse: { id: 1 } })).status, 'Accepted');
    const one = tx(await b.next('TransactionEvent', from));
    assert.deepEqual([one.triggerReason, one.transactionInfo.chargingState, one.evse?.id, one.meterValue?.[0]?.sampledValue[0]?.context], ['Trigger', 'Charging', 1, 'Trigger']);
    from = b.mark();
    await b.call('TriggerMessage', { requestedMessage: 'TransactionEvent' });
    await b.next('TransactionEvent', from, (p) => (p['evse'] as { id: number }).id === 2);
    assert.deepEqual(b.received('TransactionEvent', from).map((r) => `${tx(r).evse?.id} ${tx(r).triggerReason}`).sort(), ['1 Trigger', '2 Trigger']);
  });

  it('TC_F_15_CS / TC_F_17_CS / TC_F_18_CS / TC_F_20_CS: LogStatusNotification Idle, FirmwareStatusNotification Idle (even for an EVSE), Heartbeat', async () => {
    const b = await open();
    const from = b.mark();
    for (const [requestedMessage, evse] of [['LogStatusNotification', undefined], ['FirmwareStatusNotification', { id: 1 }], ['FirmwareStatusNotification', undefined], ['Heartbeat', undefined]] as const) {
      assert.equal((await b.call('TriggerMessage', { requestedMessage, ...(evse !== undefined && { evse }) })).status, 'Accepted', requestedMessage);
    }
    await b.next('Heartbeat', from);
    assert.deepEqual(b.received('LogStatusNotification', from).map((r) => r.payload['status']), ['Idle']);
    assert.deepEqual(b.received('FirmwareStatusNotification', from).map((r) => r.payload['status']), ['Idle', 'Idle']);
  });

  it('TC_F_23_CS / TC_F_24_CS: StatusNotification for a connector: Available, then Occupied with the cable in', async () => {
    const b = await open();
    let from = b.mark();
    await b.call('TriggerMessage', { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 1 } });
    assert.equal((await b.next('StatusNotification', from)).payload['connectorStatus'], 'Available');
    await plug(b);
    await b.station.settled();
    from = b.mark();
    await b.call('TriggerMessage', { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 1 } });
    assert.equal((await b.next('StatusNotification', from)).payload['connectorStatus'], 'Occupied');
  });

  it('TC_F_26_CS / TC_F_27_CS: BootNotification once accepted is Rejected; SignCombinedCertificate is NotImplemented', async () => {
    const b = await open();
    const from = b.mark();
    assert.equal((await b.call('TriggerMessage', { requestedMessage: 'BootNotification' })).status, 'Rejected');
    assert.equal((await b.call('TriggerMessage', { requestedMessage: 'SignCombinedCertificate' })).status, 'NotImplemented');
    await quiet(b, 'BootNotification', from, 200);
  });
});
