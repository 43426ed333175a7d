// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
// Messages: 78, for 39 actions.
import type { AvailabilityStatus, AvailabilityType, CancelReservationStatus, CertificateSignedStatusEnumType, CertificateUseEnumType, ChargePointErrorCode, ChargePointStatus, ChargingProfilePurposeType, ChargingProfileStatus, ChargingRateUnitType, ClearCacheStatus, ClearChargingProfileStatus, ConfigurationStatus, DataTransferStatus, DeleteCertificateStatusEnumType, DiagnosticsStatus, FirmwareStatus, FirmwareStatusEnumType, GenericStatusEnumType, GetCompositeScheduleStatus, GetInstalledCertificateStatusEnumType, InstallCertificateStatusEnumType, LogEnumType, LogStatusEnumType, MessageTrigger, MessageTriggerEnumType, Reason, RegistrationStatus, RemoteStartStopStatus, ReservationStatus, ResetStatus, ResetType, TriggerMessageStatus, TriggerMessageStatusEnumType, UnlockStatus, UpdateFirmwareStatusEnumType, UpdateStatus, UpdateType, UploadLogStatusEnumType } from './enums.js';
import type { AuthorizationData, CertificateHashDataType, ChargingProfile, ChargingSchedule, FirmwareType, IdTagInfo, KeyValue, LogParametersType, MeterValue, StopTransactionMeterValue } from './types.js';

export interface AuthorizeRequest {
  /** @maxLength 20 */
  idTag: string;
}

export interface AuthorizeResponse {
  idTagInfo: IdTagInfo;
}

export interface BootNotificationRequest {
  /** @maxLength 20 */
  chargePointVendor: string;
  /** @maxLength 20 */
  chargePointModel: string;
  /** @maxLength 25 */
  chargePointSerialNumber?: string;
  /** @maxLength 25 */
  chargeBoxSerialNumber?: string;
  /** @maxLength 50 */
  firmwareVersion?: string;
  /** @maxLength 20 */
  iccid?: string;
  /** @maxLength 20 */
  imsi?: string;
  /** @maxLength 25 */
  meterType?: string;
  /** @maxLength 25 */
  meterSerialNumber?: string;
}

export interface BootNotificationResponse {
  status: RegistrationStatus;
  /** @format date-time */
  currentTime: string;
  /** @integer */
  interval: number;
}

export interface CancelReservationRequest {
  /** @integer */
  reservationId: number;
}

export interface CancelReservationResponse {
  status: CancelReservationStatus;
}

export interface CertificateSignedRequest {
  /** @maxLength 10000 */
  certificateChain: string;
}

export interface CertificateSignedResponse {
  status: CertificateSignedStatusEnumType;
}

export interface ChangeAvailabilityRequest {
  /** @integer */
  connectorId: number;
  type: AvailabilityType;
}

export interface ChangeAvailabilityResponse {
  status: AvailabilityStatus;
}

export interface ChangeConfigurationRequest {
  /** @maxLength 50 */
  key: string;
  /** @maxLength 500 */
  value: string;
}

export interface ChangeConfigurationResponse {
  status: ConfigurationStatus;
}

export interface ClearCacheRequest {
}

export interface ClearCacheResponse {
  status: ClearCacheStatus;
}

export interface ClearChargingProfileRequest {
  /** @integer */
  id?: number;
  /** @integer */
  connectorId?: number;
  chargingProfilePurpose?: ChargingProfilePurposeType;
  /** @integer */
  stackLevel?: number;
}

export interface ClearChargingProfileResponse {
  status: ClearChargingProfileStatus;
}

export interface DataTransferRequest {
  /** @maxLength 255 */
  vendorId: string;
  /** @maxLength 50 */
  messageId?: string;
  data?: string;
}

export interface DataTransferResponse {
  status: DataTransferStatus;
  data?: string;
}

export interface DeleteCertificateRequest {
  certificateHashData: CertificateHashDataType;
}

export interface DeleteCertificateResponse {
  status: DeleteCertificateStatusEnumType;
}

export interface DiagnosticsStatusNotificationRequest {
  status: DiagnosticsStatus;
}

export interface DiagnosticsStatusNotificationResponse {
}

export interface ExtendedTriggerMessageRequest {
  requestedMessage: MessageTriggerEnumType;
  /** @integer */
  connectorId?: number;
}

export interface ExtendedTriggerMessageResponse {
  status: TriggerMessageStatusEnumType;
}

export interface FirmwareStatusNotificationRequest {
  status: FirmwareStatus;
}

export interface FirmwareStatusNotificationResponse {
}

export interface GetCompositeScheduleRequest {
  /** @integer */
  connectorId: number;
  /** @integer */
  duration: number;
  chargingRateUnit?: ChargingRateUnitType;
}

export interface GetCompositeScheduleResponse {
  status: GetCompositeScheduleStatus;
  /** @integer */
  connectorId?: number;
  /** @format date-time */
  scheduleStart?: string;
  chargingSchedule?: ChargingSchedule;
}

export interface GetConfigurationRequest {
  /** @items.maxLength 50 */
  key?: string[];
}

export interface GetConfigurationResponse {
  configurationKey?: KeyValue[];
  /** @items.maxLength 50 */
  unknownKey?: string[];
}

export interface GetDiagnosticsRequest {
  /** @format uri */
  location: string;
  /** @integer */
  retries?: number;
  /** @integer */
  retryInterval?: number;
  /** @format date-time */
  startTime?: string;
  /** @format date-time */
  stopTime?: string;
}

export interface GetDiagnosticsResponse {
  /** @maxLength 255 */
  fileName?: string;
}

export interface GetInstalledCertificateIdsRequest {
  certificateType: CertificateUseEnumType;
}

export interface GetInstalledCertificateIdsResponse {
  /** @minItems 1 */
  certificateHashData?: CertificateHashDataType[];
  status: GetInstalledCertificateStatusEnumType;
}

export interface GetLocalListVersionRequest {
}

export interface GetLocalListVersionResponse {
  /** @integer */
  listVersion: number;
}

export interface GetLogRequest {
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
  status: LogStatusEnumType;
  /** @maxLength 255 */
  filename?: string;
}

export interface HeartbeatRequest {
}

export interface HeartbeatResponse {
  /** @format date-time */
  currentTime: string;
}

export interface InstallCertificateRequest {
  certificateType: CertificateUseEnumType;
  /** @maxLength 5500 */
  certificate: string;
}

export interface InstallCertificateResponse {
  status: InstallCertificateStatusEnumType;
}

export interface LogStatusNotificationRequest {
  status: UploadLogStatusEnumType;
  /** @integer */
  requestId?: number;
}

export interface LogStatusNotificationResponse {
}

export interface MeterValuesRequest {
  /** @integer */
  connectorId: number;
  /** @integer */
  transactionId?: number;
  /** @minItems 1 */
  meterValue: MeterValue[];
}

export interface MeterValuesResponse {
}

export interface RemoteStartTransactionRequest {
  /** @integer */
  connectorId?: number;
  /** @maxLength 20 */
  idTag: string;
  chargingProfile?: ChargingProfile;
}

export interface RemoteStartTransactionResponse {
  status: RemoteStartStopStatus;
}

export interface RemoteStopTransactionRequest {
  /** @integer */
  transactionId: number;
}

export interface RemoteStopTransactionResponse {
  status: RemoteStartStopStatus;
}

export interface ReserveNowRequest {
  /** @integer */
  connectorId: number;
  /** @format date-time */
  expiryDate: string;
  /** @maxLength 20 */
  idTag: string;
  /** @maxLength 20 */
  parentIdTag?: string;
  /** @integer */
  reservationId: number;
}

export interface ReserveNowResponse {
  status: ReservationStatus;
}

export interface ResetRequest {
  type: ResetType;
}

export interface ResetResponse {
  status: ResetStatus;
}

export interface SecurityEventNotificationRequest {
  /** @maxLength 50 */
  type: string;
  /** @format date-time */
  timestamp: string;
  /** @maxLength 255 */
  techInfo?: string;
}

export interface SecurityEventNotificationResponse {
}

export interface SendLocalListRequest {
  /** @integer */
  listVersion: number;
  localAuthorizationList?: AuthorizationData[];
  updateType: UpdateType;
}

export interface SendLocalListResponse {
  status: UpdateStatus;
}

export interface SetChargingProfileRequest {
  /** @integer */
  connectorId: number;
  csChargingProfiles: ChargingProfile;
}

export interface SetChargingProfileResponse {
  status: ChargingProfileStatus;
}

export interface SignCertificateRequest {
  /** @maxLength 5500 */
  csr: string;
}

export interface SignCertificateResponse {
  status: GenericStatusEnumType;
}

export interface SignedFirmwareStatusNotificationRequest {
  status: FirmwareStatusEnumType;
  /** @integer */
  requestId?: number;
}

export interface SignedFirmwareStatusNotificationResponse {
}

export interface SignedUpdateFirmwareRequest {
  /** @integer */
  retries?: number;
  /** @integer */
  retryInterval?: number;
  /** @integer */
  requestId: number;
  firmware: FirmwareType;
}

export interface SignedUpdateFirmwareResponse {
  status: UpdateFirmwareStatusEnumType;
}

export interface StartTransactionRequest {
  /** @integer */
  connectorId: number;
  /** @maxLength 20 */
  idTag: string;
  /** @integer */
  meterStart: number;
  /** @integer */
  reservationId?: number;
  /** @format date-time */
  timestamp: string;
}

export interface StartTransactionResponse {
  idTagInfo: IdTagInfo;
  /** @integer */
  transactionId: number;
}

export interface StatusNotificationRequest {
  /** @integer */
  connectorId: number;
  errorCode: ChargePointErrorCode;
  /** @maxLength 50 */
  info?: string;
  status: ChargePointStatus;
  /** @format date-time */
  timestamp?: string;
  /** @maxLength 255 */
  vendorId?: string;
  /** @maxLength 50 */
  vendorErrorCode?: string;
}

export interface StatusNotificationResponse {
}

export interface StopTransactionRequest {
  /** @maxLength 20 */
  idTag?: string;
  /** @integer */
  meterStop: number;
  /** @format date-time */
  timestamp: string;
  /** @integer */
  transactionId: number;
  reason?: Reason;
  transactionData?: StopTransactionMeterValue[];
}

export interface StopTransactionResponse {
  idTagInfo?: IdTagInfo;
}

export interface TriggerMessageRequest {
  requestedMessage: MessageTrigger;
  /** @integer */
  connectorId?: number;
}

export interface TriggerMessageResponse {
  status: TriggerMessageStatus;
}

export interface UnlockConnectorRequest {
  /** @integer */
  connectorId: number;
}

export interface UnlockConnectorResponse {
  status: UnlockStatus;
}

export interface UpdateFirmwareRequest {
  /** @format uri */
  location: string;
  /** @integer */
  retries?: number;
  /** @format date-time */
  retrieveDate: string;
  /** @integer */
  retryInterval?: number;
}

export interface UpdateFirmwareResponse {
}

/** The request payload of each action. */
export interface RequestMap {
  Authorize: AuthorizeRequest;
  BootNotification: BootNotificationRequest;
  CancelReservation: CancelReservationRequest;
  CertificateSigned: CertificateSignedRequest;
  ChangeAvailability: ChangeAvailabilityRequest;
  ChangeConfiguration: ChangeConfigurationRequest;
  ClearCache: ClearCacheRequest;
  ClearChargingProfile: ClearChargingProfileRequest;
  DataTransfer: DataTransferRequest;
  DeleteCertificate: DeleteCertificateRequest;
  DiagnosticsStatusNotification: DiagnosticsStatusNotificationRequest;
  ExtendedTriggerMessage: ExtendedTriggerMessageRequest;
  FirmwareStatusNotification: FirmwareStatusNotificationRequest;
  GetCompositeSchedule: GetCompositeScheduleRequest;
  GetConfiguration: GetConfigurationRequest;
  GetDiagnostics: GetDiagnosticsRequest;
  GetInstalledCertificateIds: GetInstalledCertificateIdsRequest;
  GetLocalListVersion: GetLocalListVersionRequest;
  GetLog: GetLogRequest;
  Heartbeat: HeartbeatRequest;
  InstallCertificate: InstallCertificateRequest;
  LogStatusNotification: LogStatusNotificationRequest;
  MeterValues: MeterValuesRequest;
  RemoteStartTransaction: RemoteStartTransactionRequest;
  RemoteStopTransaction: RemoteStopTransactionRequest;
  ReserveNow: ReserveNowRequest;
  Reset: ResetRequest;
  SecurityEventNotification: SecurityEventNotificationRequest;
  SendLocalList: SendLocalListRequest;
  SetChargingProfile: SetChargingProfileRequest;
  SignCertificate: SignCertificateRequest;
  SignedFirmwareStatusNotification: SignedFirmwareStatusNotificationRequest;
  SignedUpdateFirmware: SignedUpdateFirmwareRequest;
  StartTransaction: StartTransactionRequest;
  StatusNotification: StatusNotificationRequest;
  StopTransaction: StopTransactionRequest;
  TriggerMessage: TriggerMessageRequest;
  UnlockConnector: UnlockConnectorRequest;
  UpdateFirmware: UpdateFirmwareRequest;
}

/** The response payload of each action. */
export interface ResponseMap {
  Authorize: AuthorizeResponse;
  BootNotification: BootNotificationResponse;
  CancelReservation: CancelReservationResponse;
  CertificateSigned: CertificateSignedResponse;
  ChangeAvailability: ChangeAvailabilityResponse;
  ChangeConfiguration: ChangeConfigurationResponse;
  ClearCache: ClearCacheResponse;
  ClearChargingProfile: ClearChargingProfileResponse;
  DataTransfer: DataTransferResponse;
  DeleteCertificate: DeleteCertificateResponse;
  DiagnosticsStatusNotification: DiagnosticsStatusNotificationResponse;
  ExtendedTriggerMessage: ExtendedTriggerMessageResponse;
  FirmwareStatusNotification: FirmwareStatusNotificationResponse;
  GetCompositeSchedule: GetCompositeScheduleResponse;
  GetConfiguration: GetConfigurationResponse;
  GetDiagnostics: GetDiagnosticsResponse;
  GetInstalledCertificateIds: GetInstalledCertificateIdsResponse;
  GetLocalListVersion: GetLocalListVersionResponse;
  GetLog: GetLogResponse;
  Heartbeat: HeartbeatResponse;
  InstallCertificate: InstallCertificateResponse;
  LogStatusNotification: LogStatusNotificationResponse;
  MeterValues: MeterValuesResponse;
  RemoteStartTransaction: RemoteStartTransactionResponse;
  RemoteStopTransaction: RemoteStopTransactionResponse;
  ReserveNow: ReserveNowResponse;
  Reset: ResetResponse;
  SecurityEventNotification: SecurityEventNotificationResponse;
  SendLocalList: SendLocalListResponse;
  SetChargingProfile: SetChargingProfileResponse;
  SignCertificate: SignCertificateResponse;
  SignedFirmwareStatusNotification: SignedFirmwareStatusNotificationResponse;
  SignedUpdateFirmware: SignedUpdateFirmwareResponse;
  StartTransaction: StartTransactionResponse;
  StatusNotification: StatusNotificationResponse;
  StopTransaction: StopTransactionResponse;
  TriggerMessage: TriggerMessageResponse;
  UnlockConnector: UnlockConnectorResponse;
  UpdateFirmware: UpdateFirmwareResponse;
}
