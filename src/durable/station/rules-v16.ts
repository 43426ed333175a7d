/**
 * OCPP 1.6: the transaction-related messages are StartTransaction,
 * StopTransaction and periodic or clock-aligned MeterValues (section 3.7).
 *
 * The CSMS names a 1.6 transaction: its transactionId comes in the
 * StartTransaction.conf, which a station that was offline has not received
 * when it queues the MeterValues and the StopTransaction that follow. So
 * the application gives each transaction a key of its own (`transaction`),
 * and the queue fills in `transactionId` when it sends a message: the id
 * from the StartTransaction.conf, stored with the removal of the
 * StartTransaction in one step. When the StartTransaction is given up
 * after its last attempt (section 3.7.1), the errata (v4.0, to section 4.8)
 * say the station uses transactionId -1 for the transaction's other
 * messages, and the Central System answers them as if the id were valid;
 * so does this queue. A message queued with a key but without a
 * StartTransaction through this queue is sent with -1 too: no id is known.
 *
 * MeterValues without a key go as given: those of the whole station, or
 * with a transactionId the application already knows.
 */
import type { MeterValuesRequest, StartTransactionRequest, StopTransactionRequest } from '../../v16/generated/messages.js';
import type { AppendInput, StoredMessage } from './store.js';
import { objectFields, type TransactionRules } from './rules.js';

/** The transactionId a 1.6 station uses when its StartTransaction was never answered (errata v4.0, section 4.8). */
export const UNKNOWN_TRANSACTION_ID = -1;

/** The 1.6 transaction messages as queued. */
export type TransactionMessageInput16 =
  | {
      readonly action: 'StartTransaction';
      readonly payload: StartTransactionRequest;
      /** The station's key of this transaction, used again by its MeterValues and StopTransaction. */
      readonly transaction: string;
    }
  | {
      readonly action: 'StopTransaction';
      /** transactionId is filled in when it is sent (any value given here is replaced). */
      readonly payload: Omit<StopTransactionRequest, 'transactionId'> & { readonly transactionId?: number };
      readonly transaction: string;
    }
  | {
      readonly action: 'MeterValues';
      /** With `transaction`, transactionId is filled in when it is sent. */
      readonly payload: MeterValuesRequest;
      readonly transaction?: string;
    };

class Rules16 implements TransactionRules<TransactionMessageInput16> {
  readonly version = 'ocpp1.6' as const;

  toAppend(input: TransactionMessageInput16, _offline: boolean): AppendInput {
    const action: string = input.action;
    if (action !== 'StartTransaction' && action !== 'StopTransaction' && action !== 'MeterValues') {
      throw new TypeError(`${action} is not a transaction-related message in OCPP 1.6 (section 3.7)`);
    }
    if (objectFields(input.payload) === undefined) throw new TypeError(`the ${action} payload must be an object`);
    const key = input.transaction;
    if (key === undefined) {
      if (action !== 'MeterValues') throw new TypeError(`a queued ${action} needs the station's key of its transaction`);
      return { action, payload: input.payload };
    }
    if (typeof key !== 'string' || key === '') throw new TypeError('the transaction key must be a non-empty string');
    return { action, payload: input.payload, transaction: key, ends: action === 'StopTransaction' };
  }

  needsReference(message: StoredMessage): boolean {
    return message.transaction !== undefined && message.action !== 'StartTransaction';
  }

  payloadFor(message: StoredMessage, reference: number | undefined): unknown {
    if (!this.needsReference(message)) return message.payload;
    return { ...objectFields(message.payload), transactionId: reference ?? UNKNOWN_TRANSACTION_ID };
  }

  referenceFromAnswer(message: StoredMessage, response: unknown): number | undefined {
    if (message.action !== 'StartTransaction' || message.transaction === undefined) return undefined;
    const id = objectFields(response)?.['transactionId'];
    return typeof id === 'number' && Number.isInteger(id) ? id : undefined;
  }

  referenceOnDiscard(message: StoredMessage): number | undefined {
    return message.action === 'StartTransaction' && message.transaction !== undefined ? UNKNOWN_TRANSACTION_ID : undefined;
  }
}

/** The transaction-message rules of OCPP 1.6. */
export const transactionRules16: TransactionRules<TransactionMessageInput16> = new Rules16();
