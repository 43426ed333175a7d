// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
// Enumerations: 50.

/** The 5 values of AuthorizationStatus (OCPP 1.6), in schema order. */
export const AuthorizationStatus = ["Accepted", "Blocked", "Expired", "Invalid", "ConcurrentTx"] as const;
/** One of the 5 values of AuthorizationStatus. */
export type AuthorizationStatus = (typeof AuthorizationStatus)[number];

/** The 3 values of AvailabilityStatus (OCPP 1.6), in schema order. */
export const AvailabilityStatus = ["Accepted", "Rejected", "Scheduled"] as const;
/** One of the 3 values of AvailabilityStatus. */
export type AvailabilityStatus = (typeof AvailabilityStatus)[number];

/** The 2 values of AvailabilityType (OCPP 1.6), in schema order. */
export const AvailabilityType = ["Inoperative", "Operative"] as const;
/** One of the 2 values of AvailabilityType. */
export type AvailabilityType = (typeof AvailabilityType)[number];

/** The 2 values of CancelReservationStatus (OCPP 1.6), in schema order. */
export const CancelReservationStatus = ["Accepted", "Rejected"] as const;
/** One of the 2 values of CancelReservationStatus. */
export type CancelReservationStatus = (typeof CancelReservationStatus)[number];

/** The 2 values of CertificateSignedStatusEnumType (OCPP 1.6), in schema order. */
export const CertificateSignedStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of CertificateSignedStatusEnumType. */
export type CertificateSignedStatusEnumType = (typeof CertificateSignedStatusEnumType)[number];

/** The 2 values of CertificateUseEnumType (OCPP 1.6), in schema order. */
export const CertificateUseEnumType = ["CentralSystemRootCertificate", "ManufacturerRootCertificate"] as const;
/** One of the 2 values of CertificateUseEnumType. */
export type CertificateUseEnumType = (typeof CertificateUseEnumType)[number];

/** The 16 values of ChargePointErrorCode (OCPP 1.6), in schema order. */
export const ChargePointErrorCode = ["ConnectorLockFailure", "EVCommunicationError", "GroundFailure", "HighTemperature", "InternalError", "LocalListConflict", "NoError", "OtherError", "OverCurrentFailure", "PowerMeterFailure", "PowerSwitchFailure", "ReaderFailure", "ResetFailure", "UnderVoltage", "OverVoltage", "WeakSignal"] as const;
/** One of the 16 values of ChargePointErrorCode. */
export type ChargePointErrorCode = (typeof ChargePointErrorCode)[number];

/** The 9 values of ChargePointStatus (OCPP 1.6), in schema order. */
export const ChargePointStatus = ["Available", "Preparing", "Charging", "SuspendedEVSE", "SuspendedEV", "Finishing", "Reserved", "Unavailable", "Faulted"] as const;
/** One of the 9 values of ChargePointStatus. */
export type ChargePointStatus = (typeof ChargePointStatus)[number];

/** The 3 values of ChargingProfileKindType (OCPP 1.6), in schema order. */
export const ChargingProfileKindType = ["Absolute", "Recurring", "Relative"] as const;
/** One of the 3 values of ChargingProfileKindType. */
export type ChargingProfileKindType = (typeof ChargingProfileKindType)[number];

/** The 3 values of ChargingProfilePurposeType (OCPP 1.6), in schema order. */
export const ChargingProfilePurposeType = ["ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"] as const;
/** One of the 3 values of ChargingProfilePurposeType. */
export type ChargingProfilePurposeType = (typeof ChargingProfilePurposeType)[number];

/** The 3 values of ChargingProfileStatus (OCPP 1.6), in schema order. */
export const ChargingProfileStatus = ["Accepted", "Rejected", "NotSupported"] as const;
/** One of the 3 values of ChargingProfileStatus. */
export type ChargingProfileStatus = (typeof ChargingProfileStatus)[number];

/** The 2 values of ChargingRateUnitType (OCPP 1.6), in schema order. */
export const ChargingRateUnitType = ["A", "W"] as const;
/** One of the 2 values of ChargingRateUnitType. */
export type ChargingRateUnitType = (typeof ChargingRateUnitType)[number];

/** The 2 values of ClearCacheStatus (OCPP 1.6), in schema order. */
export const ClearCacheStatus = ["Accepted", "Rejected"] as const;
/** One of the 2 values of ClearCacheStatus. */
export type ClearCacheStatus = (typeof ClearCacheStatus)[number];

/** The 2 values of ClearChargingProfileStatus (OCPP 1.6), in schema order. */
export const ClearChargingProfileStatus = ["Accepted", "Unknown"] as const;
/** One of the 2 values of ClearChargingProfileStatus. */
export type ClearChargingProfileStatus = (typeof ClearChargingProfileStatus)[number];

/** The 4 values of ConfigurationStatus (OCPP 1.6), in schema order. */
export const ConfigurationStatus = ["Accepted", "Rejected", "RebootRequired", "NotSupported"] as const;
/** One of the 4 values of ConfigurationStatus. */
export type ConfigurationStatus = (typeof ConfigurationStatus)[number];

/** The 4 values of DataTransferStatus (OCPP 1.6), in schema order. */
export const DataTransferStatus = ["Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId"] as const;
/** One of the 4 values of DataTransferStatus. */
export type DataTransferStatus = (typeof DataTransferStatus)[number];

/** The 3 values of DeleteCertificateStatusEnumType (OCPP 1.6), in schema order. */
export const DeleteCertificateStatusEnumType = ["Accepted", "Failed", "NotFound"] as const;
/** One of the 3 values of DeleteCertificateStatusEnumType. */
export type DeleteCertificateStatusEnumType = (typeof DeleteCertificateStatusEnumType)[number];

/** The 4 values of DiagnosticsStatus (OCPP 1.6), in schema order. */
export const DiagnosticsStatus = ["Idle", "Uploaded", "UploadFailed", "Uploading"] as const;
/** One of the 4 values of DiagnosticsStatus. */
export type DiagnosticsStatus = (typeof DiagnosticsStatus)[number];

/** The 7 values of FirmwareStatus (OCPP 1.6), in schema order. */
export const FirmwareStatus = ["Downloaded", "DownloadFailed", "Downloading", "Idle", "InstallationFailed", "Installing", "Installed"] as const;
/** One of the 7 values of FirmwareStatus. */
export type FirmwareStatus = (typeof FirmwareStatus)[number];

/** The 14 values of FirmwareStatusEnumType (OCPP 1.6), in schema order. */
export const FirmwareStatusEnumType = ["Downloaded", "DownloadFailed", "Downloading", "DownloadScheduled", "DownloadPaused", "Idle", "InstallationFailed", "Installing", "Installed", "InstallRebooting", "InstallScheduled", "InstallVerificationFailed", "InvalidSignature", "SignatureVerified"] as const;
/** One of the 14 values of FirmwareStatusEnumType. */
export type FirmwareStatusEnumType = (typeof FirmwareStatusEnumType)[number];

/** The 2 values of GenericStatusEnumType (OCPP 1.6), in schema order. */
export const GenericStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of GenericStatusEnumType. */
export type GenericStatusEnumType = (typeof GenericStatusEnumType)[number];

/** The 2 values of GetCompositeScheduleStatus (OCPP 1.6), in schema order. */
export const GetCompositeScheduleStatus = ["Accepted", "Rejected"] as const;
/** One of the 2 values of GetCompositeScheduleStatus. */
export type GetCompositeScheduleStatus = (typeof GetCompositeScheduleStatus)[number];

/** The 2 values of GetInstalledCertificateStatusEnumType (OCPP 1.6), in schema order. */
export const GetInstalledCertificateStatusEnumType = ["Accepted", "NotFound"] as const;
/** One of the 2 values of GetInstalledCertificateStatusEnumType. */
export type GetInstalledCertificateStatusEnumType = (typeof GetInstalledCertificateStatusEnumType)[number];

/** The 3 values of HashAlgorithmEnumType (OCPP 1.6), in schema order. */
export const HashAlgorithmEnumType = ["SHA256", "SHA384", "SHA512"] as const;
/** One of the 3 values of HashAlgorithmEnumType. */
export type HashAlgorithmEnumType = (typeof HashAlgorithmEnumType)[number];

/** The 3 values of InstallCertificateStatusEnumType (OCPP 1.6), in schema order. */
export const InstallCertificateStatusEnumType = ["Accepted", "Failed", "Rejected"] as const;
/** One of the 3 values of InstallCertificateStatusEnumType. */
export type InstallCertificateStatusEnumType = (typeof InstallCertificateStatusEnumType)[number];

/** The 5 values of Location (OCPP 1.6), in schema order. */
export const Location = ["Cable", "EV", "Inlet", "Outlet", "Body"] as const;
/** One of the 5 values of Location. */
export type Location = (typeof Location)[number];

/** The 2 values of LogEnumType (OCPP 1.6), in schema order. */
export const LogEnumType = ["DiagnosticsLog", "SecurityLog"] as const;
/** One of the 2 values of LogEnumType. */
export type LogEnumType = (typeof LogEnumType)[number];

/** The 3 values of LogStatusEnumType (OCPP 1.6), in schema order. */
export const LogStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled"] as const;
/** One of the 3 values of LogStatusEnumType. */
export type LogStatusEnumType = (typeof LogStatusEnumType)[number];

/** The 22 values of Measurand (OCPP 1.6), in schema order. */
export const Measurand = ["Energy.Active.Export.Register", "Energy.Active.Import.Register", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval", "Energy.Active.Import.Interval", "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Power.Active.Export", "Power.Active.Import", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "Power.Factor", "Current.Import", "Current.Export", "Current.Offered", "Voltage", "Frequency", "Temperature", "SoC", "RPM"] as const;
/** One of the 22 values of Measurand. */
export type Measurand = (typeof Measurand)[number];

/** The 6 values of MessageTrigger (OCPP 1.6), in schema order. */
export const MessageTrigger = ["BootNotification", "DiagnosticsStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "StatusNotification"] as const;
/** One of the 6 values of MessageTrigger. */
export type MessageTrigger = (typeof MessageTrigger)[number];

/** The 7 values of MessageTriggerEnumType (OCPP 1.6), in schema order. */
export const MessageTriggerEnumType = ["BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "SignChargePointCertificate", "StatusNotification"] as const;
/** One of the 7 values of MessageTriggerEnumType. */
export type MessageTriggerEnumType = (typeof MessageTriggerEnumType)[number];

/** The 10 values of Phase (OCPP 1.6), in schema order. */
export const Phase = ["L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"] as const;
/** One of the 10 values of Phase. */
export type Phase = (typeof Phase)[number];

/** The 8 values of ReadingContext (OCPP 1.6), in schema order. */
export const ReadingContext = ["Interruption.Begin", "Interruption.End", "Sample.Clock", "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger", "Other"] as const;
/** One of the 8 values of ReadingContext. */
export type ReadingContext = (typeof ReadingContext)[number];

/** The 11 values of Reason (OCPP 1.6), in schema order. */
export const Reason = ["EmergencyStop", "EVDisconnected", "HardReset", "Local", "Other", "PowerLoss", "Reboot", "Remote", "SoftReset", "UnlockCommand", "DeAuthorized"] as const;
/** One of the 11 values of Reason. */
export type Reason = (typeof Reason)[number];

/** The 2 values of RecurrencyKindType (OCPP 1.6), in schema order. */
export const RecurrencyKindType = ["Daily", "Weekly"] as const;
/** One of the 2 values of RecurrencyKindType. */
export type RecurrencyKindType = (typeof RecurrencyKindType)[number];

/** The 3 values of RegistrationStatus (OCPP 1.6), in schema order. */
export const RegistrationStatus = ["Accepted", "Pending", "Rejected"] as const;
/** One of the 3 values of RegistrationStatus. */
export type RegistrationStatus = (typeof RegistrationStatus)[number];

/** The 2 values of RemoteStartStopStatus (OCPP 1.6), in schema order. */
export const RemoteStartStopStatus = ["Accepted", "Rejected"] as const;
/** One of the 2 values of RemoteStartStopStatus. */
export type RemoteStartStopStatus = (typeof RemoteStartStopStatus)[number];

/** The 5 values of ReservationStatus (OCPP 1.6), in schema order. */
export const ReservationStatus = ["Accepted", "Faulted", "Occupied", "Rejected", "Unavailable"] as const;
/** One of the 5 values of ReservationStatus. */
export type ReservationStatus = (typeof ReservationStatus)[number];

/** The 2 values of ResetStatus (OCPP 1.6), in schema order. */
export const ResetStatus = ["Accepted", "Rejected"] as const;
/** One of the 2 values of ResetStatus. */
export type ResetStatus = (typeof ResetStatus)[number];

/** The 2 values of ResetType (OCPP 1.6), in schema order. */
export const ResetType = ["Hard", "Soft"] as const;
/** One of the 2 values of ResetType. */
export type ResetType = (typeof ResetType)[number];

/** The 17 values of StopTransactionUnitOfMeasure (OCPP 1.6), in schema order. */
export const StopTransactionUnitOfMeasure = ["Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K", "Celcius", "Celsius", "Fahrenheit", "Percent"] as const;
/** One of the 17 values of StopTransactionUnitOfMeasure. */
export type StopTransactionUnitOfMeasure = (typeof StopTransactionUnitOfMeasure)[number];

/** The 3 values of TriggerMessageStatus (OCPP 1.6), in schema order. */
export const TriggerMessageStatus = ["Accepted", "Rejected", "NotImplemented"] as const;
/** One of the 3 values of TriggerMessageStatus. */
export type TriggerMessageStatus = (typeof TriggerMessageStatus)[number];

/** The 3 values of TriggerMessageStatusEnumType (OCPP 1.6), in schema order. */
export const TriggerMessageStatusEnumType = ["Accepted", "Rejected", "NotImplemented"] as const;
/** One of the 3 values of TriggerMessageStatusEnumType. */
export type TriggerMessageStatusEnumType = (typeof TriggerMessageStatusEnumType)[number];

/** The 18 values of UnitOfMeasure (OCPP 1.6), in schema order. */
export const UnitOfMeasure = ["Wh", "kWh", "varh", "kvarh", "W", "kW", "VA", "kVA", "var", "kvar", "A", "V", "K", "Celcius", "Celsius", "Fahrenheit", "Percent", "Hertz"] as const;
/** One of the 18 values of UnitOfMeasure. */
export type UnitOfMeasure = (typeof UnitOfMeasure)[number];

/** The 3 values of UnlockStatus (OCPP 1.6), in schema order. */
export const UnlockStatus = ["Unlocked", "UnlockFailed", "NotSupported"] as const;
/** One of the 3 values of UnlockStatus. */
export type UnlockStatus = (typeof UnlockStatus)[number];

/** The 5 values of UpdateFirmwareStatusEnumType (OCPP 1.6), in schema order. */
export const UpdateFirmwareStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled", "InvalidCertificate", "RevokedCertificate"] as const;
/** One of the 5 values of UpdateFirmwareStatusEnumType. */
export type UpdateFirmwareStatusEnumType = (typeof UpdateFirmwareStatusEnumType)[number];

/** The 4 values of UpdateStatus (OCPP 1.6), in schema order. */
export const UpdateStatus = ["Accepted", "Failed", "NotSupported", "VersionMismatch"] as const;
/** One of the 4 values of UpdateStatus. */
export type UpdateStatus = (typeof UpdateStatus)[number];

/** The 2 values of UpdateType (OCPP 1.6), in schema order. */
export const UpdateType = ["Differential", "Full"] as const;
/** One of the 2 values of UpdateType. */
export type UpdateType = (typeof UpdateType)[number];

/** The 7 values of UploadLogStatusEnumType (OCPP 1.6), in schema order. */
export const UploadLogStatusEnumType = ["BadMessage", "Idle", "NotSupportedOperation", "PermissionDenied", "Uploaded", "UploadFailure", "Uploading"] as const;
/** One of the 7 values of UploadLogStatusEnumType. */
export type UploadLogStatusEnumType = (typeof UploadLogStatusEnumType)[number];

/** The 2 values of ValueFormat (OCPP 1.6), in schema order. */
export const ValueFormat = ["Raw", "SignedData"] as const;
/** One of the 2 values of ValueFormat. */
export type ValueFormat = (typeof ValueFormat)[number];
