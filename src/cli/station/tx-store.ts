/**
 * `ocpp station --db PATH`: each station's transaction messages in an
 * SQLite file of its own (ocpp-model/sqlite), so that a station process
 * killed or cut off loses none: started again on the same file, it sends
 * what waited, numbering on (seqNo), and ends what was running. One station:
 * PATH is the file; several: PATH names each with {id} (the identity).
 */
import { CliError, UsageError } from '../args.js';
import type { TransactionMessageStore } from '../../durable/index.js';
import { SqliteTransactionMessageStore } from '../../sqlite/index.js';

/** The stores of the stations, by identity; a clear error for a file that cannot be one. */
export function openTransactionStores(path: string, identities: readonly string[]): Map<string, TransactionMessageStore> {
  if (path === '') throw new UsageError('--db needs a file name');
  if (identities.length > 1 && !path.includes('{id}')) {
    throw new UsageError(`--db: ${identities.length} stations cannot share one file; put {id} in the path, e.g. stations/{id}.db`);
  }
  const stores = new Map<string, TransactionMessageStore>();
  for (const identity of identities) {
    const file = path.replaceAll('{id}', identity);
    try {
      stores.set(identity, new SqliteTransactionMessageStore(file));
    } catch (err) {
      for (const s of stores.values()) void s.close();
      throw new CliError(`--db ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return stores;
}

/** Closes every store (what is queued stays in the files). */
export async function closeTransactionStores(stores: ReadonlyMap<string, TransactionMessageStore>): Promise<void> {
  await Promise.all([...stores.values()].map((s) => s.close()));
}
