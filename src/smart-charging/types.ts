/**
 * The one profile shape smart charging works on, whatever version a profile
 * came in. Field names are the spec's (2.0.1 spelling); what differs from
 * the wire: times are whole seconds since the Unix epoch (UTC), a
 * transactionId is a string (1.6 integers as their decimal form), and 1.6's
 * ChargePointMaxProfile is called ChargingStationMaxProfile. The adapters
 * (`fromV201Profile`, `fromV16Profile`, `fromV21Profile`) build it from the
 * wire; nothing here names a version.
 */

/** Unit of a limit: A (amperes per phase) or W (total watts). */
export type ChargingRateUnit = 'A' | 'W';

/**
 * What a profile is for. ChargingStationMaxProfile is 1.6's
 * ChargePointMaxProfile. ChargingStationExternalConstraints is a limit set
 * locally (an energy management system, the grid operator), never by the
 * CSMS's SetChargingProfile.
 */
export type ChargingProfilePurpose =
  | 'ChargingStationMaxProfile'
  | 'ChargingStationExternalConstraints'
  | 'TxDefaultProfile'
  | 'TxProfile';

/** Every purpose, as a list. */
export const chargingProfilePurposes: readonly ChargingProfilePurpose[] = [
  'ChargingStationMaxProfile',
  'ChargingStationExternalConstraints',
  'TxDefaultProfile',
  'TxProfile',
];

/** How a schedule is placed in time: at startSchedule, repeated from it, or from the transaction's start. */
export type ChargingProfileKind = 'Absolute' | 'Recurring' | 'Relative';

/** Period of a Recurring profile: a day (86,400 s) or a week (604,800 s). */
export type RecurrencyKind = 'Daily' | 'Weekly';

/** Who set a limit (2.0.1 ChargingLimitSourceEnumType): the CSMS is CSO. */
export type ChargingLimitSource = 'EMS' | 'Other' | 'SO' | 'CSO';

/** One step of a schedule: from `startPeriod` seconds after the schedule's start, at most `limit`. */
export interface ChargingSchedulePeriod {
  /** Seconds from the start of the schedule; the first period starts at 0. */
  readonly startPeriod: number;
  /** The limit, in the schedule's chargingRateUnit. */
  readonly limit: number;
  /** Phases that may be used (1-3). Absent: 3 is assumed (1.6 7.12, 2.0.1 K01.FR.49). */
  readonly numberPhases?: number;
  /** The phase to use when numberPhases is 1 (2.0.1 only). */
  readonly phaseToUse?: number;
}

/** A schedule: limits over time, from a start that depends on the profile's kind. */
export interface ChargingSchedule {
  /** The schedule's id (2.0.1 and later); absent in 1.6. */
  readonly id?: number;
  /** Absolute and Recurring: where the schedule (its first recurrence) starts, epoch seconds. */
  readonly startSchedule?: number;
  /** Seconds the schedule lasts; absent: the last period goes on. */
  readonly duration?: number;
  /** The unit of every period's limit. */
  readonly chargingRateUnit: ChargingRateUnit;
  /** At least one period, in increasing startPeriod order. */
  readonly chargingSchedulePeriod: readonly ChargingSchedulePeriod[];
  /** The EV's minimum useful rate (informative; the composite does not use it). */
  readonly minChargingRate?: number;
}

/** A charging profile in the shape smart charging works on. */
export interface ChargingProfile {
  /** 1.6 chargingProfileId, 2.0.1 id. */
  readonly id: number;
  /** Precedence within a purpose: higher wins. Lowest is 0. */
  readonly stackLevel: number;
  /** What the profile is for (see ChargingProfilePurpose). */
  readonly chargingProfilePurpose: ChargingProfilePurpose;
  /** How its schedule is placed in time. */
  readonly chargingProfileKind: ChargingProfileKind;
  /** Required for Recurring profiles; ignored by the others. */
  readonly recurrencyKind?: RecurrencyKind;
  /** Epoch seconds from which the profile applies; absent: from when it was received. */
  readonly validFrom?: number;
  /** Epoch seconds from which it no longer applies; absent: until replaced. */
  readonly validTo?: number;
  /** The transaction a TxProfile is for (1.6 integers as decimal strings). */
  readonly transactionId?: string;
  /**
   * One schedule (1.6) or one to three (2.0.1, for ISO 15118 the EV chooses
   * among them). The composite schedule uses the first.
   */
  readonly chargingSchedule: readonly ChargingSchedule[];
}

/** A profile as a station holds it: on which EVSE (0: the whole station), and who set it. */
export interface InstalledProfile<W = unknown> {
  /** 0: the station as a whole (1.6 connectorId 0); otherwise the EVSE (1.6 connector). */
  readonly evseId: number;
  /** The profile, in the shape smart charging works on. */
  readonly profile: ChargingProfile;
  /** CSO for profiles from the CSMS; EMS, SO or Other for external constraints. */
  readonly chargingLimitSource: ChargingLimitSource;
  /** The profile as it came on the wire, to report it back unchanged (GetChargingProfiles). */
  readonly wire?: W;
}

/** A transaction running on an EVSE: what a TxProfile belongs to and a Relative profile counts from. */
export interface ActiveTransaction {
  /** Absent while a 1.6 station waits for StartTransaction.conf to name it. */
  readonly transactionId?: string;
  /**
   * Epoch seconds where Relative schedules start: the start of the
   * transaction (1.6), or when the EVSE became ready to deliver energy
   * (2.0.1 errata 2023-06 on ChargingProfileKindEnumType Relative).
   */
  readonly start: number;
}

/** An EVSE (1.6: connector) as the composite schedule needs to know it. */
export interface EvseModel {
  /** 1 and up. */
  readonly id: number;
  /** The most it can deliver, in A per phase: the limit where no profile sets one. */
  readonly maxCurrent: number;
  /** Phases it is wired for (1-3); default: the station's. */
  readonly phases?: number;
}

/** What a station declares about its supply: what unit conversion and unlimited periods need. */
export interface StationModel {
  /** The EVSEs (ids above 0). */
  readonly evses: readonly EvseModel[];
  /**
   * The nominal line voltage (phase to neutral, "the set voltage for the
   * area, hence 230 or 110 volt", 1.6 7.12; K01.FR.50), not a measured one.
   */
  readonly voltage: number;
  /** Phases of the supply (1-3); default 3. */
  readonly phases?: number;
  /** The grid connection's rating in A per phase; default: the EVSEs' ratings added up. */
  readonly maxCurrent?: number;
}

/** A time as the public functions accept it: a Date, an RFC 3339 string, or epoch seconds. */
export type TimeInput = Date | string | number;
