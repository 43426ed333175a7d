/**
 * The OCPP endpoint mounted on an application's own HTTP(S) server, beside a
 * REST API, with the real frameworks: Express (app.listen() / https) and
 * Fastify (fastify.server), security profile 1 on plain HTTP and 2 on HTTPS
 * (A00: Basic auth, TLS). Upgrades under `path` are the CSMS's; every other
 * request stays the application's.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { request as httpsRequest, createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Fastify from 'fastify';
import { WebSocketServer } from 'ws';
import type { AuthenticateInfo } from '../../src/transport/auth.js';
import { passwordsEqual } from '../../src/transport/auth.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { CsmsServer } from '../../src/transport/websocket-server.js';
import { hasOpenssl, makeTestPki, type TestPki } from '../support/certs.js';
import { acceptingHandlers, attempt, bootRequest, closed, waitFor } from './helpers.js';
import { v201 } from '../../src/v201/index.js';

const passwords = new Map([
  ['CS-1', 'a-password-of-sixteen'],
  ['CS-2', 'another-password-1234'],
]);
function authenticate(info: AuthenticateInfo): boolean {
  const expected = passwords.get(info.identity);
  return expected !== undefined && passwordsEqual(info.password, expected);
}

/** Connects a station, boots it, and closes it again; the boot answer's status. */
async function station(url: string, identity: string, extra: { password?: string; ca?: string; whileConnected?: () => Promise<void> } = {}): Promise<string> {
  const client = new ChargingStationClient({
    version: v201,
    url,
    identity,
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: bootRequest,
    ...(extra.password !== undefined && { password: extra.password }),
    ...(extra.ca !== undefined && { tls: { ca: extra.ca } }),
  });
  try {
    const { status } = await client.connect({ retry: false });
    await extra.whileConnected?.();
    return status;
  } finally {
    await client.close();
  }
}

function getJson(url: string, ca?: string): Promise<{ status: number; body: unknown }> {
  if (ca === undefined) return fetch(url).then(async (r) => ({ status: r.status, body: await r.json().catch(() => undefined) }));
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { ca }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : (JSON.parse(text) as unknown) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function listening(server: HttpServer): Promise<number> {
  return new Promise((resolve) => {
    if (server.listening) resolve((server.address() as AddressInfo).port);
    else server.once('listening', () => resolve((server.address() as AddressInfo).port));
  });
}

describe('Express', () => {
  test('profile 1: stations under /ocpp, the REST API beside them on the same port', async () => {
    const app = express();
    let ocpp: CsmsServer | undefined;
    app.get('/api/stations', (_req, res) => {
      res.json(ocpp?.connectedIdentities() ?? []);
    });
    const http = app.listen(0, '127.0.0.1');
    const port = await listening(http);
    ocpp = new CsmsServer({ server: http, path: '/ocpp', securityProfile: 1, authenticate, pingIntervalMs: 0 });
    acceptingHandlers(ocpp);
    const base = `127.0.0.1:${port}`;
    try {
      let during: unknown;
      const whileConnected = async (): Promise<void> => {
        during = (await getJson(`http://${base}/api/stations`)).body;
      };
      assert.equal(await station(`ws://${base}/ocpp`, 'CS-1', { password: passwords.get('CS-1')!, whileConnected }), 'Accepted');
      assert.deepEqual(during, ['CS-1']);
      // TC_A_01_CSMS-style: a wrong password is refused before the upgrade.
      assert.equal((await attempt(`ws://${base}/ocpp/CS-2`, 'ocpp2.0.1', { headers: { Authorization: 'Basic ' + Buffer.from('CS-2:wrong-password-000').toString('base64') } })).status, 401);
      // An upgrade to another path is nobody's: 404, and the REST routes still answer.
      assert.equal((await attempt(`ws://${base}/elsewhere/CS-1`, 'ocpp2.0.1')).status, 404);
      assert.equal((await getJson(`http://${base}/api/stations`)).status, 200);
      // A plain GET under the OCPP path is the application's (Express answers 404 itself).
      assert.equal((await fetch(`http://${base}/ocpp/CS-1`)).status, 404);
    } finally {
      await ocpp.close();
      await new Promise((resolve) => http.close(resolve));
    }
  });

  test("another WebSocket endpoint on the same server keeps its upgrades", async () => {
    const app = express();
    const http = createHttpServer(app);
    const dashboard = new WebSocketServer({ noServer: true });
    http.on('upgrade', (req, socket, head) => {
      if (req.url?.startsWith('/dashboard') === true) dashboard.handleUpgrade(req, socket, head, (ws) => ws.on('message', (m) => ws.send(`echo ${m.toString()}`)));
    });
    const ocpp = new CsmsServer({ server: http, path: '/ocpp/', pingIntervalMs: 0 });
    acceptingHandlers(ocpp);
    http.listen(0, '127.0.0.1');
    const port = await listening(http);
    try {
      const dash = await attempt(`ws://127.0.0.1:${port}/dashboard`, undefined);
      assert.ok(dash.ws, 'the dashboard socket opened');
      const answer = waitFor<[Buffer]>(dash.ws, 'message');
      dash.ws.send('hello');
      assert.equal((await answer)[0].toString(), 'echo hello');
      dash.ws.close();
      await closed(dash.ws);
      assert.equal(await station(`ws://127.0.0.1:${port}/ocpp`, 'CS-9'), 'Accepted');
    } finally {
      await ocpp.close();
      dashboard.close();
      await new Promise((resolve) => http.close(resolve));
    }
  });

  test('a security profile 2 server refuses a plain HTTP server at construction', () => {
    const http = createHttpServer();
    assert.throws(() => new CsmsServer({ server: http, securityProfile: 2, authenticate }), /not an HTTPS server/);
  });
});

describe('TLS (profile 2) on the application server', { skip: !hasOpenssl() && 'openssl is not available' }, () => {
  let pki: TestPki;
  before(() => {
    pki = makeTestPki();
  });
  after(() => pki?.cleanup());

  test('Express on https.createServer: TLS + Basic auth for stations, the API over the same TLS port', async () => {
    const app = express();
    app.get('/api/health', (_req, res) => {
      res.json({ ok: true });
    });
    const https = createHttpsServer({ cert: pki.server.cert, key: pki.server.key }, app);
    const ocpp = new CsmsServer({ server: https, path: '/ocpp', securityProfile: 2, authenticate, pingIntervalMs: 0 });
    const connects: number[] = [];
    ocpp.on('connect', (_id, info) => connects.push(info.securityProfile));
    acceptingHandlers(ocpp);
    https.listen(0, '127.0.0.1');
    const port = await listening(https);
    try {
      assert.equal(await station(`wss://127.0.0.1:${port}/ocpp`, 'CS-2', { password: passwords.get('CS-2')!, ca: pki.ca }), 'Accepted');
      assert.deepEqual(connects, [2]);
      assert.deepEqual(await getJson(`https://127.0.0.1:${port}/api/health`, pki.ca), { status: 200, body: { ok: true } });
      // Without credentials, profile 2 answers 401 over TLS.
      assert.equal((await attempt(`wss://127.0.0.1:${port}/ocpp/CS-2`, 'ocpp2.0.1', { ca: pki.ca })).status, 401);
    } finally {
      await ocpp.close();
      await new Promise((resolve) => https.close(resolve));
    }
  });

  test('Fastify with https: fastify.server carries the CSMS (profile 2) and the routes', async () => {
    const app = Fastify({ https: { cert: pki.server.cert, key: pki.server.key } });
    app.get('/api/health', async () => ({ ok: true }));
    const ocpp = new CsmsServer({ server: app.server, path: '/ocpp', securityProfile: 2, authenticate, pingIntervalMs: 0 });
    acceptingHandlers(ocpp);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as AddressInfo).port;
    try {
      assert.equal(await station(`wss://127.0.0.1:${port}/ocpp`, 'CS-1', { password: passwords.get('CS-1')!, ca: pki.ca }), 'Accepted');
      assert.deepEqual(await getJson(`https://127.0.0.1:${port}/api/health`, pki.ca), { status: 200, body: { ok: true } });
      assert.equal((await attempt(`wss://127.0.0.1:${port}/ocpp/CS-1`, 'ocpp2.0.1', { ca: pki.ca, headers: { Authorization: 'Basic ' + Buffer.from('CS-1:nope-nope-nope-nope').toString('base64') } })).status, 401);
    } finally {
      await ocpp.close();
      await app.close();
    }
  });
});

describe('Fastify', () => {
  test('profile 1: fastify.server carries the CSMS under /ocpp beside the routes', async () => {
    const app = Fastify();
    let ocpp: CsmsServer | undefined;
    app.get('/api/stations', async () => ocpp?.connectedIdentities() ?? []);
    ocpp = new CsmsServer({ server: app.server, path: '/ocpp', securityProfile: 1, authenticate, pingIntervalMs: 0 });
    acceptingHandlers(ocpp);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      assert.equal(await station(`ws://${base}/ocpp`, 'CS-1', { password: passwords.get('CS-1')! }), 'Accepted');
      assert.equal((await attempt(`ws://${base}/ocpp/CS-1`, 'ocpp2.0.1')).status, 401);
      assert.equal((await attempt(`ws://${base}/other/CS-1`, 'ocpp2.0.1')).status, 404);
      assert.deepEqual(await getJson(`http://${base}/api/stations`), { status: 200, body: [] });
    } finally {
      await ocpp.close();
      await app.close();
    }
  });
});
