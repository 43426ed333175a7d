/**
 * Interoperability with an independent OCPP-J implementation, ocpp-rpc
 * (strict mode: it validates every message against its own copy of the
 * schemas), in 1.6, 2.0.1 and 2.1: the same session, its station against our
 * server and our station against its server, over real sockets. ocpp-rpc
 * knows the 2.1 messages but not 2.1's SEND: it answers one with a CALLERROR
 * MessageTypeNotSupported, which our side reports as unmatched and
 * otherwise ignores. (ocpp-rpc 2.2.1's own 2.1 validator looks its schemas
 * up as "X.req" while they are named "XRequest"; the tests give it the same
 * schemas under the names it asks for, so strict mode holds in 2.1 too.)
 */
import { createRequire } from 'node:module';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { createValidator, RPCClient, RPCServer } from 'ocpp-rpc';
import { OcppError } from '../../src/rpc/errors.js';
import type { UnmatchedEvent } from '../../src/rpc/endpoint-options.js';
import type { AnyVersion } from '../../src/schema/version.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';
import { startServer, until } from './helpers.js';
import { csmsHandlers, expectedReceived, expectedSeen, runSession, scenarioSignals, stationHandlers, type Call, type Handlers, type ScenarioLog } from './scenario.js';
import { centralSystemHandlers16, chargePointHandlers16, expectedReceived16, expectedSeen16, runSession16, signals16 } from './scenario-16.js';

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

/** ocpp-rpc's own 2.1 schemas, named as its validator looks them up (X.req, X.conf). */
function rpcValidators21(): unknown[] {
  const schemas = createRequire(import.meta.url)('ocpp-rpc/lib/schemas/ocpp2_1.json') as { $id: string }[];
  const renamed = schemas.map((s) => ({ ...s, $id: s.$id.replace(/Request$/, '.req').replace(/Response$/, '.conf') }));
  return [(createValidator as (subprotocol: string, schemas: unknown[]) => unknown)('ocpp2.1', renamed)];
}

/** ocpp-rpc's options for strict mode in a version. */
const strict = (version: AnyVersion): Record<string, unknown> => ({
  strictMode: true,
  ...(version.version === '2.1' && { strictModeValidators: rpcValidators21() }),
});

const ourCode = (err: unknown): string | undefined => (err instanceof OcppError ? err.code : undefined);

/** One version's session: its handlers on either side, its driver, what each side must have seen. */
interface Session {
  readonly csms: (log: ScenarioLog) => { handlers: Handlers; run: (station: Call, csms: Call, code: (err: unknown) => string | undefined) => Promise<void> };
  readonly station: (log: ScenarioLog, station: () => Call) => Handlers;
  readonly received: (identity: string) => readonly string[];
  readonly seen: readonly string[];
}

const session2x: Session = {
  csms: (log) => {
    const { signals, ...waits } = scenarioSignals();
    return { handlers: csmsHandlers(log, signals), run: (station, csms, code) => runSession(station, csms, waits, code) };
  },
  station: stationHandlers,
  received: expectedReceived,
  seen: expectedSeen,
};

const session16: Session = {
  csms: (log) => {
    const { signals, ...waits } = signals16();
    return { handlers: centralSystemHandlers16(log, signals), run: (station, csms, code) => runSession16(station, csms, waits, code) };
  },
  station: chargePointHandlers16,
  received: expectedReceived16,
  seen: expectedSeen16,
};

const cases: readonly { readonly version: AnyVersion; readonly session: Session }[] = [
  { version: v201, session: session2x },
  { version: v16, session: session16 },
  { version: v21, session: session2x },
];

for (const { version, session } of cases) {
  const v = version.version;

  test(`interop ${v}: an ocpp-rpc station (strict mode) runs the session against our CSMS server`, async () => {
    const log: ScenarioLog = { received: [], seen: [] };
    const identity = `RPC-CS-${v}`;
    const csmsSide = session.csms(log);
    const { server, url } = await startServer();
    for (const [action, fn] of Object.entries(csmsSide.handlers)) {
      server.handle(version.version, action as never, ((req: unknown, ctx: { identity: string }) => fn(req, ctx.identity)) as never);
    }
    const client = new (RPCClient as unknown as new (options: Record<string, unknown>) => RpcPeer)({
      endpoint: url,
      identity,
      protocols: [version.protocol],
      ...strict(version),
      reconnect: false,
    });
    const stationCall: Call = (action, payload) => client.call(action, payload);
    for (const [action, fn] of Object.entries(session.station(log, () => stationCall))) {
      client.handle(action, ({ params }) => fn(params, identity));
    }
    try {
      await client.connect();
      await until(() => server.isConnected(identity));
      assert.equal(server.versionOf(identity), v);
      const csms = server.station(identity)!;
      const csmsCall: Call = (action, payload) => csms.endpoint.call(action, payload);
      await csmsSide.run(stationCall, csmsCall, ourCode);
      assert.deepEqual(log.received, session.received(identity));
      assert.deepEqual(log.seen, session.seen);
      assert.equal(csms.registrationStatus, 'Accepted');
    } finally {
      await client.close({ code: 1000 });
      await server.close();
    }
  });

  test(`interop ${v}: our station runs the session against an ocpp-rpc CSMS server (strict mode)`, async () => {
    const log: ScenarioLog = { received: [], seen: [] };
    const identity = `OUR-CS-${v}`;
    const csmsSide = session.csms(log);
    const rpcServer = new (RPCServer as unknown as new (options: Record<string, unknown>) => RpcServerLike)({
      protocols: [version.protocol],
      ...strict(version),
    });
    let peer: RpcPeer | undefined;
    rpcServer.on('client', (client) => {
      peer = client;
      for (const [action, fn] of Object.entries(csmsSide.handlers)) {
        client.handle(action, ({ params }) => fn(params, client.identity ?? ''));
      }
    });
    const http = await rpcServer.listen(0, '127.0.0.1');
    const port = (http.address() as AddressInfo).port;
    const client = new ChargingStationClient({ version, url: `ws://127.0.0.1:${port}/ocpp`, identity, pingIntervalMs: 0, heartbeat: false });
    const stationCall: Call = (action, payload) => client.station.endpoint.call(action, payload);
    for (const [action, fn] of Object.entries(session.station(log, () => stationCall))) {
      client.station.endpoint.handle(action, (req) => fn(req, identity));
    }
    try {
      await client.open();
      assert.equal(client.protocol, version.protocol);
      await until(() => peer !== undefined);
      const csmsCall: Call = (action, payload) => peer!.call(action, payload);
      await csmsSide.run(stationCall, csmsCall, rpcCode);
      assert.deepEqual(log.received, session.received(identity));
      assert.deepEqual(log.seen, session.seen);
      assert.equal(client.station.registrationStatus, 'Accepted');
      if (v === '2.1') {
        // ocpp-rpc does not know SEND: it answers with a CALLERROR (id "-1", as it reads the type before the id),
        // which no CALL of ours matches, so it is reported as unmatched and the line stays up.
        const unmatched: UnmatchedEvent[] = [];
        client.station.on('unmatched', (e) => unmatched.push(e));
        client.send('NotifyPeriodicEventStream' as never, { id: 1, pending: 0, basetime: new Date().toISOString(), data: [{ t: 0, v: '1' }] } as never);
        await until(() => unmatched.length > 0, 'ocpp-rpc answers the SEND');
        assert.deepEqual(unmatched.map((u) => [u.frame[0], u.frame[2]]), [[4, 'MessageTypeNotSupported']]);
        // The session goes on.
        assert.equal(((await stationCall('Heartbeat', {})) as { currentTime?: string }).currentTime !== undefined, true);
      }
    } finally {
      await client.close();
      await rpcServer.close({ force: true });
    }
  });
}
