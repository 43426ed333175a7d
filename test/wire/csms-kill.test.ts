/**
 * kill -9 of the CSMS side, over WebSocket: a CSMS process (CsmsServer and
 * a SqliteCsmsStore, fixtures/csms-process.ts) killed with SIGKILL in the
 * middle of the traffic of 100 stations (ChargingStationClient, 2.0.1 and
 * 1.6) and started again on the same file and port: every transaction is
 * complete and none is applied twice, and the stations, which do not boot
 * again, are served (no SecurityError, B02.FR.09). Then both sides at once:
 * station processes on SQLite stores and the CSMS process killed
 * independently at random points.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteCsmsStore } from '../../src/sqlite/csms-store.js';
import { SqliteTransactionMessageStore } from '../../src/sqlite/station-store.js';
import { tempDir } from '../durable/support.js';
import { CsmsProcess, pause, random, StationProcesses, until, verifyStation } from './support.js';

const TRANSACTIONS = 2;
const PER_TRANSACTION = 5;

async function verifyFile(file: string, seeds: readonly number[], referenceOf?: (seed: number, key: string) => Promise<number | undefined>): Promise<void> {
  const store = new SqliteCsmsStore(file);
  try {
    for (const seed of seeds) {
      await verifyStation(store, seed, TRANSACTIONS, PER_TRANSACTION, referenceOf === undefined ? undefined : (key) => referenceOf(seed, key));
    }
    assert.equal((await store.stations()).length, seeds.length);
  } finally {
    await store.close();
  }
}

test('a CSMS process killed with SIGKILL mid-traffic and restarted on its file, 100 stations: every transaction complete, none doubled, no station booted again', { timeout: 240_000 }, async () => {
  const tmp = tempDir();
  const csms = new CsmsProcess(tmp.file('csms.db'));
  const rng = random(21);
  try {
    await csms.start();
    const seeds = Array.from({ length: 100 }, (_, i) => i);
    const fleets = [0, 1].map(
      // 400 ms or more between a station's messages: the traffic outlasts three kills and restarts, however quick the machine.
      (w) => new StationProcesses(() => csms.url, tmp.dir, seeds.filter((s) => s % 2 === w), 'memory', TRANSACTIONS, PER_TRANSACTION, { pauseMs: 400, hold: true }),
    );
    let finished = false;
    const runs = Promise.all(fleets.map((f) => f.run())).finally(() => (finished = true));
    // Every station booted (and its registration saved) before the first kill.
    await until(() => fleets.every((f) => f.boots.size === f.seeds.length), 60_000, 'every station to boot');
    await pause(300);
    for (const f of fleets) f.go();
    let midTraffic = 0;
    for (let n = 0; n < 3 && !finished; n++) {
      await pause(200 + Math.floor(rng() * 600));
      if (fleets.some((f) => f.done.size < f.seeds.length)) midTraffic++;
      const before = csms.kills;
      csms.kill();
      await until(() => csms.kills > before && csms.ready, 30_000, 'the CSMS to come back');
    }
    await runs;
    await csms.stop();
    assert.ok(csms.kills >= 2 && midTraffic >= 2, `the CSMS was killed ${csms.kills} times, ${midTraffic} of them mid-traffic`);
    for (const f of fleets) {
      for (const seed of f.seeds) {
        assert.equal(f.boots.get(seed), 1, `S${seed} booted once: it was served after each restart without booting again`);
        assert.equal(f.refused.get(seed) ?? 0, 0, `S${seed} was never refused`);
      }
    }
    await verifyFile(tmp.file('csms.db'), seeds);
  } finally {
    await csms.stop().catch(() => undefined);
    tmp.done();
  }
});

test('both at once: station processes (SQLite stores) and the CSMS process killed independently with SIGKILL; nothing lost, nothing applied twice', { timeout: 240_000 }, async () => {
  const tmp = tempDir();
  const csms = new CsmsProcess(tmp.file('csms.db'));
  const rng = random(31);
  try {
    await csms.start();
    const seeds = Array.from({ length: 20 }, (_, i) => i);
    const fleets = [0, 1].map(
      (w) => new StationProcesses(() => csms.url, tmp.dir, seeds.filter((s) => s % 2 === w), 'sqlite', TRANSACTIONS, PER_TRANSACTION, { pauseMs: 400 }),
    );
    let finished = false;
    const runs = Promise.all(fleets.map((f) => f.run())).finally(() => (finished = true));
    const stationKiller = (async () => {
      for (let n = 0; n < 3 && !finished; n++) {
        // The fleet with most left to do, once its process (re)started has stations in session.
        const f = [...fleets].sort((a, b) => a.done.size - b.done.size)[0]!;
        while (!finished && !(f.alive && f.runBoots >= Math.min(2, f.seeds.length - f.done.size))) await pause(10);
        await pause(100 + Math.floor(rng() * 500));
        const before = f.kills;
        f.kill();
        while (!finished && f.kills === before && f.done.size < f.seeds.length) await pause(5);
      }
    })();
    const csmsKiller = (async () => {
      await until(() => fleets.some((f) => f.bootCount > 0), 60_000, 'a station to boot');
      for (let n = 0; n < 3 && !finished; n++) {
        await pause(300 + Math.floor(rng() * 700));
        const before = csms.kills;
        csms.kill();
        await until(() => csms.kills > before && csms.ready, 30_000, 'the CSMS to come back');
      }
    })();
    await runs;
    await Promise.all([stationKiller, csmsKiller]);
    await csms.stop();
    const stationKills = fleets.reduce((n, f) => n + f.kills, 0);
    assert.ok(stationKills >= 2, `the station processes were killed ${stationKills} times`);
    assert.ok(csms.kills >= 2, `the CSMS process was killed ${csms.kills} times`);
    const files = new Map<number, SqliteTransactionMessageStore>();
    try {
      for (const seed of seeds) {
        const file = new SqliteTransactionMessageStore(join(tmp.dir, `station-${seed}.db`));
        files.set(seed, file);
        assert.equal(await file.count(), 0);
      }
      await verifyFile(tmp.file('csms.db'), seeds, async (seed, key) => (await files.get(seed)!.transaction(key))?.reference);
    } finally {
      for (const f of files.values()) await f.close();
    }
  } finally {
    await csms.stop().catch(() => undefined);
    tmp.done();
  }
});
