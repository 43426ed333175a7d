/**
 * Block K (smart charging), charging-station side, driven through the
 * control API against a CSMS on a real connection. The Part 6 edition at
 * hand has one K case for a station (TC_K_38_CS) and the memory state
 * SetChargingProfile; the others are named by the requirements they check.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { ChargingProfileType, ReportChargingProfilesRequest } from '../../src/index.js';
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

type Tx = { eventType: string; triggerReason: string; evse?: { id: number }; transactionInfo: { transactionId: string; chargingState?: string }; meterValue?: { sampledValue: { value: number; measurand?: string; context?: string }[] }[] };
const tx = (p: Received['payload']): Tx => p as unknown as Tx;
/** Power.Active.Import of a TransactionEvent, W. */
const powerOf = (t: Tx): number | undefined => t.meterValue?.flatMap((m) => m.sampledValue).find((v) => v.measurand === 'Power.Active.Import')?.value;
const rateChanged = (b: Bench, from: number, evseId = 1): Promise<Tx> =>
  b.next('TransactionEvent', from, (p) => tx(p).triggerReason === 'ChargingRateChanged' && tx(p).evse?.id === evseId, 'ChargingRateChanged').then((r) => tx(r.payload));
const state = (b: Bench, from: number, chargingState: string): Promise<Received> =>
  b.next('TransactionEvent', from, (p) => tx(p).triggerReason === 'ChargingStateChanged' && tx(p).transactionInfo.chargingState === chargingState, chargingState);
async function meter(b: Bench, evseId = 1): Promise<{ powerW: number; offeredW: number }> {
  return (await b.snapshot()).evses.find((e) => e.id === evseId)!.meter;
}
/** Waits until the control API shows each EVSE drawing the power given, W. */
async function drawing(b: Bench, powerW: { readonly [evseId: number]: number }): Promise<void> {
  const deadline = Date.now() + 8000;
  for (;;) {
    const evses = (await b.snapshot()).evses;
    if (Object.entries(powerW).every(([id, w]) => evses.find((e) => e.id === Number(id))?.meter.powerW === w)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${JSON.stringify(powerW)}, got ${JSON.stringify(evses.map((e) => [e.id, e.meter]))}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const nowIso = (): string => new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
function profile(id: number, purpose: ChargingProfileType['chargingProfilePurpose'], periods: [number, number][], o: Partial<ChargingProfileType> & { unit?: 'A' | 'W' } = {}): ChargingProfileType {
  const { unit = 'W', ...rest } = o;
  const kind = rest.chargingProfileKind ?? 'Absolute';
  return {
    id,
    stackLevel: 0,
    chargingProfilePurpose: purpose,
    chargingProfileKind: kind,
    chargingSchedule: [{ id: 1, chargingRateUnit: unit, ...(kind !== 'Relative' && { startSchedule: nowIso() }), chargingSchedulePeriod: periods.map(([startPeriod, limit]) => ({ startPeriod, limit })) }],
    ...rest,
  };
}

describe('K01, K09, K10: profiles installed, reported and cleared', () => {
  it('memory state SetChargingProfile: Accepted, counted in SmartChargingCtrlr.Entries, reported by GetChargingProfiles (K09) with tbc, cleared (K10)', async () => {
    const b = await open({ station: { evses: 2 } }, 2);
    const max = profile(1, 'ChargingStationMaxProfile', [[0, 30000]]);
    const byDefault = profile(2, 'TxDefaultProfile', [[0, 16]], { unit: 'A' });
    assert.deepEqual(await b.call('SetChargingProfile', { evseId: 0, chargingProfile: max }), { status: 'Accepted' });
    assert.deepEqual(await b.call('SetChargingProfile', { evseId: 2, chargingProfile: byDefault }), { status: 'Accepted' });
    const entries = await b.call('GetVariables', { getVariableData: [{ component: { name: 'SmartChargingCtrlr' }, variable: { name: 'Entries', instance: 'ChargingProfiles' } }] });
    assert.equal(entries.getVariableResult[0]!.attributeValue, '2');

    const from = b.mark();
    assert.deepEqual(await b.call('GetChargingProfiles', { requestId: 7, chargingProfile: { chargingLimitSource: ['CSO'] } }), { status: 'Accepted' });
    await b.next('ReportChargingProfiles', from, (p) => p['tbc'] !== true);
    const reports = b.received('ReportChargingProfiles', from).map((r) => r.payload as unknown as ReportChargingProfilesRequest);
    assert.deepEqual(
      reports.map((r) => [r.requestId, r.evseId, r.chargingLimitSource, r.chargingProfile.map((p) => p.id), r.tbc ?? false]),
      [[7, 0, 'CSO', [1], true], [7, 2, 'CSO', [2], false]],
    );
    assert.deepEqual(reports[1]!.chargingProfile[0], byDefault, 'reported as it was set');
    // K09: by EVSE and purpose; nothing matches: NoProfiles and no report.
    assert.equal((await b.call('GetChargingProfiles', { requestId: 8, evseId: 1, chargingProfile: { chargingProfilePurpose: 'TxDefaultProfile' } })).status, 'NoProfiles');

    // K10: by id, then by criteria; nothing left to clear: Unknown.
    assert.equal((await b.call('ClearChargingProfile', { chargingProfileId: 1 })).status, 'Accepted');
    assert.equal((await b.call('ClearChargingProfile', { chargingProfileCriteria: { evseId: 2, chargingProfilePurpose: 'TxDefaultProfile' } })).status, 'Accepted');
    assert.equal((await b.call('ClearChargingProfile', { chargingProfileId: 1 })).status, 'Unknown');
    assert.equal((await b.call('GetChargingProfiles', { requestId: 9, chargingProfile: {} })).status, 'NoProfiles');
    await quiet(b, 'ReportChargingProfiles', b.mark(), 100);
  });

  it('K01: refusals name their reason (InvalidStackLevel, TxNotFound K01.FR.09, UnknownEvse K01.FR.28, InvalidProfile K01.FR.38, TooManyElements); Enabled false: NotEnabled', async () => {
    const b = await open();
    const set = async (evseId: number, p: ChargingProfileType): Promise<string | undefined> => {
      const r = await b.call('SetChargingProfile', { evseId, chargingProfile: p });
      assert.equal(r.status, 'Rejected');
      return r.statusInfo?.reasonCode;
    };
    assert.equal(await set(1, profile(1, 'TxDefaultProfile', [[0, 16]], { stackLevel: 9 })), 'InvalidStackLevel');
    assert.equal(await set(1, profile(2, 'TxProfile', [[0, 16]], { transactionId: 'none-running' })), 'TxNotFound');
    assert.equal(await set(3, profile(3, 'TxDefaultProfile', [[0, 16]])), 'UnknownEvse');
    assert.equal(await set(0, profile(4, 'ChargingStationMaxProfile', [[0, 16]], { chargingProfileKind: 'Relative' })), 'InvalidProfile');
    const periods = Array.from({ length: 25 }, (_, i): [number, number] => [i * 60, 16]);
    assert.equal(await set(1, profile(5, 'TxDefaultProfile', periods)), 'TooManyElements');
    await b.configure({ 'SmartChargingCtrlr.Enabled': 'false' });
    assert.equal(await set(1, profile(6, 'TxDefaultProfile', [[0, 16]])), 'NotEnabled');
  });
});

describe('K08: GetCompositeSchedule', () => {
  it('the station maximum over a TxDefaultProfile in A, in the unit asked (W at 230 V, 3 phases); UnknownEvse for an EVSE it does not have (K08.FR.05)', async () => {
    const b = await open();
    await b.call('SetChargingProfile', { evseId: 0, chargingProfile: profile(1, 'ChargingStationMaxProfile', [[0, 11040]]) });
    await b.call('SetChargingProfile', { evseId: 1, chargingProfile: profile(2, 'TxDefaultProfile', [[0, 10], [3600, 32]], { unit: 'A' }) });
    const r = await b.call('GetCompositeSchedule', { evseId: 1, duration: 7200, chargingRateUnit: 'W' });
    assert.equal(r.status, 'Accepted');
    const periods = r.schedule!.chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit]);
    // 10 A on 3 phases is 6900 W; then 32 A (22080 W) is capped at the station's 11040 W.
    assert.equal(periods[0]![1], 6900);
    assert.equal(periods.at(-1)![1], 11040);
    assert.equal(r.schedule!.chargingRateUnit, 'W');
    assert.equal(r.schedule!.duration, 7200);
    const unknown = await b.call('GetCompositeSchedule', { evseId: 5, duration: 60 });
    assert.deepEqual([unknown.status, unknown.statusInfo?.reasonCode], ['Rejected', 'UnknownEvse']);
  });
});

describe('K01, K02: the EV follows the limit', () => {
  it('a TxProfile lowers the power (ChargingRateChanged with Power.Active.Import, periodic meter values follow); 0 suspends (SuspendedEVSE); cleared, it charges again', async () => {
    const b = await open();
    const id = await b.charging();
    await b.configure({ 'SampledDataCtrlr.TxUpdatedInterval': '1' });
    let from = b.mark();
    assert.deepEqual(await b.call('SetChargingProfile', { evseId: 1, chargingProfile: profile(1, 'TxProfile', [[0, 6000]], { transactionId: id }) }), { status: 'Accepted' });
    assert.equal(powerOf(await rateChanged(b, from)), 6000);
    const periodic = await b.next('TransactionEvent', from, (p) => tx(p).triggerReason === 'MeterValuePeriodic');
    assert.equal(powerOf(tx(periodic.payload)), 6000);
    const m = await meter(b);
    assert.deepEqual([m.powerW, m.offeredW], [6000, 6000]);

    from = b.mark();
    await b.call('SetChargingProfile', { evseId: 1, chargingProfile: profile(1, 'TxProfile', [[0, 0]], { transactionId: id }) });
    await state(b, from, 'SuspendedEVSE');
    assert.equal((await meter(b)).powerW, 0);

    from = b.mark();
    assert.equal((await b.call('ClearChargingProfile', { chargingProfileCriteria: { chargingProfilePurpose: 'TxProfile' } })).status, 'Accepted');
    await state(b, from, 'Charging');
    assert.ok((await meter(b)).powerW >= 7400, 'back to what the EV draws');
  });

  it('a change below SmartChargingCtrlr.LimitChangeSignificance sends no TransactionEvent; the schedule moves on to its next period by itself', async () => {
    const b = await open();
    const id = await b.charging();
    await b.configure({ 'SmartChargingCtrlr.LimitChangeSignificance': '20' });
    let from = b.mark();
    await b.call('SetChargingProfile', { evseId: 1, chargingProfile: profile(1, 'TxProfile', [[0, 6000]], { transactionId: id }) });
    await rateChanged(b, from);
    from = b.mark();
    await b.call('SetChargingProfile', { evseId: 1, chargingProfile: profile(1, 'TxProfile', [[0, 5500]], { transactionId: id }) });
    await quiet(b, 'TransactionEvent', from, 300);
    assert.equal((await meter(b)).powerW, 5500);
    // Absolute, from now: 5000 W, then 3000 W two seconds later.
    from = b.mark();
    await b.call('SetChargingProfile', { evseId: 1, chargingProfile: profile(1, 'TxProfile', [[0, 5000], [2, 3000]], { transactionId: id }) });
    assert.equal(powerOf(await rateChanged(b, from)), 3000);
  });

  it('the station maximum is shared between the EVSEs delivering energy; when one stops the other gets it all', async () => {
    const b = await open({ station: { evses: 2 } }, 2);
    // Below what any simulated EV draws (7.4 kW at least), so the limits show in the power.
    await b.call('SetChargingProfile', { evseId: 0, chargingProfile: profile(1, 'ChargingStationMaxProfile', [[0, 7000]]) });
    await b.charging(1);
    await drawing(b, { 1: 7000 });
    const from = b.mark();
    await b.charging(2, { idToken: 'DRIVER-2', type: 'ISO14443' });
    await rateChanged(b, from, 1);
    await drawing(b, { 1: 3500, 2: 3500 });
    await b.act('present', { ...TOKEN, evseId: 1 });
    await drawing(b, { 2: 7000 });
    const total = await b.call('GetCompositeSchedule', { evseId: 0, duration: 60, chargingRateUnit: 'W' });
    assert.equal(total.schedule!.chargingSchedulePeriod[0]!.limit, 7000);
  });
});

describe('K05: RequestStartTransaction with a charging profile', () => {
  it('the TxProfile is installed for the transaction it starts, the EV draws 6 A on 3 phases, and it goes with the transaction', async () => {
    const b = await open();
    const from = b.mark();
    const txProfile = profile(11, 'TxProfile', [[0, 6]], { unit: 'A', chargingProfileKind: 'Relative' });
    // A TxProfile in a start request has no transactionId yet (F01.FR.11); only a TxProfile (F01.FR.09).
    const withId = await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 1, evseId: 1, chargingProfile: { ...txProfile, transactionId: 'x' } });
    assert.deepEqual([withId.status, withId.statusInfo?.reasonCode], ['Rejected', 'InvalidProfile']);
    const notTx = await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 2, evseId: 1, chargingProfile: { ...txProfile, chargingProfilePurpose: 'TxDefaultProfile' } });
    assert.deepEqual([notTx.status, notTx.statusInfo?.reasonCode], ['Rejected', 'InvalidValue']);
    await quiet(b, 'TransactionEvent', from, 100);
    assert.equal((await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 3, evseId: 1, chargingProfile: txProfile })).status, 'Accepted');
    await b.act('plug', { evseId: 1, connectorId: 1 });
    const started = await state(b, from, 'Charging');
    const id = tx(started.payload).transactionInfo.transactionId;
    await drawing(b, { 1: 4140 });
    const reported = b.mark();
    await b.call('GetChargingProfiles', { requestId: 1, evseId: 1, chargingProfile: { chargingProfilePurpose: 'TxProfile' } });
    const report = (await b.next('ReportChargingProfiles', reported)).payload as unknown as ReportChargingProfilesRequest;
    assert.deepEqual(report.chargingProfile.map((p) => [p.id, p.transactionId]), [[11, id]]);
    await b.act('present', { ...TOKEN, evseId: 1 });
    await b.next('TransactionEvent', from, (p) => p['eventType'] === 'Ended');
    assert.equal((await b.call('GetChargingProfiles', { requestId: 2, chargingProfile: {} })).status, 'NoProfiles');
  });

  it('TC_K_38_CS / F01.FR.12: with smart charging off (SmartChargingCtrlr.Enabled false) the profile is ignored and the transaction starts', async () => {
    const b = await open();
    await b.configure({ 'SmartChargingCtrlr.Enabled': 'false' });
    const from = b.mark();
    await b.act('plug', { evseId: 1, connectorId: 1 });
    const txProfile = profile(12, 'TxProfile', [[0, 6]], { unit: 'A', chargingProfileKind: 'Relative' });
    assert.equal((await b.call('RequestStartTransaction', { idToken: TOKEN, remoteStartId: 5, evseId: 1, chargingProfile: txProfile })).status, 'Accepted');
    const remote = await b.next('TransactionEvent', from, (p) => p['triggerReason'] === 'RemoteStart');
    assert.equal((remote.payload['transactionInfo'] as { remoteStartId?: number }).remoteStartId, 5);
    await state(b, from, 'Charging');
    assert.ok((await meter(b)).powerW >= 7400);
    assert.equal((await b.call('GetChargingProfiles', { requestId: 3, chargingProfile: {} })).status, 'NoProfiles');
  });
});
