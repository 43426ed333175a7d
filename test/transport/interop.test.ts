/**
 * Interoperability with an independent OCPP-J implementation, ocpp-rpc
 * (strict mode: it validates every message against its own copy of the
 * schemas): the same session, its station against our server and our
 * station against its server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { RPCClient, RPCServer } from 'ocpp-rpc';
import { OcppError } from '../../src/rpc/errors.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import type { CsmsToStationAction, StationToCsmsAction } from '../../src/v201/actions.js';
import type { RequestMap } from '../../src/v201/generated/messages.js';
import { startServer, until } from './helpers.js';
import { csmsHandlers, expectedReceived, expectedSeen, runSession, scenarioSignals, stationHandlers, type Call, type ScenarioLog } from './scenario.js';
import { v201 } from '../../src/v201/index.js';

/** The parts of ocpp-rpc's client these tests use (its typings require every option). */
interface RpcPeer {
  call(method: string, params?: unknown): Promise<unknown>;
  handle(method: string, handler: (call: { params: unknown }) => unknown): void;
  connect(): Promise<unknown>;
  close(options?: { code?: number; reason?: string }): Promise<unknown>;
  readonly identity: string | undefined;
}

interface RpcServerLike {
  on(event: 'client', listener: (client: RpcPeer) => void): unknown;
  listen(port: number, host?: string): Promise<{ address(): AddressInfo | string | null }>;
  close(options: Record<string, unknown>): Promise<void>;
}

function rpcCode(err: unknown): string | undefined {
  return (err as { rpcErrorCode?: string }).rpcErrorCode;
}

test('interop: an ocpp-rpc station (strict mode) runs the session against our CSMS server', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = scenarioSignals();
  const { server, url } = await startServer();
  for (const [action, fn] of Object.entries(csmsHandlers(log, signals))) {
    server.handle(action as StationToCsmsAction, ((req: unknown, ctx: { identity: string }) => fn(req, ctx.identity)) as never);
  }
  const client = new (RPCClient as unknown as new (options: Record<string, unknown>) => RpcPeer)({
    endpoint: url,
    identity: 'RPC-CS-1',
    protocols: ['ocpp2.0.1'],
    strictMode: true,
    reconnect: false,
  });
  const stationCall: Call = (action, payload) => client.call(action, payload);
  for (const [action, fn] of Object.entries(stationHandlers(log, () => stationCall))) {
    client.handle(action, ({ params }) => fn(params, 'RPC-CS-1'));
  }
  try {
    await client.connect();
    await until(() => server.isConnected('RPC-CS-1'));
    const csms = server.station('RPC-CS-1')!;
    const csmsCall: Call = (action, payload) => csms.call(action as CsmsToStationAction, payload as RequestMap[CsmsToStationAction]);
    await runSession(stationCall, csmsCall, waits, (err) => (err instanceof OcppError ? err.code : undefined));
    assert.deepEqual(log.received, expectedReceived('RPC-CS-1'));
    assert.deepEqual(log.seen, expectedSeen);
    assert.equal(csms.registrationStatus, 'Accepted');
  } finally {
    await client.close({ code: 1000 });
    await server.close();
  }
});

test('interop: our station runs the session against an ocpp-rpc CSMS server (strict mode)', async () => {
  const log: ScenarioLog = { received: [], seen: [] };
  const { signals, ...waits } = scenarioSignals();
  const rpcServer = new (RPCServer as unknown as new (options: Record<string, unknown>) => RpcServerLike)({
    protocols: ['ocpp2.0.1'],
    strictMode: true,
  });
  let peer: RpcPeer | undefined;
  rpcServer.on('client', (client) => {
    peer = client;
    for (const [action, fn] of Object.entries(csmsHandlers(log, signals))) {
      client.handle(action, ({ params }) => fn(params, client.identity ?? ''));
    }
  });
  const http = await rpcServer.listen(0, '127.0.0.1');
  const port = (http.address() as AddressInfo).port;
  const client = new ChargingStationClient({ version: v201, url: `ws://127.0.0.1:${port}/ocpp`, identity: 'OUR-CS-1', pingIntervalMs: 0 });
  const stationCall: Call = (action, payload) => client.call(action as StationToCsmsAction, payload as RequestMap[StationToCsmsAction]);
  for (const [action, fn] of Object.entries(stationHandlers(log, () => stationCall))) {
    client.handle(action as CsmsToStationAction, ((req: unknown) => fn(req, 'OUR-CS-1')) as never);
  }
  try {
    await client.open();
    await until(() => peer !== undefined);
    const csmsCall: Call = (action, payload) => peer!.call(action, payload);
    await runSession(stationCall, csmsCall, waits, rpcCode);
    assert.deepEqual(log.received, expectedReceived('OUR-CS-1'));
    assert.deepEqual(log.seen, expectedSeen);
    assert.equal(client.station.registrationStatus, 'Accepted');
  } finally {
    await client.close();
    await rpcServer.close({ force: true });
  }
});
