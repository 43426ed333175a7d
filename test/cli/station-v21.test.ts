/**
 * `ocpp station --ocpp 2.1`: the 2.0.1 simulator's behaviour on 2.1 types,
 * driven through the control API against a 2.1 CSMS built here, and its
 * periodic event stream as the CSMS sees it: NotifyPeriodicEventStream in
 * SEND frames (2.1 Part 4, 4.2.4: MessageTypeId 6, never answered).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClientContext, CsmsServer } from '../../src/cli/lib.js';
import { kind21 } from '../../src/cli/station/kinds.js';
import type { SimulatedStation } from '../../src/cli/station/simulator.js';
import { validate } from '../../src/v21/index.js';
import { until, VersionBench } from './version-bench.js';

/** NotifyPeriodicEventStream payloads the CSMS handled. */
const streamed: { id: number; pending: number; basetime: string; data: { t: number; v: string }[] }[] = [];
const opened: unknown[] = [];

function csms(server: CsmsServer): void {
  const now = (): string => new Date().toISOString();
  server.handle('2.1', 'BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
  server.handle('2.1', 'Heartbeat', () => ({ currentTime: now() }));
  server.handle('2.1', 'StatusNotification', () => ({}));
  server.handle('2.1', 'SecurityEventNotification', () => ({}));
  server.handle('2.1', 'Authorize', () => ({ idTokenInfo: { status: 'Accepted' } }));
  server.handle('2.1', 'TransactionEvent', (r) => (r.idToken !== undefined ? { idTokenInfo: { status: 'Accepted' } } : {}));
  server.handle('2.1', 'MeterValues', () => ({}));
  server.handle('2.1', 'NotifyReport', () => ({}));
  server.handle('2.1', 'OpenPeriodicEventStream', (r) => {
    opened.push(r);
    return { status: 'Accepted' };
  });
  server.handle('2.1', 'NotifyPeriodicEventStream', (r) => {
    streamed.push(r);
  });
}

type Bench21 = VersionBench<SimulatedStation<ClientContext>>;

describe('2.1 simulator: the 2.0.1 behaviour on 2.1 types, and a periodic event stream sent with SEND', () => {
  let b: Bench21;
  before(async () => {
    b = await VersionBench.open(kind21, csms, { streamIntervalS: 1, streamValues: 2, meterIntervalS: 1 });
    await until(() => b.station.accepted && b.calls('StatusNotification').length >= 1, 'boot');
  });
  after(() => b.close());

  const cs = () => {
    const station = b.server.station('CS001', '2.1');
    if (station === undefined) throw new Error('not connected');
    return station;
  };

  it('B01 BootNotification in 2.1 (subprotocol ocpp2.1); GET /stations/{id} shows the version', async () => {
    assert.equal(b.connection.client.protocol, 'ocpp2.1');
    assert.ok(validate('BootNotification', 'request', b.calls('BootNotification')[0]).ok);
    assert.equal((await b.snapshot()).protocol, 'ocpp2.1');
  });

  it('E02 / F03 a session: cable, idToken, TransactionEvent Started, Charging, RequestStopTransaction, Ended with Remote', async () => {
    const from = b.mark();
    await b.act('plug', { evseId: 1, connectorId: 1 });
    await b.act('present', { idToken: 'DRIVER-21', type: 'ISO14443', evseId: 1 });
    const charging = await b.next('TransactionEvent', from, (p) => (p['transactionInfo'] as { chargingState?: string }).chargingState === 'Charging');
    const transactionId = (charging['transactionInfo'] as { transactionId: string }).transactionId;
    assert.equal(b.calls('Authorize', from).length, 1);
    await b.next('TransactionEvent', from, (p) => p['triggerReason'] === 'MeterValuePeriodic');
    assert.equal((await cs().call('RequestStopTransaction', { transactionId })).status, 'Accepted');
    const ended = await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended');
    assert.equal((ended['transactionInfo'] as { stoppedReason: string }).stoppedReason, 'Remote');
    for (const p of b.calls('TransactionEvent', from)) assert.ok(validate('TransactionEvent', 'request', p).ok);
    await b.act('unplug', { evseId: 1, connectorId: 1 });
  });

  it('N: OpenPeriodicEventStream once accepted, then NotifyPeriodicEventStream as SEND frames (MessageTypeId 6) the CSMS handles and never answers', async () => {
    await until(() => opened.length === 1 && streamed.length >= 2, 'two stream messages');
    const open = opened[0] as { constantStreamData: { id: number; params: { interval: number; values: number } } };
    assert.deepEqual(open.constantStreamData.params, { interval: 1, values: 2 });
    const frames = b.sends('NotifyPeriodicEventStream');
    assert.ok(frames.length >= 2);
    assert.equal(b.calls('NotifyPeriodicEventStream').length, 0, 'never a CALL');
    const first = streamed[0]!;
    assert.equal(first.id, open.constantStreamData.id);
    assert.equal(first.data.length, 2);
    assert.ok(first.data.every((d) => /^\d+$/.test(d.v) && d.t >= 0));
    assert.ok(validate('NotifyPeriodicEventStream', 'request', first).ok);
  });

  it('N: GetPeriodicEventStream lists the stream; AdjustPeriodicEventStream changes it, an unknown id is Rejected', async () => {
    const got = await cs().call('GetPeriodicEventStream', {});
    assert.equal(got.constantStreamData?.[0]?.id, 1);
    assert.equal((await cs().call('AdjustPeriodicEventStream', { id: 1, params: { interval: 1, values: 3 } })).status, 'Accepted');
    const before = streamed.length;
    await until(() => streamed.slice(before).some((s) => s.data.length === 3), 'three readings a message');
    assert.equal((await cs().call('AdjustPeriodicEventStream', { id: 9, params: { interval: 5 } })).status, 'Rejected');
  });

  it('what only 2.1 can ask is refused the 2.1 way: Reset ImmediateAndResume, TriggerMessage CustomTrigger, a Dynamic profile; a 2.1-only action is a CALLERROR NotSupported', async () => {
    assert.equal((await cs().call('Reset', { type: 'ImmediateAndResume' })).status, 'Rejected');
    assert.equal((await cs().call('TriggerMessage', { requestedMessage: 'CustomTrigger', customTrigger: 'x' })).status, 'NotImplemented');
    const dynamic = await cs().call('SetChargingProfile', {
      evseId: 0,
      chargingProfile: { id: 5, stackLevel: 0, chargingProfilePurpose: 'ChargingStationMaxProfile', chargingProfileKind: 'Dynamic', chargingSchedule: [{ id: 1, chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 5000 }] }] },
    });
    assert.equal(dynamic.status, 'Rejected');
    await assert.rejects(cs().call('GetTariffs', { evseId: 1 }), (err: Error & { code?: string }) => err.code === 'NotSupported');
  });

  it('the same controls as 2.0.1: ev (E: SuspendedEV), fault (G05: Faulted), reboot (B: a new boot, and the stream opened again)', async () => {
    const from = b.mark();
    await b.act('plug', { evseId: 1, connectorId: 1 });
    await b.act('present', { idToken: 'DRIVER-21B', type: 'ISO14443', evseId: 1 });
    await b.next('TransactionEvent', from, (p) => (p['transactionInfo'] as { chargingState?: string }).chargingState === 'Charging');
    assert.equal((await b.act('ev', { evseId: 1, charging: false }))['chargingState'], 'SuspendedEV');
    await b.next('TransactionEvent', from, (p) => (p['transactionInfo'] as { chargingState?: string }).chargingState === 'SuspendedEV');
    await b.act('fault', { evseId: 1, connectorId: 1, errorCode: 'PowerSwitchFailure' });
    await b.next('StatusNotification', from, (p) => p['connectorStatus'] === 'Faulted');
    await b.act('fault', { evseId: 1, connectorId: 1 });
    const streams = opened.length;
    await b.act('reboot');
    await b.next('BootNotification', from);
    const ended = await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended', 15_000);
    assert.equal((ended['transactionInfo'] as { stoppedReason: string }).stoppedReason, 'PowerLoss');
    await until(() => opened.length === streams + 1, 'the stream opened again after the boot', 15_000);
    await b.act('unplug', { evseId: 1, connectorId: 1 });
  });

  it('K01 / K08 smart charging in 2.1: a ChargingStationMaxProfile limits the EVSE and GetCompositeSchedule shows it', async () => {
    const set = await cs().call('SetChargingProfile', {
      evseId: 0,
      chargingProfile: {
        id: 6,
        stackLevel: 0,
        chargingProfilePurpose: 'ChargingStationMaxProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: [{ id: 1, startSchedule: new Date(Date.now() - 60_000).toISOString(), chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 6000 }] }],
      },
    });
    assert.equal(set.status, 'Accepted');
    const composite = await cs().call('GetCompositeSchedule', { evseId: 1, duration: 300, chargingRateUnit: 'W' });
    assert.equal(composite.status, 'Accepted');
    assert.equal(composite.schedule?.chargingSchedulePeriod[0]?.limit, 6000);
    await until(() => b.station.equipment.evse(1)!.meter.offeredW === 6000, 'the EVSE offers 6 kW');
  });
});
