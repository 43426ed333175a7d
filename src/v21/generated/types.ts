// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Data types: 122.
import type { APNAuthenticationEnumType, AttributeEnumType, AuthorizationStatusEnumType, CertificateStatusEnumType, CertificateStatusSourceEnumType, ChargingProfileKindEnumType, ChargingProfilePurposeEnumType, ChargingRateUnitEnumType, ChargingStateEnumType, ClearMonitoringStatusEnumType, ControlModeEnumType, CostDimensionEnumType, CostKindEnumType, DERControlEnumType, DERUnitEnumType, DataEnumType, DayOfWeekEnumType, EnergyTransferModeEnumType, EventNotificationEnumType, EventTriggerEnumType, EvseKindEnumType, GetCertificateIdUseEnumType, GetVariableStatusEnumType, HashAlgorithmEnumType, IslandingDetectionEnumType, LocationEnumType, MeasurandEnumType, MessageFormatEnumType, MessagePriorityEnumType, MessageStateEnumType, MobilityNeedsModeEnumType, MonitorEnumType, MutabilityEnumType, OCPPInterfaceEnumType, OCPPTransportEnumType, OCPPVersionEnumType, OperationModeEnumType, PhaseEnumType, PowerDuringCessationEnumType, ReadingContextEnumType, ReasonEnumType, RecurrencyKindEnumType, SetMonitoringStatusEnumType, SetVariableStatusEnumType, TariffClearStatusEnumType, TariffCostEnumType, TariffKindEnumType, VPNEnumType } from './enums.js';

export interface ACChargingParametersType {
  energyAmount: number;
  evMinCurrent: number;
  evMaxCurrent: number;
  evMaxVoltage: number;
  customData?: CustomDataType;
}

export interface APNType {
  /** @maxLength 2000 */
  apn: string;
  /** @maxLength 50 */
  apnUserName?: string;
  /** @maxLength 64 */
  apnPassword?: string;
  /** @integer */
  simPin?: number;
  /** @maxLength 6 */
  preferredNetwork?: string;
  /** @default false */
  useOnlyPreferredNetwork?: boolean;
  apnAuthentication: APNAuthenticationEnumType;
  customData?: CustomDataType;
}

export interface AbsolutePriceScheduleType {
  /** @format date-time */
  timeAnchor: string;
  /** @integer @minimum 0 */
  priceScheduleID: number;
  /** @maxLength 160 */
  priceScheduleDescription?: string;
  /** @maxLength 3 */
  currency: string;
  /** @maxLength 8 */
  language: string;
  /** @maxLength 2000 */
  priceAlgorithm: string;
  minimumCost?: RationalNumberType;
  maximumCost?: RationalNumberType;
  /** @minItems 1 @maxItems 1024 */
  priceRuleStacks: PriceRuleStackType[];
  /** @minItems 1 @maxItems 10 */
  taxRules?: TaxRuleType[];
  overstayRuleList?: OverstayRuleListType;
  /** @minItems 1 @maxItems 5 */
  additionalSelectedServices?: AdditionalSelectedServicesType[];
  customData?: CustomDataType;
}

export interface AdditionalInfoType {
  /** @maxLength 255 */
  additionalIdToken: string;
  /** @maxLength 50 */
  type: string;
  customData?: CustomDataType;
}

export interface AdditionalSelectedServicesType {
  serviceFee: RationalNumberType;
  /** @maxLength 80 */
  serviceName: string;
  customData?: CustomDataType;
}

export interface AddressType {
  /** @maxLength 50 */
  name: string;
  /** @maxLength 100 */
  address1: string;
  /** @maxLength 100 */
  address2?: string;
  /** @maxLength 100 */
  city: string;
  /** @maxLength 20 */
  postalCode?: string;
  /** @maxLength 50 */
  country: string;
  customData?: CustomDataType;
}

export interface AuthorizationData {
  idToken: IdTokenType;
  idTokenInfo?: IdTokenInfoType;
  customData?: CustomDataType;
}

export interface BatteryDataType {
  /** @integer @minimum 0 */
  evseId: number;
  /** @maxLength 50 */
  serialNumber: string;
  /** @minimum 0 @maximum 100 */
  soC: number;
  /** @minimum 0 @maximum 100 */
  soH: number;
  /** @format date-time */
  productionDate?: string;
  /** @maxLength 500 */
  vendorInfo?: string;
  customData?: CustomDataType;
}

export interface CertificateHashDataChainType {
  certificateHashData: CertificateHashDataType;
  certificateType: GetCertificateIdUseEnumType;
  /** @minItems 1 @maxItems 4 */
  childCertificateHashData?: CertificateHashDataType[];
  customData?: CustomDataType;
}

export interface CertificateHashDataType {
  hashAlgorithm: HashAlgorithmEnumType;
  /** @maxLength 128 */
  issuerNameHash: string;
  /** @maxLength 128 */
  issuerKeyHash: string;
  /** @maxLength 40 */
  serialNumber: string;
  customData?: CustomDataType;
}

export interface CertificateStatusRequestInfoType {
  certificateHashData: CertificateHashDataType;
  source: CertificateStatusSourceEnumType;
  /** @minItems 1 @maxItems 5 @items.maxLength 2000 */
  urls: string[];
  customData?: CustomDataType;
}

export interface CertificateStatusType {
  certificateHashData: CertificateHashDataType;
  source: CertificateStatusSourceEnumType;
  status: CertificateStatusEnumType;
  /** @format date-time */
  nextUpdate: string;
  customData?: CustomDataType;
}

export interface ChargingLimitType {
  /** @maxLength 20 */
  chargingLimitSource: string;
  isLocalGeneration?: boolean;
  isGridCritical?: boolean;
  customData?: CustomDataType;
}

export interface ChargingNeedsType {
  acChargingParameters?: ACChargingParametersType;
  derChargingParameters?: DERChargingParametersType;
  evEnergyOffer?: EVEnergyOfferType;
  requestedEnergyTransfer: EnergyTransferModeEnumType;
  dcChargingParameters?: DCChargingParametersType;
  v2xChargingParameters?: V2XChargingParametersType;
  /** @minItems 1 */
  availableEnergyTransfer?: EnergyTransferModeEnumType[];
  controlMode?: ControlModeEnumType;
  mobilityNeedsMode?: MobilityNeedsModeEnumType;
  /** @format date-time */
  departureTime?: string;
  customData?: CustomDataType;
}

export interface ChargingPeriodType {
  /** @minItems 1 */
  dimensions?: CostDimensionType[];
  /** @maxLength 60 */
  tariffId?: string;
  /** @format date-time */
  startPeriod: string;
  customData?: CustomDataType;
}

export interface ChargingProfileCriterionType {
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** @integer @minimum 0 */
  stackLevel?: number;
  /** @minItems 1 @items.integer */
  chargingProfileId?: number[];
  /** @minItems 1 @maxItems 4 @items.maxLength 20 */
  chargingLimitSource?: string[];
  customData?: CustomDataType;
}

export interface ChargingProfileType {
  /** @integer */
  id: number;
  /** @integer @minimum 0 */
  stackLevel: number;
  chargingProfilePurpose: ChargingProfilePurposeEnumType;
  chargingProfileKind: ChargingProfileKindEnumType;
  recurrencyKind?: RecurrencyKindEnumType;
  /** @format date-time */
  validFrom?: string;
  /** @format date-time */
  validTo?: string;
  /** @maxLength 36 */
  transactionId?: string;
  /** @integer */
  maxOfflineDuration?: number;
  /** @minItems 1 @maxItems 3 */
  chargingSchedule: ChargingScheduleType[];
  invalidAfterOfflineDuration?: boolean;
  /** @integer */
  dynUpdateInterval?: number;
  /** @format date-time */
  dynUpdateTime?: string;
  /** @maxLength 256 */
  priceScheduleSignature?: string;
  customData?: CustomDataType;
}

export interface ChargingSchedulePeriodType {
  /** @integer */
  startPeriod: number;
  limit?: number;
  limit_L2?: number;
  limit_L3?: number;
  /** @integer @minimum 0 @maximum 3 */
  numberPhases?: number;
  /** @integer @minimum 0 @maximum 3 */
  phaseToUse?: number;
  /** @maximum 0 */
  dischargeLimit?: number;
  /** @maximum 0 */
  dischargeLimit_L2?: number;
  /** @maximum 0 */
  dischargeLimit_L3?: number;
  setpoint?: number;
  setpoint_L2?: number;
  setpoint_L3?: number;
  setpointReactive?: number;
  setpointReactive_L2?: number;
  setpointReactive_L3?: number;
  preconditioningRequest?: boolean;
  evseSleep?: boolean;
  v2xBaseline?: number;
  operationMode?: OperationModeEnumType;
  /** @minItems 1 @maxItems 20 */
  v2xFreqWattCurve?: V2XFreqWattPointType[];
  /** @minItems 1 @maxItems 20 */
  v2xSignalWattCurve?: V2XSignalWattPointType[];
  customData?: CustomDataType;
}

export interface ChargingScheduleType {
  /** @integer */
  id: number;
  limitAtSoC?: LimitAtSoCType;
  /** @format date-time */
  startSchedule?: string;
  /** @integer */
  duration?: number;
  chargingRateUnit: ChargingRateUnitEnumType;
  minChargingRate?: number;
  powerTolerance?: number;
  /** @integer @minimum 0 */
  signatureId?: number;
  /** @maxLength 88 */
  digestValue?: string;
  useLocalTime?: boolean;
  /** @minItems 1 @maxItems 1024 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  /** @integer @minimum 0 */
  randomizedDelay?: number;
  salesTariff?: SalesTariffType;
  absolutePriceSchedule?: AbsolutePriceScheduleType;
  priceLevelSchedule?: PriceLevelScheduleType;
  customData?: CustomDataType;
}

export interface ChargingScheduleUpdateType {
  limit?: number;
  limit_L2?: number;
  limit_L3?: number;
  /** @maximum 0 */
  dischargeLimit?: number;
  /** @maximum 0 */
  dischargeLimit_L2?: number;
  /** @maximum 0 */
  dischargeLimit_L3?: number;
  setpoint?: number;
  setpoint_L2?: number;
  setpoint_L3?: number;
  setpointReactive?: number;
  setpointReactive_L2?: number;
  setpointReactive_L3?: number;
  customData?: CustomDataType;
}

export interface ChargingStationType {
  /** @maxLength 25 */
  serialNumber?: string;
  /** @maxLength 20 */
  model: string;
  modem?: ModemType;
  /** @maxLength 50 */
  vendorName: string;
  /** @maxLength 50 */
  firmwareVersion?: string;
  customData?: CustomDataType;
}

export interface ClearChargingProfileType {
  /** @integer @minimum 0 */
  evseId?: number;
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** @integer @minimum 0 */
  stackLevel?: number;
  customData?: CustomDataType;
}

export interface ClearMonitoringResultType {
  status: ClearMonitoringStatusEnumType;
  /** @integer @minimum 0 */
  id: number;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ClearTariffsResultType {
  statusInfo?: StatusInfoType;
  /** @maxLength 60 */
  tariffId?: string;
  status: TariffClearStatusEnumType;
  customData?: CustomDataType;
}

export interface ComponentType {
  evse?: EVSEType;
  /** @maxLength 50 */
  name: string;
  /** @maxLength 50 */
  instance?: string;
  customData?: CustomDataType;
}

export interface ComponentVariableType {
  component: ComponentType;
  variable?: VariableType;
  customData?: CustomDataType;
}

export interface CompositeScheduleType {
  /** @integer @minimum 0 */
  evseId: number;
  /** @integer */
  duration: number;
  /** @format date-time */
  scheduleStart: string;
  chargingRateUnit: ChargingRateUnitEnumType;
  /** @minItems 1 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  customData?: CustomDataType;
}

export interface ConstantStreamDataType {
  /** @integer @minimum 0 */
  id: number;
  params: PeriodicEventStreamParamsType;
  /** @integer @minimum 0 */
  variableMonitoringId: number;
  customData?: CustomDataType;
}

export interface ConsumptionCostType {
  startValue: number;
  /** @minItems 1 @maxItems 3 */
  cost: CostType[];
  customData?: CustomDataType;
}

export interface CostDetailsType {
  /** @minItems 1 */
  chargingPeriods?: ChargingPeriodType[];
  totalCost: TotalCostType;
  totalUsage: TotalUsageType;
  failureToCalculate?: boolean;
  /** @maxLength 500 */
  failureReason?: string;
  customData?: CustomDataType;
}

export interface CostDimensionType {
  type: CostDimensionEnumType;
  volume: number;
  customData?: CustomDataType;
}

export interface CostType {
  costKind: CostKindEnumType;
  /** @integer */
  amount: number;
  /** @integer */
  amountMultiplier?: number;
  customData?: CustomDataType;
}

export interface CustomDataType {
  /** @maxLength 255 */
  vendorId: string;
  /** Open: any further property is allowed. */
  [extension: string]: unknown;
}

export interface DCChargingParametersType {
  evMaxCurrent: number;
  evMaxVoltage: number;
  evMaxPower?: number;
  evEnergyCapacity?: number;
  energyAmount?: number;
  /** @integer @minimum 0 @maximum 100 */
  stateOfCharge?: number;
  /** @integer @minimum 0 @maximum 100 */
  fullSoC?: number;
  /** @integer @minimum 0 @maximum 100 */
  bulkSoC?: number;
  customData?: CustomDataType;
}

export interface DERChargingParametersType {
  /** @minItems 1 */
  evSupportedDERControl?: DERControlEnumType[];
  evOverExcitedMaxDischargePower?: number;
  evOverExcitedPowerFactor?: number;
  evUnderExcitedMaxDischargePower?: number;
  evUnderExcitedPowerFactor?: number;
  maxApparentPower?: number;
  maxChargeApparentPower?: number;
  maxChargeApparentPower_L2?: number;
  maxChargeApparentPower_L3?: number;
  maxDischargeApparentPower?: number;
  maxDischargeApparentPower_L2?: number;
  maxDischargeApparentPower_L3?: number;
  maxChargeReactivePower?: number;
  maxChargeReactivePower_L2?: number;
  maxChargeReactivePower_L3?: number;
  minChargeReactivePower?: number;
  minChargeReactivePower_L2?: number;
  minChargeReactivePower_L3?: number;
  maxDischargeReactivePower?: number;
  maxDischargeReactivePower_L2?: number;
  maxDischargeReactivePower_L3?: number;
  minDischargeReactivePower?: number;
  minDischargeReactivePower_L2?: number;
  minDischargeReactivePower_L3?: number;
  nominalVoltage?: number;
  nominalVoltageOffset?: number;
  maxNominalVoltage?: number;
  minNominalVoltage?: number;
  /** @maxLength 50 */
  evInverterManufacturer?: string;
  /** @maxLength 50 */
  evInverterModel?: string;
  /** @maxLength 50 */
  evInverterSerialNumber?: string;
  /** @maxLength 50 */
  evInverterSwVersion?: string;
  /** @maxLength 50 */
  evInverterHwVersion?: string;
  /** @minItems 1 */
  evIslandingDetectionMethod?: IslandingDetectionEnumType[];
  evIslandingTripTime?: number;
  evMaximumLevel1DCInjection?: number;
  evDurationLevel1DCInjection?: number;
  evMaximumLevel2DCInjection?: number;
  evDurationLevel2DCInjection?: number;
  evReactiveSusceptance?: number;
  evSessionTotalDischargeEnergyAvailable?: number;
  customData?: CustomDataType;
}

export interface DERCurveGetType {
  curve: DERCurveType;
  /** @maxLength 36 */
  id: string;
  curveType: DERControlEnumType;
  isDefault: boolean;
  isSuperseded: boolean;
  customData?: CustomDataType;
}

export interface DERCurvePointsType {
  x: number;
  y: number;
  customData?: CustomDataType;
}

export interface DERCurveType {
  /** @minItems 1 @maxItems 10 */
  curveData: DERCurvePointsType[];
  hysteresis?: HysteresisType;
  /** @integer @minimum 0 */
  priority: number;
  reactivePowerParams?: ReactivePowerParamsType;
  voltageParams?: VoltageParamsType;
  yUnit: DERUnitEnumType;
  responseTime?: number;
  /** @format date-time */
  startTime?: string;
  duration?: number;
  customData?: CustomDataType;
}

export interface EVAbsolutePriceScheduleEntryType {
  /** @integer */
  duration: number;
  /** @minItems 1 @maxItems 8 */
  evPriceRule: EVPriceRuleType[];
  customData?: CustomDataType;
}

export interface EVAbsolutePriceScheduleType {
  /** @format date-time */
  timeAnchor: string;
  /** @maxLength 3 */
  currency: string;
  /** @minItems 1 @maxItems 1024 */
  evAbsolutePriceScheduleEntries: EVAbsolutePriceScheduleEntryType[];
  /** @maxLength 2000 */
  priceAlgorithm: string;
  customData?: CustomDataType;
}

export interface EVEnergyOfferType {
  evAbsolutePriceSchedule?: EVAbsolutePriceScheduleType;
  evPowerSchedule: EVPowerScheduleType;
  customData?: CustomDataType;
}

export interface EVPowerScheduleEntryType {
  /** @integer */
  duration: number;
  power: number;
  customData?: CustomDataType;
}

export interface EVPowerScheduleType {
  /** @minItems 1 @maxItems 1024 */
  evPowerScheduleEntries: EVPowerScheduleEntryType[];
  /** @format date-time */
  timeAnchor: string;
  customData?: CustomDataType;
}

export interface EVPriceRuleType {
  energyFee: number;
  powerRangeStart: number;
  customData?: CustomDataType;
}

export interface EVSEType {
  /** @integer @minimum 0 */
  id: number;
  /** @integer @minimum 0 */
  connectorId?: number;
  customData?: CustomDataType;
}

export interface EnterServiceGetType {
  enterService: EnterServiceType;
  /** @maxLength 36 */
  id: string;
  customData?: CustomDataType;
}

export interface EnterServiceType {
  /** @integer @minimum 0 */
  priority: number;
  highVoltage: number;
  lowVoltage: number;
  highFreq: number;
  lowFreq: number;
  delay?: number;
  randomDelay?: number;
  rampRate?: number;
  customData?: CustomDataType;
}

export interface EventDataType {
  /** @integer @minimum 0 */
  eventId: number;
  /** @format date-time */
  timestamp: string;
  trigger: EventTriggerEnumType;
  /** @integer @minimum 0 */
  cause?: number;
  /** @maxLength 2500 */
  actualValue: string;
  /** @maxLength 50 */
  techCode?: string;
  /** @maxLength 500 */
  techInfo?: string;
  cleared?: boolean;
  /** @maxLength 36 */
  transactionId?: string;
  component: ComponentType;
  /** @integer @minimum 0 */
  variableMonitoringId?: number;
  eventNotificationType: EventNotificationEnumType;
  variable: VariableType;
  /** @integer @minimum 0 */
  severity?: number;
  customData?: CustomDataType;
}

export interface FirmwareType {
  /** @maxLength 2000 */
  location: string;
  /** @format date-time */
  retrieveDateTime: string;
  /** @format date-time */
  installDateTime?: string;
  /** @maxLength 5500 */
  signingCertificate?: string;
  /** @maxLength 800 */
  signature?: string;
  customData?: CustomDataType;
}

export interface FixedPFGetType {
  fixedPF: FixedPFType;
  /** @maxLength 36 */
  id: string;
  isDefault: boolean;
  isSuperseded: boolean;
  customData?: CustomDataType;
}

export interface FixedPFType {
  /** @integer @minimum 0 */
  priority: number;
  displacement: number;
  excitation: boolean;
  /** @format date-time */
  startTime?: string;
  duration?: number;
  customData?: CustomDataType;
}

export interface FixedVarGetType {
  fixedVar: FixedVarType;
  /** @maxLength 36 */
  id: string;
  isDefault: boolean;
  isSuperseded: boolean;
  customData?: CustomDataType;
}

export interface FixedVarType {
  /** @integer @minimum 0 */
  priority: number;
  setpoint: number;
  unit: DERUnitEnumType;
  /** @format date-time */
  startTime?: string;
  duration?: number;
  customData?: CustomDataType;
}

export interface FreqDroopGetType {
  freqDroop: FreqDroopType;
  /** @maxLength 36 */
  id: string;
  isDefault: boolean;
  isSuperseded: boolean;
  customData?: CustomDataType;
}

export interface FreqDroopType {
  /** @integer @minimum 0 */
  priority: number;
  overFreq: number;
  underFreq: number;
  overDroop: number;
  underDroop: number;
  responseTime: number;
  /** @format date-time */
  startTime?: string;
  duration?: number;
  customData?: CustomDataType;
}

export interface GetVariableDataType {
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  component: ComponentType;
  variable: VariableType;
  customData?: CustomDataType;
}

export interface GetVariableResultType {
  attributeStatus: GetVariableStatusEnumType;
  attributeStatusInfo?: StatusInfoType;
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  /** @maxLength 2500 */
  attributeValue?: string;
  component: ComponentType;
  variable: VariableType;
  customData?: CustomDataType;
}

export interface GradientGetType {
  gradient: GradientType;
  /** @maxLength 36 */
  id: string;
  customData?: CustomDataType;
}

export interface GradientType {
  /** @integer @minimum 0 */
  priority: number;
  gradient: number;
  softGradient: number;
  customData?: CustomDataType;
}

export interface HysteresisType {
  hysteresisHigh?: number;
  hysteresisLow?: number;
  hysteresisDelay?: number;
  hysteresisGradient?: number;
  customData?: CustomDataType;
}

export interface IdTokenInfoType {
  status: AuthorizationStatusEnumType;
  /** @format date-time */
  cacheExpiryDateTime?: string;
  /** @integer */
  chargingPriority?: number;
  groupIdToken?: IdTokenType;
  /** @maxLength 8 */
  language1?: string;
  /** @maxLength 8 */
  language2?: string;
  /** @minItems 1 @items.integer @items.minimum 0 */
  evseId?: number[];
  personalMessage?: MessageContentType;
  customData?: CustomDataType;
}

export interface IdTokenType {
  /** @minItems 1 */
  additionalInfo?: AdditionalInfoType[];
  /** @maxLength 255 */
  idToken: string;
  /** @maxLength 20 */
  type: string;
  customData?: CustomDataType;
}

export interface LimitAtSoCType {
  /** @integer @minimum 0 @maximum 100 */
  soc: number;
  limit: number;
  customData?: CustomDataType;
}

export interface LimitMaxDischargeGetType {
  /** @maxLength 36 */
  id: string;
  isDefault: boolean;
  isSuperseded: boolean;
  limitMaxDischarge: LimitMaxDischargeType;
  customData?: CustomDataType;
}

export interface LimitMaxDischargeType {
  /** @integer @minimum 0 */
  priority: number;
  pctMaxDischargePower?: number;
  powerMonitoringMustTrip?: DERCurveType;
  /** @format date-time */
  startTime?: string;
  duration?: number;
  customData?: CustomDataType;
}

export interface LogParametersType {
  /** @maxLength 2000 */
  remoteLocation: string;
  /** @format date-time */
  oldestTimestamp?: string;
  /** @format date-time */
  latestTimestamp?: string;
  customData?: CustomDataType;
}

export interface MessageContentType {
  format: MessageFormatEnumType;
  /** @maxLength 8 */
  language?: string;
  /** @maxLength 1024 */
  content: string;
  customData?: CustomDataType;
}

export interface MessageInfoType {
  display?: ComponentType;
  /** @integer @minimum 0 */
  id: number;
  priority: MessagePriorityEnumType;
  state?: MessageStateEnumType;
  /** @format date-time */
  startDateTime?: string;
  /** @format date-time */
  endDateTime?: string;
  /** @maxLength 36 */
  transactionId?: string;
  message: MessageContentType;
  /** @minItems 1 @maxItems 4 */
  messageExtra?: MessageContentType[];
  customData?: CustomDataType;
}

export interface MeterValueType {
  /** @minItems 1 */
  sampledValue: SampledValueType[];
  /** @format date-time */
  timestamp: string;
  customData?: CustomDataType;
}

export interface ModemType {
  /** @maxLength 20 */
  iccid?: string;
  /** @maxLength 20 */
  imsi?: string;
  customData?: CustomDataType;
}

export interface MonitoringDataType {
  component: ComponentType;
  variable: VariableType;
  /** @minItems 1 */
  variableMonitoring: VariableMonitoringType[];
  customData?: CustomDataType;
}

export interface NetworkConnectionProfileType {
  apn?: APNType;
  ocppVersion?: OCPPVersionEnumType;
  ocppInterface: OCPPInterfaceEnumType;
  ocppTransport: OCPPTransportEnumType;
  /** @integer */
  messageTimeout: number;
  /** @maxLength 2000 */
  ocppCsmsUrl: string;
  /** @integer @minimum 0 */
  securityProfile: number;
  /** @maxLength 48 */
  identity?: string;
  /** @maxLength 64 */
  basicAuthPassword?: string;
  vpn?: VPNType;
  customData?: CustomDataType;
}

export interface OCSPRequestDataType {
  hashAlgorithm: HashAlgorithmEnumType;
  /** @maxLength 128 */
  issuerNameHash: string;
  /** @maxLength 128 */
  issuerKeyHash: string;
  /** @maxLength 40 */
  serialNumber: string;
  /** @maxLength 2000 */
  responderURL: string;
  customData?: CustomDataType;
}

export interface OverstayRuleListType {
  overstayPowerThreshold?: RationalNumberType;
  /** @minItems 1 @maxItems 5 */
  overstayRule: OverstayRuleType[];
  /** @integer */
  overstayTimeThreshold?: number;
  customData?: CustomDataType;
}

export interface OverstayRuleType {
  overstayFee: RationalNumberType;
  /** @maxLength 32 */
  overstayRuleDescription?: string;
  /** @integer */
  startTime: number;
  /** @integer */
  overstayFeePeriod: number;
  customData?: CustomDataType;
}

export interface PeriodicEventStreamParamsType {
  /** @integer @minimum 0 */
  interval?: number;
  /** @integer @minimum 0 */
  values?: number;
  customData?: CustomDataType;
}

export interface PriceLevelScheduleEntryType {
  /** @integer */
  duration: number;
  /** @integer @minimum 0 */
  priceLevel: number;
  customData?: CustomDataType;
}

export interface PriceLevelScheduleType {
  /** @minItems 1 @maxItems 100 */
  priceLevelScheduleEntries: PriceLevelScheduleEntryType[];
  /** @format date-time */
  timeAnchor: string;
  /** @integer @minimum 0 */
  priceScheduleId: number;
  /** @maxLength 32 */
  priceScheduleDescription?: string;
  /** @integer @minimum 0 */
  numberOfPriceLevels: number;
  customData?: CustomDataType;
}

export interface PriceRuleStackType {
  /** @integer */
  duration: number;
  /** @minItems 1 @maxItems 8 */
  priceRule: PriceRuleType[];
  customData?: CustomDataType;
}

export interface PriceRuleType {
  /** @integer */
  parkingFeePeriod?: number;
  /** @integer @minimum 0 */
  carbonDioxideEmission?: number;
  /** @integer @minimum 0 @maximum 100 */
  renewableGenerationPercentage?: number;
  energyFee: RationalNumberType;
  parkingFee?: RationalNumberType;
  powerRangeStart: RationalNumberType;
  customData?: CustomDataType;
}

export interface PriceType {
  exclTax?: number;
  inclTax?: number;
  /** @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  customData?: CustomDataType;
}

export interface RationalNumberType {
  /** @integer */
  exponent: number;
  /** @integer */
  value: number;
  customData?: CustomDataType;
}

export interface ReactivePowerParamsType {
  vRef?: number;
  autonomousVRefEnable?: boolean;
  autonomousVRefTimeConstant?: number;
  customData?: CustomDataType;
}

export interface RelativeTimeIntervalType {
  /** @integer */
  start: number;
  /** @integer */
  duration?: number;
  customData?: CustomDataType;
}

export interface ReportDataType {
  component: ComponentType;
  variable: VariableType;
  /** @minItems 1 @maxItems 4 */
  variableAttribute: VariableAttributeType[];
  variableCharacteristics?: VariableCharacteristicsType;
  customData?: CustomDataType;
}

export interface SalesTariffEntryType {
  relativeTimeInterval: RelativeTimeIntervalType;
  /** @integer @minimum 0 */
  ePriceLevel?: number;
  /** @minItems 1 @maxItems 3 */
  consumptionCost?: ConsumptionCostType[];
  customData?: CustomDataType;
}

export interface SalesTariffType {
  /** @integer @minimum 0 */
  id: number;
  /** @maxLength 32 */
  salesTariffDescription?: string;
  /** @integer @minimum 0 */
  numEPriceLevels?: number;
  /** @minItems 1 @maxItems 1024 */
  salesTariffEntry: SalesTariffEntryType[];
  customData?: CustomDataType;
}

export interface SampledValueType {
  value: number;
  /** @default "Energy.Active.Import.Register" */
  measurand?: MeasurandEnumType;
  /** @default "Sample.Periodic" */
  context?: ReadingContextEnumType;
  phase?: PhaseEnumType;
  /** @default "Outlet" */
  location?: LocationEnumType;
  signedMeterValue?: SignedMeterValueType;
  unitOfMeasure?: UnitOfMeasureType;
  customData?: CustomDataType;
}

export interface SetMonitoringDataType {
  /** @integer @minimum 0 */
  id?: number;
  periodicEventStream?: PeriodicEventStreamParamsType;
  /** @default false */
  transaction?: boolean;
  value: number;
  type: MonitorEnumType;
  /** @integer @minimum 0 */
  severity: number;
  component: ComponentType;
  variable: VariableType;
  customData?: CustomDataType;
}

export interface SetMonitoringResultType {
  /** @integer @minimum 0 */
  id?: number;
  statusInfo?: StatusInfoType;
  status: SetMonitoringStatusEnumType;
  type: MonitorEnumType;
  component: ComponentType;
  variable: VariableType;
  /** @integer @minimum 0 */
  severity: number;
  customData?: CustomDataType;
}

export interface SetVariableDataType {
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  /** @maxLength 2500 */
  attributeValue: string;
  component: ComponentType;
  variable: VariableType;
  customData?: CustomDataType;
}

export interface SetVariableResultType {
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  attributeStatus: SetVariableStatusEnumType;
  attributeStatusInfo?: StatusInfoType;
  component: ComponentType;
  variable: VariableType;
  customData?: CustomDataType;
}

export interface SignedMeterValueType {
  /** @maxLength 32768 */
  signedMeterData: string;
  /** @maxLength 50 */
  signingMethod?: string;
  /** @maxLength 50 */
  encodingMethod: string;
  /** @maxLength 2500 */
  publicKey?: string;
  customData?: CustomDataType;
}

export interface StatusInfoType {
  /** @maxLength 20 */
  reasonCode: string;
  /** @maxLength 1024 */
  additionalInfo?: string;
  customData?: CustomDataType;
}

export interface StreamDataElementType {
  t: number;
  /** @maxLength 2500 */
  v: string;
  customData?: CustomDataType;
}

export interface TariffAssignmentType {
  /** @maxLength 60 */
  tariffId: string;
  tariffKind: TariffKindEnumType;
  /** @format date-time */
  validFrom?: string;
  /** @minItems 1 @items.integer @items.minimum 0 */
  evseIds?: number[];
  /** @minItems 1 @items.maxLength 255 */
  idTokens?: string[];
  customData?: CustomDataType;
}

export interface TariffConditionsFixedType {
  startTimeOfDay?: string;
  endTimeOfDay?: string;
  /** @minItems 1 @maxItems 7 */
  dayOfWeek?: DayOfWeekEnumType[];
  validFromDate?: string;
  validToDate?: string;
  evseKind?: EvseKindEnumType;
  /** @maxLength 20 */
  paymentBrand?: string;
  /** @maxLength 20 */
  paymentRecognition?: string;
  customData?: CustomDataType;
}

export interface TariffConditionsType {
  startTimeOfDay?: string;
  endTimeOfDay?: string;
  /** @minItems 1 @maxItems 7 */
  dayOfWeek?: DayOfWeekEnumType[];
  validFromDate?: string;
  validToDate?: string;
  evseKind?: EvseKindEnumType;
  minEnergy?: number;
  maxEnergy?: number;
  minCurrent?: number;
  maxCurrent?: number;
  minPower?: number;
  maxPower?: number;
  /** @integer */
  minTime?: number;
  /** @integer */
  maxTime?: number;
  /** @integer */
  minChargingTime?: number;
  /** @integer */
  maxChargingTime?: number;
  /** @integer */
  minIdleTime?: number;
  /** @integer */
  maxIdleTime?: number;
  customData?: CustomDataType;
}

export interface TariffEnergyPriceType {
  priceKwh: number;
  conditions?: TariffConditionsType;
  customData?: CustomDataType;
}

export interface TariffEnergyType {
  /** @minItems 1 */
  prices: TariffEnergyPriceType[];
  /** @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  customData?: CustomDataType;
}

export interface TariffFixedPriceType {
  conditions?: TariffConditionsFixedType;
  priceFixed: number;
  customData?: CustomDataType;
}

export interface TariffFixedType {
  /** @minItems 1 */
  prices: TariffFixedPriceType[];
  /** @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  customData?: CustomDataType;
}

export interface TariffTimePriceType {
  priceMinute: number;
  conditions?: TariffConditionsType;
  customData?: CustomDataType;
}

export interface TariffTimeType {
  /** @minItems 1 */
  prices: TariffTimePriceType[];
  /** @minItems 1 @maxItems 5 */
  taxRates?: TaxRateType[];
  customData?: CustomDataType;
}

export interface TariffType {
  /** @maxLength 60 */
  tariffId: string;
  /** @minItems 1 @maxItems 10 */
  description?: MessageContentType[];
  /** @maxLength 3 */
  currency: string;
  energy?: TariffEnergyType;
  /** @format date-time */
  validFrom?: string;
  chargingTime?: TariffTimeType;
  idleTime?: TariffTimeType;
  fixedFee?: TariffFixedType;
  reservationTime?: TariffTimeType;
  reservationFixed?: TariffFixedType;
  minCost?: PriceType;
  maxCost?: PriceType;
  customData?: CustomDataType;
}

export interface TaxRateType {
  /** @maxLength 20 */
  type: string;
  tax: number;
  /** @integer @minimum 0 */
  stack?: number;
  customData?: CustomDataType;
}

export interface TaxRuleType {
  /** @integer @minimum 0 */
  taxRuleID: number;
  /** @maxLength 100 */
  taxRuleName?: string;
  taxIncludedInPrice?: boolean;
  appliesToEnergyFee: boolean;
  appliesToParkingFee: boolean;
  appliesToOverstayFee: boolean;
  appliesToMinimumMaximumCost: boolean;
  taxRate: RationalNumberType;
  customData?: CustomDataType;
}

export interface TotalCostType {
  /** @maxLength 3 */
  currency: string;
  typeOfCost: TariffCostEnumType;
  fixed?: PriceType;
  energy?: PriceType;
  chargingTime?: PriceType;
  idleTime?: PriceType;
  reservationTime?: PriceType;
  reservationFixed?: PriceType;
  total: TotalPriceType;
  customData?: CustomDataType;
}

export interface TotalPriceType {
  exclTax?: number;
  inclTax?: number;
  customData?: CustomDataType;
}

export interface TotalUsageType {
  energy: number;
  /** @integer */
  chargingTime: number;
  /** @integer */
  idleTime: number;
  /** @integer */
  reservationTime?: number;
  customData?: CustomDataType;
}

export interface TransactionLimitType {
  maxCost?: number;
  maxEnergy?: number;
  /** @integer */
  maxTime?: number;
  /** @integer @minimum 0 @maximum 100 */
  maxSoC?: number;
  customData?: CustomDataType;
}

export interface TransactionType {
  /** @maxLength 36 */
  transactionId: string;
  chargingState?: ChargingStateEnumType;
  /** @integer */
  timeSpentCharging?: number;
  stoppedReason?: ReasonEnumType;
  /** @integer */
  remoteStartId?: number;
  operationMode?: OperationModeEnumType;
  /** @maxLength 60 */
  tariffId?: string;
  transactionLimit?: TransactionLimitType;
  customData?: CustomDataType;
}

export interface UnitOfMeasureType {
  /** @maxLength 20 @default "Wh" */
  unit?: string;
  /** @integer @default 0 */
  multiplier?: number;
  customData?: CustomDataType;
}

export interface V2XChargingParametersType {
  minChargePower?: number;
  minChargePower_L2?: number;
  minChargePower_L3?: number;
  maxChargePower?: number;
  maxChargePower_L2?: number;
  maxChargePower_L3?: number;
  minDischargePower?: number;
  minDischargePower_L2?: number;
  minDischargePower_L3?: number;
  maxDischargePower?: number;
  maxDischargePower_L2?: number;
  maxDischargePower_L3?: number;
  minChargeCurrent?: number;
  maxChargeCurrent?: number;
  minDischargeCurrent?: number;
  maxDischargeCurrent?: number;
  minVoltage?: number;
  maxVoltage?: number;
  evTargetEnergyRequest?: number;
  evMinEnergyRequest?: number;
  evMaxEnergyRequest?: number;
  evMinV2XEnergyRequest?: number;
  evMaxV2XEnergyRequest?: number;
  /** @integer @minimum 0 @maximum 100 */
  targetSoC?: number;
  customData?: CustomDataType;
}

export interface V2XFreqWattPointType {
  frequency: number;
  power: number;
  customData?: CustomDataType;
}

export interface V2XSignalWattPointType {
  /** @integer */
  signal: number;
  power: number;
  customData?: CustomDataType;
}

export interface VPNType {
  /** @maxLength 2000 */
  server: string;
  /** @maxLength 50 */
  user: string;
  /** @maxLength 50 */
  group?: string;
  /** @maxLength 64 */
  password: string;
  /** @maxLength 255 */
  key: string;
  type: VPNEnumType;
  customData?: CustomDataType;
}

export interface VariableAttributeType {
  /** @default "Actual" */
  type?: AttributeEnumType;
  /** @maxLength 2500 */
  value?: string;
  /** @default "ReadWrite" */
  mutability?: MutabilityEnumType;
  /** @default false */
  persistent?: boolean;
  /** @default false */
  constant?: boolean;
  customData?: CustomDataType;
}

export interface VariableCharacteristicsType {
  /** @maxLength 16 */
  unit?: string;
  dataType: DataEnumType;
  minLimit?: number;
  maxLimit?: number;
  /** @integer @minimum 1 */
  maxElements?: number;
  /** @maxLength 1000 */
  valuesList?: string;
  supportsMonitoring: boolean;
  customData?: CustomDataType;
}

export interface VariableMonitoringType {
  /** @integer @minimum 0 */
  id: number;
  transaction: boolean;
  value: number;
  type: MonitorEnumType;
  /** @integer @minimum 0 */
  severity: number;
  eventNotificationType: EventNotificationEnumType;
  customData?: CustomDataType;
}

export interface VariableType {
  /** @maxLength 50 */
  name: string;
  /** @maxLength 50 */
  instance?: string;
  customData?: CustomDataType;
}

export interface VoltageParamsType {
  hv10MinMeanValue?: number;
  hv10MinMeanTripDelay?: number;
  powerDuringCessation?: PowerDuringCessationEnumType;
  customData?: CustomDataType;
}
