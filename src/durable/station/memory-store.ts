/**
 * The transaction-message store in memory: the same contract as the SQLite
 * store, gone with the process. For tests, and for applications that accept
 * losing queued messages when the process ends.
 */
import { StoreClosedError } from '../errors.js';
import type { AppendInput, RemoveOptions, StoredMessage, StoredTransaction, TransactionMessageStore } from './store.js';

interface TransactionState {
  appended: number;
  ended: boolean;
  endedAt: number;
  reference: number | undefined;
  queued: number;
}

/** Copies JSON data, so a caller changing its object later changes nothing stored. */
function copy(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** Transaction messages kept in memory: they survive a lost connection, not a restart. */
export class MemoryTransactionMessageStore implements TransactionMessageStore {
  private readonly messages = new Map<number, StoredMessage>();
  private readonly transactions = new Map<string, TransactionState>();
  private nextId = 1;
  private closed = false;
  private readonly now: () => number;

  /** `now` gives the time stamps (ms since the epoch); default Date.now. */
  constructor(options?: { readonly now?: () => number }) {
    this.now = options?.now ?? Date.now;
  }

  async append(input: AppendInput): Promise<StoredMessage> {
    this.check();
    if (input.numbered === true && input.transaction === undefined) throw new TypeError('a numbered message needs a transaction');
    const payload = copy(input.payload);
    let seqNo: number | undefined;
    if (input.transaction !== undefined) {
      let tx = this.transactions.get(input.transaction);
      if (tx === undefined) {
        tx = { appended: 0, ended: false, endedAt: 0, reference: undefined, queued: 0 };
        this.transactions.set(input.transaction, tx);
      }
      if (input.numbered === true) seqNo = tx.appended;
      tx.appended++;
      tx.queued++;
      if (input.ends === true && !tx.ended) {
        tx.ended = true;
        tx.endedAt = this.now();
      }
    }
    const message: StoredMessage = {
      id: this.nextId++,
      action: input.action,
      payload,
      transaction: input.transaction,
      seqNo,
      attempts: 0,
      notBefore: 0,
      createdAt: this.now(),
    };
    this.messages.set(message.id, message);
    return message;
  }

  async peek(): Promise<StoredMessage | undefined> {
    this.check();
    // A Map iterates in insertion order, which is id order.
    for (const message of this.messages.values()) return message;
    return undefined;
  }

  async list(limit = Infinity): Promise<StoredMessage[]> {
    this.check();
    const out: StoredMessage[] = [];
    for (const message of this.messages.values()) {
      if (out.length >= limit) break;
      out.push(message);
    }
    return out;
  }

  async recordAttempt(id: number, attempts: number, notBefore: number): Promise<void> {
    this.check();
    const message = this.messages.get(id);
    if (message !== undefined) this.messages.set(id, { ...message, attempts, notBefore });
  }

  async remove(id: number, options?: RemoveOptions): Promise<boolean> {
    this.check();
    const message = this.messages.get(id);
    if (message === undefined) return false;
    this.messages.delete(id);
    if (message.transaction !== undefined) {
      const tx = this.transactions.get(message.transaction);
      if (tx !== undefined) {
        tx.queued--;
        if (options?.reference !== undefined) tx.reference = options.reference;
      }
    }
    return true;
  }

  async count(transaction?: string): Promise<number> {
    this.check();
    if (transaction === undefined) return this.messages.size;
    return this.transactions.get(transaction)?.queued ?? 0;
  }

  async transaction(transaction: string): Promise<StoredTransaction | undefined> {
    this.check();
    const tx = this.transactions.get(transaction);
    return tx === undefined ? undefined : view(transaction, tx);
  }

  async openTransactions(): Promise<StoredTransaction[]> {
    this.check();
    const out: StoredTransaction[] = [];
    for (const [key, tx] of this.transactions) if (!tx.ended) out.push(view(key, tx));
    return out;
  }

  async prune(keep = 0): Promise<number> {
    this.check();
    const done = [...this.transactions].filter(([, tx]) => tx.ended && tx.queued === 0).sort((a, b) => b[1].endedAt - a[1].endedAt);
    const forget = done.slice(Math.max(0, keep));
    for (const [key] of forget) this.transactions.delete(key);
    return forget.length;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private check(): void {
    if (this.closed) throw new StoreClosedError('the transaction-message store');
  }
}

function view(transaction: string, tx: TransactionState): StoredTransaction {
  return { transaction, appended: tx.appended, ended: tx.ended, reference: tx.reference, queued: tx.queued };
}
