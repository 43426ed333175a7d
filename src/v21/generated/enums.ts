// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Enumerations: 110.

/** The 4 values of APNAuthenticationEnumType (OCPP 2.1), in schema order. */
export const APNAuthenticationEnumType = ["PAP", "CHAP", "NONE", "AUTO"] as const;
/** One of the 4 values of APNAuthenticationEnumType. */
export type APNAuthenticationEnumType = (typeof APNAuthenticationEnumType)[number];

/** The 4 values of AttributeEnumType (OCPP 2.1), in schema order. */
export const AttributeEnumType = ["Actual", "Target", "MinSet", "MaxSet"] as const;
/** One of the 4 values of AttributeEnumType. */
export type AttributeEnumType = (typeof AttributeEnumType)[number];

/** The 10 values of AuthorizationStatusEnumType (OCPP 2.1), in schema order. */
export const AuthorizationStatusEnumType = ["Accepted", "Blocked", "ConcurrentTx", "Expired", "Invalid", "NoCredit", "NotAllowedTypeEVSE", "NotAtThisLocation", "NotAtThisTime", "Unknown"] as const;
/** One of the 10 values of AuthorizationStatusEnumType. */
export type AuthorizationStatusEnumType = (typeof AuthorizationStatusEnumType)[number];

/** The 7 values of AuthorizeCertificateStatusEnumType (OCPP 2.1), in schema order. */
export const AuthorizeCertificateStatusEnumType = ["Accepted", "SignatureError", "CertificateExpired", "CertificateRevoked", "NoCertificateAvailable", "CertChainError", "ContractCancelled"] as const;
/** One of the 7 values of AuthorizeCertificateStatusEnumType. */
export type AuthorizeCertificateStatusEnumType = (typeof AuthorizeCertificateStatusEnumType)[number];

/** The 3 values of BatterySwapEventEnumType (OCPP 2.1), in schema order. */
export const BatterySwapEventEnumType = ["BatteryIn", "BatteryOut", "BatteryOutTimeout"] as const;
/** One of the 3 values of BatterySwapEventEnumType. */
export type BatterySwapEventEnumType = (typeof BatterySwapEventEnumType)[number];

/** The 9 values of BootReasonEnumType (OCPP 2.1), in schema order. */
export const BootReasonEnumType = ["ApplicationReset", "FirmwareUpdate", "LocalReset", "PowerUp", "RemoteReset", "ScheduledReset", "Triggered", "Unknown", "Watchdog"] as const;
/** One of the 9 values of BootReasonEnumType. */
export type BootReasonEnumType = (typeof BootReasonEnumType)[number];

/** The 2 values of CancelReservationStatusEnumType (OCPP 2.1), in schema order. */
export const CancelReservationStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of CancelReservationStatusEnumType. */
export type CancelReservationStatusEnumType = (typeof CancelReservationStatusEnumType)[number];

/** The 2 values of CertificateActionEnumType (OCPP 2.1), in schema order. */
export const CertificateActionEnumType = ["Install", "Update"] as const;
/** One of the 2 values of CertificateActionEnumType. */
export type CertificateActionEnumType = (typeof CertificateActionEnumType)[number];

/** The 2 values of CertificateSignedStatusEnumType (OCPP 2.1), in schema order. */
export const CertificateSignedStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of CertificateSignedStatusEnumType. */
export type CertificateSignedStatusEnumType = (typeof CertificateSignedStatusEnumType)[number];

/** The 3 values of CertificateSigningUseEnumType (OCPP 2.1), in schema order. */
export const CertificateSigningUseEnumType = ["ChargingStationCertificate", "V2GCertificate", "V2G20Certificate"] as const;
/** One of the 3 values of CertificateSigningUseEnumType. */
export type CertificateSigningUseEnumType = (typeof CertificateSigningUseEnumType)[number];

/** The 4 values of CertificateStatusEnumType (OCPP 2.1), in schema order. */
export const CertificateStatusEnumType = ["Good", "Revoked", "Unknown", "Failed"] as const;
/** One of the 4 values of CertificateStatusEnumType. */
export type CertificateStatusEnumType = (typeof CertificateStatusEnumType)[number];

/** The 2 values of CertificateStatusSourceEnumType (OCPP 2.1), in schema order. */
export const CertificateStatusSourceEnumType = ["CRL", "OCSP"] as const;
/** One of the 2 values of CertificateStatusSourceEnumType. */
export type CertificateStatusSourceEnumType = (typeof CertificateStatusSourceEnumType)[number];

/** The 3 values of ChangeAvailabilityStatusEnumType (OCPP 2.1), in schema order. */
export const ChangeAvailabilityStatusEnumType = ["Accepted", "Rejected", "Scheduled"] as const;
/** One of the 3 values of ChangeAvailabilityStatusEnumType. */
export type ChangeAvailabilityStatusEnumType = (typeof ChangeAvailabilityStatusEnumType)[number];

/** The 4 values of ChargingProfileKindEnumType (OCPP 2.1), in schema order. */
export const ChargingProfileKindEnumType = ["Absolute", "Recurring", "Relative", "Dynamic"] as const;
/** One of the 4 values of ChargingProfileKindEnumType. */
export type ChargingProfileKindEnumType = (typeof ChargingProfileKindEnumType)[number];

/** The 6 values of ChargingProfilePurposeEnumType (OCPP 2.1), in schema order. */
export const ChargingProfilePurposeEnumType = ["ChargingStationExternalConstraints", "ChargingStationMaxProfile", "TxDefaultProfile", "TxProfile", "PriorityCharging", "LocalGeneration"] as const;
/** One of the 6 values of ChargingProfilePurposeEnumType. */
export type ChargingProfilePurposeEnumType = (typeof ChargingProfilePurposeEnumType)[number];

/** The 2 values of ChargingProfileStatusEnumType (OCPP 2.1), in schema order. */
export const ChargingProfileStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of ChargingProfileStatusEnumType. */
export type ChargingProfileStatusEnumType = (typeof ChargingProfileStatusEnumType)[number];

/** The 2 values of ChargingRateUnitEnumType (OCPP 2.1), in schema order. */
export const ChargingRateUnitEnumType = ["W", "A"] as const;
/** One of the 2 values of ChargingRateUnitEnumType. */
export type ChargingRateUnitEnumType = (typeof ChargingRateUnitEnumType)[number];

/** The 5 values of ChargingStateEnumType (OCPP 2.1), in schema order. */
export const ChargingStateEnumType = ["EVConnected", "Charging", "SuspendedEV", "SuspendedEVSE", "Idle"] as const;
/** One of the 5 values of ChargingStateEnumType. */
export type ChargingStateEnumType = (typeof ChargingStateEnumType)[number];

/** The 2 values of ClearCacheStatusEnumType (OCPP 2.1), in schema order. */
export const ClearCacheStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of ClearCacheStatusEnumType. */
export type ClearCacheStatusEnumType = (typeof ClearCacheStatusEnumType)[number];

/** The 2 values of ClearChargingProfileStatusEnumType (OCPP 2.1), in schema order. */
export const ClearChargingProfileStatusEnumType = ["Accepted", "Unknown"] as const;
/** One of the 2 values of ClearChargingProfileStatusEnumType. */
export type ClearChargingProfileStatusEnumType = (typeof ClearChargingProfileStatusEnumType)[number];

/** The 3 values of ClearMessageStatusEnumType (OCPP 2.1), in schema order. */
export const ClearMessageStatusEnumType = ["Accepted", "Unknown", "Rejected"] as const;
/** One of the 3 values of ClearMessageStatusEnumType. */
export type ClearMessageStatusEnumType = (typeof ClearMessageStatusEnumType)[number];

/** The 3 values of ClearMonitoringStatusEnumType (OCPP 2.1), in schema order. */
export const ClearMonitoringStatusEnumType = ["Accepted", "Rejected", "NotFound"] as const;
/** One of the 3 values of ClearMonitoringStatusEnumType. */
export type ClearMonitoringStatusEnumType = (typeof ClearMonitoringStatusEnumType)[number];

/** The 4 values of ComponentCriterionEnumType (OCPP 2.1), in schema order. */
export const ComponentCriterionEnumType = ["Active", "Available", "Enabled", "Problem"] as const;
/** One of the 4 values of ComponentCriterionEnumType. */
export type ComponentCriterionEnumType = (typeof ComponentCriterionEnumType)[number];

/** The 5 values of ConnectorStatusEnumType (OCPP 2.1), in schema order. */
export const ConnectorStatusEnumType = ["Available", "Occupied", "Reserved", "Unavailable", "Faulted"] as const;
/** One of the 5 values of ConnectorStatusEnumType. */
export type ConnectorStatusEnumType = (typeof ConnectorStatusEnumType)[number];

/** The 2 values of ControlModeEnumType (OCPP 2.1), in schema order. */
export const ControlModeEnumType = ["ScheduledControl", "DynamicControl"] as const;
/** One of the 2 values of ControlModeEnumType. */
export type ControlModeEnumType = (typeof ControlModeEnumType)[number];

/** The 7 values of CostDimensionEnumType (OCPP 2.1), in schema order. */
export const CostDimensionEnumType = ["Energy", "MaxCurrent", "MinCurrent", "MaxPower", "MinPower", "IdleTIme", "ChargingTime"] as const;
/** One of the 7 values of CostDimensionEnumType. */
export type CostDimensionEnumType = (typeof CostDimensionEnumType)[number];

/** The 3 values of CostKindEnumType (OCPP 2.1), in schema order. */
export const CostKindEnumType = ["CarbonDioxideEmission", "RelativePricePercentage", "RenewableGenerationPercentage"] as const;
/** One of the 3 values of CostKindEnumType. */
export type CostKindEnumType = (typeof CostKindEnumType)[number];

/** The 3 values of CustomerInformationStatusEnumType (OCPP 2.1), in schema order. */
export const CustomerInformationStatusEnumType = ["Accepted", "Rejected", "Invalid"] as const;
/** One of the 3 values of CustomerInformationStatusEnumType. */
export type CustomerInformationStatusEnumType = (typeof CustomerInformationStatusEnumType)[number];

/** The 22 values of DERControlEnumType (OCPP 2.1), in schema order. */
export const DERControlEnumType = ["EnterService", "FreqDroop", "FreqWatt", "FixedPFAbsorb", "FixedPFInject", "FixedVar", "Gradients", "HFMustTrip", "HFMayTrip", "HVMustTrip", "HVMomCess", "HVMayTrip", "LimitMaxDischarge", "LFMustTrip", "LVMustTrip", "LVMomCess", "LVMayTrip", "PowerMonitoringMustTrip", "VoltVar", "VoltWatt", "WattPF", "WattVar"] as const;
/** One of the 22 values of DERControlEnumType. */
export type DERControlEnumType = (typeof DERControlEnumType)[number];

/** The 4 values of DERControlStatusEnumType (OCPP 2.1), in schema order. */
export const DERControlStatusEnumType = ["Accepted", "Rejected", "NotSupported", "NotFound"] as const;
/** One of the 4 values of DERControlStatusEnumType. */
export type DERControlStatusEnumType = (typeof DERControlStatusEnumType)[number];

/** The 6 values of DERUnitEnumType (OCPP 2.1), in schema order. */
export const DERUnitEnumType = ["Not_Applicable", "PctMaxW", "PctMaxVar", "PctWAvail", "PctVarAvail", "PctEffectiveV"] as const;
/** One of the 6 values of DERUnitEnumType. */
export type DERUnitEnumType = (typeof DERUnitEnumType)[number];

/** The 8 values of DataEnumType (OCPP 2.1), in schema order. */
export const DataEnumType = ["string", "decimal", "integer", "dateTime", "boolean", "OptionList", "SequenceList", "MemberList"] as const;
/** One of the 8 values of DataEnumType. */
export type DataEnumType = (typeof DataEnumType)[number];

/** The 4 values of DataTransferStatusEnumType (OCPP 2.1), in schema order. */
export const DataTransferStatusEnumType = ["Accepted", "Rejected", "UnknownMessageId", "UnknownVendorId"] as const;
/** One of the 4 values of DataTransferStatusEnumType. */
export type DataTransferStatusEnumType = (typeof DataTransferStatusEnumType)[number];

/** The 7 values of DayOfWeekEnumType (OCPP 2.1), in schema order. */
export const DayOfWeekEnumType = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
/** One of the 7 values of DayOfWeekEnumType. */
export type DayOfWeekEnumType = (typeof DayOfWeekEnumType)[number];

/** The 3 values of DeleteCertificateStatusEnumType (OCPP 2.1), in schema order. */
export const DeleteCertificateStatusEnumType = ["Accepted", "Failed", "NotFound"] as const;
/** One of the 3 values of DeleteCertificateStatusEnumType. */
export type DeleteCertificateStatusEnumType = (typeof DeleteCertificateStatusEnumType)[number];

/** The 7 values of DisplayMessageStatusEnumType (OCPP 2.1), in schema order. */
export const DisplayMessageStatusEnumType = ["Accepted", "NotSupportedMessageFormat", "Rejected", "NotSupportedPriority", "NotSupportedState", "UnknownTransaction", "LanguageNotSupported"] as const;
/** One of the 7 values of DisplayMessageStatusEnumType. */
export type DisplayMessageStatusEnumType = (typeof DisplayMessageStatusEnumType)[number];

/** The 11 values of EnergyTransferModeEnumType (OCPP 2.1), in schema order. */
export const EnergyTransferModeEnumType = ["AC_single_phase", "AC_two_phase", "AC_three_phase", "DC", "AC_BPT", "AC_BPT_DER", "AC_DER", "DC_BPT", "DC_ACDP", "DC_ACDP_BPT", "WPT"] as const;
/** One of the 11 values of EnergyTransferModeEnumType. */
export type EnergyTransferModeEnumType = (typeof EnergyTransferModeEnumType)[number];

/** The 4 values of EventNotificationEnumType (OCPP 2.1), in schema order. */
export const EventNotificationEnumType = ["HardWiredNotification", "HardWiredMonitor", "PreconfiguredMonitor", "CustomMonitor"] as const;
/** One of the 4 values of EventNotificationEnumType. */
export type EventNotificationEnumType = (typeof EventNotificationEnumType)[number];

/** The 3 values of EventTriggerEnumType (OCPP 2.1), in schema order. */
export const EventTriggerEnumType = ["Alerting", "Delta", "Periodic"] as const;
/** One of the 3 values of EventTriggerEnumType. */
export type EventTriggerEnumType = (typeof EventTriggerEnumType)[number];

/** The 2 values of EvseKindEnumType (OCPP 2.1), in schema order. */
export const EvseKindEnumType = ["AC", "DC"] as const;
/** One of the 2 values of EvseKindEnumType. */
export type EvseKindEnumType = (typeof EvseKindEnumType)[number];

/** The 14 values of FirmwareStatusEnumType (OCPP 2.1), in schema order. */
export const FirmwareStatusEnumType = ["Downloaded", "DownloadFailed", "Downloading", "DownloadScheduled", "DownloadPaused", "Idle", "InstallationFailed", "Installing", "Installed", "InstallRebooting", "InstallScheduled", "InstallVerificationFailed", "InvalidSignature", "SignatureVerified"] as const;
/** One of the 14 values of FirmwareStatusEnumType. */
export type FirmwareStatusEnumType = (typeof FirmwareStatusEnumType)[number];

/** The 4 values of GenericDeviceModelStatusEnumType (OCPP 2.1), in schema order. */
export const GenericDeviceModelStatusEnumType = ["Accepted", "Rejected", "NotSupported", "EmptyResultSet"] as const;
/** One of the 4 values of GenericDeviceModelStatusEnumType. */
export type GenericDeviceModelStatusEnumType = (typeof GenericDeviceModelStatusEnumType)[number];

/** The 2 values of GenericStatusEnumType (OCPP 2.1), in schema order. */
export const GenericStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of GenericStatusEnumType. */
export type GenericStatusEnumType = (typeof GenericStatusEnumType)[number];

/** The 6 values of GetCertificateIdUseEnumType (OCPP 2.1), in schema order. */
export const GetCertificateIdUseEnumType = ["V2GRootCertificate", "MORootCertificate", "CSMSRootCertificate", "V2GCertificateChain", "ManufacturerRootCertificate", "OEMRootCertificate"] as const;
/** One of the 6 values of GetCertificateIdUseEnumType. */
export type GetCertificateIdUseEnumType = (typeof GetCertificateIdUseEnumType)[number];

/** The 2 values of GetCertificateStatusEnumType (OCPP 2.1), in schema order. */
export const GetCertificateStatusEnumType = ["Accepted", "Failed"] as const;
/** One of the 2 values of GetCertificateStatusEnumType. */
export type GetCertificateStatusEnumType = (typeof GetCertificateStatusEnumType)[number];

/** The 2 values of GetChargingProfileStatusEnumType (OCPP 2.1), in schema order. */
export const GetChargingProfileStatusEnumType = ["Accepted", "NoProfiles"] as const;
/** One of the 2 values of GetChargingProfileStatusEnumType. */
export type GetChargingProfileStatusEnumType = (typeof GetChargingProfileStatusEnumType)[number];

/** The 2 values of GetDisplayMessagesStatusEnumType (OCPP 2.1), in schema order. */
export const GetDisplayMessagesStatusEnumType = ["Accepted", "Unknown"] as const;
/** One of the 2 values of GetDisplayMessagesStatusEnumType. */
export type GetDisplayMessagesStatusEnumType = (typeof GetDisplayMessagesStatusEnumType)[number];

/** The 2 values of GetInstalledCertificateStatusEnumType (OCPP 2.1), in schema order. */
export const GetInstalledCertificateStatusEnumType = ["Accepted", "NotFound"] as const;
/** One of the 2 values of GetInstalledCertificateStatusEnumType. */
export type GetInstalledCertificateStatusEnumType = (typeof GetInstalledCertificateStatusEnumType)[number];

/** The 5 values of GetVariableStatusEnumType (OCPP 2.1), in schema order. */
export const GetVariableStatusEnumType = ["Accepted", "Rejected", "UnknownComponent", "UnknownVariable", "NotSupportedAttributeType"] as const;
/** One of the 5 values of GetVariableStatusEnumType. */
export type GetVariableStatusEnumType = (typeof GetVariableStatusEnumType)[number];

/** The 11 values of GridEventFaultEnumType (OCPP 2.1), in schema order. */
export const GridEventFaultEnumType = ["CurrentImbalance", "LocalEmergency", "LowInputPower", "OverCurrent", "OverFrequency", "OverVoltage", "PhaseRotation", "RemoteEmergency", "UnderFrequency", "UnderVoltage", "VoltageImbalance"] as const;
/** One of the 11 values of GridEventFaultEnumType. */
export type GridEventFaultEnumType = (typeof GridEventFaultEnumType)[number];

/** The 3 values of HashAlgorithmEnumType (OCPP 2.1), in schema order. */
export const HashAlgorithmEnumType = ["SHA256", "SHA384", "SHA512"] as const;
/** One of the 3 values of HashAlgorithmEnumType. */
export type HashAlgorithmEnumType = (typeof HashAlgorithmEnumType)[number];

/** The 3 values of InstallCertificateStatusEnumType (OCPP 2.1), in schema order. */
export const InstallCertificateStatusEnumType = ["Accepted", "Rejected", "Failed"] as const;
/** One of the 3 values of InstallCertificateStatusEnumType. */
export type InstallCertificateStatusEnumType = (typeof InstallCertificateStatusEnumType)[number];

/** The 5 values of InstallCertificateUseEnumType (OCPP 2.1), in schema order. */
export const InstallCertificateUseEnumType = ["V2GRootCertificate", "MORootCertificate", "ManufacturerRootCertificate", "CSMSRootCertificate", "OEMRootCertificate"] as const;
/** One of the 5 values of InstallCertificateUseEnumType. */
export type InstallCertificateUseEnumType = (typeof InstallCertificateUseEnumType)[number];

/** The 15 values of IslandingDetectionEnumType (OCPP 2.1), in schema order. */
export const IslandingDetectionEnumType = ["NoAntiIslandingSupport", "RoCoF", "UVP_OVP", "UFP_OFP", "VoltageVectorShift", "ZeroCrossingDetection", "OtherPassive", "ImpedanceMeasurement", "ImpedanceAtFrequency", "SlipModeFrequencyShift", "SandiaFrequencyShift", "SandiaVoltageShift", "FrequencyJump", "RCLQFactor", "OtherActive"] as const;
/** One of the 15 values of IslandingDetectionEnumType. */
export type IslandingDetectionEnumType = (typeof IslandingDetectionEnumType)[number];

/** The 2 values of Iso15118EVCertificateStatusEnumType (OCPP 2.1), in schema order. */
export const Iso15118EVCertificateStatusEnumType = ["Accepted", "Failed"] as const;
/** One of the 2 values of Iso15118EVCertificateStatusEnumType. */
export type Iso15118EVCertificateStatusEnumType = (typeof Iso15118EVCertificateStatusEnumType)[number];

/** The 6 values of LocationEnumType (OCPP 2.1), in schema order. */
export const LocationEnumType = ["Body", "Cable", "EV", "Inlet", "Outlet", "Upstream"] as const;
/** One of the 6 values of LocationEnumType. */
export type LocationEnumType = (typeof LocationEnumType)[number];

/** The 3 values of LogEnumType (OCPP 2.1), in schema order. */
export const LogEnumType = ["DiagnosticsLog", "SecurityLog", "DataCollectorLog"] as const;
/** One of the 3 values of LogEnumType. */
export type LogEnumType = (typeof LogEnumType)[number];

/** The 3 values of LogStatusEnumType (OCPP 2.1), in schema order. */
export const LogStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled"] as const;
/** One of the 3 values of LogStatusEnumType. */
export type LogStatusEnumType = (typeof LogStatusEnumType)[number];

/** The 56 values of MeasurandEnumType (OCPP 2.1), in schema order. */
export const MeasurandEnumType = ["Current.Export", "Current.Export.Offered", "Current.Export.Minimum", "Current.Import", "Current.Import.Offered", "Current.Import.Minimum", "Current.Offered", "Display.PresentSOC", "Display.MinimumSOC", "Display.TargetSOC", "Display.MaximumSOC", "Display.RemainingTimeToMinimumSOC", "Display.RemainingTimeToTargetSOC", "Display.RemainingTimeToMaximumSOC", "Display.ChargingComplete", "Display.BatteryEnergyCapacity", "Display.InletHot", "Energy.Active.Export.Interval", "Energy.Active.Export.Register", "Energy.Active.Import.Interval", "Energy.Active.Import.Register", "Energy.Active.Import.CableLoss", "Energy.Active.Import.LocalGeneration.Register", "Energy.Active.Net", "Energy.Active.Setpoint.Interval", "Energy.Apparent.Export", "Energy.Apparent.Import", "Energy.Apparent.Net", "Energy.Reactive.Export.Interval", "Energy.Reactive.Export.Register", "Energy.Reactive.Import.Interval", "Energy.Reactive.Import.Register", "Energy.Reactive.Net", "EnergyRequest.Target", "EnergyRequest.Minimum", "EnergyRequest.Maximum", "EnergyRequest.Minimum.V2X", "EnergyRequest.Maximum.V2X", "EnergyRequest.Bulk", "Frequency", "Power.Active.Export", "Power.Active.Import", "Power.Active.Setpoint", "Power.Active.Residual", "Power.Export.Minimum", "Power.Export.Offered", "Power.Factor", "Power.Import.Offered", "Power.Import.Minimum", "Power.Offered", "Power.Reactive.Export", "Power.Reactive.Import", "SoC", "Voltage", "Voltage.Minimum", "Voltage.Maximum"] as const;
/** One of the 56 values of MeasurandEnumType. */
export type MeasurandEnumType = (typeof MeasurandEnumType)[number];

/** The 5 values of MessageFormatEnumType (OCPP 2.1), in schema order. */
export const MessageFormatEnumType = ["ASCII", "HTML", "URI", "UTF8", "QRCODE"] as const;
/** One of the 5 values of MessageFormatEnumType. */
export type MessageFormatEnumType = (typeof MessageFormatEnumType)[number];

/** The 3 values of MessagePriorityEnumType (OCPP 2.1), in schema order. */
export const MessagePriorityEnumType = ["AlwaysFront", "InFront", "NormalCycle"] as const;
/** One of the 3 values of MessagePriorityEnumType. */
export type MessagePriorityEnumType = (typeof MessagePriorityEnumType)[number];

/** The 6 values of MessageStateEnumType (OCPP 2.1), in schema order. */
export const MessageStateEnumType = ["Charging", "Faulted", "Idle", "Unavailable", "Suspended", "Discharging"] as const;
/** One of the 6 values of MessageStateEnumType. */
export type MessageStateEnumType = (typeof MessageStateEnumType)[number];

/** The 13 values of MessageTriggerEnumType (OCPP 2.1), in schema order. */
export const MessageTriggerEnumType = ["BootNotification", "LogStatusNotification", "FirmwareStatusNotification", "Heartbeat", "MeterValues", "SignChargingStationCertificate", "SignV2GCertificate", "SignV2G20Certificate", "StatusNotification", "TransactionEvent", "SignCombinedCertificate", "PublishFirmwareStatusNotification", "CustomTrigger"] as const;
/** One of the 13 values of MessageTriggerEnumType. */
export type MessageTriggerEnumType = (typeof MessageTriggerEnumType)[number];

/** The 2 values of MobilityNeedsModeEnumType (OCPP 2.1), in schema order. */
export const MobilityNeedsModeEnumType = ["EVCC", "EVCC_SECC"] as const;
/** One of the 2 values of MobilityNeedsModeEnumType. */
export type MobilityNeedsModeEnumType = (typeof MobilityNeedsModeEnumType)[number];

/** The 7 values of MonitorEnumType (OCPP 2.1), in schema order. */
export const MonitorEnumType = ["UpperThreshold", "LowerThreshold", "Delta", "Periodic", "PeriodicClockAligned", "TargetDelta", "TargetDeltaRelative"] as const;
/** One of the 7 values of MonitorEnumType. */
export type MonitorEnumType = (typeof MonitorEnumType)[number];

/** The 3 values of MonitoringBaseEnumType (OCPP 2.1), in schema order. */
export const MonitoringBaseEnumType = ["All", "FactoryDefault", "HardWiredOnly"] as const;
/** One of the 3 values of MonitoringBaseEnumType. */
export type MonitoringBaseEnumType = (typeof MonitoringBaseEnumType)[number];

/** The 3 values of MonitoringCriterionEnumType (OCPP 2.1), in schema order. */
export const MonitoringCriterionEnumType = ["ThresholdMonitoring", "DeltaMonitoring", "PeriodicMonitoring"] as const;
/** One of the 3 values of MonitoringCriterionEnumType. */
export type MonitoringCriterionEnumType = (typeof MonitoringCriterionEnumType)[number];

/** The 3 values of MutabilityEnumType (OCPP 2.1), in schema order. */
export const MutabilityEnumType = ["ReadOnly", "WriteOnly", "ReadWrite"] as const;
/** One of the 3 values of MutabilityEnumType. */
export type MutabilityEnumType = (typeof MutabilityEnumType)[number];

/** The 2 values of NotifyAllowedEnergyTransferStatusEnumType (OCPP 2.1), in schema order. */
export const NotifyAllowedEnergyTransferStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of NotifyAllowedEnergyTransferStatusEnumType. */
export type NotifyAllowedEnergyTransferStatusEnumType = (typeof NotifyAllowedEnergyTransferStatusEnumType)[number];

/** The 4 values of NotifyEVChargingNeedsStatusEnumType (OCPP 2.1), in schema order. */
export const NotifyEVChargingNeedsStatusEnumType = ["Accepted", "Rejected", "Processing", "NoChargingProfile"] as const;
/** One of the 4 values of NotifyEVChargingNeedsStatusEnumType. */
export type NotifyEVChargingNeedsStatusEnumType = (typeof NotifyEVChargingNeedsStatusEnumType)[number];

/** The 9 values of OCPPInterfaceEnumType (OCPP 2.1), in schema order. */
export const OCPPInterfaceEnumType = ["Wired0", "Wired1", "Wired2", "Wired3", "Wireless0", "Wireless1", "Wireless2", "Wireless3", "Any"] as const;
/** One of the 9 values of OCPPInterfaceEnumType. */
export type OCPPInterfaceEnumType = (typeof OCPPInterfaceEnumType)[number];

/** The 2 values of OCPPTransportEnumType (OCPP 2.1), in schema order. */
export const OCPPTransportEnumType = ["SOAP", "JSON"] as const;
/** One of the 2 values of OCPPTransportEnumType. */
export type OCPPTransportEnumType = (typeof OCPPTransportEnumType)[number];

/** The 6 values of OCPPVersionEnumType (OCPP 2.1), in schema order. */
export const OCPPVersionEnumType = ["OCPP12", "OCPP15", "OCPP16", "OCPP20", "OCPP201", "OCPP21"] as const;
/** One of the 6 values of OCPPVersionEnumType. */
export type OCPPVersionEnumType = (typeof OCPPVersionEnumType)[number];

/** The 8 values of OperationModeEnumType (OCPP 2.1), in schema order. */
export const OperationModeEnumType = ["Idle", "ChargingOnly", "CentralSetpoint", "ExternalSetpoint", "ExternalLimits", "CentralFrequency", "LocalFrequency", "LocalLoadBalancing"] as const;
/** One of the 8 values of OperationModeEnumType. */
export type OperationModeEnumType = (typeof OperationModeEnumType)[number];

/** The 2 values of OperationalStatusEnumType (OCPP 2.1), in schema order. */
export const OperationalStatusEnumType = ["Inoperative", "Operative"] as const;
/** One of the 2 values of OperationalStatusEnumType. */
export type OperationalStatusEnumType = (typeof OperationalStatusEnumType)[number];

/** The 4 values of PaymentStatusEnumType (OCPP 2.1), in schema order. */
export const PaymentStatusEnumType = ["Settled", "Canceled", "Rejected", "Failed"] as const;
/** One of the 4 values of PaymentStatusEnumType. */
export type PaymentStatusEnumType = (typeof PaymentStatusEnumType)[number];

/** The 10 values of PhaseEnumType (OCPP 2.1), in schema order. */
export const PhaseEnumType = ["L1", "L2", "L3", "N", "L1-N", "L2-N", "L3-N", "L1-L2", "L2-L3", "L3-L1"] as const;
/** One of the 10 values of PhaseEnumType. */
export type PhaseEnumType = (typeof PhaseEnumType)[number];

/** The 2 values of PowerDuringCessationEnumType (OCPP 2.1), in schema order. */
export const PowerDuringCessationEnumType = ["Active", "Reactive"] as const;
/** One of the 2 values of PowerDuringCessationEnumType. */
export type PowerDuringCessationEnumType = (typeof PowerDuringCessationEnumType)[number];

/** The 4 values of PreconditioningStatusEnumType (OCPP 2.1), in schema order. */
export const PreconditioningStatusEnumType = ["Unknown", "Ready", "NotReady", "Preconditioning"] as const;
/** One of the 4 values of PreconditioningStatusEnumType. */
export type PreconditioningStatusEnumType = (typeof PreconditioningStatusEnumType)[number];

/** The 3 values of PriorityChargingStatusEnumType (OCPP 2.1), in schema order. */
export const PriorityChargingStatusEnumType = ["Accepted", "Rejected", "NoProfile"] as const;
/** One of the 3 values of PriorityChargingStatusEnumType. */
export type PriorityChargingStatusEnumType = (typeof PriorityChargingStatusEnumType)[number];

/** The 10 values of PublishFirmwareStatusEnumType (OCPP 2.1), in schema order. */
export const PublishFirmwareStatusEnumType = ["Idle", "DownloadScheduled", "Downloading", "Downloaded", "Published", "DownloadFailed", "DownloadPaused", "InvalidChecksum", "ChecksumVerified", "PublishFailed"] as const;
/** One of the 10 values of PublishFirmwareStatusEnumType. */
export type PublishFirmwareStatusEnumType = (typeof PublishFirmwareStatusEnumType)[number];

/** The 8 values of ReadingContextEnumType (OCPP 2.1), in schema order. */
export const ReadingContextEnumType = ["Interruption.Begin", "Interruption.End", "Other", "Sample.Clock", "Sample.Periodic", "Transaction.Begin", "Transaction.End", "Trigger"] as const;
/** One of the 8 values of ReadingContextEnumType. */
export type ReadingContextEnumType = (typeof ReadingContextEnumType)[number];

/** The 20 values of ReasonEnumType (OCPP 2.1), in schema order. */
export const ReasonEnumType = ["DeAuthorized", "EmergencyStop", "EnergyLimitReached", "EVDisconnected", "GroundFault", "ImmediateReset", "MasterPass", "Local", "LocalOutOfCredit", "Other", "OvercurrentFault", "PowerLoss", "PowerQuality", "Reboot", "Remote", "SOCLimitReached", "StoppedByEV", "TimeLimitReached", "Timeout", "ReqEnergyTransferRejected"] as const;
/** One of the 20 values of ReasonEnumType. */
export type ReasonEnumType = (typeof ReasonEnumType)[number];

/** The 2 values of RecurrencyKindEnumType (OCPP 2.1), in schema order. */
export const RecurrencyKindEnumType = ["Daily", "Weekly"] as const;
/** One of the 2 values of RecurrencyKindEnumType. */
export type RecurrencyKindEnumType = (typeof RecurrencyKindEnumType)[number];

/** The 3 values of RegistrationStatusEnumType (OCPP 2.1), in schema order. */
export const RegistrationStatusEnumType = ["Accepted", "Pending", "Rejected"] as const;
/** One of the 3 values of RegistrationStatusEnumType. */
export type RegistrationStatusEnumType = (typeof RegistrationStatusEnumType)[number];

/** The 3 values of ReportBaseEnumType (OCPP 2.1), in schema order. */
export const ReportBaseEnumType = ["ConfigurationInventory", "FullInventory", "SummaryInventory"] as const;
/** One of the 3 values of ReportBaseEnumType. */
export type ReportBaseEnumType = (typeof ReportBaseEnumType)[number];

/** The 2 values of RequestStartStopStatusEnumType (OCPP 2.1), in schema order. */
export const RequestStartStopStatusEnumType = ["Accepted", "Rejected"] as const;
/** One of the 2 values of RequestStartStopStatusEnumType. */
export type RequestStartStopStatusEnumType = (typeof RequestStartStopStatusEnumType)[number];

/** The 3 values of ReservationUpdateStatusEnumType (OCPP 2.1), in schema order. */
export const ReservationUpdateStatusEnumType = ["Expired", "Removed", "NoTransaction"] as const;
/** One of the 3 values of ReservationUpdateStatusEnumType. */
export type ReservationUpdateStatusEnumType = (typeof ReservationUpdateStatusEnumType)[number];

/** The 5 values of ReserveNowStatusEnumType (OCPP 2.1), in schema order. */
export const ReserveNowStatusEnumType = ["Accepted", "Faulted", "Occupied", "Rejected", "Unavailable"] as const;
/** One of the 5 values of ReserveNowStatusEnumType. */
export type ReserveNowStatusEnumType = (typeof ReserveNowStatusEnumType)[number];

/** The 3 values of ResetEnumType (OCPP 2.1), in schema order. */
export const ResetEnumType = ["Immediate", "OnIdle", "ImmediateAndResume"] as const;
/** One of the 3 values of ResetEnumType. */
export type ResetEnumType = (typeof ResetEnumType)[number];

/** The 3 values of ResetStatusEnumType (OCPP 2.1), in schema order. */
export const ResetStatusEnumType = ["Accepted", "Rejected", "Scheduled"] as const;
/** One of the 3 values of ResetStatusEnumType. */
export type ResetStatusEnumType = (typeof ResetStatusEnumType)[number];

/** The 3 values of SendLocalListStatusEnumType (OCPP 2.1), in schema order. */
export const SendLocalListStatusEnumType = ["Accepted", "Failed", "VersionMismatch"] as const;
/** One of the 3 values of SendLocalListStatusEnumType. */
export type SendLocalListStatusEnumType = (typeof SendLocalListStatusEnumType)[number];

/** The 6 values of SetMonitoringStatusEnumType (OCPP 2.1), in schema order. */
export const SetMonitoringStatusEnumType = ["Accepted", "UnknownComponent", "UnknownVariable", "UnsupportedMonitorType", "Rejected", "Duplicate"] as const;
/** One of the 6 values of SetMonitoringStatusEnumType. */
export type SetMonitoringStatusEnumType = (typeof SetMonitoringStatusEnumType)[number];

/** The 3 values of SetNetworkProfileStatusEnumType (OCPP 2.1), in schema order. */
export const SetNetworkProfileStatusEnumType = ["Accepted", "Rejected", "Failed"] as const;
/** One of the 3 values of SetNetworkProfileStatusEnumType. */
export type SetNetworkProfileStatusEnumType = (typeof SetNetworkProfileStatusEnumType)[number];

/** The 6 values of SetVariableStatusEnumType (OCPP 2.1), in schema order. */
export const SetVariableStatusEnumType = ["Accepted", "Rejected", "UnknownComponent", "UnknownVariable", "NotSupportedAttributeType", "RebootRequired"] as const;
/** One of the 6 values of SetVariableStatusEnumType. */
export type SetVariableStatusEnumType = (typeof SetVariableStatusEnumType)[number];

/** The 6 values of TariffChangeStatusEnumType (OCPP 2.1), in schema order. */
export const TariffChangeStatusEnumType = ["Accepted", "Rejected", "TooManyElements", "ConditionNotSupported", "TxNotFound", "NoCurrencyChange"] as const;
/** One of the 6 values of TariffChangeStatusEnumType. */
export type TariffChangeStatusEnumType = (typeof TariffChangeStatusEnumType)[number];

/** The 3 values of TariffClearStatusEnumType (OCPP 2.1), in schema order. */
export const TariffClearStatusEnumType = ["Accepted", "Rejected", "NoTariff"] as const;
/** One of the 3 values of TariffClearStatusEnumType. */
export type TariffClearStatusEnumType = (typeof TariffClearStatusEnumType)[number];

/** The 3 values of TariffCostEnumType (OCPP 2.1), in schema order. */
export const TariffCostEnumType = ["NormalCost", "MinCost", "MaxCost"] as const;
/** One of the 3 values of TariffCostEnumType. */
export type TariffCostEnumType = (typeof TariffCostEnumType)[number];

/** The 3 values of TariffGetStatusEnumType (OCPP 2.1), in schema order. */
export const TariffGetStatusEnumType = ["Accepted", "Rejected", "NoTariff"] as const;
/** One of the 3 values of TariffGetStatusEnumType. */
export type TariffGetStatusEnumType = (typeof TariffGetStatusEnumType)[number];

/** The 2 values of TariffKindEnumType (OCPP 2.1), in schema order. */
export const TariffKindEnumType = ["DefaultTariff", "DriverTariff"] as const;
/** One of the 2 values of TariffKindEnumType. */
export type TariffKindEnumType = (typeof TariffKindEnumType)[number];

/** The 5 values of TariffSetStatusEnumType (OCPP 2.1), in schema order. */
export const TariffSetStatusEnumType = ["Accepted", "Rejected", "TooManyElements", "ConditionNotSupported", "DuplicateTariffId"] as const;
/** One of the 5 values of TariffSetStatusEnumType. */
export type TariffSetStatusEnumType = (typeof TariffSetStatusEnumType)[number];

/** The 3 values of TransactionEventEnumType (OCPP 2.1), in schema order. */
export const TransactionEventEnumType = ["Ended", "Started", "Updated"] as const;
/** One of the 3 values of TransactionEventEnumType. */
export type TransactionEventEnumType = (typeof TransactionEventEnumType)[number];

/** The 3 values of TriggerMessageStatusEnumType (OCPP 2.1), in schema order. */
export const TriggerMessageStatusEnumType = ["Accepted", "Rejected", "NotImplemented"] as const;
/** One of the 3 values of TriggerMessageStatusEnumType. */
export type TriggerMessageStatusEnumType = (typeof TriggerMessageStatusEnumType)[number];

/** The 29 values of TriggerReasonEnumType (OCPP 2.1), in schema order. */
export const TriggerReasonEnumType = ["AbnormalCondition", "Authorized", "CablePluggedIn", "ChargingRateChanged", "ChargingStateChanged", "CostLimitReached", "Deauthorized", "EnergyLimitReached", "EVCommunicationLost", "EVConnectTimeout", "EVDeparted", "EVDetected", "LimitSet", "MeterValueClock", "MeterValuePeriodic", "OperationModeChanged", "RemoteStart", "RemoteStop", "ResetCommand", "RunningCost", "SignedDataReceived", "SoCLimitReached", "StopAuthorized", "TariffChanged", "TariffNotAccepted", "TimeLimitReached", "Trigger", "TxResumed", "UnlockCommand"] as const;
/** One of the 29 values of TriggerReasonEnumType. */
export type TriggerReasonEnumType = (typeof TriggerReasonEnumType)[number];

/** The 4 values of UnlockStatusEnumType (OCPP 2.1), in schema order. */
export const UnlockStatusEnumType = ["Unlocked", "UnlockFailed", "OngoingAuthorizedTransaction", "UnknownConnector"] as const;
/** One of the 4 values of UnlockStatusEnumType. */
export type UnlockStatusEnumType = (typeof UnlockStatusEnumType)[number];

/** The 3 values of UnpublishFirmwareStatusEnumType (OCPP 2.1), in schema order. */
export const UnpublishFirmwareStatusEnumType = ["DownloadOngoing", "NoFirmware", "Unpublished"] as const;
/** One of the 3 values of UnpublishFirmwareStatusEnumType. */
export type UnpublishFirmwareStatusEnumType = (typeof UnpublishFirmwareStatusEnumType)[number];

/** The 2 values of UpdateEnumType (OCPP 2.1), in schema order. */
export const UpdateEnumType = ["Differential", "Full"] as const;
/** One of the 2 values of UpdateEnumType. */
export type UpdateEnumType = (typeof UpdateEnumType)[number];

/** The 5 values of UpdateFirmwareStatusEnumType (OCPP 2.1), in schema order. */
export const UpdateFirmwareStatusEnumType = ["Accepted", "Rejected", "AcceptedCanceled", "InvalidCertificate", "RevokedCertificate"] as const;
/** One of the 5 values of UpdateFirmwareStatusEnumType. */
export type UpdateFirmwareStatusEnumType = (typeof UpdateFirmwareStatusEnumType)[number];

/** The 8 values of UploadLogStatusEnumType (OCPP 2.1), in schema order. */
export const UploadLogStatusEnumType = ["BadMessage", "Idle", "NotSupportedOperation", "PermissionDenied", "Uploaded", "UploadFailure", "Uploading", "AcceptedCanceled"] as const;
/** One of the 8 values of UploadLogStatusEnumType. */
export type UploadLogStatusEnumType = (typeof UploadLogStatusEnumType)[number];

/** The 4 values of VPNEnumType (OCPP 2.1), in schema order. */
export const VPNEnumType = ["IKEv2", "IPSec", "L2TP", "PPTP"] as const;
/** One of the 4 values of VPNEnumType. */
export type VPNEnumType = (typeof VPNEnumType)[number];
