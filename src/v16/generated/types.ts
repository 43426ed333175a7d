// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
// Data types: 13.
import type { AuthorizationStatus, ChargingProfileKindType, ChargingProfilePurposeType, ChargingRateUnitType, HashAlgorithmEnumType, Location, Measurand, Phase, ReadingContext, RecurrencyKindType, StopTransactionUnitOfMeasure, UnitOfMeasure, ValueFormat } from './enums.js';

export interface AuthorizationData {
  /** @maxLength 20 */
  idTag: string;
  idTagInfo?: IdTagInfo;
}

export interface CertificateHashDataType {
  hashAlgorithm: HashAlgorithmEnumType;
  /** @maxLength 128 */
  issuerNameHash: string;
  /** @maxLength 128 */
  issuerKeyHash: string;
  /** @maxLength 40 */
  serialNumber: string;
}

export interface ChargingProfile {
  /** @integer */
  chargingProfileId: number;
  /** @integer */
  transactionId?: number;
  /** @integer */
  stackLevel: number;
  chargingProfilePurpose: ChargingProfilePurposeType;
  chargingProfileKind: ChargingProfileKindType;
  recurrencyKind?: RecurrencyKindType;
  /** @format date-time */
  validFrom?: string;
  /** @format date-time */
  validTo?: string;
  chargingSchedule: ChargingSchedule;
}

export interface ChargingSchedule {
  /** @integer */
  duration?: number;
  /** @format date-time */
  startSchedule?: string;
  chargingRateUnit: ChargingRateUnitType;
  chargingSchedulePeriod: ChargingSchedulePeriod[];
  /** @multipleOf 0.1 */
  minChargingRate?: number;
}

export interface ChargingSchedulePeriod {
  /** @integer */
  startPeriod: number;
  /** @multipleOf 0.1 */
  limit: number;
  /** @integer */
  numberPhases?: number;
}

export interface FirmwareType {
  /** @maxLength 512 */
  location: string;
  /** @format date-time */
  retrieveDateTime: string;
  /** @format date-time */
  installDateTime?: string;
  /** @maxLength 5500 */
  signingCertificate: string;
  /** @maxLength 800 */
  signature: string;
}

export interface IdTagInfo {
  /** @format date-time */
  expiryDate?: string;
  /** @maxLength 20 */
  parentIdTag?: string;
  status: AuthorizationStatus;
}

export interface KeyValue {
  /** @maxLength 50 */
  key: string;
  readonly: boolean;
  /** @maxLength 500 */
  value?: string;
}

export interface LogParametersType {
  /** @maxLength 512 */
  remoteLocation: string;
  /** @format date-time */
  oldestTimestamp?: string;
  /** @format date-time */
  latestTimestamp?: string;
}

export interface MeterValue {
  /** @format date-time */
  timestamp: string;
  /** @minItems 1 */
  sampledValue: SampledValue[];
}

export interface SampledValue {
  value: string;
  context?: ReadingContext;
  format?: ValueFormat;
  measurand?: Measurand;
  phase?: Phase;
  location?: Location;
  unit?: UnitOfMeasure;
}

export interface StopTransactionMeterValue {
  /** @format date-time */
  timestamp: string;
  sampledValue: StopTransactionSampledValue[];
}

export interface StopTransactionSampledValue {
  value: string;
  context?: ReadingContext;
  format?: ValueFormat;
  measurand?: Measurand;
  phase?: Phase;
  location?: Location;
  unit?: StopTransactionUnitOfMeasure;
}
