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
  /** Rows inserted, updated or deleted. */
  readonly changes: number;
  /** The rowid of the last row inserted. */
  readonly lastInsertRowid: number | bigint;
}

/** A prepared statement. */
export interface Statement {
  /** Runs it with these parameters (a write). */
  run(...params: unknown[]): RunResult;
  /** Runs it and returns the first row, or undefined. */
  get(...params: unknown[]): unknown;
  /** Runs it and returns every row. */
  all(...params: unknown[]): unknown[];
  /** Rows come back as their first column's value alone. */
  pluck(toggle?: boolean): this;
}

/** A database connection. */
export interface Database {
  /** Compiles one SQL statement. */
  prepare(sql: string): Statement;
  /** Runs SQL text, any number of statements, without parameters. */
  exec(sql: string): this;
  /** Runs a PRAGMA; `simple`: only the first column of the first row. */
  pragma(source: string, options?: { readonly simple?: boolean }): unknown;
  /** Wraps `fn` so that each call runs in one transaction (a savepoint when nested). */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  /** Closes the connection. */
  close(): this;
  /** False once closed. */
  readonly open: boolean;
  /** True inside a transaction. */
  readonly inTransaction: boolean;
}

/** Options of the binding's constructor that the stores use. */
export interface DatabaseOptions {
  /** Fail instead of creating a missing file. */
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
