/**
 * What a CSMS asks of a station in the neutral model, and the results.
 * Charging profiles are the smart-charging library's shape (times in epoch
 * seconds, 2.0.1 names), so a profile read here can go straight into a
 * ChargingProfileStore and back.
 */
import type * as V21 from '../../v21/generated/enums.js';
import type { ChargingProfile, ChargingProfilePurpose, ChargingRateUnit, ChargingSchedulePeriod } from '../../smart-charging/types.js';
import type { EvseRef, IdToken, StatusInfo } from './common.js';

/** Accepted or Rejected, with the station's reason when it gives one. */
export interface CommandStatus<S extends string = 'Accepted' | 'Rejected'> {
  /** The station's answer. */
  readonly status: S;
  /** Why it answered so (2.x); absent when it gives no reason. */
  readonly statusInfo?: StatusInfo;
}

/** Start a transaction for a token. */
export interface RemoteStart {
  /** The token the transaction is started for (1.6 idTag). */
  readonly idToken: IdToken;
  /** The EVSE to start on (1.6: the connector); absent: the station chooses. */
  readonly evseId?: number;
  /**
   * The CSMS's id for this request; the transaction that follows carries it.
   * 2.x requires one. 1.6 has none on the wire: the tracker keeps it and
   * matches it to the StartTransaction (absent only in a 1.6 request read).
   */
  readonly remoteStartId?: number;
  /** The group of the token (2.x). */
  readonly groupIdToken?: IdToken;
  /** A TxProfile for the transaction. */
  readonly chargingProfile?: ChargingProfile;
}

/** The station's answer to a remote start. */
export interface RemoteStartResult extends CommandStatus {
  /** 2.x: the id of a transaction already running on that EVSE (started before authorization). */
  readonly transactionId?: string;
}

/** Stop a transaction. */
export interface RemoteStop {
  /** The transaction's id (1.6: the decimal form of its integer id). */
  readonly transactionId: string;
}

/**
 * How to reset: Immediate (stop transactions, then restart: 1.6 Soft),
 * OnIdle (once no transaction runs: 2.x only), ImmediateAndResume (2.1:
 * restart and resume the transactions), Hard (1.6: restart the hardware
 * without stopping transactions gracefully; 2.x sends it as Immediate).
 */
export type ResetKind = 'Immediate' | 'OnIdle' | 'ImmediateAndResume' | 'Hard';

/** Reset the station, or one EVSE (2.x). */
export interface Reset {
  /** How to reset (see ResetKind). */
  readonly type: ResetKind;
  /** Absent: the whole station. */
  readonly evseId?: number;
}

/** Unlock a connector (to free a stuck cable). */
export interface Unlock {
  /** The EVSE (1.6: the connector id). */
  readonly evseId: number;
  /** The connector on that EVSE (1.6: always 1). */
  readonly connectorId: number;
}

/** How unlocking went: 2.x's results, and 1.6's NotSupported. */
export type UnlockStatus = V21.UnlockStatusEnumType | 'NotSupported';

/** Make the station, an EVSE or a connector available or unavailable. */
export interface ChangeAvailability {
  /** Operative or Inoperative (1.6 availability type Operative or Inoperative). */
  readonly operationalStatus: 'Operative' | 'Inoperative';
  /** Absent: the whole station. */
  readonly evse?: EvseRef;
}

/**
 * A message the station is asked to send now: 2.x's list, plus 1.6's
 * DiagnosticsStatusNotification. SignChargingStationCertificate is 1.6's
 * SignChargePointCertificate.
 */
export type TriggerableMessage = V21.MessageTriggerEnumType | 'DiagnosticsStatusNotification';

/** Ask the station to send a message now. */
export interface Trigger {
  /** The message to send (see TriggerableMessage). */
  readonly requestedMessage: TriggerableMessage;
  /** The EVSE (and connector) it is about, if any. */
  readonly evse?: EvseRef;
  /** 2.1: the name of a custom trigger (requestedMessage CustomTrigger). */
  readonly customTrigger?: string;
}

/** Install a charging profile. */
export interface SetChargingProfile {
  /** 0: the station as a whole. */
  readonly evseId: number;
  /** The profile to install, in the smart-charging shape. */
  readonly chargingProfile: ChargingProfile;
}

/** Which profiles to clear; all fields absent: every profile. */
export interface ChargingProfileCriteria {
  /** Only profiles of this EVSE (0: the station-wide ones). */
  readonly evseId?: number;
  /** Only profiles of this purpose. */
  readonly chargingProfilePurpose?: ChargingProfilePurpose;
  /** Only profiles at this stack level. */
  readonly stackLevel?: number;
}

/** Clear charging profiles by id or by criteria. */
export interface ClearChargingProfile {
  /** The id of the one profile to clear. */
  readonly chargingProfileId?: number;
  /** Clear every profile that matches these instead. */
  readonly chargingProfileCriteria?: ChargingProfileCriteria;
}

/** Ask for the limits an EVSE (0: the station) will apply. */
export interface GetCompositeSchedule {
  /** The EVSE (0: the station as a whole). */
  readonly evseId: number;
  /** Seconds from now. */
  readonly duration: number;
  /** The unit wanted, A or W; absent: the station chooses. */
  readonly chargingRateUnit?: ChargingRateUnit;
}

/**
 * A composite schedule as a station reports it: the smart-charging
 * library's CompositeSchedule (start in epoch seconds), where 1.6 leaves
 * the start and duration optional.
 */
export interface CompositeScheduleReport {
  /** The EVSE it is for (0: the station). */
  readonly evseId: number;
  /** Epoch seconds. */
  readonly scheduleStart?: number;
  /** Seconds it covers from `scheduleStart`. */
  readonly duration?: number;
  /** The unit of every limit, A or W. */
  readonly chargingRateUnit: ChargingRateUnit;
  /** The limits in order of their start (seconds from `scheduleStart`). */
  readonly chargingSchedulePeriod: readonly ChargingSchedulePeriod[];
  /** 1.6 only. */
  readonly minChargingRate?: number;
}

/** The station's answer with its composite schedule. */
export interface GetCompositeScheduleResult extends CommandStatus {
  /** The schedule, on Accepted. */
  readonly schedule?: CompositeScheduleReport;
}
