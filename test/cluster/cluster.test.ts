/**
 * Two CsmsServers of one process joined to a cluster over a real
 * redis-server: routed calls with the types and errors of local ones,
 * presence and takeover, the cluster-wide events, the listing of the whole
 * cluster. The three-process test with a node killed is beside this one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CsmsCluster, ClusterError, StationNotConnectedError, StationVersionError, type ClusterConnectEvent, type ClusterMessageEvent } from '../../src/cluster/index.js';
import { CallTimeoutError, NotSupportedError, OcppError, SecurityError } from '../../src/rpc/errors.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { createClient } from 'redis';
import { acceptingHandlers, startServer, until } from '../transport/helpers.js';
import { redisServerMissing, startRedisServer, type RedisServer } from '../support/redis-server.js';

const missing = redisServerMissing();
const skip = missing === undefined ? false : missing;
let redis: RedisServer;
let namespaceCounter = 0;

before(async () => {
  if (missing === undefined) redis = await startRedisServer();
});
after(async () => {
  await redis?.stop();
});

/** Two nodes, a and b, in a namespace of their own. */
async function twoNodes(ttl = 3000, events = false) {
  const namespace = `t${namespaceCounter++}`;
  const a = await startServer();
  const b = await startServer();
  acceptingHandlers(a.server);
  acceptingHandlers(b.server);
  const ca = await CsmsCluster.join(a.server, { redis: redis.url, nodeId: 'a', namespace, presenceTtlMs: ttl, livenessCheckMs: 200, events });
  const cb = await CsmsCluster.join(b.server, { redis: redis.url, nodeId: 'b', namespace, presenceTtlMs: ttl, livenessCheckMs: 200, events });
  const stop = async (): Promise<void> => {
    await Promise.all([ca.leave(), cb.leave()]);
    await Promise.all([a.server.close(), b.server.close()]);
  };
  return { a, b, ca, cb, stop };
}

function station(url: string, identity: string) {
  const client = new ChargingStationClient({
    version: v201,
    url,
    identity,
    reconnect: false,
    heartbeat: false,
    bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } },
  });
  return client;
}

test('a call made on node a reaches a station on node b and comes back typed; CALLERRORs, refusals and timeouts come back as the local classes', { skip }, async () => {
  const { a, ca, cb, stop } = await twoNodes();
  const cs = station(a.url, 'CS1');
  try {
    let resets = 0;
    cs.handle('Reset', (req) => {
      resets++;
      return { status: req.type === 'Immediate' ? 'Accepted' : 'Scheduled' };
    });
    cs.handle('GetVariables', () => {
      throw new SecurityError('not for you');
    });
    cs.handle('ClearCache', () => new Promise(() => undefined)); // never answers
    await cs.connect();
    await until(() => ca.heldCount === 1, 'presence on a');
    assert.deepEqual(await cb.locate('CS1').then((p) => p && { node: p.node, version: p.version }), { node: 'a', version: '2.0.1' });

    const answer = await cb.station('CS1', '2.0.1').call('Reset', { type: 'Immediate' });
    assert.equal(answer.status, 'Accepted');
    assert.equal(resets, 1);
    // The same through the holding node's own fast path.
    assert.equal((await ca.station('CS1', '2.0.1').call('Reset', { type: 'OnIdle' })).status, 'Scheduled');

    const denied = await cb.station('CS1', '2.0.1').call('GetVariables', { getVariableData: [{ component: { name: 'X' }, variable: { name: 'Y' } }] }).catch((e: unknown) => e);
    assert.ok(denied instanceof SecurityError && denied instanceof OcppError, `got ${String(denied)}`);
    assert.equal(denied.description, 'not for you');

    // A payload the version's validator refuses is refused on the holding node, as a local call is.
    const bad = await cb.station('CS1', '2.0.1').call('Reset', { type: 'Sometime' } as never).catch((e: unknown) => e);
    const local = await ca.server.station('CS1', '2.0.1')!.call('Reset', { type: 'Sometime' } as never).catch((e: unknown) => e);
    assert.ok(bad instanceof Error && local instanceof Error);
    assert.equal(bad.constructor, local.constructor);
    assert.equal(bad.message, local.message);

    const slow = await cb.station('CS1', '2.0.1').call('ClearCache', {}, { timeoutMs: 300 }).catch((e: unknown) => e);
    assert.ok(slow instanceof CallTimeoutError && slow.neverSent === false && slow.timeoutMs === 300, `got ${String(slow)}`);

    // The wrong version and a station nobody holds fail at once, unsent.
    const v = await cb.station('CS1', '1.6').call('Reset', { type: 'Hard' }).catch((e: unknown) => e);
    assert.ok(v instanceof StationVersionError && v.stationVersion === '2.0.1');
    const nobody = await cb.station('CS9', '2.0.1').call('Reset', { type: 'Immediate' }).catch((e: unknown) => e);
    assert.ok(nobody instanceof StationNotConnectedError && nobody.identity === 'CS9');
    // A CSMS-to-station action only: calling a station-to-CSMS one does not compile, and is refused at run time.
    // @ts-expect-error Heartbeat is sent by stations
    const wrong = await cb.station('CS1', '2.0.1').call('Heartbeat', {}).catch((e: unknown) => e);
    assert.ok(wrong instanceof NotSupportedError);
  } finally {
    await cs.close();
    await stop();
  }
});

test('one CALL in flight per station across nodes: calls from both nodes queue behind each other on the holding node (Part 4, 4.1.1)', { skip }, async () => {
  const { a, ca, cb, stop } = await twoNodes();
  const cs = station(a.url, 'CS2');
  try {
    let inFlight = 0;
    let most = 0;
    cs.handle('Reset', async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return { status: 'Accepted' };
    });
    await cs.connect();
    await until(() => ca.heldCount === 1);
    const calls = [];
    for (let i = 0; i < 20; i++) calls.push((i % 2 === 0 ? ca : cb).station('CS2', '2.0.1').call('Reset', { type: 'Immediate' }));
    const answers = await Promise.all(calls);
    assert.equal(answers.length, 20);
    assert.equal(most, 1);
  } finally {
    await cs.close();
    await stop();
  }
});

test('a station that connects to node b while node a holds it: a closes its connection, calls from a now go to b', { skip }, async () => {
  const { a, b, ca, cb, stop } = await twoNodes();
  const first = station(a.url, 'CS3');
  const second = station(b.url, 'CS3');
  try {
    first.handle('Reset', () => ({ status: 'Rejected' }));
    second.handle('Reset', () => ({ status: 'Accepted' }));
    await first.connect();
    await until(() => ca.heldCount === 1);
    const closed = new Promise<[number, string]>((resolve) => first.once('disconnect', (code, reason) => resolve([code, reason])));
    const released = new Promise<[string, string]>((resolve) => ca.once('released', (id, by) => resolve([id, by])));
    await second.connect();
    assert.deepEqual(await released, ['CS3', 'b']);
    const [code] = await closed;
    assert.equal(code, 1000);
    assert.equal(a.server.isConnected('CS3'), false);
    assert.equal(a.server.station('CS3'), undefined, 'a dropped the behaviour it kept');
    assert.equal((await ca.locate('CS3'))?.node, 'b');
    assert.equal((await ca.station('CS3', '2.0.1').call('Reset', { type: 'Immediate' })).status, 'Accepted');
    assert.deepEqual((await cb.stations()).map((s) => [s.identity, s.node]), [['CS3', 'b']]);
  } finally {
    await Promise.all([first.close(), second.close()]);
    await stop();
  }
});

test('presence expires: a node that stops refreshing frees its stations within the expiry; a left node is gone from nodes() at once', { skip }, async () => {
  const { a, ca, cb, stop } = await twoNodes(600);
  const cs = station(a.url, 'CS4');
  try {
    await cs.connect();
    await until(() => ca.heldCount === 1);
    assert.deepEqual((await cb.nodes()).map((n) => n.id), ['a', 'b']);
    // Node a's process stalls: its timers stop (the Redis connection stays up).
    clearInterval((ca as unknown as { refresher: ReturnType<typeof setInterval> }).refresher);
    const t0 = Date.now();
    let present = true;
    while (present && Date.now() - t0 < 5000) {
      await new Promise((r) => setTimeout(r, 50));
      present = (await cb.locate('CS4')) !== undefined;
    }
    assert.equal(present, false, 'the presence of a stalled node expires');
    assert.deepEqual((await cb.nodes()).map((n) => n.id), ['b']);
    await cs.close();
    await ca.leave();
    assert.deepEqual((await cb.nodes()).map((n) => n.id), ['b']);
  } finally {
    await stop();
  }
});

test('events, opt-in: connect, disconnect and every incoming frame of every node reach every node', { skip }, async () => {
  const { a, b, ca, cb, stop } = await twoNodes(3000, true);
  const connects: ClusterConnectEvent[] = [];
  const messages: ClusterMessageEvent[] = [];
  cb.on('connect', (e) => connects.push(e));
  cb.on('message', (e) => messages.push(e));
  const disconnected = new Promise<string>((resolve) => ca.on('disconnect', (e) => resolve(`${e.identity}@${e.node}`)));
  const one = station(a.url, 'CS5');
  const two = station(b.url, 'CS6');
  try {
    await one.connect();
    await two.connect();
    await until(() => connects.length === 2 && messages.length === 2, 'both connects and boots seen on b');
    assert.deepEqual(connects.map((e) => `${e.identity}@${e.node}:${e.version}`).sort(), ['CS5@a:2.0.1', 'CS6@b:2.0.1']);
    assert.ok(messages.every((m) => m.text.includes('"BootNotification"')));
    await one.close();
    assert.equal(await disconnected, 'CS5@a');
  } finally {
    await two.close();
    await stop();
  }
});

test('a node whose holding was written over without its release reaching it (pub/sub is at most once) gives the station up at its next refresh', { skip }, async () => {
  const { a, ca, stop } = await twoNodes(900);
  const cs = station(a.url, 'CS7');
  const admin = createClient({ url: redis.url });
  await admin.connect();
  try {
    await cs.connect();
    await until(() => ca.heldCount === 1);
    const closed = new Promise<number>((resolve) => cs.once('disconnect', (code) => resolve(code)));
    const released = new Promise<string>((resolve) => ca.once('released', (_id, by) => resolve(by)));
    // Node b's claim, as Redis holds it, with no release message sent to a.
    const namespace = (ca as unknown as { names: { namespace: string } }).names.namespace;
    await admin.set(`${namespace}:station:CS7`, `b\nb/lost\n2.0.1\n${Date.now()}`, { PX: 5000 });
    assert.equal(await released, 'another node');
    assert.equal(await closed, 1000);
    assert.equal(a.server.station('CS7'), undefined);
    assert.equal((await ca.locate('CS7'))?.node, 'b', 'the newer holding stays');
  } finally {
    await admin.close();
    await cs.close();
    await stop();
  }
});

test('bad options and an unreachable Redis are refused with a ClusterError', { skip }, async () => {
  const { server } = await startServer();
  try {
    await assert.rejects(CsmsCluster.join(server, { redis: redis.url, presenceTtlMs: 0 }), (e: unknown) => e instanceof ClusterError && e.code === 'options');
    await assert.rejects(CsmsCluster.join(server, { redis: redis.url, nodeId: 'a b' }), (e: unknown) => e instanceof ClusterError && e.code === 'options');
    await assert.rejects(
      CsmsCluster.join(server, { redis: { url: 'redis://127.0.0.1:1', socket: { reconnectStrategy: false } } }),
      (e: unknown) => e instanceof ClusterError && e.code === 'redis',
    );
  } finally {
    await server.close();
  }
});

test('a 1.6 station called from another node, typed by 1.6, and again after it comes back speaking 2.0.1', { skip }, async () => {
  const { a, ca, cb, stop } = await twoNodes();
  const cs = new ChargingStationClient({ version: v16, url: a.url, identity: 'CP16', reconnect: false, heartbeat: false, bootNotification: { chargePointVendor: 'V', chargePointModel: 'M' } });
  try {
    cs.handle('Reset', (req) => ({ status: req.type === 'Soft' ? 'Accepted' : 'Rejected' }));
    await cs.connect();
    await until(() => ca.heldCount === 1);
    assert.equal((await cb.station('CP16', '1.6').call('Reset', { type: 'Soft' })).status, 'Accepted');
    // The same identity comes back speaking 2.0.1: node b's memory of the 1.6 holding does not stand in the way.
    await cs.close();
    const again = station(a.url, 'CP16');
    again.handle('Reset', () => ({ status: 'Scheduled' }));
    await again.connect();
    await until(() => a.server.versionOf('CP16') === '2.0.1');
    await until(() => ca.heldCount === 1);
    assert.equal((await cb.station('CP16', '2.0.1').call('Reset', { type: 'OnIdle' })).status, 'Scheduled');
    await again.close();
  } finally {
    await cs.close();
    await stop();
  }
});
