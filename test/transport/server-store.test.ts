/**
 * The CSMS server's store: registrations kept across a restart (a station
 * that reconnects without booting again is served, not refused with
 * SecurityError, B02.FR.09), and `handleTransaction`, which applies each
 * transaction message once: a station's retry (2.x same transactionId and
 * seqNo; 1.6 the same message) is answered as the first time without the
 * handler being called again; a seqNo gap after the Ended event makes the
 * server ask GetTransactionStatus (E14, TC_E_31_CSMS).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { SqliteCsmsStore } from '../../src/sqlite/csms-store.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { CsmsServer } from '../../src/transport/websocket-server.js';
import type { TransactionMessageRecord } from '../../src/transport/server-store.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { tempDir } from '../durable/support.js';
import { acceptingHandlers, bootRequest, startServer, until, waitFor } from './helpers.js';

const fast = { waitMinimumMs: 10, randomRangeMs: 10, repeatTimes: 3 };

/** A raw station socket: sends frames, collects answers by message id. */
async function rawStation(url: string, identity: string, protocol: string) {
  const ws = new WebSocket(`${url}/${identity}`, protocol);
  const answers = new Map<string, unknown[]>();
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as unknown[];
    answers.set(String(frame[1]), frame);
  });
  await waitFor(ws, 'open');
  return {
    ws,
    async call(id: string, action: string, payload: unknown): Promise<unknown[]> {
      ws.send(JSON.stringify([2, id, action, payload]));
      await until(() => answers.has(id), `answer ${id}`);
      return answers.get(id)!;
    },
  };
}

test('a station accepted before a restart is served by the restarted server on the same store, without booting again', async () => {
  const tmp = tempDir();
  const file = tmp.file('csms.db');
  let store = new SqliteCsmsStore(file);
  let { server, port, url } = await startServer({ store });
  const boots = acceptingHandlers(server);
  const client = new ChargingStationClient({ version: v201, url, identity: 'R1', pingIntervalMs: 0, backoff: fast, bootNotification: bootRequest });
  const refused: unknown[] = [];
  try {
    await client.connect();
    assert.equal((await store.station('R1'))?.registration, 'Accepted');
    await server.close();
    await store.close();
    // The same file, the same port: the station reconnects without booting.
    store = new SqliteCsmsStore(file);
    server = new CsmsServer({ store, pingIntervalMs: 0 });
    acceptingHandlers(server, boots);
    await server.listen(port, '127.0.0.1');
    await until(() => server.isConnected('R1'), 'the station to reconnect');
    const answer = await client.call('Heartbeat', {}).catch((e: unknown) => refused.push(e));
    assert.deepEqual(refused, []);
    assert.ok(typeof (answer as { currentTime?: unknown }).currentTime === 'string');
    assert.equal(boots.filter((b) => b.startsWith('BootNotification')).length, 1, 'no second BootNotification');
    assert.equal((await store.station('R1'))?.boots, 1);
  } finally {
    await client.close();
    await server.close();
    await store.close();
    tmp.done();
  }
  void url;
});

test('a station the store does not know must boot: its other calls get SecurityError (B02.FR.09)', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  acceptingHandlers(server);
  const raw = await rawStation(url, 'R2', 'ocpp2.0.1');
  try {
    const answer = await raw.call('h1', 'Heartbeat', {});
    assert.equal(answer[0], 4);
    assert.equal(answer[2], 'SecurityError');
  } finally {
    raw.ws.close();
    await server.close();
  }
});

test('2.x: a TransactionEvent sent again (same transactionId and seqNo) is answered as the first time, the handler called once', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  acceptingHandlers(server);
  let handled = 0;
  server.handleTransaction('2.0.1', 'TransactionEvent', (req, ctx) => {
    handled++;
    assert.equal(ctx.effect.key, `TransactionEvent|${req.transactionInfo.transactionId}|${req.seqNo}`);
    return { totalCost: handled };
  });
  const records: TransactionMessageRecord[] = [];
  server.on('transactionMessage', (_id, r) => records.push(r));
  const raw = await rawStation(url, 'R3', 'ocpp2.0.1');
  try {
    await raw.call('b', 'BootNotification', bootRequest);
    const event = {
      eventType: 'Started',
      timestamp: '2024-01-01T00:00:00Z',
      triggerReason: 'Authorized',
      seqNo: 0,
      transactionInfo: { transactionId: 'T-1' },
    };
    const first = await raw.call('e1', 'TransactionEvent', event);
    const again = await raw.call('e2', 'TransactionEvent', event);
    assert.deepEqual(first[2], { totalCost: 1 });
    assert.deepEqual(again[2], { totalCost: 1 });
    assert.equal(handled, 1);
    assert.deepEqual(records.map((r) => r.duplicate), [false, true]);
    const tx = await server.store.transaction('R3', 'T-1');
    assert.equal(tx?.messages, 1);
  } finally {
    raw.ws.close();
    await server.close();
  }
});

test('1.6: a StartTransaction retried gets the same transactionId from the store, the handler called once', async () => {
  const { server, url } = await startServer({ versions: [v16] });
  acceptingHandlers(server);
  let handled = 0;
  server.handleTransaction('1.6', 'StartTransaction', () => {
    handled++;
    return { idTagInfo: { status: 'Accepted' } };
  });
  server.handleTransaction('1.6', 'StopTransaction', () => ({}));
  const raw = await rawStation(url, 'R4', 'ocpp1.6');
  try {
    await raw.call('b', 'BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' });
    const start = { connectorId: 1, idTag: 'TAG', meterStart: 10, timestamp: '2024-01-01T00:00:00Z' };
    const a = (await raw.call('s1', 'StartTransaction', start))[2] as { transactionId: number };
    const b = (await raw.call('s2', 'StartTransaction', { ...start, timestamp: '2024-01-01T00:00:00.000Z' }))[2] as { transactionId: number };
    assert.equal(handled, 1);
    assert.ok(Number.isInteger(a.transactionId));
    assert.equal(b.transactionId, a.transactionId);
    const stop = { transactionId: a.transactionId, meterStop: 20, timestamp: '2024-01-01T01:00:00Z' };
    await raw.call('t1', 'StopTransaction', stop);
    await raw.call('t2', 'StopTransaction', stop);
    const tx = await server.store.transaction('R4', String(a.transactionId));
    assert.equal(tx?.state, 'Ended');
    assert.equal(tx?.messages, 2);
  } finally {
    raw.ws.close();
    await server.close();
  }
});

test('handleTransaction refuses an action that is no transaction message of the version', () => {
  const server = new CsmsServer({ noServer: true });
  assert.throws(() => server.handleTransaction('2.0.1', 'Heartbeat' as never, () => ({}) as never), TypeError);
  void server.close();
});

test('E14 / TC_E_31_CSMS: an Ended event with seqNos missing makes the server ask GetTransactionStatus', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  acceptingHandlers(server);
  server.handleTransaction('2.0.1', 'TransactionEvent', () => ({}));
  const raw = await rawStation(url, 'R5', 'ocpp2.0.1');
  const asked: unknown[] = [];
  raw.ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as unknown[];
    if (frame[0] === 2) {
      asked.push(frame);
      raw.ws.send(JSON.stringify([3, frame[1], { messagesInQueue: true }]));
    }
  });
  try {
    await raw.call('b', 'BootNotification', bootRequest);
    const base = { timestamp: '2024-01-01T00:00:00Z', transactionInfo: { transactionId: 'T-9' } };
    await raw.call('e0', 'TransactionEvent', { ...base, eventType: 'Started', triggerReason: 'Authorized', seqNo: 0 });
    await raw.call('e3', 'TransactionEvent', { ...base, eventType: 'Ended', triggerReason: 'StopAuthorized', seqNo: 3 });
    await until(() => asked.length > 0, 'GetTransactionStatus');
    const frame = asked[0] as unknown[];
    assert.equal(frame[2], 'GetTransactionStatus');
    assert.deepEqual(frame[3], { transactionId: 'T-9' });
  } finally {
    raw.ws.close();
    await server.close();
  }
});
