/**
 * Issue "hardening", item 4: connections that never upgrade. About 20,000
 * idle TCP sockets held the server's descriptors at their limit for about
 * 70 s and 3 of 4 new stations failed their handshake. Now each accepted
 * socket has `handshakeTimeoutMs` to bring its upgrade request and at most
 * `maxPendingHandshakes` may wait, the oldest closed first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { defaultMaxPendingHandshakes } from '../../src/transport/pending-handshakes.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { acceptingHandlers, bootRequest, startServer, until } from '../transport/helpers.js';
import type { FromFlood, ToFlood } from './idle-flood.js';
import { v201 } from '../../src/v201/index.js';

function idle(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port }, () => resolve(s));
    s.once('error', reject);
  });
}

const isClosed = (s: Socket): boolean => s.destroyed || s.readableEnded;

function whenClosed(s: Socket): Promise<void> {
  return isClosed(s) ? Promise.resolve() : new Promise((resolve) => s.once('close', () => resolve()));
}

async function bootStations(url: string, count: number, prefix: string): Promise<number> {
  let ok = 0;
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const client = new ChargingStationClient({ version: v201, url, identity: `${prefix}-${i}`, pingIntervalMs: 0, heartbeat: false, reconnect: false, handshakeTimeoutMs: 30_000, bootNotification: bootRequest });
      try {
        await client.open({ retry: false });
        await client.boot();
        ok++;
      } catch {
        // counted as a failure
      } finally {
        await client.close();
      }
    }),
  );
  return ok;
}

/** The soft limit on open files of this process, where Linux tells. */
function openFileLimit(): number | undefined {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    return m === null ? undefined : Number(m[1]);
  } catch {
    return undefined;
  }
}

function openFiles(): number | undefined {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return undefined;
  }
}

test('a socket that never sends its upgrade request, or trickles it, is closed after handshakeTimeoutMs', async () => {
  const { server, port } = await startServer({ handshakeTimeoutMs: 300 });
  try {
    const silent = await idle(port);
    const slow = await idle(port);
    slow.write('GET /ocpp/CS1 HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => !isClosed(slow) && slow.write('X'), 50);
    await Promise.all([whenClosed(silent), whenClosed(slow)]);
    clearInterval(drip);
    // A station that does speak is unaffected.
    const { url } = { url: `ws://127.0.0.1:${port}/ocpp` };
    acceptingHandlers(server);
    assert.equal(await bootStations(url, 1, 'OK'), 1);
  } finally {
    await server.close();
  }
});

test('past maxPendingHandshakes the oldest idle sockets are closed first, and stations still connect', async () => {
  const { server, port, url } = await startServer({ maxPendingHandshakes: 50, handshakeTimeoutMs: 120_000 });
  acceptingHandlers(server);
  const sockets: Socket[] = [];
  try {
    for (let i = 0; i < 200; i++) sockets.push(await idle(port));
    await until(() => sockets.filter((s) => !isClosed(s)).length <= 50, 'the oldest idle sockets to be closed');
    const survivors = sockets.map((s, i) => (isClosed(s) ? -1 : i)).filter((i) => i >= 0);
    assert.ok(survivors.length <= 50 && survivors.length >= 40, `${survivors.length} survivors`);
    assert.ok(survivors[0]! >= 140, `the newest survive, the oldest was cut (first survivor ${survivors[0]})`);
    assert.equal(await bootStations(url, 10, 'CAP'), 10);
  } finally {
    for (const s of sockets) s.destroy();
    await server.close();
  }
});

test('new stations complete their handshake while a flood of idle sockets fills what the descriptor limit allows', { timeout: 180_000 }, async (t) => {
  const limit = openFileLimit() ?? 1024;
  // Scaled to this machine: 20,000 idle sockets where two attacker processes can hold them, else what their limits allow.
  // Together they can hold more sockets than this process has descriptors: without a bound, the server runs out.
  const perFlood = Math.max(250, Math.min(10_000, limit - 100));
  const target = 2 * perFlood;
  const cap = defaultMaxPendingHandshakes();
  // A long timeout: only the bound on waiting sockets protects the server here (before: none, for 60 s).
  const { server, port, url } = await startServer({ handshakeTimeoutMs: 120_000 });
  acceptingHandlers(server);
  const floods = [0, 1].map(() => fork(fileURLToPath(new URL('./idle-flood.js', import.meta.url)), [String(port), String(perFlood)], { stdio: 'ignore' }));
  const messages: FromFlood[][] = floods.map(() => []);
  floods.forEach((f, i) => f.on('message', (m: FromFlood) => messages[i]!.push(m)));
  const tell = (m: ToFlood): void => void floods.forEach((f) => f.connected && f.send(m));
  const got = (type: FromFlood['type']): FromFlood[] => messages.map((ms) => ms.find((m) => m.type === type)).filter((m): m is FromFlood => m !== undefined);
  let maxFiles = 0;
  const sampler = setInterval(() => (maxFiles = Math.max(maxFiles, openFiles() ?? 0)), 100);
  try {
    // Opening 20,000 sockets takes a while on a loaded machine; give it two minutes.
    for (const end = Date.now() + 120_000; got('holding').length < 2; ) {
      if (Date.now() > end) throw new Error('the floods did not open their sockets in time');
      await new Promise((r) => setTimeout(r, 50));
    }
    // The flood goes on (each socket cut is replaced) while 20 stations connect and boot.
    const booted = await bootStations(url, 20, 'FLOOD');
    tell({ type: 'stats' });
    await until(() => got('stats').length === 2, 'flood stats');
    const stats = got('stats');
    const sum = (k: 'opened' | 'cut' | 'open' | 'errors'): number => stats.reduce((n, s) => n + s[k], 0);
    const firstError = stats.find((s) => s.firstError !== undefined)?.firstError;
    t.diagnostic(`descriptor limit ${limit}; flood of ${target} idle sockets from 2 processes: ${sum('opened')} opened, ${sum('cut')} cut by the server, ${sum('open')} open at the end, ${sum('errors')} failed to connect${firstError !== undefined ? ` (${firstError})` : ''}`);
    t.diagnostic(`server: at most ${cap} waiting handshakes; most descriptors open in the test process ${maxFiles}; stations booted during the flood ${booted}/20`);
    assert.ok(sum('opened') >= target, 'the floods opened their sockets');
    assert.equal(booted, 20, 'every station got through');
    assert.ok(sum('cut') > 0, 'the server cut idle sockets');
    if (maxFiles > 0) assert.ok(maxFiles < cap + 500, `the server held ${maxFiles} descriptors, bounded by ${cap} waiting handshakes`);
  } finally {
    clearInterval(sampler);
    tell({ type: 'stop' });
    await Promise.all(floods.map((f) => new Promise((resolve) => (f.exitCode !== null ? resolve(undefined) : f.once('exit', resolve)))));
    await server.close();
  }
});
