// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Messages: 181, for 91 actions.
import type { AuthorizeCertificateStatusEnumType, BatterySwapEventEnumType, BootReasonEnumType, CancelReservationStatusEnumType, CertificateActionEnumType, CertificateSignedStatusEnumType, CertificateSigningUseEnumType, ChangeAvailabilityStatusEnumType, ChargingProfileStatusEnumType, ChargingRateUnitEnumType, ClearCacheStatusEnumType, ClearChargingProfileStatusEnumType, ClearMessageStatusEnumType, ComponentCriterionEnumType, ConnectorStatusEnumType, CustomerInformationStatusEnumType, DERControlEnumType, DERControlStatusEnumType, DataTransferStatusEnumType, DeleteCertificateStatusEnumType, DisplayMessageStatusEnumType, EnergyTransferModeEnumType, FirmwareStatusEnumType, GenericDeviceModelStatusEnumType, GenericStatusEnumType, GetCertificateIdUseEnumType, GetCertificateStatusEnumType, GetChargingProfileStatusEnumType, GetDisplayMessagesStatusEnumType, GetInstalledCertificateStatusEnumType, GridEventFaultEnumType, InstallCertificateStatusEnumType, InstallCertificateUseEnumType, Iso15118EVCertificateStatusEnumType, LogEnumType, LogStatusEnumType, MessagePriorityEnumType, MessageStateEnumType, MessageTriggerEnumType, MonitoringBaseEnumType, MonitoringCriterionEnumType, NotifyAllowedEnergyTransferStatusEnumType, NotifyEVChargingNeedsStatusEnumType, OperationalStatusEnumType, PaymentStatusEnumType, PreconditioningStatusEnumType, PriorityChargingStatusEnumType, PublishFirmwareStatusEnumType, RegistrationStatusEnumType, ReportBaseEnumType, RequestStartStopStatusEnumType, ReservationUpdateStatusEnumType, ReserveNowStatusEnumType, ResetEnumType, ResetStatusEnumType, SendLocalListStatusEnumType, SetNetworkProfileStatusEnumType, TariffChangeStatusEnumType, TariffGetStatusEnumType, TariffSetStatusEnumType, TransactionEventEnumType, TriggerMessageStatusEnumType, TriggerReasonEnumType, UnlockStatusEnumType, UnpublishFirmwareStatusEnumType, UpdateEnumType, UpdateFirmwareStatusEnumType, UploadLogStatusEnumType } from './enums.js';
import type { AddressType, AuthorizationData, BatteryDataType, CertificateHashDataChainType, CertificateHashDataType, CertificateStatusRequestInfoType, CertificateStatusType, ChargingLimitType, ChargingNeedsType, ChargingProfileCriterionType, ChargingProfileType, ChargingScheduleType, ChargingScheduleUpdateType, ChargingStationType, ClearChargingProfileType, ClearMonitoringResultType, ClearTariffsResultType, ComponentVariableType, CompositeScheduleType, ConstantStreamDataType, CostDetailsType, CustomDataType, DERCurveGetType, DERCurveType, EVSEType, EnterServiceGetType, EnterServiceType, EventDataType, FirmwareType, FixedPFGetType, FixedPFType, FixedVarGetType, FixedVarType, FreqDroopGetType, FreqDroopType, GetVariableDataType, GetVariableResultType, GradientGetType, GradientType, IdTokenInfoType, IdTokenType, LimitMaxDischargeGetType, LimitMaxDischargeType, LogParametersType, MessageContentType, MessageInfoType, MeterValueType, MonitoringDataType, NetworkConnectionProfileType, OCSPRequestDataType, PeriodicEventStreamParamsType, ReportDataType, SetMonitoringDataType, SetMonitoringResultType, SetVariableDataType, SetVariableResultType, StatusInfoType, StreamDataElementType, TariffAssignmentType, TariffType, TransactionLimitType, TransactionType } from './types.js';

/** The payload of a AFRRSignal request (OCPP 2.1). */
export interface AFRRSignalRequest {
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: an integer. @integer */
  signal: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a AFRRSignal response (OCPP 2.1). */
export interface AFRRSignalResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a AdjustPeriodicEventStream request (OCPP 2.1). */
export interface AdjustPeriodicEventStreamRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Required: a PeriodicEventStreamParamsType. */
  params: PeriodicEventStreamParamsType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a AdjustPeriodicEventStream response (OCPP 2.1). */
export interface AdjustPeriodicEventStreamResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Authorize request (OCPP 2.1). */
export interface AuthorizeRequest {
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Optional: a string of at most 10000 characters. @maxLength 10000 */
  certificate?: string;
  /** Optional: a list of 1 to 4 items, each an OCSPRequestDataType. @minItems 1 @maxItems 4 */
  iso15118CertificateHashData?: OCSPRequestDataType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Authorize response (OCPP 2.1). */
export interface AuthorizeResponse {
  /** Required: an IdTokenInfoType. */
  idTokenInfo: IdTokenInfoType;
  /** Optional: an AuthorizeCertificateStatusEnumType value. */
  certificateStatus?: AuthorizeCertificateStatusEnumType;
  /** Optional: a list of at least 1 items, each an EnergyTransferModeEnumType value. @minItems 1 */
  allowedEnergyTransfer?: EnergyTransferModeEnumType[];
  /** Optional: a TariffType. */
  tariff?: TariffType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a BatterySwap request (OCPP 2.1). */
export interface BatterySwapRequest {
  /** Required: a list of at least 1 items, each a BatteryDataType. @minItems 1 */
  batteryData: BatteryDataType[];
  /** Required: a BatterySwapEventEnumType value. */
  eventType: BatterySwapEventEnumType;
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a BatterySwap response (OCPP 2.1). */
export interface BatterySwapResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a BootNotification request (OCPP 2.1). */
export interface BootNotificationRequest {
  /** Required: a ChargingStationType. */
  chargingStation: ChargingStationType;
  /** Required: a BootReasonEnumType value. */
  reason: BootReasonEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a BootNotification response (OCPP 2.1). */
export interface BootNotificationResponse {
  /** Required: an RFC 3339 date-time. @format date-time */
  currentTime: string;
  /** Required: an integer. @integer */
  interval: number;
  /** Required: a RegistrationStatusEnumType value. */
  status: RegistrationStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CancelReservation request (OCPP 2.1). */
export interface CancelReservationRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  reservationId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CancelReservation response (OCPP 2.1). */
export interface CancelReservationResponse {
  /** Required: a CancelReservationStatusEnumType value. */
  status: CancelReservationStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CertificateSigned request (OCPP 2.1). */
export interface CertificateSignedRequest {
  /** Required: a string of at most 10000 characters. @maxLength 10000 */
  certificateChain: string;
  /** Optional: a CertificateSigningUseEnumType value. */
  certificateType?: CertificateSigningUseEnumType;
  /** Optional: an integer. @integer */
  requestId?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CertificateSigned response (OCPP 2.1). */
export interface CertificateSignedResponse {
  /** Required: a CertificateSignedStatusEnumType value. */
  status: CertificateSignedStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ChangeAvailability request (OCPP 2.1). */
export interface ChangeAvailabilityRequest {
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Required: an OperationalStatusEnumType value. */
  operationalStatus: OperationalStatusEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ChangeAvailability response (OCPP 2.1). */
export interface ChangeAvailabilityResponse {
  /** Required: a ChangeAvailabilityStatusEnumType value. */
  status: ChangeAvailabilityStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ChangeTransactionTariff request (OCPP 2.1). */
export interface ChangeTransactionTariffRequest {
  /** Required: a TariffType. */
  tariff: TariffType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ChangeTransactionTariff response (OCPP 2.1). */
export interface ChangeTransactionTariffResponse {
  /** Required: a TariffChangeStatusEnumType value. */
  status: TariffChangeStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearCache request (OCPP 2.1). */
export interface ClearCacheRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearCache response (OCPP 2.1). */
export interface ClearCacheResponse {
  /** Required: a ClearCacheStatusEnumType value. */
  status: ClearCacheStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearChargingProfile request (OCPP 2.1). */
export interface ClearChargingProfileRequest {
  /** Optional: an integer. @integer */
  chargingProfileId?: number;
  /** Optional: a ClearChargingProfileType. */
  chargingProfileCriteria?: ClearChargingProfileType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearChargingProfile response (OCPP 2.1). */
export interface ClearChargingProfileResponse {
  /** Required: a ClearChargingProfileStatusEnumType value. */
  status: ClearChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearDERControl request (OCPP 2.1). */
export interface ClearDERControlRequest {
  /** Required: true or false. */
  isDefault: boolean;
  /** Optional: a DERControlEnumType value. */
  controlType?: DERControlEnumType;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  controlId?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearDERControl response (OCPP 2.1). */
export interface ClearDERControlResponse {
  /** Required: a DERControlStatusEnumType value. */
  status: DERControlStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearDisplayMessage request (OCPP 2.1). */
export interface ClearDisplayMessageRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearDisplayMessage response (OCPP 2.1). */
export interface ClearDisplayMessageResponse {
  /** Required: a ClearMessageStatusEnumType value. */
  status: ClearMessageStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearTariffs request (OCPP 2.1). */
export interface ClearTariffsRequest {
  /** Optional: a list of at least 1 items, each a string of at most 60 characters. @minItems 1 */
  tariffIds?: string[];
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearTariffs response (OCPP 2.1). */
export interface ClearTariffsResponse {
  /** Required: a list of at least 1 items, each a ClearTariffsResultType. @minItems 1 */
  clearTariffsResult: ClearTariffsResultType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearVariableMonitoring request (OCPP 2.1). */
export interface ClearVariableMonitoringRequest {
  /** Required: a list of at least 1 items, each an integer of at least 0. @minItems 1 */
  id: number[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearVariableMonitoring response (OCPP 2.1). */
export interface ClearVariableMonitoringResponse {
  /** Required: a list of at least 1 items, each a ClearMonitoringResultType. @minItems 1 */
  clearMonitoringResult: ClearMonitoringResultType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearedChargingLimit request (OCPP 2.1). */
export interface ClearedChargingLimitRequest {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  chargingLimitSource: string;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearedChargingLimit response (OCPP 2.1). */
export interface ClearedChargingLimitResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClosePeriodicEventStream request (OCPP 2.1). */
export interface ClosePeriodicEventStreamRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClosePeriodicEventStream response (OCPP 2.1). */
export interface ClosePeriodicEventStreamResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CostUpdated request (OCPP 2.1). */
export interface CostUpdatedRequest {
  /** Required: a number. */
  totalCost: number;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CostUpdated response (OCPP 2.1). */
export interface CostUpdatedResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CustomerInformation request (OCPP 2.1). */
export interface CustomerInformationRequest {
  /** Optional: a CertificateHashDataType. */
  customerCertificate?: CertificateHashDataType;
  /** Optional: an IdTokenType. */
  idToken?: IdTokenType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  requestId: number;
  /** Required: true or false. */
  report: boolean;
  /** Required: true or false. */
  clear: boolean;
  /** Optional: a string of at most 64 characters. @maxLength 64 */
  customerIdentifier?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CustomerInformation response (OCPP 2.1). */
export interface CustomerInformationResponse {
  /** Required: a CustomerInformationStatusEnumType value. */
  status: CustomerInformationStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a DataTransfer request (OCPP 2.1). */
export interface DataTransferRequest {
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  messageId?: string;
  /** Optional: any JSON value. */
  data?: unknown;
  /** Required: a string of at most 255 characters. @maxLength 255 */
  vendorId: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a DataTransfer response (OCPP 2.1). */
export interface DataTransferResponse {
  /** Required: a DataTransferStatusEnumType value. */
  status: DataTransferStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: any JSON value. */
  data?: unknown;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a DeleteCertificate request (OCPP 2.1). */
export interface DeleteCertificateRequest {
  /** Required: a CertificateHashDataType. */
  certificateHashData: CertificateHashDataType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a DeleteCertificate response (OCPP 2.1). */
export interface DeleteCertificateResponse {
  /** Required: a DeleteCertificateStatusEnumType value. */
  status: DeleteCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a FirmwareStatusNotification request (OCPP 2.1). */
export interface FirmwareStatusNotificationRequest {
  /** Required: a FirmwareStatusEnumType value. */
  status: FirmwareStatusEnumType;
  /** Optional: an integer. @integer */
  requestId?: number;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a FirmwareStatusNotification response (OCPP 2.1). */
export interface FirmwareStatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Get15118EVCertificate request (OCPP 2.1). */
export interface Get15118EVCertificateRequest {
  /** Required: a string of at most 50 characters. @maxLength 50 */
  iso15118SchemaVersion: string;
  /** Required: a CertificateActionEnumType value. */
  action: CertificateActionEnumType;
  /** Required: a string of at most 11000 characters. @maxLength 11000 */
  exiRequest: string;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  maximumContractCertificateChains?: number;
  /** Optional: a list of 1 to 8 items, each a string of at most 255 characters. @minItems 1 @maxItems 8 */
  prioritizedEMAIDs?: string[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Get15118EVCertificate response (OCPP 2.1). */
export interface Get15118EVCertificateResponse {
  /** Required: an Iso15118EVCertificateStatusEnumType value. */
  status: Iso15118EVCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Required: a string of at most 17000 characters. @maxLength 17000 */
  exiResponse: string;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  remainingContracts?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetBaseReport request (OCPP 2.1). */
export interface GetBaseReportRequest {
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: a ReportBaseEnumType value. */
  reportBase: ReportBaseEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetBaseReport response (OCPP 2.1). */
export interface GetBaseReportResponse {
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetCertificateChainStatus request (OCPP 2.1). */
export interface GetCertificateChainStatusRequest {
  /** Required: a list of 1 to 4 items, each a CertificateStatusRequestInfoType. @minItems 1 @maxItems 4 */
  certificateStatusRequests: CertificateStatusRequestInfoType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetCertificateChainStatus response (OCPP 2.1). */
export interface GetCertificateChainStatusResponse {
  /** Required: a list of 1 to 4 items, each a CertificateStatusType. @minItems 1 @maxItems 4 */
  certificateStatus: CertificateStatusType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetCertificateStatus request (OCPP 2.1). */
export interface GetCertificateStatusRequest {
  /** Required: an OCSPRequestDataType. */
  ocspRequestData: OCSPRequestDataType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetCertificateStatus response (OCPP 2.1). */
export interface GetCertificateStatusResponse {
  /** Required: a GetCertificateStatusEnumType value. */
  status: GetCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a string of at most 18000 characters. @maxLength 18000 */
  ocspResult?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetChargingProfiles request (OCPP 2.1). */
export interface GetChargingProfilesRequest {
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Required: a ChargingProfileCriterionType. */
  chargingProfile: ChargingProfileCriterionType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetChargingProfiles response (OCPP 2.1). */
export interface GetChargingProfilesResponse {
  /** Required: a GetChargingProfileStatusEnumType value. */
  status: GetChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetCompositeSchedule request (OCPP 2.1). */
export interface GetCompositeScheduleRequest {
  /** Required: an integer. @integer */
  duration: number;
  /** Optional: a ChargingRateUnitEnumType value. */
  chargingRateUnit?: ChargingRateUnitEnumType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetCompositeSchedule response (OCPP 2.1). */
export interface GetCompositeScheduleResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CompositeScheduleType. */
  schedule?: CompositeScheduleType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetDERControl request (OCPP 2.1). */
export interface GetDERControlRequest {
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: true or false. */
  isDefault?: boolean;
  /** Optional: a DERControlEnumType value. */
  controlType?: DERControlEnumType;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  controlId?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetDERControl response (OCPP 2.1). */
export interface GetDERControlResponse {
  /** Required: a DERControlStatusEnumType value. */
  status: DERControlStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetDisplayMessages request (OCPP 2.1). */
export interface GetDisplayMessagesRequest {
  /** Optional: a list of at least 1 items, each an integer of at least 0. @minItems 1 */
  id?: number[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a MessagePriorityEnumType value. */
  priority?: MessagePriorityEnumType;
  /** Optional: a MessageStateEnumType value. */
  state?: MessageStateEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetDisplayMessages response (OCPP 2.1). */
export interface GetDisplayMessagesResponse {
  /** Required: a GetDisplayMessagesStatusEnumType value. */
  status: GetDisplayMessagesStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetInstalledCertificateIds request (OCPP 2.1). */
export interface GetInstalledCertificateIdsRequest {
  /** Optional: a list of at least 1 items, each a GetCertificateIdUseEnumType value. @minItems 1 */
  certificateType?: GetCertificateIdUseEnumType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetInstalledCertificateIds response (OCPP 2.1). */
export interface GetInstalledCertificateIdsResponse {
  /** Required: a GetInstalledCertificateStatusEnumType value. */
  status: GetInstalledCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a list of at least 1 items, each a CertificateHashDataChainType. @minItems 1 */
  certificateHashDataChain?: CertificateHashDataChainType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetLocalListVersion request (OCPP 2.1). */
export interface GetLocalListVersionRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetLocalListVersion response (OCPP 2.1). */
export interface GetLocalListVersionResponse {
  /** Required: an integer. @integer */
  versionNumber: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetLog request (OCPP 2.1). */
export interface GetLogRequest {
  /** Required: a LogParametersType. */
  log: LogParametersType;
  /** Required: a LogEnumType value. */
  logType: LogEnumType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  retries?: number;
  /** Optional: an integer. @integer */
  retryInterval?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetLog response (OCPP 2.1). */
export interface GetLogResponse {
  /** Required: a LogStatusEnumType value. */
  status: LogStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  filename?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetMonitoringReport request (OCPP 2.1). */
export interface GetMonitoringReportRequest {
  /** Optional: a list of at least 1 items, each a ComponentVariableType. @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a list of 1 to 3 items, each a MonitoringCriterionEnumType value. @minItems 1 @maxItems 3 */
  monitoringCriteria?: MonitoringCriterionEnumType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetMonitoringReport response (OCPP 2.1). */
export interface GetMonitoringReportResponse {
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetPeriodicEventStream request (OCPP 2.1). */
export interface GetPeriodicEventStreamRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetPeriodicEventStream response (OCPP 2.1). */
export interface GetPeriodicEventStreamResponse {
  /** Optional: a list of at least 1 items, each a ConstantStreamDataType. @minItems 1 */
  constantStreamData?: ConstantStreamDataType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetReport request (OCPP 2.1). */
export interface GetReportRequest {
  /** Optional: a list of at least 1 items, each a ComponentVariableType. @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a list of 1 to 4 items, each a ComponentCriterionEnumType value. @minItems 1 @maxItems 4 */
  componentCriteria?: ComponentCriterionEnumType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetReport response (OCPP 2.1). */
export interface GetReportResponse {
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetTariffs request (OCPP 2.1). */
export interface GetTariffsRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetTariffs response (OCPP 2.1). */
export interface GetTariffsResponse {
  /** Required: a TariffGetStatusEnumType value. */
  status: TariffGetStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a list of at least 1 items, each a TariffAssignmentType. @minItems 1 */
  tariffAssignments?: TariffAssignmentType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetTransactionStatus request (OCPP 2.1). */
export interface GetTransactionStatusRequest {
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetTransactionStatus response (OCPP 2.1). */
export interface GetTransactionStatusResponse {
  /** Optional: true or false. */
  ongoingIndicator?: boolean;
  /** Required: true or false. */
  messagesInQueue: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetVariables request (OCPP 2.1). */
export interface GetVariablesRequest {
  /** Required: a list of at least 1 items, each a GetVariableDataType. @minItems 1 */
  getVariableData: GetVariableDataType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetVariables response (OCPP 2.1). */
export interface GetVariablesResponse {
  /** Required: a list of at least 1 items, each a GetVariableResultType. @minItems 1 */
  getVariableResult: GetVariableResultType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Heartbeat request (OCPP 2.1). */
export interface HeartbeatRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Heartbeat response (OCPP 2.1). */
export interface HeartbeatResponse {
  /** Required: an RFC 3339 date-time. @format date-time */
  currentTime: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a InstallCertificate request (OCPP 2.1). */
export interface InstallCertificateRequest {
  /** Required: an InstallCertificateUseEnumType value. */
  certificateType: InstallCertificateUseEnumType;
  /** Required: a string of at most 10000 characters. @maxLength 10000 */
  certificate: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a InstallCertificate response (OCPP 2.1). */
export interface InstallCertificateResponse {
  /** Required: an InstallCertificateStatusEnumType value. */
  status: InstallCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a LogStatusNotification request (OCPP 2.1). */
export interface LogStatusNotificationRequest {
  /** Required: an UploadLogStatusEnumType value. */
  status: UploadLogStatusEnumType;
  /** Optional: an integer. @integer */
  requestId?: number;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a LogStatusNotification response (OCPP 2.1). */
export interface LogStatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a MeterValues request (OCPP 2.1). */
export interface MeterValuesRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: a list of at least 1 items, each a MeterValueType. @minItems 1 */
  meterValue: MeterValueType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a MeterValues response (OCPP 2.1). */
export interface MeterValuesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyAllowedEnergyTransfer request (OCPP 2.1). */
export interface NotifyAllowedEnergyTransferRequest {
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
  /** Required: a list of at least 1 items, each an EnergyTransferModeEnumType value. @minItems 1 */
  allowedEnergyTransfer: EnergyTransferModeEnumType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyAllowedEnergyTransfer response (OCPP 2.1). */
export interface NotifyAllowedEnergyTransferResponse {
  /** Required: a NotifyAllowedEnergyTransferStatusEnumType value. */
  status: NotifyAllowedEnergyTransferStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyChargingLimit request (OCPP 2.1). */
export interface NotifyChargingLimitRequest {
  /** Optional: a list of at least 1 items, each a ChargingScheduleType. @minItems 1 */
  chargingSchedule?: ChargingScheduleType[];
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Required: a ChargingLimitType. */
  chargingLimit: ChargingLimitType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyChargingLimit response (OCPP 2.1). */
export interface NotifyChargingLimitResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyCustomerInformation request (OCPP 2.1). */
export interface NotifyCustomerInformationRequest {
  /** Required: a string of at most 512 characters. @maxLength 512 */
  data: string;
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  seqNo: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  requestId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyCustomerInformation response (OCPP 2.1). */
export interface NotifyCustomerInformationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyDERAlarm request (OCPP 2.1). */
export interface NotifyDERAlarmRequest {
  /** Required: a DERControlEnumType value. */
  controlType: DERControlEnumType;
  /** Optional: a GridEventFaultEnumType value. */
  gridEventFault?: GridEventFaultEnumType;
  /** Optional: true or false. */
  alarmEnded?: boolean;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Optional: a string of at most 200 characters. @maxLength 200 */
  extraInfo?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyDERAlarm response (OCPP 2.1). */
export interface NotifyDERAlarmResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyDERStartStop request (OCPP 2.1). */
export interface NotifyDERStartStopRequest {
  /** Required: a string of at most 36 characters. @maxLength 36 */
  controlId: string;
  /** Required: true or false. */
  started: boolean;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Optional: a list of 1 to 24 items, each a string of at most 36 characters. @minItems 1 @maxItems 24 */
  supersededIds?: string[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyDERStartStop response (OCPP 2.1). */
export interface NotifyDERStartStopResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyDisplayMessages request (OCPP 2.1). */
export interface NotifyDisplayMessagesRequest {
  /** Optional: a list of at least 1 items, each a MessageInfoType. @minItems 1 */
  messageInfo?: MessageInfoType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyDisplayMessages response (OCPP 2.1). */
export interface NotifyDisplayMessagesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyEVChargingNeeds request (OCPP 2.1). */
export interface NotifyEVChargingNeedsRequest {
  /** Required: an integer of at least 1. @integer @minimum 1 */
  evseId: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  maxScheduleTuples?: number;
  /** Required: a ChargingNeedsType. */
  chargingNeeds: ChargingNeedsType;
  /** Optional: an RFC 3339 date-time. @format date-time */
  timestamp?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyEVChargingNeeds response (OCPP 2.1). */
export interface NotifyEVChargingNeedsResponse {
  /** Required: a NotifyEVChargingNeedsStatusEnumType value. */
  status: NotifyEVChargingNeedsStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyEVChargingSchedule request (OCPP 2.1). */
export interface NotifyEVChargingScheduleRequest {
  /** Required: an RFC 3339 date-time. @format date-time */
  timeBase: string;
  /** Required: a ChargingScheduleType. */
  chargingSchedule: ChargingScheduleType;
  /** Required: an integer of at least 1. @integer @minimum 1 */
  evseId: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  selectedChargingScheduleId?: number;
  /** Optional: true or false. */
  powerToleranceAcceptance?: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyEVChargingSchedule response (OCPP 2.1). */
export interface NotifyEVChargingScheduleResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyEvent request (OCPP 2.1). */
export interface NotifyEventRequest {
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  seqNo: number;
  /** Required: a list of at least 1 items, each an EventDataType. @minItems 1 */
  eventData: EventDataType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyEvent response (OCPP 2.1). */
export interface NotifyEventResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyMonitoringReport request (OCPP 2.1). */
export interface NotifyMonitoringReportRequest {
  /** Optional: a list of at least 1 items, each a MonitoringDataType. @minItems 1 */
  monitor?: MonitoringDataType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  seqNo: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyMonitoringReport response (OCPP 2.1). */
export interface NotifyMonitoringReportResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyPeriodicEventStream request (OCPP 2.1). */
export interface NotifyPeriodicEventStreamRequest {
  /** Required: a list of at least 1 items, each a StreamDataElementType. @minItems 1 */
  data: StreamDataElementType[];
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  pending: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  basetime: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyPriorityCharging request (OCPP 2.1). */
export interface NotifyPriorityChargingRequest {
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
  /** Required: true or false. */
  activated: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyPriorityCharging response (OCPP 2.1). */
export interface NotifyPriorityChargingResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyReport request (OCPP 2.1). */
export interface NotifyReportRequest {
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
  /** Optional: a list of at least 1 items, each a ReportDataType. @minItems 1 */
  reportData?: ReportDataType[];
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  seqNo: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyReport response (OCPP 2.1). */
export interface NotifyReportResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifySettlement request (OCPP 2.1). */
export interface NotifySettlementRequest {
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
  /** Required: a string of at most 255 characters. @maxLength 255 */
  pspRef: string;
  /** Required: a PaymentStatusEnumType value. */
  status: PaymentStatusEnumType;
  /** Optional: a string of at most 500 characters. @maxLength 500 */
  statusInfo?: string;
  /** Required: a number. */
  settlementAmount: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  settlementTime: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  receiptId?: string;
  /** Optional: a string of at most 2000 characters. @maxLength 2000 */
  receiptUrl?: string;
  /** Optional: an AddressType. */
  vatCompany?: AddressType;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  vatNumber?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifySettlement response (OCPP 2.1). */
export interface NotifySettlementResponse {
  /** Optional: a string of at most 2000 characters. @maxLength 2000 */
  receiptUrl?: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  receiptId?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyWebPaymentStarted request (OCPP 2.1). */
export interface NotifyWebPaymentStartedRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: an integer. @integer */
  timeout: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyWebPaymentStarted response (OCPP 2.1). */
export interface NotifyWebPaymentStartedResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a OpenPeriodicEventStream request (OCPP 2.1). */
export interface OpenPeriodicEventStreamRequest {
  /** Required: a ConstantStreamDataType. */
  constantStreamData: ConstantStreamDataType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a OpenPeriodicEventStream response (OCPP 2.1). */
export interface OpenPeriodicEventStreamResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a PublishFirmware request (OCPP 2.1). */
export interface PublishFirmwareRequest {
  /** Required: a string of at most 2000 characters. @maxLength 2000 */
  location: string;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  retries?: number;
  /** Required: a string of at most 32 characters. @maxLength 32 */
  checksum: string;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  requestId: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  retryInterval?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a PublishFirmware response (OCPP 2.1). */
export interface PublishFirmwareResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a PublishFirmwareStatusNotification request (OCPP 2.1). */
export interface PublishFirmwareStatusNotificationRequest {
  /** Required: a PublishFirmwareStatusEnumType value. */
  status: PublishFirmwareStatusEnumType;
  /** Optional: a list of at least 1 items, each a string of at most 2000 characters. @minItems 1 */
  location?: string[];
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  requestId?: number;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a PublishFirmwareStatusNotification response (OCPP 2.1). */
export interface PublishFirmwareStatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a PullDynamicScheduleUpdate request (OCPP 2.1). */
export interface PullDynamicScheduleUpdateRequest {
  /** Required: an integer. @integer */
  chargingProfileId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a PullDynamicScheduleUpdate response (OCPP 2.1). */
export interface PullDynamicScheduleUpdateResponse {
  /** Optional: a ChargingScheduleUpdateType. */
  scheduleUpdate?: ChargingScheduleUpdateType;
  /** Required: a ChargingProfileStatusEnumType value. */
  status: ChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReportChargingProfiles request (OCPP 2.1). */
export interface ReportChargingProfilesRequest {
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  chargingLimitSource: string;
  /** Required: a list of at least 1 items, each a ChargingProfileType. @minItems 1 */
  chargingProfile: ChargingProfileType[];
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReportChargingProfiles response (OCPP 2.1). */
export interface ReportChargingProfilesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReportDERControl request (OCPP 2.1). */
export interface ReportDERControlRequest {
  /** Optional: a list of 1 to 24 items, each a DERCurveGetType. @minItems 1 @maxItems 24 */
  curve?: DERCurveGetType[];
  /** Optional: a list of 1 to 24 items, each an EnterServiceGetType. @minItems 1 @maxItems 24 */
  enterService?: EnterServiceGetType[];
  /** Optional: a list of 1 to 24 items, each a FixedPFGetType. @minItems 1 @maxItems 24 */
  fixedPFAbsorb?: FixedPFGetType[];
  /** Optional: a list of 1 to 24 items, each a FixedPFGetType. @minItems 1 @maxItems 24 */
  fixedPFInject?: FixedPFGetType[];
  /** Optional: a list of 1 to 24 items, each a FixedVarGetType. @minItems 1 @maxItems 24 */
  fixedVar?: FixedVarGetType[];
  /** Optional: a list of 1 to 24 items, each a FreqDroopGetType. @minItems 1 @maxItems 24 */
  freqDroop?: FreqDroopGetType[];
  /** Optional: a list of 1 to 24 items, each a GradientGetType. @minItems 1 @maxItems 24 */
  gradient?: GradientGetType[];
  /** Optional: a list of 1 to 24 items, each a LimitMaxDischargeGetType. @minItems 1 @maxItems 24 */
  limitMaxDischarge?: LimitMaxDischargeGetType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: true or false. */
  tbc?: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReportDERControl response (OCPP 2.1). */
export interface ReportDERControlResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a RequestBatterySwap request (OCPP 2.1). */
export interface RequestBatterySwapRequest {
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a RequestBatterySwap response (OCPP 2.1). */
export interface RequestBatterySwapResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a RequestStartTransaction request (OCPP 2.1). */
export interface RequestStartTransactionRequest {
  /** Optional: an integer of at least 1. @integer @minimum 1 */
  evseId?: number;
  /** Optional: an IdTokenType. */
  groupIdToken?: IdTokenType;
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Required: an integer. @integer */
  remoteStartId: number;
  /** Optional: a ChargingProfileType. */
  chargingProfile?: ChargingProfileType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a RequestStartTransaction response (OCPP 2.1). */
export interface RequestStartTransactionResponse {
  /** Required: a RequestStartStopStatusEnumType value. */
  status: RequestStartStopStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a RequestStopTransaction request (OCPP 2.1). */
export interface RequestStopTransactionRequest {
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a RequestStopTransaction response (OCPP 2.1). */
export interface RequestStopTransactionResponse {
  /** Required: a RequestStartStopStatusEnumType value. */
  status: RequestStartStopStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReservationStatusUpdate request (OCPP 2.1). */
export interface ReservationStatusUpdateRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  reservationId: number;
  /** Required: a ReservationUpdateStatusEnumType value. */
  reservationUpdateStatus: ReservationUpdateStatusEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReservationStatusUpdate response (OCPP 2.1). */
export interface ReservationStatusUpdateResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReserveNow request (OCPP 2.1). */
export interface ReserveNowRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  id: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  expiryDateTime: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  connectorType?: string;
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Optional: an IdTokenType. */
  groupIdToken?: IdTokenType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReserveNow response (OCPP 2.1). */
export interface ReserveNowResponse {
  /** Required: a ReserveNowStatusEnumType value. */
  status: ReserveNowStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Reset request (OCPP 2.1). */
export interface ResetRequest {
  /** Required: a ResetEnumType value. */
  type: ResetEnumType;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Reset response (OCPP 2.1). */
export interface ResetResponse {
  /** Required: a ResetStatusEnumType value. */
  status: ResetStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SecurityEventNotification request (OCPP 2.1). */
export interface SecurityEventNotificationRequest {
  /** Required: a string of at most 50 characters. @maxLength 50 */
  type: string;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  techInfo?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SecurityEventNotification response (OCPP 2.1). */
export interface SecurityEventNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SendLocalList request (OCPP 2.1). */
export interface SendLocalListRequest {
  /** Optional: a list of at least 1 items, each an AuthorizationData. @minItems 1 */
  localAuthorizationList?: AuthorizationData[];
  /** Required: an integer. @integer */
  versionNumber: number;
  /** Required: an UpdateEnumType value. */
  updateType: UpdateEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SendLocalList response (OCPP 2.1). */
export interface SendLocalListResponse {
  /** Required: a SendLocalListStatusEnumType value. */
  status: SendLocalListStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetChargingProfile request (OCPP 2.1). */
export interface SetChargingProfileRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: a ChargingProfileType. */
  chargingProfile: ChargingProfileType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetChargingProfile response (OCPP 2.1). */
export interface SetChargingProfileResponse {
  /** Required: a ChargingProfileStatusEnumType value. */
  status: ChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetDERControl request (OCPP 2.1). */
export interface SetDERControlRequest {
  /** Required: true or false. */
  isDefault: boolean;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  controlId: string;
  /** Required: a DERControlEnumType value. */
  controlType: DERControlEnumType;
  /** Optional: a DERCurveType. */
  curve?: DERCurveType;
  /** Optional: an EnterServiceType. */
  enterService?: EnterServiceType;
  /** Optional: a FixedPFType. */
  fixedPFAbsorb?: FixedPFType;
  /** Optional: a FixedPFType. */
  fixedPFInject?: FixedPFType;
  /** Optional: a FixedVarType. */
  fixedVar?: FixedVarType;
  /** Optional: a FreqDroopType. */
  freqDroop?: FreqDroopType;
  /** Optional: a GradientType. */
  gradient?: GradientType;
  /** Optional: a LimitMaxDischargeType. */
  limitMaxDischarge?: LimitMaxDischargeType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetDERControl response (OCPP 2.1). */
export interface SetDERControlResponse {
  /** Required: a DERControlStatusEnumType value. */
  status: DERControlStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a list of 1 to 24 items, each a string of at most 36 characters. @minItems 1 @maxItems 24 */
  supersededIds?: string[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetDefaultTariff request (OCPP 2.1). */
export interface SetDefaultTariffRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: a TariffType. */
  tariff: TariffType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetDefaultTariff response (OCPP 2.1). */
export interface SetDefaultTariffResponse {
  /** Required: a TariffSetStatusEnumType value. */
  status: TariffSetStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetDisplayMessage request (OCPP 2.1). */
export interface SetDisplayMessageRequest {
  /** Required: a MessageInfoType. */
  message: MessageInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetDisplayMessage response (OCPP 2.1). */
export interface SetDisplayMessageResponse {
  /** Required: a DisplayMessageStatusEnumType value. */
  status: DisplayMessageStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetMonitoringBase request (OCPP 2.1). */
export interface SetMonitoringBaseRequest {
  /** Required: a MonitoringBaseEnumType value. */
  monitoringBase: MonitoringBaseEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetMonitoringBase response (OCPP 2.1). */
export interface SetMonitoringBaseResponse {
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetMonitoringLevel request (OCPP 2.1). */
export interface SetMonitoringLevelRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  severity: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetMonitoringLevel response (OCPP 2.1). */
export interface SetMonitoringLevelResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetNetworkProfile request (OCPP 2.1). */
export interface SetNetworkProfileRequest {
  /** Required: an integer. @integer */
  configurationSlot: number;
  /** Required: a NetworkConnectionProfileType. */
  connectionData: NetworkConnectionProfileType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetNetworkProfile response (OCPP 2.1). */
export interface SetNetworkProfileResponse {
  /** Required: a SetNetworkProfileStatusEnumType value. */
  status: SetNetworkProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetVariableMonitoring request (OCPP 2.1). */
export interface SetVariableMonitoringRequest {
  /** Required: a list of at least 1 items, each a SetMonitoringDataType. @minItems 1 */
  setMonitoringData: SetMonitoringDataType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetVariableMonitoring response (OCPP 2.1). */
export interface SetVariableMonitoringResponse {
  /** Required: a list of at least 1 items, each a SetMonitoringResultType. @minItems 1 */
  setMonitoringResult: SetMonitoringResultType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetVariables request (OCPP 2.1). */
export interface SetVariablesRequest {
  /** Required: a list of at least 1 items, each a SetVariableDataType. @minItems 1 */
  setVariableData: SetVariableDataType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SetVariables response (OCPP 2.1). */
export interface SetVariablesResponse {
  /** Required: a list of at least 1 items, each a SetVariableResultType. @minItems 1 */
  setVariableResult: SetVariableResultType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SignCertificate request (OCPP 2.1). */
export interface SignCertificateRequest {
  /** Required: a string of at most 5500 characters. @maxLength 5500 */
  csr: string;
  /** Optional: a CertificateSigningUseEnumType value. */
  certificateType?: CertificateSigningUseEnumType;
  /** Optional: a CertificateHashDataType. */
  hashRootCertificate?: CertificateHashDataType;
  /** Optional: an integer. @integer */
  requestId?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SignCertificate response (OCPP 2.1). */
export interface SignCertificateResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a StatusNotification request (OCPP 2.1). */
export interface StatusNotificationRequest {
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: a ConnectorStatusEnumType value. */
  connectorStatus: ConnectorStatusEnumType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  connectorId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a StatusNotification response (OCPP 2.1). */
export interface StatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a TransactionEvent request (OCPP 2.1). */
export interface TransactionEventRequest {
  /** Optional: a CostDetailsType. */
  costDetails?: CostDetailsType;
  /** Required: a TransactionEventEnumType value. */
  eventType: TransactionEventEnumType;
  /** Optional: a list of at least 1 items, each a MeterValueType. @minItems 1 */
  meterValue?: MeterValueType[];
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: a TriggerReasonEnumType value. */
  triggerReason: TriggerReasonEnumType;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  seqNo: number;
  /** Optional: true or false. @default false */
  offline?: boolean;
  /** Optional: an integer from 0 to 3. @integer @minimum 0 @maximum 3 */
  numberOfPhasesUsed?: number;
  /** Optional: an integer. @integer */
  cableMaxCurrent?: number;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  reservationId?: number;
  /** Optional: a PreconditioningStatusEnumType value. */
  preconditioningStatus?: PreconditioningStatusEnumType;
  /** Optional: true or false. */
  evseSleep?: boolean;
  /** Required: a TransactionType. */
  transactionInfo: TransactionType;
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Optional: an IdTokenType. */
  idToken?: IdTokenType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a TransactionEvent response (OCPP 2.1). */
export interface TransactionEventResponse {
  /** Optional: a number. */
  totalCost?: number;
  /** Optional: an integer. @integer */
  chargingPriority?: number;
  /** Optional: an IdTokenInfoType. */
  idTokenInfo?: IdTokenInfoType;
  /** Optional: a TransactionLimitType. */
  transactionLimit?: TransactionLimitType;
  /** Optional: a MessageContentType. */
  updatedPersonalMessage?: MessageContentType;
  /** Optional: a list of 1 to 4 items, each a MessageContentType. @minItems 1 @maxItems 4 */
  updatedPersonalMessageExtra?: MessageContentType[];
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a TriggerMessage request (OCPP 2.1). */
export interface TriggerMessageRequest {
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Required: a MessageTriggerEnumType value. */
  requestedMessage: MessageTriggerEnumType;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  customTrigger?: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a TriggerMessage response (OCPP 2.1). */
export interface TriggerMessageResponse {
  /** Required: a TriggerMessageStatusEnumType value. */
  status: TriggerMessageStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UnlockConnector request (OCPP 2.1). */
export interface UnlockConnectorRequest {
  /** Required: an integer of at least 0. @integer @minimum 0 */
  evseId: number;
  /** Required: an integer of at least 0. @integer @minimum 0 */
  connectorId: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UnlockConnector response (OCPP 2.1). */
export interface UnlockConnectorResponse {
  /** Required: an UnlockStatusEnumType value. */
  status: UnlockStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UnpublishFirmware request (OCPP 2.1). */
export interface UnpublishFirmwareRequest {
  /** Required: a string of at most 32 characters. @maxLength 32 */
  checksum: string;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UnpublishFirmware response (OCPP 2.1). */
export interface UnpublishFirmwareResponse {
  /** Required: an UnpublishFirmwareStatusEnumType value. */
  status: UnpublishFirmwareStatusEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UpdateDynamicSchedule request (OCPP 2.1). */
export interface UpdateDynamicScheduleRequest {
  /** Required: an integer. @integer */
  chargingProfileId: number;
  /** Required: a ChargingScheduleUpdateType. */
  scheduleUpdate: ChargingScheduleUpdateType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UpdateDynamicSchedule response (OCPP 2.1). */
export interface UpdateDynamicScheduleResponse {
  /** Required: a ChargingProfileStatusEnumType value. */
  status: ChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UpdateFirmware request (OCPP 2.1). */
export interface UpdateFirmwareRequest {
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  retries?: number;
  /** Optional: an integer. @integer */
  retryInterval?: number;
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: a FirmwareType. */
  firmware: FirmwareType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UpdateFirmware response (OCPP 2.1). */
export interface UpdateFirmwareResponse {
  /** Required: an UpdateFirmwareStatusEnumType value. */
  status: UpdateFirmwareStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UsePriorityCharging request (OCPP 2.1). */
export interface UsePriorityChargingRequest {
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
  /** Required: true or false. */
  activate: boolean;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a UsePriorityCharging response (OCPP 2.1). */
export interface UsePriorityChargingResponse {
  /** Required: a PriorityChargingStatusEnumType value. */
  status: PriorityChargingStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a VatNumberValidation request (OCPP 2.1). */
export interface VatNumberValidationRequest {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  vatNumber: string;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a VatNumberValidation response (OCPP 2.1). */
export interface VatNumberValidationResponse {
  /** Optional: an AddressType. */
  company?: AddressType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  vatNumber: string;
  /** Optional: an integer of at least 0. @integer @minimum 0 */
  evseId?: number;
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The request payload of each action. */
export interface RequestMap {
  /** The AFRRSignal request. */
  AFRRSignal: AFRRSignalRequest;
  /** The AdjustPeriodicEventStream request. */
  AdjustPeriodicEventStream: AdjustPeriodicEventStreamRequest;
  /** The Authorize request. */
  Authorize: AuthorizeRequest;
  /** The BatterySwap request. */
  BatterySwap: BatterySwapRequest;
  /** The BootNotification request. */
  BootNotification: BootNotificationRequest;
  /** The CancelReservation request. */
  CancelReservation: CancelReservationRequest;
  /** The CertificateSigned request. */
  CertificateSigned: CertificateSignedRequest;
  /** The ChangeAvailability request. */
  ChangeAvailability: ChangeAvailabilityRequest;
  /** The ChangeTransactionTariff request. */
  ChangeTransactionTariff: ChangeTransactionTariffRequest;
  /** The ClearCache request. */
  ClearCache: ClearCacheRequest;
  /** The ClearChargingProfile request. */
  ClearChargingProfile: ClearChargingProfileRequest;
  /** The ClearDERControl request. */
  ClearDERControl: ClearDERControlRequest;
  /** The ClearDisplayMessage request. */
  ClearDisplayMessage: ClearDisplayMessageRequest;
  /** The ClearTariffs request. */
  ClearTariffs: ClearTariffsRequest;
  /** The ClearVariableMonitoring request. */
  ClearVariableMonitoring: ClearVariableMonitoringRequest;
  /** The ClearedChargingLimit request. */
  ClearedChargingLimit: ClearedChargingLimitRequest;
  /** The ClosePeriodicEventStream request. */
  ClosePeriodicEventStream: ClosePeriodicEventStreamRequest;
  /** The CostUpdated request. */
  CostUpdated: CostUpdatedRequest;
  /** The CustomerInformation request. */
  CustomerInformation: CustomerInformationRequest;
  /** The DataTransfer request. */
  DataTransfer: DataTransferRequest;
  /** The DeleteCertificate request. */
  DeleteCertificate: DeleteCertificateRequest;
  /** The FirmwareStatusNotification request. */
  FirmwareStatusNotification: FirmwareStatusNotificationRequest;
  /** The Get15118EVCertificate request. */
  Get15118EVCertificate: Get15118EVCertificateRequest;
  /** The GetBaseReport request. */
  GetBaseReport: GetBaseReportRequest;
  /** The GetCertificateChainStatus request. */
  GetCertificateChainStatus: GetCertificateChainStatusRequest;
  /** The GetCertificateStatus request. */
  GetCertificateStatus: GetCertificateStatusRequest;
  /** The GetChargingProfiles request. */
  GetChargingProfiles: GetChargingProfilesRequest;
  /** The GetCompositeSchedule request. */
  GetCompositeSchedule: GetCompositeScheduleRequest;
  /** The GetDERControl request. */
  GetDERControl: GetDERControlRequest;
  /** The GetDisplayMessages request. */
  GetDisplayMessages: GetDisplayMessagesRequest;
  /** The GetInstalledCertificateIds request. */
  GetInstalledCertificateIds: GetInstalledCertificateIdsRequest;
  /** The GetLocalListVersion request. */
  GetLocalListVersion: GetLocalListVersionRequest;
  /** The GetLog request. */
  GetLog: GetLogRequest;
  /** The GetMonitoringReport request. */
  GetMonitoringReport: GetMonitoringReportRequest;
  /** The GetPeriodicEventStream request. */
  GetPeriodicEventStream: GetPeriodicEventStreamRequest;
  /** The GetReport request. */
  GetReport: GetReportRequest;
  /** The GetTariffs request. */
  GetTariffs: GetTariffsRequest;
  /** The GetTransactionStatus request. */
  GetTransactionStatus: GetTransactionStatusRequest;
  /** The GetVariables request. */
  GetVariables: GetVariablesRequest;
  /** The Heartbeat request. */
  Heartbeat: HeartbeatRequest;
  /** The InstallCertificate request. */
  InstallCertificate: InstallCertificateRequest;
  /** The LogStatusNotification request. */
  LogStatusNotification: LogStatusNotificationRequest;
  /** The MeterValues request. */
  MeterValues: MeterValuesRequest;
  /** The NotifyAllowedEnergyTransfer request. */
  NotifyAllowedEnergyTransfer: NotifyAllowedEnergyTransferRequest;
  /** The NotifyChargingLimit request. */
  NotifyChargingLimit: NotifyChargingLimitRequest;
  /** The NotifyCustomerInformation request. */
  NotifyCustomerInformation: NotifyCustomerInformationRequest;
  /** The NotifyDERAlarm request. */
  NotifyDERAlarm: NotifyDERAlarmRequest;
  /** The NotifyDERStartStop request. */
  NotifyDERStartStop: NotifyDERStartStopRequest;
  /** The NotifyDisplayMessages request. */
  NotifyDisplayMessages: NotifyDisplayMessagesRequest;
  /** The NotifyEVChargingNeeds request. */
  NotifyEVChargingNeeds: NotifyEVChargingNeedsRequest;
  /** The NotifyEVChargingSchedule request. */
  NotifyEVChargingSchedule: NotifyEVChargingScheduleRequest;
  /** The NotifyEvent request. */
  NotifyEvent: NotifyEventRequest;
  /** The NotifyMonitoringReport request. */
  NotifyMonitoringReport: NotifyMonitoringReportRequest;
  /** The NotifyPeriodicEventStream request. */
  NotifyPeriodicEventStream: NotifyPeriodicEventStreamRequest;
  /** The NotifyPriorityCharging request. */
  NotifyPriorityCharging: NotifyPriorityChargingRequest;
  /** The NotifyReport request. */
  NotifyReport: NotifyReportRequest;
  /** The NotifySettlement request. */
  NotifySettlement: NotifySettlementRequest;
  /** The NotifyWebPaymentStarted request. */
  NotifyWebPaymentStarted: NotifyWebPaymentStartedRequest;
  /** The OpenPeriodicEventStream request. */
  OpenPeriodicEventStream: OpenPeriodicEventStreamRequest;
  /** The PublishFirmware request. */
  PublishFirmware: PublishFirmwareRequest;
  /** The PublishFirmwareStatusNotification request. */
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationRequest;
  /** The PullDynamicScheduleUpdate request. */
  PullDynamicScheduleUpdate: PullDynamicScheduleUpdateRequest;
  /** The ReportChargingProfiles request. */
  ReportChargingProfiles: ReportChargingProfilesRequest;
  /** The ReportDERControl request. */
  ReportDERControl: ReportDERControlRequest;
  /** The RequestBatterySwap request. */
  RequestBatterySwap: RequestBatterySwapRequest;
  /** The RequestStartTransaction request. */
  RequestStartTransaction: RequestStartTransactionRequest;
  /** The RequestStopTransaction request. */
  RequestStopTransaction: RequestStopTransactionRequest;
  /** The ReservationStatusUpdate request. */
  ReservationStatusUpdate: ReservationStatusUpdateRequest;
  /** The ReserveNow request. */
  ReserveNow: ReserveNowRequest;
  /** The Reset request. */
  Reset: ResetRequest;
  /** The SecurityEventNotification request. */
  SecurityEventNotification: SecurityEventNotificationRequest;
  /** The SendLocalList request. */
  SendLocalList: SendLocalListRequest;
  /** The SetChargingProfile request. */
  SetChargingProfile: SetChargingProfileRequest;
  /** The SetDERControl request. */
  SetDERControl: SetDERControlRequest;
  /** The SetDefaultTariff request. */
  SetDefaultTariff: SetDefaultTariffRequest;
  /** The SetDisplayMessage request. */
  SetDisplayMessage: SetDisplayMessageRequest;
  /** The SetMonitoringBase request. */
  SetMonitoringBase: SetMonitoringBaseRequest;
  /** The SetMonitoringLevel request. */
  SetMonitoringLevel: SetMonitoringLevelRequest;
  /** The SetNetworkProfile request. */
  SetNetworkProfile: SetNetworkProfileRequest;
  /** The SetVariableMonitoring request. */
  SetVariableMonitoring: SetVariableMonitoringRequest;
  /** The SetVariables request. */
  SetVariables: SetVariablesRequest;
  /** The SignCertificate request. */
  SignCertificate: SignCertificateRequest;
  /** The StatusNotification request. */
  StatusNotification: StatusNotificationRequest;
  /** The TransactionEvent request. */
  TransactionEvent: TransactionEventRequest;
  /** The TriggerMessage request. */
  TriggerMessage: TriggerMessageRequest;
  /** The UnlockConnector request. */
  UnlockConnector: UnlockConnectorRequest;
  /** The UnpublishFirmware request. */
  UnpublishFirmware: UnpublishFirmwareRequest;
  /** The UpdateDynamicSchedule request. */
  UpdateDynamicSchedule: UpdateDynamicScheduleRequest;
  /** The UpdateFirmware request. */
  UpdateFirmware: UpdateFirmwareRequest;
  /** The UsePriorityCharging request. */
  UsePriorityCharging: UsePriorityChargingRequest;
  /** The VatNumberValidation request. */
  VatNumberValidation: VatNumberValidationRequest;
}

/** The response payload of each action. */
export interface ResponseMap {
  /** The AFRRSignal response. */
  AFRRSignal: AFRRSignalResponse;
  /** The AdjustPeriodicEventStream response. */
  AdjustPeriodicEventStream: AdjustPeriodicEventStreamResponse;
  /** The Authorize response. */
  Authorize: AuthorizeResponse;
  /** The BatterySwap response. */
  BatterySwap: BatterySwapResponse;
  /** The BootNotification response. */
  BootNotification: BootNotificationResponse;
  /** The CancelReservation response. */
  CancelReservation: CancelReservationResponse;
  /** The CertificateSigned response. */
  CertificateSigned: CertificateSignedResponse;
  /** The ChangeAvailability response. */
  ChangeAvailability: ChangeAvailabilityResponse;
  /** The ChangeTransactionTariff response. */
  ChangeTransactionTariff: ChangeTransactionTariffResponse;
  /** The ClearCache response. */
  ClearCache: ClearCacheResponse;
  /** The ClearChargingProfile response. */
  ClearChargingProfile: ClearChargingProfileResponse;
  /** The ClearDERControl response. */
  ClearDERControl: ClearDERControlResponse;
  /** The ClearDisplayMessage response. */
  ClearDisplayMessage: ClearDisplayMessageResponse;
  /** The ClearTariffs response. */
  ClearTariffs: ClearTariffsResponse;
  /** The ClearVariableMonitoring response. */
  ClearVariableMonitoring: ClearVariableMonitoringResponse;
  /** The ClearedChargingLimit response. */
  ClearedChargingLimit: ClearedChargingLimitResponse;
  /** The ClosePeriodicEventStream response. */
  ClosePeriodicEventStream: ClosePeriodicEventStreamResponse;
  /** The CostUpdated response. */
  CostUpdated: CostUpdatedResponse;
  /** The CustomerInformation response. */
  CustomerInformation: CustomerInformationResponse;
  /** The DataTransfer response. */
  DataTransfer: DataTransferResponse;
  /** The DeleteCertificate response. */
  DeleteCertificate: DeleteCertificateResponse;
  /** The FirmwareStatusNotification response. */
  FirmwareStatusNotification: FirmwareStatusNotificationResponse;
  /** The Get15118EVCertificate response. */
  Get15118EVCertificate: Get15118EVCertificateResponse;
  /** The GetBaseReport response. */
  GetBaseReport: GetBaseReportResponse;
  /** The GetCertificateChainStatus response. */
  GetCertificateChainStatus: GetCertificateChainStatusResponse;
  /** The GetCertificateStatus response. */
  GetCertificateStatus: GetCertificateStatusResponse;
  /** The GetChargingProfiles response. */
  GetChargingProfiles: GetChargingProfilesResponse;
  /** The GetCompositeSchedule response. */
  GetCompositeSchedule: GetCompositeScheduleResponse;
  /** The GetDERControl response. */
  GetDERControl: GetDERControlResponse;
  /** The GetDisplayMessages response. */
  GetDisplayMessages: GetDisplayMessagesResponse;
  /** The GetInstalledCertificateIds response. */
  GetInstalledCertificateIds: GetInstalledCertificateIdsResponse;
  /** The GetLocalListVersion response. */
  GetLocalListVersion: GetLocalListVersionResponse;
  /** The GetLog response. */
  GetLog: GetLogResponse;
  /** The GetMonitoringReport response. */
  GetMonitoringReport: GetMonitoringReportResponse;
  /** The GetPeriodicEventStream response. */
  GetPeriodicEventStream: GetPeriodicEventStreamResponse;
  /** The GetReport response. */
  GetReport: GetReportResponse;
  /** The GetTariffs response. */
  GetTariffs: GetTariffsResponse;
  /** The GetTransactionStatus response. */
  GetTransactionStatus: GetTransactionStatusResponse;
  /** The GetVariables response. */
  GetVariables: GetVariablesResponse;
  /** The Heartbeat response. */
  Heartbeat: HeartbeatResponse;
  /** The InstallCertificate response. */
  InstallCertificate: InstallCertificateResponse;
  /** The LogStatusNotification response. */
  LogStatusNotification: LogStatusNotificationResponse;
  /** The MeterValues response. */
  MeterValues: MeterValuesResponse;
  /** The NotifyAllowedEnergyTransfer response. */
  NotifyAllowedEnergyTransfer: NotifyAllowedEnergyTransferResponse;
  /** The NotifyChargingLimit response. */
  NotifyChargingLimit: NotifyChargingLimitResponse;
  /** The NotifyCustomerInformation response. */
  NotifyCustomerInformation: NotifyCustomerInformationResponse;
  /** The NotifyDERAlarm response. */
  NotifyDERAlarm: NotifyDERAlarmResponse;
  /** The NotifyDERStartStop response. */
  NotifyDERStartStop: NotifyDERStartStopResponse;
  /** The NotifyDisplayMessages response. */
  NotifyDisplayMessages: NotifyDisplayMessagesResponse;
  /** The NotifyEVChargingNeeds response. */
  NotifyEVChargingNeeds: NotifyEVChargingNeedsResponse;
  /** The NotifyEVChargingSchedule response. */
  NotifyEVChargingSchedule: NotifyEVChargingScheduleResponse;
  /** The NotifyEvent response. */
  NotifyEvent: NotifyEventResponse;
  /** The NotifyMonitoringReport response. */
  NotifyMonitoringReport: NotifyMonitoringReportResponse;
  /** The NotifyPriorityCharging response. */
  NotifyPriorityCharging: NotifyPriorityChargingResponse;
  /** The NotifyReport response. */
  NotifyReport: NotifyReportResponse;
  /** The NotifySettlement response. */
  NotifySettlement: NotifySettlementResponse;
  /** The NotifyWebPaymentStarted response. */
  NotifyWebPaymentStarted: NotifyWebPaymentStartedResponse;
  /** The OpenPeriodicEventStream response. */
  OpenPeriodicEventStream: OpenPeriodicEventStreamResponse;
  /** The PublishFirmware response. */
  PublishFirmware: PublishFirmwareResponse;
  /** The PublishFirmwareStatusNotification response. */
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationResponse;
  /** The PullDynamicScheduleUpdate response. */
  PullDynamicScheduleUpdate: PullDynamicScheduleUpdateResponse;
  /** The ReportChargingProfiles response. */
  ReportChargingProfiles: ReportChargingProfilesResponse;
  /** The ReportDERControl response. */
  ReportDERControl: ReportDERControlResponse;
  /** The RequestBatterySwap response. */
  RequestBatterySwap: RequestBatterySwapResponse;
  /** The RequestStartTransaction response. */
  RequestStartTransaction: RequestStartTransactionResponse;
  /** The RequestStopTransaction response. */
  RequestStopTransaction: RequestStopTransactionResponse;
  /** The ReservationStatusUpdate response. */
  ReservationStatusUpdate: ReservationStatusUpdateResponse;
  /** The ReserveNow response. */
  ReserveNow: ReserveNowResponse;
  /** The Reset response. */
  Reset: ResetResponse;
  /** The SecurityEventNotification response. */
  SecurityEventNotification: SecurityEventNotificationResponse;
  /** The SendLocalList response. */
  SendLocalList: SendLocalListResponse;
  /** The SetChargingProfile response. */
  SetChargingProfile: SetChargingProfileResponse;
  /** The SetDERControl response. */
  SetDERControl: SetDERControlResponse;
  /** The SetDefaultTariff response. */
  SetDefaultTariff: SetDefaultTariffResponse;
  /** The SetDisplayMessage response. */
  SetDisplayMessage: SetDisplayMessageResponse;
  /** The SetMonitoringBase response. */
  SetMonitoringBase: SetMonitoringBaseResponse;
  /** The SetMonitoringLevel response. */
  SetMonitoringLevel: SetMonitoringLevelResponse;
  /** The SetNetworkProfile response. */
  SetNetworkProfile: SetNetworkProfileResponse;
  /** The SetVariableMonitoring response. */
  SetVariableMonitoring: SetVariableMonitoringResponse;
  /** The SetVariables response. */
  SetVariables: SetVariablesResponse;
  /** The SignCertificate response. */
  SignCertificate: SignCertificateResponse;
  /** The StatusNotification response. */
  StatusNotification: StatusNotificationResponse;
  /** The TransactionEvent response. */
  TransactionEvent: TransactionEventResponse;
  /** The TriggerMessage response. */
  TriggerMessage: TriggerMessageResponse;
  /** The UnlockConnector response. */
  UnlockConnector: UnlockConnectorResponse;
  /** The UnpublishFirmware response. */
  UnpublishFirmware: UnpublishFirmwareResponse;
  /** The UpdateDynamicSchedule response. */
  UpdateDynamicSchedule: UpdateDynamicScheduleResponse;
  /** The UpdateFirmware response. */
  UpdateFirmware: UpdateFirmwareResponse;
  /** The UsePriorityCharging response. */
  UsePriorityCharging: UsePriorityChargingResponse;
  /** The VatNumberValidation response. */
  VatNumberValidation: VatNumberValidationResponse;
}
