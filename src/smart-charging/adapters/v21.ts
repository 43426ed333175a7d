/**
 * OCPP 2.1 profiles. 2.1 keeps 2.0.1's ChargingProfileType and adds to it
 * (from its JSON schemas): purposes PriorityCharging and LocalGeneration,
 * kind Dynamic, an optional `limit`, per-phase limits (limit_L2/_L3),
 * discharging and setpoints for V2X, operation modes, schedules in local
 * time or with a randomized delay, limits by state of charge, price
 * schedules, and validity while offline. The composite schedule here
 * computes limits as 1.6 and 2.0.1 define them, so a 2.1 profile that uses
 * none of those additions is taken as its 2.0.1 equivalent, and one that
 * uses a feature that would change its limits is refused (UnsupportedParam)
 * rather than misread. What changes no limit (price schedules, signatures,
 * power tolerance, the timing of dynamic updates) is not read.
 */
import type { ChargingProfileType, ChargingSchedulePeriodType, ChargingScheduleType } from '../../v21/index.js';
import type { ChargingProfile } from '../types.js';
import type { ProfileRejection } from '../validate.js';
import { optionalEpochSeconds } from '../time.js';

/** A 2.1 ChargingSchedulePeriodType, as the generated 2.1 model declares it. */
export type ChargingSchedulePeriod21 = ChargingSchedulePeriodType;
/** A 2.1 ChargingScheduleType, as the generated 2.1 model declares it. */
export type ChargingSchedule21 = ChargingScheduleType;
/** A 2.1 ChargingProfileType, as the generated 2.1 model declares it. */
export type ChargingProfile21 = ChargingProfileType;

/** Period fields that would change a period's limits, which the composite here does not model. */
const periodFeatures = [
  'limit_L2',
  'limit_L3',
  'dischargeLimit',
  'dischargeLimit_L2',
  'dischargeLimit_L3',
  'setpoint',
  'setpoint_L2',
  'setpoint_L3',
  'setpointReactive',
  'setpointReactive_L2',
  'setpointReactive_L3',
  'v2xBaseline',
  'v2xFreqWattCurve',
  'v2xSignalWattCurve',
] as const;

function unsupported(what: string): { rejection: ProfileRejection } {
  return { rejection: { reasonCode: 'UnsupportedParam', additionalInfo: `${what} is not supported`, rule: 'OCPP 2.1' } };
}

/**
 * A 2.1 profile in the shape smart charging works on, or the refusal when
 * it uses a 2.1 feature that changes limits beyond 2.0.1's rules. Validity
 * while offline (maxOfflineDuration) and a preconditioning request do not
 * change the limits and are ignored.
 */
export function fromV21Profile(profile: ChargingProfile21): { profile: ChargingProfile } | { rejection: ProfileRejection } {
  const purpose = profile.chargingProfilePurpose;
  if (purpose === 'PriorityCharging' || purpose === 'LocalGeneration') return unsupported(`purpose ${purpose}`);
  const kind = profile.chargingProfileKind;
  if (kind === 'Dynamic') return unsupported('kind Dynamic');
  const chargingSchedule: ChargingProfile['chargingSchedule'][number][] = [];
  for (const s of profile.chargingSchedule) {
    if (s.useLocalTime === true) return unsupported('useLocalTime');
    if (s.randomizedDelay !== undefined && s.randomizedDelay > 0) return unsupported('randomizedDelay');
    if (s.limitAtSoC !== undefined) return unsupported('limitAtSoC');
    const periods = [];
    for (const p of s.chargingSchedulePeriod) {
      const extra = periodFeatures.find((f) => p[f] !== undefined);
      if (extra !== undefined) return unsupported(extra);
      if (p.evseSleep === true) return unsupported('evseSleep');
      if (p.operationMode !== undefined && p.operationMode !== 'ChargingOnly') return unsupported(`operationMode ${p.operationMode}`);
      if (p.limit === undefined) return unsupported('a period without limit');
      periods.push({
        startPeriod: p.startPeriod,
        limit: p.limit,
        ...(p.numberPhases === undefined ? {} : { numberPhases: p.numberPhases }),
        ...(p.phaseToUse === undefined ? {} : { phaseToUse: p.phaseToUse }),
      });
    }
    chargingSchedule.push({
      id: s.id,
      startSchedule: optionalEpochSeconds(s.startSchedule),
      duration: s.duration,
      chargingRateUnit: s.chargingRateUnit,
      chargingSchedulePeriod: periods,
      minChargingRate: s.minChargingRate,
    });
  }
  return {
    profile: {
      id: profile.id,
      stackLevel: profile.stackLevel,
      chargingProfilePurpose: purpose,
      chargingProfileKind: kind,
      recurrencyKind: profile.recurrencyKind,
      validFrom: optionalEpochSeconds(profile.validFrom),
      validTo: optionalEpochSeconds(profile.validTo),
      transactionId: profile.transactionId,
      chargingSchedule,
    },
  };
}
