/**
 * The common path of a station over real sockets: connect() resolves with the
 * BootNotificationResponse once Accepted (B01), waits through Pending while
 * the CSMS configures the station (B02, TC_B_02_CS), heartbeats follow the
 * interval the CSMS gives, and handler failures reach the application on
 * both sides with the identity, the action and the validator's pointers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HandlerErrorEvent } from '../../src/rpc/dispatch.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { bootRequest, now, startServer, until } from './helpers.js';
import { v201 } from '../../src/v201/index.js';

test('B01: connect() resolves with the Accepted BootNotificationResponse; heartbeats start at its interval', async () => {
  const { server, url } = await startServer();
  const heartbeats: string[] = [];
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 1, currentTime: now() }));
  server.handle('2.0.1', 'Heartbeat', (_req, ctx) => {
    heartbeats.push(ctx.identity);
    return { currentTime: now() };
  });
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-A', pingIntervalMs: 0, bootNotification: bootRequest });
  try {
    const response = await client.connect();
    assert.equal(response.status, 'Accepted');
    assert.equal(response.interval, 1);
    assert.equal(client.registered, true);
    assert.equal(client.bootResponse, response);
    assert.equal(client.heartbeatIntervalMs, 1000);
    // Already registered: connect() answers at once with the same response.
    assert.equal(await client.connect(), response);
    await until(() => heartbeats.length >= 1, 'a heartbeat sent by the client');
    assert.equal(heartbeats[0], 'CS-A');
  } finally {
    await client.close();
    await server.close();
  }
});

test('B02 / TC_B_02_CS: Pending is retried after its interval, the CSMS configures the station meanwhile, connect() waits for Accepted', async () => {
  const { server, url } = await startServer();
  const answers = ['Pending', 'Accepted'] as const;
  let boots = 0;
  server.handle('2.0.1', 'BootNotification', () => ({ status: answers[Math.min(boots++, 1)]!, interval: 1, currentTime: now() }));
  server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: now() }));
  const pendingCalls: string[] = [];
  server.on('connect', (identity) => {
    // While Pending the CSMS may set variables (B02.FR.02); 120 s lands in the client's heartbeat interval.
    void server
      .station(identity, '2.0.1')
      ?.call('SetVariables', { setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '120' }] })
      .then((r) => pendingCalls.push(r.setVariableResult[0]!.attributeStatus));
  });
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-P', pingIntervalMs: 0, bootNotification: bootRequest });
  client.handle('SetVariables', (req) => ({
    setVariableResult: req.setVariableData.map((d) => ({ component: d.component, variable: d.variable, attributeStatus: 'Accepted' as const })),
  }));
  const statuses: string[] = [];
  client.on('boot', (r) => statuses.push(r.status));
  try {
    const response = await client.connect();
    assert.equal(response.status, 'Accepted');
    assert.deepEqual(statuses, ['Pending', 'Accepted']);
    assert.deepEqual(pendingCalls, ['Accepted']);
    // Set while Pending, then the Accepted answer's own interval (1 s) replaced it: the latest word wins.
    assert.equal(client.heartbeatIntervalMs, 1000);
    await server.station('CS-P', '2.0.1')!.call('SetVariables', {
      setVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '45' }],
    });
    assert.equal(client.heartbeatIntervalMs, 45_000);
  } finally {
    await client.close();
    await server.close();
  }
});

test('heartbeat: false leaves heartbeats to the application; open() resolves without a boot', async () => {
  const { server, url } = await startServer();
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 1, currentTime: now() }));
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-N', pingIntervalMs: 0, heartbeat: false });
  try {
    const info = await client.open();
    assert.equal(info.protocol, 'ocpp2.0.1');
    assert.equal(client.registered, false);
    // No configured request: connect() waits for the application's own BootNotification.
    const registered = client.connect();
    const answer = await client.boot(bootRequest);
    assert.equal(await registered, answer);
    assert.equal(client.heartbeatIntervalMs, undefined);
  } finally {
    await client.close();
    await server.close();
  }
});

test('a BootNotification answered with a CALLERROR rejects connect() with that error', async () => {
  const { server, url } = await startServer();
  server.handle('2.0.1', 'BootNotification', () => {
    throw new Error('database down');
  });
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-E', pingIntervalMs: 0, bootNotification: bootRequest });
  try {
    await assert.rejects(client.connect(), (err: unknown) => err instanceof Error && /InternalError/.test(err.message));
  } finally {
    await client.close();
    await server.close();
  }
});

test('handler errors reach the server (identity, action, pointers) and the client', async () => {
  const { server, url } = await startServer();
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
  // An invalid answer: currentTime is not an RFC 3339 date-time.
  server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: 'yesterday' }));
  const serverErrors: [string, HandlerErrorEvent][] = [];
  server.on('handlerError', (identity, event) => serverErrors.push([identity, event]));
  const client = new ChargingStationClient({ version: v201, url, identity: 'CS-H', pingIntervalMs: 0, bootNotification: bootRequest, heartbeat: false });
  client.handle('Reset', () => {
    throw new TypeError('the reset handler broke');
  });
  const clientErrors: HandlerErrorEvent[] = [];
  client.on('handlerError', (event) => clientErrors.push(event));
  try {
    await client.connect();
    await assert.rejects(client.call('Heartbeat', {}), /InternalError/);
    assert.equal(serverErrors.length, 1);
    const [identity, event] = serverErrors[0]!;
    assert.equal(identity, 'CS-H');
    assert.equal(event.action, 'Heartbeat');
    assert.deepEqual(event.issues?.map((i) => [i.code, i.pointer]), [['PropertyConstraintViolation', '/currentTime']]);

    await assert.rejects(server.station('CS-H', '2.0.1')!.call('Reset', { type: 'Immediate' }), /InternalError/);
    assert.equal(clientErrors.length, 1);
    assert.equal(clientErrors[0]!.action, 'Reset');
    assert.match(String(clientErrors[0]!.error), /the reset handler broke/);
  } finally {
    await client.close();
    await server.close();
  }
});
