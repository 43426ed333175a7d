/**
 * The station client's durable transaction messages over real sockets:
 * stored before sending, in order, `offline: true` on events queued while
 * offline (TC_E_43_CS), seqNo from the store (continuing across a restart
 * of the client on the same store), a SecurityError from a CSMS that forgot
 * the station retried after booting again (B02.FR.09), attempts and give-up
 * (E13, TC_E_41_CS), GetTransactionStatus answered from the queue (E14,
 * TC_E_28_CS), and the 1.6 transactionId of an offline StartTransaction
 * filled into the messages that follow (1.6 3.7, errata to 4.8).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryTransactionMessageStore } from '../../src/durable/station/memory-store.js';
import { SqliteTransactionMessageStore } from '../../src/sqlite/station-store.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { tempDir } from '../durable/support.js';
import { acceptingHandlers, bootRequest, startServer, until } from './helpers.js';

const fast = { waitMinimumMs: 10, randomRangeMs: 10, repeatTimes: 3 };

function event(transactionId: string, eventType: 'Started' | 'Updated' | 'Ended', n: number) {
  return {
    action: 'TransactionEvent' as const,
    payload: {
      eventType,
      timestamp: new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(),
      triggerReason: eventType === 'Started' ? ('Authorized' as const) : eventType === 'Ended' ? ('StopAuthorized' as const) : ('MeterValuePeriodic' as const),
      transactionInfo: { transactionId },
      ...(eventType === 'Started' && { evse: { id: 1, connectorId: 1 }, idToken: { idToken: 'T1', type: 'ISO14443' as const } }),
    },
  };
}

test('2.0.1: events queued before connecting go once connected, in order, seqNo 0.., offline: true (TC_E_43_CS)', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  acceptingHandlers(server);
  const seen: { seqNo: number; offline: boolean | undefined; eventType: string }[] = [];
  server.handle('2.0.1', 'TransactionEvent', (req) => {
    seen.push({ seqNo: req.seqNo, offline: req.offline, eventType: req.eventType });
    return {};
  });
  const client = new ChargingStationClient({ version: v201, url, identity: 'TX1', pingIntervalMs: 0, backoff: fast, bootNotification: bootRequest });
  try {
    const stored = [await client.queueTransactionMessage(event('tx-a', 'Started', 0)), await client.queueTransactionMessage(event('tx-a', 'Updated', 1))];
    assert.deepEqual(stored.map((m) => m.seqNo), [0, 1]);
    assert.equal(await client.transactions.size(), 2);
    await client.connect();
    const last = await client.queueTransactionMessage(event('tx-a', 'Ended', 2));
    const settled = await client.transactions.settled(last.id);
    assert.equal(settled.status, 'delivered');
    assert.deepEqual(seen, [
      { seqNo: 0, offline: true, eventType: 'Started' },
      { seqNo: 1, offline: true, eventType: 'Updated' },
      { seqNo: 2, offline: undefined, eventType: 'Ended' },
    ]);
    assert.equal(await client.transactions.size(), 0);
  } finally {
    await client.close();
    await server.close();
  }
});

test('2.0.1: a CSMS that forgot the station answers SecurityError: the client boots again and the event is delivered, not dropped (B02.FR.09)', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  const boots: string[] = [];
  acceptingHandlers(server, boots);
  const seen: number[] = [];
  server.handle('2.0.1', 'TransactionEvent', (req) => {
    seen.push(req.seqNo);
    return {};
  });
  const client = new ChargingStationClient({
    version: v201,
    url,
    identity: 'TX2',
    pingIntervalMs: 0,
    backoff: fast,
    bootNotification: bootRequest,
    transactions: { attempts: 1 },
  });
  try {
    await client.connect();
    // As after a restart without a store: the CSMS no longer knows the station.
    server.station('TX2', '2.0.1')!.registration!.setStatus('Unknown');
    const m = await client.queueTransactionMessage(event('tx-b', 'Started', 0));
    const settled = await client.transactions.settled(m.id);
    assert.equal(settled.status, 'delivered', 'even with attempts: 1, the refusal of the station is not an attempt');
    assert.deepEqual(seen, [0]);
    assert.equal(boots.filter((b) => b.startsWith('BootNotification')).length, 2, 'booted again after the SecurityError');
  } finally {
    await client.close();
    await server.close();
  }
});

test('2.0.1: no answer is a failed attempt, retried after the interval, given up after the last (E13, TC_E_41_CS); then the next goes', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  acceptingHandlers(server);
  const seen: number[] = [];
  server.handle('2.0.1', 'TransactionEvent', (req) => {
    seen.push(req.seqNo);
    if (req.seqNo === 0) return new Promise(() => undefined); // never answered
    return {};
  });
  const client = new ChargingStationClient({
    version: v201,
    url,
    identity: 'TX3',
    pingIntervalMs: 0,
    backoff: fast,
    bootNotification: bootRequest,
    station: { callTimeoutMs: 150 },
    transactions: { attempts: 3, retryIntervalMs: 20 },
  });
  const retries: number[] = [];
  client.transactions.on('retry', (_m, _e, info) => retries.push(info.delayMs));
  try {
    await client.connect();
    const first = await client.queueTransactionMessage(event('tx-c', 'Started', 0));
    const second = await client.queueTransactionMessage(event('tx-c', 'Ended', 1));
    const s1 = await client.transactions.settled(first.id);
    assert.equal(s1.status, 'discarded');
    assert.equal((await client.transactions.settled(second.id)).status, 'delivered');
    assert.deepEqual(seen, [0, 0, 0, 1], 'three transmissions of seqNo 0, then seqNo 1');
    assert.deepEqual(retries, [20, 40], 'the interval times the transmissions so far');
  } finally {
    await client.close();
    await server.close();
  }
});

test('2.0.1: GetTransactionStatus is answered from the queue (E14, TC_E_28_CS, TC_E_33_CS)', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  acceptingHandlers(server);
  let hold = true;
  server.handle('2.0.1', 'TransactionEvent', () => (hold ? new Promise(() => undefined) : {}));
  const client = new ChargingStationClient({
    version: v201,
    url,
    identity: 'TX4',
    pingIntervalMs: 0,
    backoff: fast,
    bootNotification: bootRequest,
    station: { callTimeoutMs: 60_000 },
  });
  try {
    await client.connect();
    await client.queueTransactionMessage(event('tx-d', 'Started', 0));
    const csms = server.station('TX4', '2.0.1')!;
    assert.deepEqual(await csms.call('GetTransactionStatus', { transactionId: 'tx-d' }), { ongoingIndicator: true, messagesInQueue: true });
    assert.deepEqual(await csms.call('GetTransactionStatus', { transactionId: 'unknown' }), { ongoingIndicator: false, messagesInQueue: false });
    assert.deepEqual(await csms.call('GetTransactionStatus', {}), { messagesInQueue: true });
    hold = false;
  } finally {
    await client.close();
    await server.close();
  }
});

test('an invalid transaction message is refused before anything is stored', async () => {
  const client = new ChargingStationClient({ version: v201, url: 'ws://127.0.0.1:1/ocpp', identity: 'TX5', reconnect: false });
  try {
    const bad = { action: 'TransactionEvent' as const, payload: { ...event('tx-e', 'Started', 0).payload, triggerReason: 'Nope' as 'Authorized' } };
    await assert.rejects(client.queueTransactionMessage(bad), (err: unknown) => err instanceof Error && /triggerReason/.test(err.message));
    await assert.rejects(client.queueTransactionMessage({ ...event('tx-e', 'Started', 0), payload: { ...event('tx-e', 'Started', 0).payload, seqNo: 3 as never } }), TypeError);
    assert.equal(await client.transactions.size(), 0);
  } finally {
    await client.close();
  }
});

test('2.0.1: seqNo continues across a restart of the client on the same SQLite store', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  acceptingHandlers(server);
  const seen: number[] = [];
  server.handle('2.0.1', 'TransactionEvent', (req) => {
    seen.push(req.seqNo);
    return {};
  });
  const tmp = tempDir();
  try {
    for (const n of [0, 1]) {
      const store = new SqliteTransactionMessageStore(tmp.file('station.db'));
      const client = new ChargingStationClient({ version: v201, url, identity: 'TX6', pingIntervalMs: 0, backoff: fast, bootNotification: bootRequest, transactions: { store } });
      // Queued offline; delivered after connecting.
      await client.queueTransactionMessage(event('tx-f', n === 0 ? 'Started' : 'Updated', n * 2));
      const m = await client.queueTransactionMessage(event('tx-f', 'Updated', n * 2 + 1));
      await client.connect();
      await client.transactions.settled(m.id);
      await client.close();
      await store.close();
    }
    assert.deepEqual(seen, [0, 1, 2, 3]);
  } finally {
    await server.close();
    tmp.done();
  }
});

test('1.6: the transactionId of a StartTransaction queued offline goes into the MeterValues and StopTransaction behind it', async () => {
  const { server, url } = await startServer({ versions: [v16] });
  acceptingHandlers(server);
  const seen: string[] = [];
  server.handle('1.6', 'StartTransaction', () => {
    seen.push('Start');
    return { transactionId: 4711, idTagInfo: { status: 'Accepted' } };
  });
  server.handle('1.6', 'MeterValues', (req) => {
    seen.push(`MeterValues:${req.transactionId}`);
    return {};
  });
  server.handle('1.6', 'StopTransaction', (req) => {
    seen.push(`Stop:${req.transactionId}`);
    return {};
  });
  const store = new MemoryTransactionMessageStore();
  const client = new ChargingStationClient({
    version: v16,
    url,
    identity: 'TX7',
    pingIntervalMs: 0,
    backoff: fast,
    bootNotification: { chargePointVendor: 'V', chargePointModel: 'M' },
    transactions: { store },
  });
  try {
    const ts = '2024-01-01T00:00:00.000Z';
    await client.queueTransactionMessage({ action: 'StartTransaction', transaction: 'k1', payload: { connectorId: 1, idTag: 'T1', meterStart: 0, timestamp: ts } });
    await client.queueTransactionMessage({
      action: 'MeterValues',
      transaction: 'k1',
      payload: { connectorId: 1, meterValue: [{ timestamp: ts, sampledValue: [{ value: '10' }] }] },
    });
    const stop = await client.queueTransactionMessage({ action: 'StopTransaction', transaction: 'k1', payload: { meterStop: 20, timestamp: ts } });
    await client.connect();
    await client.transactions.settled(stop.id);
    assert.deepEqual(seen, ['Start', 'MeterValues:4711', 'Stop:4711']);
    assert.equal((await store.transaction('k1'))?.reference, 4711);
  } finally {
    await client.close();
  }
  await until(() => true);
  await server.close();
});
