/**
 * Transaction ids for 1.6 stations. In 1.6 the CSMS names each transaction
 * with an integer in StartTransaction.conf (section 4.8); an allocator
 * supplies them. The one here counts in memory; a durable store supplies
 * its own (synchronously or not) so that ids survive a restart.
 */

/** Supplies 1.6 transaction ids: integers, never the same twice for one station. */
export interface TransactionIdAllocator {
  /** The next id. Keep it within 1 .. 2^31-1: many stations store it as a 32-bit integer. */
  next(): number | Promise<number>;
}

/** The largest id a 32-bit signed integer holds. */
export const MAX_TRANSACTION_ID = 2 ** 31 - 1;

/**
 * Ids counted up from `first` (default 1), in memory: for tests and a
 * CSMS whose 1.6 ids need not survive a restart.
 */
export function sequentialIds(first = 1): TransactionIdAllocator {
  if (!Number.isSafeInteger(first) || first < 1 || first > MAX_TRANSACTION_ID) throw new RangeError(`first id ${first} is not in 1..${MAX_TRANSACTION_ID}`);
  let next = first;
  return {
    next: () => {
      if (next > MAX_TRANSACTION_ID) throw new RangeError('transaction ids exhausted');
      return next++;
    },
  };
}
