/**
 * Every version over WebSocket, through the station client and the CSMS
 * server: the 1.6 session (with the heartbeat interval changed by
 * ChangeConfiguration) and the 2.1 session (with its SEND and
 * CALLRESULTERROR), then one server with a 1.6, a 2.0.1 and a 2.1 station
 * connected at once, each answered in its own version, and a station that
 * comes back speaking another version.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnyVersion } from '../../src/schema/version.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import type { CsmsServer } from '../../src/transport/websocket-server.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';
import { attempt, now, startServer, until } from './helpers.js';
import { csmsHandlers, expectedReceived, expectedSeen, runSession, scenarioSignals, stationHandlers, type Call, type Handlers, type ScenarioLog } from './scenario.js';
import { boot16, centralSystemHandlers16, chargePointHandlers16, expectedReceived16, expectedSeen16, runSession16, signals16 } from './scenario-16.js';
import { runAdditions21 } from './scenario-21.js';

const codeOf = (err: unknown): string | undefined => (err as { code?: string }).code;

/** Registers the scenario's untyped handlers for one version of the server. */
function serve(server: CsmsServer, version: AnyVersion, handlers: Handlers): void {
  for (const [action, fn] of Object.entries(handlers)) {
    server.handle(version.version, action as never, ((req: unknown, ctx: { identity: string }) => fn(req, ctx.identity)) as never);
  }
}

test('1.6 over WebSocket: the session, and the heartbeat interval from the boot answer and from ChangeConfiguration', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = signals16();
  const { server, url } = await startServer();
  serve(server, v16, centralSystemHandlers16(log, signals));
  const client = new ChargingStationClient({ version: v16, url, identity: 'CP-WS-16', pingIntervalMs: 0 });
  const stationCall: Call = (action, payload) => client.station.endpoint.call(action, payload);
  for (const [action, fn] of Object.entries(chargePointHandlers16(log, () => stationCall))) client.station.endpoint.handle(action, (req) => fn(req, 'CP-WS-16'));
  try {
    const opened = await client.open();
    assert.equal(opened.protocol, 'ocpp1.6');
    await until(() => server.isConnected('CP-WS-16'));
    const csms = server.station('CP-WS-16', '1.6')!;
    assert.equal(csms.version, '1.6');
    assert.equal(server.station('CP-WS-16', '2.0.1'), undefined);
    await runSession16(stationCall, (action, payload) => csms.endpoint.call(action, payload), waits, codeOf);
    assert.deepEqual(log.received, expectedReceived16('CP-WS-16'));
    assert.deepEqual(log.seen, expectedSeen16);
    // The Accepted boot answer gave 300 s; ChangeConfiguration of HeartbeatInterval then 120 s (1.6, 9.1.13).
    assert.equal(client.heartbeatIntervalMs, 120_000);
    assert.equal(client.registered, true);
  } finally {
    await client.close();
    await server.close();
  }
});

test('1.6 over WebSocket: heartbeats go out at the interval of the Accepted BootNotification.conf', async () => {
  const { server, url } = await startServer();
  const beats: string[] = [];
  server.handle('1.6', 'BootNotification', () => ({ status: 'Accepted', interval: 1, currentTime: now() }));
  server.handle('1.6', 'Heartbeat', (_req, ctx) => {
    beats.push(ctx.identity);
    return { currentTime: now() };
  });
  const client = new ChargingStationClient({ version: v16, url, identity: 'CP-HB', pingIntervalMs: 0, bootNotification: boot16 });
  try {
    const boot = await client.connect();
    assert.equal(boot.interval, 1);
    assert.equal(client.heartbeatIntervalMs, 1000);
    await until(() => beats.length >= 1, 'a heartbeat');
    assert.deepEqual(beats, ['CP-HB']);
  } finally {
    await client.close();
    await server.close();
  }
});

test('2.1 over WebSocket: the session, a SEND while a CALL is outstanding, a CALLRESULTERROR', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = scenarioSignals();
  const { server, url } = await startServer();
  serve(server, v21, csmsHandlers(log, signals));
  const complaints: string[] = [];
  server.on('callResultError', (identity, e) => complaints.push(`${identity}:${e.code}`));
  const client = new ChargingStationClient({
    version: v21,
    url,
    identity: 'CS-WS-21',
    pingIntervalMs: 0,
    heartbeat: false,
    station: { validation: { outgoingResponses: 'off' } },
  });
  const stationCall: Call = (action, payload) => client.station.endpoint.call(action, payload);
  for (const [action, fn] of Object.entries(stationHandlers(log, () => stationCall))) client.station.endpoint.handle(action, (req) => fn(req, 'CS-WS-21'));
  const frames: { way: 'in' | 'out'; text: string }[] = [];
  client.station.observeFrames((way, text) => frames.push({ way, text }));
  try {
    assert.equal((await client.open()).protocol, 'ocpp2.1');
    await until(() => server.isConnected('CS-WS-21'));
    const csms = server.station('CS-WS-21', '2.1')!;
    await runSession(stationCall, (action, payload) => csms.endpoint.call(action, payload), waits, codeOf);
    assert.deepEqual(log.received, expectedReceived('CS-WS-21'));
    assert.deepEqual(log.seen, expectedSeen);
    await runAdditions21(client.station, csms, frames);
    // The server heard nothing of the CALLRESULTERROR it sent: only the station complains.
    assert.deepEqual(complaints, []);
  } finally {
    await client.close();
    await server.close();
  }
});

test('one server, a 1.6, a 2.0.1 and a 2.1 station at once: each booted, called and refused in its own version', async () => {
  const { server, url } = await startServer();
  const boots: string[] = [];
  server.handle('1.6', 'BootNotification', (req, ctx) => {
    boots.push(`1.6:${ctx.identity}:${req.chargePointModel}`);
    return { status: 'Accepted', interval: 300, currentTime: now() };
  });
  server.handle('2.0.1', 'BootNotification', (req, ctx) => {
    boots.push(`2.0.1:${ctx.identity}:${req.chargingStation.model}`);
    return { status: 'Accepted', interval: 300, currentTime: now() };
  });
  server.handle('2.1', 'BootNotification', (req, ctx) => {
    boots.push(`2.1:${ctx.identity}:${req.chargingStation.model}`);
    return { status: 'Accepted', interval: 300, currentTime: now() };
  });
  const versions = new Map<string, string>();
  server.on('connect', (identity, info) => versions.set(identity, info.version));
  const s16 = new ChargingStationClient({ version: v16, url, identity: 'MIX-16', pingIntervalMs: 0, heartbeat: false, bootNotification: boot16 });
  const s201 = new ChargingStationClient({ version: v201, url, identity: 'MIX-201', pingIntervalMs: 0, heartbeat: false, bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M201', vendorName: 'V' } } });
  const s21 = new ChargingStationClient({ version: v21, url, identity: 'MIX-21', pingIntervalMs: 0, heartbeat: false, bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M21', vendorName: 'V' } } });
  s16.handle('GetConfiguration', () => ({ configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '300' }] }));
  s201.handle('GetVariables', (req) => ({ getVariableResult: req.getVariableData.map((d) => ({ ...d, attributeStatus: 'Accepted' as const, attributeValue: '201' })) }));
  s21.handle('GetVariables', (req) => ({ getVariableResult: req.getVariableData.map((d) => ({ ...d, attributeStatus: 'Accepted' as const, attributeValue: '21' })) }));
  try {
    await Promise.all([s16.connect(), s201.connect(), s21.connect()]);
    assert.deepEqual([...boots].sort(), ['1.6:MIX-16:SingleSocketCharger', '2.0.1:MIX-201:M201', '2.1:MIX-21:M21']);
    assert.deepEqual(Object.fromEntries(versions), { 'MIX-16': '1.6', 'MIX-201': '2.0.1', 'MIX-21': '2.1' });
    assert.deepEqual([s16.protocol, s201.protocol, s21.protocol], ['ocpp1.6', 'ocpp2.0.1', 'ocpp2.1']);

    // The server calls each in its own version, typed by it.
    const station = server.station('MIX-16');
    assert.ok(station !== undefined && station.version === '1.6');
    const config = await station.call('GetConfiguration', { key: ['HeartbeatInterval'] });
    assert.equal(config.configurationKey?.[0]?.value, '300');
    const variable = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };
    assert.equal((await server.station('MIX-201', '2.0.1')!.call('GetVariables', { getVariableData: [variable] })).getVariableResult[0]!.attributeValue, '201');
    assert.equal((await server.station('MIX-21', '2.1')!.call('GetVariables', { getVariableData: [variable] })).getVariableResult[0]!.attributeValue, '21');

    // Each connection gets its own version's answers to bad frames: an unknown message type, then text that is not JSON.
    const raw = await Promise.all(
      (['ocpp1.6', 'ocpp2.0.1', 'ocpp2.1'] as const).map(async (protocol) => {
        const ws = (await attempt(`${url}/RAW-${protocol}`, [protocol])).ws!;
        const replies: unknown[][] = [];
        const done = new Promise<void>((resolve) =>
          ws.on('message', (data) => {
            const frame = JSON.parse(String(data)) as unknown[];
            replies.push(frame);
            // Replies come in order: the one to the text that is not JSON (id "-1") is the last.
            if (frame[1] === '-1') resolve();
          }),
        );
        ws.send('[7,"x1"]');
        ws.send('nope');
        await done;
        ws.close();
        return replies.map((f) => f[2]);
      }),
    );
    assert.deepEqual(raw, [['FormationViolation'], ['MessageTypeNotSupported', 'RpcFrameworkError'], ['RpcFrameworkError']]);
    // A handler registered for one version is not another's: 1.6 has no handler for DataTransfer here.
    await assert.rejects(s16.call('DataTransfer', { vendorId: 'x' }), { code: 'NotSupported' });
  } finally {
    await Promise.all([s16.close(), s201.close(), s21.close()]);
    await server.close();
  }
});

test('a station that comes back speaking another version gets that version, and nothing of the old one', async () => {
  const { server, url } = await startServer();
  server.handle('1.6', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
  const connects: string[] = [];
  server.on('connect', (identity, info) => connects.push(`${identity}:${info.version}:${info.resumed ? 'resumed' : 'new'}`));
  try {
    const first = new ChargingStationClient({ version: v16, url, identity: 'SWITCH', pingIntervalMs: 0, heartbeat: false, bootNotification: boot16, reconnect: false });
    await first.connect();
    assert.equal(server.versionOf('SWITCH'), '1.6');
    const old = server.station('SWITCH', '1.6')!;
    assert.equal(old.registrationStatus, 'Accepted');
    // A call queued for the 1.6 station while it is away.
    await first.close();
    await until(() => !server.isConnected('SWITCH'), 'the disconnect');
    const queued = old.call('GetConfiguration', {}).then(
      () => undefined,
      (err: unknown) => err,
    );
    const second = new ChargingStationClient({ version: v201, url, identity: 'SWITCH', pingIntervalMs: 0, heartbeat: false, reconnect: false });
    await second.open();
    await until(() => server.isConnected('SWITCH'), 'the reconnect');
    assert.equal(server.versionOf('SWITCH'), '2.0.1');
    assert.equal(server.station('SWITCH', '1.6'), undefined);
    const fresh = server.station('SWITCH', '2.0.1')!;
    assert.notEqual(fresh as unknown, old as unknown);
    // Nothing carried over: not the registration, not the queued 1.6 call (it fails, never sent in 2.0.1).
    assert.equal(fresh.registrationStatus, 'Unknown');
    assert.match(String(await queued), /reconnected speaking OCPP 2.0.1/);
    assert.deepEqual(connects, ['SWITCH:1.6:new', 'SWITCH:2.0.1:new']);
    await second.close();
  } finally {
    await server.close();
  }
});

test('a server offering only some versions refuses the others at the handshake, and handlers of a version it does not offer are an error', async () => {
  const { server, url } = await startServer({ versions: [v16] });
  try {
    assert.deepEqual(server.versions.map((v) => v.version), ['1.6']);
    assert.throws(() => (server.handle as (v: string, a: string, h: () => unknown) => unknown)('2.0.1', 'Heartbeat', () => ({})), /does not offer OCPP 2.0.1/);
    const client = new ChargingStationClient({ version: v201, url, identity: 'NOPE', pingIntervalMs: 0, reconnect: false });
    await assert.rejects(client.open(), (err: unknown) => (err as { status?: number }).status === 400);
    await client.close();
  } finally {
    await server.close();
  }
});
