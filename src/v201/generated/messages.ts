// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Messages: 128, for 64 actions.
import type { AuthorizeCertificateStatusEnumType, BootReasonEnumType, CancelReservationStatusEnumType, CertificateActionEnumType, CertificateSignedStatusEnumType, CertificateSigningUseEnumType, ChangeAvailabilityStatusEnumType, ChargingLimitSourceEnumType, ChargingProfileStatusEnumType, ChargingRateUnitEnumType, ClearCacheStatusEnumType, ClearChargingProfileStatusEnumType, ClearMessageStatusEnumType, ComponentCriterionEnumType, ConnectorEnumType, ConnectorStatusEnumType, CustomerInformationStatusEnumType, DataTransferStatusEnumType, DeleteCertificateStatusEnumType, DisplayMessageStatusEnumType, FirmwareStatusEnumType, GenericDeviceModelStatusEnumType, GenericStatusEnumType, GetCertificateIdUseEnumType, GetCertificateStatusEnumType, GetChargingProfileStatusEnumType, GetDisplayMessagesStatusEnumType, GetInstalledCertificateStatusEnumType, InstallCertificateStatusEnumType, InstallCertificateUseEnumType, Iso15118EVCertificateStatusEnumType, LogEnumType, LogStatusEnumType, MessagePriorityEnumType, MessageStateEnumType, MessageTriggerEnumType, MonitoringBaseEnumType, MonitoringCriterionEnumType, NotifyEVChargingNeedsStatusEnumType, OperationalStatusEnumType, PublishFirmwareStatusEnumType, RegistrationStatusEnumType, ReportBaseEnumType, RequestStartStopStatusEnumType, ReservationUpdateStatusEnumType, ReserveNowStatusEnumType, ResetEnumType, ResetStatusEnumType, SendLocalListStatusEnumType, SetNetworkProfileStatusEnumType, TransactionEventEnumType, TriggerMessageStatusEnumType, TriggerReasonEnumType, UnlockStatusEnumType, UnpublishFirmwareStatusEnumType, UpdateEnumType, UpdateFirmwareStatusEnumType, UploadLogStatusEnumType } from './enums.js';
import type { AuthorizationData, CertificateHashDataChainType, CertificateHashDataType, ChargingLimitType, ChargingNeedsType, ChargingProfileCriterionType, ChargingProfileType, ChargingScheduleType, ChargingStationType, ClearChargingProfileType, ClearMonitoringResultType, ComponentVariableType, CompositeScheduleType, CustomDataType, EVSEType, EventDataType, FirmwareType, GetVariableDataType, GetVariableResultType, IdTokenInfoType, IdTokenType, LogParametersType, MessageContentType, MessageInfoType, MeterValueType, MonitoringDataType, NetworkConnectionProfileType, OCSPRequestDataType, ReportDataType, SetMonitoringDataType, SetMonitoringResultType, SetVariableDataType, SetVariableResultType, StatusInfoType, TransactionType } from './types.js';

export interface AuthorizeRequest {
  customData?: CustomDataType;
  idToken: IdTokenType;
  /** @maxLength 5500 */
  certificate?: string;
  /** @minItems 1 @maxItems 4 */
  iso15118CertificateHashData?: OCSPRequestDataType[];
}

export interface AuthorizeResponse {
  customData?: CustomDataType;
  idTokenInfo: IdTokenInfoType;
  certificateStatus?: AuthorizeCertificateStatusEnumType;
}

export interface BootNotificationRequest {
  customData?: CustomDataType;
  chargingStation: ChargingStationType;
  reason: BootReasonEnumType;
}

export interface BootNotificationResponse {
  customData?: CustomDataType;
  /** @format date-time */
  currentTime: string;
  /** @integer */
  interval: number;
  status: RegistrationStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface CancelReservationRequest {
  customData?: CustomDataType;
  /** @integer */
  reservationId: number;
}

export interface CancelReservationResponse {
  customData?: CustomDataType;
  status: CancelReservationStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface CertificateSignedRequest {
  customData?: CustomDataType;
  /** @maxLength 10000 */
  certificateChain: string;
  certificateType?: CertificateSigningUseEnumType;
}

export interface CertificateSignedResponse {
  customData?: CustomDataType;
  status: CertificateSignedStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface ChangeAvailabilityRequest {
  customData?: CustomDataType;
  evse?: EVSEType;
  operationalStatus: OperationalStatusEnumType;
}

export interface ChangeAvailabilityResponse {
  customData?: CustomDataType;
  status: ChangeAvailabilityStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface ClearCacheRequest {
  customData?: CustomDataType;
}

export interface ClearCacheResponse {
  customData?: CustomDataType;
  status: ClearCacheStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface ClearChargingProfileRequest {
  customData?: CustomDataType;
  /** @integer */
  chargingProfileId?: number;
  chargingProfileCriteria?: ClearChargingProfileType;
}

export interface ClearChargingProfileResponse {
  customData?: CustomDataType;
  status: ClearChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface ClearDisplayMessageRequest {
  customData?: CustomDataType;
  /** @integer */
  id: number;
}

export interface ClearDisplayMessageResponse {
  customData?: CustomDataType;
  status: ClearMessageStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface ClearVariableMonitoringRequest {
  customData?: CustomDataType;
  /** @minItems 1 @items.integer */
  id: number[];
}

export interface ClearVariableMonitoringResponse {
  customData?: CustomDataType;
  /** @minItems 1 */
  clearMonitoringResult: ClearMonitoringResultType[];
}

export interface ClearedChargingLimitRequest {
  customData?: CustomDataType;
  chargingLimitSource: ChargingLimitSourceEnumType;
  /** @integer */
  evseId?: number;
}

export interface ClearedChargingLimitResponse {
  customData?: CustomDataType;
}

export interface CostUpdatedRequest {
  customData?: CustomDataType;
  totalCost: number;
  /** @maxLength 36 */
  transactionId: string;
}

export interface CostUpdatedResponse {
  customData?: CustomDataType;
}

export interface CustomerInformationRequest {
  customData?: CustomDataType;
  customerCertificate?: CertificateHashDataType;
  idToken?: IdTokenType;
  /** @integer */
  requestId: number;
  report: boolean;
  clear: boolean;
  /** @maxLength 64 */
  customerIdentifier?: string;
}

export interface CustomerInformationResponse {
  customData?: CustomDataType;
  status: CustomerInformationStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface DataTransferRequest {
  customData?: CustomDataType;
  /** @maxLength 50 */
  messageId?: string;
  data?: unknown;
  /** @maxLength 255 */
  vendorId: string;
}

export interface DataTransferResponse {
  customData?: CustomDataType;
  status: DataTransferStatusEnumType;
  statusInfo?: StatusInfoType;
  data?: unknown;
}

export interface DeleteCertificateRequest {
  customData?: CustomDataType;
  certificateHashData: CertificateHashDataType;
}

export interface DeleteCertificateResponse {
  customData?: CustomDataType;
  status: DeleteCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface FirmwareStatusNotificationRequest {
  customData?: CustomDataType;
  status: FirmwareStatusEnumType;
  /** @integer */
  requestId?: number;
}

export interface FirmwareStatusNotificationResponse {
  customData?: CustomDataType;
}

export interface Get15118EVCertificateRequest {
  customData?: CustomDataType;
  /** @maxLength 50 */
  iso15118SchemaVersion: string;
  action: CertificateActionEnumType;
  /** @maxLength 5600 */
  exiRequest: string;
}

export interface Get15118EVCertificateResponse {
  customData?: CustomDataType;
  status: Iso15118EVCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 5600 */
  exiResponse: string;
}

export interface GetBaseReportRequest {
  customData?: CustomDataType;
  /** @integer */
  requestId: number;
  reportBase: ReportBaseEnumType;
}

export interface GetBaseReportResponse {
  customData?: CustomDataType;
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface GetCertificateStatusRequest {
  customData?: CustomDataType;
  ocspRequestData: OCSPRequestDataType;
}

export interface GetCertificateStatusResponse {
  customData?: CustomDataType;
  status: GetCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 5500 */
  ocspResult?: string;
}

export interface GetChargingProfilesRequest {
  customData?: CustomDataType;
  /** @integer */
  requestId: number;
  /** @integer */
  evseId?: number;
  chargingProfile: ChargingProfileCriterionType;
}

export interface GetChargingProfilesResponse {
  customData?: CustomDataType;
  status: GetChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface GetCompositeScheduleRequest {
  customData?: CustomDataType;
  /** @integer */
  duration: number;
  chargingRateUnit?: ChargingRateUnitEnumType;
  /** @integer */
  evseId: number;
}

export interface GetCompositeScheduleResponse {
  customData?: CustomDataType;
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
  schedule?: CompositeScheduleType;
}

export interface GetDisplayMessagesRequest {
  customData?: CustomDataType;
  /** @minItems 1 @items.integer */
  id?: number[];
  /** @integer */
  requestId: number;
  priority?: MessagePriorityEnumType;
  state?: MessageStateEnumType;
}

export interface GetDisplayMessagesResponse {
  customData?: CustomDataType;
  status: GetDisplayMessagesStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface GetInstalledCertificateIdsRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  certificateType?: GetCertificateIdUseEnumType[];
}

export interface GetInstalledCertificateIdsResponse {
  customData?: CustomDataType;
  status: GetInstalledCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @minItems 1 */
  certificateHashDataChain?: CertificateHashDataChainType[];
}

export interface GetLocalListVersionRequest {
  customData?: CustomDataType;
}

export interface GetLocalListVersionResponse {
  customData?: CustomDataType;
  /** @integer */
  versionNumber: number;
}

export interface GetLogRequest {
  customData?: CustomDataType;
  log: LogParametersType;
  logType: LogEnumType;
  /** @integer */
  requestId: number;
  /** @integer */
  retries?: number;
  /** @integer */
  retryInterval?: number;
}

export interface GetLogResponse {
  customData?: CustomDataType;
  status: LogStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 255 */
  filename?: string;
}

export interface GetMonitoringReportRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** @integer */
  requestId: number;
  /** @minItems 1 @maxItems 3 */
  monitoringCriteria?: MonitoringCriterionEnumType[];
}

export interface GetMonitoringReportResponse {
  customData?: CustomDataType;
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface GetReportRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  componentVariable?: ComponentVariableType[];
  /** @integer */
  requestId: number;
  /** @minItems 1 @maxItems 4 */
  componentCriteria?: ComponentCriterionEnumType[];
}

export interface GetReportResponse {
  customData?: CustomDataType;
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface GetTransactionStatusRequest {
  customData?: CustomDataType;
  /** @maxLength 36 */
  transactionId?: string;
}

export interface GetTransactionStatusResponse {
  customData?: CustomDataType;
  ongoingIndicator?: boolean;
  messagesInQueue: boolean;
}

export interface GetVariablesRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  getVariableData: GetVariableDataType[];
}

export interface GetVariablesResponse {
  customData?: CustomDataType;
  /** @minItems 1 */
  getVariableResult: GetVariableResultType[];
}

export interface HeartbeatRequest {
  customData?: CustomDataType;
}

export interface HeartbeatResponse {
  customData?: CustomDataType;
  /** @format date-time */
  currentTime: string;
}

export interface InstallCertificateRequest {
  customData?: CustomDataType;
  certificateType: InstallCertificateUseEnumType;
  /** @maxLength 5500 */
  certificate: string;
}

export interface InstallCertificateResponse {
  customData?: CustomDataType;
  status: InstallCertificateStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface LogStatusNotificationRequest {
  customData?: CustomDataType;
  status: UploadLogStatusEnumType;
  /** @integer */
  requestId?: number;
}

export interface LogStatusNotificationResponse {
  customData?: CustomDataType;
}

export interface MeterValuesRequest {
  customData?: CustomDataType;
  /** @integer */
  evseId: number;
  /** @minItems 1 */
  meterValue: MeterValueType[];
}

export interface MeterValuesResponse {
  customData?: CustomDataType;
}

export interface NotifyChargingLimitRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  chargingSchedule?: ChargingScheduleType[];
  /** @integer */
  evseId?: number;
  chargingLimit: ChargingLimitType;
}

export interface NotifyChargingLimitResponse {
  customData?: CustomDataType;
}

export interface NotifyCustomerInformationRequest {
  customData?: CustomDataType;
  /** @maxLength 512 */
  data: string;
  /** @default false */
  tbc?: boolean;
  /** @integer */
  seqNo: number;
  /** @format date-time */
  generatedAt: string;
  /** @integer */
  requestId: number;
}

export interface NotifyCustomerInformationResponse {
  customData?: CustomDataType;
}

export interface NotifyDisplayMessagesRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  messageInfo?: MessageInfoType[];
  /** @integer */
  requestId: number;
  /** @default false */
  tbc?: boolean;
}

export interface NotifyDisplayMessagesResponse {
  customData?: CustomDataType;
}

export interface NotifyEVChargingNeedsRequest {
  customData?: CustomDataType;
  /** @integer */
  maxScheduleTuples?: number;
  chargingNeeds: ChargingNeedsType;
  /** @integer */
  evseId: number;
}

export interface NotifyEVChargingNeedsResponse {
  customData?: CustomDataType;
  status: NotifyEVChargingNeedsStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface NotifyEVChargingScheduleRequest {
  customData?: CustomDataType;
  /** @format date-time */
  timeBase: string;
  chargingSchedule: ChargingScheduleType;
  /** @integer */
  evseId: number;
}

export interface NotifyEVChargingScheduleResponse {
  customData?: CustomDataType;
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface NotifyEventRequest {
  customData?: CustomDataType;
  /** @format date-time */
  generatedAt: string;
  /** @default false */
  tbc?: boolean;
  /** @integer */
  seqNo: number;
  /** @minItems 1 */
  eventData: EventDataType[];
}

export interface NotifyEventResponse {
  customData?: CustomDataType;
}

export interface NotifyMonitoringReportRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  monitor?: MonitoringDataType[];
  /** @integer */
  requestId: number;
  /** @default false */
  tbc?: boolean;
  /** @integer */
  seqNo: number;
  /** @format date-time */
  generatedAt: string;
}

export interface NotifyMonitoringReportResponse {
  customData?: CustomDataType;
}

export interface NotifyReportRequest {
  customData?: CustomDataType;
  /** @integer */
  requestId: number;
  /** @format date-time */
  generatedAt: string;
  /** @minItems 1 */
  reportData?: ReportDataType[];
  /** @default false */
  tbc?: boolean;
  /** @integer */
  seqNo: number;
}

export interface NotifyReportResponse {
  customData?: CustomDataType;
}

export interface PublishFirmwareRequest {
  customData?: CustomDataType;
  /** @maxLength 512 */
  location: string;
  /** @integer */
  retries?: number;
  /** @maxLength 32 */
  checksum: string;
  /** @integer */
  requestId: number;
  /** @integer */
  retryInterval?: number;
}

export interface PublishFirmwareResponse {
  customData?: CustomDataType;
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface PublishFirmwareStatusNotificationRequest {
  customData?: CustomDataType;
  status: PublishFirmwareStatusEnumType;
  /** @minItems 1 @items.maxLength 512 */
  location?: string[];
  /** @integer */
  requestId?: number;
}

export interface PublishFirmwareStatusNotificationResponse {
  customData?: CustomDataType;
}

export interface ReportChargingProfilesRequest {
  customData?: CustomDataType;
  /** @integer */
  requestId: number;
  chargingLimitSource: ChargingLimitSourceEnumType;
  /** @minItems 1 */
  chargingProfile: ChargingProfileType[];
  /** @default false */
  tbc?: boolean;
  /** @integer */
  evseId: number;
}

export interface ReportChargingProfilesResponse {
  customData?: CustomDataType;
}

export interface RequestStartTransactionRequest {
  customData?: CustomDataType;
  /** @integer */
  evseId?: number;
  groupIdToken?: IdTokenType;
  idToken: IdTokenType;
  /** @integer */
  remoteStartId: number;
  chargingProfile?: ChargingProfileType;
}

export interface RequestStartTransactionResponse {
  customData?: CustomDataType;
  status: RequestStartStopStatusEnumType;
  statusInfo?: StatusInfoType;
  /** @maxLength 36 */
  transactionId?: string;
}

export interface RequestStopTransactionRequest {
  customData?: CustomDataType;
  /** @maxLength 36 */
  transactionId: string;
}

export interface RequestStopTransactionResponse {
  customData?: CustomDataType;
  status: RequestStartStopStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface ReservationStatusUpdateRequest {
  customData?: CustomDataType;
  /** @integer */
  reservationId: number;
  reservationUpdateStatus: ReservationUpdateStatusEnumType;
}

export interface ReservationStatusUpdateResponse {
  customData?: CustomDataType;
}

export interface ReserveNowRequest {
  customData?: CustomDataType;
  /** @integer */
  id: number;
  /** @format date-time */
  expiryDateTime: string;
  connectorType?: ConnectorEnumType;
  idToken: IdTokenType;
  /** @integer */
  evseId?: number;
  groupIdToken?: IdTokenType;
}

export interface ReserveNowResponse {
  customData?: CustomDataType;
  status: ReserveNowStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface ResetRequest {
  customData?: CustomDataType;
  type: ResetEnumType;
  /** @integer */
  evseId?: number;
}

export interface ResetResponse {
  customData?: CustomDataType;
  status: ResetStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface SecurityEventNotificationRequest {
  customData?: CustomDataType;
  /** @maxLength 50 */
  type: string;
  /** @format date-time */
  timestamp: string;
  /** @maxLength 255 */
  techInfo?: string;
}

export interface SecurityEventNotificationResponse {
  customData?: CustomDataType;
}

export interface SendLocalListRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  localAuthorizationList?: AuthorizationData[];
  /** @integer */
  versionNumber: number;
  updateType: UpdateEnumType;
}

export interface SendLocalListResponse {
  customData?: CustomDataType;
  status: SendLocalListStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface SetChargingProfileRequest {
  customData?: CustomDataType;
  /** @integer */
  evseId: number;
  chargingProfile: ChargingProfileType;
}

export interface SetChargingProfileResponse {
  customData?: CustomDataType;
  status: ChargingProfileStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface SetDisplayMessageRequest {
  customData?: CustomDataType;
  message: MessageInfoType;
}

export interface SetDisplayMessageResponse {
  customData?: CustomDataType;
  status: DisplayMessageStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface SetMonitoringBaseRequest {
  customData?: CustomDataType;
  monitoringBase: MonitoringBaseEnumType;
}

export interface SetMonitoringBaseResponse {
  customData?: CustomDataType;
  status: GenericDeviceModelStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface SetMonitoringLevelRequest {
  customData?: CustomDataType;
  /** @integer */
  severity: number;
}

export interface SetMonitoringLevelResponse {
  customData?: CustomDataType;
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface SetNetworkProfileRequest {
  customData?: CustomDataType;
  /** @integer */
  configurationSlot: number;
  connectionData: NetworkConnectionProfileType;
}

export interface SetNetworkProfileResponse {
  customData?: CustomDataType;
  status: SetNetworkProfileStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface SetVariableMonitoringRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  setMonitoringData: SetMonitoringDataType[];
}

export interface SetVariableMonitoringResponse {
  customData?: CustomDataType;
  /** @minItems 1 */
  setMonitoringResult: SetMonitoringResultType[];
}

export interface SetVariablesRequest {
  customData?: CustomDataType;
  /** @minItems 1 */
  setVariableData: SetVariableDataType[];
}

export interface SetVariablesResponse {
  customData?: CustomDataType;
  /** @minItems 1 */
  setVariableResult: SetVariableResultType[];
}

export interface SignCertificateRequest {
  customData?: CustomDataType;
  /** @maxLength 5500 */
  csr: string;
  certificateType?: CertificateSigningUseEnumType;
}

export interface SignCertificateResponse {
  customData?: CustomDataType;
  status: GenericStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface StatusNotificationRequest {
  customData?: CustomDataType;
  /** @format date-time */
  timestamp: string;
  connectorStatus: ConnectorStatusEnumType;
  /** @integer */
  evseId: number;
  /** @integer */
  connectorId: number;
}

export interface StatusNotificationResponse {
  customData?: CustomDataType;
}

export interface TransactionEventRequest {
  customData?: CustomDataType;
  eventType: TransactionEventEnumType;
  /** @minItems 1 */
  meterValue?: MeterValueType[];
  /** @format date-time */
  timestamp: string;
  triggerReason: TriggerReasonEnumType;
  /** @integer */
  seqNo: number;
  /** @default false */
  offline?: boolean;
  /** @integer */
  numberOfPhasesUsed?: number;
  /** @integer */
  cableMaxCurrent?: number;
  /** @integer */
  reservationId?: number;
  transactionInfo: TransactionType;
  evse?: EVSEType;
  idToken?: IdTokenType;
}

export interface TransactionEventResponse {
  customData?: CustomDataType;
  totalCost?: number;
  /** @integer */
  chargingPriority?: number;
  idTokenInfo?: IdTokenInfoType;
  updatedPersonalMessage?: MessageContentType;
}

export interface TriggerMessageRequest {
  customData?: CustomDataType;
  evse?: EVSEType;
  requestedMessage: MessageTriggerEnumType;
}

export interface TriggerMessageResponse {
  customData?: CustomDataType;
  status: TriggerMessageStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface UnlockConnectorRequest {
  customData?: CustomDataType;
  /** @integer */
  evseId: number;
  /** @integer */
  connectorId: number;
}

export interface UnlockConnectorResponse {
  customData?: CustomDataType;
  status: UnlockStatusEnumType;
  statusInfo?: StatusInfoType;
}

export interface UnpublishFirmwareRequest {
  customData?: CustomDataType;
  /** @maxLength 32 */
  checksum: string;
}

export interface UnpublishFirmwareResponse {
  customData?: CustomDataType;
  status: UnpublishFirmwareStatusEnumType;
}

export interface UpdateFirmwareRequest {
  customData?: CustomDataType;
  /** @integer */
  retries?: number;
  /** @integer */
  retryInterval?: number;
  /** @integer */
  requestId: number;
  firmware: FirmwareType;
}

export interface UpdateFirmwareResponse {
  customData?: CustomDataType;
  status: UpdateFirmwareStatusEnumType;
  statusInfo?: StatusInfoType;
}

/** The request payload of each action. */
export interface RequestMap {
  Authorize: AuthorizeRequest;
  BootNotification: BootNotificationRequest;
  CancelReservation: CancelReservationRequest;
  CertificateSigned: CertificateSignedRequest;
  ChangeAvailability: ChangeAvailabilityRequest;
  ClearCache: ClearCacheRequest;
  ClearChargingProfile: ClearChargingProfileRequest;
  ClearDisplayMessage: ClearDisplayMessageRequest;
  ClearVariableMonitoring: ClearVariableMonitoringRequest;
  ClearedChargingLimit: ClearedChargingLimitRequest;
  CostUpdated: CostUpdatedRequest;
  CustomerInformation: CustomerInformationRequest;
  DataTransfer: DataTransferRequest;
  DeleteCertificate: DeleteCertificateRequest;
  FirmwareStatusNotification: FirmwareStatusNotificationRequest;
  Get15118EVCertificate: Get15118EVCertificateRequest;
  GetBaseReport: GetBaseReportRequest;
  GetCertificateStatus: GetCertificateStatusRequest;
  GetChargingProfiles: GetChargingProfilesRequest;
  GetCompositeSchedule: GetCompositeScheduleRequest;
  GetDisplayMessages: GetDisplayMessagesRequest;
  GetInstalledCertificateIds: GetInstalledCertificateIdsRequest;
  GetLocalListVersion: GetLocalListVersionRequest;
  GetLog: GetLogRequest;
  GetMonitoringReport: GetMonitoringReportRequest;
  GetReport: GetReportRequest;
  GetTransactionStatus: GetTransactionStatusRequest;
  GetVariables: GetVariablesRequest;
  Heartbeat: HeartbeatRequest;
  InstallCertificate: InstallCertificateRequest;
  LogStatusNotification: LogStatusNotificationRequest;
  MeterValues: MeterValuesRequest;
  NotifyChargingLimit: NotifyChargingLimitRequest;
  NotifyCustomerInformation: NotifyCustomerInformationRequest;
  NotifyDisplayMessages: NotifyDisplayMessagesRequest;
  NotifyEVChargingNeeds: NotifyEVChargingNeedsRequest;
  NotifyEVChargingSchedule: NotifyEVChargingScheduleRequest;
  NotifyEvent: NotifyEventRequest;
  NotifyMonitoringReport: NotifyMonitoringReportRequest;
  NotifyReport: NotifyReportRequest;
  PublishFirmware: PublishFirmwareRequest;
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationRequest;
  ReportChargingProfiles: ReportChargingProfilesRequest;
  RequestStartTransaction: RequestStartTransactionRequest;
  RequestStopTransaction: RequestStopTransactionRequest;
  ReservationStatusUpdate: ReservationStatusUpdateRequest;
  ReserveNow: ReserveNowRequest;
  Reset: ResetRequest;
  SecurityEventNotification: SecurityEventNotificationRequest;
  SendLocalList: SendLocalListRequest;
  SetChargingProfile: SetChargingProfileRequest;
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
  UpdateFirmware: UpdateFirmwareRequest;
}

/** The response payload of each action. */
export interface ResponseMap {
  Authorize: AuthorizeResponse;
  BootNotification: BootNotificationResponse;
  CancelReservation: CancelReservationResponse;
  CertificateSigned: CertificateSignedResponse;
  ChangeAvailability: ChangeAvailabilityResponse;
  ClearCache: ClearCacheResponse;
  ClearChargingProfile: ClearChargingProfileResponse;
  ClearDisplayMessage: ClearDisplayMessageResponse;
  ClearVariableMonitoring: ClearVariableMonitoringResponse;
  ClearedChargingLimit: ClearedChargingLimitResponse;
  CostUpdated: CostUpdatedResponse;
  CustomerInformation: CustomerInformationResponse;
  DataTransfer: DataTransferResponse;
  DeleteCertificate: DeleteCertificateResponse;
  FirmwareStatusNotification: FirmwareStatusNotificationResponse;
  Get15118EVCertificate: Get15118EVCertificateResponse;
  GetBaseReport: GetBaseReportResponse;
  GetCertificateStatus: GetCertificateStatusResponse;
  GetChargingProfiles: GetChargingProfilesResponse;
  GetCompositeSchedule: GetCompositeScheduleResponse;
  GetDisplayMessages: GetDisplayMessagesResponse;
  GetInstalledCertificateIds: GetInstalledCertificateIdsResponse;
  GetLocalListVersion: GetLocalListVersionResponse;
  GetLog: GetLogResponse;
  GetMonitoringReport: GetMonitoringReportResponse;
  GetReport: GetReportResponse;
  GetTransactionStatus: GetTransactionStatusResponse;
  GetVariables: GetVariablesResponse;
  Heartbeat: HeartbeatResponse;
  InstallCertificate: InstallCertificateResponse;
  LogStatusNotification: LogStatusNotificationResponse;
  MeterValues: MeterValuesResponse;
  NotifyChargingLimit: NotifyChargingLimitResponse;
  NotifyCustomerInformation: NotifyCustomerInformationResponse;
  NotifyDisplayMessages: NotifyDisplayMessagesResponse;
  NotifyEVChargingNeeds: NotifyEVChargingNeedsResponse;
  NotifyEVChargingSchedule: NotifyEVChargingScheduleResponse;
  NotifyEvent: NotifyEventResponse;
  NotifyMonitoringReport: NotifyMonitoringReportResponse;
  NotifyReport: NotifyReportResponse;
  PublishFirmware: PublishFirmwareResponse;
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationResponse;
  ReportChargingProfiles: ReportChargingProfilesResponse;
  RequestStartTransaction: RequestStartTransactionResponse;
  RequestStopTransaction: RequestStopTransactionResponse;
  ReservationStatusUpdate: ReservationStatusUpdateResponse;
  ReserveNow: ReserveNowResponse;
  Reset: ResetResponse;
  SecurityEventNotification: SecurityEventNotificationResponse;
  SendLocalList: SendLocalListResponse;
  SetChargingProfile: SetChargingProfileResponse;
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
  UpdateFirmware: UpdateFirmwareResponse;
}
