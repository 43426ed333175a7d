/**
 * Exactly-once recording of transaction messages on the CSMS side, over
 * the in-memory and SQLite stores: a retry is answered with the first
 * answer and not applied again; keys per version; seqNo gaps after an
 * Ended event (E14, TC_E_31_CSMS); seqNo 0 for every transaction
 * (TC_E_53_CSMS); 1.6 transactionIds assigned once, -1 stops kept apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TransactionRecorder } from '../../src/durable/csms/recorder.js';
import { transactionEffect } from '../../src/durable/csms/effects.js';
import type { CsmsStore } from '../../src/durable/csms/records.js';
import { csmsStoreKinds, event201 } from './support.js';

function tx201(transactionId: string, eventType: 'Started' | 'Updated' | 'Ended', seqNo: number, extra: Record<string, unknown> = {}) {
  return { ...event201(transactionId, eventType).payload, seqNo, ...extra };
}

/** A recorder whose answer function counts its calls. */
function recorder(store: CsmsStore, version: 'ocpp1.6' | 'ocpp2.0.1') {
  const r = new TransactionRecorder({ store, version });
  let answered = 0;
  return {
    recorder: r,
    get answered() {
      return answered;
    },
    record: (station: string, action: string, payload: unknown, answer: unknown = { idTokenInfo: { status: 'Accepted' } }) =>
      r.recordAny(station, action, payload, () => {
        answered++;
        return answer;
      }),
  };
}

test('keys: a retry re-encoded with its fields in another order, or its timestamp written otherwise, is the same message', () => {
  const a = transactionEffect('ocpp1.6', 'StartTransaction', { connectorId: 1, idTag: 'T', meterStart: 5, timestamp: '2024-05-01T12:00:00Z' });
  const b = transactionEffect('ocpp1.6', 'StartTransaction', { timestamp: '2024-05-01T12:00:00.000Z', meterStart: 5, idTag: 'T', connectorId: 1 });
  assert.equal(a.key, b.key);
  const c = transactionEffect('ocpp1.6', 'StartTransaction', { connectorId: 2, idTag: 'T', meterStart: 5, timestamp: '2024-05-01T12:00:00Z' });
  assert.notEqual(a.key, c.key);
  const e1 = transactionEffect('ocpp2.0.1', 'TransactionEvent', tx201('X', 'Updated', 3));
  const e2 = transactionEffect('ocpp2.0.1', 'TransactionEvent', { ...tx201('X', 'Updated', 3), triggerReason: 'ChargingStateChanged' });
  assert.equal(e1.key, e2.key, 'transactionId + seqNo is the key');
  assert.notEqual(e1.fingerprint, e2.fingerprint, 'the fingerprint tells the content apart');
  assert.throws(() => transactionEffect('ocpp2.0.1', 'StatusNotification', {}), TypeError);
  assert.throws(() => transactionEffect('ocpp2.0.1', 'TransactionEvent', { eventType: 'Started' }), TypeError);
  assert.throws(() => transactionEffect('ocpp1.6', 'StopTransaction', { transactionId: 'x' }), TypeError);
});

for (const makeKind of csmsStoreKinds) {
  const kindName = makeKind().name;

  test(`${kindName}: a TransactionEvent sent twice is answered twice alike and applied once`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const r = recorder(store, 'ocpp2.0.1');
    try {
      const started = tx201('T1', 'Started', 0);
      const first = await r.record('CS1', 'TransactionEvent', started, { idTokenInfo: { status: 'Accepted' } });
      const again = await r.record('CS1', 'TransactionEvent', started, { idTokenInfo: { status: 'Blocked' } });
      assert.equal(first.duplicate, false);
      assert.equal(again.duplicate, true);
      assert.equal(again.conflicting, false);
      assert.deepEqual(again.answer, { idTokenInfo: { status: 'Accepted' } }, 'the answer recorded the first time');
      assert.equal(r.answered, 1, 'the application answered once');
      const t = await store.transaction('CS1', 'T1');
      assert.equal(t?.messages, 1);
      assert.equal(t?.state, 'Active');
      assert.equal(t?.evseId, 1);
      assert.equal(t?.idToken, 'TOKEN1');
      // The same transactionId and seqNo from another station is another message.
      assert.equal((await r.record('CS2', 'TransactionEvent', started)).duplicate, false);
      // A key reused for other content: answered as recorded, flagged.
      const reused = await r.record('CS1', 'TransactionEvent', { ...started, triggerReason: 'CablePluggedIn' });
      assert.equal(reused.duplicate, true);
      assert.equal(reused.conflicting, true);
      assert.equal((await store.transaction('CS1', 'T1'))?.messages, 1);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: seqNo 0 starts every transaction (TC_E_53_CSMS); meter values are kept per transaction`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const r = recorder(store, 'ocpp2.0.1');
    try {
      for (const id of ['A', 'B']) {
        for (const [n, type] of (['Started', 'Updated', 'Ended'] as const).entries()) {
          const o = await r.record('CS1', 'TransactionEvent', tx201(id, type, n));
          assert.equal(o.duplicate, false, `${id} seqNo ${n}`);
        }
      }
      const txs = await store.transactions({ stationId: 'CS1' });
      assert.deepEqual(txs.map((t) => [t.transactionId, t.state, t.messages, t.startedSeqNo, t.endedSeqNo]), [
        ['A', 'Ended', 3, 0, 2],
        ['B', 'Ended', 3, 0, 2],
      ]);
      assert.equal((await store.meterValues('CS1', 'A')).length, 2);
      assert.equal((await store.transactions({ state: 'Active' })).length, 0);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: an Ended event with seqNos missing asks for GetTransactionStatus; the missing ones filled in later are applied (E14, TC_E_31_CSMS)`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const r = recorder(store, 'ocpp2.0.1');
    try {
      await r.record('CS1', 'TransactionEvent', tx201('T', 'Started', 0));
      await r.record('CS1', 'TransactionEvent', tx201('T', 'Updated', 1));
      const ended = await r.record('CS1', 'TransactionEvent', tx201('T', 'Ended', 4, { offline: true, triggerReason: 'EVCommunicationLost' }));
      assert.deepEqual(ended.missingSeqNos, [2, 3]);
      assert.equal(ended.askTransactionStatus, true);
      assert.equal(ended.transaction?.state, 'Ended');
      const late2 = await r.record('CS1', 'TransactionEvent', tx201('T', 'Updated', 2, { offline: true, triggerReason: 'StopAuthorized' }));
      assert.deepEqual(late2.missingSeqNos, [3]);
      assert.equal(late2.askTransactionStatus, false);
      const late3 = await r.record('CS1', 'TransactionEvent', tx201('T', 'Updated', 3, { offline: true, transactionInfo: { transactionId: 'T', chargingState: 'EVConnected' } }));
      assert.deepEqual(late3.missingSeqNos, []);
      const t = await store.transaction('CS1', 'T');
      assert.equal(t?.state, 'Ended', 'a late Updated does not reopen an ended transaction');
      assert.equal(t?.messages, 5);
      assert.equal(t?.lastSeqNo, 4);
      assert.deepEqual(await store.seqNos('CS1', 'T'), [0, 1, 2, 3, 4]);
      // Its duplicate asks nothing.
      const dup = await r.record('CS1', 'TransactionEvent', tx201('T', 'Ended', 4, { offline: true, triggerReason: 'EVCommunicationLost' }));
      assert.equal(dup.duplicate, true);
      assert.equal(dup.askTransactionStatus, false);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: an Ended event arriving with no Started: all earlier seqNos are missing`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const r = recorder(store, 'ocpp2.0.1');
    try {
      const o = await r.record('CS1', 'TransactionEvent', tx201('Z', 'Ended', 2));
      assert.deepEqual(o.missingSeqNos, [0, 1]);
      assert.equal(o.askTransactionStatus, true);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: 1.6: a StartTransaction sent again gets the same transactionId; another start gets another`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const r = recorder(store, 'ocpp1.6');
    try {
      const start = { connectorId: 1, idTag: 'TAG', meterStart: 100, timestamp: '2024-05-01T12:00:00Z' };
      const a = await r.record('CS1', 'StartTransaction', start, { idTagInfo: { status: 'Accepted' } });
      const a2 = await r.record('CS1', 'StartTransaction', { ...start, timestamp: '2024-05-01T12:00:00.000Z' }, { idTagInfo: { status: 'Accepted' } });
      const b = await r.record('CS1', 'StartTransaction', { ...start, connectorId: 2 }, { idTagInfo: { status: 'Accepted' } });
      const c = await r.record('CS2', 'StartTransaction', start, { idTagInfo: { status: 'Accepted' } });
      const idOf = (o: { answer: unknown }) => (o.answer as { transactionId: number }).transactionId;
      assert.equal(a2.duplicate, true);
      assert.equal(idOf(a2), idOf(a));
      assert.ok(Number.isInteger(idOf(a)) && idOf(a) > 0);
      assert.equal(new Set([idOf(a), idOf(b), idOf(c)]).size, 3, 'unique in the store');
      assert.equal(a.transactionId, String(idOf(a)));
      assert.deepEqual(a.answer, { idTagInfo: { status: 'Accepted' }, transactionId: idOf(a) });
      assert.equal(r.answered, 3);
      const t = await store.transaction('CS1', String(idOf(a)));
      assert.deepEqual([t?.state, t?.connectorId, t?.idToken, t?.meterStartWh], ['Active', 1, 'TAG', 100]);

      const id = idOf(a);
      const meter = { connectorId: 1, transactionId: id, meterValue: [{ timestamp: '2024-05-01T12:15:00Z', sampledValue: [{ value: '1500' }] }] };
      assert.equal((await r.record('CS1', 'MeterValues', meter, {})).duplicate, false);
      assert.equal((await r.record('CS1', 'MeterValues', meter, {})).duplicate, true);
      const stopReq = { transactionId: id, meterStop: 2000, timestamp: '2024-05-01T13:00:00Z', transactionData: [{ timestamp: '2024-05-01T13:00:00Z', sampledValue: [{ value: '2000' }] }] };
      assert.equal((await r.record('CS1', 'StopTransaction', stopReq, {})).duplicate, false);
      assert.equal((await r.record('CS1', 'StopTransaction', stopReq, {})).duplicate, true);
      const done = await store.transaction('CS1', String(id));
      assert.deepEqual([done?.state, done?.meterStopWh, done?.stoppedReason, done?.messages], ['Ended', 2000, 'Local', 3]);
      assert.equal((await store.meterValues('CS1', String(id))).length, 2, 'one from MeterValues, one from transactionData');
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: 1.6: StopTransactions with transactionId -1 of different transactions are both applied; each retry is not`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const r = recorder(store, 'ocpp1.6');
    try {
      const s1 = { transactionId: -1, meterStop: 2000, timestamp: '2024-05-01T13:00:00Z' };
      const s2 = { transactionId: -1, meterStop: 3000, timestamp: '2024-05-01T14:00:00Z' };
      assert.equal((await r.record('CS1', 'StopTransaction', s1, {})).duplicate, false);
      assert.equal((await r.record('CS1', 'StopTransaction', s2, {})).duplicate, false);
      assert.equal((await r.record('CS1', 'StopTransaction', s1, {})).duplicate, true);
      assert.equal((await store.transaction('CS1', '-1'))?.messages, 2);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: an answer function that fails records nothing: the station's retry is handled as new`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const rec = new TransactionRecorder({ store, version: 'ocpp2.0.1' });
    try {
      const ev = tx201('F', 'Started', 0);
      await assert.rejects(
        rec.record('CS1', 'TransactionEvent', ev, () => {
          throw new Error('authorization service down');
        }),
        /authorization service down/,
      );
      assert.equal(await store.recorded('CS1', transactionEffect('ocpp2.0.1', 'TransactionEvent', ev).key), undefined);
      assert.equal(await store.transaction('CS1', 'F'), undefined);
      assert.equal((await rec.record('CS1', 'TransactionEvent', ev, () => ({}))).duplicate, false);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: pruneRecorded forgets old records of ended transactions only`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const r = recorder(store, 'ocpp2.0.1');
    try {
      await r.record('CS1', 'TransactionEvent', tx201('E', 'Started', 0));
      await r.record('CS1', 'TransactionEvent', tx201('E', 'Ended', 1));
      await r.record('CS1', 'TransactionEvent', tx201('O', 'Started', 0));
      assert.equal(await store.pruneRecorded(Date.now() - 60_000), 0, 'nothing is old enough');
      assert.equal(await store.pruneRecorded(Date.now() + 1), 2, 'the ended transaction\'s two records');
      assert.deepEqual(await store.seqNos('CS1', 'E'), []);
      assert.deepEqual(await store.seqNos('CS1', 'O'), [0]);
    } finally {
      await store.close();
      kind.done();
    }
  });

  if (makeKind().persistent) {
    test(`${kindName}: after a restart the CSMS still recognises retries and numbers 1.6 transactions on`, async () => {
      const kind = makeKind();
      try {
        let store = kind.open();
        let r = recorder(store, 'ocpp1.6');
        const start = { connectorId: 1, idTag: 'TAG', meterStart: 100, timestamp: '2024-05-01T12:00:00Z' };
        const first = await r.record('CS1', 'StartTransaction', start, { idTagInfo: { status: 'Accepted' } });
        await store.close();
        store = kind.open();
        r = recorder(store, 'ocpp1.6');
        const again = await r.record('CS1', 'StartTransaction', start, { idTagInfo: { status: 'Invalid' } });
        assert.equal(again.duplicate, true);
        assert.deepEqual(again.answer, first.answer);
        const next = await r.record('CS1', 'StartTransaction', { ...start, connectorId: 2 }, { idTagInfo: { status: 'Accepted' } });
        assert.equal(Number(next.transactionId), Number(first.transactionId) + 1);
        await store.close();
      } finally {
        kind.done();
      }
    });
  }
}

test('typed: each version records only its transaction actions, with their request and answer types', async () => {
  const store = csmsStoreKinds[0]!().open();
  const r16 = new TransactionRecorder({ store, version: 'ocpp1.6' });
  const start = await r16.record('CS1', 'StartTransaction', { connectorId: 1, idTag: 'T', meterStart: 0, timestamp: '2024-05-01T12:00:00Z' }, () => ({
    idTagInfo: { status: 'Accepted' },
  }));
  const id: number = start.answer.transactionId; // the answer sent carries the id the store gave
  assert.ok(id > 0);
  const r201 = new TransactionRecorder({ store, version: 'ocpp2.0.1' });
  // @ts-expect-error StartTransaction is no 2.0.1 action
  await assert.rejects(async () => r201.record('CS1', 'StartTransaction', {} as never, () => ({})), TypeError);
  // @ts-expect-error a 1.6 recorder does not take TransactionEvent
  await assert.rejects(async () => r16.record('CS1', 'TransactionEvent', {} as never, () => ({})), TypeError);
  await store.close();
});
