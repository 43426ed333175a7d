/**
 * The CSMS server over real sockets on 127.0.0.1: the handshake (identity,
 * subprotocol), connections replacing each other, and the limits that keep
 * a peer from making the server misbehave.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import WebSocket from 'ws';
import { CsmsServer } from '../../src/transport/websocket-server.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { acceptingHandlers, attempt, closed, now, startServer, until, waitFor } from './helpers.js';

test('Part 4 3.1.2/3.2: the offered subprotocol is selected; none in common is refused at the handshake', async () => {
  const { server, url } = await startServer({ versions: [v201] });
  const refused: number[] = [];
  server.on('refused', (info) => refused.push(info.status));
  try {
    const ok = await attempt(`${url}/CS1`, ['ocpp1.6', 'ocpp2.0.1']);
    assert.equal(ok.protocol, 'ocpp2.0.1');
    ok.ws!.close();
    // Refused before the upgrade: an HTTP status, never an open socket.
    assert.equal((await attempt(`${url}/CS1`, ['ocpp1.6'])).status, 400);
    assert.equal((await attempt(`${url}/CS1`, undefined)).status, 400);
    assert.deepEqual(refused, [400, 400]);
  } finally {
    await server.close();
  }
});

test('by default a server offers 2.1, 2.0.1 and 1.6, and picks the newest the station offers (from its list)', async () => {
  const { server, url } = await startServer();
  const versions: string[] = [];
  server.on('connect', (_identity, info) => versions.push(`${info.version}/${info.protocol}`));
  try {
    for (const [offered, expected] of [
      [['ocpp1.6'], 'ocpp1.6'],
      [['ocpp2.0.1'], 'ocpp2.0.1'],
      [['ocpp2.1'], 'ocpp2.1'],
      [['ocpp1.6', 'ocpp2.0.1'], 'ocpp2.0.1'],
      [['ocpp1.6', 'ocpp2.1', 'ocpp2.0.1'], 'ocpp2.1'],
      [['ocpp1.5', 'ocpp1.6'], 'ocpp1.6'],
    ] as const) {
      const a = await attempt(`${url}/CS1`, [...offered]);
      assert.equal(a.protocol, expected, offered.join(','));
      a.ws!.close();
      await until(() => !server.isConnected('CS1'), 'the close');
    }
    assert.deepEqual(versions, ['1.6/ocpp1.6', '2.0.1/ocpp2.0.1', '2.1/ocpp2.1', '2.0.1/ocpp2.0.1', '2.1/ocpp2.1', '1.6/ocpp1.6']);
    assert.equal((await attempt(`${url}/CS1`, ['ocpp1.5', 'ocpp2.0'])).status, 400);
  } finally {
    await server.close();
  }
});

test('protocolPreference client: the station\'s first choice among the versions in common', async () => {
  const { server, url } = await startServer({ protocolPreference: 'client' });
  try {
    const a = await attempt(`${url}/CS1`, ['ocpp1.6', 'ocpp2.1']);
    assert.equal(a.protocol, 'ocpp1.6');
    a.ws!.close();
  } finally {
    await server.close();
  }
});

test('the server\'s order of versions is its preference', async () => {
  const { server, url } = await startServer({ versions: [v16, v201] });
  try {
    const a = await attempt(`${url}/CS1`, ['ocpp2.1', 'ocpp2.0.1', 'ocpp1.6']);
    assert.equal(a.protocol, 'ocpp1.6');
    a.ws!.close();
  } finally {
    await server.close();
  }
});

test('Part 4 3.1.1: the identity is the percent-decoded last path segment; unusable ones get 404', async () => {
  const { server, url } = await startServer();
  const seen: string[] = [];
  server.on('connect', (identity, info) => seen.push(`${identity}|${info.endpointPath}|${info.securityProfile}`));
  try {
    const a = await attempt(`${url}/RDAM%20123`, 'ocpp2.0.1');
    assert.ok(a.ws);
    await until(() => seen.length === 1);
    assert.deepEqual(seen, ['RDAM 123|/ocpp|0']);
    assert.equal(server.isConnected('RDAM 123'), true);
    a.ws.close();
    assert.equal((await attempt(`${url}/${'x'.repeat(49)}`, 'ocpp2.0.1')).status, 404);
    assert.equal((await attempt(`${url}/a%3Ab`, 'ocpp2.0.1')).status, 404);
    assert.equal((await attempt(`${url}/`, 'ocpp2.0.1')).status, 404);
  } finally {
    await server.close();
  }
});

test('a plain HTTP request is told to upgrade (426)', async () => {
  const { server, port } = await startServer();
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/ocpp/CS1' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 426);
  } finally {
    await server.close();
  }
});

test('connect, handlers with the identity in their context, calls to a station by identity, disconnect', async () => {
  const { server, url } = await startServer();
  const seen = acceptingHandlers(server);
  const events: string[] = [];
  server.on('connect', (id) => events.push(`connect:${id}`));
  server.on('disconnect', (id, code) => events.push(`disconnect:${id}:${code}`));
  try {
    const { ws } = await attempt(`${url}/CS7`, 'ocpp2.0.1');
    assert.ok(ws);
    const answers: unknown[] = [];
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as unknown[];
      if (frame[0] === 2) {
        // The station answers the CSMS's GetVariables.
        ws.send(JSON.stringify([3, frame[1], { getVariableResult: [{ attributeStatus: 'Accepted', attributeValue: '42', component: { name: 'C' }, variable: { name: 'V' } }] }]));
      } else answers.push(frame);
    });
    ws.send(JSON.stringify(['2', 'b1', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }]));
    ws.send(JSON.stringify([2, 'b2', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }]));
    await until(() => answers.length === 2);
    assert.equal((answers[0] as unknown[])[0], 4); // a string message type is not a frame
    assert.equal(((answers[1] as unknown[])[2] as { status: string }).status, 'Accepted');
    assert.deepEqual(seen, ['BootNotification:PowerUp@CS7']);
    const station = server.station('CS7', '2.0.1');
    assert.ok(station);
    assert.equal(station.registrationStatus, 'Accepted');
    const got = await station.call('GetVariables', { getVariableData: [{ component: { name: 'C' }, variable: { name: 'V' } }] });
    assert.equal(got.getVariableResult[0]!.attributeValue, '42');
    ws.close(1000, 'bye');
    await until(() => events.length === 2);
    assert.deepEqual(events, ['connect:CS7', 'disconnect:CS7:1000']);
    assert.equal(server.isConnected('CS7'), false);
    // The behaviour is kept for the station's return (it does not boot again, Part 4 5.3).
    assert.equal(server.station('CS7', '2.0.1')?.registrationStatus, 'Accepted');
  } finally {
    await server.close();
  }
});

test('B02.FR.09: a station that has not booted is answered SecurityError over the socket', async () => {
  const { server, url } = await startServer();
  acceptingHandlers(server);
  try {
    const { ws } = await attempt(`${url}/CS8`, 'ocpp2.0.1');
    assert.ok(ws);
    const reply = waitFor<[Buffer]>(ws, 'message');
    ws.send(JSON.stringify([2, 'h1', 'Heartbeat', {}]));
    const [data] = await reply;
    const frame = JSON.parse(data.toString()) as unknown[];
    assert.deepEqual(frame.slice(0, 3), [4, 'h1', 'SecurityError']);
    ws.close();
  } finally {
    await server.close();
  }
});

test('a second connection with the same identity replaces the first, which is closed cleanly', async () => {
  const { server, url } = await startServer();
  acceptingHandlers(server);
  const events: string[] = [];
  server.on('connect', (id) => events.push(`connect:${id}`));
  server.on('disconnect', (id, code, reason) => events.push(`disconnect:${id}:${code}:${reason}`));
  try {
    const first = await attempt(`${url}/CS2`, 'ocpp2.0.1');
    assert.ok(first.ws);
    const firstClosed = closed(first.ws);
    const second = await attempt(`${url}/CS2`, 'ocpp2.0.1');
    assert.ok(second.ws);
    const c = await firstClosed;
    assert.equal(c.code, 1000);
    assert.match(c.reason, /replaced/);
    await until(() => events.length === 3);
    assert.deepEqual(events, ['connect:CS2', 'disconnect:CS2:1000:replaced by a new connection', 'connect:CS2']);
    assert.equal(server.connectionCount, 1);
    // The new connection is the one served.
    const reply = waitFor<[Buffer]>(second.ws, 'message');
    second.ws.send(JSON.stringify([2, 'x', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }]));
    assert.equal((JSON.parse((await reply)[0].toString()) as unknown[])[0], 3);
    second.ws.close();
    await until(() => events.length === 4);
  } finally {
    await server.close();
  }
});

test('a message larger than maxPayload closes the connection with 1009', async () => {
  const { server, url } = await startServer({ maxPayload: 1024 });
  try {
    const { ws } = await attempt(`${url}/CS3`, 'ocpp2.0.1', { perMessageDeflate: false });
    assert.ok(ws);
    const done = closed(ws);
    ws.send(JSON.stringify([2, 'big', 'DataTransfer', { vendorId: 'v', data: 'x'.repeat(2000) }]));
    assert.equal((await done).code, 1009);
  } finally {
    await server.close();
  }
});

test('maxBadMessages frames that are not OCPP-J in a row close with 1002; a good frame resets the count', async () => {
  const { server, url } = await startServer({ maxBadMessages: 3 });
  acceptingHandlers(server);
  try {
    const { ws } = await attempt(`${url}/CS4`, 'ocpp2.0.1');
    assert.ok(ws);
    const answers: unknown[][] = [];
    ws.on('message', (d) => answers.push(JSON.parse(d.toString()) as unknown[]));
    const done = closed(ws);
    ws.send('not json');
    ws.send('[9, "x"]');
    // A well-formed call (refused for registration) is not a bad message.
    ws.send(JSON.stringify([2, 'ok1', 'Heartbeat', {}]));
    ws.send('{}');
    ws.send('[2]');
    await until(() => answers.length === 5);
    assert.equal(ws.readyState, WebSocket.OPEN);
    assert.deepEqual(
      answers.map((a) => a[2]),
      ['RpcFrameworkError', 'MessageTypeNotSupported', 'SecurityError', 'RpcFrameworkError', 'RpcFrameworkError'],
    );
    ws.send('nope');
    assert.equal((await done).code, 1002);
  } finally {
    await server.close();
  }
});

test('keep-alive: a peer that stops answering pings is closed', async () => {
  const server = new CsmsServer({ pingIntervalMs: 100 });
  const { port } = await server.listen(0, '127.0.0.1');
  try {
    // autoPong off: this client never answers pings.
    const { ws } = await attempt(`ws://127.0.0.1:${port}/ocpp/CS5`, 'ocpp2.0.1', { autoPong: false });
    assert.ok(ws);
    const answering = await attempt(`ws://127.0.0.1:${port}/ocpp/CS6`, 'ocpp2.0.1');
    assert.ok(answering.ws);
    const c = await closed(ws);
    assert.equal(c.code, 1006);
    await until(() => !server.isConnected('CS5'));
    assert.equal(server.isConnected('CS6'), true);
    answering.ws.close();
  } finally {
    await server.close();
  }
});

test('backpressure: a station that does not read its answers stops being read', async () => {
  const { server, url } = await startServer({ maxBufferedBytes: 16 * 1024 });
  let handled = 0;
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
  server.handle('2.0.1', 'DataTransfer', (req) => {
    handled++;
    return { status: 'Accepted', data: req.data };
  });
  try {
    const { ws } = await attempt(`${url}/CS9`, 'ocpp2.0.1', { perMessageDeflate: false });
    assert.ok(ws);
    const booted = waitFor<[Buffer]>(ws, 'message');
    ws.send(JSON.stringify([2, 'boot', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }]));
    await booted;
    let answered = 0;
    ws.on('message', () => answered++);
    // Stop reading: the answers pile up on the server's side of the socket.
    ws.pause();
    const total = 1500;
    const data = 'd'.repeat(20_000);
    for (let i = 0; i < total; i++) ws.send(JSON.stringify([2, `m${i}`, 'DataTransfer', { vendorId: 'v', data }]));
    // Wait until the server stops making progress.
    let last = -1;
    while (handled !== last) {
      last = handled;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(handled < total, `the server kept reading: handled ${handled} of ${total}`);
    ws.resume();
    await until(() => answered === total, 'all answers');
    assert.equal(handled, total);
    ws.close();
  } finally {
    await server.close();
  }
});

test('close() closes connections with 1001 and the listening socket', async () => {
  const { server, url } = await startServer();
  const { ws } = await attempt(`${url}/CS10`, 'ocpp2.0.1');
  assert.ok(ws);
  const done = closed(ws);
  await server.close();
  assert.equal((await done).code, 1001);
  const again = await attempt(`${url}/CS10`, 'ocpp2.0.1');
  assert.ok(again.error);
});

test('the server can attach to an HTTP server the application owns', async () => {
  const { createServer } = await import('node:http');
  const http = createServer((_req, res) => res.end('app'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as { port: number }).port;
  const server = new CsmsServer({ server: http, pingIntervalMs: 0 });
  try {
    const a = await attempt(`ws://127.0.0.1:${port}/ocpp/CS11`, 'ocpp2.0.1');
    assert.equal(a.protocol, 'ocpp2.0.1');
    a.ws!.close();
    await assert.rejects(server.listen(), /own server/);
  } finally {
    await server.close();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
});

test('noServer: the application routes upgrades and hands OCPP ones to handleUpgrade()', async () => {
  const { createServer } = await import('node:http');
  const http = createServer();
  const server = new CsmsServer({ noServer: true, pingIntervalMs: 0 });
  http.on('upgrade', (req, socket, head) => {
    if (req.url?.startsWith('/ocpp/')) server.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const port = (http.address() as { port: number }).port;
  try {
    const ok = await attempt(`ws://127.0.0.1:${port}/ocpp/CS12`, 'ocpp2.0.1');
    assert.equal(ok.protocol, 'ocpp2.0.1');
    ok.ws!.close();
    assert.ok((await attempt(`ws://127.0.0.1:${port}/other/CS12`, 'ocpp2.0.1')).error);
  } finally {
    await server.close();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
});

test('handlers(object) registers a class instance\'s action methods for every station', async () => {
  class Handlers {
    readonly boots: string[] = [];
    BootNotification(req: { reason: string }, ctx: { identity: string }) {
      this.boots.push(`${req.reason}@${ctx.identity}`);
      return { status: 'Accepted' as const, interval: 60, currentTime: now() };
    }
    helper(): string {
      return 'not an action';
    }
  }
  const h = new Handlers();
  const { server, url } = await startServer();
  server.handlers('2.0.1', h);
  try {
    const { ws } = await attempt(`${url}/CS13`, 'ocpp2.0.1');
    assert.ok(ws);
    const reply = waitFor<[Buffer]>(ws, 'message');
    ws.send(JSON.stringify([2, 'b', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }]));
    assert.equal((JSON.parse((await reply)[0].toString()) as unknown[])[0], 3);
    assert.deepEqual(h.boots, ['PowerUp@CS13']);
    ws.close();
  } finally {
    await server.close();
  }
});
