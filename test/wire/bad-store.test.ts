/**
 * A corrupt or foreign file given as a store, in a real process: a CSMS
 * process (CsmsServer over SqliteCsmsStore) and a station process
 * (ChargingStationClient over SqliteTransactionMessageStore) each stop with
 * one clear line naming the file and what is wrong with it, and the file is
 * left byte for byte as it was (never reset).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteCsmsStore } from '../../src/sqlite/csms-store.js';
import { tempDir } from '../durable/support.js';

const here = dirname(fileURLToPath(import.meta.url));

function run(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = fork(join(here, 'fixtures', script), args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

test('a CSMS process given a foreign file, a damaged one, or a station store: a clear error, the file untouched', async () => {
  const tmp = tempDir();
  try {
    const foreign = tmp.file('foreign.json');
    writeFileSync(foreign, JSON.stringify({ some: 'data' }).repeat(100));
    const damaged = tmp.file('damaged.db');
    writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(4096, 0x5a)]));
    for (const [file, why] of [
      [foreign, /not an SQLite database/],
      [damaged, /damaged|corrupt|malformed|not a database/i],
    ] as const) {
      const before = readFileSync(file);
      const r = await run('csms-process.js', [file, '0']);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, why);
      assert.ok(r.stderr.includes(file), 'the message names the file');
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'one line, no stack trace');
      assert.deepEqual(readFileSync(file), before, 'the file is left as it was');
    }
  } finally {
    tmp.done();
  }
});

test('a station process given a CSMS store as its transaction-message store: a clear error', async () => {
  const tmp = tempDir();
  try {
    const csmsFile = tmp.file('station-0.db');
    await new SqliteCsmsStore(csmsFile).close();
    const before = readFileSync(csmsFile);
    const r = await run('station-process.js', ['ws://127.0.0.1:1/ocpp', tmp.dir, '0', 'sqlite', '1', '2']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /station process failed: .*station-0\.db/);
    assert.match(r.stderr, /csms/i, 'says what the file is');
    assert.deepEqual(readFileSync(csmsFile), before);
  } finally {
    tmp.done();
  }
});
