/**
 * The CSMS stores in one SQLite file (WAL): registrations and everything
 * the CSMS must know after a restart, and the exactly-once record of
 * transaction messages. `commit` applies a message's effect and records its
 * key and answer in one transaction; with `synchronous: 'full'` (default)
 * that transaction is on disk before the answer can go out, so a station
 * that got an answer never finds the CSMS has forgotten the message, even
 * after a power cut. Every write goes through the group commit
 * (batch.ts): the stations of one event-loop turn share one sync.
 */
import { StoreClosedError } from '../durable/errors.js';
import { applyEffect } from '../durable/csms/apply.js';
import type {
  CommitResult,
  CsmsStore,
  IdTokenRecord,
  MeterValueRecord,
  RecordedMessage,
  StationRecord,
  TransactionEffect,
  TransactionFilter,
  TransactionRecord,
} from '../durable/csms/records.js';
import { WriteBatch } from './batch.js';
import { csmsSchema, idTokenFromRow, meterValueFromRow, stationFromRow, stationParams, transactionFromRow, transactionParams } from './csms-schema.js';
import type { Database } from './driver.js';
import { isSqliteError, openStoreDatabase, storeErrorFrom, type SqliteOptions } from './open.js';

type Row = Readonly<Record<string, unknown>>;

/** The store's statements, prepared once. */
function statements(db: Database) {
  return {
    station: db.prepare('SELECT * FROM stations WHERE identity = ?'),
    stations: db.prepare('SELECT * FROM stations ORDER BY identity'),
    saveStation: db.prepare('INSERT OR REPLACE INTO stations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    deleteStation: db.prepare('DELETE FROM stations WHERE identity = ?'),
    idToken: db.prepare('SELECT * FROM id_tokens WHERE type = ? AND id_token = ?'),
    idTokens: db.prepare('SELECT * FROM id_tokens ORDER BY type, id_token'),
    saveIdToken: db.prepare('INSERT OR REPLACE INTO id_tokens VALUES (?, ?, ?, ?, ?)'),
    deleteIdToken: db.prepare('DELETE FROM id_tokens WHERE type = ? AND id_token = ?'),
    transaction: db.prepare('SELECT * FROM transactions WHERE station = ? AND transaction_id = ?'),
    transactions: db.prepare(
      'SELECT * FROM transactions WHERE (@station IS NULL OR station = @station) AND (@state IS NULL OR state = @state) ORDER BY station, updated_at, transaction_id',
    ),
    saveTransaction: db.prepare('INSERT OR REPLACE INTO transactions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    meterValues: db.prepare('SELECT * FROM meter_values WHERE station = ? AND transaction_id IS ? ORDER BY id'),
    addMeterValue: db.prepare(
      'INSERT INTO meter_values (station, transaction_id, evse_id, connector_id, timestamp, sampled_value) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    recorded: db.prepare('SELECT * FROM recorded WHERE station = ? AND key = ?'),
    record: db.prepare('INSERT INTO recorded VALUES (?, ?, ?, ?, ?, ?, ?)'),
    seqNos: db.prepare('SELECT seq_no FROM recorded WHERE station = ? AND transaction_id = ? AND seq_no IS NOT NULL ORDER BY seq_no').pluck(),
    nextTransactionId: db
      .prepare(
        "INSERT INTO counters (name, value) VALUES ('transactionId', 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
      )
      .pluck(),
    prune: db.prepare(
      `DELETE FROM recorded WHERE recorded_at < ? AND (transaction_id IS NULL OR EXISTS (
         SELECT 1 FROM transactions t WHERE t.station = recorded.station AND t.transaction_id = recorded.transaction_id AND t.state = 'Ended'))`,
    ),
  };
}

function recordedFromRow(r: Row): RecordedMessage {
  return {
    key: String(r['key']),
    fingerprint: String(r['fingerprint']),
    transactionId: typeof r['transaction_id'] === 'string' ? r['transaction_id'] : undefined,
    seqNo: typeof r['seq_no'] === 'number' ? r['seq_no'] : undefined,
    answer: JSON.parse(String(r['answer'])) as unknown,
    recordedAt: Number(r['recorded_at']),
  };
}

/** Both CSMS stores in one SQLite file: registrations, transactions, meter data and the record of handled messages. */
export class SqliteCsmsStore implements CsmsStore {
  /** The file, or ':memory:'. */
  readonly path: string;
  private readonly db: Database;
  private readonly batch: WriteBatch;
  private readonly sql: ReturnType<typeof statements>;
  private readonly now: () => number;

  /**
   * Opens (creating if missing) the store at `path`. Throws a StoreError
   * for a file that is damaged, foreign, newer, or held by another process.
   */
  constructor(path: string, options: SqliteOptions & { readonly now?: () => number } = {}) {
    this.path = path;
    this.db = openStoreDatabase(path, csmsSchema, options);
    this.batch = new WriteBatch(this.db, path);
    this.sql = statements(this.db);
    this.now = options.now ?? Date.now;
  }

  async station(identity: string): Promise<StationRecord | undefined> {
    const row = this.read(() => this.sql.station.get(identity)) as Row | undefined;
    return row === undefined ? undefined : stationFromRow(row);
  }

  async stations(): Promise<StationRecord[]> {
    return (this.read(() => this.sql.stations.all()) as Row[]).map(stationFromRow);
  }

  saveStation(record: StationRecord): Promise<void> {
    const params = stationParams(record);
    return this.write(() => void this.sql.saveStation.run(...params));
  }

  deleteStation(identity: string): Promise<boolean> {
    return this.write(() => this.sql.deleteStation.run(identity).changes > 0);
  }

  async idToken(idToken: string, type = ''): Promise<IdTokenRecord | undefined> {
    const row = this.read(() => this.sql.idToken.get(type, idToken)) as Row | undefined;
    return row === undefined ? undefined : idTokenFromRow(row);
  }

  async idTokens(): Promise<IdTokenRecord[]> {
    return (this.read(() => this.sql.idTokens.all()) as Row[]).map(idTokenFromRow);
  }

  saveIdToken(r: IdTokenRecord): Promise<void> {
    return this.write(() => void this.sql.saveIdToken.run(r.type, r.idToken, r.status, r.groupIdToken ?? null, r.expiryDate ?? null));
  }

  deleteIdToken(idToken: string, type = ''): Promise<boolean> {
    return this.write(() => this.sql.deleteIdToken.run(type, idToken).changes > 0);
  }

  async transaction(stationId: string, transactionId: string): Promise<TransactionRecord | undefined> {
    const row = this.read(() => this.sql.transaction.get(stationId, transactionId)) as Row | undefined;
    return row === undefined ? undefined : transactionFromRow(row);
  }

  async transactions(filter: TransactionFilter = {}): Promise<TransactionRecord[]> {
    const rows = this.read(() => this.sql.transactions.all({ station: filter.stationId ?? null, state: filter.state ?? null })) as Row[];
    return rows.map(transactionFromRow);
  }

  async meterValues(stationId: string, transactionId?: string): Promise<MeterValueRecord[]> {
    return (this.read(() => this.sql.meterValues.all(stationId, transactionId ?? null)) as Row[]).map(meterValueFromRow);
  }

  addMeterValues(records: readonly MeterValueRecord[]): Promise<void> {
    const rows = records.map((r) => [r.stationId, r.transactionId ?? null, r.evseId ?? null, r.connectorId ?? null, r.timestamp, JSON.stringify(r.sampledValue)]);
    return this.write(() => {
      for (const row of rows) this.sql.addMeterValue.run(...row);
    });
  }

  async recorded(stationId: string, key: string): Promise<RecordedMessage | undefined> {
    const row = this.read(() => this.sql.recorded.get(stationId, key)) as Row | undefined;
    return row === undefined ? undefined : recordedFromRow(row);
  }

  commit(stationId: string, effect: TransactionEffect, answer: unknown): Promise<CommitResult> {
    const answerText = JSON.stringify(answer ?? {});
    return this.write(() => this.apply(stationId, effect, JSON.parse(answerText) as unknown));
  }

  async seqNos(stationId: string, transactionId: string): Promise<number[]> {
    return (this.read(() => this.sql.seqNos.all(stationId, transactionId)) as unknown[]).map(Number);
  }

  pruneRecorded(before: number): Promise<number> {
    return this.write(() => this.sql.prune.run(before).changes);
  }

  /** Commits what is pending, then closes the file. */
  async close(): Promise<void> {
    if (!this.db.open) return;
    this.batch.flush();
    this.db.close();
  }

  // -------------------------------------------------------------------------

  /** The body of commit(), inside the batch's transaction. */
  private apply(stationId: string, effect: TransactionEffect, answer: unknown): CommitResult {
    const prior = this.sql.recorded.get(stationId, effect.key) as Row | undefined;
    if (prior !== undefined) {
      const recorded = recordedFromRow(prior);
      const txRow =
        recorded.transactionId === undefined ? undefined : (this.sql.transaction.get(stationId, recorded.transactionId) as Row | undefined);
      return { answer: recorded.answer, duplicate: true, fingerprint: recorded.fingerprint, transaction: txRow && transactionFromRow(txRow) };
    }
    let transactionId = effect.transactionId;
    let recordedAnswer = answer;
    if (transactionId === undefined && effect.kind === 'started') {
      const id = Number(this.sql.nextTransactionId.get());
      transactionId = String(id);
      recordedAnswer = { ...(answer as object), transactionId: id };
    }
    const nowMs = this.now();
    let transaction: TransactionRecord | undefined;
    if (transactionId !== undefined) {
      const prevRow = this.sql.transaction.get(stationId, transactionId) as Row | undefined;
      transaction = applyEffect(prevRow && transactionFromRow(prevRow), stationId, transactionId, effect, new Date(nowMs).toISOString());
      this.sql.saveTransaction.run(...transactionParams(transaction));
    }
    const evseId = effect.evseId ?? transaction?.evseId ?? null;
    const connectorId = effect.connectorId ?? transaction?.connectorId ?? null;
    for (const mv of effect.meterValues) {
      this.sql.addMeterValue.run(stationId, transactionId ?? null, evseId, connectorId, mv.timestamp, JSON.stringify(mv.sampledValue));
    }
    this.sql.record.run(stationId, effect.key, effect.fingerprint, transactionId ?? null, effect.seqNo ?? null, JSON.stringify(recordedAnswer), nowMs);
    return { answer: recordedAnswer, duplicate: false, fingerprint: effect.fingerprint, transaction };
  }

  private read<T>(fn: () => T): T {
    if (!this.db.open) throw new StoreClosedError('the CSMS store');
    try {
      return fn();
    } catch (err) {
      throw isSqliteError(err) ? storeErrorFrom(err, this.path, 'reading') : err;
    }
  }

  /** A durable write, through the group commit. */
  private write<T>(fn: () => T): Promise<T> {
    if (!this.db.open) return Promise.reject(new StoreClosedError('the CSMS store'));
    return this.batch.run(fn);
  }
}
