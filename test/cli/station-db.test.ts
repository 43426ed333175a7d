/**
 * `ocpp station --db FILE`: the station's TransactionEvents wait in an
 * SQLite file until answered. The process is killed with SIGKILL while its
 * CSMS is away (events queued offline in the file) and started again on the
 * same file: the events that waited are delivered, seqNo numbering goes on
 * without gap or repeat (E12, TC_E_43_CS: offline true), the transaction
 * the killed process left running is Ended (PowerLoss), and nothing is
 * applied twice. A file that is not a store, or several stations on one
 * file, get a clear error.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryCsmsStore } from '../../src/durable/csms/memory-store.js';
import { CsmsServer } from '../../src/transport/websocket-server.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ocpp-station-db-'));
const running = new Set<ChildProcess>();
after(() => {
  for (const c of running) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function station(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [MAIN, 'station', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, output: () => out, exit };
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface Seen {
  seqNo: number;
  eventType: string;
  offline: boolean | undefined;
  transactionId: string;
  stoppedReason: string | undefined;
  duplicate: boolean;
}

async function csms(store: MemoryCsmsStore, seen: Seen[], port = 0): Promise<CsmsServer> {
  const server = new CsmsServer({ store, pingIntervalMs: 0 });
  const now = () => new Date().toISOString();
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
  server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: now() }));
  server.handle('2.0.1', 'StatusNotification', () => ({}));
  server.handle('2.0.1', 'SecurityEventNotification', () => ({}));
  server.handle('2.0.1', 'Authorize', () => ({ idTokenInfo: { status: 'Accepted' } }));
  server.handleTransaction('2.0.1', 'TransactionEvent', () => ({ idTokenInfo: { status: 'Accepted' } }));
  server.on('transactionMessage', (_id, r) => {
    const req = r.request as { seqNo: number; eventType: string; offline?: boolean; transactionInfo: { transactionId: string; stoppedReason?: string } };
    seen.push({
      seqNo: req.seqNo,
      eventType: req.eventType,
      offline: req.offline,
      transactionId: req.transactionInfo.transactionId,
      stoppedReason: req.transactionInfo.stoppedReason,
      duplicate: r.duplicate,
    });
  });
  await server.listen(port, '127.0.0.1');
  return server;
}

test('ocpp station --db: killed with SIGKILL while offline and started again on its file, it delivers what waited and ends the transaction, nothing doubled', async () => {
  const store = new MemoryCsmsStore();
  const seen: Seen[] = [];
  let server = await csms(store, seen);
  const port = server.address()!.port;
  const url = `ws://127.0.0.1:${port}/ocpp`;
  const db = join(dir, 'station.db');
  const common = ['--url', url, '--id', 'DB1', '--db', db, '--quiet', '--control-port', '0'];
  const first = station([...common, '--session', '--charge-time', '60', '--meter-interval', '1']);
  try {
    await until(() => seen.some((s) => s.eventType === 'Started'), 'the transaction to start');
    // The CSMS goes away: the station queues its Updated events in the file.
    await server.close(500);
    await new Promise((r) => setTimeout(r, 2500));
    first.child.kill('SIGKILL');
    assert.equal(await first.exit, null);
    const before = seen.length;
    server = await csms(store, seen, port);
    const second = station(common);
    try {
      await until(() => seen.some((s) => s.eventType === 'Ended'), 'the Ended event');
      const fresh = seen.filter((s) => !s.duplicate);
      const txId = fresh[0]!.transactionId;
      const mine = fresh.filter((s) => s.transactionId === txId);
      assert.deepEqual(
        mine.map((s) => s.seqNo),
        mine.map((_, i) => i),
        'seqNo 0, 1, 2... across the kill: none missing, none repeated',
      );
      assert.ok(seen.length - before >= 2, 'events queued offline came after the restart, then the Ended one');
      assert.ok(mine.slice(before).some((s) => s.offline === true), 'events queued while the CSMS was away say offline (TC_E_43_CS)');
      const ended = mine.at(-1)!;
      assert.deepEqual([ended.eventType, ended.stoppedReason], ['Ended', 'PowerLoss']);
      const record = await store.transaction('DB1', txId);
      assert.equal(record?.state, 'Ended');
      assert.equal(record?.messages, mine.length, 'each event applied once');
    } finally {
      second.child.kill('SIGTERM');
      await second.exit;
    }
  } finally {
    first.child.kill('SIGKILL');
    await server.close(500);
  }
});

test('ocpp station --db: a file that is not a store gets a clear error, and is left as it was', async () => {
  const foreign = join(dir, 'notes.txt');
  writeFileSync(foreign, 'not a database at all, just some notes\n'.repeat(200));
  const r = station(['--url', 'ws://127.0.0.1:1/ocpp', '--id', 'DB2', '--db', foreign, '--quiet']);
  assert.equal(await r.exit, 1);
  assert.match(r.output(), new RegExp(`--db ${foreign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*not`));
  assert.doesNotMatch(r.output(), /\n\s+at /, 'one line, no stack trace');
  const corrupt = join(dir, 'corrupt.db');
  // The SQLite header and then garbage: a damaged database.
  writeFileSync(corrupt, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(8192, 0xa5)]));
  const c = station(['--url', 'ws://127.0.0.1:1/ocpp', '--id', 'DB3', '--db', corrupt, '--quiet']);
  assert.equal(await c.exit, 1);
  assert.match(c.output(), /--db .*corrupt\.db: /);
  const many = station(['--url', 'ws://127.0.0.1:1/ocpp', '--count', '2', '--db', join(dir, 'one.db'), '--quiet']);
  assert.equal(await many.exit, 2);
  assert.match(many.output(), /\{id\}/);
});
