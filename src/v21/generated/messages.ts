// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Messages: 181, for 91 actions.
import type { AuthorizeCertificateStatusEnumType, BatterySwapEventEnumType, BootReasonEnumType, CancelReservationStatusEnumType, CertificateActionEnumType, CertificateSignedStatusEnumType, CertificateSigningUseEnumType, ChangeAvailabilityStatusEnumType, ChargingProfileStatusEnumType, ChargingRateUnitEnumType, ClearCacheStatusEnumType, ClearChargingProfileStatusEnumType, ClearMessageStatusEnumType, ComponentCriterionEnumType, ConnectorStatusEnumType, CustomerInformationStatusEnumType, DERControlEnumType, DERControlStatusEnumType, DataTransferStatusEnumType, DeleteCertificateStatusEnumType, DisplayMessageStatusEnumType, EnergyTransferModeEnumType, FirmwareStatusEnumType, GenericDeviceModelStatusEnumType, GenericStatusEnumType, GetCertificateIdUseEnumType, GetCertificateStatusEnumType, GetChargingProfileStatusEnumType, GetDisplayMessagesStatusEnumType, GetInstalledCertificateStatusEnumType, GridEventFaultEnumType, InstallCertificateStatusEnumType, InstallCertificateUseEnumType, Iso15118EVCertificateStatusEnumType, LogEnumType, LogStatusEnumType, MessagePriorityEnumType, MessageStateEnumType, MessageTriggerEnumType, MonitoringBaseEnumType, MonitoringCriterionEnumType, NotifyAllowedEnergyTransferStatusEnumType, NotifyEVChargingNeedsStatusEnumType, OperationalStatusEnumType, PaymentStatusEnumType, PreconditioningStatusEnumType, PriorityChargingStatusEnumType, PublishFirmwareStatusEnumType, RegistrationStatusEnumType, ReportBaseEnumType, RequestStartStopStatusEnumType, ReservationUpdateStatusEnumType, ReserveNowStatusEnumType, ResetEnumType, ResetStatusEnumType, SendLocalListStatusEnumType, SetNetworkProfileStatusEnumType, TariffChangeStatusEnumType, TariffGetStatusEnumType, TariffSetStatusEnumType, TransactionEventEnumType, TriggerMessageStatusEnumType, TriggerReasonEnumType, UnlockStatusEnumType, UnpublishFirmwareStatusEnumType, UpdateEnumType, UpdateFirmwareStatusEnumType, UploadLogStatusEnumType } from './enums.js';
import type { AddressType, AuthorizationData, BatteryDataType, CertificateHashDataChainType, CertificateHashDataType, CertificateStatusRequestInfoType, CertificateStatusType, ChargingLimitType, ChargingNeedsType, ChargingProfileCriterionType, ChargingProfileType, ChargingScheduleType, ChargingScheduleUpdateType, ChargingStationType, ClearChargingProfileType, ClearMonitoringResultType, ClearTariffsResultType, ComponentVariableType, CompositeScheduleType, ConstantStreamDataType, CostDetailsType, CustomDataType, DERCurveGetType, DERCurveType, EVSEType, EnterServiceGetType, EnterServiceType, EventDataType, FirmwareType, FixedPFGetType, FixedPFType, FixedVarGetType, FixedVarType, FreqDroopGetType, FreqDroopType, GetVariableDataType, GetVariableResultType, GradientGetType, GradientType, IdTokenInfoType, IdTokenType, LimitMaxDischargeGetType, LimitMaxDischargeType, LogParametersType, MessageContentType, MessageInfoType, MeterValueType, MonitoringDataType, NetworkConnectionProfileType, OCSPRequestDataType, PeriodicEventStreamParamsType, ReportDataType, SetMonitoringDataType, SetMonitoringResultType, SetVariableDataType, SetVariableResultType, StatusInfoType, StreamDataElementType, TariffAssignmentType, TariffType, TransactionLimitType, TransactionType } from './types.js';

export interface AFRRSignalRequest {
  /** @format date-time */
  timestamp: string;
  /** @integer */
  signal: number;
  customData?: CustomDataType;
}

export interface AFRRSignalResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface AdjustPeriodicEventStreamRequest {
  /** @integer @minimum 0 */
  id: number;
  params: PeriodicEventStreamParamsType;
  customData?: CustomDataType;
}

export interface AdjustPeriodicEventStreamResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface AuthorizeRequest {
  idToken: IdTokenType;
  /** @maxLength 10000 */
  certificate?: string;
  /** @minItems 1 @maxItems 4 */
  iso15118CertificateHashData?: OCSPRequestDataType[];
  customData?: CustomDataType;
}

export interface AuthorizeResponse {
  idTokenInfo: IdTokenInfoType;
  certificateStatus?: AuthorizeCertificateStatusEnumType;
  /** @minItems 1 */
  allowedEnergyTransfer?: EnergyTransferModeEnumType[];
  tariff?: TariffType;
  customData?: CustomDataType;
}

export interface BatterySwapRequest {
  /** @minItems 1 */
  batteryData: BatteryDataType[];
  eventType: BatterySwapEventEnumType;
  idToken: IdTokenType;
  /** @integer */
  requestId: number;
  customData?: CustomDataType;
}

export interface BatterySwapResponse {
  customData?: CustomDataType;
}

export interface BootNotificationRequest {
  chargingStation: ChargingStationType;
  reason: BootReasonEnumType;
  customData?: CustomDataType;
}

export interface BootNotificationResponse {
  /** @format date-time */
  currentTime: string;
  /** @integer */
  interval: number;
  status: RegistrationStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface CancelReservationRequest {
  /** @integer @minimum 0 */
  reservationId: number;
  customData?: CustomDataType;
}

export interface CancelReservationResponse {
  status: CancelReservationStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface CertificateSignedRequest {
  /** @maxLength 10000 */
  certificateChain: string;
  certificateType?: CertificateSigningUseEnumType;
  /** @integer */
  requestId?: number;
  customData?: CustomDataType;
}

export interface CertificateSignedResponse {
  status: CertificateSignedStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ChangeAvailabilityRequest {
  evse?: EVSEType;
  operationalStatus: OperationalStatusEnumType;
  customData?: CustomDataType;
}

export interface ChangeAvailabilityResponse {
  status: ChangeAvailabilityStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ChangeTransactionTariffRequest {
  tariff: TariffType;
  /** @maxLength 36 */
  transactionId: string;
  customData?: CustomDataType;
}

export interface ChangeTransactionTariffResponse {
  status: TariffChangeStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ClearCacheRequest {
  customData?: CustomDataType;
}

export interface ClearCacheResponse {
  status: ClearCacheStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ClearChargingProfileRequest {
  /** @integer */
  chargingProfileId?: number;
  chargingProfileCriteria?: ClearChargingProfileType;
  customData?: CustomDataType;
}

export interface ClearChargingProfileResponse {
  status: ClearChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ClearDERControlRequest {
  isDefault: boolean;
  controlType?: DERControlEnumType;
  /** @maxLength 36 */
  controlId?: string;
  customData?: CustomDataType;
}

export interface ClearDERControlResponse {
  status: DERControlStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ClearDisplayMessageRequest {
  /** @integer @minimum 0 */
  id: number;
  customData?: CustomDataType;
}

export interface ClearDisplayMessageResponse {
  status: ClearMessageStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ClearTariffsRequest {
  /** @minItems 1 @items.maxLength 60 */
  tariffIds?: string[];
  /** @integer @minimum 0 */
  evseId?: number;
  customData?: CustomDataType;
}

export interface ClearTariffsResponse {
  /** @minItems 1 */
  clearTariffsResult: ClearTariffsResultType[];
  customData?: CustomDataType;
}

export interface ClearVariableMonitoringRequest {
  /** @minItems 1 @items.integer @items.minimum 0 */
  id: number[];
  customData?: CustomDataType;
}

export interface ClearVariableMonitoringResponse {
  /** @minItems 1 */
  clearMonitoringResult: ClearMonitoringResultType[];
  customData?: CustomDataType;
}

export interface ClearedChargingLimitRequest {
  /** @maxLength 20 */
  chargingLimitSource: string;
  /** @integer @minimum 0 */
  evseId?: number;
  customData?: CustomDataType;
}

export interface ClearedChargingLimitResponse {
  customData?: CustomDataType;
}

export interface ClosePeriodicEventStreamRequest {
  /** @integer @minimum 0 */
  id: number;
  customData?: CustomDataType;
}

export interface ClosePeriodicEventStreamResponse {
  customData?: CustomDataType;
}

export interface CostUpdatedRequest {
  totalCost: number;
  /** @maxLength 36 */
  transactionId: string;
  customData?: CustomDataType;
}

export interface CostUpdatedResponse {
  customData?: CustomDataType;
}

export interface CustomerInformationRequest {
  customerCertificate?: CertificateHashDataType;
  idToken?: IdTokenType;
  /** @integer @minimum 0 */
  requestId: number;
  report: boolean;
  clear: boolean;
  /** @maxLength 64 */
  customerIdentifier?: string;
  customData?: CustomDataType;
}

export interface CustomerInformationResponse {
  status: CustomerInformationStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface DataTransferRequest {
  /** @maxLength 50 */
  messageId?: string;
  data?: unknown;
  /** @maxLength 255 */
  vendorId: string;
  customData?: CustomDataType;
}

export interface DataTransferResponse {
  status: DataTransferStatusEnumType;
  statusInfo?: StatusInfoType;
  data?: unknown;
  customData?: CustomDataType;
}

export interface DeleteCertificateRequest {
  certificateHashData: CertificateHashDataType;
  customData?: CustomDataType;
}

export interface DeleteCertificateResponse {
  status: DeleteCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface FirmwareStatusNotificationRequest {
  status: FirmwareStatusEnumType;
  /** @integer */
  requestId?: number;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface FirmwareStatusNotificationResponse {
  customData?: CustomDataType;
}

export interface Get15118EVCertificateRequest {
  /** @maxLength 50 */
  iso15118SchemaVersion: string;
  action: CertificateActionEnumType;
  /** @maxLength 11000 */
  exiRequest: string;
  /** @integer @minimum 0 */
  maximumContractCertificateChains?: number;
  /** @minItems 1 @maxItems 8 @items.maxLength 255 */
  prioritizedEMAIDs?: string[];
  customData?: CustomDataType;
}

export interface Get15118EVCertificateResponse {
  status: Iso15118EVCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 17000 */
  exiResponse: string;
  /** @integer @minimum 0 */
  remainingContracts?: number;
  customData?: CustomDataType;
}

export interface GetBaseReportRequest {
  /** @integer */
  requestId: number;
  reportBase: ReportBaseEnumType;
  customData?: CustomDataType;
}

export interface GetBaseReportResponse {
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface GetCertificateChainStatusRequest {
  /** @minItems 1 @maxItems 4 */
  certificateStatusRequests: CertificateStatusRequestInfoType[];
  customData?: CustomDataType;
}

export interface GetCertificateChainStatusResponse {
  /** @minItems 1 @maxItems 4 */
  certificateStatus: CertificateStatusType[];
  customData?: CustomDataType;
}

export interface GetCertificateStatusRequest {
  ocspRequestData: OCSPRequestDataType;
  customData?: CustomDataType;
}

export interface GetCertificateStatusResponse {
  status: GetCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 18000 */
  ocspResult?: string;
  customData?: CustomDataType;
}

export interface GetChargingProfilesRequest {
  /** @integer */
  requestId: number;
  /** @integer @minimum 0 */
  evseId?: number;
  chargingProfile: ChargingProfileCriterionType;
  customData?: CustomDataType;
}

export interface GetChargingProfilesResponse {
  status: GetChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface GetCompositeScheduleRequest {
  /** @integer */
  duration: number;
  chargingRateUnit?: ChargingRateUnitEnumType;
  /** @integer @minimum 0 */
  evseId: number;
  customData?: CustomDataType;
}

export interface GetCompositeScheduleResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  schedule?: CompositeScheduleType;
  customData?: CustomDataType;
}

export interface GetDERControlRequest {
  /** @integer */
  requestId: number;
  isDefault?: boolean;
  controlType?: DERControlEnumType;
  /** @maxLength 36 */
  controlId?: string;
  customData?: CustomDataType;
}

export interface GetDERControlResponse {
  status: DERControlStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface GetDisplayMessagesRequest {
  /** @minItems 1 @items.integer @items.minimum 0 */
  id?: number[];
  /** @integer */
  requestId: number;
  priority?: MessagePriorityEnumType;
  state?: MessageStateEnumType;
  customData?: CustomDataType;
}

export interface GetDisplayMessagesResponse {
  status: GetDisplayMessagesStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface GetInstalledCertificateIdsRequest {
  /** @minItems 1 */
  certificateType?: GetCertificateIdUseEnumType[];
  customData?: CustomDataType;
}

export interface GetInstalledCertificateIdsResponse {
  status: GetInstalledCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @minItems 1 */
  certificateHashDataChain?: CertificateHashDataChainType[];
  customData?: CustomDataType;
}

export interface GetLocalListVersionRequest {
  customData?: CustomDataType;
}

export interface GetLocalListVersionResponse {
  /** @integer */
  versionNumber: number;
  customData?: CustomDataType;
}

export interface GetLogRequest {
  log: LogParametersType;
  logType: LogEnumType;
  /** @integer */
  requestId: number;
  /** @integer @minimum 0 */
  retries?: number;
  /** @integer */
  retryInterval?: number;
  customData?: CustomDataType;
}

export interface GetLogResponse {
  status: LogStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 255 */
  filename?: string;
  customData?: CustomDataType;
}

export interface GetMonitoringReportRequest {
  /** @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** @integer */
  requestId: number;
  /** @minItems 1 @maxItems 3 */
  monitoringCriteria?: MonitoringCriterionEnumType[];
  customData?: CustomDataType;
}

export interface GetMonitoringReportResponse {
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface GetPeriodicEventStreamRequest {
  customData?: CustomDataType;
}

export interface GetPeriodicEventStreamResponse {
  /** @minItems 1 */
  constantStreamData?: ConstantStreamDataType[];
  customData?: CustomDataType;
}

export interface GetReportRequest {
  /** @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** @integer */
  requestId: number;
  /** @minItems 1 @maxItems 4 */
  componentCriteria?: ComponentCriterionEnumType[];
  customData?: CustomDataType;
}

export interface GetReportResponse {
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface GetTariffsRequest {
  /** @integer @minimum 0 */
  evseId: number;
  customData?: CustomDataType;
}

export interface GetTariffsResponse {
  status: TariffGetStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @minItems 1 */
  tariffAssignments?: TariffAssignmentType[];
  customData?: CustomDataType;
}

export interface GetTransactionStatusRequest {
  /** @maxLength 36 */
  transactionId?: string;
  customData?: CustomDataType;
}

export interface GetTransactionStatusResponse {
  ongoingIndicator?: boolean;
  messagesInQueue: boolean;
  customData?: CustomDataType;
}

export interface GetVariablesRequest {
  /** @minItems 1 */
  getVariableData: GetVariableDataType[];
  customData?: CustomDataType;
}

export interface GetVariablesResponse {
  /** @minItems 1 */
  getVariableResult: GetVariableResultType[];
  customData?: CustomDataType;
}

export interface HeartbeatRequest {
  customData?: CustomDataType;
}

export interface HeartbeatResponse {
  /** @format date-time */
  currentTime: string;
  customData?: CustomDataType;
}

export interface InstallCertificateRequest {
  certificateType: InstallCertificateUseEnumType;
  /** @maxLength 10000 */
  certificate: string;
  customData?: CustomDataType;
}

export interface InstallCertificateResponse {
  status: InstallCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface LogStatusNotificationRequest {
  status: UploadLogStatusEnumType;
  /** @integer */
  requestId?: number;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface LogStatusNotificationResponse {
  customData?: CustomDataType;
}

export interface MeterValuesRequest {
  /** @integer @minimum 0 */
  evseId: number;
  /** @minItems 1 */
  meterValue: MeterValueType[];
  customData?: CustomDataType;
}

export interface MeterValuesResponse {
  customData?: CustomDataType;
}

export interface NotifyAllowedEnergyTransferRequest {
  /** @maxLength 36 */
  transactionId: string;
  /** @minItems 1 */
  allowedEnergyTransfer: EnergyTransferModeEnumType[];
  customData?: CustomDataType;
}

export interface NotifyAllowedEnergyTransferResponse {
  status: NotifyAllowedEnergyTransferStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface NotifyChargingLimitRequest {
  /** @minItems 1 */
  chargingSchedule?: ChargingScheduleType[];
  /** @integer @minimum 0 */
  evseId?: number;
  chargingLimit: ChargingLimitType;
  customData?: CustomDataType;
}

export interface NotifyChargingLimitResponse {
  customData?: CustomDataType;
}

export interface NotifyCustomerInformationRequest {
  /** @maxLength 512 */
  data: string;
  /** @default false */
  tbc?: boolean;
  /** @integer @minimum 0 */
  seqNo: number;
  /** @format date-time */
  generatedAt: string;
  /** @integer @minimum 0 */
  requestId: number;
  customData?: CustomDataType;
}

export interface NotifyCustomerInformationResponse {
  customData?: CustomDataType;
}

export interface NotifyDERAlarmRequest {
  controlType: DERControlEnumType;
  gridEventFault?: GridEventFaultEnumType;
  alarmEnded?: boolean;
  /** @format date-time */
  timestamp: string;
  /** @maxLength 200 */
  extraInfo?: string;
  customData?: CustomDataType;
}

export interface NotifyDERAlarmResponse {
  customData?: CustomDataType;
}

export interface NotifyDERStartStopRequest {
  /** @maxLength 36 */
  controlId: string;
  started: boolean;
  /** @format date-time */
  timestamp: string;
  /** @minItems 1 @maxItems 24 @items.maxLength 36 */
  supersededIds?: string[];
  customData?: CustomDataType;
}

export interface NotifyDERStartStopResponse {
  customData?: CustomDataType;
}

export interface NotifyDisplayMessagesRequest {
  /** @minItems 1 */
  messageInfo?: MessageInfoType[];
  /** @integer */
  requestId: number;
  /** @default false */
  tbc?: boolean;
  customData?: CustomDataType;
}

export interface NotifyDisplayMessagesResponse {
  customData?: CustomDataType;
}

export interface NotifyEVChargingNeedsRequest {
  /** @integer @minimum 1 */
  evseId: number;
  /** @integer @minimum 0 */
  maxScheduleTuples?: number;
  chargingNeeds: ChargingNeedsType;
  /** @format date-time */
  timestamp?: string;
  customData?: CustomDataType;
}

export interface NotifyEVChargingNeedsResponse {
  status: NotifyEVChargingNeedsStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface NotifyEVChargingScheduleRequest {
  /** @format date-time */
  timeBase: string;
  chargingSchedule: ChargingScheduleType;
  /** @integer @minimum 1 */
  evseId: number;
  /** @integer @minimum 0 */
  selectedChargingScheduleId?: number;
  powerToleranceAcceptance?: boolean;
  customData?: CustomDataType;
}

export interface NotifyEVChargingScheduleResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface NotifyEventRequest {
  /** @format date-time */
  generatedAt: string;
  /** @default false */
  tbc?: boolean;
  /** @integer @minimum 0 */
  seqNo: number;
  /** @minItems 1 */
  eventData: EventDataType[];
  customData?: CustomDataType;
}

export interface NotifyEventResponse {
  customData?: CustomDataType;
}

export interface NotifyMonitoringReportRequest {
  /** @minItems 1 */
  monitor?: MonitoringDataType[];
  /** @integer */
  requestId: number;
  /** @default false */
  tbc?: boolean;
  /** @integer @minimum 0 */
  seqNo: number;
  /** @format date-time */
  generatedAt: string;
  customData?: CustomDataType;
}

export interface NotifyMonitoringReportResponse {
  customData?: CustomDataType;
}

export interface NotifyPeriodicEventStreamRequest {
  /** @minItems 1 */
  data: StreamDataElementType[];
  /** @integer @minimum 0 */
  id: number;
  /** @integer @minimum 0 */
  pending: number;
  /** @format date-time */
  basetime: string;
  customData?: CustomDataType;
}

export interface NotifyPriorityChargingRequest {
  /** @maxLength 36 */
  transactionId: string;
  activated: boolean;
  customData?: CustomDataType;
}

export interface NotifyPriorityChargingResponse {
  customData?: CustomDataType;
}

export interface NotifyReportRequest {
  /** @integer */
  requestId: number;
  /** @format date-time */
  generatedAt: string;
  /** @minItems 1 */
  reportData?: ReportDataType[];
  /** @default false */
  tbc?: boolean;
  /** @integer @minimum 0 */
  seqNo: number;
  customData?: CustomDataType;
}

export interface NotifyReportResponse {
  customData?: CustomDataType;
}

export interface NotifySettlementRequest {
  /** @maxLength 36 */
  transactionId?: string;
  /** @maxLength 255 */
  pspRef: string;
  status: PaymentStatusEnumType;
  /** @maxLength 500 */
  statusInfo?: string;
  settlementAmount: number;
  /** @format date-time */
  settlementTime: string;
  /** @maxLength 50 */
  receiptId?: string;
  /** @maxLength 2000 */
  receiptUrl?: string;
  vatCompany?: AddressType;
  /** @maxLength 20 */
  vatNumber?: string;
  customData?: CustomDataType;
}

export interface NotifySettlementResponse {
  /** @maxLength 2000 */
  receiptUrl?: string;
  /** @maxLength 50 */
  receiptId?: string;
  customData?: CustomDataType;
}

export interface NotifyWebPaymentStartedRequest {
  /** @integer @minimum 0 */
  evseId: number;
  /** @integer */
  timeout: number;
  customData?: CustomDataType;
}

export interface NotifyWebPaymentStartedResponse {
  customData?: CustomDataType;
}

export interface OpenPeriodicEventStreamRequest {
  constantStreamData: ConstantStreamDataType;
  customData?: CustomDataType;
}

export interface OpenPeriodicEventStreamResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface PublishFirmwareRequest {
  /** @maxLength 2000 */
  location: string;
  /** @integer @minimum 0 */
  retries?: number;
  /** @maxLength 32 */
  checksum: string;
  /** @integer @minimum 0 */
  requestId: number;
  /** @integer @minimum 0 */
  retryInterval?: number;
  customData?: CustomDataType;
}

export interface PublishFirmwareResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface PublishFirmwareStatusNotificationRequest {
  status: PublishFirmwareStatusEnumType;
  /** @minItems 1 @items.maxLength 2000 */
  location?: string[];
  /** @integer @minimum 0 */
  requestId?: number;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface PublishFirmwareStatusNotificationResponse {
  customData?: CustomDataType;
}

export interface PullDynamicScheduleUpdateRequest {
  /** @integer */
  chargingProfileId: number;
  customData?: CustomDataType;
}

export interface PullDynamicScheduleUpdateResponse {
  scheduleUpdate?: ChargingScheduleUpdateType;
  status: ChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ReportChargingProfilesRequest {
  /** @integer */
  requestId: number;
  /** @maxLength 20 */
  chargingLimitSource: string;
  /** @minItems 1 */
  chargingProfile: ChargingProfileType[];
  /** @default false */
  tbc?: boolean;
  /** @integer @minimum 0 */
  evseId: number;
  customData?: CustomDataType;
}

export interface ReportChargingProfilesResponse {
  customData?: CustomDataType;
}

export interface ReportDERControlRequest {
  /** @minItems 1 @maxItems 24 */
  curve?: DERCurveGetType[];
  /** @minItems 1 @maxItems 24 */
  enterService?: EnterServiceGetType[];
  /** @minItems 1 @maxItems 24 */
  fixedPFAbsorb?: FixedPFGetType[];
  /** @minItems 1 @maxItems 24 */
  fixedPFInject?: FixedPFGetType[];
  /** @minItems 1 @maxItems 24 */
  fixedVar?: FixedVarGetType[];
  /** @minItems 1 @maxItems 24 */
  freqDroop?: FreqDroopGetType[];
  /** @minItems 1 @maxItems 24 */
  gradient?: GradientGetType[];
  /** @minItems 1 @maxItems 24 */
  limitMaxDischarge?: LimitMaxDischargeGetType[];
  /** @integer */
  requestId: number;
  tbc?: boolean;
  customData?: CustomDataType;
}

export interface ReportDERControlResponse {
  customData?: CustomDataType;
}

export interface RequestBatterySwapRequest {
  idToken: IdTokenType;
  /** @integer */
  requestId: number;
  customData?: CustomDataType;
}

export interface RequestBatterySwapResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface RequestStartTransactionRequest {
  /** @integer @minimum 1 */
  evseId?: number;
  groupIdToken?: IdTokenType;
  idToken: IdTokenType;
  /** @integer */
  remoteStartId: number;
  chargingProfile?: ChargingProfileType;
  customData?: CustomDataType;
}

export interface RequestStartTransactionResponse {
  status: RequestStartStopStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 36 */
  transactionId?: string;
  customData?: CustomDataType;
}

export interface RequestStopTransactionRequest {
  /** @maxLength 36 */
  transactionId: string;
  customData?: CustomDataType;
}

export interface RequestStopTransactionResponse {
  status: RequestStartStopStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ReservationStatusUpdateRequest {
  /** @integer @minimum 0 */
  reservationId: number;
  reservationUpdateStatus: ReservationUpdateStatusEnumType;
  customData?: CustomDataType;
}

export interface ReservationStatusUpdateResponse {
  customData?: CustomDataType;
}

export interface ReserveNowRequest {
  /** @integer @minimum 0 */
  id: number;
  /** @format date-time */
  expiryDateTime: string;
  /** @maxLength 20 */
  connectorType?: string;
  idToken: IdTokenType;
  /** @integer @minimum 0 */
  evseId?: number;
  groupIdToken?: IdTokenType;
  customData?: CustomDataType;
}

export interface ReserveNowResponse {
  status: ReserveNowStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface ResetRequest {
  type: ResetEnumType;
  /** @integer @minimum 0 */
  evseId?: number;
  customData?: CustomDataType;
}

export interface ResetResponse {
  status: ResetStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SecurityEventNotificationRequest {
  /** @maxLength 50 */
  type: string;
  /** @format date-time */
  timestamp: string;
  /** @maxLength 255 */
  techInfo?: string;
  customData?: CustomDataType;
}

export interface SecurityEventNotificationResponse {
  customData?: CustomDataType;
}

export interface SendLocalListRequest {
  /** @minItems 1 */
  localAuthorizationList?: AuthorizationData[];
  /** @integer */
  versionNumber: number;
  updateType: UpdateEnumType;
  customData?: CustomDataType;
}

export interface SendLocalListResponse {
  status: SendLocalListStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SetChargingProfileRequest {
  /** @integer @minimum 0 */
  evseId: number;
  chargingProfile: ChargingProfileType;
  customData?: CustomDataType;
}

export interface SetChargingProfileResponse {
  status: ChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SetDERControlRequest {
  isDefault: boolean;
  /** @maxLength 36 */
  controlId: string;
  controlType: DERControlEnumType;
  curve?: DERCurveType;
  enterService?: EnterServiceType;
  fixedPFAbsorb?: FixedPFType;
  fixedPFInject?: FixedPFType;
  fixedVar?: FixedVarType;
  freqDroop?: FreqDroopType;
  gradient?: GradientType;
  limitMaxDischarge?: LimitMaxDischargeType;
  customData?: CustomDataType;
}

export interface SetDERControlResponse {
  status: DERControlStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @minItems 1 @maxItems 24 @items.maxLength 36 */
  supersededIds?: string[];
  customData?: CustomDataType;
}

export interface SetDefaultTariffRequest {
  /** @integer @minimum 0 */
  evseId: number;
  tariff: TariffType;
  customData?: CustomDataType;
}

export interface SetDefaultTariffResponse {
  status: TariffSetStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SetDisplayMessageRequest {
  message: MessageInfoType;
  customData?: CustomDataType;
}

export interface SetDisplayMessageResponse {
  status: DisplayMessageStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SetMonitoringBaseRequest {
  monitoringBase: MonitoringBaseEnumType;
  customData?: CustomDataType;
}

export interface SetMonitoringBaseResponse {
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SetMonitoringLevelRequest {
  /** @integer @minimum 0 */
  severity: number;
  customData?: CustomDataType;
}

export interface SetMonitoringLevelResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SetNetworkProfileRequest {
  /** @integer */
  configurationSlot: number;
  connectionData: NetworkConnectionProfileType;
  customData?: CustomDataType;
}

export interface SetNetworkProfileResponse {
  status: SetNetworkProfileStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface SetVariableMonitoringRequest {
  /** @minItems 1 */
  setMonitoringData: SetMonitoringDataType[];
  customData?: CustomDataType;
}

export interface SetVariableMonitoringResponse {
  /** @minItems 1 */
  setMonitoringResult: SetMonitoringResultType[];
  customData?: CustomDataType;
}

export interface SetVariablesRequest {
  /** @minItems 1 */
  setVariableData: SetVariableDataType[];
  customData?: CustomDataType;
}

export interface SetVariablesResponse {
  /** @minItems 1 */
  setVariableResult: SetVariableResultType[];
  customData?: CustomDataType;
}

export interface SignCertificateRequest {
  /** @maxLength 5500 */
  csr: string;
  certificateType?: CertificateSigningUseEnumType;
  hashRootCertificate?: CertificateHashDataType;
  /** @integer */
  requestId?: number;
  customData?: CustomDataType;
}

export interface SignCertificateResponse {
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface StatusNotificationRequest {
  /** @format date-time */
  timestamp: string;
  connectorStatus: ConnectorStatusEnumType;
  /** @integer @minimum 0 */
  evseId: number;
  /** @integer @minimum 0 */
  connectorId: number;
  customData?: CustomDataType;
}

export interface StatusNotificationResponse {
  customData?: CustomDataType;
}

export interface TransactionEventRequest {
  costDetails?: CostDetailsType;
  eventType: TransactionEventEnumType;
  /** @minItems 1 */
  meterValue?: MeterValueType[];
  /** @format date-time */
  timestamp: string;
  triggerReason: TriggerReasonEnumType;
  /** @integer @minimum 0 */
  seqNo: number;
  /** @default false */
  offline?: boolean;
  /** @integer @minimum 0 @maximum 3 */
  numberOfPhasesUsed?: number;
  /** @integer */
  cableMaxCurrent?: number;
  /** @integer @minimum 0 */
  reservationId?: number;
  preconditioningStatus?: PreconditioningStatusEnumType;
  evseSleep?: boolean;
  transactionInfo: TransactionType;
  evse?: EVSEType;
  idToken?: IdTokenType;
  customData?: CustomDataType;
}

export interface TransactionEventResponse {
  totalCost?: number;
  /** @integer */
  chargingPriority?: number;
  idTokenInfo?: IdTokenInfoType;
  transactionLimit?: TransactionLimitType;
  updatedPersonalMessage?: MessageContentType;
  /** @minItems 1 @maxItems 4 */
  updatedPersonalMessageExtra?: MessageContentType[];
  customData?: CustomDataType;
}

export interface TriggerMessageRequest {
  evse?: EVSEType;
  requestedMessage: MessageTriggerEnumType;
  /** @maxLength 50 */
  customTrigger?: string;
  customData?: CustomDataType;
}

export interface TriggerMessageResponse {
  status: TriggerMessageStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface UnlockConnectorRequest {
  /** @integer @minimum 0 */
  evseId: number;
  /** @integer @minimum 0 */
  connectorId: number;
  customData?: CustomDataType;
}

export interface UnlockConnectorResponse {
  status: UnlockStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface UnpublishFirmwareRequest {
  /** @maxLength 32 */
  checksum: string;
  customData?: CustomDataType;
}

export interface UnpublishFirmwareResponse {
  status: UnpublishFirmwareStatusEnumType;
  customData?: CustomDataType;
}

export interface UpdateDynamicScheduleRequest {
  /** @integer */
  chargingProfileId: number;
  scheduleUpdate: ChargingScheduleUpdateType;
  customData?: CustomDataType;
}

export interface UpdateDynamicScheduleResponse {
  status: ChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface UpdateFirmwareRequest {
  /** @integer @minimum 0 */
  retries?: number;
  /** @integer */
  retryInterval?: number;
  /** @integer */
  requestId: number;
  firmware: FirmwareType;
  customData?: CustomDataType;
}

export interface UpdateFirmwareResponse {
  status: UpdateFirmwareStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface UsePriorityChargingRequest {
  /** @maxLength 36 */
  transactionId: string;
  activate: boolean;
  customData?: CustomDataType;
}

export interface UsePriorityChargingResponse {
  status: PriorityChargingStatusEnumType;
  statusInfo?: StatusInfoType;
  customData?: CustomDataType;
}

export interface VatNumberValidationRequest {
  /** @maxLength 20 */
  vatNumber: string;
  /** @integer @minimum 0 */
  evseId?: number;
  customData?: CustomDataType;
}

export interface VatNumberValidationResponse {
  company?: AddressType;
  statusInfo?: StatusInfoType;
  /** @maxLength 20 */
  vatNumber: string;
  /** @integer @minimum 0 */
  evseId?: number;
  status: GenericStatusEnumType;
  customData?: CustomDataType;
}

/** The request payload of each action. */
export interface RequestMap {
  AFRRSignal: AFRRSignalRequest;
  AdjustPeriodicEventStream: AdjustPeriodicEventStreamRequest;
  Authorize: AuthorizeRequest;
  BatterySwap: BatterySwapRequest;
  BootNotification: BootNotificationRequest;
  CancelReservation: CancelReservationRequest;
  CertificateSigned: CertificateSignedRequest;
  ChangeAvailability: ChangeAvailabilityRequest;
  ChangeTransactionTariff: ChangeTransactionTariffRequest;
  ClearCache: ClearCacheRequest;
  ClearChargingProfile: ClearChargingProfileRequest;
  ClearDERControl: ClearDERControlRequest;
  ClearDisplayMessage: ClearDisplayMessageRequest;
  ClearTariffs: ClearTariffsRequest;
  ClearVariableMonitoring: ClearVariableMonitoringRequest;
  ClearedChargingLimit: ClearedChargingLimitRequest;
  ClosePeriodicEventStream: ClosePeriodicEventStreamRequest;
  CostUpdated: CostUpdatedRequest;
  CustomerInformation: CustomerInformationRequest;
  DataTransfer: DataTransferRequest;
  DeleteCertificate: DeleteCertificateRequest;
  FirmwareStatusNotification: FirmwareStatusNotificationRequest;
  Get15118EVCertificate: Get15118EVCertificateRequest;
  GetBaseReport: GetBaseReportRequest;
  GetCertificateChainStatus: GetCertificateChainStatusRequest;
  GetCertificateStatus: GetCertificateStatusRequest;
  GetChargingProfiles: GetChargingProfilesRequest;
  GetCompositeSchedule: GetCompositeScheduleRequest;
  GetDERControl: GetDERControlRequest;
  GetDisplayMessages: GetDisplayMessagesRequest;
  GetInstalledCertificateIds: GetInstalledCertificateIdsRequest;
  GetLocalListVersion: GetLocalListVersionRequest;
  GetLog: GetLogRequest;
  GetMonitoringReport: GetMonitoringReportRequest;
  GetPeriodicEventStream: GetPeriodicEventStreamRequest;
  GetReport: GetReportRequest;
  GetTariffs: GetTariffsRequest;
  GetTransactionStatus: GetTransactionStatusRequest;
  GetVariables: GetVariablesRequest;
  Heartbeat: HeartbeatRequest;
  InstallCertificate: InstallCertificateRequest;
  LogStatusNotification: LogStatusNotificationRequest;
  MeterValues: MeterValuesRequest;
  NotifyAllowedEnergyTransfer: NotifyAllowedEnergyTransferRequest;
  NotifyChargingLimit: NotifyChargingLimitRequest;
  NotifyCustomerInformation: NotifyCustomerInformationRequest;
  NotifyDERAlarm: NotifyDERAlarmRequest;
  NotifyDERStartStop: NotifyDERStartStopRequest;
  NotifyDisplayMessages: NotifyDisplayMessagesRequest;
  NotifyEVChargingNeeds: NotifyEVChargingNeedsRequest;
  NotifyEVChargingSchedule: NotifyEVChargingScheduleRequest;
  NotifyEvent: NotifyEventRequest;
  NotifyMonitoringReport: NotifyMonitoringReportRequest;
  NotifyPeriodicEventStream: NotifyPeriodicEventStreamRequest;
  NotifyPriorityCharging: NotifyPriorityChargingRequest;
  NotifyReport: NotifyReportRequest;
  NotifySettlement: NotifySettlementRequest;
  NotifyWebPaymentStarted: NotifyWebPaymentStartedRequest;
  OpenPeriodicEventStream: OpenPeriodicEventStreamRequest;
  PublishFirmware: PublishFirmwareRequest;
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationRequest;
  PullDynamicScheduleUpdate: PullDynamicScheduleUpdateRequest;
  ReportChargingProfiles: ReportChargingProfilesRequest;
  ReportDERControl: ReportDERControlRequest;
  RequestBatterySwap: RequestBatterySwapRequest;
  RequestStartTransaction: RequestStartTransactionRequest;
  RequestStopTransaction: RequestStopTransactionRequest;
  ReservationStatusUpdate: ReservationStatusUpdateRequest;
  ReserveNow: ReserveNowRequest;
  Reset: ResetRequest;
  SecurityEventNotification: SecurityEventNotificationRequest;
  SendLocalList: SendLocalListRequest;
  SetChargingProfile: SetChargingProfileRequest;
  SetDERControl: SetDERControlRequest;
  SetDefaultTariff: SetDefaultTariffRequest;
  SetDisplayMessage: SetDisplayMessageRequest;
  SetMonitoringBase: SetMonitoringBaseRequest;
  SetMonitoringLevel: SetMonitoringLevelRequest;
  SetNetworkProfile: SetNetworkProfileRequest;
  SetVariableMonitoring: SetVariableMonitoringRequest;
  SetVariables: SetVariablesRequest;
  SignCertificate: SignCertificateRequest;
  StatusNotification: StatusNotificationRequest;
  TransactionEvent: TransactionEventRequest;
  TriggerMessage: TriggerMessageRequest;
  UnlockConnector: UnlockConnectorRequest;
  UnpublishFirmware: UnpublishFirmwareRequest;
  UpdateDynamicSchedule: UpdateDynamicScheduleRequest;
  UpdateFirmware: UpdateFirmwareRequest;
  UsePriorityCharging: UsePriorityChargingRequest;
  VatNumberValidation: VatNumberValidationRequest;
}

/** The response payload of each action. */
export interface ResponseMap {
  AFRRSignal: AFRRSignalResponse;
  AdjustPeriodicEventStream: AdjustPeriodicEventStreamResponse;
  Authorize: AuthorizeResponse;
  BatterySwap: BatterySwapResponse;
  BootNotification: BootNotificationResponse;
  CancelReservation: CancelReservationResponse;
  CertificateSigned: CertificateSignedResponse;
  ChangeAvailability: ChangeAvailabilityResponse;
  ChangeTransactionTariff: ChangeTransactionTariffResponse;
  ClearCache: ClearCacheResponse;
  ClearChargingProfile: ClearChargingProfileResponse;
  ClearDERControl: ClearDERControlResponse;
  ClearDisplayMessage: ClearDisplayMessageResponse;
  ClearTariffs: ClearTariffsResponse;
  ClearVariableMonitoring: ClearVariableMonitoringResponse;
  ClearedChargingLimit: ClearedChargingLimitResponse;
  ClosePeriodicEventStream: ClosePeriodicEventStreamResponse;
  CostUpdated: CostUpdatedResponse;
  CustomerInformation: CustomerInformationResponse;
  DataTransfer: DataTransferResponse;
  DeleteCertificate: DeleteCertificateResponse;
  FirmwareStatusNotification: FirmwareStatusNotificationResponse;
  Get15118EVCertificate: Get15118EVCertificateResponse;
  GetBaseReport: GetBaseReportResponse;
  GetCertificateChainStatus: GetCertificateChainStatusResponse;
  GetCertificateStatus: GetCertificateStatusResponse;
  GetChargingProfiles: GetChargingProfilesResponse;
  GetCompositeSchedule: GetCompositeScheduleResponse;
  GetDERControl: GetDERControlResponse;
  GetDisplayMessages: GetDisplayMessagesResponse;
  GetInstalledCertificateIds: GetInstalledCertificateIdsResponse;
  GetLocalListVersion: GetLocalListVersionResponse;
  GetLog: GetLogResponse;
  GetMonitoringReport: GetMonitoringReportResponse;
  GetPeriodicEventStream: GetPeriodicEventStreamResponse;
  GetReport: GetReportResponse;
  GetTariffs: GetTariffsResponse;
  GetTransactionStatus: GetTransactionStatusResponse;
  GetVariables: GetVariablesResponse;
  Heartbeat: HeartbeatResponse;
  InstallCertificate: InstallCertificateResponse;
  LogStatusNotification: LogStatusNotificationResponse;
  MeterValues: MeterValuesResponse;
  NotifyAllowedEnergyTransfer: NotifyAllowedEnergyTransferResponse;
  NotifyChargingLimit: NotifyChargingLimitResponse;
  NotifyCustomerInformation: NotifyCustomerInformationResponse;
  NotifyDERAlarm: NotifyDERAlarmResponse;
  NotifyDERStartStop: NotifyDERStartStopResponse;
  NotifyDisplayMessages: NotifyDisplayMessagesResponse;
  NotifyEVChargingNeeds: NotifyEVChargingNeedsResponse;
  NotifyEVChargingSchedule: NotifyEVChargingScheduleResponse;
  NotifyEvent: NotifyEventResponse;
  NotifyMonitoringReport: NotifyMonitoringReportResponse;
  NotifyPriorityCharging: NotifyPriorityChargingResponse;
  NotifyReport: NotifyReportResponse;
  NotifySettlement: NotifySettlementResponse;
  NotifyWebPaymentStarted: NotifyWebPaymentStartedResponse;
  OpenPeriodicEventStream: OpenPeriodicEventStreamResponse;
  PublishFirmware: PublishFirmwareResponse;
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationResponse;
  PullDynamicScheduleUpdate: PullDynamicScheduleUpdateResponse;
  ReportChargingProfiles: ReportChargingProfilesResponse;
  ReportDERControl: ReportDERControlResponse;
  RequestBatterySwap: RequestBatterySwapResponse;
  RequestStartTransaction: RequestStartTransactionResponse;
  RequestStopTransaction: RequestStopTransactionResponse;
  ReservationStatusUpdate: ReservationStatusUpdateResponse;
  ReserveNow: ReserveNowResponse;
  Reset: ResetResponse;
  SecurityEventNotification: SecurityEventNotificationResponse;
  SendLocalList: SendLocalListResponse;
  SetChargingProfile: SetChargingProfileResponse;
  SetDERControl: SetDERControlResponse;
  SetDefaultTariff: SetDefaultTariffResponse;
  SetDisplayMessage: SetDisplayMessageResponse;
  SetMonitoringBase: SetMonitoringBaseResponse;
  SetMonitoringLevel: SetMonitoringLevelResponse;
  SetNetworkProfile: SetNetworkProfileResponse;
  SetVariableMonitoring: SetVariableMonitoringResponse;
  SetVariables: SetVariablesResponse;
  SignCertificate: SignCertificateResponse;
  StatusNotification: StatusNotificationResponse;
  TransactionEvent: TransactionEventResponse;
  TriggerMessage: TriggerMessageResponse;
  UnlockConnector: UnlockConnectorResponse;
  UnpublishFirmware: UnpublishFirmwareResponse;
  UpdateDynamicSchedule: UpdateDynamicScheduleResponse;
  UpdateFirmware: UpdateFirmwareResponse;
  UsePriorityCharging: UsePriorityChargingResponse;
  VatNumberValidation: VatNumberValidationResponse;
}
