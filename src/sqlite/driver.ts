/**
 * The SQLite binding, better-sqlite3 (version 12: it builds and runs on
 * Node 20). It is an optional peer dependency: loaded here on first use,
 * so the rest of the library never needs it, and described by the few
 * methods the stores use, so its own types are not needed either.
 */
import { createRequire } from 'node:module';
import { StoreError } from '../durable/errors.js';

/** The result of running a statement that changes rows. */
export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number | bigint;
}

/** A prepared statement. */
export interface Statement {
  run(...params: unknown[]): RunResult;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  pluck(toggle?: boolean): this;
}

/** A database connection. */
export interface Database {
  prepare(sql: string): Statement;
  exec(sql: string): this;
  pragma(source: string, options?: { readonly simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): this;
  readonly open: boolean;
  readonly inTransaction: boolean;
}

/** Options of the binding's constructor that the stores use. */
export interface DatabaseOptions {
  readonly fileMustExist?: boolean;
  /** Milliseconds to wait for a lock held by another connection. */
  readonly timeout?: number;
}

type DatabaseConstructor = new (filename: string, options?: DatabaseOptions) => Database;

let driver: DatabaseConstructor | undefined;

/** The binding's Database class; a StoreError (code 'dependency') when it is not installed. */
export function loadDriver(): DatabaseConstructor {
  if (driver !== undefined) return driver;
  const require = createRequire(import.meta.url);
  try {
    driver = require('better-sqlite3') as DatabaseConstructor;
  } catch (err) {
    throw new StoreError('dependency', 'the SQLite stores need the better-sqlite3 package (version 12): npm install better-sqlite3@12', {
      cause: err,
    });
  }
  return driver;
}
