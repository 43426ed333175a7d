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
 * rather than misread. Declared by hand until the generated 2.1 model
 * exists, as the subset read here.
 */
import type { ChargingProfile } from '../types.js';
import type { ProfileRejection } from '../validate.js';
import { optionalEpochSeconds } from '../time.js';

/** A 2.1 ChargingSchedulePeriodType: the fields read here, and those refused. */
export interface ChargingSchedulePeriod21 {
  startPeriod: number;
  limit?: number;
  limit_L2?: number;
  limit_L3?: number;
  numberPhases?: number;
  phaseToUse?: number;
  dischargeLimit?: number;
  dischargeLimit_L2?: number;
  dischargeLimit_L3?: number;
  setpoint?: number;
  setpoint_L2?: number;
  setpoint_L3?: number;
  setpointReactive?: number;
  setpointReactive_L2?: number;
  setpointReactive_L3?: number;
  preconditioningRequest?: boolean;
  evseSleep?: boolean;
  v2xBaseline?: number;
  operationMode?: 'Idle' | 'ChargingOnly' | 'CentralSetpoint' | 'ExternalSetpoint' | 'ExternalLimits' | 'CentralFrequency' | 'LocalFrequency' | 'LocalLoadBalancing';
  v2xFreqWattCurve?: unknown[];
  v2xSignalWattCurve?: unknown[];
}

/** A 2.1 ChargingScheduleType: the fields read here, and those refused. */
export interface ChargingSchedule21 {
  id: number;
  startSchedule?: string;
  duration?: number;
  chargingRateUnit: 'W' | 'A';
  chargingSchedulePeriod: ChargingSchedulePeriod21[];
  minChargingRate?: number;
  limitAtSoC?: { soc: number; limit: number };
  useLocalTime?: boolean;
  randomizedDelay?: number;
}

/** A 2.1 ChargingProfileType: the fields read here, and those refused. */
export interface ChargingProfile21 {
  id: number;
  stackLevel: number;
  chargingProfilePurpose: 'ChargingStationExternalConstraints' | 'ChargingStationMaxProfile' | 'TxDefaultProfile' | 'TxProfile' | 'PriorityCharging' | 'LocalGeneration';
  chargingProfileKind: 'Absolute' | 'Recurring' | 'Relative' | 'Dynamic';
  recurrencyKind?: 'Daily' | 'Weekly';
  validFrom?: string;
  validTo?: string;
  transactionId?: string;
  maxOfflineDuration?: number;
  invalidAfterOfflineDuration?: boolean;
  chargingSchedule: ChargingSchedule21[];
}

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
