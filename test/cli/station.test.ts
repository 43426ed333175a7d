import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { actionNames, handleCall, maySend, v201, validate, type CallFrame, type CsmsToStationAction, type RequestOf, type ResponseOf, type V201 } from '../../src/index.js';
import { model } from '../../src/v201/model.js';
import { FrameChecker } from '../../src/cli/log/check.js';
import { stationHandlers } from '../../src/cli/station/handlers.js';
import { messageArbitrary } from '../support/arbitraries.js';
import { calls, pair, until, type Pair } from './support.js';

let current: Pair | undefined;
afterEach(async () => {
  if (current === undefined) return;
  current.station.shutdown();
  await current.station.settled();
  current.close();
  current = undefined;
});

function open(...args: Parameters<typeof pair>): Pair {
  current = pair(...args);
  return current;
}

/** Every frame of the exchange passes the strict validator and the frame checks. */
function assertLogValid(p: Pair): void {
  const checker = new FrameChecker('strict');
  const issues = p.frames.flatMap((e, i) => checker.checkEntry(e, i + 1)).filter((i) => i.severity === 'error');
  assert.deepEqual(issues, []);
}

/** The CSMS calls the station and gets the typed answer. */
function ask<A extends CsmsToStationAction>(p: Pair, action: A, payload: RequestOf<V201, A>): Promise<ResponseOf<V201, A>> {
  return p.csms.call(action, payload);
}

const csmsToStation = actionNames.filter((a) => maySend(a, 'Csms'));
const token = { idToken: 'DRIVER-1', type: 'ISO14443' as const };

describe('simulated station: every CSMS-to-station action', () => {
  it('answers generated valid requests of every action with a valid CALLRESULT, never a CALLERROR', async () => {
    const p = open({ evses: 2, connectors: 2 });
    await until(() => p.station.accepted, 'boot');
    const table = stationHandlers(p.station);
    let n = 0;
    for (const action of csmsToStation) {
      assert.equal(typeof (table as Record<string, unknown>)[action], 'function', `${action} has a handler`);
      const samples = fc.sample(messageArbitrary(model, model.actions[action]!.request), { numRuns: 40, seed: 7 });
      for (const request of samples) {
        const frame: CallFrame = [2, `m${n}`, action, request];
        const reply = (await handleCall(v201, table, frame, { side: 'ChargingStation', validation: 'strict' }))!;
        assert.equal(reply[0], 3, `${action} answered ${JSON.stringify(reply)} to ${JSON.stringify(request)}`);
        const result = validate(action, 'response', reply[2]);
        assert.ok(result.ok, `${action}: ${JSON.stringify(!result.ok && result.errors)}`);
        n++;
      }
    }
    assert.equal(n, csmsToStation.length * 40);
  });
});

describe('simulated station over a CSMS behaviour', () => {
  it('TC_B_01_CS: boots, reports every connector, heartbeats at the interval it is given', async () => {
    const p = open({ evses: 2, connectors: 1 }, { heartbeatIntervalS: 1 });
    await until(() => p.station.accepted, 'boot');
    await until(() => p.state.station('CS001').connectors.size === 2, 'status of both connectors');
    await until(() => calls(p.frames, 'StationToCsms').includes('Heartbeat'), 'a heartbeat', 3000);
    assert.equal(p.station.model.value('OCPPCommCtrlr', 'HeartbeatInterval'), '1');
    assert.deepEqual(calls(p.frames, 'StationToCsms').slice(0, 4), ['BootNotification', 'StatusNotification', 'StatusNotification', 'SecurityEventNotification']);
    assertLogValid(p);
  });

  it('TC_B_02_CS: Pending, then retried after the interval and Accepted; nothing else is sent while Pending', async () => {
    const p = open({}, { bootStatus: 'Pending', acceptAfter: 1, retryIntervalS: 1 });
    await until(() => p.station.accepted, 'accepted after the retry', 4000);
    const sent = calls(p.frames, 'StationToCsms');
    assert.deepEqual(sent.slice(0, 2), ['BootNotification', 'BootNotification']);
    assertLogValid(p);
  });

  it('a full charging session: cable, authorize, charge with meter values, local stop, unplug', async () => {
    const p = open({ meterIntervalS: 1 });
    await until(() => p.station.accepted, 'boot');
    assert.equal(await p.station.plugIn(1), true);
    assert.equal(await p.station.presentIdToken(1, token), 'authorized');
    await until(() => p.station.evse(1)!.session.charging, 'charging');
    await until(() => [...p.state.transactions.values()].some((t) => t.energyWh > 0), 'energy metered', 4000);
    assert.equal(await p.station.presentIdToken(1, token), 'stopped');
    assert.equal(await p.station.unplug(1), true);
    await p.station.settled();
    const [tx] = [...p.state.transactions.values()];
    assert.equal(tx!.state, 'Ended');
    assert.equal(tx!.stoppedReason, 'Local');
    assert.deepEqual(tx!.idToken, token);
    assert.ok(tx!.energyWh > 0);
    assert.equal(p.state.station('CS001').connectors.get('1/1')!.status, 'Available');
    assertLogValid(p);
  });

  it('TC_F_02_CS / TC_F_08_CS: remote start by the CSMS, then remote stop', async () => {
    const p = open({});
    await until(() => p.station.accepted, 'boot');
    const start = await ask(p, 'RequestStartTransaction', { idToken: token, remoteStartId: 7, evseId: 1 });
    assert.equal(start.status, 'Accepted');
    await until(() => p.state.transactions.size === 1, 'transaction started');
    const [tx] = [...p.state.transactions.values()];
    assert.equal(tx!.remoteStartId, 7);
    assert.equal(p.state.station('CS001').connectors.get('1/1')!.status, 'Occupied');
    await p.station.plugIn(1);
    await until(() => tx!.chargingState === 'Charging', 'charging');
    const stop = await ask(p, 'RequestStopTransaction', { transactionId: tx!.transactionId });
    assert.equal(stop.status, 'Accepted');
    await until(() => tx!.state === 'Ended', 'ended');
    assert.equal(tx!.stoppedReason, 'Remote');
    assert.equal((await ask(p, 'RequestStopTransaction', { transactionId: tx!.transactionId })).status, 'Rejected');
    assertLogValid(p);
  });

  it('TC_F_01_CS: remote start with the cable already in answers with the running transactionId', async () => {
    const p = open({});
    await until(() => p.station.accepted, 'boot');
    await p.station.plugIn(1);
    await p.station.settled();
    const id = p.station.evse(1)!.session.transactionId;
    assert.ok(id);
    const start = await ask(p, 'RequestStartTransaction', { idToken: token, remoteStartId: 8 });
    assert.deepEqual(start, { status: 'Accepted', transactionId: id });
  });

  it('TC_G_03_CS / TC_G_11_CS: ChangeAvailability reports the status it causes; with a transaction it is Scheduled', async () => {
    const p = open({ evses: 2 });
    await until(() => p.station.accepted, 'boot');
    assert.equal((await ask(p, 'ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 2 } })).status, 'Accepted');
    await until(() => p.state.station('CS001').connectors.get('2/1')?.status === 'Unavailable', 'EVSE 2 unavailable');
    assert.equal(p.station.model.value({ name: 'EVSE', evse: { id: 2 } }, 'AvailabilityState'), 'Unavailable');
    await p.station.plugIn(1);
    await p.station.settled();
    assert.equal((await ask(p, 'ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 1 } })).status, 'Scheduled');
    await p.station.unplug(1);
    await until(() => p.state.station('CS001').connectors.get('1/1')?.status === 'Unavailable', 'EVSE 1 unavailable once idle');
    assert.equal((await ask(p, 'ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: 9 } })).statusInfo?.reasonCode, 'UnknownEvse');
    assert.equal((await ask(p, 'ChangeAvailability', { operationalStatus: 'Operative' })).status, 'Accepted');
    assertLogValid(p);
  });

  it('TC_B_20_CS / TC_B_22_CS: Reset OnIdle without a transaction and Immediate with one: Ended, then a new boot', async () => {
    const p = open({});
    await until(() => p.station.accepted, 'boot');
    await p.station.plugIn(1);
    await p.station.settled();
    assert.equal((await ask(p, 'Reset', { type: 'OnIdle' })).status, 'Scheduled');
    assert.equal((await ask(p, 'Reset', { type: 'Immediate' })).status, 'Accepted');
    await until(() => p.state.station('CS001').boots === 2 && p.station.accepted, 'second boot');
    const [tx] = [...p.state.transactions.values()];
    assert.equal(tx!.stoppedReason, 'ImmediateReset');
    assert.equal(p.state.station('CS001').bootReason, 'RemoteReset');
    assert.equal((await ask(p, 'Reset', { type: 'Immediate', evseId: 1 })).status, 'Rejected');
    assertLogValid(p);
  });

  it('TC_B_21_CS: Reset OnIdle waits for the transaction to end, then reboots', async () => {
    const p = open({});
    await until(() => p.station.accepted, 'boot');
    await p.station.plugIn(1);
    await p.station.presentIdToken(1, token);
    await p.station.settled();
    assert.equal((await ask(p, 'Reset', { type: 'OnIdle' })).status, 'Scheduled');
    assert.equal(await p.station.presentIdToken(1, token), 'stopped');
    await until(() => p.state.station('CS001').boots === 2 && p.station.accepted, 'the reboot once idle');
    // After a reboot the BootNotification goes first; the queued TransactionEvent Ended may follow it.
    await until(() => [...p.state.transactions.values()][0]?.stoppedReason !== undefined, 'the ended transaction');
    assert.equal([...p.state.transactions.values()][0]!.stoppedReason, 'Local');
    // The EV of the ended session is still plugged in: no new session until it leaves.
    assert.equal(await p.station.presentIdToken(1, token), 'refused');
    assert.equal((await ask(p, 'RequestStartTransaction', { idToken: token, remoteStartId: 1, evseId: 1 })).status, 'Rejected');
    assertLogValid(p);
  });

  it('TC_G_05_CS / TC_G_06_CS: the whole station Inoperative and back', async () => {
    const p = open({ evses: 2 });
    await until(() => p.station.accepted, 'boot');
    assert.equal((await ask(p, 'ChangeAvailability', { operationalStatus: 'Inoperative' })).status, 'Accepted');
    await until(() => [...p.state.station('CS001').connectors.values()].every((c) => c.status === 'Unavailable'), 'all unavailable');
    assert.equal(p.station.model.value('ChargingStation', 'AvailabilityState'), 'Unavailable');
    assert.equal(await p.station.presentIdToken(1, token), 'refused');
    assert.equal((await ask(p, 'ChangeAvailability', { operationalStatus: 'Operative' })).status, 'Accepted');
    await until(() => [...p.state.station('CS001').connectors.values()].every((c) => c.status === 'Available'), 'all available again');
    assertLogValid(p);
  });

  it('TC_F_11_CS..TC_F_27_CS: TriggerMessage makes the station send each message it can', async () => {
    const p = open({});
    await until(() => p.station.accepted, 'boot');
    await p.station.plugIn(1);
    await p.station.settled();
    const before = calls(p.frames, 'StationToCsms').length;
    const expect: [string, string, string | undefined][] = [
      ['Heartbeat', 'Accepted', 'Heartbeat'],
      ['StatusNotification', 'Accepted', 'StatusNotification'],
      ['MeterValues', 'Accepted', 'MeterValues'],
      ['TransactionEvent', 'Accepted', 'TransactionEvent'],
      ['LogStatusNotification', 'Accepted', 'LogStatusNotification'],
      ['FirmwareStatusNotification', 'Accepted', 'FirmwareStatusNotification'],
      ['BootNotification', 'Rejected', undefined],
      ['SignChargingStationCertificate', 'NotImplemented', undefined],
    ];
    for (const [message, status] of expect) {
      const r = await ask(p, 'TriggerMessage', { requestedMessage: message as never, evse: { id: 1 } });
      assert.equal(r.status, status, message);
    }
    await p.station.settled();
    const sent = calls(p.frames, 'StationToCsms').slice(before);
    assert.deepEqual(sent, expect.flatMap(([, , a]) => (a === undefined ? [] : [a])));
    const te = p.frames.filter((f) => Array.isArray(f.frame) && f.frame[2] === 'TransactionEvent').pop();
    assert.equal(((te!.frame as unknown[])[3] as { triggerReason: string }).triggerReason, 'Trigger');
    assertLogValid(p);
  });

  it('TC_B_12_CS / TC_B_13_CS: GetBaseReport is answered with NotifyReports in chunks, seqNo from 0, tbc on all but the last', async () => {
    const p = open({ evses: 2 });
    await until(() => p.station.accepted, 'boot');
    assert.equal((await ask(p, 'GetBaseReport', { requestId: 5, reportBase: 'FullInventory' })).status, 'Accepted');
    await p.station.settled();
    const reports = p.frames.filter((f) => Array.isArray(f.frame) && f.frame[2] === 'NotifyReport').map((f) => (f.frame as unknown[])[3] as { seqNo: number; tbc?: boolean; requestId: number });
    assert.ok(reports.length >= 3);
    assert.deepEqual(reports.map((r) => r.seqNo), reports.map((_, i) => i));
    assert.ok(reports.slice(0, -1).every((r) => r.tbc === true));
    assert.notEqual(reports[reports.length - 1]!.tbc, true);
    assert.equal(p.state.station('CS001').reports.get(5)!.length, p.station.model.size);
    assert.equal((await ask(p, 'GetBaseReport', { requestId: 6, reportBase: 'SummaryInventory' })).status, 'NotSupported');
    assert.equal((await ask(p, 'GetReport', { requestId: 7, componentVariable: [{ component: { name: 'Nope' } }] })).status, 'EmptyResultSet');
    assertLogValid(p);
  });

  it('C11, D01, D02: ClearCache, SendLocalList and GetLocalListVersion', async () => {
    const p = open({});
    await until(() => p.station.accepted, 'boot');
    assert.equal((await ask(p, 'ClearCache', {})).status, 'Accepted');
    assert.equal((await ask(p, 'SendLocalList', { versionNumber: 3, updateType: 'Full', localAuthorizationList: [{ idToken: token, idTokenInfo: { status: 'Accepted' } }] })).status, 'Accepted');
    assert.equal((await ask(p, 'GetLocalListVersion', {})).versionNumber, 3);
    assert.equal((await ask(p, 'SendLocalList', { versionNumber: 2, updateType: 'Differential' })).status, 'VersionMismatch');
    assert.equal(p.station.model.value('LocalAuthListCtrlr', 'Entries'), '1');
    await ask(p, 'SetVariables', { setVariableData: [{ component: { name: 'AuthCacheCtrlr' }, variable: { name: 'Enabled' }, attributeValue: 'false' }] });
    assert.equal((await ask(p, 'ClearCache', {})).status, 'Rejected');
  });

  it('TC_F_05_CS..TC_F_10_CS: UnlockConnector', async () => {
    const p = open({});
    await until(() => p.station.accepted, 'boot');
    assert.equal((await ask(p, 'UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'Unlocked');
    assert.equal((await ask(p, 'UnlockConnector', { evseId: 1, connectorId: 5 })).status, 'UnknownConnector');
    await p.station.plugIn(1);
    await p.station.presentIdToken(1, token);
    assert.equal((await ask(p, 'UnlockConnector', { evseId: 1, connectorId: 1 })).status, 'OngoingAuthorizedTransaction');
  });

  it('C01: an idToken the CSMS does not know is refused and starts nothing', async () => {
    const p = open({}, { idTokens: new Map([['GOOD', 'Accepted']]) });
    await until(() => p.station.accepted, 'boot');
    assert.equal(await p.station.presentIdToken(1, { idToken: 'BAD', type: 'ISO14443' }), 'refused');
    assert.equal(await p.station.presentIdToken(1, { idToken: 'GOOD', type: 'ISO14443' }), 'authorized');
    await p.station.settled();
    assert.equal(p.state.transactions.size, 1);
  });

  it('SetVariables on HeartbeatInterval reschedules the heartbeat', async () => {
    const p = open({}, { heartbeatIntervalS: 3600 });
    await until(() => p.station.accepted, 'boot');
    const r = await ask(p, 'SetVariables', { setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '1' }] });
    assert.equal(r.setVariableResult[0]!.attributeStatus, 'Accepted');
    await until(() => calls(p.frames, 'StationToCsms').includes('Heartbeat'), 'heartbeat at the new interval', 3000);
  });
});
