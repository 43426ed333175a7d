// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
// Data types: 13.
import type { AuthorizationStatus, ChargingProfileKindType, ChargingProfilePurposeType, ChargingRateUnitType, HashAlgorithmEnumType, Location, Measurand, Phase, ReadingContext, RecurrencyKindType, StopTransactionUnitOfMeasure, UnitOfMeasure, ValueFormat } from './enums.js';

/** The OCPP 1.6 data type AuthorizationData. */
export interface AuthorizationData {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  idTag: string;
  /** Optional: an IdTagInfo. */
  idTagInfo?: IdTagInfo;
}

/** The OCPP 1.6 data type CertificateHashDataType. */
export interface CertificateHashDataType {
  /** Required: a HashAlgorithmEnumType value. */
  hashAlgorithm: HashAlgorithmEnumType;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerNameHash: string;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerKeyHash: string;
  /** Required: a string of at most 40 characters. @maxLength 40 */
  serialNumber: string;
}

/** The OCPP 1.6 data type ChargingProfile. */
export interface ChargingProfile {
  /** Required: an integer. @integer */
  chargingProfileId: number;
  /** Optional: an integer. @integer */
  transactionId?: number;
  /** Required: an integer. @integer */
  stackLevel: number;
  /** Required: a ChargingProfilePurposeType value. */
  chargingProfilePurpose: ChargingProfilePurposeType;
  /** Required: a ChargingProfileKindType value. */
  chargingProfileKind: ChargingProfileKindType;
  /** Optional: a RecurrencyKindType value. */
  recurrencyKind?: RecurrencyKindType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  validFrom?: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  validTo?: string;
  /** Required: a ChargingSchedule. */
  chargingSchedule: ChargingSchedule;
}

/** The OCPP 1.6 data type ChargingSchedule. */
export interface ChargingSchedule {
  /** Optional: an integer. @integer */
  duration?: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startSchedule?: string;
  /** Required: a ChargingRateUnitType value. */
  chargingRateUnit: ChargingRateUnitType;
  /** Required: a list of any number of items, each a ChargingSchedulePeriod. */
  chargingSchedulePeriod: ChargingSchedulePeriod[];
  /** Optional: a number, a multiple of 0.1. @multipleOf 0.1 */
  minChargingRate?: number;
}

/** The OCPP 1.6 data type ChargingSchedulePeriod. */
export interface ChargingSchedulePeriod {
  /** Required: an integer. @integer */
  startPeriod: number;
  /** Required: a number, a multiple of 0.1. @multipleOf 0.1 */
  limit: number;
  /** Optional: an integer. @integer */
  numberPhases?: number;
}

/** The OCPP 1.6 data type FirmwareType. */
export interface FirmwareType {
  /** Required: a string of at most 512 characters. @maxLength 512 */
  location: string;
  /** Required: an RFC 3339 date-time. @format date-time */
  retrieveDateTime: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  installDateTime?: string;
  /** Required: a string of at most 5500 characters. @maxLength 5500 */
  signingCertificate: string;
  /** Required: a string of at most 800 characters. @maxLength 800 */
  signature: string;
}

/** The OCPP 1.6 data type IdTagInfo. */
export interface IdTagInfo {
  /** Optional: an RFC 3339 date-time. @format date-time */
  expiryDate?: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  parentIdTag?: string;
  /** Required: an AuthorizationStatus value. */
  status: AuthorizationStatus;
}

/** The OCPP 1.6 data type KeyValue. */
export interface KeyValue {
  /** Required: a string of at most 50 characters. @maxLength 50 */
  key: string;
  /** Required: true or false. */
  readonly: boolean;
  /** Optional: a string of at most 500 characters. @maxLength 500 */
  value?: string;
}

/** The OCPP 1.6 data type LogParametersType. */
export interface LogParametersType {
  /** Required: a string of at most 512 characters. @maxLength 512 */
  remoteLocation: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  oldestTimestamp?: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  latestTimestamp?: string;
}

/** The OCPP 1.6 data type MeterValue. */
export interface MeterValue {
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: a list of at least 1 items, each a SampledValue. @minItems 1 */
  sampledValue: SampledValue[];
}

/** The OCPP 1.6 data type SampledValue. */
export interface SampledValue {
  /** Required: a string. */
  value: string;
  /** Optional: a ReadingContext value. */
  context?: ReadingContext;
  /** Optional: a ValueFormat value. */
  format?: ValueFormat;
  /** Optional: a Measurand value. */
  measurand?: Measurand;
  /** Optional: a Phase value. */
  phase?: Phase;
  /** Optional: a Location value. */
  location?: Location;
  /** Optional: an UnitOfMeasure value. */
  unit?: UnitOfMeasure;
}

/** The OCPP 1.6 data type StopTransactionMeterValue. */
export interface StopTransactionMeterValue {
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: a list of any number of items, each a StopTransactionSampledValue. */
  sampledValue: StopTransactionSampledValue[];
}

/** The OCPP 1.6 data type StopTransactionSampledValue. */
export interface StopTransactionSampledValue {
  /** Required: a string. */
  value: string;
  /** Optional: a ReadingContext value. */
  context?: ReadingContext;
  /** Optional: a ValueFormat value. */
  format?: ValueFormat;
  /** Optional: a Measurand value. */
  measurand?: Measurand;
  /** Optional: a Phase value. */
  phase?: Phase;
  /** Optional: a Location value. */
  location?: Location;
  /** Optional: a StopTransactionUnitOfMeasure value. */
  unit?: StopTransactionUnitOfMeasure;
}
