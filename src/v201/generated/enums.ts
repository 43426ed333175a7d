// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Enumerations: 88.

/** The 4 values of APNAuthenticationEnumType (OCPP 2.0.1), in schema order. */
export const APNAuthenticationEnumType = ["CHAP", "NONE", "PAP", "AUTO"] as const;
/** One of the 4 values of APNAuthenticationEnumType. */
export type APNAuthenticationEnumType = (typeof APNAuthenticationEnumType)[number];

/** The 4 values of AttributeEnumType (OCPP 2.0.1), in schema order. */
export const AttributeEnumType = ["Actual", "Target", "MinSet", "MaxSet"] as const;
/** One of the 4 values of AttributeEnumType. */
export type AttributeEnumType = (typeof AttributeEnumType)[number];

/** The 10 values of AuthorizationStatusEnumType (OCPP 2.0.1), in schema order. */
export const AuthorizationStatusEnumType = ["Accepted", "Blocked", "ConcurrentTx", "Expired", "Invalid", "NoCredit", "NotAllowedTypeEVSE", "NotAtThisLocation", "NotAtThisTime", "Unknown"] as const;
/** One of the 10 values of AuthorizationStatusEnumType. */
export type AuthorizationStatusEnumType = (typeof AuthorizationStatusEnumType)[number];

/** The 7 values of AuthorizeCertificateStatusEnumType (OCPP 2.0.1), in schema order. */
export const AuthorizeCertificateStatusEnumType = ["Accepted", "SignatureError", "CertificateExpired", "CertificateRevoked", "NoCertificateAvailable", "CertChainError", "ContractCancelled"] as const;
/** One of the 7 values of AuthorizeCertificateStatusEnumType. */
export type AuthorizeCertificateStatusEnumType = (typeof AuthorizeCertificateStatusEnumType)[number];

/** The 9 values of BootReasonEnumType (OCPP 2.0.1), in schema order. */
export const BootReasonEnumType = ["ApplicationReset", "FirmwareUpdate", "LocalReset", "PowerUp", "RemoteReset", "ScheduledReset", "Triggered", "Unknown", "Watchdog"] as const;
/** One of the 9 values of BootReasonEnumType. */
export type BootReasonEnumType = (typeof BootReasonEnumType)[number];

/** The 2 values of CancelReservationStatusEnumType (OCPP 2.0.1), in schema order. */
export const CancelReservationStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of CancelReservationStatusEnumType. */
export type CancelReservationStatusEnumType = (typeof CancelReservationStatusEnumType)[number];

/** The 2 values of CertificateActionEnumType (OCPP 2.0.1), in schema order. */
export const CertificateActionEnumType = ["Install", "Update"] as const;
/** One of the 2 values of CertificateActionEnumType. */
export type CertificateActionEnumType = (typeof CertificateActionEnumType)[number];

/** The 2 values of CertificateSignedStatusEnumType (OCPP 2.0.1), in schema order. */
export const CertificateSignedStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of CertificateSignedStatusEnumType. */
export type CertificateSignedStatusEnumType = (typeof CertificateSignedStatusEnumType)[number];

/** The 2 values of CertificateSigningUseEnumType (OCPP 2.0.1), in schema order. */
export const CertificateSigningUseEnumType = ["ChargingStationCertificate", "V2GCertificate"] as const;
/** One of the 2 values of CertificateSigningUseEnumType. */
export type CertificateSigningUseEnumType = (typeof CertificateSigningUseEnumType)[number];

/** The 3 values of ChangeAvailabilityStatusEnumType (OCPP 2.0.1), in schema order. */
export const ChangeAvailabilityStatusEnumType = ["Accepted", "Rejected", "Scheduled"] as const;
/** One of the 3 values of ChangeAvailabilityStatusEnumType. */
export type ChangeAvailabilityStatusEnumType = (typeof ChangeAvailabilityStatusEnumType)[number];

/** The 4 values of ChargingLimitSourceEnumType (OCPP 2.0.1), in schema order. */
export const ChargingLimitSourceEnumType = ["EMS", "Other", "SO", "CSO"] as const;
/** One of the 4 values of ChargingLimitSourceEnumType. */
export type ChargingLimitSourceEnumType = (typeof ChargingLimitSourceEnumType)[number];

/** The 3 values of ChargingProfileKindEnumType (OCPP 2.0.1), in schema order. */
export const ChargingProfileKindEnumType = ["Absolute", "Recurring", "Relative"] as const;
/** One of the 3 values of ChargingProfileKindEnumType. */
export type ChargingProfileKindEnumType = (typeof ChargingProfileKindEnumType)[number];

/** The 4 values of ChargingProfilePurposeEnumType (OCPP 2.0.1), in schema order. */
export const ChargingProfilePurposeEnumType = ["ChargingStationExternalConstraints", "ChargingStationMaxProfile", "TxDefaultProfile", "TxProfile"] as const;
/** One of the 4 values of ChargingProfilePurposeEnumType. */
export type ChargingProfilePurposeEnumType = (typeof ChargingProfilePurposeEnumType)[number];

/** The 2 values of ChargingProfileStatusEnumType (OCPP 2.0.1), in schema order. */
export const ChargingProfileStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of ChargingProfileStatusEnumType. */
export type ChargingProfileStatusEnumType = (typeof ChargingProfileStatusEnumType)[number];

/** The 2 values of ChargingRateUnitEnumType (OCPP 2.0.1), in schema order. */
export const ChargingRateUnitEnumType = ["W", "A"] as const;
/** One of the 2 values of ChargingRateUnitEnumType. */
export type ChargingRateUnitEnumType = (typeof ChargingRateUnitEnumType)[number];

/** The 5 values of ChargingStateEnumType (OCPP 2.0.1), in schema order. */
export const ChargingStateEnumType = ["Charging", "EVConnected", "SuspendedEV", "SuspendedEVSE", "Idle"] as const;
/** One of the 5 values of ChargingStateEnumType. */
export type ChargingStateEnumType = (typeof ChargingStateEnumType)[number];

/** The 2 values of ClearCacheStatusEnumType (OCPP 2.0.1), in schema order. */
export const ClearCacheStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of ClearCacheStatusEnumType. */
export type ClearCacheStatusEnumType = (typeof ClearCacheStatusEnumType)[number];

/** The 2 values of ClearChargingProfileStatusEnumType (OCPP 2.0.1), in schema order. */
export const ClearChargingProfileStatusEnumType = ["Accepted", "Unknown"] as const;
/** One of the 2 values of ClearChargingProfileStatusEnumType. */
export type ClearChargingProfileStatusEnumType = (typeof ClearChargingProfileStatusEnumType)[number];

/** The 2 values of ClearMessageStatusEnumType (OCPP 2.0.1), in schema order. */
export const ClearMessageStatusEnumType = ["Accepted", "Unknown"] as const;
/** One of the 2 values of ClearMessageStatusEnumType. */
export type ClearMessageStatusEnumType = (typeof ClearMessageStatusEnumType)[number];

/** The 3 values of ClearMonitoringStatusEnumType (OCPP 2.0.1), in schema order. */
export const ClearMonitoringStatusEnumType = ["Accepted", "Rejected", "NotFound"] as const;
/** One of the 3 values of ClearMonitoringStatusEnumType. */
export type ClearMonitoringStatusEnumType = (typeof ClearMonitoringStatusEnumType)[number];

/** The 4 values of ComponentCriterionEnumType (OCPP 2.0.1), in schema order. */
export const ComponentCriterionEnumType = ["Active", "Available", "Enabled", "Problem"] as const;
/** One of the 4 values of ComponentCriterionEnumType. */
export type ComponentCriterionEnumType = (typeof ComponentCriterionEnumType)[number];

/** The 22 values of ConnectorEnumType (OCPP 2.0.1), in schema order. */
export const ConnectorEnumType = ["cCCS1", "cCCS2", "cG105", "cTesla", "cType1", "cType2", "s309-1P-16A", "s309-1P-32A", "s309-3P-16A", "s309-3P-32A", "sBS1361", "sCEE-7-7", "sType2", "sType3", "Other1PhMax16A", "Other1PhOver16A", "Other3Ph", "Pan", "wInductive", "wResonant", "Undetermined", "Unknown"] as const;
/** One of the 22 values of ConnectorEnumType. */
export type ConnectorEnumType = (typeof ConnectorEnumType)[number];

/** The 5 values of ConnectorStatusEnumType (OCPP 2.0.1), in schema order. */
export const ConnectorStatusEnumType = ["Available", "Occupied", "Reserved", "Unavailable", "Faulted"] as const;
/** One of the 5 values of ConnectorStatusEnumType. */
export type ConnectorStatusEnumType = (typeof ConnectorStatusEnumType)[number];

/** The 3 values of CostKindEnumType (OCPP 2.0.1), in schema order. */
export const CostKindEnumType = ["CarbonDioxideEmission", "RelativePricePercentage", "RenewableGenerationPercentage"] as const;
/** One of the 3 values of CostKindEnumType. */
export type CostKindEnumType = (typeof CostKindEnumType)[number];

/** The 3 values of CustomerInformationStatusEnumType (OCPP 2.0.1), in schema order. */
export const CustomerInformationStatusEnumType = ["Accepted", "Rejected", "Invalid"] as const;
/** One of the 3 values of CustomerInformationStatusEnumType. */
export type CustomerInformationStatusEnumType = (typeof CustomerInformationStatusEnumType)[number];

/** The 8 values of DataEnumType (OCPP 2.0.1), in schema order. */
export const DataEnumType = ["string", "decimal", "integer", "dateTime", "boolean", "OptionList", "SequenceList", "MemberList"] as const;
/** One of the 8 values of DataEnumType. */
export type DataEnumType = (typeof DataEnumType)[number];

/** The 4 values of DataTransferStatusEnumType (OCPP 2.0.1), in schema order. */
export const DataTransferStatusEnumType = ["Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId"] as const;
/** One of the 4 values of DataTransferStatusEnumType. */
export type DataTransferStatusEnumType = (typeof DataTransferStatusEnumType)[number];

/** The 3 values of DeleteCertificateStatusEnumType (OCPP 2.0.1), in schema order. */
export const DeleteCertificateStatusEnumType = ["Accepted", "Failed", "NotFound"] as const;
/** One of the 3 values of DeleteCertificateStatusEnumType. */
export type DeleteCertificateStatusEnumType = (typeof DeleteCertificateStatusEnumType)[number];

/** The 6 values of DisplayMessageStatusEnumType (OCPP 2.0.1), in schema order. */
export const DisplayMessageStatusEnumType = ["Accepted", "NotSupportedMessageFormat", "Rejected", "NotSupportedPriority", "NotSupportedState", "UnknownTransaction"] as const;
/** One of the 6 values of DisplayMessageStatusEnumType. */
export type DisplayMessageStatusEnumType = (typeof DisplayMessageStatusEnumType)[number];

/** The 4 values of EnergyTransferModeEnumType (OCPP 2.0.1), in schema order. */
export const EnergyTransferModeEnumType = ["DC", "AC_single_phase", "AC_two_phase", "AC_three_phase"] as const;
/** One of the 4 values of EnergyTransferModeEnumType. */
export type EnergyTransferModeEnumType = (typeof EnergyTransferModeEnumType)[number];

/** The 4 values of EventNotificationEnumType (OCPP 2.0.1), in schema order. */
export const EventNotificationEnumType = ["HardWiredNotification", "HardWiredMonitor", "PreconfiguredMonitor", "CustomMonitor"] as const;
/** One of the 4 values of EventNotificationEnumType. */
export type EventNotificationEnumType = (typeof EventNotificationEnumType)[number];

/** The 3 values of EventTriggerEnumType (OCPP 2.0.1), in schema order. */
export const EventTriggerEnumType = ["Alerting", "Delta", "Periodic"] as const;
/** One of the 3 values of EventTriggerEnumType. */
export type EventTriggerEnumType = (typeof EventTriggerEnumType)[number];

/** The 14 values of FirmwareStatusEnumType (OCPP 2.0.1), in schema order. */
export const FirmwareStatusEnumType = ["Downloaded", "DownloadFailed", "Downloading", "DownloadScheduled", "DownloadPaused", "Idle", "InstallationFailed", "Installing", "Installed", "InstallRebooting", "InstallScheduled", "InstallVerificationFailed", "InvalidSignature", "SignatureVerified"] as const;
/** One of the 14 values of FirmwareStatusEnumType. */
export type FirmwareStatusEnumType = (typeof FirmwareStatusEnumType)[number];

/** The 4 values of GenericDeviceModelStatusEnumType (OCPP 2.0.1), in schema order. */
export const GenericDeviceModelStatusEnumType = ["Accepted", "Rejected", "NotSupported", "EmptyResultSet"] as const;
/** One of the 4 values of GenericDeviceModelStatusEnumType. */
export type GenericDeviceModelStatusEnumType = (typeof GenericDeviceModelStatusEnumType)[number];

/** The 2 values of GenericStatusEnumType (OCPP 2.0.1), in schema order. */
export const GenericStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of GenericStatusEnumType. */
export type GenericStatusEnumType = (typeof GenericStatusEnumType)[number];

/** The 5 values of GetCertificateIdUseEnumType (OCPP 2.0.1), in schema order. */
export const GetCertificateIdUseEnumType = ["V2GRootCertificate", "MORootCertificate", "CSMSRootCertificate", "V2GCertificateChain", "ManufacturerRootCertificate"] as const;
/** One of the 5 values of GetCertificateIdUseEnumType. */
export type GetCertificateIdUseEnumType = (typeof GetCertificateIdUseEnumType)[number];

/** The 2 values of GetCertificateStatusEnumType (OCPP 2.0.1), in schema order. */
export const GetCertificateStatusEnumType = ["Accepted", "Failed"] as const;
/** One of the 2 values of GetCertificateStatusEnumType. */
export type GetCertificateStatusEnumType = (typeof GetCertificateStatusEnumType)[number];

/** The 2 values of GetChargingProfileStatusEnumType (OCPP 2.0.1), in schema order. */
export const GetChargingProfileStatusEnumType = ["Accepted", "NoProfiles"] as const;
/** One of the 2 values of GetChargingProfileStatusEnumType. */
export type GetChargingProfileStatusEnumType = (typeof GetChargingProfileStatusEnumType)[number];

/** The 2 values of GetDisplayMessagesStatusEnumType (OCPP 2.0.1), in schema order. */
export const GetDisplayMessagesStatusEnumType = ["Accepted", "Unknown"] as const;
/** One of the 2 values of GetDisplayMessagesStatusEnumType. */
export type GetDisplayMessagesStatusEnumType = (typeof GetDisplayMessagesStatusEnumType)[number];

/** The 2 values of GetInstalledCertificateStatusEnumType (OCPP 2.0.1), in schema order. */
export const GetInstalledCertificateStatusEnumType = ["Accepted", "NotFound"] as const;
/** One of the 2 values of GetInstalledCertificateStatusEnumType. */
export type GetInstalledCertificateStatusEnumType = (typeof GetInstalledCertificateStatusEnumType)[number];

/** The 5 values of GetVariableStatusEnumType (OCPP 2.0.1), in schema order. */
export const GetVariableStatusEnumType = ["Accepted", "Rejected", "UnknownComponent", "UnknownVariable", "NotSupportedAttributeType"] as const;
/** One of the 5 values of GetVariableStatusEnumType. */
export type GetVariableStatusEnumType = (typeof GetVariableStatusEnumType)[number];

/** The 3 values of HashAlgorithmEnumType (OCPP 2.0.1), in schema order. */
export const HashAlgorithmEnumType = ["SHA256", "SHA384", "SHA512"] as const;
/** One of the 3 values of HashAlgorithmEnumType. */
export type HashAlgorithmEnumType = (typeof HashAlgorithmEnumType)[number];

/** The 8 values of IdTokenEnumType (OCPP 2.0.1), in schema order. */
export const IdTokenEnumType = ["Central", "eMAID", "ISO14443", "ISO15693", "KeyCode", "Local", "MacAddress", "NoAuthorization"] as const;
/** One of the 8 values of IdTokenEnumType. */
export type IdTokenEnumType = (typeof IdTokenEnumType)[number];

/** The 3 values of InstallCertificateStatusEnumType (OCPP 2.0.1), in schema order. */
export const InstallCertificateStatusEnumType = ["Accepted", "Rejected", "Failed"] as const;
/** One of the 3 values of InstallCertificateStatusEnumType. */
export type InstallCertificateStatusEnumType = (typeof InstallCertificateStatusEnumType)[number];

/** The 4 values of InstallCertificateUseEnumType (OCPP 2.0.1), in schema order. */
export const InstallCertificateUseEnumType = ["V2GRootCertificate", "MORootCertificate", "CSMSRootCertificate", "ManufacturerRootCertificate"] as const;
/** One of the 4 values of InstallCertificateUseEnumType. */
export type InstallCertificateUseEnumType = (typeof InstallCertificateUseEnumType)[number];

/** The 2 values of Iso15118EVCertificateStatusEnumType (OCPP 2.0.1), in schema order. */
export const Iso15118EVCertificateStatusEnumType = ["Accepted", "Failed"] as const;
/** One of the 2 values of Iso15118EVCertificateStatusEnumType. */
export type Iso15118EVCertificateStatusEnumType = (typeof Iso15118EVCertificateStatusEnumType)[number];

/** The 5 values of LocationEnumType (OCPP 2.0.1), in schema order. */
export const LocationEnumType = ["Body", "Cable", "EV", "Inlet", "Outlet"] as const;
/** One of the 5 values of LocationEnumType. */
export type LocationEnumType = (typeof LocationEnumType)[number];

/** The 2 values of LogEnumType (OCPP 2.0.1), in schema order. */
export const LogEnumType = ["DiagnosticsLog", "SecurityLog"] as const;
/** One of the 2 values of LogEnumType. */
export type LogEnumType = (typeof LogEnumType)[number];

/** The 3 values of LogStatusEnumType (OCPP 2.0.1), in schema order. */
export const LogStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled"] as const;
/** One of the 3 values of LogStatusEnumType. */
export type LogStatusEnumType = (typeof LogStatusEnumType)[number];

/** The 25 values of MeasurandEnumType (OCPP 2.0.1), in schema order. */
export const MeasurandEnumType = ["Current.Export", "Current.Import", "Current.Offered", "Energy.Active.Export.Register", "Energy.Active.Import.Register", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Register", "Energy.Active.Export.Interval", "Energy.Active.Import.Interval", "Energy.Active.Net", "Energy.Reactive.Export.Interval", "Energy.Reactive.Import.Interval", "Energy.Reactive.Net", "Energy.Apparent.Net", "Energy.Apparent.Import", "Energy.Apparent.Export", "Frequency", "Power.Active.Export", "Power.Active.Import", "Power.Factor", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "SoC", "Voltage"] as const;
/** One of the 25 values of MeasurandEnumType. */
export type MeasurandEnumType = (typeof MeasurandEnumType)[number];

/** The 4 values of MessageFormatEnumType (OCPP 2.0.1), in schema order. */
export const MessageFormatEnumType = ["ASCII", "HTML", "URI", "UTF8"] as const;
/** One of the 4 values of MessageFormatEnumType. */
export type MessageFormatEnumType = (typeof MessageFormatEnumType)[number];

/** The 3 values of MessagePriorityEnumType (OCPP 2.0.1), in schema order. */
export const MessagePriorityEnumType = ["AlwaysFront", "InFront", "NormalCycle"] as const;
/** One of the 3 values of MessagePriorityEnumType. */
export type MessagePriorityEnumType = (typeof MessagePriorityEnumType)[number];

/** The 4 values of MessageStateEnumType (OCPP 2.0.1), in schema order. */
export const MessageStateEnumType = ["Charging", "Faulted", "Idle", "Unavailable"] as const;
/** One of the 4 values of MessageStateEnumType. */
export type MessageStateEnumType = (typeof MessageStateEnumType)[number];

/** The 11 values of MessageTriggerEnumType (OCPP 2.0.1), in schema order. */
export const MessageTriggerEnumType = ["BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "SignChargingStationCertificate", "SignV2GCertificate", "StatusNotification", "TransactionEvent", "SignCombinedCertificate", "PublishFirmwareStatusNotification"] as const;
/** One of the 11 values of MessageTriggerEnumType. */
export type MessageTriggerEnumType = (typeof MessageTriggerEnumType)[number];

/** The 5 values of MonitorEnumType (OCPP 2.0.1), in schema order. */
export const MonitorEnumType = ["UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned"] as const;
/** One of the 5 values of MonitorEnumType. */
export type MonitorEnumType = (typeof MonitorEnumType)[number];

/** The 3 values of MonitoringBaseEnumType (OCPP 2.0.1), in schema order. */
export const MonitoringBaseEnumType = ["All", "FactoryDefault", "HardWiredOnly"] as const;
/** One of the 3 values of MonitoringBaseEnumType. */
export type MonitoringBaseEnumType = (typeof MonitoringBaseEnumType)[number];

/** The 3 values of MonitoringCriterionEnumType (OCPP 2.0.1), in schema order. */
export const MonitoringCriterionEnumType = ["ThresholdMonitoring", "DeltaMonitoring", "PeriodicMonitoring"] as const;
/** One of the 3 values of MonitoringCriterionEnumType. */
export type MonitoringCriterionEnumType = (typeof MonitoringCriterionEnumType)[number];

/** The 3 values of MutabilityEnumType (OCPP 2.0.1), in schema order. */
export const MutabilityEnumType = ["ReadOnly", "WriteOnly", "ReadWrite"] as const;
/** One of the 3 values of MutabilityEnumType. */
export type MutabilityEnumType = (typeof MutabilityEnumType)[number];

/** The 3 values of NotifyEVChargingNeedsStatusEnumType (OCPP 2.0.1), in schema order. */
export const NotifyEVChargingNeedsStatusEnumType = ["Accepted", "Rejected", "Processing"] as const;
/** One of the 3 values of NotifyEVChargingNeedsStatusEnumType. */
export type NotifyEVChargingNeedsStatusEnumType = (typeof NotifyEVChargingNeedsStatusEnumType)[number];

/** The 8 values of OCPPInterfaceEnumType (OCPP 2.0.1), in schema order. */
export const OCPPInterfaceEnumType = ["Wired0", "Wired1", "Wired2", "Wired3", "Wireless0", "Wireless1", "Wireless2", "Wireless3"] as const;
/** One of the 8 values of OCPPInterfaceEnumType. */
export type OCPPInterfaceEnumType = (typeof OCPPInterfaceEnumType)[number];

/** The 2 values of OCPPTransportEnumType (OCPP 2.0.1), in schema order. */
export const OCPPTransportEnumType = ["JSON", "SOAP"] as const;
/** One of the 2 values of OCPPTransportEnumType. */
export type OCPPTransportEnumType = (typeof OCPPTransportEnumType)[number];

/** The 4 values of OCPPVersionEnumType (OCPP 2.0.1), in schema order. */
export const OCPPVersionEnumType = ["OCPP12", "OCPP15", "OCPP16", "OCPP20"] as const;
/** One of the 4 values of OCPPVersionEnumType. */
export type OCPPVersionEnumType = (typeof OCPPVersionEnumType)[number];

/** The 2 values of OperationalStatusEnumType (OCPP 2.0.1), in schema order. */
export const OperationalStatusEnumType = ["Inoperative", "Operative"] as const;
/** One of the 2 values of OperationalStatusEnumType. */
export type OperationalStatusEnumType = (typeof OperationalStatusEnumType)[number];

/** The 10 values of PhaseEnumType (OCPP 2.0.1), in schema order. */
export const PhaseEnumType = ["L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"] as const;
/** One of the 10 values of PhaseEnumType. */
export type PhaseEnumType = (typeof PhaseEnumType)[number];

/** The 10 values of PublishFirmwareStatusEnumType (OCPP 2.0.1), in schema order. */
export const PublishFirmwareStatusEnumType = ["Idle", "DownloadScheduled", "Downloading", "Downloaded", "Published", "DownloadFailed", "DownloadPaused", "InvalidChecksum", "ChecksumVerified", "PublishFailed"] as const;
/** One of the 10 values of PublishFirmwareStatusEnumType. */
export type PublishFirmwareStatusEnumType = (typeof PublishFirmwareStatusEnumType)[number];

/** The 8 values of ReadingContextEnumType (OCPP 2.0.1), in schema order. */
export const ReadingContextEnumType = ["Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger"] as const;
/** One of the 8 values of ReadingContextEnumType. */
export type ReadingContextEnumType = (typeof ReadingContextEnumType)[number];

/** The 19 values of ReasonEnumType (OCPP 2.0.1), in schema order. */
export const ReasonEnumType = ["DeAuthorized", "EmergencyStop", "EnergyLimitReached", "EVDisconnected", "GroundFault", "ImmediateReset", "Local", "LocalOutOfCredit", "MasterPass", "Other", "OvercurrentFault", "PowerLoss", "PowerQuality", "Reboot", "Remote", "SOCLimitReached", "StoppedByEV", "TimeLimitReached", "Timeout"] as const;
/** One of the 19 values of ReasonEnumType. */
export type ReasonEnumType = (typeof ReasonEnumType)[number];

/** The 2 values of RecurrencyKindEnumType (OCPP 2.0.1), in schema order. */
export const RecurrencyKindEnumType = ["Daily", "Weekly"] as const;
/** One of the 2 values of RecurrencyKindEnumType. */
export type RecurrencyKindEnumType = (typeof RecurrencyKindEnumType)[number];

/** The 3 values of RegistrationStatusEnumType (OCPP 2.0.1), in schema order. */
export const RegistrationStatusEnumType = ["Accepted", "Pending", "Rejected"] as const;
/** One of the 3 values of RegistrationStatusEnumType. */
export type RegistrationStatusEnumType = (typeof RegistrationStatusEnumType)[number];

/** The 3 values of ReportBaseEnumType (OCPP 2.0.1), in schema order. */
export const ReportBaseEnumType = ["ConfigurationInventory", "FullInventory", "SummaryInventory"] as const;
/** One of the 3 values of ReportBaseEnumType. */
export type ReportBaseEnumType = (typeof ReportBaseEnumType)[number];

/** The 2 values of RequestStartStopStatusEnumType (OCPP 2.0.1), in schema order. */
export const RequestStartStopStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of RequestStartStopStatusEnumType. */
export type RequestStartStopStatusEnumType = (typeof RequestStartStopStatusEnumType)[number];

/** The 2 values of ReservationUpdateStatusEnumType (OCPP 2.0.1), in schema order. */
export const ReservationUpdateStatusEnumType = ["Expired", "Removed"] as const;
/** One of the 2 values of ReservationUpdateStatusEnumType. */
export type ReservationUpdateStatusEnumType = (typeof ReservationUpdateStatusEnumType)[number];

/** The 5 values of ReserveNowStatusEnumType (OCPP 2.0.1), in schema order. */
export const ReserveNowStatusEnumType = ["Accepted", "Faulted", "Occupied", "Rejected", "Unavailable"] as const;
/** One of the 5 values of ReserveNowStatusEnumType. */
export type ReserveNowStatusEnumType = (typeof ReserveNowStatusEnumType)[number];

/** The 2 values of ResetEnumType (OCPP 2.0.1), in schema order. */
export const ResetEnumType = ["Immediate", "OnIdle"] as const;
/** One of the 2 values of ResetEnumType. */
export type ResetEnumType = (typeof ResetEnumType)[number];

/** The 3 values of ResetStatusEnumType (OCPP 2.0.1), in schema order. */
export const ResetStatusEnumType = ["Accepted", "Rejected", "Scheduled"] as const;
/** One of the 3 values of ResetStatusEnumType. */
export type ResetStatusEnumType = (typeof ResetStatusEnumType)[number];

/** The 3 values of SendLocalListStatusEnumType (OCPP 2.0.1), in schema order. */
export const SendLocalListStatusEnumType = ["Accepted", "Failed", "VersionMismatch"] as const;
/** One of the 3 values of SendLocalListStatusEnumType. */
export type SendLocalListStatusEnumType = (typeof SendLocalListStatusEnumType)[number];

/** The 6 values of SetMonitoringStatusEnumType (OCPP 2.0.1), in schema order. */
export const SetMonitoringStatusEnumType = ["Accepted", "UnknownComponent", "UnknownVariable", "UnsupportedMonitorType", "Rejected", "Duplicate"] as const;
/** One of the 6 values of SetMonitoringStatusEnumType. */
export type SetMonitoringStatusEnumType = (typeof SetMonitoringStatusEnumType)[number];

/** The 3 values of SetNetworkProfileStatusEnumType (OCPP 2.0.1), in schema order. */
export const SetNetworkProfileStatusEnumType = ["Accepted", "Rejected", "Failed"] as const;
/** One of the 3 values of SetNetworkProfileStatusEnumType. */
export type SetNetworkProfileStatusEnumType = (typeof SetNetworkProfileStatusEnumType)[number];

/** The 6 values of SetVariableStatusEnumType (OCPP 2.0.1), in schema order. */
export const SetVariableStatusEnumType = ["Accepted", "Rejected", "UnknownComponent", "UnknownVariable", "NotSupportedAttributeType", "RebootRequired"] as const;
/** One of the 6 values of SetVariableStatusEnumType. */
export type SetVariableStatusEnumType = (typeof SetVariableStatusEnumType)[number];

/** The 3 values of TransactionEventEnumType (OCPP 2.0.1), in schema order. */
export const TransactionEventEnumType = ["Ended", "Started", "Updated"] as const;
/** One of the 3 values of TransactionEventEnumType. */
export type TransactionEventEnumType = (typeof TransactionEventEnumType)[number];

/** The 3 values of TriggerMessageStatusEnumType (OCPP 2.0.1), in schema order. */
export const TriggerMessageStatusEnumType = ["Accepted", "Rejected", "NotImplemented"] as const;
/** One of the 3 values of TriggerMessageStatusEnumType. */
export type TriggerMessageStatusEnumType = (typeof TriggerMessageStatusEnumType)[number];

/** The 21 values of TriggerReasonEnumType (OCPP 2.0.1), in schema order. */
export const TriggerReasonEnumType = ["Authorized", "CablePluggedIn", "ChargingRateChanged", "ChargingStateChanged", "Deauthorized", "EnergyLimitReached", "EVCommunicationLost", "EVConnectTimeout", "MeterValueClock", "MeterValuePeriodic", "TimeLimitReached", "Trigger", "UnlockCommand", "StopAuthorized", "EVDeparted", "EVDetected", "RemoteStop", "RemoteStart", "AbnormalCondition", "SignedDataReceived", "ResetCommand"] as const;
/** One of the 21 values of TriggerReasonEnumType. */
export type TriggerReasonEnumType = (typeof TriggerReasonEnumType)[number];

/** The 4 values of UnlockStatusEnumType (OCPP 2.0.1), in schema order. */
export const UnlockStatusEnumType = ["Unlocked", "UnlockFailed", "OngoingAuthorizedTransaction", "UnknownConnector"] as const;
/** One of the 4 values of UnlockStatusEnumType. */
export type UnlockStatusEnumType = (typeof UnlockStatusEnumType)[number];

/** The 3 values of UnpublishFirmwareStatusEnumType (OCPP 2.0.1), in schema order. */
export const UnpublishFirmwareStatusEnumType = ["DownloadOngoing", "NoFirmware", "Unpublished"] as const;
/** One of the 3 values of UnpublishFirmwareStatusEnumType. */
export type UnpublishFirmwareStatusEnumType = (typeof UnpublishFirmwareStatusEnumType)[number];

/** The 2 values of UpdateEnumType (OCPP 2.0.1), in schema order. */
export const UpdateEnumType = ["Differential", "Full"] as const;
/** One of the 2 values of UpdateEnumType. */
export type UpdateEnumType = (typeof UpdateEnumType)[number];

/** The 5 values of UpdateFirmwareStatusEnumType (OCPP 2.0.1), in schema order. */
export const UpdateFirmwareStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled", "InvalidCertificate", "RevokedCertificate"] as const;
/** One of the 5 values of UpdateFirmwareStatusEnumType. */
export type UpdateFirmwareStatusEnumType = (typeof UpdateFirmwareStatusEnumType)[number];

/** The 8 values of UploadLogStatusEnumType (OCPP 2.0.1), in schema order. */
export const UploadLogStatusEnumType = ["BadMessage", "Idle", "NotSupportedOperation", "PermissionDenied", "Uploaded", "UploadFailure", "Uploading", "AcceptedCanceled"] as const;
/** One of the 8 values of UploadLogStatusEnumType. */
export type UploadLogStatusEnumType = (typeof UploadLogStatusEnumType)[number];

/** The 4 values of VPNEnumType (OCPP 2.0.1), in schema order. */
export const VPNEnumType = ["IKEv2", "IPSec", "L2TP", "PPTP"] as const;
/** One of the 4 values of VPNEnumType. */
export type VPNEnumType = (typeof VPNEnumType)[number];
