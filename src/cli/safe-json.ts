/**
 * JSON text of data the command line stores and shows (the operator API's
 * answers, the frame log), safe against depth. What enters through the
 * library is bounded by DEFAULT_MAX_DEPTH already; this is the second
 * line, for whatever reaches a walker another way: JSON.stringify recurses
 * and throws a RangeError on tens of thousands of levels.
 */
import { DEFAULT_MAX_DEPTH } from './lib.js';

/** What stands in for a branch cut at the depth bound. */
export const CUT = '[nested too deep]';

/**
 * JSON.stringify, except that a value nesting too deep for it comes out
 * with its branches below `maxDepth` levels replaced by CUT instead of
 * throwing. Other failures (a cycle, a BigInt) still throw.
 */
export function stringifySafely(value: unknown, space?: number, maxDepth: number = DEFAULT_MAX_DEPTH + 8): string {
  try {
    return JSON.stringify(value, null, space);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return JSON.stringify(clip(value, maxDepth), null, space);
  }
}

/** A copy of `value` with what lies deeper than `levels` levels replaced by CUT; recursion bounded by `levels`. */
function clip(value: unknown, levels: number): unknown {
  let v = value;
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON(): unknown }).toJSON();
  if (typeof v !== 'object' || v === null) return v;
  if (levels === 0) return CUT;
  if (Array.isArray(v)) return v.map((x) => clip(x, levels - 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = clip(x, levels - 1);
  return out;
}
