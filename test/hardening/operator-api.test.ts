/**
 * Issue "hardening", items 1, 2 and 6: the operator API of `ocpp csms`
 * attacked as a web page and the network would. Each attack ran against the
 * API before: a cross-site text/plain POST executed ChangeAvailability, a
 * rebound Host executed UnlockConnector, one deep BootNotification broke
 * GET /stations for good, bad percent-encoding answered 500.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import WebSocket from 'ws';
import { startCsms, type CsmsRunOptions, type RunningCsms } from '../../src/cli/csms/server.js';
import { HttpGuard } from '../../src/cli/http/guard.js';
import { checkMessage, FrameChecker } from '../../src/cli/log/check.js';
import { entryFor, formatEntry } from '../../src/cli/log/jsonl.js';
import { CUT, stringifySafely } from '../../src/cli/safe-json.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { nested, nestedArrays } from './support.js';
import { v201, type V201 } from '../../src/v201/index.js';

const TOKEN = 'an-operator-token-for-tests';

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string | string[] | undefined>;
}

/** One request with exactly these headers (fetch would choose Host and Content-Type itself). */
function http(port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, setHost: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>), headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function csmsWithStation(extra: Partial<CsmsRunOptions> = {}): Promise<{ csms: RunningCsms; api: number; station: ChargingStationClient<V201>; received: string[]; done(): Promise<void> }> {
  const csms = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, securityProfile: 0, state: {}, validation: 'strict', callTimeoutMs: 5000, onFrame: () => undefined, pingIntervalMs: 0, ...extra });
  const received: string[] = [];
  const station = new ChargingStationClient({
    version: v201,
    url: csms.url,
    identity: 'CS1',
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } },
  });
  station.handle('ChangeAvailability', () => (received.push('ChangeAvailability'), { status: 'Accepted' }));
  station.handle('UnlockConnector', () => (received.push('UnlockConnector'), { status: 'Unlocked' }));
  await station.connect();
  await new Promise<void>((resolve) => (csms.state.stations.get('CS1')?.registration === 'Accepted' ? resolve() : csms.state.once('booted', () => resolve())));
  return {
    csms,
    api: csms.apiAddress!.port,
    station,
    received,
    async done() {
      await station.close();
      await csms.close();
    },
  };
}

test('item 1: a cross-site text/plain POST and a rebound Host reach no station', async () => {
  const { api, received, done } = await csmsWithStation();
  try {
    const host = `127.0.0.1:${api}`;
    // What a form on any web page can send without asking: text/plain, its own Origin.
    const csrf = await http(api, 'POST', '/stations/CS1/calls/ChangeAvailability', { Host: host, 'Content-Type': 'text/plain', Origin: 'http://evil.example' }, '{"operationalStatus":"Inoperative"}');
    assert.equal(csrf.status, 403);
    const noOrigin = await http(api, 'POST', '/stations/CS1/calls/ChangeAvailability', { Host: host, 'Content-Type': 'text/plain' }, '{"operationalStatus":"Inoperative"}');
    assert.equal(noOrigin.status, 415);
    assert.match(String(noOrigin.body['error']), /Content-Type: application\/json/);
    // DNS rebinding: the page's own name now points at 127.0.0.1.
    const rebound = await http(api, 'POST', '/stations/CS1/calls/UnlockConnector', { Host: `evil.example:${api}`, 'Content-Type': 'application/json' }, '{"evseId":1,"connectorId":1}');
    assert.equal(rebound.status, 403);
    assert.match(String(rebound.body['error']), /not a name this server answers to/);
    assert.equal((await http(api, 'GET', '/stations', { Host: `evil.example:${api}` })).status, 403, 'reading too');
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${api + 1}`, `https://127.0.0.1:${api}`]) {
      const r = await http(api, 'POST', '/stations/CS1/calls/UnlockConnector', { Host: host, Origin: origin, 'Content-Type': 'application/json' }, '{"evseId":1,"connectorId":1}');
      assert.equal(r.status, 403, origin);
    }
    const crossSite = await http(api, 'GET', '/stations', { Host: host, 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(crossSite.status, 403);
    assert.equal((await http(api, 'GET', '/stations', { Host: `127.0.0.1:${api + 1}` })).status, 403, 'another port is another origin');
    assert.equal((await http(api, 'GET', '/stations', {})).status, 400, 'no Host');
    // Preflights get no CORS answer.
    const preflight = await http(api, 'OPTIONS', '/stations/CS1/calls/Reset', { Host: host, Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.deepEqual(received, [], 'no attack reached the station');

    // What the operator sends still works: a script (no Origin), the same origin, localhost.
    const ok = await http(api, 'POST', '/stations/CS1/calls/UnlockConnector', { Host: host, 'Content-Type': 'application/json; charset=utf-8' }, '{"evseId":1,"connectorId":1}');
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const same = await http(api, 'POST', '/stations/CS1/calls/ChangeAvailability', { Host: `localhost:${api}`, Origin: `http://localhost:${api}`, 'Content-Type': 'application/json' }, '{"operationalStatus":"Operative"}');
    assert.equal(same.status, 200);
    assert.equal((await http(api, 'GET', '/stations', { Host: `[::1]:${api}` })).status, 200, 'a loopback name over loopback');
    assert.equal(ok.headers['access-control-allow-origin'], undefined);
    assert.deepEqual(received, ['UnlockConnector', 'ChangeAvailability']);
  } finally {
    await done();
  }
});

test('item 1: with a token every request needs "Authorization: Bearer TOKEN"', async () => {
  const { api, received, done } = await csmsWithStation({ apiToken: TOKEN });
  try {
    const host = { Host: `127.0.0.1:${api}` };
    const none = await http(api, 'GET', '/stations', host);
    assert.equal(none.status, 401);
    assert.match(String(none.headers['www-authenticate']), /^Bearer/);
    assert.equal((await http(api, 'GET', '/stations', { ...host, Authorization: 'Bearer wrong-token' })).status, 401);
    assert.equal((await http(api, 'GET', '/stations', { ...host, Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` })).status, 401);
    const post = await http(api, 'POST', '/stations/CS1/calls/UnlockConnector', { ...host, 'Content-Type': 'application/json' }, '{"evseId":1,"connectorId":1}');
    assert.equal(post.status, 401);
    assert.deepEqual(received, []);
    const ok = await http(api, 'POST', '/stations/CS1/calls/UnlockConnector', { ...host, 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, '{"evseId":1,"connectorId":1}');
    assert.equal(ok.status, 200);
    assert.equal((await http(api, 'GET', '/stations', { ...host, Authorization: `bearer ${TOKEN}` })).status, 200);
    assert.deepEqual(received, ['UnlockConnector']);
  } finally {
    await done();
  }
});

test('item 1: off loopback the API needs a token; ocpp csms refuses to start without one', async () => {
  assert.throws(() => new HttpGuard({ listenHost: '0.0.0.0' }), /not loopback\) needs a token/);
  assert.throws(() => new HttpGuard({ listenHost: '192.168.1.20' }), /needs a token/);
  assert.throws(() => new HttpGuard({ listenHost: '127.0.0.1', token: '' }), /empty/);
  assert.doesNotThrow(() => new HttpGuard({ listenHost: '0.0.0.0', token: TOKEN }));
  for (const loopback of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', '[::1]']) assert.doesNotThrow(() => new HttpGuard({ listenHost: loopback }), loopback);
  // Refused before anything listens, so the test never opens a port off loopback.
  await assert.rejects(
    startCsms({ host: '0.0.0.0', port: 0, apiPort: 0, securityProfile: 0, state: {}, validation: 'strict', callTimeoutMs: 5000, onFrame: () => undefined }),
    /off loopback, without a token: give --api-token TOKEN or set OCPP_API_TOKEN/,
  );
});

test('item 2: a BootNotification 20,000 levels deep is refused and GET /stations keeps answering; a 200,000-deep body gets 400', async () => {
  const { csms, api, done } = await csmsWithStation();
  try {
    const ws = new WebSocket(`${csms.url}/DEEP`, 'ocpp2.0.1');
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const reply = new Promise<unknown[]>((resolve) => ws.once('message', (d) => resolve(JSON.parse(String(d)) as unknown[])));
    ws.send(`[2,"b1","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V","customData":{"vendorId":"v","x":${nested(20_000)}}}}]`);
    assert.deepEqual((await reply).slice(0, 3), [4, 'b1', 'FormatViolation']);
    ws.close();
    const host = { Host: `127.0.0.1:${api}` };
    for (const path of ['/stations', '/stations/DEEP', '/transactions']) {
      assert.equal((await http(api, 'GET', path, host)).status, 200, path);
    }
    const deepBody = await http(api, 'POST', '/stations/CS1/calls/DataTransfer', { ...host, 'Content-Type': 'application/json' }, `{"vendorId":"v","data":${nestedArrays(200_000)}}`);
    assert.equal(deepBody.status, 400);
    assert.match(String(deepBody.body['error']), /deeper than 64 levels/);
    const big = await http(api, 'POST', '/stations/CS1/calls/DataTransfer', { ...host, 'Content-Type': 'application/json' }, `{"vendorId":"v","data":"${'x'.repeat(1_100_000)}"}`).catch((err: Error) => err);
    assert.ok(big instanceof Error || big.status === 413, 'a body over 1 MiB is refused');
    assert.equal((await http(api, 'GET', '/stations', host)).status, 200);
  } finally {
    await done();
  }
});

test('item 2: the API and the log print data nested too deep for JSON.stringify instead of failing', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  assert.throws(() => JSON.stringify(deep), RangeError);
  assert.ok(stringifySafely({ station: deep }, 2).includes(CUT));
  assert.equal(stringifySafely({ a: [1, 'x'] }), '{"a":[1,"x"]}');
  const cycle: { self?: unknown } = {};
  cycle.self = cycle;
  assert.throws(() => stringifySafely(cycle), TypeError, 'a cycle is still an error, not a RangeError');
  // The frame log keeps a frame deeper than any peer accepts as the text it was, and says it is malformed.
  const text = `[2,"m1","DataTransfer",{"vendorId":"v","data":${nested(20_000)}}]`;
  const entry = entryFor('StationToCsms', 'CS1', text);
  assert.equal(entry.frame, text);
  assert.doesNotThrow(() => formatEntry(entry));
  assert.equal(typeof entryFor('StationToCsms', 'CS1', '[2,"m1","Heartbeat",{}]').frame, 'object');
  const checker = new FrameChecker();
  const issues = checker.checkFrame(JSON.parse(text));
  assert.deepEqual(issues.map((i) => i.code), ['FormatViolation']);
  assert.deepEqual(checkMessage('DataTransfer', 'request', JSON.parse(`{"vendorId":"v","data":${nested(64)}}`)).map((i) => i.code), ['FormatViolation']);
  assert.deepEqual(checkMessage('DataTransfer', 'request', JSON.parse(`{"vendorId":"v","data":${nested(63)}}`)), []);
});

test('item 6: bad percent-encoding in the path is 400, not 500; ".." names no station', async () => {
  const { api, done } = await csmsWithStation();
  try {
    const host = { Host: `127.0.0.1:${api}` };
    const bad = await http(api, 'GET', '/stations/%E0%A4%A', host);
    assert.equal(bad.status, 400);
    assert.match(String(bad.body['error']), /percent-encoding/);
    assert.equal((await http(api, 'POST', '/stations/%ZZ/calls/Reset', { ...host, 'Content-Type': 'application/json' }, '{"type":"Immediate"}')).status, 400);
    assert.equal((await http(api, 'GET', '/stations/..', host)).status, 404);
    assert.equal((await http(api, 'GET', '/stations/CS1', host)).status, 200);
  } finally {
    await done();
  }
});
