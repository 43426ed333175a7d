// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
// Enumerations: 50.

export const AuthorizationStatus = ["Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx"] as const;
export type AuthorizationStatus = (typeof AuthorizationStatus)[number];

export const AvailabilityStatus = ["Accepted", "Rejected", "Scheduled"] as const;
export type AvailabilityStatus = (typeof AvailabilityStatus)[number];

export const AvailabilityType = ["Inoperative", "Operative"] as const;
export type AvailabilityType = (typeof AvailabilityType)[number];

export const CancelReservationStatus = ["Accepted", "Rejected"] as const;
export type CancelReservationStatus = (typeof CancelReservationStatus)[number];

export const CertificateSignedStatusEnumType = ["Accepted", "Rejected"] as const;
export type CertificateSignedStatusEnumType = (typeof CertificateSignedStatusEnumType)[number];

export const CertificateUseEnumType = ["CentralSystemRootCertificate", "ManufacturerRootCertificate"] as const;
export type CertificateUseEnumType = (typeof CertificateUseEnumType)[number];

export const ChargePointErrorCode = ["ConnectorLockFailure", "EVCommunicationError", "GroundFailure", "HighTemperature", "InternalError", "LocalListConflict", "NoError", "OtherError", "OverCurrentFailure", "PowerMeterFailure", "PowerSwitchFailure", "ReaderFailure", "ResetFailure", "UnderVoltage", "OverVoltage", "WeakSignal"] as const;
export type ChargePointErrorCode = (typeof ChargePointErrorCode)[number];

export const ChargePointStatus = ["Available", "Preparing", "Charging", "SuspendedEVSE", "SuspendedEV", "Finishing", "Reserved", "Unavailable", "Faulted"] as const;
export type ChargePointStatus = (typeof ChargePointStatus)[number];

export const ChargingProfileKindType = ["Absolute", "Recurring", "Relative"] as const;
export type ChargingProfileKindType = (typeof ChargingProfileKindType)[number];

export const ChargingProfilePurposeType = ["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"] as const;
export type ChargingProfilePurposeType = (typeof ChargingProfilePurposeType)[number];

export const ChargingProfileStatus = ["Accepted", "Rejected", "NotSupported"] as const;
export type ChargingProfileStatus = (typeof ChargingProfileStatus)[number];

export const ChargingRateUnitType = ["A", "W"] as const;
export type ChargingRateUnitType = (typeof ChargingRateUnitType)[number];

export const ClearCacheStatus = ["Accepted", "Rejected"] as const;
export type ClearCacheStatus = (typeof ClearCacheStatus)[number];

export const ClearChargingProfileStatus = ["Accepted", "Unknown"] as const;
export type ClearChargingProfileStatus = (typeof ClearChargingProfileStatus)[number];

export const ConfigurationStatus = ["Accepted", "Rejected", "RebootRequired", "NotSupported"] as const;
export type ConfigurationStatus = (typeof ConfigurationStatus)[number];

export const DataTransferStatus = ["Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId"] as const;
export type DataTransferStatus = (typeof DataTransferStatus)[number];

export const DeleteCertificateStatusEnumType = ["Accepted", "Failed", "NotFound"] as const;
export type DeleteCertificateStatusEnumType = (typeof DeleteCertificateStatusEnumType)[number];

export const DiagnosticsStatus = ["Idle", "Uploaded", "UploadFailed", "Uploading"] as const;
export type DiagnosticsStatus = (typeof DiagnosticsStatus)[number];

export const FirmwareStatus = ["Downloaded", "DownloadFailed", "Downloading", "Idle", "InstallationFailed", "Installing", "Installed"] as const;
export type FirmwareStatus = (typeof FirmwareStatus)[number];

export const FirmwareStatusEnumType = ["Downloaded", "DownloadFailed", "Downloading", "DownloadScheduled", "DownloadPaused", "Idle", "InstallationFailed", "Installing", "Installed", "InstallRebooting", "InstallScheduled", "InstallVerificationFailed", "InvalidSignature", "SignatureVerified"] as const;
export type FirmwareStatusEnumType = (typeof FirmwareStatusEnumType)[number];

export const GenericStatusEnumType = ["Accepted", "Rejected"] as const;
export type GenericStatusEnumType = (typeof GenericStatusEnumType)[number];

export const GetCompositeScheduleStatus = ["Accepted", "Rejected"] as const;
export type GetCompositeScheduleStatus = (typeof GetCompositeScheduleStatus)[number];

export const GetInstalledCertificateStatusEnumType = ["Accepted", "NotFound"] as const;
export type GetInstalledCertificateStatusEnumType = (typeof GetInstalledCertificateStatusEnumType)[number];

export const HashAlgorithmEnumType = ["SHA256", "SHA384", "SHA512"] as const;
export type HashAlgorithmEnumType = (typeof HashAlgorithmEnumType)[number];

export const InstallCertificateStatusEnumType = ["Accepted", "Failed", "Rejected"] as const;
export type InstallCertificateStatusEnumType = (typeof InstallCertificateStatusEnumType)[number];

export const Location = ["Cable", "EV", "Inlet", "Outlet", "Body"] as const;
export type Location = (typeof Location)[number];

export const LogEnumType = ["DiagnosticsLog", "SecurityLog"] as const;
export type LogEnumType = (typeof LogEnumType)[number];

export const LogStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled"] as const;
export type LogStatusEnumType = (typeof LogStatusEnumType)[number];

export const Measurand = ["Energy.Active.Export.Register", "Energy.Active.Import.Register", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval", "Energy.Active.Import.Interval", "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Power.Active.Export", "Power.Active.Import", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "Power.Factor", "Current.Import", "Current.Export", "Current.Offered", "Voltage", "Frequency", "Temperature", "SoC", "RPM"] as const;
export type Measurand = (typeof Measurand)[number];

export const MessageTrigger = ["BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StatusNotification"] as const;
export type MessageTrigger = (typeof MessageTrigger)[number];

export const MessageTriggerEnumType = ["BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "SignChargePointCertificate", "StatusNotification"] as const;
export type MessageTriggerEnumType = (typeof MessageTriggerEnumType)[number];

export const Phase = ["L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"] as const;
export type Phase = (typeof Phase)[number];

export const ReadingContext = ["Interruption.Begin", "Interruption.End", "Sample.Clock", "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger", "Other"] as const;
export type ReadingContext = (typeof ReadingContext)[number];

export const Reason = ["EmergencyStop", "EVDisconnected", "HardReset", "Local", "Other", "PowerLoss", "Reboot", "Remote", "SoftReset", "UnlockCommand", "DeAuthorized"] as const;
export type Reason = (typeof Reason)[number];

export const RecurrencyKindType = ["Daily", "Weekly"] as const;
export type RecurrencyKindType = (typeof RecurrencyKindType)[number];

export const RegistrationStatus = ["Accepted", "Pending", "Rejected"] as const;
export type RegistrationStatus = (typeof RegistrationStatus)[number];

export const RemoteStartStopStatus = ["Accepted", "Rejected"] as const;
export type RemoteStartStopStatus = (typeof RemoteStartStopStatus)[number];

export const ReservationStatus = ["Accepted", "Faulted", "Occupied", "Rejected", "Unavailable"] as const;
export type ReservationStatus = (typeof ReservationStatus)[number];

export const ResetStatus = ["Accepted", "Rejected"] as const;
export type ResetStatus = (typeof ResetStatus)[number];

export const ResetType = ["Hard", "Soft"] as const;
export type ResetType = (typeof ResetType)[number];

export const StopTransactionUnitOfMeasure = ["Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K", "Celcius", "Celsius", "Fahrenheit", "Percent"] as const;
export type StopTransactionUnitOfMeasure = (typeof StopTransactionUnitOfMeasure)[number];

export const TriggerMessageStatus = ["Accepted", "Rejected", "NotImplemented"] as const;
export type TriggerMessageStatus = (typeof TriggerMessageStatus)[number];

export const TriggerMessageStatusEnumType = ["Accepted", "Rejected", "NotImplemented"] as const;
export type TriggerMessageStatusEnumType = (typeof TriggerMessageStatusEnumType)[number];

export const UnitOfMeasure = ["Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K", "Celcius", "Celsius", "Fahrenheit", "Percent", "Hertz"] as const;
export type UnitOfMeasure = (typeof UnitOfMeasure)[number];

export const UnlockStatus = ["Unlocked", "UnlockFailed", "NotSupported"] as const;
export type UnlockStatus = (typeof UnlockStatus)[number];

export const UpdateFirmwareStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled", "InvalidCertificate", "RevokedCertificate"] as const;
export type UpdateFirmwareStatusEnumType = (typeof UpdateFirmwareStatusEnumType)[number];

export const UpdateStatus = ["Accepted", "Failed", "NotSupported", "VersionMismatch"] as const;
export type UpdateStatus = (typeof UpdateStatus)[number];

export const UpdateType = ["Differential", "Full"] as const;
export type UpdateType = (typeof UpdateType)[number];

export const UploadLogStatusEnumType = ["BadMessage", "Idle", "NotSupportedOperation", "PermissionDenied", "Uploaded", "UploadFailure", "Uploading"] as const;
export type UploadLogStatusEnumType = (typeof UploadLogStatusEnumType)[number];

export const ValueFormat = ["Raw", "SignedData"] as const;
export type ValueFormat = (typeof ValueFormat)[number];
