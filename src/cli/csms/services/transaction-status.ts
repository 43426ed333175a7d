/**
 * When to ask a station about a transaction's queued messages (E14;
 * TC_E_31_CSMS): the TransactionEvents of a transaction carry consecutive
 * seqNo values, so an Ended event that arrives while some earlier seqNo is
 * missing means messages are still queued or lost. A thin decision on the
 * seqNo values seen; the transaction store may keep them instead, and
 * `missingSeqNos` works on any list.
 */

/** The seqNo values between the first seen (or the Started event's) and the highest that never arrived. */
export function missingSeqNos(seen: Iterable<number>, from?: number): number[] {
  const set = new Set(seen);
  if (set.size === 0) return [];
  let low = from ?? Infinity;
  let high = -Infinity;
  for (const n of set) {
    if (n < low) low = n;
    if (n > high) high = n;
  }
  const missing: number[] = [];
  for (let n = low; n <= high; n++) if (!set.has(n)) missing.push(n);
  return missing;
}

/** The part of a TransactionEventRequest read here (2.0.1 and 2.1). */
export interface SequencedEvent {
  /** Started, Updated or Ended. */
  readonly eventType: string;
  /** The event's sequence number. */
  readonly seqNo: number;
  /** transactionInfo.transactionId. */
  readonly transactionInfo: { readonly transactionId: string };
}

/** What the CSMS should do after an event. */
export interface StatusQuery {
  /** The GetTransactionStatus request to send. */
  readonly request: { readonly transactionId: string };
  /** The seqNo values missing when it was decided. */
  readonly missing: readonly number[];
}

/** seqNo bookkeeping per transaction, deciding when to send GetTransactionStatus. */
export class TransactionSeqNos {
  private readonly transactions = new Map<string, { seen: Set<number>; start: number | undefined; ended: boolean; asked: boolean }>();

  /**
   * Notes one event; answers the GetTransactionStatus to send when this is
   * the transaction's Ended event (or a later one) and seqNo values are
   * missing, once per transaction.
   */
  note(event: SequencedEvent): StatusQuery | undefined {
    const id = event.transactionInfo.transactionId;
    let tx = this.transactions.get(id);
    if (tx === undefined) {
      tx = { seen: new Set(), start: undefined, ended: false, asked: false };
      this.transactions.set(id, tx);
    }
    tx.seen.add(event.seqNo);
    if (event.eventType === 'Started') tx.start = event.seqNo;
    if (event.eventType === 'Ended') tx.ended = true;
    if (!tx.ended || tx.asked) return undefined;
    const missing = missingSeqNos(tx.seen, tx.start);
    if (missing.length === 0) return undefined;
    tx.asked = true;
    return { request: { transactionId: id }, missing };
  }

  /** The seqNo values still missing for a transaction. */
  missing(transactionId: string): number[] {
    const tx = this.transactions.get(transactionId);
    return tx === undefined ? [] : missingSeqNos(tx.seen, tx.start);
  }

  /** True when an ended transaction has every seqNo; its record can then be dropped with `forget`. */
  complete(transactionId: string): boolean {
    const tx = this.transactions.get(transactionId);
    return tx !== undefined && tx.ended && this.missing(transactionId).length === 0;
  }

  /** Drops a transaction's bookkeeping. */
  forget(transactionId: string): void {
    this.transactions.delete(transactionId);
  }
}
