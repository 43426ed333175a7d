// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Data types: 55.
import type { APNAuthenticationEnumType, AttributeEnumType, AuthorizationStatusEnumType, ChargingLimitSourceEnumType, ChargingProfileKindEnumType, ChargingProfilePurposeEnumType, ChargingRateUnitEnumType, ChargingStateEnumType, ClearMonitoringStatusEnumType, CostKindEnumType, DataEnumType, EnergyTransferModeEnumType, EventNotificationEnumType, EventTriggerEnumType, GetCertificateIdUseEnumType, GetVariableStatusEnumType, HashAlgorithmEnumType, IdTokenEnumType, LocationEnumType, MeasurandEnumType, MessageFormatEnumType, MessagePriorityEnumType, MessageStateEnumType, MonitorEnumType, MutabilityEnumType, OCPPInterfaceEnumType, OCPPTransportEnumType, OCPPVersionEnumType, PhaseEnumType, ReadingContextEnumType, ReasonEnumType, RecurrencyKindEnumType, SetMonitoringStatusEnumType, SetVariableStatusEnumType, VPNEnumType } from './enums.js';

export interface ACChargingParametersType {
  customData?: CustomDataType;
  /** @integer */
  energyAmount: number;
  /** @integer */
  evMinCurrent: number;
  /** @integer */
  evMaxCurrent: number;
  /** @integer */
  evMaxVoltage: number;
}

export interface APNType {
  customData?: CustomDataType;
  /** @maxLength 512 */
  apn: string;
  /** @maxLength 20 */
  apnUserName?: string;
  /** @maxLength 20 */
  apnPassword?: string;
  /** @integer */
  simPin?: number;
  /** @maxLength 6 */
  preferredNetwork?: string;
  /** @default false */
  useOnlyPreferredNetwork?: boolean;
  apnAuthentication: APNAuthenticationEnumType;
}

export interface AdditionalInfoType {
  customData?: CustomDataType;
  /** @maxLength 36 */
  additionalIdToken: string;
  /** @maxLength 50 */
  type: string;
}

export interface AuthorizationData {
  customData?: CustomDataType;
  idToken: IdTokenType;
  idTokenInfo?: IdTokenInfoType;
}

export interface CertificateHashDataChainType {
  customData?: CustomDataType;
  certificateHashData: CertificateHashDataType;
  certificateType: GetCertificateIdUseEnumType;
  /** @minItems 1 @maxItems 4 */
  childCertificateHashData?: CertificateHashDataType[];
}

export interface CertificateHashDataType {
  customData?: CustomDataType;
  hashAlgorithm: HashAlgorithmEnumType;
  /** @maxLength 128 */
  issuerNameHash: string;
  /** @maxLength 128 */
  issuerKeyHash: string;
  /** @maxLength 40 */
  serialNumber: string;
}

export interface ChargingLimitType {
  customData?: CustomDataType;
  chargingLimitSource: ChargingLimitSourceEnumType;
  isGridCritical?: boolean;
}

export interface ChargingNeedsType {
  customData?: CustomDataType;
  acChargingParameters?: ACChargingParametersType;
  dcChargingParameters?: DCChargingParametersType;
  requestedEnergyTransfer: EnergyTransferModeEnumType;
  /** @format date-time */
  departureTime?: string;
}

export interface ChargingProfileCriterionType {
  customData?: CustomDataType;
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** @integer */
  stackLevel?: number;
  /** @minItems 1 @items.integer */
  chargingProfileId?: number[];
  /** @minItems 1 @maxItems 4 */
  chargingLimitSource?: ChargingLimitSourceEnumType[];
}

export interface ChargingProfileType {
  customData?: CustomDataType;
  /** @integer */
  id: number;
  /** @integer */
  stackLevel: number;
  chargingProfilePurpose: ChargingProfilePurposeEnumType;
  chargingProfileKind: ChargingProfileKindEnumType;
  recurrencyKind?: RecurrencyKindEnumType;
  /** @format date-time */
  validFrom?: string;
  /** @format date-time */
  validTo?: string;
  /** @minItems 1 @maxItems 3 */
  chargingSchedule: ChargingScheduleType[];
  /** @maxLength 36 */
  transactionId?: string;
}

export interface ChargingSchedulePeriodType {
  customData?: CustomDataType;
  /** @integer */
  startPeriod: number;
  limit: number;
  /** @integer */
  numberPhases?: number;
  /** @integer */
  phaseToUse?: number;
}

export interface ChargingScheduleType {
  customData?: CustomDataType;
  /** @integer */
  id: number;
  /** @format date-time */
  startSchedule?: string;
  /** @integer */
  duration?: number;
  chargingRateUnit: ChargingRateUnitEnumType;
  /** @minItems 1 @maxItems 1024 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  minChargingRate?: number;
  salesTariff?: SalesTariffType;
}

export interface ChargingStationType {
  customData?: CustomDataType;
  /** @maxLength 25 */
  serialNumber?: string;
  /** @maxLength 20 */
  model: string;
  modem?: ModemType;
  /** @maxLength 50 */
  vendorName: string;
  /** @maxLength 50 */
  firmwareVersion?: string;
}

export interface ClearChargingProfileType {
  customData?: CustomDataType;
  /** @integer */
  evseId?: number;
  chargingProfilePurpose?: ChargingProfilePurposeEnumType;
  /** @integer */
  stackLevel?: number;
}

export interface ClearMonitoringResultType {
  customData?: CustomDataType;
  status: ClearMonitoringStatusEnumType;
  /** @integer */
  id: number;
  statusInfo?: StatusInfoType;
}

export interface ComponentType {
  customData?: CustomDataType;
  evse?: EVSEType;
  /** @maxLength 50 */
  name: string;
  /** @maxLength 50 */
  instance?: string;
}

export interface ComponentVariableType {
  customData?: CustomDataType;
  component: ComponentType;
  variable?: VariableType;
}

export interface CompositeScheduleType {
  customData?: CustomDataType;
  /** @minItems 1 */
  chargingSchedulePeriod: ChargingSchedulePeriodType[];
  /** @integer */
  evseId: number;
  /** @integer */
  duration: number;
  /** @format date-time */
  scheduleStart: string;
  chargingRateUnit: ChargingRateUnitEnumType;
}

export interface ConsumptionCostType {
  customData?: CustomDataType;
  startValue: number;
  /** @minItems 1 @maxItems 3 */
  cost: CostType[];
}

export interface CostType {
  customData?: CustomDataType;
  costKind: CostKindEnumType;
  /** @integer */
  amount: number;
  /** @integer */
  amountMultiplier?: number;
}

export interface CustomDataType {
  /** @maxLength 255 */
  vendorId: string;
  /** Open: any further property is allowed. */
  [extension: string]: unknown;
}

export interface DCChargingParametersType {
  customData?: CustomDataType;
  /** @integer */
  evMaxCurrent: number;
  /** @integer */
  evMaxVoltage: number;
  /** @integer */
  energyAmount?: number;
  /** @integer */
  evMaxPower?: number;
  /** @integer @minimum 0 @maximum 100 */
  stateOfCharge?: number;
  /** @integer */
  evEnergyCapacity?: number;
  /** @integer @minimum 0 @maximum 100 */
  fullSoC?: number;
  /** @integer @minimum 0 @maximum 100 */
  bulkSoC?: number;
}

export interface EVSEType {
  customData?: CustomDataType;
  /** @integer */
  id: number;
  /** @integer */
  connectorId?: number;
}

export interface EventDataType {
  customData?: CustomDataType;
  /** @integer */
  eventId: number;
  /** @format date-time */
  timestamp: string;
  trigger: EventTriggerEnumType;
  /** @integer */
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
  /** @integer */
  variableMonitoringId?: number;
  eventNotificationType: EventNotificationEnumType;
  variable: VariableType;
}

export interface FirmwareType {
  customData?: CustomDataType;
  /** @maxLength 512 */
  location: string;
  /** @format date-time */
  retrieveDateTime: string;
  /** @format date-time */
  installDateTime?: string;
  /** @maxLength 5500 */
  signingCertificate?: string;
  /** @maxLength 800 */
  signature?: string;
}

export interface GetVariableDataType {
  customData?: CustomDataType;
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  component: ComponentType;
  variable: VariableType;
}

export interface GetVariableResultType {
  customData?: CustomDataType;
  attributeStatusInfo?: StatusInfoType;
  attributeStatus: GetVariableStatusEnumType;
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  /** @maxLength 2500 */
  attributeValue?: string;
  component: ComponentType;
  variable: VariableType;
}

export interface IdTokenInfoType {
  customData?: CustomDataType;
  status: AuthorizationStatusEnumType;
  /** @format date-time */
  cacheExpiryDateTime?: string;
  /** @integer */
  chargingPriority?: number;
  /** @maxLength 8 */
  language1?: string;
  /** @minItems 1 @items.integer */
  evseId?: number[];
  groupIdToken?: IdTokenType;
  /** @maxLength 8 */
  language2?: string;
  personalMessage?: MessageContentType;
}

export interface IdTokenType {
  customData?: CustomDataType;
  /** @minItems 1 */
  additionalInfo?: AdditionalInfoType[];
  /** @maxLength 36 */
  idToken: string;
  type: IdTokenEnumType;
}

export interface LogParametersType {
  customData?: CustomDataType;
  /** @maxLength 512 */
  remoteLocation: string;
  /** @format date-time */
  oldestTimestamp?: string;
  /** @format date-time */
  latestTimestamp?: string;
}

export interface MessageContentType {
  customData?: CustomDataType;
  format: MessageFormatEnumType;
  /** @maxLength 8 */
  language?: string;
  /** @maxLength 512 */
  content: string;
}

export interface MessageInfoType {
  customData?: CustomDataType;
  display?: ComponentType;
  /** @integer */
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
}

export interface MeterValueType {
  customData?: CustomDataType;
  /** @minItems 1 */
  sampledValue: SampledValueType[];
  /** @format date-time */
  timestamp: string;
}

export interface ModemType {
  customData?: CustomDataType;
  /** @maxLength 20 */
  iccid?: string;
  /** @maxLength 20 */
  imsi?: string;
}

export interface MonitoringDataType {
  customData?: CustomDataType;
  component: ComponentType;
  variable: VariableType;
  /** @minItems 1 */
  variableMonitoring: VariableMonitoringType[];
}

export interface NetworkConnectionProfileType {
  customData?: CustomDataType;
  apn?: APNType;
  ocppVersion: OCPPVersionEnumType;
  ocppTransport: OCPPTransportEnumType;
  /** @maxLength 512 */
  ocppCsmsUrl: string;
  /** @integer */
  messageTimeout: number;
  /** @integer */
  securityProfile: number;
  ocppInterface: OCPPInterfaceEnumType;
  vpn?: VPNType;
}

export interface OCSPRequestDataType {
  customData?: CustomDataType;
  hashAlgorithm: HashAlgorithmEnumType;
  /** @maxLength 128 */
  issuerNameHash: string;
  /** @maxLength 128 */
  issuerKeyHash: string;
  /** @maxLength 40 */
  serialNumber: string;
  /** @maxLength 512 */
  responderURL: string;
}

export interface RelativeTimeIntervalType {
  customData?: CustomDataType;
  /** @integer */
  start: number;
  /** @integer */
  duration?: number;
}

export interface ReportDataType {
  customData?: CustomDataType;
  component: ComponentType;
  variable: VariableType;
  /** @minItems 1 @maxItems 4 */
  variableAttribute: VariableAttributeType[];
  variableCharacteristics?: VariableCharacteristicsType;
}

export interface SalesTariffEntryType {
  customData?: CustomDataType;
  relativeTimeInterval: RelativeTimeIntervalType;
  /** @integer @minimum 0 */
  ePriceLevel?: number;
  /** @minItems 1 @maxItems 3 */
  consumptionCost?: ConsumptionCostType[];
}

export interface SalesTariffType {
  customData?: CustomDataType;
  /** @integer */
  id: number;
  /** @maxLength 32 */
  salesTariffDescription?: string;
  /** @integer */
  numEPriceLevels?: number;
  /** @minItems 1 @maxItems 1024 */
  salesTariffEntry: SalesTariffEntryType[];
}

export interface SampledValueType {
  customData?: CustomDataType;
  value: number;
  /** @default "Sample.Periodic" */
  context?: ReadingContextEnumType;
  /** @default "Energy.Active.Import.Register" */
  measurand?: MeasurandEnumType;
  phase?: PhaseEnumType;
  /** @default "Outlet" */
  location?: LocationEnumType;
  signedMeterValue?: SignedMeterValueType;
  unitOfMeasure?: UnitOfMeasureType;
}

export interface SetMonitoringDataType {
  customData?: CustomDataType;
  /** @integer */
  id?: number;
  /** @default false */
  transaction?: boolean;
  value: number;
  type: MonitorEnumType;
  /** @integer */
  severity: number;
  component: ComponentType;
  variable: VariableType;
}

export interface SetMonitoringResultType {
  customData?: CustomDataType;
  /** @integer */
  id?: number;
  statusInfo?: StatusInfoType;
  status: SetMonitoringStatusEnumType;
  type: MonitorEnumType;
  component: ComponentType;
  variable: VariableType;
  /** @integer */
  severity: number;
}

export interface SetVariableDataType {
  customData?: CustomDataType;
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  /** @maxLength 1000 */
  attributeValue: string;
  component: ComponentType;
  variable: VariableType;
}

export interface SetVariableResultType {
  customData?: CustomDataType;
  /** @default "Actual" */
  attributeType?: AttributeEnumType;
  attributeStatus: SetVariableStatusEnumType;
  attributeStatusInfo?: StatusInfoType;
  component: ComponentType;
  variable: VariableType;
}

export interface SignedMeterValueType {
  customData?: CustomDataType;
  /** @maxLength 2500 */
  signedMeterData: string;
  /** @maxLength 50 */
  signingMethod: string;
  /** @maxLength 50 */
  encodingMethod: string;
  /** @maxLength 2500 */
  publicKey: string;
}

export interface StatusInfoType {
  customData?: CustomDataType;
  /** @maxLength 20 */
  reasonCode: string;
  /** @maxLength 512 */
  additionalInfo?: string;
}

export interface TransactionType {
  customData?: CustomDataType;
  /** @maxLength 36 */
  transactionId: string;
  chargingState?: ChargingStateEnumType;
  /** @integer */
  timeSpentCharging?: number;
  stoppedReason?: ReasonEnumType;
  /** @integer */
  remoteStartId?: number;
}

export interface UnitOfMeasureType {
  customData?: CustomDataType;
  /** @maxLength 20 @default "Wh" */
  unit?: string;
  /** @integer @default 0 */
  multiplier?: number;
}

export interface VPNType {
  customData?: CustomDataType;
  /** @maxLength 512 */
  server: string;
  /** @maxLength 20 */
  user: string;
  /** @maxLength 20 */
  group?: string;
  /** @maxLength 20 */
  password: string;
  /** @maxLength 255 */
  key: string;
  type: VPNEnumType;
}

export interface VariableAttributeType {
  customData?: CustomDataType;
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
}

export interface VariableCharacteristicsType {
  customData?: CustomDataType;
  /** @maxLength 16 */
  unit?: string;
  dataType: DataEnumType;
  minLimit?: number;
  maxLimit?: number;
  /** @maxLength 1000 */
  valuesList?: string;
  supportsMonitoring: boolean;
}

export interface VariableMonitoringType {
  customData?: CustomDataType;
  /** @integer */
  id: number;
  transaction: boolean;
  value: number;
  type: MonitorEnumType;
  /** @integer */
  severity: number;
}

export interface VariableType {
  customData?: CustomDataType;
  /** @maxLength 50 */
  name: string;
  /** @maxLength 50 */
  instance?: string;
}
