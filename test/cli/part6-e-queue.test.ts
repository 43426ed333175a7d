/**
 * Part 6, block E (transactions): the offline queue, GetTransactionStatus
 * and retries (E11-E14), driven through the control API against a CSMS on a
 * real connection.
 */
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { InternalError } from '../../src/index.js';
import { Bench, quiet, TOKEN, until, type BenchOptions, type Received } from './octt.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

async function open(o: BenchOptions = {}, connectors = 1): Promise<Bench> {
  bench = await Bench.open(o);
  await bench.ready(connectors);
  return bench;
}

type Tx = { eventType: string; triggerReason: string; seqNo: number; offline?: boolean; idToken?: { idToken: string }; evse?: { id: number; connectorId?: number }; meterValue?: unknown[]; transactionInfo: { transactionId: string; chargingState?: string; stoppedReason?: string; remoteStartId?: number } };
const tx = (r: Received): Tx => r.payload as unknown as Tx;
const plug = (b: Bench): Promise<unknown> => b.act('plug', { evseId: 1, connectorId: 1 });
const unplug = (b: Bench): Promise<unknown> => b.act('unplug', { evseId: 1, connectorId: 1 });
const present = (b: Bench, token: { idToken: string; type: string } = TOKEN): Promise<unknown> => b.act('present', { ...token, evseId: 1 });
const where = (b: Bench, from: number, what: (t: Tx) => boolean, name: string): Promise<Tx> => b.next('TransactionEvent', from, (p) => what(p as unknown as Tx), name).then(tx);

describe('Part 6 E: transaction status and the queue', () => {
  it('TC_E_28_CS / TC_E_34_CS / TC_E_30_CS / TC_E_32_CS: GetTransactionStatus with nothing queued', async () => {
    const b = await open();
    assert.deepEqual(await b.call('GetTransactionStatus', { transactionId: 'no-such-transaction' }), { messagesInQueue: false, ongoingIndicator: false });
    assert.deepEqual(await b.call('GetTransactionStatus', {}), { messagesInQueue: false });
    const id = await b.charging();
    await b.station.settled();
    assert.deepEqual(await b.call('GetTransactionStatus', { transactionId: id }), { messagesInQueue: false, ongoingIndicator: true });
    await present(b);
    await unplug(b);
    await b.station.settled();
    assert.deepEqual(await b.call('GetTransactionStatus', { transactionId: id }), { messagesInQueue: false, ongoingIndicator: false });
  });

  /** Offline with messages queued; at the reconnection the CSMS asks first and answers the TransactionEvents after. */
  async function askOnReconnect(b: Bench, request: { transactionId?: string }): Promise<unknown> {
    let asked!: () => void;
    const askedFirst = new Promise<void>((r) => (asked = r));
    b.answer('TransactionEvent', async (req, ctx) => {
      await askedFirst;
      b.state.transactionEvent(ctx.identity, req);
      return {};
    });
    const answer = new Promise((resolve, reject) => {
      b.server.once('connect', () => {
        b.call('GetTransactionStatus', request).then((r) => {
          asked();
          resolve(r);
        }, reject);
      });
    });
    await b.act('reconnect');
    return answer;
  }

  it('TC_E_29_CS / TC_E_33_CS / TC_E_40_CS: offline during a transaction, periodic meter values are queued (offline) and reported as queued', async () => {
    const b = await open();
    await b.configure({ 'SampledDataCtrlr.TxUpdatedInterval': '1' });
    const id = await b.charging();
    await b.act('disconnect');
    await until(() => b.station.queue.size >= 1, 'a queued meter value', 4000);
    const back = b.mark();
    assert.deepEqual(await askOnReconnect(b, { transactionId: id }), { messagesInQueue: true, ongoingIndicator: true });
    const updated = await where(b, back, (t) => t.triggerReason === 'MeterValuePeriodic', 'the queued meter values');
    assert.equal(updated.eventType, 'Updated');
    assert.equal(updated.offline, true);
    assert.ok((updated.meterValue?.length ?? 0) > 0);
    await b.act('disconnect');
    await until(() => b.station.queue.size >= 1, 'a queued meter value', 4000);
    assert.deepEqual(await askOnReconnect(b, {}), { messagesInQueue: true });
  });

  it('TC_E_31_CS / TC_E_44_CS: the transaction ended while offline: ongoing false, messages queued; all flagged offline, the Ended among them', async () => {
    const b = await open();
    const id = await b.charging();
    await b.act('disconnect');
    await present(b);
    await unplug(b);
    const back = b.mark();
    assert.deepEqual(await askOnReconnect(b, { transactionId: id }), { messagesInQueue: true, ongoingIndicator: false });
    await where(b, back, (t) => t.eventType === 'Ended', 'Ended');
    assert.ok(b.received('TransactionEvent', back).map(tx).every((t) => t.offline === true));
  });

  it('TC_E_43_CS: a whole transaction while offline: Started to Ended, every event flagged offline, in order', async () => {
    const b = await open();
    await b.cache(TOKEN);
    await b.act('disconnect');
    await plug(b);
    await present(b);
    await until(() => b.station.equipment.evse(1)!.session.charging, 'charging offline');
    await present(b);
    await unplug(b);
    const back = b.mark();
    await b.act('reconnect');
    await where(b, back, (t) => t.eventType === 'Ended', 'Ended');
    const all = b.received('TransactionEvent', back).map(tx);
    assert.deepEqual(all.map((t) => t.seqNo), all.map((_, i) => i));
    assert.equal(all[0]!.eventType, 'Started');
    assert.ok(all.every((t) => t.offline === true));
  });

  it('TC_E_45_CS: stopped offline by another idToken of the same group, known from the cache', async () => {
    const b = await open();
    const group = { status: 'Accepted', groupIdToken: { idToken: 'FAMILY', type: 'Central' } } as const;
    const other = { idToken: 'DRIVER-2', type: 'ISO14443' } as const;
    await b.cache(other, group);
    b.tokens.set(TOKEN.idToken, group);
    await b.charging();
    await b.act('disconnect');
    assert.equal(((await b.act('present', { ...other, evseId: 1 })) as { result: string }).result, 'stopped');
    await unplug(b);
    const back = b.mark();
    await b.act('reconnect');
    const ended = await where(b, back, (t) => t.eventType === 'Ended', 'Ended');
    assert.deepEqual([ended.triggerReason, ended.offline, ended.idToken?.idToken], ['StopAuthorized', true, other.idToken]);
  });

  it('TC_E_40_CS: the CSMS closes the connection and refuses for a while: the events of that time follow, flagged offline', async () => {
    const b = await open();
    await b.configure({ 'SampledDataCtrlr.TxUpdatedInterval': '1' });
    await b.charging();
    b.refusing = true;
    await b.closeFromCsms();
    await until(() => b.station.queue.size >= 1, 'a queued meter value', 4000);
    const back = b.mark();
    b.refusing = false;
    const queued = await where(b, back, (t) => t.triggerReason === 'MeterValuePeriodic', 'the queued meter values');
    assert.deepEqual([queued.eventType, queued.offline, (queued.meterValue?.length ?? 0) > 0], ['Updated', true, true]);
  });
});

// The cases wait on timers only: they run side by side, each on a bench of its own.
describe('Part 6 E: retries (E13)', { concurrency: true }, () => {
  /** A CSMS that stays silent or answers CALLERROR InternalError up to the `answerAt`th attempt; the TransactionEvents it saw. */
  async function retries(answer: 'silence' | 'error', attempts: number, answerAt: number | undefined): Promise<Tx[]> {
    const b = await Bench.open({ station: { messageTimeoutS: 1 } });
    try {
      await b.ready();
      await b.configure({ 'OCPPCommCtrlr.MessageAttempts[TransactionEvent]': String(attempts), 'OCPPCommCtrlr.MessageAttemptInterval[TransactionEvent]': '1' });
      let n = 0;
      b.answer('TransactionEvent', async () => {
        n++;
        if (answerAt !== undefined && n >= answerAt) return {};
        if (answer === 'error') throw new InternalError('not now');
        return new Promise<never>(() => undefined);
      });
      const from = b.mark();
      await plug(b);
      await until(() => b.received('TransactionEvent', from).length >= (answerAt ?? attempts), 'the attempts', 15_000);
      // Another attempt would come MessageAttemptInterval x attempts after the last failure.
      await quiet(b, 'TransactionEvent', b.mark(), answerAt !== undefined ? 600 : answer === 'silence' ? 1000 + 1000 * attempts + 300 : 1000 * attempts + 300);
      return b.received('TransactionEvent', from).map(tx);
    } finally {
      await b.close();
    }
  }

  it('TC_E_41_CS: no answer: sent MessageAttempts times, then dropped', async () => {
    const sent = await retries('silence', 2, undefined);
    assert.deepEqual(sent.map((t) => `${t.eventType}/${t.seqNo}`), ['Started/0', 'Started/0']);
  });

  it('TC_E_50_CS: a CALLERROR each time: sent MessageAttempts times, then dropped', async () => {
    const sent = await retries('error', 3, undefined);
    assert.deepEqual(sent.map((t) => `${t.eventType}/${t.seqNo}`), ['Started/0', 'Started/0', 'Started/0']);
  });

  it('TC_E_42_CS: no answer to the first attempt, an answer to the second: sent twice, not again', async () => {
    assert.equal((await retries('silence', 3, 2)).length, 2);
  });

  it('TC_E_51_CS: a CALLERROR to the first attempt, an answer to the second: sent twice, not again', async () => {
    assert.equal((await retries('error', 3, 2)).length, 2);
  });
});
