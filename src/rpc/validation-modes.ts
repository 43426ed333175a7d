/**
 * Validation settings as the RPC layer applies them: one setting or one per
 * direction, and the validator options each setting means. A CALLERROR
 * carries the first code and at most five issues, so no more are collected.
 */
import type { ValidateOptions, ValidationMode } from '../schema/result.js';

/** A validation mode, or 'off' to skip validation in that direction. */
export type ValidationSetting = ValidationMode | 'off';

/** Validation per direction; each defaults to 'strict'. */
export interface ValidationModes {
  /** CALLs (and SENDs) received from the other side. */
  readonly incomingRequests?: ValidationSetting;
  /** Answers received to this side's CALLs. */
  readonly incomingResponses?: ValidationSetting;
  /** This side's CALLs and SENDs, before they are sent. */
  readonly outgoingRequests?: ValidationSetting;
  /** This side's handlers' answers, before they are sent. */
  readonly outgoingResponses?: ValidationSetting;
}

const STRICT: ValidateOptions = Object.freeze({ mode: 'strict', maxErrors: 5 });
const LENIENT: ValidateOptions = Object.freeze({ mode: 'lenient', maxErrors: 5 });

/** The validator options of a setting; undefined for 'off'. The default is strict. */
export function optionsFor(mode: ValidationSetting | undefined): ValidateOptions | undefined {
  return mode === 'off' ? undefined : mode === 'lenient' ? LENIENT : STRICT;
}

/** One setting for every direction, or one per direction, as four settings. */
export function modesOf(v: ValidationSetting | ValidationModes): Required<ValidationModes> {
  return typeof v === 'string'
    ? { incomingRequests: v, incomingResponses: v, outgoingRequests: v, outgoingResponses: v }
    : {
        incomingRequests: v.incomingRequests ?? 'strict',
        incomingResponses: v.incomingResponses ?? 'strict',
        outgoingRequests: v.outgoingRequests ?? 'strict',
        outgoingResponses: v.outgoingResponses ?? 'strict',
      };
}
