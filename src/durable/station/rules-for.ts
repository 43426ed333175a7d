/**
 * The transaction-message rules of a version, looked up by its subprotocol,
 * for code above the version folders that holds a version descriptor and
 * must not name a version itself (the station client).
 */
import type { TransactionMessageInput16 } from './rules-v16.js';
import { transactionRules16 } from './rules-v16.js';
import { transactionRules201, transactionRules21, type TransactionEventInput201, type TransactionEventInput21 } from './rules-v2.js';
import type { QueueInput, TransactionRules, TransactionVersion } from './rules.js';

/** What the queue of the version with subprotocol P takes. */
export type TransactionInputFor<P extends string> = P extends 'ocpp1.6'
  ? TransactionMessageInput16
  : P extends 'ocpp2.1'
    ? TransactionEventInput21
    : P extends 'ocpp2.0.1'
      ? TransactionEventInput201
      : never;

const byProtocol: { readonly [P in TransactionVersion]: TransactionRules<QueueInput> } = {
  'ocpp1.6': transactionRules16 as unknown as TransactionRules<QueueInput>,
  'ocpp2.0.1': transactionRules201 as unknown as TransactionRules<QueueInput>,
  'ocpp2.1': transactionRules21 as unknown as TransactionRules<QueueInput>,
};

/** True for a subprotocol whose transaction messages this library queues. */
export function isTransactionVersion(protocol: string): protocol is TransactionVersion {
  return Object.prototype.hasOwnProperty.call(byProtocol, protocol);
}

/** The rules of the version with this subprotocol; a TypeError for one this library does not know. */
export function transactionRulesFor<P extends string>(protocol: P): TransactionRules<TransactionInputFor<P> & QueueInput> {
  if (!isTransactionVersion(protocol)) throw new TypeError(`no transaction-message rules for ${protocol}`);
  return byProtocol[protocol] as TransactionRules<TransactionInputFor<P> & QueueInput>;
}
