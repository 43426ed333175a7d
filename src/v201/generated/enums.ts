// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Enumerations: 88.

export const APNAuthenticationEnumType = ["CHAP", "NONE", "PAP", "AUTO"] as const;
export type APNAuthenticationEnumType = (typeof APNAuthenticationEnumType)[number];

export const AttributeEnumType = ["Actual", "Target", "MinSet", "MaxSet"] as const;
export type AttributeEnumType = (typeof AttributeEnumType)[number];

export const AuthorizationStatusEnumType = ["Accepted", "Blocked", "ConcurrentTx", "Expired", "Invalid", "NoCredit", "NotAllowedTypeEVSE", "NotAtThisLocation", "NotAtThisTime", "Unknown"] as const;
export type AuthorizationStatusEnumType = (typeof AuthorizationStatusEnumType)[number];

export const AuthorizeCertificateStatusEnumType = ["Accepted", "SignatureError", "CertificateExpired", "CertificateRevoked", "NoCertificateAvailable", "CertChainError", "ContractCancelled"] as const;
export type AuthorizeCertificateStatusEnumType = (typeof AuthorizeCertificateStatusEnumType)[number];

export const BootReasonEnumType = ["ApplicationReset", "FirmwareUpdate", "LocalReset", "PowerUp", "RemoteReset", "ScheduledReset", "Triggered", "Unknown", "Watchdog"] as const;
export type BootReasonEnumType = (typeof BootReasonEnumType)[number];

export const CancelReservationStatusEnumType = ["Accepted", "Rejected"] as const;
export type CancelReservationStatusEnumType = (typeof CancelReservationStatusEnumType)[number];

export const CertificateActionEnumType = ["Install", "Update"] as const;
export type CertificateActionEnumType = (typeof CertificateActionEnumType)[number];

export const CertificateSignedStatusEnumType = ["Accepted", "Rejected"] as const;
export type CertificateSignedStatusEnumType = (typeof CertificateSignedStatusEnumType)[number];

export const CertificateSigningUseEnumType = ["ChargingStationCertificate", "V2GCertificate"] as const;
export type CertificateSigningUseEnumType = (typeof CertificateSigningUseEnumType)[number];

export const ChangeAvailabilityStatusEnumType = ["Accepted", "Rejected", "Scheduled"] as const;
export type ChangeAvailabilityStatusEnumType = (typeof ChangeAvailabilityStatusEnumType)[number];

export const ChargingLimitSourceEnumType = ["EMS", "Other", "SO", "CSO"] as const;
export type ChargingLimitSourceEnumType = (typeof ChargingLimitSourceEnumType)[number];

export const ChargingProfileKindEnumType = ["Absolute", "Recurring", "Relative"] as const;
export type ChargingProfileKindEnumType = (typeof ChargingProfileKindEnumType)[number];

export const ChargingProfilePurposeEnumType = ["ChargingStationExternalConstraints", "ChargingStationMaxProfile", "TxDefaultProfile", "TxProfile"] as const;
export type ChargingProfilePurposeEnumType = (typeof ChargingProfilePurposeEnumType)[number];

export const ChargingProfileStatusEnumType = ["Accepted", "Rejected"] as const;
export type ChargingProfileStatusEnumType = (typeof ChargingProfileStatusEnumType)[number];

export const ChargingRateUnitEnumType = ["W", "A"] as const;
export type ChargingRateUnitEnumType = (typeof ChargingRateUnitEnumType)[number];

export const ChargingStateEnumType = ["Charging", "EVConnected", "SuspendedEV", "SuspendedEVSE", "Idle"] as const;
export type ChargingStateEnumType = (typeof ChargingStateEnumType)[number];

export const ClearCacheStatusEnumType = ["Accepted", "Rejected"] as const;
export type ClearCacheStatusEnumType = (typeof ClearCacheStatusEnumType)[number];

export const ClearChargingProfileStatusEnumType = ["Accepted", "Unknown"] as const;
export type ClearChargingProfileStatusEnumType = (typeof ClearChargingProfileStatusEnumType)[number];

export const ClearMessageStatusEnumType = ["Accepted", "Unknown"] as const;
export type ClearMessageStatusEnumType = (typeof ClearMessageStatusEnumType)[number];

export const ClearMonitoringStatusEnumType = ["Accepted", "Rejected", "NotFound"] as const;
export type ClearMonitoringStatusEnumType = (typeof ClearMonitoringStatusEnumType)[number];

export const ComponentCriterionEnumType = ["Active", "Available", "Enabled", "Problem"] as const;
export type ComponentCriterionEnumType = (typeof ComponentCriterionEnumType)[number];

export const ConnectorEnumType = ["cCCS1", "cCCS2", "cG105", "cTesla", "cType1", "cType2", "s309-1P-16A", "s309-1P-32A", "s309-3P-16A", "s309-3P-32A", "sBS1361", "sCEE-7-7", "sType2", "sType3", "Other1PhMax16A", "Other1PhOver16A", "Other3Ph", "Pan", "wInductive", "wResonant", "Undetermined", "Unknown"] as const;
export type ConnectorEnumType = (typeof ConnectorEnumType)[number];

export const ConnectorStatusEnumType = ["Available", "Occupied", "Reserved", "Unavailable", "Faulted"] as const;
export type ConnectorStatusEnumType = (typeof ConnectorStatusEnumType)[number];

export const CostKindEnumType = ["CarbonDioxideEmission", "RelativePricePercentage", "RenewableGenerationPercentage"] as const;
export type CostKindEnumType = (typeof CostKindEnumType)[number];

export const CustomerInformationStatusEnumType = ["Accepted", "Rejected", "Invalid"] as const;
export type CustomerInformationStatusEnumType = (typeof CustomerInformationStatusEnumType)[number];

export const DataEnumType = ["string", "decimal", "integer", "dateTime", "boolean", "OptionList", "SequenceList", "MemberList"] as const;
export type DataEnumType = (typeof DataEnumType)[number];

export const DataTransferStatusEnumType = ["Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId"] as const;
export type DataTransferStatusEnumType = (typeof DataTransferStatusEnumType)[number];

export const DeleteCertificateStatusEnumType = ["Accepted", "Failed", "NotFound"] as const;
export type DeleteCertificateStatusEnumType = (typeof DeleteCertificateStatusEnumType)[number];

export const DisplayMessageStatusEnumType = ["Accepted", "NotSupportedMessageFormat", "Rejected", "NotSupportedPriority", "NotSupportedState", "UnknownTransaction"] as const;
export type DisplayMessageStatusEnumType = (typeof DisplayMessageStatusEnumType)[number];

export const EnergyTransferModeEnumType = ["DC", "AC_single_phase", "AC_two_phase", "AC_three_phase"] as const;
export type EnergyTransferModeEnumType = (typeof EnergyTransferModeEnumType)[number];

export const EventNotificationEnumType = ["HardWiredNotification", "HardWiredMonitor", "PreconfiguredMonitor", "CustomMonitor"] as const;
export type EventNotificationEnumType = (typeof EventNotificationEnumType)[number];

export const EventTriggerEnumType = ["Alerting", "Delta", "Periodic"] as const;
export type EventTriggerEnumType = (typeof EventTriggerEnumType)[number];

export const FirmwareStatusEnumType = ["Downloaded", "DownloadFailed", "Downloading", "DownloadScheduled", "DownloadPaused", "Idle", "InstallationFailed", "Installing", "Installed", "InstallRebooting", "InstallScheduled", "InstallVerificationFailed", "InvalidSignature", "SignatureVerified"] as const;
export type FirmwareStatusEnumType = (typeof FirmwareStatusEnumType)[number];

export const GenericDeviceModelStatusEnumType = ["Accepted", "Rejected", "NotSupported", "EmptyResultSet"] as const;
export type GenericDeviceModelStatusEnumType = (typeof GenericDeviceModelStatusEnumType)[number];

export const GenericStatusEnumType = ["Accepted", "Rejected"] as const;
export type GenericStatusEnumType = (typeof GenericStatusEnumType)[number];

export const GetCertificateIdUseEnumType = ["V2GRootCertificate", "MORootCertificate", "CSMSRootCertificate", "V2GCertificateChain", "ManufacturerRootCertificate"] as const;
export type GetCertificateIdUseEnumType = (typeof GetCertificateIdUseEnumType)[number];

export const GetCertificateStatusEnumType = ["Accepted", "Failed"] as const;
export type GetCertificateStatusEnumType = (typeof GetCertificateStatusEnumType)[number];

export const GetChargingProfileStatusEnumType = ["Accepted", "NoProfiles"] as const;
export type GetChargingProfileStatusEnumType = (typeof GetChargingProfileStatusEnumType)[number];

export const GetDisplayMessagesStatusEnumType = ["Accepted", "Unknown"] as const;
export type GetDisplayMessagesStatusEnumType = (typeof GetDisplayMessagesStatusEnumType)[number];

export const GetInstalledCertificateStatusEnumType = ["Accepted", "NotFound"] as const;
export type GetInstalledCertificateStatusEnumType = (typeof GetInstalledCertificateStatusEnumType)[number];

export const GetVariableStatusEnumType = ["Accepted", "Rejected", "UnknownComponent", "UnknownVariable", "NotSupportedAttributeType"] as const;
export type GetVariableStatusEnumType = (typeof GetVariableStatusEnumType)[number];

export const HashAlgorithmEnumType = ["SHA256", "SHA384", "SHA512"] as const;
export type HashAlgorithmEnumType = (typeof HashAlgorithmEnumType)[number];

export const IdTokenEnumType = ["Central", "eMAID", "ISO14443", "ISO15693", "KeyCode", "Local", "MacAddress", "NoAuthorization"] as const;
export type IdTokenEnumType = (typeof IdTokenEnumType)[number];

export const InstallCertificateStatusEnumType = ["Accepted", "Rejected", "Failed"] as const;
export type InstallCertificateStatusEnumType = (typeof InstallCertificateStatusEnumType)[number];

export const InstallCertificateUseEnumType = ["V2GRootCertificate", "MORootCertificate", "CSMSRootCertificate", "ManufacturerRootCertificate"] as const;
export type InstallCertificateUseEnumType = (typeof InstallCertificateUseEnumType)[number];

export const Iso15118EVCertificateStatusEnumType = ["Accepted", "Failed"] as const;
export type Iso15118EVCertificateStatusEnumType = (typeof Iso15118EVCertificateStatusEnumType)[number];

export const LocationEnumType = ["Body", "Cable", "EV", "Inlet", "Outlet"] as const;
export type LocationEnumType = (typeof LocationEnumType)[number];

export const LogEnumType = ["DiagnosticsLog", "SecurityLog"] as const;
export type LogEnumType = (typeof LogEnumType)[number];

export const LogStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled"] as const;
export type LogStatusEnumType = (typeof LogStatusEnumType)[number];

export const MeasurandEnumType = ["Current.Export", "Current.Import", "Current.Offered", "Energy.Active.Export.Register", "Energy.Active.Import.Register", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval", "Energy.Active.Import.Interval", "Energy.Active.Net", "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Energy.Reactive.Net", "Energy.Apparent.Net", "Energy.Apparent.Import", "Energy.Apparent.Export", "Frequency", "Power.Active.Export", "Power.Active.Import", "Power.Factor", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "SoC", "Voltage"] as const;
export type MeasurandEnumType = (typeof MeasurandEnumType)[number];

export const MessageFormatEnumType = ["ASCII", "HTML", "URI", "UTF8"] as const;
export type MessageFormatEnumType = (typeof MessageFormatEnumType)[number];

export const MessagePriorityEnumType = ["AlwaysFront", "InFront", "NormalCycle"] as const;
export type MessagePriorityEnumType = (typeof MessagePriorityEnumType)[number];

export const MessageStateEnumType = ["Charging", "Faulted", "Idle", "Unavailable"] as const;
export type MessageStateEnumType = (typeof MessageStateEnumType)[number];

export const MessageTriggerEnumType = ["BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "SignChargingStationCertificate", "SignV2GCertificate", "StatusNotification", "TransactionEvent", "SignCombinedCertificate", "PublishFirmwareStatusNotification"] as const;
export type MessageTriggerEnumType = (typeof MessageTriggerEnumType)[number];

export const MonitorEnumType = ["UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned"] as const;
export type MonitorEnumType = (typeof MonitorEnumType)[number];

export const MonitoringBaseEnumType = ["All", "FactoryDefault", "HardWiredOnly"] as const;
export type MonitoringBaseEnumType = (typeof MonitoringBaseEnumType)[number];

export const MonitoringCriterionEnumType = ["ThresholdMonitoring", "DeltaMonitoring", "PeriodicMonitoring"] as const;
export type MonitoringCriterionEnumType = (typeof MonitoringCriterionEnumType)[number];

export const MutabilityEnumType = ["ReadOnly", "WriteOnly", "ReadWrite"] as const;
export type MutabilityEnumType = (typeof MutabilityEnumType)[number];

export const NotifyEVChargingNeedsStatusEnumType = ["Accepted", "Rejected", "Processing"] as const;
export type NotifyEVChargingNeedsStatusEnumType = (typeof NotifyEVChargingNeedsStatusEnumType)[number];

export const OCPPInterfaceEnumType = ["Wired0", "Wired1", "Wired2", "Wired3", "Wireless0", "Wireless1", "Wireless2", "Wireless3"] as const;
export type OCPPInterfaceEnumType = (typeof OCPPInterfaceEnumType)[number];

export const OCPPTransportEnumType = ["JSON", "SOAP"] as const;
export type OCPPTransportEnumType = (typeof OCPPTransportEnumType)[number];

export const OCPPVersionEnumType = ["OCPP12", "OCPP15", "OCPP16", "OCPP20"] as const;
export type OCPPVersionEnumType = (typeof OCPPVersionEnumType)[number];

export const OperationalStatusEnumType = ["Inoperative", "Operative"] as const;
export type OperationalStatusEnumType = (typeof OperationalStatusEnumType)[number];

export const PhaseEnumType = ["L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"] as const;
export type PhaseEnumType = (typeof PhaseEnumType)[number];

export const PublishFirmwareStatusEnumType = ["Idle", "DownloadScheduled", "Downloading", "Downloaded", "Published", "DownloadFailed", "DownloadPaused", "InvalidChecksum", "ChecksumVerified", "PublishFailed"] as const;
export type PublishFirmwareStatusEnumType = (typeof PublishFirmwareStatusEnumType)[number];

export const ReadingContextEnumType = ["Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger"] as const;
export type ReadingContextEnumType = (typeof ReadingContextEnumType)[number];

export const ReasonEnumType = ["DeAuthorized", "EmergencyStop", "EnergyLimitReached", "EVDisconnected", "GroundFault", "ImmediateReset", "Local", "LocalOutOfCredit", "MasterPass", "Other", "OvercurrentFault", "PowerLoss", "PowerQuality", "Reboot", "Remote", "SOCLimitReached", "StoppedByEV", "TimeLimitReached", "Timeout"] as const;
export type ReasonEnumType = (typeof ReasonEnumType)[number];

export const RecurrencyKindEnumType = ["Daily", "Weekly"] as const;
export type RecurrencyKindEnumType = (typeof RecurrencyKindEnumType)[number];

export const RegistrationStatusEnumType = ["Accepted", "Pending", "Rejected"] as const;
export type RegistrationStatusEnumType = (typeof RegistrationStatusEnumType)[number];

export const ReportBaseEnumType = ["ConfigurationInventory", "FullInventory", "SummaryInventory"] as const;
export type ReportBaseEnumType = (typeof ReportBaseEnumType)[number];

export const RequestStartStopStatusEnumType = ["Accepted", "Rejected"] as const;
export type RequestStartStopStatusEnumType = (typeof RequestStartStopStatusEnumType)[number];

export const ReservationUpdateStatusEnumType = ["Expired", "Removed"] as const;
export type ReservationUpdateStatusEnumType = (typeof ReservationUpdateStatusEnumType)[number];

export const ReserveNowStatusEnumType = ["Accepted", "Faulted", "Occupied", "Rejected", "Unavailable"] as const;
export type ReserveNowStatusEnumType = (typeof ReserveNowStatusEnumType)[number];

export const ResetEnumType = ["Immediate", "OnIdle"] as const;
export type ResetEnumType = (typeof ResetEnumType)[number];

export const ResetStatusEnumType = ["Accepted", "Rejected", "Scheduled"] as const;
export type ResetStatusEnumType = (typeof ResetStatusEnumType)[number];

export const SendLocalListStatusEnumType = ["Accepted", "Failed", "VersionMismatch"] as const;
export type SendLocalListStatusEnumType = (typeof SendLocalListStatusEnumType)[number];

export const SetMonitoringStatusEnumType = ["Accepted", "UnknownComponent", "UnknownVariable", "UnsupportedMonitorType", "Rejected", "Duplicate"] as const;
export type SetMonitoringStatusEnumType = (typeof SetMonitoringStatusEnumType)[number];

export const SetNetworkProfileStatusEnumType = ["Accepted", "Rejected", "Failed"] as const;
export type SetNetworkProfileStatusEnumType = (typeof SetNetworkProfileStatusEnumType)[number];

export const SetVariableStatusEnumType = ["Accepted", "Rejected", "UnknownComponent", "UnknownVariable", "NotSupportedAttributeType", "RebootRequired"] as const;
export type SetVariableStatusEnumType = (typeof SetVariableStatusEnumType)[number];

export const TransactionEventEnumType = ["Ended", "Started", "Updated"] as const;
export type TransactionEventEnumType = (typeof TransactionEventEnumType)[number];

export const TriggerMessageStatusEnumType = ["Accepted", "Rejected", "NotImplemented"] as const;
export type TriggerMessageStatusEnumType = (typeof TriggerMessageStatusEnumType)[number];

export const TriggerReasonEnumType = ["Authorized", "CablePluggedIn", "ChargingRateChanged", "ChargingStateChanged", "Deauthorized", "EnergyLimitReached", "EVCommunicationLost", "EVConnectTimeout", "MeterValueClock", "MeterValuePeriodic", "TimeLimitReached", "Trigger", "UnlockCommand", "StopAuthorized", "EVDeparted", "EVDetected", "RemoteStop", "RemoteStart", "AbnormalCondition", "SignedDataReceived", "ResetCommand"] as const;
export type TriggerReasonEnumType = (typeof TriggerReasonEnumType)[number];

export const UnlockStatusEnumType = ["Unlocked", "UnlockFailed", "OngoingAuthorizedTransaction", "UnknownConnector"] as const;
export type UnlockStatusEnumType = (typeof UnlockStatusEnumType)[number];

export const UnpublishFirmwareStatusEnumType = ["DownloadOngoing", "NoFirmware", "Unpublished"] as const;
export type UnpublishFirmwareStatusEnumType = (typeof UnpublishFirmwareStatusEnumType)[number];

export const UpdateEnumType = ["Differential", "Full"] as const;
export type UpdateEnumType = (typeof UpdateEnumType)[number];

export const UpdateFirmwareStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled", "InvalidCertificate", "RevokedCertificate"] as const;
export type UpdateFirmwareStatusEnumType = (typeof UpdateFirmwareStatusEnumType)[number];

export const UploadLogStatusEnumType = ["BadMessage", "Idle", "NotSupportedOperation", "PermissionDenied", "Uploaded", "UploadFailure", "Uploading", "AcceptedCanceled"] as const;
export type UploadLogStatusEnumType = (typeof UploadLogStatusEnumType)[number];

export const VPNEnumType = ["IKEv2", "IPSec", "L2TP", "PPTP"] as const;
export type VPNEnumType = (typeof VPNEnumType)[number];
