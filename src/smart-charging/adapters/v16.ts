/**
 * OCPP 1.6 on the wire: profiles to and from the shape smart charging works
 * on (ChargePointMaxProfile is ChargingStationMaxProfile there; a connector
 * is an EVSE, connector 0 the whole charge point; transaction ids become
 * strings), and the charge point's answers to SetChargingProfile,
 * ClearChargingProfile and GetCompositeSchedule.
 */
import type {
  ChargingProfile as ChargingProfile16,
  ChargingProfilePurposeType,
  ChargingSchedule as ChargingSchedule16,
  ClearChargingProfileRequest,
  ClearChargingProfileResponse,
  GetCompositeScheduleRequest,
  GetCompositeScheduleResponse,
  SetChargingProfileRequest,
  SetChargingProfileResponse,
} from '../../v16/index.js';
import type { CompositeSchedule } from '../composite.js';
import type { ChargingProfileStore } from '../store.js';
import { isoSeconds, optionalEpochSeconds } from '../time.js';
import type { ChargingProfile, ChargingProfilePurpose } from '../types.js';

export type {
  ChargingProfile16,
  ChargingSchedule16,
  ChargingProfilePurposeType as ChargingProfilePurpose16,
  ClearChargingProfileRequest as ClearChargingProfileRequest16,
  ClearChargingProfileResponse as ClearChargingProfileResponse16,
  GetCompositeScheduleRequest as GetCompositeScheduleRequest16,
  GetCompositeScheduleResponse as GetCompositeScheduleResponse16,
  SetChargingProfileRequest as SetChargingProfileRequest16,
  SetChargingProfileResponse as SetChargingProfileResponse16,
};

function purposeFrom16(purpose: ChargingProfilePurposeType): ChargingProfilePurpose {
  return purpose === 'ChargePointMaxProfile' ? 'ChargingStationMaxProfile' : purpose;
}

/** A 1.6 ChargingProfile in the shape smart charging works on. */
export function fromV16Profile(profile: ChargingProfile16): ChargingProfile {
  const s = profile.chargingSchedule;
  return {
    id: profile.chargingProfileId,
    stackLevel: profile.stackLevel,
    chargingProfilePurpose: purposeFrom16(profile.chargingProfilePurpose),
    chargingProfileKind: profile.chargingProfileKind,
    recurrencyKind: profile.recurrencyKind,
    validFrom: optionalEpochSeconds(profile.validFrom),
    validTo: optionalEpochSeconds(profile.validTo),
    transactionId: profile.transactionId === undefined ? undefined : String(profile.transactionId),
    chargingSchedule: [
      {
        startSchedule: optionalEpochSeconds(s.startSchedule),
        duration: s.duration,
        chargingRateUnit: s.chargingRateUnit,
        chargingSchedulePeriod: s.chargingSchedulePeriod,
        minChargingRate: s.minChargingRate,
      },
    ],
  };
}

/**
 * A composite schedule as 1.6's GetCompositeSchedule.conf fields (status
 * Accepted): the connector, the start, and the schedule relative to it.
 */
export function toV16CompositeSchedule(schedule: CompositeSchedule): GetCompositeScheduleResponse {
  return {
    status: 'Accepted',
    connectorId: schedule.evseId,
    scheduleStart: isoSeconds(schedule.scheduleStart),
    chargingSchedule: {
      duration: schedule.duration,
      chargingRateUnit: schedule.chargingRateUnit,
      chargingSchedulePeriod: schedule.chargingSchedulePeriod.map((p) => ({ startPeriod: p.startPeriod, limit: p.limit, numberPhases: p.numberPhases })),
    },
  };
}

/** A charge point's answer to SetChargingProfile.req (1.6 5.16): Accepted or Rejected (1.6 has no reason field). */
export function setChargingProfile16(store: ChargingProfileStore<ChargingProfile16>, request: SetChargingProfileRequest): SetChargingProfileResponse {
  const result = store.setProfile(request.connectorId, fromV16Profile(request.csChargingProfiles), { wire: request.csChargingProfiles });
  return { status: result.status };
}

/** A charge point's answer to ClearChargingProfile.req (1.6 5.5): Accepted when something was cleared, else Unknown. */
export function clearChargingProfile16(store: ChargingProfileStore<ChargingProfile16>, request: ClearChargingProfileRequest): ClearChargingProfileResponse {
  const removed = store.clearProfiles({
    id: request.id,
    evseId: request.connectorId,
    chargingProfilePurpose: request.chargingProfilePurpose === undefined ? undefined : purposeFrom16(request.chargingProfilePurpose),
    stackLevel: request.stackLevel,
  });
  return { status: removed.length > 0 ? 'Accepted' : 'Unknown' };
}

/**
 * A charge point's answer to GetCompositeSchedule.req (1.6 5.7), computed
 * at `now` (time X). Rejected for an unknown connector (5.7), a unit it does
 * not support or a negative duration.
 */
export function getCompositeSchedule16(
  store: ChargingProfileStore<ChargingProfile16>,
  request: GetCompositeScheduleRequest,
  now: Date,
): GetCompositeScheduleResponse {
  const { connectorId, duration, chargingRateUnit } = request;
  const known = connectorId === 0 || store.station.evses.some((e) => e.id === connectorId);
  const unitOk = chargingRateUnit === undefined || (store.limits.rateUnits ?? ['A', 'W']).includes(chargingRateUnit);
  if (!known || !unitOk || duration < 0) return { status: 'Rejected' };
  const schedule = store.compositeSchedule({ evseId: connectorId, start: now, duration, ...(chargingRateUnit === undefined ? {} : { chargingRateUnit }) });
  return toV16CompositeSchedule(schedule);
}
