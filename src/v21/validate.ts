/**
 * Validating OCPP 2.1 payloads with the generated validators (the
 * machinery is version-neutral: src/schema/validation.ts).
 */
import { versionValidation, type PayloadIn } from '../schema/validation.js';
import type { MessageKind } from '../schema/result.js';
import type { ActionName } from './actions.js';
import type { RequestMap, ResponseMap } from './generated/messages.js';
import { requestValidators, responseValidators } from './generated/validators.js';

export { runValidator } from '../schema/validation.js';

/** The payload type of an action's request or response. */
export type PayloadOf<A extends ActionName, K extends MessageKind> = PayloadIn<RequestMap, ResponseMap, A, K>;

const v = versionValidation<RequestMap, ResponseMap>(requestValidators, responseValidators);

/**
 * Validates the request or response payload of an action. For a known action
 * the result is typed; for an unknown name the answer is `undefined` (the RPC
 * layer answers NotImplemented).
 */
export const validate = v.validate;
/** Validates the request payload of an action. */
export const validateRequest = v.validateRequest;
/** Validates the response payload of an action. */
export const validateResponse = v.validateResponse;
/** A type guard: true when `payload` is a valid (strict) request of `action`. */
export const isRequest = v.isRequest;
/** A type guard: true when `payload` is a valid (strict) response of `action`. */
export const isResponse = v.isResponse;
/** The generated validator for an action's request or response, if the action exists. */
export const validatorFor = v.validatorFor;
