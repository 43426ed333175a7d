// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Data types: 55.
import type { APNAuthenticationEnumType, AttributeEnumType, AuthorizationStatusEnumType, ChargingLimitSourceEnumType, ChargingProfileKindEnumType, ChargingProfilePurposeEnumType, ChargingRateUnitEnumType, ChargingStateEnumType, ClearMonitoringStatusEnumType, CostKindEnumType, DataEnumType, EnergyTransferModeEnumType, EventNotificationEnumType, EventTriggerEnumType, GetCertificateIdUseEnumType, GetVariableStatusEnumType, HashAlgorithmEnumType, IdTokenEnumType, LocationEnumType, MeasurandEnumType, MessageFormatEnumType, MessagePriorityEnumType, MessageStateEnumType, MonitorEnumType, MutabilityEnumType, OCPPInterfaceEnumType, OCPPTransportEnumType, OCPPVersionEnumType, PhaseEnumType, ReadingContextEnumType, ReasonEnumType, RecurrencyKindEnumType, SetMonitoringStatusEnumType, SetVariableStatusEnumType, VPNEnumType } from './enums.js';

/** The OCPP 2.0.1 data type ACChargingParametersType. */
export interface ACChargingParametersType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  energyAmount: number;
  /** Required: an integer. @integer */
  evMinCurrent: number;
  /** Required: an integer. @integer */
  evMaxCurrent: number;
  /** Required: an integer. @integer */
  evMaxVoltage: number;
}

/** The OCPP 2.0.1 data type APNType. */
export interface APNType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  apn: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  apnUserName?: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  apnPassword?: string;
  /** Optional: an integer. @integer */
  simPin?: number;
  /** Optional: a string of at most 6 characters. @maxLength 6 */
  preferredNetwork?: string;
  /** Optional: true or false. @default false */
  useOnlyPreferredNetwork?: boolean;
  /** Required: an APNAuthenticationEnumType value. */
  apnAuthentication: APNAuthenticationEnumType;
}

/** The OCPP 2.0.1 data type AdditionalInfoType. */
export interface AdditionalInfoType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  additionalIdToken: string;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  type: string;
}

/** The OCPP 2.0.1 data type AuthorizationData. */
export interface AuthorizationData {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Optional: an IdTokenInfoType. */
  idTokenInfo?: IdTokenInfoType;
}

/** The OCPP 2.0.1 data type CertificateHashDataChainType. */
export interface CertificateHashDataChainType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a CertificateHashDataType. */
  certificateHashData: CertificateHashDataType;
  /** Required: a GetCertificateIdUseEnumType value. */
  certificateType: GetCertificateIdUseEnumType;
  /** Optional: a list of 1 to 4 items, each a CertificateHashDataType. @minItems 1 @maxItems 4 */
  childCertificateHashData?: CertificateHashDataType[];
}

/** The OCPP 2.0.1 data type CertificateHashDataType. */
export interface CertificateHashDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a HashAlgorithmEnumType value. */
  hashAlgorithm: HashAlgorithmEnumType;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerNameHash: string;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerKeyHash: string;
  /** Required: a string of at most 40 characters. @maxLength 40 */
  serialNumber: string;
}

/** The OCPP 2.0.1 data type ChargingLimitType. */
export interface ChargingLimitType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ChargingLimitSourceEnumType value. */
  chargingLimitSource: ChargingLimitSourceEnumType;
  /** Optional: true or false. */
  isGridCritical?: boolean;
}

/** The OCPP 2.0.1 data type ChargingNeedsType. */
export interface ChargingNeedsType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an ACChargingParametersType. */
  acChargingParameters?: ACChargingParametersType;
  /** Optional: a DCChargingParametersType. */
  dcChargingParameters?: DCChargingParametersType;
  /** Required: an EnergyTransferModeEnumType value. */
  requestedEnergyTransfer: EnergyTransferModeEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  departureTime?: string;
}

/** The OCPP 2.0.1 data type ChargingProfileCriterionType. */
export interface ChargingProfileCriterionType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a ChargingProfilePurposeEnumType value. */
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** Optional: an integer. @integer */
  stackLevel?: number;
  /** Optional: a list of at least 1 items, each an integer. @minItems 1 */
  chargingProfileId?: number[];
  /** Optional: a list of 1 to 4 items, each a ChargingLimitSourceEnumType value. @minItems 1 @maxItems 4 */
  chargingLimitSource?: ChargingLimitSourceEnumType[];
}

/** The OCPP 2.0.1 data type ChargingProfileType. */
export interface ChargingProfileType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  id: number;
  /** Required: an integer. @integer */
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
  /** Required: a list of 1 to 3 items, each a ChargingScheduleType. @minItems 1 @maxItems 3 */
  chargingSchedule: ChargingScheduleType[];
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
}

/** The OCPP 2.0.1 data type ChargingSchedulePeriodType. */
export interface ChargingSchedulePeriodType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  startPeriod: number;
  /** Required: a number. */
  limit: number;
  /** Optional: an integer. @integer */
  numberPhases?: number;
  /** Optional: an integer. @integer */
  phaseToUse?: number;
}

/** The OCPP 2.0.1 data type ChargingScheduleType. */
export interface ChargingScheduleType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  id: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startSchedule?: string;
  /** Optional: an integer. @integer */
  duration?: number;
  /** Required: a ChargingRateUnitEnumType value. */
  chargingRateUnit: ChargingRateUnitEnumType;
  /** Required: a list of 1 to 1024 items, each a ChargingSchedulePeriodType. @minItems 1 @maxItems 1024 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  /** Optional: a number. */
  minChargingRate?: number;
  /** Optional: a SalesTariffType. */
  salesTariff?: SalesTariffType;
}

/** The OCPP 2.0.1 data type ChargingStationType. */
export interface ChargingStationType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
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
}

/** The OCPP 2.0.1 data type ClearChargingProfileType. */
export interface ClearChargingProfileType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an integer. @integer */
  evseId?: number;
  /** Optional: a ChargingProfilePurposeEnumType value. */
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** Optional: an integer. @integer */
  stackLevel?: number;
}

/** The OCPP 2.0.1 data type ClearMonitoringResultType. */
export interface ClearMonitoringResultType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ClearMonitoringStatusEnumType value. */
  status: ClearMonitoringStatusEnumType;
  /** Required: an integer. @integer */
  id: number;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The OCPP 2.0.1 data type ComponentType. */
export interface ComponentType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  name: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  instance?: string;
}

/** The OCPP 2.0.1 data type ComponentVariableType. */
export interface ComponentVariableType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Optional: a VariableType. */
  variable?: VariableType;
}

/** The OCPP 2.0.1 data type CompositeScheduleType. */
export interface CompositeScheduleType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a ChargingSchedulePeriodType. @minItems 1 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  /** Required: an integer. @integer */
  evseId: number;
  /** Required: an integer. @integer */
  duration: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  scheduleStart: string;
  /** Required: a ChargingRateUnitEnumType value. */
  chargingRateUnit: ChargingRateUnitEnumType;
}

/** The OCPP 2.0.1 data type ConsumptionCostType. */
export interface ConsumptionCostType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a number. */
  startValue: number;
  /** Required: a list of 1 to 3 items, each a CostType. @minItems 1 @maxItems 3 */
  cost: CostType[];
}

/** The OCPP 2.0.1 data type CostType. */
export interface CostType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a CostKindEnumType value. */
  costKind: CostKindEnumType;
  /** Required: an integer. @integer */
  amount: number;
  /** Optional: an integer. @integer */
  amountMultiplier?: number;
}

/** The OCPP 2.0.1 data type CustomDataType. */
export interface CustomDataType {
  /** Required: a string of at most 255 characters. @maxLength 255 */
  vendorId: string;
  /** Open: any further property is allowed. */
  [extension: string]: unknown;
}

/** The OCPP 2.0.1 data type DCChargingParametersType. */
export interface DCChargingParametersType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  evMaxCurrent: number;
  /** Required: an integer. @integer */
  evMaxVoltage: number;
  /** Optional: an integer. @integer */
  energyAmount?: number;
  /** Optional: an integer. @integer */
  evMaxPower?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  stateOfCharge?: number;
  /** Optional: an integer. @integer */
  evEnergyCapacity?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  fullSoC?: number;
  /** Optional: an integer from 0 to 100. @integer @minimum 0 @maximum 100 */
  bulkSoC?: number;
}

/** The OCPP 2.0.1 data type EVSEType. */
export interface EVSEType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  id: number;
  /** Optional: an integer. @integer */
  connectorId?: number;
}

/** The OCPP 2.0.1 data type EventDataType. */
export interface EventDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  eventId: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: an EventTriggerEnumType value. */
  trigger: EventTriggerEnumType;
  /** Optional: an integer. @integer */
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
  /** Optional: an integer. @integer */
  variableMonitoringId?: number;
  /** Required: an EventNotificationEnumType value. */
  eventNotificationType: EventNotificationEnumType;
  /** Required: a VariableType. */
  variable: VariableType;
}

/** The OCPP 2.0.1 data type FirmwareType. */
export interface FirmwareType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  location: string;
  /** Required: an RFC 3339 date-time. @format date-time */
  retrieveDateTime: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  installDateTime?: string;
  /** Optional: a string of at most 5500 characters. @maxLength 5500 */
  signingCertificate?: string;
  /** Optional: a string of at most 800 characters. @maxLength 800 */
  signature?: string;
}

/** The OCPP 2.0.1 data type GetVariableDataType. */
export interface GetVariableDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an AttributeEnumType value. @default "Actual" */
  attributeType?: AttributeEnumType;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
}

/** The OCPP 2.0.1 data type GetVariableResultType. */
export interface GetVariableResultType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a StatusInfoType. */
  attributeStatusInfo?: StatusInfoType;
  /** Required: a GetVariableStatusEnumType value. */
  attributeStatus: GetVariableStatusEnumType;
  /** Optional: an AttributeEnumType value. @default "Actual" */
  attributeType?: AttributeEnumType;
  /** Optional: a string of at most 2500 characters. @maxLength 2500 */
  attributeValue?: string;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
}

/** The OCPP 2.0.1 data type IdTokenInfoType. */
export interface IdTokenInfoType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an AuthorizationStatusEnumType value. */
  status: AuthorizationStatusEnumType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  cacheExpiryDateTime?: string;
  /** Optional: an integer. @integer */
  chargingPriority?: number;
  /** Optional: a string of at most 8 characters. @maxLength 8 */
  language1?: string;
  /** Optional: a list of at least 1 items, each an integer. @minItems 1 */
  evseId?: number[];
  /** Optional: an IdTokenType. */
  groupIdToken?: IdTokenType;
  /** Optional: a string of at most 8 characters. @maxLength 8 */
  language2?: string;
  /** Optional: a MessageContentType. */
  personalMessage?: MessageContentType;
}

/** The OCPP 2.0.1 data type IdTokenType. */
export interface IdTokenType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each an AdditionalInfoType. @minItems 1 */
  additionalInfo?: AdditionalInfoType[];
  /** Required: a string of at most 36 characters. @maxLength 36 */
  idToken: string;
  /** Required: an IdTokenEnumType value. */
  type: IdTokenEnumType;
}

/** The OCPP 2.0.1 data type LogParametersType. */
export interface LogParametersType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  remoteLocation: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  oldestTimestamp?: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  latestTimestamp?: string;
}

/** The OCPP 2.0.1 data type MessageContentType. */
export interface MessageContentType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a MessageFormatEnumType value. */
  format: MessageFormatEnumType;
  /** Optional: a string of at most 8 characters. @maxLength 8 */
  language?: string;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  content: string;
}

/** The OCPP 2.0.1 data type MessageInfoType. */
export interface MessageInfoType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a ComponentType. */
  display?: ComponentType;
  /** Required: an integer. @integer */
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
}

/** The OCPP 2.0.1 data type MeterValueType. */
export interface MeterValueType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a SampledValueType. @minItems 1 */
  sampledValue: SampledValueType[];
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
}

/** The OCPP 2.0.1 data type ModemType. */
export interface ModemType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  iccid?: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  imsi?: string;
}

/** The OCPP 2.0.1 data type MonitoringDataType. */
export interface MonitoringDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Required: a list of at least 1 items, each a VariableMonitoringType. @minItems 1 */
  variableMonitoring: VariableMonitoringType[];
}

/** The OCPP 2.0.1 data type NetworkConnectionProfileType. */
export interface NetworkConnectionProfileType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an APNType. */
  apn?: APNType;
  /** Required: an OCPPVersionEnumType value. */
  ocppVersion: OCPPVersionEnumType;
  /** Required: an OCPPTransportEnumType value. */
  ocppTransport: OCPPTransportEnumType;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  ocppCsmsUrl: string;
  /** Required: an integer. @integer */
  messageTimeout: number;
  /** Required: an integer. @integer */
  securityProfile: number;
  /** Required: an OCPPInterfaceEnumType value. */
  ocppInterface: OCPPInterfaceEnumType;
  /** Optional: a VPNType. */
  vpn?: VPNType;
}

/** The OCPP 2.0.1 data type OCSPRequestDataType. */
export interface OCSPRequestDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a HashAlgorithmEnumType value. */
  hashAlgorithm: HashAlgorithmEnumType;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerNameHash: string;
  /** Required: a string of at most 128 characters. @maxLength 128 */
  issuerKeyHash: string;
  /** Required: a string of at most 40 characters. @maxLength 40 */
  serialNumber: string;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  responderURL: string;
}

/** The OCPP 2.0.1 data type RelativeTimeIntervalType. */
export interface RelativeTimeIntervalType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  start: number;
  /** Optional: an integer. @integer */
  duration?: number;
}

/** The OCPP 2.0.1 data type ReportDataType. */
export interface ReportDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
  /** Required: a list of 1 to 4 items, each a VariableAttributeType. @minItems 1 @maxItems 4 */
  variableAttribute: VariableAttributeType[];
  /** Optional: a VariableCharacteristicsType. */
  variableCharacteristics?: VariableCharacteristicsType;
}

/** The OCPP 2.0.1 data type SalesTariffEntryType. */
export interface SalesTariffEntryType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a RelativeTimeIntervalType. */
  relativeTimeInterval: RelativeTimeIntervalType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  ePriceLevel?: number;
  /** Optional: a list of 1 to 3 items, each a ConsumptionCostType. @minItems 1 @maxItems 3 */
  consumptionCost?: ConsumptionCostType[];
}

/** The OCPP 2.0.1 data type SalesTariffType. */
export interface SalesTariffType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  id: number;
  /** Optional: a string of at most 32 characters. @maxLength 32 */
  salesTariffDescription?: string;
  /** Optional: an integer. @integer */
  numEPriceLevels?: number;
  /** Required: a list of 1 to 1024 items, each a SalesTariffEntryType. @minItems 1 @maxItems 1024 */
  salesTariffEntry: SalesTariffEntryType[];
}

/** The OCPP 2.0.1 data type SampledValueType. */
export interface SampledValueType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a number. */
  value: number;
  /** Optional: a ReadingContextEnumType value. @default "Sample.Periodic" */
  context?: ReadingContextEnumType;
  /** Optional: a MeasurandEnumType value. @default "Energy.Active.Import.Register" */
  measurand?: MeasurandEnumType;
  /** Optional: a PhaseEnumType value. */
  phase?: PhaseEnumType;
  /** Optional: a LocationEnumType value. @default "Outlet" */
  location?: LocationEnumType;
  /** Optional: a SignedMeterValueType. */
  signedMeterValue?: SignedMeterValueType;
  /** Optional: an UnitOfMeasureType. */
  unitOfMeasure?: UnitOfMeasureType;
}

/** The OCPP 2.0.1 data type SetMonitoringDataType. */
export interface SetMonitoringDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an integer. @integer */
  id?: number;
  /** Optional: true or false. @default false */
  transaction?: boolean;
  /** Required: a number. */
  value: number;
  /** Required: a MonitorEnumType value. */
  type: MonitorEnumType;
  /** Required: an integer. @integer */
  severity: number;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
}

/** The OCPP 2.0.1 data type SetMonitoringResultType. */
export interface SetMonitoringResultType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an integer. @integer */
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
  /** Required: an integer. @integer */
  severity: number;
}

/** The OCPP 2.0.1 data type SetVariableDataType. */
export interface SetVariableDataType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an AttributeEnumType value. @default "Actual" */
  attributeType?: AttributeEnumType;
  /** Required: a string of at most 1000 characters. @maxLength 1000 */
  attributeValue: string;
  /** Required: a ComponentType. */
  component: ComponentType;
  /** Required: a VariableType. */
  variable: VariableType;
}

/** The OCPP 2.0.1 data type SetVariableResultType. */
export interface SetVariableResultType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
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
}

/** The OCPP 2.0.1 data type SignedMeterValueType. */
export interface SignedMeterValueType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 2500 characters. @maxLength 2500 */
  signedMeterData: string;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  signingMethod: string;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  encodingMethod: string;
  /** Required: a string of at most 2500 characters. @maxLength 2500 */
  publicKey: string;
}

/** The OCPP 2.0.1 data type StatusInfoType. */
export interface StatusInfoType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  reasonCode: string;
  /** Optional: a string of at most 512 characters. @maxLength 512 */
  additionalInfo?: string;
}

/** The OCPP 2.0.1 data type TransactionType. */
export interface TransactionType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
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
}

/** The OCPP 2.0.1 data type UnitOfMeasureType. */
export interface UnitOfMeasureType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a string of at most 20 characters. @maxLength 20 @default "Wh" */
  unit?: string;
  /** Optional: an integer. @integer @default 0 */
  multiplier?: number;
}

/** The OCPP 2.0.1 data type VPNType. */
export interface VPNType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  server: string;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  user: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  group?: string;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  password: string;
  /** Required: a string of at most 255 characters. @maxLength 255 */
  key: string;
  /** Required: a VPNEnumType value. */
  type: VPNEnumType;
}

/** The OCPP 2.0.1 data type VariableAttributeType. */
export interface VariableAttributeType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
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
}

/** The OCPP 2.0.1 data type VariableCharacteristicsType. */
export interface VariableCharacteristicsType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a string of at most 16 characters. @maxLength 16 */
  unit?: string;
  /** Required: a DataEnumType value. */
  dataType: DataEnumType;
  /** Optional: a number. */
  minLimit?: number;
  /** Optional: a number. */
  maxLimit?: number;
  /** Optional: a string of at most 1000 characters. @maxLength 1000 */
  valuesList?: string;
  /** Required: true or false. */
  supportsMonitoring: boolean;
}

/** The OCPP 2.0.1 data type VariableMonitoringType. */
export interface VariableMonitoringType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  id: number;
  /** Required: true or false. */
  transaction: boolean;
  /** Required: a number. */
  value: number;
  /** Required: a MonitorEnumType value. */
  type: MonitorEnumType;
  /** Required: an integer. @integer */
  severity: number;
}

/** The OCPP 2.0.1 data type VariableType. */
export interface VariableType {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  name: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  instance?: string;
}
