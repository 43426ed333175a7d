/**
 * OCPP 2.0.1: the model (every message, data type and enumeration, generated
 * from the official schemas), the action table, and validation.
 */
export * from './generated/enums.js';
export type * from './generated/types.js';
export type * from './generated/messages.js';
export * from './actions.js';
export { wireErrorCodes, validationCodeSpelling, errorCodeSpelling, inboundErrorCodes } from './error-codes.js';
export { registrationRules } from './registration.js';
export { heartbeatIntervalMs } from './heartbeat.js';
export { v201, type V201 } from './descriptor.js';
export type { AnyVersion, OcppVersion, PayloadValidator, RegistrationRules, StationExchange, Subprotocol, VersionDescriptor } from '../schema/version.js';
export type { ErrorCode, ErrorCodeSpelling } from '../schema/error-codes.js';
export { validate, validateRequest, validateResponse, isRequest, isResponse, validatorFor, type PayloadOf } from './validate.js';
export type { MessageKind, ValidateOptions, ValidationCodeSpelling, ValidationErrorCode, ValidationIssue, ValidationMode, ValidationResult } from '../schema/result.js';

import type { ActionName } from './actions.js';
import type { RequestMap, ResponseMap } from './generated/messages.js';

// The hand-kept action table and the generated maps must name the same 64 actions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tableMatchesSchemas: Same<ActionName, keyof RequestMap> & Same<ActionName, keyof ResponseMap> = true;
void tableMatchesSchemas;
