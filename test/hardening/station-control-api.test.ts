/**
 * Issue "hardening", items 1, 2 and 6 for the control API of `ocpp station`
 * ("the same for the station's control API"): it can plug cables, present
 * idTokens and cut the connection, so it gets the operator API's guard. The
 * attacks of operator-api.test.ts, against a real simulated station behind
 * the control server `ocpp station` builds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { CliError } from '../../src/cli/args.js';
import type { StationDirectory } from '../../src/cli/control/dispatch.js';
import { guardedControlServer, type ControlAccess } from '../../src/cli/control/server.js';
import { Bench } from '../cli/octt.js';
import { nested, nestedArrays } from './support.js';

const TOKEN = 'a-control-token-for-tests';

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

/** A station connected to a CSMS, and its control API as `ocpp station` serves it. */
async function guardedStation(access: Partial<ControlAccess> = {}): Promise<{ bench: Bench; port: number; evse1(): string; done(): Promise<void> }> {
  const bench = await Bench.open();
  await bench.ready(1);
  const stations: StationDirectory = { list: () => [bench.station.controls], get: (id) => (id === 'CS001' ? bench.station.controls : undefined) };
  const control = guardedControlServer(stations, { host: '127.0.0.1', ...access });
  const { port } = await control.listen(0);
  return {
    bench,
    port,
    evse1: () => bench.station.controls.snapshot().evses[0]!.status,
    async done() {
      await control.close();
      await bench.close();
    },
  };
}

const PLUG = '{"evseId":1,"connectorId":1}';

test('item 1 (station): a cross-site text/plain POST and a rebound Host plug no cable', async () => {
  const { port, evse1, done } = await guardedStation();
  try {
    const host = `127.0.0.1:${port}`;
    const csrf = await http(port, 'POST', '/stations/CS001/plug', { Host: host, 'Content-Type': 'text/plain', Origin: 'http://evil.example' }, PLUG);
    assert.equal(csrf.status, 403);
    const noOrigin = await http(port, 'POST', '/stations/CS001/plug', { Host: host, 'Content-Type': 'text/plain' }, PLUG);
    assert.equal(noOrigin.status, 415);
    assert.match(String(noOrigin.body['error']), /Content-Type: application\/json/);
    const bare = await http(port, 'POST', '/stations/CS001/disconnect', { Host: host });
    assert.equal(bare.status, 415, 'a POST without a body needs the JSON type too');
    // DNS rebinding: the page's own name now points at 127.0.0.1.
    const rebound = await http(port, 'POST', '/stations/CS001/plug', { Host: `evil.example:${port}`, 'Content-Type': 'application/json' }, PLUG);
    assert.equal(rebound.status, 403);
    assert.match(String(rebound.body['error']), /not a name this server answers to/);
    assert.equal((await http(port, 'GET', '/stations/CS001', { Host: `evil.example:${port}` })).status, 403, 'reading too');
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${port + 1}`, `https://127.0.0.1:${port}`]) {
      const r = await http(port, 'POST', '/stations/CS001/plug', { Host: host, Origin: origin, 'Content-Type': 'application/json' }, PLUG);
      assert.equal(r.status, 403, origin);
    }
    assert.equal((await http(port, 'GET', '/stations', { Host: host, 'Sec-Fetch-Site': 'cross-site' })).status, 403);
    assert.equal((await http(port, 'GET', '/stations', { Host: `127.0.0.1:${port + 1}` })).status, 403, 'another port is another origin');
    assert.equal((await http(port, 'GET', '/stations', {})).status, 400, 'no Host');
    const preflight = await http(port, 'OPTIONS', '/stations/CS001/plug', { Host: host, Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.equal(evse1(), 'Available', 'no attack reached the station');

    // What the operator sends still works: a script (no Origin), the same origin, a loopback name.
    const ok = await http(port, 'POST', '/stations/CS001/plug', { Host: host, 'Content-Type': 'application/json; charset=utf-8' }, PLUG);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(evse1(), 'Occupied');
    const same = await http(port, 'POST', '/stations/CS001/unplug', { Host: `localhost:${port}`, Origin: `http://localhost:${port}`, 'Content-Type': 'application/json' }, PLUG);
    assert.equal(same.status, 200, JSON.stringify(same.body));
    assert.equal((await http(port, 'GET', '/stations', { Host: `[::1]:${port}` })).status, 200, 'a loopback name over loopback');
    assert.equal(ok.headers['access-control-allow-origin'], undefined);
  } finally {
    await done();
  }
});

test('item 1 (station): with a token every request needs "Authorization: Bearer TOKEN"', async () => {
  const { port, evse1, done } = await guardedStation({ token: TOKEN });
  try {
    const host = { Host: `127.0.0.1:${port}` };
    const none = await http(port, 'GET', '/stations', host);
    assert.equal(none.status, 401);
    assert.match(String(none.headers['www-authenticate']), /^Bearer/);
    assert.equal((await http(port, 'GET', '/stations', { ...host, Authorization: 'Bearer wrong-token' })).status, 401);
    assert.equal((await http(port, 'GET', '/stations', { ...host, Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` })).status, 401);
    assert.equal((await http(port, 'POST', '/stations/CS001/plug', { ...host, 'Content-Type': 'application/json' }, PLUG)).status, 401);
    assert.equal(evse1(), 'Available');
    const ok = await http(port, 'POST', '/stations/CS001/plug', { ...host, 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, PLUG);
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(evse1(), 'Occupied');
    assert.equal((await http(port, 'GET', '/stations/CS001', { ...host, Authorization: `bearer ${TOKEN}` })).status, 200);
  } finally {
    await done();
  }
});

test('item 1 (station): off loopback the control API needs a token; it is refused before anything listens', () => {
  const stations: StationDirectory = { list: () => [], get: () => undefined };
  for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
    assert.throws(
      () => guardedControlServer(stations, { host }),
      (err: unknown) => err instanceof CliError && /would listen on .*, off loopback, without a token: give --api-token TOKEN or set OCPP_API_TOKEN/.test(err.message),
      host,
    );
  }
  assert.throws(() => guardedControlServer(stations, { host: '127.0.0.1', token: '' }), /token must not be empty/);
  assert.doesNotThrow(() => guardedControlServer(stations, { host: '0.0.0.0', token: TOKEN }));
  for (const loopback of ['127.0.0.1', '::1', 'localhost']) assert.doesNotThrow(() => guardedControlServer(stations, { host: loopback }), loopback);
});

test('items 2 and 6 (station): deep and oversized bodies, bad percent-encoding and ".." are 4xx, and the API keeps answering', async () => {
  const { port, evse1, done } = await guardedStation();
  try {
    const json = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' };
    const deep = await http(port, 'POST', '/stations/CS001/plug', json, `{"evseId":1,"connectorId":1,"x":${nested(65)}}`);
    assert.equal(deep.status, 400);
    assert.match(String(deep.body['error']), /deeper than 64 levels/);
    const deeper = await http(port, 'POST', '/stations/CS001/plug', json, nestedArrays(30_000));
    assert.equal(deeper.status, 400);
    const big = await http(port, 'POST', '/stations/CS001/plug', json, `{"evseId":1,"connectorId":1,"x":"${'x'.repeat(100_000)}"}`).catch((err: Error) => err);
    assert.ok(big instanceof Error || big.status === 413, 'a body over 64 KiB is refused');
    assert.equal((await http(port, 'GET', '/stations/%E0%A4%A', json)).status, 400);
    assert.equal((await http(port, 'POST', '/stations/%ZZ/plug', json, PLUG)).status, 400);
    assert.equal((await http(port, 'GET', '/stations/..', json)).status, 404);
    assert.equal(evse1(), 'Available');
    assert.equal((await http(port, 'GET', '/stations/CS001', json)).status, 200);
  } finally {
    await done();
  }
});
