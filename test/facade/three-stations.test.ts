/**
 * One application, three stations: a CSMS written once against the facade
 * handles a 1.6, a 2.0.1 and a 2.1 station at once over WebSocket through a
 * full charging session each (boot, authorize, remote start, meter values,
 * remote stop, end), and its records of the three transactions are equal
 * field for field where the versions carry the same facts. The CSMS numbers
 * the 1.6 transaction itself (1.6 section 4.8).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NeutralCsms, type StationRef } from '../../src/facade/index.js';
import { registerReadings, type Loss, type TransactionRecord } from '../../src/neutral/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';
import { until } from '../transport/helpers.js';
import { station16, station2x, T0, T2, type AnyClient, type StationLog } from './stations.js';

/** The application: written once, for every version. */
function application(csms: NeutralCsms) {
  const seen: string[] = [];
  const records = new Map<string, TransactionRecord>();
  const statuses = new Map<string, string>();
  const label = (s: StationRef) => `${s.identity}(${s.version})`;
  csms
    .onBoot((boot, s) => {
      seen.push(`boot ${label(s)} ${boot.station.vendor}/${boot.station.model}`);
      return { status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 };
    })
    .onAuthorize(({ idToken }, s) => {
      seen.push(`authorize ${label(s)} ${idToken.id}`);
      return { idTokenInfo: { status: idToken.id === 'TAG-OK' ? 'Accepted' : 'Invalid' } };
    })
    .onStatus((r, s) => {
      statuses.set(s.identity, `${r.evseId}/${r.connectorId} ${r.status}`);
    })
    .onTransaction((event, tx) => {
      seen.push(`transaction ${label(tx)} ${event.eventType}`);
      records.set(tx.identity, tx.record);
      return event.idToken === undefined ? {} : { idTokenInfo: { status: 'Accepted' } };
    });
  return { seen, records, statuses };
}

/** What every version says of a transaction: all but the id and the form of the meter values. */
function facts(r: TransactionRecord) {
  return {
    state: r.state,
    evseId: r.evseId,
    connectorId: r.connectorId,
    idToken: r.idToken?.id,
    startedAt: r.startedAt,
    stoppedAt: r.stoppedAt,
    meterStart: r.meterStart,
    meterStop: r.meterStop,
    energyWh: r.energyWh,
    stopReason: r.stopReason,
    chargingState: r.chargingState,
    offline: r.offline,
    seqNos: r.seqNos,
    periodic: registerReadings(r.meterValues)
      .filter((x) => x.context === 'Sample.Periodic')
      .map((x) => [x.timestamp, x.wh]),
  };
}

test('one application serves a 1.6, a 2.0.1 and a 2.1 station at once through a whole session each; the three records agree', async () => {
  const csms = new NeutralCsms({ server: { pingIntervalMs: 0 } });
  const app = application(csms);
  const losses: string[] = [];
  csms.on('loss', (s: StationRef, l: Loss) => losses.push(`${s.version} ${l.rule} ${l.field}`));
  const { port } = await csms.listen(0, '127.0.0.1');
  const url = `ws://127.0.0.1:${port}/ocpp`;
  const logs: Record<string, StationLog> = { 'FX-16': { events: [] }, 'FX-201': { events: [] }, 'FX-21': { events: [] } };
  const clients: AnyClient[] = [station16(url, 'FX-16', logs['FX-16']!), station2x(v201, url, 'FX-201', logs['FX-201']!), station2x(v21, url, 'FX-21', logs['FX-21']!)];
  const remoteStartIds = new Map<string, number>();
  try {
    await Promise.all(clients.map((c) => c.connect()));
    assert.deepEqual(
      ['FX-16', 'FX-201', 'FX-21'].map((id) => csms.stationRef(id)?.version),
      ['1.6', '2.0.1', '2.1'],
    );
    await Promise.all(
      Object.keys(logs).map(async (identity) => {
        const started = await csms.remoteStart(identity, { idToken: { id: 'TAG-OK', type: 'ISO14443' }, evseId: 1 });
        assert.equal(started.status, 'Accepted');
        remoteStartIds.set(identity, started.remoteStartId);
        await until(() => (app.records.get(identity)?.meterValues.length ?? 0) >= (identity === 'FX-16' ? 1 : 2), `${identity}'s meter values`);
        const id = app.records.get(identity)!.id;
        assert.equal((await csms.remoteStop(identity, { transactionId: id })).status, 'Accepted');
        await until(() => app.records.get(identity)?.state === 'Ended', `${identity}'s end`);
      }),
    );
    const [r16, r201, r21] = ['FX-16', 'FX-201', 'FX-21'].map((id) => app.records.get(id)!);
    // The CSMS numbered the 1.6 transaction; the station used that number to stop it.
    assert.equal(r16!.id, String(logs['FX-16']!.transactionId));
    assert.match(r16!.id, /^\d+$/);
    assert.deepEqual(logs['FX-16']!.events, ['RemoteStartTransaction TAG-OK 1', `RemoteStopTransaction ${r16!.id}`]);
    assert.equal(r201!.id, 'TX-FX-201');
    assert.equal(r21!.id, 'TX-FX-21');
    assert.deepEqual(facts(r201!), facts(r16!));
    assert.deepEqual(facts(r21!), facts(r16!));
    assert.deepEqual(facts(r16!), {
      state: 'Ended',
      evseId: 1,
      connectorId: 1,
      idToken: 'TAG-OK',
      startedAt: T0,
      stoppedAt: T2,
      meterStart: 1000,
      meterStop: 2500,
      energyWh: 1500,
      stopReason: 'Remote',
      chargingState: 'Charging',
      offline: false,
      seqNos: [0, 1, 2],
      periodic: [['2026-03-01T10:15:00Z', 1500]],
    });
    // Each remote start id was the facade's; each transaction carries its own, 1.6 included (matched by the tracker).
    assert.deepEqual([r16!.remoteStartId, r201!.remoteStartId, r21!.remoteStartId], ['FX-16', 'FX-201', 'FX-21'].map((id) => remoteStartIds.get(id)));
    assert.equal(new Set(remoteStartIds.values()).size, 3);
    for (const id of Object.keys(logs)) {
      const v = csms.stationRef(id)!.version;
      assert.deepEqual(
        app.seen.filter((l) => l.includes(`${id}(`)),
        [`boot ${id}(${v}) VendorX/Model${v === '1.6' ? '16' : v}`, `authorize ${id}(${v}) TAG-OK`, `transaction ${id}(${v}) Started`, `transaction ${id}(${v}) Updated`, `transaction ${id}(${v}) Ended`],
      );
    }
    // The facade lists all three in one shape.
    assert.deepEqual(
      csms.transactions().map((t) => [t.identity, t.version, t.record.state]).sort(),
      [['FX-16', '1.6', 'Ended'], ['FX-201', '2.0.1', 'Ended'], ['FX-21', '2.1', 'Ended']],
    );
    // 1.6 cannot say the token's type (idtoken-16): reported, not dropped silently.
    assert.ok(losses.some((l) => l.startsWith('1.6 ')), losses.join('; '));
    assert.ok(!losses.some((l) => !l.startsWith('1.6 ')), losses.join('; '));
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await csms.close();
  }
});
