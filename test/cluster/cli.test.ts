/**
 * `ocpp csms --redis URL --node-id ID`: two test CSMS processes on one real
 * redis-server form one cluster; the operator API of either lists the
 * stations of both, each with its node, and calls a station connected to
 * the other.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v201 } from '../../src/v201/index.js';
import { redisServerMissing, startRedisServer, type RedisServer } from '../support/redis-server.js';

const missing = redisServerMissing();
const skip = missing === undefined ? false : missing;
const main = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
let redis: RedisServer;
const children: ChildProcess[] = [];

before(async () => {
  if (missing === undefined) redis = await startRedisServer();
});
after(async () => {
  for (const c of children) c.kill('SIGKILL');
  await redis?.stop();
});

/** Starts `ocpp csms` and reads its ports and node name from what it prints. */
function csms(args: string[]): Promise<{ url: string; api: string; node: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [main, 'csms', '--port', '0', '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => reject(new Error(`ocpp csms exited with ${code}: ${err}${out}`)));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /listening on (ws:\/\/\S+)\/<identity>/.exec(out)?.[1];
      const api = /operator API on (http:\/\/\S+) /.exec(out)?.[1];
      const node = /node (\S+) of the cluster/.exec(out)?.[1];
      if (url && api && node) resolve({ url, api, node, child });
    });
  });
}

test('two ocpp csms processes with --redis: the operator API of either lists and calls the stations of both', { skip, timeout: 60_000 }, async () => {
  const one = await csms(['--redis', redis.url, '--node-id', 'one']);
  const two = await csms(['--redis', redis.url, '--node-id', 'two']);
  assert.deepEqual([one.node, two.node], ['one', 'two']);
  const station = new ChargingStationClient({
    version: v201,
    url: one.url,
    identity: 'CS1',
    heartbeat: false,
    reconnect: false,
    bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } },
  });
  const other = new ChargingStationClient({ ...{ version: v201, heartbeat: false, reconnect: false }, url: two.url, identity: 'CS2', bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } } });
  const resets: string[] = [];
  station.handle('Reset', (req) => {
    resets.push(req.type);
    return { status: 'Accepted' };
  });
  try {
    await station.connect();
    await other.connect();
    let listed: { identity: string; node?: string }[] = [];
    for (let i = 0; i < 50 && listed.length < 2; i++) {
      listed = ((await (await fetch(`${two.api}/stations`)).json()) as { stations: { identity: string; node?: string }[] }).stations;
      if (listed.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(listed.map((s) => `${s.identity}@${s.node}`).sort(), ['CS1@one', 'CS2@two']);

    const res = await fetch(`${two.api}/stations/CS1/calls/Reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'OnIdle' }) });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(((await res.json()) as { response: unknown }).response, { status: 'Accepted' });
    assert.deepEqual(resets, ['OnIdle']);

    const nobody = await fetch(`${two.api}/stations/CS9/calls/Reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'OnIdle' }) });
    assert.equal(nobody.status, 404);
  } finally {
    await Promise.all([station.close(), other.close()]);
  }
});

test('ocpp csms: --node-id without --redis and a URL that is not redis:// are usage errors', { skip }, async () => {
  for (const [args, message] of [
    [['--node-id', 'x'], /--node-id goes with --redis/],
    [['--redis', 'http://x'], /not a redis:\/\/ or rediss:\/\/ URL/],
  ] as const) {
    const child = spawn(process.execPath, [main, 'csms', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 2);
    assert.match(err, message);
  }
});
