/**
 * Small functions the converters share.
 */
import { refuse, type Context } from './errors.js';

/** Removes properties whose value is undefined: the wire has absent fields, not undefined ones. */
export function compact<T extends object>(value: T): T {
  const out = {} as T;
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** `T` with its properties writable: for building a value field by field (absent fields stay absent). */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** True when `value` is one of `list` (narrows to the list's type). */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Maps an optional array; undefined stays undefined. */
export function mapOptional<A, B>(items: readonly A[] | undefined, f: (item: A, index: number) => B): B[] | undefined {
  return items === undefined ? undefined : items.map(f);
}

const DECIMAL_INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * The integer a neutral transaction id stands for in 1.6: its decimal form,
 * nothing else (no leading zeros, no sign on zero, a safe integer).
 */
export function integerTransactionId(ctx: Context, id: string, field: string): number {
  const n = DECIMAL_INTEGER.test(id) && id !== '-0' ? Number(id) : NaN;
  if (!Number.isSafeInteger(n)) refuse(ctx, 'transaction-id-16', field, `"${id}" is not the decimal form of an integer`);
  return n;
}
