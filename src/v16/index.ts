/**
 * OCPP 1.6 (edition 2, with the security whitepaper's messages): the model
 * (every message, data type and enumeration, generated from the official
 * schemas, named as section 7 names them), the action table with feature
 * profiles, and validation.
 *
 * Validators answer the version-neutral codes (FormatViolation,
 * OccurrenceConstraintViolation, ...); `validationCodeSpelling` gives the
 * 1.6 spelling a 1.6 peer must receive (FormationViolation,
 * OccurenceConstraintViolation).
 */
export * from './generated/enums.js';
export type * from './generated/types.js';
export type * from './generated/messages.js';
export * from './actions.js';
export { wireErrorCodes, validationCodeSpelling, errorCodeSpelling, inboundErrorCodes } from './error-codes.js';
export { registrationRules } from './registration.js';
export { heartbeatIntervalMs } from './heartbeat.js';
export { v16, type V16 } from './descriptor.js';
export type { AnyVersion, OcppVersion, PayloadValidator, RegistrationRules, StationExchange, Subprotocol, VersionDescriptor } from '../schema/version.js';
export type { ErrorCode, ErrorCodeSpelling } from '../schema/error-codes.js';
export { validate, validateRequest, validateResponse, isRequest, isResponse, validatorFor, type PayloadOf } from './validate.js';
export type { MessageKind, ValidateOptions, ValidationCodeSpelling, ValidationErrorCode, ValidationIssue, ValidationMode, ValidationResult } from '../schema/result.js';

import type { ActionName } from './actions.js';
import type { RequestMap, ResponseMap } from './generated/messages.js';

// The hand-kept action table and the generated maps must name the same 39 actions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tableMatchesSchemas: Same<ActionName, keyof RequestMap> & Same<ActionName, keyof ResponseMap> = true;
void tableMatchesSchemas;
