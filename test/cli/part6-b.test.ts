/**
 * Part 6, block B (provisioning), charging-station cases, driven through
 * the control API against a CSMS on a real connection.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { Bench, quiet, TOKEN, until, type BenchOptions } from './octt.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

async function open(o: BenchOptions = {}): Promise<Bench> {
  bench = await Bench.open(o);
  return bench;
}

type Status = { evseId: number; connectorId: number; connectorStatus: string };
const statuses = (b: Bench, from: number): string[] => b.received('StatusNotification', from).map((r) => {
  const p = r.payload as unknown as Status;
  return `${p.evseId}/${p.connectorId} ${p.connectorStatus}`;
});

/** Waits for the boot after `from` and the status of every connector after it. */
async function booted(b: Bench, from: number, connectors: number): Promise<{ reason: string; statuses: string[] }> {
  const boot = await b.next('BootNotification', from, () => true, 'a BootNotification');
  await until(() => b.state.station('CS001').registration === 'Accepted' && statuses(b, boot.index).length >= connectors, 'the status of every connector');
  await b.next('SecurityEventNotification', boot.index, (p) => p['type'] === 'StartupOfTheDevice', 'SecurityEventNotification');
  return { reason: boot.payload['reason'] as string, statuses: statuses(b, boot.index).sort() };
}

describe('Part 6 B: booting', () => {
  it('TC_B_01_CS: Booted by a power cycle: BootNotification PowerUp, every connector, StartupOfTheDevice', async () => {
    const b = await open({ station: { evses: 2 } });
    assert.deepEqual((await booted(b, 0, 2)).statuses, ['1/1 Available', '2/1 Available']);
    const from = b.mark();
    assert.equal((await b.act('reboot'))['done'], 'power cycled; booting (PowerUp)');
    const again = await booted(b, from, 2);
    assert.equal(again.reason, 'PowerUp');
    assert.deepEqual(again.statuses, ['1/1 Available', '2/1 Available']);
  });

  it('TC_B_02_CS / F06.FR.17: while Pending the CSMS configures the station; a triggered BootNotification goes at once, reason Triggered', async () => {
    // The retry interval is long: only the trigger can bring the second boot within the test.
    const b = await open({ csms: { bootStatus: 'Pending', acceptAfter: 1, retryIntervalS: 600 } });
    await b.next('BootNotification', 0);
    await until(() => b.state.station('CS001').registration === 'Pending', 'Pending');
    const set = await b.call('SetVariables', { setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeValue: '300' }] });
    assert.equal(set.setVariableResult[0]!.attributeStatus, 'Accepted');
    const get = await b.call('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } }] });
    assert.equal(get.getVariableResult[0]!.attributeStatus, 'Accepted');
    assert.equal((await b.call('GetBaseReport', { requestId: 3, reportBase: 'FullInventory' })).status, 'Accepted');
    const last = await b.next('NotifyReport', 0, (p) => p['tbc'] !== true, 'the last NotifyReport');
    assert.ok(last.index > 0);
    assert.equal((await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 1, evseId: 1 })).status, 'Rejected');
    const from = b.mark();
    assert.equal((await b.call('TriggerMessage', { requestedMessage: 'BootNotification' })).status, 'Accepted');
    const again = await booted(b, from, 1);
    assert.equal(again.reason, 'Triggered');
    assert.deepEqual(again.statuses, ['1/1 Available']);
    // Nothing but the boot and what the CSMS asked for went out while Pending.
    const whilePending = b.received(undefined, 0).filter((r) => r.index < from).map((r) => r.action);
    assert.deepEqual([...new Set(whilePending)].sort(), ['BootNotification', 'NotifyReport']);
  });

  it('TC_B_03_CS: Rejected, then BootNotification again after the interval and nothing in between', async () => {
    const b = await open({ csms: { bootStatus: 'Rejected', acceptAfter: 1, retryIntervalS: 1 } });
    const { statuses: s } = await booted(b, 0, 1);
    assert.deepEqual(s, ['1/1 Available']);
    const boots = b.received('BootNotification');
    assert.equal(boots.length, 2);
    assert.deepEqual(b.received(undefined, 0).filter((r) => r.index < boots[1]!.index).map((r) => r.action), ['BootNotification']);
  });

  it('TC_B_30_CS: a Rejected station answers a CSMS request with SecurityError (B03.FR.08)', async () => {
    const b = await open({ csms: { bootStatus: 'Rejected', retryIntervalS: 600 }, csmsRegistration: false });
    await b.next('BootNotification', 0);
    await until(() => b.station.registrationStatus === 'Rejected', 'Rejected');
    await assert.rejects(b.call('GetBaseReport', { requestId: 1, reportBase: 'FullInventory' }), (err: Error & { code?: string }) => err.code === 'SecurityError');
  });

  it('TC_B_06_CS / TC_B_07_CS / TC_B_09_CS / TC_B_10_CS / TC_B_11_CS / TC_B_32_CS..TC_B_37_CS / TC_B_39_CS: GetVariables and SetVariables item by item', async () => {
    const b = await open();
    await booted(b, 0, 1);
    const comm = { name: 'OCPPCommCtrlr' };
    const get = await b.call('GetVariables', {
      getVariableData: [
        { component: comm, variable: { name: 'HeartbeatInterval' } },
        { component: comm, variable: { name: 'OfflineThreshold' } },
        { component: { name: 'NoSuchCtrlr' }, variable: { name: 'Enabled' } },
        { component: comm, variable: { name: 'NoSuchVariable' } },
        { component: comm, variable: { name: 'HeartbeatInterval' }, attributeType: 'Target' },
      ],
    });
    assert.deepEqual(get.getVariableResult.map((r) => r.attributeStatus), ['Accepted', 'Accepted', 'UnknownComponent', 'UnknownVariable', 'NotSupportedAttributeType']);
    const set = await b.call('SetVariables', {
      setVariableData: [
        { component: comm, variable: { name: 'OfflineThreshold' }, attributeValue: '200' },
        { component: comm, variable: { name: 'OfflineThreshold' }, attributeValue: 'abc' },
        { component: { name: 'NoSuchCtrlr' }, variable: { name: 'Enabled' }, attributeValue: 'true' },
        { component: comm, variable: { name: 'NoSuchVariable' }, attributeValue: '1' },
        { component: comm, variable: { name: 'OfflineThreshold' }, attributeValue: '1', attributeType: 'MaxSet' },
        { component: { name: 'ChargingStation' }, variable: { name: 'Model' }, attributeValue: 'X' },
      ],
    });
    assert.deepEqual(set.setVariableResult.map((r) => r.attributeStatus), ['Accepted', 'Rejected', 'UnknownComponent', 'UnknownVariable', 'NotSupportedAttributeType', 'Rejected']);
    assert.equal((await b.snapshot()).deviceModel['OCPPCommCtrlr.OfflineThreshold'], '200');
  });
});

describe('Part 6 B: reset', () => {
  it('TC_B_20_CS: Reset OnIdle without a transaction: Accepted, reboot with RemoteReset', async () => {
    const b = await open();
    await booted(b, 0, 1);
    const from = b.mark();
    assert.equal((await b.call('Reset', { type: 'OnIdle' })).status, 'Accepted');
    const again = await booted(b, from, 1);
    assert.equal(again.reason, 'RemoteReset');
    assert.deepEqual(again.statuses, ['1/1 Available']);
  });

  it('TC_B_21_CS: Reset OnIdle during a transaction is Scheduled; after the local stop the station reboots with ScheduledReset (step 7)', async () => {
    const b = await open();
    await booted(b, 0, 1);
    await b.charging();
    const scheduled = b.mark();
    assert.equal((await b.call('Reset', { type: 'OnIdle' })).status, 'Scheduled');
    await quiet(b, 'BootNotification', scheduled, 300);
    const from = b.mark();
    await b.act('present', { ...TOKEN, evseId: 1 });
    await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended', 'Ended');
    const again = await booted(b, from, 1);
    assert.equal(again.reason, 'ScheduledReset');
    // Stopped at step 3: the EV is still plugged in.
    assert.deepEqual(again.statuses, ['1/1 Occupied']);
  });

  it('TC_B_22_CS: Reset Immediate: Ended with ResetCommand, EVConnected, ImmediateReset, no idToken; reboot with RemoteReset', async () => {
    const b = await open({ station: { evses: 2 } });
    await booted(b, 0, 2);
    await b.charging();
    const from = b.mark();
    assert.equal((await b.call('Reset', { type: 'Immediate' })).status, 'Accepted');
    const ended = await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended');
    const p = ended.payload as { triggerReason: string; transactionInfo: { chargingState: string; stoppedReason: string }; idToken?: unknown };
    assert.deepEqual([p.triggerReason, p.transactionInfo.chargingState, p.transactionInfo.stoppedReason, p.idToken], ['ResetCommand', 'EVConnected', 'ImmediateReset', undefined]);
    const again = await booted(b, ended.index, 2);
    assert.equal(again.reason, 'RemoteReset');
    assert.deepEqual(again.statuses, ['1/1 Occupied', '2/1 Available']);
  });

  it('TC_B_23_CS: an Unavailable connector stays Unavailable across a reset', async () => {
    const b = await open({ station: { evses: 2 } });
    await booted(b, 0, 2);
    assert.equal((await b.call('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 1 } })).status, 'Accepted');
    const from = b.mark();
    assert.equal((await b.call('Reset', { type: 'OnIdle' })).status, 'Accepted');
    const again = await booted(b, from, 2);
    assert.equal(again.reason, 'RemoteReset');
    assert.deepEqual(again.statuses, ['1/1 Unavailable', '2/1 Available']);
  });

  it('TC_B_41_CS: Reset OnIdle with two transactions waits for both to end, then ScheduledReset', async () => {
    const b = await open({ station: { evses: 2 } });
    await booted(b, 0, 2);
    await b.charging(1);
    await b.charging(2, { idToken: 'DRIVER-2', type: 'ISO14443' });
    const start = b.mark();
    assert.equal((await b.call('Reset', { type: 'OnIdle' })).status, 'Scheduled');
    await b.act('present', { ...TOKEN, evseId: 1 });
    await b.next('TransactionEvent', start, (p) => p['eventType'] === 'Ended');
    await quiet(b, 'BootNotification', start, 300);
    await b.act('present', { idToken: 'DRIVER-2', type: 'ISO14443', evseId: 2 });
    const again = await booted(b, start, 2);
    assert.equal(again.reason, 'ScheduledReset');
  });

  it('TC_B_25_CS / TC_B_26_CS / TC_B_27_CS: with EVSE.AllowReset an EVSE is reset on its own; the station does not reboot', async () => {
    const b = await open({ station: { evses: 2, evseReset: true } });
    await booted(b, 0, 2);
    const from = b.mark();
    assert.equal((await b.call('Reset', { type: 'OnIdle', evseId: 1 })).status, 'Accepted');
    await b.charging(1);
    assert.equal((await b.call('Reset', { type: 'OnIdle', evseId: 1 })).status, 'Scheduled');
    assert.equal((await b.call('Reset', { type: 'Immediate', evseId: 1 })).status, 'Accepted');
    const ended = await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended');
    const p = ended.payload as { triggerReason: string; transactionInfo: { chargingState: string; stoppedReason: string } };
    assert.deepEqual([p.triggerReason, p.transactionInfo.chargingState, p.transactionInfo.stoppedReason], ['ResetCommand', 'EVConnected', 'ImmediateReset']);
    assert.equal((await b.call('Reset', { type: 'OnIdle', evseId: 9 })).status, 'Rejected');
    await quiet(b, 'BootNotification', from, 200);
  });

  it('TC_B_28_CS / TC_B_29_CS: without EVSE.AllowReset resetting one EVSE is Rejected, with or without a transaction', async () => {
    const b = await open();
    await booted(b, 0, 1);
    assert.equal((await b.call('Reset', { type: 'OnIdle', evseId: 1 })).status, 'Rejected');
    await b.charging();
    assert.equal((await b.call('Reset', { type: 'OnIdle', evseId: 1 })).status, 'Rejected');
    assert.equal((await b.snapshot()).evses[0]!.transaction?.chargingState, 'Charging');
  });
});

describe('Part 6 B: network', () => {
  it('TC_B_43_CS: SetNetworkProfile with an unknown slot is Rejected', async () => {
    const b = await open();
    await booted(b, 0, 1);
    const r = await b.call('SetNetworkProfile', {
      configurationSlot: 999,
      connectionData: { ocppVersion: 'OCPP20', ocppTransport: 'JSON', ocppCsmsUrl: 'ws://127.0.0.1:1/ocpp', messageTimeout: 30, securityProfile: 0, ocppInterface: 'Wired0' },
    });
    assert.equal(r.status, 'Rejected');
  });

  it('TC_B_51_CS: offline longer than OfflineThreshold: every connector is reported on the way back (B04.FR.01)', async () => {
    const b = await open({ station: { evses: 2 } });
    await booted(b, 0, 2);
    await b.configure({ 'OCPPCommCtrlr.OfflineThreshold': '1' });
    await b.act('disconnect');
    await b.act('plug', { evseId: 1, connectorId: 1 });
    await new Promise((r) => setTimeout(r, 1200));
    const from = b.mark();
    await b.act('reconnect');
    await until(() => statuses(b, from).length >= 2, 'both connectors');
    assert.deepEqual(statuses(b, from).sort(), ['1/1 Occupied', '2/1 Available']);
  });

  it('TC_B_52_CS: offline shorter than OfflineThreshold: only the changed connector is reported (B04.FR.02)', async () => {
    const b = await open({ station: { evses: 2 } });
    await booted(b, 0, 2);
    await b.configure({ 'OCPPCommCtrlr.OfflineThreshold': '60' });
    await b.act('disconnect');
    await b.act('plug', { evseId: 1, connectorId: 1 });
    const from = b.mark();
    await b.act('reconnect');
    await b.next('StatusNotification', from);
    await quiet(b, 'BootNotification', from, 200);
    assert.deepEqual(statuses(b, from), ['1/1 Occupied']);
  });

  it('TC_B_57_CS: the CSMS closes the connection: the station reconnects without a new boot', async () => {
    const b = await open();
    await booted(b, 0, 1);
    const from = b.mark();
    await b.closeFromCsms();
    await until(() => b.server.isConnected('CS001'), 'the reconnection');
    const heartbeat = await b.call('TriggerMessage', { requestedMessage: 'Heartbeat' });
    assert.equal(heartbeat.status, 'Accepted');
    await b.next('Heartbeat', from);
    assert.equal(b.received('BootNotification', from).length, 0);
  });
});
