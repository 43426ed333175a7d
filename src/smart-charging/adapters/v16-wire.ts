/**
 * The OCPP 1.6 messages smart charging answers, as they travel (1.6 edition
 * 2, chapters 6 and 7, and its JSON schemas), with the spec's names and
 * spellings. Declared by hand until the generated 1.6 model exists; then
 * the adapter imports these names from it instead (one line).
 */

/** 1.6 ChargingProfilePurposeType. */
export type ChargingProfilePurposeType = 'ChargePointMaxProfile' | 'TxDefaultProfile' | 'TxProfile';

/** 1.6 ChargingSchedulePeriod. */
export interface ChargingSchedulePeriod {
  startPeriod: number;
  /** multipleOf 0.1 */
  limit: number;
  numberPhases?: number;
}

/** 1.6 ChargingSchedule. */
export interface ChargingSchedule {
  duration?: number;
  /** date-time */
  startSchedule?: string;
  chargingRateUnit: 'A' | 'W';
  chargingSchedulePeriod: ChargingSchedulePeriod[];
  /** multipleOf 0.1 */
  minChargingRate?: number;
}

/** 1.6 ChargingProfile (csChargingProfiles in SetChargingProfile.req). */
export interface ChargingProfile {
  chargingProfileId: number;
  transactionId?: number;
  stackLevel: number;
  chargingProfilePurpose: ChargingProfilePurposeType;
  chargingProfileKind: 'Absolute' | 'Recurring' | 'Relative';
  recurrencyKind?: 'Daily' | 'Weekly';
  /** date-time */
  validFrom?: string;
  /** date-time */
  validTo?: string;
  chargingSchedule: ChargingSchedule;
}

/** 1.6 SetChargingProfile.req. */
export interface SetChargingProfileRequest {
  connectorId: number;
  csChargingProfiles: ChargingProfile;
}

/** 1.6 SetChargingProfile.conf. */
export interface SetChargingProfileResponse {
  status: 'Accepted' | 'Rejected' | 'NotSupported';
}

/** 1.6 ClearChargingProfile.req. */
export interface ClearChargingProfileRequest {
  id?: number;
  connectorId?: number;
  chargingProfilePurpose?: ChargingProfilePurposeType;
  stackLevel?: number;
}

/** 1.6 ClearChargingProfile.conf. */
export interface ClearChargingProfileResponse {
  status: 'Accepted' | 'Unknown';
}

/** 1.6 GetCompositeSchedule.req. */
export interface GetCompositeScheduleRequest {
  connectorId: number;
  duration: number;
  chargingRateUnit?: 'A' | 'W';
}

/** 1.6 GetCompositeSchedule.conf. */
export interface GetCompositeScheduleResponse {
  status: 'Accepted' | 'Rejected';
  connectorId?: number;
  /** date-time */
  scheduleStart?: string;
  chargingSchedule?: ChargingSchedule;
}
