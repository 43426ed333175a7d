/**
 * RFC 3339 date-times read the same way everywhere in the neutral model.
 * Date.parse alone reads a space separator with an old heuristic (year 0099
 * as 1999) and refuses a leap second, both of which RFC 3339 (and the
 * generated validators) allow.
 */

const RFC3339 = /^(\d{4}-\d\d-\d\d)[Tt ](\d\d:\d\d):(\d\d)(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/;

/**
 * Milliseconds since the epoch of an RFC 3339 date-time, NaN for anything
 * else. A leap second (23:59:60) is read as 23:59:59.
 */
export function epochMillisOf(time: string): number {
  // The common form (T, upper-case Z or an offset, no leap second) is what Date.parse reads as ISO 8601.
  if (time.charCodeAt(10) === 84 && time.charCodeAt(17) !== 54 && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(time)) return Date.parse(time);
  const m = RFC3339.exec(time);
  if (m === null) return NaN;
  const second = m[3] === '60' ? '59' : m[3];
  return Date.parse(`${m[1]}T${m[2]}:${second}${m[4] ?? ''}${m[5]!.toUpperCase()}`);
}

/** Whole seconds since the epoch (rounded down) of an RFC 3339 date-time, NaN for anything else. */
export function epochOf(time: string): number {
  return Math.floor(epochMillisOf(time) / 1000);
}
