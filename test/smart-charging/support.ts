/**
 * Short builders for the smart-charging tests: profiles in the shape the
 * library works on, a two-EVSE 230 V station, and periods as [start, limit]
 * pairs so expected schedules read like the spec's tables.
 */
import { epochSeconds } from '../../src/smart-charging/time.js';
import type { ChargingProfile, ChargingRateUnit, ChargingSchedule, StationModel } from '../../src/smart-charging/types.js';
import type { CompositeSchedule } from '../../src/smart-charging/composite.js';

/** A 230 V, 3-phase station with EVSEs 1 and 2 rated 32 A. */
export const station: StationModel = { evses: [{ id: 1, maxCurrent: 32 }, { id: 2, maxCurrent: 32 }], voltage: 230 };

/** Epoch seconds of an RFC 3339 time. */
export const at = (time: string): number => epochSeconds(time);

/** Periods from [startPeriod, limit] or [startPeriod, limit, numberPhases] tuples. */
export function periods(...steps: readonly (readonly [number, number] | readonly [number, number, number])[]): ChargingSchedule['chargingSchedulePeriod'] {
  return steps.map(([startPeriod, limit, numberPhases]) => (numberPhases === undefined ? { startPeriod, limit } : { startPeriod, limit, numberPhases }));
}

/** A profile; the schedule fields go in `schedule`. */
export function profile(
  fields: Partial<Omit<ChargingProfile, 'chargingSchedule'>> & { schedule?: Partial<ChargingSchedule>; unit?: ChargingRateUnit },
): ChargingProfile {
  const { schedule, unit, ...rest } = fields;
  return {
    id: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    ...rest,
    chargingSchedule: [{ chargingRateUnit: unit ?? 'A', chargingSchedulePeriod: periods([0, 16]), ...schedule }],
  };
}

/** A composite's periods as [startPeriod, limit] pairs. */
export function steps(schedule: CompositeSchedule): [number, number][] {
  return schedule.chargingSchedulePeriod.map((p) => [p.startPeriod, p.limit]);
}
