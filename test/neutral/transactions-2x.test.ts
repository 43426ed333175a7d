/**
 * 2.x transactions in the tracker, after Part 6's E-block cases for a CSMS:
 * start and stop options, out-of-order and offline events, repeated seqNos,
 * seqNo restarting at 0 for each transaction.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyTransactionEvent, recordOf, stationMessages201, TransactionTracker } from '../../src/neutral/index.js';
import type { TransactionEvent } from '../../src/neutral/index.js';
import type * as M201 from '../../src/v201/generated/messages.js';
import { assertValid, version } from './support.js';

const v201 = version('2.0.1');
const token = { idToken: '0102030405', type: 'ISO14443' as const };
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00Z`;

/** A 2.0.1 TransactionEvent, validated, read into the neutral model. */
function ev(p: Omit<M201.TransactionEventRequest, 'transactionInfo'> & { transactionInfo?: Partial<M201.TransactionEventRequest['transactionInfo']> }, id = 'AB1234'): TransactionEvent {
  const payload: M201.TransactionEventRequest = { ...p, transactionInfo: { transactionId: id, ...p.transactionInfo } };
  assertValid(v201, 'TransactionEvent', 'request', payload);
  return stationMessages201.TransactionEvent.readRequest(payload);
}

const begin = (wh: number, minute = 0) => [{ timestamp: at(minute), sampledValue: [{ value: wh, context: 'Transaction.Begin' as const }] }];
const end = (wh: number, minute: number) => [{ timestamp: at(minute), sampledValue: [{ value: wh, context: 'Transaction.End' as const }] }];

test('TC_E_09_CSMS and TC_E_04_CSMS: started by the cable, authorized after; the later token is the starting one (E02)', () => {
  const t = new TransactionTracker();
  t.transactionEvent(ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'CablePluggedIn', seqNo: 0, evse: { id: 1, connectorId: 1 }, transactionInfo: { chargingState: 'EVConnected' } }));
  const r = t.transactionEvent(ev({ eventType: 'Updated', timestamp: at(1), triggerReason: 'Authorized', seqNo: 1, idToken: token })).record;
  assert.deepEqual([r.idToken, r.stopIdToken, r.evseId, r.connectorId, r.chargingState, r.startedAt], [{ id: token.idToken, type: 'ISO14443' }, undefined, 1, 1, 'EVConnected', at(0)]);
});

test('TC_E_15_CSMS / TC_E_07_CSMS: a local stop with the token; TC_E_21_CSMS: a remote stop', () => {
  const local = recordOf([
    ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'Authorized', seqNo: 0, idToken: token, evse: { id: 2 }, meterValue: begin(100) }),
    ev({ eventType: 'Ended', timestamp: at(9), triggerReason: 'StopAuthorized', seqNo: 1, idToken: token, transactionInfo: { stoppedReason: 'Local' }, meterValue: end(900, 9) }),
  ])!;
  assert.deepEqual([local.state, local.stopReason, local.stopIdToken?.id, local.energyWh, local.stoppedAt], ['Ended', 'Local', token.idToken, 800, at(9)]);
  const remote = recordOf([
    ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'RemoteStart', seqNo: 0, idToken: token, evse: { id: 1 }, transactionInfo: { remoteStartId: 5 } }),
    ev({ eventType: 'Ended', timestamp: at(5), triggerReason: 'RemoteStop', seqNo: 1, transactionInfo: { stoppedReason: 'Remote' } }),
  ])!;
  assert.deepEqual([remote.stopReason, remote.remoteStartId, remote.stopIdToken], ['Remote', 5, undefined]);
});

test('TC_E_39_CSMS: deauthorized after the EV connection timeout; TC_E_16_CSMS: deauthorized by an invalid token', () => {
  const timeout = recordOf([
    ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'Authorized', seqNo: 0, idToken: token, evse: { id: 1 } }),
    ev({ eventType: 'Ended', timestamp: at(2), triggerReason: 'EVConnectTimeout', seqNo: 1, transactionInfo: { stoppedReason: 'Timeout' } }),
  ])!;
  assert.equal(timeout.stopReason, 'Timeout');
  const deauthorized = recordOf([
    ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'Authorized', seqNo: 0, idToken: { idToken: 'BAD', type: 'ISO14443' }, evse: { id: 1 } }),
    ev({ eventType: 'Ended', timestamp: at(1), triggerReason: 'Deauthorized', seqNo: 1, transactionInfo: { stoppedReason: 'DeAuthorized' } }),
  ])!;
  assert.deepEqual([deauthorized.stopReason, deauthorized.idToken?.id], ['DeAuthorized', 'BAD']);
});

test('an Ended event without stoppedReason means Local (E07; 1.6 4.10)', () => {
  const r = recordOf([ev({ eventType: 'Ended', timestamp: at(1), triggerReason: 'EVDeparted', seqNo: 0 })])!;
  assert.equal(r.stopReason, 'Local');
});

test('TC_E_31_CSMS: an offline Ended arrives before the two Updated it skipped; they still count, the latest state is the Ended one', () => {
  const t = new TransactionTracker();
  t.transactionEvent(ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'Authorized', seqNo: 0, idToken: token, evse: { id: 1, connectorId: 1 }, meterValue: begin(0) }));
  t.transactionEvent(ev({ eventType: 'Updated', timestamp: at(1), triggerReason: 'ChargingStateChanged', seqNo: 1, transactionInfo: { chargingState: 'Charging' } }));
  let r = t.transactionEvent(
    ev({ eventType: 'Ended', timestamp: at(30), triggerReason: 'EVCommunicationLost', seqNo: 4, offline: true, transactionInfo: { chargingState: 'Idle', stoppedReason: 'EVDisconnected' }, meterValue: end(5000, 30) }),
  ).record;
  assert.deepEqual([r.state, r.seqNos], ['Ended', [0, 1, 4]]);
  r = t.transactionEvent(ev({ eventType: 'Updated', timestamp: at(20), triggerReason: 'StopAuthorized', seqNo: 2, offline: true, idToken: token })).record;
  r = t.transactionEvent(ev({ eventType: 'Updated', timestamp: at(21), triggerReason: 'ChargingStateChanged', seqNo: 3, offline: true, transactionInfo: { chargingState: 'EVConnected' } })).record;
  assert.deepEqual(
    { state: r.state, chargingState: r.chargingState, stop: r.stopIdToken?.id, offline: r.offline, seqNos: r.seqNos, energy: r.energyWh, reason: r.stopReason },
    { state: 'Ended', chargingState: 'Idle', stop: token.idToken, offline: true, seqNos: [0, 1, 2, 3, 4], energy: 5000, reason: 'EVDisconnected' },
  );
  assert.deepEqual(t.events('AB1234').map((e) => e.seqNo), [0, 1, 2, 3, 4]);
});

test('TC_E_53_CSMS: each transaction may start its seqNo at 0; the same seqNo of another transaction is no duplicate', () => {
  const t = new TransactionTracker();
  const a = t.transactionEvent(ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'EVDetected', seqNo: 0, evse: { id: 1 } }, 'TX-A'));
  t.transactionEvent(ev({ eventType: 'Ended', timestamp: at(1), triggerReason: 'EVCommunicationLost', seqNo: 1, transactionInfo: { stoppedReason: 'EVDisconnected' } }, 'TX-A'));
  const b = t.transactionEvent(ev({ eventType: 'Started', timestamp: at(2), triggerReason: 'EVDetected', seqNo: 0, evse: { id: 1 } }, 'TX-B'));
  assert.deepEqual([a.duplicate, b.duplicate, t.records().length, t.ongoing(1).map((r) => r.id)], [false, false, 2, ['TX-B']]);
});

test('an event received twice (the same seqNo) changes nothing and is reported as a duplicate', () => {
  const t = new TransactionTracker();
  const first = ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'Authorized', seqNo: 0, idToken: token, evse: { id: 1 }, meterValue: begin(10) });
  t.transactionEvent(first);
  const before = t.get('AB1234');
  const again = t.transactionEvent({ ...first, timestamp: at(3) });
  assert.equal(again.duplicate, true);
  assert.equal(again.event, first, 'the event as first received');
  assert.equal(t.get('AB1234'), before);
  const log = applyTransactionEvent({ events: [first], record: before! }, first);
  assert.equal(log.duplicate, true);
});

test('energy reads kWh and multipliers, totals only (no phase)', () => {
  const r = recordOf([
    ev({
      eventType: 'Started',
      timestamp: at(0),
      triggerReason: 'Authorized',
      seqNo: 0,
      evse: { id: 1 },
      meterValue: [{ timestamp: at(0), sampledValue: [{ value: 1.5, context: 'Transaction.Begin', unitOfMeasure: { unit: 'kWh' } }, { value: 99, context: 'Transaction.Begin', phase: 'L1' }] }],
    }),
    ev({ eventType: 'Updated', timestamp: at(5), triggerReason: 'MeterValuePeriodic', seqNo: 1, meterValue: [{ timestamp: at(5), sampledValue: [{ value: 21, unitOfMeasure: { unit: 'Wh', multiplier: 2 } }] }] }),
  ])!;
  assert.deepEqual([r.meterStart, r.energyWh, r.state], [1500, 600, 'Ongoing']);
});

/** A realistic event sequence: Started, some Updated (state changes, readings, a stop token), Ended. */
const sequence: fc.Arbitrary<TransactionEvent[]> = fc
  .record({
    updates: fc.array(
      fc.record({
        state: fc.option(fc.constantFrom('Charging', 'SuspendedEV', 'SuspendedEVSE', 'EVConnected'), { nil: undefined }),
        wh: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: undefined }),
        offline: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    stopToken: fc.boolean(),
    end: fc.integer({ min: 0, max: 1e7 }),
  })
  .map(({ updates, stopToken, end: endWh }) => {
    const events = [ev({ eventType: 'Started', timestamp: at(0), triggerReason: 'Authorized', seqNo: 0, idToken: token, evse: { id: 3, connectorId: 2 }, meterValue: begin(0) })];
    updates.forEach((u, i) =>
      events.push(
        ev({
          eventType: 'Updated',
          timestamp: at(i + 1),
          triggerReason: 'ChargingStateChanged',
          seqNo: i + 1,
          offline: u.offline,
          ...(u.state === undefined ? {} : { transactionInfo: { chargingState: u.state } }),
          ...(u.wh === undefined ? {} : { meterValue: [{ timestamp: at(i + 1), sampledValue: [{ value: u.wh }] }] }),
        }),
      ),
    );
    const n = updates.length + 1;
    if (stopToken) events.push(ev({ eventType: 'Updated', timestamp: at(n), triggerReason: 'StopAuthorized', seqNo: n, idToken: { idToken: 'STOP', type: 'Local' } }));
    events.push(ev({ eventType: 'Ended', timestamp: at(50), triggerReason: 'StopAuthorized', seqNo: n + 1, meterValue: end(endWh, 50) }));
    return events;
  });

test('the record does not depend on the order events arrive in, nor on repeats (Part 6: seqNo says the order)', () => {
  fc.assert(
    fc.property(sequence, fc.array(fc.integer(), { minLength: 10, maxLength: 10 }), fc.array(fc.nat(9), { maxLength: 3 }), (events, keys, repeats) => {
      const inOrder = recordOf(events);
      const shuffled = events.map((e, i) => ({ e, k: keys[i]! })).sort((a, b) => a.k - b.k).map((x) => x.e);
      const withRepeats = [...shuffled, ...repeats.map((i) => events[i % events.length]!)];
      const t = new TransactionTracker();
      for (const e of withRepeats) t.transactionEvent(e);
      assert.deepEqual(t.get('AB1234'), inOrder);
      assert.deepEqual(recordOf(withRepeats), inOrder);
    }),
    { numRuns: 200 },
  );
});
