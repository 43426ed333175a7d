/**
 * `ocpp csms` serves 1.6, 2.0.1 and 2.1 stations at once, on the facade:
 * the real `startCsms`, stations of each version driven with their
 * ChargingStationClient, the operator API over HTTP. Stations and
 * transactions show in one shape whatever the version; a version-specific
 * call is validated against the station's version; a neutral command goes
 * to any version; the site limit reaches a 1.6 station through the neutral
 * SetChargingProfile.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { startCsms, type RunningCsms } from '../../src/cli/csms/server.js';
import type { SiteLimit } from '../../src/cli/csms/smart-charging.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';
import { station16, station2x, type AnyClient, type StationLog } from '../facade/stations.js';
import { until } from './octt.js';

/** Waits until an asynchronous condition holds (20 s at most). */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

type Json = Record<string, unknown>;

async function csms(siteLimit?: SiteLimit): Promise<{ running: RunningCsms; api: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: Json }> }> {
  const running = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, securityProfile: 0, state: {}, siteLimit, validation: 'strict', callTimeoutMs: 10_000, onFrame: () => undefined });
  closers.push(() => running.close());
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${running.apiAddress!.port}${path}`, {
      method,
      ...(body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  return { running, api };
}

/** One station of each version on `running`, connected and booted. */
async function threeStations(running: RunningCsms): Promise<{ clients: AnyClient[]; logs: Record<string, StationLog> }> {
  const logs: Record<string, StationLog> = { 'MIX-16': { events: [] }, 'MIX-201': { events: [] }, 'MIX-21': { events: [] } };
  const clients: AnyClient[] = [station16(running.url, 'MIX-16', logs['MIX-16']!), station2x(v201, running.url, 'MIX-201', logs['MIX-201']!), station2x(v21, running.url, 'MIX-21', logs['MIX-21']!)];
  for (const c of clients) closers.push(() => c.close());
  await Promise.all(clients.map((c) => c.connect()));
  return { clients, logs };
}

const ids = ['MIX-16', 'MIX-201', 'MIX-21'];

describe('ocpp csms serves every version at once', () => {
  it('GET /stations shows each station\'s version; a whole session each through neutral commands; GET /transactions looks the same for every version', async () => {
    const { running, api } = await csms();
    const frames = new Set<string>();
    running.state.on('frame', (direction, identity) => frames.add(`${direction} ${identity}`));
    const { logs } = await threeStations(running);
    const stations = (await api('GET', '/stations')).body['stations'] as Json[];
    assert.deepEqual(
      stations.map((s) => [s['identity'], s['version'], s['registration']]).sort(),
      [['MIX-16', '1.6', 'Accepted'], ['MIX-201', '2.0.1', 'Accepted'], ['MIX-21', '2.1', 'Accepted']],
    );
    for (const id of ids) {
      const started = await api('POST', `/stations/${id}/commands/remoteStart`, { idToken: { id: 'TAG-OK', type: 'ISO14443' }, evseId: 1 });
      assert.equal(started.status, 200, JSON.stringify(started.body));
      assert.equal((started.body['result'] as Json)['status'], 'Accepted');
      assert.equal(typeof (started.body['result'] as Json)['remoteStartId'], 'number');
    }
    const transactions = async () => ((await api('GET', '/transactions')).body['transactions'] as Json[]).sort((a, b) => String(a['station']).localeCompare(String(b['station'])));
    await eventually(async () => (await transactions()).filter((t) => t['energyWh'] === 500).length === 3, 'three transactions metered');
    for (const t of await transactions()) {
      const stopped = await api('POST', `/stations/${String(t['station'])}/commands/remoteStop`, { transactionId: t['transactionId'] });
      assert.equal(stopped.status, 200, JSON.stringify(stopped.body));
    }
    await eventually(async () => (await transactions()).every((t) => t['state'] === 'Ended'), 'three transactions ended');
    const all = await transactions();
    assert.equal(all.length, 3);
    // One shape: the same fields, the same facts; only the id and the version differ.
    const keys = all.map((t) => Object.keys(t).sort().join(','));
    assert.equal(new Set(keys).size, 1, keys.join('\n'));
    const facts = (t: Json) => [t['state'], t['evseId'], t['connectorId'], (t['idToken'] as Json)['idToken'], t['startedAt'], t['endedAt'], t['meterStartWh'], t['meterLastWh'], t['energyWh'], t['stoppedReason'], t['chargingState']];
    assert.deepEqual(facts(all[1]!), facts(all[0]!));
    assert.deepEqual(facts(all[2]!), facts(all[0]!));
    assert.deepEqual(facts(all[0]!), ['Ended', 1, 1, 'TAG-OK', '2026-03-01T10:00:00Z', '2026-03-01T10:30:00Z', 1000, 2500, 1500, 'Remote', 'Charging']);
    assert.deepEqual(all.map((t) => t['version']), ['1.6', '2.0.1', '2.1']);
    // The CSMS numbered the 1.6 transaction and the station stopped it by that number.
    assert.equal(all[0]!['transactionId'], String(logs['MIX-16']!.transactionId));
    assert.ok(all.every((t) => typeof t['remoteStartId'] === 'number'));
    assert.deepEqual(running.state.totals(), { stations: 3, connected: 3, accepted: 3, transactions: 3, active: 0, ended: 3, energyWh: 4500 });
    // More routes mount behind the same guard, beside the built-in ones.
    running.api!.mount('GET', '/live/{identity}', (_req, res, [identity]) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ identity, frames: [...frames].filter((f) => f.endsWith(` ${identity}`)).length }));
    });
    assert.deepEqual((await api('GET', '/live/MIX-21')).body, { identity: 'MIX-21', frames: 2 });
    assert.ok(((await api('GET', '/')).body['endpoints'] as string[]).includes('GET /live/{identity}'));
    // A live view sees every station's frames both ways.
    assert.deepEqual([...frames].sort(), ids.flatMap((id) => [`CsmsToStation ${id}`, `StationToCsms ${id}`]).sort());
  });

  it('POST /stations/{id}/calls/{action} is validated against the station\'s version; /commands/{name} refuses what the version cannot say', async () => {
    const { running, api } = await csms();
    await threeStations(running);
    // 1.6 Reset is Hard or Soft: 2.x's Immediate is not a 1.6 request.
    const bad16 = await api('POST', '/stations/MIX-16/calls/Reset', { type: 'Immediate' });
    assert.equal(bad16.status, 400);
    assert.match(String(bad16.body['error']), /invalid Reset request \(OCPP 1\.6\)/);
    // Valid 1.6; the simulated Charge Point has no Reset handler: its CALLERROR comes back.
    const soft = await api('POST', '/stations/MIX-16/calls/Reset', { type: 'Soft' });
    assert.equal(soft.status, 502, JSON.stringify(soft.body));
    assert.equal(soft.body['code'], 'NotSupported');
    assert.equal((await api('POST', '/stations/MIX-16/calls/RequestStartTransaction', { idToken: { idToken: 'A', type: 'Central' }, remoteStartId: 1 })).status, 400);
    assert.match(String((await api('POST', '/stations/MIX-201/calls/AFRRSignal', { timestamp: '2026-01-01T00:00:00Z', signal: 1 })).body['error']), /unknown action AFRRSignal in OCPP 2\.0\.1/);
    // A 2.1 action goes to the 2.1 station (which does not support it).
    assert.equal((await api('POST', '/stations/MIX-21/calls/AFRRSignal', { timestamp: '2026-01-01T00:00:00Z', signal: 1 })).status, 502);
    assert.match(String((await api('POST', '/stations/MIX-21/calls/BootNotification', {})).body['error']), /sent by a station/);
    // Neutral commands: an unknown one, one 1.6 cannot say, a body that is not an object.
    assert.equal((await api('POST', '/stations/MIX-16/commands/launch', {})).status, 400);
    const onIdle = await api('POST', '/stations/MIX-16/commands/reset', { type: 'OnIdle' });
    assert.equal(onIdle.status, 400, JSON.stringify(onIdle.body));
    assert.equal(typeof onIdle.body['rule'], 'string');
    assert.equal((await api('POST', '/stations/MIX-201/commands/reset', [1])).status, 400);
    assert.equal((await api('POST', '/stations/NOPE/commands/reset', { type: 'Immediate' })).status, 404);
    // The same neutral reset goes to every version, each in its own words (1.6 Soft, 2.x Immediate): the stations answer NotSupported.
    for (const id of ids) assert.equal((await api('POST', `/stations/${id}/commands/reset`, { type: 'Immediate' })).body['code'], 'NotSupported', id);
  });

  it('--site-limit shares the limit between a 1.6 and a 2.0.1 transaction: each station gets a TxProfile in its own version', async () => {
    const { running, api } = await csms({ limit: 7000, unit: 'W' });
    const logs: Record<string, StationLog> = { 'SL-16': { events: [] }, 'SL-201': { events: [] } };
    const c16 = station16(running.url, 'SL-16', logs['SL-16']!);
    const c201 = station2x(v201, running.url, 'SL-201', logs['SL-201']!);
    const profiles: string[] = [];
    c16.handle('SetChargingProfile', (req) => {
      const p = req.csChargingProfiles;
      profiles.push(`1.6 ${req.connectorId} ${p.chargingProfilePurpose} tx=${p.transactionId} ${p.chargingSchedule.chargingRateUnit} ${p.chargingSchedule.chargingSchedulePeriod[0]!.limit}`);
      return { status: 'Accepted' };
    });
    c201.handle('SetChargingProfile', (req) => {
      const p = req.chargingProfile;
      profiles.push(`2.0.1 ${req.evseId} ${p.chargingProfilePurpose} tx=${p.transactionId} ${p.chargingSchedule[0]!.chargingRateUnit} ${p.chargingSchedule[0]!.chargingSchedulePeriod[0]!.limit}`);
      return { status: 'Accepted' };
    });
    for (const c of [c16, c201]) closers.push(() => c.close());
    await Promise.all([c16.connect(), c201.connect()]);
    for (const id of ['SL-16', 'SL-201']) assert.equal((await api('POST', `/stations/${id}/commands/remoteStart`, { idToken: { id: 'TAG-OK', type: 'ISO14443' }, evseId: 1 })).status, 200);
    await until(() => profiles.filter((p) => p.endsWith(' 3500')).length === 2, 'both stations sent half the limit');
    const tx16 = logs['SL-16']!.transactionId;
    assert.ok(profiles.includes(`1.6 1 TxProfile tx=${tx16} W 3500`), profiles.join('\n'));
    assert.ok(profiles.includes('2.0.1 1 TxProfile tx=TX-SL-201 W 3500'), profiles.join('\n'));
    const shown = (await api('GET', '/stations/SL-16')).body['chargingProfiles'] as Json[];
    await eventually(async () => ((await api('GET', '/stations/SL-16')).body['chargingProfiles'] as Json[])[0]?.['status'] === 'Accepted', 'the 1.6 profile accepted');
    assert.equal(shown[0]!['transactionId'], String(tx16));
  });
});
