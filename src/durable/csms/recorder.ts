/**
 * Exactly-once handling of transaction messages on the CSMS side.
 *
 * A station sends a transaction message again when it did not get the
 * answer (the CALLRESULT was lost with the connection, or the station
 * crashed before it removed the message from its queue). The recorder
 * recognises such a retry by the message's key (effects.ts), answers it
 * with the answer recorded the first time, and does not apply it again.
 * The application's answer is computed only for a message not seen
 * before (a copy that arrives while the first is being handled waits for
 * it); the store then applies the message's effect and records the answer
 * in one atomic step, so a crash leaves either both or neither. Several
 * CSMS processes on one store would each compute an answer for copies
 * arriving at both at once; the store still applies the message once.
 *
 * 2.x: once a transaction's Ended event has come, seqNos missing between
 * its Started and Ended events mean messages still queued at the station
 * (or lost). The outcome lists them and, for the Ended event itself, asks
 * the application to send GetTransactionStatus (E14, TC_E_31_CSMS).
 */
import type { RequestMap as Requests16, ResponseMap as Responses16 } from '../../v16/generated/messages.js';
import type { RequestMap as Requests201, ResponseMap as Responses201 } from '../../v201/generated/messages.js';
import type { RequestMap as Requests21, ResponseMap as Responses21 } from '../../v21/generated/messages.js';
import type { TransactionVersion } from '../station/rules.js';
import { missingSeqNos } from './apply.js';
import { isTransactionAction, transactionEffect } from './effects.js';
import type { TransactionEffect, TransactionRecord, TransactionRecordStore } from './records.js';

/** Per version and action: the request, the answer the application gives, the answer sent. */
export interface RecordedActions {
  /** OCPP 1.6: StartTransaction, StopTransaction and MeterValues. */
  'ocpp1.6': {
    /** The store assigns transactionId: the application answers without it. */
    StartTransaction: [Requests16['StartTransaction'], Omit<Responses16['StartTransaction'], 'transactionId'>, Responses16['StartTransaction']];
    StopTransaction: [Requests16['StopTransaction'], Responses16['StopTransaction'], Responses16['StopTransaction']];
    MeterValues: [Requests16['MeterValues'], Responses16['MeterValues'], Responses16['MeterValues']];
  };
  /** OCPP 2.0.1: TransactionEvent. */
  'ocpp2.0.1': {
    TransactionEvent: [Requests201['TransactionEvent'], Responses201['TransactionEvent'], Responses201['TransactionEvent']];
  };
  /** OCPP 2.1: TransactionEvent. */
  'ocpp2.1': {
    TransactionEvent: [Requests21['TransactionEvent'], Responses21['TransactionEvent'], Responses21['TransactionEvent']];
  };
}

/** The transaction actions of a version. */
export type RecordedAction<V extends TransactionVersion> = keyof RecordedActions[V] & string;
type Part<V extends TransactionVersion, A extends RecordedAction<V>, I extends 0 | 1 | 2> = RecordedActions[V][A] extends readonly unknown[]
  ? RecordedActions[V][A][I]
  : never;

/** What handling one transaction message came to. */
export interface RecordOutcome<R> {
  /** The answer to send back. */
  readonly answer: R;
  /** A retry of a message handled before: answered as then, not applied again. */
  readonly duplicate: boolean;
  /** A duplicate key whose content differs from the first message's (a station reusing a seqNo, for one). */
  readonly conflicting: boolean;
  /** The message's transaction, as recorded (1.6 StartTransaction: the id assigned). */
  readonly transactionId: string | undefined;
  /** The transaction's record after the message (undefined for messages outside transactions). */
  readonly transaction: TransactionRecord | undefined;
  /** 2.x: seqNos of an ended transaction not received yet. */
  readonly missingSeqNos: readonly number[];
  /** 2.x: this is the Ended event and seqNos are missing: send GetTransactionStatus for the transaction (E14). */
  readonly askTransactionStatus: boolean;
}

/** What the application's answer function is told about the message. */
export interface AnswerContext {
  /** The identity of the station that sent the message. */
  readonly stationId: string;
  /** What the message will do to the records once answered. */
  readonly effect: TransactionEffect;
}

/**
 * The answer of a new message: for a 1.6 StartTransaction without
 * transactionId (the store assigns it).
 */
export type AnswerFunction<R> = (context: AnswerContext) => R | Promise<R>;

/** Options of a TransactionRecorder. */
export interface TransactionRecorderOptions<V extends TransactionVersion = TransactionVersion> {
  /** Where messages are recorded and applied: a MemoryCsmsStore, a SqliteCsmsStore or your own. */
  readonly store: TransactionRecordStore;
  /** The OCPP version whose transaction messages it records. */
  readonly version: V;
}

/** Records one version's transaction messages (a CSMS with stations of several versions keeps one per version, over one store). */
export class TransactionRecorder<V extends TransactionVersion = TransactionVersion> {
  /** The store of the options. */
  readonly store: TransactionRecordStore;
  /** The version of the options. */
  readonly version: V;
  /** Messages being handled now, by station and key. */
  private readonly handling = new Map<string, Promise<RecordOutcome<unknown>>>();

  constructor(options: TransactionRecorderOptions<V>) {
    this.store = options.store;
    this.version = options.version;
  }

  /** True when `action` is a transaction message this recorder handles. */
  handles(action: string): boolean {
    return isTransactionAction(this.version, action);
  }

  /**
   * Handles one transaction message of `stationId` (a payload that passed
   * validation): a retry gets the recorded answer; a new message gets
   * `answer`'s, applied and recorded. Throws a TypeError for a message that
   * is no transaction message of the version; rejects with the store's
   * error when it cannot record (then nothing was applied: answer with a
   * CALLERROR and the station will retry).
   */
  async record<A extends RecordedAction<V>>(
    stationId: string,
    action: A,
    payload: Part<V, A, 0>,
    answer: AnswerFunction<Part<V, A, 1>>,
  ): Promise<RecordOutcome<Part<V, A, 2>>> {
    return this.recordAny(stationId, action, payload, answer) as Promise<RecordOutcome<Part<V, A, 2>>>;
  }

  /** `record` for a payload typed by nothing but validation (e.g. from a generic handler). */
  async recordAny(stationId: string, action: string, payload: unknown, answer: AnswerFunction<unknown>): Promise<RecordOutcome<unknown>> {
    const effect = transactionEffect(this.version, action, payload);
    // A copy arriving while the first is still being handled (a retry that
    // overtook a slow answer) waits for it instead of being answered twice.
    const slot = `${stationId}\u0000${effect.key}`;
    const first = this.handling.get(slot);
    if (first !== undefined) {
      await first.catch(() => undefined);
    }
    const work = this.handle(stationId, effect, answer);
    this.handling.set(slot, work);
    try {
      return await work;
    } finally {
      if (this.handling.get(slot) === work) this.handling.delete(slot);
    }
  }

  private async handle(stationId: string, effect: TransactionEffect, answer: AnswerFunction<unknown>): Promise<RecordOutcome<unknown>> {
    const prior = await this.store.recorded(stationId, effect.key);
    if (prior !== undefined) {
      const transaction = prior.transactionId === undefined ? undefined : await this.store.transaction(stationId, prior.transactionId);
      return this.outcome(stationId, effect, prior.answer, true, prior.fingerprint, prior.transactionId, transaction);
    }
    const computed = await answer({ stationId, effect });
    const result = await this.store.commit(stationId, effect, computed);
    return this.outcome(
      stationId,
      effect,
      result.answer,
      result.duplicate,
      result.fingerprint,
      result.transaction?.transactionId ?? effect.transactionId,
      result.transaction,
    );
  }

  private async outcome<R>(
    stationId: string,
    effect: TransactionEffect,
    answer: R,
    duplicate: boolean,
    fingerprint: string,
    transactionId: string | undefined,
    transaction: TransactionRecord | undefined,
  ): Promise<RecordOutcome<R>> {
    let missing: number[] = [];
    if (this.version !== 'ocpp1.6' && transaction?.endedSeqNo !== undefined && transactionId !== undefined) {
      missing = missingSeqNos(transaction, await this.store.seqNos(stationId, transactionId));
    }
    return {
      answer,
      duplicate,
      conflicting: duplicate && fingerprint !== effect.fingerprint,
      transactionId,
      transaction,
      missingSeqNos: missing,
      askTransactionStatus: !duplicate && effect.kind === 'ended' && missing.length > 0,
    };
  }
}
