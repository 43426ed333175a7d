/**
 * The test CSMS's site limit, end to end: the real `startCsms` with a site
 * limit, simulated stations on real connections driven through their
 * control API, and a station played by the test (the OCTT's side of the
 * CSMS reusable state ISO15118SmartCharging).
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { ChargingStationClient, type SetChargingProfileRequest, type TransactionEventRequest } from '../../src/cli/lib.js';
import { ControlServer } from '../../src/cli/control/server.js';
import { startCsms, type RunningCsms } from '../../src/cli/csms/server.js';
import { parseSiteLimit, type ProfileRecord, type SiteLimit } from '../../src/cli/csms/smart-charging.js';
import { StationConnection } from '../../src/cli/station/connection.js';
import { v201, type V201 } from '../../src/v201/index.js';
import { until } from './octt.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function csms(siteLimit?: SiteLimit): Promise<RunningCsms> {
  const running = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, securityProfile: 0, state: {}, siteLimit, validation: 'strict', callTimeoutMs: 10_000, onFrame: () => undefined });
  closers.push(() => running.close());
  return running;
}

/** Simulated stations on `running`, with one control API for all of them. */
async function stations(running: RunningCsms, identities: string[]): Promise<(action: string, identity: string, body: unknown) => Promise<void>> {
  const connections = identities.map(
    (identity) =>
      new StationConnection({
        url: running.url,
        identity,
        station: { evReadyDelayMs: 20, bootRetryMs: 200, meterIntervalS: 1 },
        callTimeoutMs: 10_000,
        onFrame: () => undefined,
        onEvent: () => undefined,
      }),
  );
  const control = new ControlServer({ list: () => connections.map((c) => c.station.controls), get: (id) => connections.find((c) => c.identity === id)?.station.controls });
  const port = (await control.listen(0)).port;
  closers.push(() => control.close());
  for (const c of connections) {
    closers.push(() => c.close());
    await c.start();
  }
  await until(() => identities.every((id) => running.state.station(id).registration === 'Accepted'), 'the stations booted');
  return async (action, identity, body) => {
    const res = await fetch(`http://127.0.0.1:${port}/stations/${identity}/${action}`, { method: 'POST', body: JSON.stringify(body) });
    assert.equal(res.status, 200, `${action} at ${identity}: ${await res.text()}`);
  };
}

/** The charging profiles the operator API shows for a station. */
async function profiles(running: RunningCsms, identity: string): Promise<ProfileRecord[]> {
  const res = await fetch(`http://127.0.0.1:${running.apiAddress!.port}/stations/${identity}`);
  return ((await res.json()) as { chargingProfiles: ProfileRecord[] }).chargingProfiles;
}

const activeOn = (running: RunningCsms, identity: string) => [...running.state.transactions.values()].find((t) => t.station === identity && t.state === 'Active');

describe('ocpp csms --site-limit', () => {
  it('parses watts, kilowatts and amperes per phase; refuses anything else', () => {
    assert.deepEqual(parseSiteLimit('22000'), { limit: 22000, unit: 'W' });
    assert.deepEqual(parseSiteLimit('22kW'), { limit: 22000, unit: 'W' });
    assert.deepEqual(parseSiteLimit('7400w'), { limit: 7400, unit: 'W' });
    assert.deepEqual(parseSiteLimit('32A'), { limit: 32, unit: 'A' });
    for (const bad of ['', '0', '-5', 'lots', '10 MW', '1e400']) assert.throws(() => parseSiteLimit(bad), RangeError, bad);
  });

  it('two transactions on two stations each get a TxProfile of half the limit; the EVs and their meter values follow; when one ends the other gets it all', async () => {
    // Below what any simulated EV draws (7.4 kW at least), so every share shows in the power.
    const running = await csms({ limit: 7000, unit: 'W' });
    const act = await stations(running, ['SITE-A', 'SITE-B']);
    await act('plug', 'SITE-A', { evseId: 1, connectorId: 1 });
    await act('present', 'SITE-A', { idToken: 'A', type: 'ISO14443', evseId: 1 });
    await until(() => activeOn(running, 'SITE-A')?.powerW === 7000, 'SITE-A metered at 7000 W');
    const [first] = await profiles(running, 'SITE-A');
    assert.deepEqual([first!.transactionId, first!.limit, first!.unit, first!.status], [activeOn(running, 'SITE-A')!.transactionId, 7000, 'W', 'Accepted']);

    await act('plug', 'SITE-B', { evseId: 1, connectorId: 1 });
    await act('present', 'SITE-B', { idToken: 'B', type: 'ISO14443', evseId: 1 });
    await until(() => activeOn(running, 'SITE-A')?.powerW === 3500 && activeOn(running, 'SITE-B')?.powerW === 3500, 'both metered at 3500 W');
    for (const id of ['SITE-A', 'SITE-B']) {
      const [p] = await profiles(running, id);
      assert.deepEqual([p!.limit, p!.status, p!.transactionId], [3500, 'Accepted', activeOn(running, id)!.transactionId], id);
    }

    await act('present', 'SITE-B', { idToken: 'B', type: 'ISO14443', evseId: 1 });
    await until(() => activeOn(running, 'SITE-B') === undefined, 'SITE-B stopped');
    await until(() => activeOn(running, 'SITE-A')?.powerW === 7000, 'SITE-A metered at 7000 W again');
    assert.deepEqual(await profiles(running, 'SITE-B'), []);
  });
});

describe('ocpp csms: NotifyEVChargingNeeds (K15), the OCTT playing the station', () => {
  async function octt(running: RunningCsms): Promise<{ client: ChargingStationClient<V201>; profiles: SetChargingProfileRequest[]; transactionId: string }> {
    const client = new ChargingStationClient({ version: v201, url: running.url, identity: 'EV-15118', pingIntervalMs: 0, heartbeat: false, bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } } });
    const received: SetChargingProfileRequest[] = [];
    client.handle('SetChargingProfile', (request) => {
      received.push(request);
      return { status: 'Accepted' };
    });
    closers.push(() => client.close());
    await client.connect();
    const started: TransactionEventRequest = {
      eventType: 'Started',
      timestamp: new Date().toISOString(),
      triggerReason: 'Authorized',
      seqNo: 0,
      transactionInfo: { transactionId: 'TX-15118', chargingState: 'EVConnected' },
      evse: { id: 1, connectorId: 1 },
      idToken: { idToken: 'EMAID-1', type: 'eMAID' },
    };
    await client.call('TransactionEvent', started);
    return { client, profiles: received, transactionId: 'TX-15118' };
  }

  it('reusable state ISO15118SmartCharging: Processing, then a SetChargingProfile with a TxProfile for the transaction within the site limit; NotifyEVChargingSchedule Accepted', async () => {
    const running = await csms({ limit: 32, unit: 'A' });
    const { client, profiles: got, transactionId } = await octt(running);
    await until(() => got.length === 1, 'the TxProfile at the transaction start');
    const needs = await client.call('NotifyEVChargingNeeds', {
      evseId: 1,
      maxScheduleTuples: 3,
      chargingNeeds: { requestedEnergyTransfer: 'AC_three_phase', acChargingParameters: { energyAmount: 20000, evMinCurrent: 6, evMaxCurrent: 32, evMaxVoltage: 400 } },
    });
    assert.equal(needs.status, 'Processing');
    await until(() => got.length === 2, 'the TxProfile after the charging needs (K15.FR.17)');
    const request = got[1]!;
    const profile = request.chargingProfile;
    assert.deepEqual([request.evseId, profile.chargingProfilePurpose, profile.transactionId], [1, 'TxProfile', transactionId]);
    const schedule = profile.chargingSchedule[0]!;
    assert.equal(schedule.chargingRateUnit, 'A');
    assert.ok(schedule.chargingSchedulePeriod.every((p) => p.limit <= 32), 'within the site limit');
    assert.equal(schedule.chargingSchedulePeriod[0]!.startPeriod, 0);

    const answer = await client.call('NotifyEVChargingSchedule', { timeBase: new Date().toISOString(), evseId: 1, chargingSchedule: schedule });
    assert.equal(answer.status, 'Accepted');
    const [record] = await profiles(running, 'EV-15118');
    assert.deepEqual([record!.evChargingNeeds?.acChargingParameters?.evMaxCurrent, record!.evChargingSchedule?.chargingSchedulePeriod[0]?.limit, record!.status], [32, 32, 'Accepted']);
  });

  it('without a site limit: Accepted, and no profile follows', async () => {
    const running = await csms();
    const { client, profiles: got } = await octt(running);
    const needs = await client.call('NotifyEVChargingNeeds', { evseId: 1, chargingNeeds: { requestedEnergyTransfer: 'DC' } });
    assert.equal(needs.status, 'Accepted');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(got, []);
  });
});
