/**
 * The contract of TransactionMessageStore, run against the in-memory store
 * and the SQLite one alike: order, numbering, transaction bookkeeping,
 * removal with a reference, pruning, closing; and for SQLite, that all of
 * it is still there after the store is opened again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreClosedError } from '../../src/durable/errors.js';
import { stationStoreKinds } from './support.js';

for (const makeKind of stationStoreKinds) {
  const kindName = makeKind().name;

  test(`${kindName}: messages come out in the order they went in; numbered ones take 0, 1, 2... per transaction`, async () => {
    const kind = makeKind();
    const store = kind.open();
    try {
      const a0 = await store.append({ action: 'TransactionEvent', payload: { n: 'a0' }, transaction: 'A', numbered: true });
      const b0 = await store.append({ action: 'TransactionEvent', payload: { n: 'b0' }, transaction: 'B', numbered: true });
      const a1 = await store.append({ action: 'TransactionEvent', payload: { n: 'a1' }, transaction: 'A', numbered: true });
      const free = await store.append({ action: 'MeterValues', payload: { n: 'free' } });
      assert.deepEqual([a0.seqNo, b0.seqNo, a1.seqNo, free.seqNo], [0, 0, 1, undefined]);
      assert.ok(a0.id < b0.id && b0.id < a1.id && a1.id < free.id);
      assert.deepEqual((await store.list()).map((m) => (m.payload as { n: string }).n), ['a0', 'b0', 'a1', 'free']);
      assert.deepEqual((await store.list(2)).map((m) => m.id), [a0.id, b0.id]);
      assert.equal((await store.peek())?.id, a0.id);
      assert.equal(await store.count(), 4);
      assert.equal(await store.count('A'), 2);
      assert.equal(await store.count('nope'), 0);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: appends of one turn are all stored, each with its own number`, async () => {
    const kind = makeKind();
    const store = kind.open();
    try {
      const all = await Promise.all(
        Array.from({ length: 50 }, (_, i) => store.append({ action: 'TransactionEvent', payload: { i }, transaction: `T${i % 3}`, numbered: true })),
      );
      for (const t of ['T0', 'T1', 'T2']) {
        const seqNos = all.filter((m) => m.transaction === t).map((m) => m.seqNo);
        assert.deepEqual(seqNos, seqNos.map((_, i) => i), `${t} numbered without gaps`);
      }
      assert.deepEqual((await store.list()).map((m) => (m.payload as { i: number }).i), all.map((_, i) => i));
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: the payload is stored as it was when appended`, async () => {
    const kind = makeKind();
    const store = kind.open();
    try {
      const payload = { eventType: 'Started', nested: { list: [1, 2] } };
      await store.append({ action: 'TransactionEvent', payload, transaction: 'T', numbered: true });
      payload.nested.list.push(3);
      assert.deepEqual((await store.peek())?.payload, { eventType: 'Started', nested: { list: [1, 2] } });
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: transactions: appended count, ended mark, queued count, reference set with a removal`, async () => {
    const kind = makeKind();
    const store = kind.open();
    try {
      const start = await store.append({ action: 'StartTransaction', payload: {}, transaction: 'k1' });
      await store.append({ action: 'MeterValues', payload: {}, transaction: 'k1' });
      assert.deepEqual(await store.transaction('k1'), { transaction: 'k1', appended: 2, ended: false, reference: undefined, queued: 2 });
      assert.deepEqual((await store.openTransactions()).map((t) => t.transaction), ['k1']);
      assert.equal(await store.remove(start.id, { reference: 1234 }), true);
      assert.equal(await store.remove(start.id), false, 'a second removal finds nothing');
      await store.append({ action: 'StopTransaction', payload: {}, transaction: 'k1', ends: true });
      assert.deepEqual(await store.transaction('k1'), { transaction: 'k1', appended: 3, ended: true, reference: 1234, queued: 2 });
      assert.deepEqual(await store.openTransactions(), []);
      assert.equal(await store.transaction('unknown'), undefined);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: recordAttempt keeps the count and the time of the next try`, async () => {
    const kind = makeKind();
    const store = kind.open();
    try {
      const m = await store.append({ action: 'TransactionEvent', payload: {}, transaction: 'T', numbered: true });
      await store.recordAttempt(m.id, 2, 12345);
      const again = await store.peek();
      assert.equal(again?.attempts, 2);
      assert.equal(again?.notBefore, 12345);
      assert.equal(again?.seqNo, 0);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: prune forgets ended, drained transactions beyond the most recent ones kept`, async () => {
    const kind = makeKind();
    const store = kind.open();
    try {
      for (const t of ['A', 'B', 'C']) {
        const m = await store.append({ action: 'TransactionEvent', payload: {}, transaction: t, numbered: true, ends: true });
        if (t !== 'C') await store.remove(m.id);
      }
      await store.append({ action: 'TransactionEvent', payload: {}, transaction: 'D', numbered: true });
      // A and B ended and drained; C ended but still queued; D open.
      assert.equal(await store.prune(1), 1);
      const left = (await Promise.all(['A', 'B', 'C', 'D'].map((t) => store.transaction(t)))).map((t) => t !== undefined);
      assert.equal(left.filter(Boolean).length, 3);
      assert.equal(left[2], true, 'a transaction with queued messages is kept');
      assert.equal(left[3], true, 'an open transaction is kept');
      assert.equal(await store.prune(), 1);
      assert.equal(await store.transaction('A'), undefined);
      assert.equal(await store.transaction('B'), undefined);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: a numbered message without a transaction is refused; a closed store refuses everything`, async () => {
    const kind = makeKind();
    const store = kind.open();
    await assert.rejects(store.append({ action: 'TransactionEvent', payload: {}, numbered: true }), TypeError);
    await store.close();
    await assert.rejects(store.append({ action: 'X', payload: {} }), StoreClosedError);
    await assert.rejects(store.peek(), StoreClosedError);
    await assert.rejects(store.count(), StoreClosedError);
    kind.done();
  });

  if (makeKind().persistent) {
    test(`${kindName}: everything is there after the store is opened again; numbering continues without gap or repeat`, async () => {
      const kind = makeKind();
      try {
        let store = kind.open();
        const first = await store.append({ action: 'TransactionEvent', payload: { n: 0 }, transaction: 'T', numbered: true });
        await store.append({ action: 'TransactionEvent', payload: { n: 1 }, transaction: 'T', numbered: true });
        await store.remove(first.id, { reference: 7 });
        await store.recordAttempt(first.id + 1, 1, 99);
        await store.close();
        store = kind.open();
        const m = await store.peek();
        assert.deepEqual([m?.seqNo, m?.attempts, m?.notBefore, m?.payload], [1, 1, 99, { n: 1 }]);
        const next = await store.append({ action: 'TransactionEvent', payload: { n: 2 }, transaction: 'T', numbered: true });
        assert.equal(next.seqNo, 2);
        assert.ok(next.id > first.id + 1);
        assert.deepEqual(await store.transaction('T'), { transaction: 'T', appended: 3, ended: false, reference: 7, queued: 2 });
        await store.close();
      } finally {
        kind.done();
      }
    });
  }
}
