/**
 * What differs between versions in the transaction-message queue: which
 * messages it takes, how each is stored, what is filled in when it is sent,
 * and what an answer or a give-up tells about the transaction. The queue
 * itself (TransactionMessageQueue) names no version.
 */
import type { AppendInput, StoredMessage } from './store.js';

/** The versions whose transaction-message rules this module knows. */
export type TransactionVersion = 'ocpp1.6' | 'ocpp2.0.1' | 'ocpp2.1';

/** What an application hands the queue: one transaction message. */
export interface QueueInput {
  /** The action: TransactionEvent (2.x); StartTransaction, StopTransaction or MeterValues (1.6). */
  readonly action: string;
  /** The request as the application builds it (the queue fills in seqNo, 1.6 transactionId, offline). */
  readonly payload: unknown;
  /** The station's key of the transaction (1.6); 2.x takes it from the payload. */
  readonly transaction?: string;
}

/** One version's rules. `In` is the union of inputs it accepts. */
export interface TransactionRules<In extends QueueInput = QueueInput> {
  /** The version whose messages these rules queue. */
  readonly version: TransactionVersion;
  /**
   * What to store for an input; `offline` says the station has no
   * connection now. Throws a TypeError for an input this version does not
   * queue.
   */
  toAppend(input: In, offline: boolean): AppendInput;
  /** Sending this message needs what the CSMS called its transaction (1.6: the transactionId). */
  needsReference(message: StoredMessage): boolean;
  /** The request payload that goes on the wire for a stored message. */
  payloadFor(message: StoredMessage, reference: number | undefined): unknown;
  /** What an answer tells about the message's transaction (1.6 StartTransaction.conf: the transactionId). */
  referenceFromAnswer(message: StoredMessage, response: unknown): number | undefined;
  /** What giving a message up tells about its transaction (1.6: a StartTransaction never answered: -1). */
  referenceOnDiscard(message: StoredMessage): number | undefined;
}

/** The fields of a JSON object, or undefined for anything else. */
export function objectFields(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
