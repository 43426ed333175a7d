/**
 * OCPP 2.0.1 and 2.1: TransactionEvent is the one transaction message
 * (use cases E11-E13). The station names its transactions, so the key is
 * transactionInfo.transactionId; the queue numbers each event of a
 * transaction (seqNo 0, 1, 2..., per transaction as 2.0.1 edition 2
 * recommends, TC_E_53_CSMS) when it is stored, so a number is never used
 * twice nor skipped, restarts included.
 *
 * offline (E12, TC_E_43_CS, TC_E_29_CS): an event stored while the station
 * has no connection is marked `offline: true` by the queue, unless the
 * application set `offline` itself (its value is kept: it may know better,
 * e.g. an event that happened before a connection loss was noticed).
 */
import type { TransactionEventRequest as TransactionEventRequest201 } from '../../v201/generated/messages.js';
import type { TransactionEventRequest as TransactionEventRequest21 } from '../../v21/generated/messages.js';
import type { AppendInput, StoredMessage } from './store.js';
import { objectFields, type TransactionRules, type TransactionVersion } from './rules.js';

/** A 2.0.1 TransactionEvent to queue: the request without seqNo, which the queue assigns. */
export interface TransactionEventInput201 {
  /** Always TransactionEvent. */
  readonly action: 'TransactionEvent';
  /** The request without seqNo: the queue numbers the events of each transaction from 0. */
  readonly payload: Omit<TransactionEventRequest201, 'seqNo'> & { readonly seqNo?: never };
  /** 2.x takes the transaction from `payload.transactionInfo.transactionId`. */
  readonly transaction?: never;
}

/** A 2.1 TransactionEvent to queue: the request without seqNo, which the queue assigns. */
export interface TransactionEventInput21 {
  /** Always TransactionEvent. */
  readonly action: 'TransactionEvent';
  /** The request without seqNo: the queue numbers the events of each transaction from 0. */
  readonly payload: Omit<TransactionEventRequest21, 'seqNo'> & { readonly seqNo?: never };
  /** 2.x takes the transaction from `payload.transactionInfo.transactionId`. */
  readonly transaction?: never;
}

class TransactionEventRules<In extends TransactionEventInput201 | TransactionEventInput21> implements TransactionRules<In> {
  constructor(readonly version: TransactionVersion) {}

  toAppend(input: In, offline: boolean): AppendInput {
    if (input.action !== 'TransactionEvent') {
      throw new TypeError(`${String(input.action)} is not a transaction message in ${this.version}: only TransactionEvent is`);
    }
    const payload = objectFields(input.payload);
    const transactionId = objectFields(payload?.['transactionInfo'])?.['transactionId'];
    if (payload === undefined || typeof transactionId !== 'string' || transactionId === '') {
      throw new TypeError('a TransactionEvent to queue needs transactionInfo.transactionId');
    }
    if (payload['seqNo'] !== undefined) throw new TypeError('seqNo is assigned by the queue when the event is stored; leave it out');
    const stored = offline && payload['offline'] === undefined ? { ...payload, offline: true } : payload;
    return { action: 'TransactionEvent', payload: stored, transaction: transactionId, numbered: true, ends: payload['eventType'] === 'Ended' };
  }

  needsReference(): boolean {
    return false;
  }

  payloadFor(message: StoredMessage): unknown {
    return { ...objectFields(message.payload), seqNo: message.seqNo };
  }

  referenceFromAnswer(): number | undefined {
    return undefined;
  }

  referenceOnDiscard(): number | undefined {
    return undefined;
  }
}

/** The transaction-message rules of OCPP 2.0.1. */
export const transactionRules201: TransactionRules<TransactionEventInput201> = new TransactionEventRules<TransactionEventInput201>('ocpp2.0.1');

/** The transaction-message rules of OCPP 2.1 (the same as 2.0.1's, over the 2.1 model). */
export const transactionRules21: TransactionRules<TransactionEventInput21> = new TransactionEventRules<TransactionEventInput21>('ocpp2.1');
