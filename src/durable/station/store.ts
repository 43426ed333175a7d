/**
 * What a charging station keeps so that no transaction message is lost: the
 * queue of transaction messages not yet answered, and per transaction the
 * counters that must continue across restarts (the 2.x seqNo) and what the
 * CSMS told about it (the 1.6 transactionId). The queue logic
 * (TransactionMessageQueue) is written against this interface only: a store
 * of another kind (a file, Redis) is added by implementing it.
 *
 * Contract every implementation keeps:
 * - `append` is atomic: the message, its transaction's counter and (for the
 *   last message of a transaction) the ended mark are stored together or not
 *   at all, and the promise resolves only once they are as durable as the
 *   store promises (for SQLite: on disk, see its `synchronous` option). A
 *   numbered message takes the transaction's count of messages appended so
 *   far as its seqNo, so numbers run 0, 1, 2... with no gap and no repeat,
 *   across restarts.
 * - Messages come out in the order they were appended (`id` increases).
 * - `remove` and `recordAttempt` may be less durable than `append`: losing
 *   one to a power cut only makes the station send an answered message again,
 *   which the CSMS recognises as a duplicate.
 */

/** A message as stored: what was appended, with what the store assigned. */
export interface StoredMessage {
  /** Position in the queue, assigned by the store; later messages have larger ids. */
  readonly id: number;
  /** The OCPP action (TransactionEvent, StartTransaction...). */
  readonly action: string;
  /** The request payload as appended (JSON data), without what is filled in at sending. */
  readonly payload: unknown;
  /** The station's key of the transaction the message belongs to, if any. */
  readonly transaction: string | undefined;
  /** The number the store gave a numbered message (2.x seqNo). */
  readonly seqNo: number | undefined;
  /** Failed deliveries so far (see TransactionMessageQueue). */
  readonly attempts: number;
  /** Not to be sent before this time (ms since the epoch); 0: any time. */
  readonly notBefore: number;
  /** When it was appended (ms since the epoch). */
  readonly createdAt: number;
}

/** What is appended. */
export interface AppendInput {
  /** The action of the request. */
  readonly action: string;
  /** JSON data: it is stored as JSON text by persistent stores. */
  readonly payload: unknown;
  /** The transaction the message belongs to (its key for the store). */
  readonly transaction?: string;
  /** Give the message the transaction's next number (`seqNo`). Needs `transaction`. */
  readonly numbered?: boolean;
  /** The transaction ends with this message (TransactionEvent Ended, StopTransaction). */
  readonly ends?: boolean;
}

/** What a store knows of one transaction. */
export interface StoredTransaction {
  /** The station's key of the transaction (2.x: its transactionId). */
  readonly transaction: string;
  /** Messages appended for it so far: the next seqNo of a numbered message. */
  readonly appended: number;
  /** Its last message has been appended. */
  readonly ended: boolean;
  /**
   * What the CSMS called the transaction, once known: the 1.6 transactionId
   * from StartTransaction.conf, or -1 when that StartTransaction could not be
   * delivered. Unused in 2.x, where the station names its transactions.
   */
  readonly reference: number | undefined;
  /** Messages of this transaction still in the queue. */
  readonly queued: number;
}

/** What `remove` records together with the removal (atomically). */
export interface RemoveOptions {
  /** Sets the transaction's `reference` (1.6: the transactionId the answer gave, or -1). */
  readonly reference?: number;
}

/** The station side's persistent state: see the module comment for the contract. */
export interface TransactionMessageStore {
  /** Stores a message at the end of the queue; resolves once it is durable. */
  append(input: AppendInput): Promise<StoredMessage>;
  /** The first message of the queue (the one to deliver next), if any. */
  peek(): Promise<StoredMessage | undefined>;
  /** The first `limit` messages, in order (for inspection and tools). */
  list(limit?: number): Promise<StoredMessage[]>;
  /** Records a failed delivery: the new count of attempts and when to try again. */
  recordAttempt(id: number, attempts: number, notBefore: number): Promise<void>;
  /** Removes a message (answered, or given up); false when it was not there. */
  remove(id: number, options?: RemoveOptions): Promise<boolean>;
  /** Messages in the queue: all, or those of one transaction. */
  count(transaction?: string): Promise<number>;
  /** What is known of one transaction, or undefined if nothing was ever appended for it (or it was pruned). */
  transaction(transaction: string): Promise<StoredTransaction | undefined>;
  /** Transactions whose last message has not been appended (still running, as far as the store knows). */
  openTransactions(): Promise<StoredTransaction[]>;
  /**
   * Forgets ended transactions that have no message left in the queue,
   * keeping the `keep` most recently ended ones; resolves with how many were
   * forgotten. A forgotten transaction reads as unknown (GetTransactionStatus:
   * ongoingIndicator false, messagesInQueue false).
   */
  prune(keep?: number): Promise<number>;
  /** Releases the store; later calls fail with StoreClosedError. */
  close(): Promise<void>;
}
