/**
 * Part 6, blocks G (availability) and P (data transfer), charging-station
 * cases, driven through the control API against a CSMS on a real connection.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import type { ChangeAvailabilityRequest } from '../../src/index.js';
import { Bench, quiet, TOKEN, until, type BenchOptions } from './octt.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

/** Two EVSEs of one connector each, unless a case says otherwise. */
async function open(o: BenchOptions = {}): Promise<Bench> {
  const station = { evses: 2, ...o.station };
  bench = await Bench.open({ ...o, station });
  await bench.ready(station.evses * (station.connectors ?? 1));
  return bench;
}

/** The connector statuses the CSMS was told after `from`, as "evse/connector Status". */
const told = (b: Bench, from: number): string[] =>
  b.received('StatusNotification', from).map((r) => `${String(r.payload['evseId'])}/${String(r.payload['connectorId'])} ${String(r.payload['connectorStatus'])}`);

async function change(b: Bench, request: ChangeAvailabilityRequest, expected: string): Promise<number> {
  const from = b.mark();
  assert.equal((await b.call('ChangeAvailability', request)).status, expected);
  await b.station.settled();
  return from;
}

describe('Part 6 G: connector status', () => {
  it('TC_G_01_CS / TC_G_02_CS: Available to Occupied with the cable, back to Available without it', async () => {
    const b = await open();
    const from = b.mark();
    await b.act('plug', { evseId: 1, connectorId: 1 });
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    await until(() => told(b, from).length >= 2, 'two statuses');
    assert.deepEqual(told(b, from), ['1/1 Occupied', '1/1 Available']);
  });
});

describe('Part 6 G: change availability', () => {
  it('TC_G_03_CS / TC_G_04_CS / TC_G_09_CS / TC_G_10_CS: an EVSE Inoperative and back; the same state again is Accepted without a change', async () => {
    const b = await open();
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Inoperative', evse: { id: 1 } }, 'Accepted')), ['1/1 Unavailable']);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Inoperative', evse: { id: 1 } }, 'Accepted')), []);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Operative', evse: { id: 1 } }, 'Accepted')), ['1/1 Available']);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Operative', evse: { id: 1 } }, 'Accepted')), []);
  });

  it('TC_G_05_CS / TC_G_06_CS / TC_G_12_CS / TC_G_13_CS: the whole station Inoperative and back', async () => {
    const b = await open();
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Inoperative' }, 'Accepted')).sort(), ['1/1 Unavailable', '2/1 Unavailable']);
    assert.equal((await b.post('present', { ...TOKEN, evseId: 1 })).status, 409);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Inoperative' }, 'Accepted')), []);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Operative' }, 'Accepted')).sort(), ['1/1 Available', '2/1 Available']);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Operative' }, 'Accepted')), []);
  });

  it('TC_G_07_CS / TC_G_08_CS / TC_G_15_CS / TC_G_16_CS: one connector Inoperative and back', async () => {
    const b = await open({ station: { evses: 1, connectors: 2 } });
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 2 } }, 'Accepted')), ['1/2 Unavailable']);
    assert.equal((await b.post('plug', { evseId: 1, connectorId: 2 })).status, 409);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 2 } }, 'Accepted')), []);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Operative', evse: { id: 1, connectorId: 2 } }, 'Accepted')), ['1/2 Available']);
    assert.deepEqual(told(b, await change(b, { operationalStatus: 'Operative', evse: { id: 1, connectorId: 2 } }, 'Accepted')), []);
  });

  for (const [id, request] of [
    ['TC_G_11_CS', { operationalStatus: 'Inoperative', evse: { id: 1 } }],
    ['TC_G_17_CS', { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 1 } }],
  ] as const) {
    it(`${id}: with a transaction it is Scheduled; Unavailable once the transaction has ended`, async () => {
      const b = await open();
      await b.charging();
      const from = await change(b, request, 'Scheduled');
      assert.deepEqual(told(b, from), []);
      await b.act('present', { ...TOKEN, evseId: 1 });
      await until(() => told(b, from).includes('1/1 Unavailable'), 'Unavailable after the end');
      assert.equal((await b.snapshot()).evses[0]!.transaction, null);
    });
  }

  it('TC_G_14_CS: the station with a transaction on one EVSE: Scheduled; the other EVSE is Unavailable at once, this one once its transaction ended', async () => {
    const b = await open();
    await b.charging(1);
    const from = await change(b, { operationalStatus: 'Inoperative' }, 'Scheduled');
    assert.deepEqual(told(b, from), ['2/1 Unavailable']);
    assert.equal((await b.post('plug', { evseId: 2, connectorId: 1 })).status, 409);
    await b.act('present', { ...TOKEN, evseId: 1 });
    await until(() => told(b, from).includes('1/1 Unavailable'), 'EVSE 1 Unavailable');
    await b.act('unplug', { evseId: 1, connectorId: 1 });
    await quiet(b, 'TransactionEvent', b.mark(), 100);
    assert.deepEqual((await b.snapshot()).evses.map((e) => e.status), ['Unavailable', 'Unavailable']);
  });

  for (const [id, request, expected] of [
    ['TC_G_18_CS', { operationalStatus: 'Inoperative', evse: { id: 1 } }, ['1/1 Unavailable', '2/1 Available']],
    ['TC_G_21_CS', { operationalStatus: 'Inoperative' }, ['1/1 Unavailable', '2/1 Unavailable']],
  ] as const) {
    it(`${id}: the availability persists across a reboot`, async () => {
      const b = await open();
      await change(b, request, 'Accepted');
      const from = b.mark();
      await b.act('reboot');
      await b.next('SecurityEventNotification', from);
      await until(() => told(b, from).length >= 2, 'both connectors');
      assert.deepEqual(told(b, from).sort(), expected);
    });
  }

  it('TC_G_19_CS: a connector Inoperative persists across a reset (Booting)', async () => {
    const b = await open({ station: { evses: 1, connectors: 2 } });
    await change(b, { operationalStatus: 'Inoperative', evse: { id: 1, connectorId: 1 } }, 'Accepted');
    const from = b.mark();
    assert.equal((await b.call('Reset', { type: 'Immediate' })).status, 'Accepted');
    await b.next('SecurityEventNotification', from);
    await until(() => told(b, from).length >= 2, 'both connectors');
    assert.deepEqual(told(b, from).sort(), ['1/1 Unavailable', '1/2 Available']);
  });
});

describe('Part 6 G: faults', () => {
  it('G01 / G05: a fault makes the connector Faulted and stops the energy (SuspendedEVSE); clearing it resumes charging', async () => {
    const b = await open();
    await b.charging();
    const from = b.mark();
    await b.act('fault', { evseId: 1, connectorId: 1, errorCode: 'PowerMeterFailure' });
    await b.next('TransactionEvent', from, (p) => (p['transactionInfo'] as { chargingState: string }).chargingState === 'SuspendedEVSE');
    assert.ok(told(b, from).includes('1/1 Faulted'));
    const problem = (await b.next('NotifyEvent', from)).payload['eventData'] as { component: { name: string }; actualValue: string }[];
    assert.deepEqual([problem[0]!.component.name, problem[0]!.actualValue], ['FiscalMetering', 'true']);
    assert.equal((await b.post('fault', { evseId: 1, connectorId: 2 })).status, 404);
    const back = b.mark();
    await b.act('fault', { evseId: 1, connectorId: 1 });
    await b.next('TransactionEvent', back, (p) => (p['transactionInfo'] as { chargingState: string }).chargingState === 'Charging');
    assert.deepEqual(told(b, back), ['1/1 Occupied']);
    assert.equal((await b.post('fault', { evseId: 1, connectorId: 1 })).status, 409);
  });
});

describe('Part 6 P: data transfer', () => {
  it('TC_P_01_CS: an unknown vendorId is UnknownVendorId; TC_P_03_CS: custom data is accepted', async () => {
    const b = await open({ station: { evses: 1 } });
    assert.equal((await b.call('DataTransfer', { vendorId: 'org.openchargealliance.octt', messageId: 'x' })).status, 'UnknownVendorId');
    const set = await b.call('SetVariables', {
      setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeValue: '200', customData: { vendorId: 'org.openchargealliance.octt', note: 'x' } }],
      customData: { vendorId: 'org.openchargealliance.octt', extra: 1 },
    });
    assert.equal(set.setVariableResult[0]!.attributeStatus, 'Accepted');
    const get = await b.call('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeType: 'Actual' }] });
    assert.deepEqual([get.getVariableResult[0]!.attributeStatus, get.getVariableResult[0]!.attributeValue], ['Accepted', '200']);
  });
});
