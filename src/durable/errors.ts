/**
 * What a store raises. Every failure to open or use a store's file is a
 * StoreError with a `code` saying which kind, so an application (or the
 * command line) can tell a corrupt file from someone else's file, from a
 * file written by a newer release, from a file another process holds. None
 * of them ever resets or rewrites the file.
 */

/** The kinds of store failure. */
export type StoreErrorCode =
  /** The file is an SQLite database whose pages do not check out, or is cut short. */
  | 'corrupt'
  /** The file is not ours: not SQLite at all, another application's database, or the other kind of ocpp-model store. */
  | 'foreign'
  /** The file was written by a newer schema than this release knows. */
  | 'version'
  /** Another process holds the file. */
  | 'busy'
  /** The file cannot be opened or created (missing directory, permissions, a directory given as file). */
  | 'open'
  /** The optional database driver is not installed. */
  | 'dependency'
  /** The store was closed. */
  | 'closed'
  /** A read or write failed while in use (disk full, I/O error). */
  | 'io';

/** The base of every store failure. */
export class StoreError extends Error {
  /** Which kind of failure. */
  readonly code: StoreErrorCode;
  /** The file concerned, when there is one. */
  readonly path: string | undefined;
  constructor(code: StoreErrorCode, message: string, options?: { readonly path?: string; readonly cause?: unknown }) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = code;
    this.path = options?.path;
  }
  override readonly name: string = 'StoreError';
}

/** The file is damaged: its content does not check out as a database. */
export class StoreCorruptError extends StoreError {
  constructor(message: string, options?: { readonly path?: string; readonly cause?: unknown }) {
    super('corrupt', message, options);
  }
  override readonly name: string = 'StoreCorruptError';
}

/** The file belongs to something else. */
export class StoreForeignError extends StoreError {
  constructor(message: string, options?: { readonly path?: string; readonly cause?: unknown }) {
    super('foreign', message, options);
  }
  override readonly name: string = 'StoreForeignError';
}

/** The file's schema is newer than this release. */
export class StoreVersionError extends StoreError {
  /** The schema version found in the file. */
  readonly found: number;
  /** The newest schema version this release knows. */
  readonly supported: number;
  constructor(found: number, supported: number, options?: { readonly path?: string }) {
    super('version', `the store was written with schema version ${found}; this release knows versions up to ${supported}`, options);
    this.found = found;
    this.supported = supported;
  }
  override readonly name: string = 'StoreVersionError';
}

/** Another process has the file open for writing. */
export class StoreBusyError extends StoreError {
  constructor(message: string, options?: { readonly path?: string; readonly cause?: unknown }) {
    super('busy', message, options);
  }
  override readonly name: string = 'StoreBusyError';
}

/** The store was used after close(). */
export class StoreClosedError extends StoreError {
  constructor(what = 'the store') {
    super('closed', `${what} is closed`);
  }
  override readonly name: string = 'StoreClosedError';
}
