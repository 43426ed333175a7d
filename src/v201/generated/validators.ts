// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Validators: one per message, data types inlined.
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

function checkCustomDataType(v: any, c: Collector, at: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, at, NOT_OBJECT);
  const v0 = v["vendorId"];
  if (v0 === undefined) { if (c.fail(OCV, at + "/vendorId", REQUIRED)) return true; }
  else {
    if (typeof v0 !== "string") { if (c.fail(TCV, at + "/vendorId", NOT_STRING)) return true; }
    else if (v0.length > 255 && (v0.length > 510 || codePoints(v0) > 255)) { if (c.soft(PCV, at + "/vendorId", "longer than maxLength 255")) return true; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["idToken"];
  if (v2 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/idToken", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/idToken/customData")) return;
      }
      const v5 = v2["additionalInfo"];
      if (v5 !== undefined) {
        n3++;
        if (!Array.isArray(v5)) { if (c.fail(TCV, "/idToken/additionalInfo", NOT_ARRAY)) return; }
        else {
          if (v5.length < 1) { if (c.fail(OCV, "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i6 = 0; i6 < v5.length; i6++) {
            const v7 = v5[i6];
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/idToken/additionalInfo/" + i6, NOT_OBJECT)) return; }
            else {
              let n8 = 0;
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                n8++;
                if (checkCustomDataType(v9, c, "/idToken/additionalInfo/" + i6 + "/customData")) return;
              }
              const v10 = v7["additionalIdToken"];
              if (v10 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i6 + "/additionalIdToken", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v10 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i6 + "/additionalIdToken", NOT_STRING)) return; }
                else if (v10.length > 36 && (v10.length > 72 || codePoints(v10) > 36)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i6 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v11 = v7["type"];
              if (v11 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i6 + "/type", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v11 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i6 + "/type", NOT_STRING)) return; }
                else if (v11.length > 50 && (v11.length > 100 || codePoints(v11) > 50)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i6 + "/type", "longer than maxLength 50")) return; }
              }
              for (const k12 in v7) n8--;
              if (n8 !== 0) {
                for (const k12 in v7) if (!(k12 === "customData" || k12 === "additionalIdToken" || k12 === "type")) { if (c.soft(FV, "/idToken/additionalInfo/" + i6 + "/" + pointerToken(k12), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v13 = v2["idToken"];
      if (v13 === undefined) { if (c.fail(OCV, "/idToken/idToken", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v13 !== "string") { if (c.fail(TCV, "/idToken/idToken", NOT_STRING)) return; }
        else if (v13.length > 36 && (v13.length > 72 || codePoints(v13) > 36)) { if (c.soft(PCV, "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v14 = v2["type"];
      if (v14 === undefined) { if (c.fail(OCV, "/idToken/type", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v14 !== "string") { if (c.fail(TCV, "/idToken/type", NOT_STRING)) return; }
        else if (!isIdTokenEnumType(v14)) { if (c.soft(PCV, "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
      for (const k15 in v2) n3--;
      if (n3 !== 0) {
        for (const k15 in v2) if (!(k15 === "customData" || k15 === "additionalInfo" || k15 === "idToken" || k15 === "type")) { if (c.soft(FV, "/idToken/" + pointerToken(k15), UNKNOWN)) return; }
      }
    }
  }
  const v16 = d["certificate"];
  if (v16 !== undefined) {
    n0++;
    if (typeof v16 !== "string") { if (c.fail(TCV, "/certificate", NOT_STRING)) return; }
    else if (v16.length > 5500 && (v16.length > 11000 || codePoints(v16) > 5500)) { if (c.soft(PCV, "/certificate", "longer than maxLength 5500")) return; }
  }
  const v17 = d["iso15118CertificateHashData"];
  if (v17 !== undefined) {
    n0++;
    if (!Array.isArray(v17)) { if (c.fail(TCV, "/iso15118CertificateHashData", NOT_ARRAY)) return; }
    else if (v17.length > 4) { if (c.fail(OCV, "/iso15118CertificateHashData", "more than maxItems 4")) return; }
    else {
      if (v17.length < 1) { if (c.fail(OCV, "/iso15118CertificateHashData", "fewer than minItems 1")) return; }
      for (let i18 = 0; i18 < v17.length; i18++) {
        const v19 = v17[i18];
        if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/iso15118CertificateHashData/" + i18, NOT_OBJECT)) return; }
        else {
          let n20 = 0;
          const v21 = v19["customData"];
          if (v21 !== undefined) {
            n20++;
            if (checkCustomDataType(v21, c, "/iso15118CertificateHashData/" + i18 + "/customData")) return;
          }
          const v22 = v19["hashAlgorithm"];
          if (v22 === undefined) { if (c.fail(OCV, "/iso15118CertificateHashData/" + i18 + "/hashAlgorithm", REQUIRED)) return; }
          else {
            n20++;
            if (typeof v22 !== "string") { if (c.fail(TCV, "/iso15118CertificateHashData/" + i18 + "/hashAlgorithm", NOT_STRING)) return; }
            else if (!isHashAlgorithmEnumType(v22)) { if (c.soft(PCV, "/iso15118CertificateHashData/" + i18 + "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
          }
          const v23 = v19["issuerNameHash"];
          if (v23 === undefined) { if (c.fail(OCV, "/iso15118CertificateHashData/" + i18 + "/issuerNameHash", REQUIRED)) return; }
          else {
            n20++;
            if (typeof v23 !== "string") { if (c.fail(TCV, "/iso15118CertificateHashData/" + i18 + "/issuerNameHash", NOT_STRING)) return; }
            else if (v23.length > 128 && (v23.length > 256 || codePoints(v23) > 128)) { if (c.soft(PCV, "/iso15118CertificateHashData/" + i18 + "/issuerNameHash", "longer than maxLength 128")) return; }
          }
          const v24 = v19["issuerKeyHash"];
          if (v24 === undefined) { if (c.fail(OCV, "/iso15118CertificateHashData/" + i18 + "/issuerKeyHash", REQUIRED)) return; }
          else {
            n20++;
            if (typeof v24 !== "string") { if (c.fail(TCV, "/iso15118CertificateHashData/" + i18 + "/issuerKeyHash", NOT_STRING)) return; }
            else if (v24.length > 128 && (v24.length > 256 || codePoints(v24) > 128)) { if (c.soft(PCV, "/iso15118CertificateHashData/" + i18 + "/issuerKeyHash", "longer than maxLength 128")) return; }
          }
          const v25 = v19["serialNumber"];
          if (v25 === undefined) { if (c.fail(OCV, "/iso15118CertificateHashData/" + i18 + "/serialNumber", REQUIRED)) return; }
          else {
            n20++;
            if (typeof v25 !== "string") { if (c.fail(TCV, "/iso15118CertificateHashData/" + i18 + "/serialNumber", NOT_STRING)) return; }
            else if (v25.length > 40 && (v25.length > 80 || codePoints(v25) > 40)) { if (c.soft(PCV, "/iso15118CertificateHashData/" + i18 + "/serialNumber", "longer than maxLength 40")) return; }
          }
          const v26 = v19["responderURL"];
          if (v26 === undefined) { if (c.fail(OCV, "/iso15118CertificateHashData/" + i18 + "/responderURL", REQUIRED)) return; }
          else {
            n20++;
            if (typeof v26 !== "string") { if (c.fail(TCV, "/iso15118CertificateHashData/" + i18 + "/responderURL", NOT_STRING)) return; }
            else if (v26.length > 512 && (v26.length > 1024 || codePoints(v26) > 512)) { if (c.soft(PCV, "/iso15118CertificateHashData/" + i18 + "/responderURL", "longer than maxLength 512")) return; }
          }
          for (const k27 in v19) n20--;
          if (n20 !== 0) {
            for (const k27 in v19) if (!(k27 === "customData" || k27 === "hashAlgorithm" || k27 === "issuerNameHash" || k27 === "issuerKeyHash" || k27 === "serialNumber" || k27 === "responderURL")) { if (c.soft(FV, "/iso15118CertificateHashData/" + i18 + "/" + pointerToken(k27), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k28 in d) n0--;
  if (n0 !== 0) {
    for (const k28 in d) if (!(k28 === "customData" || k28 === "idToken" || k28 === "certificate" || k28 === "iso15118CertificateHashData")) { if (c.soft(FV, "/" + pointerToken(k28), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["idTokenInfo"];
  if (v2 === undefined) { if (c.fail(OCV, "/idTokenInfo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/idTokenInfo", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/idTokenInfo/customData")) return;
      }
      const v5 = v2["status"];
      if (v5 === undefined) { if (c.fail(OCV, "/idTokenInfo/status", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v5 !== "string") { if (c.fail(TCV, "/idTokenInfo/status", NOT_STRING)) return; }
        else if (!isAuthorizationStatusEnumType(v5)) { if (c.soft(PCV, "/idTokenInfo/status", "not a AuthorizationStatusEnumType value")) return; }
      }
      const v6 = v2["cacheExpiryDateTime"];
      if (v6 !== undefined) {
        n3++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/idTokenInfo/cacheExpiryDateTime", NOT_STRING)) return; }
        else if (!isDateTime(v6)) { if (c.fail(PCV, "/idTokenInfo/cacheExpiryDateTime", NOT_DATE_TIME)) return; }
      }
      const v7 = v2["chargingPriority"];
      if (v7 !== undefined) {
        n3++;
        if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/idTokenInfo/chargingPriority", NOT_INTEGER)) return; }
      }
      const v8 = v2["language1"];
      if (v8 !== undefined) {
        n3++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/idTokenInfo/language1", NOT_STRING)) return; }
        else if (v8.length > 8 && (v8.length > 16 || codePoints(v8) > 8)) { if (c.soft(PCV, "/idTokenInfo/language1", "longer than maxLength 8")) return; }
      }
      const v9 = v2["evseId"];
      if (v9 !== undefined) {
        n3++;
        if (!Array.isArray(v9)) { if (c.fail(TCV, "/idTokenInfo/evseId", NOT_ARRAY)) return; }
        else {
          if (v9.length < 1) { if (c.fail(OCV, "/idTokenInfo/evseId", "fewer than minItems 1")) return; }
          for (let i10 = 0; i10 < v9.length; i10++) {
            const v11 = v9[i10];
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/idTokenInfo/evseId/" + i10, NOT_INTEGER)) return; }
          }
        }
      }
      const v12 = v2["groupIdToken"];
      if (v12 !== undefined) {
        n3++;
        if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail(TCV, "/idTokenInfo/groupIdToken", NOT_OBJECT)) return; }
        else {
          let n13 = 0;
          const v14 = v12["customData"];
          if (v14 !== undefined) {
            n13++;
            if (checkCustomDataType(v14, c, "/idTokenInfo/groupIdToken/customData")) return;
          }
          const v15 = v12["additionalInfo"];
          if (v15 !== undefined) {
            n13++;
            if (!Array.isArray(v15)) { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo", NOT_ARRAY)) return; }
            else {
              if (v15.length < 1) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
              for (let i16 = 0; i16 < v15.length; i16++) {
                const v17 = v15[i16];
                if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16, NOT_OBJECT)) return; }
                else {
                  let n18 = 0;
                  const v19 = v17["customData"];
                  if (v19 !== undefined) {
                    n18++;
                    if (checkCustomDataType(v19, c, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/customData")) return;
                  }
                  const v20 = v17["additionalIdToken"];
                  if (v20 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/additionalIdToken", REQUIRED)) return; }
                  else {
                    n18++;
                    if (typeof v20 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/additionalIdToken", NOT_STRING)) return; }
                    else if (v20.length > 36 && (v20.length > 72 || codePoints(v20) > 36)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/additionalIdToken", "longer than maxLength 36")) return; }
                  }
                  const v21 = v17["type"];
                  if (v21 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/type", REQUIRED)) return; }
                  else {
                    n18++;
                    if (typeof v21 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/type", NOT_STRING)) return; }
                    else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/type", "longer than maxLength 50")) return; }
                  }
                  for (const k22 in v17) n18--;
                  if (n18 !== 0) {
                    for (const k22 in v17) if (!(k22 === "customData" || k22 === "additionalIdToken" || k22 === "type")) { if (c.soft(FV, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/" + pointerToken(k22), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          const v23 = v12["idToken"];
          if (v23 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/idToken", REQUIRED)) return; }
          else {
            n13++;
            if (typeof v23 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/idToken", NOT_STRING)) return; }
            else if (v23.length > 36 && (v23.length > 72 || codePoints(v23) > 36)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/idToken", "longer than maxLength 36")) return; }
          }
          const v24 = v12["type"];
          if (v24 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/type", REQUIRED)) return; }
          else {
            n13++;
            if (typeof v24 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/type", NOT_STRING)) return; }
            else if (!isIdTokenEnumType(v24)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/type", "not a IdTokenEnumType value")) return; }
          }
          for (const k25 in v12) n13--;
          if (n13 !== 0) {
            for (const k25 in v12) if (!(k25 === "customData" || k25 === "additionalInfo" || k25 === "idToken" || k25 === "type")) { if (c.soft(FV, "/idTokenInfo/groupIdToken/" + pointerToken(k25), UNKNOWN)) return; }
          }
        }
      }
      const v26 = v2["language2"];
      if (v26 !== undefined) {
        n3++;
        if (typeof v26 !== "string") { if (c.fail(TCV, "/idTokenInfo/language2", NOT_STRING)) return; }
        else if (v26.length > 8 && (v26.length > 16 || codePoints(v26) > 8)) { if (c.soft(PCV, "/idTokenInfo/language2", "longer than maxLength 8")) return; }
      }
      const v27 = v2["personalMessage"];
      if (v27 !== undefined) {
        n3++;
        if (typeof v27 !== "object" || v27 === null || Array.isArray(v27)) { if (c.fail(TCV, "/idTokenInfo/personalMessage", NOT_OBJECT)) return; }
        else {
          let n28 = 0;
          const v29 = v27["customData"];
          if (v29 !== undefined) {
            n28++;
            if (checkCustomDataType(v29, c, "/idTokenInfo/personalMessage/customData")) return;
          }
          const v30 = v27["format"];
          if (v30 === undefined) { if (c.fail(OCV, "/idTokenInfo/personalMessage/format", REQUIRED)) return; }
          else {
            n28++;
            if (typeof v30 !== "string") { if (c.fail(TCV, "/idTokenInfo/personalMessage/format", NOT_STRING)) return; }
            else if (!isMessageFormatEnumType(v30)) { if (c.soft(PCV, "/idTokenInfo/personalMessage/format", "not a MessageFormatEnumType value")) return; }
          }
          const v31 = v27["language"];
          if (v31 !== undefined) {
            n28++;
            if (typeof v31 !== "string") { if (c.fail(TCV, "/idTokenInfo/personalMessage/language", NOT_STRING)) return; }
            else if (v31.length > 8 && (v31.length > 16 || codePoints(v31) > 8)) { if (c.soft(PCV, "/idTokenInfo/personalMessage/language", "longer than maxLength 8")) return; }
          }
          const v32 = v27["content"];
          if (v32 === undefined) { if (c.fail(OCV, "/idTokenInfo/personalMessage/content", REQUIRED)) return; }
          else {
            n28++;
            if (typeof v32 !== "string") { if (c.fail(TCV, "/idTokenInfo/personalMessage/content", NOT_STRING)) return; }
            else if (v32.length > 512 && (v32.length > 1024 || codePoints(v32) > 512)) { if (c.soft(PCV, "/idTokenInfo/personalMessage/content", "longer than maxLength 512")) return; }
          }
          for (const k33 in v27) n28--;
          if (n28 !== 0) {
            for (const k33 in v27) if (!(k33 === "customData" || k33 === "format" || k33 === "language" || k33 === "content")) { if (c.soft(FV, "/idTokenInfo/personalMessage/" + pointerToken(k33), UNKNOWN)) return; }
          }
        }
      }
      for (const k34 in v2) n3--;
      if (n3 !== 0) {
        for (const k34 in v2) if (!(k34 === "customData" || k34 === "status" || k34 === "cacheExpiryDateTime" || k34 === "chargingPriority" || k34 === "language1" || k34 === "evseId" || k34 === "groupIdToken" || k34 === "language2" || k34 === "personalMessage")) { if (c.soft(FV, "/idTokenInfo/" + pointerToken(k34), UNKNOWN)) return; }
      }
    }
  }
  const v35 = d["certificateStatus"];
  if (v35 !== undefined) {
    n0++;
    if (typeof v35 !== "string") { if (c.fail(TCV, "/certificateStatus", NOT_STRING)) return; }
    else if (!isAuthorizeCertificateStatusEnumType(v35)) { if (c.soft(PCV, "/certificateStatus", "not a AuthorizeCertificateStatusEnumType value")) return; }
  }
  for (const k36 in d) n0--;
  if (n0 !== 0) {
    for (const k36 in d) if (!(k36 === "customData" || k36 === "idTokenInfo" || k36 === "certificateStatus")) { if (c.soft(FV, "/" + pointerToken(k36), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["chargingStation"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargingStation", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/chargingStation", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/chargingStation/customData")) return;
      }
      const v5 = v2["serialNumber"];
      if (v5 !== undefined) {
        n3++;
        if (typeof v5 !== "string") { if (c.fail(TCV, "/chargingStation/serialNumber", NOT_STRING)) return; }
        else if (v5.length > 25 && (v5.length > 50 || codePoints(v5) > 25)) { if (c.soft(PCV, "/chargingStation/serialNumber", "longer than maxLength 25")) return; }
      }
      const v6 = v2["model"];
      if (v6 === undefined) { if (c.fail(OCV, "/chargingStation/model", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/chargingStation/model", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/chargingStation/model", "longer than maxLength 20")) return; }
      }
      const v7 = v2["modem"];
      if (v7 !== undefined) {
        n3++;
        if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/chargingStation/modem", NOT_OBJECT)) return; }
        else {
          let n8 = 0;
          const v9 = v7["customData"];
          if (v9 !== undefined) {
            n8++;
            if (checkCustomDataType(v9, c, "/chargingStation/modem/customData")) return;
          }
          const v10 = v7["iccid"];
          if (v10 !== undefined) {
            n8++;
            if (typeof v10 !== "string") { if (c.fail(TCV, "/chargingStation/modem/iccid", NOT_STRING)) return; }
            else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft(PCV, "/chargingStation/modem/iccid", "longer than maxLength 20")) return; }
          }
          const v11 = v7["imsi"];
          if (v11 !== undefined) {
            n8++;
            if (typeof v11 !== "string") { if (c.fail(TCV, "/chargingStation/modem/imsi", NOT_STRING)) return; }
            else if (v11.length > 20 && (v11.length > 40 || codePoints(v11) > 20)) { if (c.soft(PCV, "/chargingStation/modem/imsi", "longer than maxLength 20")) return; }
          }
          for (const k12 in v7) n8--;
          if (n8 !== 0) {
            for (const k12 in v7) if (!(k12 === "customData" || k12 === "iccid" || k12 === "imsi")) { if (c.soft(FV, "/chargingStation/modem/" + pointerToken(k12), UNKNOWN)) return; }
          }
        }
      }
      const v13 = v2["vendorName"];
      if (v13 === undefined) { if (c.fail(OCV, "/chargingStation/vendorName", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v13 !== "string") { if (c.fail(TCV, "/chargingStation/vendorName", NOT_STRING)) return; }
        else if (v13.length > 50 && (v13.length > 100 || codePoints(v13) > 50)) { if (c.soft(PCV, "/chargingStation/vendorName", "longer than maxLength 50")) return; }
      }
      const v14 = v2["firmwareVersion"];
      if (v14 !== undefined) {
        n3++;
        if (typeof v14 !== "string") { if (c.fail(TCV, "/chargingStation/firmwareVersion", NOT_STRING)) return; }
        else if (v14.length > 50 && (v14.length > 100 || codePoints(v14) > 50)) { if (c.soft(PCV, "/chargingStation/firmwareVersion", "longer than maxLength 50")) return; }
      }
      for (const k15 in v2) n3--;
      if (n3 !== 0) {
        for (const k15 in v2) if (!(k15 === "customData" || k15 === "serialNumber" || k15 === "model" || k15 === "modem" || k15 === "vendorName" || k15 === "firmwareVersion")) { if (c.soft(FV, "/chargingStation/" + pointerToken(k15), UNKNOWN)) return; }
      }
    }
  }
  const v16 = d["reason"];
  if (v16 === undefined) { if (c.fail(OCV, "/reason", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v16 !== "string") { if (c.fail(TCV, "/reason", NOT_STRING)) return; }
    else if (!isBootReasonEnumType(v16)) { if (c.soft(PCV, "/reason", "not a BootReasonEnumType value")) return; }
  }
  for (const k17 in d) n0--;
  if (n0 !== 0) {
    for (const k17 in d) if (!(k17 === "customData" || k17 === "chargingStation" || k17 === "reason")) { if (c.soft(FV, "/" + pointerToken(k17), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n6 = 0;
      const v7 = v5["customData"];
      if (v7 !== undefined) {
        n6++;
        if (checkCustomDataType(v7, c, "/statusInfo/customData")) return;
      }
      const v8 = v5["reasonCode"];
      if (v8 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n6++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v8.length > 20 && (v8.length > 40 || codePoints(v8) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v9 = v5["additionalInfo"];
      if (v9 !== undefined) {
        n6++;
        if (typeof v9 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v9.length > 512 && (v9.length > 1024 || codePoints(v9) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k10 in v5) n6--;
      if (n6 !== 0) {
        for (const k10 in v5) if (!(k10 === "customData" || k10 === "reasonCode" || k10 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k10), UNKNOWN)) return; }
      }
    }
  }
  for (const k11 in d) n0--;
  if (n0 !== 0) {
    for (const k11 in d) if (!(k11 === "customData" || k11 === "currentTime" || k11 === "interval" || k11 === "status" || k11 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k11), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evse"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/evse", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/evse/customData")) return;
      }
      const v5 = v2["id"];
      if (v5 === undefined) { if (c.fail(OCV, "/evse/id", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/evse/id", NOT_INTEGER)) return; }
      }
      const v6 = v2["connectorId"];
      if (v6 !== undefined) {
        n3++;
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/evse/connectorId", NOT_INTEGER)) return; }
      }
      for (const k7 in v2) n3--;
      if (n3 !== 0) {
        for (const k7 in v2) if (!(k7 === "customData" || k7 === "id" || k7 === "connectorId")) { if (c.soft(FV, "/evse/" + pointerToken(k7), UNKNOWN)) return; }
      }
    }
  }
  const v8 = d["operationalStatus"];
  if (v8 === undefined) { if (c.fail(OCV, "/operationalStatus", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/operationalStatus", NOT_STRING)) return; }
    else if (!isOperationalStatusEnumType(v8)) { if (c.soft(PCV, "/operationalStatus", "not a OperationalStatusEnumType value")) return; }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "evse" || k9 === "operationalStatus")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["chargingProfileId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/chargingProfileId", NOT_INTEGER)) return; }
  }
  const v3 = d["chargingProfileCriteria"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/chargingProfileCriteria", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/chargingProfileCriteria/customData")) return;
      }
      const v6 = v3["evseId"];
      if (v6 !== undefined) {
        n4++;
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/chargingProfileCriteria/evseId", NOT_INTEGER)) return; }
      }
      const v7 = v3["chargingProfilePurpose"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/chargingProfileCriteria/chargingProfilePurpose", NOT_STRING)) return; }
        else if (!isChargingProfilePurposeEnumType(v7)) { if (c.soft(PCV, "/chargingProfileCriteria/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v8 = v3["stackLevel"];
      if (v8 !== undefined) {
        n4++;
        if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/chargingProfileCriteria/stackLevel", NOT_INTEGER)) return; }
      }
      for (const k9 in v3) n4--;
      if (n4 !== 0) {
        for (const k9 in v3) if (!(k9 === "customData" || k9 === "evseId" || k9 === "chargingProfilePurpose" || k9 === "stackLevel")) { if (c.soft(FV, "/chargingProfileCriteria/" + pointerToken(k9), UNKNOWN)) return; }
      }
    }
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "customData" || k10 === "chargingProfileId" || k10 === "chargingProfileCriteria")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/clearMonitoringResult/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/clearMonitoringResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["status"];
          if (v7 === undefined) { if (c.fail(OCV, "/clearMonitoringResult/" + i3 + "/status", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v7 !== "string") { if (c.fail(TCV, "/clearMonitoringResult/" + i3 + "/status", NOT_STRING)) return; }
            else if (!isClearMonitoringStatusEnumType(v7)) { if (c.soft(PCV, "/clearMonitoringResult/" + i3 + "/status", "not a ClearMonitoringStatusEnumType value")) return; }
          }
          const v8 = v4["id"];
          if (v8 === undefined) { if (c.fail(OCV, "/clearMonitoringResult/" + i3 + "/id", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/clearMonitoringResult/" + i3 + "/id", NOT_INTEGER)) return; }
          }
          const v9 = v4["statusInfo"];
          if (v9 !== undefined) {
            n5++;
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail(TCV, "/clearMonitoringResult/" + i3 + "/statusInfo", NOT_OBJECT)) return; }
            else {
              let n10 = 0;
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                n10++;
                if (checkCustomDataType(v11, c, "/clearMonitoringResult/" + i3 + "/statusInfo/customData")) return;
              }
              const v12 = v9["reasonCode"];
              if (v12 === undefined) { if (c.fail(OCV, "/clearMonitoringResult/" + i3 + "/statusInfo/reasonCode", REQUIRED)) return; }
              else {
                n10++;
                if (typeof v12 !== "string") { if (c.fail(TCV, "/clearMonitoringResult/" + i3 + "/statusInfo/reasonCode", NOT_STRING)) return; }
                else if (v12.length > 20 && (v12.length > 40 || codePoints(v12) > 20)) { if (c.soft(PCV, "/clearMonitoringResult/" + i3 + "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v13 = v9["additionalInfo"];
              if (v13 !== undefined) {
                n10++;
                if (typeof v13 !== "string") { if (c.fail(TCV, "/clearMonitoringResult/" + i3 + "/statusInfo/additionalInfo", NOT_STRING)) return; }
                else if (v13.length > 512 && (v13.length > 1024 || codePoints(v13) > 512)) { if (c.soft(PCV, "/clearMonitoringResult/" + i3 + "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
              for (const k14 in v9) n10--;
              if (n10 !== 0) {
                for (const k14 in v9) if (!(k14 === "customData" || k14 === "reasonCode" || k14 === "additionalInfo")) { if (c.soft(FV, "/clearMonitoringResult/" + i3 + "/statusInfo/" + pointerToken(k14), UNKNOWN)) return; }
              }
            }
          }
          for (const k15 in v4) n5--;
          if (n5 !== 0) {
            for (const k15 in v4) if (!(k15 === "customData" || k15 === "status" || k15 === "id" || k15 === "statusInfo")) { if (c.soft(FV, "/clearMonitoringResult/" + i3 + "/" + pointerToken(k15), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k16 in d) n0--;
  if (n0 !== 0) {
    for (const k16 in d) if (!(k16 === "customData" || k16 === "clearMonitoringResult")) { if (c.soft(FV, "/" + pointerToken(k16), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["customerCertificate"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/customerCertificate", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/customerCertificate/customData")) return;
      }
      const v5 = v2["hashAlgorithm"];
      if (v5 === undefined) { if (c.fail(OCV, "/customerCertificate/hashAlgorithm", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v5 !== "string") { if (c.fail(TCV, "/customerCertificate/hashAlgorithm", NOT_STRING)) return; }
        else if (!isHashAlgorithmEnumType(v5)) { if (c.soft(PCV, "/customerCertificate/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
      }
      const v6 = v2["issuerNameHash"];
      if (v6 === undefined) { if (c.fail(OCV, "/customerCertificate/issuerNameHash", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/customerCertificate/issuerNameHash", NOT_STRING)) return; }
        else if (v6.length > 128 && (v6.length > 256 || codePoints(v6) > 128)) { if (c.soft(PCV, "/customerCertificate/issuerNameHash", "longer than maxLength 128")) return; }
      }
      const v7 = v2["issuerKeyHash"];
      if (v7 === undefined) { if (c.fail(OCV, "/customerCertificate/issuerKeyHash", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/customerCertificate/issuerKeyHash", NOT_STRING)) return; }
        else if (v7.length > 128 && (v7.length > 256 || codePoints(v7) > 128)) { if (c.soft(PCV, "/customerCertificate/issuerKeyHash", "longer than maxLength 128")) return; }
      }
      const v8 = v2["serialNumber"];
      if (v8 === undefined) { if (c.fail(OCV, "/customerCertificate/serialNumber", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/customerCertificate/serialNumber", NOT_STRING)) return; }
        else if (v8.length > 40 && (v8.length > 80 || codePoints(v8) > 40)) { if (c.soft(PCV, "/customerCertificate/serialNumber", "longer than maxLength 40")) return; }
      }
      for (const k9 in v2) n3--;
      if (n3 !== 0) {
        for (const k9 in v2) if (!(k9 === "customData" || k9 === "hashAlgorithm" || k9 === "issuerNameHash" || k9 === "issuerKeyHash" || k9 === "serialNumber")) { if (c.soft(FV, "/customerCertificate/" + pointerToken(k9), UNKNOWN)) return; }
      }
    }
  }
  const v10 = d["idToken"];
  if (v10 !== undefined) {
    n0++;
    if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/idToken", NOT_OBJECT)) return; }
    else {
      let n11 = 0;
      const v12 = v10["customData"];
      if (v12 !== undefined) {
        n11++;
        if (checkCustomDataType(v12, c, "/idToken/customData")) return;
      }
      const v13 = v10["additionalInfo"];
      if (v13 !== undefined) {
        n11++;
        if (!Array.isArray(v13)) { if (c.fail(TCV, "/idToken/additionalInfo", NOT_ARRAY)) return; }
        else {
          if (v13.length < 1) { if (c.fail(OCV, "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i14 = 0; i14 < v13.length; i14++) {
            const v15 = v13[i14];
            if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail(TCV, "/idToken/additionalInfo/" + i14, NOT_OBJECT)) return; }
            else {
              let n16 = 0;
              const v17 = v15["customData"];
              if (v17 !== undefined) {
                n16++;
                if (checkCustomDataType(v17, c, "/idToken/additionalInfo/" + i14 + "/customData")) return;
              }
              const v18 = v15["additionalIdToken"];
              if (v18 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i14 + "/additionalIdToken", REQUIRED)) return; }
              else {
                n16++;
                if (typeof v18 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i14 + "/additionalIdToken", NOT_STRING)) return; }
                else if (v18.length > 36 && (v18.length > 72 || codePoints(v18) > 36)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i14 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v19 = v15["type"];
              if (v19 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i14 + "/type", REQUIRED)) return; }
              else {
                n16++;
                if (typeof v19 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i14 + "/type", NOT_STRING)) return; }
                else if (v19.length > 50 && (v19.length > 100 || codePoints(v19) > 50)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i14 + "/type", "longer than maxLength 50")) return; }
              }
              for (const k20 in v15) n16--;
              if (n16 !== 0) {
                for (const k20 in v15) if (!(k20 === "customData" || k20 === "additionalIdToken" || k20 === "type")) { if (c.soft(FV, "/idToken/additionalInfo/" + i14 + "/" + pointerToken(k20), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v21 = v10["idToken"];
      if (v21 === undefined) { if (c.fail(OCV, "/idToken/idToken", REQUIRED)) return; }
      else {
        n11++;
        if (typeof v21 !== "string") { if (c.fail(TCV, "/idToken/idToken", NOT_STRING)) return; }
        else if (v21.length > 36 && (v21.length > 72 || codePoints(v21) > 36)) { if (c.soft(PCV, "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v22 = v10["type"];
      if (v22 === undefined) { if (c.fail(OCV, "/idToken/type", REQUIRED)) return; }
      else {
        n11++;
        if (typeof v22 !== "string") { if (c.fail(TCV, "/idToken/type", NOT_STRING)) return; }
        else if (!isIdTokenEnumType(v22)) { if (c.soft(PCV, "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
      for (const k23 in v10) n11--;
      if (n11 !== 0) {
        for (const k23 in v10) if (!(k23 === "customData" || k23 === "additionalInfo" || k23 === "idToken" || k23 === "type")) { if (c.soft(FV, "/idToken/" + pointerToken(k23), UNKNOWN)) return; }
      }
    }
  }
  const v24 = d["requestId"];
  if (v24 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v24 !== "number" || !Number.isInteger(v24)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v25 = d["report"];
  if (v25 === undefined) { if (c.fail(OCV, "/report", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v25 !== "boolean") { if (c.fail(TCV, "/report", NOT_BOOLEAN)) return; }
  }
  const v26 = d["clear"];
  if (v26 === undefined) { if (c.fail(OCV, "/clear", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v26 !== "boolean") { if (c.fail(TCV, "/clear", NOT_BOOLEAN)) return; }
  }
  const v27 = d["customerIdentifier"];
  if (v27 !== undefined) {
    n0++;
    if (typeof v27 !== "string") { if (c.fail(TCV, "/customerIdentifier", NOT_STRING)) return; }
    else if (v27.length > 64 && (v27.length > 128 || codePoints(v27) > 64)) { if (c.soft(PCV, "/customerIdentifier", "longer than maxLength 64")) return; }
  }
  for (const k28 in d) n0--;
  if (n0 !== 0) {
    for (const k28 in d) if (!(k28 === "customData" || k28 === "customerCertificate" || k28 === "idToken" || k28 === "requestId" || k28 === "report" || k28 === "clear" || k28 === "customerIdentifier")) { if (c.soft(FV, "/" + pointerToken(k28), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["data"];
  if (v9 !== undefined) {
    n0++;
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "customData" || k10 === "status" || k10 === "statusInfo" || k10 === "data")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["certificateHashData"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificateHashData", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/certificateHashData", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/certificateHashData/customData")) return;
      }
      const v5 = v2["hashAlgorithm"];
      if (v5 === undefined) { if (c.fail(OCV, "/certificateHashData/hashAlgorithm", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v5 !== "string") { if (c.fail(TCV, "/certificateHashData/hashAlgorithm", NOT_STRING)) return; }
        else if (!isHashAlgorithmEnumType(v5)) { if (c.soft(PCV, "/certificateHashData/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
      }
      const v6 = v2["issuerNameHash"];
      if (v6 === undefined) { if (c.fail(OCV, "/certificateHashData/issuerNameHash", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/certificateHashData/issuerNameHash", NOT_STRING)) return; }
        else if (v6.length > 128 && (v6.length > 256 || codePoints(v6) > 128)) { if (c.soft(PCV, "/certificateHashData/issuerNameHash", "longer than maxLength 128")) return; }
      }
      const v7 = v2["issuerKeyHash"];
      if (v7 === undefined) { if (c.fail(OCV, "/certificateHashData/issuerKeyHash", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/certificateHashData/issuerKeyHash", NOT_STRING)) return; }
        else if (v7.length > 128 && (v7.length > 256 || codePoints(v7) > 128)) { if (c.soft(PCV, "/certificateHashData/issuerKeyHash", "longer than maxLength 128")) return; }
      }
      const v8 = v2["serialNumber"];
      if (v8 === undefined) { if (c.fail(OCV, "/certificateHashData/serialNumber", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/certificateHashData/serialNumber", NOT_STRING)) return; }
        else if (v8.length > 40 && (v8.length > 80 || codePoints(v8) > 40)) { if (c.soft(PCV, "/certificateHashData/serialNumber", "longer than maxLength 40")) return; }
      }
      for (const k9 in v2) n3--;
      if (n3 !== 0) {
        for (const k9 in v2) if (!(k9 === "customData" || k9 === "hashAlgorithm" || k9 === "issuerNameHash" || k9 === "issuerKeyHash" || k9 === "serialNumber")) { if (c.soft(FV, "/certificateHashData/" + pointerToken(k9), UNKNOWN)) return; }
      }
    }
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "customData" || k10 === "certificateHashData")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["exiResponse"];
  if (v9 === undefined) { if (c.fail(OCV, "/exiResponse", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/exiResponse", NOT_STRING)) return; }
    else if (v9.length > 5600 && (v9.length > 11200 || codePoints(v9) > 5600)) { if (c.soft(PCV, "/exiResponse", "longer than maxLength 5600")) return; }
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "customData" || k10 === "status" || k10 === "statusInfo" || k10 === "exiResponse")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["ocspRequestData"];
  if (v2 === undefined) { if (c.fail(OCV, "/ocspRequestData", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/ocspRequestData", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/ocspRequestData/customData")) return;
      }
      const v5 = v2["hashAlgorithm"];
      if (v5 === undefined) { if (c.fail(OCV, "/ocspRequestData/hashAlgorithm", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v5 !== "string") { if (c.fail(TCV, "/ocspRequestData/hashAlgorithm", NOT_STRING)) return; }
        else if (!isHashAlgorithmEnumType(v5)) { if (c.soft(PCV, "/ocspRequestData/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
      }
      const v6 = v2["issuerNameHash"];
      if (v6 === undefined) { if (c.fail(OCV, "/ocspRequestData/issuerNameHash", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/ocspRequestData/issuerNameHash", NOT_STRING)) return; }
        else if (v6.length > 128 && (v6.length > 256 || codePoints(v6) > 128)) { if (c.soft(PCV, "/ocspRequestData/issuerNameHash", "longer than maxLength 128")) return; }
      }
      const v7 = v2["issuerKeyHash"];
      if (v7 === undefined) { if (c.fail(OCV, "/ocspRequestData/issuerKeyHash", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/ocspRequestData/issuerKeyHash", NOT_STRING)) return; }
        else if (v7.length > 128 && (v7.length > 256 || codePoints(v7) > 128)) { if (c.soft(PCV, "/ocspRequestData/issuerKeyHash", "longer than maxLength 128")) return; }
      }
      const v8 = v2["serialNumber"];
      if (v8 === undefined) { if (c.fail(OCV, "/ocspRequestData/serialNumber", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/ocspRequestData/serialNumber", NOT_STRING)) return; }
        else if (v8.length > 40 && (v8.length > 80 || codePoints(v8) > 40)) { if (c.soft(PCV, "/ocspRequestData/serialNumber", "longer than maxLength 40")) return; }
      }
      const v9 = v2["responderURL"];
      if (v9 === undefined) { if (c.fail(OCV, "/ocspRequestData/responderURL", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v9 !== "string") { if (c.fail(TCV, "/ocspRequestData/responderURL", NOT_STRING)) return; }
        else if (v9.length > 512 && (v9.length > 1024 || codePoints(v9) > 512)) { if (c.soft(PCV, "/ocspRequestData/responderURL", "longer than maxLength 512")) return; }
      }
      for (const k10 in v2) n3--;
      if (n3 !== 0) {
        for (const k10 in v2) if (!(k10 === "customData" || k10 === "hashAlgorithm" || k10 === "issuerNameHash" || k10 === "issuerKeyHash" || k10 === "serialNumber" || k10 === "responderURL")) { if (c.soft(FV, "/ocspRequestData/" + pointerToken(k10), UNKNOWN)) return; }
      }
    }
  }
  for (const k11 in d) n0--;
  if (n0 !== 0) {
    for (const k11 in d) if (!(k11 === "customData" || k11 === "ocspRequestData")) { if (c.soft(FV, "/" + pointerToken(k11), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["ocspResult"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/ocspResult", NOT_STRING)) return; }
    else if (v9.length > 5500 && (v9.length > 11000 || codePoints(v9) > 5500)) { if (c.soft(PCV, "/ocspResult", "longer than maxLength 5500")) return; }
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "customData" || k10 === "status" || k10 === "statusInfo" || k10 === "ocspResult")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/chargingProfile", NOT_OBJECT)) return; }
    else {
      let n5 = 0;
      const v6 = v4["customData"];
      if (v6 !== undefined) {
        n5++;
        if (checkCustomDataType(v6, c, "/chargingProfile/customData")) return;
      }
      const v7 = v4["chargingProfilePurpose"];
      if (v7 !== undefined) {
        n5++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingProfilePurpose", NOT_STRING)) return; }
        else if (!isChargingProfilePurposeEnumType(v7)) { if (c.soft(PCV, "/chargingProfile/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v8 = v4["stackLevel"];
      if (v8 !== undefined) {
        n5++;
        if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/chargingProfile/stackLevel", NOT_INTEGER)) return; }
      }
      const v9 = v4["chargingProfileId"];
      if (v9 !== undefined) {
        n5++;
        if (!Array.isArray(v9)) { if (c.fail(TCV, "/chargingProfile/chargingProfileId", NOT_ARRAY)) return; }
        else {
          if (v9.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingProfileId", "fewer than minItems 1")) return; }
          for (let i10 = 0; i10 < v9.length; i10++) {
            const v11 = v9[i10];
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/chargingProfile/chargingProfileId/" + i10, NOT_INTEGER)) return; }
          }
        }
      }
      const v12 = v4["chargingLimitSource"];
      if (v12 !== undefined) {
        n5++;
        if (!Array.isArray(v12)) { if (c.fail(TCV, "/chargingProfile/chargingLimitSource", NOT_ARRAY)) return; }
        else if (v12.length > 4) { if (c.fail(OCV, "/chargingProfile/chargingLimitSource", "more than maxItems 4")) return; }
        else {
          if (v12.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingLimitSource", "fewer than minItems 1")) return; }
          for (let i13 = 0; i13 < v12.length; i13++) {
            const v14 = v12[i13];
            if (typeof v14 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingLimitSource/" + i13, NOT_STRING)) return; }
            else if (!isChargingLimitSourceEnumType(v14)) { if (c.soft(PCV, "/chargingProfile/chargingLimitSource/" + i13, "not a ChargingLimitSourceEnumType value")) return; }
          }
        }
      }
      for (const k15 in v4) n5--;
      if (n5 !== 0) {
        for (const k15 in v4) if (!(k15 === "customData" || k15 === "chargingProfilePurpose" || k15 === "stackLevel" || k15 === "chargingProfileId" || k15 === "chargingLimitSource")) { if (c.soft(FV, "/chargingProfile/" + pointerToken(k15), UNKNOWN)) return; }
      }
    }
  }
  for (const k16 in d) n0--;
  if (n0 !== 0) {
    for (const k16 in d) if (!(k16 === "customData" || k16 === "requestId" || k16 === "evseId" || k16 === "chargingProfile")) { if (c.soft(FV, "/" + pointerToken(k16), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["schedule"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail(TCV, "/schedule", NOT_OBJECT)) return; }
    else {
      let n10 = 0;
      const v11 = v9["customData"];
      if (v11 !== undefined) {
        n10++;
        if (checkCustomDataType(v11, c, "/schedule/customData")) return;
      }
      const v12 = v9["chargingSchedulePeriod"];
      if (v12 === undefined) { if (c.fail(OCV, "/schedule/chargingSchedulePeriod", REQUIRED)) return; }
      else {
        n10++;
        if (!Array.isArray(v12)) { if (c.fail(TCV, "/schedule/chargingSchedulePeriod", NOT_ARRAY)) return; }
        else {
          if (v12.length < 1) { if (c.fail(OCV, "/schedule/chargingSchedulePeriod", "fewer than minItems 1")) return; }
          for (let i13 = 0; i13 < v12.length; i13++) {
            const v14 = v12[i13];
            if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) { if (c.fail(TCV, "/schedule/chargingSchedulePeriod/" + i13, NOT_OBJECT)) return; }
            else {
              let n15 = 0;
              const v16 = v14["customData"];
              if (v16 !== undefined) {
                n15++;
                if (checkCustomDataType(v16, c, "/schedule/chargingSchedulePeriod/" + i13 + "/customData")) return;
              }
              const v17 = v14["startPeriod"];
              if (v17 === undefined) { if (c.fail(OCV, "/schedule/chargingSchedulePeriod/" + i13 + "/startPeriod", REQUIRED)) return; }
              else {
                n15++;
                if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail(TCV, "/schedule/chargingSchedulePeriod/" + i13 + "/startPeriod", NOT_INTEGER)) return; }
              }
              const v18 = v14["limit"];
              if (v18 === undefined) { if (c.fail(OCV, "/schedule/chargingSchedulePeriod/" + i13 + "/limit", REQUIRED)) return; }
              else {
                n15++;
                if (typeof v18 !== "number" || !Number.isFinite(v18)) { if (c.fail(TCV, "/schedule/chargingSchedulePeriod/" + i13 + "/limit", NOT_NUMBER)) return; }
              }
              const v19 = v14["numberPhases"];
              if (v19 !== undefined) {
                n15++;
                if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail(TCV, "/schedule/chargingSchedulePeriod/" + i13 + "/numberPhases", NOT_INTEGER)) return; }
              }
              const v20 = v14["phaseToUse"];
              if (v20 !== undefined) {
                n15++;
                if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail(TCV, "/schedule/chargingSchedulePeriod/" + i13 + "/phaseToUse", NOT_INTEGER)) return; }
              }
              for (const k21 in v14) n15--;
              if (n15 !== 0) {
                for (const k21 in v14) if (!(k21 === "customData" || k21 === "startPeriod" || k21 === "limit" || k21 === "numberPhases" || k21 === "phaseToUse")) { if (c.soft(FV, "/schedule/chargingSchedulePeriod/" + i13 + "/" + pointerToken(k21), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v22 = v9["evseId"];
      if (v22 === undefined) { if (c.fail(OCV, "/schedule/evseId", REQUIRED)) return; }
      else {
        n10++;
        if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail(TCV, "/schedule/evseId", NOT_INTEGER)) return; }
      }
      const v23 = v9["duration"];
      if (v23 === undefined) { if (c.fail(OCV, "/schedule/duration", REQUIRED)) return; }
      else {
        n10++;
        if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail(TCV, "/schedule/duration", NOT_INTEGER)) return; }
      }
      const v24 = v9["scheduleStart"];
      if (v24 === undefined) { if (c.fail(OCV, "/schedule/scheduleStart", REQUIRED)) return; }
      else {
        n10++;
        if (typeof v24 !== "string") { if (c.fail(TCV, "/schedule/scheduleStart", NOT_STRING)) return; }
        else if (!isDateTime(v24)) { if (c.fail(PCV, "/schedule/scheduleStart", NOT_DATE_TIME)) return; }
      }
      const v25 = v9["chargingRateUnit"];
      if (v25 === undefined) { if (c.fail(OCV, "/schedule/chargingRateUnit", REQUIRED)) return; }
      else {
        n10++;
        if (typeof v25 !== "string") { if (c.fail(TCV, "/schedule/chargingRateUnit", NOT_STRING)) return; }
        else if (!isChargingRateUnitEnumType(v25)) { if (c.soft(PCV, "/schedule/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
      }
      for (const k26 in v9) n10--;
      if (n10 !== 0) {
        for (const k26 in v9) if (!(k26 === "customData" || k26 === "chargingSchedulePeriod" || k26 === "evseId" || k26 === "duration" || k26 === "scheduleStart" || k26 === "chargingRateUnit")) { if (c.soft(FV, "/schedule/" + pointerToken(k26), UNKNOWN)) return; }
      }
    }
  }
  for (const k27 in d) n0--;
  if (n0 !== 0) {
    for (const k27 in d) if (!(k27 === "customData" || k27 === "status" || k27 === "statusInfo" || k27 === "schedule")) { if (c.soft(FV, "/" + pointerToken(k27), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["certificateHashDataChain"];
  if (v9 !== undefined) {
    n0++;
    if (!Array.isArray(v9)) { if (c.fail(TCV, "/certificateHashDataChain", NOT_ARRAY)) return; }
    else {
      if (v9.length < 1) { if (c.fail(OCV, "/certificateHashDataChain", "fewer than minItems 1")) return; }
      for (let i10 = 0; i10 < v9.length; i10++) {
        const v11 = v9[i10];
        if (typeof v11 !== "object" || v11 === null || Array.isArray(v11)) { if (c.fail(TCV, "/certificateHashDataChain/" + i10, NOT_OBJECT)) return; }
        else {
          let n12 = 0;
          const v13 = v11["customData"];
          if (v13 !== undefined) {
            n12++;
            if (checkCustomDataType(v13, c, "/certificateHashDataChain/" + i10 + "/customData")) return;
          }
          const v14 = v11["certificateHashData"];
          if (v14 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/certificateHashData", REQUIRED)) return; }
          else {
            n12++;
            if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/certificateHashData", NOT_OBJECT)) return; }
            else {
              let n15 = 0;
              const v16 = v14["customData"];
              if (v16 !== undefined) {
                n15++;
                if (checkCustomDataType(v16, c, "/certificateHashDataChain/" + i10 + "/certificateHashData/customData")) return;
              }
              const v17 = v14["hashAlgorithm"];
              if (v17 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/hashAlgorithm", REQUIRED)) return; }
              else {
                n15++;
                if (typeof v17 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/hashAlgorithm", NOT_STRING)) return; }
                else if (!isHashAlgorithmEnumType(v17)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
              }
              const v18 = v14["issuerNameHash"];
              if (v18 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/issuerNameHash", REQUIRED)) return; }
              else {
                n15++;
                if (typeof v18 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/issuerNameHash", NOT_STRING)) return; }
                else if (v18.length > 128 && (v18.length > 256 || codePoints(v18) > 128)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/issuerNameHash", "longer than maxLength 128")) return; }
              }
              const v19 = v14["issuerKeyHash"];
              if (v19 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/issuerKeyHash", REQUIRED)) return; }
              else {
                n15++;
                if (typeof v19 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/issuerKeyHash", NOT_STRING)) return; }
                else if (v19.length > 128 && (v19.length > 256 || codePoints(v19) > 128)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/issuerKeyHash", "longer than maxLength 128")) return; }
              }
              const v20 = v14["serialNumber"];
              if (v20 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/serialNumber", REQUIRED)) return; }
              else {
                n15++;
                if (typeof v20 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/serialNumber", NOT_STRING)) return; }
                else if (v20.length > 40 && (v20.length > 80 || codePoints(v20) > 40)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/certificateHashData/serialNumber", "longer than maxLength 40")) return; }
              }
              for (const k21 in v14) n15--;
              if (n15 !== 0) {
                for (const k21 in v14) if (!(k21 === "customData" || k21 === "hashAlgorithm" || k21 === "issuerNameHash" || k21 === "issuerKeyHash" || k21 === "serialNumber")) { if (c.soft(FV, "/certificateHashDataChain/" + i10 + "/certificateHashData/" + pointerToken(k21), UNKNOWN)) return; }
              }
            }
          }
          const v22 = v11["certificateType"];
          if (v22 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/certificateType", REQUIRED)) return; }
          else {
            n12++;
            if (typeof v22 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/certificateType", NOT_STRING)) return; }
            else if (!isGetCertificateIdUseEnumType(v22)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/certificateType", "not a GetCertificateIdUseEnumType value")) return; }
          }
          const v23 = v11["childCertificateHashData"];
          if (v23 !== undefined) {
            n12++;
            if (!Array.isArray(v23)) { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData", NOT_ARRAY)) return; }
            else if (v23.length > 4) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData", "more than maxItems 4")) return; }
            else {
              if (v23.length < 1) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData", "fewer than minItems 1")) return; }
              for (let i24 = 0; i24 < v23.length; i24++) {
                const v25 = v23[i24];
                if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24, NOT_OBJECT)) return; }
                else {
                  let n26 = 0;
                  const v27 = v25["customData"];
                  if (v27 !== undefined) {
                    n26++;
                    if (checkCustomDataType(v27, c, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/customData")) return;
                  }
                  const v28 = v25["hashAlgorithm"];
                  if (v28 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/hashAlgorithm", REQUIRED)) return; }
                  else {
                    n26++;
                    if (typeof v28 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/hashAlgorithm", NOT_STRING)) return; }
                    else if (!isHashAlgorithmEnumType(v28)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
                  }
                  const v29 = v25["issuerNameHash"];
                  if (v29 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/issuerNameHash", REQUIRED)) return; }
                  else {
                    n26++;
                    if (typeof v29 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/issuerNameHash", NOT_STRING)) return; }
                    else if (v29.length > 128 && (v29.length > 256 || codePoints(v29) > 128)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/issuerNameHash", "longer than maxLength 128")) return; }
                  }
                  const v30 = v25["issuerKeyHash"];
                  if (v30 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/issuerKeyHash", REQUIRED)) return; }
                  else {
                    n26++;
                    if (typeof v30 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/issuerKeyHash", NOT_STRING)) return; }
                    else if (v30.length > 128 && (v30.length > 256 || codePoints(v30) > 128)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/issuerKeyHash", "longer than maxLength 128")) return; }
                  }
                  const v31 = v25["serialNumber"];
                  if (v31 === undefined) { if (c.fail(OCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/serialNumber", REQUIRED)) return; }
                  else {
                    n26++;
                    if (typeof v31 !== "string") { if (c.fail(TCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/serialNumber", NOT_STRING)) return; }
                    else if (v31.length > 40 && (v31.length > 80 || codePoints(v31) > 40)) { if (c.soft(PCV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/serialNumber", "longer than maxLength 40")) return; }
                  }
                  for (const k32 in v25) n26--;
                  if (n26 !== 0) {
                    for (const k32 in v25) if (!(k32 === "customData" || k32 === "hashAlgorithm" || k32 === "issuerNameHash" || k32 === "issuerKeyHash" || k32 === "serialNumber")) { if (c.soft(FV, "/certificateHashDataChain/" + i10 + "/childCertificateHashData/" + i24 + "/" + pointerToken(k32), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          for (const k33 in v11) n12--;
          if (n12 !== 0) {
            for (const k33 in v11) if (!(k33 === "customData" || k33 === "certificateHashData" || k33 === "certificateType" || k33 === "childCertificateHashData")) { if (c.soft(FV, "/certificateHashDataChain/" + i10 + "/" + pointerToken(k33), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k34 in d) n0--;
  if (n0 !== 0) {
    for (const k34 in d) if (!(k34 === "customData" || k34 === "status" || k34 === "statusInfo" || k34 === "certificateHashDataChain")) { if (c.soft(FV, "/" + pointerToken(k34), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["log"];
  if (v2 === undefined) { if (c.fail(OCV, "/log", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/log", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/log/customData")) return;
      }
      const v5 = v2["remoteLocation"];
      if (v5 === undefined) { if (c.fail(OCV, "/log/remoteLocation", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v5 !== "string") { if (c.fail(TCV, "/log/remoteLocation", NOT_STRING)) return; }
        else if (v5.length > 512 && (v5.length > 1024 || codePoints(v5) > 512)) { if (c.soft(PCV, "/log/remoteLocation", "longer than maxLength 512")) return; }
      }
      const v6 = v2["oldestTimestamp"];
      if (v6 !== undefined) {
        n3++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/log/oldestTimestamp", NOT_STRING)) return; }
        else if (!isDateTime(v6)) { if (c.fail(PCV, "/log/oldestTimestamp", NOT_DATE_TIME)) return; }
      }
      const v7 = v2["latestTimestamp"];
      if (v7 !== undefined) {
        n3++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/log/latestTimestamp", NOT_STRING)) return; }
        else if (!isDateTime(v7)) { if (c.fail(PCV, "/log/latestTimestamp", NOT_DATE_TIME)) return; }
      }
      for (const k8 in v2) n3--;
      if (n3 !== 0) {
        for (const k8 in v2) if (!(k8 === "customData" || k8 === "remoteLocation" || k8 === "oldestTimestamp" || k8 === "latestTimestamp")) { if (c.soft(FV, "/log/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["logType"];
  if (v9 === undefined) { if (c.fail(OCV, "/logType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/logType", NOT_STRING)) return; }
    else if (!isLogEnumType(v9)) { if (c.soft(PCV, "/logType", "not a LogEnumType value")) return; }
  }
  const v10 = d["requestId"];
  if (v10 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v11 = d["retries"];
  if (v11 !== undefined) {
    n0++;
    if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
  }
  const v12 = d["retryInterval"];
  if (v12 !== undefined) {
    n0++;
    if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  for (const k13 in d) n0--;
  if (n0 !== 0) {
    for (const k13 in d) if (!(k13 === "customData" || k13 === "log" || k13 === "logType" || k13 === "requestId" || k13 === "retries" || k13 === "retryInterval")) { if (c.soft(FV, "/" + pointerToken(k13), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["filename"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/filename", NOT_STRING)) return; }
    else if (v9.length > 255 && (v9.length > 510 || codePoints(v9) > 255)) { if (c.soft(PCV, "/filename", "longer than maxLength 255")) return; }
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "customData" || k10 === "status" || k10 === "statusInfo" || k10 === "filename")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["componentVariable"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/componentVariable", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/componentVariable", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/componentVariable/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/componentVariable/" + i3 + "/customData")) return;
          }
          const v7 = v4["component"];
          if (v7 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n8 = 0;
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                n8++;
                if (checkCustomDataType(v9, c, "/componentVariable/" + i3 + "/component/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                n8++;
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n11 = 0;
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    n11++;
                    if (checkCustomDataType(v12, c, "/componentVariable/" + i3 + "/component/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n11++;
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    n11++;
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k15 in v10) n11--;
                  if (n11 !== 0) {
                    for (const k15 in v10) if (!(k15 === "customData" || k15 === "id" || k15 === "connectorId")) { if (c.soft(FV, "/componentVariable/" + i3 + "/component/evse/" + pointerToken(k15), UNKNOWN)) return; }
                  }
                }
              }
              const v16 = v7["name"];
              if (v16 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v16 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v17 = v7["instance"];
              if (v17 !== undefined) {
                n8++;
                if (typeof v17 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k18 in v7) n8--;
              if (n8 !== 0) {
                for (const k18 in v7) if (!(k18 === "customData" || k18 === "evse" || k18 === "name" || k18 === "instance")) { if (c.soft(FV, "/componentVariable/" + i3 + "/component/" + pointerToken(k18), UNKNOWN)) return; }
              }
            }
          }
          const v19 = v4["variable"];
          if (v19 !== undefined) {
            n5++;
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n20 = 0;
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                n20++;
                if (checkCustomDataType(v21, c, "/componentVariable/" + i3 + "/variable/customData")) return;
              }
              const v22 = v19["name"];
              if (v22 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n20++;
                if (typeof v22 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v23 = v19["instance"];
              if (v23 !== undefined) {
                n20++;
                if (typeof v23 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k24 in v19) n20--;
              if (n20 !== 0) {
                for (const k24 in v19) if (!(k24 === "customData" || k24 === "name" || k24 === "instance")) { if (c.soft(FV, "/componentVariable/" + i3 + "/variable/" + pointerToken(k24), UNKNOWN)) return; }
              }
            }
          }
          for (const k25 in v4) n5--;
          if (n5 !== 0) {
            for (const k25 in v4) if (!(k25 === "customData" || k25 === "component" || k25 === "variable")) { if (c.soft(FV, "/componentVariable/" + i3 + "/" + pointerToken(k25), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v26 = d["requestId"];
  if (v26 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v27 = d["monitoringCriteria"];
  if (v27 !== undefined) {
    n0++;
    if (!Array.isArray(v27)) { if (c.fail(TCV, "/monitoringCriteria", NOT_ARRAY)) return; }
    else if (v27.length > 3) { if (c.fail(OCV, "/monitoringCriteria", "more than maxItems 3")) return; }
    else {
      if (v27.length < 1) { if (c.fail(OCV, "/monitoringCriteria", "fewer than minItems 1")) return; }
      for (let i28 = 0; i28 < v27.length; i28++) {
        const v29 = v27[i28];
        if (typeof v29 !== "string") { if (c.fail(TCV, "/monitoringCriteria/" + i28, NOT_STRING)) return; }
        else if (!isMonitoringCriterionEnumType(v29)) { if (c.soft(PCV, "/monitoringCriteria/" + i28, "not a MonitoringCriterionEnumType value")) return; }
      }
    }
  }
  for (const k30 in d) n0--;
  if (n0 !== 0) {
    for (const k30 in d) if (!(k30 === "customData" || k30 === "componentVariable" || k30 === "requestId" || k30 === "monitoringCriteria")) { if (c.soft(FV, "/" + pointerToken(k30), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["componentVariable"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/componentVariable", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/componentVariable", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/componentVariable/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/componentVariable/" + i3 + "/customData")) return;
          }
          const v7 = v4["component"];
          if (v7 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n8 = 0;
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                n8++;
                if (checkCustomDataType(v9, c, "/componentVariable/" + i3 + "/component/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                n8++;
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n11 = 0;
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    n11++;
                    if (checkCustomDataType(v12, c, "/componentVariable/" + i3 + "/component/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n11++;
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    n11++;
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k15 in v10) n11--;
                  if (n11 !== 0) {
                    for (const k15 in v10) if (!(k15 === "customData" || k15 === "id" || k15 === "connectorId")) { if (c.soft(FV, "/componentVariable/" + i3 + "/component/evse/" + pointerToken(k15), UNKNOWN)) return; }
                  }
                }
              }
              const v16 = v7["name"];
              if (v16 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v16 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v17 = v7["instance"];
              if (v17 !== undefined) {
                n8++;
                if (typeof v17 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k18 in v7) n8--;
              if (n8 !== 0) {
                for (const k18 in v7) if (!(k18 === "customData" || k18 === "evse" || k18 === "name" || k18 === "instance")) { if (c.soft(FV, "/componentVariable/" + i3 + "/component/" + pointerToken(k18), UNKNOWN)) return; }
              }
            }
          }
          const v19 = v4["variable"];
          if (v19 !== undefined) {
            n5++;
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/componentVariable/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n20 = 0;
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                n20++;
                if (checkCustomDataType(v21, c, "/componentVariable/" + i3 + "/variable/customData")) return;
              }
              const v22 = v19["name"];
              if (v22 === undefined) { if (c.fail(OCV, "/componentVariable/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n20++;
                if (typeof v22 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v23 = v19["instance"];
              if (v23 !== undefined) {
                n20++;
                if (typeof v23 !== "string") { if (c.fail(TCV, "/componentVariable/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft(PCV, "/componentVariable/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k24 in v19) n20--;
              if (n20 !== 0) {
                for (const k24 in v19) if (!(k24 === "customData" || k24 === "name" || k24 === "instance")) { if (c.soft(FV, "/componentVariable/" + i3 + "/variable/" + pointerToken(k24), UNKNOWN)) return; }
              }
            }
          }
          for (const k25 in v4) n5--;
          if (n5 !== 0) {
            for (const k25 in v4) if (!(k25 === "customData" || k25 === "component" || k25 === "variable")) { if (c.soft(FV, "/componentVariable/" + i3 + "/" + pointerToken(k25), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v26 = d["requestId"];
  if (v26 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v27 = d["componentCriteria"];
  if (v27 !== undefined) {
    n0++;
    if (!Array.isArray(v27)) { if (c.fail(TCV, "/componentCriteria", NOT_ARRAY)) return; }
    else if (v27.length > 4) { if (c.fail(OCV, "/componentCriteria", "more than maxItems 4")) return; }
    else {
      if (v27.length < 1) { if (c.fail(OCV, "/componentCriteria", "fewer than minItems 1")) return; }
      for (let i28 = 0; i28 < v27.length; i28++) {
        const v29 = v27[i28];
        if (typeof v29 !== "string") { if (c.fail(TCV, "/componentCriteria/" + i28, NOT_STRING)) return; }
        else if (!isComponentCriterionEnumType(v29)) { if (c.soft(PCV, "/componentCriteria/" + i28, "not a ComponentCriterionEnumType value")) return; }
      }
    }
  }
  for (const k30 in d) n0--;
  if (n0 !== 0) {
    for (const k30 in d) if (!(k30 === "customData" || k30 === "componentVariable" || k30 === "requestId" || k30 === "componentCriteria")) { if (c.soft(FV, "/" + pointerToken(k30), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/getVariableData/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/getVariableData/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeType"];
          if (v7 !== undefined) {
            n5++;
            if (typeof v7 !== "string") { if (c.fail(TCV, "/getVariableData/" + i3 + "/attributeType", NOT_STRING)) return; }
            else if (!isAttributeEnumType(v7)) { if (c.soft(PCV, "/getVariableData/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v8 = v4["component"];
          if (v8 === undefined) { if (c.fail(OCV, "/getVariableData/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail(TCV, "/getVariableData/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n9 = 0;
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                n9++;
                if (checkCustomDataType(v10, c, "/getVariableData/" + i3 + "/component/customData")) return;
              }
              const v11 = v8["evse"];
              if (v11 !== undefined) {
                n9++;
                if (typeof v11 !== "object" || v11 === null || Array.isArray(v11)) { if (c.fail(TCV, "/getVariableData/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n12 = 0;
                  const v13 = v11["customData"];
                  if (v13 !== undefined) {
                    n12++;
                    if (checkCustomDataType(v13, c, "/getVariableData/" + i3 + "/component/evse/customData")) return;
                  }
                  const v14 = v11["id"];
                  if (v14 === undefined) { if (c.fail(OCV, "/getVariableData/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n12++;
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/getVariableData/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v15 = v11["connectorId"];
                  if (v15 !== undefined) {
                    n12++;
                    if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail(TCV, "/getVariableData/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k16 in v11) n12--;
                  if (n12 !== 0) {
                    for (const k16 in v11) if (!(k16 === "customData" || k16 === "id" || k16 === "connectorId")) { if (c.soft(FV, "/getVariableData/" + i3 + "/component/evse/" + pointerToken(k16), UNKNOWN)) return; }
                  }
                }
              }
              const v17 = v8["name"];
              if (v17 === undefined) { if (c.fail(OCV, "/getVariableData/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n9++;
                if (typeof v17 !== "string") { if (c.fail(TCV, "/getVariableData/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft(PCV, "/getVariableData/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v18 = v8["instance"];
              if (v18 !== undefined) {
                n9++;
                if (typeof v18 !== "string") { if (c.fail(TCV, "/getVariableData/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v18.length > 50 && (v18.length > 100 || codePoints(v18) > 50)) { if (c.soft(PCV, "/getVariableData/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k19 in v8) n9--;
              if (n9 !== 0) {
                for (const k19 in v8) if (!(k19 === "customData" || k19 === "evse" || k19 === "name" || k19 === "instance")) { if (c.soft(FV, "/getVariableData/" + i3 + "/component/" + pointerToken(k19), UNKNOWN)) return; }
              }
            }
          }
          const v20 = v4["variable"];
          if (v20 === undefined) { if (c.fail(OCV, "/getVariableData/" + i3 + "/variable", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v20 !== "object" || v20 === null || Array.isArray(v20)) { if (c.fail(TCV, "/getVariableData/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n21 = 0;
              const v22 = v20["customData"];
              if (v22 !== undefined) {
                n21++;
                if (checkCustomDataType(v22, c, "/getVariableData/" + i3 + "/variable/customData")) return;
              }
              const v23 = v20["name"];
              if (v23 === undefined) { if (c.fail(OCV, "/getVariableData/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n21++;
                if (typeof v23 !== "string") { if (c.fail(TCV, "/getVariableData/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft(PCV, "/getVariableData/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v24 = v20["instance"];
              if (v24 !== undefined) {
                n21++;
                if (typeof v24 !== "string") { if (c.fail(TCV, "/getVariableData/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v24.length > 50 && (v24.length > 100 || codePoints(v24) > 50)) { if (c.soft(PCV, "/getVariableData/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k25 in v20) n21--;
              if (n21 !== 0) {
                for (const k25 in v20) if (!(k25 === "customData" || k25 === "name" || k25 === "instance")) { if (c.soft(FV, "/getVariableData/" + i3 + "/variable/" + pointerToken(k25), UNKNOWN)) return; }
              }
            }
          }
          for (const k26 in v4) n5--;
          if (n5 !== 0) {
            for (const k26 in v4) if (!(k26 === "customData" || k26 === "attributeType" || k26 === "component" || k26 === "variable")) { if (c.soft(FV, "/getVariableData/" + i3 + "/" + pointerToken(k26), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k27 in d) n0--;
  if (n0 !== 0) {
    for (const k27 in d) if (!(k27 === "customData" || k27 === "getVariableData")) { if (c.soft(FV, "/" + pointerToken(k27), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/getVariableResult/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/getVariableResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeStatusInfo"];
          if (v7 !== undefined) {
            n5++;
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/getVariableResult/" + i3 + "/attributeStatusInfo", NOT_OBJECT)) return; }
            else {
              let n8 = 0;
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                n8++;
                if (checkCustomDataType(v9, c, "/getVariableResult/" + i3 + "/attributeStatusInfo/customData")) return;
              }
              const v10 = v7["reasonCode"];
              if (v10 === undefined) { if (c.fail(OCV, "/getVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v10 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", NOT_STRING)) return; }
                else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v11 = v7["additionalInfo"];
              if (v11 !== undefined) {
                n8++;
                if (typeof v11 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", NOT_STRING)) return; }
                else if (v11.length > 512 && (v11.length > 1024 || codePoints(v11) > 512)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
              for (const k12 in v7) n8--;
              if (n8 !== 0) {
                for (const k12 in v7) if (!(k12 === "customData" || k12 === "reasonCode" || k12 === "additionalInfo")) { if (c.soft(FV, "/getVariableResult/" + i3 + "/attributeStatusInfo/" + pointerToken(k12), UNKNOWN)) return; }
              }
            }
          }
          const v13 = v4["attributeStatus"];
          if (v13 === undefined) { if (c.fail(OCV, "/getVariableResult/" + i3 + "/attributeStatus", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v13 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/attributeStatus", NOT_STRING)) return; }
            else if (!isGetVariableStatusEnumType(v13)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/attributeStatus", "not a GetVariableStatusEnumType value")) return; }
          }
          const v14 = v4["attributeType"];
          if (v14 !== undefined) {
            n5++;
            if (typeof v14 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/attributeType", NOT_STRING)) return; }
            else if (!isAttributeEnumType(v14)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v15 = v4["attributeValue"];
          if (v15 !== undefined) {
            n5++;
            if (typeof v15 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/attributeValue", NOT_STRING)) return; }
            else if (v15.length > 2500 && (v15.length > 5000 || codePoints(v15) > 2500)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/attributeValue", "longer than maxLength 2500")) return; }
          }
          const v16 = v4["component"];
          if (v16 === undefined) { if (c.fail(OCV, "/getVariableResult/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v16 !== "object" || v16 === null || Array.isArray(v16)) { if (c.fail(TCV, "/getVariableResult/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n17 = 0;
              const v18 = v16["customData"];
              if (v18 !== undefined) {
                n17++;
                if (checkCustomDataType(v18, c, "/getVariableResult/" + i3 + "/component/customData")) return;
              }
              const v19 = v16["evse"];
              if (v19 !== undefined) {
                n17++;
                if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/getVariableResult/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n20 = 0;
                  const v21 = v19["customData"];
                  if (v21 !== undefined) {
                    n20++;
                    if (checkCustomDataType(v21, c, "/getVariableResult/" + i3 + "/component/evse/customData")) return;
                  }
                  const v22 = v19["id"];
                  if (v22 === undefined) { if (c.fail(OCV, "/getVariableResult/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n20++;
                    if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail(TCV, "/getVariableResult/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v23 = v19["connectorId"];
                  if (v23 !== undefined) {
                    n20++;
                    if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail(TCV, "/getVariableResult/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k24 in v19) n20--;
                  if (n20 !== 0) {
                    for (const k24 in v19) if (!(k24 === "customData" || k24 === "id" || k24 === "connectorId")) { if (c.soft(FV, "/getVariableResult/" + i3 + "/component/evse/" + pointerToken(k24), UNKNOWN)) return; }
                  }
                }
              }
              const v25 = v16["name"];
              if (v25 === undefined) { if (c.fail(OCV, "/getVariableResult/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n17++;
                if (typeof v25 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v25.length > 50 && (v25.length > 100 || codePoints(v25) > 50)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v26 = v16["instance"];
              if (v26 !== undefined) {
                n17++;
                if (typeof v26 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v26.length > 50 && (v26.length > 100 || codePoints(v26) > 50)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k27 in v16) n17--;
              if (n17 !== 0) {
                for (const k27 in v16) if (!(k27 === "customData" || k27 === "evse" || k27 === "name" || k27 === "instance")) { if (c.soft(FV, "/getVariableResult/" + i3 + "/component/" + pointerToken(k27), UNKNOWN)) return; }
              }
            }
          }
          const v28 = v4["variable"];
          if (v28 === undefined) { if (c.fail(OCV, "/getVariableResult/" + i3 + "/variable", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v28 !== "object" || v28 === null || Array.isArray(v28)) { if (c.fail(TCV, "/getVariableResult/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n29 = 0;
              const v30 = v28["customData"];
              if (v30 !== undefined) {
                n29++;
                if (checkCustomDataType(v30, c, "/getVariableResult/" + i3 + "/variable/customData")) return;
              }
              const v31 = v28["name"];
              if (v31 === undefined) { if (c.fail(OCV, "/getVariableResult/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n29++;
                if (typeof v31 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v31.length > 50 && (v31.length > 100 || codePoints(v31) > 50)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v32 = v28["instance"];
              if (v32 !== undefined) {
                n29++;
                if (typeof v32 !== "string") { if (c.fail(TCV, "/getVariableResult/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v32.length > 50 && (v32.length > 100 || codePoints(v32) > 50)) { if (c.soft(PCV, "/getVariableResult/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k33 in v28) n29--;
              if (n29 !== 0) {
                for (const k33 in v28) if (!(k33 === "customData" || k33 === "name" || k33 === "instance")) { if (c.soft(FV, "/getVariableResult/" + i3 + "/variable/" + pointerToken(k33), UNKNOWN)) return; }
              }
            }
          }
          for (const k34 in v4) n5--;
          if (n5 !== 0) {
            for (const k34 in v4) if (!(k34 === "customData" || k34 === "attributeStatusInfo" || k34 === "attributeStatus" || k34 === "attributeType" || k34 === "attributeValue" || k34 === "component" || k34 === "variable")) { if (c.soft(FV, "/getVariableResult/" + i3 + "/" + pointerToken(k34), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k35 in d) n0--;
  if (n0 !== 0) {
    for (const k35 in d) if (!(k35 === "customData" || k35 === "getVariableResult")) { if (c.soft(FV, "/" + pointerToken(k35), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail(TCV, "/meterValue/" + i4, NOT_OBJECT)) return; }
        else {
          let n6 = 0;
          const v7 = v5["customData"];
          if (v7 !== undefined) {
            n6++;
            if (checkCustomDataType(v7, c, "/meterValue/" + i4 + "/customData")) return;
          }
          const v8 = v5["sampledValue"];
          if (v8 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue", REQUIRED)) return; }
          else {
            n6++;
            if (!Array.isArray(v8)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue", NOT_ARRAY)) return; }
            else {
              if (v8.length < 1) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue", "fewer than minItems 1")) return; }
              for (let i9 = 0; i9 < v8.length; i9++) {
                const v10 = v8[i9];
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9, NOT_OBJECT)) return; }
                else {
                  let n11 = 0;
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    n11++;
                    if (checkCustomDataType(v12, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/customData")) return;
                  }
                  const v13 = v10["value"];
                  if (v13 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", REQUIRED)) return; }
                  else {
                    n11++;
                    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", NOT_NUMBER)) return; }
                  }
                  const v14 = v10["context"];
                  if (v14 !== undefined) {
                    n11++;
                    if (typeof v14 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", NOT_STRING)) return; }
                    else if (!isReadingContextEnumType(v14)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", "not a ReadingContextEnumType value")) return; }
                  }
                  const v15 = v10["measurand"];
                  if (v15 !== undefined) {
                    n11++;
                    if (typeof v15 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", NOT_STRING)) return; }
                    else if (!isMeasurandEnumType(v15)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", "not a MeasurandEnumType value")) return; }
                  }
                  const v16 = v10["phase"];
                  if (v16 !== undefined) {
                    n11++;
                    if (typeof v16 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", NOT_STRING)) return; }
                    else if (!isPhaseEnumType(v16)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", "not a PhaseEnumType value")) return; }
                  }
                  const v17 = v10["location"];
                  if (v17 !== undefined) {
                    n11++;
                    if (typeof v17 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", NOT_STRING)) return; }
                    else if (!isLocationEnumType(v17)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", "not a LocationEnumType value")) return; }
                  }
                  const v18 = v10["signedMeterValue"];
                  if (v18 !== undefined) {
                    n11++;
                    if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue", NOT_OBJECT)) return; }
                    else {
                      let n19 = 0;
                      const v20 = v18["customData"];
                      if (v20 !== undefined) {
                        n19++;
                        if (checkCustomDataType(v20, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/customData")) return;
                      }
                      const v21 = v18["signedMeterData"];
                      if (v21 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v21 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", NOT_STRING)) return; }
                        else if (v21.length > 2500 && (v21.length > 5000 || codePoints(v21) > 2500)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "longer than maxLength 2500")) return; }
                      }
                      const v22 = v18["signingMethod"];
                      if (v22 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v22 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", NOT_STRING)) return; }
                        else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "longer than maxLength 50")) return; }
                      }
                      const v23 = v18["encodingMethod"];
                      if (v23 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v23 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", NOT_STRING)) return; }
                        else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "longer than maxLength 50")) return; }
                      }
                      const v24 = v18["publicKey"];
                      if (v24 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v24 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", NOT_STRING)) return; }
                        else if (v24.length > 2500 && (v24.length > 5000 || codePoints(v24) > 2500)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "longer than maxLength 2500")) return; }
                      }
                      for (const k25 in v18) n19--;
                      if (n19 !== 0) {
                        for (const k25 in v18) if (!(k25 === "customData" || k25 === "signedMeterData" || k25 === "signingMethod" || k25 === "encodingMethod" || k25 === "publicKey")) { if (c.soft(FV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/" + pointerToken(k25), UNKNOWN)) return; }
                      }
                    }
                  }
                  const v26 = v10["unitOfMeasure"];
                  if (v26 !== undefined) {
                    n11++;
                    if (typeof v26 !== "object" || v26 === null || Array.isArray(v26)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure", NOT_OBJECT)) return; }
                    else {
                      let n27 = 0;
                      const v28 = v26["customData"];
                      if (v28 !== undefined) {
                        n27++;
                        if (checkCustomDataType(v28, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/customData")) return;
                      }
                      const v29 = v26["unit"];
                      if (v29 !== undefined) {
                        n27++;
                        if (typeof v29 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", NOT_STRING)) return; }
                        else if (v29.length > 20 && (v29.length > 40 || codePoints(v29) > 20)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", "longer than maxLength 20")) return; }
                      }
                      const v30 = v26["multiplier"];
                      if (v30 !== undefined) {
                        n27++;
                        if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/multiplier", NOT_INTEGER)) return; }
                      }
                      for (const k31 in v26) n27--;
                      if (n27 !== 0) {
                        for (const k31 in v26) if (!(k31 === "customData" || k31 === "unit" || k31 === "multiplier")) { if (c.soft(FV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/" + pointerToken(k31), UNKNOWN)) return; }
                      }
                    }
                  }
                  for (const k32 in v10) n11--;
                  if (n11 !== 0) {
                    for (const k32 in v10) if (!(k32 === "customData" || k32 === "value" || k32 === "context" || k32 === "measurand" || k32 === "phase" || k32 === "location" || k32 === "signedMeterValue" || k32 === "unitOfMeasure")) { if (c.soft(FV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/" + pointerToken(k32), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          const v33 = v5["timestamp"];
          if (v33 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/timestamp", REQUIRED)) return; }
          else {
            n6++;
            if (typeof v33 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/timestamp", NOT_STRING)) return; }
            else if (!isDateTime(v33)) { if (c.fail(PCV, "/meterValue/" + i4 + "/timestamp", NOT_DATE_TIME)) return; }
          }
          for (const k34 in v5) n6--;
          if (n6 !== 0) {
            for (const k34 in v5) if (!(k34 === "customData" || k34 === "sampledValue" || k34 === "timestamp")) { if (c.soft(FV, "/meterValue/" + i4 + "/" + pointerToken(k34), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k35 in d) n0--;
  if (n0 !== 0) {
    for (const k35 in d) if (!(k35 === "customData" || k35 === "evseId" || k35 === "meterValue")) { if (c.soft(FV, "/" + pointerToken(k35), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["chargingSchedule"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/chargingSchedule", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/chargingSchedule", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/chargingSchedule/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/chargingSchedule/" + i3 + "/customData")) return;
          }
          const v7 = v4["id"];
          if (v7 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/id", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/id", NOT_INTEGER)) return; }
          }
          const v8 = v4["startSchedule"];
          if (v8 !== undefined) {
            n5++;
            if (typeof v8 !== "string") { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/startSchedule", NOT_STRING)) return; }
            else if (!isDateTime(v8)) { if (c.fail(PCV, "/chargingSchedule/" + i3 + "/startSchedule", NOT_DATE_TIME)) return; }
          }
          const v9 = v4["duration"];
          if (v9 !== undefined) {
            n5++;
            if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/duration", NOT_INTEGER)) return; }
          }
          const v10 = v4["chargingRateUnit"];
          if (v10 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/chargingRateUnit", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v10 !== "string") { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/chargingRateUnit", NOT_STRING)) return; }
            else if (!isChargingRateUnitEnumType(v10)) { if (c.soft(PCV, "/chargingSchedule/" + i3 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
          }
          const v11 = v4["chargingSchedulePeriod"];
          if (v11 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", REQUIRED)) return; }
          else {
            n5++;
            if (!Array.isArray(v11)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", NOT_ARRAY)) return; }
            else if (v11.length > 1024) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
            else {
              if (v11.length < 1) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
              for (let i12 = 0; i12 < v11.length; i12++) {
                const v13 = v11[i12];
                if (typeof v13 !== "object" || v13 === null || Array.isArray(v13)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12, NOT_OBJECT)) return; }
                else {
                  let n14 = 0;
                  const v15 = v13["customData"];
                  if (v15 !== undefined) {
                    n14++;
                    if (checkCustomDataType(v15, c, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/customData")) return;
                  }
                  const v16 = v13["startPeriod"];
                  if (v16 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/startPeriod", REQUIRED)) return; }
                  else {
                    n14++;
                    if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/startPeriod", NOT_INTEGER)) return; }
                  }
                  const v17 = v13["limit"];
                  if (v17 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/limit", REQUIRED)) return; }
                  else {
                    n14++;
                    if (typeof v17 !== "number" || !Number.isFinite(v17)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/limit", NOT_NUMBER)) return; }
                  }
                  const v18 = v13["numberPhases"];
                  if (v18 !== undefined) {
                    n14++;
                    if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/numberPhases", NOT_INTEGER)) return; }
                  }
                  const v19 = v13["phaseToUse"];
                  if (v19 !== undefined) {
                    n14++;
                    if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/phaseToUse", NOT_INTEGER)) return; }
                  }
                  for (const k20 in v13) n14--;
                  if (n14 !== 0) {
                    for (const k20 in v13) if (!(k20 === "customData" || k20 === "startPeriod" || k20 === "limit" || k20 === "numberPhases" || k20 === "phaseToUse")) { if (c.soft(FV, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/" + pointerToken(k20), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          const v21 = v4["minChargingRate"];
          if (v21 !== undefined) {
            n5++;
            if (typeof v21 !== "number" || !Number.isFinite(v21)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/minChargingRate", NOT_NUMBER)) return; }
          }
          const v22 = v4["salesTariff"];
          if (v22 !== undefined) {
            n5++;
            if (typeof v22 !== "object" || v22 === null || Array.isArray(v22)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff", NOT_OBJECT)) return; }
            else {
              let n23 = 0;
              const v24 = v22["customData"];
              if (v24 !== undefined) {
                n23++;
                if (checkCustomDataType(v24, c, "/chargingSchedule/" + i3 + "/salesTariff/customData")) return;
              }
              const v25 = v22["id"];
              if (v25 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/id", REQUIRED)) return; }
              else {
                n23++;
                if (typeof v25 !== "number" || !Number.isInteger(v25)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/id", NOT_INTEGER)) return; }
              }
              const v26 = v22["salesTariffDescription"];
              if (v26 !== undefined) {
                n23++;
                if (typeof v26 !== "string") { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffDescription", NOT_STRING)) return; }
                else if (v26.length > 32 && (v26.length > 64 || codePoints(v26) > 32)) { if (c.soft(PCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
              }
              const v27 = v22["numEPriceLevels"];
              if (v27 !== undefined) {
                n23++;
                if (typeof v27 !== "number" || !Number.isInteger(v27)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/numEPriceLevels", NOT_INTEGER)) return; }
              }
              const v28 = v22["salesTariffEntry"];
              if (v28 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", REQUIRED)) return; }
              else {
                n23++;
                if (!Array.isArray(v28)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", NOT_ARRAY)) return; }
                else if (v28.length > 1024) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                else {
                  if (v28.length < 1) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                  for (let i29 = 0; i29 < v28.length; i29++) {
                    const v30 = v28[i29];
                    if (typeof v30 !== "object" || v30 === null || Array.isArray(v30)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29, NOT_OBJECT)) return; }
                    else {
                      let n31 = 0;
                      const v32 = v30["customData"];
                      if (v32 !== undefined) {
                        n31++;
                        if (checkCustomDataType(v32, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/customData")) return;
                      }
                      const v33 = v30["relativeTimeInterval"];
                      if (v33 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/relativeTimeInterval", REQUIRED)) return; }
                      else {
                        n31++;
                        if (typeof v33 !== "object" || v33 === null || Array.isArray(v33)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/relativeTimeInterval", NOT_OBJECT)) return; }
                        else {
                          let n34 = 0;
                          const v35 = v33["customData"];
                          if (v35 !== undefined) {
                            n34++;
                            if (checkCustomDataType(v35, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/relativeTimeInterval/customData")) return;
                          }
                          const v36 = v33["start"];
                          if (v36 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/relativeTimeInterval/start", REQUIRED)) return; }
                          else {
                            n34++;
                            if (typeof v36 !== "number" || !Number.isInteger(v36)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/relativeTimeInterval/start", NOT_INTEGER)) return; }
                          }
                          const v37 = v33["duration"];
                          if (v37 !== undefined) {
                            n34++;
                            if (typeof v37 !== "number" || !Number.isInteger(v37)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/relativeTimeInterval/duration", NOT_INTEGER)) return; }
                          }
                          for (const k38 in v33) n34--;
                          if (n34 !== 0) {
                            for (const k38 in v33) if (!(k38 === "customData" || k38 === "start" || k38 === "duration")) { if (c.soft(FV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/relativeTimeInterval/" + pointerToken(k38), UNKNOWN)) return; }
                          }
                        }
                      }
                      const v39 = v30["ePriceLevel"];
                      if (v39 !== undefined) {
                        n31++;
                        if (typeof v39 !== "number" || !Number.isInteger(v39)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/ePriceLevel", NOT_INTEGER)) return; }
                        else {
                          if (v39 < 0) { if (c.fail(PCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/ePriceLevel", "below minimum 0")) return; }
                        }
                      }
                      const v40 = v30["consumptionCost"];
                      if (v40 !== undefined) {
                        n31++;
                        if (!Array.isArray(v40)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost", NOT_ARRAY)) return; }
                        else if (v40.length > 3) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost", "more than maxItems 3")) return; }
                        else {
                          if (v40.length < 1) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost", "fewer than minItems 1")) return; }
                          for (let i41 = 0; i41 < v40.length; i41++) {
                            const v42 = v40[i41];
                            if (typeof v42 !== "object" || v42 === null || Array.isArray(v42)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41, NOT_OBJECT)) return; }
                            else {
                              let n43 = 0;
                              const v44 = v42["customData"];
                              if (v44 !== undefined) {
                                n43++;
                                if (checkCustomDataType(v44, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/customData")) return;
                              }
                              const v45 = v42["startValue"];
                              if (v45 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/startValue", REQUIRED)) return; }
                              else {
                                n43++;
                                if (typeof v45 !== "number" || !Number.isFinite(v45)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/startValue", NOT_NUMBER)) return; }
                              }
                              const v46 = v42["cost"];
                              if (v46 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost", REQUIRED)) return; }
                              else {
                                n43++;
                                if (!Array.isArray(v46)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost", NOT_ARRAY)) return; }
                                else if (v46.length > 3) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost", "more than maxItems 3")) return; }
                                else {
                                  if (v46.length < 1) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost", "fewer than minItems 1")) return; }
                                  for (let i47 = 0; i47 < v46.length; i47++) {
                                    const v48 = v46[i47];
                                    if (typeof v48 !== "object" || v48 === null || Array.isArray(v48)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47, NOT_OBJECT)) return; }
                                    else {
                                      let n49 = 0;
                                      const v50 = v48["customData"];
                                      if (v50 !== undefined) {
                                        n49++;
                                        if (checkCustomDataType(v50, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/customData")) return;
                                      }
                                      const v51 = v48["costKind"];
                                      if (v51 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/costKind", REQUIRED)) return; }
                                      else {
                                        n49++;
                                        if (typeof v51 !== "string") { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/costKind", NOT_STRING)) return; }
                                        else if (!isCostKindEnumType(v51)) { if (c.soft(PCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/costKind", "not a CostKindEnumType value")) return; }
                                      }
                                      const v52 = v48["amount"];
                                      if (v52 === undefined) { if (c.fail(OCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/amount", REQUIRED)) return; }
                                      else {
                                        n49++;
                                        if (typeof v52 !== "number" || !Number.isInteger(v52)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/amount", NOT_INTEGER)) return; }
                                      }
                                      const v53 = v48["amountMultiplier"];
                                      if (v53 !== undefined) {
                                        n49++;
                                        if (typeof v53 !== "number" || !Number.isInteger(v53)) { if (c.fail(TCV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/amountMultiplier", NOT_INTEGER)) return; }
                                      }
                                      for (const k54 in v48) n49--;
                                      if (n49 !== 0) {
                                        for (const k54 in v48) if (!(k54 === "customData" || k54 === "costKind" || k54 === "amount" || k54 === "amountMultiplier")) { if (c.soft(FV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/cost/" + i47 + "/" + pointerToken(k54), UNKNOWN)) return; }
                                      }
                                    }
                                  }
                                }
                              }
                              for (const k55 in v42) n43--;
                              if (n43 !== 0) {
                                for (const k55 in v42) if (!(k55 === "customData" || k55 === "startValue" || k55 === "cost")) { if (c.soft(FV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/consumptionCost/" + i41 + "/" + pointerToken(k55), UNKNOWN)) return; }
                              }
                            }
                          }
                        }
                      }
                      for (const k56 in v30) n31--;
                      if (n31 !== 0) {
                        for (const k56 in v30) if (!(k56 === "customData" || k56 === "relativeTimeInterval" || k56 === "ePriceLevel" || k56 === "consumptionCost")) { if (c.soft(FV, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i29 + "/" + pointerToken(k56), UNKNOWN)) return; }
                      }
                    }
                  }
                }
              }
              for (const k57 in v22) n23--;
              if (n23 !== 0) {
                for (const k57 in v22) if (!(k57 === "customData" || k57 === "id" || k57 === "salesTariffDescription" || k57 === "numEPriceLevels" || k57 === "salesTariffEntry")) { if (c.soft(FV, "/chargingSchedule/" + i3 + "/salesTariff/" + pointerToken(k57), UNKNOWN)) return; }
              }
            }
          }
          for (const k58 in v4) n5--;
          if (n5 !== 0) {
            for (const k58 in v4) if (!(k58 === "customData" || k58 === "id" || k58 === "startSchedule" || k58 === "duration" || k58 === "chargingRateUnit" || k58 === "chargingSchedulePeriod" || k58 === "minChargingRate" || k58 === "salesTariff")) { if (c.soft(FV, "/chargingSchedule/" + i3 + "/" + pointerToken(k58), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v59 = d["evseId"];
  if (v59 !== undefined) {
    n0++;
    if (typeof v59 !== "number" || !Number.isInteger(v59)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v60 = d["chargingLimit"];
  if (v60 === undefined) { if (c.fail(OCV, "/chargingLimit", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v60 !== "object" || v60 === null || Array.isArray(v60)) { if (c.fail(TCV, "/chargingLimit", NOT_OBJECT)) return; }
    else {
      let n61 = 0;
      const v62 = v60["customData"];
      if (v62 !== undefined) {
        n61++;
        if (checkCustomDataType(v62, c, "/chargingLimit/customData")) return;
      }
      const v63 = v60["chargingLimitSource"];
      if (v63 === undefined) { if (c.fail(OCV, "/chargingLimit/chargingLimitSource", REQUIRED)) return; }
      else {
        n61++;
        if (typeof v63 !== "string") { if (c.fail(TCV, "/chargingLimit/chargingLimitSource", NOT_STRING)) return; }
        else if (!isChargingLimitSourceEnumType(v63)) { if (c.soft(PCV, "/chargingLimit/chargingLimitSource", "not a ChargingLimitSourceEnumType value")) return; }
      }
      const v64 = v60["isGridCritical"];
      if (v64 !== undefined) {
        n61++;
        if (typeof v64 !== "boolean") { if (c.fail(TCV, "/chargingLimit/isGridCritical", NOT_BOOLEAN)) return; }
      }
      for (const k65 in v60) n61--;
      if (n61 !== 0) {
        for (const k65 in v60) if (!(k65 === "customData" || k65 === "chargingLimitSource" || k65 === "isGridCritical")) { if (c.soft(FV, "/chargingLimit/" + pointerToken(k65), UNKNOWN)) return; }
      }
    }
  }
  for (const k66 in d) n0--;
  if (n0 !== 0) {
    for (const k66 in d) if (!(k66 === "customData" || k66 === "chargingSchedule" || k66 === "evseId" || k66 === "chargingLimit")) { if (c.soft(FV, "/" + pointerToken(k66), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["messageInfo"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/messageInfo", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/messageInfo", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/messageInfo/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/messageInfo/" + i3 + "/customData")) return;
          }
          const v7 = v4["display"];
          if (v7 !== undefined) {
            n5++;
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/messageInfo/" + i3 + "/display", NOT_OBJECT)) return; }
            else {
              let n8 = 0;
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                n8++;
                if (checkCustomDataType(v9, c, "/messageInfo/" + i3 + "/display/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                n8++;
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/messageInfo/" + i3 + "/display/evse", NOT_OBJECT)) return; }
                else {
                  let n11 = 0;
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    n11++;
                    if (checkCustomDataType(v12, c, "/messageInfo/" + i3 + "/display/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail(OCV, "/messageInfo/" + i3 + "/display/evse/id", REQUIRED)) return; }
                  else {
                    n11++;
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail(TCV, "/messageInfo/" + i3 + "/display/evse/id", NOT_INTEGER)) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    n11++;
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/messageInfo/" + i3 + "/display/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k15 in v10) n11--;
                  if (n11 !== 0) {
                    for (const k15 in v10) if (!(k15 === "customData" || k15 === "id" || k15 === "connectorId")) { if (c.soft(FV, "/messageInfo/" + i3 + "/display/evse/" + pointerToken(k15), UNKNOWN)) return; }
                  }
                }
              }
              const v16 = v7["name"];
              if (v16 === undefined) { if (c.fail(OCV, "/messageInfo/" + i3 + "/display/name", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v16 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/display/name", NOT_STRING)) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/display/name", "longer than maxLength 50")) return; }
              }
              const v17 = v7["instance"];
              if (v17 !== undefined) {
                n8++;
                if (typeof v17 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/display/instance", NOT_STRING)) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/display/instance", "longer than maxLength 50")) return; }
              }
              for (const k18 in v7) n8--;
              if (n8 !== 0) {
                for (const k18 in v7) if (!(k18 === "customData" || k18 === "evse" || k18 === "name" || k18 === "instance")) { if (c.soft(FV, "/messageInfo/" + i3 + "/display/" + pointerToken(k18), UNKNOWN)) return; }
              }
            }
          }
          const v19 = v4["id"];
          if (v19 === undefined) { if (c.fail(OCV, "/messageInfo/" + i3 + "/id", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail(TCV, "/messageInfo/" + i3 + "/id", NOT_INTEGER)) return; }
          }
          const v20 = v4["priority"];
          if (v20 === undefined) { if (c.fail(OCV, "/messageInfo/" + i3 + "/priority", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v20 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/priority", NOT_STRING)) return; }
            else if (!isMessagePriorityEnumType(v20)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/priority", "not a MessagePriorityEnumType value")) return; }
          }
          const v21 = v4["state"];
          if (v21 !== undefined) {
            n5++;
            if (typeof v21 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/state", NOT_STRING)) return; }
            else if (!isMessageStateEnumType(v21)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/state", "not a MessageStateEnumType value")) return; }
          }
          const v22 = v4["startDateTime"];
          if (v22 !== undefined) {
            n5++;
            if (typeof v22 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/startDateTime", NOT_STRING)) return; }
            else if (!isDateTime(v22)) { if (c.fail(PCV, "/messageInfo/" + i3 + "/startDateTime", NOT_DATE_TIME)) return; }
          }
          const v23 = v4["endDateTime"];
          if (v23 !== undefined) {
            n5++;
            if (typeof v23 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/endDateTime", NOT_STRING)) return; }
            else if (!isDateTime(v23)) { if (c.fail(PCV, "/messageInfo/" + i3 + "/endDateTime", NOT_DATE_TIME)) return; }
          }
          const v24 = v4["transactionId"];
          if (v24 !== undefined) {
            n5++;
            if (typeof v24 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/transactionId", NOT_STRING)) return; }
            else if (v24.length > 36 && (v24.length > 72 || codePoints(v24) > 36)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/transactionId", "longer than maxLength 36")) return; }
          }
          const v25 = v4["message"];
          if (v25 === undefined) { if (c.fail(OCV, "/messageInfo/" + i3 + "/message", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail(TCV, "/messageInfo/" + i3 + "/message", NOT_OBJECT)) return; }
            else {
              let n26 = 0;
              const v27 = v25["customData"];
              if (v27 !== undefined) {
                n26++;
                if (checkCustomDataType(v27, c, "/messageInfo/" + i3 + "/message/customData")) return;
              }
              const v28 = v25["format"];
              if (v28 === undefined) { if (c.fail(OCV, "/messageInfo/" + i3 + "/message/format", REQUIRED)) return; }
              else {
                n26++;
                if (typeof v28 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/message/format", NOT_STRING)) return; }
                else if (!isMessageFormatEnumType(v28)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/message/format", "not a MessageFormatEnumType value")) return; }
              }
              const v29 = v25["language"];
              if (v29 !== undefined) {
                n26++;
                if (typeof v29 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/message/language", NOT_STRING)) return; }
                else if (v29.length > 8 && (v29.length > 16 || codePoints(v29) > 8)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/message/language", "longer than maxLength 8")) return; }
              }
              const v30 = v25["content"];
              if (v30 === undefined) { if (c.fail(OCV, "/messageInfo/" + i3 + "/message/content", REQUIRED)) return; }
              else {
                n26++;
                if (typeof v30 !== "string") { if (c.fail(TCV, "/messageInfo/" + i3 + "/message/content", NOT_STRING)) return; }
                else if (v30.length > 512 && (v30.length > 1024 || codePoints(v30) > 512)) { if (c.soft(PCV, "/messageInfo/" + i3 + "/message/content", "longer than maxLength 512")) return; }
              }
              for (const k31 in v25) n26--;
              if (n26 !== 0) {
                for (const k31 in v25) if (!(k31 === "customData" || k31 === "format" || k31 === "language" || k31 === "content")) { if (c.soft(FV, "/messageInfo/" + i3 + "/message/" + pointerToken(k31), UNKNOWN)) return; }
              }
            }
          }
          for (const k32 in v4) n5--;
          if (n5 !== 0) {
            for (const k32 in v4) if (!(k32 === "customData" || k32 === "display" || k32 === "id" || k32 === "priority" || k32 === "state" || k32 === "startDateTime" || k32 === "endDateTime" || k32 === "transactionId" || k32 === "message")) { if (c.soft(FV, "/messageInfo/" + i3 + "/" + pointerToken(k32), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v33 = d["requestId"];
  if (v33 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v33 !== "number" || !Number.isInteger(v33)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v34 = d["tbc"];
  if (v34 !== undefined) {
    n0++;
    if (typeof v34 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  for (const k35 in d) n0--;
  if (n0 !== 0) {
    for (const k35 in d) if (!(k35 === "customData" || k35 === "messageInfo" || k35 === "requestId" || k35 === "tbc")) { if (c.soft(FV, "/" + pointerToken(k35), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/chargingNeeds", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/chargingNeeds/customData")) return;
      }
      const v6 = v3["acChargingParameters"];
      if (v6 !== undefined) {
        n4++;
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail(TCV, "/chargingNeeds/acChargingParameters", NOT_OBJECT)) return; }
        else {
          let n7 = 0;
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            n7++;
            if (checkCustomDataType(v8, c, "/chargingNeeds/acChargingParameters/customData")) return;
          }
          const v9 = v6["energyAmount"];
          if (v9 === undefined) { if (c.fail(OCV, "/chargingNeeds/acChargingParameters/energyAmount", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail(TCV, "/chargingNeeds/acChargingParameters/energyAmount", NOT_INTEGER)) return; }
          }
          const v10 = v6["evMinCurrent"];
          if (v10 === undefined) { if (c.fail(OCV, "/chargingNeeds/acChargingParameters/evMinCurrent", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail(TCV, "/chargingNeeds/acChargingParameters/evMinCurrent", NOT_INTEGER)) return; }
          }
          const v11 = v6["evMaxCurrent"];
          if (v11 === undefined) { if (c.fail(OCV, "/chargingNeeds/acChargingParameters/evMaxCurrent", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/chargingNeeds/acChargingParameters/evMaxCurrent", NOT_INTEGER)) return; }
          }
          const v12 = v6["evMaxVoltage"];
          if (v12 === undefined) { if (c.fail(OCV, "/chargingNeeds/acChargingParameters/evMaxVoltage", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail(TCV, "/chargingNeeds/acChargingParameters/evMaxVoltage", NOT_INTEGER)) return; }
          }
          for (const k13 in v6) n7--;
          if (n7 !== 0) {
            for (const k13 in v6) if (!(k13 === "customData" || k13 === "energyAmount" || k13 === "evMinCurrent" || k13 === "evMaxCurrent" || k13 === "evMaxVoltage")) { if (c.soft(FV, "/chargingNeeds/acChargingParameters/" + pointerToken(k13), UNKNOWN)) return; }
          }
        }
      }
      const v14 = v3["dcChargingParameters"];
      if (v14 !== undefined) {
        n4++;
        if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters", NOT_OBJECT)) return; }
        else {
          let n15 = 0;
          const v16 = v14["customData"];
          if (v16 !== undefined) {
            n15++;
            if (checkCustomDataType(v16, c, "/chargingNeeds/dcChargingParameters/customData")) return;
          }
          const v17 = v14["evMaxCurrent"];
          if (v17 === undefined) { if (c.fail(OCV, "/chargingNeeds/dcChargingParameters/evMaxCurrent", REQUIRED)) return; }
          else {
            n15++;
            if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/evMaxCurrent", NOT_INTEGER)) return; }
          }
          const v18 = v14["evMaxVoltage"];
          if (v18 === undefined) { if (c.fail(OCV, "/chargingNeeds/dcChargingParameters/evMaxVoltage", REQUIRED)) return; }
          else {
            n15++;
            if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/evMaxVoltage", NOT_INTEGER)) return; }
          }
          const v19 = v14["energyAmount"];
          if (v19 !== undefined) {
            n15++;
            if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/energyAmount", NOT_INTEGER)) return; }
          }
          const v20 = v14["evMaxPower"];
          if (v20 !== undefined) {
            n15++;
            if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/evMaxPower", NOT_INTEGER)) return; }
          }
          const v21 = v14["stateOfCharge"];
          if (v21 !== undefined) {
            n15++;
            if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/stateOfCharge", NOT_INTEGER)) return; }
            else {
              if (v21 < 0) { if (c.fail(PCV, "/chargingNeeds/dcChargingParameters/stateOfCharge", "below minimum 0")) return; }
              if (v21 > 100) { if (c.fail(PCV, "/chargingNeeds/dcChargingParameters/stateOfCharge", "above maximum 100")) return; }
            }
          }
          const v22 = v14["evEnergyCapacity"];
          if (v22 !== undefined) {
            n15++;
            if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/evEnergyCapacity", NOT_INTEGER)) return; }
          }
          const v23 = v14["fullSoC"];
          if (v23 !== undefined) {
            n15++;
            if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/fullSoC", NOT_INTEGER)) return; }
            else {
              if (v23 < 0) { if (c.fail(PCV, "/chargingNeeds/dcChargingParameters/fullSoC", "below minimum 0")) return; }
              if (v23 > 100) { if (c.fail(PCV, "/chargingNeeds/dcChargingParameters/fullSoC", "above maximum 100")) return; }
            }
          }
          const v24 = v14["bulkSoC"];
          if (v24 !== undefined) {
            n15++;
            if (typeof v24 !== "number" || !Number.isInteger(v24)) { if (c.fail(TCV, "/chargingNeeds/dcChargingParameters/bulkSoC", NOT_INTEGER)) return; }
            else {
              if (v24 < 0) { if (c.fail(PCV, "/chargingNeeds/dcChargingParameters/bulkSoC", "below minimum 0")) return; }
              if (v24 > 100) { if (c.fail(PCV, "/chargingNeeds/dcChargingParameters/bulkSoC", "above maximum 100")) return; }
            }
          }
          for (const k25 in v14) n15--;
          if (n15 !== 0) {
            for (const k25 in v14) if (!(k25 === "customData" || k25 === "evMaxCurrent" || k25 === "evMaxVoltage" || k25 === "energyAmount" || k25 === "evMaxPower" || k25 === "stateOfCharge" || k25 === "evEnergyCapacity" || k25 === "fullSoC" || k25 === "bulkSoC")) { if (c.soft(FV, "/chargingNeeds/dcChargingParameters/" + pointerToken(k25), UNKNOWN)) return; }
          }
        }
      }
      const v26 = v3["requestedEnergyTransfer"];
      if (v26 === undefined) { if (c.fail(OCV, "/chargingNeeds/requestedEnergyTransfer", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v26 !== "string") { if (c.fail(TCV, "/chargingNeeds/requestedEnergyTransfer", NOT_STRING)) return; }
        else if (!isEnergyTransferModeEnumType(v26)) { if (c.soft(PCV, "/chargingNeeds/requestedEnergyTransfer", "not a EnergyTransferModeEnumType value")) return; }
      }
      const v27 = v3["departureTime"];
      if (v27 !== undefined) {
        n4++;
        if (typeof v27 !== "string") { if (c.fail(TCV, "/chargingNeeds/departureTime", NOT_STRING)) return; }
        else if (!isDateTime(v27)) { if (c.fail(PCV, "/chargingNeeds/departureTime", NOT_DATE_TIME)) return; }
      }
      for (const k28 in v3) n4--;
      if (n4 !== 0) {
        for (const k28 in v3) if (!(k28 === "customData" || k28 === "acChargingParameters" || k28 === "dcChargingParameters" || k28 === "requestedEnergyTransfer" || k28 === "departureTime")) { if (c.soft(FV, "/chargingNeeds/" + pointerToken(k28), UNKNOWN)) return; }
      }
    }
  }
  const v29 = d["evseId"];
  if (v29 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v29 !== "number" || !Number.isInteger(v29)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k30 in d) n0--;
  if (n0 !== 0) {
    for (const k30 in d) if (!(k30 === "customData" || k30 === "maxScheduleTuples" || k30 === "chargingNeeds" || k30 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k30), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/chargingSchedule", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/chargingSchedule/customData")) return;
      }
      const v6 = v3["id"];
      if (v6 === undefined) { if (c.fail(OCV, "/chargingSchedule/id", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/chargingSchedule/id", NOT_INTEGER)) return; }
      }
      const v7 = v3["startSchedule"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/chargingSchedule/startSchedule", NOT_STRING)) return; }
        else if (!isDateTime(v7)) { if (c.fail(PCV, "/chargingSchedule/startSchedule", NOT_DATE_TIME)) return; }
      }
      const v8 = v3["duration"];
      if (v8 !== undefined) {
        n4++;
        if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail(TCV, "/chargingSchedule/duration", NOT_INTEGER)) return; }
      }
      const v9 = v3["chargingRateUnit"];
      if (v9 === undefined) { if (c.fail(OCV, "/chargingSchedule/chargingRateUnit", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v9 !== "string") { if (c.fail(TCV, "/chargingSchedule/chargingRateUnit", NOT_STRING)) return; }
        else if (!isChargingRateUnitEnumType(v9)) { if (c.soft(PCV, "/chargingSchedule/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
      }
      const v10 = v3["chargingSchedulePeriod"];
      if (v10 === undefined) { if (c.fail(OCV, "/chargingSchedule/chargingSchedulePeriod", REQUIRED)) return; }
      else {
        n4++;
        if (!Array.isArray(v10)) { if (c.fail(TCV, "/chargingSchedule/chargingSchedulePeriod", NOT_ARRAY)) return; }
        else if (v10.length > 1024) { if (c.fail(OCV, "/chargingSchedule/chargingSchedulePeriod", "more than maxItems 1024")) return; }
        else {
          if (v10.length < 1) { if (c.fail(OCV, "/chargingSchedule/chargingSchedulePeriod", "fewer than minItems 1")) return; }
          for (let i11 = 0; i11 < v10.length; i11++) {
            const v12 = v10[i11];
            if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail(TCV, "/chargingSchedule/chargingSchedulePeriod/" + i11, NOT_OBJECT)) return; }
            else {
              let n13 = 0;
              const v14 = v12["customData"];
              if (v14 !== undefined) {
                n13++;
                if (checkCustomDataType(v14, c, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/customData")) return;
              }
              const v15 = v12["startPeriod"];
              if (v15 === undefined) { if (c.fail(OCV, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/startPeriod", REQUIRED)) return; }
              else {
                n13++;
                if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail(TCV, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/startPeriod", NOT_INTEGER)) return; }
              }
              const v16 = v12["limit"];
              if (v16 === undefined) { if (c.fail(OCV, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/limit", REQUIRED)) return; }
              else {
                n13++;
                if (typeof v16 !== "number" || !Number.isFinite(v16)) { if (c.fail(TCV, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/limit", NOT_NUMBER)) return; }
              }
              const v17 = v12["numberPhases"];
              if (v17 !== undefined) {
                n13++;
                if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail(TCV, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/numberPhases", NOT_INTEGER)) return; }
              }
              const v18 = v12["phaseToUse"];
              if (v18 !== undefined) {
                n13++;
                if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail(TCV, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/phaseToUse", NOT_INTEGER)) return; }
              }
              for (const k19 in v12) n13--;
              if (n13 !== 0) {
                for (const k19 in v12) if (!(k19 === "customData" || k19 === "startPeriod" || k19 === "limit" || k19 === "numberPhases" || k19 === "phaseToUse")) { if (c.soft(FV, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/" + pointerToken(k19), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v20 = v3["minChargingRate"];
      if (v20 !== undefined) {
        n4++;
        if (typeof v20 !== "number" || !Number.isFinite(v20)) { if (c.fail(TCV, "/chargingSchedule/minChargingRate", NOT_NUMBER)) return; }
      }
      const v21 = v3["salesTariff"];
      if (v21 !== undefined) {
        n4++;
        if (typeof v21 !== "object" || v21 === null || Array.isArray(v21)) { if (c.fail(TCV, "/chargingSchedule/salesTariff", NOT_OBJECT)) return; }
        else {
          let n22 = 0;
          const v23 = v21["customData"];
          if (v23 !== undefined) {
            n22++;
            if (checkCustomDataType(v23, c, "/chargingSchedule/salesTariff/customData")) return;
          }
          const v24 = v21["id"];
          if (v24 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/id", REQUIRED)) return; }
          else {
            n22++;
            if (typeof v24 !== "number" || !Number.isInteger(v24)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/id", NOT_INTEGER)) return; }
          }
          const v25 = v21["salesTariffDescription"];
          if (v25 !== undefined) {
            n22++;
            if (typeof v25 !== "string") { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffDescription", NOT_STRING)) return; }
            else if (v25.length > 32 && (v25.length > 64 || codePoints(v25) > 32)) { if (c.soft(PCV, "/chargingSchedule/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
          }
          const v26 = v21["numEPriceLevels"];
          if (v26 !== undefined) {
            n22++;
            if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/numEPriceLevels", NOT_INTEGER)) return; }
          }
          const v27 = v21["salesTariffEntry"];
          if (v27 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry", REQUIRED)) return; }
          else {
            n22++;
            if (!Array.isArray(v27)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry", NOT_ARRAY)) return; }
            else if (v27.length > 1024) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
            else {
              if (v27.length < 1) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
              for (let i28 = 0; i28 < v27.length; i28++) {
                const v29 = v27[i28];
                if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28, NOT_OBJECT)) return; }
                else {
                  let n30 = 0;
                  const v31 = v29["customData"];
                  if (v31 !== undefined) {
                    n30++;
                    if (checkCustomDataType(v31, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/customData")) return;
                  }
                  const v32 = v29["relativeTimeInterval"];
                  if (v32 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval", REQUIRED)) return; }
                  else {
                    n30++;
                    if (typeof v32 !== "object" || v32 === null || Array.isArray(v32)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval", NOT_OBJECT)) return; }
                    else {
                      let n33 = 0;
                      const v34 = v32["customData"];
                      if (v34 !== undefined) {
                        n33++;
                        if (checkCustomDataType(v34, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/customData")) return;
                      }
                      const v35 = v32["start"];
                      if (v35 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/start", REQUIRED)) return; }
                      else {
                        n33++;
                        if (typeof v35 !== "number" || !Number.isInteger(v35)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/start", NOT_INTEGER)) return; }
                      }
                      const v36 = v32["duration"];
                      if (v36 !== undefined) {
                        n33++;
                        if (typeof v36 !== "number" || !Number.isInteger(v36)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/duration", NOT_INTEGER)) return; }
                      }
                      for (const k37 in v32) n33--;
                      if (n33 !== 0) {
                        for (const k37 in v32) if (!(k37 === "customData" || k37 === "start" || k37 === "duration")) { if (c.soft(FV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/" + pointerToken(k37), UNKNOWN)) return; }
                      }
                    }
                  }
                  const v38 = v29["ePriceLevel"];
                  if (v38 !== undefined) {
                    n30++;
                    if (typeof v38 !== "number" || !Number.isInteger(v38)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/ePriceLevel", NOT_INTEGER)) return; }
                    else {
                      if (v38 < 0) { if (c.fail(PCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/ePriceLevel", "below minimum 0")) return; }
                    }
                  }
                  const v39 = v29["consumptionCost"];
                  if (v39 !== undefined) {
                    n30++;
                    if (!Array.isArray(v39)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost", NOT_ARRAY)) return; }
                    else if (v39.length > 3) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost", "more than maxItems 3")) return; }
                    else {
                      if (v39.length < 1) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost", "fewer than minItems 1")) return; }
                      for (let i40 = 0; i40 < v39.length; i40++) {
                        const v41 = v39[i40];
                        if (typeof v41 !== "object" || v41 === null || Array.isArray(v41)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40, NOT_OBJECT)) return; }
                        else {
                          let n42 = 0;
                          const v43 = v41["customData"];
                          if (v43 !== undefined) {
                            n42++;
                            if (checkCustomDataType(v43, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/customData")) return;
                          }
                          const v44 = v41["startValue"];
                          if (v44 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/startValue", REQUIRED)) return; }
                          else {
                            n42++;
                            if (typeof v44 !== "number" || !Number.isFinite(v44)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/startValue", NOT_NUMBER)) return; }
                          }
                          const v45 = v41["cost"];
                          if (v45 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost", REQUIRED)) return; }
                          else {
                            n42++;
                            if (!Array.isArray(v45)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost", NOT_ARRAY)) return; }
                            else if (v45.length > 3) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost", "more than maxItems 3")) return; }
                            else {
                              if (v45.length < 1) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost", "fewer than minItems 1")) return; }
                              for (let i46 = 0; i46 < v45.length; i46++) {
                                const v47 = v45[i46];
                                if (typeof v47 !== "object" || v47 === null || Array.isArray(v47)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46, NOT_OBJECT)) return; }
                                else {
                                  let n48 = 0;
                                  const v49 = v47["customData"];
                                  if (v49 !== undefined) {
                                    n48++;
                                    if (checkCustomDataType(v49, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/customData")) return;
                                  }
                                  const v50 = v47["costKind"];
                                  if (v50 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/costKind", REQUIRED)) return; }
                                  else {
                                    n48++;
                                    if (typeof v50 !== "string") { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/costKind", NOT_STRING)) return; }
                                    else if (!isCostKindEnumType(v50)) { if (c.soft(PCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/costKind", "not a CostKindEnumType value")) return; }
                                  }
                                  const v51 = v47["amount"];
                                  if (v51 === undefined) { if (c.fail(OCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/amount", REQUIRED)) return; }
                                  else {
                                    n48++;
                                    if (typeof v51 !== "number" || !Number.isInteger(v51)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/amount", NOT_INTEGER)) return; }
                                  }
                                  const v52 = v47["amountMultiplier"];
                                  if (v52 !== undefined) {
                                    n48++;
                                    if (typeof v52 !== "number" || !Number.isInteger(v52)) { if (c.fail(TCV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/amountMultiplier", NOT_INTEGER)) return; }
                                  }
                                  for (const k53 in v47) n48--;
                                  if (n48 !== 0) {
                                    for (const k53 in v47) if (!(k53 === "customData" || k53 === "costKind" || k53 === "amount" || k53 === "amountMultiplier")) { if (c.soft(FV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/cost/" + i46 + "/" + pointerToken(k53), UNKNOWN)) return; }
                                  }
                                }
                              }
                            }
                          }
                          for (const k54 in v41) n42--;
                          if (n42 !== 0) {
                            for (const k54 in v41) if (!(k54 === "customData" || k54 === "startValue" || k54 === "cost")) { if (c.soft(FV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i40 + "/" + pointerToken(k54), UNKNOWN)) return; }
                          }
                        }
                      }
                    }
                  }
                  for (const k55 in v29) n30--;
                  if (n30 !== 0) {
                    for (const k55 in v29) if (!(k55 === "customData" || k55 === "relativeTimeInterval" || k55 === "ePriceLevel" || k55 === "consumptionCost")) { if (c.soft(FV, "/chargingSchedule/salesTariff/salesTariffEntry/" + i28 + "/" + pointerToken(k55), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          for (const k56 in v21) n22--;
          if (n22 !== 0) {
            for (const k56 in v21) if (!(k56 === "customData" || k56 === "id" || k56 === "salesTariffDescription" || k56 === "numEPriceLevels" || k56 === "salesTariffEntry")) { if (c.soft(FV, "/chargingSchedule/salesTariff/" + pointerToken(k56), UNKNOWN)) return; }
          }
        }
      }
      for (const k57 in v3) n4--;
      if (n4 !== 0) {
        for (const k57 in v3) if (!(k57 === "customData" || k57 === "id" || k57 === "startSchedule" || k57 === "duration" || k57 === "chargingRateUnit" || k57 === "chargingSchedulePeriod" || k57 === "minChargingRate" || k57 === "salesTariff")) { if (c.soft(FV, "/chargingSchedule/" + pointerToken(k57), UNKNOWN)) return; }
      }
    }
  }
  const v58 = d["evseId"];
  if (v58 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v58 !== "number" || !Number.isInteger(v58)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k59 in d) n0--;
  if (n0 !== 0) {
    for (const k59 in d) if (!(k59 === "customData" || k59 === "timeBase" || k59 === "chargingSchedule" || k59 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k59), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/eventData/" + i6, NOT_OBJECT)) return; }
        else {
          let n8 = 0;
          const v9 = v7["customData"];
          if (v9 !== undefined) {
            n8++;
            if (checkCustomDataType(v9, c, "/eventData/" + i6 + "/customData")) return;
          }
          const v10 = v7["eventId"];
          if (v10 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/eventId", REQUIRED)) return; }
          else {
            n8++;
            if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail(TCV, "/eventData/" + i6 + "/eventId", NOT_INTEGER)) return; }
          }
          const v11 = v7["timestamp"];
          if (v11 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/timestamp", REQUIRED)) return; }
          else {
            n8++;
            if (typeof v11 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/timestamp", NOT_STRING)) return; }
            else if (!isDateTime(v11)) { if (c.fail(PCV, "/eventData/" + i6 + "/timestamp", NOT_DATE_TIME)) return; }
          }
          const v12 = v7["trigger"];
          if (v12 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/trigger", REQUIRED)) return; }
          else {
            n8++;
            if (typeof v12 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/trigger", NOT_STRING)) return; }
            else if (!isEventTriggerEnumType(v12)) { if (c.soft(PCV, "/eventData/" + i6 + "/trigger", "not a EventTriggerEnumType value")) return; }
          }
          const v13 = v7["cause"];
          if (v13 !== undefined) {
            n8++;
            if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail(TCV, "/eventData/" + i6 + "/cause", NOT_INTEGER)) return; }
          }
          const v14 = v7["actualValue"];
          if (v14 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/actualValue", REQUIRED)) return; }
          else {
            n8++;
            if (typeof v14 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/actualValue", NOT_STRING)) return; }
            else if (v14.length > 2500 && (v14.length > 5000 || codePoints(v14) > 2500)) { if (c.soft(PCV, "/eventData/" + i6 + "/actualValue", "longer than maxLength 2500")) return; }
          }
          const v15 = v7["techCode"];
          if (v15 !== undefined) {
            n8++;
            if (typeof v15 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/techCode", NOT_STRING)) return; }
            else if (v15.length > 50 && (v15.length > 100 || codePoints(v15) > 50)) { if (c.soft(PCV, "/eventData/" + i6 + "/techCode", "longer than maxLength 50")) return; }
          }
          const v16 = v7["techInfo"];
          if (v16 !== undefined) {
            n8++;
            if (typeof v16 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/techInfo", NOT_STRING)) return; }
            else if (v16.length > 500 && (v16.length > 1000 || codePoints(v16) > 500)) { if (c.soft(PCV, "/eventData/" + i6 + "/techInfo", "longer than maxLength 500")) return; }
          }
          const v17 = v7["cleared"];
          if (v17 !== undefined) {
            n8++;
            if (typeof v17 !== "boolean") { if (c.fail(TCV, "/eventData/" + i6 + "/cleared", NOT_BOOLEAN)) return; }
          }
          const v18 = v7["transactionId"];
          if (v18 !== undefined) {
            n8++;
            if (typeof v18 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/transactionId", NOT_STRING)) return; }
            else if (v18.length > 36 && (v18.length > 72 || codePoints(v18) > 36)) { if (c.soft(PCV, "/eventData/" + i6 + "/transactionId", "longer than maxLength 36")) return; }
          }
          const v19 = v7["component"];
          if (v19 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/component", REQUIRED)) return; }
          else {
            n8++;
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/eventData/" + i6 + "/component", NOT_OBJECT)) return; }
            else {
              let n20 = 0;
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                n20++;
                if (checkCustomDataType(v21, c, "/eventData/" + i6 + "/component/customData")) return;
              }
              const v22 = v19["evse"];
              if (v22 !== undefined) {
                n20++;
                if (typeof v22 !== "object" || v22 === null || Array.isArray(v22)) { if (c.fail(TCV, "/eventData/" + i6 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n23 = 0;
                  const v24 = v22["customData"];
                  if (v24 !== undefined) {
                    n23++;
                    if (checkCustomDataType(v24, c, "/eventData/" + i6 + "/component/evse/customData")) return;
                  }
                  const v25 = v22["id"];
                  if (v25 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n23++;
                    if (typeof v25 !== "number" || !Number.isInteger(v25)) { if (c.fail(TCV, "/eventData/" + i6 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v26 = v22["connectorId"];
                  if (v26 !== undefined) {
                    n23++;
                    if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail(TCV, "/eventData/" + i6 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k27 in v22) n23--;
                  if (n23 !== 0) {
                    for (const k27 in v22) if (!(k27 === "customData" || k27 === "id" || k27 === "connectorId")) { if (c.soft(FV, "/eventData/" + i6 + "/component/evse/" + pointerToken(k27), UNKNOWN)) return; }
                  }
                }
              }
              const v28 = v19["name"];
              if (v28 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/component/name", REQUIRED)) return; }
              else {
                n20++;
                if (typeof v28 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/component/name", NOT_STRING)) return; }
                else if (v28.length > 50 && (v28.length > 100 || codePoints(v28) > 50)) { if (c.soft(PCV, "/eventData/" + i6 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v29 = v19["instance"];
              if (v29 !== undefined) {
                n20++;
                if (typeof v29 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/component/instance", NOT_STRING)) return; }
                else if (v29.length > 50 && (v29.length > 100 || codePoints(v29) > 50)) { if (c.soft(PCV, "/eventData/" + i6 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k30 in v19) n20--;
              if (n20 !== 0) {
                for (const k30 in v19) if (!(k30 === "customData" || k30 === "evse" || k30 === "name" || k30 === "instance")) { if (c.soft(FV, "/eventData/" + i6 + "/component/" + pointerToken(k30), UNKNOWN)) return; }
              }
            }
          }
          const v31 = v7["variableMonitoringId"];
          if (v31 !== undefined) {
            n8++;
            if (typeof v31 !== "number" || !Number.isInteger(v31)) { if (c.fail(TCV, "/eventData/" + i6 + "/variableMonitoringId", NOT_INTEGER)) return; }
          }
          const v32 = v7["eventNotificationType"];
          if (v32 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/eventNotificationType", REQUIRED)) return; }
          else {
            n8++;
            if (typeof v32 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/eventNotificationType", NOT_STRING)) return; }
            else if (!isEventNotificationEnumType(v32)) { if (c.soft(PCV, "/eventData/" + i6 + "/eventNotificationType", "not a EventNotificationEnumType value")) return; }
          }
          const v33 = v7["variable"];
          if (v33 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/variable", REQUIRED)) return; }
          else {
            n8++;
            if (typeof v33 !== "object" || v33 === null || Array.isArray(v33)) { if (c.fail(TCV, "/eventData/" + i6 + "/variable", NOT_OBJECT)) return; }
            else {
              let n34 = 0;
              const v35 = v33["customData"];
              if (v35 !== undefined) {
                n34++;
                if (checkCustomDataType(v35, c, "/eventData/" + i6 + "/variable/customData")) return;
              }
              const v36 = v33["name"];
              if (v36 === undefined) { if (c.fail(OCV, "/eventData/" + i6 + "/variable/name", REQUIRED)) return; }
              else {
                n34++;
                if (typeof v36 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/variable/name", NOT_STRING)) return; }
                else if (v36.length > 50 && (v36.length > 100 || codePoints(v36) > 50)) { if (c.soft(PCV, "/eventData/" + i6 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v37 = v33["instance"];
              if (v37 !== undefined) {
                n34++;
                if (typeof v37 !== "string") { if (c.fail(TCV, "/eventData/" + i6 + "/variable/instance", NOT_STRING)) return; }
                else if (v37.length > 50 && (v37.length > 100 || codePoints(v37) > 50)) { if (c.soft(PCV, "/eventData/" + i6 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k38 in v33) n34--;
              if (n34 !== 0) {
                for (const k38 in v33) if (!(k38 === "customData" || k38 === "name" || k38 === "instance")) { if (c.soft(FV, "/eventData/" + i6 + "/variable/" + pointerToken(k38), UNKNOWN)) return; }
              }
            }
          }
          for (const k39 in v7) n8--;
          if (n8 !== 0) {
            for (const k39 in v7) if (!(k39 === "customData" || k39 === "eventId" || k39 === "timestamp" || k39 === "trigger" || k39 === "cause" || k39 === "actualValue" || k39 === "techCode" || k39 === "techInfo" || k39 === "cleared" || k39 === "transactionId" || k39 === "component" || k39 === "variableMonitoringId" || k39 === "eventNotificationType" || k39 === "variable")) { if (c.soft(FV, "/eventData/" + i6 + "/" + pointerToken(k39), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k40 in d) n0--;
  if (n0 !== 0) {
    for (const k40 in d) if (!(k40 === "customData" || k40 === "generatedAt" || k40 === "tbc" || k40 === "seqNo" || k40 === "eventData")) { if (c.soft(FV, "/" + pointerToken(k40), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["monitor"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/monitor", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/monitor", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/monitor/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/monitor/" + i3 + "/customData")) return;
          }
          const v7 = v4["component"];
          if (v7 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/monitor/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n8 = 0;
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                n8++;
                if (checkCustomDataType(v9, c, "/monitor/" + i3 + "/component/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                n8++;
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/monitor/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n11 = 0;
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    n11++;
                    if (checkCustomDataType(v12, c, "/monitor/" + i3 + "/component/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n11++;
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail(TCV, "/monitor/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    n11++;
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail(TCV, "/monitor/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k15 in v10) n11--;
                  if (n11 !== 0) {
                    for (const k15 in v10) if (!(k15 === "customData" || k15 === "id" || k15 === "connectorId")) { if (c.soft(FV, "/monitor/" + i3 + "/component/evse/" + pointerToken(k15), UNKNOWN)) return; }
                  }
                }
              }
              const v16 = v7["name"];
              if (v16 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v16 !== "string") { if (c.fail(TCV, "/monitor/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft(PCV, "/monitor/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v17 = v7["instance"];
              if (v17 !== undefined) {
                n8++;
                if (typeof v17 !== "string") { if (c.fail(TCV, "/monitor/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft(PCV, "/monitor/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k18 in v7) n8--;
              if (n8 !== 0) {
                for (const k18 in v7) if (!(k18 === "customData" || k18 === "evse" || k18 === "name" || k18 === "instance")) { if (c.soft(FV, "/monitor/" + i3 + "/component/" + pointerToken(k18), UNKNOWN)) return; }
              }
            }
          }
          const v19 = v4["variable"];
          if (v19 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variable", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/monitor/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n20 = 0;
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                n20++;
                if (checkCustomDataType(v21, c, "/monitor/" + i3 + "/variable/customData")) return;
              }
              const v22 = v19["name"];
              if (v22 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n20++;
                if (typeof v22 !== "string") { if (c.fail(TCV, "/monitor/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft(PCV, "/monitor/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v23 = v19["instance"];
              if (v23 !== undefined) {
                n20++;
                if (typeof v23 !== "string") { if (c.fail(TCV, "/monitor/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft(PCV, "/monitor/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k24 in v19) n20--;
              if (n20 !== 0) {
                for (const k24 in v19) if (!(k24 === "customData" || k24 === "name" || k24 === "instance")) { if (c.soft(FV, "/monitor/" + i3 + "/variable/" + pointerToken(k24), UNKNOWN)) return; }
              }
            }
          }
          const v25 = v4["variableMonitoring"];
          if (v25 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variableMonitoring", REQUIRED)) return; }
          else {
            n5++;
            if (!Array.isArray(v25)) { if (c.fail(TCV, "/monitor/" + i3 + "/variableMonitoring", NOT_ARRAY)) return; }
            else {
              if (v25.length < 1) { if (c.fail(OCV, "/monitor/" + i3 + "/variableMonitoring", "fewer than minItems 1")) return; }
              for (let i26 = 0; i26 < v25.length; i26++) {
                const v27 = v25[i26];
                if (typeof v27 !== "object" || v27 === null || Array.isArray(v27)) { if (c.fail(TCV, "/monitor/" + i3 + "/variableMonitoring/" + i26, NOT_OBJECT)) return; }
                else {
                  let n28 = 0;
                  const v29 = v27["customData"];
                  if (v29 !== undefined) {
                    n28++;
                    if (checkCustomDataType(v29, c, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/customData")) return;
                  }
                  const v30 = v27["id"];
                  if (v30 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/id", REQUIRED)) return; }
                  else {
                    n28++;
                    if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail(TCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/id", NOT_INTEGER)) return; }
                  }
                  const v31 = v27["transaction"];
                  if (v31 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/transaction", REQUIRED)) return; }
                  else {
                    n28++;
                    if (typeof v31 !== "boolean") { if (c.fail(TCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/transaction", NOT_BOOLEAN)) return; }
                  }
                  const v32 = v27["value"];
                  if (v32 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/value", REQUIRED)) return; }
                  else {
                    n28++;
                    if (typeof v32 !== "number" || !Number.isFinite(v32)) { if (c.fail(TCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/value", NOT_NUMBER)) return; }
                  }
                  const v33 = v27["type"];
                  if (v33 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/type", REQUIRED)) return; }
                  else {
                    n28++;
                    if (typeof v33 !== "string") { if (c.fail(TCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/type", NOT_STRING)) return; }
                    else if (!isMonitorEnumType(v33)) { if (c.soft(PCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/type", "not a MonitorEnumType value")) return; }
                  }
                  const v34 = v27["severity"];
                  if (v34 === undefined) { if (c.fail(OCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/severity", REQUIRED)) return; }
                  else {
                    n28++;
                    if (typeof v34 !== "number" || !Number.isInteger(v34)) { if (c.fail(TCV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/severity", NOT_INTEGER)) return; }
                  }
                  for (const k35 in v27) n28--;
                  if (n28 !== 0) {
                    for (const k35 in v27) if (!(k35 === "customData" || k35 === "id" || k35 === "transaction" || k35 === "value" || k35 === "type" || k35 === "severity")) { if (c.soft(FV, "/monitor/" + i3 + "/variableMonitoring/" + i26 + "/" + pointerToken(k35), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          for (const k36 in v4) n5--;
          if (n5 !== 0) {
            for (const k36 in v4) if (!(k36 === "customData" || k36 === "component" || k36 === "variable" || k36 === "variableMonitoring")) { if (c.soft(FV, "/monitor/" + i3 + "/" + pointerToken(k36), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v37 = d["requestId"];
  if (v37 === undefined) { if (c.fail(OCV, "/requestId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v37 !== "number" || !Number.isInteger(v37)) { if (c.fail(TCV, "/requestId", NOT_INTEGER)) return; }
  }
  const v38 = d["tbc"];
  if (v38 !== undefined) {
    n0++;
    if (typeof v38 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v39 = d["seqNo"];
  if (v39 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v39 !== "number" || !Number.isInteger(v39)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
  }
  const v40 = d["generatedAt"];
  if (v40 === undefined) { if (c.fail(OCV, "/generatedAt", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v40 !== "string") { if (c.fail(TCV, "/generatedAt", NOT_STRING)) return; }
    else if (!isDateTime(v40)) { if (c.fail(PCV, "/generatedAt", NOT_DATE_TIME)) return; }
  }
  for (const k41 in d) n0--;
  if (n0 !== 0) {
    for (const k41 in d) if (!(k41 === "customData" || k41 === "monitor" || k41 === "requestId" || k41 === "tbc" || k41 === "seqNo" || k41 === "generatedAt")) { if (c.soft(FV, "/" + pointerToken(k41), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail(TCV, "/reportData/" + i5, NOT_OBJECT)) return; }
        else {
          let n7 = 0;
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            n7++;
            if (checkCustomDataType(v8, c, "/reportData/" + i5 + "/customData")) return;
          }
          const v9 = v6["component"];
          if (v9 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/component", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail(TCV, "/reportData/" + i5 + "/component", NOT_OBJECT)) return; }
            else {
              let n10 = 0;
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                n10++;
                if (checkCustomDataType(v11, c, "/reportData/" + i5 + "/component/customData")) return;
              }
              const v12 = v9["evse"];
              if (v12 !== undefined) {
                n10++;
                if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail(TCV, "/reportData/" + i5 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n13 = 0;
                  const v14 = v12["customData"];
                  if (v14 !== undefined) {
                    n13++;
                    if (checkCustomDataType(v14, c, "/reportData/" + i5 + "/component/evse/customData")) return;
                  }
                  const v15 = v12["id"];
                  if (v15 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n13++;
                    if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail(TCV, "/reportData/" + i5 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v16 = v12["connectorId"];
                  if (v16 !== undefined) {
                    n13++;
                    if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail(TCV, "/reportData/" + i5 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k17 in v12) n13--;
                  if (n13 !== 0) {
                    for (const k17 in v12) if (!(k17 === "customData" || k17 === "id" || k17 === "connectorId")) { if (c.soft(FV, "/reportData/" + i5 + "/component/evse/" + pointerToken(k17), UNKNOWN)) return; }
                  }
                }
              }
              const v18 = v9["name"];
              if (v18 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/component/name", REQUIRED)) return; }
              else {
                n10++;
                if (typeof v18 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/component/name", NOT_STRING)) return; }
                else if (v18.length > 50 && (v18.length > 100 || codePoints(v18) > 50)) { if (c.soft(PCV, "/reportData/" + i5 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v19 = v9["instance"];
              if (v19 !== undefined) {
                n10++;
                if (typeof v19 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/component/instance", NOT_STRING)) return; }
                else if (v19.length > 50 && (v19.length > 100 || codePoints(v19) > 50)) { if (c.soft(PCV, "/reportData/" + i5 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k20 in v9) n10--;
              if (n10 !== 0) {
                for (const k20 in v9) if (!(k20 === "customData" || k20 === "evse" || k20 === "name" || k20 === "instance")) { if (c.soft(FV, "/reportData/" + i5 + "/component/" + pointerToken(k20), UNKNOWN)) return; }
              }
            }
          }
          const v21 = v6["variable"];
          if (v21 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/variable", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v21 !== "object" || v21 === null || Array.isArray(v21)) { if (c.fail(TCV, "/reportData/" + i5 + "/variable", NOT_OBJECT)) return; }
            else {
              let n22 = 0;
              const v23 = v21["customData"];
              if (v23 !== undefined) {
                n22++;
                if (checkCustomDataType(v23, c, "/reportData/" + i5 + "/variable/customData")) return;
              }
              const v24 = v21["name"];
              if (v24 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/variable/name", REQUIRED)) return; }
              else {
                n22++;
                if (typeof v24 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variable/name", NOT_STRING)) return; }
                else if (v24.length > 50 && (v24.length > 100 || codePoints(v24) > 50)) { if (c.soft(PCV, "/reportData/" + i5 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v25 = v21["instance"];
              if (v25 !== undefined) {
                n22++;
                if (typeof v25 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variable/instance", NOT_STRING)) return; }
                else if (v25.length > 50 && (v25.length > 100 || codePoints(v25) > 50)) { if (c.soft(PCV, "/reportData/" + i5 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k26 in v21) n22--;
              if (n22 !== 0) {
                for (const k26 in v21) if (!(k26 === "customData" || k26 === "name" || k26 === "instance")) { if (c.soft(FV, "/reportData/" + i5 + "/variable/" + pointerToken(k26), UNKNOWN)) return; }
              }
            }
          }
          const v27 = v6["variableAttribute"];
          if (v27 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/variableAttribute", REQUIRED)) return; }
          else {
            n7++;
            if (!Array.isArray(v27)) { if (c.fail(TCV, "/reportData/" + i5 + "/variableAttribute", NOT_ARRAY)) return; }
            else if (v27.length > 4) { if (c.fail(OCV, "/reportData/" + i5 + "/variableAttribute", "more than maxItems 4")) return; }
            else {
              if (v27.length < 1) { if (c.fail(OCV, "/reportData/" + i5 + "/variableAttribute", "fewer than minItems 1")) return; }
              for (let i28 = 0; i28 < v27.length; i28++) {
                const v29 = v27[i28];
                if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) { if (c.fail(TCV, "/reportData/" + i5 + "/variableAttribute/" + i28, NOT_OBJECT)) return; }
                else {
                  let n30 = 0;
                  const v31 = v29["customData"];
                  if (v31 !== undefined) {
                    n30++;
                    if (checkCustomDataType(v31, c, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/customData")) return;
                  }
                  const v32 = v29["type"];
                  if (v32 !== undefined) {
                    n30++;
                    if (typeof v32 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/type", NOT_STRING)) return; }
                    else if (!isAttributeEnumType(v32)) { if (c.soft(PCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/type", "not a AttributeEnumType value")) return; }
                  }
                  const v33 = v29["value"];
                  if (v33 !== undefined) {
                    n30++;
                    if (typeof v33 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/value", NOT_STRING)) return; }
                    else if (v33.length > 2500 && (v33.length > 5000 || codePoints(v33) > 2500)) { if (c.soft(PCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/value", "longer than maxLength 2500")) return; }
                  }
                  const v34 = v29["mutability"];
                  if (v34 !== undefined) {
                    n30++;
                    if (typeof v34 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/mutability", NOT_STRING)) return; }
                    else if (!isMutabilityEnumType(v34)) { if (c.soft(PCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/mutability", "not a MutabilityEnumType value")) return; }
                  }
                  const v35 = v29["persistent"];
                  if (v35 !== undefined) {
                    n30++;
                    if (typeof v35 !== "boolean") { if (c.fail(TCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/persistent", NOT_BOOLEAN)) return; }
                  }
                  const v36 = v29["constant"];
                  if (v36 !== undefined) {
                    n30++;
                    if (typeof v36 !== "boolean") { if (c.fail(TCV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/constant", NOT_BOOLEAN)) return; }
                  }
                  for (const k37 in v29) n30--;
                  if (n30 !== 0) {
                    for (const k37 in v29) if (!(k37 === "customData" || k37 === "type" || k37 === "value" || k37 === "mutability" || k37 === "persistent" || k37 === "constant")) { if (c.soft(FV, "/reportData/" + i5 + "/variableAttribute/" + i28 + "/" + pointerToken(k37), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          const v38 = v6["variableCharacteristics"];
          if (v38 !== undefined) {
            n7++;
            if (typeof v38 !== "object" || v38 === null || Array.isArray(v38)) { if (c.fail(TCV, "/reportData/" + i5 + "/variableCharacteristics", NOT_OBJECT)) return; }
            else {
              let n39 = 0;
              const v40 = v38["customData"];
              if (v40 !== undefined) {
                n39++;
                if (checkCustomDataType(v40, c, "/reportData/" + i5 + "/variableCharacteristics/customData")) return;
              }
              const v41 = v38["unit"];
              if (v41 !== undefined) {
                n39++;
                if (typeof v41 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variableCharacteristics/unit", NOT_STRING)) return; }
                else if (v41.length > 16 && (v41.length > 32 || codePoints(v41) > 16)) { if (c.soft(PCV, "/reportData/" + i5 + "/variableCharacteristics/unit", "longer than maxLength 16")) return; }
              }
              const v42 = v38["dataType"];
              if (v42 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/variableCharacteristics/dataType", REQUIRED)) return; }
              else {
                n39++;
                if (typeof v42 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variableCharacteristics/dataType", NOT_STRING)) return; }
                else if (!isDataEnumType(v42)) { if (c.soft(PCV, "/reportData/" + i5 + "/variableCharacteristics/dataType", "not a DataEnumType value")) return; }
              }
              const v43 = v38["minLimit"];
              if (v43 !== undefined) {
                n39++;
                if (typeof v43 !== "number" || !Number.isFinite(v43)) { if (c.fail(TCV, "/reportData/" + i5 + "/variableCharacteristics/minLimit", NOT_NUMBER)) return; }
              }
              const v44 = v38["maxLimit"];
              if (v44 !== undefined) {
                n39++;
                if (typeof v44 !== "number" || !Number.isFinite(v44)) { if (c.fail(TCV, "/reportData/" + i5 + "/variableCharacteristics/maxLimit", NOT_NUMBER)) return; }
              }
              const v45 = v38["valuesList"];
              if (v45 !== undefined) {
                n39++;
                if (typeof v45 !== "string") { if (c.fail(TCV, "/reportData/" + i5 + "/variableCharacteristics/valuesList", NOT_STRING)) return; }
                else if (v45.length > 1000 && (v45.length > 2000 || codePoints(v45) > 1000)) { if (c.soft(PCV, "/reportData/" + i5 + "/variableCharacteristics/valuesList", "longer than maxLength 1000")) return; }
              }
              const v46 = v38["supportsMonitoring"];
              if (v46 === undefined) { if (c.fail(OCV, "/reportData/" + i5 + "/variableCharacteristics/supportsMonitoring", REQUIRED)) return; }
              else {
                n39++;
                if (typeof v46 !== "boolean") { if (c.fail(TCV, "/reportData/" + i5 + "/variableCharacteristics/supportsMonitoring", NOT_BOOLEAN)) return; }
              }
              for (const k47 in v38) n39--;
              if (n39 !== 0) {
                for (const k47 in v38) if (!(k47 === "customData" || k47 === "unit" || k47 === "dataType" || k47 === "minLimit" || k47 === "maxLimit" || k47 === "valuesList" || k47 === "supportsMonitoring")) { if (c.soft(FV, "/reportData/" + i5 + "/variableCharacteristics/" + pointerToken(k47), UNKNOWN)) return; }
              }
            }
          }
          for (const k48 in v6) n7--;
          if (n7 !== 0) {
            for (const k48 in v6) if (!(k48 === "customData" || k48 === "component" || k48 === "variable" || k48 === "variableAttribute" || k48 === "variableCharacteristics")) { if (c.soft(FV, "/reportData/" + i5 + "/" + pointerToken(k48), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v49 = d["tbc"];
  if (v49 !== undefined) {
    n0++;
    if (typeof v49 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v50 = d["seqNo"];
  if (v50 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v50 !== "number" || !Number.isInteger(v50)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
  }
  for (const k51 in d) n0--;
  if (n0 !== 0) {
    for (const k51 in d) if (!(k51 === "customData" || k51 === "requestId" || k51 === "generatedAt" || k51 === "reportData" || k51 === "tbc" || k51 === "seqNo")) { if (c.soft(FV, "/" + pointerToken(k51), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail(TCV, "/chargingProfile/" + i5, NOT_OBJECT)) return; }
        else {
          let n7 = 0;
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            n7++;
            if (checkCustomDataType(v8, c, "/chargingProfile/" + i5 + "/customData")) return;
          }
          const v9 = v6["id"];
          if (v9 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/id", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/id", NOT_INTEGER)) return; }
          }
          const v10 = v6["stackLevel"];
          if (v10 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/stackLevel", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/stackLevel", NOT_INTEGER)) return; }
          }
          const v11 = v6["chargingProfilePurpose"];
          if (v11 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingProfilePurpose", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v11 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingProfilePurpose", NOT_STRING)) return; }
            else if (!isChargingProfilePurposeEnumType(v11)) { if (c.soft(PCV, "/chargingProfile/" + i5 + "/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
          }
          const v12 = v6["chargingProfileKind"];
          if (v12 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingProfileKind", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v12 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingProfileKind", NOT_STRING)) return; }
            else if (!isChargingProfileKindEnumType(v12)) { if (c.soft(PCV, "/chargingProfile/" + i5 + "/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return; }
          }
          const v13 = v6["recurrencyKind"];
          if (v13 !== undefined) {
            n7++;
            if (typeof v13 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/recurrencyKind", NOT_STRING)) return; }
            else if (!isRecurrencyKindEnumType(v13)) { if (c.soft(PCV, "/chargingProfile/" + i5 + "/recurrencyKind", "not a RecurrencyKindEnumType value")) return; }
          }
          const v14 = v6["validFrom"];
          if (v14 !== undefined) {
            n7++;
            if (typeof v14 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/validFrom", NOT_STRING)) return; }
            else if (!isDateTime(v14)) { if (c.fail(PCV, "/chargingProfile/" + i5 + "/validFrom", NOT_DATE_TIME)) return; }
          }
          const v15 = v6["validTo"];
          if (v15 !== undefined) {
            n7++;
            if (typeof v15 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/validTo", NOT_STRING)) return; }
            else if (!isDateTime(v15)) { if (c.fail(PCV, "/chargingProfile/" + i5 + "/validTo", NOT_DATE_TIME)) return; }
          }
          const v16 = v6["chargingSchedule"];
          if (v16 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule", REQUIRED)) return; }
          else {
            n7++;
            if (!Array.isArray(v16)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule", NOT_ARRAY)) return; }
            else if (v16.length > 3) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule", "more than maxItems 3")) return; }
            else {
              if (v16.length < 1) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule", "fewer than minItems 1")) return; }
              for (let i17 = 0; i17 < v16.length; i17++) {
                const v18 = v16[i17];
                if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17, NOT_OBJECT)) return; }
                else {
                  let n19 = 0;
                  const v20 = v18["customData"];
                  if (v20 !== undefined) {
                    n19++;
                    if (checkCustomDataType(v20, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/customData")) return;
                  }
                  const v21 = v18["id"];
                  if (v21 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/id", REQUIRED)) return; }
                  else {
                    n19++;
                    if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/id", NOT_INTEGER)) return; }
                  }
                  const v22 = v18["startSchedule"];
                  if (v22 !== undefined) {
                    n19++;
                    if (typeof v22 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/startSchedule", NOT_STRING)) return; }
                    else if (!isDateTime(v22)) { if (c.fail(PCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/startSchedule", NOT_DATE_TIME)) return; }
                  }
                  const v23 = v18["duration"];
                  if (v23 !== undefined) {
                    n19++;
                    if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/duration", NOT_INTEGER)) return; }
                  }
                  const v24 = v18["chargingRateUnit"];
                  if (v24 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingRateUnit", REQUIRED)) return; }
                  else {
                    n19++;
                    if (typeof v24 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingRateUnit", NOT_STRING)) return; }
                    else if (!isChargingRateUnitEnumType(v24)) { if (c.soft(PCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
                  }
                  const v25 = v18["chargingSchedulePeriod"];
                  if (v25 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", REQUIRED)) return; }
                  else {
                    n19++;
                    if (!Array.isArray(v25)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", NOT_ARRAY)) return; }
                    else if (v25.length > 1024) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
                    else {
                      if (v25.length < 1) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
                      for (let i26 = 0; i26 < v25.length; i26++) {
                        const v27 = v25[i26];
                        if (typeof v27 !== "object" || v27 === null || Array.isArray(v27)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26, NOT_OBJECT)) return; }
                        else {
                          let n28 = 0;
                          const v29 = v27["customData"];
                          if (v29 !== undefined) {
                            n28++;
                            if (checkCustomDataType(v29, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/customData")) return;
                          }
                          const v30 = v27["startPeriod"];
                          if (v30 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/startPeriod", REQUIRED)) return; }
                          else {
                            n28++;
                            if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/startPeriod", NOT_INTEGER)) return; }
                          }
                          const v31 = v27["limit"];
                          if (v31 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/limit", REQUIRED)) return; }
                          else {
                            n28++;
                            if (typeof v31 !== "number" || !Number.isFinite(v31)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/limit", NOT_NUMBER)) return; }
                          }
                          const v32 = v27["numberPhases"];
                          if (v32 !== undefined) {
                            n28++;
                            if (typeof v32 !== "number" || !Number.isInteger(v32)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/numberPhases", NOT_INTEGER)) return; }
                          }
                          const v33 = v27["phaseToUse"];
                          if (v33 !== undefined) {
                            n28++;
                            if (typeof v33 !== "number" || !Number.isInteger(v33)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/phaseToUse", NOT_INTEGER)) return; }
                          }
                          for (const k34 in v27) n28--;
                          if (n28 !== 0) {
                            for (const k34 in v27) if (!(k34 === "customData" || k34 === "startPeriod" || k34 === "limit" || k34 === "numberPhases" || k34 === "phaseToUse")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/" + pointerToken(k34), UNKNOWN)) return; }
                          }
                        }
                      }
                    }
                  }
                  const v35 = v18["minChargingRate"];
                  if (v35 !== undefined) {
                    n19++;
                    if (typeof v35 !== "number" || !Number.isFinite(v35)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/minChargingRate", NOT_NUMBER)) return; }
                  }
                  const v36 = v18["salesTariff"];
                  if (v36 !== undefined) {
                    n19++;
                    if (typeof v36 !== "object" || v36 === null || Array.isArray(v36)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff", NOT_OBJECT)) return; }
                    else {
                      let n37 = 0;
                      const v38 = v36["customData"];
                      if (v38 !== undefined) {
                        n37++;
                        if (checkCustomDataType(v38, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/customData")) return;
                      }
                      const v39 = v36["id"];
                      if (v39 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/id", REQUIRED)) return; }
                      else {
                        n37++;
                        if (typeof v39 !== "number" || !Number.isInteger(v39)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/id", NOT_INTEGER)) return; }
                      }
                      const v40 = v36["salesTariffDescription"];
                      if (v40 !== undefined) {
                        n37++;
                        if (typeof v40 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffDescription", NOT_STRING)) return; }
                        else if (v40.length > 32 && (v40.length > 64 || codePoints(v40) > 32)) { if (c.soft(PCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
                      }
                      const v41 = v36["numEPriceLevels"];
                      if (v41 !== undefined) {
                        n37++;
                        if (typeof v41 !== "number" || !Number.isInteger(v41)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/numEPriceLevels", NOT_INTEGER)) return; }
                      }
                      const v42 = v36["salesTariffEntry"];
                      if (v42 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", REQUIRED)) return; }
                      else {
                        n37++;
                        if (!Array.isArray(v42)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", NOT_ARRAY)) return; }
                        else if (v42.length > 1024) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                        else {
                          if (v42.length < 1) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                          for (let i43 = 0; i43 < v42.length; i43++) {
                            const v44 = v42[i43];
                            if (typeof v44 !== "object" || v44 === null || Array.isArray(v44)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43, NOT_OBJECT)) return; }
                            else {
                              let n45 = 0;
                              const v46 = v44["customData"];
                              if (v46 !== undefined) {
                                n45++;
                                if (checkCustomDataType(v46, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/customData")) return;
                              }
                              const v47 = v44["relativeTimeInterval"];
                              if (v47 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/relativeTimeInterval", REQUIRED)) return; }
                              else {
                                n45++;
                                if (typeof v47 !== "object" || v47 === null || Array.isArray(v47)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/relativeTimeInterval", NOT_OBJECT)) return; }
                                else {
                                  let n48 = 0;
                                  const v49 = v47["customData"];
                                  if (v49 !== undefined) {
                                    n48++;
                                    if (checkCustomDataType(v49, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/relativeTimeInterval/customData")) return;
                                  }
                                  const v50 = v47["start"];
                                  if (v50 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/relativeTimeInterval/start", REQUIRED)) return; }
                                  else {
                                    n48++;
                                    if (typeof v50 !== "number" || !Number.isInteger(v50)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/relativeTimeInterval/start", NOT_INTEGER)) return; }
                                  }
                                  const v51 = v47["duration"];
                                  if (v51 !== undefined) {
                                    n48++;
                                    if (typeof v51 !== "number" || !Number.isInteger(v51)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/relativeTimeInterval/duration", NOT_INTEGER)) return; }
                                  }
                                  for (const k52 in v47) n48--;
                                  if (n48 !== 0) {
                                    for (const k52 in v47) if (!(k52 === "customData" || k52 === "start" || k52 === "duration")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/relativeTimeInterval/" + pointerToken(k52), UNKNOWN)) return; }
                                  }
                                }
                              }
                              const v53 = v44["ePriceLevel"];
                              if (v53 !== undefined) {
                                n45++;
                                if (typeof v53 !== "number" || !Number.isInteger(v53)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/ePriceLevel", NOT_INTEGER)) return; }
                                else {
                                  if (v53 < 0) { if (c.fail(PCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/ePriceLevel", "below minimum 0")) return; }
                                }
                              }
                              const v54 = v44["consumptionCost"];
                              if (v54 !== undefined) {
                                n45++;
                                if (!Array.isArray(v54)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost", NOT_ARRAY)) return; }
                                else if (v54.length > 3) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost", "more than maxItems 3")) return; }
                                else {
                                  if (v54.length < 1) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost", "fewer than minItems 1")) return; }
                                  for (let i55 = 0; i55 < v54.length; i55++) {
                                    const v56 = v54[i55];
                                    if (typeof v56 !== "object" || v56 === null || Array.isArray(v56)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55, NOT_OBJECT)) return; }
                                    else {
                                      let n57 = 0;
                                      const v58 = v56["customData"];
                                      if (v58 !== undefined) {
                                        n57++;
                                        if (checkCustomDataType(v58, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/customData")) return;
                                      }
                                      const v59 = v56["startValue"];
                                      if (v59 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/startValue", REQUIRED)) return; }
                                      else {
                                        n57++;
                                        if (typeof v59 !== "number" || !Number.isFinite(v59)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/startValue", NOT_NUMBER)) return; }
                                      }
                                      const v60 = v56["cost"];
                                      if (v60 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost", REQUIRED)) return; }
                                      else {
                                        n57++;
                                        if (!Array.isArray(v60)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost", NOT_ARRAY)) return; }
                                        else if (v60.length > 3) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost", "more than maxItems 3")) return; }
                                        else {
                                          if (v60.length < 1) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost", "fewer than minItems 1")) return; }
                                          for (let i61 = 0; i61 < v60.length; i61++) {
                                            const v62 = v60[i61];
                                            if (typeof v62 !== "object" || v62 === null || Array.isArray(v62)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61, NOT_OBJECT)) return; }
                                            else {
                                              let n63 = 0;
                                              const v64 = v62["customData"];
                                              if (v64 !== undefined) {
                                                n63++;
                                                if (checkCustomDataType(v64, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/customData")) return;
                                              }
                                              const v65 = v62["costKind"];
                                              if (v65 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/costKind", REQUIRED)) return; }
                                              else {
                                                n63++;
                                                if (typeof v65 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/costKind", NOT_STRING)) return; }
                                                else if (!isCostKindEnumType(v65)) { if (c.soft(PCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/costKind", "not a CostKindEnumType value")) return; }
                                              }
                                              const v66 = v62["amount"];
                                              if (v66 === undefined) { if (c.fail(OCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/amount", REQUIRED)) return; }
                                              else {
                                                n63++;
                                                if (typeof v66 !== "number" || !Number.isInteger(v66)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/amount", NOT_INTEGER)) return; }
                                              }
                                              const v67 = v62["amountMultiplier"];
                                              if (v67 !== undefined) {
                                                n63++;
                                                if (typeof v67 !== "number" || !Number.isInteger(v67)) { if (c.fail(TCV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/amountMultiplier", NOT_INTEGER)) return; }
                                              }
                                              for (const k68 in v62) n63--;
                                              if (n63 !== 0) {
                                                for (const k68 in v62) if (!(k68 === "customData" || k68 === "costKind" || k68 === "amount" || k68 === "amountMultiplier")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/cost/" + i61 + "/" + pointerToken(k68), UNKNOWN)) return; }
                                              }
                                            }
                                          }
                                        }
                                      }
                                      for (const k69 in v56) n57--;
                                      if (n57 !== 0) {
                                        for (const k69 in v56) if (!(k69 === "customData" || k69 === "startValue" || k69 === "cost")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/consumptionCost/" + i55 + "/" + pointerToken(k69), UNKNOWN)) return; }
                                      }
                                    }
                                  }
                                }
                              }
                              for (const k70 in v44) n45--;
                              if (n45 !== 0) {
                                for (const k70 in v44) if (!(k70 === "customData" || k70 === "relativeTimeInterval" || k70 === "ePriceLevel" || k70 === "consumptionCost")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i43 + "/" + pointerToken(k70), UNKNOWN)) return; }
                              }
                            }
                          }
                        }
                      }
                      for (const k71 in v36) n37--;
                      if (n37 !== 0) {
                        for (const k71 in v36) if (!(k71 === "customData" || k71 === "id" || k71 === "salesTariffDescription" || k71 === "numEPriceLevels" || k71 === "salesTariffEntry")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/" + pointerToken(k71), UNKNOWN)) return; }
                      }
                    }
                  }
                  for (const k72 in v18) n19--;
                  if (n19 !== 0) {
                    for (const k72 in v18) if (!(k72 === "customData" || k72 === "id" || k72 === "startSchedule" || k72 === "duration" || k72 === "chargingRateUnit" || k72 === "chargingSchedulePeriod" || k72 === "minChargingRate" || k72 === "salesTariff")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/" + pointerToken(k72), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          const v73 = v6["transactionId"];
          if (v73 !== undefined) {
            n7++;
            if (typeof v73 !== "string") { if (c.fail(TCV, "/chargingProfile/" + i5 + "/transactionId", NOT_STRING)) return; }
            else if (v73.length > 36 && (v73.length > 72 || codePoints(v73) > 36)) { if (c.soft(PCV, "/chargingProfile/" + i5 + "/transactionId", "longer than maxLength 36")) return; }
          }
          for (const k74 in v6) n7--;
          if (n7 !== 0) {
            for (const k74 in v6) if (!(k74 === "customData" || k74 === "id" || k74 === "stackLevel" || k74 === "chargingProfilePurpose" || k74 === "chargingProfileKind" || k74 === "recurrencyKind" || k74 === "validFrom" || k74 === "validTo" || k74 === "chargingSchedule" || k74 === "transactionId")) { if (c.soft(FV, "/chargingProfile/" + i5 + "/" + pointerToken(k74), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v75 = d["tbc"];
  if (v75 !== undefined) {
    n0++;
    if (typeof v75 !== "boolean") { if (c.fail(TCV, "/tbc", NOT_BOOLEAN)) return; }
  }
  const v76 = d["evseId"];
  if (v76 === undefined) { if (c.fail(OCV, "/evseId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v76 !== "number" || !Number.isInteger(v76)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  for (const k77 in d) n0--;
  if (n0 !== 0) {
    for (const k77 in d) if (!(k77 === "customData" || k77 === "requestId" || k77 === "chargingLimitSource" || k77 === "chargingProfile" || k77 === "tbc" || k77 === "evseId")) { if (c.soft(FV, "/" + pointerToken(k77), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evseId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v3 = d["groupIdToken"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/groupIdToken", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/groupIdToken/customData")) return;
      }
      const v6 = v3["additionalInfo"];
      if (v6 !== undefined) {
        n4++;
        if (!Array.isArray(v6)) { if (c.fail(TCV, "/groupIdToken/additionalInfo", NOT_ARRAY)) return; }
        else {
          if (v6.length < 1) { if (c.fail(OCV, "/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i7 = 0; i7 < v6.length; i7++) {
            const v8 = v6[i7];
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail(TCV, "/groupIdToken/additionalInfo/" + i7, NOT_OBJECT)) return; }
            else {
              let n9 = 0;
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                n9++;
                if (checkCustomDataType(v10, c, "/groupIdToken/additionalInfo/" + i7 + "/customData")) return;
              }
              const v11 = v8["additionalIdToken"];
              if (v11 === undefined) { if (c.fail(OCV, "/groupIdToken/additionalInfo/" + i7 + "/additionalIdToken", REQUIRED)) return; }
              else {
                n9++;
                if (typeof v11 !== "string") { if (c.fail(TCV, "/groupIdToken/additionalInfo/" + i7 + "/additionalIdToken", NOT_STRING)) return; }
                else if (v11.length > 36 && (v11.length > 72 || codePoints(v11) > 36)) { if (c.soft(PCV, "/groupIdToken/additionalInfo/" + i7 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v12 = v8["type"];
              if (v12 === undefined) { if (c.fail(OCV, "/groupIdToken/additionalInfo/" + i7 + "/type", REQUIRED)) return; }
              else {
                n9++;
                if (typeof v12 !== "string") { if (c.fail(TCV, "/groupIdToken/additionalInfo/" + i7 + "/type", NOT_STRING)) return; }
                else if (v12.length > 50 && (v12.length > 100 || codePoints(v12) > 50)) { if (c.soft(PCV, "/groupIdToken/additionalInfo/" + i7 + "/type", "longer than maxLength 50")) return; }
              }
              for (const k13 in v8) n9--;
              if (n9 !== 0) {
                for (const k13 in v8) if (!(k13 === "customData" || k13 === "additionalIdToken" || k13 === "type")) { if (c.soft(FV, "/groupIdToken/additionalInfo/" + i7 + "/" + pointerToken(k13), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v14 = v3["idToken"];
      if (v14 === undefined) { if (c.fail(OCV, "/groupIdToken/idToken", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v14 !== "string") { if (c.fail(TCV, "/groupIdToken/idToken", NOT_STRING)) return; }
        else if (v14.length > 36 && (v14.length > 72 || codePoints(v14) > 36)) { if (c.soft(PCV, "/groupIdToken/idToken", "longer than maxLength 36")) return; }
      }
      const v15 = v3["type"];
      if (v15 === undefined) { if (c.fail(OCV, "/groupIdToken/type", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v15 !== "string") { if (c.fail(TCV, "/groupIdToken/type", NOT_STRING)) return; }
        else if (!isIdTokenEnumType(v15)) { if (c.soft(PCV, "/groupIdToken/type", "not a IdTokenEnumType value")) return; }
      }
      for (const k16 in v3) n4--;
      if (n4 !== 0) {
        for (const k16 in v3) if (!(k16 === "customData" || k16 === "additionalInfo" || k16 === "idToken" || k16 === "type")) { if (c.soft(FV, "/groupIdToken/" + pointerToken(k16), UNKNOWN)) return; }
      }
    }
  }
  const v17 = d["idToken"];
  if (v17 === undefined) { if (c.fail(OCV, "/idToken", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail(TCV, "/idToken", NOT_OBJECT)) return; }
    else {
      let n18 = 0;
      const v19 = v17["customData"];
      if (v19 !== undefined) {
        n18++;
        if (checkCustomDataType(v19, c, "/idToken/customData")) return;
      }
      const v20 = v17["additionalInfo"];
      if (v20 !== undefined) {
        n18++;
        if (!Array.isArray(v20)) { if (c.fail(TCV, "/idToken/additionalInfo", NOT_ARRAY)) return; }
        else {
          if (v20.length < 1) { if (c.fail(OCV, "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i21 = 0; i21 < v20.length; i21++) {
            const v22 = v20[i21];
            if (typeof v22 !== "object" || v22 === null || Array.isArray(v22)) { if (c.fail(TCV, "/idToken/additionalInfo/" + i21, NOT_OBJECT)) return; }
            else {
              let n23 = 0;
              const v24 = v22["customData"];
              if (v24 !== undefined) {
                n23++;
                if (checkCustomDataType(v24, c, "/idToken/additionalInfo/" + i21 + "/customData")) return;
              }
              const v25 = v22["additionalIdToken"];
              if (v25 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i21 + "/additionalIdToken", REQUIRED)) return; }
              else {
                n23++;
                if (typeof v25 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i21 + "/additionalIdToken", NOT_STRING)) return; }
                else if (v25.length > 36 && (v25.length > 72 || codePoints(v25) > 36)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i21 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v26 = v22["type"];
              if (v26 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i21 + "/type", REQUIRED)) return; }
              else {
                n23++;
                if (typeof v26 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i21 + "/type", NOT_STRING)) return; }
                else if (v26.length > 50 && (v26.length > 100 || codePoints(v26) > 50)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i21 + "/type", "longer than maxLength 50")) return; }
              }
              for (const k27 in v22) n23--;
              if (n23 !== 0) {
                for (const k27 in v22) if (!(k27 === "customData" || k27 === "additionalIdToken" || k27 === "type")) { if (c.soft(FV, "/idToken/additionalInfo/" + i21 + "/" + pointerToken(k27), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v28 = v17["idToken"];
      if (v28 === undefined) { if (c.fail(OCV, "/idToken/idToken", REQUIRED)) return; }
      else {
        n18++;
        if (typeof v28 !== "string") { if (c.fail(TCV, "/idToken/idToken", NOT_STRING)) return; }
        else if (v28.length > 36 && (v28.length > 72 || codePoints(v28) > 36)) { if (c.soft(PCV, "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v29 = v17["type"];
      if (v29 === undefined) { if (c.fail(OCV, "/idToken/type", REQUIRED)) return; }
      else {
        n18++;
        if (typeof v29 !== "string") { if (c.fail(TCV, "/idToken/type", NOT_STRING)) return; }
        else if (!isIdTokenEnumType(v29)) { if (c.soft(PCV, "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
      for (const k30 in v17) n18--;
      if (n18 !== 0) {
        for (const k30 in v17) if (!(k30 === "customData" || k30 === "additionalInfo" || k30 === "idToken" || k30 === "type")) { if (c.soft(FV, "/idToken/" + pointerToken(k30), UNKNOWN)) return; }
      }
    }
  }
  const v31 = d["remoteStartId"];
  if (v31 === undefined) { if (c.fail(OCV, "/remoteStartId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v31 !== "number" || !Number.isInteger(v31)) { if (c.fail(TCV, "/remoteStartId", NOT_INTEGER)) return; }
  }
  const v32 = d["chargingProfile"];
  if (v32 !== undefined) {
    n0++;
    if (typeof v32 !== "object" || v32 === null || Array.isArray(v32)) { if (c.fail(TCV, "/chargingProfile", NOT_OBJECT)) return; }
    else {
      let n33 = 0;
      const v34 = v32["customData"];
      if (v34 !== undefined) {
        n33++;
        if (checkCustomDataType(v34, c, "/chargingProfile/customData")) return;
      }
      const v35 = v32["id"];
      if (v35 === undefined) { if (c.fail(OCV, "/chargingProfile/id", REQUIRED)) return; }
      else {
        n33++;
        if (typeof v35 !== "number" || !Number.isInteger(v35)) { if (c.fail(TCV, "/chargingProfile/id", NOT_INTEGER)) return; }
      }
      const v36 = v32["stackLevel"];
      if (v36 === undefined) { if (c.fail(OCV, "/chargingProfile/stackLevel", REQUIRED)) return; }
      else {
        n33++;
        if (typeof v36 !== "number" || !Number.isInteger(v36)) { if (c.fail(TCV, "/chargingProfile/stackLevel", NOT_INTEGER)) return; }
      }
      const v37 = v32["chargingProfilePurpose"];
      if (v37 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingProfilePurpose", REQUIRED)) return; }
      else {
        n33++;
        if (typeof v37 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingProfilePurpose", NOT_STRING)) return; }
        else if (!isChargingProfilePurposeEnumType(v37)) { if (c.soft(PCV, "/chargingProfile/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v38 = v32["chargingProfileKind"];
      if (v38 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingProfileKind", REQUIRED)) return; }
      else {
        n33++;
        if (typeof v38 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingProfileKind", NOT_STRING)) return; }
        else if (!isChargingProfileKindEnumType(v38)) { if (c.soft(PCV, "/chargingProfile/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return; }
      }
      const v39 = v32["recurrencyKind"];
      if (v39 !== undefined) {
        n33++;
        if (typeof v39 !== "string") { if (c.fail(TCV, "/chargingProfile/recurrencyKind", NOT_STRING)) return; }
        else if (!isRecurrencyKindEnumType(v39)) { if (c.soft(PCV, "/chargingProfile/recurrencyKind", "not a RecurrencyKindEnumType value")) return; }
      }
      const v40 = v32["validFrom"];
      if (v40 !== undefined) {
        n33++;
        if (typeof v40 !== "string") { if (c.fail(TCV, "/chargingProfile/validFrom", NOT_STRING)) return; }
        else if (!isDateTime(v40)) { if (c.fail(PCV, "/chargingProfile/validFrom", NOT_DATE_TIME)) return; }
      }
      const v41 = v32["validTo"];
      if (v41 !== undefined) {
        n33++;
        if (typeof v41 !== "string") { if (c.fail(TCV, "/chargingProfile/validTo", NOT_STRING)) return; }
        else if (!isDateTime(v41)) { if (c.fail(PCV, "/chargingProfile/validTo", NOT_DATE_TIME)) return; }
      }
      const v42 = v32["chargingSchedule"];
      if (v42 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule", REQUIRED)) return; }
      else {
        n33++;
        if (!Array.isArray(v42)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule", NOT_ARRAY)) return; }
        else if (v42.length > 3) { if (c.fail(OCV, "/chargingProfile/chargingSchedule", "more than maxItems 3")) return; }
        else {
          if (v42.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule", "fewer than minItems 1")) return; }
          for (let i43 = 0; i43 < v42.length; i43++) {
            const v44 = v42[i43];
            if (typeof v44 !== "object" || v44 === null || Array.isArray(v44)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43, NOT_OBJECT)) return; }
            else {
              let n45 = 0;
              const v46 = v44["customData"];
              if (v46 !== undefined) {
                n45++;
                if (checkCustomDataType(v46, c, "/chargingProfile/chargingSchedule/" + i43 + "/customData")) return;
              }
              const v47 = v44["id"];
              if (v47 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/id", REQUIRED)) return; }
              else {
                n45++;
                if (typeof v47 !== "number" || !Number.isInteger(v47)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/id", NOT_INTEGER)) return; }
              }
              const v48 = v44["startSchedule"];
              if (v48 !== undefined) {
                n45++;
                if (typeof v48 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/startSchedule", NOT_STRING)) return; }
                else if (!isDateTime(v48)) { if (c.fail(PCV, "/chargingProfile/chargingSchedule/" + i43 + "/startSchedule", NOT_DATE_TIME)) return; }
              }
              const v49 = v44["duration"];
              if (v49 !== undefined) {
                n45++;
                if (typeof v49 !== "number" || !Number.isInteger(v49)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/duration", NOT_INTEGER)) return; }
              }
              const v50 = v44["chargingRateUnit"];
              if (v50 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingRateUnit", REQUIRED)) return; }
              else {
                n45++;
                if (typeof v50 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingRateUnit", NOT_STRING)) return; }
                else if (!isChargingRateUnitEnumType(v50)) { if (c.soft(PCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
              }
              const v51 = v44["chargingSchedulePeriod"];
              if (v51 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod", REQUIRED)) return; }
              else {
                n45++;
                if (!Array.isArray(v51)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod", NOT_ARRAY)) return; }
                else if (v51.length > 1024) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
                else {
                  if (v51.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
                  for (let i52 = 0; i52 < v51.length; i52++) {
                    const v53 = v51[i52];
                    if (typeof v53 !== "object" || v53 === null || Array.isArray(v53)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52, NOT_OBJECT)) return; }
                    else {
                      let n54 = 0;
                      const v55 = v53["customData"];
                      if (v55 !== undefined) {
                        n54++;
                        if (checkCustomDataType(v55, c, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/customData")) return;
                      }
                      const v56 = v53["startPeriod"];
                      if (v56 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/startPeriod", REQUIRED)) return; }
                      else {
                        n54++;
                        if (typeof v56 !== "number" || !Number.isInteger(v56)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/startPeriod", NOT_INTEGER)) return; }
                      }
                      const v57 = v53["limit"];
                      if (v57 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/limit", REQUIRED)) return; }
                      else {
                        n54++;
                        if (typeof v57 !== "number" || !Number.isFinite(v57)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/limit", NOT_NUMBER)) return; }
                      }
                      const v58 = v53["numberPhases"];
                      if (v58 !== undefined) {
                        n54++;
                        if (typeof v58 !== "number" || !Number.isInteger(v58)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/numberPhases", NOT_INTEGER)) return; }
                      }
                      const v59 = v53["phaseToUse"];
                      if (v59 !== undefined) {
                        n54++;
                        if (typeof v59 !== "number" || !Number.isInteger(v59)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/phaseToUse", NOT_INTEGER)) return; }
                      }
                      for (const k60 in v53) n54--;
                      if (n54 !== 0) {
                        for (const k60 in v53) if (!(k60 === "customData" || k60 === "startPeriod" || k60 === "limit" || k60 === "numberPhases" || k60 === "phaseToUse")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i43 + "/chargingSchedulePeriod/" + i52 + "/" + pointerToken(k60), UNKNOWN)) return; }
                      }
                    }
                  }
                }
              }
              const v61 = v44["minChargingRate"];
              if (v61 !== undefined) {
                n45++;
                if (typeof v61 !== "number" || !Number.isFinite(v61)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/minChargingRate", NOT_NUMBER)) return; }
              }
              const v62 = v44["salesTariff"];
              if (v62 !== undefined) {
                n45++;
                if (typeof v62 !== "object" || v62 === null || Array.isArray(v62)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff", NOT_OBJECT)) return; }
                else {
                  let n63 = 0;
                  const v64 = v62["customData"];
                  if (v64 !== undefined) {
                    n63++;
                    if (checkCustomDataType(v64, c, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/customData")) return;
                  }
                  const v65 = v62["id"];
                  if (v65 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/id", REQUIRED)) return; }
                  else {
                    n63++;
                    if (typeof v65 !== "number" || !Number.isInteger(v65)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/id", NOT_INTEGER)) return; }
                  }
                  const v66 = v62["salesTariffDescription"];
                  if (v66 !== undefined) {
                    n63++;
                    if (typeof v66 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffDescription", NOT_STRING)) return; }
                    else if (v66.length > 32 && (v66.length > 64 || codePoints(v66) > 32)) { if (c.soft(PCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
                  }
                  const v67 = v62["numEPriceLevels"];
                  if (v67 !== undefined) {
                    n63++;
                    if (typeof v67 !== "number" || !Number.isInteger(v67)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/numEPriceLevels", NOT_INTEGER)) return; }
                  }
                  const v68 = v62["salesTariffEntry"];
                  if (v68 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry", REQUIRED)) return; }
                  else {
                    n63++;
                    if (!Array.isArray(v68)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry", NOT_ARRAY)) return; }
                    else if (v68.length > 1024) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                    else {
                      if (v68.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                      for (let i69 = 0; i69 < v68.length; i69++) {
                        const v70 = v68[i69];
                        if (typeof v70 !== "object" || v70 === null || Array.isArray(v70)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69, NOT_OBJECT)) return; }
                        else {
                          let n71 = 0;
                          const v72 = v70["customData"];
                          if (v72 !== undefined) {
                            n71++;
                            if (checkCustomDataType(v72, c, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/customData")) return;
                          }
                          const v73 = v70["relativeTimeInterval"];
                          if (v73 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/relativeTimeInterval", REQUIRED)) return; }
                          else {
                            n71++;
                            if (typeof v73 !== "object" || v73 === null || Array.isArray(v73)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/relativeTimeInterval", NOT_OBJECT)) return; }
                            else {
                              let n74 = 0;
                              const v75 = v73["customData"];
                              if (v75 !== undefined) {
                                n74++;
                                if (checkCustomDataType(v75, c, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/relativeTimeInterval/customData")) return;
                              }
                              const v76 = v73["start"];
                              if (v76 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/relativeTimeInterval/start", REQUIRED)) return; }
                              else {
                                n74++;
                                if (typeof v76 !== "number" || !Number.isInteger(v76)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/relativeTimeInterval/start", NOT_INTEGER)) return; }
                              }
                              const v77 = v73["duration"];
                              if (v77 !== undefined) {
                                n74++;
                                if (typeof v77 !== "number" || !Number.isInteger(v77)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/relativeTimeInterval/duration", NOT_INTEGER)) return; }
                              }
                              for (const k78 in v73) n74--;
                              if (n74 !== 0) {
                                for (const k78 in v73) if (!(k78 === "customData" || k78 === "start" || k78 === "duration")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/relativeTimeInterval/" + pointerToken(k78), UNKNOWN)) return; }
                              }
                            }
                          }
                          const v79 = v70["ePriceLevel"];
                          if (v79 !== undefined) {
                            n71++;
                            if (typeof v79 !== "number" || !Number.isInteger(v79)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/ePriceLevel", NOT_INTEGER)) return; }
                            else {
                              if (v79 < 0) { if (c.fail(PCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/ePriceLevel", "below minimum 0")) return; }
                            }
                          }
                          const v80 = v70["consumptionCost"];
                          if (v80 !== undefined) {
                            n71++;
                            if (!Array.isArray(v80)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost", NOT_ARRAY)) return; }
                            else if (v80.length > 3) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost", "more than maxItems 3")) return; }
                            else {
                              if (v80.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost", "fewer than minItems 1")) return; }
                              for (let i81 = 0; i81 < v80.length; i81++) {
                                const v82 = v80[i81];
                                if (typeof v82 !== "object" || v82 === null || Array.isArray(v82)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81, NOT_OBJECT)) return; }
                                else {
                                  let n83 = 0;
                                  const v84 = v82["customData"];
                                  if (v84 !== undefined) {
                                    n83++;
                                    if (checkCustomDataType(v84, c, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/customData")) return;
                                  }
                                  const v85 = v82["startValue"];
                                  if (v85 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/startValue", REQUIRED)) return; }
                                  else {
                                    n83++;
                                    if (typeof v85 !== "number" || !Number.isFinite(v85)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/startValue", NOT_NUMBER)) return; }
                                  }
                                  const v86 = v82["cost"];
                                  if (v86 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost", REQUIRED)) return; }
                                  else {
                                    n83++;
                                    if (!Array.isArray(v86)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost", NOT_ARRAY)) return; }
                                    else if (v86.length > 3) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost", "more than maxItems 3")) return; }
                                    else {
                                      if (v86.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost", "fewer than minItems 1")) return; }
                                      for (let i87 = 0; i87 < v86.length; i87++) {
                                        const v88 = v86[i87];
                                        if (typeof v88 !== "object" || v88 === null || Array.isArray(v88)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87, NOT_OBJECT)) return; }
                                        else {
                                          let n89 = 0;
                                          const v90 = v88["customData"];
                                          if (v90 !== undefined) {
                                            n89++;
                                            if (checkCustomDataType(v90, c, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/customData")) return;
                                          }
                                          const v91 = v88["costKind"];
                                          if (v91 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/costKind", REQUIRED)) return; }
                                          else {
                                            n89++;
                                            if (typeof v91 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/costKind", NOT_STRING)) return; }
                                            else if (!isCostKindEnumType(v91)) { if (c.soft(PCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/costKind", "not a CostKindEnumType value")) return; }
                                          }
                                          const v92 = v88["amount"];
                                          if (v92 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/amount", REQUIRED)) return; }
                                          else {
                                            n89++;
                                            if (typeof v92 !== "number" || !Number.isInteger(v92)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/amount", NOT_INTEGER)) return; }
                                          }
                                          const v93 = v88["amountMultiplier"];
                                          if (v93 !== undefined) {
                                            n89++;
                                            if (typeof v93 !== "number" || !Number.isInteger(v93)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/amountMultiplier", NOT_INTEGER)) return; }
                                          }
                                          for (const k94 in v88) n89--;
                                          if (n89 !== 0) {
                                            for (const k94 in v88) if (!(k94 === "customData" || k94 === "costKind" || k94 === "amount" || k94 === "amountMultiplier")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/cost/" + i87 + "/" + pointerToken(k94), UNKNOWN)) return; }
                                          }
                                        }
                                      }
                                    }
                                  }
                                  for (const k95 in v82) n83--;
                                  if (n83 !== 0) {
                                    for (const k95 in v82) if (!(k95 === "customData" || k95 === "startValue" || k95 === "cost")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/consumptionCost/" + i81 + "/" + pointerToken(k95), UNKNOWN)) return; }
                                  }
                                }
                              }
                            }
                          }
                          for (const k96 in v70) n71--;
                          if (n71 !== 0) {
                            for (const k96 in v70) if (!(k96 === "customData" || k96 === "relativeTimeInterval" || k96 === "ePriceLevel" || k96 === "consumptionCost")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/salesTariffEntry/" + i69 + "/" + pointerToken(k96), UNKNOWN)) return; }
                          }
                        }
                      }
                    }
                  }
                  for (const k97 in v62) n63--;
                  if (n63 !== 0) {
                    for (const k97 in v62) if (!(k97 === "customData" || k97 === "id" || k97 === "salesTariffDescription" || k97 === "numEPriceLevels" || k97 === "salesTariffEntry")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i43 + "/salesTariff/" + pointerToken(k97), UNKNOWN)) return; }
                  }
                }
              }
              for (const k98 in v44) n45--;
              if (n45 !== 0) {
                for (const k98 in v44) if (!(k98 === "customData" || k98 === "id" || k98 === "startSchedule" || k98 === "duration" || k98 === "chargingRateUnit" || k98 === "chargingSchedulePeriod" || k98 === "minChargingRate" || k98 === "salesTariff")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i43 + "/" + pointerToken(k98), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v99 = v32["transactionId"];
      if (v99 !== undefined) {
        n33++;
        if (typeof v99 !== "string") { if (c.fail(TCV, "/chargingProfile/transactionId", NOT_STRING)) return; }
        else if (v99.length > 36 && (v99.length > 72 || codePoints(v99) > 36)) { if (c.soft(PCV, "/chargingProfile/transactionId", "longer than maxLength 36")) return; }
      }
      for (const k100 in v32) n33--;
      if (n33 !== 0) {
        for (const k100 in v32) if (!(k100 === "customData" || k100 === "id" || k100 === "stackLevel" || k100 === "chargingProfilePurpose" || k100 === "chargingProfileKind" || k100 === "recurrencyKind" || k100 === "validFrom" || k100 === "validTo" || k100 === "chargingSchedule" || k100 === "transactionId")) { if (c.soft(FV, "/chargingProfile/" + pointerToken(k100), UNKNOWN)) return; }
      }
    }
  }
  for (const k101 in d) n0--;
  if (n0 !== 0) {
    for (const k101 in d) if (!(k101 === "customData" || k101 === "evseId" || k101 === "groupIdToken" || k101 === "idToken" || k101 === "remoteStartId" || k101 === "chargingProfile")) { if (c.soft(FV, "/" + pointerToken(k101), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  const v9 = d["transactionId"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/transactionId", NOT_STRING)) return; }
    else if (v9.length > 36 && (v9.length > 72 || codePoints(v9) > 36)) { if (c.soft(PCV, "/transactionId", "longer than maxLength 36")) return; }
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "customData" || k10 === "status" || k10 === "statusInfo" || k10 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail(TCV, "/idToken", NOT_OBJECT)) return; }
    else {
      let n6 = 0;
      const v7 = v5["customData"];
      if (v7 !== undefined) {
        n6++;
        if (checkCustomDataType(v7, c, "/idToken/customData")) return;
      }
      const v8 = v5["additionalInfo"];
      if (v8 !== undefined) {
        n6++;
        if (!Array.isArray(v8)) { if (c.fail(TCV, "/idToken/additionalInfo", NOT_ARRAY)) return; }
        else {
          if (v8.length < 1) { if (c.fail(OCV, "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i9 = 0; i9 < v8.length; i9++) {
            const v10 = v8[i9];
            if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/idToken/additionalInfo/" + i9, NOT_OBJECT)) return; }
            else {
              let n11 = 0;
              const v12 = v10["customData"];
              if (v12 !== undefined) {
                n11++;
                if (checkCustomDataType(v12, c, "/idToken/additionalInfo/" + i9 + "/customData")) return;
              }
              const v13 = v10["additionalIdToken"];
              if (v13 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i9 + "/additionalIdToken", REQUIRED)) return; }
              else {
                n11++;
                if (typeof v13 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i9 + "/additionalIdToken", NOT_STRING)) return; }
                else if (v13.length > 36 && (v13.length > 72 || codePoints(v13) > 36)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i9 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v14 = v10["type"];
              if (v14 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i9 + "/type", REQUIRED)) return; }
              else {
                n11++;
                if (typeof v14 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i9 + "/type", NOT_STRING)) return; }
                else if (v14.length > 50 && (v14.length > 100 || codePoints(v14) > 50)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i9 + "/type", "longer than maxLength 50")) return; }
              }
              for (const k15 in v10) n11--;
              if (n11 !== 0) {
                for (const k15 in v10) if (!(k15 === "customData" || k15 === "additionalIdToken" || k15 === "type")) { if (c.soft(FV, "/idToken/additionalInfo/" + i9 + "/" + pointerToken(k15), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v16 = v5["idToken"];
      if (v16 === undefined) { if (c.fail(OCV, "/idToken/idToken", REQUIRED)) return; }
      else {
        n6++;
        if (typeof v16 !== "string") { if (c.fail(TCV, "/idToken/idToken", NOT_STRING)) return; }
        else if (v16.length > 36 && (v16.length > 72 || codePoints(v16) > 36)) { if (c.soft(PCV, "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v17 = v5["type"];
      if (v17 === undefined) { if (c.fail(OCV, "/idToken/type", REQUIRED)) return; }
      else {
        n6++;
        if (typeof v17 !== "string") { if (c.fail(TCV, "/idToken/type", NOT_STRING)) return; }
        else if (!isIdTokenEnumType(v17)) { if (c.soft(PCV, "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
      for (const k18 in v5) n6--;
      if (n6 !== 0) {
        for (const k18 in v5) if (!(k18 === "customData" || k18 === "additionalInfo" || k18 === "idToken" || k18 === "type")) { if (c.soft(FV, "/idToken/" + pointerToken(k18), UNKNOWN)) return; }
      }
    }
  }
  const v19 = d["evseId"];
  if (v19 !== undefined) {
    n0++;
    if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail(TCV, "/evseId", NOT_INTEGER)) return; }
  }
  const v20 = d["groupIdToken"];
  if (v20 !== undefined) {
    n0++;
    if (typeof v20 !== "object" || v20 === null || Array.isArray(v20)) { if (c.fail(TCV, "/groupIdToken", NOT_OBJECT)) return; }
    else {
      let n21 = 0;
      const v22 = v20["customData"];
      if (v22 !== undefined) {
        n21++;
        if (checkCustomDataType(v22, c, "/groupIdToken/customData")) return;
      }
      const v23 = v20["additionalInfo"];
      if (v23 !== undefined) {
        n21++;
        if (!Array.isArray(v23)) { if (c.fail(TCV, "/groupIdToken/additionalInfo", NOT_ARRAY)) return; }
        else {
          if (v23.length < 1) { if (c.fail(OCV, "/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i24 = 0; i24 < v23.length; i24++) {
            const v25 = v23[i24];
            if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail(TCV, "/groupIdToken/additionalInfo/" + i24, NOT_OBJECT)) return; }
            else {
              let n26 = 0;
              const v27 = v25["customData"];
              if (v27 !== undefined) {
                n26++;
                if (checkCustomDataType(v27, c, "/groupIdToken/additionalInfo/" + i24 + "/customData")) return;
              }
              const v28 = v25["additionalIdToken"];
              if (v28 === undefined) { if (c.fail(OCV, "/groupIdToken/additionalInfo/" + i24 + "/additionalIdToken", REQUIRED)) return; }
              else {
                n26++;
                if (typeof v28 !== "string") { if (c.fail(TCV, "/groupIdToken/additionalInfo/" + i24 + "/additionalIdToken", NOT_STRING)) return; }
                else if (v28.length > 36 && (v28.length > 72 || codePoints(v28) > 36)) { if (c.soft(PCV, "/groupIdToken/additionalInfo/" + i24 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v29 = v25["type"];
              if (v29 === undefined) { if (c.fail(OCV, "/groupIdToken/additionalInfo/" + i24 + "/type", REQUIRED)) return; }
              else {
                n26++;
                if (typeof v29 !== "string") { if (c.fail(TCV, "/groupIdToken/additionalInfo/" + i24 + "/type", NOT_STRING)) return; }
                else if (v29.length > 50 && (v29.length > 100 || codePoints(v29) > 50)) { if (c.soft(PCV, "/groupIdToken/additionalInfo/" + i24 + "/type", "longer than maxLength 50")) return; }
              }
              for (const k30 in v25) n26--;
              if (n26 !== 0) {
                for (const k30 in v25) if (!(k30 === "customData" || k30 === "additionalIdToken" || k30 === "type")) { if (c.soft(FV, "/groupIdToken/additionalInfo/" + i24 + "/" + pointerToken(k30), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v31 = v20["idToken"];
      if (v31 === undefined) { if (c.fail(OCV, "/groupIdToken/idToken", REQUIRED)) return; }
      else {
        n21++;
        if (typeof v31 !== "string") { if (c.fail(TCV, "/groupIdToken/idToken", NOT_STRING)) return; }
        else if (v31.length > 36 && (v31.length > 72 || codePoints(v31) > 36)) { if (c.soft(PCV, "/groupIdToken/idToken", "longer than maxLength 36")) return; }
      }
      const v32 = v20["type"];
      if (v32 === undefined) { if (c.fail(OCV, "/groupIdToken/type", REQUIRED)) return; }
      else {
        n21++;
        if (typeof v32 !== "string") { if (c.fail(TCV, "/groupIdToken/type", NOT_STRING)) return; }
        else if (!isIdTokenEnumType(v32)) { if (c.soft(PCV, "/groupIdToken/type", "not a IdTokenEnumType value")) return; }
      }
      for (const k33 in v20) n21--;
      if (n21 !== 0) {
        for (const k33 in v20) if (!(k33 === "customData" || k33 === "additionalInfo" || k33 === "idToken" || k33 === "type")) { if (c.soft(FV, "/groupIdToken/" + pointerToken(k33), UNKNOWN)) return; }
      }
    }
  }
  for (const k34 in d) n0--;
  if (n0 !== 0) {
    for (const k34 in d) if (!(k34 === "customData" || k34 === "id" || k34 === "expiryDateTime" || k34 === "connectorType" || k34 === "idToken" || k34 === "evseId" || k34 === "groupIdToken")) { if (c.soft(FV, "/" + pointerToken(k34), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["localAuthorizationList"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/localAuthorizationList", NOT_ARRAY)) return; }
    else {
      if (v2.length < 1) { if (c.fail(OCV, "/localAuthorizationList", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/localAuthorizationList/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/localAuthorizationList/" + i3 + "/customData")) return;
          }
          const v7 = v4["idToken"];
          if (v7 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idToken", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idToken", NOT_OBJECT)) return; }
            else {
              let n8 = 0;
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                n8++;
                if (checkCustomDataType(v9, c, "/localAuthorizationList/" + i3 + "/idToken/customData")) return;
              }
              const v10 = v7["additionalInfo"];
              if (v10 !== undefined) {
                n8++;
                if (!Array.isArray(v10)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo", NOT_ARRAY)) return; }
                else {
                  if (v10.length < 1) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo", "fewer than minItems 1")) return; }
                  for (let i11 = 0; i11 < v10.length; i11++) {
                    const v12 = v10[i11];
                    if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11, NOT_OBJECT)) return; }
                    else {
                      let n13 = 0;
                      const v14 = v12["customData"];
                      if (v14 !== undefined) {
                        n13++;
                        if (checkCustomDataType(v14, c, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/customData")) return;
                      }
                      const v15 = v12["additionalIdToken"];
                      if (v15 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/additionalIdToken", REQUIRED)) return; }
                      else {
                        n13++;
                        if (typeof v15 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/additionalIdToken", NOT_STRING)) return; }
                        else if (v15.length > 36 && (v15.length > 72 || codePoints(v15) > 36)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/additionalIdToken", "longer than maxLength 36")) return; }
                      }
                      const v16 = v12["type"];
                      if (v16 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/type", REQUIRED)) return; }
                      else {
                        n13++;
                        if (typeof v16 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/type", NOT_STRING)) return; }
                        else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/type", "longer than maxLength 50")) return; }
                      }
                      for (const k17 in v12) n13--;
                      if (n13 !== 0) {
                        for (const k17 in v12) if (!(k17 === "customData" || k17 === "additionalIdToken" || k17 === "type")) { if (c.soft(FV, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/" + pointerToken(k17), UNKNOWN)) return; }
                      }
                    }
                  }
                }
              }
              const v18 = v7["idToken"];
              if (v18 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idToken/idToken", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v18 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idToken/idToken", NOT_STRING)) return; }
                else if (v18.length > 36 && (v18.length > 72 || codePoints(v18) > 36)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idToken/idToken", "longer than maxLength 36")) return; }
              }
              const v19 = v7["type"];
              if (v19 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idToken/type", REQUIRED)) return; }
              else {
                n8++;
                if (typeof v19 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idToken/type", NOT_STRING)) return; }
                else if (!isIdTokenEnumType(v19)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idToken/type", "not a IdTokenEnumType value")) return; }
              }
              for (const k20 in v7) n8--;
              if (n8 !== 0) {
                for (const k20 in v7) if (!(k20 === "customData" || k20 === "additionalInfo" || k20 === "idToken" || k20 === "type")) { if (c.soft(FV, "/localAuthorizationList/" + i3 + "/idToken/" + pointerToken(k20), UNKNOWN)) return; }
              }
            }
          }
          const v21 = v4["idTokenInfo"];
          if (v21 !== undefined) {
            n5++;
            if (typeof v21 !== "object" || v21 === null || Array.isArray(v21)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo", NOT_OBJECT)) return; }
            else {
              let n22 = 0;
              const v23 = v21["customData"];
              if (v23 !== undefined) {
                n22++;
                if (checkCustomDataType(v23, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/customData")) return;
              }
              const v24 = v21["status"];
              if (v24 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/status", REQUIRED)) return; }
              else {
                n22++;
                if (typeof v24 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/status", NOT_STRING)) return; }
                else if (!isAuthorizationStatusEnumType(v24)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/status", "not a AuthorizationStatusEnumType value")) return; }
              }
              const v25 = v21["cacheExpiryDateTime"];
              if (v25 !== undefined) {
                n22++;
                if (typeof v25 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/cacheExpiryDateTime", NOT_STRING)) return; }
                else if (!isDateTime(v25)) { if (c.fail(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/cacheExpiryDateTime", NOT_DATE_TIME)) return; }
              }
              const v26 = v21["chargingPriority"];
              if (v26 !== undefined) {
                n22++;
                if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/chargingPriority", NOT_INTEGER)) return; }
              }
              const v27 = v21["language1"];
              if (v27 !== undefined) {
                n22++;
                if (typeof v27 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/language1", NOT_STRING)) return; }
                else if (v27.length > 8 && (v27.length > 16 || codePoints(v27) > 8)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/language1", "longer than maxLength 8")) return; }
              }
              const v28 = v21["evseId"];
              if (v28 !== undefined) {
                n22++;
                if (!Array.isArray(v28)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/evseId", NOT_ARRAY)) return; }
                else {
                  if (v28.length < 1) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/evseId", "fewer than minItems 1")) return; }
                  for (let i29 = 0; i29 < v28.length; i29++) {
                    const v30 = v28[i29];
                    if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/evseId/" + i29, NOT_INTEGER)) return; }
                  }
                }
              }
              const v31 = v21["groupIdToken"];
              if (v31 !== undefined) {
                n22++;
                if (typeof v31 !== "object" || v31 === null || Array.isArray(v31)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken", NOT_OBJECT)) return; }
                else {
                  let n32 = 0;
                  const v33 = v31["customData"];
                  if (v33 !== undefined) {
                    n32++;
                    if (checkCustomDataType(v33, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/customData")) return;
                  }
                  const v34 = v31["additionalInfo"];
                  if (v34 !== undefined) {
                    n32++;
                    if (!Array.isArray(v34)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo", NOT_ARRAY)) return; }
                    else {
                      if (v34.length < 1) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
                      for (let i35 = 0; i35 < v34.length; i35++) {
                        const v36 = v34[i35];
                        if (typeof v36 !== "object" || v36 === null || Array.isArray(v36)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35, NOT_OBJECT)) return; }
                        else {
                          let n37 = 0;
                          const v38 = v36["customData"];
                          if (v38 !== undefined) {
                            n37++;
                            if (checkCustomDataType(v38, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/customData")) return;
                          }
                          const v39 = v36["additionalIdToken"];
                          if (v39 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/additionalIdToken", REQUIRED)) return; }
                          else {
                            n37++;
                            if (typeof v39 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/additionalIdToken", NOT_STRING)) return; }
                            else if (v39.length > 36 && (v39.length > 72 || codePoints(v39) > 36)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/additionalIdToken", "longer than maxLength 36")) return; }
                          }
                          const v40 = v36["type"];
                          if (v40 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/type", REQUIRED)) return; }
                          else {
                            n37++;
                            if (typeof v40 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/type", NOT_STRING)) return; }
                            else if (v40.length > 50 && (v40.length > 100 || codePoints(v40) > 50)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/type", "longer than maxLength 50")) return; }
                          }
                          for (const k41 in v36) n37--;
                          if (n37 !== 0) {
                            for (const k41 in v36) if (!(k41 === "customData" || k41 === "additionalIdToken" || k41 === "type")) { if (c.soft(FV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i35 + "/" + pointerToken(k41), UNKNOWN)) return; }
                          }
                        }
                      }
                    }
                  }
                  const v42 = v31["idToken"];
                  if (v42 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/idToken", REQUIRED)) return; }
                  else {
                    n32++;
                    if (typeof v42 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/idToken", NOT_STRING)) return; }
                    else if (v42.length > 36 && (v42.length > 72 || codePoints(v42) > 36)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/idToken", "longer than maxLength 36")) return; }
                  }
                  const v43 = v31["type"];
                  if (v43 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/type", REQUIRED)) return; }
                  else {
                    n32++;
                    if (typeof v43 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/type", NOT_STRING)) return; }
                    else if (!isIdTokenEnumType(v43)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/type", "not a IdTokenEnumType value")) return; }
                  }
                  for (const k44 in v31) n32--;
                  if (n32 !== 0) {
                    for (const k44 in v31) if (!(k44 === "customData" || k44 === "additionalInfo" || k44 === "idToken" || k44 === "type")) { if (c.soft(FV, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/" + pointerToken(k44), UNKNOWN)) return; }
                  }
                }
              }
              const v45 = v21["language2"];
              if (v45 !== undefined) {
                n22++;
                if (typeof v45 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/language2", NOT_STRING)) return; }
                else if (v45.length > 8 && (v45.length > 16 || codePoints(v45) > 8)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/language2", "longer than maxLength 8")) return; }
              }
              const v46 = v21["personalMessage"];
              if (v46 !== undefined) {
                n22++;
                if (typeof v46 !== "object" || v46 === null || Array.isArray(v46)) { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage", NOT_OBJECT)) return; }
                else {
                  let n47 = 0;
                  const v48 = v46["customData"];
                  if (v48 !== undefined) {
                    n47++;
                    if (checkCustomDataType(v48, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/customData")) return;
                  }
                  const v49 = v46["format"];
                  if (v49 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/format", REQUIRED)) return; }
                  else {
                    n47++;
                    if (typeof v49 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/format", NOT_STRING)) return; }
                    else if (!isMessageFormatEnumType(v49)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/format", "not a MessageFormatEnumType value")) return; }
                  }
                  const v50 = v46["language"];
                  if (v50 !== undefined) {
                    n47++;
                    if (typeof v50 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/language", NOT_STRING)) return; }
                    else if (v50.length > 8 && (v50.length > 16 || codePoints(v50) > 8)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/language", "longer than maxLength 8")) return; }
                  }
                  const v51 = v46["content"];
                  if (v51 === undefined) { if (c.fail(OCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/content", REQUIRED)) return; }
                  else {
                    n47++;
                    if (typeof v51 !== "string") { if (c.fail(TCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/content", NOT_STRING)) return; }
                    else if (v51.length > 512 && (v51.length > 1024 || codePoints(v51) > 512)) { if (c.soft(PCV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/content", "longer than maxLength 512")) return; }
                  }
                  for (const k52 in v46) n47--;
                  if (n47 !== 0) {
                    for (const k52 in v46) if (!(k52 === "customData" || k52 === "format" || k52 === "language" || k52 === "content")) { if (c.soft(FV, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/" + pointerToken(k52), UNKNOWN)) return; }
                  }
                }
              }
              for (const k53 in v21) n22--;
              if (n22 !== 0) {
                for (const k53 in v21) if (!(k53 === "customData" || k53 === "status" || k53 === "cacheExpiryDateTime" || k53 === "chargingPriority" || k53 === "language1" || k53 === "evseId" || k53 === "groupIdToken" || k53 === "language2" || k53 === "personalMessage")) { if (c.soft(FV, "/localAuthorizationList/" + i3 + "/idTokenInfo/" + pointerToken(k53), UNKNOWN)) return; }
              }
            }
          }
          for (const k54 in v4) n5--;
          if (n5 !== 0) {
            for (const k54 in v4) if (!(k54 === "customData" || k54 === "idToken" || k54 === "idTokenInfo")) { if (c.soft(FV, "/localAuthorizationList/" + i3 + "/" + pointerToken(k54), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v55 = d["versionNumber"];
  if (v55 === undefined) { if (c.fail(OCV, "/versionNumber", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v55 !== "number" || !Number.isInteger(v55)) { if (c.fail(TCV, "/versionNumber", NOT_INTEGER)) return; }
  }
  const v56 = d["updateType"];
  if (v56 === undefined) { if (c.fail(OCV, "/updateType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v56 !== "string") { if (c.fail(TCV, "/updateType", NOT_STRING)) return; }
    else if (!isUpdateEnumType(v56)) { if (c.soft(PCV, "/updateType", "not a UpdateEnumType value")) return; }
  }
  for (const k57 in d) n0--;
  if (n0 !== 0) {
    for (const k57 in d) if (!(k57 === "customData" || k57 === "localAuthorizationList" || k57 === "versionNumber" || k57 === "updateType")) { if (c.soft(FV, "/" + pointerToken(k57), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/chargingProfile", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/chargingProfile/customData")) return;
      }
      const v6 = v3["id"];
      if (v6 === undefined) { if (c.fail(OCV, "/chargingProfile/id", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/chargingProfile/id", NOT_INTEGER)) return; }
      }
      const v7 = v3["stackLevel"];
      if (v7 === undefined) { if (c.fail(OCV, "/chargingProfile/stackLevel", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/chargingProfile/stackLevel", NOT_INTEGER)) return; }
      }
      const v8 = v3["chargingProfilePurpose"];
      if (v8 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingProfilePurpose", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingProfilePurpose", NOT_STRING)) return; }
        else if (!isChargingProfilePurposeEnumType(v8)) { if (c.soft(PCV, "/chargingProfile/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v9 = v3["chargingProfileKind"];
      if (v9 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingProfileKind", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v9 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingProfileKind", NOT_STRING)) return; }
        else if (!isChargingProfileKindEnumType(v9)) { if (c.soft(PCV, "/chargingProfile/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return; }
      }
      const v10 = v3["recurrencyKind"];
      if (v10 !== undefined) {
        n4++;
        if (typeof v10 !== "string") { if (c.fail(TCV, "/chargingProfile/recurrencyKind", NOT_STRING)) return; }
        else if (!isRecurrencyKindEnumType(v10)) { if (c.soft(PCV, "/chargingProfile/recurrencyKind", "not a RecurrencyKindEnumType value")) return; }
      }
      const v11 = v3["validFrom"];
      if (v11 !== undefined) {
        n4++;
        if (typeof v11 !== "string") { if (c.fail(TCV, "/chargingProfile/validFrom", NOT_STRING)) return; }
        else if (!isDateTime(v11)) { if (c.fail(PCV, "/chargingProfile/validFrom", NOT_DATE_TIME)) return; }
      }
      const v12 = v3["validTo"];
      if (v12 !== undefined) {
        n4++;
        if (typeof v12 !== "string") { if (c.fail(TCV, "/chargingProfile/validTo", NOT_STRING)) return; }
        else if (!isDateTime(v12)) { if (c.fail(PCV, "/chargingProfile/validTo", NOT_DATE_TIME)) return; }
      }
      const v13 = v3["chargingSchedule"];
      if (v13 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule", REQUIRED)) return; }
      else {
        n4++;
        if (!Array.isArray(v13)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule", NOT_ARRAY)) return; }
        else if (v13.length > 3) { if (c.fail(OCV, "/chargingProfile/chargingSchedule", "more than maxItems 3")) return; }
        else {
          if (v13.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule", "fewer than minItems 1")) return; }
          for (let i14 = 0; i14 < v13.length; i14++) {
            const v15 = v13[i14];
            if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14, NOT_OBJECT)) return; }
            else {
              let n16 = 0;
              const v17 = v15["customData"];
              if (v17 !== undefined) {
                n16++;
                if (checkCustomDataType(v17, c, "/chargingProfile/chargingSchedule/" + i14 + "/customData")) return;
              }
              const v18 = v15["id"];
              if (v18 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/id", REQUIRED)) return; }
              else {
                n16++;
                if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/id", NOT_INTEGER)) return; }
              }
              const v19 = v15["startSchedule"];
              if (v19 !== undefined) {
                n16++;
                if (typeof v19 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/startSchedule", NOT_STRING)) return; }
                else if (!isDateTime(v19)) { if (c.fail(PCV, "/chargingProfile/chargingSchedule/" + i14 + "/startSchedule", NOT_DATE_TIME)) return; }
              }
              const v20 = v15["duration"];
              if (v20 !== undefined) {
                n16++;
                if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/duration", NOT_INTEGER)) return; }
              }
              const v21 = v15["chargingRateUnit"];
              if (v21 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingRateUnit", REQUIRED)) return; }
              else {
                n16++;
                if (typeof v21 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingRateUnit", NOT_STRING)) return; }
                else if (!isChargingRateUnitEnumType(v21)) { if (c.soft(PCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
              }
              const v22 = v15["chargingSchedulePeriod"];
              if (v22 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", REQUIRED)) return; }
              else {
                n16++;
                if (!Array.isArray(v22)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", NOT_ARRAY)) return; }
                else if (v22.length > 1024) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
                else {
                  if (v22.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
                  for (let i23 = 0; i23 < v22.length; i23++) {
                    const v24 = v22[i23];
                    if (typeof v24 !== "object" || v24 === null || Array.isArray(v24)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23, NOT_OBJECT)) return; }
                    else {
                      let n25 = 0;
                      const v26 = v24["customData"];
                      if (v26 !== undefined) {
                        n25++;
                        if (checkCustomDataType(v26, c, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/customData")) return;
                      }
                      const v27 = v24["startPeriod"];
                      if (v27 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/startPeriod", REQUIRED)) return; }
                      else {
                        n25++;
                        if (typeof v27 !== "number" || !Number.isInteger(v27)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/startPeriod", NOT_INTEGER)) return; }
                      }
                      const v28 = v24["limit"];
                      if (v28 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/limit", REQUIRED)) return; }
                      else {
                        n25++;
                        if (typeof v28 !== "number" || !Number.isFinite(v28)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/limit", NOT_NUMBER)) return; }
                      }
                      const v29 = v24["numberPhases"];
                      if (v29 !== undefined) {
                        n25++;
                        if (typeof v29 !== "number" || !Number.isInteger(v29)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/numberPhases", NOT_INTEGER)) return; }
                      }
                      const v30 = v24["phaseToUse"];
                      if (v30 !== undefined) {
                        n25++;
                        if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/phaseToUse", NOT_INTEGER)) return; }
                      }
                      for (const k31 in v24) n25--;
                      if (n25 !== 0) {
                        for (const k31 in v24) if (!(k31 === "customData" || k31 === "startPeriod" || k31 === "limit" || k31 === "numberPhases" || k31 === "phaseToUse")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/" + pointerToken(k31), UNKNOWN)) return; }
                      }
                    }
                  }
                }
              }
              const v32 = v15["minChargingRate"];
              if (v32 !== undefined) {
                n16++;
                if (typeof v32 !== "number" || !Number.isFinite(v32)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/minChargingRate", NOT_NUMBER)) return; }
              }
              const v33 = v15["salesTariff"];
              if (v33 !== undefined) {
                n16++;
                if (typeof v33 !== "object" || v33 === null || Array.isArray(v33)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff", NOT_OBJECT)) return; }
                else {
                  let n34 = 0;
                  const v35 = v33["customData"];
                  if (v35 !== undefined) {
                    n34++;
                    if (checkCustomDataType(v35, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/customData")) return;
                  }
                  const v36 = v33["id"];
                  if (v36 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/id", REQUIRED)) return; }
                  else {
                    n34++;
                    if (typeof v36 !== "number" || !Number.isInteger(v36)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/id", NOT_INTEGER)) return; }
                  }
                  const v37 = v33["salesTariffDescription"];
                  if (v37 !== undefined) {
                    n34++;
                    if (typeof v37 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffDescription", NOT_STRING)) return; }
                    else if (v37.length > 32 && (v37.length > 64 || codePoints(v37) > 32)) { if (c.soft(PCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
                  }
                  const v38 = v33["numEPriceLevels"];
                  if (v38 !== undefined) {
                    n34++;
                    if (typeof v38 !== "number" || !Number.isInteger(v38)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/numEPriceLevels", NOT_INTEGER)) return; }
                  }
                  const v39 = v33["salesTariffEntry"];
                  if (v39 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", REQUIRED)) return; }
                  else {
                    n34++;
                    if (!Array.isArray(v39)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", NOT_ARRAY)) return; }
                    else if (v39.length > 1024) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                    else {
                      if (v39.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                      for (let i40 = 0; i40 < v39.length; i40++) {
                        const v41 = v39[i40];
                        if (typeof v41 !== "object" || v41 === null || Array.isArray(v41)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40, NOT_OBJECT)) return; }
                        else {
                          let n42 = 0;
                          const v43 = v41["customData"];
                          if (v43 !== undefined) {
                            n42++;
                            if (checkCustomDataType(v43, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/customData")) return;
                          }
                          const v44 = v41["relativeTimeInterval"];
                          if (v44 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/relativeTimeInterval", REQUIRED)) return; }
                          else {
                            n42++;
                            if (typeof v44 !== "object" || v44 === null || Array.isArray(v44)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/relativeTimeInterval", NOT_OBJECT)) return; }
                            else {
                              let n45 = 0;
                              const v46 = v44["customData"];
                              if (v46 !== undefined) {
                                n45++;
                                if (checkCustomDataType(v46, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/relativeTimeInterval/customData")) return;
                              }
                              const v47 = v44["start"];
                              if (v47 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/relativeTimeInterval/start", REQUIRED)) return; }
                              else {
                                n45++;
                                if (typeof v47 !== "number" || !Number.isInteger(v47)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/relativeTimeInterval/start", NOT_INTEGER)) return; }
                              }
                              const v48 = v44["duration"];
                              if (v48 !== undefined) {
                                n45++;
                                if (typeof v48 !== "number" || !Number.isInteger(v48)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/relativeTimeInterval/duration", NOT_INTEGER)) return; }
                              }
                              for (const k49 in v44) n45--;
                              if (n45 !== 0) {
                                for (const k49 in v44) if (!(k49 === "customData" || k49 === "start" || k49 === "duration")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/relativeTimeInterval/" + pointerToken(k49), UNKNOWN)) return; }
                              }
                            }
                          }
                          const v50 = v41["ePriceLevel"];
                          if (v50 !== undefined) {
                            n42++;
                            if (typeof v50 !== "number" || !Number.isInteger(v50)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/ePriceLevel", NOT_INTEGER)) return; }
                            else {
                              if (v50 < 0) { if (c.fail(PCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/ePriceLevel", "below minimum 0")) return; }
                            }
                          }
                          const v51 = v41["consumptionCost"];
                          if (v51 !== undefined) {
                            n42++;
                            if (!Array.isArray(v51)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost", NOT_ARRAY)) return; }
                            else if (v51.length > 3) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost", "more than maxItems 3")) return; }
                            else {
                              if (v51.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost", "fewer than minItems 1")) return; }
                              for (let i52 = 0; i52 < v51.length; i52++) {
                                const v53 = v51[i52];
                                if (typeof v53 !== "object" || v53 === null || Array.isArray(v53)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52, NOT_OBJECT)) return; }
                                else {
                                  let n54 = 0;
                                  const v55 = v53["customData"];
                                  if (v55 !== undefined) {
                                    n54++;
                                    if (checkCustomDataType(v55, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/customData")) return;
                                  }
                                  const v56 = v53["startValue"];
                                  if (v56 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/startValue", REQUIRED)) return; }
                                  else {
                                    n54++;
                                    if (typeof v56 !== "number" || !Number.isFinite(v56)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/startValue", NOT_NUMBER)) return; }
                                  }
                                  const v57 = v53["cost"];
                                  if (v57 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost", REQUIRED)) return; }
                                  else {
                                    n54++;
                                    if (!Array.isArray(v57)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost", NOT_ARRAY)) return; }
                                    else if (v57.length > 3) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost", "more than maxItems 3")) return; }
                                    else {
                                      if (v57.length < 1) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost", "fewer than minItems 1")) return; }
                                      for (let i58 = 0; i58 < v57.length; i58++) {
                                        const v59 = v57[i58];
                                        if (typeof v59 !== "object" || v59 === null || Array.isArray(v59)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58, NOT_OBJECT)) return; }
                                        else {
                                          let n60 = 0;
                                          const v61 = v59["customData"];
                                          if (v61 !== undefined) {
                                            n60++;
                                            if (checkCustomDataType(v61, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/customData")) return;
                                          }
                                          const v62 = v59["costKind"];
                                          if (v62 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/costKind", REQUIRED)) return; }
                                          else {
                                            n60++;
                                            if (typeof v62 !== "string") { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/costKind", NOT_STRING)) return; }
                                            else if (!isCostKindEnumType(v62)) { if (c.soft(PCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/costKind", "not a CostKindEnumType value")) return; }
                                          }
                                          const v63 = v59["amount"];
                                          if (v63 === undefined) { if (c.fail(OCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/amount", REQUIRED)) return; }
                                          else {
                                            n60++;
                                            if (typeof v63 !== "number" || !Number.isInteger(v63)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/amount", NOT_INTEGER)) return; }
                                          }
                                          const v64 = v59["amountMultiplier"];
                                          if (v64 !== undefined) {
                                            n60++;
                                            if (typeof v64 !== "number" || !Number.isInteger(v64)) { if (c.fail(TCV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/amountMultiplier", NOT_INTEGER)) return; }
                                          }
                                          for (const k65 in v59) n60--;
                                          if (n60 !== 0) {
                                            for (const k65 in v59) if (!(k65 === "customData" || k65 === "costKind" || k65 === "amount" || k65 === "amountMultiplier")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/cost/" + i58 + "/" + pointerToken(k65), UNKNOWN)) return; }
                                          }
                                        }
                                      }
                                    }
                                  }
                                  for (const k66 in v53) n54--;
                                  if (n54 !== 0) {
                                    for (const k66 in v53) if (!(k66 === "customData" || k66 === "startValue" || k66 === "cost")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/consumptionCost/" + i52 + "/" + pointerToken(k66), UNKNOWN)) return; }
                                  }
                                }
                              }
                            }
                          }
                          for (const k67 in v41) n42--;
                          if (n42 !== 0) {
                            for (const k67 in v41) if (!(k67 === "customData" || k67 === "relativeTimeInterval" || k67 === "ePriceLevel" || k67 === "consumptionCost")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i40 + "/" + pointerToken(k67), UNKNOWN)) return; }
                          }
                        }
                      }
                    }
                  }
                  for (const k68 in v33) n34--;
                  if (n34 !== 0) {
                    for (const k68 in v33) if (!(k68 === "customData" || k68 === "id" || k68 === "salesTariffDescription" || k68 === "numEPriceLevels" || k68 === "salesTariffEntry")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/" + pointerToken(k68), UNKNOWN)) return; }
                  }
                }
              }
              for (const k69 in v15) n16--;
              if (n16 !== 0) {
                for (const k69 in v15) if (!(k69 === "customData" || k69 === "id" || k69 === "startSchedule" || k69 === "duration" || k69 === "chargingRateUnit" || k69 === "chargingSchedulePeriod" || k69 === "minChargingRate" || k69 === "salesTariff")) { if (c.soft(FV, "/chargingProfile/chargingSchedule/" + i14 + "/" + pointerToken(k69), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v70 = v3["transactionId"];
      if (v70 !== undefined) {
        n4++;
        if (typeof v70 !== "string") { if (c.fail(TCV, "/chargingProfile/transactionId", NOT_STRING)) return; }
        else if (v70.length > 36 && (v70.length > 72 || codePoints(v70) > 36)) { if (c.soft(PCV, "/chargingProfile/transactionId", "longer than maxLength 36")) return; }
      }
      for (const k71 in v3) n4--;
      if (n4 !== 0) {
        for (const k71 in v3) if (!(k71 === "customData" || k71 === "id" || k71 === "stackLevel" || k71 === "chargingProfilePurpose" || k71 === "chargingProfileKind" || k71 === "recurrencyKind" || k71 === "validFrom" || k71 === "validTo" || k71 === "chargingSchedule" || k71 === "transactionId")) { if (c.soft(FV, "/chargingProfile/" + pointerToken(k71), UNKNOWN)) return; }
      }
    }
  }
  for (const k72 in d) n0--;
  if (n0 !== 0) {
    for (const k72 in d) if (!(k72 === "customData" || k72 === "evseId" || k72 === "chargingProfile")) { if (c.soft(FV, "/" + pointerToken(k72), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["message"];
  if (v2 === undefined) { if (c.fail(OCV, "/message", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/message", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/message/customData")) return;
      }
      const v5 = v2["display"];
      if (v5 !== undefined) {
        n3++;
        if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail(TCV, "/message/display", NOT_OBJECT)) return; }
        else {
          let n6 = 0;
          const v7 = v5["customData"];
          if (v7 !== undefined) {
            n6++;
            if (checkCustomDataType(v7, c, "/message/display/customData")) return;
          }
          const v8 = v5["evse"];
          if (v8 !== undefined) {
            n6++;
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail(TCV, "/message/display/evse", NOT_OBJECT)) return; }
            else {
              let n9 = 0;
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                n9++;
                if (checkCustomDataType(v10, c, "/message/display/evse/customData")) return;
              }
              const v11 = v8["id"];
              if (v11 === undefined) { if (c.fail(OCV, "/message/display/evse/id", REQUIRED)) return; }
              else {
                n9++;
                if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/message/display/evse/id", NOT_INTEGER)) return; }
              }
              const v12 = v8["connectorId"];
              if (v12 !== undefined) {
                n9++;
                if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail(TCV, "/message/display/evse/connectorId", NOT_INTEGER)) return; }
              }
              for (const k13 in v8) n9--;
              if (n9 !== 0) {
                for (const k13 in v8) if (!(k13 === "customData" || k13 === "id" || k13 === "connectorId")) { if (c.soft(FV, "/message/display/evse/" + pointerToken(k13), UNKNOWN)) return; }
              }
            }
          }
          const v14 = v5["name"];
          if (v14 === undefined) { if (c.fail(OCV, "/message/display/name", REQUIRED)) return; }
          else {
            n6++;
            if (typeof v14 !== "string") { if (c.fail(TCV, "/message/display/name", NOT_STRING)) return; }
            else if (v14.length > 50 && (v14.length > 100 || codePoints(v14) > 50)) { if (c.soft(PCV, "/message/display/name", "longer than maxLength 50")) return; }
          }
          const v15 = v5["instance"];
          if (v15 !== undefined) {
            n6++;
            if (typeof v15 !== "string") { if (c.fail(TCV, "/message/display/instance", NOT_STRING)) return; }
            else if (v15.length > 50 && (v15.length > 100 || codePoints(v15) > 50)) { if (c.soft(PCV, "/message/display/instance", "longer than maxLength 50")) return; }
          }
          for (const k16 in v5) n6--;
          if (n6 !== 0) {
            for (const k16 in v5) if (!(k16 === "customData" || k16 === "evse" || k16 === "name" || k16 === "instance")) { if (c.soft(FV, "/message/display/" + pointerToken(k16), UNKNOWN)) return; }
          }
        }
      }
      const v17 = v2["id"];
      if (v17 === undefined) { if (c.fail(OCV, "/message/id", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail(TCV, "/message/id", NOT_INTEGER)) return; }
      }
      const v18 = v2["priority"];
      if (v18 === undefined) { if (c.fail(OCV, "/message/priority", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v18 !== "string") { if (c.fail(TCV, "/message/priority", NOT_STRING)) return; }
        else if (!isMessagePriorityEnumType(v18)) { if (c.soft(PCV, "/message/priority", "not a MessagePriorityEnumType value")) return; }
      }
      const v19 = v2["state"];
      if (v19 !== undefined) {
        n3++;
        if (typeof v19 !== "string") { if (c.fail(TCV, "/message/state", NOT_STRING)) return; }
        else if (!isMessageStateEnumType(v19)) { if (c.soft(PCV, "/message/state", "not a MessageStateEnumType value")) return; }
      }
      const v20 = v2["startDateTime"];
      if (v20 !== undefined) {
        n3++;
        if (typeof v20 !== "string") { if (c.fail(TCV, "/message/startDateTime", NOT_STRING)) return; }
        else if (!isDateTime(v20)) { if (c.fail(PCV, "/message/startDateTime", NOT_DATE_TIME)) return; }
      }
      const v21 = v2["endDateTime"];
      if (v21 !== undefined) {
        n3++;
        if (typeof v21 !== "string") { if (c.fail(TCV, "/message/endDateTime", NOT_STRING)) return; }
        else if (!isDateTime(v21)) { if (c.fail(PCV, "/message/endDateTime", NOT_DATE_TIME)) return; }
      }
      const v22 = v2["transactionId"];
      if (v22 !== undefined) {
        n3++;
        if (typeof v22 !== "string") { if (c.fail(TCV, "/message/transactionId", NOT_STRING)) return; }
        else if (v22.length > 36 && (v22.length > 72 || codePoints(v22) > 36)) { if (c.soft(PCV, "/message/transactionId", "longer than maxLength 36")) return; }
      }
      const v23 = v2["message"];
      if (v23 === undefined) { if (c.fail(OCV, "/message/message", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v23 !== "object" || v23 === null || Array.isArray(v23)) { if (c.fail(TCV, "/message/message", NOT_OBJECT)) return; }
        else {
          let n24 = 0;
          const v25 = v23["customData"];
          if (v25 !== undefined) {
            n24++;
            if (checkCustomDataType(v25, c, "/message/message/customData")) return;
          }
          const v26 = v23["format"];
          if (v26 === undefined) { if (c.fail(OCV, "/message/message/format", REQUIRED)) return; }
          else {
            n24++;
            if (typeof v26 !== "string") { if (c.fail(TCV, "/message/message/format", NOT_STRING)) return; }
            else if (!isMessageFormatEnumType(v26)) { if (c.soft(PCV, "/message/message/format", "not a MessageFormatEnumType value")) return; }
          }
          const v27 = v23["language"];
          if (v27 !== undefined) {
            n24++;
            if (typeof v27 !== "string") { if (c.fail(TCV, "/message/message/language", NOT_STRING)) return; }
            else if (v27.length > 8 && (v27.length > 16 || codePoints(v27) > 8)) { if (c.soft(PCV, "/message/message/language", "longer than maxLength 8")) return; }
          }
          const v28 = v23["content"];
          if (v28 === undefined) { if (c.fail(OCV, "/message/message/content", REQUIRED)) return; }
          else {
            n24++;
            if (typeof v28 !== "string") { if (c.fail(TCV, "/message/message/content", NOT_STRING)) return; }
            else if (v28.length > 512 && (v28.length > 1024 || codePoints(v28) > 512)) { if (c.soft(PCV, "/message/message/content", "longer than maxLength 512")) return; }
          }
          for (const k29 in v23) n24--;
          if (n24 !== 0) {
            for (const k29 in v23) if (!(k29 === "customData" || k29 === "format" || k29 === "language" || k29 === "content")) { if (c.soft(FV, "/message/message/" + pointerToken(k29), UNKNOWN)) return; }
          }
        }
      }
      for (const k30 in v2) n3--;
      if (n3 !== 0) {
        for (const k30 in v2) if (!(k30 === "customData" || k30 === "display" || k30 === "id" || k30 === "priority" || k30 === "state" || k30 === "startDateTime" || k30 === "endDateTime" || k30 === "transactionId" || k30 === "message")) { if (c.soft(FV, "/message/" + pointerToken(k30), UNKNOWN)) return; }
      }
    }
  }
  for (const k31 in d) n0--;
  if (n0 !== 0) {
    for (const k31 in d) if (!(k31 === "customData" || k31 === "message")) { if (c.soft(FV, "/" + pointerToken(k31), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/connectionData", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/connectionData/customData")) return;
      }
      const v6 = v3["apn"];
      if (v6 !== undefined) {
        n4++;
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail(TCV, "/connectionData/apn", NOT_OBJECT)) return; }
        else {
          let n7 = 0;
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            n7++;
            if (checkCustomDataType(v8, c, "/connectionData/apn/customData")) return;
          }
          const v9 = v6["apn"];
          if (v9 === undefined) { if (c.fail(OCV, "/connectionData/apn/apn", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v9 !== "string") { if (c.fail(TCV, "/connectionData/apn/apn", NOT_STRING)) return; }
            else if (v9.length > 512 && (v9.length > 1024 || codePoints(v9) > 512)) { if (c.soft(PCV, "/connectionData/apn/apn", "longer than maxLength 512")) return; }
          }
          const v10 = v6["apnUserName"];
          if (v10 !== undefined) {
            n7++;
            if (typeof v10 !== "string") { if (c.fail(TCV, "/connectionData/apn/apnUserName", NOT_STRING)) return; }
            else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft(PCV, "/connectionData/apn/apnUserName", "longer than maxLength 20")) return; }
          }
          const v11 = v6["apnPassword"];
          if (v11 !== undefined) {
            n7++;
            if (typeof v11 !== "string") { if (c.fail(TCV, "/connectionData/apn/apnPassword", NOT_STRING)) return; }
            else if (v11.length > 20 && (v11.length > 40 || codePoints(v11) > 20)) { if (c.soft(PCV, "/connectionData/apn/apnPassword", "longer than maxLength 20")) return; }
          }
          const v12 = v6["simPin"];
          if (v12 !== undefined) {
            n7++;
            if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail(TCV, "/connectionData/apn/simPin", NOT_INTEGER)) return; }
          }
          const v13 = v6["preferredNetwork"];
          if (v13 !== undefined) {
            n7++;
            if (typeof v13 !== "string") { if (c.fail(TCV, "/connectionData/apn/preferredNetwork", NOT_STRING)) return; }
            else if (v13.length > 6 && (v13.length > 12 || codePoints(v13) > 6)) { if (c.soft(PCV, "/connectionData/apn/preferredNetwork", "longer than maxLength 6")) return; }
          }
          const v14 = v6["useOnlyPreferredNetwork"];
          if (v14 !== undefined) {
            n7++;
            if (typeof v14 !== "boolean") { if (c.fail(TCV, "/connectionData/apn/useOnlyPreferredNetwork", NOT_BOOLEAN)) return; }
          }
          const v15 = v6["apnAuthentication"];
          if (v15 === undefined) { if (c.fail(OCV, "/connectionData/apn/apnAuthentication", REQUIRED)) return; }
          else {
            n7++;
            if (typeof v15 !== "string") { if (c.fail(TCV, "/connectionData/apn/apnAuthentication", NOT_STRING)) return; }
            else if (!isAPNAuthenticationEnumType(v15)) { if (c.soft(PCV, "/connectionData/apn/apnAuthentication", "not a APNAuthenticationEnumType value")) return; }
          }
          for (const k16 in v6) n7--;
          if (n7 !== 0) {
            for (const k16 in v6) if (!(k16 === "customData" || k16 === "apn" || k16 === "apnUserName" || k16 === "apnPassword" || k16 === "simPin" || k16 === "preferredNetwork" || k16 === "useOnlyPreferredNetwork" || k16 === "apnAuthentication")) { if (c.soft(FV, "/connectionData/apn/" + pointerToken(k16), UNKNOWN)) return; }
          }
        }
      }
      const v17 = v3["ocppVersion"];
      if (v17 === undefined) { if (c.fail(OCV, "/connectionData/ocppVersion", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v17 !== "string") { if (c.fail(TCV, "/connectionData/ocppVersion", NOT_STRING)) return; }
        else if (!isOCPPVersionEnumType(v17)) { if (c.soft(PCV, "/connectionData/ocppVersion", "not a OCPPVersionEnumType value")) return; }
      }
      const v18 = v3["ocppTransport"];
      if (v18 === undefined) { if (c.fail(OCV, "/connectionData/ocppTransport", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v18 !== "string") { if (c.fail(TCV, "/connectionData/ocppTransport", NOT_STRING)) return; }
        else if (!isOCPPTransportEnumType(v18)) { if (c.soft(PCV, "/connectionData/ocppTransport", "not a OCPPTransportEnumType value")) return; }
      }
      const v19 = v3["ocppCsmsUrl"];
      if (v19 === undefined) { if (c.fail(OCV, "/connectionData/ocppCsmsUrl", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v19 !== "string") { if (c.fail(TCV, "/connectionData/ocppCsmsUrl", NOT_STRING)) return; }
        else if (v19.length > 512 && (v19.length > 1024 || codePoints(v19) > 512)) { if (c.soft(PCV, "/connectionData/ocppCsmsUrl", "longer than maxLength 512")) return; }
      }
      const v20 = v3["messageTimeout"];
      if (v20 === undefined) { if (c.fail(OCV, "/connectionData/messageTimeout", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail(TCV, "/connectionData/messageTimeout", NOT_INTEGER)) return; }
      }
      const v21 = v3["securityProfile"];
      if (v21 === undefined) { if (c.fail(OCV, "/connectionData/securityProfile", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail(TCV, "/connectionData/securityProfile", NOT_INTEGER)) return; }
      }
      const v22 = v3["ocppInterface"];
      if (v22 === undefined) { if (c.fail(OCV, "/connectionData/ocppInterface", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v22 !== "string") { if (c.fail(TCV, "/connectionData/ocppInterface", NOT_STRING)) return; }
        else if (!isOCPPInterfaceEnumType(v22)) { if (c.soft(PCV, "/connectionData/ocppInterface", "not a OCPPInterfaceEnumType value")) return; }
      }
      const v23 = v3["vpn"];
      if (v23 !== undefined) {
        n4++;
        if (typeof v23 !== "object" || v23 === null || Array.isArray(v23)) { if (c.fail(TCV, "/connectionData/vpn", NOT_OBJECT)) return; }
        else {
          let n24 = 0;
          const v25 = v23["customData"];
          if (v25 !== undefined) {
            n24++;
            if (checkCustomDataType(v25, c, "/connectionData/vpn/customData")) return;
          }
          const v26 = v23["server"];
          if (v26 === undefined) { if (c.fail(OCV, "/connectionData/vpn/server", REQUIRED)) return; }
          else {
            n24++;
            if (typeof v26 !== "string") { if (c.fail(TCV, "/connectionData/vpn/server", NOT_STRING)) return; }
            else if (v26.length > 512 && (v26.length > 1024 || codePoints(v26) > 512)) { if (c.soft(PCV, "/connectionData/vpn/server", "longer than maxLength 512")) return; }
          }
          const v27 = v23["user"];
          if (v27 === undefined) { if (c.fail(OCV, "/connectionData/vpn/user", REQUIRED)) return; }
          else {
            n24++;
            if (typeof v27 !== "string") { if (c.fail(TCV, "/connectionData/vpn/user", NOT_STRING)) return; }
            else if (v27.length > 20 && (v27.length > 40 || codePoints(v27) > 20)) { if (c.soft(PCV, "/connectionData/vpn/user", "longer than maxLength 20")) return; }
          }
          const v28 = v23["group"];
          if (v28 !== undefined) {
            n24++;
            if (typeof v28 !== "string") { if (c.fail(TCV, "/connectionData/vpn/group", NOT_STRING)) return; }
            else if (v28.length > 20 && (v28.length > 40 || codePoints(v28) > 20)) { if (c.soft(PCV, "/connectionData/vpn/group", "longer than maxLength 20")) return; }
          }
          const v29 = v23["password"];
          if (v29 === undefined) { if (c.fail(OCV, "/connectionData/vpn/password", REQUIRED)) return; }
          else {
            n24++;
            if (typeof v29 !== "string") { if (c.fail(TCV, "/connectionData/vpn/password", NOT_STRING)) return; }
            else if (v29.length > 20 && (v29.length > 40 || codePoints(v29) > 20)) { if (c.soft(PCV, "/connectionData/vpn/password", "longer than maxLength 20")) return; }
          }
          const v30 = v23["key"];
          if (v30 === undefined) { if (c.fail(OCV, "/connectionData/vpn/key", REQUIRED)) return; }
          else {
            n24++;
            if (typeof v30 !== "string") { if (c.fail(TCV, "/connectionData/vpn/key", NOT_STRING)) return; }
            else if (v30.length > 255 && (v30.length > 510 || codePoints(v30) > 255)) { if (c.soft(PCV, "/connectionData/vpn/key", "longer than maxLength 255")) return; }
          }
          const v31 = v23["type"];
          if (v31 === undefined) { if (c.fail(OCV, "/connectionData/vpn/type", REQUIRED)) return; }
          else {
            n24++;
            if (typeof v31 !== "string") { if (c.fail(TCV, "/connectionData/vpn/type", NOT_STRING)) return; }
            else if (!isVPNEnumType(v31)) { if (c.soft(PCV, "/connectionData/vpn/type", "not a VPNEnumType value")) return; }
          }
          for (const k32 in v23) n24--;
          if (n24 !== 0) {
            for (const k32 in v23) if (!(k32 === "customData" || k32 === "server" || k32 === "user" || k32 === "group" || k32 === "password" || k32 === "key" || k32 === "type")) { if (c.soft(FV, "/connectionData/vpn/" + pointerToken(k32), UNKNOWN)) return; }
          }
        }
      }
      for (const k33 in v3) n4--;
      if (n4 !== 0) {
        for (const k33 in v3) if (!(k33 === "customData" || k33 === "apn" || k33 === "ocppVersion" || k33 === "ocppTransport" || k33 === "ocppCsmsUrl" || k33 === "messageTimeout" || k33 === "securityProfile" || k33 === "ocppInterface" || k33 === "vpn")) { if (c.soft(FV, "/connectionData/" + pointerToken(k33), UNKNOWN)) return; }
      }
    }
  }
  for (const k34 in d) n0--;
  if (n0 !== 0) {
    for (const k34 in d) if (!(k34 === "customData" || k34 === "configurationSlot" || k34 === "connectionData")) { if (c.soft(FV, "/" + pointerToken(k34), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/setMonitoringData/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/setMonitoringData/" + i3 + "/customData")) return;
          }
          const v7 = v4["id"];
          if (v7 !== undefined) {
            n5++;
            if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/id", NOT_INTEGER)) return; }
          }
          const v8 = v4["transaction"];
          if (v8 !== undefined) {
            n5++;
            if (typeof v8 !== "boolean") { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/transaction", NOT_BOOLEAN)) return; }
          }
          const v9 = v4["value"];
          if (v9 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/value", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/value", NOT_NUMBER)) return; }
          }
          const v10 = v4["type"];
          if (v10 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/type", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v10 !== "string") { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/type", NOT_STRING)) return; }
            else if (!isMonitorEnumType(v10)) { if (c.soft(PCV, "/setMonitoringData/" + i3 + "/type", "not a MonitorEnumType value")) return; }
          }
          const v11 = v4["severity"];
          if (v11 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/severity", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/severity", NOT_INTEGER)) return; }
          }
          const v12 = v4["component"];
          if (v12 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n13 = 0;
              const v14 = v12["customData"];
              if (v14 !== undefined) {
                n13++;
                if (checkCustomDataType(v14, c, "/setMonitoringData/" + i3 + "/component/customData")) return;
              }
              const v15 = v12["evse"];
              if (v15 !== undefined) {
                n13++;
                if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n16 = 0;
                  const v17 = v15["customData"];
                  if (v17 !== undefined) {
                    n16++;
                    if (checkCustomDataType(v17, c, "/setMonitoringData/" + i3 + "/component/evse/customData")) return;
                  }
                  const v18 = v15["id"];
                  if (v18 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n16++;
                    if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v19 = v15["connectorId"];
                  if (v19 !== undefined) {
                    n16++;
                    if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k20 in v15) n16--;
                  if (n16 !== 0) {
                    for (const k20 in v15) if (!(k20 === "customData" || k20 === "id" || k20 === "connectorId")) { if (c.soft(FV, "/setMonitoringData/" + i3 + "/component/evse/" + pointerToken(k20), UNKNOWN)) return; }
                  }
                }
              }
              const v21 = v12["name"];
              if (v21 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n13++;
                if (typeof v21 !== "string") { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft(PCV, "/setMonitoringData/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v22 = v12["instance"];
              if (v22 !== undefined) {
                n13++;
                if (typeof v22 !== "string") { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft(PCV, "/setMonitoringData/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k23 in v12) n13--;
              if (n13 !== 0) {
                for (const k23 in v12) if (!(k23 === "customData" || k23 === "evse" || k23 === "name" || k23 === "instance")) { if (c.soft(FV, "/setMonitoringData/" + i3 + "/component/" + pointerToken(k23), UNKNOWN)) return; }
              }
            }
          }
          const v24 = v4["variable"];
          if (v24 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/variable", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v24 !== "object" || v24 === null || Array.isArray(v24)) { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n25 = 0;
              const v26 = v24["customData"];
              if (v26 !== undefined) {
                n25++;
                if (checkCustomDataType(v26, c, "/setMonitoringData/" + i3 + "/variable/customData")) return;
              }
              const v27 = v24["name"];
              if (v27 === undefined) { if (c.fail(OCV, "/setMonitoringData/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n25++;
                if (typeof v27 !== "string") { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v27.length > 50 && (v27.length > 100 || codePoints(v27) > 50)) { if (c.soft(PCV, "/setMonitoringData/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v28 = v24["instance"];
              if (v28 !== undefined) {
                n25++;
                if (typeof v28 !== "string") { if (c.fail(TCV, "/setMonitoringData/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v28.length > 50 && (v28.length > 100 || codePoints(v28) > 50)) { if (c.soft(PCV, "/setMonitoringData/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k29 in v24) n25--;
              if (n25 !== 0) {
                for (const k29 in v24) if (!(k29 === "customData" || k29 === "name" || k29 === "instance")) { if (c.soft(FV, "/setMonitoringData/" + i3 + "/variable/" + pointerToken(k29), UNKNOWN)) return; }
              }
            }
          }
          for (const k30 in v4) n5--;
          if (n5 !== 0) {
            for (const k30 in v4) if (!(k30 === "customData" || k30 === "id" || k30 === "transaction" || k30 === "value" || k30 === "type" || k30 === "severity" || k30 === "component" || k30 === "variable")) { if (c.soft(FV, "/setMonitoringData/" + i3 + "/" + pointerToken(k30), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k31 in d) n0--;
  if (n0 !== 0) {
    for (const k31 in d) if (!(k31 === "customData" || k31 === "setMonitoringData")) { if (c.soft(FV, "/" + pointerToken(k31), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/setMonitoringResult/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/setMonitoringResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["id"];
          if (v7 !== undefined) {
            n5++;
            if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/id", NOT_INTEGER)) return; }
          }
          const v8 = v4["statusInfo"];
          if (v8 !== undefined) {
            n5++;
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/statusInfo", NOT_OBJECT)) return; }
            else {
              let n9 = 0;
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                n9++;
                if (checkCustomDataType(v10, c, "/setMonitoringResult/" + i3 + "/statusInfo/customData")) return;
              }
              const v11 = v8["reasonCode"];
              if (v11 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/statusInfo/reasonCode", REQUIRED)) return; }
              else {
                n9++;
                if (typeof v11 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/statusInfo/reasonCode", NOT_STRING)) return; }
                else if (v11.length > 20 && (v11.length > 40 || codePoints(v11) > 20)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v12 = v8["additionalInfo"];
              if (v12 !== undefined) {
                n9++;
                if (typeof v12 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/statusInfo/additionalInfo", NOT_STRING)) return; }
                else if (v12.length > 512 && (v12.length > 1024 || codePoints(v12) > 512)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
              for (const k13 in v8) n9--;
              if (n9 !== 0) {
                for (const k13 in v8) if (!(k13 === "customData" || k13 === "reasonCode" || k13 === "additionalInfo")) { if (c.soft(FV, "/setMonitoringResult/" + i3 + "/statusInfo/" + pointerToken(k13), UNKNOWN)) return; }
              }
            }
          }
          const v14 = v4["status"];
          if (v14 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/status", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v14 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/status", NOT_STRING)) return; }
            else if (!isSetMonitoringStatusEnumType(v14)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/status", "not a SetMonitoringStatusEnumType value")) return; }
          }
          const v15 = v4["type"];
          if (v15 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/type", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v15 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/type", NOT_STRING)) return; }
            else if (!isMonitorEnumType(v15)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/type", "not a MonitorEnumType value")) return; }
          }
          const v16 = v4["component"];
          if (v16 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v16 !== "object" || v16 === null || Array.isArray(v16)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n17 = 0;
              const v18 = v16["customData"];
              if (v18 !== undefined) {
                n17++;
                if (checkCustomDataType(v18, c, "/setMonitoringResult/" + i3 + "/component/customData")) return;
              }
              const v19 = v16["evse"];
              if (v19 !== undefined) {
                n17++;
                if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n20 = 0;
                  const v21 = v19["customData"];
                  if (v21 !== undefined) {
                    n20++;
                    if (checkCustomDataType(v21, c, "/setMonitoringResult/" + i3 + "/component/evse/customData")) return;
                  }
                  const v22 = v19["id"];
                  if (v22 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n20++;
                    if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v23 = v19["connectorId"];
                  if (v23 !== undefined) {
                    n20++;
                    if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k24 in v19) n20--;
                  if (n20 !== 0) {
                    for (const k24 in v19) if (!(k24 === "customData" || k24 === "id" || k24 === "connectorId")) { if (c.soft(FV, "/setMonitoringResult/" + i3 + "/component/evse/" + pointerToken(k24), UNKNOWN)) return; }
                  }
                }
              }
              const v25 = v16["name"];
              if (v25 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n17++;
                if (typeof v25 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v25.length > 50 && (v25.length > 100 || codePoints(v25) > 50)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v26 = v16["instance"];
              if (v26 !== undefined) {
                n17++;
                if (typeof v26 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v26.length > 50 && (v26.length > 100 || codePoints(v26) > 50)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k27 in v16) n17--;
              if (n17 !== 0) {
                for (const k27 in v16) if (!(k27 === "customData" || k27 === "evse" || k27 === "name" || k27 === "instance")) { if (c.soft(FV, "/setMonitoringResult/" + i3 + "/component/" + pointerToken(k27), UNKNOWN)) return; }
              }
            }
          }
          const v28 = v4["variable"];
          if (v28 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/variable", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v28 !== "object" || v28 === null || Array.isArray(v28)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n29 = 0;
              const v30 = v28["customData"];
              if (v30 !== undefined) {
                n29++;
                if (checkCustomDataType(v30, c, "/setMonitoringResult/" + i3 + "/variable/customData")) return;
              }
              const v31 = v28["name"];
              if (v31 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n29++;
                if (typeof v31 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v31.length > 50 && (v31.length > 100 || codePoints(v31) > 50)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v32 = v28["instance"];
              if (v32 !== undefined) {
                n29++;
                if (typeof v32 !== "string") { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v32.length > 50 && (v32.length > 100 || codePoints(v32) > 50)) { if (c.soft(PCV, "/setMonitoringResult/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k33 in v28) n29--;
              if (n29 !== 0) {
                for (const k33 in v28) if (!(k33 === "customData" || k33 === "name" || k33 === "instance")) { if (c.soft(FV, "/setMonitoringResult/" + i3 + "/variable/" + pointerToken(k33), UNKNOWN)) return; }
              }
            }
          }
          const v34 = v4["severity"];
          if (v34 === undefined) { if (c.fail(OCV, "/setMonitoringResult/" + i3 + "/severity", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v34 !== "number" || !Number.isInteger(v34)) { if (c.fail(TCV, "/setMonitoringResult/" + i3 + "/severity", NOT_INTEGER)) return; }
          }
          for (const k35 in v4) n5--;
          if (n5 !== 0) {
            for (const k35 in v4) if (!(k35 === "customData" || k35 === "id" || k35 === "statusInfo" || k35 === "status" || k35 === "type" || k35 === "component" || k35 === "variable" || k35 === "severity")) { if (c.soft(FV, "/setMonitoringResult/" + i3 + "/" + pointerToken(k35), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k36 in d) n0--;
  if (n0 !== 0) {
    for (const k36 in d) if (!(k36 === "customData" || k36 === "setMonitoringResult")) { if (c.soft(FV, "/" + pointerToken(k36), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/setVariableData/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/setVariableData/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeType"];
          if (v7 !== undefined) {
            n5++;
            if (typeof v7 !== "string") { if (c.fail(TCV, "/setVariableData/" + i3 + "/attributeType", NOT_STRING)) return; }
            else if (!isAttributeEnumType(v7)) { if (c.soft(PCV, "/setVariableData/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v8 = v4["attributeValue"];
          if (v8 === undefined) { if (c.fail(OCV, "/setVariableData/" + i3 + "/attributeValue", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v8 !== "string") { if (c.fail(TCV, "/setVariableData/" + i3 + "/attributeValue", NOT_STRING)) return; }
            else if (v8.length > 1000 && (v8.length > 2000 || codePoints(v8) > 1000)) { if (c.soft(PCV, "/setVariableData/" + i3 + "/attributeValue", "longer than maxLength 1000")) return; }
          }
          const v9 = v4["component"];
          if (v9 === undefined) { if (c.fail(OCV, "/setVariableData/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail(TCV, "/setVariableData/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n10 = 0;
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                n10++;
                if (checkCustomDataType(v11, c, "/setVariableData/" + i3 + "/component/customData")) return;
              }
              const v12 = v9["evse"];
              if (v12 !== undefined) {
                n10++;
                if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail(TCV, "/setVariableData/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n13 = 0;
                  const v14 = v12["customData"];
                  if (v14 !== undefined) {
                    n13++;
                    if (checkCustomDataType(v14, c, "/setVariableData/" + i3 + "/component/evse/customData")) return;
                  }
                  const v15 = v12["id"];
                  if (v15 === undefined) { if (c.fail(OCV, "/setVariableData/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n13++;
                    if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail(TCV, "/setVariableData/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v16 = v12["connectorId"];
                  if (v16 !== undefined) {
                    n13++;
                    if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail(TCV, "/setVariableData/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k17 in v12) n13--;
                  if (n13 !== 0) {
                    for (const k17 in v12) if (!(k17 === "customData" || k17 === "id" || k17 === "connectorId")) { if (c.soft(FV, "/setVariableData/" + i3 + "/component/evse/" + pointerToken(k17), UNKNOWN)) return; }
                  }
                }
              }
              const v18 = v9["name"];
              if (v18 === undefined) { if (c.fail(OCV, "/setVariableData/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n10++;
                if (typeof v18 !== "string") { if (c.fail(TCV, "/setVariableData/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v18.length > 50 && (v18.length > 100 || codePoints(v18) > 50)) { if (c.soft(PCV, "/setVariableData/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v19 = v9["instance"];
              if (v19 !== undefined) {
                n10++;
                if (typeof v19 !== "string") { if (c.fail(TCV, "/setVariableData/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v19.length > 50 && (v19.length > 100 || codePoints(v19) > 50)) { if (c.soft(PCV, "/setVariableData/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k20 in v9) n10--;
              if (n10 !== 0) {
                for (const k20 in v9) if (!(k20 === "customData" || k20 === "evse" || k20 === "name" || k20 === "instance")) { if (c.soft(FV, "/setVariableData/" + i3 + "/component/" + pointerToken(k20), UNKNOWN)) return; }
              }
            }
          }
          const v21 = v4["variable"];
          if (v21 === undefined) { if (c.fail(OCV, "/setVariableData/" + i3 + "/variable", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v21 !== "object" || v21 === null || Array.isArray(v21)) { if (c.fail(TCV, "/setVariableData/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n22 = 0;
              const v23 = v21["customData"];
              if (v23 !== undefined) {
                n22++;
                if (checkCustomDataType(v23, c, "/setVariableData/" + i3 + "/variable/customData")) return;
              }
              const v24 = v21["name"];
              if (v24 === undefined) { if (c.fail(OCV, "/setVariableData/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n22++;
                if (typeof v24 !== "string") { if (c.fail(TCV, "/setVariableData/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v24.length > 50 && (v24.length > 100 || codePoints(v24) > 50)) { if (c.soft(PCV, "/setVariableData/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v25 = v21["instance"];
              if (v25 !== undefined) {
                n22++;
                if (typeof v25 !== "string") { if (c.fail(TCV, "/setVariableData/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v25.length > 50 && (v25.length > 100 || codePoints(v25) > 50)) { if (c.soft(PCV, "/setVariableData/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k26 in v21) n22--;
              if (n22 !== 0) {
                for (const k26 in v21) if (!(k26 === "customData" || k26 === "name" || k26 === "instance")) { if (c.soft(FV, "/setVariableData/" + i3 + "/variable/" + pointerToken(k26), UNKNOWN)) return; }
              }
            }
          }
          for (const k27 in v4) n5--;
          if (n5 !== 0) {
            for (const k27 in v4) if (!(k27 === "customData" || k27 === "attributeType" || k27 === "attributeValue" || k27 === "component" || k27 === "variable")) { if (c.soft(FV, "/setVariableData/" + i3 + "/" + pointerToken(k27), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k28 in d) n0--;
  if (n0 !== 0) {
    for (const k28 in d) if (!(k28 === "customData" || k28 === "setVariableData")) { if (c.soft(FV, "/" + pointerToken(k28), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/setVariableResult/" + i3, NOT_OBJECT)) return; }
        else {
          let n5 = 0;
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            n5++;
            if (checkCustomDataType(v6, c, "/setVariableResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeType"];
          if (v7 !== undefined) {
            n5++;
            if (typeof v7 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/attributeType", NOT_STRING)) return; }
            else if (!isAttributeEnumType(v7)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v8 = v4["attributeStatus"];
          if (v8 === undefined) { if (c.fail(OCV, "/setVariableResult/" + i3 + "/attributeStatus", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v8 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/attributeStatus", NOT_STRING)) return; }
            else if (!isSetVariableStatusEnumType(v8)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/attributeStatus", "not a SetVariableStatusEnumType value")) return; }
          }
          const v9 = v4["attributeStatusInfo"];
          if (v9 !== undefined) {
            n5++;
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail(TCV, "/setVariableResult/" + i3 + "/attributeStatusInfo", NOT_OBJECT)) return; }
            else {
              let n10 = 0;
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                n10++;
                if (checkCustomDataType(v11, c, "/setVariableResult/" + i3 + "/attributeStatusInfo/customData")) return;
              }
              const v12 = v9["reasonCode"];
              if (v12 === undefined) { if (c.fail(OCV, "/setVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", REQUIRED)) return; }
              else {
                n10++;
                if (typeof v12 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", NOT_STRING)) return; }
                else if (v12.length > 20 && (v12.length > 40 || codePoints(v12) > 20)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v13 = v9["additionalInfo"];
              if (v13 !== undefined) {
                n10++;
                if (typeof v13 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", NOT_STRING)) return; }
                else if (v13.length > 512 && (v13.length > 1024 || codePoints(v13) > 512)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
              for (const k14 in v9) n10--;
              if (n10 !== 0) {
                for (const k14 in v9) if (!(k14 === "customData" || k14 === "reasonCode" || k14 === "additionalInfo")) { if (c.soft(FV, "/setVariableResult/" + i3 + "/attributeStatusInfo/" + pointerToken(k14), UNKNOWN)) return; }
              }
            }
          }
          const v15 = v4["component"];
          if (v15 === undefined) { if (c.fail(OCV, "/setVariableResult/" + i3 + "/component", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail(TCV, "/setVariableResult/" + i3 + "/component", NOT_OBJECT)) return; }
            else {
              let n16 = 0;
              const v17 = v15["customData"];
              if (v17 !== undefined) {
                n16++;
                if (checkCustomDataType(v17, c, "/setVariableResult/" + i3 + "/component/customData")) return;
              }
              const v18 = v15["evse"];
              if (v18 !== undefined) {
                n16++;
                if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail(TCV, "/setVariableResult/" + i3 + "/component/evse", NOT_OBJECT)) return; }
                else {
                  let n19 = 0;
                  const v20 = v18["customData"];
                  if (v20 !== undefined) {
                    n19++;
                    if (checkCustomDataType(v20, c, "/setVariableResult/" + i3 + "/component/evse/customData")) return;
                  }
                  const v21 = v18["id"];
                  if (v21 === undefined) { if (c.fail(OCV, "/setVariableResult/" + i3 + "/component/evse/id", REQUIRED)) return; }
                  else {
                    n19++;
                    if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail(TCV, "/setVariableResult/" + i3 + "/component/evse/id", NOT_INTEGER)) return; }
                  }
                  const v22 = v18["connectorId"];
                  if (v22 !== undefined) {
                    n19++;
                    if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail(TCV, "/setVariableResult/" + i3 + "/component/evse/connectorId", NOT_INTEGER)) return; }
                  }
                  for (const k23 in v18) n19--;
                  if (n19 !== 0) {
                    for (const k23 in v18) if (!(k23 === "customData" || k23 === "id" || k23 === "connectorId")) { if (c.soft(FV, "/setVariableResult/" + i3 + "/component/evse/" + pointerToken(k23), UNKNOWN)) return; }
                  }
                }
              }
              const v24 = v15["name"];
              if (v24 === undefined) { if (c.fail(OCV, "/setVariableResult/" + i3 + "/component/name", REQUIRED)) return; }
              else {
                n16++;
                if (typeof v24 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/component/name", NOT_STRING)) return; }
                else if (v24.length > 50 && (v24.length > 100 || codePoints(v24) > 50)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v25 = v15["instance"];
              if (v25 !== undefined) {
                n16++;
                if (typeof v25 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/component/instance", NOT_STRING)) return; }
                else if (v25.length > 50 && (v25.length > 100 || codePoints(v25) > 50)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
              for (const k26 in v15) n16--;
              if (n16 !== 0) {
                for (const k26 in v15) if (!(k26 === "customData" || k26 === "evse" || k26 === "name" || k26 === "instance")) { if (c.soft(FV, "/setVariableResult/" + i3 + "/component/" + pointerToken(k26), UNKNOWN)) return; }
              }
            }
          }
          const v27 = v4["variable"];
          if (v27 === undefined) { if (c.fail(OCV, "/setVariableResult/" + i3 + "/variable", REQUIRED)) return; }
          else {
            n5++;
            if (typeof v27 !== "object" || v27 === null || Array.isArray(v27)) { if (c.fail(TCV, "/setVariableResult/" + i3 + "/variable", NOT_OBJECT)) return; }
            else {
              let n28 = 0;
              const v29 = v27["customData"];
              if (v29 !== undefined) {
                n28++;
                if (checkCustomDataType(v29, c, "/setVariableResult/" + i3 + "/variable/customData")) return;
              }
              const v30 = v27["name"];
              if (v30 === undefined) { if (c.fail(OCV, "/setVariableResult/" + i3 + "/variable/name", REQUIRED)) return; }
              else {
                n28++;
                if (typeof v30 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/variable/name", NOT_STRING)) return; }
                else if (v30.length > 50 && (v30.length > 100 || codePoints(v30) > 50)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v31 = v27["instance"];
              if (v31 !== undefined) {
                n28++;
                if (typeof v31 !== "string") { if (c.fail(TCV, "/setVariableResult/" + i3 + "/variable/instance", NOT_STRING)) return; }
                else if (v31.length > 50 && (v31.length > 100 || codePoints(v31) > 50)) { if (c.soft(PCV, "/setVariableResult/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
              for (const k32 in v27) n28--;
              if (n28 !== 0) {
                for (const k32 in v27) if (!(k32 === "customData" || k32 === "name" || k32 === "instance")) { if (c.soft(FV, "/setVariableResult/" + i3 + "/variable/" + pointerToken(k32), UNKNOWN)) return; }
              }
            }
          }
          for (const k33 in v4) n5--;
          if (n5 !== 0) {
            for (const k33 in v4) if (!(k33 === "customData" || k33 === "attributeType" || k33 === "attributeStatus" || k33 === "attributeStatusInfo" || k33 === "component" || k33 === "variable")) { if (c.soft(FV, "/setVariableResult/" + i3 + "/" + pointerToken(k33), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  for (const k34 in d) n0--;
  if (n0 !== 0) {
    for (const k34 in d) if (!(k34 === "customData" || k34 === "setVariableResult")) { if (c.soft(FV, "/" + pointerToken(k34), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
        if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail(TCV, "/meterValue/" + i4, NOT_OBJECT)) return; }
        else {
          let n6 = 0;
          const v7 = v5["customData"];
          if (v7 !== undefined) {
            n6++;
            if (checkCustomDataType(v7, c, "/meterValue/" + i4 + "/customData")) return;
          }
          const v8 = v5["sampledValue"];
          if (v8 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue", REQUIRED)) return; }
          else {
            n6++;
            if (!Array.isArray(v8)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue", NOT_ARRAY)) return; }
            else {
              if (v8.length < 1) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue", "fewer than minItems 1")) return; }
              for (let i9 = 0; i9 < v8.length; i9++) {
                const v10 = v8[i9];
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9, NOT_OBJECT)) return; }
                else {
                  let n11 = 0;
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    n11++;
                    if (checkCustomDataType(v12, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/customData")) return;
                  }
                  const v13 = v10["value"];
                  if (v13 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", REQUIRED)) return; }
                  else {
                    n11++;
                    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", NOT_NUMBER)) return; }
                  }
                  const v14 = v10["context"];
                  if (v14 !== undefined) {
                    n11++;
                    if (typeof v14 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", NOT_STRING)) return; }
                    else if (!isReadingContextEnumType(v14)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", "not a ReadingContextEnumType value")) return; }
                  }
                  const v15 = v10["measurand"];
                  if (v15 !== undefined) {
                    n11++;
                    if (typeof v15 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", NOT_STRING)) return; }
                    else if (!isMeasurandEnumType(v15)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", "not a MeasurandEnumType value")) return; }
                  }
                  const v16 = v10["phase"];
                  if (v16 !== undefined) {
                    n11++;
                    if (typeof v16 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", NOT_STRING)) return; }
                    else if (!isPhaseEnumType(v16)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", "not a PhaseEnumType value")) return; }
                  }
                  const v17 = v10["location"];
                  if (v17 !== undefined) {
                    n11++;
                    if (typeof v17 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", NOT_STRING)) return; }
                    else if (!isLocationEnumType(v17)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", "not a LocationEnumType value")) return; }
                  }
                  const v18 = v10["signedMeterValue"];
                  if (v18 !== undefined) {
                    n11++;
                    if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue", NOT_OBJECT)) return; }
                    else {
                      let n19 = 0;
                      const v20 = v18["customData"];
                      if (v20 !== undefined) {
                        n19++;
                        if (checkCustomDataType(v20, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/customData")) return;
                      }
                      const v21 = v18["signedMeterData"];
                      if (v21 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v21 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", NOT_STRING)) return; }
                        else if (v21.length > 2500 && (v21.length > 5000 || codePoints(v21) > 2500)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "longer than maxLength 2500")) return; }
                      }
                      const v22 = v18["signingMethod"];
                      if (v22 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v22 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", NOT_STRING)) return; }
                        else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "longer than maxLength 50")) return; }
                      }
                      const v23 = v18["encodingMethod"];
                      if (v23 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v23 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", NOT_STRING)) return; }
                        else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "longer than maxLength 50")) return; }
                      }
                      const v24 = v18["publicKey"];
                      if (v24 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", REQUIRED)) return; }
                      else {
                        n19++;
                        if (typeof v24 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", NOT_STRING)) return; }
                        else if (v24.length > 2500 && (v24.length > 5000 || codePoints(v24) > 2500)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "longer than maxLength 2500")) return; }
                      }
                      for (const k25 in v18) n19--;
                      if (n19 !== 0) {
                        for (const k25 in v18) if (!(k25 === "customData" || k25 === "signedMeterData" || k25 === "signingMethod" || k25 === "encodingMethod" || k25 === "publicKey")) { if (c.soft(FV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/" + pointerToken(k25), UNKNOWN)) return; }
                      }
                    }
                  }
                  const v26 = v10["unitOfMeasure"];
                  if (v26 !== undefined) {
                    n11++;
                    if (typeof v26 !== "object" || v26 === null || Array.isArray(v26)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure", NOT_OBJECT)) return; }
                    else {
                      let n27 = 0;
                      const v28 = v26["customData"];
                      if (v28 !== undefined) {
                        n27++;
                        if (checkCustomDataType(v28, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/customData")) return;
                      }
                      const v29 = v26["unit"];
                      if (v29 !== undefined) {
                        n27++;
                        if (typeof v29 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", NOT_STRING)) return; }
                        else if (v29.length > 20 && (v29.length > 40 || codePoints(v29) > 20)) { if (c.soft(PCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", "longer than maxLength 20")) return; }
                      }
                      const v30 = v26["multiplier"];
                      if (v30 !== undefined) {
                        n27++;
                        if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail(TCV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/multiplier", NOT_INTEGER)) return; }
                      }
                      for (const k31 in v26) n27--;
                      if (n27 !== 0) {
                        for (const k31 in v26) if (!(k31 === "customData" || k31 === "unit" || k31 === "multiplier")) { if (c.soft(FV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/" + pointerToken(k31), UNKNOWN)) return; }
                      }
                    }
                  }
                  for (const k32 in v10) n11--;
                  if (n11 !== 0) {
                    for (const k32 in v10) if (!(k32 === "customData" || k32 === "value" || k32 === "context" || k32 === "measurand" || k32 === "phase" || k32 === "location" || k32 === "signedMeterValue" || k32 === "unitOfMeasure")) { if (c.soft(FV, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/" + pointerToken(k32), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          const v33 = v5["timestamp"];
          if (v33 === undefined) { if (c.fail(OCV, "/meterValue/" + i4 + "/timestamp", REQUIRED)) return; }
          else {
            n6++;
            if (typeof v33 !== "string") { if (c.fail(TCV, "/meterValue/" + i4 + "/timestamp", NOT_STRING)) return; }
            else if (!isDateTime(v33)) { if (c.fail(PCV, "/meterValue/" + i4 + "/timestamp", NOT_DATE_TIME)) return; }
          }
          for (const k34 in v5) n6--;
          if (n6 !== 0) {
            for (const k34 in v5) if (!(k34 === "customData" || k34 === "sampledValue" || k34 === "timestamp")) { if (c.soft(FV, "/meterValue/" + i4 + "/" + pointerToken(k34), UNKNOWN)) return; }
          }
        }
      }
    }
  }
  const v35 = d["timestamp"];
  if (v35 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v35 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v35)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v36 = d["triggerReason"];
  if (v36 === undefined) { if (c.fail(OCV, "/triggerReason", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v36 !== "string") { if (c.fail(TCV, "/triggerReason", NOT_STRING)) return; }
    else if (!isTriggerReasonEnumType(v36)) { if (c.soft(PCV, "/triggerReason", "not a TriggerReasonEnumType value")) return; }
  }
  const v37 = d["seqNo"];
  if (v37 === undefined) { if (c.fail(OCV, "/seqNo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v37 !== "number" || !Number.isInteger(v37)) { if (c.fail(TCV, "/seqNo", NOT_INTEGER)) return; }
  }
  const v38 = d["offline"];
  if (v38 !== undefined) {
    n0++;
    if (typeof v38 !== "boolean") { if (c.fail(TCV, "/offline", NOT_BOOLEAN)) return; }
  }
  const v39 = d["numberOfPhasesUsed"];
  if (v39 !== undefined) {
    n0++;
    if (typeof v39 !== "number" || !Number.isInteger(v39)) { if (c.fail(TCV, "/numberOfPhasesUsed", NOT_INTEGER)) return; }
  }
  const v40 = d["cableMaxCurrent"];
  if (v40 !== undefined) {
    n0++;
    if (typeof v40 !== "number" || !Number.isInteger(v40)) { if (c.fail(TCV, "/cableMaxCurrent", NOT_INTEGER)) return; }
  }
  const v41 = d["reservationId"];
  if (v41 !== undefined) {
    n0++;
    if (typeof v41 !== "number" || !Number.isInteger(v41)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
  }
  const v42 = d["transactionInfo"];
  if (v42 === undefined) { if (c.fail(OCV, "/transactionInfo", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v42 !== "object" || v42 === null || Array.isArray(v42)) { if (c.fail(TCV, "/transactionInfo", NOT_OBJECT)) return; }
    else {
      let n43 = 0;
      const v44 = v42["customData"];
      if (v44 !== undefined) {
        n43++;
        if (checkCustomDataType(v44, c, "/transactionInfo/customData")) return;
      }
      const v45 = v42["transactionId"];
      if (v45 === undefined) { if (c.fail(OCV, "/transactionInfo/transactionId", REQUIRED)) return; }
      else {
        n43++;
        if (typeof v45 !== "string") { if (c.fail(TCV, "/transactionInfo/transactionId", NOT_STRING)) return; }
        else if (v45.length > 36 && (v45.length > 72 || codePoints(v45) > 36)) { if (c.soft(PCV, "/transactionInfo/transactionId", "longer than maxLength 36")) return; }
      }
      const v46 = v42["chargingState"];
      if (v46 !== undefined) {
        n43++;
        if (typeof v46 !== "string") { if (c.fail(TCV, "/transactionInfo/chargingState", NOT_STRING)) return; }
        else if (!isChargingStateEnumType(v46)) { if (c.soft(PCV, "/transactionInfo/chargingState", "not a ChargingStateEnumType value")) return; }
      }
      const v47 = v42["timeSpentCharging"];
      if (v47 !== undefined) {
        n43++;
        if (typeof v47 !== "number" || !Number.isInteger(v47)) { if (c.fail(TCV, "/transactionInfo/timeSpentCharging", NOT_INTEGER)) return; }
      }
      const v48 = v42["stoppedReason"];
      if (v48 !== undefined) {
        n43++;
        if (typeof v48 !== "string") { if (c.fail(TCV, "/transactionInfo/stoppedReason", NOT_STRING)) return; }
        else if (!isReasonEnumType(v48)) { if (c.soft(PCV, "/transactionInfo/stoppedReason", "not a ReasonEnumType value")) return; }
      }
      const v49 = v42["remoteStartId"];
      if (v49 !== undefined) {
        n43++;
        if (typeof v49 !== "number" || !Number.isInteger(v49)) { if (c.fail(TCV, "/transactionInfo/remoteStartId", NOT_INTEGER)) return; }
      }
      for (const k50 in v42) n43--;
      if (n43 !== 0) {
        for (const k50 in v42) if (!(k50 === "customData" || k50 === "transactionId" || k50 === "chargingState" || k50 === "timeSpentCharging" || k50 === "stoppedReason" || k50 === "remoteStartId")) { if (c.soft(FV, "/transactionInfo/" + pointerToken(k50), UNKNOWN)) return; }
      }
    }
  }
  const v51 = d["evse"];
  if (v51 !== undefined) {
    n0++;
    if (typeof v51 !== "object" || v51 === null || Array.isArray(v51)) { if (c.fail(TCV, "/evse", NOT_OBJECT)) return; }
    else {
      let n52 = 0;
      const v53 = v51["customData"];
      if (v53 !== undefined) {
        n52++;
        if (checkCustomDataType(v53, c, "/evse/customData")) return;
      }
      const v54 = v51["id"];
      if (v54 === undefined) { if (c.fail(OCV, "/evse/id", REQUIRED)) return; }
      else {
        n52++;
        if (typeof v54 !== "number" || !Number.isInteger(v54)) { if (c.fail(TCV, "/evse/id", NOT_INTEGER)) return; }
      }
      const v55 = v51["connectorId"];
      if (v55 !== undefined) {
        n52++;
        if (typeof v55 !== "number" || !Number.isInteger(v55)) { if (c.fail(TCV, "/evse/connectorId", NOT_INTEGER)) return; }
      }
      for (const k56 in v51) n52--;
      if (n52 !== 0) {
        for (const k56 in v51) if (!(k56 === "customData" || k56 === "id" || k56 === "connectorId")) { if (c.soft(FV, "/evse/" + pointerToken(k56), UNKNOWN)) return; }
      }
    }
  }
  const v57 = d["idToken"];
  if (v57 !== undefined) {
    n0++;
    if (typeof v57 !== "object" || v57 === null || Array.isArray(v57)) { if (c.fail(TCV, "/idToken", NOT_OBJECT)) return; }
    else {
      let n58 = 0;
      const v59 = v57["customData"];
      if (v59 !== undefined) {
        n58++;
        if (checkCustomDataType(v59, c, "/idToken/customData")) return;
      }
      const v60 = v57["additionalInfo"];
      if (v60 !== undefined) {
        n58++;
        if (!Array.isArray(v60)) { if (c.fail(TCV, "/idToken/additionalInfo", NOT_ARRAY)) return; }
        else {
          if (v60.length < 1) { if (c.fail(OCV, "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i61 = 0; i61 < v60.length; i61++) {
            const v62 = v60[i61];
            if (typeof v62 !== "object" || v62 === null || Array.isArray(v62)) { if (c.fail(TCV, "/idToken/additionalInfo/" + i61, NOT_OBJECT)) return; }
            else {
              let n63 = 0;
              const v64 = v62["customData"];
              if (v64 !== undefined) {
                n63++;
                if (checkCustomDataType(v64, c, "/idToken/additionalInfo/" + i61 + "/customData")) return;
              }
              const v65 = v62["additionalIdToken"];
              if (v65 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i61 + "/additionalIdToken", REQUIRED)) return; }
              else {
                n63++;
                if (typeof v65 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i61 + "/additionalIdToken", NOT_STRING)) return; }
                else if (v65.length > 36 && (v65.length > 72 || codePoints(v65) > 36)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i61 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v66 = v62["type"];
              if (v66 === undefined) { if (c.fail(OCV, "/idToken/additionalInfo/" + i61 + "/type", REQUIRED)) return; }
              else {
                n63++;
                if (typeof v66 !== "string") { if (c.fail(TCV, "/idToken/additionalInfo/" + i61 + "/type", NOT_STRING)) return; }
                else if (v66.length > 50 && (v66.length > 100 || codePoints(v66) > 50)) { if (c.soft(PCV, "/idToken/additionalInfo/" + i61 + "/type", "longer than maxLength 50")) return; }
              }
              for (const k67 in v62) n63--;
              if (n63 !== 0) {
                for (const k67 in v62) if (!(k67 === "customData" || k67 === "additionalIdToken" || k67 === "type")) { if (c.soft(FV, "/idToken/additionalInfo/" + i61 + "/" + pointerToken(k67), UNKNOWN)) return; }
              }
            }
          }
        }
      }
      const v68 = v57["idToken"];
      if (v68 === undefined) { if (c.fail(OCV, "/idToken/idToken", REQUIRED)) return; }
      else {
        n58++;
        if (typeof v68 !== "string") { if (c.fail(TCV, "/idToken/idToken", NOT_STRING)) return; }
        else if (v68.length > 36 && (v68.length > 72 || codePoints(v68) > 36)) { if (c.soft(PCV, "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v69 = v57["type"];
      if (v69 === undefined) { if (c.fail(OCV, "/idToken/type", REQUIRED)) return; }
      else {
        n58++;
        if (typeof v69 !== "string") { if (c.fail(TCV, "/idToken/type", NOT_STRING)) return; }
        else if (!isIdTokenEnumType(v69)) { if (c.soft(PCV, "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
      for (const k70 in v57) n58--;
      if (n58 !== 0) {
        for (const k70 in v57) if (!(k70 === "customData" || k70 === "additionalInfo" || k70 === "idToken" || k70 === "type")) { if (c.soft(FV, "/idToken/" + pointerToken(k70), UNKNOWN)) return; }
      }
    }
  }
  for (const k71 in d) n0--;
  if (n0 !== 0) {
    for (const k71 in d) if (!(k71 === "customData" || k71 === "eventType" || k71 === "meterValue" || k71 === "timestamp" || k71 === "triggerReason" || k71 === "seqNo" || k71 === "offline" || k71 === "numberOfPhasesUsed" || k71 === "cableMaxCurrent" || k71 === "reservationId" || k71 === "transactionInfo" || k71 === "evse" || k71 === "idToken")) { if (c.soft(FV, "/" + pointerToken(k71), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail(TCV, "/idTokenInfo", NOT_OBJECT)) return; }
    else {
      let n5 = 0;
      const v6 = v4["customData"];
      if (v6 !== undefined) {
        n5++;
        if (checkCustomDataType(v6, c, "/idTokenInfo/customData")) return;
      }
      const v7 = v4["status"];
      if (v7 === undefined) { if (c.fail(OCV, "/idTokenInfo/status", REQUIRED)) return; }
      else {
        n5++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/idTokenInfo/status", NOT_STRING)) return; }
        else if (!isAuthorizationStatusEnumType(v7)) { if (c.soft(PCV, "/idTokenInfo/status", "not a AuthorizationStatusEnumType value")) return; }
      }
      const v8 = v4["cacheExpiryDateTime"];
      if (v8 !== undefined) {
        n5++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/idTokenInfo/cacheExpiryDateTime", NOT_STRING)) return; }
        else if (!isDateTime(v8)) { if (c.fail(PCV, "/idTokenInfo/cacheExpiryDateTime", NOT_DATE_TIME)) return; }
      }
      const v9 = v4["chargingPriority"];
      if (v9 !== undefined) {
        n5++;
        if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail(TCV, "/idTokenInfo/chargingPriority", NOT_INTEGER)) return; }
      }
      const v10 = v4["language1"];
      if (v10 !== undefined) {
        n5++;
        if (typeof v10 !== "string") { if (c.fail(TCV, "/idTokenInfo/language1", NOT_STRING)) return; }
        else if (v10.length > 8 && (v10.length > 16 || codePoints(v10) > 8)) { if (c.soft(PCV, "/idTokenInfo/language1", "longer than maxLength 8")) return; }
      }
      const v11 = v4["evseId"];
      if (v11 !== undefined) {
        n5++;
        if (!Array.isArray(v11)) { if (c.fail(TCV, "/idTokenInfo/evseId", NOT_ARRAY)) return; }
        else {
          if (v11.length < 1) { if (c.fail(OCV, "/idTokenInfo/evseId", "fewer than minItems 1")) return; }
          for (let i12 = 0; i12 < v11.length; i12++) {
            const v13 = v11[i12];
            if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail(TCV, "/idTokenInfo/evseId/" + i12, NOT_INTEGER)) return; }
          }
        }
      }
      const v14 = v4["groupIdToken"];
      if (v14 !== undefined) {
        n5++;
        if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) { if (c.fail(TCV, "/idTokenInfo/groupIdToken", NOT_OBJECT)) return; }
        else {
          let n15 = 0;
          const v16 = v14["customData"];
          if (v16 !== undefined) {
            n15++;
            if (checkCustomDataType(v16, c, "/idTokenInfo/groupIdToken/customData")) return;
          }
          const v17 = v14["additionalInfo"];
          if (v17 !== undefined) {
            n15++;
            if (!Array.isArray(v17)) { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo", NOT_ARRAY)) return; }
            else {
              if (v17.length < 1) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
              for (let i18 = 0; i18 < v17.length; i18++) {
                const v19 = v17[i18];
                if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18, NOT_OBJECT)) return; }
                else {
                  let n20 = 0;
                  const v21 = v19["customData"];
                  if (v21 !== undefined) {
                    n20++;
                    if (checkCustomDataType(v21, c, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/customData")) return;
                  }
                  const v22 = v19["additionalIdToken"];
                  if (v22 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/additionalIdToken", REQUIRED)) return; }
                  else {
                    n20++;
                    if (typeof v22 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/additionalIdToken", NOT_STRING)) return; }
                    else if (v22.length > 36 && (v22.length > 72 || codePoints(v22) > 36)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/additionalIdToken", "longer than maxLength 36")) return; }
                  }
                  const v23 = v19["type"];
                  if (v23 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/type", REQUIRED)) return; }
                  else {
                    n20++;
                    if (typeof v23 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/type", NOT_STRING)) return; }
                    else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/type", "longer than maxLength 50")) return; }
                  }
                  for (const k24 in v19) n20--;
                  if (n20 !== 0) {
                    for (const k24 in v19) if (!(k24 === "customData" || k24 === "additionalIdToken" || k24 === "type")) { if (c.soft(FV, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/" + pointerToken(k24), UNKNOWN)) return; }
                  }
                }
              }
            }
          }
          const v25 = v14["idToken"];
          if (v25 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/idToken", REQUIRED)) return; }
          else {
            n15++;
            if (typeof v25 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/idToken", NOT_STRING)) return; }
            else if (v25.length > 36 && (v25.length > 72 || codePoints(v25) > 36)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/idToken", "longer than maxLength 36")) return; }
          }
          const v26 = v14["type"];
          if (v26 === undefined) { if (c.fail(OCV, "/idTokenInfo/groupIdToken/type", REQUIRED)) return; }
          else {
            n15++;
            if (typeof v26 !== "string") { if (c.fail(TCV, "/idTokenInfo/groupIdToken/type", NOT_STRING)) return; }
            else if (!isIdTokenEnumType(v26)) { if (c.soft(PCV, "/idTokenInfo/groupIdToken/type", "not a IdTokenEnumType value")) return; }
          }
          for (const k27 in v14) n15--;
          if (n15 !== 0) {
            for (const k27 in v14) if (!(k27 === "customData" || k27 === "additionalInfo" || k27 === "idToken" || k27 === "type")) { if (c.soft(FV, "/idTokenInfo/groupIdToken/" + pointerToken(k27), UNKNOWN)) return; }
          }
        }
      }
      const v28 = v4["language2"];
      if (v28 !== undefined) {
        n5++;
        if (typeof v28 !== "string") { if (c.fail(TCV, "/idTokenInfo/language2", NOT_STRING)) return; }
        else if (v28.length > 8 && (v28.length > 16 || codePoints(v28) > 8)) { if (c.soft(PCV, "/idTokenInfo/language2", "longer than maxLength 8")) return; }
      }
      const v29 = v4["personalMessage"];
      if (v29 !== undefined) {
        n5++;
        if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) { if (c.fail(TCV, "/idTokenInfo/personalMessage", NOT_OBJECT)) return; }
        else {
          let n30 = 0;
          const v31 = v29["customData"];
          if (v31 !== undefined) {
            n30++;
            if (checkCustomDataType(v31, c, "/idTokenInfo/personalMessage/customData")) return;
          }
          const v32 = v29["format"];
          if (v32 === undefined) { if (c.fail(OCV, "/idTokenInfo/personalMessage/format", REQUIRED)) return; }
          else {
            n30++;
            if (typeof v32 !== "string") { if (c.fail(TCV, "/idTokenInfo/personalMessage/format", NOT_STRING)) return; }
            else if (!isMessageFormatEnumType(v32)) { if (c.soft(PCV, "/idTokenInfo/personalMessage/format", "not a MessageFormatEnumType value")) return; }
          }
          const v33 = v29["language"];
          if (v33 !== undefined) {
            n30++;
            if (typeof v33 !== "string") { if (c.fail(TCV, "/idTokenInfo/personalMessage/language", NOT_STRING)) return; }
            else if (v33.length > 8 && (v33.length > 16 || codePoints(v33) > 8)) { if (c.soft(PCV, "/idTokenInfo/personalMessage/language", "longer than maxLength 8")) return; }
          }
          const v34 = v29["content"];
          if (v34 === undefined) { if (c.fail(OCV, "/idTokenInfo/personalMessage/content", REQUIRED)) return; }
          else {
            n30++;
            if (typeof v34 !== "string") { if (c.fail(TCV, "/idTokenInfo/personalMessage/content", NOT_STRING)) return; }
            else if (v34.length > 512 && (v34.length > 1024 || codePoints(v34) > 512)) { if (c.soft(PCV, "/idTokenInfo/personalMessage/content", "longer than maxLength 512")) return; }
          }
          for (const k35 in v29) n30--;
          if (n30 !== 0) {
            for (const k35 in v29) if (!(k35 === "customData" || k35 === "format" || k35 === "language" || k35 === "content")) { if (c.soft(FV, "/idTokenInfo/personalMessage/" + pointerToken(k35), UNKNOWN)) return; }
          }
        }
      }
      for (const k36 in v4) n5--;
      if (n5 !== 0) {
        for (const k36 in v4) if (!(k36 === "customData" || k36 === "status" || k36 === "cacheExpiryDateTime" || k36 === "chargingPriority" || k36 === "language1" || k36 === "evseId" || k36 === "groupIdToken" || k36 === "language2" || k36 === "personalMessage")) { if (c.soft(FV, "/idTokenInfo/" + pointerToken(k36), UNKNOWN)) return; }
      }
    }
  }
  const v37 = d["updatedPersonalMessage"];
  if (v37 !== undefined) {
    n0++;
    if (typeof v37 !== "object" || v37 === null || Array.isArray(v37)) { if (c.fail(TCV, "/updatedPersonalMessage", NOT_OBJECT)) return; }
    else {
      let n38 = 0;
      const v39 = v37["customData"];
      if (v39 !== undefined) {
        n38++;
        if (checkCustomDataType(v39, c, "/updatedPersonalMessage/customData")) return;
      }
      const v40 = v37["format"];
      if (v40 === undefined) { if (c.fail(OCV, "/updatedPersonalMessage/format", REQUIRED)) return; }
      else {
        n38++;
        if (typeof v40 !== "string") { if (c.fail(TCV, "/updatedPersonalMessage/format", NOT_STRING)) return; }
        else if (!isMessageFormatEnumType(v40)) { if (c.soft(PCV, "/updatedPersonalMessage/format", "not a MessageFormatEnumType value")) return; }
      }
      const v41 = v37["language"];
      if (v41 !== undefined) {
        n38++;
        if (typeof v41 !== "string") { if (c.fail(TCV, "/updatedPersonalMessage/language", NOT_STRING)) return; }
        else if (v41.length > 8 && (v41.length > 16 || codePoints(v41) > 8)) { if (c.soft(PCV, "/updatedPersonalMessage/language", "longer than maxLength 8")) return; }
      }
      const v42 = v37["content"];
      if (v42 === undefined) { if (c.fail(OCV, "/updatedPersonalMessage/content", REQUIRED)) return; }
      else {
        n38++;
        if (typeof v42 !== "string") { if (c.fail(TCV, "/updatedPersonalMessage/content", NOT_STRING)) return; }
        else if (v42.length > 512 && (v42.length > 1024 || codePoints(v42) > 512)) { if (c.soft(PCV, "/updatedPersonalMessage/content", "longer than maxLength 512")) return; }
      }
      for (const k43 in v37) n38--;
      if (n38 !== 0) {
        for (const k43 in v37) if (!(k43 === "customData" || k43 === "format" || k43 === "language" || k43 === "content")) { if (c.soft(FV, "/updatedPersonalMessage/" + pointerToken(k43), UNKNOWN)) return; }
      }
    }
  }
  for (const k44 in d) n0--;
  if (n0 !== 0) {
    for (const k44 in d) if (!(k44 === "customData" || k44 === "totalCost" || k44 === "chargingPriority" || k44 === "idTokenInfo" || k44 === "updatedPersonalMessage")) { if (c.soft(FV, "/" + pointerToken(k44), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evse"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail(TCV, "/evse", NOT_OBJECT)) return; }
    else {
      let n3 = 0;
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        n3++;
        if (checkCustomDataType(v4, c, "/evse/customData")) return;
      }
      const v5 = v2["id"];
      if (v5 === undefined) { if (c.fail(OCV, "/evse/id", REQUIRED)) return; }
      else {
        n3++;
        if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/evse/id", NOT_INTEGER)) return; }
      }
      const v6 = v2["connectorId"];
      if (v6 !== undefined) {
        n3++;
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail(TCV, "/evse/connectorId", NOT_INTEGER)) return; }
      }
      for (const k7 in v2) n3--;
      if (n3 !== 0) {
        for (const k7 in v2) if (!(k7 === "customData" || k7 === "id" || k7 === "connectorId")) { if (c.soft(FV, "/evse/" + pointerToken(k7), UNKNOWN)) return; }
      }
    }
  }
  const v8 = d["requestedMessage"];
  if (v8 === undefined) { if (c.fail(OCV, "/requestedMessage", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/requestedMessage", NOT_STRING)) return; }
    else if (!isMessageTriggerEnumType(v8)) { if (c.soft(PCV, "/requestedMessage", "not a MessageTriggerEnumType value")) return; }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "evse" || k9 === "requestedMessage")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail(TCV, "/firmware", NOT_OBJECT)) return; }
    else {
      let n6 = 0;
      const v7 = v5["customData"];
      if (v7 !== undefined) {
        n6++;
        if (checkCustomDataType(v7, c, "/firmware/customData")) return;
      }
      const v8 = v5["location"];
      if (v8 === undefined) { if (c.fail(OCV, "/firmware/location", REQUIRED)) return; }
      else {
        n6++;
        if (typeof v8 !== "string") { if (c.fail(TCV, "/firmware/location", NOT_STRING)) return; }
        else if (v8.length > 512 && (v8.length > 1024 || codePoints(v8) > 512)) { if (c.soft(PCV, "/firmware/location", "longer than maxLength 512")) return; }
      }
      const v9 = v5["retrieveDateTime"];
      if (v9 === undefined) { if (c.fail(OCV, "/firmware/retrieveDateTime", REQUIRED)) return; }
      else {
        n6++;
        if (typeof v9 !== "string") { if (c.fail(TCV, "/firmware/retrieveDateTime", NOT_STRING)) return; }
        else if (!isDateTime(v9)) { if (c.fail(PCV, "/firmware/retrieveDateTime", NOT_DATE_TIME)) return; }
      }
      const v10 = v5["installDateTime"];
      if (v10 !== undefined) {
        n6++;
        if (typeof v10 !== "string") { if (c.fail(TCV, "/firmware/installDateTime", NOT_STRING)) return; }
        else if (!isDateTime(v10)) { if (c.fail(PCV, "/firmware/installDateTime", NOT_DATE_TIME)) return; }
      }
      const v11 = v5["signingCertificate"];
      if (v11 !== undefined) {
        n6++;
        if (typeof v11 !== "string") { if (c.fail(TCV, "/firmware/signingCertificate", NOT_STRING)) return; }
        else if (v11.length > 5500 && (v11.length > 11000 || codePoints(v11) > 5500)) { if (c.soft(PCV, "/firmware/signingCertificate", "longer than maxLength 5500")) return; }
      }
      const v12 = v5["signature"];
      if (v12 !== undefined) {
        n6++;
        if (typeof v12 !== "string") { if (c.fail(TCV, "/firmware/signature", NOT_STRING)) return; }
        else if (v12.length > 800 && (v12.length > 1600 || codePoints(v12) > 800)) { if (c.soft(PCV, "/firmware/signature", "longer than maxLength 800")) return; }
      }
      for (const k13 in v5) n6--;
      if (n6 !== 0) {
        for (const k13 in v5) if (!(k13 === "customData" || k13 === "location" || k13 === "retrieveDateTime" || k13 === "installDateTime" || k13 === "signingCertificate" || k13 === "signature")) { if (c.soft(FV, "/firmware/" + pointerToken(k13), UNKNOWN)) return; }
      }
    }
  }
  for (const k14 in d) n0--;
  if (n0 !== 0) {
    for (const k14 in d) if (!(k14 === "customData" || k14 === "retries" || k14 === "retryInterval" || k14 === "requestId" || k14 === "firmware")) { if (c.soft(FV, "/" + pointerToken(k14), UNKNOWN)) return; }
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
    if (checkCustomDataType(v1, c, "/customData")) return;
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
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail(TCV, "/statusInfo", NOT_OBJECT)) return; }
    else {
      let n4 = 0;
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        n4++;
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail(OCV, "/statusInfo/reasonCode", REQUIRED)) return; }
      else {
        n4++;
        if (typeof v6 !== "string") { if (c.fail(TCV, "/statusInfo/reasonCode", NOT_STRING)) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        n4++;
        if (typeof v7 !== "string") { if (c.fail(TCV, "/statusInfo/additionalInfo", NOT_STRING)) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft(PCV, "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
      for (const k8 in v3) n4--;
      if (n4 !== 0) {
        for (const k8 in v3) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft(FV, "/statusInfo/" + pointerToken(k8), UNKNOWN)) return; }
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "customData" || k9 === "status" || k9 === "statusInfo")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
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
