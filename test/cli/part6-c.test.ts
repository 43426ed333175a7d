/**
 * Part 6, block C (authorization), charging-station cases, driven through
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

async function open(o: BenchOptions = {}, connectors = 1): Promise<Bench> {
  bench = await Bench.open(o);
  await bench.ready(connectors);
  return bench;
}

const A = { idToken: 'DRIVER-A', type: 'ISO14443' } as const;
const B = { idToken: 'DRIVER-B', type: 'ISO14443' } as const;
const plug = (b: Bench, evseId = 1): Promise<unknown> => b.act('plug', { evseId, connectorId: 1 });
const present = (b: Bench, token: { idToken: string; type: string }, evseId?: number): Promise<{ readonly [k: string]: unknown }> => b.act('present', { ...token, ...(evseId !== undefined && { evseId }) });
const authorizes = (b: Bench, from: number): string[] => b.received('Authorize', from).map((r) => (r.payload['idToken'] as { idToken: string }).idToken);
const chargingState = async (b: Bench, evseId = 1): Promise<string | undefined> => (await b.snapshot()).evses[evseId - 1]!.transaction?.chargingState;
const txPayload = (p: { readonly [k: string]: unknown }): { eventType: string; triggerReason: string; offline?: boolean; idToken?: { idToken: string }; transactionInfo: { chargingState?: string; stoppedReason?: string } } =>
  p as never;

describe('Part 6 C: local start refused', () => {
  for (const [id, status] of [['TC_C_02_CS', 'Invalid'], ['TC_C_06_CS', 'Blocked'], ['TC_C_07_CS', 'Expired'], ['TC_C_56_CS', 'Unknown']] as const) {
    it(`${id}: an idToken the CSMS answers ${status}: no TransactionEvent follows the Authorize (C01.FR.02)`, async () => {
      const b = await open();
      await plug(b);
      b.tokens.set('BAD', { status });
      const from = b.mark();
      const r = await present(b, { idToken: 'BAD', type: 'ISO14443' }, 1);
      assert.deepEqual([r['result'], r['status']], ['refused', status]);
      assert.deepEqual(authorizes(b, from), ['BAD']);
      await quiet(b, 'TransactionEvent', from, 300);
    });
  }

  it('TC_C_04_CS: another idToken does not stop the session: Authorize, then nothing, still charging', async () => {
    const b = await open();
    await b.charging(1, A);
    const from = b.mark();
    assert.equal((await present(b, B, 1))['result'], 'refused');
    assert.deepEqual(authorizes(b, from), [B.idToken]);
    await quiet(b, 'TransactionEvent', from, 300);
    assert.equal(await chargingState(b), 'Charging');
  });
});

describe('Part 6 C: the authorization cache', () => {
  it('TC_C_08_CS: a cached Accepted idToken with LocalPreAuthorize: no Authorize, the transaction is authorized and charges', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(TOKEN);
    await plug(b);
    const from = b.mark();
    assert.equal((await present(b, TOKEN, 1))['result'], 'authorized');
    await b.next('TransactionEvent', from, (p) => txPayload(p).transactionInfo.chargingState === 'Charging');
    assert.deepEqual(authorizes(b, from), []);
    assert.equal(txPayload(b.received('TransactionEvent', from)[0]!.payload).idToken?.idToken, TOKEN.idToken);
  });

  for (const [id, status] of [['TC_C_09_CS', 'Invalid'], ['TC_C_10_CS', 'Blocked'], ['TC_C_11_CS', 'Expired']] as const) {
    it(`${id}: a cached ${status} idToken is asked about again (C12.FR.05) and refused`, async () => {
      const b = await open();
      await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
      await b.cache({ idToken: 'BAD', type: 'ISO14443' }, { status });
      await plug(b);
      const from = b.mark();
      assert.equal((await present(b, { idToken: 'BAD', type: 'ISO14443' }, 1))['result'], 'refused');
      assert.deepEqual(authorizes(b, from), ['BAD']);
      await quiet(b, 'TransactionEvent', from, 200);
    });
  }

  it('TC_C_12_CS: a cached Invalid idToken the CSMS now accepts starts charging', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(TOKEN, { status: 'Invalid' });
    b.tokens.delete(TOKEN.idToken);
    await plug(b);
    const from = b.mark();
    assert.equal((await present(b, TOKEN, 1))['result'], 'authorized');
    assert.deepEqual(authorizes(b, from), [TOKEN.idToken]);
    await b.next('TransactionEvent', from, (p) => txPayload(p).transactionInfo.chargingState === 'Charging');
  });

  it('TC_C_13_CS: a cached Accepted idToken before the cable: Started with Authorized and the idToken; charging only once plugged in', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(TOKEN);
    const from = b.mark();
    await present(b, TOKEN, 1);
    const started = txPayload((await b.next('TransactionEvent', from)).payload);
    assert.deepEqual([started.eventType, started.triggerReason, started.idToken?.idToken], ['Started', 'Authorized', TOKEN.idToken]);
    assert.deepEqual(authorizes(b, from), []);
    await plug(b);
    await b.next('TransactionEvent', from, (p) => txPayload(p).transactionInfo.chargingState === 'Charging');
    assert.deepEqual(b.events(from), ['Started/Authorized/Idle', 'Updated/CablePluggedIn/EVConnected', 'Updated/ChargingStateChanged/Charging']);
  });

  /** TC_C_15..18: offline with a cached idToken the CSMS later finds Invalid. */
  async function offlineThenInvalid(stopTxOnInvalidId: boolean, maxEnergyWh: number): Promise<{ b: Bench; back: number }> {
    const b = await open();
    await b.configure({
      'AuthCtrlr.LocalPreAuthorize': 'true',
      'AuthCtrlr.LocalAuthorizeOffline': 'true',
      'TxCtrlr.StopTxOnInvalidId': String(stopTxOnInvalidId),
      'TxCtrlr.MaxEnergyOnInvalidId': String(maxEnergyWh),
    });
    await b.cache(TOKEN);
    await plug(b);
    await b.act('disconnect');
    assert.equal((await present(b, TOKEN, 1))['result'], 'authorized');
    await until(() => b.station.equipment.evse(1)!.session.charging, 'charging offline');
    b.tokens.set(TOKEN.idToken, { status: 'Invalid' });
    const back = b.mark();
    await b.act('reconnect');
    // The queue is emptied: the Authorized and ChargingStateChanged events, both flagged offline.
    await b.next('TransactionEvent', back, (p) => txPayload(p).triggerReason === 'ChargingStateChanged' && txPayload(p).offline === true);
    const offline = b.received('TransactionEvent', back).slice(0, 2).map((r) => txPayload(r.payload));
    assert.deepEqual(offline.map((p) => [p.triggerReason, p.offline]), [['Authorized', true], ['ChargingStateChanged', true]]);
    return { b, back };
  }

  it('TC_C_15_CS: StopTxOnInvalidId false, MaxEnergyOnInvalidId 10000: the transaction is neither deauthorized nor suspended', async () => {
    const { b, back } = await offlineThenInvalid(false, 10000);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!b.events(back).some((e) => e.includes('Deauthorized') || e.endsWith('SuspendedEVSE')), b.events(back).join());
    assert.equal(await chargingState(b), 'Charging');
  });

  it('TC_C_16_CS: StopTxOnInvalidId true: the transaction is deauthorized', async () => {
    const { b, back } = await offlineThenInvalid(true, 0);
    const p = txPayload((await b.next('TransactionEvent', back, (x) => txPayload(x).triggerReason === 'Deauthorized')).payload);
    assert.deepEqual([p.eventType, p.transactionInfo.stoppedReason], ['Ended', 'DeAuthorized']);
  });

  it('TC_C_17_CS: StopTxOnInvalidId false, MaxEnergyOnInvalidId 0: the EVSE suspends (SuspendedEVSE)', async () => {
    const { b, back } = await offlineThenInvalid(false, 0);
    await b.next('TransactionEvent', back, (x) => txPayload(x).transactionInfo.chargingState === 'SuspendedEVSE');
    assert.ok(!b.events(back).some((e) => e.includes('Deauthorized')));
    assert.equal(await chargingState(b), 'SuspendedEVSE');
  });

  it('TC_C_18_CS: StopTxOnInvalidId true, MaxEnergyOnInvalidId 500: deauthorized at once, online', async () => {
    const { b, back } = await offlineThenInvalid(true, 500);
    const p = txPayload((await b.next('TransactionEvent', back, (x) => txPayload(x).triggerReason === 'Deauthorized')).payload);
    assert.equal(p.offline, undefined);
  });

  it('E05 / C12: with StopTxOnInvalidId false a positive MaxEnergyOnInvalidId lets that much energy through, then SuspendedEVSE', async () => {
    const b = await open({ station: { maxPowerW: 22000 } });
    await b.configure({ 'TxCtrlr.StopTxOnInvalidId': 'false', 'TxCtrlr.MaxEnergyOnInvalidId': '1' });
    b.tokens.set(TOKEN.idToken, { status: 'Invalid' });
    // Authorized locally (Authorize is not asked: authorization is off), deauthorized by the TransactionEventResponse.
    await b.configure({ 'AuthCtrlr.Enabled': 'false' });
    const from = b.mark();
    await b.charging();
    await b.next('TransactionEvent', from, (x) => txPayload(x).transactionInfo.chargingState === 'SuspendedEVSE', 'SuspendedEVSE after 1 Wh');
    assert.ok((await b.snapshot()).evses[0]!.transaction!.energyWh >= 1);
  });

  it('TC_C_57_CS: DisablePostAuthorize: a cached Invalid idToken is refused without an Authorize', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true', 'AuthCacheCtrlr.DisablePostAuthorize': 'true' });
    await b.cache({ idToken: 'BAD', type: 'ISO14443' }, { status: 'Invalid' });
    await plug(b);
    const from = b.mark();
    assert.equal((await present(b, { idToken: 'BAD', type: 'ISO14443' }, 1))['result'], 'refused');
    await quiet(b, 'Authorize', from, 200);
  });

  it('TC_C_32_CS: the cache survives a power cycle', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(TOKEN);
    const boot = b.mark();
    await b.act('reboot');
    await b.next('SecurityEventNotification', boot);
    const from = b.mark();
    await present(b, TOKEN, 1);
    const p = txPayload((await b.next('TransactionEvent', from)).payload);
    assert.deepEqual([p.triggerReason, p.idToken?.idToken], ['Authorized', TOKEN.idToken]);
    assert.deepEqual(authorizes(b, from), []);
  });

  it('TC_C_33_CS: the cache is updated from the AuthorizeResponse; next time the TransactionEvent carries the idToken without an Authorize', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.charging();
    await present(b, TOKEN, 1);
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    b.tokens.set(TOKEN.idToken, { status: 'Invalid' });
    await plug(b);
    const from = b.mark();
    await present(b, TOKEN, 1);
    const p = txPayload((await b.next('TransactionEvent', from)).payload);
    assert.deepEqual([p.triggerReason, p.idToken?.idToken], ['Authorized', TOKEN.idToken]);
    assert.deepEqual(authorizes(b, from), []);
  });

  it('TC_C_34_CS: the cache is updated from the TransactionEventResponse: next time the idToken is asked about again', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(TOKEN);
    b.tokens.set(TOKEN.idToken, { status: 'Invalid' });
    await plug(b);
    const first = b.mark();
    await present(b, TOKEN, 1);
    await b.next('TransactionEvent', first, (p) => txPayload(p).triggerReason === 'Deauthorized');
    assert.deepEqual(authorizes(b, first), []);
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    await plug(b);
    const from = b.mark();
    assert.equal((await present(b, TOKEN, 1))['result'], 'refused');
    assert.deepEqual(authorizes(b, from), [TOKEN.idToken]);
  });

  it('TC_C_36_CS: with LocalPreAuthorize false a cached idToken is still sent in an Authorize', async () => {
    const b = await open();
    await b.cache(TOKEN);
    await plug(b);
    const from = b.mark();
    await present(b, TOKEN, 1);
    assert.deepEqual(authorizes(b, from), [TOKEN.idToken]);
  });

  it('TC_C_37_CS / TC_C_38_CS: ClearCache empties the cache (Accepted); with the cache disabled it is Rejected', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(TOKEN);
    assert.equal((await b.call('ClearCache', {})).status, 'Accepted');
    await plug(b);
    const from = b.mark();
    await present(b, TOKEN, 1);
    assert.deepEqual(authorizes(b, from), [TOKEN.idToken]);
    await b.next('TransactionEvent', from, (p) => txPayload(p).triggerReason === 'Authorized');
    await b.configure({ 'AuthCacheCtrlr.Enabled': 'false' });
    assert.equal((await b.call('ClearCache', {})).status, 'Rejected');
  });

  it('TC_C_46_CS: an entry unused for AuthCacheCtrlr.LifeTime is dropped', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true', 'AuthCacheCtrlr.LifeTime': '1' });
    await b.cache(TOKEN);
    await new Promise((r) => setTimeout(r, 1200));
    await plug(b);
    const from = b.mark();
    await present(b, TOKEN, 1);
    assert.deepEqual(authorizes(b, from), [TOKEN.idToken]);
  });
});

describe('Part 6 C: groups and the master pass', () => {
  const group = { status: 'Accepted', groupIdToken: { idToken: 'FAMILY', type: 'Central' } } as const;

  it('TC_C_39_CS: an idToken of the same group stops the session: StopAuthorized with its idToken', async () => {
    const b = await open();
    b.tokens.set(A.idToken, group);
    b.tokens.set(B.idToken, group);
    await b.charging(1, A);
    const from = b.mark();
    assert.equal((await present(b, B, 1))['result'], 'stopped');
    assert.deepEqual(authorizes(b, from), [B.idToken]);
    const p = txPayload((await b.next('TransactionEvent', from)).payload);
    assert.deepEqual([p.triggerReason, p.idToken?.idToken], ['StopAuthorized', B.idToken]);
  });

  it('TC_C_41_CS: both cached with their group: start and stop without an Authorize', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(A, group);
    await b.cache(B, group);
    const from = b.mark();
    await b.charging(1, A);
    assert.equal((await present(b, B, 1))['result'], 'stopped');
    assert.deepEqual(authorizes(b, from), []);
    assert.ok(b.events(from).includes('Ended/StopAuthorized/EVConnected'), b.events(from).join());
  });

  it('TC_C_42_CS: an Invalid idToken of the same group does not stop it', async () => {
    const b = await open();
    b.tokens.set(A.idToken, group);
    b.tokens.set(B.idToken, { ...group, status: 'Invalid' });
    await b.charging(1, A);
    const from = b.mark();
    assert.equal((await present(b, B, 1))['result'], 'refused');
    await quiet(b, 'TransactionEvent', from, 300);
    assert.equal(await chargingState(b), 'Charging');
  });

  it('TC_C_44_CS: a cached Invalid idToken of the same group is asked about and does not stop it', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.LocalPreAuthorize': 'true' });
    await b.cache(A, group);
    await b.cache(B, { ...group, status: 'Invalid' });
    await b.charging(1, A);
    const from = b.mark();
    assert.equal((await present(b, B, 1))['result'], 'refused');
    assert.deepEqual(authorizes(b, from), [B.idToken]);
    await quiet(b, 'TransactionEvent', from, 200);
  });

  it('TC_C_45_CS: a master pass starts nothing (C16.FR.03)', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.MasterPassGroupId': 'POLICE', 'TxCtrlr.TxStartPoint': 'Authorized' });
    b.tokens.set('MASTER', { status: 'Accepted', groupIdToken: { idToken: 'POLICE', type: 'Central' } });
    const from = b.mark();
    assert.equal((await present(b, { idToken: 'MASTER', type: 'ISO14443' }, 1))['result'], 'refused');
    assert.deepEqual(authorizes(b, from), ['MASTER']);
    await plug(b);
    await quiet(b, 'TransactionEvent', from, 300);
  });

  it('TC_C_49_CS: a master pass at the station (no screen) stops every transaction, stoppedReason MasterPass', async () => {
    const b = await open({ station: { evses: 2 } }, 2);
    await b.configure({ 'AuthCtrlr.MasterPassGroupId': 'POLICE' });
    b.tokens.set('MASTER', { status: 'Accepted', groupIdToken: { idToken: 'POLICE', type: 'Central' } });
    await b.charging(1, A);
    await b.charging(2, B);
    const from = b.mark();
    const r = await present(b, { idToken: 'MASTER', type: 'ISO14443' });
    assert.deepEqual([r['result'], r['evseIds']], ['stopped', [1, 2]]);
    await until(() => b.received('TransactionEvent', from).length >= 2, 'both ended');
    const ended = b.received('TransactionEvent', from).map((x) => txPayload(x.payload));
    assert.deepEqual(ended.map((p) => [p.eventType, p.transactionInfo.stoppedReason]), [['Ended', 'MasterPass'], ['Ended', 'MasterPass']]);
  });
});

describe('Part 6 C: offline', () => {
  it('TC_C_26_CS: offline, an unknown idToken may start (OfflineTxForUnknownIdEnabled); Invalid later suspends it; a valid idToken stops it', async () => {
    const b = await open();
    await b.configure({
      'AuthCtrlr.OfflineTxForUnknownIdEnabled': 'true',
      'AuthCtrlr.LocalAuthorizeOffline': 'true',
      'AuthCtrlr.LocalPreAuthorize': 'true',
      'TxCtrlr.StopTxOnInvalidId': 'false',
      'TxCtrlr.MaxEnergyOnInvalidId': '0',
    });
    await b.act('disconnect');
    await plug(b);
    assert.equal((await present(b, { idToken: 'STRANGER', type: 'ISO14443' }, 1))['result'], 'authorized');
    await until(() => b.station.equipment.evse(1)!.session.charging, 'charging offline');
    b.tokens.set('STRANGER', { status: 'Invalid' });
    const back = b.mark();
    await b.act('reconnect');
    await b.next('TransactionEvent', back, (p) => txPayload(p).transactionInfo.chargingState === 'SuspendedEVSE');
    const queued = b.received('TransactionEvent', back).slice(0, 3).map((r) => txPayload(r.payload));
    assert.deepEqual(queued.map((p) => [p.triggerReason, p.offline]), [['CablePluggedIn', true], ['Authorized', true], ['ChargingStateChanged', true]]);
    const from = b.mark();
    assert.equal((await present(b, TOKEN, 1))['result'], 'stopped');
    assert.equal(txPayload((await b.next('TransactionEvent', from)).payload).triggerReason, 'StopAuthorized');
  });

  it('TC_E_52_CS / C01.FR.05: DisableRemoteAuthorization: an idToken in neither list nor cache is refused without an Authorize', async () => {
    const b = await open();
    await b.configure({ 'AuthCtrlr.DisableRemoteAuthorization': 'true' });
    const from = b.mark();
    assert.equal((await present(b, TOKEN, 1))['result'], 'refused');
    await quiet(b, 'Authorize', from, 200);
  });
});
