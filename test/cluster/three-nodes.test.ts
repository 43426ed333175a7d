/**
 * Three CSMS node processes on one real redis-server, 300 stations spread
 * over them round-robin (each reconnects to the next URL of the list when
 * it loses its node): every node calls every station; one node is killed
 * with SIGKILL while calls run through it; its stations come back on the
 * other two, calls resume, the calls it held fail with NodeLostError, and
 * no station receives any CALL twice. A station moving between nodes is
 * reachable from its old node within the presence expiry.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { redisServerMissing, startRedisServer, type RedisServer } from '../support/redis-server.js';
import { ask, callFrom, poll, startNode, startStations, stationsOf, stationStats, type NodeProcess } from './processes.js';

const missing = redisServerMissing();
const skip = missing === undefined ? false : missing;
const STATIONS = 300;
const TTL_MS = 4000;
const identities = Array.from({ length: STATIONS }, (_, i) => `S${String(i).padStart(3, '0')}`);

let redis: RedisServer;
let nodes: NodeProcess[] = [];
let stations: ChildProcess | undefined;

before(async () => {
  if (missing !== undefined) return;
  redis = await startRedisServer();
  nodes = await Promise.all(['n0', 'n1', 'n2'].map((id) => startNode(redis.url, id, 'three', TTL_MS)));
  stations = startStations(
    nodes.map((n) => n.url),
    identities,
  );
});

after(async () => {
  stations?.kill('SIGKILL');
  for (const n of nodes) n.child.kill('SIGKILL');
  await redis?.stop();
});

/** Groups outcomes: ok count and the error names seen. */
function tally(results: readonly { ok: boolean; data?: string; error?: string; identity: string }[], tag: string): { ok: number; errors: Record<string, number> } {
  const errors: Record<string, number> = {};
  let ok = 0;
  for (const r of results) {
    if (r.ok) {
      assert.equal(r.data, `${tag}:${r.identity}`, 'each answer is the one for its own call');
      ok++;
    } else errors[r.error!] = (errors[r.error!] ?? 0) + 1;
  }
  return { ok, errors };
}

test('300 stations over three nodes: calls from every node to every station, a node killed mid-call, no call lost or run twice', { skip, timeout: 120_000 }, async () => {
  await poll(async () => (await stationStats(stations!)).registered === STATIONS, 30_000, 'all stations registered');
  await poll(async () => (await stationsOf(nodes[0]!)).length === STATIONS, 10_000, 'the whole cluster listed on n0');
  const before = await stationsOf(nodes[1]!);
  const held = (id: string): string[] => before.filter((s) => s.node === id).map((s) => s.identity);
  // Round-robin: a hundred each, unless a first attempt failed on a loaded machine and went on to the next URL.
  const counts = nodes.map((n) => held(n.id).length);
  assert.equal(counts.reduce((x, y) => x + y, 0), STATIONS);
  assert.ok(counts.every((c) => c >= 50), `spread over the three: ${counts.join(', ')}`);

  // Every node calls every station: 900 calls, all answered, each with its own answer.
  const round1 = await Promise.all(nodes.map((n) => callFrom(n, identities, `r1-${n.id}`)));
  for (const [i, results] of round1.entries()) assert.deepEqual(tally(results, `r1-${nodes[i]!.id}`), { ok: STATIONS, errors: {} });

  // Slow calls from n0 to n2's stations are in flight when n2 is killed.
  const victim = nodes[2]!;
  const victimStations = held(victim.id);
  const inFlight = callFrom(nodes[0]!, victimStations, 'slow');
  await poll(async () => (await stationStats(stations!)).received >= 900 + victimStations.length, 10_000, 'the slow calls reached the stations');
  victim.child.kill('SIGKILL');
  const slow = tally(await inFlight, 'slow');
  assert.deepEqual(slow, { ok: 0, errors: { NodeLostError: victimStations.length } }, 'a call whose node died fails clearly, never answered');

  // Calls go on while n2's stations reconnect: each is answered or fails clearly, unsent or lost with its node.
  const during = await callFrom(nodes[1]!, identities, 'r2');
  const mid = tally(during, 'r2');
  console.log(`# during the failover: ${mid.ok} answered, ${JSON.stringify(mid.errors)}`);
  for (const name of Object.keys(mid.errors)) assert.ok(['StationNotConnectedError', 'NodeLostError', 'ConnectionLostError', 'CallTimeoutError'].includes(name), `unexpected ${name}`);

  // Its stations come back on the two others, and the cluster sees them there.
  await poll(async () => (await stationStats(stations!)).registered === STATIONS, 30_000, 'every station registered again');
  await poll(async () => {
    const list = await stationsOf(nodes[0]!);
    return list.length === STATIONS && list.every((s) => s.node !== victim.id);
  }, TTL_MS * 3, 'the cluster lists every station on a living node');

  // Calls resume: both living nodes reach all 300.
  const round3 = await Promise.all(nodes.slice(0, 2).map((n) => callFrom(n, identities, `r3-${n.id}`)));
  for (const [i, results] of round3.entries()) assert.deepEqual(tally(results, `r3-${nodes[i]!.id}`), { ok: STATIONS, errors: {} });

  // No station received any CALL twice, and every answered call was received once.
  const stats = await stationStats(stations!);
  assert.deepEqual(stats.duplicates, []);
  // Answered calls were received exactly once; calls that failed unsent were never received; those lost with their node at most once.
  const maybe = (mid.errors.NodeLostError ?? 0) + (mid.errors.ConnectionLostError ?? 0) + (mid.errors.CallTimeoutError ?? 0);
  const sure = 900 + victimStations.length + mid.ok + 600;
  assert.ok(stats.received >= sure && stats.received <= sure + maybe, `received ${stats.received}, expected ${sure} to ${sure + maybe}`);
});

test('a station moving from one node to another is reachable from its old node within the presence expiry', { skip, timeout: 60_000 }, async () => {
  const list = await stationsOf(nodes[0]!);
  const mover = list.find((s) => s.node === 'n0')!.identity;
  await ask(stations!, { t: 'move', identity: mover, urlIndex: 1 }, 'moved');
  const t0 = Date.now();
  let reached = false;
  while (!reached && Date.now() - t0 < TTL_MS) {
    const [r] = await callFrom(nodes[0]!, [mover], `move-${Date.now()}`);
    reached = r!.ok;
    if (!reached) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(reached, `reachable from n0 within ${TTL_MS} ms`);
  assert.equal((await stationsOf(nodes[0]!)).find((s) => s.identity === mover)?.node, 'n1');
});
