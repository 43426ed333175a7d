/** The CALLERROR codes of OCPP 2.0.1 (Part 4, 4.3), as spelled on the wire. */
import { canonicalSpelling, inboundSpellings, type ErrorCodeSpelling } from '../schema/error-codes.js';
import type { ValidationCodeSpelling } from '../schema/result.js';

/** Every error code a 2.0.1 CALLERROR may carry. */
export const wireErrorCodes = [
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

/** 2.0.1 spells the validators' codes as they are. */
export const validationCodeSpelling = {
  FormatViolation: 'FormatViolation',
  OccurrenceConstraintViolation: 'OccurrenceConstraintViolation',
  PropertyConstraintViolation: 'PropertyConstraintViolation',
  TypeConstraintViolation: 'TypeConstraintViolation',
} as const satisfies ValidationCodeSpelling;

/** 2.0.1 sends every code in its canonical spelling. */
export const errorCodeSpelling: ErrorCodeSpelling = canonicalSpelling;

/**
 * The codes read from a 2.0.1 peer: the canonical spellings, and 1.6's
 * two misspellings, which a peer carrying 1.6 habits may still send.
 */
export const inboundErrorCodes = inboundSpellings({
  FormationViolation: 'FormatViolation',
  OccurenceConstraintViolation: 'OccurrenceConstraintViolation',
});
