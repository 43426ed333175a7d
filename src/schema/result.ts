/**
 * What a validator answers. Shared by every OCPP version: the codes are the
 * OCPP-J error codes a peer must receive for the defect (Part 4, 4.3).
 */

/** The four OCPP error codes a payload defect can map to. */
export type ValidationErrorCode =
  | 'FormatViolation'
  | 'OccurrenceConstraintViolation'
  | 'PropertyConstraintViolation'
  | 'TypeConstraintViolation';

/** One defect found by a validator: its OCPP error code, where, and why. */
export interface ValidationIssue {
  /** The OCPP error code this defect earns on the wire. */
  readonly code: ValidationErrorCode;
  /** JSON pointer (RFC 6901) to the offending value; '' is the payload itself. */
  readonly pointer: string;
  /** A short reason, for people. */
  readonly reason: string;
}

/**
 * strict: the schema exactly.
 * lenient: over-long strings, unknown enum values and unknown properties are
 * accepted and reported as warnings; every other defect is still an error.
 */
export type ValidationMode = 'strict' | 'lenient';

/** Options of a validation. */
export interface ValidateOptions {
  /** Default 'strict'. */
  readonly mode?: ValidationMode;
  /** Stop validating once this many errors are found (the verdict is the same; only fewer are listed). Default 100. */
  readonly maxErrors?: number;
}

/** A verdict: `ok` with the (unchanged) payload typed, or the errors; lenient warnings either way. */
export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ValidationIssue[] }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[]; readonly warnings: readonly ValidationIssue[] };

/** Which payload of an action: its request or its response. */
export type MessageKind = 'request' | 'response';

/**
 * How a version spells, on the wire, each code a validator answers with.
 * Validators of every version answer the codes above (the 2.0.1 and 2.1
 * spelling); the RPC layer sends the version's own spelling, from its table.
 */
export type ValidationCodeSpelling = { readonly [C in ValidationErrorCode]: string };
