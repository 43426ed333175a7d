/**
 * The 1.6 rules of the queue: StartTransaction, StopTransaction and
 * transaction MeterValues (section 3.7) in order; the transactionId from
 * the StartTransaction.conf filled into the messages queued before it came;
 * -1 for a transaction whose StartTransaction was given up (errata v4.0 to
 * section 4.8); the id kept across a restart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InternalError } from '../../src/rpc/errors.js';
import { TransactionMessageQueue } from '../../src/durable/station/queue.js';
import { transactionRules16, UNKNOWN_TRANSACTION_ID, type TransactionMessageInput16 } from '../../src/durable/station/rules-v16.js';
import type { TransactionMessageStore } from '../../src/durable/station/store.js';
import { ManualClock, nextTimestamp, stationStoreKinds, until } from './support.js';

type Call = { action: string; payload: Record<string, unknown> };

function start(key: string): TransactionMessageInput16 {
  return { action: 'StartTransaction', payload: { connectorId: 1, idTag: 'TAG1', meterStart: 1000, timestamp: nextTimestamp() }, transaction: key };
}
function meter(key: string | undefined, wh: number): TransactionMessageInput16 {
  const payload = { connectorId: key === undefined ? 0 : 1, meterValue: [{ timestamp: nextTimestamp(), sampledValue: [{ value: String(wh) }] }] };
  return key === undefined ? { action: 'MeterValues', payload } : { action: 'MeterValues', payload, transaction: key };
}
function stop(key: string, wh: number): TransactionMessageInput16 {
  return { action: 'StopTransaction', payload: { meterStop: wh, timestamp: nextTimestamp(), reason: 'EVDisconnected' }, transaction: key };
}

function setup(store: TransactionMessageStore, answer: (call: Call, n: number) => unknown, attempts = 3) {
  const clock = new ManualClock();
  const calls: Call[] = [];
  const queue = new TransactionMessageQueue<TransactionMessageInput16>({
    store,
    rules: transactionRules16,
    clock,
    attempts,
    retryIntervalMs: 1000,
    send: async (action, payload) => {
      const call = { action, payload: payload as Record<string, unknown> };
      calls.push(call);
      return answer(call, calls.length);
    },
  });
  return { queue, calls, clock };
}

for (const makeKind of stationStoreKinds) {
  const kindName = makeKind().name;

  test(`${kindName}: 1.6: MeterValues and StopTransaction queued before the StartTransaction.conf go with its transactionId`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const { queue, calls } = setup(store, (c) => (c.action === 'StartTransaction' ? { idTagInfo: { status: 'Accepted' }, transactionId: 42 } : {}));
    try {
      for (const input of [start('k1'), meter('k1', 1500), meter(undefined, 9000), stop('k1', 2000)]) await queue.enqueue(input);
      queue.online();
      await until(() => calls.length === 4 && queue.state === 'idle');
      assert.deepEqual(calls.map((c) => c.action), ['StartTransaction', 'MeterValues', 'MeterValues', 'StopTransaction']);
      assert.equal(calls[0]!.payload['transactionId'], undefined);
      assert.equal(calls[1]!.payload['transactionId'], 42);
      assert.equal(calls[2]!.payload['transactionId'], undefined, 'MeterValues without a key go as given');
      assert.equal(calls[3]!.payload['transactionId'], 42);
      assert.equal((await store.transaction('k1'))?.reference, 42);
      assert.deepEqual(await store.openTransactions(), []);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: 1.6: a StartTransaction given up after its last attempt: the transaction's other messages go with transactionId -1 (errata v4.0, 4.8)`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const { queue, calls, clock } = setup(
      store,
      (c) => {
        if (c.action === 'StartTransaction') throw new InternalError('cannot process');
        return {};
      },
      2,
    );
    try {
      for (const input of [start('k1'), meter('k1', 1500), stop('k1', 2000)]) await queue.enqueue(input);
      const discarded: string[] = [];
      queue.on('discarded', (m) => discarded.push(m.action));
      queue.online();
      await until(() => calls.length === 1 && queue.state === 'waiting');
      clock.advance(1000);
      await until(() => calls.length === 4 && queue.state === 'idle');
      assert.deepEqual(discarded, ['StartTransaction']);
      assert.deepEqual(calls.map((c) => [c.action, c.payload['transactionId']]), [
        ['StartTransaction', undefined],
        ['StartTransaction', undefined],
        ['MeterValues', UNKNOWN_TRANSACTION_ID],
        ['StopTransaction', UNKNOWN_TRANSACTION_ID],
      ]);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: 1.6: the queue refuses what is no transaction-related message, and a Start or Stop without a key`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const { queue } = setup(store, () => ({}));
    try {
      const bad = [
        { action: 'StatusNotification', payload: { connectorId: 1, errorCode: 'NoError', status: 'Available' } },
        { action: 'StopTransaction', payload: { meterStop: 1, timestamp: nextTimestamp(), transactionId: 5 } },
        { action: 'StartTransaction', payload: start('x').payload },
        { action: 'StartTransaction', payload: start('x').payload, transaction: '' },
        { action: 'MeterValues', payload: 'nope' },
      ];
      for (const input of bad) await assert.rejects(queue.enqueue(input as unknown as TransactionMessageInput16), TypeError, JSON.stringify(input));
      assert.equal(await store.count(), 0);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  if (makeKind().persistent) {
    test(`${kindName}: 1.6: the transactionId learned before a restart is used after it`, async () => {
      const kind = makeKind();
      try {
        let store = kind.open();
        let s = setup(store, (c) => (c.action === 'StartTransaction' ? { idTagInfo: { status: 'Accepted' }, transactionId: 77 } : {}));
        await s.queue.enqueue(start('k9'));
        s.queue.online();
        await until(() => s.calls.length === 1 && s.queue.state === 'idle');
        s.queue.close();
        await store.close();

        store = kind.open();
        s = setup(store, () => ({}));
        await s.queue.enqueue(stop('k9', 5000));
        s.queue.online();
        await until(() => s.calls.length === 1 && s.queue.state === 'idle');
        assert.equal(s.calls[0]!.payload['transactionId'], 77);
        s.queue.close();
        await store.close();
      } finally {
        kind.done();
      }
    });
  }
}
