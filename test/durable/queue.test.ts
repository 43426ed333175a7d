/**
 * TransactionMessageQueue over both stores: order, one message at a time,
 * the retry rules (1.6 3.7.1; 2.0.1 E13: TC_E_41_CS, TC_E_42_CS, TC_E_50_CS,
 * TC_E_51_CS), what counts as an attempt, waiting for registration after a
 * SecurityError, the offline flag (TC_E_43_CS), GetTransactionStatus (E14,
 * TC_E_28_CS to TC_E_34_CS), and seqNo continuing across a restart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { CallTimeoutError, ConnectionLostError, InternalError, SecurityError } from '../../src/rpc/errors.js';
import { NotRegisteredError } from '../../src/roles/registration.js';
import { TransactionMessageQueue, type TransactionMessageQueueOptions } from '../../src/durable/station/queue.js';
import { transactionRules201, type TransactionEventInput201 } from '../../src/durable/station/rules-v2.js';
import type { TransactionMessageStore } from '../../src/durable/station/store.js';
import { event201, ManualClock, stationStoreKinds, turns, until } from './support.js';

type Handler = (action: string, payload: Record<string, unknown>, n: number) => unknown;

/** The other end of `send`: records every call, answers with the handler, tracks how many are in flight. */
class Wire {
  readonly calls: { action: string; payload: Record<string, unknown>; at: number }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(
    private readonly clock: ManualClock,
    public handler: Handler = () => ({}),
  ) {}
  readonly send = async (action: string, payload: unknown): Promise<unknown> => {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const p = payload as Record<string, unknown>;
    this.calls.push({ action, payload: p, at: this.clock.now() });
    try {
      await turns(1);
      return await this.handler(action, p, this.calls.length);
    } finally {
      this.inFlight--;
    }
  };
  seqNos(): unknown[] {
    return this.calls.map((c) => c.payload['seqNo']);
  }
}

function queue201(store: TransactionMessageStore, wire: Wire, clock: ManualClock, options: Partial<TransactionMessageQueueOptions<TransactionEventInput201>> = {}) {
  return new TransactionMessageQueue<TransactionEventInput201>({ store, rules: transactionRules201, send: wire.send, clock, retryIntervalMs: 10_000, ...options });
}

for (const makeKind of stationStoreKinds) {
  const kindName = makeKind().name;

  test(`${kindName}: events queued offline go in order, one at a time, numbered per transaction, marked offline (TC_E_43_CS)`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    const wire = new Wire(clock);
    const queue = queue201(store, wire, clock);
    try {
      const inputs = [
        event201('A', 'Started'),
        event201('B', 'Started'),
        event201('A', 'Updated'),
        event201('B', 'Updated'),
        event201('A', 'Ended'),
        event201('B', 'Ended'),
      ];
      for (const input of inputs) await queue.enqueue(input);
      assert.equal(queue.state, 'offline');
      assert.equal(wire.calls.length, 0, 'nothing is sent while offline');
      queue.online();
      await until(() => wire.calls.length === 6 && queue.state === 'idle');
      assert.deepEqual(
        wire.calls.map((c) => [(c.payload['transactionInfo'] as { transactionId: string }).transactionId, c.payload['eventType'], c.payload['seqNo']]),
        [
          ['A', 'Started', 0],
          ['B', 'Started', 0],
          ['A', 'Updated', 1],
          ['B', 'Updated', 1],
          ['A', 'Ended', 2],
          ['B', 'Ended', 2],
        ],
      );
      assert.ok(wire.calls.every((c) => c.payload['offline'] === true));
      assert.equal(wire.maxInFlight, 1, 'one transaction message in flight at a time');
      assert.equal(await store.count(), 0);
      // Queued while online: no offline flag; a flag the application set is kept.
      await queue.enqueue(event201('C', 'Started'));
      await queue.enqueue(event201('C', 'Updated', { offline: false }));
      await until(() => wire.calls.length === 8);
      assert.equal(wire.calls[6]!.payload['offline'], undefined);
      assert.equal(wire.calls[7]!.payload['offline'], false);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: no answer: sent again after interval x preceding transmissions, given up after the last attempt, then the next goes (TC_E_41_CS, E13)`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    const wire = new Wire(clock, (_a, p) => {
      if (p['eventType'] === 'Started') throw new CallTimeoutError('TransactionEvent', 30000, false);
      return {};
    });
    const queue = queue201(store, wire, clock, { attempts: 3, retryIntervalMs: 10_000 });
    const retries: number[] = [];
    queue.on('retry', (_m, _e, info) => retries.push(info.delayMs));
    try {
      const first = await queue.enqueue(event201('A', 'Started'));
      await queue.enqueue(event201('A', 'Updated'));
      const discarded = once(queue, 'discarded');
      queue.online();
      await until(() => retries.length === 1);
      assert.equal(wire.calls.length, 1);
      assert.equal(queue.state, 'waiting');
      clock.advance(9_999);
      await turns(5);
      assert.equal(wire.calls.length, 1, 'not before the interval');
      clock.advance(1);
      await until(() => retries.length === 2);
      clock.advance(20_000);
      const [message] = await discarded;
      assert.equal((message as { id: number }).id, first.id);
      assert.deepEqual(retries, [10_000, 20_000], 'the wait grows with the number of preceding transmissions');
      await until(() => wire.calls.length === 4);
      const t0 = wire.calls[0]!.at;
      assert.deepEqual(wire.calls.map((c) => c.at - t0), [0, 10_000, 30_000, 30_000]);
      assert.deepEqual(wire.seqNos(), [0, 0, 0, 1], 'three transmissions of the first, then the next');
      clock.advance(600_000);
      await turns(5);
      assert.equal(wire.calls.length, 4, 'the given-up message is not sent again');
      assert.equal(await store.count(), 0);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: a CALLERROR is a failed attempt; an answer before the last attempt ends the retries (TC_E_50_CS, TC_E_51_CS, TC_E_42_CS)`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    const wire = new Wire(clock, (_a, _p, n) => {
      if (n === 1) throw new InternalError('try again');
      return { idTokenInfo: { status: 'Accepted' } };
    });
    const queue = queue201(store, wire, clock, { attempts: 3, retryIntervalMs: 5000 });
    try {
      const m = await queue.enqueue(event201('A', 'Started'));
      const settled = queue.settled(m.id);
      queue.online();
      await until(() => wire.calls.length === 1 && queue.state === 'waiting');
      assert.equal((await store.peek())?.attempts, 1);
      clock.advance(5_000);
      const s = await settled;
      assert.equal(s.status, 'delivered');
      assert.deepEqual(s.status === 'delivered' && s.response, { idTokenInfo: { status: 'Accepted' } });
      assert.equal(wire.calls.length, 2);
      assert.equal(wire.calls[1]!.at - wire.calls[0]!.at, 5_000);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: SecurityError (a CSMS that forgot the station): wait for registration, send again uncounted; a second refusal counts`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    let refuse = 1;
    const wire = new Wire(clock, () => {
      if (refuse > 0) {
        refuse--;
        throw new SecurityError('no BootNotification has been accepted');
      }
      return {};
    });
    const queue = queue201(store, wire, clock, { attempts: 1 });
    const needed: unknown[] = [];
    queue.on('registrationNeeded', (_m, err) => needed.push(err));
    try {
      const m = await queue.enqueue(event201('A', 'Started'));
      queue.online();
      await until(() => needed.length === 1);
      assert.equal(queue.state, 'unregistered');
      clock.advance(3_600_000);
      await turns(5);
      assert.equal(wire.calls.length, 1, 'nothing goes until the station is registered again');
      assert.equal((await store.peek())?.attempts, 0, 'the refusal of the station is not an attempt');
      const settled = queue.settled(m.id);
      queue.registered();
      assert.equal((await settled).status, 'delivered', 'with attempts = 1 it would have been given up had the refusal counted');

      // Refused again after registering again: that one counts.
      refuse = 2;
      const m2 = await queue.enqueue(event201('A', 'Updated'));
      const settled2 = queue.settled(m2.id);
      await until(() => needed.length === 2);
      queue.registered();
      const s2 = await settled2;
      assert.equal(s2.status, 'discarded');
      assert.equal(needed.length, 3);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: what never reached the CSMS is not an attempt: lost connection, not registered yet, never sent before its timeout`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    const failures: unknown[] = [
      new ConnectionLostError('TransactionEvent'),
      new NotRegisteredError('TransactionEvent', 'Unknown', 'send BootNotification first'),
      new CallTimeoutError('TransactionEvent', 30000, true),
    ];
    const wire = new Wire(clock, () => {
      const f = failures.shift();
      if (f !== undefined) throw f;
      return {};
    });
    const queue = queue201(store, wire, clock, { attempts: 1, resendDelayMs: 1000 });
    try {
      const m = await queue.enqueue(event201('A', 'Started'));
      const settled = queue.settled(m.id);
      queue.online();
      await until(() => wire.calls.length === 1 && queue.state !== 'sending');
      queue.offline();
      queue.online(); // the connection is back
      await until(() => wire.calls.length === 2 && queue.state === 'unregistered');
      queue.registered();
      await until(() => wire.calls.length === 3 && queue.state === 'waiting');
      clock.advance(1000);
      assert.equal((await settled).status, 'delivered');
      assert.equal(wire.calls.length, 4);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: waiting in the queue is under no timeout: queued for a day offline, then delivered on the first try`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    const wire = new Wire(clock);
    const queue = queue201(store, wire, clock, { attempts: 1 });
    try {
      const m = await queue.enqueue(event201('A', 'Started'));
      clock.advance(86_400_000);
      await turns(3);
      const settled = queue.settled(m.id);
      queue.online();
      assert.equal((await settled).status, 'delivered');
      assert.equal(wire.calls.length, 1);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: GetTransactionStatus answers from the queue (E14, TC_E_28_CS to TC_E_34_CS)`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    const wire = new Wire(clock);
    const queue = queue201(store, wire, clock);
    try {
      assert.deepEqual(await queue.transactionStatus(), { messagesInQueue: false }, 'TC_E_34_CS');
      assert.deepEqual(await queue.transactionStatus('unknown'), { ongoingIndicator: false, messagesInQueue: false }, 'TC_E_28_CS');
      await queue.enqueue(event201('A', 'Started'));
      await queue.enqueue(event201('A', 'Updated'));
      assert.deepEqual(await queue.transactionStatus('A'), { ongoingIndicator: true, messagesInQueue: true }, 'TC_E_29_CS');
      assert.deepEqual(await queue.transactionStatus(), { messagesInQueue: true }, 'TC_E_33_CS');
      await queue.enqueue(event201('A', 'Ended'));
      assert.deepEqual(await queue.transactionStatus('A'), { ongoingIndicator: false, messagesInQueue: true }, 'TC_E_31_CS');
      await queue.enqueue(event201('B', 'Started'));
      queue.online();
      await until(async () => (await store.count()) === 0);
      assert.deepEqual(await queue.transactionStatus('A'), { ongoingIndicator: false, messagesInQueue: false }, 'TC_E_32_CS');
      assert.deepEqual(await queue.transactionStatus('B'), { ongoingIndicator: true, messagesInQueue: false }, 'TC_E_30_CS');
      assert.equal(await queue.size(), 0);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: the store failing does not lose or skip a message: the queue tries again later`, async () => {
    const kind = makeKind();
    const inner = kind.open();
    let failPeek = 1;
    const store: TransactionMessageStore = Object.assign(Object.create(inner) as TransactionMessageStore, {
      peek: () => (failPeek-- > 0 ? Promise.reject(new Error('disk I/O error')) : inner.peek()),
    });
    const clock = new ManualClock();
    const wire = new Wire(clock);
    const queue = queue201(store, wire, clock, { storeRetryMs: 2000 });
    const errors: unknown[] = [];
    queue.on('error', (e) => errors.push(e));
    try {
      await queue.enqueue(event201('A', 'Started'));
      queue.online();
      await until(() => errors.length === 1);
      assert.equal(wire.calls.length, 0);
      clock.advance(2000);
      await until(() => wire.calls.length === 1);
    } finally {
      queue.close();
      await inner.close();
      kind.done();
    }
  });

  test(`${kindName}: input the version does not queue is refused before anything is stored`, async () => {
    const kind = makeKind();
    const store = kind.open();
    const clock = new ManualClock();
    const queue = queue201(store, new Wire(clock), clock);
    try {
      const bad = [
        { action: 'StatusNotification', payload: {} },
        { action: 'TransactionEvent', payload: { ...event201('A', 'Started').payload, seqNo: 3 } },
        { action: 'TransactionEvent', payload: { ...event201('A', 'Started').payload, transactionInfo: {} } },
        { action: 'TransactionEvent', payload: null },
      ];
      for (const input of bad) await assert.rejects(queue.enqueue(input as unknown as TransactionEventInput201), TypeError);
      assert.equal(await store.count(), 0);
      assert.equal(await store.transaction('A'), undefined);
    } finally {
      queue.close();
      await store.close();
      kind.done();
    }
  });

  if (makeKind().persistent) {
    test(`${kindName}: a restart resumes: queued events go after it, seqNo continues without gap or repeat`, async () => {
      const kind = makeKind();
      const clock = new ManualClock();
      const wire = new Wire(clock);
      try {
        let store = kind.open();
        let queue = queue201(store, wire, clock);
        await queue.enqueue(event201('A', 'Started'));
        await queue.enqueue(event201('A', 'Updated'));
        queue.close();
        await store.close();

        store = kind.open();
        queue = queue201(store, wire, clock);
        await queue.enqueue(event201('A', 'Updated'));
        await queue.enqueue(event201('A', 'Ended'));
        queue.online();
        await until(() => wire.calls.length === 4 && queue.state === 'idle');
        assert.deepEqual(wire.seqNos(), [0, 1, 2, 3]);
        assert.deepEqual(wire.calls.map((c) => c.payload['eventType']), ['Started', 'Updated', 'Updated', 'Ended']);
        queue.close();
        await store.close();
      } finally {
        kind.done();
      }
    });
  }
}

test('closing the queue rejects settled() promises still waiting; the message stays stored', async () => {
  const kind = stationStoreKinds[0]!();
  const store = kind.open();
  const clock = new ManualClock();
  const queue = queue201(store, new Wire(clock), clock);
  const m = await queue.enqueue(event201('A', 'Started'));
  const waiting = queue.settled(m.id);
  queue.close();
  await assert.rejects(waiting, /closed/);
  await assert.rejects(queue.settled(m.id), /closed/);
  await assert.rejects(queue.enqueue(event201('A', 'Updated')), /closed/);
  assert.equal(await store.count(), 1);
  await store.close();
});
