/**
 * The composite schedule's time axis: the window cut at every instant where
 * some limit starts or ends, and, per kind of limit, which one prevails in
 * each piece.
 */
import type { LimitInterval } from './activation.js';

/** A limit interval with what decides between overlapping ones of one kind. */
export interface RankedInterval extends LimitInterval {
  /** Higher wins: the stack level, with the EVSE's own profile above the station's at the same level. */
  readonly rank: number;
  /** The limit in A per phase on the interval's own phases; the lower wins a tie of rank. */
  readonly amps: number;
}

/**
 * The sorted, distinct cut points in [0, duration], relative to `origin`,
 * of all intervals; always starting with 0 and ending with `duration`.
 */
export function cutPoints(groups: readonly (readonly LimitInterval[])[], origin: number, duration: number): number[] {
  const points = [0, duration];
  for (const group of groups) {
    for (const iv of group) {
      const start = iv.start - origin;
      const end = iv.end - origin;
      if (start > 0 && start < duration) points.push(start);
      if (end > 0 && end < duration) points.push(end);
    }
  }
  points.sort((a, b) => a - b);
  let n = 1;
  for (let i = 1; i < points.length; i++) if (points[i] !== points[n - 1]) points[n++] = points[i]!;
  points.length = n;
  return points;
}

/** The first index whose cut point is at or after `value`. */
function lowerBound(points: readonly number[], value: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each piece [points[j], points[j+1]), the interval that prevails there
 * (highest rank, then lowest limit), or undefined where none covers it.
 * Sorts `intervals` in place.
 */
export function prevailing(intervals: RankedInterval[], points: readonly number[], origin: number): (RankedInterval | undefined)[] {
  const winners = new Array<RankedInterval | undefined>(points.length - 1).fill(undefined);
  if (intervals.length === 0) return winners;
  intervals.sort((a, b) => b.rank - a.rank || a.amps - b.amps);
  for (const iv of intervals) {
    const hi = lowerBound(points, iv.end - origin);
    for (let j = lowerBound(points, iv.start - origin); j < hi && j < winners.length; j++) {
      if (winners[j] === undefined) winners[j] = iv;
    }
  }
  return winners;
}
