// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Messages: 128, for 64 actions.
import type { AuthorizeCertificateStatusEnumType, BootReasonEnumType, CancelReservationStatusEnumType, CertificateActionEnumType, CertificateSignedStatusEnumType, CertificateSigningUseEnumType, ChangeAvailabilityStatusEnumType, ChargingLimitSourceEnumType, ChargingProfileStatusEnumType, ChargingRateUnitEnumType, ClearCacheStatusEnumType, ClearChargingProfileStatusEnumType, ClearMessageStatusEnumType, ComponentCriterionEnumType, ConnectorEnumType, ConnectorStatusEnumType, CustomerInformationStatusEnumType, DataTransferStatusEnumType, DeleteCertificateStatusEnumType, DisplayMessageStatusEnumType, FirmwareStatusEnumType, GenericDeviceModelStatusEnumType, GenericStatusEnumType, GetCertificateIdUseEnumType, GetCertificateStatusEnumType, GetChargingProfileStatusEnumType, GetDisplayMessagesStatusEnumType, GetInstalledCertificateStatusEnumType, InstallCertificateStatusEnumType, InstallCertificateUseEnumType, Iso15118EVCertificateStatusEnumType, LogEnumType, LogStatusEnumType, MessagePriorityEnumType, MessageStateEnumType, MessageTriggerEnumType, MonitoringBaseEnumType, MonitoringCriterionEnumType, NotifyEVChargingNeedsStatusEnumType, OperationalStatusEnumType, PublishFirmwareStatusEnumType, RegistrationStatusEnumType, ReportBaseEnumType, RequestStartStopStatusEnumType, ReservationUpdateStatusEnumType, ReserveNowStatusEnumType, ResetEnumType, ResetStatusEnumType, SendLocalListStatusEnumType, SetNetworkProfileStatusEnumType, TransactionEventEnumType, TriggerMessageStatusEnumType, TriggerReasonEnumType, UnlockStatusEnumType, UnpublishFirmwareStatusEnumType, UpdateEnumType, UpdateFirmwareStatusEnumType, UploadLogStatusEnumType } from './enums.js';
import type { AuthorizationData, CertificateHashDataChainType, CertificateHashDataType, ChargingLimitType, ChargingNeedsType, ChargingProfileCriterionType, ChargingProfileType, ChargingScheduleType, ChargingStationType, ClearChargingProfileType, ClearMonitoringResultType, ComponentVariableType, CompositeScheduleType, CustomDataType, EVSEType, EventDataType, FirmwareType, GetVariableDataType, GetVariableResultType, IdTokenInfoType, IdTokenType, LogParametersType, MessageContentType, MessageInfoType, MeterValueType, MonitoringDataType, NetworkConnectionProfileType, OCSPRequestDataType, ReportDataType, SetMonitoringDataType, SetMonitoringResultType, SetVariableDataType, SetVariableResultType, StatusInfoType, TransactionType } from './types.js';

/** The payload of a Authorize request (OCPP 2.0.1). */
export interface AuthorizeRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Optional: a string of at most 5500 characters. @maxLength 5500 */
  certificate?: string;
  /** Optional: a list of 1 to 4 items, each an OCSPRequestDataType. @minItems 1 @maxItems 4 */
  iso15118CertificateHashData?: OCSPRequestDataType[];
}

/** The payload of a Authorize response (OCPP 2.0.1). */
export interface AuthorizeResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an IdTokenInfoType. */
  idTokenInfo: IdTokenInfoType;
  /** Optional: an AuthorizeCertificateStatusEnumType value. */
  certificateStatus?: AuthorizeCertificateStatusEnumType;
}

/** The payload of a BootNotification request (OCPP 2.0.1). */
export interface BootNotificationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ChargingStationType. */
  chargingStation: ChargingStationType;
  /** Required: a BootReasonEnumType value. */
  reason: BootReasonEnumType;
}

/** The payload of a BootNotification response (OCPP 2.0.1). */
export interface BootNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an RFC 3339 date-time. @format date-time */
  currentTime: string;
  /** Required: an integer. @integer */
  interval: number;
  /** Required: a RegistrationStatusEnumType value. */
  status: RegistrationStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a CancelReservation request (OCPP 2.0.1). */
export interface CancelReservationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  reservationId: number;
}

/** The payload of a CancelReservation response (OCPP 2.0.1). */
export interface CancelReservationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a CancelReservationStatusEnumType value. */
  status: CancelReservationStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a CertificateSigned request (OCPP 2.0.1). */
export interface CertificateSignedRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 10000 characters. @maxLength 10000 */
  certificateChain: string;
  /** Optional: a CertificateSigningUseEnumType value. */
  certificateType?: CertificateSigningUseEnumType;
}

/** The payload of a CertificateSigned response (OCPP 2.0.1). */
export interface CertificateSignedResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a CertificateSignedStatusEnumType value. */
  status: CertificateSignedStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a ChangeAvailability request (OCPP 2.0.1). */
export interface ChangeAvailabilityRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Required: an OperationalStatusEnumType value. */
  operationalStatus: OperationalStatusEnumType;
}

/** The payload of a ChangeAvailability response (OCPP 2.0.1). */
export interface ChangeAvailabilityResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ChangeAvailabilityStatusEnumType value. */
  status: ChangeAvailabilityStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a ClearCache request (OCPP 2.0.1). */
export interface ClearCacheRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ClearCache response (OCPP 2.0.1). */
export interface ClearCacheResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ClearCacheStatusEnumType value. */
  status: ClearCacheStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a ClearChargingProfile request (OCPP 2.0.1). */
export interface ClearChargingProfileRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an integer. @integer */
  chargingProfileId?: number;
  /** Optional: a ClearChargingProfileType. */
  chargingProfileCriteria?: ClearChargingProfileType;
}

/** The payload of a ClearChargingProfile response (OCPP 2.0.1). */
export interface ClearChargingProfileResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ClearChargingProfileStatusEnumType value. */
  status: ClearChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a ClearDisplayMessage request (OCPP 2.0.1). */
export interface ClearDisplayMessageRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  id: number;
}

/** The payload of a ClearDisplayMessage response (OCPP 2.0.1). */
export interface ClearDisplayMessageResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ClearMessageStatusEnumType value. */
  status: ClearMessageStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a ClearVariableMonitoring request (OCPP 2.0.1). */
export interface ClearVariableMonitoringRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each an integer. @minItems 1 */
  id: number[];
}

/** The payload of a ClearVariableMonitoring response (OCPP 2.0.1). */
export interface ClearVariableMonitoringResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a ClearMonitoringResultType. @minItems 1 */
  clearMonitoringResult: ClearMonitoringResultType[];
}

/** The payload of a ClearedChargingLimit request (OCPP 2.0.1). */
export interface ClearedChargingLimitRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ChargingLimitSourceEnumType value. */
  chargingLimitSource: ChargingLimitSourceEnumType;
  /** Optional: an integer. @integer */
  evseId?: number;
}

/** The payload of a ClearedChargingLimit response (OCPP 2.0.1). */
export interface ClearedChargingLimitResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CostUpdated request (OCPP 2.0.1). */
export interface CostUpdatedRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a number. */
  totalCost: number;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
}

/** The payload of a CostUpdated response (OCPP 2.0.1). */
export interface CostUpdatedResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a CustomerInformation request (OCPP 2.0.1). */
export interface CustomerInformationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a CertificateHashDataType. */
  customerCertificate?: CertificateHashDataType;
  /** Optional: an IdTokenType. */
  idToken?: IdTokenType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: true or false. */
  report: boolean;
  /** Required: true or false. */
  clear: boolean;
  /** Optional: a string of at most 64 characters. @maxLength 64 */
  customerIdentifier?: string;
}

/** The payload of a CustomerInformation response (OCPP 2.0.1). */
export interface CustomerInformationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a CustomerInformationStatusEnumType value. */
  status: CustomerInformationStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a DataTransfer request (OCPP 2.0.1). */
export interface DataTransferRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  messageId?: string;
  /** Optional: any JSON value. */
  data?: unknown;
  /** Required: a string of at most 255 characters. @maxLength 255 */
  vendorId: string;
}

/** The payload of a DataTransfer response (OCPP 2.0.1). */
export interface DataTransferResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a DataTransferStatusEnumType value. */
  status: DataTransferStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: any JSON value. */
  data?: unknown;
}

/** The payload of a DeleteCertificate request (OCPP 2.0.1). */
export interface DeleteCertificateRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a CertificateHashDataType. */
  certificateHashData: CertificateHashDataType;
}

/** The payload of a DeleteCertificate response (OCPP 2.0.1). */
export interface DeleteCertificateResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a DeleteCertificateStatusEnumType value. */
  status: DeleteCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a FirmwareStatusNotification request (OCPP 2.0.1). */
export interface FirmwareStatusNotificationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a FirmwareStatusEnumType value. */
  status: FirmwareStatusEnumType;
  /** Optional: an integer. @integer */
  requestId?: number;
}

/** The payload of a FirmwareStatusNotification response (OCPP 2.0.1). */
export interface FirmwareStatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Get15118EVCertificate request (OCPP 2.0.1). */
export interface Get15118EVCertificateRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  iso15118SchemaVersion: string;
  /** Required: a CertificateActionEnumType value. */
  action: CertificateActionEnumType;
  /** Required: a string of at most 5600 characters. @maxLength 5600 */
  exiRequest: string;
}

/** The payload of a Get15118EVCertificate response (OCPP 2.0.1). */
export interface Get15118EVCertificateResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an Iso15118EVCertificateStatusEnumType value. */
  status: Iso15118EVCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Required: a string of at most 5600 characters. @maxLength 5600 */
  exiResponse: string;
}

/** The payload of a GetBaseReport request (OCPP 2.0.1). */
export interface GetBaseReportRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: a ReportBaseEnumType value. */
  reportBase: ReportBaseEnumType;
}

/** The payload of a GetBaseReport response (OCPP 2.0.1). */
export interface GetBaseReportResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a GetCertificateStatus request (OCPP 2.0.1). */
export interface GetCertificateStatusRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an OCSPRequestDataType. */
  ocspRequestData: OCSPRequestDataType;
}

/** The payload of a GetCertificateStatus response (OCPP 2.0.1). */
export interface GetCertificateStatusResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GetCertificateStatusEnumType value. */
  status: GetCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a string of at most 5500 characters. @maxLength 5500 */
  ocspResult?: string;
}

/** The payload of a GetChargingProfiles request (OCPP 2.0.1). */
export interface GetChargingProfilesRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: an integer. @integer */
  evseId?: number;
  /** Required: a ChargingProfileCriterionType. */
  chargingProfile: ChargingProfileCriterionType;
}

/** The payload of a GetChargingProfiles response (OCPP 2.0.1). */
export interface GetChargingProfilesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GetChargingProfileStatusEnumType value. */
  status: GetChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a GetCompositeSchedule request (OCPP 2.0.1). */
export interface GetCompositeScheduleRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  duration: number;
  /** Optional: a ChargingRateUnitEnumType value. */
  chargingRateUnit?: ChargingRateUnitEnumType;
  /** Required: an integer. @integer */
  evseId: number;
}

/** The payload of a GetCompositeSchedule response (OCPP 2.0.1). */
export interface GetCompositeScheduleResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a CompositeScheduleType. */
  schedule?: CompositeScheduleType;
}

/** The payload of a GetDisplayMessages request (OCPP 2.0.1). */
export interface GetDisplayMessagesRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each an integer. @minItems 1 */
  id?: number[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a MessagePriorityEnumType value. */
  priority?: MessagePriorityEnumType;
  /** Optional: a MessageStateEnumType value. */
  state?: MessageStateEnumType;
}

/** The payload of a GetDisplayMessages response (OCPP 2.0.1). */
export interface GetDisplayMessagesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GetDisplayMessagesStatusEnumType value. */
  status: GetDisplayMessagesStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a GetInstalledCertificateIds request (OCPP 2.0.1). */
export interface GetInstalledCertificateIdsRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each a GetCertificateIdUseEnumType value. @minItems 1 */
  certificateType?: GetCertificateIdUseEnumType[];
}

/** The payload of a GetInstalledCertificateIds response (OCPP 2.0.1). */
export interface GetInstalledCertificateIdsResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GetInstalledCertificateStatusEnumType value. */
  status: GetInstalledCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a list of at least 1 items, each a CertificateHashDataChainType. @minItems 1 */
  certificateHashDataChain?: CertificateHashDataChainType[];
}

/** The payload of a GetLocalListVersion request (OCPP 2.0.1). */
export interface GetLocalListVersionRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a GetLocalListVersion response (OCPP 2.0.1). */
export interface GetLocalListVersionResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  versionNumber: number;
}

/** The payload of a GetLog request (OCPP 2.0.1). */
export interface GetLogRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a LogParametersType. */
  log: LogParametersType;
  /** Required: a LogEnumType value. */
  logType: LogEnumType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: an integer. @integer */
  retries?: number;
  /** Optional: an integer. @integer */
  retryInterval?: number;
}

/** The payload of a GetLog response (OCPP 2.0.1). */
export interface GetLogResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a LogStatusEnumType value. */
  status: LogStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  filename?: string;
}

/** The payload of a GetMonitoringReport request (OCPP 2.0.1). */
export interface GetMonitoringReportRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each a ComponentVariableType. @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a list of 1 to 3 items, each a MonitoringCriterionEnumType value. @minItems 1 @maxItems 3 */
  monitoringCriteria?: MonitoringCriterionEnumType[];
}

/** The payload of a GetMonitoringReport response (OCPP 2.0.1). */
export interface GetMonitoringReportResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a GetReport request (OCPP 2.0.1). */
export interface GetReportRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each a ComponentVariableType. @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: a list of 1 to 4 items, each a ComponentCriterionEnumType value. @minItems 1 @maxItems 4 */
  componentCriteria?: ComponentCriterionEnumType[];
}

/** The payload of a GetReport response (OCPP 2.0.1). */
export interface GetReportResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a GetTransactionStatus request (OCPP 2.0.1). */
export interface GetTransactionStatusRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
}

/** The payload of a GetTransactionStatus response (OCPP 2.0.1). */
export interface GetTransactionStatusResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: true or false. */
  ongoingIndicator?: boolean;
  /** Required: true or false. */
  messagesInQueue: boolean;
}

/** The payload of a GetVariables request (OCPP 2.0.1). */
export interface GetVariablesRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a GetVariableDataType. @minItems 1 */
  getVariableData: GetVariableDataType[];
}

/** The payload of a GetVariables response (OCPP 2.0.1). */
export interface GetVariablesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a GetVariableResultType. @minItems 1 */
  getVariableResult: GetVariableResultType[];
}

/** The payload of a Heartbeat request (OCPP 2.0.1). */
export interface HeartbeatRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a Heartbeat response (OCPP 2.0.1). */
export interface HeartbeatResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an RFC 3339 date-time. @format date-time */
  currentTime: string;
}

/** The payload of a InstallCertificate request (OCPP 2.0.1). */
export interface InstallCertificateRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an InstallCertificateUseEnumType value. */
  certificateType: InstallCertificateUseEnumType;
  /** Required: a string of at most 5500 characters. @maxLength 5500 */
  certificate: string;
}

/** The payload of a InstallCertificate response (OCPP 2.0.1). */
export interface InstallCertificateResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an InstallCertificateStatusEnumType value. */
  status: InstallCertificateStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a LogStatusNotification request (OCPP 2.0.1). */
export interface LogStatusNotificationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an UploadLogStatusEnumType value. */
  status: UploadLogStatusEnumType;
  /** Optional: an integer. @integer */
  requestId?: number;
}

/** The payload of a LogStatusNotification response (OCPP 2.0.1). */
export interface LogStatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a MeterValues request (OCPP 2.0.1). */
export interface MeterValuesRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  evseId: number;
  /** Required: a list of at least 1 items, each a MeterValueType. @minItems 1 */
  meterValue: MeterValueType[];
}

/** The payload of a MeterValues response (OCPP 2.0.1). */
export interface MeterValuesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyChargingLimit request (OCPP 2.0.1). */
export interface NotifyChargingLimitRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each a ChargingScheduleType. @minItems 1 */
  chargingSchedule?: ChargingScheduleType[];
  /** Optional: an integer. @integer */
  evseId?: number;
  /** Required: a ChargingLimitType. */
  chargingLimit: ChargingLimitType;
}

/** The payload of a NotifyChargingLimit response (OCPP 2.0.1). */
export interface NotifyChargingLimitResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyCustomerInformation request (OCPP 2.0.1). */
export interface NotifyCustomerInformationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  data: string;
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer. @integer */
  seqNo: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
  /** Required: an integer. @integer */
  requestId: number;
}

/** The payload of a NotifyCustomerInformation response (OCPP 2.0.1). */
export interface NotifyCustomerInformationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyDisplayMessages request (OCPP 2.0.1). */
export interface NotifyDisplayMessagesRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each a MessageInfoType. @minItems 1 */
  messageInfo?: MessageInfoType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: true or false. @default false */
  tbc?: boolean;
}

/** The payload of a NotifyDisplayMessages response (OCPP 2.0.1). */
export interface NotifyDisplayMessagesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyEVChargingNeeds request (OCPP 2.0.1). */
export interface NotifyEVChargingNeedsRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an integer. @integer */
  maxScheduleTuples?: number;
  /** Required: a ChargingNeedsType. */
  chargingNeeds: ChargingNeedsType;
  /** Required: an integer. @integer */
  evseId: number;
}

/** The payload of a NotifyEVChargingNeeds response (OCPP 2.0.1). */
export interface NotifyEVChargingNeedsResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a NotifyEVChargingNeedsStatusEnumType value. */
  status: NotifyEVChargingNeedsStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a NotifyEVChargingSchedule request (OCPP 2.0.1). */
export interface NotifyEVChargingScheduleRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an RFC 3339 date-time. @format date-time */
  timeBase: string;
  /** Required: a ChargingScheduleType. */
  chargingSchedule: ChargingScheduleType;
  /** Required: an integer. @integer */
  evseId: number;
}

/** The payload of a NotifyEVChargingSchedule response (OCPP 2.0.1). */
export interface NotifyEVChargingScheduleResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a NotifyEvent request (OCPP 2.0.1). */
export interface NotifyEventRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer. @integer */
  seqNo: number;
  /** Required: a list of at least 1 items, each an EventDataType. @minItems 1 */
  eventData: EventDataType[];
}

/** The payload of a NotifyEvent response (OCPP 2.0.1). */
export interface NotifyEventResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyMonitoringReport request (OCPP 2.0.1). */
export interface NotifyMonitoringReportRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each a MonitoringDataType. @minItems 1 */
  monitor?: MonitoringDataType[];
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer. @integer */
  seqNo: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
}

/** The payload of a NotifyMonitoringReport response (OCPP 2.0.1). */
export interface NotifyMonitoringReportResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a NotifyReport request (OCPP 2.0.1). */
export interface NotifyReportRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  generatedAt: string;
  /** Optional: a list of at least 1 items, each a ReportDataType. @minItems 1 */
  reportData?: ReportDataType[];
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer. @integer */
  seqNo: number;
}

/** The payload of a NotifyReport response (OCPP 2.0.1). */
export interface NotifyReportResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a PublishFirmware request (OCPP 2.0.1). */
export interface PublishFirmwareRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 512 characters. @maxLength 512 */
  location: string;
  /** Optional: an integer. @integer */
  retries?: number;
  /** Required: a string of at most 32 characters. @maxLength 32 */
  checksum: string;
  /** Required: an integer. @integer */
  requestId: number;
  /** Optional: an integer. @integer */
  retryInterval?: number;
}

/** The payload of a PublishFirmware response (OCPP 2.0.1). */
export interface PublishFirmwareResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a PublishFirmwareStatusNotification request (OCPP 2.0.1). */
export interface PublishFirmwareStatusNotificationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a PublishFirmwareStatusEnumType value. */
  status: PublishFirmwareStatusEnumType;
  /** Optional: a list of at least 1 items, each a string of at most 512 characters. @minItems 1 */
  location?: string[];
  /** Optional: an integer. @integer */
  requestId?: number;
}

/** The payload of a PublishFirmwareStatusNotification response (OCPP 2.0.1). */
export interface PublishFirmwareStatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReportChargingProfiles request (OCPP 2.0.1). */
export interface ReportChargingProfilesRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: a ChargingLimitSourceEnumType value. */
  chargingLimitSource: ChargingLimitSourceEnumType;
  /** Required: a list of at least 1 items, each a ChargingProfileType. @minItems 1 */
  chargingProfile: ChargingProfileType[];
  /** Optional: true or false. @default false */
  tbc?: boolean;
  /** Required: an integer. @integer */
  evseId: number;
}

/** The payload of a ReportChargingProfiles response (OCPP 2.0.1). */
export interface ReportChargingProfilesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a RequestStartTransaction request (OCPP 2.0.1). */
export interface RequestStartTransactionRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an integer. @integer */
  evseId?: number;
  /** Optional: an IdTokenType. */
  groupIdToken?: IdTokenType;
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Required: an integer. @integer */
  remoteStartId: number;
  /** Optional: a ChargingProfileType. */
  chargingProfile?: ChargingProfileType;
}

/** The payload of a RequestStartTransaction response (OCPP 2.0.1). */
export interface RequestStartTransactionResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a RequestStartStopStatusEnumType value. */
  status: RequestStartStopStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
  /** Optional: a string of at most 36 characters. @maxLength 36 */
  transactionId?: string;
}

/** The payload of a RequestStopTransaction request (OCPP 2.0.1). */
export interface RequestStopTransactionRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 36 characters. @maxLength 36 */
  transactionId: string;
}

/** The payload of a RequestStopTransaction response (OCPP 2.0.1). */
export interface RequestStopTransactionResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a RequestStartStopStatusEnumType value. */
  status: RequestStartStopStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a ReservationStatusUpdate request (OCPP 2.0.1). */
export interface ReservationStatusUpdateRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  reservationId: number;
  /** Required: a ReservationUpdateStatusEnumType value. */
  reservationUpdateStatus: ReservationUpdateStatusEnumType;
}

/** The payload of a ReservationStatusUpdate response (OCPP 2.0.1). */
export interface ReservationStatusUpdateResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a ReserveNow request (OCPP 2.0.1). */
export interface ReserveNowRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  id: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  expiryDateTime: string;
  /** Optional: a ConnectorEnumType value. */
  connectorType?: ConnectorEnumType;
  /** Required: an IdTokenType. */
  idToken: IdTokenType;
  /** Optional: an integer. @integer */
  evseId?: number;
  /** Optional: an IdTokenType. */
  groupIdToken?: IdTokenType;
}

/** The payload of a ReserveNow response (OCPP 2.0.1). */
export interface ReserveNowResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ReserveNowStatusEnumType value. */
  status: ReserveNowStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a Reset request (OCPP 2.0.1). */
export interface ResetRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ResetEnumType value. */
  type: ResetEnumType;
  /** Optional: an integer. @integer */
  evseId?: number;
}

/** The payload of a Reset response (OCPP 2.0.1). */
export interface ResetResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ResetStatusEnumType value. */
  status: ResetStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a SecurityEventNotification request (OCPP 2.0.1). */
export interface SecurityEventNotificationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 50 characters. @maxLength 50 */
  type: string;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  techInfo?: string;
}

/** The payload of a SecurityEventNotification response (OCPP 2.0.1). */
export interface SecurityEventNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a SendLocalList request (OCPP 2.0.1). */
export interface SendLocalListRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a list of at least 1 items, each an AuthorizationData. @minItems 1 */
  localAuthorizationList?: AuthorizationData[];
  /** Required: an integer. @integer */
  versionNumber: number;
  /** Required: an UpdateEnumType value. */
  updateType: UpdateEnumType;
}

/** The payload of a SendLocalList response (OCPP 2.0.1). */
export interface SendLocalListResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a SendLocalListStatusEnumType value. */
  status: SendLocalListStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a SetChargingProfile request (OCPP 2.0.1). */
export interface SetChargingProfileRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  evseId: number;
  /** Required: a ChargingProfileType. */
  chargingProfile: ChargingProfileType;
}

/** The payload of a SetChargingProfile response (OCPP 2.0.1). */
export interface SetChargingProfileResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a ChargingProfileStatusEnumType value. */
  status: ChargingProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a SetDisplayMessage request (OCPP 2.0.1). */
export interface SetDisplayMessageRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a MessageInfoType. */
  message: MessageInfoType;
}

/** The payload of a SetDisplayMessage response (OCPP 2.0.1). */
export interface SetDisplayMessageResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a DisplayMessageStatusEnumType value. */
  status: DisplayMessageStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a SetMonitoringBase request (OCPP 2.0.1). */
export interface SetMonitoringBaseRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a MonitoringBaseEnumType value. */
  monitoringBase: MonitoringBaseEnumType;
}

/** The payload of a SetMonitoringBase response (OCPP 2.0.1). */
export interface SetMonitoringBaseResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericDeviceModelStatusEnumType value. */
  status: GenericDeviceModelStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a SetMonitoringLevel request (OCPP 2.0.1). */
export interface SetMonitoringLevelRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  severity: number;
}

/** The payload of a SetMonitoringLevel response (OCPP 2.0.1). */
export interface SetMonitoringLevelResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a SetNetworkProfile request (OCPP 2.0.1). */
export interface SetNetworkProfileRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  configurationSlot: number;
  /** Required: a NetworkConnectionProfileType. */
  connectionData: NetworkConnectionProfileType;
}

/** The payload of a SetNetworkProfile response (OCPP 2.0.1). */
export interface SetNetworkProfileResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a SetNetworkProfileStatusEnumType value. */
  status: SetNetworkProfileStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a SetVariableMonitoring request (OCPP 2.0.1). */
export interface SetVariableMonitoringRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a SetMonitoringDataType. @minItems 1 */
  setMonitoringData: SetMonitoringDataType[];
}

/** The payload of a SetVariableMonitoring response (OCPP 2.0.1). */
export interface SetVariableMonitoringResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a SetMonitoringResultType. @minItems 1 */
  setMonitoringResult: SetMonitoringResultType[];
}

/** The payload of a SetVariables request (OCPP 2.0.1). */
export interface SetVariablesRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a SetVariableDataType. @minItems 1 */
  setVariableData: SetVariableDataType[];
}

/** The payload of a SetVariables response (OCPP 2.0.1). */
export interface SetVariablesResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a list of at least 1 items, each a SetVariableResultType. @minItems 1 */
  setVariableResult: SetVariableResultType[];
}

/** The payload of a SignCertificate request (OCPP 2.0.1). */
export interface SignCertificateRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 5500 characters. @maxLength 5500 */
  csr: string;
  /** Optional: a CertificateSigningUseEnumType value. */
  certificateType?: CertificateSigningUseEnumType;
}

/** The payload of a SignCertificate response (OCPP 2.0.1). */
export interface SignCertificateResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a StatusNotification request (OCPP 2.0.1). */
export interface StatusNotificationRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: a ConnectorStatusEnumType value. */
  connectorStatus: ConnectorStatusEnumType;
  /** Required: an integer. @integer */
  evseId: number;
  /** Required: an integer. @integer */
  connectorId: number;
}

/** The payload of a StatusNotification response (OCPP 2.0.1). */
export interface StatusNotificationResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
}

/** The payload of a TransactionEvent request (OCPP 2.0.1). */
export interface TransactionEventRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a TransactionEventEnumType value. */
  eventType: TransactionEventEnumType;
  /** Optional: a list of at least 1 items, each a MeterValueType. @minItems 1 */
  meterValue?: MeterValueType[];
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: a TriggerReasonEnumType value. */
  triggerReason: TriggerReasonEnumType;
  /** Required: an integer. @integer */
  seqNo: number;
  /** Optional: true or false. @default false */
  offline?: boolean;
  /** Optional: an integer. @integer */
  numberOfPhasesUsed?: number;
  /** Optional: an integer. @integer */
  cableMaxCurrent?: number;
  /** Optional: an integer. @integer */
  reservationId?: number;
  /** Required: a TransactionType. */
  transactionInfo: TransactionType;
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Optional: an IdTokenType. */
  idToken?: IdTokenType;
}

/** The payload of a TransactionEvent response (OCPP 2.0.1). */
export interface TransactionEventResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: a number. */
  totalCost?: number;
  /** Optional: an integer. @integer */
  chargingPriority?: number;
  /** Optional: an IdTokenInfoType. */
  idTokenInfo?: IdTokenInfoType;
  /** Optional: a MessageContentType. */
  updatedPersonalMessage?: MessageContentType;
}

/** The payload of a TriggerMessage request (OCPP 2.0.1). */
export interface TriggerMessageRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an EVSEType. */
  evse?: EVSEType;
  /** Required: a MessageTriggerEnumType value. */
  requestedMessage: MessageTriggerEnumType;
}

/** The payload of a TriggerMessage response (OCPP 2.0.1). */
export interface TriggerMessageResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a TriggerMessageStatusEnumType value. */
  status: TriggerMessageStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a UnlockConnector request (OCPP 2.0.1). */
export interface UnlockConnectorRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an integer. @integer */
  evseId: number;
  /** Required: an integer. @integer */
  connectorId: number;
}

/** The payload of a UnlockConnector response (OCPP 2.0.1). */
export interface UnlockConnectorResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an UnlockStatusEnumType value. */
  status: UnlockStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The payload of a UnpublishFirmware request (OCPP 2.0.1). */
export interface UnpublishFirmwareRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: a string of at most 32 characters. @maxLength 32 */
  checksum: string;
}

/** The payload of a UnpublishFirmware response (OCPP 2.0.1). */
export interface UnpublishFirmwareResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an UnpublishFirmwareStatusEnumType value. */
  status: UnpublishFirmwareStatusEnumType;
}

/** The payload of a UpdateFirmware request (OCPP 2.0.1). */
export interface UpdateFirmwareRequest {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Optional: an integer. @integer */
  retries?: number;
  /** Optional: an integer. @integer */
  retryInterval?: number;
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: a FirmwareType. */
  firmware: FirmwareType;
}

/** The payload of a UpdateFirmware response (OCPP 2.0.1). */
export interface UpdateFirmwareResponse {
  /** Optional: a CustomDataType. */
  customData?: CustomDataType;
  /** Required: an UpdateFirmwareStatusEnumType value. */
  status: UpdateFirmwareStatusEnumType;
  /** Optional: a StatusInfoType. */
  statusInfo?: StatusInfoType;
}

/** The request payload of each action. */
export interface RequestMap {
  /** The Authorize request. */
  Authorize: AuthorizeRequest;
  /** The BootNotification request. */
  BootNotification: BootNotificationRequest;
  /** The CancelReservation request. */
  CancelReservation: CancelReservationRequest;
  /** The CertificateSigned request. */
  CertificateSigned: CertificateSignedRequest;
  /** The ChangeAvailability request. */
  ChangeAvailability: ChangeAvailabilityRequest;
  /** The ClearCache request. */
  ClearCache: ClearCacheRequest;
  /** The ClearChargingProfile request. */
  ClearChargingProfile: ClearChargingProfileRequest;
  /** The ClearDisplayMessage request. */
  ClearDisplayMessage: ClearDisplayMessageRequest;
  /** The ClearVariableMonitoring request. */
  ClearVariableMonitoring: ClearVariableMonitoringRequest;
  /** The ClearedChargingLimit request. */
  ClearedChargingLimit: ClearedChargingLimitRequest;
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
  /** The GetCertificateStatus request. */
  GetCertificateStatus: GetCertificateStatusRequest;
  /** The GetChargingProfiles request. */
  GetChargingProfiles: GetChargingProfilesRequest;
  /** The GetCompositeSchedule request. */
  GetCompositeSchedule: GetCompositeScheduleRequest;
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
  /** The GetReport request. */
  GetReport: GetReportRequest;
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
  /** The NotifyChargingLimit request. */
  NotifyChargingLimit: NotifyChargingLimitRequest;
  /** The NotifyCustomerInformation request. */
  NotifyCustomerInformation: NotifyCustomerInformationRequest;
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
  /** The NotifyReport request. */
  NotifyReport: NotifyReportRequest;
  /** The PublishFirmware request. */
  PublishFirmware: PublishFirmwareRequest;
  /** The PublishFirmwareStatusNotification request. */
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationRequest;
  /** The ReportChargingProfiles request. */
  ReportChargingProfiles: ReportChargingProfilesRequest;
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
  /** The UpdateFirmware request. */
  UpdateFirmware: UpdateFirmwareRequest;
}

/** The response payload of each action. */
export interface ResponseMap {
  /** The Authorize response. */
  Authorize: AuthorizeResponse;
  /** The BootNotification response. */
  BootNotification: BootNotificationResponse;
  /** The CancelReservation response. */
  CancelReservation: CancelReservationResponse;
  /** The CertificateSigned response. */
  CertificateSigned: CertificateSignedResponse;
  /** The ChangeAvailability response. */
  ChangeAvailability: ChangeAvailabilityResponse;
  /** The ClearCache response. */
  ClearCache: ClearCacheResponse;
  /** The ClearChargingProfile response. */
  ClearChargingProfile: ClearChargingProfileResponse;
  /** The ClearDisplayMessage response. */
  ClearDisplayMessage: ClearDisplayMessageResponse;
  /** The ClearVariableMonitoring response. */
  ClearVariableMonitoring: ClearVariableMonitoringResponse;
  /** The ClearedChargingLimit response. */
  ClearedChargingLimit: ClearedChargingLimitResponse;
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
  /** The GetCertificateStatus response. */
  GetCertificateStatus: GetCertificateStatusResponse;
  /** The GetChargingProfiles response. */
  GetChargingProfiles: GetChargingProfilesResponse;
  /** The GetCompositeSchedule response. */
  GetCompositeSchedule: GetCompositeScheduleResponse;
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
  /** The GetReport response. */
  GetReport: GetReportResponse;
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
  /** The NotifyChargingLimit response. */
  NotifyChargingLimit: NotifyChargingLimitResponse;
  /** The NotifyCustomerInformation response. */
  NotifyCustomerInformation: NotifyCustomerInformationResponse;
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
  /** The NotifyReport response. */
  NotifyReport: NotifyReportResponse;
  /** The PublishFirmware response. */
  PublishFirmware: PublishFirmwareResponse;
  /** The PublishFirmwareStatusNotification response. */
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationResponse;
  /** The ReportChargingProfiles response. */
  ReportChargingProfiles: ReportChargingProfilesResponse;
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
  /** The UpdateFirmware response. */
  UpdateFirmware: UpdateFirmwareResponse;
}
