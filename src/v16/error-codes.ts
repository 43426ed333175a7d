/**
 * The CALLERROR codes of OCPP-J 1.6 (section 4.2.3), as spelled on the wire:
 * two of them misspelled, which its errata keep. 1.6 has no
 * MessageTypeNotSupported and no RpcFrameworkError.
 */
import { inboundSpellings, type ErrorCodeSpelling } from '../schema/error-codes.js';
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

/**
 * 1.6's spelling of every code the RPC layer sends. RpcFrameworkError and
 * MessageTypeNotSupported do not exist in 1.6: a frame that is not a proper
 * RPC message is "not conform the PDU structure" (FormationViolation,
 * OCPP-J 1.6, 4.2.3), and an unsupported kind of message is NotSupported.
 * Unknown message types are never answered in 1.6 (4.1.3).
 */
export const errorCodeSpelling = {
  FormatViolation: 'FormationViolation',
  GenericError: 'GenericError',
  InternalError: 'InternalError',
  MessageTypeNotSupported: 'NotSupported',
  NotImplemented: 'NotImplemented',
  NotSupported: 'NotSupported',
  OccurrenceConstraintViolation: 'OccurenceConstraintViolation',
  PropertyConstraintViolation: 'PropertyConstraintViolation',
  ProtocolError: 'ProtocolError',
  RpcFrameworkError: 'FormationViolation',
  SecurityError: 'SecurityError',
  TypeConstraintViolation: 'TypeConstraintViolation',
} as const satisfies ErrorCodeSpelling;

/** The codes read from a 1.6 peer: its own spellings and the corrected ones of 2.x alike. */
export const inboundErrorCodes = inboundSpellings({
  FormationViolation: 'FormatViolation',
  OccurenceConstraintViolation: 'OccurrenceConstraintViolation',
});
