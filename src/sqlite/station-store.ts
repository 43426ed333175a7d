/**
 * The station's transaction-message store in an SQLite file (WAL). An
 * append is durable when its promise resolves: with `synchronous: 'full'`
 * (the default) the WAL is synced for it, so a message a station reported
 * queued survives a power cut; appends of one event-loop turn share one
 * sync (batch.ts). Removals and attempt counts are written at once without
 * a sync of their own (they ride on the next append's): after a power
 * cut a message may come back and be sent again, never be lost.
 */
import { StoreClosedError } from '../durable/errors.js';
import type { AppendInput, RemoveOptions, StoredMessage, StoredTransaction, TransactionMessageStore } from '../durable/station/store.js';
import { WriteBatch } from './batch.js';
import type { Database, Statement } from './driver.js';
import { isSqliteError, openStoreDatabase, storeErrorFrom, type SchemaSpec, type SqliteOptions } from './open.js';

const SCHEMA = `
CREATE TABLE messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  action TEXT NOT NULL,
  payload TEXT NOT NULL,
  tx TEXT,
  seq_no INTEGER,
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE INDEX messages_by_tx ON messages (tx) WHERE tx IS NOT NULL;
CREATE TABLE transactions (
  tx TEXT PRIMARY KEY,
  appended INTEGER NOT NULL,
  ended INTEGER NOT NULL DEFAULT 0,
  ended_at INTEGER,
  reference INTEGER
) WITHOUT ROWID;
`;

/** The station store's file format. */
export const stationSchema: SchemaSpec = {
  kind: 'station',
  description: 'a station transaction-message store',
  version: 1,
  create: (db) => db.exec(SCHEMA),
  migrate: [],
};

interface MessageRow {
  id: number;
  action: string;
  payload: string;
  tx: string | null;
  seq_no: number | null;
  attempts: number;
  not_before: number;
  created_at: number;
}

interface TransactionRow {
  tx: string;
  appended: number;
  ended: number;
  reference: number | null;
  queued: number;
}

function toMessage(row: MessageRow): StoredMessage {
  return {
    id: row.id,
    action: row.action,
    payload: JSON.parse(row.payload) as unknown,
    transaction: row.tx ?? undefined,
    seqNo: row.seq_no ?? undefined,
    attempts: row.attempts,
    notBefore: row.not_before,
    createdAt: row.created_at,
  };
}

function toTransaction(row: TransactionRow): StoredTransaction {
  return { transaction: row.tx, appended: row.appended, ended: row.ended !== 0, reference: row.reference ?? undefined, queued: row.queued };
}

const TX_COLUMNS = 't.tx, t.appended, t.ended, t.reference, (SELECT count(*) FROM messages m WHERE m.tx = t.tx) AS queued';

/** The store's statements, prepared once. */
function statements(db: Database) {
return {
    bump: db.prepare(
      `INSERT INTO transactions (tx, appended, ended, ended_at) VALUES (?, 1, ?, ?)
       ON CONFLICT (tx) DO UPDATE SET appended = appended + 1, ended = max(ended, excluded.ended), ended_at = coalesce(ended_at, excluded.ended_at)
       RETURNING appended - 1`,
    ).pluck(),
    insert: db.prepare('INSERT INTO messages (action, payload, tx, seq_no, created_at) VALUES (?, ?, ?, ?, ?)'),
    peek: db.prepare('SELECT * FROM messages ORDER BY id LIMIT 1'),
    list: db.prepare('SELECT * FROM messages ORDER BY id LIMIT ?'),
    attempt: db.prepare('UPDATE messages SET attempts = ?, not_before = ? WHERE id = ?'),
    txOf: db.prepare('SELECT tx FROM messages WHERE id = ?').pluck(),
    remove: db.prepare('DELETE FROM messages WHERE id = ?'),
    reference: db.prepare('UPDATE transactions SET reference = ? WHERE tx = ?'),
    countAll: db.prepare('SELECT count(*) FROM messages').pluck(),
    countTx: db.prepare('SELECT count(*) FROM messages WHERE tx = ?').pluck(),
    transaction: db.prepare(`SELECT ${TX_COLUMNS} FROM transactions t WHERE t.tx = ?`),
    open: db.prepare(`SELECT ${TX_COLUMNS} FROM transactions t WHERE t.ended = 0 ORDER BY t.tx`),
    prune: db.prepare(
      `DELETE FROM transactions WHERE tx IN (
         SELECT t.tx FROM transactions t WHERE t.ended = 1 AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.tx = t.tx)
         ORDER BY t.ended_at DESC LIMIT -1 OFFSET ?)`,
    ),
  };
}

/** A station's transaction messages in an SQLite file: appended and synced before the queue sends them. */
export class SqliteTransactionMessageStore implements TransactionMessageStore {
  /** The file, or ':memory:'. */
  readonly path: string;
  private readonly db: Database;
  private readonly batch: WriteBatch;
  private readonly full: boolean;
  /** The connection's synchronous level now ('FULL' or 'NORMAL'). */
  private level = '';
  private readonly now: () => number;
  private readonly sql: ReturnType<typeof statements>;
  private readonly removeOne: (id: number, reference: number | undefined) => boolean;
  private readonly syncFull: Statement;
  private readonly syncNormal: Statement;

  /**
   * Opens (creating if missing) the store at `path`. Throws a StoreError
   * for a file that is damaged, foreign, newer, or held by another process.
   */
  constructor(path: string, options: SqliteOptions & { readonly now?: () => number } = {}) {
    this.path = path;
    this.db = openStoreDatabase(path, stationSchema, options);
    this.full = options.synchronous !== 'normal';
    this.now = options.now ?? Date.now;
    this.batch = new WriteBatch(this.db, path, () => this.setLevel(this.full ? 'FULL' : 'NORMAL'));
    this.sql = statements(this.db);
    this.removeOne = this.db.transaction((id: number, reference: number | undefined): boolean => {
      const tx = this.sql.txOf.get(id) as string | null | undefined;
      if (tx === undefined) return false;
      this.sql.remove.run(id);
      if (tx !== null && reference !== undefined) this.sql.reference.run(reference, tx);
      return true;
    });
    this.syncFull = this.db.prepare('PRAGMA synchronous = FULL');
    this.syncNormal = this.db.prepare('PRAGMA synchronous = NORMAL');
  }

  append(input: AppendInput): Promise<StoredMessage> {
    if (!this.db.open) return Promise.reject(new StoreClosedError('the transaction-message store'));
    if (input.numbered === true && input.transaction === undefined) return Promise.reject(new TypeError('a numbered message needs a transaction'));
    // Serialised now: what the caller changes afterwards is not what is stored.
    const text = JSON.stringify(input.payload);
    if (text === undefined) return Promise.reject(new TypeError('the payload is not JSON data'));
    const payload = input.payload;
    return this.batch.run(() => {
      const now = this.now();
      let seqNo: number | undefined;
      if (input.transaction !== undefined) {
        const before = Number(this.sql.bump.get(input.transaction, input.ends === true ? 1 : 0, input.ends === true ? now : null));
        if (input.numbered === true) seqNo = before;
      }
      const id = Number(this.sql.insert.run(input.action, text, input.transaction ?? null, seqNo ?? null, now).lastInsertRowid);
      const message: StoredMessage = {
        id,
        action: input.action,
        payload,
        transaction: input.transaction,
        seqNo,
        attempts: 0,
        notBefore: 0,
        createdAt: now,
      };
      return message;
    });
  }

  async peek(): Promise<StoredMessage | undefined> {
    const row = this.read(() => this.sql.peek.get()) as MessageRow | undefined;
    return row === undefined ? undefined : toMessage(row);
  }

  async list(limit = -1): Promise<StoredMessage[]> {
    const rows = this.read(() => this.sql.list.all(Number.isFinite(limit) ? limit : -1)) as MessageRow[];
    return rows.map(toMessage);
  }

  async recordAttempt(id: number, attempts: number, notBefore: number): Promise<void> {
    this.write(() => this.sql.attempt.run(attempts, notBefore, id));
  }

  async remove(id: number, options?: RemoveOptions): Promise<boolean> {
    return this.write(() => this.removeOne(id, options?.reference));
  }

  async count(transaction?: string): Promise<number> {
    return Number(this.read(() => (transaction === undefined ? this.sql.countAll.get() : this.sql.countTx.get(transaction))));
  }

  async transaction(transaction: string): Promise<StoredTransaction | undefined> {
    const row = this.read(() => this.sql.transaction.get(transaction)) as TransactionRow | undefined;
    return row === undefined ? undefined : toTransaction(row);
  }

  async openTransactions(): Promise<StoredTransaction[]> {
    return (this.read(() => this.sql.open.all()) as TransactionRow[]).map(toTransaction);
  }

  async prune(keep = 0): Promise<number> {
    return this.write(() => this.sql.prune.run(Math.max(0, keep)).changes);
  }

  /** Commits what is pending, then closes the file. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.batch.flush();
    this.db.close();
  }

  // -------------------------------------------------------------------------

  private setLevel(level: 'FULL' | 'NORMAL'): void {
    if (this.level === level) return;
    (level === 'FULL' ? this.syncFull : this.syncNormal).run();
    this.level = level;
  }

  private read<T>(fn: () => T): T {
    if (!this.db.open) throw new StoreClosedError('the transaction-message store');
    try {
      return fn();
    } catch (err) {
      throw isSqliteError(err) ? storeErrorFrom(err, this.path, 'reading') : err;
    }
  }

  /** A write that needs no sync of its own (see the module comment). */
  private write<T>(fn: () => T): T {
    if (!this.db.open) throw new StoreClosedError('the transaction-message store');
    try {
      this.setLevel('NORMAL');
      return fn();
    } catch (err) {
      throw isSqliteError(err) ? storeErrorFrom(err, this.path, 'writing') : err;
    }
  }
}
