/**
 * Time for smart charging is whole seconds since the Unix epoch, UTC: every
 * OCPP schedule counts in whole seconds, so a fraction of a second is
 * dropped where a time comes in.
 */
import type { RecurrencyKind, TimeInput } from './types.js';

/** Seconds in one recurrence of a Recurring profile. */
export const recurrencySeconds: { readonly [K in RecurrencyKind]: number } = { Daily: 86_400, Weekly: 604_800 };

/**
 * Epoch seconds of a Date, an RFC 3339 string or a number (taken as epoch
 * seconds already). NaN for a string or Date that is not a time, so the
 * caller can refuse it instead of computing with it.
 */
export function epochSeconds(time: TimeInput): number {
  if (typeof time === 'number') return Math.floor(time);
  const ms = typeof time === 'string' ? Date.parse(time) : time.getTime();
  return Math.floor(ms / 1000);
}

/** Epoch seconds of an optional wire date-time; undefined stays undefined. */
export function optionalEpochSeconds(time: string | undefined): number | undefined {
  return time === undefined ? undefined : epochSeconds(time);
}

/** An RFC 3339 UTC date-time for epoch seconds, as the wire wants it: `2024-05-01T12:00:00Z`. */
export function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}
