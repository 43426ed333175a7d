/**
 * How a converter says that a version cannot carry something: a thrown
 * ConversionError for what cannot be expressed at all, a reported Loss for
 * what is left out or assumed. Nothing is dropped without one of the two.
 */
import { conversionRules, type ConversionRuleId, type ConversionRuleKind } from './rules.js';

/** The OCPP versions the neutral model converts to and from. */
export type OcppVersion = '1.6' | '2.0.1' | '2.1';

/** A field a conversion left out or filled in, and the rule that says so. */
export interface Loss {
  /** The conversion rule that applied (see conversionRules). */
  readonly rule: ConversionRuleId;
  /** lossy: the field was left out; assumed: a value the version needs was filled in. */
  readonly kind: ConversionRuleKind;
  /** The version converted to. */
  readonly version: OcppVersion;
  /** Path of the field in the neutral message, e.g. `idTokenInfo.personalMessage`. */
  readonly field: string;
  /** What happened, for a log line. */
  readonly detail: string;
}

/** Options of every conversion towards a version. */
export interface ConversionOptions {
  /** Called for each field left out or assumed. */
  readonly onLoss?: (loss: Loss) => void;
  /** Refuse instead: every Loss becomes a ConversionError. */
  readonly strict?: boolean;
}

/**
 * A message (or part of it) that cannot be converted: a neutral message the
 * target version cannot express, or a version's message that says what the
 * neutral model does not carry (2.1 profile features).
 */
export class ConversionError extends Error {
  /** The rule that refuses the conversion. */
  readonly rule: ConversionRuleId;
  /** The version converted to (or read from). */
  readonly version: OcppVersion;
  /** Path of the field in the message. */
  readonly field: string;

  constructor(rule: ConversionRuleId, version: OcppVersion, field: string, detail: string) {
    super(`${field} cannot be converted (OCPP ${version}): ${detail}. Rule ${rule}: ${conversionRules[rule].rule}`);
    this.name = 'ConversionError';
    this.rule = rule;
    this.version = version;
    this.field = field;
  }
}

/** The conversion context a converter passes down: the target version and the caller's options. */
export interface Context {
  readonly version: OcppVersion;
  readonly options: ConversionOptions | undefined;
}

/** A context for converting to `version`. */
export function context(version: OcppVersion, options?: ConversionOptions): Context {
  return { version, options };
}

/** Refuses the conversion. */
export function refuse(ctx: Context, rule: ConversionRuleId, field: string, detail: string): never {
  throw new ConversionError(rule, ctx.version, field, detail);
}

/** Reports a field left out or assumed (or refuses, in strict mode). */
export function lose(ctx: Context, rule: ConversionRuleId, field: string, detail: string): void {
  if (ctx.options?.strict === true) refuse(ctx, rule, field, detail);
  ctx.options?.onLoss?.({ rule, kind: conversionRules[rule].kind, version: ctx.version, field, detail });
}
