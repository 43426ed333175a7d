/**
 * The CALLERROR codes of OCPP-J 1.6 (section 4.2.3), as spelled on the wire:
 * two of them misspelled, which its errata keep. 1.6 has no
 * MessageTypeNotSupported and no RpcFrameworkError.
 */
import type { ValidationCodeSpelling } from '../schema/result.js';

/** Every error code a 1.6 CALLERROR may carry. */
export const wireErrorCodes = [
  'NotImplemented',
  'NotSupported',
  'InternalError',
  'ProtocolError',
  'SecurityError',
  'FormationViolation',
  'PropertyConstraintViolation',
  'OccurenceConstraintViolation',
  'TypeConstraintViolation',
  'GenericError',
] as const;

/**
 * 1.6's spelling of each code the validators answer with. The validators of
 * every version answer the same version-neutral codes (FormatViolation,
 * OccurrenceConstraintViolation); a 1.6 peer must receive these instead.
 */
export const validationCodeSpelling = {
  FormatViolation: 'FormationViolation',
  OccurrenceConstraintViolation: 'OccurenceConstraintViolation',
  PropertyConstraintViolation: 'PropertyConstraintViolation',
  TypeConstraintViolation: 'TypeConstraintViolation',
} as const satisfies ValidationCodeSpelling;
