/**
 * ocpp-model/durable: nothing lost, nothing applied twice.
 *
 * Station side: a durable, transport-agnostic queue of transaction messages
 * (TransactionEvent in 2.x; StartTransaction, StopTransaction and
 * transaction MeterValues in 1.6) with the spec's retry rules, over a store
 * interface (in memory here; SQLite in `ocpp-model/sqlite`).
 *
 * CSMS side: exactly-once recording of transaction messages (a station's
 * retry is answered again, not applied twice; seqNo gaps after an Ended
 * event are reported), and a registration store (stations, passwords,
 * idTokens, transactions, meter data) so that a restarted CSMS knows its
 * stations.
 */
export {
  StoreBusyError,
  StoreClosedError,
  StoreCorruptError,
  StoreError,
  StoreForeignError,
  StoreVersionError,
  type StoreErrorCode,
} from './errors.js';
export { canonicalJson, fingerprint } from './json.js';

export type { AppendInput, RemoveOptions, StoredMessage, StoredTransaction, TransactionMessageStore } from './station/store.js';
export { MemoryTransactionMessageStore } from './station/memory-store.js';
export type { QueueInput, TransactionRules, TransactionVersion } from './station/rules.js';
export { transactionRules16, UNKNOWN_TRANSACTION_ID, type TransactionMessageInput16 } from './station/rules-v16.js';
export { transactionRules201, transactionRules21, type TransactionEventInput201, type TransactionEventInput21 } from './station/rules-v2.js';
export { isTransactionVersion, transactionRulesFor, type TransactionInputFor } from './station/rules-for.js';
export { classifyFailure, retryDelayMs, type FailureKind } from './station/failures.js';
export {
  TransactionMessageQueue,
  type QueueClock,
  type QueueState,
  type SendTransactionMessage,
  type Settlement,
  type TransactionMessageQueueEvents,
  type TransactionMessageQueueOptions,
  type TransactionStatus,
} from './station/queue.js';

export type {
  CommitResult,
  CsmsRegistrationStore,
  CsmsStore,
  IdTokenRecord,
  MeterValueRecord,
  RecordedMessage,
  RegistrationState,
  StationRecord,
  TransactionEffect,
  TransactionFilter,
  TransactionRecord,
  TransactionRecordStore,
} from './csms/records.js';
export { MemoryCsmsStore } from './csms/memory-store.js';
export { applyEffect, compact, missingSeqNos } from './csms/apply.js';
export { isTransactionAction, transactionEffect } from './csms/effects.js';
export {
  TransactionRecorder,
  type AnswerContext,
  type AnswerFunction,
  type RecordedAction,
  type RecordedActions,
  type RecordOutcome,
  type TransactionRecorderOptions,
} from './csms/recorder.js';
export { hashPassword, verifyPassword } from './csms/password.js';
