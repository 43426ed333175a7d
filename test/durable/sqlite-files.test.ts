/**
 * What the SQLite stores do with a file that is not theirs or not whole:
 * a typed StoreError, no crash, and the file left byte for byte as it was
 * (never reset). Also: WAL mode and the schema version in the file, a store
 * another process holds, a file that cannot be opened.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreBusyError, StoreCorruptError, StoreError, StoreForeignError, StoreVersionError } from '../../src/durable/errors.js';
import { loadDriver } from '../../src/sqlite/driver.js';
import { SqliteCsmsStore } from '../../src/sqlite/csms-store.js';
import { APPLICATION_ID, openStoreDatabase, type SchemaSpec } from '../../src/sqlite/open.js';
import { SqliteTransactionMessageStore } from '../../src/sqlite/station-store.js';
import { tempDir } from './support.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Opening `path` as either store throws `kind`, and leaves the file as it was. */
function assertRefused(path: string, kind: new (...args: never[]) => StoreError, code: string): void {
  const before = readFileSync(path);
  for (const open of [() => new SqliteTransactionMessageStore(path), () => new SqliteCsmsStore(path)]) {
    assert.throws(open, (err: unknown) => err instanceof kind && (err as StoreError).code === code && (err as StoreError).path === path);
  }
  assert.ok(readFileSync(path).equals(before), 'the file is left as it was');
}

/** A station store with enough messages to span many pages, closed (so the WAL is folded into the file). */
async function filledStationFile(path: string): Promise<void> {
  const store = new SqliteTransactionMessageStore(path);
  await Promise.all(
    Array.from({ length: 400 }, (_, i) => store.append({ action: 'TransactionEvent', payload: { i, pad: 'x'.repeat(200) }, transaction: `T${i % 7}`, numbered: true })),
  );
  await store.close();
}

test('a file that is not SQLite at all: StoreForeignError, file untouched', () => {
  const tmp = tempDir();
  try {
    const path = tmp.file('notes.txt');
    writeFileSync(path, 'station list\nCS001 secret\n'.repeat(50));
    assertRefused(path, StoreForeignError, 'foreign');
  } finally {
    tmp.done();
  }
});

test("another application's SQLite database: StoreForeignError, file untouched", () => {
  const tmp = tempDir();
  try {
    const path = tmp.file('other.db');
    const Driver = loadDriver();
    const db = new Driver(path);
    db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5)");
    db.close();
    assertRefused(path, StoreForeignError, 'foreign');
  } finally {
    tmp.done();
  }
});

test('a station store given as CSMS store, and the reverse: StoreForeignError naming what the file is', async () => {
  const tmp = tempDir();
  try {
    const stationPath = tmp.file('station.db');
    const csmsPath = tmp.file('csms.db');
    await new SqliteTransactionMessageStore(stationPath).close();
    await new SqliteCsmsStore(csmsPath).close();
    assert.throws(() => new SqliteCsmsStore(stationPath), (e: unknown) => e instanceof StoreForeignError && /ocpp-model station store/.test(e.message));
    assert.throws(() => new SqliteTransactionMessageStore(csmsPath), (e: unknown) => e instanceof StoreForeignError && /ocpp-model csms store/.test(e.message));
  } finally {
    tmp.done();
  }
});

test('a store written by a newer schema: StoreVersionError, file untouched', async () => {
  const tmp = tempDir();
  try {
    const path = tmp.file('station.db');
    await new SqliteTransactionMessageStore(path).close();
    const Driver = loadDriver();
    const db = new Driver(path);
    assert.equal(db.pragma('application_id', { simple: true }), APPLICATION_ID);
    assert.equal(db.pragma('user_version', { simple: true }), 1);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.pragma('user_version = 9');
    db.close();
    const before = readFileSync(path);
    assert.throws(() => new SqliteTransactionMessageStore(path), (e: unknown) => e instanceof StoreVersionError && e.found === 9 && e.supported === 1);
    assert.ok(readFileSync(path).equals(before));
  } finally {
    tmp.done();
  }
});

test('a store cut short: StoreCorruptError, file untouched', async () => {
  const tmp = tempDir();
  try {
    const path = tmp.file('station.db');
    await filledStationFile(path);
    const whole = readFileSync(path);
    assert.ok(whole.length > 16 * 4096, 'the file spans many pages');
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    assertRefused(path, StoreCorruptError, 'corrupt');
    writeFileSync(path, whole.subarray(0, 10));
    assertRefused(path, StoreCorruptError, 'corrupt');
  } finally {
    tmp.done();
  }
});

test('a store whose pages were overwritten: StoreCorruptError, file untouched', async () => {
  const tmp = tempDir();
  try {
    const path = tmp.file('station.db');
    await filledStationFile(path);
    const bytes = readFileSync(path);
    // Page 1 (the header and schema) stays; pages 2 to 6 become noise.
    let seed = 12345;
    for (let i = 4096; i < 6 * 4096; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed & 0xff;
    }
    writeFileSync(path, bytes);
    assertRefused(path, StoreCorruptError, 'corrupt');
  } finally {
    tmp.done();
  }
});

test('a directory, a missing directory, or a missing file with create: false: StoreError code open', () => {
  const tmp = tempDir();
  try {
    const dir = tmp.file('a-directory');
    mkdirSync(dir);
    assert.throws(() => new SqliteCsmsStore(dir), (e: unknown) => e instanceof StoreError && e.code === 'open');
    assert.throws(() => new SqliteCsmsStore(join(tmp.dir, 'missing', 'x.db')), (e: unknown) => e instanceof StoreError && e.code === 'open');
    assert.throws(() => new SqliteCsmsStore(tmp.file('none.db'), { create: false }), (e: unknown) => e instanceof StoreError && e.code === 'open');
  } finally {
    tmp.done();
  }
});

test('an empty file is a new store; an empty SQLite database becomes one', async () => {
  const tmp = tempDir();
  try {
    const empty = tmp.file('empty.db');
    writeFileSync(empty, '');
    const store = new SqliteTransactionMessageStore(empty);
    assert.equal((await store.append({ action: 'TransactionEvent', payload: {}, transaction: 'T', numbered: true })).seqNo, 0);
    await store.close();
    const blank = tmp.file('blank.db');
    const Driver = loadDriver();
    new Driver(blank).close();
    await new SqliteCsmsStore(blank).close();
  } finally {
    tmp.done();
  }
});

test('a store another process holds: StoreBusyError at once, and usable again once released', async () => {
  const tmp = tempDir();
  try {
    const path = tmp.file('station.db');
    await filledStationFile(path);
    const child = fork(join(here, 'fixtures', 'hold-store.js'), [path], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const [msg] = await once(child, 'message');
    assert.equal(msg, 'holding');
    const t0 = Date.now();
    assert.throws(() => new SqliteTransactionMessageStore(path), StoreBusyError);
    assert.ok(Date.now() - t0 < 5000, 'refused without waiting long');
    child.disconnect();
    await once(child, 'exit');
    const store = new SqliteTransactionMessageStore(path);
    assert.equal(await store.count(), 400);
    await store.close();
  } finally {
    tmp.done();
  }
});

test('an older schema is migrated in one transaction; a migration that fails leaves the file at its version', () => {
  const tmp = tempDir();
  try {
    const path = tmp.file('kind.db');
    const v1: SchemaSpec = { kind: 'test', description: 'a test store', version: 1, create: (db) => db.exec('CREATE TABLE t (a TEXT)'), migrate: [] };
    let db = openStoreDatabase(path, v1);
    db.prepare('INSERT INTO t (a) VALUES (?)').run('kept');
    db.close();

    const broken: SchemaSpec = {
      ...v1,
      version: 3,
      migrate: [
        () => assert.fail('no step from version 0'),
        (d) => d.exec('ALTER TABLE t ADD COLUMN b INTEGER NOT NULL DEFAULT 7'),
        () => {
          throw new Error('step 2 -> 3 fails');
        },
      ],
    };
    assert.throws(() => openStoreDatabase(path, broken), /step 2 -> 3 fails/);
    db = openStoreDatabase(path, v1);
    assert.equal(db.pragma('user_version', { simple: true }), 1, 'still version 1');
    assert.deepEqual(db.prepare('SELECT * FROM t').all(), [{ a: 'kept' }], 'step 1 -> 2 was rolled back with the failing one');
    db.close();

    const v2: SchemaSpec = { ...v1, version: 2, migrate: broken.migrate.slice(0, 2) };
    db = openStoreDatabase(path, v2);
    assert.equal(db.pragma('user_version', { simple: true }), 2);
    assert.deepEqual(db.prepare('SELECT * FROM t').all(), [{ a: 'kept', b: 7 }]);
    db.close();
  } finally {
    tmp.done();
  }
});
