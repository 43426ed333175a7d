/**
 * 1.6 transaction messages: round trips through the neutral events, and
 * what the tracker supplies for 1.6 (ids from an allocator, seqNos by
 * arrival, the stop's EVSE, remote start ids, duplicates of retried
 * messages, 1.6 sections 3.7, 4.8, 4.10, 5.11).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  readStartTransaction,
  readStartTransactionResponse,
  readStopTransaction,
  readStopTransactionResponse,
  readTransactionMeterValues,
  sequentialIds,
  TransactionTracker,
  writeStartTransaction,
  writeStartTransactionResponse,
  writeStopTransaction,
  writeStopTransactionResponse,
  writeTransactionMeterValues,
} from '../../src/neutral/index.js';
import type * as M16 from '../../src/v16/generated/messages.js';
import { assertValid, payloads, RUNS, version } from './support.js';

const v16 = version('1.6');
const strict = { strict: true } as const;

test('1.6 StartTransaction -> Started event -> StartTransaction keeps every field', () => {
  fc.assert(
    fc.property(payloads(v16, 'StartTransactionRequest'), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (raw, id) => {
      const p = raw as unknown as M16.StartTransactionRequest;
      const e = readStartTransaction(p, id);
      assert.equal(e.transaction.id, String(id));
      assert.equal(e.seqNo, 0);
      const back = writeStartTransaction(e, strict);
      assertValid(v16, 'StartTransaction', 'request', back);
      assert.deepEqual(back, p);
    }),
    { numRuns: RUNS },
  );
});

test('1.6 MeterValues of a transaction -> Updated event -> MeterValues keeps every field', () => {
  fc.assert(
    fc.property(payloads(v16, 'MeterValuesRequest'), fc.integer({ min: 1, max: 1000 }), (raw, id) => {
      const p = { ...(raw as unknown as M16.MeterValuesRequest), transactionId: (raw.transactionId as number | undefined) ?? id };
      const back = writeTransactionMeterValues(readTransactionMeterValues(p, { seqNo: 3 }), strict);
      assertValid(v16, 'MeterValues', 'request', back);
      assert.deepEqual(back, p);
    }),
    { numRuns: RUNS },
  );
});

test('1.6 StopTransaction -> Ended event -> StopTransaction keeps every field', () => {
  fc.assert(
    fc.property(payloads(v16, 'StopTransactionRequest'), (raw) => {
      const p = raw as unknown as M16.StopTransactionRequest;
      const e = readStopTransaction(p, { seqNo: 5, evse: { evseId: 2, connectorId: 1 } });
      assert.equal(e.transaction.stoppedReason, p.reason);
      const back = writeStopTransaction(e, strict);
      assertValid(v16, 'StopTransaction', 'request', back);
      assert.deepEqual(back, p);
    }),
    { numRuns: RUNS },
  );
});

test('1.6 StartTransaction.conf and StopTransaction.conf -> answer -> the same answers', () => {
  fc.assert(
    fc.property(payloads(v16, 'StartTransactionResponse'), payloads(v16, 'StopTransactionResponse'), (start, stop) => {
      const s = readStartTransactionResponse(start as unknown as M16.StartTransactionResponse);
      assert.deepEqual(writeStartTransactionResponse(s.answer, Number(s.transactionId), strict), start);
      assert.deepEqual(writeStopTransactionResponse(readStopTransactionResponse(stop as unknown as M16.StopTransactionResponse), strict), stop);
    }),
    { numRuns: RUNS },
  );
});

const start = (over: Partial<M16.StartTransactionRequest> = {}): M16.StartTransactionRequest => ({
  connectorId: 1,
  idTag: 'ABC123',
  meterStart: 1000,
  timestamp: '2025-03-01T10:00:00Z',
  ...over,
});

test('the CSMS numbers 1.6 transactions from its allocator (4.8), and answers a retried StartTransaction with the same id (3.7.1)', async () => {
  let calls = 0;
  const ids = sequentialIds(500);
  const tracker = new TransactionTracker({ allocator: { next: () => (calls++, ids.next()) } });
  const first = await tracker.startTransaction16(start());
  assert.equal(first.transactionId, 500);
  assert.equal(first.duplicate, false);
  const again = await tracker.startTransaction16(start());
  assert.deepEqual([again.transactionId, again.duplicate, calls], [500, true, 1]);
  const other = await tracker.startTransaction16(start({ connectorId: 2 }));
  assert.equal(other.transactionId, 501);
  assertValid(v16, 'StartTransaction', 'response', writeStartTransactionResponse({ idTokenInfo: { status: 'Accepted' } }, first.transactionId));
});

test('an allocator may answer asynchronously (a durable store); a repeated or non-integer id is an error', async () => {
  const tracker = new TransactionTracker({ allocator: { next: async () => 7 } });
  assert.equal((await tracker.startTransaction16(start())).transactionId, 7);
  await assert.rejects(tracker.startTransaction16(start({ connectorId: 2 })), /gave 7 twice/);
  const bad = new TransactionTracker({ allocator: { next: () => 1.5 } });
  await assert.rejects(bad.startTransaction16(start()), /not an integer/);
  assert.throws(() => sequentialIds(0), RangeError);
});

test('1.6 messages get seqNos by arrival (3.7); the stop gets the EVSE of its start; retries are duplicates', async () => {
  const tracker = new TransactionTracker();
  const { transactionId } = await tracker.startTransaction16(start());
  const mv: M16.MeterValuesRequest & { transactionId: number } = {
    connectorId: 1,
    transactionId,
    meterValue: [{ timestamp: '2025-03-01T10:15:00Z', sampledValue: [{ value: '4000' }] }],
  };
  const m1 = tracker.meterValues16(mv);
  assert.deepEqual([m1.event.seqNo, m1.event.triggerReason, m1.duplicate], [1, 'MeterValuePeriodic', false]);
  assert.equal(tracker.meterValues16(mv).duplicate, true);
  const stop: M16.StopTransactionRequest = { transactionId, meterStop: 5000, timestamp: '2025-03-01T10:30:00Z', idTag: 'ABC123' };
  const s = tracker.stopTransaction16(stop);
  assert.deepEqual(s.event.evse, { evseId: 1, connectorId: 1 });
  assert.deepEqual([s.event.seqNo, s.event.triggerReason, s.duplicate], [2, 'StopAuthorized', false]);
  const again = tracker.stopTransaction16(stop);
  assert.deepEqual([again.duplicate, again.event.seqNo], [true, 2]);
  const r = tracker.get(String(transactionId))!;
  assert.deepEqual(
    { state: r.state, seqNos: r.seqNos, meterStart: r.meterStart, meterStop: r.meterStop, energyWh: r.energyWh, stopReason: r.stopReason, stop: r.stopIdToken },
    { state: 'Ended', seqNos: [0, 1, 2], meterStart: 1000, meterStop: 5000, energyWh: 4000, stopReason: 'Local', stop: { id: 'ABC123' } },
  );
});

test('a remote start sent to a 1.6 station is matched to its StartTransaction by idTag and connector (5.11)', async () => {
  const tracker = new TransactionTracker();
  tracker.expectRemoteStart({ remoteStartId: 11, idTag: 'abc123', evseId: 2 });
  tracker.expectRemoteStart({ remoteStartId: 12, idTag: 'OTHER' });
  const local = await tracker.startTransaction16(start());
  assert.equal(local.record.remoteStartId, undefined, 'connector 1 is not the one asked for');
  assert.equal(local.event.triggerReason, 'Authorized');
  const remote = await tracker.startTransaction16(start({ connectorId: 2, timestamp: '2025-03-01T10:01:00Z' }));
  assert.deepEqual([remote.record.remoteStartId, remote.event.triggerReason], [11, 'RemoteStart']);
  tracker.cancelRemoteStart(12);
  const after = await tracker.startTransaction16(start({ connectorId: 3, idTag: 'OTHER' }));
  assert.equal(after.record.remoteStartId, undefined, 'a cancelled remote start matches nothing');
});

test("the connector's 1.6 status is the charging state of the transaction running on it", async () => {
  const tracker = new TransactionTracker();
  const { transactionId } = await tracker.startTransaction16(start());
  const status = (s: M16.StatusNotificationRequest['status'], connectorId = 1) => tracker.statusNotification16({ connectorId, errorCode: 'NoError', status: s });
  assert.equal(status('Charging')?.chargingState, 'Charging');
  assert.equal(status('SuspendedEV')?.chargingState, 'SuspendedEV');
  assert.equal(status('Charging', 2), undefined, 'no transaction on connector 2');
  tracker.stopTransaction16({ transactionId, meterStop: 2000, timestamp: '2025-03-01T11:00:00Z' });
  status('Finishing');
  assert.equal(tracker.get(String(transactionId))?.chargingState, 'SuspendedEV', 'an ended transaction keeps its last state');
});

test('a StopTransaction or MeterValues of a transaction the tracker does not know still makes a record', () => {
  const tracker = new TransactionTracker();
  const s = tracker.stopTransaction16({ transactionId: 99, meterStop: 10, timestamp: '2025-03-01T10:00:00Z', reason: 'PowerLoss' });
  assert.deepEqual([s.event.seqNo, s.record.state, s.record.evseId, s.record.stopReason], [1, 'Ended', undefined, 'PowerLoss']);
  const m = tracker.meterValues16({ connectorId: 3, transactionId: 98, meterValue: [{ timestamp: '2025-03-01T10:00:00Z', sampledValue: [{ value: '1' }] }] });
  assert.deepEqual([m.record.state, m.record.evseId], ['Ongoing', 3]);
});

test('the tracker keeps at most keepEnded ended transactions, the oldest going first', async () => {
  const tracker = new TransactionTracker({ keepEnded: 2 });
  for (let i = 0; i < 4; i++) {
    const { transactionId } = await tracker.startTransaction16(start({ timestamp: `2025-03-01T1${i}:00:00Z` }));
    tracker.stopTransaction16({ transactionId, meterStop: 2000, timestamp: `2025-03-01T1${i}:30:00Z` });
  }
  const { transactionId } = await tracker.startTransaction16(start({ timestamp: '2025-03-02T10:00:00Z' }));
  assert.deepEqual(
    tracker.records().map((r) => [r.id, r.state]),
    [
      ['3', 'Ended'],
      ['4', 'Ended'],
      [String(transactionId), 'Ongoing'],
    ],
  );
  assert.deepEqual(tracker.ongoing(1).map((r) => r.id), ['5']);
});
