/** The CALLERROR codes of OCPP 2.1 (Part 4, 4.3, Table 9), as spelled on the wire. */
import type { ValidationCodeSpelling } from '../schema/result.js';

/** Every error code a 2.1 CALLERROR or CALLRESULTERROR may carry. */
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

/** 2.1 spells the validators' codes as they are. */
export const validationCodeSpelling = {
  FormatViolation: 'FormatViolation',
  OccurrenceConstraintViolation: 'OccurrenceConstraintViolation',
  PropertyConstraintViolation: 'PropertyConstraintViolation',
  TypeConstraintViolation: 'TypeConstraintViolation',
} as const satisfies ValidationCodeSpelling;
