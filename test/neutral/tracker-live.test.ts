/**
 * The tracker keeps its records in place (appending, never copying): after
 * every message its record must still be the pure reducer's record of the
 * same events, whatever the order of the events and of their meter values'
 * timestamps; and the 1.6 connector status must still reach the transaction
 * changed last on that connector.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { recordOf, TransactionTracker } from '../../src/neutral/index.js';
import type { TransactionEvent } from '../../src/neutral/index.js';

const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00Z`;

/** An event of transaction T with a reading at each given minute (the minutes need not ascend). */
function event(seqNo: number, minutes: number[], kind: TransactionEvent['eventType']): TransactionEvent {
  return {
    eventType: kind,
    timestamp: at(seqNo),
    triggerReason: kind === 'Started' ? 'Authorized' : kind === 'Ended' ? 'StopAuthorized' : 'MeterValuePeriodic',
    seqNo,
    transaction: { id: 'T', ...(seqNo % 3 === 1 && { chargingState: 'Charging' as const }) },
    ...(seqNo === 0 && { evse: { evseId: 1, connectorId: 2 }, idToken: { id: 'TOKEN', type: 'ISO14443' as const } }),
    ...(minutes.length > 0 && { meterValue: minutes.map((m, i) => ({ timestamp: m < 0 ? 'not a time' : at(m), sampledValue: [{ value: 100 * seqNo + i }] })) }),
  };
}

test('after every event, in any order and repeated, the kept record is the pure record of the events so far', () => {
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.integer({ min: -1, max: 59 }), { maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
      (readings, keys) => {
        const n = readings.length;
        const events = readings.map((minutes, seqNo) => event(seqNo, minutes, seqNo === 0 ? 'Started' : seqNo === n - 1 && n > 1 ? 'Ended' : 'Updated'));
        const arrival = [...events, events[keys[0]! % n]!].map((e, i) => ({ e, k: keys[i % keys.length]! })).sort((a, b) => a.k - b.k).map((x) => x.e);
        const t = new TransactionTracker();
        const applied: TransactionEvent[] = [];
        for (const e of arrival) {
          const { duplicate } = t.transactionEvent(e);
          assert.equal(duplicate, applied.some((x) => x.seqNo === e.seqNo));
          if (!duplicate) applied.push(e);
          assert.deepEqual(t.get('T'), recordOf(applied));
          assert.deepEqual(t.events('T'), [...applied].sort((a, b) => a.seqNo - b.seqNo));
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('the record handed out is live: a later event of the transaction changes it', () => {
  const t = new TransactionTracker();
  const first = t.transactionEvent(event(0, [0], 'Started')).record;
  const copy = structuredClone(first);
  t.transactionEvent(event(1, [1], 'Ended'));
  assert.equal(first, t.get('T'));
  assert.deepEqual([copy.state, first.state, copy.meterValues.length, first.meterValues.length], ['Ongoing', 'Ended', 1, 2]);
});

test("1.6 status reaches the ongoing transaction changed last on the connector, then the one before when that one ends", () => {
  const t = new TransactionTracker();
  const values = (minute: number) => [{ timestamp: at(minute), sampledValue: [{ value: String(minute) }] }];
  t.meterValues16({ connectorId: 1, transactionId: 7, meterValue: values(0) });
  t.meterValues16({ connectorId: 1, transactionId: 8, meterValue: values(1) });
  t.meterValues16({ connectorId: 2, transactionId: 9, meterValue: values(2) });
  assert.equal(t.statusNotification16({ connectorId: 1, errorCode: 'NoError', status: 'SuspendedEV' })?.id, '8');
  t.meterValues16({ connectorId: 1, transactionId: 7, meterValue: values(3) });
  assert.equal(t.statusNotification16({ connectorId: 1, errorCode: 'NoError', status: 'Charging' })?.id, '7');
  t.stopTransaction16({ transactionId: 7, meterStop: 10, timestamp: at(4) });
  const r = t.statusNotification16({ connectorId: 1, errorCode: 'NoError', status: 'SuspendedEVSE' });
  assert.deepEqual([r?.id, r?.chargingState, t.get('7')?.chargingState], ['8', 'SuspendedEVSE', 'Charging']);
  t.forget('8');
  assert.equal(t.statusNotification16({ connectorId: 1, errorCode: 'NoError', status: 'Charging' }), undefined);
  assert.equal(t.statusNotification16({ connectorId: 2, errorCode: 'NoError', status: 'Charging' })?.id, '9');
});
