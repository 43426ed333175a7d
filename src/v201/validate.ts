/**
 * Validating OCPP 2.0.1 payloads with the generated validators. Never throws,
 * never mutates the payload.
 */
import { Collector, type GeneratedValidator } from '../schema/runtime.js';
import type { MessageKind, ValidateOptions, ValidationIssue, ValidationResult } from '../schema/result.js';
import type { ActionName } from './actions.js';
import type { RequestMap, ResponseMap } from './generated/messages.js';
import { requestValidators, responseValidators } from './generated/validators.js';

/** The request or response payload type of an action. */
export type PayloadOf<A extends ActionName, K extends MessageKind> = K extends 'request' ? RequestMap[A] : ResponseMap[A];

const NONE: readonly ValidationIssue[] = Object.freeze([]);

/**
 * One collector serves every call. Only a getter or Proxy trap inside the
 * payload can re-enter validation; such a nested run gets a collector of its
 * own, so it cannot wipe the outer run's findings or mode.
 */
const shared = new Collector();
let running = 0;

function run(fn: GeneratedValidator, payload: unknown, lenient: boolean, maxErrors: number): Collector {
  const c = (running === 0 ? shared : new Collector()).reset(lenient, maxErrors);
  running++;
  try {
    fn(payload, c);
  } catch {
    // Only a hostile object (a throwing getter, a Proxy) gets here; JSON never does.
    c.fail('FormatViolation', '', 'payload could not be read');
  } finally {
    running--;
  }
  return c;
}

/** The generated validator for an action's request or response, if the action exists. */
export function validatorFor(action: string, kind: MessageKind): GeneratedValidator | undefined {
  return (kind === 'request' ? requestValidators : responseValidators).get(action);
}

/** Runs a generated validator; the one place results are shaped. */
export function runValidator<T>(fn: GeneratedValidator, payload: unknown, options?: ValidateOptions): ValidationResult<T> {
  const c = run(fn, payload, options?.mode === 'lenient', options?.maxErrors ?? 100);
  const warnings = c.warnings ?? NONE;
  return c.count === 0 ? { ok: true, value: payload as T, warnings } : { ok: false, errors: c.errors ?? NONE, warnings };
}

/**
 * Validates the request or response payload of an action. For a known action
 * the result is typed; for an unknown name the answer is `undefined` (the RPC
 * layer answers NotImplemented).
 */
export function validate<A extends ActionName, K extends MessageKind>(
  action: A,
  kind: K,
  payload: unknown,
  options?: ValidateOptions,
): ValidationResult<PayloadOf<A, K>>;
export function validate(action: string, kind: MessageKind, payload: unknown, options?: ValidateOptions): ValidationResult<unknown> | undefined;
export function validate(action: string, kind: MessageKind, payload: unknown, options?: ValidateOptions): ValidationResult<unknown> | undefined {
  const fn = validatorFor(action, kind);
  return fn === undefined ? undefined : runValidator(fn, payload, options);
}

/** Validates an action's request payload (`validate(action, 'request', payload)`). */
export function validateRequest<A extends ActionName>(action: A, payload: unknown, options?: ValidateOptions): ValidationResult<RequestMap[A]> {
  return validate(action, 'request', payload, options);
}

/** Validates an action's response payload (`validate(action, 'response', payload)`). */
export function validateResponse<A extends ActionName>(action: A, payload: unknown, options?: ValidateOptions): ValidationResult<ResponseMap[A]> {
  return validate(action, 'response', payload, options);
}

/** A type guard: true when `payload` is a valid (strict) request of `action`. */
export function isRequest<A extends ActionName>(action: A, payload: unknown): payload is RequestMap[A] {
  return check(requestValidators.get(action), payload);
}

/** A type guard: true when `payload` is a valid (strict) response of `action`. */
export function isResponse<A extends ActionName>(action: A, payload: unknown): payload is ResponseMap[A] {
  return check(responseValidators.get(action), payload);
}

function check(fn: GeneratedValidator | undefined, payload: unknown): boolean {
  if (fn === undefined) return false;
  // No issue is recorded: only the count matters.
  return run(fn, payload, false, 0).count === 0;
}
