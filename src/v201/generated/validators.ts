// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
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
    case "CHAP":
    case "NONE":
    case "PAP":
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

function isChargingLimitSourceEnumType(v: string): boolean {
  switch (v) {
    case "EMS":
    case "Other":
    case "SO":
    case "CSO":
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
    case "Charging":
    case "EVConnected":
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

function isConnectorEnumType(v: string): boolean {
  switch (v) {
    case "cCCS1":
    case "cCCS2":
    case "cG105":
    case "cTesla":
    case "cType1":
    case "cType2":
    case "s309-1P-16A":
    case "s309-1P-32A":
    case "s309-3P-16A":
    case "s309-3P-32A":
    case "sBS1361":
    case "sCEE-7-7":
    case "sType2":
    case "sType3":
    case "Other1PhMax16A":
    case "Other1PhOver16A":
    case "Other3Ph":
    case "Pan":
    case "wInductive":
    case "wResonant":
    case "Undetermined":
    case "Unknown":
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
      return true;
    default:
      return false;
  }
}

function isEnergyTransferModeEnumType(v: string): boolean {
  switch (v) {
    case "DC":
    case "AC_single_phase":
    case "AC_two_phase":
    case "AC_three_phase":
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

function isIdTokenEnumType(v: string): boolean {
  switch (v) {
    case "Central":
    case "eMAID":
    case "ISO14443":
    case "ISO15693":
    case "KeyCode":
    case "Local":
    case "MacAddress":
    case "NoAuthorization":
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
    case "CSMSRootCertificate":
    case "ManufacturerRootCertificate":
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
      return true;
    default:
      return false;
  }
}

function isLogEnumType(v: string): boolean {
  switch (v) {
    case "DiagnosticsLog":
    case "SecurityLog":
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
    case "Current.Import":
    case "Current.Offered":
    case "Energy.Active.Export.Register":
    case "Energy.Active.Import.Register":
    case "Energy.Reactive.Export.Register":
    case "Energy.Reactive.Import.Register":
    case "Energy.Active.Export.Interval":
    case "Energy.Active.Import.Interval":
    case "Energy.Active.Net":
    case "Energy.Reactive.Export.Interval":
    case "Energy.Reactive.Import.Interval":
    case "Energy.Reactive.Net":
    case "Energy.Apparent.Net":
    case "Energy.Apparent.Import":
    case "Energy.Apparent.Export":
    case "Frequency":
    case "Power.Active.Export":
    case "Power.Active.Import":
    case "Power.Factor":
    case "Power.Offered":
    case "Power.Reactive.Export":
    case "Power.Reactive.Import":
    case "SoC":
    case "Voltage":
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
    case "StatusNotification":
    case "TransactionEvent":
    case "SignCombinedCertificate":
    case "PublishFirmwareStatusNotification":
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

function isNotifyEVChargingNeedsStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Processing":
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
      return true;
    default:
      return false;
  }
}

function isOCPPTransportEnumType(v: string): boolean {
  switch (v) {
    case "JSON":
    case "SOAP":
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
    case "Local":
    case "LocalOutOfCredit":
    case "MasterPass":
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
    case "Authorized":
    case "CablePluggedIn":
    case "ChargingRateChanged":
    case "ChargingStateChanged":
    case "Deauthorized":
    case "EnergyLimitReached":
    case "EVCommunicationLost":
    case "EVConnectTimeout":
    case "MeterValueClock":
    case "MeterValuePeriodic":
    case "TimeLimitReached":
    case "Trigger":
    case "UnlockCommand":
    case "StopAuthorized":
    case "EVDeparted":
    case "EVDetected":
    case "RemoteStop":
    case "RemoteStart":
    case "AbnormalCondition":
    case "SignedDataReceived":
    case "ResetCommand":
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
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["energyAmount"];
  if (v2 === undefined) { if (c.fail(OCV, "/energyAmount", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/energyAmount", NOT_INTEGER)) return true; }
  }
  const v3 = v["evMinCurrent"];
  if (v3 === undefined) { if (c.fail(OCV, "/evMinCurrent", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evMinCurrent", NOT_INTEGER)) return true; }
  }
  const v4 = v["evMaxCurrent"];
  if (v4 === undefined) { if (c.fail(OCV, "/evMaxCurrent", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evMaxCurrent", NOT_INTEGER)) return true; }
  }
  const v5 = v["evMaxVoltage"];
  if (v5 === undefined) { if (c.fail(OCV, "/evMaxVoltage", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/evMaxVoltage", NOT_INTEGER)) return true; }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "energyAmount" || k6 === "evMinCurrent" || k6 === "evMaxCurrent" || k6 === "evMaxVoltage")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkAPNType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["apn"];
  if (v2 === undefined) { if (c.fail(OCV, "/apn", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/apn", NOT_STRING)) return true; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft(PCV, "/apn", "longer than maxLength 512")) return true; }
  }
  const v3 = v["apnUserName"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/apnUserName", NOT_STRING)) return true; }
    else if (v3.length > 20 && (v3.length > 40 || codePoints(v3) > 20)) { if (c.soft(PCV, "/apnUserName", "longer than maxLength 20")) return true; }
  }
  const v4 = v["apnPassword"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/apnPassword", NOT_STRING)) return true; }
    else if (v4.length > 20 && (v4.length > 40 || codePoints(v4) > 20)) { if (c.soft(PCV, "/apnPassword", "longer than maxLength 20")) return true; }
  }
  const v5 = v["simPin"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/simPin", NOT_INTEGER)) return true; }
  }
  const v6 = v["preferredNetwork"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/preferredNetwork", NOT_STRING)) return true; }
    else if (v6.length > 6 && (v6.length > 12 || codePoints(v6) > 6)) { if (c.soft(PCV, "/preferredNetwork", "longer than maxLength 6")) return true; }
  }
  const v7 = v["useOnlyPreferredNetwork"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "boolean") { if (c.fail(TCV, "/useOnlyPreferredNetwork", NOT_BOOLEAN)) return true; }
  }
  const v8 = v["apnAuthentication"];
  if (v8 === undefined) { if (c.fail(OCV, "/apnAuthentication", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/apnAuthentication", NOT_STRING)) return true; }
    else if (!isAPNAuthenticationEnumType(v8)) { if (c.soft(PCV, "/apnAuthentication", "not a APNAuthenticationEnumType value")) return true; }
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "customData" || k9 === "apn" || k9 === "apnUserName" || k9 === "apnPassword" || k9 === "simPin" || k9 === "preferredNetwork" || k9 === "useOnlyPreferredNetwork" || k9 === "apnAuthentication")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkAdditionalInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["additionalIdToken"];
  if (v2 === undefined) { if (c.fail(OCV, "/additionalIdToken", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/additionalIdToken", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/additionalIdToken", "longer than maxLength 36")) return true; }
  }
  const v3 = v["type"];
  if (v3 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/type", "longer than maxLength 50")) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "additionalIdToken" || k4 === "type")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkAuthorizationData(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["idToken"];
  if (v2 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["idTokenInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idTokenInfo";
    if (checkIdTokenInfoType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "idToken" || k4 === "idTokenInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkCertificateHashDataChainType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["certificateHashData"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificateHashData", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/certificateHashData";
    if (checkCertificateHashDataType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["certificateType"];
  if (v3 === undefined) { if (c.fail(OCV, "/certificateType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return true; }
    else if (!isGetCertificateIdUseEnumType(v3)) { if (c.soft(PCV, "/certificateType", "not a GetCertificateIdUseEnumType value")) return true; }
  }
  const v4 = v["childCertificateHashData"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/childCertificateHashData", NOT_ARRAY)) return true; }
    else if (v4.length > 4) { if (c.fail(OCV, "/childCertificateHashData", "more than maxItems 4")) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/childCertificateHashData", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/childCertificateHashData"; c.path[c.depth++] = i5;
        if (checkCertificateHashDataType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "certificateHashData" || k7 === "certificateType" || k7 === "childCertificateHashData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkCertificateHashDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["hashAlgorithm"];
  if (v2 === undefined) { if (c.fail(OCV, "/hashAlgorithm", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/hashAlgorithm", NOT_STRING)) return true; }
    else if (!isHashAlgorithmEnumType(v2)) { if (c.soft(PCV, "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return true; }
  }
  const v3 = v["issuerNameHash"];
  if (v3 === undefined) { if (c.fail(OCV, "/issuerNameHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/issuerNameHash", NOT_STRING)) return true; }
    else if (v3.length > 128 && (v3.length > 256 || codePoints(v3) > 128)) { if (c.soft(PCV, "/issuerNameHash", "longer than maxLength 128")) return true; }
  }
  const v4 = v["issuerKeyHash"];
  if (v4 === undefined) { if (c.fail(OCV, "/issuerKeyHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/issuerKeyHash", NOT_STRING)) return true; }
    else if (v4.length > 128 && (v4.length > 256 || codePoints(v4) > 128)) { if (c.soft(PCV, "/issuerKeyHash", "longer than maxLength 128")) return true; }
  }
  const v5 = v["serialNumber"];
  if (v5 === undefined) { if (c.fail(OCV, "/serialNumber", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/serialNumber", NOT_STRING)) return true; }
    else if (v5.length > 40 && (v5.length > 80 || codePoints(v5) > 40)) { if (c.soft(PCV, "/serialNumber", "longer than maxLength 40")) return true; }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "hashAlgorithm" || k6 === "issuerNameHash" || k6 === "issuerKeyHash" || k6 === "serialNumber")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingLimitType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["chargingLimitSource"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingLimitSource", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/chargingLimitSource", NOT_STRING)) return true; }
    else if (!isChargingLimitSourceEnumType(v2)) { if (c.soft(PCV, "/chargingLimitSource", "not a ChargingLimitSourceEnumType value")) return true; }
  }
  const v3 = v["isGridCritical"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/isGridCritical", NOT_BOOLEAN)) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "chargingLimitSource" || k4 === "isGridCritical")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingNeedsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["acChargingParameters"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/acChargingParameters";
    if (checkACChargingParametersType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["dcChargingParameters"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/dcChargingParameters";
    if (checkDCChargingParametersType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["requestedEnergyTransfer"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestedEnergyTransfer", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/requestedEnergyTransfer", NOT_STRING)) return true; }
    else if (!isEnergyTransferModeEnumType(v4)) { if (c.soft(PCV, "/requestedEnergyTransfer", "not a EnergyTransferModeEnumType value")) return true; }
  }
  const v5 = v["departureTime"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/departureTime", NOT_STRING)) return true; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/departureTime", NOT_DATE_TIME)) return true; }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "acChargingParameters" || k6 === "dcChargingParameters" || k6 === "requestedEnergyTransfer" || k6 === "departureTime")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingProfileCriterionType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
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
  }
  const v4 = v["chargingProfileId"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/chargingProfileId", NOT_ARRAY)) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/chargingProfileId", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/chargingProfileId/" + i5, NOT_INTEGER)) return true; }
      }
    }
  }
  const v7 = v["chargingLimitSource"];
  if (v7 !== undefined) {
    n0++;
    if (!Array.isArray(v7)) { if (c.fail(TCV, "/chargingLimitSource", NOT_ARRAY)) return true; }
    else if (v7.length > 4) { if (c.fail(OCV, "/chargingLimitSource", "more than maxItems 4")) return true; }
    else {
      if (v7.length < 1) { if (c.fail(OCV, "/chargingLimitSource", "fewer than minItems 1")) return true; }
      for (let i8 = 0; i8 < v7.length; i8++) {
        const v9 = v7[i8];
        if (typeof v9 !== "string") { if (c.fail(TCV, "/chargingLimitSource/" + i8, NOT_STRING)) return true; }
        else if (!isChargingLimitSourceEnumType(v9)) { if (c.soft(PCV, "/chargingLimitSource/" + i8, "not a ChargingLimitSourceEnumType value")) return true; }
      }
    }
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "customData" || k10 === "chargingProfilePurpose" || k10 === "stackLevel" || k10 === "chargingProfileId" || k10 === "chargingLimitSource")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingProfileType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v3 = v["stackLevel"];
  if (v3 === undefined) { if (c.fail(OCV, "/stackLevel", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/stackLevel", NOT_INTEGER)) return true; }
  }
  const v4 = v["chargingProfilePurpose"];
  if (v4 === undefined) { if (c.fail(OCV, "/chargingProfilePurpose", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/chargingProfilePurpose", NOT_STRING)) return true; }
    else if (!isChargingProfilePurposeEnumType(v4)) { if (c.soft(PCV, "/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return true; }
  }
  const v5 = v["chargingProfileKind"];
  if (v5 === undefined) { if (c.fail(OCV, "/chargingProfileKind", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/chargingProfileKind", NOT_STRING)) return true; }
    else if (!isChargingProfileKindEnumType(v5)) { if (c.soft(PCV, "/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return true; }
  }
  const v6 = v["recurrencyKind"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/recurrencyKind", NOT_STRING)) return true; }
    else if (!isRecurrencyKindEnumType(v6)) { if (c.soft(PCV, "/recurrencyKind", "not a RecurrencyKindEnumType value")) return true; }
  }
  const v7 = v["validFrom"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/validFrom", NOT_STRING)) return true; }
    else if (!isDateTime(v7)) { if (c.fail(PCV, "/validFrom", NOT_DATE_TIME)) return true; }
  }
  const v8 = v["validTo"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/validTo", NOT_STRING)) return true; }
    else if (!isDateTime(v8)) { if (c.fail(PCV, "/validTo", NOT_DATE_TIME)) return true; }
  }
  const v9 = v["chargingSchedule"];
  if (v9 === undefined) { if (c.fail(OCV, "/chargingSchedule", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v9)) { if (c.fail(TCV, "/chargingSchedule", NOT_ARRAY)) return true; }
    else if (v9.length > 3) { if (c.fail(OCV, "/chargingSchedule", "more than maxItems 3")) return true; }
    else {
      if (v9.length < 1) { if (c.fail(OCV, "/chargingSchedule", "fewer than minItems 1")) return true; }
      for (let i10 = 0; i10 < v9.length; i10++) {
        const v11 = v9[i10];
        c.path[c.depth++] = "/chargingSchedule"; c.path[c.depth++] = i10;
        if (checkChargingScheduleType(v11, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v12 = v["transactionId"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v12.length > 36 && (v12.length > 72 || codePoints(v12) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  for (const k13 in v) n0--;
  if (n0 !== 0) {
    for (const k13 in v) if (!(k13 === "customData" || k13 === "id" || k13 === "stackLevel" || k13 === "chargingProfilePurpose" || k13 === "chargingProfileKind" || k13 === "recurrencyKind" || k13 === "validFrom" || k13 === "validTo" || k13 === "chargingSchedule" || k13 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k13), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingSchedulePeriodType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["startPeriod"];
  if (v2 === undefined) { if (c.fail(OCV, "/startPeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/startPeriod", NOT_INTEGER)) return true; }
  }
  const v3 = v["limit"];
  if (v3 === undefined) { if (c.fail(OCV, "/limit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isFinite(v3)) { if (c.fail(TCV, "/limit", NOT_NUMBER)) return true; }
  }
  const v4 = v["numberPhases"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/numberPhases", NOT_INTEGER)) return true; }
  }
  const v5 = v["phaseToUse"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/phaseToUse", NOT_INTEGER)) return true; }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "startPeriod" || k6 === "limit" || k6 === "numberPhases" || k6 === "phaseToUse")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
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
  const v6 = v["chargingSchedulePeriod"];
  if (v6 === undefined) { if (c.fail(OCV, "/chargingSchedulePeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v6)) { if (c.fail(TCV, "/chargingSchedulePeriod", NOT_ARRAY)) return true; }
    else if (v6.length > 1024) { if (c.fail(OCV, "/chargingSchedulePeriod", "more than maxItems 1024")) return true; }
    else {
      if (v6.length < 1) { if (c.fail(OCV, "/chargingSchedulePeriod", "fewer than minItems 1")) return true; }
      for (let i7 = 0; i7 < v6.length; i7++) {
        const v8 = v6[i7];
        c.path[c.depth++] = "/chargingSchedulePeriod"; c.path[c.depth++] = i7;
        if (checkChargingSchedulePeriodType(v8, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v9 = v["minChargingRate"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/minChargingRate", NOT_NUMBER)) return true; }
  }
  const v10 = v["salesTariff"];
  if (v10 !== undefined) {
    n0++;
    c.path[c.depth++] = "/salesTariff";
    if (checkSalesTariffType(v10, c)) return true;
    c.depth -= 1;
  }
  for (const k11 in v) n0--;
  if (n0 !== 0) {
    for (const k11 in v) if (!(k11 === "customData" || k11 === "id" || k11 === "startSchedule" || k11 === "duration" || k11 === "chargingRateUnit" || k11 === "chargingSchedulePeriod" || k11 === "minChargingRate" || k11 === "salesTariff")) { if (c.soft(FV, "/" + pointerToken(k11), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingStationType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["serialNumber"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/serialNumber", NOT_STRING)) return true; }
    else if (v2.length > 25 && (v2.length > 50 || codePoints(v2) > 25)) { if (c.soft(PCV, "/serialNumber", "longer than maxLength 25")) return true; }
  }
  const v3 = v["model"];
  if (v3 === undefined) { if (c.fail(OCV, "/model", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/model", NOT_STRING)) return true; }
    else if (v3.length > 20 && (v3.length > 40 || codePoints(v3) > 20)) { if (c.soft(PCV, "/model", "longer than maxLength 20")) return true; }
  }
  const v4 = v["modem"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/modem";
    if (checkModemType(v4, c)) return true;
    c.depth -= 1;
  }
  const v5 = v["vendorName"];
  if (v5 === undefined) { if (c.fail(OCV, "/vendorName", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/vendorName", NOT_STRING)) return true; }
    else if (v5.length > 50 && (v5.length > 100 || codePoints(v5) > 50)) { if (c.soft(PCV, "/vendorName", "longer than maxLength 50")) return true; }
  }
  const v6 = v["firmwareVersion"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/firmwareVersion", NOT_STRING)) return true; }
    else if (v6.length > 50 && (v6.length > 100 || codePoints(v6) > 50)) { if (c.soft(PCV, "/firmwareVersion", "longer than maxLength 50")) return true; }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "serialNumber" || k7 === "model" || k7 === "modem" || k7 === "vendorName" || k7 === "firmwareVersion")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkClearChargingProfileType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["evseId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return true; }
  }
  const v3 = v["chargingProfilePurpose"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargingProfilePurpose", NOT_STRING)) return true; }
    else if (!isChargingProfilePurposeEnumType(v3)) { if (c.soft(PCV, "/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return true; }
  }
  const v4 = v["stackLevel"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/stackLevel", NOT_INTEGER)) return true; }
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "customData" || k5 === "evseId" || k5 === "chargingProfilePurpose" || k5 === "stackLevel")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkClearMonitoringResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isClearMonitoringStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ClearMonitoringStatusEnumType value")) return true; }
  }
  const v3 = v["id"];
  if (v3 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v4 = v["statusInfo"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v4, c)) return true;
    c.depth -= 1;
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "customData" || k5 === "status" || k5 === "id" || k5 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkComponentType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["evse"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["name"];
  if (v3 === undefined) { if (c.fail(OCV, "/name", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/name", NOT_STRING)) return true; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/name", "longer than maxLength 50")) return true; }
  }
  const v4 = v["instance"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/instance", NOT_STRING)) return true; }
    else if (v4.length > 50 && (v4.length > 100 || codePoints(v4) > 50)) { if (c.soft(PCV, "/instance", "longer than maxLength 50")) return true; }
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "customData" || k5 === "evse" || k5 === "name" || k5 === "instance")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkComponentVariableType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
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
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v3, c)) return true;
    c.depth -= 1;
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "component" || k4 === "variable")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkCompositeScheduleType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["chargingSchedulePeriod"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingSchedulePeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/chargingSchedulePeriod", NOT_ARRAY)) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/chargingSchedulePeriod", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/chargingSchedulePeriod"; c.path[c.depth++] = i3;
        if (checkChargingSchedulePeriodType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["evseId"];
  if (v5 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return true; }
  }
  const v6 = v["duration"];
  if (v6 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v7 = v["scheduleStart"];
  if (v7 === undefined) { if (c.fail(OCV, "/scheduleStart", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/scheduleStart", NOT_STRING)) return true; }
    else if (!isDateTime(v7)) { if (c.fail(PCV, "/scheduleStart", NOT_DATE_TIME)) return true; }
  }
  const v8 = v["chargingRateUnit"];
  if (v8 === undefined) { if (c.fail(OCV, "/chargingRateUnit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/chargingRateUnit", NOT_STRING)) return true; }
    else if (!isChargingRateUnitEnumType(v8)) { if (c.soft(PCV, "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return true; }
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "customData" || k9 === "chargingSchedulePeriod" || k9 === "evseId" || k9 === "duration" || k9 === "scheduleStart" || k9 === "chargingRateUnit")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkConsumptionCostType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["startValue"];
  if (v2 === undefined) { if (c.fail(OCV, "/startValue", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/startValue", NOT_NUMBER)) return true; }
  }
  const v3 = v["cost"];
  if (v3 === undefined) { if (c.fail(OCV, "/cost", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/cost", NOT_ARRAY)) return true; }
    else if (v3.length > 3) { if (c.fail(OCV, "/cost", "more than maxItems 3")) return true; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/cost", "fewer than minItems 1")) return true; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        c.path[c.depth++] = "/cost"; c.path[c.depth++] = i4;
        if (checkCostType(v5, c)) return true;
        c.depth -= 2;
      }
    }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "startValue" || k6 === "cost")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkCostType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["costKind"];
  if (v2 === undefined) { if (c.fail(OCV, "/costKind", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/costKind", NOT_STRING)) return true; }
    else if (!isCostKindEnumType(v2)) { if (c.soft(PCV, "/costKind", "not a CostKindEnumType value")) return true; }
  }
  const v3 = v["amount"];
  if (v3 === undefined) { if (c.fail(OCV, "/amount", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/amount", NOT_INTEGER)) return true; }
  }
  const v4 = v["amountMultiplier"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/amountMultiplier", NOT_INTEGER)) return true; }
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "customData" || k5 === "costKind" || k5 === "amount" || k5 === "amountMultiplier")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
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
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["evMaxCurrent"];
  if (v2 === undefined) { if (c.fail(OCV, "/evMaxCurrent", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evMaxCurrent", NOT_INTEGER)) return true; }
  }
  const v3 = v["evMaxVoltage"];
  if (v3 === undefined) { if (c.fail(OCV, "/evMaxVoltage", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evMaxVoltage", NOT_INTEGER)) return true; }
  }
  const v4 = v["energyAmount"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/energyAmount", NOT_INTEGER)) return true; }
  }
  const v5 = v["evMaxPower"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/evMaxPower", NOT_INTEGER)) return true; }
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
  const v7 = v["evEnergyCapacity"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/evEnergyCapacity", NOT_INTEGER)) return true; }
  }
  const v8 = v["fullSoC"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/fullSoC", NOT_INTEGER)) return true; }
    else {
      if (v8 < 0) { if (c.fail(PCV, "/fullSoC", "below minimum 0")) return true; }
      if (v8 > 100) { if (c.fail(PCV, "/fullSoC", "above maximum 100")) return true; }
    }
  }
  const v9 = v["bulkSoC"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail(TCV, "/bulkSoC", NOT_INTEGER)) return true; }
    else {
      if (v9 < 0) { if (c.fail(PCV, "/bulkSoC", "below minimum 0")) return true; }
      if (v9 > 100) { if (c.fail(PCV, "/bulkSoC", "above maximum 100")) return true; }
    }
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "customData" || k10 === "evMaxCurrent" || k10 === "evMaxVoltage" || k10 === "energyAmount" || k10 === "evMaxPower" || k10 === "stateOfCharge" || k10 === "evEnergyCapacity" || k10 === "fullSoC" || k10 === "bulkSoC")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkEVSEType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v3 = v["connectorId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "id" || k4 === "connectorId")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkEventDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["eventId"];
  if (v2 === undefined) { if (c.fail(OCV, "/eventId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/eventId", NOT_INTEGER)) return true; }
  }
  const v3 = v["timestamp"];
  if (v3 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["trigger"];
  if (v4 === undefined) { if (c.fail(OCV, "/trigger", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/trigger", NOT_STRING)) return true; }
    else if (!isEventTriggerEnumType(v4)) { if (c.soft(PCV, "/trigger", "not a EventTriggerEnumType value")) return true; }
  }
  const v5 = v["cause"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/cause", NOT_INTEGER)) return true; }
  }
  const v6 = v["actualValue"];
  if (v6 === undefined) { if (c.fail(OCV, "/actualValue", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/actualValue", NOT_STRING)) return true; }
    else if (v6.length > 2500 && (v6.length > 5000 || codePoints(v6) > 2500)) { if (c.soft(PCV, "/actualValue", "longer than maxLength 2500")) return true; }
  }
  const v7 = v["techCode"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/techCode", NOT_STRING)) return true; }
    else if (v7.length > 50 && (v7.length > 100 || codePoints(v7) > 50)) { if (c.soft(PCV, "/techCode", "longer than maxLength 50")) return true; }
  }
  const v8 = v["techInfo"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/techInfo", NOT_STRING)) return true; }
    else if (v8.length > 500 && (v8.length > 1000 || codePoints(v8) > 500)) { if (c.soft(PCV, "/techInfo", "longer than maxLength 500")) return true; }
  }
  const v9 = v["cleared"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "boolean") { if (c.fail(TCV, "/cleared", NOT_BOOLEAN)) return true; }
  }
  const v10 = v["transactionId"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v10.length > 36 && (v10.length > 72 || codePoints(v10) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  const v11 = v["component"];
  if (v11 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v11, c)) return true;
    c.depth -= 1;
  }
  const v12 = v["variableMonitoringId"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail(TCV, "/variableMonitoringId", NOT_INTEGER)) return true; }
  }
  const v13 = v["eventNotificationType"];
  if (v13 === undefined) { if (c.fail(OCV, "/eventNotificationType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v13 !== "string") { if (c.fail(TCV, "/eventNotificationType", NOT_STRING)) return true; }
    else if (!isEventNotificationEnumType(v13)) { if (c.soft(PCV, "/eventNotificationType", "not a EventNotificationEnumType value")) return true; }
  }
  const v14 = v["variable"];
  if (v14 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v14, c)) return true;
    c.depth -= 1;
  }
  for (const k15 in v) n0--;
  if (n0 !== 0) {
    for (const k15 in v) if (!(k15 === "customData" || k15 === "eventId" || k15 === "timestamp" || k15 === "trigger" || k15 === "cause" || k15 === "actualValue" || k15 === "techCode" || k15 === "techInfo" || k15 === "cleared" || k15 === "transactionId" || k15 === "component" || k15 === "variableMonitoringId" || k15 === "eventNotificationType" || k15 === "variable")) { if (c.soft(FV, "/" + pointerToken(k15), UNKNOWN)) return true; }
  }
  return false;
}

function checkFirmwareType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["location"];
  if (v2 === undefined) { if (c.fail(OCV, "/location", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return true; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft(PCV, "/location", "longer than maxLength 512")) return true; }
  }
  const v3 = v["retrieveDateTime"];
  if (v3 === undefined) { if (c.fail(OCV, "/retrieveDateTime", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/retrieveDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/retrieveDateTime", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["installDateTime"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/installDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/installDateTime", NOT_DATE_TIME)) return true; }
  }
  const v5 = v["signingCertificate"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/signingCertificate", NOT_STRING)) return true; }
    else if (v5.length > 5500 && (v5.length > 11000 || codePoints(v5) > 5500)) { if (c.soft(PCV, "/signingCertificate", "longer than maxLength 5500")) return true; }
  }
  const v6 = v["signature"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/signature", NOT_STRING)) return true; }
    else if (v6.length > 800 && (v6.length > 1600 || codePoints(v6) > 800)) { if (c.soft(PCV, "/signature", "longer than maxLength 800")) return true; }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "location" || k7 === "retrieveDateTime" || k7 === "installDateTime" || k7 === "signingCertificate" || k7 === "signature")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkGetVariableDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["attributeType"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v2)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
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
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "customData" || k5 === "attributeType" || k5 === "component" || k5 === "variable")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkGetVariableResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["attributeStatusInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/attributeStatusInfo";
    if (checkStatusInfoType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["attributeStatus"];
  if (v3 === undefined) { if (c.fail(OCV, "/attributeStatus", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/attributeStatus", NOT_STRING)) return true; }
    else if (!isGetVariableStatusEnumType(v3)) { if (c.soft(PCV, "/attributeStatus", "not a GetVariableStatusEnumType value")) return true; }
  }
  const v4 = v["attributeType"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v4)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
  }
  const v5 = v["attributeValue"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/attributeValue", NOT_STRING)) return true; }
    else if (v5.length > 2500 && (v5.length > 5000 || codePoints(v5) > 2500)) { if (c.soft(PCV, "/attributeValue", "longer than maxLength 2500")) return true; }
  }
  const v6 = v["component"];
  if (v6 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["variable"];
  if (v7 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "customData" || k8 === "attributeStatusInfo" || k8 === "attributeStatus" || k8 === "attributeType" || k8 === "attributeValue" || k8 === "component" || k8 === "variable")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkIdTokenInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isAuthorizationStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a AuthorizationStatusEnumType value")) return true; }
  }
  const v3 = v["cacheExpiryDateTime"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/cacheExpiryDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/cacheExpiryDateTime", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["chargingPriority"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/chargingPriority", NOT_INTEGER)) return true; }
  }
  const v5 = v["language1"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/language1", NOT_STRING)) return true; }
    else if (v5.length > 8 && (v5.length > 16 || codePoints(v5) > 8)) { if (c.soft(PCV, "/language1", "longer than maxLength 8")) return true; }
  }
  const v6 = v["evseId"];
  if (v6 !== undefined) {
    n0++;
    if (!Array.isArray(v6)) { if (c.fail(TCV, "/evseId", NOT_ARRAY)) return true; }
    else {
      if (v6.length < 1) { if (c.fail(OCV, "/evseId", "fewer than minItems 1")) return true; }
      for (let i7 = 0; i7 < v6.length; i7++) {
        const v8 = v6[i7];
        if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/evseId/" + i7, NOT_INTEGER)) return true; }
      }
    }
  }
  const v9 = v["groupIdToken"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/groupIdToken";
    if (checkIdTokenType(v9, c)) return true;
    c.depth -= 1;
  }
  const v10 = v["language2"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "string") { if (c.fail(TCV, "/language2", NOT_STRING)) return true; }
    else if (v10.length > 8 && (v10.length > 16 || codePoints(v10) > 8)) { if (c.soft(PCV, "/language2", "longer than maxLength 8")) return true; }
  }
  const v11 = v["personalMessage"];
  if (v11 !== undefined) {
    n0++;
    c.path[c.depth++] = "/personalMessage";
    if (checkMessageContentType(v11, c)) return true;
    c.depth -= 1;
  }
  for (const k12 in v) n0--;
  if (n0 !== 0) {
    for (const k12 in v) if (!(k12 === "customData" || k12 === "status" || k12 === "cacheExpiryDateTime" || k12 === "chargingPriority" || k12 === "language1" || k12 === "evseId" || k12 === "groupIdToken" || k12 === "language2" || k12 === "personalMessage")) { if (c.soft(FV, "/" + pointerToken(k12), UNKNOWN)) return true; }
  }
  return false;
}

function checkIdTokenType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["additionalInfo"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/additionalInfo", NOT_ARRAY)) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/additionalInfo", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/additionalInfo"; c.path[c.depth++] = i3;
        if (checkAdditionalInfoType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["idToken"];
  if (v5 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/idToken", NOT_STRING)) return true; }
    else if (v5.length > 36 && (v5.length > 72 || codePoints(v5) > 36)) { if (c.soft(PCV, "/idToken", "longer than maxLength 36")) return true; }
  }
  const v6 = v["type"];
  if (v6 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isIdTokenEnumType(v6)) { if (c.soft(PCV, "/type", "not a IdTokenEnumType value")) return true; }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "additionalInfo" || k7 === "idToken" || k7 === "type")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkLogParametersType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["remoteLocation"];
  if (v2 === undefined) { if (c.fail(OCV, "/remoteLocation", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/remoteLocation", NOT_STRING)) return true; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft(PCV, "/remoteLocation", "longer than maxLength 512")) return true; }
  }
  const v3 = v["oldestTimestamp"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/oldestTimestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/oldestTimestamp", NOT_DATE_TIME)) return true; }
  }
  const v4 = v["latestTimestamp"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/latestTimestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/latestTimestamp", NOT_DATE_TIME)) return true; }
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "customData" || k5 === "remoteLocation" || k5 === "oldestTimestamp" || k5 === "latestTimestamp")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkMessageContentType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["format"];
  if (v2 === undefined) { if (c.fail(OCV, "/format", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/format", NOT_STRING)) return true; }
    else if (!isMessageFormatEnumType(v2)) { if (c.soft(PCV, "/format", "not a MessageFormatEnumType value")) return true; }
  }
  const v3 = v["language"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/language", NOT_STRING)) return true; }
    else if (v3.length > 8 && (v3.length > 16 || codePoints(v3) > 8)) { if (c.soft(PCV, "/language", "longer than maxLength 8")) return true; }
  }
  const v4 = v["content"];
  if (v4 === undefined) { if (c.fail(OCV, "/content", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/content", NOT_STRING)) return true; }
    else if (v4.length > 512 && (v4.length > 1024 || codePoints(v4) > 512)) { if (c.soft(PCV, "/content", "longer than maxLength 512")) return true; }
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "customData" || k5 === "format" || k5 === "language" || k5 === "content")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkMessageInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["display"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/display";
    if (checkComponentType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["id"];
  if (v3 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v4 = v["priority"];
  if (v4 === undefined) { if (c.fail(OCV, "/priority", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/priority", NOT_STRING)) return true; }
    else if (!isMessagePriorityEnumType(v4)) { if (c.soft(PCV, "/priority", "not a MessagePriorityEnumType value")) return true; }
  }
  const v5 = v["state"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/state", NOT_STRING)) return true; }
    else if (!isMessageStateEnumType(v5)) { if (c.soft(PCV, "/state", "not a MessageStateEnumType value")) return true; }
  }
  const v6 = v["startDateTime"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/startDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v6)) { if (c.fail(PCV, "/startDateTime", NOT_DATE_TIME)) return true; }
  }
  const v7 = v["endDateTime"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/endDateTime", NOT_STRING)) return true; }
    else if (!isDateTime(v7)) { if (c.fail(PCV, "/endDateTime", NOT_DATE_TIME)) return true; }
  }
  const v8 = v["transactionId"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v8.length > 36 && (v8.length > 72 || codePoints(v8) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  const v9 = v["message"];
  if (v9 === undefined) { if (c.fail(OCV, "/message", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/message";
    if (checkMessageContentType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "customData" || k10 === "display" || k10 === "id" || k10 === "priority" || k10 === "state" || k10 === "startDateTime" || k10 === "endDateTime" || k10 === "transactionId" || k10 === "message")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkMeterValueType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["sampledValue"];
  if (v2 === undefined) { if (c.fail(OCV, "/sampledValue", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/sampledValue", NOT_ARRAY)) return true; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/sampledValue", "fewer than minItems 1")) return true; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/sampledValue"; c.path[c.depth++] = i3;
        if (checkSampledValueType(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v5 = v["timestamp"];
  if (v5 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return true; }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "sampledValue" || k6 === "timestamp")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkModemType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["iccid"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/iccid", NOT_STRING)) return true; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/iccid", "longer than maxLength 20")) return true; }
  }
  const v3 = v["imsi"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/imsi", NOT_STRING)) return true; }
    else if (v3.length > 20 && (v3.length > 40 || codePoints(v3) > 20)) { if (c.soft(PCV, "/imsi", "longer than maxLength 20")) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "iccid" || k4 === "imsi")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkMonitoringDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
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
  const v4 = v["variableMonitoring"];
  if (v4 === undefined) { if (c.fail(OCV, "/variableMonitoring", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/variableMonitoring", NOT_ARRAY)) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/variableMonitoring", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/variableMonitoring"; c.path[c.depth++] = i5;
        if (checkVariableMonitoringType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "component" || k7 === "variable" || k7 === "variableMonitoring")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkNetworkConnectionProfileType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["apn"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/apn";
    if (checkAPNType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["ocppVersion"];
  if (v3 === undefined) { if (c.fail(OCV, "/ocppVersion", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/ocppVersion", NOT_STRING)) return true; }
    else if (!isOCPPVersionEnumType(v3)) { if (c.soft(PCV, "/ocppVersion", "not a OCPPVersionEnumType value")) return true; }
  }
  const v4 = v["ocppTransport"];
  if (v4 === undefined) { if (c.fail(OCV, "/ocppTransport", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/ocppTransport", NOT_STRING)) return true; }
    else if (!isOCPPTransportEnumType(v4)) { if (c.soft(PCV, "/ocppTransport", "not a OCPPTransportEnumType value")) return true; }
  }
  const v5 = v["ocppCsmsUrl"];
  if (v5 === undefined) { if (c.fail(OCV, "/ocppCsmsUrl", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/ocppCsmsUrl", NOT_STRING)) return true; }
    else if (v5.length > 512 && (v5.length > 1024 || codePoints(v5) > 512)) { if (c.soft(PCV, "/ocppCsmsUrl", "longer than maxLength 512")) return true; }
  }
  const v6 = v["messageTimeout"];
  if (v6 === undefined) { if (c.fail(OCV, "/messageTimeout", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/messageTimeout", NOT_INTEGER)) return true; }
  }
  const v7 = v["securityProfile"];
  if (v7 === undefined) { if (c.fail(OCV, "/securityProfile", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/securityProfile", NOT_INTEGER)) return true; }
  }
  const v8 = v["ocppInterface"];
  if (v8 === undefined) { if (c.fail(OCV, "/ocppInterface", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/ocppInterface", NOT_STRING)) return true; }
    else if (!isOCPPInterfaceEnumType(v8)) { if (c.soft(PCV, "/ocppInterface", "not a OCPPInterfaceEnumType value")) return true; }
  }
  const v9 = v["vpn"];
  if (v9 !== undefined) {
    n0++;
    c.path[c.depth++] = "/vpn";
    if (checkVPNType(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "customData" || k10 === "apn" || k10 === "ocppVersion" || k10 === "ocppTransport" || k10 === "ocppCsmsUrl" || k10 === "messageTimeout" || k10 === "securityProfile" || k10 === "ocppInterface" || k10 === "vpn")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkOCSPRequestDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["hashAlgorithm"];
  if (v2 === undefined) { if (c.fail(OCV, "/hashAlgorithm", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/hashAlgorithm", NOT_STRING)) return true; }
    else if (!isHashAlgorithmEnumType(v2)) { if (c.soft(PCV, "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return true; }
  }
  const v3 = v["issuerNameHash"];
  if (v3 === undefined) { if (c.fail(OCV, "/issuerNameHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/issuerNameHash", NOT_STRING)) return true; }
    else if (v3.length > 128 && (v3.length > 256 || codePoints(v3) > 128)) { if (c.soft(PCV, "/issuerNameHash", "longer than maxLength 128")) return true; }
  }
  const v4 = v["issuerKeyHash"];
  if (v4 === undefined) { if (c.fail(OCV, "/issuerKeyHash", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/issuerKeyHash", NOT_STRING)) return true; }
    else if (v4.length > 128 && (v4.length > 256 || codePoints(v4) > 128)) { if (c.soft(PCV, "/issuerKeyHash", "longer than maxLength 128")) return true; }
  }
  const v5 = v["serialNumber"];
  if (v5 === undefined) { if (c.fail(OCV, "/serialNumber", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/serialNumber", NOT_STRING)) return true; }
    else if (v5.length > 40 && (v5.length > 80 || codePoints(v5) > 40)) { if (c.soft(PCV, "/serialNumber", "longer than maxLength 40")) return true; }
  }
  const v6 = v["responderURL"];
  if (v6 === undefined) { if (c.fail(OCV, "/responderURL", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/responderURL", NOT_STRING)) return true; }
    else if (v6.length > 512 && (v6.length > 1024 || codePoints(v6) > 512)) { if (c.soft(PCV, "/responderURL", "longer than maxLength 512")) return true; }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "hashAlgorithm" || k7 === "issuerNameHash" || k7 === "issuerKeyHash" || k7 === "serialNumber" || k7 === "responderURL")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkRelativeTimeIntervalType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["start"];
  if (v2 === undefined) { if (c.fail(OCV, "/start", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/start", NOT_INTEGER)) return true; }
  }
  const v3 = v["duration"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "start" || k4 === "duration")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkReportDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
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
  const v4 = v["variableAttribute"];
  if (v4 === undefined) { if (c.fail(OCV, "/variableAttribute", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/variableAttribute", NOT_ARRAY)) return true; }
    else if (v4.length > 4) { if (c.fail(OCV, "/variableAttribute", "more than maxItems 4")) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/variableAttribute", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/variableAttribute"; c.path[c.depth++] = i5;
        if (checkVariableAttributeType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v7 = v["variableCharacteristics"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/variableCharacteristics";
    if (checkVariableCharacteristicsType(v7, c)) return true;
    c.depth -= 1;
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "customData" || k8 === "component" || k8 === "variable" || k8 === "variableAttribute" || k8 === "variableCharacteristics")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkSalesTariffEntryType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["relativeTimeInterval"];
  if (v2 === undefined) { if (c.fail(OCV, "/relativeTimeInterval", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/relativeTimeInterval";
    if (checkRelativeTimeIntervalType(v2, c)) return true;
    c.depth -= 1;
  }
  const v3 = v["ePriceLevel"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/ePriceLevel", NOT_INTEGER)) return true; }
    else {
      if (v3 < 0) { if (c.fail(PCV, "/ePriceLevel", "below minimum 0")) return true; }
    }
  }
  const v4 = v["consumptionCost"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/consumptionCost", NOT_ARRAY)) return true; }
    else if (v4.length > 3) { if (c.fail(OCV, "/consumptionCost", "more than maxItems 3")) return true; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/consumptionCost", "fewer than minItems 1")) return true; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/consumptionCost"; c.path[c.depth++] = i5;
        if (checkConsumptionCostType(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "relativeTimeInterval" || k7 === "ePriceLevel" || k7 === "consumptionCost")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkSalesTariffType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v3 = v["salesTariffDescription"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/salesTariffDescription", NOT_STRING)) return true; }
    else if (v3.length > 32 && (v3.length > 64 || codePoints(v3) > 32)) { if (c.soft(PCV, "/salesTariffDescription", "longer than maxLength 32")) return true; }
  }
  const v4 = v["numEPriceLevels"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/numEPriceLevels", NOT_INTEGER)) return true; }
  }
  const v5 = v["salesTariffEntry"];
  if (v5 === undefined) { if (c.fail(OCV, "/salesTariffEntry", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v5)) { if (c.fail(TCV, "/salesTariffEntry", NOT_ARRAY)) return true; }
    else if (v5.length > 1024) { if (c.fail(OCV, "/salesTariffEntry", "more than maxItems 1024")) return true; }
    else {
      if (v5.length < 1) { if (c.fail(OCV, "/salesTariffEntry", "fewer than minItems 1")) return true; }
      for (let i6 = 0; i6 < v5.length; i6++) {
        const v7 = v5[i6];
        c.path[c.depth++] = "/salesTariffEntry"; c.path[c.depth++] = i6;
        if (checkSalesTariffEntryType(v7, c)) return true;
        c.depth -= 2;
      }
    }
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "customData" || k8 === "id" || k8 === "salesTariffDescription" || k8 === "numEPriceLevels" || k8 === "salesTariffEntry")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkSampledValueType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["value"];
  if (v2 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/value", NOT_NUMBER)) return true; }
  }
  const v3 = v["context"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/context", NOT_STRING)) return true; }
    else if (!isReadingContextEnumType(v3)) { if (c.soft(PCV, "/context", "not a ReadingContextEnumType value")) return true; }
  }
  const v4 = v["measurand"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/measurand", NOT_STRING)) return true; }
    else if (!isMeasurandEnumType(v4)) { if (c.soft(PCV, "/measurand", "not a MeasurandEnumType value")) return true; }
  }
  const v5 = v["phase"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/phase", NOT_STRING)) return true; }
    else if (!isPhaseEnumType(v5)) { if (c.soft(PCV, "/phase", "not a PhaseEnumType value")) return true; }
  }
  const v6 = v["location"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return true; }
    else if (!isLocationEnumType(v6)) { if (c.soft(PCV, "/location", "not a LocationEnumType value")) return true; }
  }
  const v7 = v["signedMeterValue"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/signedMeterValue";
    if (checkSignedMeterValueType(v7, c)) return true;
    c.depth -= 1;
  }
  const v8 = v["unitOfMeasure"];
  if (v8 !== undefined) {
    n0++;
    c.path[c.depth++] = "/unitOfMeasure";
    if (checkUnitOfMeasureType(v8, c)) return true;
    c.depth -= 1;
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "customData" || k9 === "value" || k9 === "context" || k9 === "measurand" || k9 === "phase" || k9 === "location" || k9 === "signedMeterValue" || k9 === "unitOfMeasure")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetMonitoringDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
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
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "customData" || k9 === "id" || k9 === "transaction" || k9 === "value" || k9 === "type" || k9 === "severity" || k9 === "component" || k9 === "variable")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetMonitoringResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v3 = v["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return true;
    c.depth -= 1;
  }
  const v4 = v["status"];
  if (v4 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isSetMonitoringStatusEnumType(v4)) { if (c.soft(PCV, "/status", "not a SetMonitoringStatusEnumType value")) return true; }
  }
  const v5 = v["type"];
  if (v5 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isMonitorEnumType(v5)) { if (c.soft(PCV, "/type", "not a MonitorEnumType value")) return true; }
  }
  const v6 = v["component"];
  if (v6 === undefined) { if (c.fail(OCV, "/component", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/component";
    if (checkComponentType(v6, c)) return true;
    c.depth -= 1;
  }
  const v7 = v["variable"];
  if (v7 === undefined) { if (c.fail(OCV, "/variable", REQUIRED)) return true; }
  else {
    n0++;
    c.path[c.depth++] = "/variable";
    if (checkVariableType(v7, c)) return true;
    c.depth -= 1;
  }
  const v8 = v["severity"];
  if (v8 === undefined) { if (c.fail(OCV, "/severity", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/severity", NOT_INTEGER)) return true; }
  }
  for (const k9 in v) n0--;
  if (n0 !== 0) {
    for (const k9 in v) if (!(k9 === "customData" || k9 === "id" || k9 === "statusInfo" || k9 === "status" || k9 === "type" || k9 === "component" || k9 === "variable" || k9 === "severity")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetVariableDataType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["attributeType"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v2)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
  }
  const v3 = v["attributeValue"];
  if (v3 === undefined) { if (c.fail(OCV, "/attributeValue", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/attributeValue", NOT_STRING)) return true; }
    else if (v3.length > 1000 && (v3.length > 2000 || codePoints(v3) > 1000)) { if (c.soft(PCV, "/attributeValue", "longer than maxLength 1000")) return true; }
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
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "attributeType" || k6 === "attributeValue" || k6 === "component" || k6 === "variable")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkSetVariableResultType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["attributeType"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/attributeType", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v2)) { if (c.soft(PCV, "/attributeType", "not a AttributeEnumType value")) return true; }
  }
  const v3 = v["attributeStatus"];
  if (v3 === undefined) { if (c.fail(OCV, "/attributeStatus", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/attributeStatus", NOT_STRING)) return true; }
    else if (!isSetVariableStatusEnumType(v3)) { if (c.soft(PCV, "/attributeStatus", "not a SetVariableStatusEnumType value")) return true; }
  }
  const v4 = v["attributeStatusInfo"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/attributeStatusInfo";
    if (checkStatusInfoType(v4, c)) return true;
    c.depth -= 1;
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
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "attributeType" || k7 === "attributeStatus" || k7 === "attributeStatusInfo" || k7 === "component" || k7 === "variable")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkSignedMeterValueType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["signedMeterData"];
  if (v2 === undefined) { if (c.fail(OCV, "/signedMeterData", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/signedMeterData", NOT_STRING)) return true; }
    else if (v2.length > 2500 && (v2.length > 5000 || codePoints(v2) > 2500)) { if (c.soft(PCV, "/signedMeterData", "longer than maxLength 2500")) return true; }
  }
  const v3 = v["signingMethod"];
  if (v3 === undefined) { if (c.fail(OCV, "/signingMethod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/signingMethod", NOT_STRING)) return true; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/signingMethod", "longer than maxLength 50")) return true; }
  }
  const v4 = v["encodingMethod"];
  if (v4 === undefined) { if (c.fail(OCV, "/encodingMethod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/encodingMethod", NOT_STRING)) return true; }
    else if (v4.length > 50 && (v4.length > 100 || codePoints(v4) > 50)) { if (c.soft(PCV, "/encodingMethod", "longer than maxLength 50")) return true; }
  }
  const v5 = v["publicKey"];
  if (v5 === undefined) { if (c.fail(OCV, "/publicKey", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/publicKey", NOT_STRING)) return true; }
    else if (v5.length > 2500 && (v5.length > 5000 || codePoints(v5) > 2500)) { if (c.soft(PCV, "/publicKey", "longer than maxLength 2500")) return true; }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "customData" || k6 === "signedMeterData" || k6 === "signingMethod" || k6 === "encodingMethod" || k6 === "publicKey")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkStatusInfoType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["reasonCode"];
  if (v2 === undefined) { if (c.fail(OCV, "/reasonCode", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/reasonCode", NOT_STRING)) return true; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/reasonCode", "longer than maxLength 20")) return true; }
  }
  const v3 = v["additionalInfo"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/additionalInfo", NOT_STRING)) return true; }
    else if (v3.length > 512 && (v3.length > 1024 || codePoints(v3) > 512)) { if (c.soft(PCV, "/additionalInfo", "longer than maxLength 512")) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkTransactionType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["transactionId"];
  if (v2 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return true; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return true; }
  }
  const v3 = v["chargingState"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargingState", NOT_STRING)) return true; }
    else if (!isChargingStateEnumType(v3)) { if (c.soft(PCV, "/chargingState", "not a ChargingStateEnumType value")) return true; }
  }
  const v4 = v["timeSpentCharging"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/timeSpentCharging", NOT_INTEGER)) return true; }
  }
  const v5 = v["stoppedReason"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/stoppedReason", NOT_STRING)) return true; }
    else if (!isReasonEnumType(v5)) { if (c.soft(PCV, "/stoppedReason", "not a ReasonEnumType value")) return true; }
  }
  const v6 = v["remoteStartId"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/remoteStartId", NOT_INTEGER)) return true; }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "transactionId" || k7 === "chargingState" || k7 === "timeSpentCharging" || k7 === "stoppedReason" || k7 === "remoteStartId")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkUnitOfMeasureType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["unit"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/unit", NOT_STRING)) return true; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/unit", "longer than maxLength 20")) return true; }
  }
  const v3 = v["multiplier"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/multiplier", NOT_INTEGER)) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "unit" || k4 === "multiplier")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkVPNType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["server"];
  if (v2 === undefined) { if (c.fail(OCV, "/server", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/server", NOT_STRING)) return true; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft(PCV, "/server", "longer than maxLength 512")) return true; }
  }
  const v3 = v["user"];
  if (v3 === undefined) { if (c.fail(OCV, "/user", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/user", NOT_STRING)) return true; }
    else if (v3.length > 20 && (v3.length > 40 || codePoints(v3) > 20)) { if (c.soft(PCV, "/user", "longer than maxLength 20")) return true; }
  }
  const v4 = v["group"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/group", NOT_STRING)) return true; }
    else if (v4.length > 20 && (v4.length > 40 || codePoints(v4) > 20)) { if (c.soft(PCV, "/group", "longer than maxLength 20")) return true; }
  }
  const v5 = v["password"];
  if (v5 === undefined) { if (c.fail(OCV, "/password", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/password", NOT_STRING)) return true; }
    else if (v5.length > 20 && (v5.length > 40 || codePoints(v5) > 20)) { if (c.soft(PCV, "/password", "longer than maxLength 20")) return true; }
  }
  const v6 = v["key"];
  if (v6 === undefined) { if (c.fail(OCV, "/key", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/key", NOT_STRING)) return true; }
    else if (v6.length > 255 && (v6.length > 510 || codePoints(v6) > 255)) { if (c.soft(PCV, "/key", "longer than maxLength 255")) return true; }
  }
  const v7 = v["type"];
  if (v7 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isVPNEnumType(v7)) { if (c.soft(PCV, "/type", "not a VPNEnumType value")) return true; }
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "customData" || k8 === "server" || k8 === "user" || k8 === "group" || k8 === "password" || k8 === "key" || k8 === "type")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableAttributeType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["type"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return true; }
    else if (!isAttributeEnumType(v2)) { if (c.soft(PCV, "/type", "not a AttributeEnumType value")) return true; }
  }
  const v3 = v["value"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/value", NOT_STRING)) return true; }
    else if (v3.length > 2500 && (v3.length > 5000 || codePoints(v3) > 2500)) { if (c.soft(PCV, "/value", "longer than maxLength 2500")) return true; }
  }
  const v4 = v["mutability"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/mutability", NOT_STRING)) return true; }
    else if (!isMutabilityEnumType(v4)) { if (c.soft(PCV, "/mutability", "not a MutabilityEnumType value")) return true; }
  }
  const v5 = v["persistent"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/persistent", NOT_BOOLEAN)) return true; }
  }
  const v6 = v["constant"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/constant", NOT_BOOLEAN)) return true; }
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "type" || k7 === "value" || k7 === "mutability" || k7 === "persistent" || k7 === "constant")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableCharacteristicsType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["unit"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/unit", NOT_STRING)) return true; }
    else if (v2.length > 16 && (v2.length > 32 || codePoints(v2) > 16)) { if (c.soft(PCV, "/unit", "longer than maxLength 16")) return true; }
  }
  const v3 = v["dataType"];
  if (v3 === undefined) { if (c.fail(OCV, "/dataType", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/dataType", NOT_STRING)) return true; }
    else if (!isDataEnumType(v3)) { if (c.soft(PCV, "/dataType", "not a DataEnumType value")) return true; }
  }
  const v4 = v["minLimit"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isFinite(v4)) { if (c.fail(TCV, "/minLimit", NOT_NUMBER)) return true; }
  }
  const v5 = v["maxLimit"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isFinite(v5)) { if (c.fail(TCV, "/maxLimit", NOT_NUMBER)) return true; }
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
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "customData" || k8 === "unit" || k8 === "dataType" || k8 === "minLimit" || k8 === "maxLimit" || k8 === "valuesList" || k8 === "supportsMonitoring")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableMonitoringType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
    c.depth -= 1;
  }
  const v2 = v["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return true; }
  }
  const v3 = v["transaction"];
  if (v3 === undefined) { if (c.fail(OCV, "/transaction", REQUIRED)) return true; }
  else {
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
  }
  for (const k7 in v) n0--;
  if (n0 !== 0) {
    for (const k7 in v) if (!(k7 === "customData" || k7 === "id" || k7 === "transaction" || k7 === "value" || k7 === "type" || k7 === "severity")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return true; }
  }
  return false;
}

function checkVariableType(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return true;
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
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "customData" || k4 === "name" || k4 === "instance")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function AuthorizeRequest(d: any, c: Collector): void {
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
  const v2 = d["idToken"];
  if (v2 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["certificate"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/certificate", NOT_STRING)) return; }
    else if (v3.length > 5500 && (v3.length > 11000 || codePoints(v3) > 5500)) { if (c.soft(PCV, "/certificate", "longer than maxLength 5500")) return; }
  }
  const v4 = d["iso15118CertificateHashData"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/iso15118CertificateHashData", NOT_ARRAY)) return; }
    else if (v4.length > 4) { if (c.fail(OCV, "/iso15118CertificateHashData", "more than maxItems 4")) return; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/iso15118CertificateHashData", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/iso15118CertificateHashData"; c.path[c.depth++] = i5;
        if (checkOCSPRequestDataType(v6, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "idToken" || k7 === "certificate" || k7 === "iso15118CertificateHashData")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function AuthorizeResponse(d: any, c: Collector): void {
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
  const v2 = d["idTokenInfo"];
  if (v2 === undefined) { if (c.fail(OCV, "/idTokenInfo", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idTokenInfo";
    if (checkIdTokenInfoType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["certificateStatus"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/certificateStatus", NOT_STRING)) return; }
    else if (!isAuthorizeCertificateStatusEnumType(v3)) { if (c.soft(PCV, "/certificateStatus", "not a AuthorizeCertificateStatusEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "idTokenInfo" || k4 === "certificateStatus")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function BootNotificationRequest(d: any, c: Collector): void {
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
  const v2 = d["chargingStation"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingStation", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingStation";
    if (checkChargingStationType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["reason"];
  if (v3 === undefined) { if (c.fail(OCV, "/reason", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/reason", NOT_STRING)) return; }
    else if (!isBootReasonEnumType(v3)) { if (c.soft(PCV, "/reason", "not a BootReasonEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "chargingStation" || k4 === "reason")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function BootNotificationResponse(d: any, c: Collector): void {
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
  const v2 = d["currentTime"];
  if (v2 === undefined) { if (c.fail(OCV, "/currentTime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/currentTime", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/currentTime", NOT_DATE_TIME)) return; }
  }
  const v3 = d["interval"];
  if (v3 === undefined) { if (c.fail(OCV, "/interval", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/interval", NOT_INTEGER)) return; }
  }
  const v4 = d["status"];
  if (v4 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isRegistrationStatusEnumType(v4)) { if (c.soft(PCV, "/status", "not a RegistrationStatusEnumType value")) return; }
  }
  const v5 = d["statusInfo"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "customData" || k6 === "currentTime" || k6 === "interval" || k6 === "status" || k6 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function CancelReservationRequest(d: any, c: Collector): void {
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
  const v2 = d["reservationId"];
  if (v2 === undefined) { if (c.fail(OCV, "/reservationId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "reservationId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function CancelReservationResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isCancelReservationStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a CancelReservationStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function CertificateSignedRequest(d: any, c: Collector): void {
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
  const v2 = d["certificateChain"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificateChain", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificateChain", NOT_STRING)) return; }
    else if (v2.length > 10000 && (v2.length > 20000 || codePoints(v2) > 10000)) { if (c.soft(PCV, "/certificateChain", "longer than maxLength 10000")) return; }
  }
  const v3 = d["certificateType"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return; }
    else if (!isCertificateSigningUseEnumType(v3)) { if (c.soft(PCV, "/certificateType", "not a CertificateSigningUseEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "certificateChain" || k4 === "certificateType")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function CertificateSignedResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isCertificateSignedStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a CertificateSignedStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ChangeAvailabilityRequest(d: any, c: Collector): void {
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
  const v2 = d["evse"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["operationalStatus"];
  if (v3 === undefined) { if (c.fail(OCV, "/operationalStatus", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/operationalStatus", NOT_STRING)) return; }
    else if (!isOperationalStatusEnumType(v3)) { if (c.soft(PCV, "/operationalStatus", "not a OperationalStatusEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "evse" || k4 === "operationalStatus")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ChangeAvailabilityResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isChangeAvailabilityStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ChangeAvailabilityStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isClearCacheStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ClearCacheStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearChargingProfileRequest(d: any, c: Collector): void {
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
  const v2 = d["chargingProfileId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/chargingProfileId", NOT_INTEGER)) return; }
  }
  const v3 = d["chargingProfileCriteria"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingProfileCriteria";
    if (checkClearChargingProfileType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "chargingProfileId" || k4 === "chargingProfileCriteria")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearChargingProfileResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isClearChargingProfileStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ClearChargingProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearDisplayMessageRequest(d: any, c: Collector): void {
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
  const v2 = d["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "id")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function ClearDisplayMessageResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isClearMessageStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ClearMessageStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ClearVariableMonitoringRequest(d: any, c: Collector): void {
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
  const v2 = d["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/id", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/id", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/id/" + i3, NOT_INTEGER)) return; }
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "id")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function ClearVariableMonitoringResponse(d: any, c: Collector): void {
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
  const v2 = d["clearMonitoringResult"];
  if (v2 === undefined) { if (c.fail(OCV, "/clearMonitoringResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/clearMonitoringResult", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/clearMonitoringResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/clearMonitoringResult"; c.path[c.depth++] = i3;
        if (checkClearMonitoringResultType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "clearMonitoringResult")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function ClearedChargingLimitRequest(d: any, c: Collector): void {
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
  const v2 = d["chargingLimitSource"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingLimitSource", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/chargingLimitSource", NOT_STRING)) return; }
    else if (!isChargingLimitSourceEnumType(v2)) { if (c.soft(PCV, "/chargingLimitSource", "not a ChargingLimitSourceEnumType value")) return; }
  }
  const v3 = d["evseId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "chargingLimitSource" || k4 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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

function CostUpdatedRequest(d: any, c: Collector): void {
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
  const v2 = d["totalCost"];
  if (v2 === undefined) { if (c.fail(OCV, "/totalCost", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/totalCost", NOT_NUMBER)) return; }
  }
  const v3 = d["transactionId"];
  if (v3 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v3.length > 36 && (v3.length > 72 || codePoints(v3) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "totalCost" || k4 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["customerCertificate"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customerCertificate";
    if (checkCertificateHashDataType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["idToken"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["report"];
  if (v5 === undefined) { if (c.fail(OCV, "/report", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "boolean") { if (c.fail(TCV, "/report", NOT_BOOLEAN)) return; }
  }
  const v6 = d["clear"];
  if (v6 === undefined) { if (c.fail(OCV, "/clear", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/clear", NOT_BOOLEAN)) return; }
  }
  const v7 = d["customerIdentifier"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/customerIdentifier", NOT_STRING)) return; }
    else if (v7.length > 64 && (v7.length > 128 || codePoints(v7) > 64)) { if (c.soft(PCV, "/customerIdentifier", "longer than maxLength 64")) return; }
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "customData" || k8 === "customerCertificate" || k8 === "idToken" || k8 === "requestId" || k8 === "report" || k8 === "clear" || k8 === "customerIdentifier")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function CustomerInformationResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isCustomerInformationStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a CustomerInformationStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function DataTransferRequest(d: any, c: Collector): void {
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
  const v2 = d["messageId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/messageId", NOT_STRING)) return; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/messageId", "longer than maxLength 50")) return; }
  }
  const v3 = d["data"];
  if (v3 !== undefined) {
    n0++;
  }
  const v4 = d["vendorId"];
  if (v4 === undefined) { if (c.fail(OCV, "/vendorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/vendorId", NOT_STRING)) return; }
    else if (v4.length > 255 && (v4.length > 510 || codePoints(v4) > 255)) { if (c.soft(PCV, "/vendorId", "longer than maxLength 255")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "messageId" || k5 === "data" || k5 === "vendorId")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function DataTransferResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDataTransferStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a DataTransferStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["data"];
  if (v4 !== undefined) {
    n0++;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "status" || k5 === "statusInfo" || k5 === "data")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function DeleteCertificateRequest(d: any, c: Collector): void {
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
  const v2 = d["certificateHashData"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificateHashData", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/certificateHashData";
    if (checkCertificateHashDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "certificateHashData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function DeleteCertificateResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDeleteCertificateStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a DeleteCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function FirmwareStatusNotificationRequest(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isFirmwareStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a FirmwareStatusEnumType value")) return; }
  }
  const v3 = d["requestId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "requestId")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["iso15118SchemaVersion"];
  if (v2 === undefined) { if (c.fail(OCV, "/iso15118SchemaVersion", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/iso15118SchemaVersion", NOT_STRING)) return; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/iso15118SchemaVersion", "longer than maxLength 50")) return; }
  }
  const v3 = d["action"];
  if (v3 === undefined) { if (c.fail(OCV, "/action", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/action", NOT_STRING)) return; }
    else if (!isCertificateActionEnumType(v3)) { if (c.soft(PCV, "/action", "not a CertificateActionEnumType value")) return; }
  }
  const v4 = d["exiRequest"];
  if (v4 === undefined) { if (c.fail(OCV, "/exiRequest", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/exiRequest", NOT_STRING)) return; }
    else if (v4.length > 5600 && (v4.length > 11200 || codePoints(v4) > 5600)) { if (c.soft(PCV, "/exiRequest", "longer than maxLength 5600")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "iso15118SchemaVersion" || k5 === "action" || k5 === "exiRequest")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function Get15118EVCertificateResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isIso15118EVCertificateStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a Iso15118EVCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["exiResponse"];
  if (v4 === undefined) { if (c.fail(OCV, "/exiResponse", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/exiResponse", NOT_STRING)) return; }
    else if (v4.length > 5600 && (v4.length > 11200 || codePoints(v4) > 5600)) { if (c.soft(PCV, "/exiResponse", "longer than maxLength 5600")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "status" || k5 === "statusInfo" || k5 === "exiResponse")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetBaseReportRequest(d: any, c: Collector): void {
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
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v3 = d["reportBase"];
  if (v3 === undefined) { if (c.fail(OCV, "/reportBase", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/reportBase", NOT_STRING)) return; }
    else if (!isReportBaseEnumType(v3)) { if (c.soft(PCV, "/reportBase", "not a ReportBaseEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "requestId" || k4 === "reportBase")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetBaseReportResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetCertificateStatusRequest(d: any, c: Collector): void {
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
  const v2 = d["ocspRequestData"];
  if (v2 === undefined) { if (c.fail(OCV, "/ocspRequestData", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/ocspRequestData";
    if (checkOCSPRequestDataType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "ocspRequestData")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function GetCertificateStatusResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetCertificateStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GetCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["ocspResult"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/ocspResult", NOT_STRING)) return; }
    else if (v4.length > 5500 && (v4.length > 11000 || codePoints(v4) > 5500)) { if (c.soft(PCV, "/ocspResult", "longer than maxLength 5500")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "status" || k5 === "statusInfo" || k5 === "ocspResult")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetChargingProfilesRequest(d: any, c: Collector): void {
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
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v3 = d["evseId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v4 = d["chargingProfile"];
  if (v4 === undefined) { if (c.fail(OCV, "/chargingProfile", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingProfile";
    if (checkChargingProfileCriterionType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "requestId" || k5 === "evseId" || k5 === "chargingProfile")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetChargingProfilesResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetChargingProfileStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GetChargingProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetCompositeScheduleRequest(d: any, c: Collector): void {
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
  const v2 = d["duration"];
  if (v2 === undefined) { if (c.fail(OCV, "/duration", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return; }
  }
  const v3 = d["chargingRateUnit"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargingRateUnit", NOT_STRING)) return; }
    else if (!isChargingRateUnitEnumType(v3)) { if (c.soft(PCV, "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
  }
  const v4 = d["evseId"];
  if (v4 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "duration" || k5 === "chargingRateUnit" || k5 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetCompositeScheduleResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["schedule"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/schedule";
    if (checkCompositeScheduleType(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "status" || k5 === "statusInfo" || k5 === "schedule")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetDisplayMessagesRequest(d: any, c: Collector): void {
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
  const v2 = d["id"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/id", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/id", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/id/" + i3, NOT_INTEGER)) return; }
      }
    }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v6 = d["priority"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/priority", NOT_STRING)) return; }
    else if (!isMessagePriorityEnumType(v6)) { if (c.soft(PCV, "/priority", "not a MessagePriorityEnumType value")) return; }
  }
  const v7 = d["state"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/state", NOT_STRING)) return; }
    else if (!isMessageStateEnumType(v7)) { if (c.soft(PCV, "/state", "not a MessageStateEnumType value")) return; }
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "customData" || k8 === "id" || k8 === "requestId" || k8 === "priority" || k8 === "state")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function GetDisplayMessagesResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetDisplayMessagesStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GetDisplayMessagesStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetInstalledCertificateIdsRequest(d: any, c: Collector): void {
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
  const v2 = d["certificateType"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/certificateType", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/certificateType", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "string") { if (c.fail(TCV, "/certificateType/" + i3, NOT_STRING)) return; }
        else if (!isGetCertificateIdUseEnumType(v4)) { if (c.soft(PCV, "/certificateType/" + i3, "not a GetCertificateIdUseEnumType value")) return; }
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "certificateType")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetInstalledCertificateIdsResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetInstalledCertificateStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GetInstalledCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["certificateHashDataChain"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/certificateHashDataChain", NOT_ARRAY)) return; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/certificateHashDataChain", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/certificateHashDataChain"; c.path[c.depth++] = i5;
        if (checkCertificateHashDataChainType(v6, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "status" || k7 === "statusInfo" || k7 === "certificateHashDataChain")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["versionNumber"];
  if (v2 === undefined) { if (c.fail(OCV, "/versionNumber", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/versionNumber", NOT_INTEGER)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "versionNumber")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function GetLogRequest(d: any, c: Collector): void {
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
  const v2 = d["log"];
  if (v2 === undefined) { if (c.fail(OCV, "/log", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/log";
    if (checkLogParametersType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["logType"];
  if (v3 === undefined) { if (c.fail(OCV, "/logType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/logType", NOT_STRING)) return; }
    else if (!isLogEnumType(v3)) { if (c.soft(PCV, "/logType", "not a LogEnumType value")) return; }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["retries"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
  }
  const v6 = d["retryInterval"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "log" || k7 === "logType" || k7 === "requestId" || k7 === "retries" || k7 === "retryInterval")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function GetLogResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isLogStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a LogStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["filename"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/filename", NOT_STRING)) return; }
    else if (v4.length > 255 && (v4.length > 510 || codePoints(v4) > 255)) { if (c.soft(PCV, "/filename", "longer than maxLength 255")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "status" || k5 === "statusInfo" || k5 === "filename")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetMonitoringReportRequest(d: any, c: Collector): void {
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
  const v2 = d["componentVariable"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/componentVariable", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/componentVariable", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/componentVariable"; c.path[c.depth++] = i3;
        if (checkComponentVariableType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v6 = d["monitoringCriteria"];
  if (v6 !== undefined) {
    n0++;
    if (!Array.isArray(v6)) { if (c.fail(TCV, "/monitoringCriteria", NOT_ARRAY)) return; }
    else if (v6.length > 3) { if (c.fail(OCV, "/monitoringCriteria", "more than maxItems 3")) return; }
    else {
      if (v6.length < 1) { if (c.fail(OCV, "/monitoringCriteria", "fewer than minItems 1")) return; }
      for (let i7 = 0; i7 < v6.length; i7++) {
        const v8 = v6[i7];
        if (typeof v8 !== "string") { if (c.fail(TCV, "/monitoringCriteria/" + i7, NOT_STRING)) return; }
        else if (!isMonitoringCriterionEnumType(v8)) { if (c.soft(PCV, "/monitoringCriteria/" + i7, "not a MonitoringCriterionEnumType value")) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "componentVariable" || k9 === "requestId" || k9 === "monitoringCriteria")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function GetMonitoringReportResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetReportRequest(d: any, c: Collector): void {
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
  const v2 = d["componentVariable"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/componentVariable", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/componentVariable", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/componentVariable"; c.path[c.depth++] = i3;
        if (checkComponentVariableType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v6 = d["componentCriteria"];
  if (v6 !== undefined) {
    n0++;
    if (!Array.isArray(v6)) { if (c.fail(TCV, "/componentCriteria", NOT_ARRAY)) return; }
    else if (v6.length > 4) { if (c.fail(OCV, "/componentCriteria", "more than maxItems 4")) return; }
    else {
      if (v6.length < 1) { if (c.fail(OCV, "/componentCriteria", "fewer than minItems 1")) return; }
      for (let i7 = 0; i7 < v6.length; i7++) {
        const v8 = v6[i7];
        if (typeof v8 !== "string") { if (c.fail(TCV, "/componentCriteria/" + i7, NOT_STRING)) return; }
        else if (!isComponentCriterionEnumType(v8)) { if (c.soft(PCV, "/componentCriteria/" + i7, "not a ComponentCriterionEnumType value")) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "componentVariable" || k9 === "requestId" || k9 === "componentCriteria")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function GetReportResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetTransactionStatusRequest(d: any, c: Collector): void {
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
  const v2 = d["transactionId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function GetTransactionStatusResponse(d: any, c: Collector): void {
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
  const v2 = d["ongoingIndicator"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/ongoingIndicator", NOT_BOOLEAN)) return; }
  }
  const v3 = d["messagesInQueue"];
  if (v3 === undefined) { if (c.fail(OCV, "/messagesInQueue", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/messagesInQueue", NOT_BOOLEAN)) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "ongoingIndicator" || k4 === "messagesInQueue")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetVariablesRequest(d: any, c: Collector): void {
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
  const v2 = d["getVariableData"];
  if (v2 === undefined) { if (c.fail(OCV, "/getVariableData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/getVariableData", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/getVariableData", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/getVariableData"; c.path[c.depth++] = i3;
        if (checkGetVariableDataType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "getVariableData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetVariablesResponse(d: any, c: Collector): void {
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
  const v2 = d["getVariableResult"];
  if (v2 === undefined) { if (c.fail(OCV, "/getVariableResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/getVariableResult", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/getVariableResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/getVariableResult"; c.path[c.depth++] = i3;
        if (checkGetVariableResultType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "getVariableResult")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["currentTime"];
  if (v2 === undefined) { if (c.fail(OCV, "/currentTime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/currentTime", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/currentTime", NOT_DATE_TIME)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "currentTime")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function InstallCertificateRequest(d: any, c: Collector): void {
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
  const v2 = d["certificateType"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificateType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return; }
    else if (!isInstallCertificateUseEnumType(v2)) { if (c.soft(PCV, "/certificateType", "not a InstallCertificateUseEnumType value")) return; }
  }
  const v3 = d["certificate"];
  if (v3 === undefined) { if (c.fail(OCV, "/certificate", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/certificate", NOT_STRING)) return; }
    else if (v3.length > 5500 && (v3.length > 11000 || codePoints(v3) > 5500)) { if (c.soft(PCV, "/certificate", "longer than maxLength 5500")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "certificateType" || k4 === "certificate")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function InstallCertificateResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isInstallCertificateStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a InstallCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function LogStatusNotificationRequest(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUploadLogStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a UploadLogStatusEnumType value")) return; }
  }
  const v3 = d["requestId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "requestId")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["evseId"];
  if (v2 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v3 = d["meterValue"];
  if (v3 === undefined) { if (c.fail(OCV, "/meterValue", REQUIRED)) return; }
  else {
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
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "customData" || k6 === "evseId" || k6 === "meterValue")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
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

function NotifyChargingLimitRequest(d: any, c: Collector): void {
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
  const v2 = d["chargingSchedule"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/chargingSchedule", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/chargingSchedule", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/chargingSchedule"; c.path[c.depth++] = i3;
        if (checkChargingScheduleType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["evseId"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v6 = d["chargingLimit"];
  if (v6 === undefined) { if (c.fail(OCV, "/chargingLimit", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingLimit";
    if (checkChargingLimitType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "chargingSchedule" || k7 === "evseId" || k7 === "chargingLimit")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["data"];
  if (v2 === undefined) { if (c.fail(OCV, "/data", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/data", NOT_STRING)) return; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft(PCV, "/data", "longer than maxLength 512")) return; }
  }
  const v3 = d["tbc"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v4 = d["seqNo"];
  if (v4 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
  }
  const v5 = d["generatedAt"];
  if (v5 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  const v6 = d["requestId"];
  if (v6 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "data" || k7 === "tbc" || k7 === "seqNo" || k7 === "generatedAt" || k7 === "requestId")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
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

function NotifyDisplayMessagesRequest(d: any, c: Collector): void {
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
  const v2 = d["messageInfo"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/messageInfo", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/messageInfo", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/messageInfo"; c.path[c.depth++] = i3;
        if (checkMessageInfoType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v6 = d["tbc"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "messageInfo" || k7 === "requestId" || k7 === "tbc")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["maxScheduleTuples"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/maxScheduleTuples", NOT_INTEGER)) return; }
  }
  const v3 = d["chargingNeeds"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingNeeds", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingNeeds";
    if (checkChargingNeedsType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["evseId"];
  if (v4 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "maxScheduleTuples" || k5 === "chargingNeeds" || k5 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function NotifyEVChargingNeedsResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isNotifyEVChargingNeedsStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a NotifyEVChargingNeedsStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyEVChargingScheduleRequest(d: any, c: Collector): void {
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
  const v2 = d["timeBase"];
  if (v2 === undefined) { if (c.fail(OCV, "/timeBase", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/timeBase", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/timeBase", NOT_DATE_TIME)) return; }
  }
  const v3 = d["chargingSchedule"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingSchedule", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingSchedule";
    if (checkChargingScheduleType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["evseId"];
  if (v4 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "timeBase" || k5 === "chargingSchedule" || k5 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function NotifyEVChargingScheduleResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function NotifyEventRequest(d: any, c: Collector): void {
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
  const v2 = d["generatedAt"];
  if (v2 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  const v3 = d["tbc"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v4 = d["seqNo"];
  if (v4 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
  }
  const v5 = d["eventData"];
  if (v5 === undefined) { if (c.fail(OCV, "/eventData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v5)) { if (c.fail(TCV, "/eventData", NOT_ARRAY)) return; }
    else {
      if (v5.length < 1) { if (c.fail(OCV, "/eventData", "fewer than minItems 1")) return; }
      for (let i6 = 0; i6 < v5.length; i6++) {
        const v7 = v5[i6];
        c.path[c.depth++] = "/eventData"; c.path[c.depth++] = i6;
        if (checkEventDataType(v7, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "customData" || k8 === "generatedAt" || k8 === "tbc" || k8 === "seqNo" || k8 === "eventData")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["monitor"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/monitor", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/monitor", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/monitor"; c.path[c.depth++] = i3;
        if (checkMonitoringDataType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
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
  }
  const v8 = d["generatedAt"];
  if (v8 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v8)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "monitor" || k9 === "requestId" || k9 === "tbc" || k9 === "seqNo" || k9 === "generatedAt")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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

function NotifyReportRequest(d: any, c: Collector): void {
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
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v3 = d["generatedAt"];
  if (v3 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  const v4 = d["reportData"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/reportData", NOT_ARRAY)) return; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/reportData", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/reportData"; c.path[c.depth++] = i5;
        if (checkReportDataType(v6, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v7 = d["tbc"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v8 = d["seqNo"];
  if (v8 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "requestId" || k9 === "generatedAt" || k9 === "reportData" || k9 === "tbc" || k9 === "seqNo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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

function PublishFirmwareRequest(d: any, c: Collector): void {
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
  const v2 = d["location"];
  if (v2 === undefined) { if (c.fail(OCV, "/location", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft(PCV, "/location", "longer than maxLength 512")) return; }
  }
  const v3 = d["retries"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
  }
  const v4 = d["checksum"];
  if (v4 === undefined) { if (c.fail(OCV, "/checksum", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/checksum", NOT_STRING)) return; }
    else if (v4.length > 32 && (v4.length > 64 || codePoints(v4) > 32)) { if (c.soft(PCV, "/checksum", "longer than maxLength 32")) return; }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v6 = d["retryInterval"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "location" || k7 === "retries" || k7 === "checksum" || k7 === "requestId" || k7 === "retryInterval")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function PublishFirmwareResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function PublishFirmwareStatusNotificationRequest(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isPublishFirmwareStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a PublishFirmwareStatusEnumType value")) return; }
  }
  const v3 = d["location"];
  if (v3 !== undefined) {
    n0++;
    if (!Array.isArray(v3)) { if (c.fail(TCV, "/location", NOT_ARRAY)) return; }
    else {
      if (v3.length < 1) { if (c.fail(OCV, "/location", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "string") { if (c.fail(TCV, "/location/" + i4, NOT_STRING)) return; }
        else if (v5.length > 512 && (v5.length > 1024 || codePoints(v5) > 512)) { if (c.soft(PCV, "/location/" + i4, "longer than maxLength 512")) return; }
      }
    }
  }
  const v6 = d["requestId"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "status" || k7 === "location" || k7 === "requestId")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
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

function ReportChargingProfilesRequest(d: any, c: Collector): void {
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
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v3 = d["chargingLimitSource"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingLimitSource", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargingLimitSource", NOT_STRING)) return; }
    else if (!isChargingLimitSourceEnumType(v3)) { if (c.soft(PCV, "/chargingLimitSource", "not a ChargingLimitSourceEnumType value")) return; }
  }
  const v4 = d["chargingProfile"];
  if (v4 === undefined) { if (c.fail(OCV, "/chargingProfile", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/chargingProfile", NOT_ARRAY)) return; }
    else {
      if (v4.length < 1) { if (c.fail(OCV, "/chargingProfile", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/chargingProfile"; c.path[c.depth++] = i5;
        if (checkChargingProfileType(v6, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v7 = d["tbc"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v8 = d["evseId"];
  if (v8 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "requestId" || k9 === "chargingLimitSource" || k9 === "chargingProfile" || k9 === "tbc" || k9 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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

function RequestStartTransactionRequest(d: any, c: Collector): void {
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
  const v2 = d["evseId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v3 = d["groupIdToken"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/groupIdToken";
    if (checkIdTokenType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["idToken"];
  if (v4 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v4, c)) return;
    c.depth -= 1;
  }
  const v5 = d["remoteStartId"];
  if (v5 === undefined) { if (c.fail(OCV, "/remoteStartId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/remoteStartId", NOT_INTEGER)) return; }
  }
  const v6 = d["chargingProfile"];
  if (v6 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingProfile";
    if (checkChargingProfileType(v6, c)) return;
    c.depth -= 1;
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "evseId" || k7 === "groupIdToken" || k7 === "idToken" || k7 === "remoteStartId" || k7 === "chargingProfile")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function RequestStartTransactionResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isRequestStartStopStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a RequestStartStopStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  const v4 = d["transactionId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v4.length > 36 && (v4.length > 72 || codePoints(v4) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "status" || k5 === "statusInfo" || k5 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function RequestStopTransactionRequest(d: any, c: Collector): void {
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
  const v2 = d["transactionId"];
  if (v2 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function RequestStopTransactionResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isRequestStartStopStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a RequestStartStopStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ReservationStatusUpdateRequest(d: any, c: Collector): void {
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
  const v2 = d["reservationId"];
  if (v2 === undefined) { if (c.fail(OCV, "/reservationId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
  }
  const v3 = d["reservationUpdateStatus"];
  if (v3 === undefined) { if (c.fail(OCV, "/reservationUpdateStatus", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/reservationUpdateStatus", NOT_STRING)) return; }
    else if (!isReservationUpdateStatusEnumType(v3)) { if (c.soft(PCV, "/reservationUpdateStatus", "not a ReservationUpdateStatusEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "reservationId" || k4 === "reservationUpdateStatus")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["id"];
  if (v2 === undefined) { if (c.fail(OCV, "/id", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
  }
  const v3 = d["expiryDateTime"];
  if (v3 === undefined) { if (c.fail(OCV, "/expiryDateTime", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/expiryDateTime", NOT_STRING)) return; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/expiryDateTime", NOT_DATE_TIME)) return; }
  }
  const v4 = d["connectorType"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/connectorType", NOT_STRING)) return; }
    else if (!isConnectorEnumType(v4)) { if (c.soft(PCV, "/connectorType", "not a ConnectorEnumType value")) return; }
  }
  const v5 = d["idToken"];
  if (v5 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v5, c)) return;
    c.depth -= 1;
  }
  const v6 = d["evseId"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v7 = d["groupIdToken"];
  if (v7 !== undefined) {
    n0++;
    c.path[c.depth++] = "/groupIdToken";
    if (checkIdTokenType(v7, c)) return;
    c.depth -= 1;
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "customData" || k8 === "id" || k8 === "expiryDateTime" || k8 === "connectorType" || k8 === "idToken" || k8 === "evseId" || k8 === "groupIdToken")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function ReserveNowResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isReserveNowStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ReserveNowStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ResetRequest(d: any, c: Collector): void {
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
  const v2 = d["type"];
  if (v2 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return; }
    else if (!isResetEnumType(v2)) { if (c.soft(PCV, "/type", "not a ResetEnumType value")) return; }
  }
  const v3 = d["evseId"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "type" || k4 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function ResetResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isResetStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a ResetStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SecurityEventNotificationRequest(d: any, c: Collector): void {
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
  const v2 = d["type"];
  if (v2 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft(PCV, "/type", "longer than maxLength 50")) return; }
  }
  const v3 = d["timestamp"];
  if (v3 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v4 = d["techInfo"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/techInfo", NOT_STRING)) return; }
    else if (v4.length > 255 && (v4.length > 510 || codePoints(v4) > 255)) { if (c.soft(PCV, "/techInfo", "longer than maxLength 255")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "type" || k5 === "timestamp" || k5 === "techInfo")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["localAuthorizationList"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/localAuthorizationList", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/localAuthorizationList", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/localAuthorizationList"; c.path[c.depth++] = i3;
        if (checkAuthorizationData(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["versionNumber"];
  if (v5 === undefined) { if (c.fail(OCV, "/versionNumber", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/versionNumber", NOT_INTEGER)) return; }
  }
  const v6 = d["updateType"];
  if (v6 === undefined) { if (c.fail(OCV, "/updateType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/updateType", NOT_STRING)) return; }
    else if (!isUpdateEnumType(v6)) { if (c.soft(PCV, "/updateType", "not a UpdateEnumType value")) return; }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "customData" || k7 === "localAuthorizationList" || k7 === "versionNumber" || k7 === "updateType")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function SendLocalListResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isSendLocalListStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a SendLocalListStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetChargingProfileRequest(d: any, c: Collector): void {
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
  const v2 = d["evseId"];
  if (v2 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v3 = d["chargingProfile"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingProfile", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/chargingProfile";
    if (checkChargingProfileType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "evseId" || k4 === "chargingProfile")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetChargingProfileResponse(d: any, c: Collector): void {
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
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetDisplayMessageRequest(d: any, c: Collector): void {
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
  const v2 = d["message"];
  if (v2 === undefined) { if (c.fail(OCV, "/message", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/message";
    if (checkMessageInfoType(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "message")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function SetDisplayMessageResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isDisplayMessageStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a DisplayMessageStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetMonitoringBaseRequest(d: any, c: Collector): void {
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
  const v2 = d["monitoringBase"];
  if (v2 === undefined) { if (c.fail(OCV, "/monitoringBase", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/monitoringBase", NOT_STRING)) return; }
    else if (!isMonitoringBaseEnumType(v2)) { if (c.soft(PCV, "/monitoringBase", "not a MonitoringBaseEnumType value")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "monitoringBase")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function SetMonitoringBaseResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetMonitoringLevelRequest(d: any, c: Collector): void {
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
  const v2 = d["severity"];
  if (v2 === undefined) { if (c.fail(OCV, "/severity", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/severity", NOT_INTEGER)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "severity")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function SetMonitoringLevelResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetNetworkProfileRequest(d: any, c: Collector): void {
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
  const v2 = d["configurationSlot"];
  if (v2 === undefined) { if (c.fail(OCV, "/configurationSlot", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/configurationSlot", NOT_INTEGER)) return; }
  }
  const v3 = d["connectionData"];
  if (v3 === undefined) { if (c.fail(OCV, "/connectionData", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/connectionData";
    if (checkNetworkConnectionProfileType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "configurationSlot" || k4 === "connectionData")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetNetworkProfileResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isSetNetworkProfileStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a SetNetworkProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SetVariableMonitoringRequest(d: any, c: Collector): void {
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
  const v2 = d["setMonitoringData"];
  if (v2 === undefined) { if (c.fail(OCV, "/setMonitoringData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/setMonitoringData", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/setMonitoringData", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/setMonitoringData"; c.path[c.depth++] = i3;
        if (checkSetMonitoringDataType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "setMonitoringData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SetVariableMonitoringResponse(d: any, c: Collector): void {
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
  const v2 = d["setMonitoringResult"];
  if (v2 === undefined) { if (c.fail(OCV, "/setMonitoringResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/setMonitoringResult", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/setMonitoringResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/setMonitoringResult"; c.path[c.depth++] = i3;
        if (checkSetMonitoringResultType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "setMonitoringResult")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SetVariablesRequest(d: any, c: Collector): void {
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
  const v2 = d["setVariableData"];
  if (v2 === undefined) { if (c.fail(OCV, "/setVariableData", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/setVariableData", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/setVariableData", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/setVariableData"; c.path[c.depth++] = i3;
        if (checkSetVariableDataType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "setVariableData")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SetVariablesResponse(d: any, c: Collector): void {
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
  const v2 = d["setVariableResult"];
  if (v2 === undefined) { if (c.fail(OCV, "/setVariableResult", REQUIRED)) return; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/setVariableResult", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/setVariableResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/setVariableResult"; c.path[c.depth++] = i3;
        if (checkSetVariableResultType(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "customData" || k5 === "setVariableResult")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SignCertificateRequest(d: any, c: Collector): void {
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
  const v2 = d["csr"];
  if (v2 === undefined) { if (c.fail(OCV, "/csr", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/csr", NOT_STRING)) return; }
    else if (v2.length > 5500 && (v2.length > 11000 || codePoints(v2) > 5500)) { if (c.soft(PCV, "/csr", "longer than maxLength 5500")) return; }
  }
  const v3 = d["certificateType"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/certificateType", NOT_STRING)) return; }
    else if (!isCertificateSigningUseEnumType(v3)) { if (c.soft(PCV, "/certificateType", "not a CertificateSigningUseEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "csr" || k4 === "certificateType")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SignCertificateResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function StatusNotificationRequest(d: any, c: Collector): void {
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
  const v2 = d["timestamp"];
  if (v2 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v3 = d["connectorStatus"];
  if (v3 === undefined) { if (c.fail(OCV, "/connectorStatus", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/connectorStatus", NOT_STRING)) return; }
    else if (!isConnectorStatusEnumType(v3)) { if (c.soft(PCV, "/connectorStatus", "not a ConnectorStatusEnumType value")) return; }
  }
  const v4 = d["evseId"];
  if (v4 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v5 = d["connectorId"];
  if (v5 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "customData" || k6 === "timestamp" || k6 === "connectorStatus" || k6 === "evseId" || k6 === "connectorId")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
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
  const v1 = d["customData"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/customData";
    if (checkCustomDataType(v1, c)) return;
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
  }
  const v13 = d["transactionInfo"];
  if (v13 === undefined) { if (c.fail(OCV, "/transactionInfo", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/transactionInfo";
    if (checkTransactionType(v13, c)) return;
    c.depth -= 1;
  }
  const v14 = d["evse"];
  if (v14 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v14, c)) return;
    c.depth -= 1;
  }
  const v15 = d["idToken"];
  if (v15 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idToken";
    if (checkIdTokenType(v15, c)) return;
    c.depth -= 1;
  }
  for (const k16 in d) n0--;
  if (n0 !== 0) {
    for (const k16 in d) if (!(k16 === "customData" || k16 === "eventType" || k16 === "meterValue" || k16 === "timestamp" || k16 === "triggerReason" || k16 === "seqNo" || k16 === "offline" || k16 === "numberOfPhasesUsed" || k16 === "cableMaxCurrent" || k16 === "reservationId" || k16 === "transactionInfo" || k16 === "evse" || k16 === "idToken")) { if (c.soft(FV, "/" + pointerToken(k16), UNKNOWN)) return; }
  }
}

function TransactionEventResponse(d: any, c: Collector): void {
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
  const v2 = d["totalCost"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/totalCost", NOT_NUMBER)) return; }
  }
  const v3 = d["chargingPriority"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/chargingPriority", NOT_INTEGER)) return; }
  }
  const v4 = d["idTokenInfo"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idTokenInfo";
    if (checkIdTokenInfoType(v4, c)) return;
    c.depth -= 1;
  }
  const v5 = d["updatedPersonalMessage"];
  if (v5 !== undefined) {
    n0++;
    c.path[c.depth++] = "/updatedPersonalMessage";
    if (checkMessageContentType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "customData" || k6 === "totalCost" || k6 === "chargingPriority" || k6 === "idTokenInfo" || k6 === "updatedPersonalMessage")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function TriggerMessageRequest(d: any, c: Collector): void {
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
  const v2 = d["evse"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/evse";
    if (checkEVSEType(v2, c)) return;
    c.depth -= 1;
  }
  const v3 = d["requestedMessage"];
  if (v3 === undefined) { if (c.fail(OCV, "/requestedMessage", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/requestedMessage", NOT_STRING)) return; }
    else if (!isMessageTriggerEnumType(v3)) { if (c.soft(PCV, "/requestedMessage", "not a MessageTriggerEnumType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "evse" || k4 === "requestedMessage")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function TriggerMessageResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isTriggerMessageStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a TriggerMessageStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UnlockConnectorRequest(d: any, c: Collector): void {
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
  const v2 = d["evseId"];
  if (v2 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v3 = d["connectorId"];
  if (v3 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "evseId" || k4 === "connectorId")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UnlockConnectorResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUnlockStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a UnlockStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function UnpublishFirmwareRequest(d: any, c: Collector): void {
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
  const v2 = d["checksum"];
  if (v2 === undefined) { if (c.fail(OCV, "/checksum", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/checksum", NOT_STRING)) return; }
    else if (v2.length > 32 && (v2.length > 64 || codePoints(v2) > 32)) { if (c.soft(PCV, "/checksum", "longer than maxLength 32")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "checksum")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function UnpublishFirmwareResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUnpublishFirmwareStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a UnpublishFirmwareStatusEnumType value")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "customData" || k3 === "status")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function UpdateFirmwareRequest(d: any, c: Collector): void {
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
  const v2 = d["retries"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
  }
  const v3 = d["retryInterval"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v5 = d["firmware"];
  if (v5 === undefined) { if (c.fail(OCV, "/firmware", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/firmware";
    if (checkFirmwareType(v5, c)) return;
    c.depth -= 1;
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "customData" || k6 === "retries" || k6 === "retryInterval" || k6 === "requestId" || k6 === "firmware")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function UpdateFirmwareResponse(d: any, c: Collector): void {
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
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isUpdateFirmwareStatusEnumType(v2)) { if (c.soft(PCV, "/status", "not a UpdateFirmwareStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/statusInfo";
    if (checkStatusInfoType(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "customData" || k4 === "status" || k4 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

/** Validator of each action's request. */
export const requestValidators: ReadonlyMap<string, GeneratedValidator> = new Map([
  ["Authorize", AuthorizeRequest],
  ["BootNotification", BootNotificationRequest],
  ["CancelReservation", CancelReservationRequest],
  ["CertificateSigned", CertificateSignedRequest],
  ["ChangeAvailability", ChangeAvailabilityRequest],
  ["ClearCache", ClearCacheRequest],
  ["ClearChargingProfile", ClearChargingProfileRequest],
  ["ClearDisplayMessage", ClearDisplayMessageRequest],
  ["ClearVariableMonitoring", ClearVariableMonitoringRequest],
  ["ClearedChargingLimit", ClearedChargingLimitRequest],
  ["CostUpdated", CostUpdatedRequest],
  ["CustomerInformation", CustomerInformationRequest],
  ["DataTransfer", DataTransferRequest],
  ["DeleteCertificate", DeleteCertificateRequest],
  ["FirmwareStatusNotification", FirmwareStatusNotificationRequest],
  ["Get15118EVCertificate", Get15118EVCertificateRequest],
  ["GetBaseReport", GetBaseReportRequest],
  ["GetCertificateStatus", GetCertificateStatusRequest],
  ["GetChargingProfiles", GetChargingProfilesRequest],
  ["GetCompositeSchedule", GetCompositeScheduleRequest],
  ["GetDisplayMessages", GetDisplayMessagesRequest],
  ["GetInstalledCertificateIds", GetInstalledCertificateIdsRequest],
  ["GetLocalListVersion", GetLocalListVersionRequest],
  ["GetLog", GetLogRequest],
  ["GetMonitoringReport", GetMonitoringReportRequest],
  ["GetReport", GetReportRequest],
  ["GetTransactionStatus", GetTransactionStatusRequest],
  ["GetVariables", GetVariablesRequest],
  ["Heartbeat", HeartbeatRequest],
  ["InstallCertificate", InstallCertificateRequest],
  ["LogStatusNotification", LogStatusNotificationRequest],
  ["MeterValues", MeterValuesRequest],
  ["NotifyChargingLimit", NotifyChargingLimitRequest],
  ["NotifyCustomerInformation", NotifyCustomerInformationRequest],
  ["NotifyDisplayMessages", NotifyDisplayMessagesRequest],
  ["NotifyEVChargingNeeds", NotifyEVChargingNeedsRequest],
  ["NotifyEVChargingSchedule", NotifyEVChargingScheduleRequest],
  ["NotifyEvent", NotifyEventRequest],
  ["NotifyMonitoringReport", NotifyMonitoringReportRequest],
  ["NotifyReport", NotifyReportRequest],
  ["PublishFirmware", PublishFirmwareRequest],
  ["PublishFirmwareStatusNotification", PublishFirmwareStatusNotificationRequest],
  ["ReportChargingProfiles", ReportChargingProfilesRequest],
  ["RequestStartTransaction", RequestStartTransactionRequest],
  ["RequestStopTransaction", RequestStopTransactionRequest],
  ["ReservationStatusUpdate", ReservationStatusUpdateRequest],
  ["ReserveNow", ReserveNowRequest],
  ["Reset", ResetRequest],
  ["SecurityEventNotification", SecurityEventNotificationRequest],
  ["SendLocalList", SendLocalListRequest],
  ["SetChargingProfile", SetChargingProfileRequest],
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
  ["UpdateFirmware", UpdateFirmwareRequest],
]);

/** Validator of each action's response. */
export const responseValidators: ReadonlyMap<string, GeneratedValidator> = new Map([
  ["Authorize", AuthorizeResponse],
  ["BootNotification", BootNotificationResponse],
  ["CancelReservation", CancelReservationResponse],
  ["CertificateSigned", CertificateSignedResponse],
  ["ChangeAvailability", ChangeAvailabilityResponse],
  ["ClearCache", ClearCacheResponse],
  ["ClearChargingProfile", ClearChargingProfileResponse],
  ["ClearDisplayMessage", ClearDisplayMessageResponse],
  ["ClearVariableMonitoring", ClearVariableMonitoringResponse],
  ["ClearedChargingLimit", ClearedChargingLimitResponse],
  ["CostUpdated", CostUpdatedResponse],
  ["CustomerInformation", CustomerInformationResponse],
  ["DataTransfer", DataTransferResponse],
  ["DeleteCertificate", DeleteCertificateResponse],
  ["FirmwareStatusNotification", FirmwareStatusNotificationResponse],
  ["Get15118EVCertificate", Get15118EVCertificateResponse],
  ["GetBaseReport", GetBaseReportResponse],
  ["GetCertificateStatus", GetCertificateStatusResponse],
  ["GetChargingProfiles", GetChargingProfilesResponse],
  ["GetCompositeSchedule", GetCompositeScheduleResponse],
  ["GetDisplayMessages", GetDisplayMessagesResponse],
  ["GetInstalledCertificateIds", GetInstalledCertificateIdsResponse],
  ["GetLocalListVersion", GetLocalListVersionResponse],
  ["GetLog", GetLogResponse],
  ["GetMonitoringReport", GetMonitoringReportResponse],
  ["GetReport", GetReportResponse],
  ["GetTransactionStatus", GetTransactionStatusResponse],
  ["GetVariables", GetVariablesResponse],
  ["Heartbeat", HeartbeatResponse],
  ["InstallCertificate", InstallCertificateResponse],
  ["LogStatusNotification", LogStatusNotificationResponse],
  ["MeterValues", MeterValuesResponse],
  ["NotifyChargingLimit", NotifyChargingLimitResponse],
  ["NotifyCustomerInformation", NotifyCustomerInformationResponse],
  ["NotifyDisplayMessages", NotifyDisplayMessagesResponse],
  ["NotifyEVChargingNeeds", NotifyEVChargingNeedsResponse],
  ["NotifyEVChargingSchedule", NotifyEVChargingScheduleResponse],
  ["NotifyEvent", NotifyEventResponse],
  ["NotifyMonitoringReport", NotifyMonitoringReportResponse],
  ["NotifyReport", NotifyReportResponse],
  ["PublishFirmware", PublishFirmwareResponse],
  ["PublishFirmwareStatusNotification", PublishFirmwareStatusNotificationResponse],
  ["ReportChargingProfiles", ReportChargingProfilesResponse],
  ["RequestStartTransaction", RequestStartTransactionResponse],
  ["RequestStopTransaction", RequestStopTransactionResponse],
  ["ReservationStatusUpdate", ReservationStatusUpdateResponse],
  ["ReserveNow", ReserveNowResponse],
  ["Reset", ResetResponse],
  ["SecurityEventNotification", SecurityEventNotificationResponse],
  ["SendLocalList", SendLocalListResponse],
  ["SetChargingProfile", SetChargingProfileResponse],
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
  ["UpdateFirmware", UpdateFirmwareResponse],
]);
