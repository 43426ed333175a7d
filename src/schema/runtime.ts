/**
 * What generated validators call at run time: the error collector and the
 * checks that are not a single `typeof`. Kept small and allocation-free on
 * the valid path; nothing here is called unless a value needs it.
 */
import type { ValidationErrorCode, ValidationIssue } from './result.js';

/**
 * Gathers the defects of one payload. `fail` is always an error; `soft`
 * (over-long string, unknown enum value, unknown property) is a warning in
 * lenient mode and an error otherwise. Both answer true once `maxErrors`
 * errors are recorded: the validator stops there, as nothing more would be
 * kept. The verdict is exact either way, since it stops only after an error.
 */
export class Collector {
  /** Allocated on the first issue: a valid payload allocates nothing. */
  errors: ValidationIssue[] | null = null;
  warnings: ValidationIssue[] | null = null;
  count = 0;
  lenient = false;
  maxErrors = 100;
  /**
   * Where the value a data type's function checks sits: its callers push
   * text (`/idTagInfo`) and array indexes here, and pop them on return. A
   * function reports pointers relative to its value; the path prefixes them.
   */
  path: (string | number)[] = [];
  depth = 0;

  fail(code: ValidationErrorCode, pointer: string, reason: string): boolean {
    if (this.count++ < this.maxErrors) (this.errors ??= []).push({ code, pointer: this.at(pointer), reason });
    return this.count >= this.maxErrors;
  }

  soft(code: ValidationErrorCode, pointer: string, reason: string): boolean {
    if (!this.lenient) return this.fail(code, pointer, reason);
    if ((this.warnings ??= []).length < this.maxErrors) this.warnings.push({ code, pointer: this.at(pointer), reason });
    return false;
  }

  private at(pointer: string): string {
    let full = '';
    for (let i = 0; i < this.depth; i++) {
      const seg = this.path[i]!;
      full += typeof seg === 'number' ? `/${seg}` : seg;
    }
    return full + pointer;
  }

  /** Ready for the next payload. */
  reset(lenient: boolean, maxErrors: number): this {
    this.errors = null;
    this.warnings = null;
    this.count = 0;
    this.depth = 0;
    this.lenient = lenient;
    this.maxErrors = maxErrors;
    return this;
  }
}

/** A validator as generated: records every defect of `data` in `c`. */
export type GeneratedValidator = (data: unknown, c: Collector) => void;

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** JSON Schema's maxLength counts code points, not UTF-16 units. */
export function codePoints(s: string): number {
  // The regular expression engine scans far faster than a loop here, and
  // strings without a surrogate pair (nearly all) need nothing more.
  if (!HIGH_SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
      const l = s.charCodeAt(i + 1);
      if (l >= 0xdc00 && l <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** RFC 6901: `~` and `/` inside a reference token are escaped. */
export function pointerToken(key: string): string {
  return key.indexOf('~') === -1 && key.indexOf('/') === -1
    ? key
    : key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * RFC 3339 date-time (section 5.6): `YYYY-MM-DDThh:mm:ss[.frac](Z|±hh:mm)`,
 * with `T` or `t` or a space between date and time (the RFC's note), real
 * calendar days, and second 60 only in a leap second (23:59:60 UTC).
 * A scanner rather than a regular expression: this runs on every timestamp.
 */
export function isDateTime(s: string): boolean {
  const n = s.length;
  // Shortest form: 2020-01-01T00:00:00Z (20 characters).
  if (n < 20) return false;
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false; // '-'
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month]!)) return false;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32) return false; // 'T' 't' ' '
  const hour = digits(s, 11, 2);
  const minute = digits(s, 14, 2);
  const second = digits(s, 17, 2);
  if (hour < 0 || minute < 0 || second < 0) return false;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return false; // ':'
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    // '.' then at least one digit
    const start = ++i;
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  let offsetMinutes = 0;
  const z = s.charCodeAt(i);
  if (z === 90 || z === 122) {
    // 'Z' 'z'
    if (i + 1 !== n) return false;
  } else if (z === 43 || z === 45) {
    // '+' '-' hh:mm
    if (i + 6 !== n || s.charCodeAt(i + 3) !== 58) return false;
    const oh = digits(s, i + 1, 2);
    const om = digits(s, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return false;
    offsetMinutes = (z === 43 ? 1 : -1) * (oh * 60 + om);
  } else {
    return false;
  }
  if (hour > 23 || minute > 59) return false;
  if (second <= 59) return true;
  if (second > 60) return false;
  // A leap second is only ever 23:59:60 in UTC.
  const utc = (((hour * 60 + minute - offsetMinutes) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}

export { isUri } from './uri.js';

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * multipleOf as JSON Schema means it: on the decimal number the JSON text
 * wrote, not on its binary approximation. The step is `units` x 10^-`decimals`
 * (0.1 is 1 unit, 1 decimal). Plain floating point rejects 0.3, 6.3 and 21.4
 * as multiples of 0.1 (0.3 / 0.1 is 2.9999999999999996); a tolerance would
 * accept 0.30000000001. Exact: `value` passes when it is the double of a
 * decimal with at most `decimals` fraction digits that is a whole number of
 * units.
 */
export function isMultipleOf(value: number, units: number, decimals: number): boolean {
  const scale = POW10[decimals]!;
  const scaled = Math.round(value * scale);
  // Integer / 10^k is rounded once, to the double nearest that decimal: equal means value is it.
  if (Number.isSafeInteger(scaled) && scale !== undefined) return scaled / scale === value && scaled % units === 0;
  return decimalMultiple(value, units, decimals);
}

/** The exact answer through the shortest decimal that reads back as `value` (large values, many decimals). */
function decimalMultiple(value: number, units: number, decimals: number): boolean {
  const m = /^-?(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) return false;
  const digits = BigInt(m[1]! + (m[2] ?? ''));
  const exp = Number(m[3] ?? 0) - (m[2]?.length ?? 0) + decimals;
  const step = BigInt(units);
  return exp >= 0 ? (digits * 10n ** BigInt(exp)) % step === 0n : digits % (10n ** BigInt(-exp) * step) === 0n;
}
