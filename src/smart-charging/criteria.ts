/**
 * Which installed profiles a ClearChargingProfile (1.6 5.5, 2.0.1 K10) or a
 * GetChargingProfiles (2.0.1 K09) names.
 */
import type { ChargingLimitSource, ChargingProfilePurpose, InstalledProfile } from './types.js';

/**
 * ClearChargingProfile's selection: one profile by id, or those matching
 * every field given (1.6 6.13; 2.0.1 chargingProfileId or
 * chargingProfileCriteria). No field at all: every profile.
 */
export interface ClearCriteria {
  /** 1.6 id, 2.0.1 chargingProfileId: that profile, whatever the other fields say. */
  readonly id?: number;
  /** 0: the station's own profiles (1.6 connectorId 0). */
  readonly evseId?: number;
  /** Only profiles of this purpose. */
  readonly chargingProfilePurpose?: ChargingProfilePurpose;
  /** Only profiles at this stack level. */
  readonly stackLevel?: number;
}

/** GetChargingProfiles' selection (2.0.1 evseId and ChargingProfileCriterionType). */
export interface ProfileQuery {
  /** Absent: every EVSE; 0: the station's own profiles. */
  readonly evseId?: number;
  /** These ids; a given list makes purpose, stack level and source irrelevant (K09.FR.03). */
  readonly chargingProfileId?: readonly number[];
  /** Only profiles of this purpose. */
  readonly chargingProfilePurpose?: ChargingProfilePurpose;
  /** Only profiles at this stack level. */
  readonly stackLevel?: number;
  /** Any of these sources. */
  readonly chargingLimitSource?: readonly ChargingLimitSource[];
}

/**
 * Whether a clear request takes this profile. The CSMS never clears a
 * ChargingStationExternalConstraints profile: the station's own limits are
 * not the CSMS's to remove.
 */
export function clearMatches(criteria: ClearCriteria, installed: InstalledProfile): boolean {
  const { profile } = installed;
  if (profile.chargingProfilePurpose === 'ChargingStationExternalConstraints') return false;
  if (criteria.id !== undefined) return profile.id === criteria.id;
  return (
    (criteria.evseId === undefined || installed.evseId === criteria.evseId) &&
    (criteria.chargingProfilePurpose === undefined || profile.chargingProfilePurpose === criteria.chargingProfilePurpose) &&
    (criteria.stackLevel === undefined || profile.stackLevel === criteria.stackLevel)
  );
}

/** Whether a GetChargingProfiles request reports this profile. */
export function queryMatches(query: ProfileQuery, installed: InstalledProfile): boolean {
  const { profile } = installed;
  if (query.evseId !== undefined && installed.evseId !== query.evseId) return false;
  if (query.chargingProfileId !== undefined) return query.chargingProfileId.includes(profile.id);
  return (
    (query.chargingProfilePurpose === undefined || profile.chargingProfilePurpose === query.chargingProfilePurpose) &&
    (query.stackLevel === undefined || profile.stackLevel === query.stackLevel) &&
    (query.chargingLimitSource === undefined || query.chargingLimitSource.includes(installed.chargingLimitSource))
  );
}
