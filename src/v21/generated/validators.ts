// Generated from the official OCPP 2.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Validators: one per message, one per data type.
/* eslint-disable */
import { Collector, codePoints, isDateTime, isMultipleOf, isUri, pointerToken, type GeneratedValidator } from '../../schema/runtime.js';

const FV = "FormatViolation";
const OCV = "OccurrenceConstraintViolation";
const PCV = "PropertyConstraintViolation";
const TCV = "TypeConstraintViolation";
const REQUIRED = "required";
const NOT_OBJECT = "must be an object";
const NOT_ARRAY = "must be an array";
const NOT_STRING = "must be a string";
const NOT_INTEGER = "must be an integer";
const NOT_NUMBER = "must be a number";
const NOT_BOOLEAN = "must be a boolean";
const NOT_DATE_TIME = "not an RFC 3339 date-time";
const NOT_URI = "not a URI";
const UNKNOWN = "unknown property";

function isAPNAuthenticationEnumType(v: string): boolean {
  switch (v) {
    case "PAP":
    case "CHAP":
    case "NONE":
    case "AUTO":
      return true;
    default:
      return false;
  }
}

function isAttributeEnumType(v: string): boolean {
  switch (v) {
    case "Actual":
    case "Target":
    case "MinSet":
    case "MaxSet":
      return true;
    default:
      return false;
  }
}

function isAuthorizationStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Blocked":
    case "ConcurrentTx":
    case "Expired":
    case "Invalid":
    case "NoCredit":
    case "NotAllowedTypeEVSE":
    case "NotAtThisLocation":
    case "NotAtThisTime":
    case "Unknown":
      return true;
    default:
      return false;
  }
}

function isAuthorizeCertificateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "SignatureError":
    case "CertificateExpired":
    case "CertificateRevoked":
    case "NoCertificateAvailable":
    case "CertChainError":
    case "ContractCancelled":
      return true;
    default:
      return false;
  }
}

function isBatterySwapEventEnumType(v: string): boolean {
  switch (v) {
    case "BatteryIn":
    case "BatteryOut":
    case "BatteryOutTimeout":
      return true;
    default:
      return false;
  }
}

function isBootReasonEnumType(v: string): boolean {
  switch (v) {
    case "ApplicationReset":
    case "FirmwareUpdate":
    case "LocalReset":
    case "PowerUp":
    case "RemoteReset":
    case "ScheduledReset":
    case "Triggered":
    case "Unknown":
    case "Watchdog":
      return true;
    default:
      return false;
  }
}

function isCancelReservationStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isCertificateActionEnumType(v: string): boolean {
  switch (v) {
    case "Install":
    case "Update":
      return true;
    default:
      return false;
  }
}

function isCertificateSignedStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isCertificateSigningUseEnumType(v: string): boolean {
  switch (v) {
    case "ChargingStationCertificate":
    case "V2GCertificate":
    case "V2G20Certificate":
      return true;
    default:
      return false;
  }
}

function isCertificateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Good":
    case "Revoked":
    case "Unknown":
    case "Failed":
      return true;
    default:
      return false;
  }
}

function isCertificateStatusSourceEnumType(v: string): boolean {
  switch (v) {
    case "CRL":
    case "OCSP":
      return true;
    default:
      return false;
  }
}

function isChangeAvailabilityStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Scheduled":
      return true;
    default:
      return false;
  }
}

function isChargingProfileKindEnumType(v: string): boolean {
  switch (v) {
    case "Absolute":
    case "Recurring":
    case "Relative":
    case "Dynamic":
      return true;
    default:
      return false;
  }
}

function isChargingProfilePurposeEnumType(v: string): boolean {
  switch (v) {
    case "ChargingStationExternalConstraints":
    case "ChargingStationMaxProfile":
    case "TxDefaultProfile":
    case "TxProfile":
    case "PriorityCharging":
    case "LocalGeneration":
      return true;
    default:
      return false;
  }
}

function isChargingProfileStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isChargingRateUnitEnumType(v: string): boolean {
  switch (v) {
    case "W":
    case "A":
      return true;
    default:
      return false;
  }
}

function isChargingStateEnumType(v: string): boolean {
  switch (v) {
    case "EVConnected":
    case "Charging":
    case "SuspendedEV":
    case "SuspendedEVSE":
    case "Idle":
      return true;
    default:
      return false;
  }
}

function isClearCacheStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isClearChargingProfileStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Unknown":
      return true;
    default:
      return false;
  }
}

function isClearMessageStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Unknown":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isClearMonitoringStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NotFound":
      return true;
    default:
      return false;
  }
}

function isComponentCriterionEnumType(v: string): boolean {
  switch (v) {
    case "Active":
    case "Available":
    case "Enabled":
    case "Problem":
      return true;
    default:
      return false;
  }
}

function isConnectorStatusEnumType(v: string): boolean {
  switch (v) {
    case "Available":
    case "Occupied":
    case "Reserved":
    case "Unavailable":
    case "Faulted":
      return true;
    default:
      return false;
  }
}

function isControlModeEnumType(v: string): boolean {
  switch (v) {
    case "ScheduledControl":
    case "DynamicControl":
      return true;
    default:
      return false;
  }
}

function isCostDimensionEnumType(v: string): boolean {
  switch (v) {
    case "Energy":
    case "MaxCurrent":
    case "MinCurrent":
    case "MaxPower":
    case "MinPower":
    case "IdleTIme":
    case "ChargingTime":
      return true;
    default:
      return false;
  }
}

function isCostKindEnumType(v: string): boolean {
  switch (v) {
    case "CarbonDioxideEmission":
    case "RelativePricePercentage":
    case "RenewableGenerationPercentage":
      return true;
    default:
      return false;
  }
}

function isCustomerInformationStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Invalid":
      return true;
    default:
      return false;
  }
}

function isDERControlEnumType(v: string): boolean {
  switch (v) {
    case "EnterService":
    case "FreqDroop":
    case "FreqWatt":
    case "FixedPFAbsorb":
    case "FixedPFInject":
    case "FixedVar":
    case "Gradients":
    case "HFMustTrip":
    case "HFMayTrip":
    case "HVMustTrip":
    case "HVMomCess":
    case "HVMayTrip":
    case "LimitMaxDischarge":
    case "LFMustTrip":
    case "LVMustTrip":
    case "LVMomCess":
    case "LVMayTrip":
    case "PowerMonitoringMustTrip":
    case "VoltVar":
    case "VoltWatt":
    case "WattPF":
    case "WattVar":
      return true;
    default:
      return false;
  }
}

function isDERControlStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NotSupported":
    case "NotFound":
      return true;
    default:
      return false;
  }
}

function isDERUnitEnumType(v: string): boolean {
  switch (v) {
    case "Not_Applicable":
    case "PctMaxW":
    case "PctMaxVar":
    case "PctWAvail":
    case "PctVarAvail":
    case "PctEffectiveV":
      return true;
    default:
      return false;
  }
}

function isDataEnumType(v: string): boolean {
  switch (v) {
    case "string":
    case "decimal":
    case "integer":
    case "dateTime":
    case "boolean":
    case "OptionList":
    case "SequenceList":
    case "MemberList":
      return true;
    default:
      return false;
  }
}

function isDataTransferStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "UnknownMessageId":
    case "UnknownVendorId":
      return true;
    default:
      return false;
  }
}

function isDayOfWeekEnumType(v: string): boolean {
  switch (v) {
    case "Monday":
    case "Tuesday":
    case "Wednesday":
    case "Thursday":
    case "Friday":
    case "Saturday":
    case "Sunday":
      return true;
    default:
      return false;
  }
}

function isDeleteCertificateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Failed":
    case "NotFound":
      return true;
    default:
      return false;
  }
}

function isDisplayMessageStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "NotSupportedMessageFormat":
    case "Rejected":
    case "NotSupportedPriority":
    case "NotSupportedState":
    case "UnknownTransaction":
    case "LanguageNotSupported":
      return true;
    default:
      return false;
  }
}

function isEnergyTransferModeEnumType(v: string): boolean {
  switch (v) {
    case "AC_single_phase":
    case "AC_two_phase":
    case "AC_three_phase":
    case "DC":
    case "AC_BPT":
    case "AC_BPT_DER":
    case "AC_DER":
    case "DC_BPT":
    case "DC_ACDP":
    case "DC_ACDP_BPT":
    case "WPT":
      return true;
    default:
      return false;
  }
}

function isEventNotificationEnumType(v: string): boolean {
  switch (v) {
    case "HardWiredNotification":
    case "HardWiredMonitor":
    case "PreconfiguredMonitor":
    case "CustomMonitor":
      return true;
    default:
      return false;
  }
}

function isEventTriggerEnumType(v: string): boolean {
  switch (v) {
    case "Alerting":
    case "Delta":
    case "Periodic":
      return true;
    default:
      return false;
  }
}

function isEvseKindEnumType(v: string): boolean {
  switch (v) {
    case "AC":
    case "DC":
      return true;
    default:
      return false;
  }
}

function isFirmwareStatusEnumType(v: string): boolean {
  switch (v) {
    case "Downloaded":
    case "DownloadFailed":
    case "Downloading":
    case "DownloadScheduled":
    case "DownloadPaused":
    case "Idle":
    case "InstallationFailed":
    case "Installing":
    case "Installed":
    case "InstallRebooting":
    case "InstallScheduled":
    case "InstallVerificationFailed":
    case "InvalidSignature":
    case "SignatureVerified":
      return true;
    default:
      return false;
  }
}

function isGenericDeviceModelStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NotSupported":
    case "EmptyResultSet":
      return true;
    default:
      return false;
  }
}

function isGenericStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isGetCertificateIdUseEnumType(v: string): boolean {
  switch (v) {
    case "V2GRootCertificate":
    case "MORootCertificate":
    case "CSMSRootCertificate":
    case "V2GCertificateChain":
    case "ManufacturerRootCertificate":
    case "OEMRootCertificate":
      return true;
    default:
      return false;
  }
}

function isGetCertificateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Failed":
      return true;
    default:
      return false;
  }
}

function isGetChargingProfileStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "NoProfiles":
      return true;
    default:
      return false;
  }
}

function isGetDisplayMessagesStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Unknown":
      return true;
    default:
      return false;
  }
}

function isGetInstalledCertificateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "NotFound":
      return true;
    default:
      return false;
  }
}

function isGetVariableStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "UnknownComponent":
    case "UnknownVariable":
    case "NotSupportedAttributeType":
      return true;
    default:
      return false;
  }
}

function isGridEventFaultEnumType(v: string): boolean {
  switch (v) {
    case "CurrentImbalance":
    case "LocalEmergency":
    case "LowInputPower":
    case "OverCurrent":
    case "OverFrequency":
    case "OverVoltage":
    case "PhaseRotation":
    case "RemoteEmergency":
    case "UnderFrequency":
    case "UnderVoltage":
    case "VoltageImbalance":
      return true;
    default:
      return false;
  }
}

function isHashAlgorithmEnumType(v: string): boolean {
  switch (v) {
    case "SHA256":
    case "SHA384":
    case "SHA512":
      return true;
    default:
      return false;
  }
}

function isInstallCertificateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Failed":
      return true;
    default:
      return false;
  }
}

function isInstallCertificateUseEnumType(v: string): boolean {
  switch (v) {
    case "V2GRootCertificate":
    case "MORootCertificate":
    case "ManufacturerRootCertificate":
    case "CSMSRootCertificate":
    case "OEMRootCertificate":
      return true;
    default:
      return false;
  }
}

function isIslandingDetectionEnumType(v: string): boolean {
  switch (v) {
    case "NoAntiIslandingSupport":
    case "RoCoF":
    case "UVP_OVP":
    case "UFP_OFP":
    case "VoltageVectorShift":
    case "ZeroCrossingDetection":
    case "OtherPassive":
    case "ImpedanceMeasurement":
    case "ImpedanceAtFrequency":
    case "SlipModeFrequencyShift":
    case "SandiaFrequencyShift":
    case "SandiaVoltageShift":
    case "FrequencyJump":
    case "RCLQFactor":
    case "OtherActive":
      return true;
    default:
      return false;
  }
}

function isIso15118EVCertificateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Failed":
      return true;
    default:
      return false;
  }
}

function isLocationEnumType(v: string): boolean {
  switch (v) {
    case "Body":
    case "Cable":
    case "EV":
    case "Inlet":
    case "Outlet":
    case "Upstream":
      return true;
    default:
      return false;
  }
}

function isLogEnumType(v: string): boolean {
  switch (v) {
    case "DiagnosticsLog":
    case "SecurityLog":
    case "DataCollectorLog":
      return true;
    default:
      return false;
  }
}

function isLogStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "AcceptedCanceled":
      return true;
    default:
      return false;
  }
}

function isMeasurandEnumType(v: string): boolean {
  switch (v) {
    case "Current.Export":
    case "Current.Export.Offered":
    case "Current.Export.Minimum":
    case "Current.Import":
    case "Current.Import.Offered":
    case "Current.Import.Minimum":
    case "Current.Offered":
    case "Display.PresentSOC":
    case "Display.MinimumSOC":
    case "Display.TargetSOC":
    case "Display.MaximumSOC":
    case "Display.RemainingTimeToMinimumSOC":
    case "Display.RemainingTimeToTargetSOC":
    case "Display.RemainingTimeToMaximumSOC":
    case "Display.ChargingComplete":
    case "Display.BatteryEnergyCapacity":
    case "Display.InletHot":
    case "Energy.Active.Export.Interval":
    case "Energy.Active.Export.Register":
    case "Energy.Active.Import.Interval":
    case "Energy.Active.Import.Register":
    case "Energy.Active.Import.CableLoss":
    case "Energy.Active.Import.LocalGeneration.Register":
    case "Energy.Active.Net":
    case "Energy.Active.Setpoint.Interval":
    case "Energy.Apparent.Export":
    case "Energy.Apparent.Import":
    case "Energy.Apparent.Net":
    case "Energy.Reactive.Export.Interval":
    case "Energy.Reactive.Export.Register":
    case "Energy.Reactive.Import.Interval":
    case "Energy.Reactive.Import.Register":
    case "Energy.Reactive.Net":
    case "EnergyRequest.Target":
    case "EnergyRequest.Minimum":
    case "EnergyRequest.Maximum":
    case "EnergyRequest.Minimum.V2X":
    case "EnergyRequest.Maximum.V2X":
    case "EnergyRequest.Bulk":
    case "Frequency":
    case "Power.Active.Export":
    case "Power.Active.Import":
    case "Power.Active.Setpoint":
    case "Power.Active.Residual":
    case "Power.Export.Minimum":
    case "Power.Export.Offered":
    case "Power.Factor":
    case "Power.Import.Offered":
    case "Power.Import.Minimum":
    case "Power.Offered":
    case "Power.Reactive.Export":
    case "Power.Reactive.Import":
    case "SoC":
    case "Voltage":
    case "Voltage.Minimum":
    case "Voltage.Maximum":
      return true;
    default:
      return false;
  }
}

function isMessageFormatEnumType(v: string): boolean {
  switch (v) {
    case "ASCII":
    case "HTML":
    case "URI":
    case "UTF8":
    case "QRCODE":
      return true;
    default:
      return false;
  }
}

function isMessagePriorityEnumType(v: string): boolean {
  switch (v) {
    case "AlwaysFront":
    case "InFront":
    case "NormalCycle":
      return true;
    default:
      return false;
  }
}

function isMessageStateEnumType(v: string): boolean {
  switch (v) {
    case "Charging":
    case "Faulted":
    case "Idle":
    case "Unavailable":
    case "Suspended":
    case "Discharging":
      return true;
    default:
      return false;
  }
}

function isMessageTriggerEnumType(v: string): boolean {
  switch (v) {
    case "BootNotification":
    case "LogStatusNotification":
    case "FirmwareStatusNotification":
    case "Heartbeat":
    case "MeterValues":
    case "SignChargingStationCertificate":
    case "SignV2GCertificate":
    case "SignV2G20Certificate":
    case "StatusNotification":
    case "TransactionEvent":
    case "SignCombinedCertificate":
    case "PublishFirmwareStatusNotification":
    case "CustomTrigger":
      return true;
    default:
      return false;
  }
}

function isMobilityNeedsModeEnumType(v: string): boolean {
  switch (v) {
    case "EVCC":
    case "EVCC_SECC":
      return true;
    default:
      return false;
  }
}

function isMonitorEnumType(v: string): boolean {
  switch (v) {
    case "UpperThreshold":
    case "LowerThreshold":
    case "Delta":
    case "Periodic":
    case "PeriodicClockAligned":
    case "TargetDelta":
    case "TargetDeltaRelative":
      return true;
    default:
      return false;
  }
}

function isMonitoringBaseEnumType(v: string): boolean {
  switch (v) {
    case "All":
    case "FactoryDefault":
    case "HardWiredOnly":
      return true;
    default:
      return false;
  }
}

function isMonitoringCriterionEnumType(v: string): boolean {
  switch (v) {
    case "ThresholdMonitoring":
    case "DeltaMonitoring":
    case "PeriodicMonitoring":
      return true;
    default:
      return false;
  }
}

function isMutabilityEnumType(v: string): boolean {
  switch (v) {
    case "ReadOnly":
    case "WriteOnly":
    case "ReadWrite":
      return true;
    default:
      return false;
  }
}

function isNotifyAllowedEnergyTransferStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isNotifyEVChargingNeedsStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Processing":
    case "NoChargingProfile":
      return true;
    default:
      return false;
  }
}

function isOCPPInterfaceEnumType(v: string): boolean {
  switch (v) {
    case "Wired0":
    case "Wired1":
    case "Wired2":
    case "Wired3":
    case "Wireless0":
    case "Wireless1":
    case "Wireless2":
    case "Wireless3":
    case "Any":
      return true;
    default:
      return false;
  }
}

function isOCPPTransportEnumType(v: string): boolean {
  switch (v) {
    case "SOAP":
    case "JSON":
      return true;
    default:
      return false;
  }
}

function isOCPPVersionEnumType(v: string): boolean {
  switch (v) {
    case "OCPP12":
    case "OCPP15":
    case "OCPP16":
    case "OCPP20":
    case "OCPP201":
    case "OCPP21":
      return true;
    default:
      return false;
  }
}

function isOperationModeEnumType(v: string): boolean {
  switch (v) {
    case "Idle":
    case "ChargingOnly":
    case "CentralSetpoint":
    case "ExternalSetpoint":
    case "ExternalLimits":
    case "CentralFrequency":
    case "LocalFrequency":
    case "LocalLoadBalancing":
      return true;
    default:
      return false;
  }
}

function isOperationalStatusEnumType(v: string): boolean {
  switch (v) {
    case "Inoperative":
    case "Operative":
      return true;
    default:
      return false;
  }
}

function isPaymentStatusEnumType(v: string): boolean {
  switch (v) {
    case "Settled":
    case "Canceled":
    case "Rejected":
    case "Failed":
      return true;
    default:
      return false;
  }
}

function isPhaseEnumType(v: string): boolean {
  switch (v) {
    case "L1":
    case "L2":
    case "L3":
    case "N":
    case "L1-N":
    case "L2-N":
    case "L3-N":
    case "L1-L2":
    case "L2-L3":
    case "L3-L1":
      return true;
    default:
      return false;
  }
}

function isPowerDuringCessationEnumType(v: string): boolean {
  switch (v) {
    case "Active":
    case "Reactive":
      return true;
    default:
      return false;
  }
}

function isPreconditioningStatusEnumType(v: string): boolean {
  switch (v) {
    case "Unknown":
    case "Ready":
    case "NotReady":
    case "Preconditioning":
      return true;
    default:
      return false;
  }
}

function isPriorityChargingStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NoProfile":
      return true;
    default:
      return false;
  }
}

function isPublishFirmwareStatusEnumType(v: string): boolean {
  switch (v) {
    case "Idle":
    case "DownloadScheduled":
    case "Downloading":
    case "Downloaded":
    case "Published":
    case "DownloadFailed":
    case "DownloadPaused":
    case "InvalidChecksum":
    case "ChecksumVerified":
    case "PublishFailed":
      return true;
    default:
      return false;
  }
}

function isReadingContextEnumType(v: string): boolean {
  switch (v) {
    case "Interruption.Begin":
    case "Interruption.End":
    case "Other":
    case "Sample.Clock":
    case "Sample.Periodic":
    case "Transaction.Begin":
    case "Transaction.End":
    case "Trigger":
      return true;
    default:
      return false;
  }
}

function isReasonEnumType(v: string): boolean {
  switch (v) {
    case "DeAuthorized":
    case "EmergencyStop":
    case "EnergyLimitReached":
    case "EVDisconnected":
    case "GroundFault":
    case "ImmediateReset":
    case "MasterPass":
    case "Local":
    case "LocalOutOfCredit":
    case "Other":
    case "OvercurrentFault":
    case "PowerLoss":
    case "PowerQuality":
    case "Reboot":
    case "Remote":
    case "SOCLimitReached":
    case "StoppedByEV":
    case "TimeLimitReached":
    case "Timeout":
    case "ReqEnergyTransferRejected":
      return true;
    default:
      return false;
  }
}

function isRecurrencyKindEnumType(v: string): boolean {
  switch (v) {
    case "Daily":
    case "Weekly":
      return true;
    default:
      return false;
  }
}

function isRegistrationStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Pending":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isReportBaseEnumType(v: string): boolean {
  switch (v) {
    case "ConfigurationInventory":
    case "FullInventory":
    case "SummaryInventory":
      return true;
    default:
      return false;
  }
}

function isRequestStartStopStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isReservationUpdateStatusEnumType(v: string): boolean {
  switch (v) {
    case "Expired":
    case "Removed":
    case "NoTransaction":
      return true;
    default:
      return false;
  }
}

function isReserveNowStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Faulted":
    case "Occupied":
    case "Rejected":
    case "Unavailable":
      return true;
    default:
      return false;
  }
}

function isResetEnumType(v: string): boolean {
  switch (v) {
    case "Immediate":
    case "OnIdle":
    case "ImmediateAndResume":
      return true;
    default:
      return false;
  }
}

function isResetStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Scheduled":
      return true;
    default:
      return false;
  }
}

function isSendLocalListStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Failed":
    case "VersionMismatch":
      return true;
    default:
      return false;
  }
}

function isSetMonitoringStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "UnknownComponent":
    case "UnknownVariable":
    case "UnsupportedMonitorType":
    case "Rejected":
    case "Duplicate":
      return true;
    default:
      return false;
  }
}

function isSetNetworkProfileStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Failed":
      return true;
    default:
      return false;
  }
}

function isSetVariableStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "UnknownComponent":
    case "UnknownVariable":
    case "NotSupportedAttributeType":
    case "RebootRequired":
      return true;
    default:
      return false;
  }
}

function isTariffChangeStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "TooManyElements":
    case "ConditionNotSupported":
    case "TxNotFound":
    case "NoCurrencyChange":
      return true;
    default:
      return false;
  }
}

function isTariffClearStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NoTariff":
      return true;
    default:
      return false;
  }
}

function isTariffCostEnumType(v: string): boolean {
  switch (v) {
    case "NormalCost":
    case "MinCost":
    case "MaxCost":
      return true;
    default:
      return false;
  }
}

function isTariffGetStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NoTariff":
      return true;
    default:
      return false;
  }
}

function isTariffKindEnumType(v: string): boolean {
  switch (v) {
    case "DefaultTariff":
    case "DriverTariff":
      return true;
    default:
      return false;
  }
}

function isTariffSetStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "TooManyElements":
    case "ConditionNotSupported":
    case "DuplicateTariffId":
      return true;
    default:
      return false;
  }
}

function isTransactionEventEnumType(v: string): boolean {
  switch (v) {
    case "Ended":
    case "Started":
    case "Updated":
      return true;
    default:
      return false;
  }
}

function isTriggerMessageStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NotImplemented":
      return true;
    default:
      return false;
  }
}

function isTriggerReasonEnumType(v: string): boolean {
  switch (v) {
    case "AbnormalCondition":
    case "Authorized":
    case "CablePluggedIn":
    case "ChargingRateChanged":
    case "ChargingStateChanged":
    case "CostLimitReached":
    case "Deauthorized":
    case "EnergyLimitReached":
    case "EVCommunicationLost":
    case "EVConnectTimeout":
    case "EVDeparted":
    case "EVDetected":
    case "LimitSet":
    case "MeterValueClock":
    case "MeterValuePeriodic":
    case "OperationModeChanged":
    case "RemoteStart":
    case "RemoteStop":
    case "ResetCommand":
    case "RunningCost":
    case "SignedDataReceived":
    case "SoCLimitReached":
    case "StopAuthorized":
    case "TariffChanged":
    case "TariffNotAccepted":
    case "TimeLimitReached":
    case "Trigger":
    case "TxResumed":
    case "UnlockCommand":
      return true;
    default:
      return false;
  }
}

function isUnlockStatusEnumType(v: string): boolean {
  switch (v) {
    case "Unlocked":
    case "UnlockFailed":
    case "OngoingAuthorizedTransaction":
    case "UnknownConnector":
      return true;
    default:
      return false;
  }
}

function isUnpublishFirmwareStatusEnumType(v: string): boolean {
  switch (v) {
    case "DownloadOngoing":
    case "NoFirmware":
    case "Unpublished":
      return true;
    default:
      return false;
  }
}

function isUpdateEnumType(v: string): boolean {
  switch (v) {
    case "Differential":
    case "Full":
      return true;
    default:
      return false;
  }
}

function isUpdateFirmwareStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "AcceptedCanceled":
    case "InvalidCertificate":
    case "RevokedCertificate":
      return true;
    default:
      return false;
  }
}

function isUploadLogStatusEnumType(v: string): boolean {
  switch (v) {
    case "BadMessage":
    case "Idle":
    case "NotSupportedOperation":
    case "PermissionDenied":
    case "Uploaded":
    case "UploadFailure":
    case "Uploading":
    case "AcceptedCanceled":
      return true;
    default:
      return false;
  }
}

function isVPNEnumType(v: string): boolean {
  switch (v) {
    case "IKEv2":
    case "IPSec":
    case "L2TP":
    case "PPTP":
      return true;
    default:
      return false;
  }
}

function checkACChargingParametersType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["energyAmount"];
  if (v1 === undefined) { if (c.fail(OCV, "/energyAmount", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/energyAmount", NOT_NUMBER)) return true; }
  }
  const v2 = v["evMinCurrent"];
  if (v2 === undefined) { if (c.fail(OCV, "/evMinCurrent", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/evMinCurrent", NOT_NUMBER)) return true; }
  }
  const v3 = v["evMaxCurrent"];
  if (v3 === undefined) { if (c.fail(OCV, "/evMaxCurrent", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/evMaxCurrent", NOT_NUMBER)) return true; }
  }
  const v4 = v["evMaxVoltage"];
  if (v4 === undefined) { if (c.fail(OCV, "/evMaxVoltage", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/evMaxVoltage", NOT_NUMBER)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "energyAmount" || k6 === "evMinCurrent" || k6 === "evMaxCurrent" || k6 === "evMaxVoltage" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkAPNType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["apn"];
  if (v1 === undefined) { if (c.fail(OCV, "/apn", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/apn", NOT_STRING)) return true; }
    else if (v1.length > 2000 && (v1.length > 4000 || codePoints(v1) > 2000)) { if (c.soft(PCV, "/apn", "longer than maxLength 2000")) return true; }
  }
  const v2 = v["apnUserName"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/apnUserName", NOT_STRING)) return true; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/apnUserName", "longer than maxLength 50")) return true; }
  }
  const v3 = v["apnPassword"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/apnPassword", NOT_STRING)) return true; }
    else if (v3.length > 64 && (v3.length > 128 || codePoints(v3) > 64)) { if (c.soft(PCV, "/apnPassword", "longer than maxLength 64")) return true; }
  }
  const v4 = v["simPin"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/simPin", NOT_INTEGER)) return true; }
  }
  const v5 = v["preferredNetwork"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/preferredNetwork", NOT_STRING)) return true; }
    else if (v5.length > 6 && (v5.length > 12 || codePoints(v5) > 6)) { if (c.soft(PCV, "/preferredNetwork", "longer than maxLength 6")) return true; }
  }
  const v6 = v["useOnlyPreferredNetwork"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/useOnlyPreferredNetwork", NOT_BOOLEAN)) return true; }
  }
  const v7 = v["apnAuthentication"];
  if (v7 === undefined) { if (c.fail(OCV, "/apnAuthentication", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/apnAuthentication", NOT_STRING)) return true; }
    else if (!isAPNAuthenticationEnumType(v7)) { if (c.soft(PCV, "/apnAuthentication", "not a APNAuthenticationEnumType value")) return true; }
  }
  const v8 = v["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "apn" || k9 === "apnUserName" || k9 === "apnPassword" || k9 === "simPin" || k9 === "preferredNetwork" || k9 === "useOnlyPreferredNetwork" || k9 === "apnAuthentication" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkAbsolutePriceScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["timeAnchor"];
  if (v1 === undefined) { if (c.fail(OCV, "/timeAnchor", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/timeAnchor", NOT_STRING)) return true; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/timeAnchor", NOT_DATE_TIME)) return true; }
  }
  const v2 = v["priceScheduleID"];
  if (v2 === undefined) { if (c.fail(OCV, "/priceScheduleID", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/priceScheduleID", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/priceScheduleID", "below minimum 0")) return true; }
    }
  }
  const v3 = v["priceScheduleDescription"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/priceScheduleDescription", NOT_STRING)) return true; }
    else if (v3.length > 160 && (v3.length > 320 || codePoints(v3) > 160)) { if (c.soft(PCV, "/priceScheduleDescription", "longer than maxLength 160")) return true; }
  }
  const v4 = v["currency"];
  if (v4 === undefined) { if (c.fail(OCV, "/currency", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/currency", NOT_STRING)) return true; }
    else if (v4.length > 3 && (v4.length > 6 || codePoints(v4) > 3)) { if (c.soft(PCV, "/currency", "longer than maxLength 3")) return true; }
  }
  const v5 = v["language"];
  if (v5 === undefined) { if (c.fail(OCV, "/language", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/language", NOT_STRING)) return true; }
    else if (v5.length > 8 && (v5.length > 16 || codePoints(v5) > 8)) { if (c.soft(PCV, "/language", "longer than maxLength 8")) return true; }
  }
  const v6 = v["priceAlgorithm"];
  if (v6 === undefined) { if (c.fail(OCV, "/priceAlgorithm", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/priceAlgorithm", NOT_STRING)) return true; }
    else if (v6.length > 2000 && (v6.length > 4000 || codePoints(v6) > 2000)) { if (c.soft(PCV, "/priceAlgorithm", "longer than maxLength 2000")) return true; }
  }
  const v7 = v["minimumCost"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/minimumCost";
    if (checkRationalNumberType(v7, c)) return true;
    c.depth -= 1;
  }
  const v8 = v["maximumCost"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/maximumCost";
    if (checkRationalNumberType(v8, c)) return true;
    c.depth -= 1;
  }
  const v9 = v["priceRuleStacks"];
  if (v9 === undefined) { if (c.fail(OCV, "/priceRuleStacks", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v9)) { if (c.fail(TCV, "/priceRuleStacks", NOT_ARRAY)) return true; }
    else if (v9.length > 1024) { if (c.fail(OCV, "/priceRuleStacks", "more than maxItems 1024")) return true; }
    else {
      if (v9.length < 1) { if (c.fail(OCV, "/priceRuleStacks", "fewer than minItems 1")) return true; }
      for (let i10 = 0; i10 < v9.length; i10++) {
        const v11 = v9[i10];
        c.path[c.depth++] = "/priceRuleStacks"; c.path[c.depth++] = i10;
        if (checkPriceRuleStackType(v11, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v12 = v["taxRules"];
  if (v12 !== undefined) {
    n0++;
    if (!Array.isArray(v12)) { if (c.fail(TCV, "/taxRules", NOT_ARRAY)) return true; }
    else if (v12.length > 10) { if (c.fail(OCV, "/taxRules", "more than maxItems 10")) return true; }
    else {
      if (v12.length < 1) { if (c.fail(OCV, "/taxRules", "fewer than minItems 1")) return true; }
      for (let i13 = 0; i13 < v12.length; i13++) {
        const v14 = v12[i13];
        c.path[c.depth++] = "/taxRules"; c.path[c.depth++] = i13;
        if (checkTaxRuleType(v14, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v15 = v["overstayRuleList"];
  if (v15 !== undefined) {
    n0++;
    c.path[c.depth++] = "/overstayRuleList";
    if (checkOverstayRuleListType(v15, c)) return true;
    c.depth -= 1;
  }
  const v16 = v["additionalSelectedServices"];
  if (v16 !== undefined) {
    n0++;
    if (!Array.isArray(v16)) { if (c.fail(TCV, "/additionalSelectedServices", NOT_ARRAY)) return true; }
    else if (v16.length > 5) { if (c.fail(OCV, "/additionalSelectedServices", "more than maxItems 5")) return true; }
    else {
      if (v16.length < 1) { if (c.fail(OCV, "/additionalSelectedServices", "fewer than minItems 1")) return true; }
      for (let i17 = 0; i17 < v16.length; i17++) {
        const v18 = v16[i17];
        c.path[c.depth++] = "/additionalSelectedServices"; c.path[c.depth++] = i17;
        if (checkAdditionalSelectedServicesType(v18, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v19 = v["customData"];
  if (v19 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v19, c)) return true;
    c.depth -= 1;
  }
  for (const k20 in v) n0--;
  if (n0 !== 0) {
    for (const k20 in v) if (!(k20 === "timeAnchor" || k20 === "priceScheduleID" || k20 === "priceScheduleDescription" || k20 === "currency" || k20 === "language" || k20 === "priceAlgorithm" || k20 === "minimumCost" || k20 === "maximumCost" || k20 === "priceRuleStacks" || k20 === "taxRules" || k20 === "overstayRuleList" || k20 === "additionalSelectedServices" || k20 === "customData")) { if (c.soft(FV, "/" + pointerToken(k20), UNKNOWN)) return true; }
  }
  return false;
}

function checkAdditionalInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["additionalIdToken"];
  if (v1 === undefined) { if (c.fail(OCV, "/additionalIdToken", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/additionalIdToken", NOT_STRING)) return true; }
    else if (v1.length > 255 && (v1.length > 510 || codePoints(v1) > 255)) { if (c.soft(PCV, "/additionalIdToken", "longer than maxLength 255")) return true; }
  }
  const v2 = v["type"];
  if (v2 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/type", "longer than maxLength 50")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "additionalIdToken" || k4 === "type" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkAdditionalSelectedServicesType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["serviceFee"];
  if (v1 === undefined) { if (c.fail(OCV, "/serviceFee", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/serviceFee";
    if (checkRationalNumberType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["serviceName"];
  if (v2 === undefined) { if (c.fail(OCV, "/serviceName", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/serviceName", NOT_STRING)) return true; }
    else if (v2.length > 80 && (v2.length > 160 || codePoints(v2) > 80)) { if (c.soft(PCV, "/serviceName", "longer than maxLength 80")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "serviceFee" || k4 === "serviceName" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkAddressType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["name"];
  if (v1 === undefined) { if (c.fail(OCV, "/name", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/name", NOT_STRING)) return true; }
    else if (v1.length > 50 && (v1.length > 100 || codePoints(v1) > 50)) { if (c.soft(PCV, "/name", "longer than maxLength 50")) return true; }
  }
  const v2 = v["address1"];
  if (v2 === undefined) { if (c.fail(OCV, "/address1", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/address1", NOT_STRING)) return true; }
    else if (v2.length > 100 && (v2.length > 200 || codePoints(v2) > 100)) { if (c.soft(PCV, "/address1", "longer than maxLength 100")) return true; }
  }
  const v3 = v["address2"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/address2", NOT_STRING)) return true; }
    else if (v3.length > 100 && (v3.length > 200 || codePoints(v3) > 100)) { if (c.soft(PCV, "/address2", "longer than maxLength 100")) return true; }
  }
  const v4 = v["city"];
  if (v4 === undefined) { if (c.fail(OCV, "/city", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/city", NOT_STRING)) return true; }
    else if (v4.length > 100 && (v4.length > 200 || codePoints(v4) > 100)) { if (c.soft(PCV, "/city", "longer than maxLength 100")) return true; }
  }
  const v5 = v["postalCode"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/postalCode", NOT_STRING)) return true; }
    else if (v5.length > 20 && (v5.length > 40 || codePoints(v5) > 20)) { if (c.soft(PCV, "/postalCode", "longer than maxLength 20")) return true; }
  }
  const v6 = v["country"];
  if (v6 === undefined) { if (c.fail(OCV, "/country", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/country", NOT_STRING)) return true; }
    else if (v6.length > 50 && (v6.length > 100 || codePoints(v6) > 50)) { if (c.soft(PCV, "/country", "longer than maxLength 50")) return true; }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "name" || k8 === "address1" || k8 === "address2" || k8 === "city" || k8 === "postalCode" || k8 === "country" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkAuthorizationData(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["idToken"];
  if (v1 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["idTokenInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idTokenInfo";
    if (checkIdTokenInfoType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "idToken" || k4 === "idTokenInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkBatteryDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return true; }
    }
  }
  const v2 = v["serialNumber"];
  if (v2 === undefined) { if (c.fail(OCV, "/serialNumber", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/serialNumber", NOT_STRING)) return true; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/serialNumber", "longer than maxLength 50")) return true; }
  }
  const v3 = v["soC"];
  if (v3 === undefined) { if (c.fail(OCV, "/soC", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/soC", NOT_NUMBER)) return true; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/soC", "below minimum 0")) return true; }
      if (v3 > 100) { if (c.fail(PCV, "/soC", "above maximum 100")) return true; }
    }
  }
  const v4 = v["soH"];
  if (v4 === undefined) { if (c.fail(OCV, "/soH", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/soH", NOT_NUMBER)) return true; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/soH", "below minimum 0")) return true; }
      if (v4 > 100) { if (c.fail(PCV, "/soH", "above maximum 100")) return true; }
    }
  }
  const v5 = v["productionDate"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/productionDate", NOT_STRING)) return true; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/productionDate", NOT_DATE_TIME)) return true; }
  }
  const v6 = v["vendorInfo"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/vendorInfo", NOT_STRING)) return true; }
    else if (v6.length > 500 && (v6.length > 1000 || codePoints(v6) > 500)) { if (c.soft(PCV, "/vendorInfo", "longer than maxLength 500")) return true; }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "evseId" || k8 === "serialNumber" || k8 === "soC" || k8 === "soH" || k8 === "productionDate" || k8 === "vendorInfo" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkCertificateHashDataChainType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["certificateHashData"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateHashData", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/certificateHashData";
    if (checkCertificateHashDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["certificateType"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificateType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return true; }
    else if (!isGetCertificateIdUseEnumType(v2)) { if (c.soft(PCV, "/certificateType", "not a GetCertificateIdUseEnumType value")) return true; }
  }
  const v3 = v["childCertificateHashData"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/childCertificateHashData", NOT_ARRAY)) return true; }
    else if (v3.length > 4) { if (c.fail(OCV, "/childCertificateHashData", "more than maxItems 4")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/childCertificateHashData", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/childCertificateHashData"; c.path[c.depth++] = i4;
        if (checkCertificateHashDataType(v5, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "certificateHashData" || k7 === "certificateType" || k7 === "childCertificateHashData" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkCertificateHashDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["hashAlgorithm"];
  if (v1 === undefined) { if (c.fail(OCV, "/hashAlgorithm", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/hashAlgorithm", NOT_STRING)) return true; }
    else if (!isHashAlgorithmEnumType(v1)) { if (c.soft(PCV, "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return true; }
  }
  const v2 = v["issuerNameHash"];
  if (v2 === undefined) { if (c.fail(OCV, "/issuerNameHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/issuerNameHash", NOT_STRING)) return true; }
    else if (v2.length > 128 && (v2.length > 256 || codePoints(v2) > 128)) { if (c.soft(PCV, "/issuerNameHash", "longer than maxLength 128")) return true; }
  }
  const v3 = v["issuerKeyHash"];
  if (v3 === undefined) { if (c.fail(OCV, "/issuerKeyHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/issuerKeyHash", NOT_STRING)) return true; }
    else if (v3.length > 128 && (v3.length > 256 || codePoints(v3) > 128)) { if (c.soft(PCV, "/issuerKeyHash", "longer than maxLength 128")) return true; }
  }
  const v4 = v["serialNumber"];
  if (v4 === undefined) { if (c.fail(OCV, "/serialNumber", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/serialNumber", NOT_STRING)) return true; }
    else if (v4.length > 40 && (v4.length > 80 || codePoints(v4) > 40)) { if (c.soft(PCV, "/serialNumber", "longer than maxLength 40")) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "hashAlgorithm" || k6 === "issuerNameHash" || k6 === "issuerKeyHash" || k6 === "serialNumber" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkCertificateStatusRequestInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["certificateHashData"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateHashData", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/certificateHashData";
    if (checkCertificateHashDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["source"];
  if (v2 === undefined) { if (c.fail(OCV, "/source", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/source", NOT_STRING)) return true; }
    else if (!isCertificateStatusSourceEnumType(v2)) { if (c.soft(PCV, "/source", "not a CertificateStatusSourceEnumType value")) return true; }
  }
  const v3 = v["urls"];
  if (v3 === undefined) { if (c.fail(OCV, "/urls", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/urls", NOT_ARRAY)) return true; }
    else if (v3.length > 5) { if (c.fail(OCV, "/urls", "more than maxItems 5")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/urls", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "string") { if (c.fail(TCV, "/urls/" + i4, NOT_STRING)) return true; }
        else if (v5.length > 2000 && (v5.length > 4000 || codePoints(v5) > 2000)) { if (c.soft(PCV, "/urls/" + i4, "longer than maxLength 2000")) return true; }
      }
    }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "certificateHashData" || k7 === "source" || k7 === "urls" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkCertificateStatusType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["certificateHashData"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateHashData", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/certificateHashData";
    if (checkCertificateHashDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["source"];
  if (v2 === undefined) { if (c.fail(OCV, "/source", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/source", NOT_STRING)) return true; }
    else if (!isCertificateStatusSourceEnumType(v2)) { if (c.soft(PCV, "/source", "not a CertificateStatusSourceEnumType value")) return true; }
  }
  const v3 = v["status"];
  if (v3 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isCertificateStatusEnumType(v3)) { if (c.soft(PCV, "/status", "not a CertificateStatusEnumType value")) return true; }
  }
  const v4 = v["nextUpdate"];
  if (v4 === undefined) { if (c.fail(OCV, "/nextUpdate", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/nextUpdate", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/nextUpdate", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "certificateHashData" || k6 === "source" || k6 === "status" || k6 === "nextUpdate" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingLimitType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["chargingLimitSource"];
  if (v1 === undefined) { if (c.fail(OCV, "/chargingLimitSource", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/chargingLimitSource", NOT_STRING)) return true; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/chargingLimitSource", "longer than maxLength 20")) return true; }
  }
  const v2 = v["isLocalGeneration"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/isLocalGeneration", NOT_BOOLEAN)) return true; }
  }
  const v3 = v["isGridCritical"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/isGridCritical", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "chargingLimitSource" || k5 === "isLocalGeneration" || k5 === "isGridCritical" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingNeedsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["acChargingParameters"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/acChargingParameters";
    if (checkACChargingParametersType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["derChargingParameters"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/derChargingParameters";
    if (checkDERChargingParametersType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["evEnergyOffer"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evEnergyOffer";
    if (checkEVEnergyOfferType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["requestedEnergyTransfer"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestedEnergyTransfer", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/requestedEnergyTransfer", NOT_STRING)) return true; }
    else if (!isEnergyTransferModeEnumType(v4)) { if (c.soft(PCV, "/requestedEnergyTransfer", "not a EnergyTransferModeEnumType value")) return true; }
  }
  const v5 = v["dcChargingParameters"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/dcChargingParameters";
    if (checkDCChargingParametersType(v5, c)) return true;
    c.depth -= 1;
  }
  const v6 = v["v2xChargingParameters"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/v2xChargingParameters";
    if (checkV2XChargingParametersType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["availableEnergyTransfer"];
  if (v7 !== undefined) {
    n0++;
    if (!Array.isArray(v7)) { if (c.fail(TCV, "/availableEnergyTransfer", NOT_ARRAY)) return true; }
    else {
      if (v7.length < 1) { if (c.fail(OCV, "/availableEnergyTransfer", "fewer than minItems 1")) return true; }
      for (let i8 = 0; i8 < v7.length; i8++) {
        const v9 = v7[i8];
        if (typeof v9 !== "string") { if (c.fail(TCV, "/availableEnergyTransfer/" + i8, NOT_STRING)) return true; }
        else if (!isEnergyTransferModeEnumType(v9)) { if (c.soft(PCV, "/availableEnergyTransfer/" + i8, "not a EnergyTransferModeEnumType value")) return true; }
      }
    }
  }
  const v10 = v["controlMode"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "string") { if (c.fail(TCV, "/controlMode", NOT_STRING)) return true; }
    else if (!isControlModeEnumType(v10)) { if (c.soft(PCV, "/controlMode", "not a ControlModeEnumType value")) return true; }
  }
  const v11 = v["mobilityNeedsMode"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "string") { if (c.fail(TCV, "/mobilityNeedsMode", NOT_STRING)) return true; }
    else if (!isMobilityNeedsModeEnumType(v11)) { if (c.soft(PCV, "/mobilityNeedsMode", "not a MobilityNeedsModeEnumType value")) return true; }
  }
  const v12 = v["departureTime"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "string") { if (c.fail(TCV, "/departureTime", NOT_STRING)) return true; }
    else if (!isDateTime(v12)) { if (c.fail(PCV, "/departureTime", NOT_DATE_TIME)) return true; }
  }
  const v13 = v["customData"];
  if (v13 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v13, c)) return true;
    c.depth -= 1;
  }
  for (const k14 in v) n0--;
  if (n0 !== 0) {
    for (const k14 in v) if (!(k14 === "acChargingParameters" || k14 === "derChargingParameters" || k14 === "evEnergyOffer" || k14 === "requestedEnergyTransfer" || k14 === "dcChargingParameters" || k14 === "v2xChargingParameters" || k14 === "availableEnergyTransfer" || k14 === "controlMode" || k14 === "mobilityNeedsMode" || k14 === "departureTime" || k14 === "customData")) { if (c.soft(FV, "/" + pointerToken(k14), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingPeriodType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["dimensions"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/dimensions", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/dimensions", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/dimensions"; c.path[c.depth++] = i2;
        if (checkCostDimensionType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["tariffId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/tariffId", NOT_STRING)) return true; }
    else if (v4.length > 60 && (v4.length > 120 || codePoints(v4) > 60)) { if (c.soft(PCV, "/tariffId", "longer than maxLength 60")) return true; }
  }
  const v5 = v["startPeriod"];
  if (v5 === undefined) { if (c.fail(OCV, "/startPeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/startPeriod", NOT_STRING)) return true; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/startPeriod", NOT_DATE_TIME)) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "dimensions" || k7 === "tariffId" || k7 === "startPeriod" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingProfileCriterionType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["chargingProfilePurpose"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/chargingProfilePurpose", NOT_STRING)) return true; }
    else if (!isChargingProfilePurposeEnumType(v1)) { if (c.soft(PCV, "/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return true; }
  }
  const v2 = v["stackLevel"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/stackLevel", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/stackLevel", "below minimum 0")) return true; }
    }
  }
  const v3 = v["chargingProfileId"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/chargingProfileId", NOT_ARRAY)) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/chargingProfileId", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/chargingProfileId/" + i4, NOT_INTEGER)) return true; }
      }
    }
  }
  const v6 = v["chargingLimitSource"];
  if (v6 !== undefined) {
    n0++;
    if (!Array.isArray(v6)) { if (c.fail(TCV, "/chargingLimitSource", NOT_ARRAY)) return true; }
    else if (v6.length > 4) { if (c.fail(OCV, "/chargingLimitSource", "more than maxItems 4")) return true; }
    else {
      if (v6.length < 1) { if (c.fail(OCV, "/chargingLimitSource", "fewer than minItems 1")) return true; }
      for (let i7 = 0; i7 < v6.length; i7++) {
        const v8 = v6[i7];
        if (typeof v8 !== "string") { if (c.fail(TCV, "/chargingLimitSource/" + i7, NOT_STRING)) return true; }
        else if (v8.length > 20 && (v8.length > 40 || codePoints(v8) > 20)) { if (c.soft(PCV, "/chargingLimitSource/" + i7, "longer than maxLength 20")) return true; }
      }
    }
  }
  const v9 = v["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "chargingProfilePurpose" || k10 === "stackLevel" || k10 === "chargingProfileId" || k10 === "chargingLimitSource" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingProfileType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v2 = v["stackLevel"];
  if (v2 === undefined) { if (c.fail(OCV, "/stackLevel", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/stackLevel", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/stackLevel", "below minimum 0")) return true; }
    }
  }
  const v3 = v["chargingProfilePurpose"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingProfilePurpose", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargingProfilePurpose", NOT_STRING)) return true; }
    else if (!isChargingProfilePurposeEnumType(v3)) { if (c.soft(PCV, "/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return true; }
  }
  const v4 = v["chargingProfileKind"];
  if (v4 === undefined) { if (c.fail(OCV, "/chargingProfileKind", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/chargingProfileKind", NOT_STRING)) return true; }
    else if (!isChargingProfileKindEnumType(v4)) { if (c.soft(PCV, "/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return true; }
  }
  const v5 = v["recurrencyKind"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/recurrencyKind", NOT_STRING)) return true; }
    else if (!isRecurrencyKindEnumType(v5)) { if (c.soft(PCV, "/recurrencyKind", "not a RecurrencyKindEnumType value")) return true; }
  }
  const v6 = v["validFrom"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/validFrom", NOT_STRING)) return true; }
    else if (!isDateTime(v6)) { if (c.fail(PCV, "/validFrom", NOT_DATE_TIME)) return true; }
  }
  const v7 = v["validTo"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/validTo", NOT_STRING)) return true; }
    else if (!isDateTime(v7)) { if (c.fail(PCV, "/validTo", NOT_DATE_TIME)) return true; }
  }
  const v8 = v["transactionId"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v8.length > 36 && (v8.length > 72 || codePoints(v8) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  const v9 = v["maxOfflineDuration"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail(TCV, "/maxOfflineDuration", NOT_INTEGER)) return true; }
  }
  const v10 = v["chargingSchedule"];
  if (v10 === undefined) { if (c.fail(OCV, "/chargingSchedule", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v10)) { if (c.fail(TCV, "/chargingSchedule", NOT_ARRAY)) return true; }
    else if (v10.length > 3) { if (c.fail(OCV, "/chargingSchedule", "more than maxItems 3")) return true; }
    else {
      if (v10.length < 1) { if (c.fail(OCV, "/chargingSchedule", "fewer than minItems 1")) return true; }
      for (let i11 = 0; i11 < v10.length; i11++) {
        const v12 = v10[i11];
        c.path[c.depth++] = "/chargingSchedule"; c.path[c.depth++] = i11;
        if (checkChargingScheduleType(v12, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v13 = v["invalidAfterOfflineDuration"];
  if (v13 !== undefined) {
    n0++;
    if (typeof v13 !== "boolean") { if (c.fail(TCV, "/invalidAfterOfflineDuration", NOT_BOOLEAN)) return true; }
  }
  const v14 = v["dynUpdateInterval"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/dynUpdateInterval", NOT_INTEGER)) return true; }
  }
  const v15 = v["dynUpdateTime"];
  if (v15 !== undefined) {
    n0++;
    if (typeof v15 !== "string") { if (c.fail(TCV, "/dynUpdateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v15)) { if (c.fail(PCV, "/dynUpdateTime", NOT_DATE_TIME)) return true; }
  }
  const v16 = v["priceScheduleSignature"];
  if (v16 !== undefined) {
    n0++;
    if (typeof v16 !== "string") { if (c.fail(TCV, "/priceScheduleSignature", NOT_STRING)) return true; }
    else if (v16.length > 256 && (v16.length > 512 || codePoints(v16) > 256)) { if (c.soft(PCV, "/priceScheduleSignature", "longer than maxLength 256")) return true; }
  }
  const v17 = v["customData"];
  if (v17 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v17, c)) return true;
    c.depth -= 1;
  }
  for (const k18 in v) n0--;
  if (n0 !== 0) {
    for (const k18 in v) if (!(k18 === "id" || k18 === "stackLevel" || k18 === "chargingProfilePurpose" || k18 === "chargingProfileKind" || k18 === "recurrencyKind" || k18 === "validFrom" || k18 === "validTo" || k18 === "transactionId" || k18 === "maxOfflineDuration" || k18 === "chargingSchedule" || k18 === "invalidAfterOfflineDuration" || k18 === "dynUpdateInterval" || k18 === "dynUpdateTime" || k18 === "priceScheduleSignature" || k18 === "customData")) { if (c.soft(FV, "/" + pointerToken(k18), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingSchedulePeriodType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["startPeriod"];
  if (v1 === undefined) { if (c.fail(OCV, "/startPeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/startPeriod", NOT_INTEGER)) return true; }
  }
  const v2 = v["limit"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/limit", NOT_NUMBER)) return true; }
  }
  const v3 = v["limit_L2"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/limit_L2", NOT_NUMBER)) return true; }
  }
  const v4 = v["limit_L3"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/limit_L3", NOT_NUMBER)) return true; }
  }
  const v5 = v["numberPhases"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/numberPhases", NOT_INTEGER)) return true; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/numberPhases", "below minimum 0")) return true; }
      if (v5 > 3) { if (c.fail(PCV, "/numberPhases", "above maximum 3")) return true; }
    }
  }
  const v6 = v["phaseToUse"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/phaseToUse", NOT_INTEGER)) return true; }
    else {
      if (v6 < 0) { if (c.fail(PCV, "/phaseToUse", "below minimum 0")) return true; }
      if (v6 > 3) { if (c.fail(PCV, "/phaseToUse", "above maximum 3")) return true; }
    }
  }
  const v7 = v["dischargeLimit"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isFinite(v7)) { if (c.fail(TCV, "/dischargeLimit", NOT_NUMBER)) return true; }
    else {
      if (v7 > 0) { if (c.fail(PCV, "/dischargeLimit", "above maximum 0")) return true; }
    }
  }
  const v8 = v["dischargeLimit_L2"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isFinite(v8)) { if (c.fail(TCV, "/dischargeLimit_L2", NOT_NUMBER)) return true; }
    else {
      if (v8 > 0) { if (c.fail(PCV, "/dischargeLimit_L2", "above maximum 0")) return true; }
    }
  }
  const v9 = v["dischargeLimit_L3"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/dischargeLimit_L3", NOT_NUMBER)) return true; }
    else {
      if (v9 > 0) { if (c.fail(PCV, "/dischargeLimit_L3", "above maximum 0")) return true; }
    }
  }
  const v10 = v["setpoint"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "number" || !Number.isFinite(v10)) { if (c.fail(TCV, "/setpoint", NOT_NUMBER)) return true; }
  }
  const v11 = v["setpoint_L2"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isFinite(v11)) { if (c.fail(TCV, "/setpoint_L2", NOT_NUMBER)) return true; }
  }
  const v12 = v["setpoint_L3"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isFinite(v12)) { if (c.fail(TCV, "/setpoint_L3", NOT_NUMBER)) return true; }
  }
  const v13 = v["setpointReactive"];
  if (v13 !== undefined) {
    n0++;
    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail(TCV, "/setpointReactive", NOT_NUMBER)) return true; }
  }
  const v14 = v["setpointReactive_L2"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "number" || !Number.isFinite(v14)) { if (c.fail(TCV, "/setpointReactive_L2", NOT_NUMBER)) return true; }
  }
  const v15 = v["setpointReactive_L3"];
  if (v15 !== undefined) {
    n0++;
    if (typeof v15 !== "number" || !Number.isFinite(v15)) { if (c.fail(TCV, "/setpointReactive_L3", NOT_NUMBER)) return true; }
  }
  const v16 = v["preconditioningRequest"];
  if (v16 !== undefined) {
    n0++;
    if (typeof v16 !== "boolean") { if (c.fail(TCV, "/preconditioningRequest", NOT_BOOLEAN)) return true; }
  }
  const v17 = v["evseSleep"];
  if (v17 !== undefined) {
    n0++;
    if (typeof v17 !== "boolean") { if (c.fail(TCV, "/evseSleep", NOT_BOOLEAN)) return true; }
  }
  const v18 = v["v2xBaseline"];
  if (v18 !== undefined) {
    n0++;
    if (typeof v18 !== "number" || !Number.isFinite(v18)) { if (c.fail(TCV, "/v2xBaseline", NOT_NUMBER)) return true; }
  }
  const v19 = v["operationMode"];
  if (v19 !== undefined) {
    n0++;
    if (typeof v19 !== "string") { if (c.fail(TCV, "/operationMode", NOT_STRING)) return true; }
    else if (!isOperationModeEnumType(v19)) { if (c.soft(PCV, "/operationMode", "not a OperationModeEnumType value")) return true; }
  }
  const v20 = v["v2xFreqWattCurve"];
  if (v20 !== undefined) {
    n0++;
    if (!Array.isArray(v20)) { if (c.fail(TCV, "/v2xFreqWattCurve", NOT_ARRAY)) return true; }
    else if (v20.length > 20) { if (c.fail(OCV, "/v2xFreqWattCurve", "more than maxItems 20")) return true; }
    else {
      if (v20.length < 1) { if (c.fail(OCV, "/v2xFreqWattCurve", "fewer than minItems 1")) return true; }
      for (let i21 = 0; i21 < v20.length; i21++) {
        const v22 = v20[i21];
        c.path[c.depth++] = "/v2xFreqWattCurve"; c.path[c.depth++] = i21;
        if (checkV2XFreqWattPointType(v22, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v23 = v["v2xSignalWattCurve"];
  if (v23 !== undefined) {
    n0++;
    if (!Array.isArray(v23)) { if (c.fail(TCV, "/v2xSignalWattCurve", NOT_ARRAY)) return true; }
    else if (v23.length > 20) { if (c.fail(OCV, "/v2xSignalWattCurve", "more than maxItems 20")) return true; }
    else {
      if (v23.length < 1) { if (c.fail(OCV, "/v2xSignalWattCurve", "fewer than minItems 1")) return true; }
      for (let i24 = 0; i24 < v23.length; i24++) {
        const v25 = v23[i24];
        c.path[c.depth++] = "/v2xSignalWattCurve"; c.path[c.depth++] = i24;
        if (checkV2XSignalWattPointType(v25, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v26 = v["customData"];
  if (v26 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v26, c)) return true;
    c.depth -= 1;
  }
  for (const k27 in v) n0--;
  if (n0 !== 0) {
    for (const k27 in v) if (!(k27 === "startPeriod" || k27 === "limit" || k27 === "limit_L2" || k27 === "limit_L3" || k27 === "numberPhases" || k27 === "phaseToUse" || k27 === "dischargeLimit" || k27 === "dischargeLimit_L2" || k27 === "dischargeLimit_L3" || k27 === "setpoint" || k27 === "setpoint_L2" || k27 === "setpoint_L3" || k27 === "setpointReactive" || k27 === "setpointReactive_L2" || k27 === "setpointReactive_L3" || k27 === "preconditioningRequest" || k27 === "evseSleep" || k27 === "v2xBaseline" || k27 === "operationMode" || k27 === "v2xFreqWattCurve" || k27 === "v2xSignalWattCurve" || k27 === "customData")) { if (c.soft(FV, "/" + pointerToken(k27), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v2 = v["limitAtSoC"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/limitAtSoC";
    if (checkLimitAtSoCType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["startSchedule"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/startSchedule", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/startSchedule", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["duration"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v5 = v["chargingRateUnit"];
  if (v5 === undefined) { if (c.fail(OCV, "/chargingRateUnit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/chargingRateUnit", NOT_STRING)) return true; }
    else if (!isChargingRateUnitEnumType(v5)) { if (c.soft(PCV, "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return true; }
  }
  const v6 = v["minChargingRate"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isFinite(v6)) { if (c.fail(TCV, "/minChargingRate", NOT_NUMBER)) return true; }
  }
  const v7 = v["powerTolerance"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isFinite(v7)) { if (c.fail(TCV, "/powerTolerance", NOT_NUMBER)) return true; }
  }
  const v8 = v["signatureId"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/signatureId", NOT_INTEGER)) return true; }
    else {
      if (v8 < 0) { if (c.fail(PCV, "/signatureId", "below minimum 0")) return true; }
    }
  }
  const v9 = v["digestValue"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/digestValue", NOT_STRING)) return true; }
    else if (v9.length > 88 && (v9.length > 176 || codePoints(v9) > 88)) { if (c.soft(PCV, "/digestValue", "longer than maxLength 88")) return true; }
  }
  const v10 = v["useLocalTime"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "boolean") { if (c.fail(TCV, "/useLocalTime", NOT_BOOLEAN)) return true; }
  }
  const v11 = v["chargingSchedulePeriod"];
  if (v11 === undefined) { if (c.fail(OCV, "/chargingSchedulePeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v11)) { if (c.fail(TCV, "/chargingSchedulePeriod", NOT_ARRAY)) return true; }
    else if (v11.length > 1024) { if (c.fail(OCV, "/chargingSchedulePeriod", "more than maxItems 1024")) return true; }
    else {
      if (v11.length < 1) { if (c.fail(OCV, "/chargingSchedulePeriod", "fewer than minItems 1")) return true; }
      for (let i12 = 0; i12 < v11.length; i12++) {
        const v13 = v11[i12];
        c.path[c.depth++] = "/chargingSchedulePeriod"; c.path[c.depth++] = i12;
        if (checkChargingSchedulePeriodType(v13, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v14 = v["randomizedDelay"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/randomizedDelay", NOT_INTEGER)) return true; }
    else {
      if (v14 < 0) { if (c.fail(PCV, "/randomizedDelay", "below minimum 0")) return true; }
    }
  }
  const v15 = v["salesTariff"];
  if (v15 !== undefined) {
    n0++;
    c.path[c.depth++] = "/salesTariff";
    if (checkSalesTariffType(v15, c)) return true;
    c.depth -= 1;
  }
  const v16 = v["absolutePriceSchedule"];
  if (v16 !== undefined) {
    n0++;
    c.path[c.depth++] = "/absolutePriceSchedule";
    if (checkAbsolutePriceScheduleType(v16, c)) return true;
    c.depth -= 1;
  }
  const v17 = v["priceLevelSchedule"];
  if (v17 !== undefined) {
    n0++;
    c.path[c.depth++] = "/priceLevelSchedule";
    if (checkPriceLevelScheduleType(v17, c)) return true;
    c.depth -= 1;
  }
  const v18 = v["customData"];
  if (v18 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v18, c)) return true;
    c.depth -= 1;
  }
  for (const k19 in v) n0--;
  if (n0 !== 0) {
    for (const k19 in v) if (!(k19 === "id" || k19 === "limitAtSoC" || k19 === "startSchedule" || k19 === "duration" || k19 === "chargingRateUnit" || k19 === "minChargingRate" || k19 === "powerTolerance" || k19 === "signatureId" || k19 === "digestValue" || k19 === "useLocalTime" || k19 === "chargingSchedulePeriod" || k19 === "randomizedDelay" || k19 === "salesTariff" || k19 === "absolutePriceSchedule" || k19 === "priceLevelSchedule" || k19 === "customData")) { if (c.soft(FV, "/" + pointerToken(k19), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingScheduleUpdateType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["limit"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/limit", NOT_NUMBER)) return true; }
  }
  const v2 = v["limit_L2"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/limit_L2", NOT_NUMBER)) return true; }
  }
  const v3 = v["limit_L3"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/limit_L3", NOT_NUMBER)) return true; }
  }
  const v4 = v["dischargeLimit"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/dischargeLimit", NOT_NUMBER)) return true; }
    else {
      if (v4 > 0) { if (c.fail(PCV, "/dischargeLimit", "above maximum 0")) return true; }
    }
  }
  const v5 = v["dischargeLimit_L2"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/dischargeLimit_L2", NOT_NUMBER)) return true; }
    else {
      if (v5 > 0) { if (c.fail(PCV, "/dischargeLimit_L2", "above maximum 0")) return true; }
    }
  }
  const v6 = v["dischargeLimit_L3"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isFinite(v6)) { if (c.fail(TCV, "/dischargeLimit_L3", NOT_NUMBER)) return true; }
    else {
      if (v6 > 0) { if (c.fail(PCV, "/dischargeLimit_L3", "above maximum 0")) return true; }
    }
  }
  const v7 = v["setpoint"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isFinite(v7)) { if (c.fail(TCV, "/setpoint", NOT_NUMBER)) return true; }
  }
  const v8 = v["setpoint_L2"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isFinite(v8)) { if (c.fail(TCV, "/setpoint_L2", NOT_NUMBER)) return true; }
  }
  const v9 = v["setpoint_L3"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/setpoint_L3", NOT_NUMBER)) return true; }
  }
  const v10 = v["setpointReactive"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "number" || !Number.isFinite(v10)) { if (c.fail(TCV, "/setpointReactive", NOT_NUMBER)) return true; }
  }
  const v11 = v["setpointReactive_L2"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isFinite(v11)) { if (c.fail(TCV, "/setpointReactive_L2", NOT_NUMBER)) return true; }
  }
  const v12 = v["setpointReactive_L3"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isFinite(v12)) { if (c.fail(TCV, "/setpointReactive_L3", NOT_NUMBER)) return true; }
  }
  const v13 = v["customData"];
  if (v13 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v13, c)) return true;
    c.depth -= 1;
  }
  for (const k14 in v) n0--;
  if (n0 !== 0) {
    for (const k14 in v) if (!(k14 === "limit" || k14 === "limit_L2" || k14 === "limit_L3" || k14 === "dischargeLimit" || k14 === "dischargeLimit_L2" || k14 === "dischargeLimit_L3" || k14 === "setpoint" || k14 === "setpoint_L2" || k14 === "setpoint_L3" || k14 === "setpointReactive" || k14 === "setpointReactive_L2" || k14 === "setpointReactive_L3" || k14 === "customData")) { if (c.soft(FV, "/" + pointerToken(k14), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingStationType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["serialNumber"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/serialNumber", NOT_STRING)) return true; }
    else if (v1.length > 25 && (v1.length > 50 || codePoints(v1) > 25)) { if (c.soft(PCV, "/serialNumber", "longer than maxLength 25")) return true; }
  }
  const v2 = v["model"];
  if (v2 === undefined) { if (c.fail(OCV, "/model", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/model", NOT_STRING)) return true; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/model", "longer than maxLength 20")) return true; }
  }
  const v3 = v["modem"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/modem";
    if (checkModemType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["vendorName"];
  if (v4 === undefined) { if (c.fail(OCV, "/vendorName", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/vendorName", NOT_STRING)) return true; }
    else if (v4.length > 50 && (v4.length > 100 || codePoints(v4) > 50)) { if (c.soft(PCV, "/vendorName", "longer than maxLength 50")) return true; }
  }
  const v5 = v["firmwareVersion"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/firmwareVersion", NOT_STRING)) return true; }
    else if (v5.length > 50 && (v5.length > 100 || codePoints(v5) > 50)) { if (c.soft(PCV, "/firmwareVersion", "longer than maxLength 50")) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "serialNumber" || k7 === "model" || k7 === "modem" || k7 === "vendorName" || k7 === "firmwareVersion" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkClearChargingProfileType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evseId"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return true; }
    }
  }
  const v2 = v["chargingProfilePurpose"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/chargingProfilePurpose", NOT_STRING)) return true; }
    else if (!isChargingProfilePurposeEnumType(v2)) { if (c.soft(PCV, "/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return true; }
  }
  const v3 = v["stackLevel"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/stackLevel", NOT_INTEGER)) return true; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/stackLevel", "below minimum 0")) return true; }
    }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "evseId" || k5 === "chargingProfilePurpose" || k5 === "stackLevel" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkClearMonitoringResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isClearMonitoringStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ClearMonitoringStatusEnumType value")) return true; }
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v3 = v["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "status" || k5 === "id" || k5 === "statusInfo" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkClearTariffsResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["statusInfo"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["tariffId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/tariffId", NOT_STRING)) return true; }
    else if (v2.length > 60 && (v2.length > 120 || codePoints(v2) > 60)) { if (c.soft(PCV, "/tariffId", "longer than maxLength 60")) return true; }
  }
  const v3 = v["status"];
  if (v3 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isTariffClearStatusEnumType(v3)) { if (c.soft(PCV, "/status", "not a TariffClearStatusEnumType value")) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "statusInfo" || k5 === "tariffId" || k5 === "status" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkComponentType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evse"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["name"];
  if (v2 === undefined) { if (c.fail(OCV, "/name", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/name", NOT_STRING)) return true; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/name", "longer than maxLength 50")) return true; }
  }
  const v3 = v["instance"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/instance", NOT_STRING)) return true; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/instance", "longer than maxLength 50")) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "evse" || k5 === "name" || k5 === "instance" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkComponentVariableType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["component"];
  if (v1 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["variable"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "component" || k4 === "variable" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkCompositeScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return true; }
    }
  }
  const v2 = v["duration"];
  if (v2 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v3 = v["scheduleStart"];
  if (v3 === undefined) { if (c.fail(OCV, "/scheduleStart", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/scheduleStart", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/scheduleStart", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["chargingRateUnit"];
  if (v4 === undefined) { if (c.fail(OCV, "/chargingRateUnit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/chargingRateUnit", NOT_STRING)) return true; }
    else if (!isChargingRateUnitEnumType(v4)) { if (c.soft(PCV, "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return true; }
  }
  const v5 = v["chargingSchedulePeriod"];
  if (v5 === undefined) { if (c.fail(OCV, "/chargingSchedulePeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v5)) { if (c.fail(TCV, "/chargingSchedulePeriod", NOT_ARRAY)) return true; }
    else {
      if (v5.length < 1) { if (c.fail(OCV, "/chargingSchedulePeriod", "fewer than minItems 1")) return true; }
      for (let i6 = 0; i6 < v5.length; i6++) {
        const v7 = v5[i6];
        c.path[c.depth++] = "/chargingSchedulePeriod"; c.path[c.depth++] = i6;
        if (checkChargingSchedulePeriodType(v7, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v8 = v["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "evseId" || k9 === "duration" || k9 === "scheduleStart" || k9 === "chargingRateUnit" || k9 === "chargingSchedulePeriod" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkConstantStreamDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v2 = v["params"];
  if (v2 === undefined) { if (c.fail(OCV, "/params", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/params";
    if (checkPeriodicEventStreamParamsType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["variableMonitoringId"];
  if (v3 === undefined) { if (c.fail(OCV, "/variableMonitoringId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/variableMonitoringId", NOT_INTEGER)) return true; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/variableMonitoringId", "below minimum 0")) return true; }
    }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "id" || k5 === "params" || k5 === "variableMonitoringId" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkConsumptionCostType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["startValue"];
  if (v1 === undefined) { if (c.fail(OCV, "/startValue", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/startValue", NOT_NUMBER)) return true; }
  }
  const v2 = v["cost"];
  if (v2 === undefined) { if (c.fail(OCV, "/cost", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/cost", NOT_ARRAY)) return true; }
    else if (v2.length > 3) { if (c.fail(OCV, "/cost", "more than maxItems 3")) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/cost", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/cost"; c.path[c.depth++] = i3;
        if (checkCostType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "startValue" || k6 === "cost" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkCostDetailsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["chargingPeriods"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/chargingPeriods", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/chargingPeriods", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/chargingPeriods"; c.path[c.depth++] = i2;
        if (checkChargingPeriodType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["totalCost"];
  if (v4 === undefined) { if (c.fail(OCV, "/totalCost", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/totalCost";
    if (checkTotalCostType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["totalUsage"];
  if (v5 === undefined) { if (c.fail(OCV, "/totalUsage", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/totalUsage";
    if (checkTotalUsageType(v5, c)) return true;
    c.depth -= 1;
  }
  const v6 = v["failureToCalculate"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/failureToCalculate", NOT_BOOLEAN)) return true; }
  }
  const v7 = v["failureReason"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/failureReason", NOT_STRING)) return true; }
    else if (v7.length > 500 && (v7.length > 1000 || codePoints(v7) > 500)) { if (c.soft(PCV, "/failureReason", "longer than maxLength 500")) return true; }
  }
  const v8 = v["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "chargingPeriods" || k9 === "totalCost" || k9 === "totalUsage" || k9 === "failureToCalculate" || k9 === "failureReason" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkCostDimensionType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["type"];
  if (v1 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isCostDimensionEnumType(v1)) { if (c.soft(PCV, "/type", "not a CostDimensionEnumType value")) return true; }
  }
  const v2 = v["volume"];
  if (v2 === undefined) { if (c.fail(OCV, "/volume", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/volume", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "type" || k4 === "volume" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkCostType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["costKind"];
  if (v1 === undefined) { if (c.fail(OCV, "/costKind", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/costKind", NOT_STRING)) return true; }
    else if (!isCostKindEnumType(v1)) { if (c.soft(PCV, "/costKind", "not a CostKindEnumType value")) return true; }
  }
  const v2 = v["amount"];
  if (v2 === undefined) { if (c.fail(OCV, "/amount", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/amount", NOT_INTEGER)) return true; }
  }
  const v3 = v["amountMultiplier"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/amountMultiplier", NOT_INTEGER)) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "costKind" || k5 === "amount" || k5 === "amountMultiplier" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkCustomDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  const v0 = v["vendorId"];
  if (v0 === undefined) { if (c.fail(OCV, "/vendorId", REQUIRED)) return true; }
  else {
    if (typeof v0 !== "string") { if (c.fail(TCV, "/vendorId", NOT_STRING)) return true; }
    else if (v0.length > 255 && (v0.length > 510 || codePoints(v0) > 255)) { if (c.soft(PCV, "/vendorId", "longer than maxLength 255")) return true; }
  }
  return false;
}

function checkDCChargingParametersType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evMaxCurrent"];
  if (v1 === undefined) { if (c.fail(OCV, "/evMaxCurrent", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/evMaxCurrent", NOT_NUMBER)) return true; }
  }
  const v2 = v["evMaxVoltage"];
  if (v2 === undefined) { if (c.fail(OCV, "/evMaxVoltage", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/evMaxVoltage", NOT_NUMBER)) return true; }
  }
  const v3 = v["evMaxPower"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/evMaxPower", NOT_NUMBER)) return true; }
  }
  const v4 = v["evEnergyCapacity"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/evEnergyCapacity", NOT_NUMBER)) return true; }
  }
  const v5 = v["energyAmount"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/energyAmount", NOT_NUMBER)) return true; }
  }
  const v6 = v["stateOfCharge"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/stateOfCharge", NOT_INTEGER)) return true; }
    else {
      if (v6 < 0) { if (c.fail(PCV, "/stateOfCharge", "below minimum 0")) return true; }
      if (v6 > 100) { if (c.fail(PCV, "/stateOfCharge", "above maximum 100")) return true; }
    }
  }
  const v7 = v["fullSoC"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/fullSoC", NOT_INTEGER)) return true; }
    else {
      if (v7 < 0) { if (c.fail(PCV, "/fullSoC", "below minimum 0")) return true; }
      if (v7 > 100) { if (c.fail(PCV, "/fullSoC", "above maximum 100")) return true; }
    }
  }
  const v8 = v["bulkSoC"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/bulkSoC", NOT_INTEGER)) return true; }
    else {
      if (v8 < 0) { if (c.fail(PCV, "/bulkSoC", "below minimum 0")) return true; }
      if (v8 > 100) { if (c.fail(PCV, "/bulkSoC", "above maximum 100")) return true; }
    }
  }
  const v9 = v["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "evMaxCurrent" || k10 === "evMaxVoltage" || k10 === "evMaxPower" || k10 === "evEnergyCapacity" || k10 === "energyAmount" || k10 === "stateOfCharge" || k10 === "fullSoC" || k10 === "bulkSoC" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkDERChargingParametersType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evSupportedDERControl"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/evSupportedDERControl", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/evSupportedDERControl", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        if (typeof v3 !== "string") { if (c.fail(TCV, "/evSupportedDERControl/" + i2, NOT_STRING)) return true; }
        else if (!isDERControlEnumType(v3)) { if (c.soft(PCV, "/evSupportedDERControl/" + i2, "not a DERControlEnumType value")) return true; }
      }
    }
  }
  const v4 = v["evOverExcitedMaxDischargePower"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/evOverExcitedMaxDischargePower", NOT_NUMBER)) return true; }
  }
  const v5 = v["evOverExcitedPowerFactor"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/evOverExcitedPowerFactor", NOT_NUMBER)) return true; }
  }
  const v6 = v["evUnderExcitedMaxDischargePower"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isFinite(v6)) { if (c.fail(TCV, "/evUnderExcitedMaxDischargePower", NOT_NUMBER)) return true; }
  }
  const v7 = v["evUnderExcitedPowerFactor"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isFinite(v7)) { if (c.fail(TCV, "/evUnderExcitedPowerFactor", NOT_NUMBER)) return true; }
  }
  const v8 = v["maxApparentPower"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isFinite(v8)) { if (c.fail(TCV, "/maxApparentPower", NOT_NUMBER)) return true; }
  }
  const v9 = v["maxChargeApparentPower"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/maxChargeApparentPower", NOT_NUMBER)) return true; }
  }
  const v10 = v["maxChargeApparentPower_L2"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "number" || !Number.isFinite(v10)) { if (c.fail(TCV, "/maxChargeApparentPower_L2", NOT_NUMBER)) return true; }
  }
  const v11 = v["maxChargeApparentPower_L3"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isFinite(v11)) { if (c.fail(TCV, "/maxChargeApparentPower_L3", NOT_NUMBER)) return true; }
  }
  const v12 = v["maxDischargeApparentPower"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isFinite(v12)) { if (c.fail(TCV, "/maxDischargeApparentPower", NOT_NUMBER)) return true; }
  }
  const v13 = v["maxDischargeApparentPower_L2"];
  if (v13 !== undefined) {
    n0++;
    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail(TCV, "/maxDischargeApparentPower_L2", NOT_NUMBER)) return true; }
  }
  const v14 = v["maxDischargeApparentPower_L3"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "number" || !Number.isFinite(v14)) { if (c.fail(TCV, "/maxDischargeApparentPower_L3", NOT_NUMBER)) return true; }
  }
  const v15 = v["maxChargeReactivePower"];
  if (v15 !== undefined) {
    n0++;
    if (typeof v15 !== "number" || !Number.isFinite(v15)) { if (c.fail(TCV, "/maxChargeReactivePower", NOT_NUMBER)) return true; }
  }
  const v16 = v["maxChargeReactivePower_L2"];
  if (v16 !== undefined) {
    n0++;
    if (typeof v16 !== "number" || !Number.isFinite(v16)) { if (c.fail(TCV, "/maxChargeReactivePower_L2", NOT_NUMBER)) return true; }
  }
  const v17 = v["maxChargeReactivePower_L3"];
  if (v17 !== undefined) {
    n0++;
    if (typeof v17 !== "number" || !Number.isFinite(v17)) { if (c.fail(TCV, "/maxChargeReactivePower_L3", NOT_NUMBER)) return true; }
  }
  const v18 = v["minChargeReactivePower"];
  if (v18 !== undefined) {
    n0++;
    if (typeof v18 !== "number" || !Number.isFinite(v18)) { if (c.fail(TCV, "/minChargeReactivePower", NOT_NUMBER)) return true; }
  }
  const v19 = v["minChargeReactivePower_L2"];
  if (v19 !== undefined) {
    n0++;
    if (typeof v19 !== "number" || !Number.isFinite(v19)) { if (c.fail(TCV, "/minChargeReactivePower_L2", NOT_NUMBER)) return true; }
  }
  const v20 = v["minChargeReactivePower_L3"];
  if (v20 !== undefined) {
    n0++;
    if (typeof v20 !== "number" || !Number.isFinite(v20)) { if (c.fail(TCV, "/minChargeReactivePower_L3", NOT_NUMBER)) return true; }
  }
  const v21 = v["maxDischargeReactivePower"];
  if (v21 !== undefined) {
    n0++;
    if (typeof v21 !== "number" || !Number.isFinite(v21)) { if (c.fail(TCV, "/maxDischargeReactivePower", NOT_NUMBER)) return true; }
  }
  const v22 = v["maxDischargeReactivePower_L2"];
  if (v22 !== undefined) {
    n0++;
    if (typeof v22 !== "number" || !Number.isFinite(v22)) { if (c.fail(TCV, "/maxDischargeReactivePower_L2", NOT_NUMBER)) return true; }
  }
  const v23 = v["maxDischargeReactivePower_L3"];
  if (v23 !== undefined) {
    n0++;
    if (typeof v23 !== "number" || !Number.isFinite(v23)) { if (c.fail(TCV, "/maxDischargeReactivePower_L3", NOT_NUMBER)) return true; }
  }
  const v24 = v["minDischargeReactivePower"];
  if (v24 !== undefined) {
    n0++;
    if (typeof v24 !== "number" || !Number.isFinite(v24)) { if (c.fail(TCV, "/minDischargeReactivePower", NOT_NUMBER)) return true; }
  }
  const v25 = v["minDischargeReactivePower_L2"];
  if (v25 !== undefined) {
    n0++;
    if (typeof v25 !== "number" || !Number.isFinite(v25)) { if (c.fail(TCV, "/minDischargeReactivePower_L2", NOT_NUMBER)) return true; }
  }
  const v26 = v["minDischargeReactivePower_L3"];
  if (v26 !== undefined) {
    n0++;
    if (typeof v26 !== "number" || !Number.isFinite(v26)) { if (c.fail(TCV, "/minDischargeReactivePower_L3", NOT_NUMBER)) return true; }
  }
  const v27 = v["nominalVoltage"];
  if (v27 !== undefined) {
    n0++;
    if (typeof v27 !== "number" || !Number.isFinite(v27)) { if (c.fail(TCV, "/nominalVoltage", NOT_NUMBER)) return true; }
  }
  const v28 = v["nominalVoltageOffset"];
  if (v28 !== undefined) {
    n0++;
    if (typeof v28 !== "number" || !Number.isFinite(v28)) { if (c.fail(TCV, "/nominalVoltageOffset", NOT_NUMBER)) return true; }
  }
  const v29 = v["maxNominalVoltage"];
  if (v29 !== undefined) {
    n0++;
    if (typeof v29 !== "number" || !Number.isFinite(v29)) { if (c.fail(TCV, "/maxNominalVoltage", NOT_NUMBER)) return true; }
  }
  const v30 = v["minNominalVoltage"];
  if (v30 !== undefined) {
    n0++;
    if (typeof v30 !== "number" || !Number.isFinite(v30)) { if (c.fail(TCV, "/minNominalVoltage", NOT_NUMBER)) return true; }
  }
  const v31 = v["evInverterManufacturer"];
  if (v31 !== undefined) {
    n0++;
    if (typeof v31 !== "string") { if (c.fail(TCV, "/evInverterManufacturer", NOT_STRING)) return true; }
    else if (v31.length > 50 && (v31.length > 100 || codePoints(v31) > 50)) { if (c.soft(PCV, "/evInverterManufacturer", "longer than maxLength 50")) return true; }
  }
  const v32 = v["evInverterModel"];
  if (v32 !== undefined) {
    n0++;
    if (typeof v32 !== "string") { if (c.fail(TCV, "/evInverterModel", NOT_STRING)) return true; }
    else if (v32.length > 50 && (v32.length > 100 || codePoints(v32) > 50)) { if (c.soft(PCV, "/evInverterModel", "longer than maxLength 50")) return true; }
  }
  const v33 = v["evInverterSerialNumber"];
  if (v33 !== undefined) {
    n0++;
    if (typeof v33 !== "string") { if (c.fail(TCV, "/evInverterSerialNumber", NOT_STRING)) return true; }
    else if (v33.length > 50 && (v33.length > 100 || codePoints(v33) > 50)) { if (c.soft(PCV, "/evInverterSerialNumber", "longer than maxLength 50")) return true; }
  }
  const v34 = v["evInverterSwVersion"];
  if (v34 !== undefined) {
    n0++;
    if (typeof v34 !== "string") { if (c.fail(TCV, "/evInverterSwVersion", NOT_STRING)) return true; }
    else if (v34.length > 50 && (v34.length > 100 || codePoints(v34) > 50)) { if (c.soft(PCV, "/evInverterSwVersion", "longer than maxLength 50")) return true; }
  }
  const v35 = v["evInverterHwVersion"];
  if (v35 !== undefined) {
    n0++;
    if (typeof v35 !== "string") { if (c.fail(TCV, "/evInverterHwVersion", NOT_STRING)) return true; }
    else if (v35.length > 50 && (v35.length > 100 || codePoints(v35) > 50)) { if (c.soft(PCV, "/evInverterHwVersion", "longer than maxLength 50")) return true; }
  }
  const v36 = v["evIslandingDetectionMethod"];
  if (v36 !== undefined) {
    n0++;
    if (!Array.isArray(v36)) { if (c.fail(TCV, "/evIslandingDetectionMethod", NOT_ARRAY)) return true; }
    else {
      if (v36.length < 1) { if (c.fail(OCV, "/evIslandingDetectionMethod", "fewer than minItems 1")) return true; }
      for (let i37 = 0; i37 < v36.length; i37++) {
        const v38 = v36[i37];
        if (typeof v38 !== "string") { if (c.fail(TCV, "/evIslandingDetectionMethod/" + i37, NOT_STRING)) return true; }
        else if (!isIslandingDetectionEnumType(v38)) { if (c.soft(PCV, "/evIslandingDetectionMethod/" + i37, "not a IslandingDetectionEnumType value")) return true; }
      }
    }
  }
  const v39 = v["evIslandingTripTime"];
  if (v39 !== undefined) {
    n0++;
    if (typeof v39 !== "number" || !Number.isFinite(v39)) { if (c.fail(TCV, "/evIslandingTripTime", NOT_NUMBER)) return true; }
  }
  const v40 = v["evMaximumLevel1DCInjection"];
  if (v40 !== undefined) {
    n0++;
    if (typeof v40 !== "number" || !Number.isFinite(v40)) { if (c.fail(TCV, "/evMaximumLevel1DCInjection", NOT_NUMBER)) return true; }
  }
  const v41 = v["evDurationLevel1DCInjection"];
  if (v41 !== undefined) {
    n0++;
    if (typeof v41 !== "number" || !Number.isFinite(v41)) { if (c.fail(TCV, "/evDurationLevel1DCInjection", NOT_NUMBER)) return true; }
  }
  const v42 = v["evMaximumLevel2DCInjection"];
  if (v42 !== undefined) {
    n0++;
    if (typeof v42 !== "number" || !Number.isFinite(v42)) { if (c.fail(TCV, "/evMaximumLevel2DCInjection", NOT_NUMBER)) return true; }
  }
  const v43 = v["evDurationLevel2DCInjection"];
  if (v43 !== undefined) {
    n0++;
    if (typeof v43 !== "number" || !Number.isFinite(v43)) { if (c.fail(TCV, "/evDurationLevel2DCInjection", NOT_NUMBER)) return true; }
  }
  const v44 = v["evReactiveSusceptance"];
  if (v44 !== undefined) {
    n0++;
    if (typeof v44 !== "number" || !Number.isFinite(v44)) { if (c.fail(TCV, "/evReactiveSusceptance", NOT_NUMBER)) return true; }
  }
  const v45 = v["evSessionTotalDischargeEnergyAvailable"];
  if (v45 !== undefined) {
    n0++;
    if (typeof v45 !== "number" || !Number.isFinite(v45)) { if (c.fail(TCV, "/evSessionTotalDischargeEnergyAvailable", NOT_NUMBER)) return true; }
  }
  const v46 = v["customData"];
  if (v46 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v46, c)) return true;
    c.depth -= 1;
  }
  for (const k47 in v) n0--;
  if (n0 !== 0) {
    for (const k47 in v) if (!(k47 === "evSupportedDERControl" || k47 === "evOverExcitedMaxDischargePower" || k47 === "evOverExcitedPowerFactor" || k47 === "evUnderExcitedMaxDischargePower" || k47 === "evUnderExcitedPowerFactor" || k47 === "maxApparentPower" || k47 === "maxChargeApparentPower" || k47 === "maxChargeApparentPower_L2" || k47 === "maxChargeApparentPower_L3" || k47 === "maxDischargeApparentPower" || k47 === "maxDischargeApparentPower_L2" || k47 === "maxDischargeApparentPower_L3" || k47 === "maxChargeReactivePower" || k47 === "maxChargeReactivePower_L2" || k47 === "maxChargeReactivePower_L3" || k47 === "minChargeReactivePower" || k47 === "minChargeReactivePower_L2" || k47 === "minChargeReactivePower_L3" || k47 === "maxDischargeReactivePower" || k47 === "maxDischargeReactivePower_L2" || k47 === "maxDischargeReactivePower_L3" || k47 === "minDischargeReactivePower" || k47 === "minDischargeReactivePower_L2" || k47 === "minDischargeReactivePower_L3" || k47 === "nominalVoltage" || k47 === "nominalVoltageOffset" || k47 === "maxNominalVoltage" || k47 === "minNominalVoltage" || k47 === "evInverterManufacturer" || k47 === "evInverterModel" || k47 === "evInverterSerialNumber" || k47 === "evInverterSwVersion" || k47 === "evInverterHwVersion" || k47 === "evIslandingDetectionMethod" || k47 === "evIslandingTripTime" || k47 === "evMaximumLevel1DCInjection" || k47 === "evDurationLevel1DCInjection" || k47 === "evMaximumLevel2DCInjection" || k47 === "evDurationLevel2DCInjection" || k47 === "evReactiveSusceptance" || k47 === "evSessionTotalDischargeEnergyAvailable" || k47 === "customData")) { if (c.soft(FV, "/" + pointerToken(k47), UNKNOWN)) return true; }
  }
  return false;
}

function checkDERCurveGetType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["curve"];
  if (v1 === undefined) { if (c.fail(OCV, "/curve", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/curve";
    if (checkDERCurveType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/id", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/id", "longer than maxLength 36")) return true; }
  }
  const v3 = v["curveType"];
  if (v3 === undefined) { if (c.fail(OCV, "/curveType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/curveType", NOT_STRING)) return true; }
    else if (!isDERControlEnumType(v3)) { if (c.soft(PCV, "/curveType", "not a DERControlEnumType value")) return true; }
  }
  const v4 = v["isDefault"];
  if (v4 === undefined) { if (c.fail(OCV, "/isDefault", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return true; }
  }
  const v5 = v["isSuperseded"];
  if (v5 === undefined) { if (c.fail(OCV, "/isSuperseded", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/isSuperseded", NOT_BOOLEAN)) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "curve" || k7 === "id" || k7 === "curveType" || k7 === "isDefault" || k7 === "isSuperseded" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkDERCurvePointsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["x"];
  if (v1 === undefined) { if (c.fail(OCV, "/x", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/x", NOT_NUMBER)) return true; }
  }
  const v2 = v["y"];
  if (v2 === undefined) { if (c.fail(OCV, "/y", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/y", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "x" || k4 === "y" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkDERCurveType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["curveData"];
  if (v1 === undefined) { if (c.fail(OCV, "/curveData", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/curveData", NOT_ARRAY)) return true; }
    else if (v1.length > 10) { if (c.fail(OCV, "/curveData", "more than maxItems 10")) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/curveData", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/curveData"; c.path[c.depth++] = i2;
        if (checkDERCurvePointsType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["hysteresis"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/hysteresis";
    if (checkHysteresisType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["priority"];
  if (v5 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/priority", NOT_INTEGER)) return true; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/priority", "below minimum 0")) return true; }
    }
  }
  const v6 = v["reactivePowerParams"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/reactivePowerParams";
    if (checkReactivePowerParamsType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["voltageParams"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/voltageParams";
    if (checkVoltageParamsType(v7, c)) return true;
    c.depth -= 1;
  }
  const v8 = v["yUnit"];
  if (v8 === undefined) { if (c.fail(OCV, "/yUnit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/yUnit", NOT_STRING)) return true; }
    else if (!isDERUnitEnumType(v8)) { if (c.soft(PCV, "/yUnit", "not a DERUnitEnumType value")) return true; }
  }
  const v9 = v["responseTime"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/responseTime", NOT_NUMBER)) return true; }
  }
  const v10 = v["startTime"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "string") { if (c.fail(TCV, "/startTime", NOT_STRING)) return true; }
    else if (!isDateTime(v10)) { if (c.fail(PCV, "/startTime", NOT_DATE_TIME)) return true; }
  }
  const v11 = v["duration"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isFinite(v11)) { if (c.fail(TCV, "/duration", NOT_NUMBER)) return true; }
  }
  const v12 = v["customData"];
  if (v12 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v12, c)) return true;
    c.depth -= 1;
  }
  for (const k13 in v) n0--;
  if (n0 !== 0) {
    for (const k13 in v) if (!(k13 === "curveData" || k13 === "hysteresis" || k13 === "priority" || k13 === "reactivePowerParams" || k13 === "voltageParams" || k13 === "yUnit" || k13 === "responseTime" || k13 === "startTime" || k13 === "duration" || k13 === "customData")) { if (c.soft(FV, "/" + pointerToken(k13), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVAbsolutePriceScheduleEntryType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["duration"];
  if (v1 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v2 = v["evPriceRule"];
  if (v2 === undefined) { if (c.fail(OCV, "/evPriceRule", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/evPriceRule", NOT_ARRAY)) return true; }
    else if (v2.length > 8) { if (c.fail(OCV, "/evPriceRule", "more than maxItems 8")) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/evPriceRule", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/evPriceRule"; c.path[c.depth++] = i3;
        if (checkEVPriceRuleType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "duration" || k6 === "evPriceRule" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVAbsolutePriceScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["timeAnchor"];
  if (v1 === undefined) { if (c.fail(OCV, "/timeAnchor", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/timeAnchor", NOT_STRING)) return true; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/timeAnchor", NOT_DATE_TIME)) return true; }
  }
  const v2 = v["currency"];
  if (v2 === undefined) { if (c.fail(OCV, "/currency", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/currency", NOT_STRING)) return true; }
    else if (v2.length > 3 && (v2.length > 6 || codePoints(v2) > 3)) { if (c.soft(PCV, "/currency", "longer than maxLength 3")) return true; }
  }
  const v3 = v["evAbsolutePriceScheduleEntries"];
  if (v3 === undefined) { if (c.fail(OCV, "/evAbsolutePriceScheduleEntries", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/evAbsolutePriceScheduleEntries", NOT_ARRAY)) return true; }
    else if (v3.length > 1024) { if (c.fail(OCV, "/evAbsolutePriceScheduleEntries", "more than maxItems 1024")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/evAbsolutePriceScheduleEntries", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/evAbsolutePriceScheduleEntries"; c.path[c.depth++] = i4;
        if (checkEVAbsolutePriceScheduleEntryType(v5, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v6 = v["priceAlgorithm"];
  if (v6 === undefined) { if (c.fail(OCV, "/priceAlgorithm", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/priceAlgorithm", NOT_STRING)) return true; }
    else if (v6.length > 2000 && (v6.length > 4000 || codePoints(v6) > 2000)) { if (c.soft(PCV, "/priceAlgorithm", "longer than maxLength 2000")) return true; }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "timeAnchor" || k8 === "currency" || k8 === "evAbsolutePriceScheduleEntries" || k8 === "priceAlgorithm" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVEnergyOfferType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evAbsolutePriceSchedule"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evAbsolutePriceSchedule";
    if (checkEVAbsolutePriceScheduleType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["evPowerSchedule"];
  if (v2 === undefined) { if (c.fail(OCV, "/evPowerSchedule", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/evPowerSchedule";
    if (checkEVPowerScheduleType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "evAbsolutePriceSchedule" || k4 === "evPowerSchedule" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVPowerScheduleEntryType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["duration"];
  if (v1 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v2 = v["power"];
  if (v2 === undefined) { if (c.fail(OCV, "/power", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/power", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "duration" || k4 === "power" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVPowerScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["evPowerScheduleEntries"];
  if (v1 === undefined) { if (c.fail(OCV, "/evPowerScheduleEntries", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/evPowerScheduleEntries", NOT_ARRAY)) return true; }
    else if (v1.length > 1024) { if (c.fail(OCV, "/evPowerScheduleEntries", "more than maxItems 1024")) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/evPowerScheduleEntries", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/evPowerScheduleEntries"; c.path[c.depth++] = i2;
        if (checkEVPowerScheduleEntryType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["timeAnchor"];
  if (v4 === undefined) { if (c.fail(OCV, "/timeAnchor", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/timeAnchor", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/timeAnchor", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "evPowerScheduleEntries" || k6 === "timeAnchor" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVPriceRuleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["energyFee"];
  if (v1 === undefined) { if (c.fail(OCV, "/energyFee", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/energyFee", NOT_NUMBER)) return true; }
  }
  const v2 = v["powerRangeStart"];
  if (v2 === undefined) { if (c.fail(OCV, "/powerRangeStart", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/powerRangeStart", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "energyFee" || k4 === "powerRangeStart" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVSEType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v2 = v["connectorId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/connectorId", "below minimum 0")) return true; }
    }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "id" || k4 === "connectorId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkEnterServiceGetType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["enterService"];
  if (v1 === undefined) { if (c.fail(OCV, "/enterService", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/enterService";
    if (checkEnterServiceType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/id", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/id", "longer than maxLength 36")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "enterService" || k4 === "id" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkEnterServiceType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priority"];
  if (v1 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/priority", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/priority", "below minimum 0")) return true; }
    }
  }
  const v2 = v["highVoltage"];
  if (v2 === undefined) { if (c.fail(OCV, "/highVoltage", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/highVoltage", NOT_NUMBER)) return true; }
  }
  const v3 = v["lowVoltage"];
  if (v3 === undefined) { if (c.fail(OCV, "/lowVoltage", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/lowVoltage", NOT_NUMBER)) return true; }
  }
  const v4 = v["highFreq"];
  if (v4 === undefined) { if (c.fail(OCV, "/highFreq", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/highFreq", NOT_NUMBER)) return true; }
  }
  const v5 = v["lowFreq"];
  if (v5 === undefined) { if (c.fail(OCV, "/lowFreq", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/lowFreq", NOT_NUMBER)) return true; }
  }
  const v6 = v["delay"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isFinite(v6)) { if (c.fail(TCV, "/delay", NOT_NUMBER)) return true; }
  }
  const v7 = v["randomDelay"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isFinite(v7)) { if (c.fail(TCV, "/randomDelay", NOT_NUMBER)) return true; }
  }
  const v8 = v["rampRate"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isFinite(v8)) { if (c.fail(TCV, "/rampRate", NOT_NUMBER)) return true; }
  }
  const v9 = v["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "priority" || k10 === "highVoltage" || k10 === "lowVoltage" || k10 === "highFreq" || k10 === "lowFreq" || k10 === "delay" || k10 === "randomDelay" || k10 === "rampRate" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkEventDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["eventId"];
  if (v1 === undefined) { if (c.fail(OCV, "/eventId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/eventId", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/eventId", "below minimum 0")) return true; }
    }
  }
  const v2 = v["timestamp"];
  if (v2 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return true; }
  }
  const v3 = v["trigger"];
  if (v3 === undefined) { if (c.fail(OCV, "/trigger", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/trigger", NOT_STRING)) return true; }
    else if (!isEventTriggerEnumType(v3)) { if (c.soft(PCV, "/trigger", "not a EventTriggerEnumType value")) return true; }
  }
  const v4 = v["cause"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/cause", NOT_INTEGER)) return true; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/cause", "below minimum 0")) return true; }
    }
  }
  const v5 = v["actualValue"];
  if (v5 === undefined) { if (c.fail(OCV, "/actualValue", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/actualValue", NOT_STRING)) return true; }
    else if (v5.length > 2500 && (v5.length > 5000 || codePoints(v5) > 2500)) { if (c.soft(PCV, "/actualValue", "longer than maxLength 2500")) return true; }
  }
  const v6 = v["techCode"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/techCode", NOT_STRING)) return true; }
    else if (v6.length > 50 && (v6.length > 100 || codePoints(v6) > 50)) { if (c.soft(PCV, "/techCode", "longer than maxLength 50")) return true; }
  }
  const v7 = v["techInfo"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/techInfo", NOT_STRING)) return true; }
    else if (v7.length > 500 && (v7.length > 1000 || codePoints(v7) > 500)) { if (c.soft(PCV, "/techInfo", "longer than maxLength 500")) return true; }
  }
  const v8 = v["cleared"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "boolean") { if (c.fail(TCV, "/cleared", NOT_BOOLEAN)) return true; }
  }
  const v9 = v["transactionId"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v9.length > 36 && (v9.length > 72 || codePoints(v9) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  const v10 = v["component"];
  if (v10 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v10, c)) return true;
    c.depth -= 1;
  }
  const v11 = v["variableMonitoringId"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/variableMonitoringId", NOT_INTEGER)) return true; }
    else {
      if (v11 < 0) { if (c.fail(PCV, "/variableMonitoringId", "below minimum 0")) return true; }
    }
  }
  const v12 = v["eventNotificationType"];
  if (v12 === undefined) { if (c.fail(OCV, "/eventNotificationType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v12 !== "string") { if (c.fail(TCV, "/eventNotificationType", NOT_STRING)) return true; }
    else if (!isEventNotificationEnumType(v12)) { if (c.soft(PCV, "/eventNotificationType", "not a EventNotificationEnumType value")) return true; }
  }
  const v13 = v["variable"];
  if (v13 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v13, c)) return true;
    c.depth -= 1;
  }
  const v14 = v["severity"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/severity", NOT_INTEGER)) return true; }
    else {
      if (v14 < 0) { if (c.fail(PCV, "/severity", "below minimum 0")) return true; }
    }
  }
  const v15 = v["customData"];
  if (v15 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v15, c)) return true;
    c.depth -= 1;
  }
  for (const k16 in v) n0--;
  if (n0 !== 0) {
    for (const k16 in v) if (!(k16 === "eventId" || k16 === "timestamp" || k16 === "trigger" || k16 === "cause" || k16 === "actualValue" || k16 === "techCode" || k16 === "techInfo" || k16 === "cleared" || k16 === "transactionId" || k16 === "component" || k16 === "variableMonitoringId" || k16 === "eventNotificationType" || k16 === "variable" || k16 === "severity" || k16 === "customData")) { if (c.soft(FV, "/" + pointerToken(k16), UNKNOWN)) return true; }
  }
  return false;
}

function checkFirmwareType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["location"];
  if (v1 === undefined) { if (c.fail(OCV, "/location", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return true; }
    else if (v1.length > 2000 && (v1.length > 4000 || codePoints(v1) > 2000)) { if (c.soft(PCV, "/location", "longer than maxLength 2000")) return true; }
  }
  const v2 = v["retrieveDateTime"];
  if (v2 === undefined) { if (c.fail(OCV, "/retrieveDateTime", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/retrieveDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/retrieveDateTime", NOT_DATE_TIME)) return true; }
  }
  const v3 = v["installDateTime"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/installDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/installDateTime", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["signingCertificate"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/signingCertificate", NOT_STRING)) return true; }
    else if (v4.length > 5500 && (v4.length > 11000 || codePoints(v4) > 5500)) { if (c.soft(PCV, "/signingCertificate", "longer than maxLength 5500")) return true; }
  }
  const v5 = v["signature"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/signature", NOT_STRING)) return true; }
    else if (v5.length > 800 && (v5.length > 1600 || codePoints(v5) > 800)) { if (c.soft(PCV, "/signature", "longer than maxLength 800")) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "location" || k7 === "retrieveDateTime" || k7 === "installDateTime" || k7 === "signingCertificate" || k7 === "signature" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkFixedPFGetType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["fixedPF"];
  if (v1 === undefined) { if (c.fail(OCV, "/fixedPF", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/fixedPF";
    if (checkFixedPFType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/id", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/id", "longer than maxLength 36")) return true; }
  }
  const v3 = v["isDefault"];
  if (v3 === undefined) { if (c.fail(OCV, "/isDefault", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["isSuperseded"];
  if (v4 === undefined) { if (c.fail(OCV, "/isSuperseded", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "boolean") { if (c.fail(TCV, "/isSuperseded", NOT_BOOLEAN)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "fixedPF" || k6 === "id" || k6 === "isDefault" || k6 === "isSuperseded" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkFixedPFType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priority"];
  if (v1 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/priority", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/priority", "below minimum 0")) return true; }
    }
  }
  const v2 = v["displacement"];
  if (v2 === undefined) { if (c.fail(OCV, "/displacement", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/displacement", NOT_NUMBER)) return true; }
  }
  const v3 = v["excitation"];
  if (v3 === undefined) { if (c.fail(OCV, "/excitation", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/excitation", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["startTime"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/startTime", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/startTime", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["duration"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/duration", NOT_NUMBER)) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "priority" || k7 === "displacement" || k7 === "excitation" || k7 === "startTime" || k7 === "duration" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkFixedVarGetType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["fixedVar"];
  if (v1 === undefined) { if (c.fail(OCV, "/fixedVar", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/fixedVar";
    if (checkFixedVarType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/id", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/id", "longer than maxLength 36")) return true; }
  }
  const v3 = v["isDefault"];
  if (v3 === undefined) { if (c.fail(OCV, "/isDefault", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["isSuperseded"];
  if (v4 === undefined) { if (c.fail(OCV, "/isSuperseded", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "boolean") { if (c.fail(TCV, "/isSuperseded", NOT_BOOLEAN)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "fixedVar" || k6 === "id" || k6 === "isDefault" || k6 === "isSuperseded" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkFixedVarType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priority"];
  if (v1 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/priority", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/priority", "below minimum 0")) return true; }
    }
  }
  const v2 = v["setpoint"];
  if (v2 === undefined) { if (c.fail(OCV, "/setpoint", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/setpoint", NOT_NUMBER)) return true; }
  }
  const v3 = v["unit"];
  if (v3 === undefined) { if (c.fail(OCV, "/unit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/unit", NOT_STRING)) return true; }
    else if (!isDERUnitEnumType(v3)) { if (c.soft(PCV, "/unit", "not a DERUnitEnumType value")) return true; }
  }
  const v4 = v["startTime"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/startTime", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/startTime", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["duration"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/duration", NOT_NUMBER)) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "priority" || k7 === "setpoint" || k7 === "unit" || k7 === "startTime" || k7 === "duration" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkFreqDroopGetType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["freqDroop"];
  if (v1 === undefined) { if (c.fail(OCV, "/freqDroop", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/freqDroop";
    if (checkFreqDroopType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/id", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/id", "longer than maxLength 36")) return true; }
  }
  const v3 = v["isDefault"];
  if (v3 === undefined) { if (c.fail(OCV, "/isDefault", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["isSuperseded"];
  if (v4 === undefined) { if (c.fail(OCV, "/isSuperseded", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "boolean") { if (c.fail(TCV, "/isSuperseded", NOT_BOOLEAN)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "freqDroop" || k6 === "id" || k6 === "isDefault" || k6 === "isSuperseded" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkFreqDroopType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priority"];
  if (v1 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/priority", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/priority", "below minimum 0")) return true; }
    }
  }
  const v2 = v["overFreq"];
  if (v2 === undefined) { if (c.fail(OCV, "/overFreq", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/overFreq", NOT_NUMBER)) return true; }
  }
  const v3 = v["underFreq"];
  if (v3 === undefined) { if (c.fail(OCV, "/underFreq", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/underFreq", NOT_NUMBER)) return true; }
  }
  const v4 = v["overDroop"];
  if (v4 === undefined) { if (c.fail(OCV, "/overDroop", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/overDroop", NOT_NUMBER)) return true; }
  }
  const v5 = v["underDroop"];
  if (v5 === undefined) { if (c.fail(OCV, "/underDroop", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/underDroop", NOT_NUMBER)) return true; }
  }
  const v6 = v["responseTime"];
  if (v6 === undefined) { if (c.fail(OCV, "/responseTime", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "number" || !Number.isFinite(v6)) { if (c.fail(TCV, "/responseTime", NOT_NUMBER)) return true; }
  }
  const v7 = v["startTime"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/startTime", NOT_STRING)) return true; }
    else if (!isDateTime(v7)) { if (c.fail(PCV, "/startTime", NOT_DATE_TIME)) return true; }
  }
  const v8 = v["duration"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isFinite(v8)) { if (c.fail(TCV, "/duration", NOT_NUMBER)) return true; }
  }
  const v9 = v["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "priority" || k10 === "overFreq" || k10 === "underFreq" || k10 === "overDroop" || k10 === "underDroop" || k10 === "responseTime" || k10 === "startTime" || k10 === "duration" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkGetVariableDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["attributeType"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v1)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
  }
  const v2 = v["component"];
  if (v2 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["variable"];
  if (v3 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "attributeType" || k5 === "component" || k5 === "variable" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkGetVariableResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["attributeStatus"];
  if (v1 === undefined) { if (c.fail(OCV, "/attributeStatus", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/attributeStatus", NOT_STRING)) return true; }
    else if (!isGetVariableStatusEnumType(v1)) { if (c.soft(PCV, "/attributeStatus", "not a GetVariableStatusEnumType value")) return true; }
  }
  const v2 = v["attributeStatusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/attributeStatusInfo";
    if (checkStatusInfoType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["attributeType"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v3)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
  }
  const v4 = v["attributeValue"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/attributeValue", NOT_STRING)) return true; }
    else if (v4.length > 2500 && (v4.length > 5000 || codePoints(v4) > 2500)) { if (c.soft(PCV, "/attributeValue", "longer than maxLength 2500")) return true; }
  }
  const v5 = v["component"];
  if (v5 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v5, c)) return true;
    c.depth -= 1;
  }
  const v6 = v["variable"];
  if (v6 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "attributeStatus" || k8 === "attributeStatusInfo" || k8 === "attributeType" || k8 === "attributeValue" || k8 === "component" || k8 === "variable" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkGradientGetType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["gradient"];
  if (v1 === undefined) { if (c.fail(OCV, "/gradient", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/gradient";
    if (checkGradientType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/id", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/id", "longer than maxLength 36")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "gradient" || k4 === "id" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkGradientType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priority"];
  if (v1 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/priority", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/priority", "below minimum 0")) return true; }
    }
  }
  const v2 = v["gradient"];
  if (v2 === undefined) { if (c.fail(OCV, "/gradient", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/gradient", NOT_NUMBER)) return true; }
  }
  const v3 = v["softGradient"];
  if (v3 === undefined) { if (c.fail(OCV, "/softGradient", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/softGradient", NOT_NUMBER)) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "priority" || k5 === "gradient" || k5 === "softGradient" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkHysteresisType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["hysteresisHigh"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/hysteresisHigh", NOT_NUMBER)) return true; }
  }
  const v2 = v["hysteresisLow"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/hysteresisLow", NOT_NUMBER)) return true; }
  }
  const v3 = v["hysteresisDelay"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/hysteresisDelay", NOT_NUMBER)) return true; }
  }
  const v4 = v["hysteresisGradient"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/hysteresisGradient", NOT_NUMBER)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "hysteresisHigh" || k6 === "hysteresisLow" || k6 === "hysteresisDelay" || k6 === "hysteresisGradient" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkIdTokenInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isAuthorizationStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a AuthorizationStatusEnumType value")) return true; }
  }
  const v2 = v["cacheExpiryDateTime"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/cacheExpiryDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/cacheExpiryDateTime", NOT_DATE_TIME)) return true; }
  }
  const v3 = v["chargingPriority"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/chargingPriority", NOT_INTEGER)) return true; }
  }
  const v4 = v["groupIdToken"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/groupIdToken";
    if (checkIdTokenType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["language1"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/language1", NOT_STRING)) return true; }
    else if (v5.length > 8 && (v5.length > 16 || codePoints(v5) > 8)) { if (c.soft(PCV, "/language1", "longer than maxLength 8")) return true; }
  }
  const v6 = v["language2"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/language2", NOT_STRING)) return true; }
    else if (v6.length > 8 && (v6.length > 16 || codePoints(v6) > 8)) { if (c.soft(PCV, "/language2", "longer than maxLength 8")) return true; }
  }
  const v7 = v["evseId"];
  if (v7 !== undefined) {
    n0++;
    if (!Array.isArray(v7)) { if (c.fail(TCV, "/evseId", NOT_ARRAY)) return true; }
    else {
      if (v7.length < 1) { if (c.fail(OCV, "/evseId", "fewer than minItems 1")) return true; }
      for (let i8 = 0; i8 < v7.length; i8++) {
        const v9 = v7[i8];
        if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail(TCV, "/evseId/" + i8, NOT_INTEGER)) return true; }
        else {
          if (v9 < 0) { if (c.fail(PCV, "/evseId/" + i8, "below minimum 0")) return true; }
        }
      }
    }
  }
  const v10 = v["personalMessage"];
  if (v10 !== undefined) {
    n0++;
    c.path[c.depth++] = "/personalMessage";
    if (checkMessageContentType(v10, c)) return true;
    c.depth -= 1;
  }
  const v11 = v["customData"];
  if (v11 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v11, c)) return true;
    c.depth -= 1;
  }
  for (const k12 in v) n0--;
  if (n0 !== 0) {
    for (const k12 in v) if (!(k12 === "status" || k12 === "cacheExpiryDateTime" || k12 === "chargingPriority" || k12 === "groupIdToken" || k12 === "language1" || k12 === "language2" || k12 === "evseId" || k12 === "personalMessage" || k12 === "customData")) { if (c.soft(FV, "/" + pointerToken(k12), UNKNOWN)) return true; }
  }
  return false;
}

function checkIdTokenType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["additionalInfo"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/additionalInfo", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/additionalInfo", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/additionalInfo"; c.path[c.depth++] = i2;
        if (checkAdditionalInfoType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["idToken"];
  if (v4 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/idToken", NOT_STRING)) return true; }
    else if (v4.length > 255 && (v4.length > 510 || codePoints(v4) > 255)) { if (c.soft(PCV, "/idToken", "longer than maxLength 255")) return true; }
  }
  const v5 = v["type"];
  if (v5 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (v5.length > 20 && (v5.length > 40 || codePoints(v5) > 20)) { if (c.soft(PCV, "/type", "longer than maxLength 20")) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "additionalInfo" || k7 === "idToken" || k7 === "type" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkLimitAtSoCType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["soc"];
  if (v1 === undefined) { if (c.fail(OCV, "/soc", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/soc", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/soc", "below minimum 0")) return true; }
      if (v1 > 100) { if (c.fail(PCV, "/soc", "above maximum 100")) return true; }
    }
  }
  const v2 = v["limit"];
  if (v2 === undefined) { if (c.fail(OCV, "/limit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/limit", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "soc" || k4 === "limit" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkLimitMaxDischargeGetType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/id", NOT_STRING)) return true; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/id", "longer than maxLength 36")) return true; }
  }
  const v2 = v["isDefault"];
  if (v2 === undefined) { if (c.fail(OCV, "/isDefault", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return true; }
  }
  const v3 = v["isSuperseded"];
  if (v3 === undefined) { if (c.fail(OCV, "/isSuperseded", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/isSuperseded", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["limitMaxDischarge"];
  if (v4 === undefined) { if (c.fail(OCV, "/limitMaxDischarge", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/limitMaxDischarge";
    if (checkLimitMaxDischargeType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "id" || k6 === "isDefault" || k6 === "isSuperseded" || k6 === "limitMaxDischarge" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkLimitMaxDischargeType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priority"];
  if (v1 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/priority", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/priority", "below minimum 0")) return true; }
    }
  }
  const v2 = v["pctMaxDischargePower"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/pctMaxDischargePower", NOT_NUMBER)) return true; }
  }
  const v3 = v["powerMonitoringMustTrip"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/powerMonitoringMustTrip";
    if (checkDERCurveType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["startTime"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/startTime", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/startTime", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["duration"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/duration", NOT_NUMBER)) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "priority" || k7 === "pctMaxDischargePower" || k7 === "powerMonitoringMustTrip" || k7 === "startTime" || k7 === "duration" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkLogParametersType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["remoteLocation"];
  if (v1 === undefined) { if (c.fail(OCV, "/remoteLocation", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/remoteLocation", NOT_STRING)) return true; }
    else if (v1.length > 2000 && (v1.length > 4000 || codePoints(v1) > 2000)) { if (c.soft(PCV, "/remoteLocation", "longer than maxLength 2000")) return true; }
  }
  const v2 = v["oldestTimestamp"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/oldestTimestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/oldestTimestamp", NOT_DATE_TIME)) return true; }
  }
  const v3 = v["latestTimestamp"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/latestTimestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/latestTimestamp", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "remoteLocation" || k5 === "oldestTimestamp" || k5 === "latestTimestamp" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkMessageContentType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["format"];
  if (v1 === undefined) { if (c.fail(OCV, "/format", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/format", NOT_STRING)) return true; }
    else if (!isMessageFormatEnumType(v1)) { if (c.soft(PCV, "/format", "not a MessageFormatEnumType value")) return true; }
  }
  const v2 = v["language"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/language", NOT_STRING)) return true; }
    else if (v2.length > 8 && (v2.length > 16 || codePoints(v2) > 8)) { if (c.soft(PCV, "/language", "longer than maxLength 8")) return true; }
  }
  const v3 = v["content"];
  if (v3 === undefined) { if (c.fail(OCV, "/content", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/content", NOT_STRING)) return true; }
    else if (v3.length > 1024 && (v3.length > 2048 || codePoints(v3) > 1024)) { if (c.soft(PCV, "/content", "longer than maxLength 1024")) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "format" || k5 === "language" || k5 === "content" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkMessageInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["display"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/display";
    if (checkComponentType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v3 = v["priority"];
  if (v3 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/priority", NOT_STRING)) return true; }
    else if (!isMessagePriorityEnumType(v3)) { if (c.soft(PCV, "/priority", "not a MessagePriorityEnumType value")) return true; }
  }
  const v4 = v["state"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/state", NOT_STRING)) return true; }
    else if (!isMessageStateEnumType(v4)) { if (c.soft(PCV, "/state", "not a MessageStateEnumType value")) return true; }
  }
  const v5 = v["startDateTime"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/startDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/startDateTime", NOT_DATE_TIME)) return true; }
  }
  const v6 = v["endDateTime"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/endDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v6)) { if (c.fail(PCV, "/endDateTime", NOT_DATE_TIME)) return true; }
  }
  const v7 = v["transactionId"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v7.length > 36 && (v7.length > 72 || codePoints(v7) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  const v8 = v["message"];
  if (v8 === undefined) { if (c.fail(OCV, "/message", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/message";
    if (checkMessageContentType(v8, c)) return true;
    c.depth -= 1;
  }
  const v9 = v["messageExtra"];
  if (v9 !== undefined) {
    n0++;
    if (!Array.isArray(v9)) { if (c.fail(TCV, "/messageExtra", NOT_ARRAY)) return true; }
    else if (v9.length > 4) { if (c.fail(OCV, "/messageExtra", "more than maxItems 4")) return true; }
    else {
      if (v9.length < 1) { if (c.fail(OCV, "/messageExtra", "fewer than minItems 1")) return true; }
      for (let i10 = 0; i10 < v9.length; i10++) {
        const v11 = v9[i10];
        c.path[c.depth++] = "/messageExtra"; c.path[c.depth++] = i10;
        if (checkMessageContentType(v11, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v12 = v["customData"];
  if (v12 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v12, c)) return true;
    c.depth -= 1;
  }
  for (const k13 in v) n0--;
  if (n0 !== 0) {
    for (const k13 in v) if (!(k13 === "display" || k13 === "id" || k13 === "priority" || k13 === "state" || k13 === "startDateTime" || k13 === "endDateTime" || k13 === "transactionId" || k13 === "message" || k13 === "messageExtra" || k13 === "customData")) { if (c.soft(FV, "/" + pointerToken(k13), UNKNOWN)) return true; }
  }
  return false;
}

function checkMeterValueType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["sampledValue"];
  if (v1 === undefined) { if (c.fail(OCV, "/sampledValue", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/sampledValue", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/sampledValue", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/sampledValue"; c.path[c.depth++] = i2;
        if (checkSampledValueType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["timestamp"];
  if (v4 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "sampledValue" || k6 === "timestamp" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkModemType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["iccid"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/iccid", NOT_STRING)) return true; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/iccid", "longer than maxLength 20")) return true; }
  }
  const v2 = v["imsi"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/imsi", NOT_STRING)) return true; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/imsi", "longer than maxLength 20")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "iccid" || k4 === "imsi" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkMonitoringDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["component"];
  if (v1 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["variable"];
  if (v2 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["variableMonitoring"];
  if (v3 === undefined) { if (c.fail(OCV, "/variableMonitoring", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/variableMonitoring", NOT_ARRAY)) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/variableMonitoring", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/variableMonitoring"; c.path[c.depth++] = i4;
        if (checkVariableMonitoringType(v5, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "component" || k7 === "variable" || k7 === "variableMonitoring" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkNetworkConnectionProfileType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["apn"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/apn";
    if (checkAPNType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["ocppVersion"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/ocppVersion", NOT_STRING)) return true; }
    else if (!isOCPPVersionEnumType(v2)) { if (c.soft(PCV, "/ocppVersion", "not a OCPPVersionEnumType value")) return true; }
  }
  const v3 = v["ocppInterface"];
  if (v3 === undefined) { if (c.fail(OCV, "/ocppInterface", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/ocppInterface", NOT_STRING)) return true; }
    else if (!isOCPPInterfaceEnumType(v3)) { if (c.soft(PCV, "/ocppInterface", "not a OCPPInterfaceEnumType value")) return true; }
  }
  const v4 = v["ocppTransport"];
  if (v4 === undefined) { if (c.fail(OCV, "/ocppTransport", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/ocppTransport", NOT_STRING)) return true; }
    else if (!isOCPPTransportEnumType(v4)) { if (c.soft(PCV, "/ocppTransport", "not a OCPPTransportEnumType value")) return true; }
  }
  const v5 = v["messageTimeout"];
  if (v5 === undefined) { if (c.fail(OCV, "/messageTimeout", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/messageTimeout", NOT_INTEGER)) return true; }
  }
  const v6 = v["ocppCsmsUrl"];
  if (v6 === undefined) { if (c.fail(OCV, "/ocppCsmsUrl", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/ocppCsmsUrl", NOT_STRING)) return true; }
    else if (v6.length > 2000 && (v6.length > 4000 || codePoints(v6) > 2000)) { if (c.soft(PCV, "/ocppCsmsUrl", "longer than maxLength 2000")) return true; }
  }
  const v7 = v["securityProfile"];
  if (v7 === undefined) { if (c.fail(OCV, "/securityProfile", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/securityProfile", NOT_INTEGER)) return true; }
    else {
      if (v7 < 0) { if (c.fail(PCV, "/securityProfile", "below minimum 0")) return true; }
    }
  }
  const v8 = v["identity"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/identity", NOT_STRING)) return true; }
    else if (v8.length > 48 && (v8.length > 96 || codePoints(v8) > 48)) { if (c.soft(PCV, "/identity", "longer than maxLength 48")) return true; }
  }
  const v9 = v["basicAuthPassword"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/basicAuthPassword", NOT_STRING)) return true; }
    else if (v9.length > 64 && (v9.length > 128 || codePoints(v9) > 64)) { if (c.soft(PCV, "/basicAuthPassword", "longer than maxLength 64")) return true; }
  }
  const v10 = v["vpn"];
  if (v10 !== undefined) {
    n0++;
    c.path[c.depth++] = "/vpn";
    if (checkVPNType(v10, c)) return true;
    c.depth -= 1;
  }
  const v11 = v["customData"];
  if (v11 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v11, c)) return true;
    c.depth -= 1;
  }
  for (const k12 in v) n0--;
  if (n0 !== 0) {
    for (const k12 in v) if (!(k12 === "apn" || k12 === "ocppVersion" || k12 === "ocppInterface" || k12 === "ocppTransport" || k12 === "messageTimeout" || k12 === "ocppCsmsUrl" || k12 === "securityProfile" || k12 === "identity" || k12 === "basicAuthPassword" || k12 === "vpn" || k12 === "customData")) { if (c.soft(FV, "/" + pointerToken(k12), UNKNOWN)) return true; }
  }
  return false;
}

function checkOCSPRequestDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["hashAlgorithm"];
  if (v1 === undefined) { if (c.fail(OCV, "/hashAlgorithm", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/hashAlgorithm", NOT_STRING)) return true; }
    else if (!isHashAlgorithmEnumType(v1)) { if (c.soft(PCV, "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return true; }
  }
  const v2 = v["issuerNameHash"];
  if (v2 === undefined) { if (c.fail(OCV, "/issuerNameHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/issuerNameHash", NOT_STRING)) return true; }
    else if (v2.length > 128 && (v2.length > 256 || codePoints(v2) > 128)) { if (c.soft(PCV, "/issuerNameHash", "longer than maxLength 128")) return true; }
  }
  const v3 = v["issuerKeyHash"];
  if (v3 === undefined) { if (c.fail(OCV, "/issuerKeyHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/issuerKeyHash", NOT_STRING)) return true; }
    else if (v3.length > 128 && (v3.length > 256 || codePoints(v3) > 128)) { if (c.soft(PCV, "/issuerKeyHash", "longer than maxLength 128")) return true; }
  }
  const v4 = v["serialNumber"];
  if (v4 === undefined) { if (c.fail(OCV, "/serialNumber", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/serialNumber", NOT_STRING)) return true; }
    else if (v4.length > 40 && (v4.length > 80 || codePoints(v4) > 40)) { if (c.soft(PCV, "/serialNumber", "longer than maxLength 40")) return true; }
  }
  const v5 = v["responderURL"];
  if (v5 === undefined) { if (c.fail(OCV, "/responderURL", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/responderURL", NOT_STRING)) return true; }
    else if (v5.length > 2000 && (v5.length > 4000 || codePoints(v5) > 2000)) { if (c.soft(PCV, "/responderURL", "longer than maxLength 2000")) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "hashAlgorithm" || k7 === "issuerNameHash" || k7 === "issuerKeyHash" || k7 === "serialNumber" || k7 === "responderURL" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkOverstayRuleListType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["overstayPowerThreshold"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/overstayPowerThreshold";
    if (checkRationalNumberType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["overstayRule"];
  if (v2 === undefined) { if (c.fail(OCV, "/overstayRule", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/overstayRule", NOT_ARRAY)) return true; }
    else if (v2.length > 5) { if (c.fail(OCV, "/overstayRule", "more than maxItems 5")) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/overstayRule", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/overstayRule"; c.path[c.depth++] = i3;
        if (checkOverstayRuleType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["overstayTimeThreshold"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/overstayTimeThreshold", NOT_INTEGER)) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "overstayPowerThreshold" || k7 === "overstayRule" || k7 === "overstayTimeThreshold" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkOverstayRuleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["overstayFee"];
  if (v1 === undefined) { if (c.fail(OCV, "/overstayFee", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/overstayFee";
    if (checkRationalNumberType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["overstayRuleDescription"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/overstayRuleDescription", NOT_STRING)) return true; }
    else if (v2.length > 32 && (v2.length > 64 || codePoints(v2) > 32)) { if (c.soft(PCV, "/overstayRuleDescription", "longer than maxLength 32")) return true; }
  }
  const v3 = v["startTime"];
  if (v3 === undefined) { if (c.fail(OCV, "/startTime", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/startTime", NOT_INTEGER)) return true; }
  }
  const v4 = v["overstayFeePeriod"];
  if (v4 === undefined) { if (c.fail(OCV, "/overstayFeePeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/overstayFeePeriod", NOT_INTEGER)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "overstayFee" || k6 === "overstayRuleDescription" || k6 === "startTime" || k6 === "overstayFeePeriod" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkPeriodicEventStreamParamsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["interval"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/interval", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/interval", "below minimum 0")) return true; }
    }
  }
  const v2 = v["values"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/values", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/values", "below minimum 0")) return true; }
    }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "interval" || k4 === "values" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkPriceLevelScheduleEntryType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["duration"];
  if (v1 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v2 = v["priceLevel"];
  if (v2 === undefined) { if (c.fail(OCV, "/priceLevel", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/priceLevel", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/priceLevel", "below minimum 0")) return true; }
    }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "duration" || k4 === "priceLevel" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkPriceLevelScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priceLevelScheduleEntries"];
  if (v1 === undefined) { if (c.fail(OCV, "/priceLevelScheduleEntries", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/priceLevelScheduleEntries", NOT_ARRAY)) return true; }
    else if (v1.length > 100) { if (c.fail(OCV, "/priceLevelScheduleEntries", "more than maxItems 100")) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/priceLevelScheduleEntries", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/priceLevelScheduleEntries"; c.path[c.depth++] = i2;
        if (checkPriceLevelScheduleEntryType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["timeAnchor"];
  if (v4 === undefined) { if (c.fail(OCV, "/timeAnchor", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/timeAnchor", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/timeAnchor", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["priceScheduleId"];
  if (v5 === undefined) { if (c.fail(OCV, "/priceScheduleId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/priceScheduleId", NOT_INTEGER)) return true; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/priceScheduleId", "below minimum 0")) return true; }
    }
  }
  const v6 = v["priceScheduleDescription"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/priceScheduleDescription", NOT_STRING)) return true; }
    else if (v6.length > 32 && (v6.length > 64 || codePoints(v6) > 32)) { if (c.soft(PCV, "/priceScheduleDescription", "longer than maxLength 32")) return true; }
  }
  const v7 = v["numberOfPriceLevels"];
  if (v7 === undefined) { if (c.fail(OCV, "/numberOfPriceLevels", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/numberOfPriceLevels", NOT_INTEGER)) return true; }
    else {
      if (v7 < 0) { if (c.fail(PCV, "/numberOfPriceLevels", "below minimum 0")) return true; }
    }
  }
  const v8 = v["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "priceLevelScheduleEntries" || k9 === "timeAnchor" || k9 === "priceScheduleId" || k9 === "priceScheduleDescription" || k9 === "numberOfPriceLevels" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkPriceRuleStackType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["duration"];
  if (v1 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v2 = v["priceRule"];
  if (v2 === undefined) { if (c.fail(OCV, "/priceRule", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/priceRule", NOT_ARRAY)) return true; }
    else if (v2.length > 8) { if (c.fail(OCV, "/priceRule", "more than maxItems 8")) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/priceRule", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/priceRule"; c.path[c.depth++] = i3;
        if (checkPriceRuleType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "duration" || k6 === "priceRule" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkPriceRuleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["parkingFeePeriod"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/parkingFeePeriod", NOT_INTEGER)) return true; }
  }
  const v2 = v["carbonDioxideEmission"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/carbonDioxideEmission", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/carbonDioxideEmission", "below minimum 0")) return true; }
    }
  }
  const v3 = v["renewableGenerationPercentage"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/renewableGenerationPercentage", NOT_INTEGER)) return true; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/renewableGenerationPercentage", "below minimum 0")) return true; }
      if (v3 > 100) { if (c.fail(PCV, "/renewableGenerationPercentage", "above maximum 100")) return true; }
    }
  }
  const v4 = v["energyFee"];
  if (v4 === undefined) { if (c.fail(OCV, "/energyFee", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/energyFee";
    if (checkRationalNumberType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["parkingFee"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/parkingFee";
    if (checkRationalNumberType(v5, c)) return true;
    c.depth -= 1;
  }
  const v6 = v["powerRangeStart"];
  if (v6 === undefined) { if (c.fail(OCV, "/powerRangeStart", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/powerRangeStart";
    if (checkRationalNumberType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "parkingFeePeriod" || k8 === "carbonDioxideEmission" || k8 === "renewableGenerationPercentage" || k8 === "energyFee" || k8 === "parkingFee" || k8 === "powerRangeStart" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkPriceType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["exclTax"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/exclTax", NOT_NUMBER)) return true; }
  }
  const v2 = v["inclTax"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/inclTax", NOT_NUMBER)) return true; }
  }
  const v3 = v["taxRates"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/taxRates", NOT_ARRAY)) return true; }
    else if (v3.length > 5) { if (c.fail(OCV, "/taxRates", "more than maxItems 5")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/taxRates", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/taxRates"; c.path[c.depth++] = i4;
        if (checkTaxRateType(v5, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "exclTax" || k7 === "inclTax" || k7 === "taxRates" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkRationalNumberType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["exponent"];
  if (v1 === undefined) { if (c.fail(OCV, "/exponent", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/exponent", NOT_INTEGER)) return true; }
  }
  const v2 = v["value"];
  if (v2 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/value", NOT_INTEGER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "exponent" || k4 === "value" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkReactivePowerParamsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["vRef"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/vRef", NOT_NUMBER)) return true; }
  }
  const v2 = v["autonomousVRefEnable"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/autonomousVRefEnable", NOT_BOOLEAN)) return true; }
  }
  const v3 = v["autonomousVRefTimeConstant"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/autonomousVRefTimeConstant", NOT_NUMBER)) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "vRef" || k5 === "autonomousVRefEnable" || k5 === "autonomousVRefTimeConstant" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkRelativeTimeIntervalType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["start"];
  if (v1 === undefined) { if (c.fail(OCV, "/start", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/start", NOT_INTEGER)) return true; }
  }
  const v2 = v["duration"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "start" || k4 === "duration" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkReportDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["component"];
  if (v1 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["variable"];
  if (v2 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["variableAttribute"];
  if (v3 === undefined) { if (c.fail(OCV, "/variableAttribute", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/variableAttribute", NOT_ARRAY)) return true; }
    else if (v3.length > 4) { if (c.fail(OCV, "/variableAttribute", "more than maxItems 4")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/variableAttribute", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/variableAttribute"; c.path[c.depth++] = i4;
        if (checkVariableAttributeType(v5, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v6 = v["variableCharacteristics"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/variableCharacteristics";
    if (checkVariableCharacteristicsType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "component" || k8 === "variable" || k8 === "variableAttribute" || k8 === "variableCharacteristics" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkSalesTariffEntryType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["relativeTimeInterval"];
  if (v1 === undefined) { if (c.fail(OCV, "/relativeTimeInterval", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/relativeTimeInterval";
    if (checkRelativeTimeIntervalType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["ePriceLevel"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/ePriceLevel", NOT_INTEGER)) return true; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/ePriceLevel", "below minimum 0")) return true; }
    }
  }
  const v3 = v["consumptionCost"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/consumptionCost", NOT_ARRAY)) return true; }
    else if (v3.length > 3) { if (c.fail(OCV, "/consumptionCost", "more than maxItems 3")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/consumptionCost", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/consumptionCost"; c.path[c.depth++] = i4;
        if (checkConsumptionCostType(v5, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "relativeTimeInterval" || k7 === "ePriceLevel" || k7 === "consumptionCost" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkSalesTariffType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v2 = v["salesTariffDescription"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/salesTariffDescription", NOT_STRING)) return true; }
    else if (v2.length > 32 && (v2.length > 64 || codePoints(v2) > 32)) { if (c.soft(PCV, "/salesTariffDescription", "longer than maxLength 32")) return true; }
  }
  const v3 = v["numEPriceLevels"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/numEPriceLevels", NOT_INTEGER)) return true; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/numEPriceLevels", "below minimum 0")) return true; }
    }
  }
  const v4 = v["salesTariffEntry"];
  if (v4 === undefined) { if (c.fail(OCV, "/salesTariffEntry", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/salesTariffEntry", NOT_ARRAY)) return true; }
    else if (v4.length > 1024) { if (c.fail(OCV, "/salesTariffEntry", "more than maxItems 1024")) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/salesTariffEntry", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/salesTariffEntry"; c.path[c.depth++] = i5;
        if (checkSalesTariffEntryType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "id" || k8 === "salesTariffDescription" || k8 === "numEPriceLevels" || k8 === "salesTariffEntry" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkSampledValueType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["value"];
  if (v1 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/value", NOT_NUMBER)) return true; }
  }
  const v2 = v["measurand"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/measurand", NOT_STRING)) return true; }
    else if (!isMeasurandEnumType(v2)) { if (c.soft(PCV, "/measurand", "not a MeasurandEnumType value")) return true; }
  }
  const v3 = v["context"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/context", NOT_STRING)) return true; }
    else if (!isReadingContextEnumType(v3)) { if (c.soft(PCV, "/context", "not a ReadingContextEnumType value")) return true; }
  }
  const v4 = v["phase"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/phase", NOT_STRING)) return true; }
    else if (!isPhaseEnumType(v4)) { if (c.soft(PCV, "/phase", "not a PhaseEnumType value")) return true; }
  }
  const v5 = v["location"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return true; }
    else if (!isLocationEnumType(v5)) { if (c.soft(PCV, "/location", "not a LocationEnumType value")) return true; }
  }
  const v6 = v["signedMeterValue"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/signedMeterValue";
    if (checkSignedMeterValueType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["unitOfMeasure"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/unitOfMeasure";
    if (checkUnitOfMeasureType(v7, c)) return true;
    c.depth -= 1;
  }
  const v8 = v["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "value" || k9 === "measurand" || k9 === "context" || k9 === "phase" || k9 === "location" || k9 === "signedMeterValue" || k9 === "unitOfMeasure" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetMonitoringDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v2 = v["periodicEventStream"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/periodicEventStream";
    if (checkPeriodicEventStreamParamsType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["transaction"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/transaction", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["value"];
  if (v4 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/value", NOT_NUMBER)) return true; }
  }
  const v5 = v["type"];
  if (v5 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isMonitorEnumType(v5)) { if (c.soft(PCV, "/type", "not a MonitorEnumType value")) return true; }
  }
  const v6 = v["severity"];
  if (v6 === undefined) { if (c.fail(OCV, "/severity", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/severity", NOT_INTEGER)) return true; }
    else {
      if (v6 < 0) { if (c.fail(PCV, "/severity", "below minimum 0")) return true; }
    }
  }
  const v7 = v["component"];
  if (v7 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v7, c)) return true;
    c.depth -= 1;
  }
  const v8 = v["variable"];
  if (v8 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v8, c)) return true;
    c.depth -= 1;
  }
  const v9 = v["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "id" || k10 === "periodicEventStream" || k10 === "transaction" || k10 === "value" || k10 === "type" || k10 === "severity" || k10 === "component" || k10 === "variable" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetMonitoringResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v2 = v["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["status"];
  if (v3 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isSetMonitoringStatusEnumType(v3)) { if (c.soft(PCV, "/status", "not a SetMonitoringStatusEnumType value")) return true; }
  }
  const v4 = v["type"];
  if (v4 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isMonitorEnumType(v4)) { if (c.soft(PCV, "/type", "not a MonitorEnumType value")) return true; }
  }
  const v5 = v["component"];
  if (v5 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v5, c)) return true;
    c.depth -= 1;
  }
  const v6 = v["variable"];
  if (v6 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["severity"];
  if (v7 === undefined) { if (c.fail(OCV, "/severity", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/severity", NOT_INTEGER)) return true; }
    else {
      if (v7 < 0) { if (c.fail(PCV, "/severity", "below minimum 0")) return true; }
    }
  }
  const v8 = v["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "id" || k9 === "statusInfo" || k9 === "status" || k9 === "type" || k9 === "component" || k9 === "variable" || k9 === "severity" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetVariableDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["attributeType"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v1)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
  }
  const v2 = v["attributeValue"];
  if (v2 === undefined) { if (c.fail(OCV, "/attributeValue", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/attributeValue", NOT_STRING)) return true; }
    else if (v2.length > 2500 && (v2.length > 5000 || codePoints(v2) > 2500)) { if (c.soft(PCV, "/attributeValue", "longer than maxLength 2500")) return true; }
  }
  const v3 = v["component"];
  if (v3 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["variable"];
  if (v4 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "attributeType" || k6 === "attributeValue" || k6 === "component" || k6 === "variable" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetVariableResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["attributeType"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v1)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
  }
  const v2 = v["attributeStatus"];
  if (v2 === undefined) { if (c.fail(OCV, "/attributeStatus", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/attributeStatus", NOT_STRING)) return true; }
    else if (!isSetVariableStatusEnumType(v2)) { if (c.soft(PCV, "/attributeStatus", "not a SetVariableStatusEnumType value")) return true; }
  }
  const v3 = v["attributeStatusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/attributeStatusInfo";
    if (checkStatusInfoType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["component"];
  if (v4 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["variable"];
  if (v5 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v5, c)) return true;
    c.depth -= 1;
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "attributeType" || k7 === "attributeStatus" || k7 === "attributeStatusInfo" || k7 === "component" || k7 === "variable" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkSignedMeterValueType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["signedMeterData"];
  if (v1 === undefined) { if (c.fail(OCV, "/signedMeterData", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/signedMeterData", NOT_STRING)) return true; }
    else if (v1.length > 32768 && (v1.length > 65536 || codePoints(v1) > 32768)) { if (c.soft(PCV, "/signedMeterData", "longer than maxLength 32768")) return true; }
  }
  const v2 = v["signingMethod"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/signingMethod", NOT_STRING)) return true; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/signingMethod", "longer than maxLength 50")) return true; }
  }
  const v3 = v["encodingMethod"];
  if (v3 === undefined) { if (c.fail(OCV, "/encodingMethod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/encodingMethod", NOT_STRING)) return true; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/encodingMethod", "longer than maxLength 50")) return true; }
  }
  const v4 = v["publicKey"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/publicKey", NOT_STRING)) return true; }
    else if (v4.length > 2500 && (v4.length > 5000 || codePoints(v4) > 2500)) { if (c.soft(PCV, "/publicKey", "longer than maxLength 2500")) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "signedMeterData" || k6 === "signingMethod" || k6 === "encodingMethod" || k6 === "publicKey" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkStatusInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["reasonCode"];
  if (v1 === undefined) { if (c.fail(OCV, "/reasonCode", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/reasonCode", NOT_STRING)) return true; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/reasonCode", "longer than maxLength 20")) return true; }
  }
  const v2 = v["additionalInfo"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/additionalInfo", NOT_STRING)) return true; }
    else if (v2.length > 1024 && (v2.length > 2048 || codePoints(v2) > 1024)) { if (c.soft(PCV, "/additionalInfo", "longer than maxLength 1024")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "reasonCode" || k4 === "additionalInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkStreamDataElementType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["t"];
  if (v1 === undefined) { if (c.fail(OCV, "/t", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/t", NOT_NUMBER)) return true; }
  }
  const v2 = v["v"];
  if (v2 === undefined) { if (c.fail(OCV, "/v", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/v", NOT_STRING)) return true; }
    else if (v2.length > 2500 && (v2.length > 5000 || codePoints(v2) > 2500)) { if (c.soft(PCV, "/v", "longer than maxLength 2500")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "t" || k4 === "v" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffAssignmentType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["tariffId"];
  if (v1 === undefined) { if (c.fail(OCV, "/tariffId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/tariffId", NOT_STRING)) return true; }
    else if (v1.length > 60 && (v1.length > 120 || codePoints(v1) > 60)) { if (c.soft(PCV, "/tariffId", "longer than maxLength 60")) return true; }
  }
  const v2 = v["tariffKind"];
  if (v2 === undefined) { if (c.fail(OCV, "/tariffKind", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/tariffKind", NOT_STRING)) return true; }
    else if (!isTariffKindEnumType(v2)) { if (c.soft(PCV, "/tariffKind", "not a TariffKindEnumType value")) return true; }
  }
  const v3 = v["validFrom"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/validFrom", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/validFrom", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["evseIds"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/evseIds", NOT_ARRAY)) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/evseIds", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/evseIds/" + i5, NOT_INTEGER)) return true; }
        else {
          if (v6 < 0) { if (c.fail(PCV, "/evseIds/" + i5, "below minimum 0")) return true; }
        }
      }
    }
  }
  const v7 = v["idTokens"];
  if (v7 !== undefined) {
    n0++;
    if (!Array.isArray(v7)) { if (c.fail(TCV, "/idTokens", NOT_ARRAY)) return true; }
    else {
      if (v7.length < 1) { if (c.fail(OCV, "/idTokens", "fewer than minItems 1")) return true; }
      for (let i8 = 0; i8 < v7.length; i8++) {
        const v9 = v7[i8];
        if (typeof v9 !== "string") { if (c.fail(TCV, "/idTokens/" + i8, NOT_STRING)) return true; }
        else if (v9.length > 255 && (v9.length > 510 || codePoints(v9) > 255)) { if (c.soft(PCV, "/idTokens/" + i8, "longer than maxLength 255")) return true; }
      }
    }
  }
  const v10 = v["customData"];
  if (v10 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v10, c)) return true;
    c.depth -= 1;
  }
  for (const k11 in v) n0--;
  if (n0 !== 0) {
    for (const k11 in v) if (!(k11 === "tariffId" || k11 === "tariffKind" || k11 === "validFrom" || k11 === "evseIds" || k11 === "idTokens" || k11 === "customData")) { if (c.soft(FV, "/" + pointerToken(k11), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffConditionsFixedType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["startTimeOfDay"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/startTimeOfDay", NOT_STRING)) return true; }
  }
  const v2 = v["endTimeOfDay"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/endTimeOfDay", NOT_STRING)) return true; }
  }
  const v3 = v["dayOfWeek"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/dayOfWeek", NOT_ARRAY)) return true; }
    else if (v3.length > 7) { if (c.fail(OCV, "/dayOfWeek", "more than maxItems 7")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/dayOfWeek", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "string") { if (c.fail(TCV, "/dayOfWeek/" + i4, NOT_STRING)) return true; }
        else if (!isDayOfWeekEnumType(v5)) { if (c.soft(PCV, "/dayOfWeek/" + i4, "not a DayOfWeekEnumType value")) return true; }
      }
    }
  }
  const v6 = v["validFromDate"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/validFromDate", NOT_STRING)) return true; }
  }
  const v7 = v["validToDate"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/validToDate", NOT_STRING)) return true; }
  }
  const v8 = v["evseKind"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/evseKind", NOT_STRING)) return true; }
    else if (!isEvseKindEnumType(v8)) { if (c.soft(PCV, "/evseKind", "not a EvseKindEnumType value")) return true; }
  }
  const v9 = v["paymentBrand"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/paymentBrand", NOT_STRING)) return true; }
    else if (v9.length > 20 && (v9.length > 40 || codePoints(v9) > 20)) { if (c.soft(PCV, "/paymentBrand", "longer than maxLength 20")) return true; }
  }
  const v10 = v["paymentRecognition"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "string") { if (c.fail(TCV, "/paymentRecognition", NOT_STRING)) return true; }
    else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft(PCV, "/paymentRecognition", "longer than maxLength 20")) return true; }
  }
  const v11 = v["customData"];
  if (v11 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v11, c)) return true;
    c.depth -= 1;
  }
  for (const k12 in v) n0--;
  if (n0 !== 0) {
    for (const k12 in v) if (!(k12 === "startTimeOfDay" || k12 === "endTimeOfDay" || k12 === "dayOfWeek" || k12 === "validFromDate" || k12 === "validToDate" || k12 === "evseKind" || k12 === "paymentBrand" || k12 === "paymentRecognition" || k12 === "customData")) { if (c.soft(FV, "/" + pointerToken(k12), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffConditionsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["startTimeOfDay"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/startTimeOfDay", NOT_STRING)) return true; }
  }
  const v2 = v["endTimeOfDay"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/endTimeOfDay", NOT_STRING)) return true; }
  }
  const v3 = v["dayOfWeek"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/dayOfWeek", NOT_ARRAY)) return true; }
    else if (v3.length > 7) { if (c.fail(OCV, "/dayOfWeek", "more than maxItems 7")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/dayOfWeek", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "string") { if (c.fail(TCV, "/dayOfWeek/" + i4, NOT_STRING)) return true; }
        else if (!isDayOfWeekEnumType(v5)) { if (c.soft(PCV, "/dayOfWeek/" + i4, "not a DayOfWeekEnumType value")) return true; }
      }
    }
  }
  const v6 = v["validFromDate"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/validFromDate", NOT_STRING)) return true; }
  }
  const v7 = v["validToDate"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/validToDate", NOT_STRING)) return true; }
  }
  const v8 = v["evseKind"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/evseKind", NOT_STRING)) return true; }
    else if (!isEvseKindEnumType(v8)) { if (c.soft(PCV, "/evseKind", "not a EvseKindEnumType value")) return true; }
  }
  const v9 = v["minEnergy"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/minEnergy", NOT_NUMBER)) return true; }
  }
  const v10 = v["maxEnergy"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "number" || !Number.isFinite(v10)) { if (c.fail(TCV, "/maxEnergy", NOT_NUMBER)) return true; }
  }
  const v11 = v["minCurrent"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isFinite(v11)) { if (c.fail(TCV, "/minCurrent", NOT_NUMBER)) return true; }
  }
  const v12 = v["maxCurrent"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isFinite(v12)) { if (c.fail(TCV, "/maxCurrent", NOT_NUMBER)) return true; }
  }
  const v13 = v["minPower"];
  if (v13 !== undefined) {
    n0++;
    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail(TCV, "/minPower", NOT_NUMBER)) return true; }
  }
  const v14 = v["maxPower"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "number" || !Number.isFinite(v14)) { if (c.fail(TCV, "/maxPower", NOT_NUMBER)) return true; }
  }
  const v15 = v["minTime"];
  if (v15 !== undefined) {
    n0++;
    if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail(TCV, "/minTime", NOT_INTEGER)) return true; }
  }
  const v16 = v["maxTime"];
  if (v16 !== undefined) {
    n0++;
    if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail(TCV, "/maxTime", NOT_INTEGER)) return true; }
  }
  const v17 = v["minChargingTime"];
  if (v17 !== undefined) {
    n0++;
    if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail(TCV, "/minChargingTime", NOT_INTEGER)) return true; }
  }
  const v18 = v["maxChargingTime"];
  if (v18 !== undefined) {
    n0++;
    if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail(TCV, "/maxChargingTime", NOT_INTEGER)) return true; }
  }
  const v19 = v["minIdleTime"];
  if (v19 !== undefined) {
    n0++;
    if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail(TCV, "/minIdleTime", NOT_INTEGER)) return true; }
  }
  const v20 = v["maxIdleTime"];
  if (v20 !== undefined) {
    n0++;
    if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail(TCV, "/maxIdleTime", NOT_INTEGER)) return true; }
  }
  const v21 = v["customData"];
  if (v21 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v21, c)) return true;
    c.depth -= 1;
  }
  for (const k22 in v) n0--;
  if (n0 !== 0) {
    for (const k22 in v) if (!(k22 === "startTimeOfDay" || k22 === "endTimeOfDay" || k22 === "dayOfWeek" || k22 === "validFromDate" || k22 === "validToDate" || k22 === "evseKind" || k22 === "minEnergy" || k22 === "maxEnergy" || k22 === "minCurrent" || k22 === "maxCurrent" || k22 === "minPower" || k22 === "maxPower" || k22 === "minTime" || k22 === "maxTime" || k22 === "minChargingTime" || k22 === "maxChargingTime" || k22 === "minIdleTime" || k22 === "maxIdleTime" || k22 === "customData")) { if (c.soft(FV, "/" + pointerToken(k22), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffEnergyPriceType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priceKwh"];
  if (v1 === undefined) { if (c.fail(OCV, "/priceKwh", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/priceKwh", NOT_NUMBER)) return true; }
  }
  const v2 = v["conditions"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/conditions";
    if (checkTariffConditionsType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "priceKwh" || k4 === "conditions" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffEnergyType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["prices"];
  if (v1 === undefined) { if (c.fail(OCV, "/prices", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/prices", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/prices", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/prices"; c.path[c.depth++] = i2;
        if (checkTariffEnergyPriceType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["taxRates"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/taxRates", NOT_ARRAY)) return true; }
    else if (v4.length > 5) { if (c.fail(OCV, "/taxRates", "more than maxItems 5")) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/taxRates", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/taxRates"; c.path[c.depth++] = i5;
        if (checkTaxRateType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "prices" || k8 === "taxRates" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffFixedPriceType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["conditions"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/conditions";
    if (checkTariffConditionsFixedType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["priceFixed"];
  if (v2 === undefined) { if (c.fail(OCV, "/priceFixed", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/priceFixed", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "conditions" || k4 === "priceFixed" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffFixedType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["prices"];
  if (v1 === undefined) { if (c.fail(OCV, "/prices", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/prices", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/prices", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/prices"; c.path[c.depth++] = i2;
        if (checkTariffFixedPriceType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["taxRates"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/taxRates", NOT_ARRAY)) return true; }
    else if (v4.length > 5) { if (c.fail(OCV, "/taxRates", "more than maxItems 5")) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/taxRates", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/taxRates"; c.path[c.depth++] = i5;
        if (checkTaxRateType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "prices" || k8 === "taxRates" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffTimePriceType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["priceMinute"];
  if (v1 === undefined) { if (c.fail(OCV, "/priceMinute", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/priceMinute", NOT_NUMBER)) return true; }
  }
  const v2 = v["conditions"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/conditions";
    if (checkTariffConditionsType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "priceMinute" || k4 === "conditions" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffTimeType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["prices"];
  if (v1 === undefined) { if (c.fail(OCV, "/prices", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/prices", NOT_ARRAY)) return true; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/prices", "fewer than minItems 1")) return true; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/prices"; c.path[c.depth++] = i2;
        if (checkTariffTimePriceType(v3, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v4 = v["taxRates"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/taxRates", NOT_ARRAY)) return true; }
    else if (v4.length > 5) { if (c.fail(OCV, "/taxRates", "more than maxItems 5")) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/taxRates", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/taxRates"; c.path[c.depth++] = i5;
        if (checkTaxRateType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "prices" || k8 === "taxRates" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkTariffType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["tariffId"];
  if (v1 === undefined) { if (c.fail(OCV, "/tariffId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/tariffId", NOT_STRING)) return true; }
    else if (v1.length > 60 && (v1.length > 120 || codePoints(v1) > 60)) { if (c.soft(PCV, "/tariffId", "longer than maxLength 60")) return true; }
  }
  const v2 = v["description"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/description", NOT_ARRAY)) return true; }
    else if (v2.length > 10) { if (c.fail(OCV, "/description", "more than maxItems 10")) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/description", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/description"; c.path[c.depth++] = i3;
        if (checkMessageContentType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["currency"];
  if (v5 === undefined) { if (c.fail(OCV, "/currency", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/currency", NOT_STRING)) return true; }
    else if (v5.length > 3 && (v5.length > 6 || codePoints(v5) > 3)) { if (c.soft(PCV, "/currency", "longer than maxLength 3")) return true; }
  }
  const v6 = v["energy"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/energy";
    if (checkTariffEnergyType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["validFrom"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/validFrom", NOT_STRING)) return true; }
    else if (!isDateTime(v7)) { if (c.fail(PCV, "/validFrom", NOT_DATE_TIME)) return true; }
  }
  const v8 = v["chargingTime"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingTime";
    if (checkTariffTimeType(v8, c)) return true;
    c.depth -= 1;
  }
  const v9 = v["idleTime"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idleTime";
    if (checkTariffTimeType(v9, c)) return true;
    c.depth -= 1;
  }
  const v10 = v["fixedFee"];
  if (v10 !== undefined) {
    n0++;
    c.path[c.depth++] = "/fixedFee";
    if (checkTariffFixedType(v10, c)) return true;
    c.depth -= 1;
  }
  const v11 = v["reservationTime"];
  if (v11 !== undefined) {
    n0++;
    c.path[c.depth++] = "/reservationTime";
    if (checkTariffTimeType(v11, c)) return true;
    c.depth -= 1;
  }
  const v12 = v["reservationFixed"];
  if (v12 !== undefined) {
    n0++;
    c.path[c.depth++] = "/reservationFixed";
    if (checkTariffFixedType(v12, c)) return true;
    c.depth -= 1;
  }
  const v13 = v["minCost"];
  if (v13 !== undefined) {
    n0++;
    c.path[c.depth++] = "/minCost";
    if (checkPriceType(v13, c)) return true;
    c.depth -= 1;
  }
  const v14 = v["maxCost"];
  if (v14 !== undefined) {
    n0++;
    c.path[c.depth++] = "/maxCost";
    if (checkPriceType(v14, c)) return true;
    c.depth -= 1;
  }
  const v15 = v["customData"];
  if (v15 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v15, c)) return true;
    c.depth -= 1;
  }
  for (const k16 in v) n0--;
  if (n0 !== 0) {
    for (const k16 in v) if (!(k16 === "tariffId" || k16 === "description" || k16 === "currency" || k16 === "energy" || k16 === "validFrom" || k16 === "chargingTime" || k16 === "idleTime" || k16 === "fixedFee" || k16 === "reservationTime" || k16 === "reservationFixed" || k16 === "minCost" || k16 === "maxCost" || k16 === "customData")) { if (c.soft(FV, "/" + pointerToken(k16), UNKNOWN)) return true; }
  }
  return false;
}

function checkTaxRateType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["type"];
  if (v1 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/type", "longer than maxLength 20")) return true; }
  }
  const v2 = v["tax"];
  if (v2 === undefined) { if (c.fail(OCV, "/tax", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/tax", NOT_NUMBER)) return true; }
  }
  const v3 = v["stack"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/stack", NOT_INTEGER)) return true; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/stack", "below minimum 0")) return true; }
    }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "type" || k5 === "tax" || k5 === "stack" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkTaxRuleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["taxRuleID"];
  if (v1 === undefined) { if (c.fail(OCV, "/taxRuleID", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/taxRuleID", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/taxRuleID", "below minimum 0")) return true; }
    }
  }
  const v2 = v["taxRuleName"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/taxRuleName", NOT_STRING)) return true; }
    else if (v2.length > 100 && (v2.length > 200 || codePoints(v2) > 100)) { if (c.soft(PCV, "/taxRuleName", "longer than maxLength 100")) return true; }
  }
  const v3 = v["taxIncludedInPrice"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/taxIncludedInPrice", NOT_BOOLEAN)) return true; }
  }
  const v4 = v["appliesToEnergyFee"];
  if (v4 === undefined) { if (c.fail(OCV, "/appliesToEnergyFee", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "boolean") { if (c.fail(TCV, "/appliesToEnergyFee", NOT_BOOLEAN)) return true; }
  }
  const v5 = v["appliesToParkingFee"];
  if (v5 === undefined) { if (c.fail(OCV, "/appliesToParkingFee", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/appliesToParkingFee", NOT_BOOLEAN)) return true; }
  }
  const v6 = v["appliesToOverstayFee"];
  if (v6 === undefined) { if (c.fail(OCV, "/appliesToOverstayFee", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/appliesToOverstayFee", NOT_BOOLEAN)) return true; }
  }
  const v7 = v["appliesToMinimumMaximumCost"];
  if (v7 === undefined) { if (c.fail(OCV, "/appliesToMinimumMaximumCost", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "boolean") { if (c.fail(TCV, "/appliesToMinimumMaximumCost", NOT_BOOLEAN)) return true; }
  }
  const v8 = v["taxRate"];
  if (v8 === undefined) { if (c.fail(OCV, "/taxRate", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/taxRate";
    if (checkRationalNumberType(v8, c)) return true;
    c.depth -= 1;
  }
  const v9 = v["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "taxRuleID" || k10 === "taxRuleName" || k10 === "taxIncludedInPrice" || k10 === "appliesToEnergyFee" || k10 === "appliesToParkingFee" || k10 === "appliesToOverstayFee" || k10 === "appliesToMinimumMaximumCost" || k10 === "taxRate" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkTotalCostType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["currency"];
  if (v1 === undefined) { if (c.fail(OCV, "/currency", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/currency", NOT_STRING)) return true; }
    else if (v1.length > 3 && (v1.length > 6 || codePoints(v1) > 3)) { if (c.soft(PCV, "/currency", "longer than maxLength 3")) return true; }
  }
  const v2 = v["typeOfCost"];
  if (v2 === undefined) { if (c.fail(OCV, "/typeOfCost", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/typeOfCost", NOT_STRING)) return true; }
    else if (!isTariffCostEnumType(v2)) { if (c.soft(PCV, "/typeOfCost", "not a TariffCostEnumType value")) return true; }
  }
  const v3 = v["fixed"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/fixed";
    if (checkPriceType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["energy"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/energy";
    if (checkPriceType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["chargingTime"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingTime";
    if (checkPriceType(v5, c)) return true;
    c.depth -= 1;
  }
  const v6 = v["idleTime"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idleTime";
    if (checkPriceType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["reservationTime"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/reservationTime";
    if (checkPriceType(v7, c)) return true;
    c.depth -= 1;
  }
  const v8 = v["reservationFixed"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/reservationFixed";
    if (checkPriceType(v8, c)) return true;
    c.depth -= 1;
  }
  const v9 = v["total"];
  if (v9 === undefined) { if (c.fail(OCV, "/total", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/total";
    if (checkTotalPriceType(v9, c)) return true;
    c.depth -= 1;
  }
  const v10 = v["customData"];
  if (v10 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v10, c)) return true;
    c.depth -= 1;
  }
  for (const k11 in v) n0--;
  if (n0 !== 0) {
    for (const k11 in v) if (!(k11 === "currency" || k11 === "typeOfCost" || k11 === "fixed" || k11 === "energy" || k11 === "chargingTime" || k11 === "idleTime" || k11 === "reservationTime" || k11 === "reservationFixed" || k11 === "total" || k11 === "customData")) { if (c.soft(FV, "/" + pointerToken(k11), UNKNOWN)) return true; }
  }
  return false;
}

function checkTotalPriceType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["exclTax"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/exclTax", NOT_NUMBER)) return true; }
  }
  const v2 = v["inclTax"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/inclTax", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "exclTax" || k4 === "inclTax" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkTotalUsageType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["energy"];
  if (v1 === undefined) { if (c.fail(OCV, "/energy", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/energy", NOT_NUMBER)) return true; }
  }
  const v2 = v["chargingTime"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingTime", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/chargingTime", NOT_INTEGER)) return true; }
  }
  const v3 = v["idleTime"];
  if (v3 === undefined) { if (c.fail(OCV, "/idleTime", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/idleTime", NOT_INTEGER)) return true; }
  }
  const v4 = v["reservationTime"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/reservationTime", NOT_INTEGER)) return true; }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "energy" || k6 === "chargingTime" || k6 === "idleTime" || k6 === "reservationTime" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkTransactionLimitType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["maxCost"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/maxCost", NOT_NUMBER)) return true; }
  }
  const v2 = v["maxEnergy"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/maxEnergy", NOT_NUMBER)) return true; }
  }
  const v3 = v["maxTime"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/maxTime", NOT_INTEGER)) return true; }
  }
  const v4 = v["maxSoC"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/maxSoC", NOT_INTEGER)) return true; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/maxSoC", "below minimum 0")) return true; }
      if (v4 > 100) { if (c.fail(PCV, "/maxSoC", "above maximum 100")) return true; }
    }
  }
  const v5 = v["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return true;
    c.depth -= 1;
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "maxCost" || k6 === "maxEnergy" || k6 === "maxTime" || k6 === "maxSoC" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkTransactionType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["transactionId"];
  if (v1 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  const v2 = v["chargingState"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/chargingState", NOT_STRING)) return true; }
    else if (!isChargingStateEnumType(v2)) { if (c.soft(PCV, "/chargingState", "not a ChargingStateEnumType value")) return true; }
  }
  const v3 = v["timeSpentCharging"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/timeSpentCharging", NOT_INTEGER)) return true; }
  }
  const v4 = v["stoppedReason"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/stoppedReason", NOT_STRING)) return true; }
    else if (!isReasonEnumType(v4)) { if (c.soft(PCV, "/stoppedReason", "not a ReasonEnumType value")) return true; }
  }
  const v5 = v["remoteStartId"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/remoteStartId", NOT_INTEGER)) return true; }
  }
  const v6 = v["operationMode"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/operationMode", NOT_STRING)) return true; }
    else if (!isOperationModeEnumType(v6)) { if (c.soft(PCV, "/operationMode", "not a OperationModeEnumType value")) return true; }
  }
  const v7 = v["tariffId"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/tariffId", NOT_STRING)) return true; }
    else if (v7.length > 60 && (v7.length > 120 || codePoints(v7) > 60)) { if (c.soft(PCV, "/tariffId", "longer than maxLength 60")) return true; }
  }
  const v8 = v["transactionLimit"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/transactionLimit";
    if (checkTransactionLimitType(v8, c)) return true;
    c.depth -= 1;
  }
  const v9 = v["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "transactionId" || k10 === "chargingState" || k10 === "timeSpentCharging" || k10 === "stoppedReason" || k10 === "remoteStartId" || k10 === "operationMode" || k10 === "tariffId" || k10 === "transactionLimit" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkUnitOfMeasureType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["unit"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/unit", NOT_STRING)) return true; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/unit", "longer than maxLength 20")) return true; }
  }
  const v2 = v["multiplier"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/multiplier", NOT_INTEGER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "unit" || k4 === "multiplier" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkV2XChargingParametersType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["minChargePower"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/minChargePower", NOT_NUMBER)) return true; }
  }
  const v2 = v["minChargePower_L2"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/minChargePower_L2", NOT_NUMBER)) return true; }
  }
  const v3 = v["minChargePower_L3"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/minChargePower_L3", NOT_NUMBER)) return true; }
  }
  const v4 = v["maxChargePower"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/maxChargePower", NOT_NUMBER)) return true; }
  }
  const v5 = v["maxChargePower_L2"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/maxChargePower_L2", NOT_NUMBER)) return true; }
  }
  const v6 = v["maxChargePower_L3"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isFinite(v6)) { if (c.fail(TCV, "/maxChargePower_L3", NOT_NUMBER)) return true; }
  }
  const v7 = v["minDischargePower"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isFinite(v7)) { if (c.fail(TCV, "/minDischargePower", NOT_NUMBER)) return true; }
  }
  const v8 = v["minDischargePower_L2"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isFinite(v8)) { if (c.fail(TCV, "/minDischargePower_L2", NOT_NUMBER)) return true; }
  }
  const v9 = v["minDischargePower_L3"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/minDischargePower_L3", NOT_NUMBER)) return true; }
  }
  const v10 = v["maxDischargePower"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "number" || !Number.isFinite(v10)) { if (c.fail(TCV, "/maxDischargePower", NOT_NUMBER)) return true; }
  }
  const v11 = v["maxDischargePower_L2"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isFinite(v11)) { if (c.fail(TCV, "/maxDischargePower_L2", NOT_NUMBER)) return true; }
  }
  const v12 = v["maxDischargePower_L3"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isFinite(v12)) { if (c.fail(TCV, "/maxDischargePower_L3", NOT_NUMBER)) return true; }
  }
  const v13 = v["minChargeCurrent"];
  if (v13 !== undefined) {
    n0++;
    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail(TCV, "/minChargeCurrent", NOT_NUMBER)) return true; }
  }
  const v14 = v["maxChargeCurrent"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "number" || !Number.isFinite(v14)) { if (c.fail(TCV, "/maxChargeCurrent", NOT_NUMBER)) return true; }
  }
  const v15 = v["minDischargeCurrent"];
  if (v15 !== undefined) {
    n0++;
    if (typeof v15 !== "number" || !Number.isFinite(v15)) { if (c.fail(TCV, "/minDischargeCurrent", NOT_NUMBER)) return true; }
  }
  const v16 = v["maxDischargeCurrent"];
  if (v16 !== undefined) {
    n0++;
    if (typeof v16 !== "number" || !Number.isFinite(v16)) { if (c.fail(TCV, "/maxDischargeCurrent", NOT_NUMBER)) return true; }
  }
  const v17 = v["minVoltage"];
  if (v17 !== undefined) {
    n0++;
    if (typeof v17 !== "number" || !Number.isFinite(v17)) { if (c.fail(TCV, "/minVoltage", NOT_NUMBER)) return true; }
  }
  const v18 = v["maxVoltage"];
  if (v18 !== undefined) {
    n0++;
    if (typeof v18 !== "number" || !Number.isFinite(v18)) { if (c.fail(TCV, "/maxVoltage", NOT_NUMBER)) return true; }
  }
  const v19 = v["evTargetEnergyRequest"];
  if (v19 !== undefined) {
    n0++;
    if (typeof v19 !== "number" || !Number.isFinite(v19)) { if (c.fail(TCV, "/evTargetEnergyRequest", NOT_NUMBER)) return true; }
  }
  const v20 = v["evMinEnergyRequest"];
  if (v20 !== undefined) {
    n0++;
    if (typeof v20 !== "number" || !Number.isFinite(v20)) { if (c.fail(TCV, "/evMinEnergyRequest", NOT_NUMBER)) return true; }
  }
  const v21 = v["evMaxEnergyRequest"];
  if (v21 !== undefined) {
    n0++;
    if (typeof v21 !== "number" || !Number.isFinite(v21)) { if (c.fail(TCV, "/evMaxEnergyRequest", NOT_NUMBER)) return true; }
  }
  const v22 = v["evMinV2XEnergyRequest"];
  if (v22 !== undefined) {
    n0++;
    if (typeof v22 !== "number" || !Number.isFinite(v22)) { if (c.fail(TCV, "/evMinV2XEnergyRequest", NOT_NUMBER)) return true; }
  }
  const v23 = v["evMaxV2XEnergyRequest"];
  if (v23 !== undefined) {
    n0++;
    if (typeof v23 !== "number" || !Number.isFinite(v23)) { if (c.fail(TCV, "/evMaxV2XEnergyRequest", NOT_NUMBER)) return true; }
  }
  const v24 = v["targetSoC"];
  if (v24 !== undefined) {
    n0++;
    if (typeof v24 !== "number" || !Number.isInteger(v24)) { if (c.fail(TCV, "/targetSoC", NOT_INTEGER)) return true; }
    else {
      if (v24 < 0) { if (c.fail(PCV, "/targetSoC", "below minimum 0")) return true; }
      if (v24 > 100) { if (c.fail(PCV, "/targetSoC", "above maximum 100")) return true; }
    }
  }
  const v25 = v["customData"];
  if (v25 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v25, c)) return true;
    c.depth -= 1;
  }
  for (const k26 in v) n0--;
  if (n0 !== 0) {
    for (const k26 in v) if (!(k26 === "minChargePower" || k26 === "minChargePower_L2" || k26 === "minChargePower_L3" || k26 === "maxChargePower" || k26 === "maxChargePower_L2" || k26 === "maxChargePower_L3" || k26 === "minDischargePower" || k26 === "minDischargePower_L2" || k26 === "minDischargePower_L3" || k26 === "maxDischargePower" || k26 === "maxDischargePower_L2" || k26 === "maxDischargePower_L3" || k26 === "minChargeCurrent" || k26 === "maxChargeCurrent" || k26 === "minDischargeCurrent" || k26 === "maxDischargeCurrent" || k26 === "minVoltage" || k26 === "maxVoltage" || k26 === "evTargetEnergyRequest" || k26 === "evMinEnergyRequest" || k26 === "evMaxEnergyRequest" || k26 === "evMinV2XEnergyRequest" || k26 === "evMaxV2XEnergyRequest" || k26 === "targetSoC" || k26 === "customData")) { if (c.soft(FV, "/" + pointerToken(k26), UNKNOWN)) return true; }
  }
  return false;
}

function checkV2XFreqWattPointType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["frequency"];
  if (v1 === undefined) { if (c.fail(OCV, "/frequency", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/frequency", NOT_NUMBER)) return true; }
  }
  const v2 = v["power"];
  if (v2 === undefined) { if (c.fail(OCV, "/power", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/power", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "frequency" || k4 === "power" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkV2XSignalWattPointType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["signal"];
  if (v1 === undefined) { if (c.fail(OCV, "/signal", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/signal", NOT_INTEGER)) return true; }
  }
  const v2 = v["power"];
  if (v2 === undefined) { if (c.fail(OCV, "/power", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/power", NOT_NUMBER)) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "signal" || k4 === "power" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkVPNType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["server"];
  if (v1 === undefined) { if (c.fail(OCV, "/server", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/server", NOT_STRING)) return true; }
    else if (v1.length > 2000 && (v1.length > 4000 || codePoints(v1) > 2000)) { if (c.soft(PCV, "/server", "longer than maxLength 2000")) return true; }
  }
  const v2 = v["user"];
  if (v2 === undefined) { if (c.fail(OCV, "/user", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/user", NOT_STRING)) return true; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/user", "longer than maxLength 50")) return true; }
  }
  const v3 = v["group"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/group", NOT_STRING)) return true; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/group", "longer than maxLength 50")) return true; }
  }
  const v4 = v["password"];
  if (v4 === undefined) { if (c.fail(OCV, "/password", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/password", NOT_STRING)) return true; }
    else if (v4.length > 64 && (v4.length > 128 || codePoints(v4) > 64)) { if (c.soft(PCV, "/password", "longer than maxLength 64")) return true; }
  }
  const v5 = v["key"];
  if (v5 === undefined) { if (c.fail(OCV, "/key", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/key", NOT_STRING)) return true; }
    else if (v5.length > 255 && (v5.length > 510 || codePoints(v5) > 255)) { if (c.soft(PCV, "/key", "longer than maxLength 255")) return true; }
  }
  const v6 = v["type"];
  if (v6 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isVPNEnumType(v6)) { if (c.soft(PCV, "/type", "not a VPNEnumType value")) return true; }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "server" || k8 === "user" || k8 === "group" || k8 === "password" || k8 === "key" || k8 === "type" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableAttributeType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["type"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v1)) { if (c.soft(PCV, "/type", "not a AttributeEnumType value")) return true; }
  }
  const v2 = v["value"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/value", NOT_STRING)) return true; }
    else if (v2.length > 2500 && (v2.length > 5000 || codePoints(v2) > 2500)) { if (c.soft(PCV, "/value", "longer than maxLength 2500")) return true; }
  }
  const v3 = v["mutability"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/mutability", NOT_STRING)) return true; }
    else if (!isMutabilityEnumType(v3)) { if (c.soft(PCV, "/mutability", "not a MutabilityEnumType value")) return true; }
  }
  const v4 = v["persistent"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "boolean") { if (c.fail(TCV, "/persistent", NOT_BOOLEAN)) return true; }
  }
  const v5 = v["constant"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/constant", NOT_BOOLEAN)) return true; }
  }
  const v6 = v["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return true;
    c.depth -= 1;
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "type" || k7 === "value" || k7 === "mutability" || k7 === "persistent" || k7 === "constant" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableCharacteristicsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["unit"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/unit", NOT_STRING)) return true; }
    else if (v1.length > 16 && (v1.length > 32 || codePoints(v1) > 16)) { if (c.soft(PCV, "/unit", "longer than maxLength 16")) return true; }
  }
  const v2 = v["dataType"];
  if (v2 === undefined) { if (c.fail(OCV, "/dataType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/dataType", NOT_STRING)) return true; }
    else if (!isDataEnumType(v2)) { if (c.soft(PCV, "/dataType", "not a DataEnumType value")) return true; }
  }
  const v3 = v["minLimit"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/minLimit", NOT_NUMBER)) return true; }
  }
  const v4 = v["maxLimit"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/maxLimit", NOT_NUMBER)) return true; }
  }
  const v5 = v["maxElements"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/maxElements", NOT_INTEGER)) return true; }
    else {
      if (v5 < 1) { if (c.fail(PCV, "/maxElements", "below minimum 1")) return true; }
    }
  }
  const v6 = v["valuesList"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/valuesList", NOT_STRING)) return true; }
    else if (v6.length > 1000 && (v6.length > 2000 || codePoints(v6) > 1000)) { if (c.soft(PCV, "/valuesList", "longer than maxLength 1000")) return true; }
  }
  const v7 = v["supportsMonitoring"];
  if (v7 === undefined) { if (c.fail(OCV, "/supportsMonitoring", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "boolean") { if (c.fail(TCV, "/supportsMonitoring", NOT_BOOLEAN)) return true; }
  }
  const v8 = v["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "unit" || k9 === "dataType" || k9 === "minLimit" || k9 === "maxLimit" || k9 === "maxElements" || k9 === "valuesList" || k9 === "supportsMonitoring" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableMonitoringType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return true; }
    }
  }
  const v2 = v["transaction"];
  if (v2 === undefined) { if (c.fail(OCV, "/transaction", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/transaction", NOT_BOOLEAN)) return true; }
  }
  const v3 = v["value"];
  if (v3 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/value", NOT_NUMBER)) return true; }
  }
  const v4 = v["type"];
  if (v4 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isMonitorEnumType(v4)) { if (c.soft(PCV, "/type", "not a MonitorEnumType value")) return true; }
  }
  const v5 = v["severity"];
  if (v5 === undefined) { if (c.fail(OCV, "/severity", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/severity", NOT_INTEGER)) return true; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/severity", "below minimum 0")) return true; }
    }
  }
  const v6 = v["eventNotificationType"];
  if (v6 === undefined) { if (c.fail(OCV, "/eventNotificationType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/eventNotificationType", NOT_STRING)) return true; }
    else if (!isEventNotificationEnumType(v6)) { if (c.soft(PCV, "/eventNotificationType", "not a EventNotificationEnumType value")) return true; }
  }
  const v7 = v["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "id" || k8 === "transaction" || k8 === "value" || k8 === "type" || k8 === "severity" || k8 === "eventNotificationType" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["name"];
  if (v1 === undefined) { if (c.fail(OCV, "/name", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/name", NOT_STRING)) return true; }
    else if (v1.length > 50 && (v1.length > 100 || codePoints(v1) > 50)) { if (c.soft(PCV, "/name", "longer than maxLength 50")) return true; }
  }
  const v2 = v["instance"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/instance", NOT_STRING)) return true; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/instance", "longer than maxLength 50")) return true; }
  }
  const v3 = v["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "name" || k4 === "instance" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkVoltageParamsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["hv10MinMeanValue"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/hv10MinMeanValue", NOT_NUMBER)) return true; }
  }
  const v2 = v["hv10MinMeanTripDelay"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/hv10MinMeanTripDelay", NOT_NUMBER)) return true; }
  }
  const v3 = v["powerDuringCessation"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/powerDuringCessation", NOT_STRING)) return true; }
    else if (!isPowerDuringCessationEnumType(v3)) { if (c.soft(PCV, "/powerDuringCessation", "not a PowerDuringCessationEnumType value")) return true; }
  }
  const v4 = v["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "hv10MinMeanValue" || k5 === "hv10MinMeanTripDelay" || k5 === "powerDuringCessation" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function AFRRSignalRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["timestamp"];
  if (v1 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v2 = d["signal"];
  if (v2 === undefined) { if (c.fail(OCV, "/signal", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/signal", NOT_INTEGER)) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "timestamp" || k4 === "signal" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function AFRRSignalResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function AdjustPeriodicEventStreamRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return; }
    }
  }
  const v2 = d["params"];
  if (v2 === undefined) { if (c.fail(OCV, "/params", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/params";
    if (checkPeriodicEventStreamParamsType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "id" || k4 === "params" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function AdjustPeriodicEventStreamResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function AuthorizeRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idToken"];
  if (v1 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["certificate"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificate", NOT_STRING)) return; }
    else if (v2.length > 10000 && (v2.length > 20000 || codePoints(v2) > 10000)) { if (c.soft(PCV, "/certificate", "longer than maxLength 10000")) return; }
  }
  const v3 = d["iso15118CertificateHashData"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/iso15118CertificateHashData", NOT_ARRAY)) return; }
    else if (v3.length > 4) { if (c.fail(OCV, "/iso15118CertificateHashData", "more than maxItems 4")) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/iso15118CertificateHashData", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/iso15118CertificateHashData"; c.path[c.depth++] = i4;
        if (checkOCSPRequestDataType(v5, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "idToken" || k7 === "certificate" || k7 === "iso15118CertificateHashData" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function AuthorizeResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idTokenInfo"];
  if (v1 === undefined) { if (c.fail(OCV, "/idTokenInfo", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idTokenInfo";
    if (checkIdTokenInfoType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["certificateStatus"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificateStatus", NOT_STRING)) return; }
    else if (!isAuthorizeCertificateStatusEnumType(v2)) { if (c.soft(PCV, "/certificateStatus", "not a AuthorizeCertificateStatusEnumType value")) return; }
  }
  const v3 = d["allowedEnergyTransfer"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/allowedEnergyTransfer", NOT_ARRAY)) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/allowedEnergyTransfer", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "string") { if (c.fail(TCV, "/allowedEnergyTransfer/" + i4, NOT_STRING)) return; }
        else if (!isEnergyTransferModeEnumType(v5)) { if (c.soft(PCV, "/allowedEnergyTransfer/" + i4, "not a EnergyTransferModeEnumType value")) return; }
      }
    }
  }
  const v6 = d["tariff"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/tariff";
    if (checkTariffType(v6, c)) return;
    c.depth -= 1;
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "idTokenInfo" || k8 === "certificateStatus" || k8 === "allowedEnergyTransfer" || k8 === "tariff" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function BatterySwapRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["batteryData"];
  if (v1 === undefined) { if (c.fail(OCV, "/batteryData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/batteryData", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/batteryData", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/batteryData"; c.path[c.depth++] = i2;
        if (checkBatteryDataType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["eventType"];
  if (v4 === undefined) { if (c.fail(OCV, "/eventType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/eventType", NOT_STRING)) return; }
    else if (!isBatterySwapEventEnumType(v4)) { if (c.soft(PCV, "/eventType", "not a BatterySwapEventEnumType value")) return; }
  }
  const v5 = d["idToken"];
  if (v5 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v5, c)) return;
    c.depth -= 1;
  }
  const v6 = d["requestId"];
  if (v6 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "batteryData" || k8 === "eventType" || k8 === "idToken" || k8 === "requestId" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function BatterySwapResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function BootNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["chargingStation"];
  if (v1 === undefined) { if (c.fail(OCV, "/chargingStation", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingStation";
    if (checkChargingStationType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["reason"];
  if (v2 === undefined) { if (c.fail(OCV, "/reason", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/reason", NOT_STRING)) return; }
    else if (!isBootReasonEnumType(v2)) { if (c.soft(PCV, "/reason", "not a BootReasonEnumType value")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "chargingStation" || k4 === "reason" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function BootNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["currentTime"];
  if (v1 === undefined) { if (c.fail(OCV, "/currentTime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/currentTime", NOT_STRING)) return; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/currentTime", NOT_DATE_TIME)) return; }
  }
  const v2 = d["interval"];
  if (v2 === undefined) { if (c.fail(OCV, "/interval", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/interval", NOT_INTEGER)) return; }
  }
  const v3 = d["status"];
  if (v3 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isRegistrationStatusEnumType(v3)) { if (c.soft(PCV, "/status", "not a RegistrationStatusEnumType value")) return; }
  }
  const v4 = d["statusInfo"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v4, c)) return;
    c.depth -= 1;
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "currentTime" || k6 === "interval" || k6 === "status" || k6 === "statusInfo" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function CancelReservationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["reservationId"];
  if (v1 === undefined) { if (c.fail(OCV, "/reservationId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/reservationId", "below minimum 0")) return; }
    }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "reservationId" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function CancelReservationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isCancelReservationStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a CancelReservationStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function CertificateSignedRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["certificateChain"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateChain", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/certificateChain", NOT_STRING)) return; }
    else if (v1.length > 10000 && (v1.length > 20000 || codePoints(v1) > 10000)) { if (c.soft(PCV, "/certificateChain", "longer than maxLength 10000")) return; }
  }
  const v2 = d["certificateType"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return; }
    else if (!isCertificateSigningUseEnumType(v2)) { if (c.soft(PCV, "/certificateType", "not a CertificateSigningUseEnumType value")) return; }
  }
  const v3 = d["requestId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "certificateChain" || k5 === "certificateType" || k5 === "requestId" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function CertificateSignedResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isCertificateSignedStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a CertificateSignedStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ChangeAvailabilityRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evse"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["operationalStatus"];
  if (v2 === undefined) { if (c.fail(OCV, "/operationalStatus", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/operationalStatus", NOT_STRING)) return; }
    else if (!isOperationalStatusEnumType(v2)) { if (c.soft(PCV, "/operationalStatus", "not a OperationalStatusEnumType value")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "evse" || k4 === "operationalStatus" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ChangeAvailabilityResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isChangeAvailabilityStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ChangeAvailabilityStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ChangeTransactionTariffRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["tariff"];
  if (v1 === undefined) { if (c.fail(OCV, "/tariff", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/tariff";
    if (checkTariffType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["transactionId"];
  if (v2 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "tariff" || k4 === "transactionId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ChangeTransactionTariffResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isTariffChangeStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a TariffChangeStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearCacheRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ClearCacheResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isClearCacheStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ClearCacheStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearChargingProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["chargingProfileId"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/chargingProfileId", NOT_INTEGER)) return; }
  }
  const v2 = d["chargingProfileCriteria"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingProfileCriteria";
    if (checkClearChargingProfileType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "chargingProfileId" || k4 === "chargingProfileCriteria" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearChargingProfileResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isClearChargingProfileStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ClearChargingProfileStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearDERControlRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["isDefault"];
  if (v1 === undefined) { if (c.fail(OCV, "/isDefault", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return; }
  }
  const v2 = d["controlType"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/controlType", NOT_STRING)) return; }
    else if (!isDERControlEnumType(v2)) { if (c.soft(PCV, "/controlType", "not a DERControlEnumType value")) return; }
  }
  const v3 = d["controlId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/controlId", NOT_STRING)) return; }
    else if (v3.length > 36 && (v3.length > 72 || codePoints(v3) > 36)) { if (c.soft(PCV, "/controlId", "longer than maxLength 36")) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "isDefault" || k5 === "controlType" || k5 === "controlId" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function ClearDERControlResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDERControlStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a DERControlStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearDisplayMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return; }
    }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "id" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function ClearDisplayMessageResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isClearMessageStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ClearMessageStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearTariffsRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["tariffIds"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/tariffIds", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/tariffIds", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        if (typeof v3 !== "string") { if (c.fail(TCV, "/tariffIds/" + i2, NOT_STRING)) return; }
        else if (v3.length > 60 && (v3.length > 120 || codePoints(v3) > 60)) { if (c.soft(PCV, "/tariffIds/" + i2, "longer than maxLength 60")) return; }
      }
    }
  }
  const v4 = d["evseId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "tariffIds" || k6 === "evseId" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function ClearTariffsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["clearTariffsResult"];
  if (v1 === undefined) { if (c.fail(OCV, "/clearTariffsResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/clearTariffsResult", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/clearTariffsResult", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/clearTariffsResult"; c.path[c.depth++] = i2;
        if (checkClearTariffsResultType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "clearTariffsResult" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function ClearVariableMonitoringRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/id", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/id", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/id/" + i2, NOT_INTEGER)) return; }
        else {
          if (v3 < 0) { if (c.fail(PCV, "/id/" + i2, "below minimum 0")) return; }
        }
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "id" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function ClearVariableMonitoringResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["clearMonitoringResult"];
  if (v1 === undefined) { if (c.fail(OCV, "/clearMonitoringResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/clearMonitoringResult", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/clearMonitoringResult", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/clearMonitoringResult"; c.path[c.depth++] = i2;
        if (checkClearMonitoringResultType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "clearMonitoringResult" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function ClearedChargingLimitRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["chargingLimitSource"];
  if (v1 === undefined) { if (c.fail(OCV, "/chargingLimitSource", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/chargingLimitSource", NOT_STRING)) return; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/chargingLimitSource", "longer than maxLength 20")) return; }
  }
  const v2 = d["evseId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "chargingLimitSource" || k4 === "evseId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearedChargingLimitResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ClosePeriodicEventStreamRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return; }
    }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "id" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function ClosePeriodicEventStreamResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function CostUpdatedRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["totalCost"];
  if (v1 === undefined) { if (c.fail(OCV, "/totalCost", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/totalCost", NOT_NUMBER)) return; }
  }
  const v2 = d["transactionId"];
  if (v2 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "totalCost" || k4 === "transactionId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function CostUpdatedResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function CustomerInformationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customerCertificate"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customerCertificate";
    if (checkCertificateHashDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["idToken"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["requestId"];
  if (v3 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/requestId", "below minimum 0")) return; }
    }
  }
  const v4 = d["report"];
  if (v4 === undefined) { if (c.fail(OCV, "/report", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "boolean") { if (c.fail(TCV, "/report", NOT_BOOLEAN)) return; }
  }
  const v5 = d["clear"];
  if (v5 === undefined) { if (c.fail(OCV, "/clear", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/clear", NOT_BOOLEAN)) return; }
  }
  const v6 = d["customerIdentifier"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/customerIdentifier", NOT_STRING)) return; }
    else if (v6.length > 64 && (v6.length > 128 || codePoints(v6) > 64)) { if (c.soft(PCV, "/customerIdentifier", "longer than maxLength 64")) return; }
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "customerCertificate" || k8 === "idToken" || k8 === "requestId" || k8 === "report" || k8 === "clear" || k8 === "customerIdentifier" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function CustomerInformationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isCustomerInformationStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a CustomerInformationStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function DataTransferRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["messageId"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/messageId", NOT_STRING)) return; }
    else if (v1.length > 50 && (v1.length > 100 || codePoints(v1) > 50)) { if (c.soft(PCV, "/messageId", "longer than maxLength 50")) return; }
  }
  const v2 = d["data"];
  if (v2 !== undefined) {
    n0++;
  }
  const v3 = d["vendorId"];
  if (v3 === undefined) { if (c.fail(OCV, "/vendorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/vendorId", NOT_STRING)) return; }
    else if (v3.length > 255 && (v3.length > 510 || codePoints(v3) > 255)) { if (c.soft(PCV, "/vendorId", "longer than maxLength 255")) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "messageId" || k5 === "data" || k5 === "vendorId" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function DataTransferResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDataTransferStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a DataTransferStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["data"];
  if (v3 !== undefined) {
    n0++;
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "statusInfo" || k5 === "data" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function DeleteCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["certificateHashData"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateHashData", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/certificateHashData";
    if (checkCertificateHashDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "certificateHashData" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function DeleteCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDeleteCertificateStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a DeleteCertificateStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function FirmwareStatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isFirmwareStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a FirmwareStatusEnumType value")) return; }
  }
  const v2 = d["requestId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "requestId" || k5 === "statusInfo" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function FirmwareStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function Get15118EVCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["iso15118SchemaVersion"];
  if (v1 === undefined) { if (c.fail(OCV, "/iso15118SchemaVersion", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/iso15118SchemaVersion", NOT_STRING)) return; }
    else if (v1.length > 50 && (v1.length > 100 || codePoints(v1) > 50)) { if (c.soft(PCV, "/iso15118SchemaVersion", "longer than maxLength 50")) return; }
  }
  const v2 = d["action"];
  if (v2 === undefined) { if (c.fail(OCV, "/action", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/action", NOT_STRING)) return; }
    else if (!isCertificateActionEnumType(v2)) { if (c.soft(PCV, "/action", "not a CertificateActionEnumType value")) return; }
  }
  const v3 = d["exiRequest"];
  if (v3 === undefined) { if (c.fail(OCV, "/exiRequest", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/exiRequest", NOT_STRING)) return; }
    else if (v3.length > 11000 && (v3.length > 22000 || codePoints(v3) > 11000)) { if (c.soft(PCV, "/exiRequest", "longer than maxLength 11000")) return; }
  }
  const v4 = d["maximumContractCertificateChains"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/maximumContractCertificateChains", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/maximumContractCertificateChains", "below minimum 0")) return; }
    }
  }
  const v5 = d["prioritizedEMAIDs"];
  if (v5 !== undefined) {
    n0++;
    if (!Array.isArray(v5)) { if (c.fail(TCV, "/prioritizedEMAIDs", NOT_ARRAY)) return; }
    else if (v5.length > 8) { if (c.fail(OCV, "/prioritizedEMAIDs", "more than maxItems 8")) return; }
    else {
      if (v5.length < 1) { if (c.fail(OCV, "/prioritizedEMAIDs", "fewer than minItems 1")) return; }
      for (let i6 = 0; i6 < v5.length; i6++) {
        const v7 = v5[i6];
        if (typeof v7 !== "string") { if (c.fail(TCV, "/prioritizedEMAIDs/" + i6, NOT_STRING)) return; }
        else if (v7.length > 255 && (v7.length > 510 || codePoints(v7) > 255)) { if (c.soft(PCV, "/prioritizedEMAIDs/" + i6, "longer than maxLength 255")) return; }
      }
    }
  }
  const v8 = d["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return;
    c.depth -= 1;
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "iso15118SchemaVersion" || k9 === "action" || k9 === "exiRequest" || k9 === "maximumContractCertificateChains" || k9 === "prioritizedEMAIDs" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function Get15118EVCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isIso15118EVCertificateStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a Iso15118EVCertificateStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["exiResponse"];
  if (v3 === undefined) { if (c.fail(OCV, "/exiResponse", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/exiResponse", NOT_STRING)) return; }
    else if (v3.length > 17000 && (v3.length > 34000 || codePoints(v3) > 17000)) { if (c.soft(PCV, "/exiResponse", "longer than maxLength 17000")) return; }
  }
  const v4 = d["remainingContracts"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/remainingContracts", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/remainingContracts", "below minimum 0")) return; }
    }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "status" || k6 === "statusInfo" || k6 === "exiResponse" || k6 === "remainingContracts" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function GetBaseReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["requestId"];
  if (v1 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v2 = d["reportBase"];
  if (v2 === undefined) { if (c.fail(OCV, "/reportBase", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/reportBase", NOT_STRING)) return; }
    else if (!isReportBaseEnumType(v2)) { if (c.soft(PCV, "/reportBase", "not a ReportBaseEnumType value")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "requestId" || k4 === "reportBase" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetBaseReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetCertificateChainStatusRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["certificateStatusRequests"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateStatusRequests", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/certificateStatusRequests", NOT_ARRAY)) return; }
    else if (v1.length > 4) { if (c.fail(OCV, "/certificateStatusRequests", "more than maxItems 4")) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/certificateStatusRequests", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/certificateStatusRequests"; c.path[c.depth++] = i2;
        if (checkCertificateStatusRequestInfoType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "certificateStatusRequests" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetCertificateChainStatusResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["certificateStatus"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateStatus", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/certificateStatus", NOT_ARRAY)) return; }
    else if (v1.length > 4) { if (c.fail(OCV, "/certificateStatus", "more than maxItems 4")) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/certificateStatus", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/certificateStatus"; c.path[c.depth++] = i2;
        if (checkCertificateStatusType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "certificateStatus" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetCertificateStatusRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["ocspRequestData"];
  if (v1 === undefined) { if (c.fail(OCV, "/ocspRequestData", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/ocspRequestData";
    if (checkOCSPRequestDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "ocspRequestData" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function GetCertificateStatusResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetCertificateStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GetCertificateStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["ocspResult"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/ocspResult", NOT_STRING)) return; }
    else if (v3.length > 18000 && (v3.length > 36000 || codePoints(v3) > 18000)) { if (c.soft(PCV, "/ocspResult", "longer than maxLength 18000")) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "statusInfo" || k5 === "ocspResult" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetChargingProfilesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["requestId"];
  if (v1 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v2 = d["evseId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v3 = d["chargingProfile"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingProfile", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingProfile";
    if (checkChargingProfileCriterionType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "requestId" || k5 === "evseId" || k5 === "chargingProfile" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetChargingProfilesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetChargingProfileStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GetChargingProfileStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetCompositeScheduleRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["duration"];
  if (v1 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return; }
  }
  const v2 = d["chargingRateUnit"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/chargingRateUnit", NOT_STRING)) return; }
    else if (!isChargingRateUnitEnumType(v2)) { if (c.soft(PCV, "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
  }
  const v3 = d["evseId"];
  if (v3 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "duration" || k5 === "chargingRateUnit" || k5 === "evseId" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetCompositeScheduleResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["schedule"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/schedule";
    if (checkCompositeScheduleType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "statusInfo" || k5 === "schedule" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetDERControlRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["requestId"];
  if (v1 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v2 = d["isDefault"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return; }
  }
  const v3 = d["controlType"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/controlType", NOT_STRING)) return; }
    else if (!isDERControlEnumType(v3)) { if (c.soft(PCV, "/controlType", "not a DERControlEnumType value")) return; }
  }
  const v4 = d["controlId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/controlId", NOT_STRING)) return; }
    else if (v4.length > 36 && (v4.length > 72 || codePoints(v4) > 36)) { if (c.soft(PCV, "/controlId", "longer than maxLength 36")) return; }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "requestId" || k6 === "isDefault" || k6 === "controlType" || k6 === "controlId" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function GetDERControlResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDERControlStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a DERControlStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetDisplayMessagesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["id"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/id", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/id", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/id/" + i2, NOT_INTEGER)) return; }
        else {
          if (v3 < 0) { if (c.fail(PCV, "/id/" + i2, "below minimum 0")) return; }
        }
      }
    }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["priority"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/priority", NOT_STRING)) return; }
    else if (!isMessagePriorityEnumType(v5)) { if (c.soft(PCV, "/priority", "not a MessagePriorityEnumType value")) return; }
  }
  const v6 = d["state"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/state", NOT_STRING)) return; }
    else if (!isMessageStateEnumType(v6)) { if (c.soft(PCV, "/state", "not a MessageStateEnumType value")) return; }
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "id" || k8 === "requestId" || k8 === "priority" || k8 === "state" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function GetDisplayMessagesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetDisplayMessagesStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GetDisplayMessagesStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetInstalledCertificateIdsRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["certificateType"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/certificateType", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/certificateType", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        if (typeof v3 !== "string") { if (c.fail(TCV, "/certificateType/" + i2, NOT_STRING)) return; }
        else if (!isGetCertificateIdUseEnumType(v3)) { if (c.soft(PCV, "/certificateType/" + i2, "not a GetCertificateIdUseEnumType value")) return; }
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "certificateType" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetInstalledCertificateIdsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetInstalledCertificateStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GetInstalledCertificateStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["certificateHashDataChain"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/certificateHashDataChain", NOT_ARRAY)) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/certificateHashDataChain", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/certificateHashDataChain"; c.path[c.depth++] = i4;
        if (checkCertificateHashDataChainType(v5, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "status" || k7 === "statusInfo" || k7 === "certificateHashDataChain" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function GetLocalListVersionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function GetLocalListVersionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["versionNumber"];
  if (v1 === undefined) { if (c.fail(OCV, "/versionNumber", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/versionNumber", NOT_INTEGER)) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "versionNumber" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function GetLogRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["log"];
  if (v1 === undefined) { if (c.fail(OCV, "/log", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/log";
    if (checkLogParametersType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["logType"];
  if (v2 === undefined) { if (c.fail(OCV, "/logType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/logType", NOT_STRING)) return; }
    else if (!isLogEnumType(v2)) { if (c.soft(PCV, "/logType", "not a LogEnumType value")) return; }
  }
  const v3 = d["requestId"];
  if (v3 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v4 = d["retries"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/retries", "below minimum 0")) return; }
    }
  }
  const v5 = d["retryInterval"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "log" || k7 === "logType" || k7 === "requestId" || k7 === "retries" || k7 === "retryInterval" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function GetLogResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isLogStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a LogStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["filename"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/filename", NOT_STRING)) return; }
    else if (v3.length > 255 && (v3.length > 510 || codePoints(v3) > 255)) { if (c.soft(PCV, "/filename", "longer than maxLength 255")) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "statusInfo" || k5 === "filename" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetMonitoringReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["componentVariable"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/componentVariable", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/componentVariable", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/componentVariable"; c.path[c.depth++] = i2;
        if (checkComponentVariableType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["monitoringCriteria"];
  if (v5 !== undefined) {
    n0++;
    if (!Array.isArray(v5)) { if (c.fail(TCV, "/monitoringCriteria", NOT_ARRAY)) return; }
    else if (v5.length > 3) { if (c.fail(OCV, "/monitoringCriteria", "more than maxItems 3")) return; }
    else {
      if (v5.length < 1) { if (c.fail(OCV, "/monitoringCriteria", "fewer than minItems 1")) return; }
      for (let i6 = 0; i6 < v5.length; i6++) {
        const v7 = v5[i6];
        if (typeof v7 !== "string") { if (c.fail(TCV, "/monitoringCriteria/" + i6, NOT_STRING)) return; }
        else if (!isMonitoringCriterionEnumType(v7)) { if (c.soft(PCV, "/monitoringCriteria/" + i6, "not a MonitoringCriterionEnumType value")) return; }
      }
    }
  }
  const v8 = d["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return;
    c.depth -= 1;
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "componentVariable" || k9 === "requestId" || k9 === "monitoringCriteria" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function GetMonitoringReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetPeriodicEventStreamRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function GetPeriodicEventStreamResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["constantStreamData"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/constantStreamData", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/constantStreamData", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/constantStreamData"; c.path[c.depth++] = i2;
        if (checkConstantStreamDataType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "constantStreamData" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["componentVariable"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/componentVariable", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/componentVariable", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/componentVariable"; c.path[c.depth++] = i2;
        if (checkComponentVariableType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["componentCriteria"];
  if (v5 !== undefined) {
    n0++;
    if (!Array.isArray(v5)) { if (c.fail(TCV, "/componentCriteria", NOT_ARRAY)) return; }
    else if (v5.length > 4) { if (c.fail(OCV, "/componentCriteria", "more than maxItems 4")) return; }
    else {
      if (v5.length < 1) { if (c.fail(OCV, "/componentCriteria", "fewer than minItems 1")) return; }
      for (let i6 = 0; i6 < v5.length; i6++) {
        const v7 = v5[i6];
        if (typeof v7 !== "string") { if (c.fail(TCV, "/componentCriteria/" + i6, NOT_STRING)) return; }
        else if (!isComponentCriterionEnumType(v7)) { if (c.soft(PCV, "/componentCriteria/" + i6, "not a ComponentCriterionEnumType value")) return; }
      }
    }
  }
  const v8 = d["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return;
    c.depth -= 1;
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "componentVariable" || k9 === "requestId" || k9 === "componentCriteria" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function GetReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetTariffsRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "evseId" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function GetTariffsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isTariffGetStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a TariffGetStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["tariffAssignments"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/tariffAssignments", NOT_ARRAY)) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/tariffAssignments", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/tariffAssignments"; c.path[c.depth++] = i4;
        if (checkTariffAssignmentType(v5, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "status" || k7 === "statusInfo" || k7 === "tariffAssignments" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function GetTransactionStatusRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["transactionId"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "transactionId" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function GetTransactionStatusResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["ongoingIndicator"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "boolean") { if (c.fail(TCV, "/ongoingIndicator", NOT_BOOLEAN)) return; }
  }
  const v2 = d["messagesInQueue"];
  if (v2 === undefined) { if (c.fail(OCV, "/messagesInQueue", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/messagesInQueue", NOT_BOOLEAN)) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "ongoingIndicator" || k4 === "messagesInQueue" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetVariablesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["getVariableData"];
  if (v1 === undefined) { if (c.fail(OCV, "/getVariableData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/getVariableData", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/getVariableData", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/getVariableData"; c.path[c.depth++] = i2;
        if (checkGetVariableDataType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "getVariableData" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetVariablesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["getVariableResult"];
  if (v1 === undefined) { if (c.fail(OCV, "/getVariableResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/getVariableResult", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/getVariableResult", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/getVariableResult"; c.path[c.depth++] = i2;
        if (checkGetVariableResultType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "getVariableResult" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function HeartbeatRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function HeartbeatResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["currentTime"];
  if (v1 === undefined) { if (c.fail(OCV, "/currentTime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/currentTime", NOT_STRING)) return; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/currentTime", NOT_DATE_TIME)) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "currentTime" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function InstallCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["certificateType"];
  if (v1 === undefined) { if (c.fail(OCV, "/certificateType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return; }
    else if (!isInstallCertificateUseEnumType(v1)) { if (c.soft(PCV, "/certificateType", "not a InstallCertificateUseEnumType value")) return; }
  }
  const v2 = d["certificate"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificate", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificate", NOT_STRING)) return; }
    else if (v2.length > 10000 && (v2.length > 20000 || codePoints(v2) > 10000)) { if (c.soft(PCV, "/certificate", "longer than maxLength 10000")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "certificateType" || k4 === "certificate" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function InstallCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isInstallCertificateStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a InstallCertificateStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function LogStatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUploadLogStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a UploadLogStatusEnumType value")) return; }
  }
  const v2 = d["requestId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "requestId" || k5 === "statusInfo" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function LogStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function MeterValuesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v2 = d["meterValue"];
  if (v2 === undefined) { if (c.fail(OCV, "/meterValue", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/meterValue", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/meterValue", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/meterValue"; c.path[c.depth++] = i3;
        if (checkMeterValueType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "evseId" || k6 === "meterValue" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function MeterValuesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyAllowedEnergyTransferRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["transactionId"];
  if (v1 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v2 = d["allowedEnergyTransfer"];
  if (v2 === undefined) { if (c.fail(OCV, "/allowedEnergyTransfer", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/allowedEnergyTransfer", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/allowedEnergyTransfer", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "string") { if (c.fail(TCV, "/allowedEnergyTransfer/" + i3, NOT_STRING)) return; }
        else if (!isEnergyTransferModeEnumType(v4)) { if (c.soft(PCV, "/allowedEnergyTransfer/" + i3, "not a EnergyTransferModeEnumType value")) return; }
      }
    }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "transactionId" || k6 === "allowedEnergyTransfer" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function NotifyAllowedEnergyTransferResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isNotifyAllowedEnergyTransferStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a NotifyAllowedEnergyTransferStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyChargingLimitRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["chargingSchedule"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/chargingSchedule", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/chargingSchedule", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/chargingSchedule"; c.path[c.depth++] = i2;
        if (checkChargingScheduleType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["evseId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v5 = d["chargingLimit"];
  if (v5 === undefined) { if (c.fail(OCV, "/chargingLimit", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingLimit";
    if (checkChargingLimitType(v5, c)) return;
    c.depth -= 1;
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "chargingSchedule" || k7 === "evseId" || k7 === "chargingLimit" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function NotifyChargingLimitResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyCustomerInformationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["data"];
  if (v1 === undefined) { if (c.fail(OCV, "/data", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/data", NOT_STRING)) return; }
    else if (v1.length > 512 && (v1.length > 1024 || codePoints(v1) > 512)) { if (c.soft(PCV, "/data", "longer than maxLength 512")) return; }
  }
  const v2 = d["tbc"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v3 = d["seqNo"];
  if (v3 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/seqNo", "below minimum 0")) return; }
    }
  }
  const v4 = d["generatedAt"];
  if (v4 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/requestId", "below minimum 0")) return; }
    }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "data" || k7 === "tbc" || k7 === "seqNo" || k7 === "generatedAt" || k7 === "requestId" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function NotifyCustomerInformationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyDERAlarmRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["controlType"];
  if (v1 === undefined) { if (c.fail(OCV, "/controlType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/controlType", NOT_STRING)) return; }
    else if (!isDERControlEnumType(v1)) { if (c.soft(PCV, "/controlType", "not a DERControlEnumType value")) return; }
  }
  const v2 = d["gridEventFault"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/gridEventFault", NOT_STRING)) return; }
    else if (!isGridEventFaultEnumType(v2)) { if (c.soft(PCV, "/gridEventFault", "not a GridEventFaultEnumType value")) return; }
  }
  const v3 = d["alarmEnded"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/alarmEnded", NOT_BOOLEAN)) return; }
  }
  const v4 = d["timestamp"];
  if (v4 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v5 = d["extraInfo"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/extraInfo", NOT_STRING)) return; }
    else if (v5.length > 200 && (v5.length > 400 || codePoints(v5) > 200)) { if (c.soft(PCV, "/extraInfo", "longer than maxLength 200")) return; }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "controlType" || k7 === "gridEventFault" || k7 === "alarmEnded" || k7 === "timestamp" || k7 === "extraInfo" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function NotifyDERAlarmResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyDERStartStopRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["controlId"];
  if (v1 === undefined) { if (c.fail(OCV, "/controlId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/controlId", NOT_STRING)) return; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/controlId", "longer than maxLength 36")) return; }
  }
  const v2 = d["started"];
  if (v2 === undefined) { if (c.fail(OCV, "/started", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/started", NOT_BOOLEAN)) return; }
  }
  const v3 = d["timestamp"];
  if (v3 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v4 = d["supersededIds"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/supersededIds", NOT_ARRAY)) return; }
    else if (v4.length > 24) { if (c.fail(OCV, "/supersededIds", "more than maxItems 24")) return; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/supersededIds", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        if (typeof v6 !== "string") { if (c.fail(TCV, "/supersededIds/" + i5, NOT_STRING)) return; }
        else if (v6.length > 36 && (v6.length > 72 || codePoints(v6) > 36)) { if (c.soft(PCV, "/supersededIds/" + i5, "longer than maxLength 36")) return; }
      }
    }
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "controlId" || k8 === "started" || k8 === "timestamp" || k8 === "supersededIds" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function NotifyDERStartStopResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyDisplayMessagesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["messageInfo"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/messageInfo", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/messageInfo", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/messageInfo"; c.path[c.depth++] = i2;
        if (checkMessageInfoType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["tbc"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "messageInfo" || k7 === "requestId" || k7 === "tbc" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function NotifyDisplayMessagesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyEVChargingNeedsRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 1) { if (c.fail(PCV, "/evseId", "below minimum 1")) return; }
    }
  }
  const v2 = d["maxScheduleTuples"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/maxScheduleTuples", NOT_INTEGER)) return; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/maxScheduleTuples", "below minimum 0")) return; }
    }
  }
  const v3 = d["chargingNeeds"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingNeeds", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingNeeds";
    if (checkChargingNeedsType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["timestamp"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "evseId" || k6 === "maxScheduleTuples" || k6 === "chargingNeeds" || k6 === "timestamp" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function NotifyEVChargingNeedsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isNotifyEVChargingNeedsStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a NotifyEVChargingNeedsStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyEVChargingScheduleRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["timeBase"];
  if (v1 === undefined) { if (c.fail(OCV, "/timeBase", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/timeBase", NOT_STRING)) return; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/timeBase", NOT_DATE_TIME)) return; }
  }
  const v2 = d["chargingSchedule"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingSchedule", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingSchedule";
    if (checkChargingScheduleType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["evseId"];
  if (v3 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v3 < 1) { if (c.fail(PCV, "/evseId", "below minimum 1")) return; }
    }
  }
  const v4 = d["selectedChargingScheduleId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/selectedChargingScheduleId", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/selectedChargingScheduleId", "below minimum 0")) return; }
    }
  }
  const v5 = d["powerToleranceAcceptance"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/powerToleranceAcceptance", NOT_BOOLEAN)) return; }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "timeBase" || k7 === "chargingSchedule" || k7 === "evseId" || k7 === "selectedChargingScheduleId" || k7 === "powerToleranceAcceptance" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function NotifyEVChargingScheduleResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyEventRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["generatedAt"];
  if (v1 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  const v2 = d["tbc"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v3 = d["seqNo"];
  if (v3 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/seqNo", "below minimum 0")) return; }
    }
  }
  const v4 = d["eventData"];
  if (v4 === undefined) { if (c.fail(OCV, "/eventData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/eventData", NOT_ARRAY)) return; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/eventData", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/eventData"; c.path[c.depth++] = i5;
        if (checkEventDataType(v6, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "generatedAt" || k8 === "tbc" || k8 === "seqNo" || k8 === "eventData" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function NotifyEventResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyMonitoringReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["monitor"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/monitor", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/monitor", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/monitor"; c.path[c.depth++] = i2;
        if (checkMonitoringDataType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["tbc"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v6 = d["seqNo"];
  if (v6 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
    else {
      if (v6 < 0) { if (c.fail(PCV, "/seqNo", "below minimum 0")) return; }
    }
  }
  const v7 = d["generatedAt"];
  if (v7 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v7)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  const v8 = d["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return;
    c.depth -= 1;
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "monitor" || k9 === "requestId" || k9 === "tbc" || k9 === "seqNo" || k9 === "generatedAt" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function NotifyMonitoringReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyPeriodicEventStreamRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["data"];
  if (v1 === undefined) { if (c.fail(OCV, "/data", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/data", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/data", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/data"; c.path[c.depth++] = i2;
        if (checkStreamDataElementType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["id"];
  if (v4 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return; }
    }
  }
  const v5 = d["pending"];
  if (v5 === undefined) { if (c.fail(OCV, "/pending", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/pending", NOT_INTEGER)) return; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/pending", "below minimum 0")) return; }
    }
  }
  const v6 = d["basetime"];
  if (v6 === undefined) { if (c.fail(OCV, "/basetime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/basetime", NOT_STRING)) return; }
    else if (!isDateTime(v6)) { if (c.fail(PCV, "/basetime", NOT_DATE_TIME)) return; }
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "data" || k8 === "id" || k8 === "pending" || k8 === "basetime" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function NotifyPriorityChargingRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["transactionId"];
  if (v1 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v2 = d["activated"];
  if (v2 === undefined) { if (c.fail(OCV, "/activated", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/activated", NOT_BOOLEAN)) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "transactionId" || k4 === "activated" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyPriorityChargingResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifyReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["requestId"];
  if (v1 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v2 = d["generatedAt"];
  if (v2 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  const v3 = d["reportData"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/reportData", NOT_ARRAY)) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/reportData", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/reportData"; c.path[c.depth++] = i4;
        if (checkReportDataType(v5, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v6 = d["tbc"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v7 = d["seqNo"];
  if (v7 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
    else {
      if (v7 < 0) { if (c.fail(PCV, "/seqNo", "below minimum 0")) return; }
    }
  }
  const v8 = d["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return;
    c.depth -= 1;
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "requestId" || k9 === "generatedAt" || k9 === "reportData" || k9 === "tbc" || k9 === "seqNo" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function NotifyReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function NotifySettlementRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["transactionId"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v2 = d["pspRef"];
  if (v2 === undefined) { if (c.fail(OCV, "/pspRef", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/pspRef", NOT_STRING)) return; }
    else if (v2.length > 255 && (v2.length > 510 || codePoints(v2) > 255)) { if (c.soft(PCV, "/pspRef", "longer than maxLength 255")) return; }
  }
  const v3 = d["status"];
  if (v3 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isPaymentStatusEnumType(v3)) { if (c.soft(PCV, "/status", "not a PaymentStatusEnumType value")) return; }
  }
  const v4 = d["statusInfo"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/statusInfo", NOT_STRING)) return; }
    else if (v4.length > 500 && (v4.length > 1000 || codePoints(v4) > 500)) { if (c.soft(PCV, "/statusInfo", "longer than maxLength 500")) return; }
  }
  const v5 = d["settlementAmount"];
  if (v5 === undefined) { if (c.fail(OCV, "/settlementAmount", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/settlementAmount", NOT_NUMBER)) return; }
  }
  const v6 = d["settlementTime"];
  if (v6 === undefined) { if (c.fail(OCV, "/settlementTime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/settlementTime", NOT_STRING)) return; }
    else if (!isDateTime(v6)) { if (c.fail(PCV, "/settlementTime", NOT_DATE_TIME)) return; }
  }
  const v7 = d["receiptId"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/receiptId", NOT_STRING)) return; }
    else if (v7.length > 50 && (v7.length > 100 || codePoints(v7) > 50)) { if (c.soft(PCV, "/receiptId", "longer than maxLength 50")) return; }
  }
  const v8 = d["receiptUrl"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/receiptUrl", NOT_STRING)) return; }
    else if (v8.length > 2000 && (v8.length > 4000 || codePoints(v8) > 2000)) { if (c.soft(PCV, "/receiptUrl", "longer than maxLength 2000")) return; }
  }
  const v9 = d["vatCompany"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/vatCompany";
    if (checkAddressType(v9, c)) return;
    c.depth -= 1;
  }
  const v10 = d["vatNumber"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "string") { if (c.fail(TCV, "/vatNumber", NOT_STRING)) return; }
    else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft(PCV, "/vatNumber", "longer than maxLength 20")) return; }
  }
  const v11 = d["customData"];
  if (v11 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v11, c)) return;
    c.depth -= 1;
  }
  for (const k12 in d) n0--;
  if (n0 !== 0) {
    for (const k12 in d) if (!(k12 === "transactionId" || k12 === "pspRef" || k12 === "status" || k12 === "statusInfo" || k12 === "settlementAmount" || k12 === "settlementTime" || k12 === "receiptId" || k12 === "receiptUrl" || k12 === "vatCompany" || k12 === "vatNumber" || k12 === "customData")) { if (c.soft(FV, "/" + pointerToken(k12), UNKNOWN)) return; }
  }
}

function NotifySettlementResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["receiptUrl"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/receiptUrl", NOT_STRING)) return; }
    else if (v1.length > 2000 && (v1.length > 4000 || codePoints(v1) > 2000)) { if (c.soft(PCV, "/receiptUrl", "longer than maxLength 2000")) return; }
  }
  const v2 = d["receiptId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/receiptId", NOT_STRING)) return; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/receiptId", "longer than maxLength 50")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "receiptUrl" || k4 === "receiptId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyWebPaymentStartedRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v2 = d["timeout"];
  if (v2 === undefined) { if (c.fail(OCV, "/timeout", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/timeout", NOT_INTEGER)) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "evseId" || k4 === "timeout" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyWebPaymentStartedResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function OpenPeriodicEventStreamRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["constantStreamData"];
  if (v1 === undefined) { if (c.fail(OCV, "/constantStreamData", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/constantStreamData";
    if (checkConstantStreamDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "constantStreamData" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function OpenPeriodicEventStreamResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function PublishFirmwareRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["location"];
  if (v1 === undefined) { if (c.fail(OCV, "/location", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return; }
    else if (v1.length > 2000 && (v1.length > 4000 || codePoints(v1) > 2000)) { if (c.soft(PCV, "/location", "longer than maxLength 2000")) return; }
  }
  const v2 = d["retries"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/retries", "below minimum 0")) return; }
    }
  }
  const v3 = d["checksum"];
  if (v3 === undefined) { if (c.fail(OCV, "/checksum", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/checksum", NOT_STRING)) return; }
    else if (v3.length > 32 && (v3.length > 64 || codePoints(v3) > 32)) { if (c.soft(PCV, "/checksum", "longer than maxLength 32")) return; }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/requestId", "below minimum 0")) return; }
    }
  }
  const v5 = d["retryInterval"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/retryInterval", "below minimum 0")) return; }
    }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "location" || k7 === "retries" || k7 === "checksum" || k7 === "requestId" || k7 === "retryInterval" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function PublishFirmwareResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function PublishFirmwareStatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isPublishFirmwareStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a PublishFirmwareStatusEnumType value")) return; }
  }
  const v2 = d["location"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/location", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/location", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "string") { if (c.fail(TCV, "/location/" + i3, NOT_STRING)) return; }
        else if (v4.length > 2000 && (v4.length > 4000 || codePoints(v4) > 2000)) { if (c.soft(PCV, "/location/" + i3, "longer than maxLength 2000")) return; }
      }
    }
  }
  const v5 = d["requestId"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/requestId", "below minimum 0")) return; }
    }
  }
  const v6 = d["statusInfo"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v6, c)) return;
    c.depth -= 1;
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "status" || k8 === "location" || k8 === "requestId" || k8 === "statusInfo" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function PublishFirmwareStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function PullDynamicScheduleUpdateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["chargingProfileId"];
  if (v1 === undefined) { if (c.fail(OCV, "/chargingProfileId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/chargingProfileId", NOT_INTEGER)) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "chargingProfileId" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function PullDynamicScheduleUpdateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["scheduleUpdate"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/scheduleUpdate";
    if (checkChargingScheduleUpdateType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isChargingProfileStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ChargingProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "scheduleUpdate" || k5 === "status" || k5 === "statusInfo" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function ReportChargingProfilesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["requestId"];
  if (v1 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v2 = d["chargingLimitSource"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingLimitSource", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/chargingLimitSource", NOT_STRING)) return; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/chargingLimitSource", "longer than maxLength 20")) return; }
  }
  const v3 = d["chargingProfile"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingProfile", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/chargingProfile", NOT_ARRAY)) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/chargingProfile", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/chargingProfile"; c.path[c.depth++] = i4;
        if (checkChargingProfileType(v5, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v6 = d["tbc"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v7 = d["evseId"];
  if (v7 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v7 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v8 = d["customData"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v8, c)) return;
    c.depth -= 1;
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "requestId" || k9 === "chargingLimitSource" || k9 === "chargingProfile" || k9 === "tbc" || k9 === "evseId" || k9 === "customData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function ReportChargingProfilesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ReportDERControlRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["curve"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/curve", NOT_ARRAY)) return; }
    else if (v1.length > 24) { if (c.fail(OCV, "/curve", "more than maxItems 24")) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/curve", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/curve"; c.path[c.depth++] = i2;
        if (checkDERCurveGetType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["enterService"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/enterService", NOT_ARRAY)) return; }
    else if (v4.length > 24) { if (c.fail(OCV, "/enterService", "more than maxItems 24")) return; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/enterService", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/enterService"; c.path[c.depth++] = i5;
        if (checkEnterServiceGetType(v6, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v7 = d["fixedPFAbsorb"];
  if (v7 !== undefined) {
    n0++;
    if (!Array.isArray(v7)) { if (c.fail(TCV, "/fixedPFAbsorb", NOT_ARRAY)) return; }
    else if (v7.length > 24) { if (c.fail(OCV, "/fixedPFAbsorb", "more than maxItems 24")) return; }
    else {
      if (v7.length < 1) { if (c.fail(OCV, "/fixedPFAbsorb", "fewer than minItems 1")) return; }
      for (let i8 = 0; i8 < v7.length; i8++) {
        const v9 = v7[i8];
        c.path[c.depth++] = "/fixedPFAbsorb"; c.path[c.depth++] = i8;
        if (checkFixedPFGetType(v9, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v10 = d["fixedPFInject"];
  if (v10 !== undefined) {
    n0++;
    if (!Array.isArray(v10)) { if (c.fail(TCV, "/fixedPFInject", NOT_ARRAY)) return; }
    else if (v10.length > 24) { if (c.fail(OCV, "/fixedPFInject", "more than maxItems 24")) return; }
    else {
      if (v10.length < 1) { if (c.fail(OCV, "/fixedPFInject", "fewer than minItems 1")) return; }
      for (let i11 = 0; i11 < v10.length; i11++) {
        const v12 = v10[i11];
        c.path[c.depth++] = "/fixedPFInject"; c.path[c.depth++] = i11;
        if (checkFixedPFGetType(v12, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v13 = d["fixedVar"];
  if (v13 !== undefined) {
    n0++;
    if (!Array.isArray(v13)) { if (c.fail(TCV, "/fixedVar", NOT_ARRAY)) return; }
    else if (v13.length > 24) { if (c.fail(OCV, "/fixedVar", "more than maxItems 24")) return; }
    else {
      if (v13.length < 1) { if (c.fail(OCV, "/fixedVar", "fewer than minItems 1")) return; }
      for (let i14 = 0; i14 < v13.length; i14++) {
        const v15 = v13[i14];
        c.path[c.depth++] = "/fixedVar"; c.path[c.depth++] = i14;
        if (checkFixedVarGetType(v15, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v16 = d["freqDroop"];
  if (v16 !== undefined) {
    n0++;
    if (!Array.isArray(v16)) { if (c.fail(TCV, "/freqDroop", NOT_ARRAY)) return; }
    else if (v16.length > 24) { if (c.fail(OCV, "/freqDroop", "more than maxItems 24")) return; }
    else {
      if (v16.length < 1) { if (c.fail(OCV, "/freqDroop", "fewer than minItems 1")) return; }
      for (let i17 = 0; i17 < v16.length; i17++) {
        const v18 = v16[i17];
        c.path[c.depth++] = "/freqDroop"; c.path[c.depth++] = i17;
        if (checkFreqDroopGetType(v18, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v19 = d["gradient"];
  if (v19 !== undefined) {
    n0++;
    if (!Array.isArray(v19)) { if (c.fail(TCV, "/gradient", NOT_ARRAY)) return; }
    else if (v19.length > 24) { if (c.fail(OCV, "/gradient", "more than maxItems 24")) return; }
    else {
      if (v19.length < 1) { if (c.fail(OCV, "/gradient", "fewer than minItems 1")) return; }
      for (let i20 = 0; i20 < v19.length; i20++) {
        const v21 = v19[i20];
        c.path[c.depth++] = "/gradient"; c.path[c.depth++] = i20;
        if (checkGradientGetType(v21, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v22 = d["limitMaxDischarge"];
  if (v22 !== undefined) {
    n0++;
    if (!Array.isArray(v22)) { if (c.fail(TCV, "/limitMaxDischarge", NOT_ARRAY)) return; }
    else if (v22.length > 24) { if (c.fail(OCV, "/limitMaxDischarge", "more than maxItems 24")) return; }
    else {
      if (v22.length < 1) { if (c.fail(OCV, "/limitMaxDischarge", "fewer than minItems 1")) return; }
      for (let i23 = 0; i23 < v22.length; i23++) {
        const v24 = v22[i23];
        c.path[c.depth++] = "/limitMaxDischarge"; c.path[c.depth++] = i23;
        if (checkLimitMaxDischargeGetType(v24, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v25 = d["requestId"];
  if (v25 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v25 !== "number" || !Number.isInteger(v25)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v26 = d["tbc"];
  if (v26 !== undefined) {
    n0++;
    if (typeof v26 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v27 = d["customData"];
  if (v27 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v27, c)) return;
    c.depth -= 1;
  }
  for (const k28 in d) n0--;
  if (n0 !== 0) {
    for (const k28 in d) if (!(k28 === "curve" || k28 === "enterService" || k28 === "fixedPFAbsorb" || k28 === "fixedPFInject" || k28 === "fixedVar" || k28 === "freqDroop" || k28 === "gradient" || k28 === "limitMaxDischarge" || k28 === "requestId" || k28 === "tbc" || k28 === "customData")) { if (c.soft(FV, "/" + pointerToken(k28), UNKNOWN)) return; }
  }
}

function ReportDERControlResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function RequestBatterySwapRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idToken"];
  if (v1 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "idToken" || k4 === "requestId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function RequestBatterySwapResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function RequestStartTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 1) { if (c.fail(PCV, "/evseId", "below minimum 1")) return; }
    }
  }
  const v2 = d["groupIdToken"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/groupIdToken";
    if (checkIdTokenType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["idToken"];
  if (v3 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["remoteStartId"];
  if (v4 === undefined) { if (c.fail(OCV, "/remoteStartId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/remoteStartId", NOT_INTEGER)) return; }
  }
  const v5 = d["chargingProfile"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingProfile";
    if (checkChargingProfileType(v5, c)) return;
    c.depth -= 1;
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "evseId" || k7 === "groupIdToken" || k7 === "idToken" || k7 === "remoteStartId" || k7 === "chargingProfile" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function RequestStartTransactionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isRequestStartStopStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a RequestStartStopStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["transactionId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v3.length > 36 && (v3.length > 72 || codePoints(v3) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "statusInfo" || k5 === "transactionId" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function RequestStopTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["transactionId"];
  if (v1 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "transactionId" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function RequestStopTransactionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isRequestStartStopStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a RequestStartStopStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ReservationStatusUpdateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["reservationId"];
  if (v1 === undefined) { if (c.fail(OCV, "/reservationId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/reservationId", "below minimum 0")) return; }
    }
  }
  const v2 = d["reservationUpdateStatus"];
  if (v2 === undefined) { if (c.fail(OCV, "/reservationUpdateStatus", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/reservationUpdateStatus", NOT_STRING)) return; }
    else if (!isReservationUpdateStatusEnumType(v2)) { if (c.soft(PCV, "/reservationUpdateStatus", "not a ReservationUpdateStatusEnumType value")) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "reservationId" || k4 === "reservationUpdateStatus" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ReservationStatusUpdateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ReserveNowRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["id"];
  if (v1 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/id", "below minimum 0")) return; }
    }
  }
  const v2 = d["expiryDateTime"];
  if (v2 === undefined) { if (c.fail(OCV, "/expiryDateTime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/expiryDateTime", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/expiryDateTime", NOT_DATE_TIME)) return; }
  }
  const v3 = d["connectorType"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/connectorType", NOT_STRING)) return; }
    else if (v3.length > 20 && (v3.length > 40 || codePoints(v3) > 20)) { if (c.soft(PCV, "/connectorType", "longer than maxLength 20")) return; }
  }
  const v4 = d["idToken"];
  if (v4 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v4, c)) return;
    c.depth -= 1;
  }
  const v5 = d["evseId"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v5 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v6 = d["groupIdToken"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/groupIdToken";
    if (checkIdTokenType(v6, c)) return;
    c.depth -= 1;
  }
  const v7 = d["customData"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "id" || k8 === "expiryDateTime" || k8 === "connectorType" || k8 === "idToken" || k8 === "evseId" || k8 === "groupIdToken" || k8 === "customData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function ReserveNowResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isReserveNowStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ReserveNowStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ResetRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["type"];
  if (v1 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return; }
    else if (!isResetEnumType(v1)) { if (c.soft(PCV, "/type", "not a ResetEnumType value")) return; }
  }
  const v2 = d["evseId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "type" || k4 === "evseId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ResetResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isResetStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ResetStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SecurityEventNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["type"];
  if (v1 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return; }
    else if (v1.length > 50 && (v1.length > 100 || codePoints(v1) > 50)) { if (c.soft(PCV, "/type", "longer than maxLength 50")) return; }
  }
  const v2 = d["timestamp"];
  if (v2 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v3 = d["techInfo"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/techInfo", NOT_STRING)) return; }
    else if (v3.length > 255 && (v3.length > 510 || codePoints(v3) > 255)) { if (c.soft(PCV, "/techInfo", "longer than maxLength 255")) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "type" || k5 === "timestamp" || k5 === "techInfo" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SecurityEventNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function SendLocalListRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["localAuthorizationList"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/localAuthorizationList", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/localAuthorizationList", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/localAuthorizationList"; c.path[c.depth++] = i2;
        if (checkAuthorizationData(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["versionNumber"];
  if (v4 === undefined) { if (c.fail(OCV, "/versionNumber", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/versionNumber", NOT_INTEGER)) return; }
  }
  const v5 = d["updateType"];
  if (v5 === undefined) { if (c.fail(OCV, "/updateType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/updateType", NOT_STRING)) return; }
    else if (!isUpdateEnumType(v5)) { if (c.soft(PCV, "/updateType", "not a UpdateEnumType value")) return; }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "localAuthorizationList" || k7 === "versionNumber" || k7 === "updateType" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function SendLocalListResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isSendLocalListStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a SendLocalListStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetChargingProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v2 = d["chargingProfile"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingProfile", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingProfile";
    if (checkChargingProfileType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "evseId" || k4 === "chargingProfile" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetChargingProfileResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isChargingProfileStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ChargingProfileStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetDERControlRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["isDefault"];
  if (v1 === undefined) { if (c.fail(OCV, "/isDefault", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "boolean") { if (c.fail(TCV, "/isDefault", NOT_BOOLEAN)) return; }
  }
  const v2 = d["controlId"];
  if (v2 === undefined) { if (c.fail(OCV, "/controlId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/controlId", NOT_STRING)) return; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/controlId", "longer than maxLength 36")) return; }
  }
  const v3 = d["controlType"];
  if (v3 === undefined) { if (c.fail(OCV, "/controlType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/controlType", NOT_STRING)) return; }
    else if (!isDERControlEnumType(v3)) { if (c.soft(PCV, "/controlType", "not a DERControlEnumType value")) return; }
  }
  const v4 = d["curve"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/curve";
    if (checkDERCurveType(v4, c)) return;
    c.depth -= 1;
  }
  const v5 = d["enterService"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/enterService";
    if (checkEnterServiceType(v5, c)) return;
    c.depth -= 1;
  }
  const v6 = d["fixedPFAbsorb"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/fixedPFAbsorb";
    if (checkFixedPFType(v6, c)) return;
    c.depth -= 1;
  }
  const v7 = d["fixedPFInject"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/fixedPFInject";
    if (checkFixedPFType(v7, c)) return;
    c.depth -= 1;
  }
  const v8 = d["fixedVar"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/fixedVar";
    if (checkFixedVarType(v8, c)) return;
    c.depth -= 1;
  }
  const v9 = d["freqDroop"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/freqDroop";
    if (checkFreqDroopType(v9, c)) return;
    c.depth -= 1;
  }
  const v10 = d["gradient"];
  if (v10 !== undefined) {
    n0++;
    c.path[c.depth++] = "/gradient";
    if (checkGradientType(v10, c)) return;
    c.depth -= 1;
  }
  const v11 = d["limitMaxDischarge"];
  if (v11 !== undefined) {
    n0++;
    c.path[c.depth++] = "/limitMaxDischarge";
    if (checkLimitMaxDischargeType(v11, c)) return;
    c.depth -= 1;
  }
  const v12 = d["customData"];
  if (v12 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v12, c)) return;
    c.depth -= 1;
  }
  for (const k13 in d) n0--;
  if (n0 !== 0) {
    for (const k13 in d) if (!(k13 === "isDefault" || k13 === "controlId" || k13 === "controlType" || k13 === "curve" || k13 === "enterService" || k13 === "fixedPFAbsorb" || k13 === "fixedPFInject" || k13 === "fixedVar" || k13 === "freqDroop" || k13 === "gradient" || k13 === "limitMaxDischarge" || k13 === "customData")) { if (c.soft(FV, "/" + pointerToken(k13), UNKNOWN)) return; }
  }
}

function SetDERControlResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDERControlStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a DERControlStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["supersededIds"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/supersededIds", NOT_ARRAY)) return; }
    else if (v3.length > 24) { if (c.fail(OCV, "/supersededIds", "more than maxItems 24")) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/supersededIds", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "string") { if (c.fail(TCV, "/supersededIds/" + i4, NOT_STRING)) return; }
        else if (v5.length > 36 && (v5.length > 72 || codePoints(v5) > 36)) { if (c.soft(PCV, "/supersededIds/" + i4, "longer than maxLength 36")) return; }
      }
    }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "status" || k7 === "statusInfo" || k7 === "supersededIds" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function SetDefaultTariffRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v2 = d["tariff"];
  if (v2 === undefined) { if (c.fail(OCV, "/tariff", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/tariff";
    if (checkTariffType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "evseId" || k4 === "tariff" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetDefaultTariffResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isTariffSetStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a TariffSetStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetDisplayMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["message"];
  if (v1 === undefined) { if (c.fail(OCV, "/message", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/message";
    if (checkMessageInfoType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "message" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function SetDisplayMessageResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDisplayMessageStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a DisplayMessageStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetMonitoringBaseRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["monitoringBase"];
  if (v1 === undefined) { if (c.fail(OCV, "/monitoringBase", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/monitoringBase", NOT_STRING)) return; }
    else if (!isMonitoringBaseEnumType(v1)) { if (c.soft(PCV, "/monitoringBase", "not a MonitoringBaseEnumType value")) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "monitoringBase" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function SetMonitoringBaseResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetMonitoringLevelRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["severity"];
  if (v1 === undefined) { if (c.fail(OCV, "/severity", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/severity", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/severity", "below minimum 0")) return; }
    }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "severity" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function SetMonitoringLevelResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetNetworkProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["configurationSlot"];
  if (v1 === undefined) { if (c.fail(OCV, "/configurationSlot", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/configurationSlot", NOT_INTEGER)) return; }
  }
  const v2 = d["connectionData"];
  if (v2 === undefined) { if (c.fail(OCV, "/connectionData", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/connectionData";
    if (checkNetworkConnectionProfileType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "configurationSlot" || k4 === "connectionData" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetNetworkProfileResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isSetNetworkProfileStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a SetNetworkProfileStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetVariableMonitoringRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["setMonitoringData"];
  if (v1 === undefined) { if (c.fail(OCV, "/setMonitoringData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/setMonitoringData", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/setMonitoringData", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/setMonitoringData"; c.path[c.depth++] = i2;
        if (checkSetMonitoringDataType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "setMonitoringData" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SetVariableMonitoringResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["setMonitoringResult"];
  if (v1 === undefined) { if (c.fail(OCV, "/setMonitoringResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/setMonitoringResult", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/setMonitoringResult", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/setMonitoringResult"; c.path[c.depth++] = i2;
        if (checkSetMonitoringResultType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "setMonitoringResult" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SetVariablesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["setVariableData"];
  if (v1 === undefined) { if (c.fail(OCV, "/setVariableData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/setVariableData", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/setVariableData", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/setVariableData"; c.path[c.depth++] = i2;
        if (checkSetVariableDataType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "setVariableData" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SetVariablesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["setVariableResult"];
  if (v1 === undefined) { if (c.fail(OCV, "/setVariableResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/setVariableResult", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/setVariableResult", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/setVariableResult"; c.path[c.depth++] = i2;
        if (checkSetVariableResultType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "setVariableResult" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SignCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["csr"];
  if (v1 === undefined) { if (c.fail(OCV, "/csr", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/csr", NOT_STRING)) return; }
    else if (v1.length > 5500 && (v1.length > 11000 || codePoints(v1) > 5500)) { if (c.soft(PCV, "/csr", "longer than maxLength 5500")) return; }
  }
  const v2 = d["certificateType"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return; }
    else if (!isCertificateSigningUseEnumType(v2)) { if (c.soft(PCV, "/certificateType", "not a CertificateSigningUseEnumType value")) return; }
  }
  const v3 = d["hashRootCertificate"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/hashRootCertificate";
    if (checkCertificateHashDataType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["requestId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "csr" || k6 === "certificateType" || k6 === "hashRootCertificate" || k6 === "requestId" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function SignCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function StatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["timestamp"];
  if (v1 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v2 = d["connectorStatus"];
  if (v2 === undefined) { if (c.fail(OCV, "/connectorStatus", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/connectorStatus", NOT_STRING)) return; }
    else if (!isConnectorStatusEnumType(v2)) { if (c.soft(PCV, "/connectorStatus", "not a ConnectorStatusEnumType value")) return; }
  }
  const v3 = d["evseId"];
  if (v3 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v4 = d["connectorId"];
  if (v4 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/connectorId", "below minimum 0")) return; }
    }
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "timestamp" || k6 === "connectorStatus" || k6 === "evseId" || k6 === "connectorId" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function StatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "customData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function TransactionEventRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["costDetails"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/costDetails";
    if (checkCostDetailsType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["eventType"];
  if (v2 === undefined) { if (c.fail(OCV, "/eventType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/eventType", NOT_STRING)) return; }
    else if (!isTransactionEventEnumType(v2)) { if (c.soft(PCV, "/eventType", "not a TransactionEventEnumType value")) return; }
  }
  const v3 = d["meterValue"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/meterValue", NOT_ARRAY)) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/meterValue", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/meterValue"; c.path[c.depth++] = i4;
        if (checkMeterValueType(v5, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v6 = d["timestamp"];
  if (v6 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v6)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v7 = d["triggerReason"];
  if (v7 === undefined) { if (c.fail(OCV, "/triggerReason", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/triggerReason", NOT_STRING)) return; }
    else if (!isTriggerReasonEnumType(v7)) { if (c.soft(PCV, "/triggerReason", "not a TriggerReasonEnumType value")) return; }
  }
  const v8 = d["seqNo"];
  if (v8 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
    else {
      if (v8 < 0) { if (c.fail(PCV, "/seqNo", "below minimum 0")) return; }
    }
  }
  const v9 = d["offline"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "boolean") { if (c.fail(TCV, "/offline", NOT_BOOLEAN)) return; }
  }
  const v10 = d["numberOfPhasesUsed"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail(TCV, "/numberOfPhasesUsed", NOT_INTEGER)) return; }
    else {
      if (v10 < 0) { if (c.fail(PCV, "/numberOfPhasesUsed", "below minimum 0")) return; }
      if (v10 > 3) { if (c.fail(PCV, "/numberOfPhasesUsed", "above maximum 3")) return; }
    }
  }
  const v11 = d["cableMaxCurrent"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/cableMaxCurrent", NOT_INTEGER)) return; }
  }
  const v12 = d["reservationId"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
    else {
      if (v12 < 0) { if (c.fail(PCV, "/reservationId", "below minimum 0")) return; }
    }
  }
  const v13 = d["preconditioningStatus"];
  if (v13 !== undefined) {
    n0++;
    if (typeof v13 !== "string") { if (c.fail(TCV, "/preconditioningStatus", NOT_STRING)) return; }
    else if (!isPreconditioningStatusEnumType(v13)) { if (c.soft(PCV, "/preconditioningStatus", "not a PreconditioningStatusEnumType value")) return; }
  }
  const v14 = d["evseSleep"];
  if (v14 !== undefined) {
    n0++;
    if (typeof v14 !== "boolean") { if (c.fail(TCV, "/evseSleep", NOT_BOOLEAN)) return; }
  }
  const v15 = d["transactionInfo"];
  if (v15 === undefined) { if (c.fail(OCV, "/transactionInfo", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/transactionInfo";
    if (checkTransactionType(v15, c)) return;
    c.depth -= 1;
  }
  const v16 = d["evse"];
  if (v16 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v16, c)) return;
    c.depth -= 1;
  }
  const v17 = d["idToken"];
  if (v17 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v17, c)) return;
    c.depth -= 1;
  }
  const v18 = d["customData"];
  if (v18 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v18, c)) return;
    c.depth -= 1;
  }
  for (const k19 in d) n0--;
  if (n0 !== 0) {
    for (const k19 in d) if (!(k19 === "costDetails" || k19 === "eventType" || k19 === "meterValue" || k19 === "timestamp" || k19 === "triggerReason" || k19 === "seqNo" || k19 === "offline" || k19 === "numberOfPhasesUsed" || k19 === "cableMaxCurrent" || k19 === "reservationId" || k19 === "preconditioningStatus" || k19 === "evseSleep" || k19 === "transactionInfo" || k19 === "evse" || k19 === "idToken" || k19 === "customData")) { if (c.soft(FV, "/" + pointerToken(k19), UNKNOWN)) return; }
  }
}

function TransactionEventResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["totalCost"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isFinite(v1)) { if (c.fail(TCV, "/totalCost", NOT_NUMBER)) return; }
  }
  const v2 = d["chargingPriority"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/chargingPriority", NOT_INTEGER)) return; }
  }
  const v3 = d["idTokenInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idTokenInfo";
    if (checkIdTokenInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["transactionLimit"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/transactionLimit";
    if (checkTransactionLimitType(v4, c)) return;
    c.depth -= 1;
  }
  const v5 = d["updatedPersonalMessage"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/updatedPersonalMessage";
    if (checkMessageContentType(v5, c)) return;
    c.depth -= 1;
  }
  const v6 = d["updatedPersonalMessageExtra"];
  if (v6 !== undefined) {
    n0++;
    if (!Array.isArray(v6)) { if (c.fail(TCV, "/updatedPersonalMessageExtra", NOT_ARRAY)) return; }
    else if (v6.length > 4) { if (c.fail(OCV, "/updatedPersonalMessageExtra", "more than maxItems 4")) return; }
    else {
      if (v6.length < 1) { if (c.fail(OCV, "/updatedPersonalMessageExtra", "fewer than minItems 1")) return; }
      for (let i7 = 0; i7 < v6.length; i7++) {
        const v8 = v6[i7];
        c.path[c.depth++] = "/updatedPersonalMessageExtra"; c.path[c.depth++] = i7;
        if (checkMessageContentType(v8, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v9 = d["customData"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v9, c)) return;
    c.depth -= 1;
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "totalCost" || k10 === "chargingPriority" || k10 === "idTokenInfo" || k10 === "transactionLimit" || k10 === "updatedPersonalMessage" || k10 === "updatedPersonalMessageExtra" || k10 === "customData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
  }
}

function TriggerMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evse"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["requestedMessage"];
  if (v2 === undefined) { if (c.fail(OCV, "/requestedMessage", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/requestedMessage", NOT_STRING)) return; }
    else if (!isMessageTriggerEnumType(v2)) { if (c.soft(PCV, "/requestedMessage", "not a MessageTriggerEnumType value")) return; }
  }
  const v3 = d["customTrigger"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/customTrigger", NOT_STRING)) return; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/customTrigger", "longer than maxLength 50")) return; }
  }
  const v4 = d["customData"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "evse" || k5 === "requestedMessage" || k5 === "customTrigger" || k5 === "customData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function TriggerMessageResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isTriggerMessageStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a TriggerMessageStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UnlockConnectorRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["evseId"];
  if (v1 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v2 = d["connectorId"];
  if (v2 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/connectorId", "below minimum 0")) return; }
    }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "evseId" || k4 === "connectorId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UnlockConnectorResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUnlockStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a UnlockStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UnpublishFirmwareRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["checksum"];
  if (v1 === undefined) { if (c.fail(OCV, "/checksum", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/checksum", NOT_STRING)) return; }
    else if (v1.length > 32 && (v1.length > 64 || codePoints(v1) > 32)) { if (c.soft(PCV, "/checksum", "longer than maxLength 32")) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "checksum" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function UnpublishFirmwareResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUnpublishFirmwareStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a UnpublishFirmwareStatusEnumType value")) return; }
  }
  const v2 = d["customData"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "status" || k3 === "customData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function UpdateDynamicScheduleRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["chargingProfileId"];
  if (v1 === undefined) { if (c.fail(OCV, "/chargingProfileId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/chargingProfileId", NOT_INTEGER)) return; }
  }
  const v2 = d["scheduleUpdate"];
  if (v2 === undefined) { if (c.fail(OCV, "/scheduleUpdate", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/scheduleUpdate";
    if (checkChargingScheduleUpdateType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "chargingProfileId" || k4 === "scheduleUpdate" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UpdateDynamicScheduleResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isChargingProfileStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a ChargingProfileStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UpdateFirmwareRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["retries"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
    else {
      if (v1 < 0) { if (c.fail(PCV, "/retries", "below minimum 0")) return; }
    }
  }
  const v2 = d["retryInterval"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  const v3 = d["requestId"];
  if (v3 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v4 = d["firmware"];
  if (v4 === undefined) { if (c.fail(OCV, "/firmware", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/firmware";
    if (checkFirmwareType(v4, c)) return;
    c.depth -= 1;
  }
  const v5 = d["customData"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "retries" || k6 === "retryInterval" || k6 === "requestId" || k6 === "firmware" || k6 === "customData")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function UpdateFirmwareResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUpdateFirmwareStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a UpdateFirmwareStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UsePriorityChargingRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["transactionId"];
  if (v1 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v1.length > 36 && (v1.length > 72 || codePoints(v1) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  const v2 = d["activate"];
  if (v2 === undefined) { if (c.fail(OCV, "/activate", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/activate", NOT_BOOLEAN)) return; }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "transactionId" || k4 === "activate" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UsePriorityChargingResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["status"];
  if (v1 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isPriorityChargingStatusEnumType(v1)) { if (c.soft(PCV, "/status", "not a PriorityChargingStatusEnumType value")) return; }
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "statusInfo" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function VatNumberValidationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["vatNumber"];
  if (v1 === undefined) { if (c.fail(OCV, "/vatNumber", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/vatNumber", NOT_STRING)) return; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/vatNumber", "longer than maxLength 20")) return; }
  }
  const v2 = d["evseId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v2 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v3 = d["customData"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "vatNumber" || k4 === "evseId" || k4 === "customData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function VatNumberValidationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["company"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/company";
    if (checkAddressType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["statusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["vatNumber"];
  if (v3 === undefined) { if (c.fail(OCV, "/vatNumber", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/vatNumber", NOT_STRING)) return; }
    else if (v3.length > 20 && (v3.length > 40 || codePoints(v3) > 20)) { if (c.soft(PCV, "/vatNumber", "longer than maxLength 20")) return; }
  }
  const v4 = d["evseId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
    else {
      if (v4 < 0) { if (c.fail(PCV, "/evseId", "below minimum 0")) return; }
    }
  }
  const v5 = d["status"];
  if (v5 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v5)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v6 = d["customData"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "company" || k7 === "statusInfo" || k7 === "vatNumber" || k7 === "evseId" || k7 === "status" || k7 === "customData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

/** Validator of each action's request. */
export const requestValidators: ReadonlyMap<string, GeneratedValidator> = new Map([
  ["AFRRSignal", AFRRSignalRequest],
  ["AdjustPeriodicEventStream", AdjustPeriodicEventStreamRequest],
  ["Authorize", AuthorizeRequest],
  ["BatterySwap", BatterySwapRequest],
  ["BootNotification", BootNotificationRequest],
  ["CancelReservation", CancelReservationRequest],
  ["CertificateSigned", CertificateSignedRequest],
  ["ChangeAvailability", ChangeAvailabilityRequest],
  ["ChangeTransactionTariff", ChangeTransactionTariffRequest],
  ["ClearCache", ClearCacheRequest],
  ["ClearChargingProfile", ClearChargingProfileRequest],
  ["ClearDERControl", ClearDERControlRequest],
  ["ClearDisplayMessage", ClearDisplayMessageRequest],
  ["ClearTariffs", ClearTariffsRequest],
  ["ClearVariableMonitoring", ClearVariableMonitoringRequest],
  ["ClearedChargingLimit", ClearedChargingLimitRequest],
  ["ClosePeriodicEventStream", ClosePeriodicEventStreamRequest],
  ["CostUpdated", CostUpdatedRequest],
  ["CustomerInformation", CustomerInformationRequest],
  ["DataTransfer", DataTransferRequest],
  ["DeleteCertificate", DeleteCertificateRequest],
  ["FirmwareStatusNotification", FirmwareStatusNotificationRequest],
  ["Get15118EVCertificate", Get15118EVCertificateRequest],
  ["GetBaseReport", GetBaseReportRequest],
  ["GetCertificateChainStatus", GetCertificateChainStatusRequest],
  ["GetCertificateStatus", GetCertificateStatusRequest],
  ["GetChargingProfiles", GetChargingProfilesRequest],
  ["GetCompositeSchedule", GetCompositeScheduleRequest],
  ["GetDERControl", GetDERControlRequest],
  ["GetDisplayMessages", GetDisplayMessagesRequest],
  ["GetInstalledCertificateIds", GetInstalledCertificateIdsRequest],
  ["GetLocalListVersion", GetLocalListVersionRequest],
  ["GetLog", GetLogRequest],
  ["GetMonitoringReport", GetMonitoringReportRequest],
  ["GetPeriodicEventStream", GetPeriodicEventStreamRequest],
  ["GetReport", GetReportRequest],
  ["GetTariffs", GetTariffsRequest],
  ["GetTransactionStatus", GetTransactionStatusRequest],
  ["GetVariables", GetVariablesRequest],
  ["Heartbeat", HeartbeatRequest],
  ["InstallCertificate", InstallCertificateRequest],
  ["LogStatusNotification", LogStatusNotificationRequest],
  ["MeterValues", MeterValuesRequest],
  ["NotifyAllowedEnergyTransfer", NotifyAllowedEnergyTransferRequest],
  ["NotifyChargingLimit", NotifyChargingLimitRequest],
  ["NotifyCustomerInformation", NotifyCustomerInformationRequest],
  ["NotifyDERAlarm", NotifyDERAlarmRequest],
  ["NotifyDERStartStop", NotifyDERStartStopRequest],
  ["NotifyDisplayMessages", NotifyDisplayMessagesRequest],
  ["NotifyEVChargingNeeds", NotifyEVChargingNeedsRequest],
  ["NotifyEVChargingSchedule", NotifyEVChargingScheduleRequest],
  ["NotifyEvent", NotifyEventRequest],
  ["NotifyMonitoringReport", NotifyMonitoringReportRequest],
  ["NotifyPeriodicEventStream", NotifyPeriodicEventStreamRequest],
  ["NotifyPriorityCharging", NotifyPriorityChargingRequest],
  ["NotifyReport", NotifyReportRequest],
  ["NotifySettlement", NotifySettlementRequest],
  ["NotifyWebPaymentStarted", NotifyWebPaymentStartedRequest],
  ["OpenPeriodicEventStream", OpenPeriodicEventStreamRequest],
  ["PublishFirmware", PublishFirmwareRequest],
  ["PublishFirmwareStatusNotification", PublishFirmwareStatusNotificationRequest],
  ["PullDynamicScheduleUpdate", PullDynamicScheduleUpdateRequest],
  ["ReportChargingProfiles", ReportChargingProfilesRequest],
  ["ReportDERControl", ReportDERControlRequest],
  ["RequestBatterySwap", RequestBatterySwapRequest],
  ["RequestStartTransaction", RequestStartTransactionRequest],
  ["RequestStopTransaction", RequestStopTransactionRequest],
  ["ReservationStatusUpdate", ReservationStatusUpdateRequest],
  ["ReserveNow", ReserveNowRequest],
  ["Reset", ResetRequest],
  ["SecurityEventNotification", SecurityEventNotificationRequest],
  ["SendLocalList", SendLocalListRequest],
  ["SetChargingProfile", SetChargingProfileRequest],
  ["SetDERControl", SetDERControlRequest],
  ["SetDefaultTariff", SetDefaultTariffRequest],
  ["SetDisplayMessage", SetDisplayMessageRequest],
  ["SetMonitoringBase", SetMonitoringBaseRequest],
  ["SetMonitoringLevel", SetMonitoringLevelRequest],
  ["SetNetworkProfile", SetNetworkProfileRequest],
  ["SetVariableMonitoring", SetVariableMonitoringRequest],
  ["SetVariables", SetVariablesRequest],
  ["SignCertificate", SignCertificateRequest],
  ["StatusNotification", StatusNotificationRequest],
  ["TransactionEvent", TransactionEventRequest],
  ["TriggerMessage", TriggerMessageRequest],
  ["UnlockConnector", UnlockConnectorRequest],
  ["UnpublishFirmware", UnpublishFirmwareRequest],
  ["UpdateDynamicSchedule", UpdateDynamicScheduleRequest],
  ["UpdateFirmware", UpdateFirmwareRequest],
  ["UsePriorityCharging", UsePriorityChargingRequest],
  ["VatNumberValidation", VatNumberValidationRequest],
]);

/** Validator of each action's response. */
export const responseValidators: ReadonlyMap<string, GeneratedValidator> = new Map([
  ["AFRRSignal", AFRRSignalResponse],
  ["AdjustPeriodicEventStream", AdjustPeriodicEventStreamResponse],
  ["Authorize", AuthorizeResponse],
  ["BatterySwap", BatterySwapResponse],
  ["BootNotification", BootNotificationResponse],
  ["CancelReservation", CancelReservationResponse],
  ["CertificateSigned", CertificateSignedResponse],
  ["ChangeAvailability", ChangeAvailabilityResponse],
  ["ChangeTransactionTariff", ChangeTransactionTariffResponse],
  ["ClearCache", ClearCacheResponse],
  ["ClearChargingProfile", ClearChargingProfileResponse],
  ["ClearDERControl", ClearDERControlResponse],
  ["ClearDisplayMessage", ClearDisplayMessageResponse],
  ["ClearTariffs", ClearTariffsResponse],
  ["ClearVariableMonitoring", ClearVariableMonitoringResponse],
  ["ClearedChargingLimit", ClearedChargingLimitResponse],
  ["ClosePeriodicEventStream", ClosePeriodicEventStreamResponse],
  ["CostUpdated", CostUpdatedResponse],
  ["CustomerInformation", CustomerInformationResponse],
  ["DataTransfer", DataTransferResponse],
  ["DeleteCertificate", DeleteCertificateResponse],
  ["FirmwareStatusNotification", FirmwareStatusNotificationResponse],
  ["Get15118EVCertificate", Get15118EVCertificateResponse],
  ["GetBaseReport", GetBaseReportResponse],
  ["GetCertificateChainStatus", GetCertificateChainStatusResponse],
  ["GetCertificateStatus", GetCertificateStatusResponse],
  ["GetChargingProfiles", GetChargingProfilesResponse],
  ["GetCompositeSchedule", GetCompositeScheduleResponse],
  ["GetDERControl", GetDERControlResponse],
  ["GetDisplayMessages", GetDisplayMessagesResponse],
  ["GetInstalledCertificateIds", GetInstalledCertificateIdsResponse],
  ["GetLocalListVersion", GetLocalListVersionResponse],
  ["GetLog", GetLogResponse],
  ["GetMonitoringReport", GetMonitoringReportResponse],
  ["GetPeriodicEventStream", GetPeriodicEventStreamResponse],
  ["GetReport", GetReportResponse],
  ["GetTariffs", GetTariffsResponse],
  ["GetTransactionStatus", GetTransactionStatusResponse],
  ["GetVariables", GetVariablesResponse],
  ["Heartbeat", HeartbeatResponse],
  ["InstallCertificate", InstallCertificateResponse],
  ["LogStatusNotification", LogStatusNotificationResponse],
  ["MeterValues", MeterValuesResponse],
  ["NotifyAllowedEnergyTransfer", NotifyAllowedEnergyTransferResponse],
  ["NotifyChargingLimit", NotifyChargingLimitResponse],
  ["NotifyCustomerInformation", NotifyCustomerInformationResponse],
  ["NotifyDERAlarm", NotifyDERAlarmResponse],
  ["NotifyDERStartStop", NotifyDERStartStopResponse],
  ["NotifyDisplayMessages", NotifyDisplayMessagesResponse],
  ["NotifyEVChargingNeeds", NotifyEVChargingNeedsResponse],
  ["NotifyEVChargingSchedule", NotifyEVChargingScheduleResponse],
  ["NotifyEvent", NotifyEventResponse],
  ["NotifyMonitoringReport", NotifyMonitoringReportResponse],
  ["NotifyPriorityCharging", NotifyPriorityChargingResponse],
  ["NotifyReport", NotifyReportResponse],
  ["NotifySettlement", NotifySettlementResponse],
  ["NotifyWebPaymentStarted", NotifyWebPaymentStartedResponse],
  ["OpenPeriodicEventStream", OpenPeriodicEventStreamResponse],
  ["PublishFirmware", PublishFirmwareResponse],
  ["PublishFirmwareStatusNotification", PublishFirmwareStatusNotificationResponse],
  ["PullDynamicScheduleUpdate", PullDynamicScheduleUpdateResponse],
  ["ReportChargingProfiles", ReportChargingProfilesResponse],
  ["ReportDERControl", ReportDERControlResponse],
  ["RequestBatterySwap", RequestBatterySwapResponse],
  ["RequestStartTransaction", RequestStartTransactionResponse],
  ["RequestStopTransaction", RequestStopTransactionResponse],
  ["ReservationStatusUpdate", ReservationStatusUpdateResponse],
  ["ReserveNow", ReserveNowResponse],
  ["Reset", ResetResponse],
  ["SecurityEventNotification", SecurityEventNotificationResponse],
  ["SendLocalList", SendLocalListResponse],
  ["SetChargingProfile", SetChargingProfileResponse],
  ["SetDERControl", SetDERControlResponse],
  ["SetDefaultTariff", SetDefaultTariffResponse],
  ["SetDisplayMessage", SetDisplayMessageResponse],
  ["SetMonitoringBase", SetMonitoringBaseResponse],
  ["SetMonitoringLevel", SetMonitoringLevelResponse],
  ["SetNetworkProfile", SetNetworkProfileResponse],
  ["SetVariableMonitoring", SetVariableMonitoringResponse],
  ["SetVariables", SetVariablesResponse],
  ["SignCertificate", SignCertificateResponse],
  ["StatusNotification", StatusNotificationResponse],
  ["TransactionEvent", TransactionEventResponse],
  ["TriggerMessage", TriggerMessageResponse],
  ["UnlockConnector", UnlockConnectorResponse],
  ["UnpublishFirmware", UnpublishFirmwareResponse],
  ["UpdateDynamicSchedule", UpdateDynamicScheduleResponse],
  ["UpdateFirmware", UpdateFirmwareResponse],
  ["UsePriorityCharging", UsePriorityChargingResponse],
  ["VatNumberValidation", VatNumberValidationResponse],
]);
