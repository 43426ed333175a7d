/**
 * What a CSMS starts on its own: running and final cost from a tariff (I01-
 * I03; TC_I_01_CSMS, TC_I_02_CSMS), GetTransactionStatus after an Ended
 * event with a seqNo gap (E14; TC_E_31_CSMS), and GetVariables/SetVariables
 * split by the station's ItemsPerMessage and BytesPerMessage (TC_B_08_CSMS)
 * over a real server and socket.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v201 from '../../src/v201/index.js';
import * as v21 from '../../src/v21/index.js';
import { CsmsServer } from '../../src/transport/index.js';
import { RunningCost, TariffError, checkTariff, sessionCost, tariffText } from '../../src/cli/csms/services/tariff.js';
import { TransactionSeqNos, missingSeqNos } from '../../src/cli/csms/services/transaction-status.js';
import {
  BatchError,
  getConfigurationBatches,
  getVariablesBatches,
  limitsFromResults,
  limitsRequest,
  sendInBatches,
  setVariablesBatches,
} from '../../src/cli/csms/services/variable-batches.js';
import { connect, opened } from './raw-station.js';

const tariff = { currency: 'EUR', pricePerKWh: 0.3, pricePerHour: 1.2, sessionFee: 0.5 };

test('sessionCost: fee + energy + time, rounded to the currency\'s minor unit', () => {
  assert.equal(sessionCost(tariff, { energyWh: 0, durationS: 0 }), 0.5);
  assert.equal(sessionCost(tariff, { energyWh: 10_000, durationS: 1800 }), 0.5 + 3 + 0.6);
  assert.equal(sessionCost({ currency: 'EUR', pricePerKWh: 0.333 }, { energyWh: 1000, durationS: 0 }), 0.33);
  assert.equal(sessionCost({ currency: 'JPY', pricePerKWh: 45, decimals: 0 }, { energyWh: 1234, durationS: 0 }), 56);
  assert.equal(tariffText(tariff), '0.30 EUR/kWh + 1.20 EUR/h + 0.50 EUR per session');
  assert.equal(tariffText({ currency: 'EUR' }), 'Free charging');
  for (const bad of [{ currency: 'euro' }, { currency: 'EUR', pricePerKWh: -1 }, { currency: 'EUR', pricePerHour: Number.NaN }, { currency: 'EUR', decimals: 9 }]) {
    assert.throws(() => checkTariff(bad), TariffError);
  }
});

test('TC_I_01_CSMS / TC_I_02_CSMS: CostUpdated while charging (not more often than asked, not when unchanged), totalCost when Ended; both valid 2.0.1 and 2.1', () => {
  const running = new RunningCost(tariff, { minIntervalS: 60 });
  const tx = { transactionId: 'TX1', energyWh: 0, startedAt: '2025-01-01T10:00:00Z' };
  const first = running.update(tx, '2025-01-01T10:00:00Z');
  assert.deepEqual(first, { totalCost: 0.5, transactionId: 'TX1' });
  assert.equal(running.update({ ...tx, energyWh: 1000 }, '2025-01-01T10:00:30Z'), undefined, 'within the interval');
  const second = running.update({ ...tx, energyWh: 2000 }, '2025-01-01T10:01:00Z');
  assert.deepEqual(second, { totalCost: 0.5 + 0.6 + 0.02, transactionId: 'TX1' });
  assert.equal(running.update({ ...tx, energyWh: 2000 }, '2025-01-01T10:01:00Z'), undefined, 'unchanged');
  for (const v of [v201, v21]) assert.ok(v.validate('CostUpdated', 'request', second)?.ok);
  const total = running.final({ ...tx, energyWh: 20_000 }, '2025-01-01T11:00:00Z');
  assert.equal(total, 0.5 + 6 + 1.2);
  for (const v of [v201, v21]) assert.ok(v.validate('TransactionEvent', 'response', { totalCost: total })?.ok);
  assert.deepEqual(running.update(tx, '2025-01-01T11:00:00Z')?.transactionId, 'TX1', 'a forgotten transaction starts afresh');
});

test('TC_E_31_CSMS (E14): an Ended event with two seqNo values skipped asks GetTransactionStatus once; the late events fill the gap', () => {
  assert.deepEqual(missingSeqNos([0, 1, 4]), [2, 3]);
  assert.deepEqual(missingSeqNos([3, 4], 0), [0, 1, 2]);
  assert.deepEqual(missingSeqNos([]), []);
  const seqNos = new TransactionSeqNos();
  const ev = (eventType: string, seqNo: number) => ({ eventType, seqNo, transactionInfo: { transactionId: 'TX9' } });
  assert.equal(seqNos.note(ev('Started', 0)), undefined);
  assert.equal(seqNos.note(ev('Updated', 1)), undefined);
  const query = seqNos.note(ev('Ended', 4));
  assert.deepEqual(query, { request: { transactionId: 'TX9' }, missing: [2, 3] });
  assert.ok(v201.validate('GetTransactionStatus', 'request', query!.request)?.ok);
  assert.equal(seqNos.complete('TX9'), false);
  assert.equal(seqNos.note(ev('Updated', 2)), undefined, 'asked once');
  assert.deepEqual(seqNos.missing('TX9'), [3]);
  seqNos.note(ev('Updated', 3));
  assert.equal(seqNos.complete('TX9'), true);
  // No gap, no question.
  const clean = new TransactionSeqNos();
  for (const [t, n] of [['Started', 0], ['Updated', 1], ['Ended', 2]] as const) assert.equal(clean.note({ eventType: t, seqNo: n, transactionInfo: { transactionId: 'T' } }), undefined);
});

test('batches keep to ItemsPerMessage and BytesPerMessage, in order; an item too large alone is refused', () => {
  const data = Array.from({ length: 7 }, (_, i) => ({ component: { name: 'OCPPCommCtrlr' }, variable: { name: `Var${i}` } }));
  const byItems = getVariablesBatches(data, { itemsPerMessage: 3 });
  assert.deepEqual(byItems.map((b) => b.getVariableData.length), [3, 3, 1]);
  assert.deepEqual(byItems.flatMap((b) => b.getVariableData), data);
  const limit = 250;
  const byBytes = getVariablesBatches(data, { bytesPerMessage: limit });
  for (const b of byBytes) assert.ok(Buffer.byteLength(JSON.stringify([2, 'x'.repeat(36), 'GetVariables', b])) <= limit);
  assert.ok(byBytes.length > 1);
  assert.deepEqual(byBytes.flatMap((b) => b.getVariableData), data);
  assert.equal(getVariablesBatches(data, {}).length, 1);
  assert.deepEqual(getVariablesBatches([], { itemsPerMessage: 2 }), []);
  assert.throws(() => getVariablesBatches(data, { bytesPerMessage: 60 }), BatchError);
  const sets = setVariablesBatches(data.map((d) => ({ ...d, attributeValue: 'x' })), { itemsPerMessage: 4 });
  assert.deepEqual(sets.map((b) => b.setVariableData.length), [4, 3]);
  assert.deepEqual(getConfigurationBatches(['a', 'b', 'c'], 2), [{ key: ['a', 'b'] }, { key: ['c'] }]);
  assert.ok(v201.validate('GetVariables', 'request', limitsRequest)?.ok);
});

test('TC_B_08_CSMS: the limits are read from the station and every GetVariables it receives keeps to them', async () => {
  const server = new CsmsServer({ pingIntervalMs: 0 });
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: new Date().toISOString() }));
  const { port } = await server.listen(0, '127.0.0.1');
  const received: number[] = [];
  const stationLimits = { ItemsPerMessage: '2', BytesPerMessage: '4000' };
  try {
    const station = opened(
      await connect(`ws://127.0.0.1:${port}/ocpp`, {
        identity: 'CS8',
        answer: (action, payload) => {
          assert.equal(action, 'GetVariables');
          const data = (payload as { getVariableData: { component: { name: string }; variable: { name: string; instance?: string } }[] }).getVariableData;
          received.push(data.length);
          return {
            getVariableResult: data.map((d) => {
              const own = d.component.name === 'DeviceDataCtrlr' ? stationLimits[d.variable.name as keyof typeof stationLimits] : undefined;
              return { component: d.component, variable: d.variable, attributeStatus: 'Accepted', attributeValue: own ?? `value of ${d.variable.name}` };
            }),
          };
        },
      }),
    );
    await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    const csms = server.station('CS8', '2.0.1')!;
    const limits = limitsFromResults((await csms.call('GetVariables', limitsRequest)).getVariableResult, 'GetVariables');
    assert.deepEqual(limits, { itemsPerMessage: 2, bytesPerMessage: 4000 });
    received.length = 0;
    const wanted = Array.from({ length: 5 }, (_, i) => ({ component: { name: 'OCPPCommCtrlr' }, variable: { name: `V${i}` } }));
    const results = await sendInBatches(getVariablesBatches(wanted, limits), (payload) => csms.call('GetVariables', payload), 'getVariableResult');
    assert.deepEqual(received, [2, 2, 1]);
    assert.deepEqual(results.map((r) => r.variable.name), ['V0', 'V1', 'V2', 'V3', 'V4']);
    await station.close();
  } finally {
    await server.close(1000);
  }
});
