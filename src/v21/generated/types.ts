// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Data types: 122.
import type { APNAuthenticationEnumType, AttributeEnumType, AuthorizationStatusEnumType, CertificateStatusEnumType, CertificateStatusSourceEnumType, ChargingProfileKindEnumType, ChargingProfilePurposeEnumType, ChargingRateUnitEnumType, ChargingStateEnumType, ClearMonitoringStatusEnumType, ControlModeEnumType, CostDimensionEnumType, CostKindEnumType, DERControlEnumType, DERUnitEnumType, DataEnumType, DayOfWeekEnumType, EnergyTransferModeEnumType, EventNotificationEnumType, EventTriggerEnumType, EvseKindEnumType, GetCertificateIdUseEnumType, GetVariableStatusEnumType, HashAlgorithmEnumType, IslandingDetectionEnumType, LocationEnumType, MeasurandEnumType, MessageFormatEnumType, MessagePriorityEnumType, MessageStateEnumType, MobilityNeedsModeEnumType, MonitorEnumType, MutabilityEnumType, OCPPInterfaceEnumType, OCPPTransportEnumType, OCPPVersionEnumType, OperationModeEnumType, PhaseEnumType, PowerDuringCessationEnumType, ReadingContextEnumType, ReasonEnumType, RecurrencyKindEnumType, SetMonitoringStatusEnumType, SetVariableStatusEnumType, TariffClearStatusEnumType, TariffCostEnumType, TariffKindEnumType, VPNEnumType } from './enums.js';

/** The OCPP 2.1 data type ACChargingParametersType. */
export interface ACChargingParametersType {
  /** Required: a number. */
  energyAmount: number;
  /** Required: a number. */
  evMinCurrent: number;
  /** Required: a number. */
  evMaxCurrent: number;
  /** Required: a number. */
  evMaxVoltage: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type APNType. */
export interface APNType {
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  apn: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  apnUserName?: string;
  /** Optional: a string of at most 64 characters. @maxLength 64 */
  apnPassword?: string;
  /** Optional: an integer. @integer */
  simPin?: number;
  /** Optional: a string of at most 6 characters. @maxLength 6 */
  preferredNetwork?: string;
  /** Optional: true or false. @default false */
  useOnlyPreferredNetwork?: boolean;
  /** Required: an APNAuthenticationEnumType value. */
  apnAuthentication: APNAuthenticationEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type AbsolutePriceScheduleType. */
export interface AbsolutePriceScheduleType {
  /** Required: an RFC 3339 date-time. @format date-time */
  timeAnchor: string;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priceScheduleID: number;
  /** Optional: a string of at most 160 characters. @maxLength 160 */
  priceScheduleDescription?: string;
  /** Required: a string of at most 3 characters. @maxLength 3 */
  currency: string;
  /** Required: a string of at most 8 characters. @maxLength 8 */
  language: string;
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  priceAlgorithm: string;
  /** Optional: a RationalNumberType. */
  minimumCost?: RationalNumberType;
  /** Optional: a RationalNumberType. */
  maximumCost?: RationalNumberType;
  /** Required: a list of 1 to 1024 items, each a PriceRuleStackType. @minItems 1 @maxItems 1024 */
  priceRuleStacks: PriceRuleStackType[];
  /** Optional: a list of 1 to 10 items, each a TaxRuleType. @minItems 1 @maxItems 10 */
  taxRules?: TaxRuleType[];
  /** Optional: an OverstayRuleListType. */
  overstayRuleList?: OverstayRuleListType;
  /** Optional: a list of 1 to 5 items, each an AdditionalSelectedServicesType. @minItems 1 @maxItems 5 */
  additionalSelectedServices?: AdditionalSelectedServicesType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type AdditionalInfoType. */
export interface AdditionalInfoType {
  /** Required: a string of at most 255 characters. @maxLength 255 */
  additionalIdToken: string;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  type: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type AdditionalSelectedServicesType. */
export interface AdditionalSelectedServicesType {
  /** Required: a RationalNumberType. */
  serviceFee: RationalNumberType;
  /** Required: a string of at most 80 characters. @maxLength 80 */
  serviceName: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type AddressType. */
export interface AddressType {
  /** Required: a string of at most 50 characters. @maxLength 50 */
  name: string;
  /** Required: a string of at most 100 characters. @maxLength 100 */
  address1: string;
  /** Optional: a string of at most 100 characters. @maxLength 100 */
  address2?: string;
  /** Required: a string of at most 100 characters. @maxLength 100 */
  city: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  postalCode?: string;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  country: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type AuthorizationData. */
export interface AuthorizationData {
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Optional: an IdTokenInfoType. */
  idTokenInfo?: IdTokenInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type BatteryDataType. */
export interface BatteryDataType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  serialNumber: string;
  /** Required: a number from 0 to 100. @minimum 0 @maximum 100 */
  soC: number;
  /** Required: a number from 0 to 100. @minimum 0 @maximum 100 */
  soH: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  productionDate?: string;
  /** Optional: a string of at most 500 characters. @maxLength 500 */
  vendorInfo?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CertificateHashDataChainType. */
export interface CertificateHashDataChainType {
  /** Required: a CertificateHashDataType. */
  certificateHashData: CertificateHashDataType;
  /** Required: a GetCertificateIdUseEnumType value. */
  certificateType: GetCertificateIdUseEnumType;
  /** Optional: a list of 1 to 4 items, each a CertificateHashDataType. @minItems 1 @maxItems 4 */
  childCertificateHashData?: CertificateHashDataType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CertificateHashDataType. */
export interface CertificateHashDataType {
  /** Required: a HashAlgorithmEnumType value. */
  hashAlgorithm: HashAlgorithmEnumType;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerNameHash: string;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerKeyHash: string;
  /** Required: a string of at most 40 characters. @maxLength 40 */
  serialNumber: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CertificateStatusRequestInfoType. */
export interface CertificateStatusRequestInfoType {
  /** Required: a CertificateHashDataType. */
  certificateHashData: CertificateHashDataType;
  /** Required: a CertificateStatusSourceEnumType value. */
  source: CertificateStatusSourceEnumType;
  /** Required: a list of 1 to 5 items, each a string of at most 2000 characters. @minItems 1 @maxItems 5 */
  urls: string[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CertificateStatusType. */
export interface CertificateStatusType {
  /** Required: a CertificateHashDataType. */
  certificateHashData: CertificateHashDataType;
  /** Required: a CertificateStatusSourceEnumType value. */
  source: CertificateStatusSourceEnumType;
  /** Required: a CertificateStatusEnumType value. */
  status: CertificateStatusEnumType;
  /** Required: an RFC 3339 date-time. @format date-time */
  nextUpdate: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingLimitType. */
export interface ChargingLimitType {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  chargingLimitSource: string;
  /** Optional: true or false. */
  isLocalGeneration?: boolean;
  /** Optional: true or false. */
  isGridCritical?: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingNeedsType. */
export interface ChargingNeedsType {
  /** Optional: an ACChargingParametersType. */
  acChargingParameters?: ACChargingParametersType;
  /** Optional: a DERChargingParametersType. */
  derChargingParameters?: DERChargingParametersType;
  /** Optional: an EVEnergyOfferType. */
  evEnergyOffer?: EVEnergyOfferType;
  /** Required: an EnergyTransferModeEnumType value. */
  requestedEnergyTransfer: EnergyTransferModeEnumType;
  /** Optional: a DCChargingParametersType. */
  dcChargingParameters?: DCChargingParametersType;
  /** Optional: a V2XChargingParametersType. */
  v2xChargingParameters?: V2XChargingParametersType;
  /** Optional: a list of at least 1 items, each an EnergyTransferModeEnumType value. @minItems 1 */
  availableEnergyTransfer?: EnergyTransferModeEnumType[];
  /** Optional: a ControlModeEnumType value. */
  controlMode?: ControlModeEnumType;
  /** Optional: a MobilityNeedsModeEnumType value. */
  mobilityNeedsMode?: MobilityNeedsModeEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  departureTime?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingPeriodType. */
export interface ChargingPeriodType {
  /** Optional: a list of at least 1 items, each a CostDimensionType. @minItems 1 */
  dimensions?: CostDimensionType[];
  /** Optional: a string of at most 60 characters. @maxLength 60 */
  tariffId?: string;
  /** Required: an RFC 3339 date-time. @format date-time */
  startPeriod: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingProfileCriterionType. */
export interface ChargingProfileCriterionType {
  /** Optional: a ChargingProfilePurposeEnumType value. */
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  stackLevel?: number;
  /** Optional: a list of at least 1 items, each an integer. @minItems 1 */
  chargingProfileId?: number[];
  /** Optional: a list of 1 to 4 items, each a string of at most 20 characters. @minItems 1 @maxItems 4 */
  chargingLimitSource?: string[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingProfileType. */
export interface ChargingProfileType {
  /** Required: an integer. @integer */
  id: number;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  stackLevel: number;
  /** Required: a ChargingProfilePurposeEnumType value. */
  chargingProfilePurpose: ChargingProfilePurposeEnumType;
  /** Required: a ChargingProfileKindEnumType value. */
  chargingProfileKind: ChargingProfileKindEnumType;
  /** Optional: a RecurrencyKindEnumType value. */
  recurrencyKind?: RecurrencyKindEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  validFrom?: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  validTo?: string;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
  /** Optional: an integer. @integer */
  maxOfflineDuration?: number;
  /** Required: a list of 1 to 3 items, each a ChargingScheduleType. @minItems 1 @maxItems 3 */
  chargingSchedule: ChargingScheduleType[];
  /** Optional: true or false. */
  invalidAfterOfflineDuration?: boolean;
  /** Optional: an integer. @integer */
  dynUpdateInterval?: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  dynUpdateTime?: string;
  /** Optional: a string of at most 256 characters. @maxLength 256 */
  priceScheduleSignature?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingSchedulePeriodType. */
export interface ChargingSchedulePeriodType {
  /** Required: an integer. @integer */
  startPeriod: number;
  /** Optional: a number. */
  limit?: number;
  /** Optional: a number. */
  limit_L2?: number;
  /** Optional: a number. */
  limit_L3?: number;
  /** Optional: an integer from 0 to 3. @integer @minimum 0 @maximum 3 */
  numberPhases?: number;
  /** Optional: an integer from 0 to 3. @integer @minimum 0 @maximum 3 */
  phaseToUse?: number;
  /** Optional: a number of at most 0. @maximum 0 */
  dischargeLimit?: number;
  /** Optional: a number of at most 0. @maximum 0 */
  dischargeLimit_L2?: number;
  /** Optional: a number of at most 0. @maximum 0 */
  dischargeLimit_L3?: number;
  /** Optional: a number. */
  setpoint?: number;
  /** Optional: a number. */
  setpoint_L2?: number;
  /** Optional: a number. */
  setpoint_L3?: number;
  /** Optional: a number. */
  setpointReactive?: number;
  /** Optional: a number. */
  setpointReactive_L2?: number;
  /** Optional: a number. */
  setpointReactive_L3?: number;
  /** Optional: true or false. */
  preconditioningRequest?: boolean;
  /** Optional: true or false. */
  evseSleep?: boolean;
  /** Optional: a number. */
  v2xBaseline?: number;
  /** Optional: an OperationModeEnumType value. */
  operationMode?: OperationModeEnumType;
  /** Optional: a list of 1 to 20 items, each a V2XFreqWattPointType. @minItems 1 @maxItems 20 */
  v2xFreqWattCurve?: V2XFreqWattPointType[];
  /** Optional: a list of 1 to 20 items, each a V2XSignalWattPointType. @minItems 1 @maxItems 20 */
  v2xSignalWattCurve?: V2XSignalWattPointType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingScheduleType. */
export interface ChargingScheduleType {
  /** Required: an integer. @integer */
  id: number;
  /** Optional: a LimitAtSoCType. */
  limitAtSoC?: LimitAtSoCType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startSchedule?: string;
  /** Optional: an integer. @integer */
  duration?: number;
  /** Required: a ChargingRateUnitEnumType value. */
  chargingRateUnit: ChargingRateUnitEnumType;
  /** Optional: a number. */
  minChargingRate?: number;
  /** Optional: a number. */
  powerTolerance?: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  signatureId?: number;
  /** Optional: a string of at most 88 characters. @maxLength 88 */
  digestValue?: string;
  /** Optional: true or false. */
  useLocalTime?: boolean;
  /** Required: a list of 1 to 1024 items, each a ChargingSchedulePeriodType. @minItems 1 @maxItems 1024 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  randomizedDelay?: number;
  /** Optional: a SalesTariffType. */
  salesTariff?: SalesTariffType;
  /** Optional: an AbsolutePriceScheduleType. */
  absolutePriceSchedule?: AbsolutePriceScheduleType;
  /** Optional: a PriceLevelScheduleType. */
  priceLevelSchedule?: PriceLevelScheduleType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingScheduleUpdateType. */
export interface ChargingScheduleUpdateType {
  /** Optional: a number. */
  limit?: number;
  /** Optional: a number. */
  limit_L2?: number;
  /** Optional: a number. */
  limit_L3?: number;
  /** Optional: a number of at most 0. @maximum 0 */
  dischargeLimit?: number;
  /** Optional: a number of at most 0. @maximum 0 */
  dischargeLimit_L2?: number;
  /** Optional: a number of at most 0. @maximum 0 */
  dischargeLimit_L3?: number;
  /** Optional: a number. */
  setpoint?: number;
  /** Optional: a number. */
  setpoint_L2?: number;
  /** Optional: a number. */
  setpoint_L3?: number;
  /** Optional: a number. */
  setpointReactive?: number;
  /** Optional: a number. */
  setpointReactive_L2?: number;
  /** Optional: a number. */
  setpointReactive_L3?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ChargingStationType. */
export interface ChargingStationType {
  /** Optional: a string of at most 25 characters. @maxLength 25 */
  serialNumber?: string;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  model: string;
  /** Optional: a ModemType. */
  modem?: ModemType;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  vendorName: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  firmwareVersion?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ClearChargingProfileType. */
export interface ClearChargingProfileType {
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Optional: a ChargingProfilePurposeEnumType value. */
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  stackLevel?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ClearMonitoringResultType. */
export interface ClearMonitoringResultType {
  /** Required: a ClearMonitoringStatusEnumType value. */
  status: ClearMonitoringStatusEnumType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ClearTariffsResultType. */
export interface ClearTariffsResultType {
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a string of at most 60 characters. @maxLength 60 */
  tariffId?: string;
  /** Required: a TariffClearStatusEnumType value. */
  status: TariffClearStatusEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ComponentType. */
export interface ComponentType {
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  name: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  instance?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ComponentVariableType. */
export interface ComponentVariableType {
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Optional: a VariableType. */
  variable?: VariableType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CompositeScheduleType. */
export interface CompositeScheduleType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: an integer. @integer */
  duration: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  scheduleStart: string;
  /** Required: a ChargingRateUnitEnumType value. */
  chargingRateUnit: ChargingRateUnitEnumType;
  /** Required: a list of at least 1 items, each a ChargingSchedulePeriodType. @minItems 1 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ConstantStreamDataType. */
export interface ConstantStreamDataType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Required: a PeriodicEventStreamParamsType. */
  params: PeriodicEventStreamParamsType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  variableMonitoringId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ConsumptionCostType. */
export interface ConsumptionCostType {
  /** Required: a number. */
  startValue: number;
  /** Required: a list of 1 to 3 items, each a CostType. @minItems 1 @maxItems 3 */
  cost: CostType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CostDetailsType. */
export interface CostDetailsType {
  /** Optional: a list of at least 1 items, each a ChargingPeriodType. @minItems 1 */
  chargingPeriods?: ChargingPeriodType[];
  /** Required: a TotalCostType. */
  totalCost: TotalCostType;
  /** Required: a TotalUsageType. */
  totalUsage: TotalUsageType;
  /** Optional: true or false. */
  failureToCalculate?: boolean;
  /** Optional: a string of at most 500 characters. @maxLength 500 */
  failureReason?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CostDimensionType. */
export interface CostDimensionType {
  /** Required: a CostDimensionEnumType value. */
  type: CostDimensionEnumType;
  /** Required: a number. */
  volume: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CostType. */
export interface CostType {
  /** Required: a CostKindEnumType value. */
  costKind: CostKindEnumType;
  /** Required: an integer. @integer */
  amount: number;
  /** Optional: an integer. @integer */
  amountMultiplier?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type CustomDataType. */
export interface CustomDataType {
  /** Required: a string of at most 255 characters. @maxLength 255 */
  vendorId: string;
  /** Open: any further property is allowed. */
  [extension: string]: unknown;
}

/** The OCPP 2.1 data type DCChargingParametersType. */
export interface DCChargingParametersType {
  /** Required: a number. */
  evMaxCurrent: number;
  /** Required: a number. */
  evMaxVoltage: number;
  /** Optional: a number. */
  evMaxPower?: number;
  /** Optional: a number. */
  evEnergyCapacity?: number;
  /** Optional: a number. */
  energyAmount?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  stateOfCharge?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  fullSoC?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  bulkSoC?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type DERChargingParametersType. */
export interface DERChargingParametersType {
  /** Optional: a list of at least 1 items, each a DERControlEnumType value. @minItems 1 */
  evSupportedDERControl?: DERControlEnumType[];
  /** Optional: a number. */
  evOverExcitedMaxDischargePower?: number;
  /** Optional: a number. */
  evOverExcitedPowerFactor?: number;
  /** Optional: a number. */
  evUnderExcitedMaxDischargePower?: number;
  /** Optional: a number. */
  evUnderExcitedPowerFactor?: number;
  /** Optional: a number. */
  maxApparentPower?: number;
  /** Optional: a number. */
  maxChargeApparentPower?: number;
  /** Optional: a number. */
  maxChargeApparentPower_L2?: number;
  /** Optional: a number. */
  maxChargeApparentPower_L3?: number;
  /** Optional: a number. */
  maxDischargeApparentPower?: number;
  /** Optional: a number. */
  maxDischargeApparentPower_L2?: number;
  /** Optional: a number. */
  maxDischargeApparentPower_L3?: number;
  /** Optional: a number. */
  maxChargeReactivePower?: number;
  /** Optional: a number. */
  maxChargeReactivePower_L2?: number;
  /** Optional: a number. */
  maxChargeReactivePower_L3?: number;
  /** Optional: a number. */
  minChargeReactivePower?: number;
  /** Optional: a number. */
  minChargeReactivePower_L2?: number;
  /** Optional: a number. */
  minChargeReactivePower_L3?: number;
  /** Optional: a number. */
  maxDischargeReactivePower?: number;
  /** Optional: a number. */
  maxDischargeReactivePower_L2?: number;
  /** Optional: a number. */
  maxDischargeReactivePower_L3?: number;
  /** Optional: a number. */
  minDischargeReactivePower?: number;
  /** Optional: a number. */
  minDischargeReactivePower_L2?: number;
  /** Optional: a number. */
  minDischargeReactivePower_L3?: number;
  /** Optional: a number. */
  nominalVoltage?: number;
  /** Optional: a number. */
  nominalVoltageOffset?: number;
  /** Optional: a number. */
  maxNominalVoltage?: number;
  /** Optional: a number. */
  minNominalVoltage?: number;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  evInverterManufacturer?: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  evInverterModel?: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  evInverterSerialNumber?: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  evInverterSwVersion?: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  evInverterHwVersion?: string;
  /** Optional: a list of at least 1 items, each an IslandingDetectionEnumType value. @minItems 1 */
  evIslandingDetectionMethod?: IslandingDetectionEnumType[];
  /** Optional: a number. */
  evIslandingTripTime?: number;
  /** Optional: a number. */
  evMaximumLevel1DCInjection?: number;
  /** Optional: a number. */
  evDurationLevel1DCInjection?: number;
  /** Optional: a number. */
  evMaximumLevel2DCInjection?: number;
  /** Optional: a number. */
  evDurationLevel2DCInjection?: number;
  /** Optional: a number. */
  evReactiveSusceptance?: number;
  /** Optional: a number. */
  evSessionTotalDischargeEnergyAvailable?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type DERCurveGetType. */
export interface DERCurveGetType {
  /** Required: a DERCurveType. */
  curve: DERCurveType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  id: string;
  /** Required: a DERControlEnumType value. */
  curveType: DERControlEnumType;
  /** Required: true or false. */
  isDefault: boolean;
  /** Required: true or false. */
  isSuperseded: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type DERCurvePointsType. */
export interface DERCurvePointsType {
  /** Required: a number. */
  x: number;
  /** Required: a number. */
  y: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type DERCurveType. */
export interface DERCurveType {
  /** Required: a list of 1 to 10 items, each a DERCurvePointsType. @minItems 1 @maxItems 10 */
  curveData: DERCurvePointsType[];
  /** Optional: a HysteresisType. */
  hysteresis?: HysteresisType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priority: number;
  /** Optional: a ReactivePowerParamsType. */
  reactivePowerParams?: ReactivePowerParamsType;
  /** Optional: a VoltageParamsType. */
  voltageParams?: VoltageParamsType;
  /** Required: a DERUnitEnumType value. */
  yUnit: DERUnitEnumType;
  /** Optional: a number. */
  responseTime?: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startTime?: string;
  /** Optional: a number. */
  duration?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EVAbsolutePriceScheduleEntryType. */
export interface EVAbsolutePriceScheduleEntryType {
  /** Required: an integer. @integer */
  duration: number;
  /** Required: a list of 1 to 8 items, each an EVPriceRuleType. @minItems 1 @maxItems 8 */
  evPriceRule: EVPriceRuleType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EVAbsolutePriceScheduleType. */
export interface EVAbsolutePriceScheduleType {
  /** Required: an RFC 3339 date-time. @format date-time */
  timeAnchor: string;
  /** Required: a string of at most 3 characters. @maxLength 3 */
  currency: string;
  /** Required: a list of 1 to 1024 items, each an EVAbsolutePriceScheduleEntryType. @minItems 1 @maxItems 1024 */
  evAbsolutePriceScheduleEntries: EVAbsolutePriceScheduleEntryType[];
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  priceAlgorithm: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EVEnergyOfferType. */
export interface EVEnergyOfferType {
  /** Optional: an EVAbsolutePriceScheduleType. */
  evAbsolutePriceSchedule?: EVAbsolutePriceScheduleType;
  /** Required: an EVPowerScheduleType. */
  evPowerSchedule: EVPowerScheduleType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EVPowerScheduleEntryType. */
export interface EVPowerScheduleEntryType {
  /** Required: an integer. @integer */
  duration: number;
  /** Required: a number. */
  power: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EVPowerScheduleType. */
export interface EVPowerScheduleType {
  /** Required: a list of 1 to 1024 items, each an EVPowerScheduleEntryType. @minItems 1 @maxItems 1024 */
  evPowerScheduleEntries: EVPowerScheduleEntryType[];
  /** Required: an RFC 3339 date-time. @format date-time */
  timeAnchor: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EVPriceRuleType. */
export interface EVPriceRuleType {
  /** Required: a number. */
  energyFee: number;
  /** Required: a number. */
  powerRangeStart: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EVSEType. */
export interface EVSEType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  connectorId?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EnterServiceGetType. */
export interface EnterServiceGetType {
  /** Required: an EnterServiceType. */
  enterService: EnterServiceType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  id: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EnterServiceType. */
export interface EnterServiceType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priority: number;
  /** Required: a number. */
  highVoltage: number;
  /** Required: a number. */
  lowVoltage: number;
  /** Required: a number. */
  highFreq: number;
  /** Required: a number. */
  lowFreq: number;
  /** Optional: a number. */
  delay?: number;
  /** Optional: a number. */
  randomDelay?: number;
  /** Optional: a number. */
  rampRate?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type EventDataType. */
export interface EventDataType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  eventId: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: an EventTriggerEnumType value. */
  trigger: EventTriggerEnumType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  cause?: number;
  /** Required: a string of at most 2500 characters. @maxLength 2500 */
  actualValue: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  techCode?: string;
  /** Optional: a string of at most 500 characters. @maxLength 500 */
  techInfo?: string;
  /** Optional: true or false. */
  cleared?: boolean;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  variableMonitoringId?: number;
  /** Required: an EventNotificationEnumType value. */
  eventNotificationType: EventNotificationEnumType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  severity?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type FirmwareType. */
export interface FirmwareType {
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  location: string;
  /** Required: an RFC 3339 date-time. @format date-time */
  retrieveDateTime: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  installDateTime?: string;
  /** Optional: a string of at most 5500 characters. @maxLength 5500 */
  signingCertificate?: string;
  /** Optional: a string of at most 800 characters. @maxLength 800 */
  signature?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type FixedPFGetType. */
export interface FixedPFGetType {
  /** Required: a FixedPFType. */
  fixedPF: FixedPFType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  id: string;
  /** Required: true or false. */
  isDefault: boolean;
  /** Required: true or false. */
  isSuperseded: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type FixedPFType. */
export interface FixedPFType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priority: number;
  /** Required: a number. */
  displacement: number;
  /** Required: true or false. */
  excitation: boolean;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startTime?: string;
  /** Optional: a number. */
  duration?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type FixedVarGetType. */
export interface FixedVarGetType {
  /** Required: a FixedVarType. */
  fixedVar: FixedVarType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  id: string;
  /** Required: true or false. */
  isDefault: boolean;
  /** Required: true or false. */
  isSuperseded: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type FixedVarType. */
export interface FixedVarType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priority: number;
  /** Required: a number. */
  setpoint: number;
  /** Required: a DERUnitEnumType value. */
  unit: DERUnitEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startTime?: string;
  /** Optional: a number. */
  duration?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type FreqDroopGetType. */
export interface FreqDroopGetType {
  /** Required: a FreqDroopType. */
  freqDroop: FreqDroopType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  id: string;
  /** Required: true or false. */
  isDefault: boolean;
  /** Required: true or false. */
  isSuperseded: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type FreqDroopType. */
export interface FreqDroopType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priority: number;
  /** Required: a number. */
  overFreq: number;
  /** Required: a number. */
  underFreq: number;
  /** Required: a number. */
  overDroop: number;
  /** Required: a number. */
  underDroop: number;
  /** Required: a number. */
  responseTime: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startTime?: string;
  /** Optional: a number. */
  duration?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type GetVariableDataType. */
export interface GetVariableDataType {
  /** Optional: an AttributeEnumType value. @default "Actual" */
  attributeType?: AttributeEnumType;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type GetVariableResultType. */
export interface GetVariableResultType {
  /** Required: a GetVariableStatusEnumType value. */
  attributeStatus: GetVariableStatusEnumType;
  /** Optional: a StatusInfoType. */
  attributeStatusInfo?: StatusInfoType;
  /** Optional: an AttributeEnumType value. @default "Actual" */
  attributeType?: AttributeEnumType;
  /** Optional: a string of at most 2500 characters. @maxLength 2500 */
  attributeValue?: string;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type GradientGetType. */
export interface GradientGetType {
  /** Required: a GradientType. */
  gradient: GradientType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  id: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type GradientType. */
export interface GradientType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priority: number;
  /** Required: a number. */
  gradient: number;
  /** Required: a number. */
  softGradient: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type HysteresisType. */
export interface HysteresisType {
  /** Optional: a number. */
  hysteresisHigh?: number;
  /** Optional: a number. */
  hysteresisLow?: number;
  /** Optional: a number. */
  hysteresisDelay?: number;
  /** Optional: a number. */
  hysteresisGradient?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type IdTokenInfoType. */
export interface IdTokenInfoType {
  /** Required: an AuthorizationStatusEnumType value. */
  status: AuthorizationStatusEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  cacheExpiryDateTime?: string;
  /** Optional: an integer. @integer */
  chargingPriority?: number;
  /** Optional: an IdTokenType. */
  groupIdToken?: IdTokenType;
  /** Optional: a string of at most 8 characters. @maxLength 8 */
  language1?: string;
  /** Optional: a string of at most 8 characters. @maxLength 8 */
  language2?: string;
  /** Optional: a list of at least 1 items, each an integer of at least 0. @minItems 1 */
  evseId?: number[];
  /** Optional: a MessageContentType. */
  personalMessage?: MessageContentType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type IdTokenType. */
export interface IdTokenType {
  /** Optional: a list of at least 1 items, each an AdditionalInfoType. @minItems 1 */
  additionalInfo?: AdditionalInfoType[];
  /** Required: a string of at most 255 characters. @maxLength 255 */
  idToken: string;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  type: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type LimitAtSoCType. */
export interface LimitAtSoCType {
  /** Required: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  soc: number;
  /** Required: a number. */
  limit: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type LimitMaxDischargeGetType. */
export interface LimitMaxDischargeGetType {
  /** Required: a string of at most 36 characters. @maxLength 36 */
  id: string;
  /** Required: true or false. */
  isDefault: boolean;
  /** Required: true or false. */
  isSuperseded: boolean;
  /** Required: a LimitMaxDischargeType. */
  limitMaxDischarge: LimitMaxDischargeType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type LimitMaxDischargeType. */
export interface LimitMaxDischargeType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priority: number;
  /** Optional: a number. */
  pctMaxDischargePower?: number;
  /** Optional: a DERCurveType. */
  powerMonitoringMustTrip?: DERCurveType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startTime?: string;
  /** Optional: a number. */
  duration?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type LogParametersType. */
export interface LogParametersType {
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  remoteLocation: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  oldestTimestamp?: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  latestTimestamp?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type MessageContentType. */
export interface MessageContentType {
  /** Required: a MessageFormatEnumType value. */
  format: MessageFormatEnumType;
  /** Optional: a string of at most 8 characters. @maxLength 8 */
  language?: string;
  /** Required: a string of at most 1024 characters. @maxLength 1024 */
  content: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type MessageInfoType. */
export interface MessageInfoType {
  /** Optional: a ComponentType. */
  display?: ComponentType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Required: a MessagePriorityEnumType value. */
  priority: MessagePriorityEnumType;
  /** Optional: a MessageStateEnumType value. */
  state?: MessageStateEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startDateTime?: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  endDateTime?: string;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
  /** Required: a MessageContentType. */
  message: MessageContentType;
  /** Optional: a list of 1 to 4 items, each a MessageContentType. @minItems 1 @maxItems 4 */
  messageExtra?: MessageContentType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type MeterValueType. */
export interface MeterValueType {
  /** Required: a list of at least 1 items, each a SampledValueType. @minItems 1 */
  sampledValue: SampledValueType[];
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ModemType. */
export interface ModemType {
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  iccid?: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  imsi?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type MonitoringDataType. */
export interface MonitoringDataType {
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Required: a list of at least 1 items, each a VariableMonitoringType. @minItems 1 */
  variableMonitoring: VariableMonitoringType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type NetworkConnectionProfileType. */
export interface NetworkConnectionProfileType {
  /** Optional: an APNType. */
  apn?: APNType;
  /** Optional: an OCPPVersionEnumType value. */
  ocppVersion?: OCPPVersionEnumType;
  /** Required: an OCPPInterfaceEnumType value. */
  ocppInterface: OCPPInterfaceEnumType;
  /** Required: an OCPPTransportEnumType value. */
  ocppTransport: OCPPTransportEnumType;
  /** Required: an integer. @integer */
  messageTimeout: number;
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  ocppCsmsUrl: string;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  securityProfile: number;
  /** Optional: a string of at most 48 characters. @maxLength 48 */
  identity?: string;
  /** Optional: a string of at most 64 characters. @maxLength 64 */
  basicAuthPassword?: string;
  /** Optional: a VPNType. */
  vpn?: VPNType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type OCSPRequestDataType. */
export interface OCSPRequestDataType {
  /** Required: a HashAlgorithmEnumType value. */
  hashAlgorithm: HashAlgorithmEnumType;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerNameHash: string;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerKeyHash: string;
  /** Required: a string of at most 40 characters. @maxLength 40 */
  serialNumber: string;
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  responderURL: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type OverstayRuleListType. */
export interface OverstayRuleListType {
  /** Optional: a RationalNumberType. */
  overstayPowerThreshold?: RationalNumberType;
  /** Required: a list of 1 to 5 items, each an OverstayRuleType. @minItems 1 @maxItems 5 */
  overstayRule: OverstayRuleType[];
  /** Optional: an integer. @integer */
  overstayTimeThreshold?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type OverstayRuleType. */
export interface OverstayRuleType {
  /** Required: a RationalNumberType. */
  overstayFee: RationalNumberType;
  /** Optional: a string of at most 32 characters. @maxLength 32 */
  overstayRuleDescription?: string;
  /** Required: an integer. @integer */
  startTime: number;
  /** Required: an integer. @integer */
  overstayFeePeriod: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type PeriodicEventStreamParamsType. */
export interface PeriodicEventStreamParamsType {
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  interval?: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  values?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type PriceLevelScheduleEntryType. */
export interface PriceLevelScheduleEntryType {
  /** Required: an integer. @integer */
  duration: number;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priceLevel: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type PriceLevelScheduleType. */
export interface PriceLevelScheduleType {
  /** Required: a list of 1 to 100 items, each a PriceLevelScheduleEntryType. @minItems 1 @maxItems 100 */
  priceLevelScheduleEntries: PriceLevelScheduleEntryType[];
  /** Required: an RFC 3339 date-time. @format date-time */
  timeAnchor: string;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  priceScheduleId: number;
  /** Optional: a string of at most 32 characters. @maxLength 32 */
  priceScheduleDescription?: string;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  numberOfPriceLevels: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type PriceRuleStackType. */
export interface PriceRuleStackType {
  /** Required: an integer. @integer */
  duration: number;
  /** Required: a list of 1 to 8 items, each a PriceRuleType. @minItems 1 @maxItems 8 */
  priceRule: PriceRuleType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type PriceRuleType. */
export interface PriceRuleType {
  /** Optional: an integer. @integer */
  parkingFeePeriod?: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  carbonDioxideEmission?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  renewableGenerationPercentage?: number;
  /** Required: a RationalNumberType. */
  energyFee: RationalNumberType;
  /** Optional: a RationalNumberType. */
  parkingFee?: RationalNumberType;
  /** Required: a RationalNumberType. */
  powerRangeStart: RationalNumberType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type PriceType. */
export interface PriceType {
  /** Optional: a number. */
  exclTax?: number;
  /** Optional: a number. */
  inclTax?: number;
  /** Optional: a list of 1 to 5 items, each a TaxRateType. @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type RationalNumberType. */
export interface RationalNumberType {
  /** Required: an integer. @integer */
  exponent: number;
  /** Required: an integer. @integer */
  value: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ReactivePowerParamsType. */
export interface ReactivePowerParamsType {
  /** Optional: a number. */
  vRef?: number;
  /** Optional: true or false. */
  autonomousVRefEnable?: boolean;
  /** Optional: a number. */
  autonomousVRefTimeConstant?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type RelativeTimeIntervalType. */
export interface RelativeTimeIntervalType {
  /** Required: an integer. @integer */
  start: number;
  /** Optional: an integer. @integer */
  duration?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type ReportDataType. */
export interface ReportDataType {
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Required: a list of 1 to 4 items, each a VariableAttributeType. @minItems 1 @maxItems 4 */
  variableAttribute: VariableAttributeType[];
  /** Optional: a VariableCharacteristicsType. */
  variableCharacteristics?: VariableCharacteristicsType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SalesTariffEntryType. */
export interface SalesTariffEntryType {
  /** Required: a RelativeTimeIntervalType. */
  relativeTimeInterval: RelativeTimeIntervalType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  ePriceLevel?: number;
  /** Optional: a list of 1 to 3 items, each a ConsumptionCostType. @minItems 1 @maxItems 3 */
  consumptionCost?: ConsumptionCostType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SalesTariffType. */
export interface SalesTariffType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Optional: a string of at most 32 characters. @maxLength 32 */
  salesTariffDescription?: string;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  numEPriceLevels?: number;
  /** Required: a list of 1 to 1024 items, each a SalesTariffEntryType. @minItems 1 @maxItems 1024 */
  salesTariffEntry: SalesTariffEntryType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SampledValueType. */
export interface SampledValueType {
  /** Required: a number. */
  value: number;
  /** Optional: a MeasurandEnumType value. @default "Energy.Active.Import.Register" */
  measurand?: MeasurandEnumType;
  /** Optional: a ReadingContextEnumType value. @default "Sample.Periodic" */
  context?: ReadingContextEnumType;
  /** Optional: a PhaseEnumType value. */
  phase?: PhaseEnumType;
  /** Optional: a LocationEnumType value. @default "Outlet" */
  location?: LocationEnumType;
  /** Optional: a SignedMeterValueType. */
  signedMeterValue?: SignedMeterValueType;
  /** Optional: an UnitOfMeasureType. */
  unitOfMeasure?: UnitOfMeasureType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SetMonitoringDataType. */
export interface SetMonitoringDataType {
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  id?: number;
  /** Optional: a PeriodicEventStreamParamsType. */
  periodicEventStream?: PeriodicEventStreamParamsType;
  /** Optional: true or false. @default false */
  transaction?: boolean;
  /** Required: a number. */
  value: number;
  /** Required: a MonitorEnumType value. */
  type: MonitorEnumType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  severity: number;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SetMonitoringResultType. */
export interface SetMonitoringResultType {
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  id?: number;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Required: a SetMonitoringStatusEnumType value. */
  status: SetMonitoringStatusEnumType;
  /** Required: a MonitorEnumType value. */
  type: MonitorEnumType;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  severity: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SetVariableDataType. */
export interface SetVariableDataType {
  /** Optional: an AttributeEnumType value. @default "Actual" */
  attributeType?: AttributeEnumType;
  /** Required: a string of at most 2500 characters. @maxLength 2500 */
  attributeValue: string;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SetVariableResultType. */
export interface SetVariableResultType {
  /** Optional: an AttributeEnumType value. @default "Actual" */
  attributeType?: AttributeEnumType;
  /** Required: a SetVariableStatusEnumType value. */
  attributeStatus: SetVariableStatusEnumType;
  /** Optional: a StatusInfoType. */
  attributeStatusInfo?: StatusInfoType;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type SignedMeterValueType. */
export interface SignedMeterValueType {
  /** Required: a string of at most 32768 characters. @maxLength 32768 */
  signedMeterData: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  signingMethod?: string;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  encodingMethod: string;
  /** Optional: a string of at most 2500 characters. @maxLength 2500 */
  publicKey?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type StatusInfoType. */
export interface StatusInfoType {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  reasonCode: string;
  /** Optional: a string of at most 1024 characters. @maxLength 1024 */
  additionalInfo?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type StreamDataElementType. */
export interface StreamDataElementType {
  /** Required: a number. */
  t: number;
  /** Required: a string of at most 2500 characters. @maxLength 2500 */
  v: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffAssignmentType. */
export interface TariffAssignmentType {
  /** Required: a string of at most 60 characters. @maxLength 60 */
  tariffId: string;
  /** Required: a TariffKindEnumType value. */
  tariffKind: TariffKindEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  validFrom?: string;
  /** Optional: a list of at least 1 items, each an integer of at least 0. @minItems 1 */
  evseIds?: number[];
  /** Optional: a list of at least 1 items, each a string of at most 255 characters. @minItems 1 */
  idTokens?: string[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffConditionsFixedType. */
export interface TariffConditionsFixedType {
  /** Optional: a string. */
  startTimeOfDay?: string;
  /** Optional: a string. */
  endTimeOfDay?: string;
  /** Optional: a list of 1 to 7 items, each a DayOfWeekEnumType value. @minItems 1 @maxItems 7 */
  dayOfWeek?: DayOfWeekEnumType[];
  /** Optional: a string. */
  validFromDate?: string;
  /** Optional: a string. */
  validToDate?: string;
  /** Optional: an EvseKindEnumType value. */
  evseKind?: EvseKindEnumType;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  paymentBrand?: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  paymentRecognition?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffConditionsType. */
export interface TariffConditionsType {
  /** Optional: a string. */
  startTimeOfDay?: string;
  /** Optional: a string. */
  endTimeOfDay?: string;
  /** Optional: a list of 1 to 7 items, each a DayOfWeekEnumType value. @minItems 1 @maxItems 7 */
  dayOfWeek?: DayOfWeekEnumType[];
  /** Optional: a string. */
  validFromDate?: string;
  /** Optional: a string. */
  validToDate?: string;
  /** Optional: an EvseKindEnumType value. */
  evseKind?: EvseKindEnumType;
  /** Optional: a number. */
  minEnergy?: number;
  /** Optional: a number. */
  maxEnergy?: number;
  /** Optional: a number. */
  minCurrent?: number;
  /** Optional: a number. */
  maxCurrent?: number;
  /** Optional: a number. */
  minPower?: number;
  /** Optional: a number. */
  maxPower?: number;
  /** Optional: an integer. @integer */
  minTime?: number;
  /** Optional: an integer. @integer */
  maxTime?: number;
  /** Optional: an integer. @integer */
  minChargingTime?: number;
  /** Optional: an integer. @integer */
  maxChargingTime?: number;
  /** Optional: an integer. @integer */
  minIdleTime?: number;
  /** Optional: an integer. @integer */
  maxIdleTime?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffEnergyPriceType. */
export interface TariffEnergyPriceType {
  /** Required: a number. */
  priceKwh: number;
  /** Optional: a TariffConditionsType. */
  conditions?: TariffConditionsType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffEnergyType. */
export interface TariffEnergyType {
  /** Required: a list of at least 1 items, each a TariffEnergyPriceType. @minItems 1 */
  prices: TariffEnergyPriceType[];
  /** Optional: a list of 1 to 5 items, each a TaxRateType. @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffFixedPriceType. */
export interface TariffFixedPriceType {
  /** Optional: a TariffConditionsFixedType. */
  conditions?: TariffConditionsFixedType;
  /** Required: a number. */
  priceFixed: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffFixedType. */
export interface TariffFixedType {
  /** Required: a list of at least 1 items, each a TariffFixedPriceType. @minItems 1 */
  prices: TariffFixedPriceType[];
  /** Optional: a list of 1 to 5 items, each a TaxRateType. @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffTimePriceType. */
export interface TariffTimePriceType {
  /** Required: a number. */
  priceMinute: number;
  /** Optional: a TariffConditionsType. */
  conditions?: TariffConditionsType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffTimeType. */
export interface TariffTimeType {
  /** Required: a list of at least 1 items, each a TariffTimePriceType. @minItems 1 */
  prices: TariffTimePriceType[];
  /** Optional: a list of 1 to 5 items, each a TaxRateType. @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TariffType. */
export interface TariffType {
  /** Required: a string of at most 60 characters. @maxLength 60 */
  tariffId: string;
  /** Optional: a list of 1 to 10 items, each a MessageContentType. @minItems 1 @maxItems 10 */
  description?: MessageContentType[];
  /** Required: a string of at most 3 characters. @maxLength 3 */
  currency: string;
  /** Optional: a TariffEnergyType. */
  energy?: TariffEnergyType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  validFrom?: string;
  /** Optional: a TariffTimeType. */
  chargingTime?: TariffTimeType;
  /** Optional: a TariffTimeType. */
  idleTime?: TariffTimeType;
  /** Optional: a TariffFixedType. */
  fixedFee?: TariffFixedType;
  /** Optional: a TariffTimeType. */
  reservationTime?: TariffTimeType;
  /** Optional: a TariffFixedType. */
  reservationFixed?: TariffFixedType;
  /** Optional: a PriceType. */
  minCost?: PriceType;
  /** Optional: a PriceType. */
  maxCost?: PriceType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TaxRateType. */
export interface TaxRateType {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  type: string;
  /** Required: a number. */
  tax: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  stack?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TaxRuleType. */
export interface TaxRuleType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  taxRuleID: number;
  /** Optional: a string of at most 100 characters. @maxLength 100 */
  taxRuleName?: string;
  /** Optional: true or false. */
  taxIncludedInPrice?: boolean;
  /** Required: true or false. */
  appliesToEnergyFee: boolean;
  /** Required: true or false. */
  appliesToParkingFee: boolean;
  /** Required: true or false. */
  appliesToOverstayFee: boolean;
  /** Required: true or false. */
  appliesToMinimumMaximumCost: boolean;
  /** Required: a RationalNumberType. */
  taxRate: RationalNumberType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TotalCostType. */
export interface TotalCostType {
  /** Required: a string of at most 3 characters. @maxLength 3 */
  currency: string;
  /** Required: a TariffCostEnumType value. */
  typeOfCost: TariffCostEnumType;
  /** Optional: a PriceType. */
  fixed?: PriceType;
  /** Optional: a PriceType. */
  energy?: PriceType;
  /** Optional: a PriceType. */
  chargingTime?: PriceType;
  /** Optional: a PriceType. */
  idleTime?: PriceType;
  /** Optional: a PriceType. */
  reservationTime?: PriceType;
  /** Optional: a PriceType. */
  reservationFixed?: PriceType;
  /** Required: a TotalPriceType. */
  total: TotalPriceType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TotalPriceType. */
export interface TotalPriceType {
  /** Optional: a number. */
  exclTax?: number;
  /** Optional: a number. */
  inclTax?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TotalUsageType. */
export interface TotalUsageType {
  /** Required: a number. */
  energy: number;
  /** Required: an integer. @integer */
  chargingTime: number;
  /** Required: an integer. @integer */
  idleTime: number;
  /** Optional: an integer. @integer */
  reservationTime?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TransactionLimitType. */
export interface TransactionLimitType {
  /** Optional: a number. */
  maxCost?: number;
  /** Optional: a number. */
  maxEnergy?: number;
  /** Optional: an integer. @integer */
  maxTime?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  maxSoC?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type TransactionType. */
export interface TransactionType {
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
  /** Optional: a ChargingStateEnumType value. */
  chargingState?: ChargingStateEnumType;
  /** Optional: an integer. @integer */
  timeSpentCharging?: number;
  /** Optional: a ReasonEnumType value. */
  stoppedReason?: ReasonEnumType;
  /** Optional: an integer. @integer */
  remoteStartId?: number;
  /** Optional: an OperationModeEnumType value. */
  operationMode?: OperationModeEnumType;
  /** Optional: a string of at most 60 characters. @maxLength 60 */
  tariffId?: string;
  /** Optional: a TransactionLimitType. */
  transactionLimit?: TransactionLimitType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type UnitOfMeasureType. */
export interface UnitOfMeasureType {
  /** Optional: a string of at most 20 characters. @maxLength 20 @default "Wh" */
  unit?: string;
  /** Optional: an integer. @integer @default 0 */
  multiplier?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type V2XChargingParametersType. */
export interface V2XChargingParametersType {
  /** Optional: a number. */
  minChargePower?: number;
  /** Optional: a number. */
  minChargePower_L2?: number;
  /** Optional: a number. */
  minChargePower_L3?: number;
  /** Optional: a number. */
  maxChargePower?: number;
  /** Optional: a number. */
  maxChargePower_L2?: number;
  /** Optional: a number. */
  maxChargePower_L3?: number;
  /** Optional: a number. */
  minDischargePower?: number;
  /** Optional: a number. */
  minDischargePower_L2?: number;
  /** Optional: a number. */
  minDischargePower_L3?: number;
  /** Optional: a number. */
  maxDischargePower?: number;
  /** Optional: a number. */
  maxDischargePower_L2?: number;
  /** Optional: a number. */
  maxDischargePower_L3?: number;
  /** Optional: a number. */
  minChargeCurrent?: number;
  /** Optional: a number. */
  maxChargeCurrent?: number;
  /** Optional: a number. */
  minDischargeCurrent?: number;
  /** Optional: a number. */
  maxDischargeCurrent?: number;
  /** Optional: a number. */
  minVoltage?: number;
  /** Optional: a number. */
  maxVoltage?: number;
  /** Optional: a number. */
  evTargetEnergyRequest?: number;
  /** Optional: a number. */
  evMinEnergyRequest?: number;
  /** Optional: a number. */
  evMaxEnergyRequest?: number;
  /** Optional: a number. */
  evMinV2XEnergyRequest?: number;
  /** Optional: a number. */
  evMaxV2XEnergyRequest?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  targetSoC?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type V2XFreqWattPointType. */
export interface V2XFreqWattPointType {
  /** Required: a number. */
  frequency: number;
  /** Required: a number. */
  power: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type V2XSignalWattPointType. */
export interface V2XSignalWattPointType {
  /** Required: an integer. @integer */
  signal: number;
  /** Required: a number. */
  power: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type VPNType. */
export interface VPNType {
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  server: string;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  user: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  group?: string;
  /** Required: a string of at most 64 characters. @maxLength 64 */
  password: string;
  /** Required: a string of at most 255 characters. @maxLength 255 */
  key: string;
  /** Required: a VPNEnumType value. */
  type: VPNEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type VariableAttributeType. */
export interface VariableAttributeType {
  /** Optional: an AttributeEnumType value. @default "Actual" */
  type?: AttributeEnumType;
  /** Optional: a string of at most 2500 characters. @maxLength 2500 */
  value?: string;
  /** Optional: a MutabilityEnumType value. @default "ReadWrite" */
  mutability?: MutabilityEnumType;
  /** Optional: true or false. @default false */
  persistent?: boolean;
  /** Optional: true or false. @default false */
  constant?: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type VariableCharacteristicsType. */
export interface VariableCharacteristicsType {
  /** Optional: a string of at most 16 characters. @maxLength 16 */
  unit?: string;
  /** Required: a DataEnumType value. */
  dataType: DataEnumType;
  /** Optional: a number. */
  minLimit?: number;
  /** Optional: a number. */
  maxLimit?: number;
  /** Optional: an integer of at least 1. @integer @minimum 1 */
  maxElements?: number;
  /** Optional: a string of at most 1000 characters. @maxLength 1000 */
  valuesList?: string;
  /** Required: true or false. */
  supportsMonitoring: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type VariableMonitoringType. */
export interface VariableMonitoringType {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Required: true or false. */
  transaction: boolean;
  /** Required: a number. */
  value: number;
  /** Required: a MonitorEnumType value. */
  type: MonitorEnumType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  severity: number;
  /** Required: an EventNotificationEnumType value. */
  eventNotificationType: EventNotificationEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type VariableType. */
export interface VariableType {
  /** Required: a string of at most 50 characters. @maxLength 50 */
  name: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  instance?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The OCPP 2.1 data type VoltageParamsType. */
export interface VoltageParamsType {
  /** Optional: a number. */
  hv10MinMeanValue?: number;
  /** Optional: a number. */
  hv10MinMeanTripDelay?: number;
  /** Optional: a PowerDuringCessationEnumType value. */
  powerDuringCessation?: PowerDuringCessationEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}
