/**
 * Whether a station may install a profile (1.6 3.13 and 5.16; 2.0.1 K01),
 * judged on the profile alone and where it goes: the EVSE, the running
 * transaction, the station's declared capabilities. Conflicts with profiles
 * already installed are the store's (see `conflicts.ts`).
 *
 * A refusal carries a 2.0.1 reason code (Part 2 Appendix 5) for
 * statusInfo.reasonCode, a short text for statusInfo.additionalInfo, and
 * the rule it applies (a requirement id, or a 1.6 section).
 */
import type { ActiveTransaction, ChargingProfile, ChargingRateUnit, ChargingSchedule } from './types.js';

/** The OCPP version whose rules apply; 1.6 and 2.0.1 differ in a few of them. */
export type SmartChargingVersion = '1.6' | '2.0.1' | '2.1';

/** Reason codes of a refusal (2.0.1 Part 2 Appendix 5). */
export type RejectionReasonCode =
  | 'DuplicateProfile'
  | 'InvalidProfile'
  | 'InvalidSchedule'
  | 'InvalidStackLevel'
  | 'InvalidValue'
  | 'MissingParam'
  | 'OutOfStorage'
  | 'TooManyElements'
  | 'TxNotFound'
  | 'UnknownEvse'
  | 'UnsupportedParam'
  | 'UnsupportedRateUnit';

/** Why a profile was refused. */
export interface ProfileRejection {
  /** The reason code (2.0.1 answers it in statusInfo.reasonCode; 1.6 has no reason field). */
  readonly reasonCode: RejectionReasonCode;
  /** One short sentence (well under 2.0.1's 512 characters of additionalInfo). */
  readonly additionalInfo: string;
  /** The requirement or section applied: `K01.FR.31`, `1.6 3.13.1`. */
  readonly rule: string;
}

/**
 * What the station declares it supports (1.6 configuration keys, 2.0.1
 * SmartChargingCtrlr variables). Absent: no limit.
 */
export interface ProfileLimits {
  /** Highest stackLevel accepted (1.6 ChargeProfileMaxStackLevel, 2.0.1 ProfileStackLevel). */
  readonly maxStackLevel?: number;
  /** Most periods in one schedule (1.6 ChargingScheduleMaxPeriods, 2.0.1 PeriodsPerSchedule). */
  readonly maxPeriods?: number;
  /** Units accepted (1.6 ChargingScheduleAllowedChargingRateUnit, 2.0.1 RateUnit); default both. */
  readonly rateUnits?: readonly ChargingRateUnit[];
  /** Most profiles installed at once (1.6 MaxChargingProfilesInstalled, 2.0.1 Entries maxLimit). */
  readonly maxProfiles?: number;
  /** Whether a period may choose its phase with phaseToUse (2.0.1 ACPhaseSwitchingSupported); default false. */
  readonly phaseSwitching?: boolean;
}

/** How a profile reached the station. */
export type ProfileSource =
  /** SetChargingProfile. */
  | 'SetChargingProfile'
  /** Inside RequestStartTransaction (2.0.1) or RemoteStartTransaction (1.6), for the transaction about to start. */
  | 'RequestStartTransaction'
  /** Set locally, as ChargingStationExternalConstraints (2.0.1 K11-K14). */
  | 'External';

/** Where a profile is to be installed. */
export interface ProfileContext {
  /** Whose rules apply. */
  readonly version: SmartChargingVersion;
  /** The EVSE it is for; 0: the station as a whole (1.6 connectorId 0). */
  readonly evseId: number;
  /** The EVSE ids the station has (above 0). */
  readonly evseIds: readonly number[];
  /** The transaction running on that EVSE, if any. */
  readonly transaction?: ActiveTransaction;
  /** How the profile reached the station. */
  readonly source: ProfileSource;
  /** What the station declares it supports; absent: no limit. */
  readonly limits?: ProfileLimits;
  /** Phases of the supply (1-3), the most a period may name; default 3. */
  readonly supplyPhases?: number;
}

function reject(reasonCode: RejectionReasonCode, additionalInfo: string, rule: string): ProfileRejection {
  return { reasonCode, additionalInfo, rule };
}

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isTime = (x: number | undefined): boolean => x === undefined || Number.isFinite(x);

/** The refusal for `profile` in `context`, or undefined when it may be installed. */
export function checkProfile(profile: ChargingProfile, context: ProfileContext): ProfileRejection | undefined {
  return checkShape(profile, context) ?? checkPlace(profile, context) ?? checkSchedules(profile, context);
}

function checkShape(profile: ChargingProfile, context: ProfileContext): ProfileRejection | undefined {
  const { limits } = context;
  if (!Number.isInteger(profile.id)) return reject('InvalidProfile', 'the profile id is not an integer', 'ChargingProfile.id');
  if (!isCount(profile.stackLevel)) return reject('InvalidStackLevel', 'stackLevel is below 0', '1.6 7.8');
  if (limits?.maxStackLevel !== undefined && profile.stackLevel > limits.maxStackLevel) {
    return reject('InvalidStackLevel', `stackLevel is above ${limits.maxStackLevel}`, 'ProfileStackLevel');
  }
  if (!isTime(profile.validFrom) || !isTime(profile.validTo)) return reject('InvalidProfile', 'validFrom or validTo is not a time', 'ChargingProfile');
  if (profile.validFrom !== undefined && profile.validTo !== undefined && profile.validFrom >= profile.validTo) {
    return reject('InvalidProfile', 'validTo is not after validFrom', 'ChargingProfile');
  }
  if (profile.chargingProfileKind === 'Recurring' && profile.recurrencyKind === undefined) {
    return reject('InvalidProfile', 'a Recurring profile needs a recurrencyKind', 'ChargingProfile.recurrencyKind');
  }
  if (profile.transactionId !== undefined && profile.chargingProfilePurpose !== 'TxProfile') {
    return reject('InvalidProfile', 'only a TxProfile has a transactionId', '1.6 7.8');
  }
  return undefined;
}

function checkPlace(profile: ChargingProfile, context: ProfileContext): ProfileRejection | undefined {
  const { evseId, version, transaction, source } = context;
  const v16 = version === '1.6';
  if (!isCount(evseId)) return reject('UnknownEvse', `EVSE ${evseId} is not an EVSE id`, 'K01.FR.28');
  if (evseId !== 0 && !context.evseIds.includes(evseId)) return reject('UnknownEvse', `there is no EVSE ${evseId}`, 'K01.FR.28');

  switch (profile.chargingProfilePurpose) {
    case 'ChargingStationExternalConstraints':
      if (source !== 'External') {
        return reject('InvalidValue', 'ChargingStationExternalConstraints is set locally, not by the CSMS', 'K01.FR.22');
      }
      return undefined;
    case 'ChargingStationMaxProfile':
      if (source === 'RequestStartTransaction') return reject('InvalidValue', 'a profile in a start request must be a TxProfile', v16 ? '1.6 5.16.2' : 'RequestStartTransactionRequest.chargingProfile');
      if (evseId !== 0) return reject('InvalidValue', 'a station maximum belongs on EVSE 0', v16 ? '1.6 3.13.1' : 'SetChargingProfileRequest.evseId');
      if (!v16 && profile.chargingProfileKind === 'Relative') {
        return reject('InvalidProfile', 'a ChargingStationMaxProfile cannot be Relative', 'K01.FR.38');
      }
      return undefined;
    case 'TxDefaultProfile':
      if (source === 'RequestStartTransaction') return reject('InvalidValue', 'a profile in a start request must be a TxProfile', v16 ? '1.6 5.16.2' : 'RequestStartTransactionRequest.chargingProfile');
      return undefined;
    case 'TxProfile':
      if (evseId === 0) return reject('InvalidValue', 'a TxProfile needs an EVSE above 0', v16 ? '1.6 3.13.1' : 'K01.FR.16');
      if (source === 'RequestStartTransaction') {
        if (profile.transactionId !== undefined) return reject('InvalidProfile', 'a TxProfile in a start request has no transactionId yet', '1.6 5.16.2');
        return undefined;
      }
      if (!v16 && profile.transactionId === undefined) return reject('MissingParam', 'a TxProfile needs a transactionId', 'K01.FR.03');
      if (transaction === undefined) return reject('TxNotFound', `no transaction on EVSE ${evseId}`, v16 ? '1.6 3.13.1' : 'K01.FR.09');
      if (profile.transactionId !== undefined && profile.transactionId !== transaction.transactionId) {
        return reject('TxNotFound', `transaction ${profile.transactionId} is not the one on EVSE ${evseId}`, v16 ? '1.6 5.16' : 'K01.FR.33');
      }
      return undefined;
  }
}

function checkSchedules(profile: ChargingProfile, context: ProfileContext): ProfileRejection | undefined {
  const schedules = profile.chargingSchedule;
  if (schedules.length === 0) return reject('InvalidSchedule', 'the profile has no schedule', 'ChargingProfile.chargingSchedule');
  if (schedules.length > (context.version === '1.6' ? 1 : 3)) {
    return reject('TooManyElements', 'too many schedules', 'ChargingProfile.chargingSchedule');
  }
  for (const schedule of schedules) {
    const found = checkSchedule(profile, schedule, context);
    if (found !== undefined) return found;
  }
  return undefined;
}

function checkSchedule(profile: ChargingProfile, schedule: ChargingSchedule, context: ProfileContext): ProfileRejection | undefined {
  const { limits, version } = context;
  const v16 = version === '1.6';
  const units = limits?.rateUnits ?? ['A', 'W'];
  if (!units.includes(schedule.chargingRateUnit)) {
    return reject('UnsupportedRateUnit', `chargingRateUnit ${schedule.chargingRateUnit} is not supported`, v16 ? 'ChargingScheduleAllowedChargingRateUnit' : 'K01.FR.26');
  }
  if (!isTime(schedule.startSchedule)) return reject('InvalidSchedule', 'startSchedule is not a time', 'ChargingSchedule');
  if (!v16) {
    if (profile.chargingProfileKind !== 'Relative' && schedule.startSchedule === undefined) {
      return reject('InvalidSchedule', `an ${profile.chargingProfileKind} schedule needs a startSchedule`, 'K01.FR.40');
    }
    if (profile.chargingProfileKind === 'Relative' && schedule.startSchedule !== undefined) {
      return reject('InvalidSchedule', 'a Relative schedule has no startSchedule', 'K01.FR.41');
    }
  }
  if (schedule.duration !== undefined && !isCount(schedule.duration)) return reject('InvalidSchedule', 'duration is below 0', 'ChargingSchedule.duration');
  if (schedule.minChargingRate !== undefined && !(schedule.minChargingRate >= 0)) {
    return reject('InvalidSchedule', 'minChargingRate is below 0', 'ChargingSchedule.minChargingRate');
  }
  const periods = schedule.chargingSchedulePeriod;
  if (periods.length === 0) return reject('InvalidSchedule', 'the schedule has no periods', 'ChargingSchedule.chargingSchedulePeriod');
  if (limits?.maxPeriods !== undefined && periods.length > limits.maxPeriods) {
    return reject('TooManyElements', `more than ${limits.maxPeriods} periods`, v16 ? 'ChargingScheduleMaxPeriods' : 'PeriodsPerSchedule');
  }
  if (periods[0]!.startPeriod !== 0) return reject('InvalidSchedule', 'the first period does not start at 0', v16 ? '1.6 7.13' : 'K01.FR.31');
  const supply = context.supplyPhases ?? 3;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    if (!isCount(p.startPeriod)) return reject('InvalidSchedule', `period ${i}: startPeriod is not a whole number of seconds`, 'ChargingSchedulePeriod.startPeriod');
    if (i > 0 && p.startPeriod <= periods[i - 1]!.startPeriod) {
      return reject('InvalidSchedule', `period ${i} does not start after period ${i - 1}`, v16 ? '1.6 7.14' : 'K01.FR.35');
    }
    if (!(Number.isFinite(p.limit) && p.limit >= 0)) return reject('InvalidSchedule', `period ${i}: the limit is below 0`, 'ChargingSchedulePeriod.limit');
    if (p.numberPhases !== undefined && !(Number.isInteger(p.numberPhases) && p.numberPhases >= 1 && p.numberPhases <= supply)) {
      return reject('InvalidSchedule', `period ${i}: numberPhases must be 1 to ${supply}`, 'K01.FR.45');
    }
    if (p.phaseToUse !== undefined) {
      if (p.numberPhases !== 1) return reject('InvalidSchedule', `period ${i}: phaseToUse needs numberPhases 1`, 'K01.FR.19');
      if (!(Number.isInteger(p.phaseToUse) && p.phaseToUse >= 1 && p.phaseToUse <= 3)) {
        return reject('InvalidSchedule', `period ${i}: phaseToUse must be 1, 2 or 3`, 'ChargingSchedulePeriod.phaseToUse');
      }
      if (limits?.phaseSwitching !== true) return reject('InvalidSchedule', `period ${i}: this station cannot choose the phase`, 'K01.FR.20');
    }
  }
  return undefined;
}
