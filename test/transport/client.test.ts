/**
 * The station client over real sockets: refused handshakes, the reconnect
 * back-off (Part 4 5.3), booting again, and the offline queue.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { CallTimeoutError, ConnectionLostError, EndpointClosedError, QueueFullError, SecurityError } from '../../src/rpc/errors.js';
import { HandshakeError } from '../../src/transport/errors.js';
import type { ReconnectingInfo } from '../../src/transport/client-options.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { CsmsServer } from '../../src/transport/websocket-server.js';
import { acceptingHandlers, bootRequest, now, startServer, until, waitFor } from './helpers.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';

const fast = { waitMinimumMs: 10, randomRangeMs: 10, repeatTimes: 3 };

test('a subprotocol the server does not speak: connect() rejects with HTTP 400, not retried', async () => {
  const { server, url } = await startServer({ versions: [v21] });
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS1', pingIntervalMs: 0, backoff: fast });
  try {
    const err = await client.open().then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof HandshakeError);
    assert.equal(err.status, 400);
    assert.equal(err.permanent, true);
    assert.match(err.message, /400/);
    assert.equal(client.state, 'idle');
  } finally {
    await client.close();
    await server.close();
  }
});

test('a server that upgrades without a subprotocol is a subprotocol failure', async () => {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: () => false });
  await waitFor(wss, 'listening');
  const port = (wss.address() as { port: number }).port;
  const client = new ChargingStationClient({ version: v201, url: `ws://127.0.0.1:${port}/ocpp`, identity: 'CS1', pingIntervalMs: 0 });
  try {
    await assert.rejects(client.open(), (err: unknown) => err instanceof HandshakeError && err.failure === 'subprotocol' && err.permanent);
  } finally {
    await client.close();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }
});

test('TC_B_57_CS / Part 4 5.3: the wait doubles RetryBackOffRepeatTimes times, then stays', async () => {
  // Nothing listens on this port once the server is closed.
  const { server, url } = await startServer();
  await server.close();
  const client = new ChargingStationClient({
    version: v201,
    url,
    identity: 'CS1',
    pingIntervalMs: 0,
    backoff: { waitMinimumMs: 5, randomRangeMs: 0, repeatTimes: 2 },
  });
  const seen: ReconnectingInfo[] = [];
  client.on('reconnecting', (info) => seen.push(info));
  void client.open().catch(() => undefined);
  await until(() => seen.length >= 5);
  await client.close();
  assert.deepEqual(
    seen.slice(0, 5).map((s) => s.delayMs),
    [5, 10, 20, 20, 20],
  );
  assert.deepEqual(
    seen.slice(0, 5).map((s) => s.attempt),
    [1, 2, 3, 4, 5],
  );
  assert.ok(seen.every((s) => s.error instanceof HandshakeError && s.error.failure === 'network' && !s.error.permanent));
});

test('the CSMS restarts under a connected station: it reconnects with back-off, boots again and delivers the queued calls once each', async () => {
  const first = await startServer();
  const port = first.port;
  const seen1 = acceptingHandlers(first.server);
  const client = new ChargingStationClient({
    version: v201,
    url: first.url,
    identity: 'CS-R',
    pingIntervalMs: 0,
    backoff: fast,
    bootNotification: bootRequest,
    bootOnReconnect: 'always',
  });
  const events: string[] = [];
  client.on('connect', (i) => events.push(i.reconnect ? 'reconnect' : 'connect'));
  client.on('disconnect', (code) => events.push(`disconnect:${code}`));
  let reconnecting = 0;
  client.on('reconnecting', () => reconnecting++);
  const boots: string[] = [];
  client.on('boot', (r) => boots.push(r.status));
  try {
    await client.connect();
    await until(() => boots.length === 1);
    assert.deepEqual(seen1, ['BootNotification:PowerUp@CS-R']);
    assert.equal((await client.call('Heartbeat', {})).currentTime.length > 0, true);

    await first.server.close();
    await until(() => events.includes('disconnect:1001'));
    // Offline: these wait in the queue.
    const queued = [1, 2, 3].map((i) =>
      client.call('StatusNotification', { timestamp: now(), connectorStatus: 'Available', evseId: 1, connectorId: i }),
    );
    // Let a few attempts fail against the closed port.
    await until(() => reconnecting >= 3);

    // A new CSMS process: it knows nothing of the station.
    const second = new CsmsServer({ pingIntervalMs: 0 });
    const seen2 = acceptingHandlers(second);
    const statuses: number[] = [];
    second.handle('2.0.1', 'StatusNotification', (req, ctx) => {
      seen2.push(`StatusNotification@${ctx.identity}`);
      statuses.push(req.connectorId);
      return {};
    });
    await second.listen(port, '127.0.0.1');
    try {
      await Promise.all(queued);
      assert.deepEqual(statuses, [1, 2, 3]);
      assert.deepEqual(seen2, [
        'BootNotification:PowerUp@CS-R',
        'StatusNotification@CS-R',
        'StatusNotification@CS-R',
        'StatusNotification@CS-R',
      ]);
      assert.deepEqual(boots, ['Accepted', 'Accepted']);
      assert.deepEqual(events, ['connect', 'disconnect:1001', 'reconnect']);
      assert.equal(second.station('CS-R')?.registrationStatus, 'Accepted');
    } finally {
      await client.close();
      await second.close();
    }
  } finally {
    await client.close();
  }
});

test('bootOnReconnect whenRefused (default): a SecurityError answer makes the station boot again before its queued calls', async () => {
  const first = await startServer();
  acceptingHandlers(first.server);
  const client = new ChargingStationClient({ version: v201, url: first.url, identity: 'CS-W', pingIntervalMs: 0, backoff: fast, bootNotification: bootRequest });
  let connects = 0;
  client.on('connect', () => connects++);
  try {
    await client.connect();
    await client.call('Heartbeat', {}); // goes after the boot
    await first.server.close();
    await until(() => client.state !== 'open');
    const a = client.call('Heartbeat', {});
    const b = client.call('Heartbeat', {});
    const c = client.call('Heartbeat', {});
    const second = new CsmsServer({ pingIntervalMs: 0 });
    const seen = acceptingHandlers(second);
    await second.listen(first.port, '127.0.0.1');
    try {
      // Part 4 5.3: no BootNotification on reconnect, so the new CSMS refuses (B02.FR.09)...
      await assert.rejects(a, SecurityError);
      // ...and the station boots again; what waited behind goes out after it.
      await b;
      await c;
      assert.deepEqual(seen, ['BootNotification:PowerUp@CS-W', 'Heartbeat@CS-W', 'Heartbeat@CS-W']);
      assert.equal(connects, 2);
    } finally {
      await client.close();
      await second.close();
    }
  } finally {
    await client.close();
  }
});

test('bootOnReconnect never: a reconnecting station does not boot again (Part 4 5.3) and the CSMS keeps its registration', async () => {
  const { server, url } = await startServer();
  const seen = acceptingHandlers(server);
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-N', pingIntervalMs: 0, backoff: fast, bootNotification: bootRequest, bootOnReconnect: 'never' });
  try {
    await client.connect();
    await client.call('Heartbeat', {});
    await server.disconnect('CS-N', 1001, 'maintenance');
    await until(() => client.state !== 'open');
    await until(() => client.state === 'open');
    // The same CSMS process remembers the station: no boot needed.
    await client.call('Heartbeat', {});
    assert.deepEqual(seen, ['BootNotification:PowerUp@CS-N', 'Heartbeat@CS-N', 'Heartbeat@CS-N']);
  } finally {
    await client.close();
    await server.close();
  }
});

test('a call in flight when the connection drops fails with ConnectionLostError; the station reconnects', async () => {
  const { server, url } = await startServer();
  acceptingHandlers(server);
  let release!: () => void;
  server.handle('2.0.1', 'Authorize', () => new Promise((resolve) => (release = () => resolve({ idTokenInfo: { status: 'Accepted' } }))));
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-L', pingIntervalMs: 0, backoff: fast, bootNotification: bootRequest });
  try {
    await client.connect();
    const inFlight = client.call('Authorize', { idToken: { idToken: 'A', type: 'ISO14443' } });
    await until(() => release !== undefined);
    const reconnected = waitFor(client, 'connect');
    const lost = assert.rejects(inFlight, ConnectionLostError);
    await server.disconnect('CS-L', 1012, 'restart');
    await lost;
    await reconnected;
    release();
    assert.equal((await client.call('Heartbeat', {})).currentTime.length > 0, true);
  } finally {
    await client.close();
    await server.close();
  }
});

test('the offline queue is bounded: a full queue and a timeout reject with clear errors; close() rejects the rest', async () => {
  const client = new ChargingStationClient({
    version: v201,
    url: 'ws://127.0.0.1:9/ocpp',
    identity: 'CS-Q',
    station: { maxQueue: 2, registration: false },
  });
  const a = client.call('Heartbeat', {});
  const b = client.call('Heartbeat', {}, { timeoutMs: 5 });
  await assert.rejects(client.call('Heartbeat', {}), QueueFullError);
  await assert.rejects(b, (err: unknown) => err instanceof CallTimeoutError && err.neverSent);
  // The timed-out call freed its place.
  const c = client.call('Heartbeat', {});
  await client.close();
  await assert.rejects(a, EndpointClosedError);
  await assert.rejects(c, EndpointClosedError);
  await assert.rejects(client.open(), /closed/);
});

test('a station can call and be called; handlers see the identity', async () => {
  const { server, url } = await startServer();
  acceptingHandlers(server);
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-H', pingIntervalMs: 0, bootNotification: bootRequest });
  const contexts: string[] = [];
  client.handle('Reset', (req, ctx) => {
    contexts.push(`${ctx.action}@${ctx.identity}:${req.type}`);
    return { status: 'Accepted' };
  });
  try {
    const booted = waitFor(client, 'boot');
    await client.connect();
    await booted;
    const r = await server.station('CS-H', '2.0.1')!.call('Reset', { type: 'Immediate' });
    assert.equal(r.status, 'Accepted');
    assert.deepEqual(contexts, ['Reset@CS-H:Immediate']);
    assert.equal(client.protocol, 'ocpp2.0.1');
  } finally {
    await client.close();
    await server.close();
  }
});

test('client pings (WebSocketPingInterval) detect a server that stopped answering, and the station reconnects', async () => {
  // A server that never answers pings.
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong: false, handleProtocols: (p) => [...p][0] ?? false });
  await waitFor(wss, 'listening');
  const port = (wss.address() as { port: number }).port;
  let connections = 0;
  wss.on('connection', () => connections++);
  const client = new ChargingStationClient({ version: v201, url: `ws://127.0.0.1:${port}/ocpp`, identity: 'CS-P', pingIntervalMs: 20, backoff: fast });
  try {
    await client.open();
    await until(() => connections >= 2, 'a second connection');
  } finally {
    await client.close();
    // A reconnection already under way when close() ran must not keep the server open.
    wss.on('connection', (ws) => ws.terminate());
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }
});

test('B02: a BootNotification answered Pending is sent again after the interval, then Accepted lets queued calls go', async () => {
  const { server, url } = await startServer();
  const seen: string[] = [];
  let boots = 0;
  server.handle('2.0.1', 'BootNotification', () => {
    boots++;
    seen.push(`BootNotification#${boots}`);
    return { status: boots === 1 ? 'Pending' : 'Accepted', interval: 1, currentTime: now() };
  });
  server.handle('2.0.1', 'Heartbeat', () => {
    seen.push('Heartbeat');
    return { currentTime: now() };
  });
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-B', pingIntervalMs: 0, bootNotification: bootRequest });
  const statuses: string[] = [];
  client.on('boot', (r) => statuses.push(r.status));
  try {
    await client.connect();
    await until(() => statuses.length === 2, 'the second boot');
    assert.deepEqual(statuses, ['Pending', 'Accepted']);
    await client.call('Heartbeat', {});
    assert.deepEqual(seen, ['BootNotification#1', 'BootNotification#2', 'Heartbeat']);
  } finally {
    await client.close();
    await server.close();
  }
});

test('close() while a handshake is under way resolves at once and fails the waiting connect()', async () => {
  // A server that accepts the TCP connection and never answers the upgrade.
  const sockets: Socket[] = [];
  const silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const port = (silent.address() as { port: number }).port;
  const client = new ChargingStationClient({ version: v201, url: `ws://127.0.0.1:${port}/ocpp`, identity: 'CS-H', pingIntervalMs: 0, backoff: fast });
  try {
    const connecting = client.open();
    await until(() => sockets.length === 1, 'the TCP connection');
    await client.close();
    assert.equal(client.state, 'closed');
    await assert.rejects(connecting);
  } finally {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  }
});
