/**
 * Charging profiles and composite schedules of each version in the
 * smart-charging library's shape (ChargingProfile, epoch seconds), which is
 * the neutral model's. Times become whole seconds since the epoch, UTC: a
 * wire time with a fraction of a second or an offset comes back as the same
 * instant, in whole seconds, in UTC. Sales tariffs, 2.1's price schedules
 * and offline validity, and customData are not carried.
 */
import { fromV16Profile } from '../smart-charging/adapters/v16.js';
import { fromV21Profile } from '../smart-charging/adapters/v21.js';
import { isoSeconds } from '../smart-charging/time.js';
import type { ChargingProfile, ChargingProfilePurpose, ChargingSchedulePeriod } from '../smart-charging/types.js';
import { roundLimit } from '../smart-charging/units.js';
import type * as T16 from '../v16/generated/types.js';
import type * as E16 from '../v16/generated/enums.js';
import type * as T201 from '../v201/generated/types.js';
import type * as T21 from '../v21/generated/types.js';
import { lose, refuse, type Context } from './errors.js';
import { epochOf } from './time.js';
import { compact, integerTransactionId } from './util.js';

/** Epoch seconds of an optional wire time. */
export function optionalEpochOf(time: string | undefined): number | undefined {
  return time === undefined ? undefined : epochOf(time);
}

const YEAR_0 = -62167219200;
const YEAR_10000 = 253402300800;

/** A time as RFC 3339 UTC in whole seconds; refused outside the years 0000 to 9999 (rule profile-time). */
export function isoOf(ctx: Context, seconds: number, field: string): string {
  if (!(seconds >= YEAR_0 && seconds < YEAR_10000)) return refuse(ctx, 'profile-time', field, `${seconds} s is not a date-time of the years 0000 to 9999`);
  return isoSeconds(seconds);
}

/** A period without what the neutral model does not carry. */
function period(p: { startPeriod: number; limit: number; numberPhases?: number; phaseToUse?: number }): ChargingSchedulePeriod {
  return compact({ startPeriod: p.startPeriod, limit: p.limit, numberPhases: p.numberPhases, phaseToUse: p.phaseToUse });
}

/** A wire time as epochOf reads it, in a form the smart-charging adapters read alike. */
const readable = (t: string | undefined) => (t === undefined ? undefined : Number.isNaN(epochOf(t)) ? t : isoSeconds(epochOf(t)));

/** A wire profile with its times as epochOf reads them (the adapters parse with Date.parse alone). */
function readableTimes<P extends { validFrom?: string; validTo?: string }>(p: P, schedules: (p: P) => P): P {
  return schedules(compact({ ...p, validFrom: readable(p.validFrom), validTo: readable(p.validTo) }));
}

/** A 1.6 profile in the neutral (smart-charging) shape. */
export function profileOf16(p: T16.ChargingProfile): ChargingProfile {
  const n = fromV16Profile(readableTimes(p, (q) => ({ ...q, chargingSchedule: compact({ ...q.chargingSchedule, startSchedule: readable(q.chargingSchedule.startSchedule) }) })));
  return compact({ ...n, chargingSchedule: n.chargingSchedule.map((s) => compact({ ...s, chargingSchedulePeriod: s.chargingSchedulePeriod.map(period) })) });
}

/** A 2.0.1 profile in the neutral shape. */
export function profileOf201(p: T201.ChargingProfileType): ChargingProfile {
  return compact({
    id: p.id,
    stackLevel: p.stackLevel,
    chargingProfilePurpose: p.chargingProfilePurpose,
    chargingProfileKind: p.chargingProfileKind,
    recurrencyKind: p.recurrencyKind,
    validFrom: optionalEpochOf(p.validFrom),
    validTo: optionalEpochOf(p.validTo),
    transactionId: p.transactionId,
    chargingSchedule: p.chargingSchedule.map((s) =>
      compact({
        id: s.id,
        startSchedule: optionalEpochOf(s.startSchedule),
        duration: s.duration,
        chargingRateUnit: s.chargingRateUnit,
        chargingSchedulePeriod: s.chargingSchedulePeriod.map(period),
        minChargingRate: s.minChargingRate,
      }),
    ),
  });
}

/** A 2.1 profile in the neutral shape (rule profile-21). */
export function profileOf21(ctx: Context, p: T21.ChargingProfileType, field: string): ChargingProfile {
  const r = fromV21Profile(readableTimes(p, (q) => ({ ...q, chargingSchedule: q.chargingSchedule.map((x) => compact({ ...x, startSchedule: readable(x.startSchedule) })) })));
  if ('rejection' in r) return refuse(ctx, 'profile-21', field, r.rejection.additionalInfo);
  const n = r.profile;
  return compact({ ...n, chargingSchedule: n.chargingSchedule.map((s) => compact({ ...s, chargingSchedulePeriod: s.chargingSchedulePeriod.map(period) })) });
}

/** A neutral profile as 2.x writes it (2.0.1's ChargingProfileType, which 2.1 also takes). */
export function profileTo2x(ctx: Context, p: ChargingProfile, field: string): T201.ChargingProfileType {
  return compact({
    id: p.id,
    stackLevel: p.stackLevel,
    chargingProfilePurpose: p.chargingProfilePurpose,
    chargingProfileKind: p.chargingProfileKind,
    recurrencyKind: p.recurrencyKind,
    validFrom: p.validFrom === undefined ? undefined : isoOf(ctx, p.validFrom, `${field}.validFrom`),
    validTo: p.validTo === undefined ? undefined : isoOf(ctx, p.validTo, `${field}.validTo`),
    transactionId: p.transactionId,
    chargingSchedule: p.chargingSchedule.map((s, i) => {
      if (s.id === undefined) lose(ctx, 'schedule-id-2x', `${field}.chargingSchedule[${i}].id`, `given id ${i}`);
      return compact({
        id: s.id ?? i,
        startSchedule: s.startSchedule === undefined ? undefined : isoOf(ctx, s.startSchedule, `${field}.chargingSchedule[${i}].startSchedule`),
        duration: s.duration,
        chargingRateUnit: s.chargingRateUnit,
        chargingSchedulePeriod: s.chargingSchedulePeriod.map(period),
        minChargingRate: s.minChargingRate,
      });
    }),
  });
}

/** A neutral purpose as 1.6's (rule profile-16). */
export function purposeTo16(ctx: Context, purpose: ChargingProfilePurpose, field: string): E16.ChargingProfilePurposeType {
  if (purpose === 'ChargingStationExternalConstraints') return refuse(ctx, 'profile-16', field, 'no such purpose in 1.6');
  return purpose === 'ChargingStationMaxProfile' ? 'ChargePointMaxProfile' : purpose;
}

/** A limit in steps of 0.1, rounded down (rule profile-details-16). */
export function tenth(ctx: Context, value: number, field: string): number {
  const r = roundLimit(value);
  if (r !== value) lose(ctx, 'profile-details-16', field, `${value} sent as ${r}`);
  return r;
}

/** A neutral profile as 1.6's (rules profile-16, profile-details-16). */
export function profileTo16(ctx: Context, p: ChargingProfile, field: string): T16.ChargingProfile {
  const [s, ...more] = p.chargingSchedule;
  if (s === undefined) return refuse(ctx, 'profile-16', `${field}.chargingSchedule`, 'no schedule');
  if (more.length > 0) lose(ctx, 'profile-details-16', `${field}.chargingSchedule`, `${more.length} further schedule(s) not sent`);
  if (s.id !== undefined) lose(ctx, 'profile-details-16', `${field}.chargingSchedule[0].id`, 'not sent');
  const sf = `${field}.chargingSchedule[0]`;
  return compact({
    chargingProfileId: p.id,
    transactionId: p.transactionId === undefined ? undefined : integerTransactionId(ctx, p.transactionId, `${field}.transactionId`),
    stackLevel: p.stackLevel,
    chargingProfilePurpose: purposeTo16(ctx, p.chargingProfilePurpose, `${field}.chargingProfilePurpose`),
    chargingProfileKind: p.chargingProfileKind,
    recurrencyKind: p.recurrencyKind,
    validFrom: p.validFrom === undefined ? undefined : isoOf(ctx, p.validFrom, `${field}.validFrom`),
    validTo: p.validTo === undefined ? undefined : isoOf(ctx, p.validTo, `${field}.validTo`),
    chargingSchedule: compact({
      duration: s.duration,
      startSchedule: s.startSchedule === undefined ? undefined : isoOf(ctx, s.startSchedule, `${sf}.startSchedule`),
      chargingRateUnit: s.chargingRateUnit,
      chargingSchedulePeriod: s.chargingSchedulePeriod.map((q, i) => {
        if (q.phaseToUse !== undefined) lose(ctx, 'profile-details-16', `${sf}.chargingSchedulePeriod[${i}].phaseToUse`, 'not sent');
        return compact({ startPeriod: q.startPeriod, limit: tenth(ctx, q.limit, `${sf}.chargingSchedulePeriod[${i}].limit`), numberPhases: q.numberPhases });
      }),
      minChargingRate: s.minChargingRate === undefined ? undefined : tenth(ctx, s.minChargingRate, `${sf}.minChargingRate`),
    }),
  });
}

/** A 2.1 schedule period in the neutral shape (rule profile-21): only what 2.0.1 has. */
export function periodOf21(ctx: Context, p: T21.ChargingSchedulePeriodType, field: string): ChargingSchedulePeriod {
  const extra = Object.keys(p).find((k) => !['startPeriod', 'limit', 'numberPhases', 'phaseToUse', 'customData'].includes(k));
  if (extra !== undefined) return refuse(ctx, 'profile-21', `${field}.${extra}`, 'a 2.1 period feature');
  if (p.limit === undefined) return refuse(ctx, 'profile-21', `${field}.limit`, 'a period without limit');
  return period({ ...p, limit: p.limit });
}
