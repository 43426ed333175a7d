/**
 * What a new profile does to the installed ones: which it replaces, or why
 * it is refused. Here 1.6 and 2.0.1 differ.
 *
 * - Both: a profile with the id of an installed one replaces it (1.6 5.16.3,
 *   K01.FR.05), except that the CSMS cannot replace a
 *   ChargingStationExternalConstraints profile (K01.FR.05).
 * - 1.6: a profile with the purpose and stack level of an installed one on
 *   the same connector replaces it (1.6 3.13.2, 5.16.3, 5.16.4; a
 *   connector's profile leaves connector 0's in place, 3.13.1).
 * - 2.0.1: another profile with the same stack level, purpose and EVSE and
 *   an overlapping validity period is refused as DuplicateProfile
 *   (K01.FR.06), and for a TxProfile one with the same stack level and
 *   transaction (K01.FR.39).
 */
import type { InstalledProfile, ChargingProfile } from './types.js';
import type { ProfileRejection, ProfileSource, SmartChargingVersion } from './validate.js';

/** The installed profiles a new one replaces, or the refusal. */
export type Conflict = { readonly replaces: readonly InstalledProfile[] } | { readonly rejection: ProfileRejection };

/** Whether [from, to) windows overlap; an absent bound is open. */
function overlaps(a: ChargingProfile, b: ChargingProfile): boolean {
  return (a.validFrom ?? -Infinity) < (b.validTo ?? Infinity) && (b.validFrom ?? -Infinity) < (a.validTo ?? Infinity);
}

/** Decides what installing `profile` on `evseId` does to `installed`. */
export function resolveConflicts(
  installed: readonly InstalledProfile[],
  evseId: number,
  profile: ChargingProfile,
  version: SmartChargingVersion,
  source: ProfileSource,
): Conflict {
  const replaces: InstalledProfile[] = [];
  for (const other of installed) {
    const old = other.profile;
    if (old.id === profile.id) {
      if (old.chargingProfilePurpose === 'ChargingStationExternalConstraints' && source !== 'External') {
        return { rejection: { reasonCode: 'DuplicateProfile', additionalInfo: `profile ${old.id} is an external constraint`, rule: 'K01.FR.05' } };
      }
      replaces.push(other);
      continue;
    }
    const samePlace = old.chargingProfilePurpose === profile.chargingProfilePurpose && old.stackLevel === profile.stackLevel;
    if (!samePlace) continue;
    if (version === '1.6' || source === 'External') {
      // An external limit's update replaces the last one (2.0.1 K11 remarks).
      if (other.evseId === evseId) replaces.push(other);
      continue;
    }
    if (profile.chargingProfilePurpose === 'TxProfile') {
      // A pending TxProfile (from a start request) has no transactionId yet: it counts by EVSE.
      const sameTransaction = old.transactionId === profile.transactionId && (profile.transactionId !== undefined || other.evseId === evseId);
      if (sameTransaction) return { rejection: duplicate(old, 'K01.FR.39') };
      continue;
    }
    if (other.evseId === evseId && overlaps(old, profile)) return { rejection: duplicate(old, 'K01.FR.06') };
  }
  return { replaces };
}

function duplicate(old: ChargingProfile, rule: string): ProfileRejection {
  return {
    reasonCode: 'DuplicateProfile',
    additionalInfo: `profile ${old.id} has this stack level and purpose${rule === 'K01.FR.39' ? ' for the transaction' : ' and an overlapping validity'}`,
    rule,
  };
}
