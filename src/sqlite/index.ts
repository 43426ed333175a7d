/**
 * ocpp-model/sqlite: the stores of ocpp-model/durable in an SQLite file,
 * through better-sqlite3 (version 12), an optional peer dependency: install
 * it to use this entry; nothing else in the library loads it.
 *
 * - SqliteTransactionMessageStore: a station's transaction-message queue
 *   and its counters (2.x seqNo, 1.6 transactionIds), for
 *   TransactionMessageQueue.
 * - SqliteCsmsStore: a CSMS's stations, passwords, idTokens, transactions
 *   and meter data, and the exactly-once record of transaction messages,
 *   for TransactionRecorder.
 *
 * Both open their file in WAL mode, check that it is theirs (StoreError
 * otherwise, the file left as it was) and sync what must survive a power
 * cut (see SqliteOptions.synchronous).
 */
export { SqliteTransactionMessageStore, stationSchema } from './station-store.js';
export { SqliteCsmsStore } from './csms-store.js';
export { csmsSchema } from './csms-schema.js';
export { APPLICATION_ID, openStoreDatabase, type SchemaSpec, type SqliteOptions } from './open.js';
export type { Database, DatabaseOptions, RunResult, Statement } from './driver.js';
