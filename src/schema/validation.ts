/**
 * Validation of one OCPP version's payloads, built from the tables of its
 * generated validators. Each version folder makes one and exports its
 * functions; the running, the collector and the shaping of results live
 * here once. Never throws, never mutates the payload.
 */
import { Collector, type GeneratedValidator } from './runtime.js';
import type { MessageKind, ValidateOptions, ValidationIssue, ValidationResult } from './result.js';

/**
 * The actions that have a message of kind K (in 2.1, a SEND-only action has
 * no response); for both kinds at once, the actions that have both.
 */
export type ActionsWith<Req, Res, K extends MessageKind> = [K] extends ['request']
  ? keyof Req & string
  : [K] extends ['response']
    ? keyof Res & string
    : keyof Req & keyof Res & string;

/** The payload type of an action's request or response. */
export type PayloadIn<Req, Res, A, K extends MessageKind> = [K] extends ['request']
  ? A extends keyof Req
    ? Req[A]
    : never
  : [K] extends ['response']
    ? A extends keyof Res
      ? Res[A]
      : never
    : A extends keyof Req & keyof Res
      ? Req[A] | Res[A]
      : never;

/** Validation functions of one version, typed by its request and response maps. */
export interface VersionValidation<Req, Res> {
  /**
   * Validates the request or response payload of an action. For a known
   * action the result is typed; for an unknown name (or a kind the action
   * does not have) the answer is `undefined` (the RPC layer answers
   * NotImplemented).
   */
  validate<A extends ActionsWith<Req, Res, K>, K extends MessageKind>(
    action: A,
    kind: K,
    payload: unknown,
    options?: ValidateOptions,
  ): ValidationResult<PayloadIn<Req, Res, A, K>>;
  validate(action: string, kind: MessageKind, payload: unknown, options?: ValidateOptions): ValidationResult<unknown> | undefined;
  /** Validates the request payload of an action. */
  validateRequest<A extends keyof Req & string>(action: A, payload: unknown, options?: ValidateOptions): ValidationResult<Req[A]>;
  /** Validates the response payload of an action. */
  validateResponse<A extends keyof Res & string>(action: A, payload: unknown, options?: ValidateOptions): ValidationResult<Res[A]>;
  /** A type guard: true when `payload` is a valid (strict) request of `action`. */
  isRequest<A extends keyof Req & string>(action: A, payload: unknown): payload is Req[A];
  /** A type guard: true when `payload` is a valid (strict) response of `action`. */
  isResponse<A extends keyof Res & string>(action: A, payload: unknown): payload is Res[A];
  /** The generated validator for an action's request or response, if there is one. */
  validatorFor(action: string, kind: MessageKind): GeneratedValidator | undefined;
}

const NONE: readonly ValidationIssue[] = Object.freeze([]);

/**
 * One collector serves every call, of every version. Only a getter or Proxy
 * trap inside the payload can re-enter validation; such a nested run gets a
 * collector of its own, so it cannot wipe the outer run's findings or mode.
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
    c.depth = 0;
    c.fail('FormatViolation', '', 'payload could not be read');
  } finally {
    running--;
  }
  return c;
}

/** Runs a generated validator; the one place results are shaped. */
export function runValidator<T>(fn: GeneratedValidator, payload: unknown, options?: ValidateOptions): ValidationResult<T> {
  const c = run(fn, payload, options?.mode === 'lenient', options?.maxErrors ?? 100);
  const warnings = c.warnings ?? NONE;
  return c.count === 0 ? { ok: true, value: payload as T, warnings } : { ok: false, errors: c.errors ?? NONE, warnings };
}

function check(fn: GeneratedValidator | undefined, payload: unknown): boolean {
  if (fn === undefined) return false;
  // No issue is recorded: only the count matters.
  return run(fn, payload, false, 0).count === 0;
}

/**
 * The validation functions of a version, from its generated tables (maps,
 * so that a lookup by an untrusted action name never reaches
 * Object.prototype).
 */
export function versionValidation<Req, Res>(
  requests: ReadonlyMap<string, GeneratedValidator>,
  responses: ReadonlyMap<string, GeneratedValidator>,
): VersionValidation<Req, Res> {
  const validatorFor = (action: string, kind: MessageKind): GeneratedValidator | undefined =>
    (kind === 'request' ? requests : responses).get(action);
  const validate = (action: string, kind: MessageKind, payload: unknown, options?: ValidateOptions): ValidationResult<unknown> | undefined => {
    const fn = validatorFor(action, kind);
    return fn === undefined ? undefined : runValidator(fn, payload, options);
  };
  // The casts only narrow what the runtime already guarantees: a known action gets a result.
  return {
    validate: validate as VersionValidation<Req, Res>['validate'],
    validateRequest: ((action: string, payload: unknown, options?: ValidateOptions) =>
      validate(action, 'request', payload, options)) as VersionValidation<Req, Res>['validateRequest'],
    validateResponse: ((action: string, payload: unknown, options?: ValidateOptions) =>
      validate(action, 'response', payload, options)) as VersionValidation<Req, Res>['validateResponse'],
    isRequest: ((action: string, payload: unknown) => check(requests.get(action), payload)) as VersionValidation<Req, Res>['isRequest'],
    isResponse: ((action: string, payload: unknown) => check(responses.get(action), payload)) as VersionValidation<Req, Res>['isResponse'],
    validatorFor,
  };
}
