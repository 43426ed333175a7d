/**
 * Opening a store's SQLite file, refusing what is not ours.
 *
 * A store file carries the application id 0x4F435050 ("OCPP"), its kind
 * (station or csms) in a meta table, and its schema version in
 * user_version. Opening checks, in order: that the file starts like an
 * SQLite database; that it is ours and of the right kind; that its schema
 * is not newer than this release (an older one is migrated, in one
 * transaction); and, unless told not to, `PRAGMA quick_check`. Whatever
 * fails becomes a StoreError and the file is left exactly as it was: a
 * corrupt or foreign file is never reset or overwritten.
 *
 * Journal: WAL. Locking: exclusive by default, so a second process on the
 * same file gets StoreBusyError at once instead of two stations sending
 * the same messages. Durability (`synchronous`): see SqliteOptions.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StoreBusyError, StoreCorruptError, StoreError, StoreForeignError, StoreVersionError } from '../durable/errors.js';
import { loadDriver, type Database } from './driver.js';

/** Options of the SQLite stores. */
export interface SqliteOptions {
  /**
   * How durable a write is when its promise resolves.
   * 'full' (default): the transaction messages a station queues and the
   * messages a CSMS records are on disk (WAL synced): they survive a power
   * cut. Other writes (a removal, an attempt count) are synced with the
   * next such write; losing one to a power cut only makes the station send
   * an answered message again, which the CSMS answers as a duplicate.
   * 'normal': nothing is synced per write (WAL synchronous=NORMAL): every
   * write survives a crash of the process, but a power cut or operating
   * system crash may lose the last writes (the file stays consistent).
   */
  readonly synchronous?: 'full' | 'normal';
  /** Create the file when it does not exist. Default true. */
  readonly create?: boolean;
  /** Run `PRAGMA quick_check` when opening (reads the whole file). Default true. */
  readonly check?: boolean;
  /** Hold the file for this connection alone. Default true. */
  readonly exclusive?: boolean;
  /** Milliseconds to wait for another process's lock before StoreBusyError. Default 200. */
  readonly busyTimeoutMs?: number;
}

/** What distinguishes one kind of store file. */
export interface SchemaSpec {
  /** Written in the meta table: 'station' or 'csms'. */
  readonly kind: string;
  /** What the kind is called in messages. */
  readonly description: string;
  /** The schema version this release writes. */
  readonly version: number;
  /** Creates the current schema in an empty database. */
  readonly create: (db: Database) => void;
  /** Migrations: `migrate[v]` takes a version v file to v + 1. */
  readonly migrate: readonly ((db: Database) => void)[];
}

/** "OCPP" as a 32-bit integer: marks our files. */
export const APPLICATION_ID = 0x4f435050;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

function sqliteCode(err: unknown): string {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** True for an error raised by SQLite itself (as opposed to the code around it). */
export function isSqliteError(err: unknown): boolean {
  return sqliteCode(err).startsWith('SQLITE_');
}

/** A StoreError for any failure of the binding (the StoreError itself when it is one). */
export function storeErrorFrom(err: unknown, path: string | undefined, doing: string): StoreError {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  const reason = err instanceof Error ? err.message : String(err);
  const where = path === undefined ? '' : ` ${path}`;
  const options = { ...(path !== undefined && { path }), cause: err };
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StoreCorruptError(`the store${where} is damaged (${reason}) while ${doing}; it was left as it is`, options);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreBusyError(`the store${where} is in use by another process (${reason})`, options);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_AUTH') {
    return new StoreError('open', `cannot open the store${where}: ${reason}`, options);
  }
  return new StoreError('io', `the store${where} failed while ${doing}: ${reason}`, options);
}

/** Checks what can be checked before SQLite reads the file. */
function checkFile(path: string, create: boolean): void {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new StoreError('open', `cannot open the store ${path}: it is a directory`, { path });
    size = st.size;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      if (!create) throw new StoreError('open', `the store ${path} does not exist`, { path, cause: err });
      return;
    }
    throw new StoreError('open', `cannot open the store ${path}: ${(err as Error).message}`, { path, cause: err });
  }
  // An empty file is a database SQLite has not written yet (its pages may still be in the WAL).
  if (size === 0) return;
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (n < head.length || !head.equals(SQLITE_MAGIC)) {
    if (n < head.length && SQLITE_MAGIC.subarray(0, n).equals(head.subarray(0, n))) {
      throw new StoreCorruptError(`the store ${path} is cut short (${size} bytes); it was left as it is`, { path });
    }
    throw new StoreForeignError(`${path} is not an SQLite database, so not a store of ocpp-model; it was left as it is`, { path });
  }
}

function tableCount(db: Database): number {
  return Number(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get());
}

function readKind(db: Database): string | undefined {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").pluck().get() !== undefined;
  if (!hasMeta) return undefined;
  const kind = db.prepare("SELECT value FROM meta WHERE key = 'kind'").pluck().get();
  return typeof kind === 'string' ? kind : undefined;
}

function useWal(db: Database, path: string): void {
  if (path === ':memory:') return;
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new StoreError('io', `the store ${path} could not switch to WAL mode (${String(mode)})`, { path });
}

function settle(db: Database, path: string, spec: SchemaSpec, options: SqliteOptions): void {
  const appId = Number(db.pragma('application_id', { simple: true }));
  const version = Number(db.pragma('user_version', { simple: true }));
  if (appId === 0 && version === 0 && tableCount(db) === 0) {
    // A new file: WAL from the first write, and only the syncs asked for.
    useWal(db, path);
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.transaction(() => {
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID');
      db.prepare("INSERT INTO meta (key, value) VALUES ('kind', ?)").run(spec.kind);
      spec.create(db);
      db.pragma(`user_version = ${spec.version}`);
    })();
    return;
  }
  if (appId !== APPLICATION_ID) {
    throw new StoreForeignError(`${path} is an SQLite database of another application, not a store of ocpp-model; it was left as it is`, { path });
  }
  const kind = readKind(db);
  if (kind !== spec.kind) {
    throw new StoreForeignError(
      `${path} is ${kind === undefined ? 'not a store of a known kind' : `an ocpp-model ${kind} store`}, not ${spec.description}; it was left as it is`,
      { path },
    );
  }
  if (version > spec.version) throw new StoreVersionError(version, spec.version, { path });
  if (options.check ?? true) {
    const result = db.prepare('PRAGMA quick_check').pluck().all() as string[];
    if (result.length !== 1 || result[0] !== 'ok') {
      throw new StoreCorruptError(`the store ${path} is damaged: ${result.slice(0, 3).join('; ')}; it was left as it is`, { path });
    }
  }
  if (version < spec.version) {
    db.transaction(() => {
      for (let v = version; v < spec.version; v++) {
        const step = spec.migrate[v];
        if (step === undefined) throw new StoreVersionError(version, spec.version, { path });
        step(db);
      }
      db.pragma(`user_version = ${spec.version}`);
    })();
  }
}

/** Opens (or creates) a store file of the given kind; throws a StoreError for anything amiss, leaving the file untouched. */
export function openStoreDatabase(path: string, spec: SchemaSpec, options: SqliteOptions = {}): Database {
  const memory = path === ':memory:';
  if (!memory) checkFile(path, options.create ?? true);
  const Driver = loadDriver();
  let db: Database;
  try {
    db = new Driver(path, { fileMustExist: !(options.create ?? true) && !memory, timeout: options.busyTimeoutMs ?? 200 });
  } catch (err) {
    if (isSqliteError(err)) throw storeErrorFrom(err, path, 'opening');
    throw new StoreError('open', `cannot open the store ${path}: ${err instanceof Error ? err.message : String(err)}`, { path, cause: err });
  }
  try {
    if (options.exclusive ?? true) db.pragma('locking_mode = EXCLUSIVE');
    // Only reads until the file is known to be ours: a foreign file is not touched.
    settle(db, path, spec, options);
    useWal(db, path);
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    // Takes the exclusive lock now, so another process holding the file is found at open.
    if (options.exclusive ?? true) db.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (err) {
    db.close();
    throw storeErrorFrom(err, path, 'opening');
  }
  return db;
}
