/**
 * OCPP 2.0.1 on the wire: profiles to and from the shape smart charging
 * works on, and the station's answers to SetChargingProfile,
 * ClearChargingProfile, GetChargingProfiles (with its
 * ReportChargingProfiles) and GetCompositeSchedule.
 */
import type {
  ChargingProfileType,
  ChargingScheduleType,
  ClearChargingProfileRequest,
  ClearChargingProfileResponse,
  CompositeScheduleType,
  GetChargingProfilesRequest,
  GetChargingProfilesResponse,
  GetCompositeScheduleRequest,
  GetCompositeScheduleResponse,
  ReportChargingProfilesRequest,
  SetChargingProfileRequest,
  SetChargingProfileResponse,
} from '../../v201/index.js';
import type { CompositeSchedule } from '../composite.js';
import type { ChargingProfileStore } from '../store.js';
import { isoSeconds, optionalEpochSeconds } from '../time.js';
import type { ChargingProfile, ChargingSchedule } from '../types.js';
import type { ProfileRejection } from '../validate.js';

/** A 2.0.1 ChargingProfileType in the shape smart charging works on. */
export function fromV201Profile(profile: ChargingProfileType): ChargingProfile {
  return {
    id: profile.id,
    stackLevel: profile.stackLevel,
    chargingProfilePurpose: profile.chargingProfilePurpose,
    chargingProfileKind: profile.chargingProfileKind,
    recurrencyKind: profile.recurrencyKind,
    validFrom: optionalEpochSeconds(profile.validFrom),
    validTo: optionalEpochSeconds(profile.validTo),
    transactionId: profile.transactionId,
    chargingSchedule: profile.chargingSchedule.map(fromV201Schedule),
  };
}

function fromV201Schedule(schedule: ChargingScheduleType): ChargingSchedule {
  return {
    id: schedule.id,
    startSchedule: optionalEpochSeconds(schedule.startSchedule),
    duration: schedule.duration,
    chargingRateUnit: schedule.chargingRateUnit,
    chargingSchedulePeriod: schedule.chargingSchedulePeriod,
    minChargingRate: schedule.minChargingRate,
  };
}

/** A profile back in 2.0.1 form (schedules without an id get their position). */
export function toV201Profile(profile: ChargingProfile): ChargingProfileType {
  return strip({
    id: profile.id,
    stackLevel: profile.stackLevel,
    chargingProfilePurpose: profile.chargingProfilePurpose,
    chargingProfileKind: profile.chargingProfileKind,
    recurrencyKind: profile.recurrencyKind,
    validFrom: profile.validFrom === undefined ? undefined : isoSeconds(profile.validFrom),
    validTo: profile.validTo === undefined ? undefined : isoSeconds(profile.validTo),
    transactionId: profile.transactionId,
    chargingSchedule: profile.chargingSchedule.map((s, i) =>
      strip({
        id: s.id ?? i,
        startSchedule: s.startSchedule === undefined ? undefined : isoSeconds(s.startSchedule),
        duration: s.duration,
        chargingRateUnit: s.chargingRateUnit,
        chargingSchedulePeriod: s.chargingSchedulePeriod.map((p) => strip({ ...p })),
        minChargingRate: s.minChargingRate,
      }),
    ),
  });
}

/** Drops undefined fields: the wire has absent ones. */
function strip<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** A composite schedule as 2.0.1's CompositeScheduleType. */
export function toV201CompositeSchedule(schedule: CompositeSchedule): CompositeScheduleType {
  return {
    evseId: schedule.evseId,
    duration: schedule.duration,
    scheduleStart: isoSeconds(schedule.scheduleStart),
    chargingRateUnit: schedule.chargingRateUnit,
    chargingSchedulePeriod: schedule.chargingSchedulePeriod.map((p) => ({ startPeriod: p.startPeriod, limit: p.limit, numberPhases: p.numberPhases })),
  };
}

function rejected(rejection: ProfileRejection): SetChargingProfileResponse {
  return { status: 'Rejected', statusInfo: { reasonCode: rejection.reasonCode, additionalInfo: `${rejection.additionalInfo} (${rejection.rule})` } };
}

/** A station's answer to SetChargingProfile (K01): installs the profile or says why not. */
export function setChargingProfile201(store: ChargingProfileStore<ChargingProfileType>, request: SetChargingProfileRequest): SetChargingProfileResponse {
  const result = store.setProfile(request.evseId, fromV201Profile(request.chargingProfile), { wire: request.chargingProfile });
  return result.status === 'Accepted' ? { status: 'Accepted' } : rejected(result.rejection);
}

/** A station's answer to ClearChargingProfile (K10): Accepted when something was cleared, else Unknown. */
export function clearChargingProfile201(store: ChargingProfileStore<ChargingProfileType>, request: ClearChargingProfileRequest): ClearChargingProfileResponse {
  const c = request.chargingProfileCriteria;
  const removed = store.clearProfiles({
    id: request.chargingProfileId,
    evseId: c?.evseId,
    chargingProfilePurpose: c?.chargingProfilePurpose,
    stackLevel: c?.stackLevel,
  });
  return { status: removed.length > 0 ? 'Accepted' : 'Unknown' };
}

/**
 * A station's answer to GetChargingProfiles (K09), and the
 * ReportChargingProfiles requests it then sends: one per EVSE and source,
 * all but the last with tbc. NoProfiles and no reports when nothing matches.
 */
export function getChargingProfiles201(
  store: ChargingProfileStore<ChargingProfileType>,
  request: GetChargingProfilesRequest,
): { response: GetChargingProfilesResponse; reports: ReportChargingProfilesRequest[] } {
  const c = request.chargingProfile;
  const found = store.profiles({
    evseId: request.evseId,
    chargingProfileId: c.chargingProfileId,
    chargingProfilePurpose: c.chargingProfilePurpose,
    stackLevel: c.stackLevel,
    chargingLimitSource: c.chargingLimitSource,
  });
  if (found.length === 0) return { response: { status: 'NoProfiles' }, reports: [] };
  const groups = new Map<string, ReportChargingProfilesRequest>();
  for (const p of found) {
    const key = `${p.evseId}/${p.chargingLimitSource}`;
    let report = groups.get(key);
    if (report === undefined) {
      report = { requestId: request.requestId, chargingLimitSource: p.chargingLimitSource, evseId: p.evseId, chargingProfile: [] };
      groups.set(key, report);
    }
    report.chargingProfile.push(p.wire ?? toV201Profile(p.profile));
  }
  const reports = [...groups.values()];
  reports.forEach((r, i) => {
    if (i < reports.length - 1) r.tbc = true;
  });
  return { response: { status: 'Accepted' }, reports };
}

/**
 * A station's answer to GetCompositeSchedule (K08), computed at `now`.
 * Rejected for an EVSE it does not have (K08.FR.05), a unit it does not
 * support (K08.FR.07) or a negative duration.
 */
export function getCompositeSchedule201(
  store: ChargingProfileStore<ChargingProfileType>,
  request: GetCompositeScheduleRequest,
  now: Date,
): GetCompositeScheduleResponse {
  const { evseId, duration, chargingRateUnit } = request;
  if (evseId !== 0 && !store.station.evses.some((e) => e.id === evseId)) {
    return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse', additionalInfo: `there is no EVSE ${evseId}` } };
  }
  if (chargingRateUnit !== undefined && !(store.limits.rateUnits ?? ['A', 'W']).includes(chargingRateUnit)) {
    return { status: 'Rejected', statusInfo: { reasonCode: 'UnsupportedRateUnit', additionalInfo: `chargingRateUnit ${chargingRateUnit} is not supported` } };
  }
  if (duration < 0) return { status: 'Rejected', statusInfo: { reasonCode: 'InvalidValue', additionalInfo: 'duration is below 0' } };
  const schedule = store.compositeSchedule({ evseId, start: now, duration, ...(chargingRateUnit === undefined ? {} : { chargingRateUnit }) });
  return { status: 'Accepted', schedule: toV201CompositeSchedule(schedule) };
}
