// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
// Messages: 78, for 39 actions.
import type { AvailabilityStatus, AvailabilityType, CancelReservationStatus, CertificateSignedStatusEnumType, CertificateUseEnumType, ChargePointErrorCode, ChargePointStatus, ChargingProfilePurposeType, ChargingProfileStatus, ChargingRateUnitType, ClearCacheStatus, ClearChargingProfileStatus, ConfigurationStatus, DataTransferStatus, DeleteCertificateStatusEnumType, DiagnosticsStatus, FirmwareStatus, FirmwareStatusEnumType, GenericStatusEnumType, GetCompositeScheduleStatus, GetInstalledCertificateStatusEnumType, InstallCertificateStatusEnumType, LogEnumType, LogStatusEnumType, MessageTrigger, MessageTriggerEnumType, Reason, RegistrationStatus, RemoteStartStopStatus, ReservationStatus, ResetStatus, ResetType, TriggerMessageStatus, TriggerMessageStatusEnumType, UnlockStatus, UpdateFirmwareStatusEnumType, UpdateStatus, UpdateType, UploadLogStatusEnumType } from './enums.js';
import type { AuthorizationData, CertificateHashDataType, ChargingProfile, ChargingSchedule, FirmwareType, IdTagInfo, KeyValue, LogParametersType, MeterValue, StopTransactionMeterValue } from './types.js';

/** The payload of a Authorize request (OCPP 1.6). */
export interface AuthorizeRequest {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  idTag: string;
}

/** The payload of a Authorize response (OCPP 1.6). */
export interface AuthorizeResponse {
  /** Required: an IdTagInfo. */
  idTagInfo: IdTagInfo;
}

/** The payload of a BootNotification request (OCPP 1.6). */
export interface BootNotificationRequest {
  /** Required: a string of at most 20 characters. @maxLength 20 */
  chargePointVendor: string;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  chargePointModel: string;
  /** Optional: a string of at most 25 characters. @maxLength 25 */
  chargePointSerialNumber?: string;
  /** Optional: a string of at most 25 characters. @maxLength 25 */
  chargeBoxSerialNumber?: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  firmwareVersion?: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  iccid?: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  imsi?: string;
  /** Optional: a string of at most 25 characters. @maxLength 25 */
  meterType?: string;
  /** Optional: a string of at most 25 characters. @maxLength 25 */
  meterSerialNumber?: string;
}

/** The payload of a BootNotification response (OCPP 1.6). */
export interface BootNotificationResponse {
  /** Required: a RegistrationStatus value. */
  status: RegistrationStatus;
  /** Required: an RFC 3339 date-time. @format date-time */
  currentTime: string;
  /** Required: an integer. @integer */
  interval: number;
}

/** The payload of a CancelReservation request (OCPP 1.6). */
export interface CancelReservationRequest {
  /** Required: an integer. @integer */
  reservationId: number;
}

/** The payload of a CancelReservation response (OCPP 1.6). */
export interface CancelReservationResponse {
  /** Required: a CancelReservationStatus value. */
  status: CancelReservationStatus;
}

/** The payload of a CertificateSigned request (OCPP 1.6). */
export interface CertificateSignedRequest {
  /** Required: a string of at most 10000 characters. @maxLength 10000 */
  certificateChain: string;
}

/** The payload of a CertificateSigned response (OCPP 1.6). */
export interface CertificateSignedResponse {
  /** Required: a CertificateSignedStatusEnumType value. */
  status: CertificateSignedStatusEnumType;
}

/** The payload of a ChangeAvailability request (OCPP 1.6). */
export interface ChangeAvailabilityRequest {
  /** Required: an integer. @integer */
  connectorId: number;
  /** Required: an AvailabilityType value. */
  type: AvailabilityType;
}

/** The payload of a ChangeAvailability response (OCPP 1.6). */
export interface ChangeAvailabilityResponse {
  /** Required: an AvailabilityStatus value. */
  status: AvailabilityStatus;
}

/** The payload of a ChangeConfiguration request (OCPP 1.6). */
export interface ChangeConfigurationRequest {
  /** Required: a string of at most 50 characters. @maxLength 50 */
  key: string;
  /** Required: a string of at most 500 characters. @maxLength 500 */
  value: string;
}

/** The payload of a ChangeConfiguration response (OCPP 1.6). */
export interface ChangeConfigurationResponse {
  /** Required: a ConfigurationStatus value. */
  status: ConfigurationStatus;
}

/** The payload of a ClearCache request (OCPP 1.6). */
export interface ClearCacheRequest {
}

/** The payload of a ClearCache response (OCPP 1.6). */
export interface ClearCacheResponse {
  /** Required: a ClearCacheStatus value. */
  status: ClearCacheStatus;
}

/** The payload of a ClearChargingProfile request (OCPP 1.6). */
export interface ClearChargingProfileRequest {
  /** Optional: an integer. @integer */
  id?: number;
  /** Optional: an integer. @integer */
  connectorId?: number;
  /** Optional: a ChargingProfilePurposeType value. */
  chargingProfilePurpose?: ChargingProfilePurposeType;
  /** Optional: an integer. @integer */
  stackLevel?: number;
}

/** The payload of a ClearChargingProfile response (OCPP 1.6). */
export interface ClearChargingProfileResponse {
  /** Required: a ClearChargingProfileStatus value. */
  status: ClearChargingProfileStatus;
}

/** The payload of a DataTransfer request (OCPP 1.6). */
export interface DataTransferRequest {
  /** Required: a string of at most 255 characters. @maxLength 255 */
  vendorId: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  messageId?: string;
  /** Optional: a string. */
  data?: string;
}

/** The payload of a DataTransfer response (OCPP 1.6). */
export interface DataTransferResponse {
  /** Required: a DataTransferStatus value. */
  status: DataTransferStatus;
  /** Optional: a string. */
  data?: string;
}

/** The payload of a DeleteCertificate request (OCPP 1.6). */
export interface DeleteCertificateRequest {
  /** Required: a CertificateHashDataType. */
  certificateHashData: CertificateHashDataType;
}

/** The payload of a DeleteCertificate response (OCPP 1.6). */
export interface DeleteCertificateResponse {
  /** Required: a DeleteCertificateStatusEnumType value. */
  status: DeleteCertificateStatusEnumType;
}

/** The payload of a DiagnosticsStatusNotification request (OCPP 1.6). */
export interface DiagnosticsStatusNotificationRequest {
  /** Required: a DiagnosticsStatus value. */
  status: DiagnosticsStatus;
}

/** The payload of a DiagnosticsStatusNotification response (OCPP 1.6). */
export interface DiagnosticsStatusNotificationResponse {
}

/** The payload of a ExtendedTriggerMessage request (OCPP 1.6). */
export interface ExtendedTriggerMessageRequest {
  /** Required: a MessageTriggerEnumType value. */
  requestedMessage: MessageTriggerEnumType;
  /** Optional: an integer. @integer */
  connectorId?: number;
}

/** The payload of a ExtendedTriggerMessage response (OCPP 1.6). */
export interface ExtendedTriggerMessageResponse {
  /** Required: a TriggerMessageStatusEnumType value. */
  status: TriggerMessageStatusEnumType;
}

/** The payload of a FirmwareStatusNotification request (OCPP 1.6). */
export interface FirmwareStatusNotificationRequest {
  /** Required: a FirmwareStatus value. */
  status: FirmwareStatus;
}

/** The payload of a FirmwareStatusNotification response (OCPP 1.6). */
export interface FirmwareStatusNotificationResponse {
}

/** The payload of a GetCompositeSchedule request (OCPP 1.6). */
export interface GetCompositeScheduleRequest {
  /** Required: an integer. @integer */
  connectorId: number;
  /** Required: an integer. @integer */
  duration: number;
  /** Optional: a ChargingRateUnitType value. */
  chargingRateUnit?: ChargingRateUnitType;
}

/** The payload of a GetCompositeSchedule response (OCPP 1.6). */
export interface GetCompositeScheduleResponse {
  /** Required: a GetCompositeScheduleStatus value. */
  status: GetCompositeScheduleStatus;
  /** Optional: an integer. @integer */
  connectorId?: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  scheduleStart?: string;
  /** Optional: a ChargingSchedule. */
  chargingSchedule?: ChargingSchedule;
}

/** The payload of a GetConfiguration request (OCPP 1.6). */
export interface GetConfigurationRequest {
  /** Optional: a list of any number of items, each a string of at most 50 characters. */
  key?: string[];
}

/** The payload of a GetConfiguration response (OCPP 1.6). */
export interface GetConfigurationResponse {
  /** Optional: a list of any number of items, each a KeyValue. */
  configurationKey?: KeyValue[];
  /** Optional: a list of any number of items, each a string of at most 50 characters. */
  unknownKey?: string[];
}

/** The payload of a GetDiagnostics request (OCPP 1.6). */
export interface GetDiagnosticsRequest {
  /** Required: a URI. @format uri */
  location: string;
  /** Optional: an integer. @integer */
  retries?: number;
  /** Optional: an integer. @integer */
  retryInterval?: number;
  /** Optional: an RFC 3339 date-time. @format date-time */
  startTime?: string;
  /** Optional: an RFC 3339 date-time. @format date-time */
  stopTime?: string;
}

/** The payload of a GetDiagnostics response (OCPP 1.6). */
export interface GetDiagnosticsResponse {
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  fileName?: string;
}

/** The payload of a GetInstalledCertificateIds request (OCPP 1.6). */
export interface GetInstalledCertificateIdsRequest {
  /** Required: a CertificateUseEnumType value. */
  certificateType: CertificateUseEnumType;
}

/** The payload of a GetInstalledCertificateIds response (OCPP 1.6). */
export interface GetInstalledCertificateIdsResponse {
  /** Optional: a list of at least 1 items, each a CertificateHashDataType. @minItems 1 */
  certificateHashData?: CertificateHashDataType[];
  /** Required: a GetInstalledCertificateStatusEnumType value. */
  status: GetInstalledCertificateStatusEnumType;
}

/** The payload of a GetLocalListVersion request (OCPP 1.6). */
export interface GetLocalListVersionRequest {
}

/** The payload of a GetLocalListVersion response (OCPP 1.6). */
export interface GetLocalListVersionResponse {
  /** Required: an integer. @integer */
  listVersion: number;
}

/** The payload of a GetLog request (OCPP 1.6). */
export interface GetLogRequest {
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

/** The payload of a GetLog response (OCPP 1.6). */
export interface GetLogResponse {
  /** Required: a LogStatusEnumType value. */
  status: LogStatusEnumType;
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  filename?: string;
}

/** The payload of a Heartbeat request (OCPP 1.6). */
export interface HeartbeatRequest {
}

/** The payload of a Heartbeat response (OCPP 1.6). */
export interface HeartbeatResponse {
  /** Required: an RFC 3339 date-time. @format date-time */
  currentTime: string;
}

/** The payload of a InstallCertificate request (OCPP 1.6). */
export interface InstallCertificateRequest {
  /** Required: a CertificateUseEnumType value. */
  certificateType: CertificateUseEnumType;
  /** Required: a string of at most 5500 characters. @maxLength 5500 */
  certificate: string;
}

/** The payload of a InstallCertificate response (OCPP 1.6). */
export interface InstallCertificateResponse {
  /** Required: an InstallCertificateStatusEnumType value. */
  status: InstallCertificateStatusEnumType;
}

/** The payload of a LogStatusNotification request (OCPP 1.6). */
export interface LogStatusNotificationRequest {
  /** Required: an UploadLogStatusEnumType value. */
  status: UploadLogStatusEnumType;
  /** Optional: an integer. @integer */
  requestId?: number;
}

/** The payload of a LogStatusNotification response (OCPP 1.6). */
export interface LogStatusNotificationResponse {
}

/** The payload of a MeterValues request (OCPP 1.6). */
export interface MeterValuesRequest {
  /** Required: an integer. @integer */
  connectorId: number;
  /** Optional: an integer. @integer */
  transactionId?: number;
  /** Required: a list of at least 1 items, each a MeterValue. @minItems 1 */
  meterValue: MeterValue[];
}

/** The payload of a MeterValues response (OCPP 1.6). */
export interface MeterValuesResponse {
}

/** The payload of a RemoteStartTransaction request (OCPP 1.6). */
export interface RemoteStartTransactionRequest {
  /** Optional: an integer. @integer */
  connectorId?: number;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  idTag: string;
  /** Optional: a ChargingProfile. */
  chargingProfile?: ChargingProfile;
}

/** The payload of a RemoteStartTransaction response (OCPP 1.6). */
export interface RemoteStartTransactionResponse {
  /** Required: a RemoteStartStopStatus value. */
  status: RemoteStartStopStatus;
}

/** The payload of a RemoteStopTransaction request (OCPP 1.6). */
export interface RemoteStopTransactionRequest {
  /** Required: an integer. @integer */
  transactionId: number;
}

/** The payload of a RemoteStopTransaction response (OCPP 1.6). */
export interface RemoteStopTransactionResponse {
  /** Required: a RemoteStartStopStatus value. */
  status: RemoteStartStopStatus;
}

/** The payload of a ReserveNow request (OCPP 1.6). */
export interface ReserveNowRequest {
  /** Required: an integer. @integer */
  connectorId: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  expiryDate: string;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  idTag: string;
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  parentIdTag?: string;
  /** Required: an integer. @integer */
  reservationId: number;
}

/** The payload of a ReserveNow response (OCPP 1.6). */
export interface ReserveNowResponse {
  /** Required: a ReservationStatus value. */
  status: ReservationStatus;
}

/** The payload of a Reset request (OCPP 1.6). */
export interface ResetRequest {
  /** Required: a ResetType value. */
  type: ResetType;
}

/** The payload of a Reset response (OCPP 1.6). */
export interface ResetResponse {
  /** Required: a ResetStatus value. */
  status: ResetStatus;
}

/** The payload of a SecurityEventNotification request (OCPP 1.6). */
export interface SecurityEventNotificationRequest {
  /** Required: a string of at most 50 characters. @maxLength 50 */
  type: string;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  techInfo?: string;
}

/** The payload of a SecurityEventNotification response (OCPP 1.6). */
export interface SecurityEventNotificationResponse {
}

/** The payload of a SendLocalList request (OCPP 1.6). */
export interface SendLocalListRequest {
  /** Required: an integer. @integer */
  listVersion: number;
  /** Optional: a list of any number of items, each an AuthorizationData. */
  localAuthorizationList?: AuthorizationData[];
  /** Required: an UpdateType value. */
  updateType: UpdateType;
}

/** The payload of a SendLocalList response (OCPP 1.6). */
export interface SendLocalListResponse {
  /** Required: an UpdateStatus value. */
  status: UpdateStatus;
}

/** The payload of a SetChargingProfile request (OCPP 1.6). */
export interface SetChargingProfileRequest {
  /** Required: an integer. @integer */
  connectorId: number;
  /** Required: a ChargingProfile. */
  csChargingProfiles: ChargingProfile;
}

/** The payload of a SetChargingProfile response (OCPP 1.6). */
export interface SetChargingProfileResponse {
  /** Required: a ChargingProfileStatus value. */
  status: ChargingProfileStatus;
}

/** The payload of a SignCertificate request (OCPP 1.6). */
export interface SignCertificateRequest {
  /** Required: a string of at most 5500 characters. @maxLength 5500 */
  csr: string;
}

/** The payload of a SignCertificate response (OCPP 1.6). */
export interface SignCertificateResponse {
  /** Required: a GenericStatusEnumType value. */
  status: GenericStatusEnumType;
}

/** The payload of a SignedFirmwareStatusNotification request (OCPP 1.6). */
export interface SignedFirmwareStatusNotificationRequest {
  /** Required: a FirmwareStatusEnumType value. */
  status: FirmwareStatusEnumType;
  /** Optional: an integer. @integer */
  requestId?: number;
}

/** The payload of a SignedFirmwareStatusNotification response (OCPP 1.6). */
export interface SignedFirmwareStatusNotificationResponse {
}

/** The payload of a SignedUpdateFirmware request (OCPP 1.6). */
export interface SignedUpdateFirmwareRequest {
  /** Optional: an integer. @integer */
  retries?: number;
  /** Optional: an integer. @integer */
  retryInterval?: number;
  /** Required: an integer. @integer */
  requestId: number;
  /** Required: a FirmwareType. */
  firmware: FirmwareType;
}

/** The payload of a SignedUpdateFirmware response (OCPP 1.6). */
export interface SignedUpdateFirmwareResponse {
  /** Required: an UpdateFirmwareStatusEnumType value. */
  status: UpdateFirmwareStatusEnumType;
}

/** The payload of a StartTransaction request (OCPP 1.6). */
export interface StartTransactionRequest {
  /** Required: an integer. @integer */
  connectorId: number;
  /** Required: a string of at most 20 characters. @maxLength 20 */
  idTag: string;
  /** Required: an integer. @integer */
  meterStart: number;
  /** Optional: an integer. @integer */
  reservationId?: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
}

/** The payload of a StartTransaction response (OCPP 1.6). */
export interface StartTransactionResponse {
  /** Required: an IdTagInfo. */
  idTagInfo: IdTagInfo;
  /** Required: an integer. @integer */
  transactionId: number;
}

/** The payload of a StatusNotification request (OCPP 1.6). */
export interface StatusNotificationRequest {
  /** Required: an integer. @integer */
  connectorId: number;
  /** Required: a ChargePointErrorCode value. */
  errorCode: ChargePointErrorCode;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  info?: string;
  /** Required: a ChargePointStatus value. */
  status: ChargePointStatus;
  /** Optional: an RFC 3339 date-time. @format date-time */
  timestamp?: string;
  /** Optional: a string of at most 255 characters. @maxLength 255 */
  vendorId?: string;
  /** Optional: a string of at most 50 characters. @maxLength 50 */
  vendorErrorCode?: string;
}

/** The payload of a StatusNotification response (OCPP 1.6). */
export interface StatusNotificationResponse {
}

/** The payload of a StopTransaction request (OCPP 1.6). */
export interface StopTransactionRequest {
  /** Optional: a string of at most 20 characters. @maxLength 20 */
  idTag?: string;
  /** Required: an integer. @integer */
  meterStop: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  timestamp: string;
  /** Required: an integer. @integer */
  transactionId: number;
  /** Optional: a Reason value. */
  reason?: Reason;
  /** Optional: a list of any number of items, each a StopTransactionMeterValue. */
  transactionData?: StopTransactionMeterValue[];
}

/** The payload of a StopTransaction response (OCPP 1.6). */
export interface StopTransactionResponse {
  /** Optional: an IdTagInfo. */
  idTagInfo?: IdTagInfo;
}

/** The payload of a TriggerMessage request (OCPP 1.6). */
export interface TriggerMessageRequest {
  /** Required: a MessageTrigger value. */
  requestedMessage: MessageTrigger;
  /** Optional: an integer. @integer */
  connectorId?: number;
}

/** The payload of a TriggerMessage response (OCPP 1.6). */
export interface TriggerMessageResponse {
  /** Required: a TriggerMessageStatus value. */
  status: TriggerMessageStatus;
}

/** The payload of a UnlockConnector request (OCPP 1.6). */
export interface UnlockConnectorRequest {
  /** Required: an integer. @integer */
  connectorId: number;
}

/** The payload of a UnlockConnector response (OCPP 1.6). */
export interface UnlockConnectorResponse {
  /** Required: an UnlockStatus value. */
  status: UnlockStatus;
}

/** The payload of a UpdateFirmware request (OCPP 1.6). */
export interface UpdateFirmwareRequest {
  /** Required: a URI. @format uri */
  location: string;
  /** Optional: an integer. @integer */
  retries?: number;
  /** Required: an RFC 3339 date-time. @format date-time */
  retrieveDate: string;
  /** Optional: an integer. @integer */
  retryInterval?: number;
}

/** The payload of a UpdateFirmware response (OCPP 1.6). */
export interface UpdateFirmwareResponse {
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
  /** The ChangeConfiguration request. */
  ChangeConfiguration: ChangeConfigurationRequest;
  /** The ClearCache request. */
  ClearCache: ClearCacheRequest;
  /** The ClearChargingProfile request. */
  ClearChargingProfile: ClearChargingProfileRequest;
  /** The DataTransfer request. */
  DataTransfer: DataTransferRequest;
  /** The DeleteCertificate request. */
  DeleteCertificate: DeleteCertificateRequest;
  /** The DiagnosticsStatusNotification request. */
  DiagnosticsStatusNotification: DiagnosticsStatusNotificationRequest;
  /** The ExtendedTriggerMessage request. */
  ExtendedTriggerMessage: ExtendedTriggerMessageRequest;
  /** The FirmwareStatusNotification request. */
  FirmwareStatusNotification: FirmwareStatusNotificationRequest;
  /** The GetCompositeSchedule request. */
  GetCompositeSchedule: GetCompositeScheduleRequest;
  /** The GetConfiguration request. */
  GetConfiguration: GetConfigurationRequest;
  /** The GetDiagnostics request. */
  GetDiagnostics: GetDiagnosticsRequest;
  /** The GetInstalledCertificateIds request. */
  GetInstalledCertificateIds: GetInstalledCertificateIdsRequest;
  /** The GetLocalListVersion request. */
  GetLocalListVersion: GetLocalListVersionRequest;
  /** The GetLog request. */
  GetLog: GetLogRequest;
  /** The Heartbeat request. */
  Heartbeat: HeartbeatRequest;
  /** The InstallCertificate request. */
  InstallCertificate: InstallCertificateRequest;
  /** The LogStatusNotification request. */
  LogStatusNotification: LogStatusNotificationRequest;
  /** The MeterValues request. */
  MeterValues: MeterValuesRequest;
  /** The RemoteStartTransaction request. */
  RemoteStartTransaction: RemoteStartTransactionRequest;
  /** The RemoteStopTransaction request. */
  RemoteStopTransaction: RemoteStopTransactionRequest;
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
  /** The SignCertificate request. */
  SignCertificate: SignCertificateRequest;
  /** The SignedFirmwareStatusNotification request. */
  SignedFirmwareStatusNotification: SignedFirmwareStatusNotificationRequest;
  /** The SignedUpdateFirmware request. */
  SignedUpdateFirmware: SignedUpdateFirmwareRequest;
  /** The StartTransaction request. */
  StartTransaction: StartTransactionRequest;
  /** The StatusNotification request. */
  StatusNotification: StatusNotificationRequest;
  /** The StopTransaction request. */
  StopTransaction: StopTransactionRequest;
  /** The TriggerMessage request. */
  TriggerMessage: TriggerMessageRequest;
  /** The UnlockConnector request. */
  UnlockConnector: UnlockConnectorRequest;
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
  /** The ChangeConfiguration response. */
  ChangeConfiguration: ChangeConfigurationResponse;
  /** The ClearCache response. */
  ClearCache: ClearCacheResponse;
  /** The ClearChargingProfile response. */
  ClearChargingProfile: ClearChargingProfileResponse;
  /** The DataTransfer response. */
  DataTransfer: DataTransferResponse;
  /** The DeleteCertificate response. */
  DeleteCertificate: DeleteCertificateResponse;
  /** The DiagnosticsStatusNotification response. */
  DiagnosticsStatusNotification: DiagnosticsStatusNotificationResponse;
  /** The ExtendedTriggerMessage response. */
  ExtendedTriggerMessage: ExtendedTriggerMessageResponse;
  /** The FirmwareStatusNotification response. */
  FirmwareStatusNotification: FirmwareStatusNotificationResponse;
  /** The GetCompositeSchedule response. */
  GetCompositeSchedule: GetCompositeScheduleResponse;
  /** The GetConfiguration response. */
  GetConfiguration: GetConfigurationResponse;
  /** The GetDiagnostics response. */
  GetDiagnostics: GetDiagnosticsResponse;
  /** The GetInstalledCertificateIds response. */
  GetInstalledCertificateIds: GetInstalledCertificateIdsResponse;
  /** The GetLocalListVersion response. */
  GetLocalListVersion: GetLocalListVersionResponse;
  /** The GetLog response. */
  GetLog: GetLogResponse;
  /** The Heartbeat response. */
  Heartbeat: HeartbeatResponse;
  /** The InstallCertificate response. */
  InstallCertificate: InstallCertificateResponse;
  /** The LogStatusNotification response. */
  LogStatusNotification: LogStatusNotificationResponse;
  /** The MeterValues response. */
  MeterValues: MeterValuesResponse;
  /** The RemoteStartTransaction response. */
  RemoteStartTransaction: RemoteStartTransactionResponse;
  /** The RemoteStopTransaction response. */
  RemoteStopTransaction: RemoteStopTransactionResponse;
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
  /** The SignCertificate response. */
  SignCertificate: SignCertificateResponse;
  /** The SignedFirmwareStatusNotification response. */
  SignedFirmwareStatusNotification: SignedFirmwareStatusNotificationResponse;
  /** The SignedUpdateFirmware response. */
  SignedUpdateFirmware: SignedUpdateFirmwareResponse;
  /** The StartTransaction response. */
  StartTransaction: StartTransactionResponse;
  /** The StatusNotification response. */
  StatusNotification: StatusNotificationResponse;
  /** The StopTransaction response. */
  StopTransaction: StopTransactionResponse;
  /** The TriggerMessage response. */
  TriggerMessage: TriggerMessageResponse;
  /** The UnlockConnector response. */
  UnlockConnector: UnlockConnectorResponse;
  /** The UpdateFirmware response. */
  UpdateFirmware: UpdateFirmwareResponse;
}
