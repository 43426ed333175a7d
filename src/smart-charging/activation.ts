/**
 * Where a profile's limits fall in time. An Absolute schedule starts at its
 * startSchedule; a Recurring one at startSchedule and again every day or
 * week after it (1.6 7.9, 2.0.1 ChargingProfileKindEnumType); a Relative one
 * at the transaction's start (its anchor). A profile applies only inside its
 * validity window [validFrom, validTo) (1.6 3.13.2). A schedule ends after
 * its duration: periods starting later are not executed, and the last period
 * lasts until the duration ends (1.6 5.16 note); without a duration the last
 * period goes on (a Recurring schedule ends where the next recurrence
 * starts). Where a profile sets no limit, lower stack levels apply (1.6
 * 3.13.2: stacking without a duration never falls back).
 *
 * 1.6 lets an Absolute or Recurring schedule omit startSchedule ("relative
 * to start of charging", 1.6 7.13): such a schedule starts at the anchor.
 */
import { recurrencySeconds } from './time.js';
import type { ChargingProfile, ChargingRateUnit, ChargingSchedule, ChargingSchedulePeriod } from './types.js';

/** A limit that holds over [start, end), epoch seconds. */
export interface LimitInterval {
  /** Epoch seconds where it starts (inclusive). */
  readonly start: number;
  /** Epoch seconds where it ends (exclusive). */
  readonly end: number;
  /** The period's limit, in `unit`. */
  readonly limit: number;
  /** The unit of the schedule the period belongs to. */
  readonly unit: ChargingRateUnit;
  /** The period's numberPhases; undefined where it names none. */
  readonly numberPhases: number | undefined;
}

/** Receives one stretch of a schedule period: [start, end), epoch seconds. */
export type PeriodVisitor = (start: number, end: number, period: ChargingSchedulePeriod, unit: ChargingRateUnit) => void;

/**
 * Appends to `out` the intervals in which `profile` sets a limit, clipped to
 * [from, to). `anchor` is where Relative schedules (and 1.6 schedules
 * without startSchedule) start. Uses the profile's first schedule.
 */
export function profileIntervals(profile: ChargingProfile, from: number, to: number, anchor: number, out: LimitInterval[]): void {
  visitPeriods(profile, from, to, anchor, (start, end, period, unit) => {
    out.push({ start, end, limit: period.limit, unit, numberPhases: period.numberPhases });
  });
}

/** Calls `visit` for each stretch of `profile`'s periods in [from, to), in time order (see `profileIntervals`). */
export function visitPeriods(profile: ChargingProfile, from: number, to: number, anchor: number, visit: PeriodVisitor): void {
  const schedule = profile.chargingSchedule[0];
  if (schedule === undefined) return;
  const validFrom = profile.validFrom === undefined ? from : Math.max(from, profile.validFrom);
  const validTo = profile.validTo === undefined ? to : Math.min(to, profile.validTo);
  if (!(validFrom < validTo)) return; // also false for NaN times

  const base = profile.chargingProfileKind === 'Relative' ? anchor : (schedule.startSchedule ?? anchor);
  const duration = schedule.duration ?? Infinity;
  const recurrence = profile.chargingProfileKind === 'Recurring' && profile.recurrencyKind !== undefined ? recurrencySeconds[profile.recurrencyKind] : 0;

  if (recurrence === 0) {
    occurrence(schedule, base, base + duration, validFrom, validTo, visit);
    return;
  }
  // The first recurrence that can reach into the window; none before startSchedule.
  const length = Math.min(duration, recurrence);
  let k = Math.max(0, Math.floor((validFrom - base - length) / recurrence) + 1);
  for (let start = base + k * recurrence; start < validTo; k++, start = base + k * recurrence) {
    occurrence(schedule, start, start + length, validFrom, validTo, visit);
  }
}

/** The periods of one run of the schedule, [start, end), clipped to [from, to). */
function occurrence(schedule: ChargingSchedule, start: number, end: number, from: number, to: number, visit: PeriodVisitor): void {
  const periods = schedule.chargingSchedulePeriod;
  const unit = schedule.chargingRateUnit;
  const last = Math.min(end, to);
  for (let i = 0; i < periods.length; i++) {
    const period = periods[i]!;
    const periodStart = start + period.startPeriod;
    if (periodStart >= last) break;
    const next = periods[i + 1];
    const periodEnd = Math.min(next === undefined ? end : start + next.startPeriod, last);
    const clippedStart = Math.max(periodStart, from);
    if (clippedStart < periodEnd) visit(clippedStart, periodEnd, period, unit);
  }
}
