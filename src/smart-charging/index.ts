/**
 * ocpp-model/smart-charging: charging profiles as OCPP defines them, for
 * 1.6 and 2.0.1. Profile validation (1.6 3.13 and 5.16, 2.0.1 K01), a
 * profile store per station with clear and query (1.6 5.5, K09, K10), and
 * the composite schedule (1.6 5.7, K08) as a pure function of the profiles,
 * the station and the time.
 */
export type {
  ActiveTransaction,
  ChargingLimitSource,
  ChargingProfile,
  ChargingProfileKind,
  ChargingProfilePurpose,
  ChargingRateUnit,
  ChargingSchedule,
  ChargingSchedulePeriod,
  EvseModel,
  InstalledProfile,
  RecurrencyKind,
  StationModel,
  TimeInput,
} from './types.js';
export { chargingProfilePurposes } from './types.js';
export { epochSeconds, isoSeconds, recurrencySeconds } from './time.js';
export { DEFAULT_NUMBER_PHASES, fromAmpsPerPhase, roundLimit, toAmpsPerPhase } from './units.js';
export { profileIntervals, type LimitInterval } from './activation.js';
export {
  compositeSchedule,
  type CompositeSchedule,
  type CompositeScheduleInput,
  type CompositeSchedulePeriod,
  type ExternalLimit,
} from './composite.js';
export {
  checkProfile,
  type ProfileContext,
  type ProfileLimits,
  type ProfileRejection,
  type ProfileSource,
  type RejectionReasonCode,
  type SmartChargingVersion,
} from './validate.js';
export { resolveConflicts, type Conflict } from './conflicts.js';
export { clearMatches, queryMatches, type ClearCriteria, type ProfileQuery } from './criteria.js';
export {
  ChargingProfileStore,
  DEFAULT_MAX_COMPOSITE_DURATION,
  type ChargingProfileStoreOptions,
  type CompositeRequest,
  type SetProfileOptions,
  type SetProfileResult,
} from './store.js';
export {
  clearChargingProfile201,
  fromV201Profile,
  getChargingProfiles201,
  getCompositeSchedule201,
  setChargingProfile201,
  toV201CompositeSchedule,
  toV201Profile,
} from './adapters/v201.js';
export * from './adapters/v16.js';
export { fromV21Profile, type ChargingProfile21, type ChargingSchedule21, type ChargingSchedulePeriod21 } from './adapters/v21.js';
