/**
 * The OCPP-J error codes every version's tables are written in: the
 * spellings of OCPP 2.0.1 and 2.1 (Part 4, 4.3). Each version folder says
 * how it spells each of them on the wire, and which spellings it reads.
 */

/** The canonical error codes, in the spelling of OCPP 2.0.1 and 2.1. */
export const errorCodes = [
  'FormatViolation',
  'GenericError',
  'InternalError',
  'MessageTypeNotSupported',
  'NotImplemented',
  'NotSupported',
  'OccurrenceConstraintViolation',
  'PropertyConstraintViolation',
  'ProtocolError',
  'RpcFrameworkError',
  'SecurityError',
  'TypeConstraintViolation',
] as const;

/** An OCPP-J error code, in its canonical spelling. */
export type ErrorCode = (typeof errorCodes)[number];

/**
 * How a version spells each canonical code when it sends it. A version
 * without one of the codes (OCPP 1.6 has no RpcFrameworkError) names the
 * code of its own that stands in.
 */
export type ErrorCodeSpelling = { readonly [C in ErrorCode]: string };

/** Every canonical code spelled as it is (OCPP 2.0.1, 2.1). */
export const canonicalSpelling: ErrorCodeSpelling = Object.freeze(
  Object.fromEntries(errorCodes.map((c) => [c, c])) as { [C in ErrorCode]: C },
);

/**
 * The codes a version reads on the wire: every canonical spelling, plus
 * `aliases` (other spellings, e.g. a version's misspellings) mapped to the
 * canonical code they mean.
 */
export function inboundSpellings(aliases: { readonly [spelling: string]: ErrorCode }): ReadonlyMap<string, ErrorCode> {
  return new Map<string, ErrorCode>([...errorCodes.map((c) => [c, c] as const), ...Object.entries(aliases)]);
}
