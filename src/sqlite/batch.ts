/**
 * Group commit: the writes asked for during one turn of the event loop go
 * into one SQLite transaction, so one sync of the WAL makes a whole burst
 * durable (a station back online with events queued from several
 * connectors, a CSMS with many stations talking at once). Each write runs
 * in a savepoint of its own: one that throws is undone alone and rejects
 * alone. Promises resolve only after the commit, so a write reported done
 * is on disk as the store's `synchronous` setting says.
 */
import { StoreClosedError } from '../durable/errors.js';
import type { Database, Statement } from './driver.js';
import { isSqliteError, storeErrorFrom } from './open.js';

interface PendingWrite {
  readonly fn: () => unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

export class WriteBatch {
  private pending: PendingWrite[] = [];
  private scheduled = false;
  // Prepared once: making a transaction or statement per write costs more than the write.
  private readonly savepoint: Statement;
  private readonly release: Statement;
  private readonly rollbackTo: Statement;
  private readonly commitAll: (writes: readonly PendingWrite[], results: { ok: boolean; value: unknown }[]) => void;

  /** `beforeCommit` runs before each batch (e.g. to set the synchronous level for it). */
  constructor(
    private readonly db: Database,
    private readonly path: string,
    private readonly beforeCommit?: () => void,
  ) {
    this.savepoint = db.prepare('SAVEPOINT batch_write');
    this.release = db.prepare('RELEASE batch_write');
    this.rollbackTo = db.prepare('ROLLBACK TO batch_write');
    this.commitAll = db.transaction((writes: readonly PendingWrite[], results: { ok: boolean; value: unknown }[]) => {
      for (const write of writes) results.push(this.runOne(write));
    });
  }

  /** Runs `fn` inside the next batch's transaction; resolves with its result once committed. */
  run<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Writes waiting for the next batch. */
  get size(): number {
    return this.pending.length;
  }

  /** Commits what is pending now (close() calls it before closing the database). */
  flush(): void {
    this.scheduled = false;
    const writes = this.pending;
    if (writes.length === 0) return;
    this.pending = [];
    const results: { ok: boolean; value: unknown }[] = [];
    try {
      if (!this.db.open) throw new StoreClosedError('the store');
      this.beforeCommit?.();
      this.commitAll(writes, results);
    } catch (err) {
      const error = storeErrorFrom(err, this.path, 'writing');
      for (const write of writes) write.reject(error);
      return;
    }
    writes.forEach((write, i) => {
      const r = results[i]!;
      if (r.ok) write.resolve(r.value);
      else write.reject(isSqliteError(r.value) ? storeErrorFrom(r.value, this.path, 'writing') : r.value);
    });
  }

  /** One write in a savepoint of its own: undone alone if it throws. */
  private runOne(write: PendingWrite): { ok: boolean; value: unknown } {
    this.savepoint.run();
    try {
      const value = write.fn();
      this.release.run();
      return { ok: true, value };
    } catch (err) {
      this.rollbackTo.run();
      this.release.run();
      return { ok: false, value: err };
    }
  }
}
