// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Enumerations: 110.

export const APNAuthenticationEnumType = ["PAP", "CHAP", "NONE", "AUTO"] as const;
export type APNAuthenticationEnumType = (typeof APNAuthenticationEnumType)[number];

export const AttributeEnumType = ["Actual", "Target", "MinSet", "MaxSet"] as const;
export type AttributeEnumType = (typeof AttributeEnumType)[number];

export const AuthorizationStatusEnumType = ["Accepted", "Blocked", "ConcurrentTx", "Expired", "Invalid", "NoCredit", "NotAllowedTypeEVSE", "NotAtThisLocation", "NotAtThisTime", "Unknown"] as const;
export type AuthorizationStatusEnumType = (typeof AuthorizationStatusEnumType)[number];

export const AuthorizeCertificateStatusEnumType = ["Accepted", "SignatureError", "CertificateExpired", "CertificateRevoked", "NoCertificateAvailable", "CertChainError", "ContractCancelled"] as const;
export type AuthorizeCertificateStatusEnumType = (typeof AuthorizeCertificateStatusEnumType)[number];

export const BatterySwapEventEnumType = ["BatteryIn", "BatteryOut", "BatteryOutTimeout"] as const;
export type BatterySwapEventEnumType = (typeof BatterySwapEventEnumType)[number];

export const BootReasonEnumType = ["ApplicationReset", "FirmwareUpdate", "LocalReset", "PowerUp", "RemoteReset", "ScheduledReset", "Triggered", "Unknown", "Watchdog"] as const;
export type BootReasonEnumType = (typeof BootReasonEnumType)[number];

export const CancelReservationStatusEnumType = ["Accepted", "Rejected"] as const;
export type CancelReservationStatusEnumType = (typeof CancelReservationStatusEnumType)[number];

export const CertificateActionEnumType = ["Install", "Update"] as const;
export type CertificateActionEnumType = (typeof CertificateActionEnumType)[number];

export const CertificateSignedStatusEnumType = ["Accepted", "Rejected"] as const;
export type CertificateSignedStatusEnumType = (typeof CertificateSignedStatusEnumType)[number];

export const CertificateSigningUseEnumType = ["ChargingStationCertificate", "V2GCertificate", "V2G20Certificate"] as const;
export type CertificateSigningUseEnumType = (typeof CertificateSigningUseEnumType)[number];

export const CertificateStatusEnumType = ["Good", "Revoked", "Unknown", "Failed"] as const;
export type CertificateStatusEnumType = (typeof CertificateStatusEnumType)[number];

export const CertificateStatusSourceEnumType = ["CRL", "OCSP"] as const;
export type CertificateStatusSourceEnumType = (typeof CertificateStatusSourceEnumType)[number];

export const ChangeAvailabilityStatusEnumType = ["Accepted", "Rejected", "Scheduled"] as const;
export type ChangeAvailabilityStatusEnumType = (typeof ChangeAvailabilityStatusEnumType)[number];

export const ChargingProfileKindEnumType = ["Absolute", "Recurring", "Relative", "Dynamic"] as const;
export type ChargingProfileKindEnumType = (typeof ChargingProfileKindEnumType)[number];

export const ChargingProfilePurposeEnumType = ["ChargingStationExternalConstraints", "ChargingStationMaxProfile", "TxDefaultProfile", "TxProfile", "PriorityCharging", "LocalGeneration"] as const;
export type ChargingProfilePurposeEnumType = (typeof ChargingProfilePurposeEnumType)[number];

export const ChargingProfileStatusEnumType = ["Accepted", "Rejected"] as const;
export type ChargingProfileStatusEnumType = (typeof ChargingProfileStatusEnumType)[number];

export const ChargingRateUnitEnumType = ["W", "A"] as const;
export type ChargingRateUnitEnumType = (typeof ChargingRateUnitEnumType)[number];

export const ChargingStateEnumType = ["EVConnected", "Charging", "SuspendedEV", "SuspendedEVSE", "Idle"] as const;
export type ChargingStateEnumType = (typeof ChargingStateEnumType)[number];

export const ClearCacheStatusEnumType = ["Accepted", "Rejected"] as const;
export type ClearCacheStatusEnumType = (typeof ClearCacheStatusEnumType)[number];

export const ClearChargingProfileStatusEnumType = ["Accepted", "Unknown"] as const;
export type ClearChargingProfileStatusEnumType = (typeof ClearChargingProfileStatusEnumType)[number];

export const ClearMessageStatusEnumType = ["Accepted", "Unknown", "Rejected"] as const;
export type ClearMessageStatusEnumType = (typeof ClearMessageStatusEnumType)[number];

export const ClearMonitoringStatusEnumType = ["Accepted", "Rejected", "NotFound"] as const;
export type ClearMonitoringStatusEnumType = (typeof ClearMonitoringStatusEnumType)[number];

export const ComponentCriterionEnumType = ["Active", "Available", "Enabled", "Problem"] as const;
export type ComponentCriterionEnumType = (typeof ComponentCriterionEnumType)[number];

export const ConnectorStatusEnumType = ["Available", "Occupied", "Reserved", "Unavailable", "Faulted"] as const;
export type ConnectorStatusEnumType = (typeof ConnectorStatusEnumType)[number];

export const ControlModeEnumType = ["ScheduledControl", "DynamicControl"] as const;
export type ControlModeEnumType = (typeof ControlModeEnumType)[number];

export const CostDimensionEnumType = ["Energy", "MaxCurrent", "MinCurrent", "MaxPower", "MinPower", "IdleTIme", "ChargingTime"] as const;
export type CostDimensionEnumType = (typeof CostDimensionEnumType)[number];

export const CostKindEnumType = ["CarbonDioxideEmission", "RelativePricePercentage", "RenewableGenerationPercentage"] as const;
export type CostKindEnumType = (typeof CostKindEnumType)[number];

export const CustomerInformationStatusEnumType = ["Accepted", "Rejected", "Invalid"] as const;
export type CustomerInformationStatusEnumType = (typeof CustomerInformationStatusEnumType)[number];

export const DERControlEnumType = ["EnterService", "FreqDroop", "FreqWatt", "FixedPFAbsorb", "FixedPFInject", "FixedVar", "Gradients", "HFMustTrip", "HFMayTrip", "HVMustTrip", "HVMomCess", "HVMayTrip", "LimitMaxDischarge", "LFMustTrip", "LVMustTrip", "LVMomCess", "LVMayTrip", "PowerMonitoringMustTrip", "VoltVar", "VoltWatt", "WattPF", "WattVar"] as const;
export type DERControlEnumType = (typeof DERControlEnumType)[number];

export const DERControlStatusEnumType = ["Accepted", "Rejected", "NotSupported", "NotFound"] as const;
export type DERControlStatusEnumType = (typeof DERControlStatusEnumType)[number];

export const DERUnitEnumType = ["Not_Applicable", "PctMaxW", "PctMaxVar", "PctWAvail", "PctVarAvail", "PctEffectiveV"] as const;
export type DERUnitEnumType = (typeof DERUnitEnumType)[number];

export const DataEnumType = ["string", "decimal", "integer", "dateTime", "boolean", "OptionList", "SequenceList", "MemberList"] as const;
export type DataEnumType = (typeof DataEnumType)[number];

export const DataTransferStatusEnumType = ["Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId"] as const;
export type DataTransferStatusEnumType = (typeof DataTransferStatusEnumType)[number];

export const DayOfWeekEnumType = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export type DayOfWeekEnumType = (typeof DayOfWeekEnumType)[number];

export const DeleteCertificateStatusEnumType = ["Accepted", "Failed", "NotFound"] as const;
export type DeleteCertificateStatusEnumType = (typeof DeleteCertificateStatusEnumType)[number];

export const DisplayMessageStatusEnumType = ["Accepted", "NotSupportedMessageFormat", "Rejected", "NotSupportedPriority", "NotSupportedState", "UnknownTransaction", "LanguageNotSupported"] as const;
export type DisplayMessageStatusEnumType = (typeof DisplayMessageStatusEnumType)[number];

export const EnergyTransferModeEnumType = ["AC_single_phase", "AC_two_phase", "AC_three_phase", "DC", "AC_BPT", "AC_BPT_DER", "AC_DER", "DC_BPT", "DC_ACDP", "DC_ACDP_BPT", "WPT"] as const;
export type EnergyTransferModeEnumType = (typeof EnergyTransferModeEnumType)[number];

export const EventNotificationEnumType = ["HardWiredNotification", "HardWiredMonitor", "PreconfiguredMonitor", "CustomMonitor"] as const;
export type EventNotificationEnumType = (typeof EventNotificationEnumType)[number];

export const EventTriggerEnumType = ["Alerting", "Delta", "Periodic"] as const;
export type EventTriggerEnumType = (typeof EventTriggerEnumType)[number];

export const EvseKindEnumType = ["AC", "DC"] as const;
export type EvseKindEnumType = (typeof EvseKindEnumType)[number];

export const FirmwareStatusEnumType = ["Downloaded", "DownloadFailed", "Downloading", "DownloadScheduled", "DownloadPaused", "Idle", "InstallationFailed", "Installing", "Installed", "InstallRebooting", "InstallScheduled", "InstallVerificationFailed", "InvalidSignature", "SignatureVerified"] as const;
export type FirmwareStatusEnumType = (typeof FirmwareStatusEnumType)[number];

export const GenericDeviceModelStatusEnumType = ["Accepted", "Rejected", "NotSupported", "EmptyResultSet"] as const;
export type GenericDeviceModelStatusEnumType = (typeof GenericDeviceModelStatusEnumType)[number];

export const GenericStatusEnumType = ["Accepted", "Rejected"] as const;
export type GenericStatusEnumType = (typeof GenericStatusEnumType)[number];

export const GetCertificateIdUseEnumType = ["V2GRootCertificate", "MORootCertificate", "CSMSRootCertificate", "V2GCertificateChain", "ManufacturerRootCertificate", "OEMRootCertificate"] as const;
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

export const GridEventFaultEnumType = ["CurrentImbalance", "LocalEmergency", "LowInputPower", "OverCurrent", "OverFrequency", "OverVoltage", "PhaseRotation", "RemoteEmergency", "UnderFrequency", "UnderVoltage", "VoltageImbalance"] as const;
export type GridEventFaultEnumType = (typeof GridEventFaultEnumType)[number];

export const HashAlgorithmEnumType = ["SHA256", "SHA384", "SHA512"] as const;
export type HashAlgorithmEnumType = (typeof HashAlgorithmEnumType)[number];

export const InstallCertificateStatusEnumType = ["Accepted", "Rejected", "Failed"] as const;
export type InstallCertificateStatusEnumType = (typeof InstallCertificateStatusEnumType)[number];

export const InstallCertificateUseEnumType = ["V2GRootCertificate", "MORootCertificate", "ManufacturerRootCertificate", "CSMSRootCertificate", "OEMRootCertificate"] as const;
export type InstallCertificateUseEnumType = (typeof InstallCertificateUseEnumType)[number];

export const IslandingDetectionEnumType = ["NoAntiIslandingSupport", "RoCoF", "UVP_OVP", "UFP_OFP", "VoltageVectorShift", "ZeroCrossingDetection", "OtherPassive", "ImpedanceMeasurement", "ImpedanceAtFrequency", "SlipModeFrequencyShift", "SandiaFrequencyShift", "SandiaVoltageShift", "FrequencyJump", "RCLQFactor", "OtherActive"] as const;
export type IslandingDetectionEnumType = (typeof IslandingDetectionEnumType)[number];

export const Iso15118EVCertificateStatusEnumType = ["Accepted", "Failed"] as const;
export type Iso15118EVCertificateStatusEnumType = (typeof Iso15118EVCertificateStatusEnumType)[number];

export const LocationEnumType = ["Body", "Cable", "EV", "Inlet", "Outlet", "Upstream"] as const;
export type LocationEnumType = (typeof LocationEnumType)[number];

export const LogEnumType = ["DiagnosticsLog", "SecurityLog", "DataCollectorLog"] as const;
export type LogEnumType = (typeof LogEnumType)[number];

export const LogStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled"] as const;
export type LogStatusEnumType = (typeof LogStatusEnumType)[number];

export const MeasurandEnumType = ["Current.Export", "Current.Export.Offered", "Current.Export.Minimum", "Current.Import", "Current.Import.Offered", "Current.Import.Minimum", "Current.Offered", "Display.PresentSOC", "Display.MinimumSOC", "Display.TargetSOC", "Display.MaximumSOC", "Display.RemainingTimeToMinimumSOC", "Display.RemainingTimeToTargetSOC", "Display.RemainingTimeToMaximumSOC", "Display.ChargingComplete", "Display.BatteryEnergyCapacity", "Display.InletHot", "Energy.Active.Export.Interval", "Energy.Active.Export.Register", "Energy.Active.Import.Interval", "Energy.Active.Import.Register", "Energy.Active.Import.CableLoss", "Energy.Active.Import.LocalGeneration.Register", "Energy.Active.Net", "Energy.Active.Setpoint.Interval", "Energy.Apparent.Export", "Energy.Apparent.Import", "Energy.Apparent.Net", "Energy.Reactive.Export.Interval", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Interval", "Energy.Reactive.Import.Register", "Energy.Reactive.Net", "EnergyRequest.Target", "EnergyRequest.Minimum", "EnergyRequest.Maximum", "EnergyRequest.Minimum.V2X", "EnergyRequest.Maximum.V2X", "EnergyRequest.Bulk", "Frequency", "Power.Active.Export", "Power.Active.Import", "Power.Active.Setpoint", "Power.Active.Residual", "Power.Export.Minimum", "Power.Export.Offered", "Power.Factor", "Power.Import.Offered", "Power.Import.Minimum", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "SoC", "Voltage", "Voltage.Minimum", "Voltage.Maximum"] as const;
export type MeasurandEnumType = (typeof MeasurandEnumType)[number];

export const MessageFormatEnumType = ["ASCII", "HTML", "URI", "UTF8", "QRCODE"] as const;
export type MessageFormatEnumType = (typeof MessageFormatEnumType)[number];

export const MessagePriorityEnumType = ["AlwaysFront", "InFront", "NormalCycle"] as const;
export type MessagePriorityEnumType = (typeof MessagePriorityEnumType)[number];

export const MessageStateEnumType = ["Charging", "Faulted", "Idle", "Unavailable", "Suspended", "Discharging"] as const;
export type MessageStateEnumType = (typeof MessageStateEnumType)[number];

export const MessageTriggerEnumType = ["BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "SignChargingStationCertificate", "SignV2GCertificate", "SignV2G20Certificate", "StatusNotification", "TransactionEvent", "SignCombinedCertificate", "PublishFirmwareStatusNotification", "CustomTrigger"] as const;
export type MessageTriggerEnumType = (typeof MessageTriggerEnumType)[number];

export const MobilityNeedsModeEnumType = ["EVCC", "EVCC_SECC"] as const;
export type MobilityNeedsModeEnumType = (typeof MobilityNeedsModeEnumType)[number];

export const MonitorEnumType = ["UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned", "TargetDelta", "TargetDeltaRelative"] as const;
export type MonitorEnumType = (typeof MonitorEnumType)[number];

export const MonitoringBaseEnumType = ["All", "FactoryDefault", "HardWiredOnly"] as const;
export type MonitoringBaseEnumType = (typeof MonitoringBaseEnumType)[number];

export const MonitoringCriterionEnumType = ["ThresholdMonitoring", "DeltaMonitoring", "PeriodicMonitoring"] as const;
export type MonitoringCriterionEnumType = (typeof MonitoringCriterionEnumType)[number];

export const MutabilityEnumType = ["ReadOnly", "WriteOnly", "ReadWrite"] as const;
export type MutabilityEnumType = (typeof MutabilityEnumType)[number];

export const NotifyAllowedEnergyTransferStatusEnumType = ["Accepted", "Rejected"] as const;
export type NotifyAllowedEnergyTransferStatusEnumType = (typeof NotifyAllowedEnergyTransferStatusEnumType)[number];

export const NotifyEVChargingNeedsStatusEnumType = ["Accepted", "Rejected", "Processing", "NoChargingProfile"] as const;
export type NotifyEVChargingNeedsStatusEnumType = (typeof NotifyEVChargingNeedsStatusEnumType)[number];

export const OCPPInterfaceEnumType = ["Wired0", "Wired1", "Wired2", "Wired3", "Wireless0", "Wireless1", "Wireless2", "Wireless3", "Any"] as const;
export type OCPPInterfaceEnumType = (typeof OCPPInterfaceEnumType)[number];

export const OCPPTransportEnumType = ["SOAP", "JSON"] as const;
export type OCPPTransportEnumType = (typeof OCPPTransportEnumType)[number];

export const OCPPVersionEnumType = ["OCPP12", "OCPP15", "OCPP16", "OCPP20", "OCPP201", "OCPP21"] as const;
export type OCPPVersionEnumType = (typeof OCPPVersionEnumType)[number];

export const OperationModeEnumType = ["Idle", "ChargingOnly", "CentralSetpoint", "ExternalSetpoint", "ExternalLimits", "CentralFrequency", "LocalFrequency", "LocalLoadBalancing"] as const;
export type OperationModeEnumType = (typeof OperationModeEnumType)[number];

export const OperationalStatusEnumType = ["Inoperative", "Operative"] as const;
export type OperationalStatusEnumType = (typeof OperationalStatusEnumType)[number];

export const PaymentStatusEnumType = ["Settled", "Canceled", "Rejected", "Failed"] as const;
export type PaymentStatusEnumType = (typeof PaymentStatusEnumType)[number];

export const PhaseEnumType = ["L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"] as const;
export type PhaseEnumType = (typeof PhaseEnumType)[number];

export const PowerDuringCessationEnumType = ["Active", "Reactive"] as const;
export type PowerDuringCessationEnumType = (typeof PowerDuringCessationEnumType)[number];

export const PreconditioningStatusEnumType = ["Unknown", "Ready", "NotReady", "Preconditioning"] as const;
export type PreconditioningStatusEnumType = (typeof PreconditioningStatusEnumType)[number];

export const PriorityChargingStatusEnumType = ["Accepted", "Rejected", "NoProfile"] as const;
export type PriorityChargingStatusEnumType = (typeof PriorityChargingStatusEnumType)[number];

export const PublishFirmwareStatusEnumType = ["Idle", "DownloadScheduled", "Downloading", "Downloaded", "Published", "DownloadFailed", "DownloadPaused", "InvalidChecksum", "ChecksumVerified", "PublishFailed"] as const;
export type PublishFirmwareStatusEnumType = (typeof PublishFirmwareStatusEnumType)[number];

export const ReadingContextEnumType = ["Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger"] as const;
export type ReadingContextEnumType = (typeof ReadingContextEnumType)[number];

export const ReasonEnumType = ["DeAuthorized", "EmergencyStop", "EnergyLimitReached", "EVDisconnected", "GroundFault", "ImmediateReset", "MasterPass", "Local", "LocalOutOfCredit", "Other", "OvercurrentFault", "PowerLoss", "PowerQuality", "Reboot", "Remote", "SOCLimitReached", "StoppedByEV", "TimeLimitReached", "Timeout", "ReqEnergyTransferRejected"] as const;
export type ReasonEnumType = (typeof ReasonEnumType)[number];

export const RecurrencyKindEnumType = ["Daily", "Weekly"] as const;
export type RecurrencyKindEnumType = (typeof RecurrencyKindEnumType)[number];

export const RegistrationStatusEnumType = ["Accepted", "Pending", "Rejected"] as const;
export type RegistrationStatusEnumType = (typeof RegistrationStatusEnumType)[number];

export const ReportBaseEnumType = ["ConfigurationInventory", "FullInventory", "SummaryInventory"] as const;
export type ReportBaseEnumType = (typeof ReportBaseEnumType)[number];

export const RequestStartStopStatusEnumType = ["Accepted", "Rejected"] as const;
export type RequestStartStopStatusEnumType = (typeof RequestStartStopStatusEnumType)[number];

export const ReservationUpdateStatusEnumType = ["Expired", "Removed", "NoTransaction"] as const;
export type ReservationUpdateStatusEnumType = (typeof ReservationUpdateStatusEnumType)[number];

export const ReserveNowStatusEnumType = ["Accepted", "Faulted", "Occupied", "Rejected", "Unavailable"] as const;
export type ReserveNowStatusEnumType = (typeof ReserveNowStatusEnumType)[number];

export const ResetEnumType = ["Immediate", "OnIdle", "ImmediateAndResume"] as const;
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

export const TariffChangeStatusEnumType = ["Accepted", "Rejected", "TooManyElements", "ConditionNotSupported", "TxNotFound", "NoCurrencyChange"] as const;
export type TariffChangeStatusEnumType = (typeof TariffChangeStatusEnumType)[number];

export const TariffClearStatusEnumType = ["Accepted", "Rejected", "NoTariff"] as const;
export type TariffClearStatusEnumType = (typeof TariffClearStatusEnumType)[number];

export const TariffCostEnumType = ["NormalCost", "MinCost", "MaxCost"] as const;
export type TariffCostEnumType = (typeof TariffCostEnumType)[number];

export const TariffGetStatusEnumType = ["Accepted", "Rejected", "NoTariff"] as const;
export type TariffGetStatusEnumType = (typeof TariffGetStatusEnumType)[number];

export const TariffKindEnumType = ["DefaultTariff", "DriverTariff"] as const;
export type TariffKindEnumType = (typeof TariffKindEnumType)[number];

export const TariffSetStatusEnumType = ["Accepted", "Rejected", "TooManyElements", "ConditionNotSupported", "DuplicateTariffId"] as const;
export type TariffSetStatusEnumType = (typeof TariffSetStatusEnumType)[number];

export const TransactionEventEnumType = ["Ended", "Started", "Updated"] as const;
export type TransactionEventEnumType = (typeof TransactionEventEnumType)[number];

export const TriggerMessageStatusEnumType = ["Accepted", "Rejected", "NotImplemented"] as const;
export type TriggerMessageStatusEnumType = (typeof TriggerMessageStatusEnumType)[number];

export const TriggerReasonEnumType = ["AbnormalCondition", "Authorized", "CablePluggedIn", "ChargingRateChanged", "ChargingStateChanged", "CostLimitReached", "Deauthorized", "EnergyLimitReached", "EVCommunicationLost", "EVConnectTimeout", "EVDeparted", "EVDetected", "LimitSet", "MeterValueClock", "MeterValuePeriodic", "OperationModeChanged", "RemoteStart", "RemoteStop", "ResetCommand", "RunningCost", "SignedDataReceived", "SoCLimitReached", "StopAuthorized", "TariffChanged", "TariffNotAccepted", "TimeLimitReached", "Trigger", "TxResumed", "UnlockCommand"] as const;
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
