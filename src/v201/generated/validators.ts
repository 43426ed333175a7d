// Generated from the official OCPP 2.0.1 JSON schemas by `npm run generate`. DO NOT EDIT.
// Validators: one per message, data types inlined.
/* eslint-disable */
import { Collector, codePoints, isDateTime, isMultipleOf, isUri, pointerToken, type GeneratedValidator } from '../../schema/runtime.js';

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
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail("TypeConstraintViolation", at, "must be an object");
  const v0 = v["vendorId"];
  if (v0 === undefined) { if (c.fail("OccurrenceConstraintViolation", at + "/vendorId", "required")) return true; }
  else {
    if (typeof v0 !== "string") { if (c.fail("TypeConstraintViolation", at + "/vendorId", "must be a string")) return true; }
    else if (v0.length > 255 && (v0.length > 510 || codePoints(v0) > 255)) { if (c.soft("PropertyConstraintViolation", at + "/vendorId", "longer than maxLength 255")) return true; }
  }
  return false;
}

function AuthorizeRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "idToken" || k0 === "certificate" || k0 === "iso15118CertificateHashData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["idToken"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken", "required")) return; }
  else {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/idToken", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "additionalInfo" || k3 === "idToken" || k3 === "type")) { if (c.soft("FormatViolation", "/idToken/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/idToken/customData")) return;
      }
      const v5 = v2["additionalInfo"];
      if (v5 !== undefined) {
        if (!Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo", "must be an array")) return; }
        else {
          if (v5.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i6 = 0; i6 < v5.length; i6++) {
            const v7 = v5[i6];
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i6, "must be an object")) return; }
            else {
              for (const k8 in v7) if (!(k8 === "customData" || k8 === "additionalIdToken" || k8 === "type")) { if (c.soft("FormatViolation", "/idToken/additionalInfo/" + i6 + "/" + pointerToken(k8), "unknown property")) return; }
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                if (checkCustomDataType(v9, c, "/idToken/additionalInfo/" + i6 + "/customData")) return;
              }
              const v10 = v7["additionalIdToken"];
              if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i6 + "/additionalIdToken", "required")) return; }
              else {
                if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i6 + "/additionalIdToken", "must be a string")) return; }
                else if (v10.length > 36 && (v10.length > 72 || codePoints(v10) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i6 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v11 = v7["type"];
              if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i6 + "/type", "required")) return; }
              else {
                if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i6 + "/type", "must be a string")) return; }
                else if (v11.length > 50 && (v11.length > 100 || codePoints(v11) > 50)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i6 + "/type", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
      const v12 = v2["idToken"];
      if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/idToken", "required")) return; }
      else {
        if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/idToken", "must be a string")) return; }
        else if (v12.length > 36 && (v12.length > 72 || codePoints(v12) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v13 = v2["type"];
      if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/type", "required")) return; }
      else {
        if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/type", "must be a string")) return; }
        else if (!isIdTokenEnumType(v13)) { if (c.soft("PropertyConstraintViolation", "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
    }
  }
  const v14 = d["certificate"];
  if (v14 !== undefined) {
    if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/certificate", "must be a string")) return; }
    else if (v14.length > 5500 && (v14.length > 11000 || codePoints(v14) > 5500)) { if (c.soft("PropertyConstraintViolation", "/certificate", "longer than maxLength 5500")) return; }
  }
  const v15 = d["iso15118CertificateHashData"];
  if (v15 !== undefined) {
    if (!Array.isArray(v15)) { if (c.fail("TypeConstraintViolation", "/iso15118CertificateHashData", "must be an array")) return; }
    else if (v15.length > 4) { if (c.fail("OccurrenceConstraintViolation", "/iso15118CertificateHashData", "more than maxItems 4")) return; }
    else {
      if (v15.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/iso15118CertificateHashData", "fewer than minItems 1")) return; }
      for (let i16 = 0; i16 < v15.length; i16++) {
        const v17 = v15[i16];
        if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail("TypeConstraintViolation", "/iso15118CertificateHashData/" + i16, "must be an object")) return; }
        else {
          for (const k18 in v17) if (!(k18 === "customData" || k18 === "hashAlgorithm" || k18 === "issuerNameHash" || k18 === "issuerKeyHash" || k18 === "serialNumber" || k18 === "responderURL")) { if (c.soft("FormatViolation", "/iso15118CertificateHashData/" + i16 + "/" + pointerToken(k18), "unknown property")) return; }
          const v19 = v17["customData"];
          if (v19 !== undefined) {
            if (checkCustomDataType(v19, c, "/iso15118CertificateHashData/" + i16 + "/customData")) return;
          }
          const v20 = v17["hashAlgorithm"];
          if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/hashAlgorithm", "required")) return; }
          else {
            if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/hashAlgorithm", "must be a string")) return; }
            else if (!isHashAlgorithmEnumType(v20)) { if (c.soft("PropertyConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
          }
          const v21 = v17["issuerNameHash"];
          if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/issuerNameHash", "required")) return; }
          else {
            if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/issuerNameHash", "must be a string")) return; }
            else if (v21.length > 128 && (v21.length > 256 || codePoints(v21) > 128)) { if (c.soft("PropertyConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/issuerNameHash", "longer than maxLength 128")) return; }
          }
          const v22 = v17["issuerKeyHash"];
          if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/issuerKeyHash", "required")) return; }
          else {
            if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/issuerKeyHash", "must be a string")) return; }
            else if (v22.length > 128 && (v22.length > 256 || codePoints(v22) > 128)) { if (c.soft("PropertyConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/issuerKeyHash", "longer than maxLength 128")) return; }
          }
          const v23 = v17["serialNumber"];
          if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/serialNumber", "required")) return; }
          else {
            if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/serialNumber", "must be a string")) return; }
            else if (v23.length > 40 && (v23.length > 80 || codePoints(v23) > 40)) { if (c.soft("PropertyConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/serialNumber", "longer than maxLength 40")) return; }
          }
          const v24 = v17["responderURL"];
          if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/responderURL", "required")) return; }
          else {
            if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/responderURL", "must be a string")) return; }
            else if (v24.length > 512 && (v24.length > 1024 || codePoints(v24) > 512)) { if (c.soft("PropertyConstraintViolation", "/iso15118CertificateHashData/" + i16 + "/responderURL", "longer than maxLength 512")) return; }
          }
        }
      }
    }
  }
}

function AuthorizeResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "idTokenInfo" || k0 === "certificateStatus")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["idTokenInfo"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo", "required")) return; }
  else {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "status" || k3 === "cacheExpiryDateTime" || k3 === "chargingPriority" || k3 === "language1" || k3 === "evseId" || k3 === "groupIdToken" || k3 === "language2" || k3 === "personalMessage")) { if (c.soft("FormatViolation", "/idTokenInfo/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/idTokenInfo/customData")) return;
      }
      const v5 = v2["status"];
      if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/status", "required")) return; }
      else {
        if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/status", "must be a string")) return; }
        else if (!isAuthorizationStatusEnumType(v5)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/status", "not a AuthorizationStatusEnumType value")) return; }
      }
      const v6 = v2["cacheExpiryDateTime"];
      if (v6 !== undefined) {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/cacheExpiryDateTime", "must be a string")) return; }
        else if (!isDateTime(v6)) { if (c.fail("PropertyConstraintViolation", "/idTokenInfo/cacheExpiryDateTime", "not an RFC 3339 date-time")) return; }
      }
      const v7 = v2["chargingPriority"];
      if (v7 !== undefined) {
        if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/chargingPriority", "must be an integer")) return; }
      }
      const v8 = v2["language1"];
      if (v8 !== undefined) {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/language1", "must be a string")) return; }
        else if (v8.length > 8 && (v8.length > 16 || codePoints(v8) > 8)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/language1", "longer than maxLength 8")) return; }
      }
      const v9 = v2["evseId"];
      if (v9 !== undefined) {
        if (!Array.isArray(v9)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/evseId", "must be an array")) return; }
        else {
          if (v9.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/evseId", "fewer than minItems 1")) return; }
          for (let i10 = 0; i10 < v9.length; i10++) {
            const v11 = v9[i10];
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/evseId/" + i10, "must be an integer")) return; }
          }
        }
      }
      const v12 = v2["groupIdToken"];
      if (v12 !== undefined) {
        if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken", "must be an object")) return; }
        else {
          for (const k13 in v12) if (!(k13 === "customData" || k13 === "additionalInfo" || k13 === "idToken" || k13 === "type")) { if (c.soft("FormatViolation", "/idTokenInfo/groupIdToken/" + pointerToken(k13), "unknown property")) return; }
          const v14 = v12["customData"];
          if (v14 !== undefined) {
            if (checkCustomDataType(v14, c, "/idTokenInfo/groupIdToken/customData")) return;
          }
          const v15 = v12["additionalInfo"];
          if (v15 !== undefined) {
            if (!Array.isArray(v15)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo", "must be an array")) return; }
            else {
              if (v15.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
              for (let i16 = 0; i16 < v15.length; i16++) {
                const v17 = v15[i16];
                if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16, "must be an object")) return; }
                else {
                  for (const k18 in v17) if (!(k18 === "customData" || k18 === "additionalIdToken" || k18 === "type")) { if (c.soft("FormatViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/" + pointerToken(k18), "unknown property")) return; }
                  const v19 = v17["customData"];
                  if (v19 !== undefined) {
                    if (checkCustomDataType(v19, c, "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/customData")) return;
                  }
                  const v20 = v17["additionalIdToken"];
                  if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/additionalIdToken", "required")) return; }
                  else {
                    if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/additionalIdToken", "must be a string")) return; }
                    else if (v20.length > 36 && (v20.length > 72 || codePoints(v20) > 36)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/additionalIdToken", "longer than maxLength 36")) return; }
                  }
                  const v21 = v17["type"];
                  if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/type", "required")) return; }
                  else {
                    if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/type", "must be a string")) return; }
                    else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i16 + "/type", "longer than maxLength 50")) return; }
                  }
                }
              }
            }
          }
          const v22 = v12["idToken"];
          if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/idToken", "required")) return; }
          else {
            if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/idToken", "must be a string")) return; }
            else if (v22.length > 36 && (v22.length > 72 || codePoints(v22) > 36)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/idToken", "longer than maxLength 36")) return; }
          }
          const v23 = v12["type"];
          if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/type", "required")) return; }
          else {
            if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/type", "must be a string")) return; }
            else if (!isIdTokenEnumType(v23)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/type", "not a IdTokenEnumType value")) return; }
          }
        }
      }
      const v24 = v2["language2"];
      if (v24 !== undefined) {
        if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/language2", "must be a string")) return; }
        else if (v24.length > 8 && (v24.length > 16 || codePoints(v24) > 8)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/language2", "longer than maxLength 8")) return; }
      }
      const v25 = v2["personalMessage"];
      if (v25 !== undefined) {
        if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage", "must be an object")) return; }
        else {
          for (const k26 in v25) if (!(k26 === "customData" || k26 === "format" || k26 === "language" || k26 === "content")) { if (c.soft("FormatViolation", "/idTokenInfo/personalMessage/" + pointerToken(k26), "unknown property")) return; }
          const v27 = v25["customData"];
          if (v27 !== undefined) {
            if (checkCustomDataType(v27, c, "/idTokenInfo/personalMessage/customData")) return;
          }
          const v28 = v25["format"];
          if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/personalMessage/format", "required")) return; }
          else {
            if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage/format", "must be a string")) return; }
            else if (!isMessageFormatEnumType(v28)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/personalMessage/format", "not a MessageFormatEnumType value")) return; }
          }
          const v29 = v25["language"];
          if (v29 !== undefined) {
            if (typeof v29 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage/language", "must be a string")) return; }
            else if (v29.length > 8 && (v29.length > 16 || codePoints(v29) > 8)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/personalMessage/language", "longer than maxLength 8")) return; }
          }
          const v30 = v25["content"];
          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/personalMessage/content", "required")) return; }
          else {
            if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage/content", "must be a string")) return; }
            else if (v30.length > 512 && (v30.length > 1024 || codePoints(v30) > 512)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/personalMessage/content", "longer than maxLength 512")) return; }
          }
        }
      }
    }
  }
  const v31 = d["certificateStatus"];
  if (v31 !== undefined) {
    if (typeof v31 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateStatus", "must be a string")) return; }
    else if (!isAuthorizeCertificateStatusEnumType(v31)) { if (c.soft("PropertyConstraintViolation", "/certificateStatus", "not a AuthorizeCertificateStatusEnumType value")) return; }
  }
}

function BootNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "chargingStation" || k0 === "reason")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["chargingStation"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingStation", "required")) return; }
  else {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/chargingStation", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "serialNumber" || k3 === "model" || k3 === "modem" || k3 === "vendorName" || k3 === "firmwareVersion")) { if (c.soft("FormatViolation", "/chargingStation/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/chargingStation/customData")) return;
      }
      const v5 = v2["serialNumber"];
      if (v5 !== undefined) {
        if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingStation/serialNumber", "must be a string")) return; }
        else if (v5.length > 25 && (v5.length > 50 || codePoints(v5) > 25)) { if (c.soft("PropertyConstraintViolation", "/chargingStation/serialNumber", "longer than maxLength 25")) return; }
      }
      const v6 = v2["model"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingStation/model", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingStation/model", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/chargingStation/model", "longer than maxLength 20")) return; }
      }
      const v7 = v2["modem"];
      if (v7 !== undefined) {
        if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/chargingStation/modem", "must be an object")) return; }
        else {
          for (const k8 in v7) if (!(k8 === "customData" || k8 === "iccid" || k8 === "imsi")) { if (c.soft("FormatViolation", "/chargingStation/modem/" + pointerToken(k8), "unknown property")) return; }
          const v9 = v7["customData"];
          if (v9 !== undefined) {
            if (checkCustomDataType(v9, c, "/chargingStation/modem/customData")) return;
          }
          const v10 = v7["iccid"];
          if (v10 !== undefined) {
            if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingStation/modem/iccid", "must be a string")) return; }
            else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft("PropertyConstraintViolation", "/chargingStation/modem/iccid", "longer than maxLength 20")) return; }
          }
          const v11 = v7["imsi"];
          if (v11 !== undefined) {
            if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingStation/modem/imsi", "must be a string")) return; }
            else if (v11.length > 20 && (v11.length > 40 || codePoints(v11) > 20)) { if (c.soft("PropertyConstraintViolation", "/chargingStation/modem/imsi", "longer than maxLength 20")) return; }
          }
        }
      }
      const v12 = v2["vendorName"];
      if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingStation/vendorName", "required")) return; }
      else {
        if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingStation/vendorName", "must be a string")) return; }
        else if (v12.length > 50 && (v12.length > 100 || codePoints(v12) > 50)) { if (c.soft("PropertyConstraintViolation", "/chargingStation/vendorName", "longer than maxLength 50")) return; }
      }
      const v13 = v2["firmwareVersion"];
      if (v13 !== undefined) {
        if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingStation/firmwareVersion", "must be a string")) return; }
        else if (v13.length > 50 && (v13.length > 100 || codePoints(v13) > 50)) { if (c.soft("PropertyConstraintViolation", "/chargingStation/firmwareVersion", "longer than maxLength 50")) return; }
      }
    }
  }
  const v14 = d["reason"];
  if (v14 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reason", "required")) return; }
  else {
    if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/reason", "must be a string")) return; }
    else if (!isBootReasonEnumType(v14)) { if (c.soft("PropertyConstraintViolation", "/reason", "not a BootReasonEnumType value")) return; }
  }
}

function BootNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "currentTime" || k0 === "interval" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["currentTime"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/currentTime", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/currentTime", "must be a string")) return; }
    else if (!isDateTime(v2)) { if (c.fail("PropertyConstraintViolation", "/currentTime", "not an RFC 3339 date-time")) return; }
  }
  const v3 = d["interval"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/interval", "required")) return; }
  else {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/interval", "must be an integer")) return; }
  }
  const v4 = d["status"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v4 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isRegistrationStatusEnumType(v4)) { if (c.soft("PropertyConstraintViolation", "/status", "not a RegistrationStatusEnumType value")) return; }
  }
  const v5 = d["statusInfo"];
  if (v5 !== undefined) {
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k6 in v5) if (!(k6 === "customData" || k6 === "reasonCode" || k6 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k6), "unknown property")) return; }
      const v7 = v5["customData"];
      if (v7 !== undefined) {
        if (checkCustomDataType(v7, c, "/statusInfo/customData")) return;
      }
      const v8 = v5["reasonCode"];
      if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v8.length > 20 && (v8.length > 40 || codePoints(v8) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v9 = v5["additionalInfo"];
      if (v9 !== undefined) {
        if (typeof v9 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v9.length > 512 && (v9.length > 1024 || codePoints(v9) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function CancelReservationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "reservationId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["reservationId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reservationId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/reservationId", "must be an integer")) return; }
  }
}

function CancelReservationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isCancelReservationStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a CancelReservationStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function CertificateSignedRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "certificateChain" || k0 === "certificateType")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["certificateChain"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateChain", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateChain", "must be a string")) return; }
    else if (v2.length > 10000 && (v2.length > 20000 || codePoints(v2) > 10000)) { if (c.soft("PropertyConstraintViolation", "/certificateChain", "longer than maxLength 10000")) return; }
  }
  const v3 = d["certificateType"];
  if (v3 !== undefined) {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateType", "must be a string")) return; }
    else if (!isCertificateSigningUseEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/certificateType", "not a CertificateSigningUseEnumType value")) return; }
  }
}

function CertificateSignedResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isCertificateSignedStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a CertificateSignedStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function ChangeAvailabilityRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "evse" || k0 === "operationalStatus")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evse"];
  if (v2 !== undefined) {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/evse", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "id" || k3 === "connectorId")) { if (c.soft("FormatViolation", "/evse/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/evse/customData")) return;
      }
      const v5 = v2["id"];
      if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evse/id", "required")) return; }
      else {
        if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail("TypeConstraintViolation", "/evse/id", "must be an integer")) return; }
      }
      const v6 = v2["connectorId"];
      if (v6 !== undefined) {
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/evse/connectorId", "must be an integer")) return; }
      }
    }
  }
  const v7 = d["operationalStatus"];
  if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/operationalStatus", "required")) return; }
  else {
    if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/operationalStatus", "must be a string")) return; }
    else if (!isOperationalStatusEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/operationalStatus", "not a OperationalStatusEnumType value")) return; }
  }
}

function ChangeAvailabilityResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isChangeAvailabilityStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a ChangeAvailabilityStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function ClearCacheRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function ClearCacheResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isClearCacheStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a ClearCacheStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function ClearChargingProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "chargingProfileId" || k0 === "chargingProfileCriteria")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["chargingProfileId"];
  if (v2 !== undefined) {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/chargingProfileId", "must be an integer")) return; }
  }
  const v3 = d["chargingProfileCriteria"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/chargingProfileCriteria", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "evseId" || k4 === "chargingProfilePurpose" || k4 === "stackLevel")) { if (c.soft("FormatViolation", "/chargingProfileCriteria/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/chargingProfileCriteria/customData")) return;
      }
      const v6 = v3["evseId"];
      if (v6 !== undefined) {
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/chargingProfileCriteria/evseId", "must be an integer")) return; }
      }
      const v7 = v3["chargingProfilePurpose"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfileCriteria/chargingProfilePurpose", "must be a string")) return; }
        else if (!isChargingProfilePurposeEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/chargingProfileCriteria/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v8 = v3["stackLevel"];
      if (v8 !== undefined) {
        if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail("TypeConstraintViolation", "/chargingProfileCriteria/stackLevel", "must be an integer")) return; }
      }
    }
  }
}

function ClearChargingProfileResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isClearChargingProfileStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a ClearChargingProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function ClearDisplayMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "id")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["id"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/id", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/id", "must be an integer")) return; }
  }
}

function ClearDisplayMessageResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isClearMessageStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a ClearMessageStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function ClearVariableMonitoringRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "id")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["id"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/id", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/id", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/id", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail("TypeConstraintViolation", "/id/" + i3, "must be an integer")) return; }
      }
    }
  }
}

function ClearVariableMonitoringResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "clearMonitoringResult")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["clearMonitoringResult"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/clearMonitoringResult", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/clearMonitoringResult", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/clearMonitoringResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/clearMonitoringResult/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "status" || k5 === "id" || k5 === "statusInfo")) { if (c.soft("FormatViolation", "/clearMonitoringResult/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/clearMonitoringResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["status"];
          if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/clearMonitoringResult/" + i3 + "/status", "required")) return; }
          else {
            if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/clearMonitoringResult/" + i3 + "/status", "must be a string")) return; }
            else if (!isClearMonitoringStatusEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/clearMonitoringResult/" + i3 + "/status", "not a ClearMonitoringStatusEnumType value")) return; }
          }
          const v8 = v4["id"];
          if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/clearMonitoringResult/" + i3 + "/id", "required")) return; }
          else {
            if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail("TypeConstraintViolation", "/clearMonitoringResult/" + i3 + "/id", "must be an integer")) return; }
          }
          const v9 = v4["statusInfo"];
          if (v9 !== undefined) {
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail("TypeConstraintViolation", "/clearMonitoringResult/" + i3 + "/statusInfo", "must be an object")) return; }
            else {
              for (const k10 in v9) if (!(k10 === "customData" || k10 === "reasonCode" || k10 === "additionalInfo")) { if (c.soft("FormatViolation", "/clearMonitoringResult/" + i3 + "/statusInfo/" + pointerToken(k10), "unknown property")) return; }
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                if (checkCustomDataType(v11, c, "/clearMonitoringResult/" + i3 + "/statusInfo/customData")) return;
              }
              const v12 = v9["reasonCode"];
              if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/clearMonitoringResult/" + i3 + "/statusInfo/reasonCode", "required")) return; }
              else {
                if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/clearMonitoringResult/" + i3 + "/statusInfo/reasonCode", "must be a string")) return; }
                else if (v12.length > 20 && (v12.length > 40 || codePoints(v12) > 20)) { if (c.soft("PropertyConstraintViolation", "/clearMonitoringResult/" + i3 + "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v13 = v9["additionalInfo"];
              if (v13 !== undefined) {
                if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/clearMonitoringResult/" + i3 + "/statusInfo/additionalInfo", "must be a string")) return; }
                else if (v13.length > 512 && (v13.length > 1024 || codePoints(v13) > 512)) { if (c.soft("PropertyConstraintViolation", "/clearMonitoringResult/" + i3 + "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
            }
          }
        }
      }
    }
  }
}

function ClearedChargingLimitRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "chargingLimitSource" || k0 === "evseId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["chargingLimitSource"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingLimitSource", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingLimitSource", "must be a string")) return; }
    else if (!isChargingLimitSourceEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/chargingLimitSource", "not a ChargingLimitSourceEnumType value")) return; }
  }
  const v3 = d["evseId"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
}

function ClearedChargingLimitResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function CostUpdatedRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "totalCost" || k0 === "transactionId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["totalCost"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/totalCost", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail("TypeConstraintViolation", "/totalCost", "must be a number")) return; }
  }
  const v3 = d["transactionId"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/transactionId", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/transactionId", "must be a string")) return; }
    else if (v3.length > 36 && (v3.length > 72 || codePoints(v3) > 36)) { if (c.soft("PropertyConstraintViolation", "/transactionId", "longer than maxLength 36")) return; }
  }
}

function CostUpdatedResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function CustomerInformationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "customerCertificate" || k0 === "idToken" || k0 === "requestId" || k0 === "report" || k0 === "clear" || k0 === "customerIdentifier")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["customerCertificate"];
  if (v2 !== undefined) {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/customerCertificate", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "hashAlgorithm" || k3 === "issuerNameHash" || k3 === "issuerKeyHash" || k3 === "serialNumber")) { if (c.soft("FormatViolation", "/customerCertificate/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/customerCertificate/customData")) return;
      }
      const v5 = v2["hashAlgorithm"];
      if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/customerCertificate/hashAlgorithm", "required")) return; }
      else {
        if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/customerCertificate/hashAlgorithm", "must be a string")) return; }
        else if (!isHashAlgorithmEnumType(v5)) { if (c.soft("PropertyConstraintViolation", "/customerCertificate/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
      }
      const v6 = v2["issuerNameHash"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/customerCertificate/issuerNameHash", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/customerCertificate/issuerNameHash", "must be a string")) return; }
        else if (v6.length > 128 && (v6.length > 256 || codePoints(v6) > 128)) { if (c.soft("PropertyConstraintViolation", "/customerCertificate/issuerNameHash", "longer than maxLength 128")) return; }
      }
      const v7 = v2["issuerKeyHash"];
      if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/customerCertificate/issuerKeyHash", "required")) return; }
      else {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/customerCertificate/issuerKeyHash", "must be a string")) return; }
        else if (v7.length > 128 && (v7.length > 256 || codePoints(v7) > 128)) { if (c.soft("PropertyConstraintViolation", "/customerCertificate/issuerKeyHash", "longer than maxLength 128")) return; }
      }
      const v8 = v2["serialNumber"];
      if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/customerCertificate/serialNumber", "required")) return; }
      else {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/customerCertificate/serialNumber", "must be a string")) return; }
        else if (v8.length > 40 && (v8.length > 80 || codePoints(v8) > 40)) { if (c.soft("PropertyConstraintViolation", "/customerCertificate/serialNumber", "longer than maxLength 40")) return; }
      }
    }
  }
  const v9 = d["idToken"];
  if (v9 !== undefined) {
    if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail("TypeConstraintViolation", "/idToken", "must be an object")) return; }
    else {
      for (const k10 in v9) if (!(k10 === "customData" || k10 === "additionalInfo" || k10 === "idToken" || k10 === "type")) { if (c.soft("FormatViolation", "/idToken/" + pointerToken(k10), "unknown property")) return; }
      const v11 = v9["customData"];
      if (v11 !== undefined) {
        if (checkCustomDataType(v11, c, "/idToken/customData")) return;
      }
      const v12 = v9["additionalInfo"];
      if (v12 !== undefined) {
        if (!Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo", "must be an array")) return; }
        else {
          if (v12.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i13 = 0; i13 < v12.length; i13++) {
            const v14 = v12[i13];
            if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i13, "must be an object")) return; }
            else {
              for (const k15 in v14) if (!(k15 === "customData" || k15 === "additionalIdToken" || k15 === "type")) { if (c.soft("FormatViolation", "/idToken/additionalInfo/" + i13 + "/" + pointerToken(k15), "unknown property")) return; }
              const v16 = v14["customData"];
              if (v16 !== undefined) {
                if (checkCustomDataType(v16, c, "/idToken/additionalInfo/" + i13 + "/customData")) return;
              }
              const v17 = v14["additionalIdToken"];
              if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i13 + "/additionalIdToken", "required")) return; }
              else {
                if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i13 + "/additionalIdToken", "must be a string")) return; }
                else if (v17.length > 36 && (v17.length > 72 || codePoints(v17) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i13 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v18 = v14["type"];
              if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i13 + "/type", "required")) return; }
              else {
                if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i13 + "/type", "must be a string")) return; }
                else if (v18.length > 50 && (v18.length > 100 || codePoints(v18) > 50)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i13 + "/type", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
      const v19 = v9["idToken"];
      if (v19 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/idToken", "required")) return; }
      else {
        if (typeof v19 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/idToken", "must be a string")) return; }
        else if (v19.length > 36 && (v19.length > 72 || codePoints(v19) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v20 = v9["type"];
      if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/type", "required")) return; }
      else {
        if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/type", "must be a string")) return; }
        else if (!isIdTokenEnumType(v20)) { if (c.soft("PropertyConstraintViolation", "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
    }
  }
  const v21 = d["requestId"];
  if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v22 = d["report"];
  if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/report", "required")) return; }
  else {
    if (typeof v22 !== "boolean") { if (c.fail("TypeConstraintViolation", "/report", "must be a boolean")) return; }
  }
  const v23 = d["clear"];
  if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/clear", "required")) return; }
  else {
    if (typeof v23 !== "boolean") { if (c.fail("TypeConstraintViolation", "/clear", "must be a boolean")) return; }
  }
  const v24 = d["customerIdentifier"];
  if (v24 !== undefined) {
    if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/customerIdentifier", "must be a string")) return; }
    else if (v24.length > 64 && (v24.length > 128 || codePoints(v24) > 64)) { if (c.soft("PropertyConstraintViolation", "/customerIdentifier", "longer than maxLength 64")) return; }
  }
}

function CustomerInformationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isCustomerInformationStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a CustomerInformationStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function DataTransferRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "messageId" || k0 === "data" || k0 === "vendorId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["messageId"];
  if (v2 !== undefined) {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/messageId", "must be a string")) return; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft("PropertyConstraintViolation", "/messageId", "longer than maxLength 50")) return; }
  }
  const v3 = d["data"];
  const v4 = d["vendorId"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/vendorId", "required")) return; }
  else {
    if (typeof v4 !== "string") { if (c.fail("TypeConstraintViolation", "/vendorId", "must be a string")) return; }
    else if (v4.length > 255 && (v4.length > 510 || codePoints(v4) > 255)) { if (c.soft("PropertyConstraintViolation", "/vendorId", "longer than maxLength 255")) return; }
  }
}

function DataTransferResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo" || k0 === "data")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isDataTransferStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a DataTransferStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
  const v8 = d["data"];
}

function DeleteCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "certificateHashData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["certificateHashData"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashData", "required")) return; }
  else {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/certificateHashData", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "hashAlgorithm" || k3 === "issuerNameHash" || k3 === "issuerKeyHash" || k3 === "serialNumber")) { if (c.soft("FormatViolation", "/certificateHashData/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/certificateHashData/customData")) return;
      }
      const v5 = v2["hashAlgorithm"];
      if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashData/hashAlgorithm", "required")) return; }
      else {
        if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashData/hashAlgorithm", "must be a string")) return; }
        else if (!isHashAlgorithmEnumType(v5)) { if (c.soft("PropertyConstraintViolation", "/certificateHashData/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
      }
      const v6 = v2["issuerNameHash"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashData/issuerNameHash", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashData/issuerNameHash", "must be a string")) return; }
        else if (v6.length > 128 && (v6.length > 256 || codePoints(v6) > 128)) { if (c.soft("PropertyConstraintViolation", "/certificateHashData/issuerNameHash", "longer than maxLength 128")) return; }
      }
      const v7 = v2["issuerKeyHash"];
      if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashData/issuerKeyHash", "required")) return; }
      else {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashData/issuerKeyHash", "must be a string")) return; }
        else if (v7.length > 128 && (v7.length > 256 || codePoints(v7) > 128)) { if (c.soft("PropertyConstraintViolation", "/certificateHashData/issuerKeyHash", "longer than maxLength 128")) return; }
      }
      const v8 = v2["serialNumber"];
      if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashData/serialNumber", "required")) return; }
      else {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashData/serialNumber", "must be a string")) return; }
        else if (v8.length > 40 && (v8.length > 80 || codePoints(v8) > 40)) { if (c.soft("PropertyConstraintViolation", "/certificateHashData/serialNumber", "longer than maxLength 40")) return; }
      }
    }
  }
}

function DeleteCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isDeleteCertificateStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a DeleteCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function FirmwareStatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "requestId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isFirmwareStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a FirmwareStatusEnumType value")) return; }
  }
  const v3 = d["requestId"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
}

function FirmwareStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function Get15118EVCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "iso15118SchemaVersion" || k0 === "action" || k0 === "exiRequest")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["iso15118SchemaVersion"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/iso15118SchemaVersion", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/iso15118SchemaVersion", "must be a string")) return; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft("PropertyConstraintViolation", "/iso15118SchemaVersion", "longer than maxLength 50")) return; }
  }
  const v3 = d["action"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/action", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/action", "must be a string")) return; }
    else if (!isCertificateActionEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/action", "not a CertificateActionEnumType value")) return; }
  }
  const v4 = d["exiRequest"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/exiRequest", "required")) return; }
  else {
    if (typeof v4 !== "string") { if (c.fail("TypeConstraintViolation", "/exiRequest", "must be a string")) return; }
    else if (v4.length > 5600 && (v4.length > 11200 || codePoints(v4) > 5600)) { if (c.soft("PropertyConstraintViolation", "/exiRequest", "longer than maxLength 5600")) return; }
  }
}

function Get15118EVCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo" || k0 === "exiResponse")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isIso15118EVCertificateStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a Iso15118EVCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
  const v8 = d["exiResponse"];
  if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/exiResponse", "required")) return; }
  else {
    if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/exiResponse", "must be a string")) return; }
    else if (v8.length > 5600 && (v8.length > 11200 || codePoints(v8) > 5600)) { if (c.soft("PropertyConstraintViolation", "/exiResponse", "longer than maxLength 5600")) return; }
  }
}

function GetBaseReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "requestId" || k0 === "reportBase")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v3 = d["reportBase"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportBase", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/reportBase", "must be a string")) return; }
    else if (!isReportBaseEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/reportBase", "not a ReportBaseEnumType value")) return; }
  }
}

function GetBaseReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function GetCertificateStatusRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "ocspRequestData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["ocspRequestData"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/ocspRequestData", "required")) return; }
  else {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/ocspRequestData", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "hashAlgorithm" || k3 === "issuerNameHash" || k3 === "issuerKeyHash" || k3 === "serialNumber" || k3 === "responderURL")) { if (c.soft("FormatViolation", "/ocspRequestData/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/ocspRequestData/customData")) return;
      }
      const v5 = v2["hashAlgorithm"];
      if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/ocspRequestData/hashAlgorithm", "required")) return; }
      else {
        if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/ocspRequestData/hashAlgorithm", "must be a string")) return; }
        else if (!isHashAlgorithmEnumType(v5)) { if (c.soft("PropertyConstraintViolation", "/ocspRequestData/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
      }
      const v6 = v2["issuerNameHash"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/ocspRequestData/issuerNameHash", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/ocspRequestData/issuerNameHash", "must be a string")) return; }
        else if (v6.length > 128 && (v6.length > 256 || codePoints(v6) > 128)) { if (c.soft("PropertyConstraintViolation", "/ocspRequestData/issuerNameHash", "longer than maxLength 128")) return; }
      }
      const v7 = v2["issuerKeyHash"];
      if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/ocspRequestData/issuerKeyHash", "required")) return; }
      else {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/ocspRequestData/issuerKeyHash", "must be a string")) return; }
        else if (v7.length > 128 && (v7.length > 256 || codePoints(v7) > 128)) { if (c.soft("PropertyConstraintViolation", "/ocspRequestData/issuerKeyHash", "longer than maxLength 128")) return; }
      }
      const v8 = v2["serialNumber"];
      if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/ocspRequestData/serialNumber", "required")) return; }
      else {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/ocspRequestData/serialNumber", "must be a string")) return; }
        else if (v8.length > 40 && (v8.length > 80 || codePoints(v8) > 40)) { if (c.soft("PropertyConstraintViolation", "/ocspRequestData/serialNumber", "longer than maxLength 40")) return; }
      }
      const v9 = v2["responderURL"];
      if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/ocspRequestData/responderURL", "required")) return; }
      else {
        if (typeof v9 !== "string") { if (c.fail("TypeConstraintViolation", "/ocspRequestData/responderURL", "must be a string")) return; }
        else if (v9.length > 512 && (v9.length > 1024 || codePoints(v9) > 512)) { if (c.soft("PropertyConstraintViolation", "/ocspRequestData/responderURL", "longer than maxLength 512")) return; }
      }
    }
  }
}

function GetCertificateStatusResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo" || k0 === "ocspResult")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGetCertificateStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GetCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
  const v8 = d["ocspResult"];
  if (v8 !== undefined) {
    if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/ocspResult", "must be a string")) return; }
    else if (v8.length > 5500 && (v8.length > 11000 || codePoints(v8) > 5500)) { if (c.soft("PropertyConstraintViolation", "/ocspResult", "longer than maxLength 5500")) return; }
  }
}

function GetChargingProfilesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "requestId" || k0 === "evseId" || k0 === "chargingProfile")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v3 = d["evseId"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v4 = d["chargingProfile"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile", "required")) return; }
  else {
    if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/chargingProfile", "must be an object")) return; }
    else {
      for (const k5 in v4) if (!(k5 === "customData" || k5 === "chargingProfilePurpose" || k5 === "stackLevel" || k5 === "chargingProfileId" || k5 === "chargingLimitSource")) { if (c.soft("FormatViolation", "/chargingProfile/" + pointerToken(k5), "unknown property")) return; }
      const v6 = v4["customData"];
      if (v6 !== undefined) {
        if (checkCustomDataType(v6, c, "/chargingProfile/customData")) return;
      }
      const v7 = v4["chargingProfilePurpose"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingProfilePurpose", "must be a string")) return; }
        else if (!isChargingProfilePurposeEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v8 = v4["stackLevel"];
      if (v8 !== undefined) {
        if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/stackLevel", "must be an integer")) return; }
      }
      const v9 = v4["chargingProfileId"];
      if (v9 !== undefined) {
        if (!Array.isArray(v9)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingProfileId", "must be an array")) return; }
        else {
          if (v9.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingProfileId", "fewer than minItems 1")) return; }
          for (let i10 = 0; i10 < v9.length; i10++) {
            const v11 = v9[i10];
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingProfileId/" + i10, "must be an integer")) return; }
          }
        }
      }
      const v12 = v4["chargingLimitSource"];
      if (v12 !== undefined) {
        if (!Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingLimitSource", "must be an array")) return; }
        else if (v12.length > 4) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingLimitSource", "more than maxItems 4")) return; }
        else {
          if (v12.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingLimitSource", "fewer than minItems 1")) return; }
          for (let i13 = 0; i13 < v12.length; i13++) {
            const v14 = v12[i13];
            if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingLimitSource/" + i13, "must be a string")) return; }
            else if (!isChargingLimitSourceEnumType(v14)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingLimitSource/" + i13, "not a ChargingLimitSourceEnumType value")) return; }
          }
        }
      }
    }
  }
}

function GetChargingProfilesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGetChargingProfileStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GetChargingProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function GetCompositeScheduleRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "duration" || k0 === "chargingRateUnit" || k0 === "evseId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["duration"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/duration", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/duration", "must be an integer")) return; }
  }
  const v3 = d["chargingRateUnit"];
  if (v3 !== undefined) {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingRateUnit", "must be a string")) return; }
    else if (!isChargingRateUnitEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
  }
  const v4 = d["evseId"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
}

function GetCompositeScheduleResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo" || k0 === "schedule")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
  const v8 = d["schedule"];
  if (v8 !== undefined) {
    if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/schedule", "must be an object")) return; }
    else {
      for (const k9 in v8) if (!(k9 === "customData" || k9 === "chargingSchedulePeriod" || k9 === "evseId" || k9 === "duration" || k9 === "scheduleStart" || k9 === "chargingRateUnit")) { if (c.soft("FormatViolation", "/schedule/" + pointerToken(k9), "unknown property")) return; }
      const v10 = v8["customData"];
      if (v10 !== undefined) {
        if (checkCustomDataType(v10, c, "/schedule/customData")) return;
      }
      const v11 = v8["chargingSchedulePeriod"];
      if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/schedule/chargingSchedulePeriod", "required")) return; }
      else {
        if (!Array.isArray(v11)) { if (c.fail("TypeConstraintViolation", "/schedule/chargingSchedulePeriod", "must be an array")) return; }
        else {
          if (v11.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/schedule/chargingSchedulePeriod", "fewer than minItems 1")) return; }
          for (let i12 = 0; i12 < v11.length; i12++) {
            const v13 = v11[i12];
            if (typeof v13 !== "object" || v13 === null || Array.isArray(v13)) { if (c.fail("TypeConstraintViolation", "/schedule/chargingSchedulePeriod/" + i12, "must be an object")) return; }
            else {
              for (const k14 in v13) if (!(k14 === "customData" || k14 === "startPeriod" || k14 === "limit" || k14 === "numberPhases" || k14 === "phaseToUse")) { if (c.soft("FormatViolation", "/schedule/chargingSchedulePeriod/" + i12 + "/" + pointerToken(k14), "unknown property")) return; }
              const v15 = v13["customData"];
              if (v15 !== undefined) {
                if (checkCustomDataType(v15, c, "/schedule/chargingSchedulePeriod/" + i12 + "/customData")) return;
              }
              const v16 = v13["startPeriod"];
              if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/schedule/chargingSchedulePeriod/" + i12 + "/startPeriod", "required")) return; }
              else {
                if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail("TypeConstraintViolation", "/schedule/chargingSchedulePeriod/" + i12 + "/startPeriod", "must be an integer")) return; }
              }
              const v17 = v13["limit"];
              if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/schedule/chargingSchedulePeriod/" + i12 + "/limit", "required")) return; }
              else {
                if (typeof v17 !== "number" || !Number.isFinite(v17)) { if (c.fail("TypeConstraintViolation", "/schedule/chargingSchedulePeriod/" + i12 + "/limit", "must be a number")) return; }
              }
              const v18 = v13["numberPhases"];
              if (v18 !== undefined) {
                if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail("TypeConstraintViolation", "/schedule/chargingSchedulePeriod/" + i12 + "/numberPhases", "must be an integer")) return; }
              }
              const v19 = v13["phaseToUse"];
              if (v19 !== undefined) {
                if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail("TypeConstraintViolation", "/schedule/chargingSchedulePeriod/" + i12 + "/phaseToUse", "must be an integer")) return; }
              }
            }
          }
        }
      }
      const v20 = v8["evseId"];
      if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/schedule/evseId", "required")) return; }
      else {
        if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail("TypeConstraintViolation", "/schedule/evseId", "must be an integer")) return; }
      }
      const v21 = v8["duration"];
      if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/schedule/duration", "required")) return; }
      else {
        if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail("TypeConstraintViolation", "/schedule/duration", "must be an integer")) return; }
      }
      const v22 = v8["scheduleStart"];
      if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/schedule/scheduleStart", "required")) return; }
      else {
        if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/schedule/scheduleStart", "must be a string")) return; }
        else if (!isDateTime(v22)) { if (c.fail("PropertyConstraintViolation", "/schedule/scheduleStart", "not an RFC 3339 date-time")) return; }
      }
      const v23 = v8["chargingRateUnit"];
      if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/schedule/chargingRateUnit", "required")) return; }
      else {
        if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/schedule/chargingRateUnit", "must be a string")) return; }
        else if (!isChargingRateUnitEnumType(v23)) { if (c.soft("PropertyConstraintViolation", "/schedule/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
      }
    }
  }
}

function GetDisplayMessagesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "id" || k0 === "requestId" || k0 === "priority" || k0 === "state")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["id"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/id", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/id", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail("TypeConstraintViolation", "/id/" + i3, "must be an integer")) return; }
      }
    }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v6 = d["priority"];
  if (v6 !== undefined) {
    if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/priority", "must be a string")) return; }
    else if (!isMessagePriorityEnumType(v6)) { if (c.soft("PropertyConstraintViolation", "/priority", "not a MessagePriorityEnumType value")) return; }
  }
  const v7 = d["state"];
  if (v7 !== undefined) {
    if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/state", "must be a string")) return; }
    else if (!isMessageStateEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/state", "not a MessageStateEnumType value")) return; }
  }
}

function GetDisplayMessagesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGetDisplayMessagesStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GetDisplayMessagesStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function GetInstalledCertificateIdsRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "certificateType")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["certificateType"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/certificateType", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/certificateType", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateType/" + i3, "must be a string")) return; }
        else if (!isGetCertificateIdUseEnumType(v4)) { if (c.soft("PropertyConstraintViolation", "/certificateType/" + i3, "not a GetCertificateIdUseEnumType value")) return; }
      }
    }
  }
}

function GetInstalledCertificateIdsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo" || k0 === "certificateHashDataChain")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGetInstalledCertificateStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GetInstalledCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
  const v8 = d["certificateHashDataChain"];
  if (v8 !== undefined) {
    if (!Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain", "must be an array")) return; }
    else {
      if (v8.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain", "fewer than minItems 1")) return; }
      for (let i9 = 0; i9 < v8.length; i9++) {
        const v10 = v8[i9];
        if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9, "must be an object")) return; }
        else {
          for (const k11 in v10) if (!(k11 === "customData" || k11 === "certificateHashData" || k11 === "certificateType" || k11 === "childCertificateHashData")) { if (c.soft("FormatViolation", "/certificateHashDataChain/" + i9 + "/" + pointerToken(k11), "unknown property")) return; }
          const v12 = v10["customData"];
          if (v12 !== undefined) {
            if (checkCustomDataType(v12, c, "/certificateHashDataChain/" + i9 + "/customData")) return;
          }
          const v13 = v10["certificateHashData"];
          if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData", "required")) return; }
          else {
            if (typeof v13 !== "object" || v13 === null || Array.isArray(v13)) { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData", "must be an object")) return; }
            else {
              for (const k14 in v13) if (!(k14 === "customData" || k14 === "hashAlgorithm" || k14 === "issuerNameHash" || k14 === "issuerKeyHash" || k14 === "serialNumber")) { if (c.soft("FormatViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/" + pointerToken(k14), "unknown property")) return; }
              const v15 = v13["customData"];
              if (v15 !== undefined) {
                if (checkCustomDataType(v15, c, "/certificateHashDataChain/" + i9 + "/certificateHashData/customData")) return;
              }
              const v16 = v13["hashAlgorithm"];
              if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/hashAlgorithm", "required")) return; }
              else {
                if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/hashAlgorithm", "must be a string")) return; }
                else if (!isHashAlgorithmEnumType(v16)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
              }
              const v17 = v13["issuerNameHash"];
              if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/issuerNameHash", "required")) return; }
              else {
                if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/issuerNameHash", "must be a string")) return; }
                else if (v17.length > 128 && (v17.length > 256 || codePoints(v17) > 128)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/issuerNameHash", "longer than maxLength 128")) return; }
              }
              const v18 = v13["issuerKeyHash"];
              if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/issuerKeyHash", "required")) return; }
              else {
                if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/issuerKeyHash", "must be a string")) return; }
                else if (v18.length > 128 && (v18.length > 256 || codePoints(v18) > 128)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/issuerKeyHash", "longer than maxLength 128")) return; }
              }
              const v19 = v13["serialNumber"];
              if (v19 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/serialNumber", "required")) return; }
              else {
                if (typeof v19 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/serialNumber", "must be a string")) return; }
                else if (v19.length > 40 && (v19.length > 80 || codePoints(v19) > 40)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateHashData/serialNumber", "longer than maxLength 40")) return; }
              }
            }
          }
          const v20 = v10["certificateType"];
          if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateType", "required")) return; }
          else {
            if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateType", "must be a string")) return; }
            else if (!isGetCertificateIdUseEnumType(v20)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/certificateType", "not a GetCertificateIdUseEnumType value")) return; }
          }
          const v21 = v10["childCertificateHashData"];
          if (v21 !== undefined) {
            if (!Array.isArray(v21)) { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData", "must be an array")) return; }
            else if (v21.length > 4) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData", "more than maxItems 4")) return; }
            else {
              if (v21.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData", "fewer than minItems 1")) return; }
              for (let i22 = 0; i22 < v21.length; i22++) {
                const v23 = v21[i22];
                if (typeof v23 !== "object" || v23 === null || Array.isArray(v23)) { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22, "must be an object")) return; }
                else {
                  for (const k24 in v23) if (!(k24 === "customData" || k24 === "hashAlgorithm" || k24 === "issuerNameHash" || k24 === "issuerKeyHash" || k24 === "serialNumber")) { if (c.soft("FormatViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/" + pointerToken(k24), "unknown property")) return; }
                  const v25 = v23["customData"];
                  if (v25 !== undefined) {
                    if (checkCustomDataType(v25, c, "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/customData")) return;
                  }
                  const v26 = v23["hashAlgorithm"];
                  if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/hashAlgorithm", "required")) return; }
                  else {
                    if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/hashAlgorithm", "must be a string")) return; }
                    else if (!isHashAlgorithmEnumType(v26)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/hashAlgorithm", "not a HashAlgorithmEnumType value")) return; }
                  }
                  const v27 = v23["issuerNameHash"];
                  if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/issuerNameHash", "required")) return; }
                  else {
                    if (typeof v27 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/issuerNameHash", "must be a string")) return; }
                    else if (v27.length > 128 && (v27.length > 256 || codePoints(v27) > 128)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/issuerNameHash", "longer than maxLength 128")) return; }
                  }
                  const v28 = v23["issuerKeyHash"];
                  if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/issuerKeyHash", "required")) return; }
                  else {
                    if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/issuerKeyHash", "must be a string")) return; }
                    else if (v28.length > 128 && (v28.length > 256 || codePoints(v28) > 128)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/issuerKeyHash", "longer than maxLength 128")) return; }
                  }
                  const v29 = v23["serialNumber"];
                  if (v29 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/serialNumber", "required")) return; }
                  else {
                    if (typeof v29 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/serialNumber", "must be a string")) return; }
                    else if (v29.length > 40 && (v29.length > 80 || codePoints(v29) > 40)) { if (c.soft("PropertyConstraintViolation", "/certificateHashDataChain/" + i9 + "/childCertificateHashData/" + i22 + "/serialNumber", "longer than maxLength 40")) return; }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

function GetLocalListVersionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function GetLocalListVersionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "versionNumber")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["versionNumber"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/versionNumber", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/versionNumber", "must be an integer")) return; }
  }
}

function GetLogRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "log" || k0 === "logType" || k0 === "requestId" || k0 === "retries" || k0 === "retryInterval")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["log"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/log", "required")) return; }
  else {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/log", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "remoteLocation" || k3 === "oldestTimestamp" || k3 === "latestTimestamp")) { if (c.soft("FormatViolation", "/log/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/log/customData")) return;
      }
      const v5 = v2["remoteLocation"];
      if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/log/remoteLocation", "required")) return; }
      else {
        if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/log/remoteLocation", "must be a string")) return; }
        else if (v5.length > 512 && (v5.length > 1024 || codePoints(v5) > 512)) { if (c.soft("PropertyConstraintViolation", "/log/remoteLocation", "longer than maxLength 512")) return; }
      }
      const v6 = v2["oldestTimestamp"];
      if (v6 !== undefined) {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/log/oldestTimestamp", "must be a string")) return; }
        else if (!isDateTime(v6)) { if (c.fail("PropertyConstraintViolation", "/log/oldestTimestamp", "not an RFC 3339 date-time")) return; }
      }
      const v7 = v2["latestTimestamp"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/log/latestTimestamp", "must be a string")) return; }
        else if (!isDateTime(v7)) { if (c.fail("PropertyConstraintViolation", "/log/latestTimestamp", "not an RFC 3339 date-time")) return; }
      }
    }
  }
  const v8 = d["logType"];
  if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/logType", "required")) return; }
  else {
    if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/logType", "must be a string")) return; }
    else if (!isLogEnumType(v8)) { if (c.soft("PropertyConstraintViolation", "/logType", "not a LogEnumType value")) return; }
  }
  const v9 = d["requestId"];
  if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v10 = d["retries"];
  if (v10 !== undefined) {
    if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail("TypeConstraintViolation", "/retries", "must be an integer")) return; }
  }
  const v11 = d["retryInterval"];
  if (v11 !== undefined) {
    if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail("TypeConstraintViolation", "/retryInterval", "must be an integer")) return; }
  }
}

function GetLogResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo" || k0 === "filename")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isLogStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a LogStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
  const v8 = d["filename"];
  if (v8 !== undefined) {
    if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/filename", "must be a string")) return; }
    else if (v8.length > 255 && (v8.length > 510 || codePoints(v8) > 255)) { if (c.soft("PropertyConstraintViolation", "/filename", "longer than maxLength 255")) return; }
  }
}

function GetMonitoringReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "componentVariable" || k0 === "requestId" || k0 === "monitoringCriteria")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["componentVariable"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/componentVariable", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "component" || k5 === "variable")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/componentVariable/" + i3 + "/customData")) return;
          }
          const v7 = v4["component"];
          if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k8 in v7) if (!(k8 === "customData" || k8 === "evse" || k8 === "name" || k8 === "instance")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/component/" + pointerToken(k8), "unknown property")) return; }
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                if (checkCustomDataType(v9, c, "/componentVariable/" + i3 + "/component/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k11 in v10) if (!(k11 === "customData" || k11 === "id" || k11 === "connectorId")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/component/evse/" + pointerToken(k11), "unknown property")) return; }
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    if (checkCustomDataType(v12, c, "/componentVariable/" + i3 + "/component/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v15 = v7["name"];
              if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/name", "must be a string")) return; }
                else if (v15.length > 50 && (v15.length > 100 || codePoints(v15) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v16 = v7["instance"];
              if (v16 !== undefined) {
                if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v17 = v4["variable"];
          if (v17 !== undefined) {
            if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k18 in v17) if (!(k18 === "customData" || k18 === "name" || k18 === "instance")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/variable/" + pointerToken(k18), "unknown property")) return; }
              const v19 = v17["customData"];
              if (v19 !== undefined) {
                if (checkCustomDataType(v19, c, "/componentVariable/" + i3 + "/variable/customData")) return;
              }
              const v20 = v17["name"];
              if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v20.length > 50 && (v20.length > 100 || codePoints(v20) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v21 = v17["instance"];
              if (v21 !== undefined) {
                if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
  const v22 = d["requestId"];
  if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v23 = d["monitoringCriteria"];
  if (v23 !== undefined) {
    if (!Array.isArray(v23)) { if (c.fail("TypeConstraintViolation", "/monitoringCriteria", "must be an array")) return; }
    else if (v23.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/monitoringCriteria", "more than maxItems 3")) return; }
    else {
      if (v23.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/monitoringCriteria", "fewer than minItems 1")) return; }
      for (let i24 = 0; i24 < v23.length; i24++) {
        const v25 = v23[i24];
        if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/monitoringCriteria/" + i24, "must be a string")) return; }
        else if (!isMonitoringCriterionEnumType(v25)) { if (c.soft("PropertyConstraintViolation", "/monitoringCriteria/" + i24, "not a MonitoringCriterionEnumType value")) return; }
      }
    }
  }
}

function GetMonitoringReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function GetReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "componentVariable" || k0 === "requestId" || k0 === "componentCriteria")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["componentVariable"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/componentVariable", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "component" || k5 === "variable")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/componentVariable/" + i3 + "/customData")) return;
          }
          const v7 = v4["component"];
          if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k8 in v7) if (!(k8 === "customData" || k8 === "evse" || k8 === "name" || k8 === "instance")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/component/" + pointerToken(k8), "unknown property")) return; }
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                if (checkCustomDataType(v9, c, "/componentVariable/" + i3 + "/component/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k11 in v10) if (!(k11 === "customData" || k11 === "id" || k11 === "connectorId")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/component/evse/" + pointerToken(k11), "unknown property")) return; }
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    if (checkCustomDataType(v12, c, "/componentVariable/" + i3 + "/component/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v15 = v7["name"];
              if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/name", "must be a string")) return; }
                else if (v15.length > 50 && (v15.length > 100 || codePoints(v15) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v16 = v7["instance"];
              if (v16 !== undefined) {
                if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v17 = v4["variable"];
          if (v17 !== undefined) {
            if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k18 in v17) if (!(k18 === "customData" || k18 === "name" || k18 === "instance")) { if (c.soft("FormatViolation", "/componentVariable/" + i3 + "/variable/" + pointerToken(k18), "unknown property")) return; }
              const v19 = v17["customData"];
              if (v19 !== undefined) {
                if (checkCustomDataType(v19, c, "/componentVariable/" + i3 + "/variable/customData")) return;
              }
              const v20 = v17["name"];
              if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/componentVariable/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v20.length > 50 && (v20.length > 100 || codePoints(v20) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v21 = v17["instance"];
              if (v21 !== undefined) {
                if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/componentVariable/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft("PropertyConstraintViolation", "/componentVariable/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
  const v22 = d["requestId"];
  if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v23 = d["componentCriteria"];
  if (v23 !== undefined) {
    if (!Array.isArray(v23)) { if (c.fail("TypeConstraintViolation", "/componentCriteria", "must be an array")) return; }
    else if (v23.length > 4) { if (c.fail("OccurrenceConstraintViolation", "/componentCriteria", "more than maxItems 4")) return; }
    else {
      if (v23.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/componentCriteria", "fewer than minItems 1")) return; }
      for (let i24 = 0; i24 < v23.length; i24++) {
        const v25 = v23[i24];
        if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/componentCriteria/" + i24, "must be a string")) return; }
        else if (!isComponentCriterionEnumType(v25)) { if (c.soft("PropertyConstraintViolation", "/componentCriteria/" + i24, "not a ComponentCriterionEnumType value")) return; }
      }
    }
  }
}

function GetReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function GetTransactionStatusRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "transactionId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["transactionId"];
  if (v2 !== undefined) {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/transactionId", "must be a string")) return; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft("PropertyConstraintViolation", "/transactionId", "longer than maxLength 36")) return; }
  }
}

function GetTransactionStatusResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "ongoingIndicator" || k0 === "messagesInQueue")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["ongoingIndicator"];
  if (v2 !== undefined) {
    if (typeof v2 !== "boolean") { if (c.fail("TypeConstraintViolation", "/ongoingIndicator", "must be a boolean")) return; }
  }
  const v3 = d["messagesInQueue"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messagesInQueue", "required")) return; }
  else {
    if (typeof v3 !== "boolean") { if (c.fail("TypeConstraintViolation", "/messagesInQueue", "must be a boolean")) return; }
  }
}

function GetVariablesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "getVariableData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["getVariableData"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableData", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/getVariableData", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/getVariableData", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "attributeType" || k5 === "component" || k5 === "variable")) { if (c.soft("FormatViolation", "/getVariableData/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/getVariableData/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeType"];
          if (v7 !== undefined) {
            if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/attributeType", "must be a string")) return; }
            else if (!isAttributeEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/getVariableData/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v8 = v4["component"];
          if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableData/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k9 in v8) if (!(k9 === "customData" || k9 === "evse" || k9 === "name" || k9 === "instance")) { if (c.soft("FormatViolation", "/getVariableData/" + i3 + "/component/" + pointerToken(k9), "unknown property")) return; }
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                if (checkCustomDataType(v10, c, "/getVariableData/" + i3 + "/component/customData")) return;
              }
              const v11 = v8["evse"];
              if (v11 !== undefined) {
                if (typeof v11 !== "object" || v11 === null || Array.isArray(v11)) { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k12 in v11) if (!(k12 === "customData" || k12 === "id" || k12 === "connectorId")) { if (c.soft("FormatViolation", "/getVariableData/" + i3 + "/component/evse/" + pointerToken(k12), "unknown property")) return; }
                  const v13 = v11["customData"];
                  if (v13 !== undefined) {
                    if (checkCustomDataType(v13, c, "/getVariableData/" + i3 + "/component/evse/customData")) return;
                  }
                  const v14 = v11["id"];
                  if (v14 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableData/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v15 = v11["connectorId"];
                  if (v15 !== undefined) {
                    if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v16 = v8["name"];
              if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableData/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/component/name", "must be a string")) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableData/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v17 = v8["instance"];
              if (v17 !== undefined) {
                if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableData/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v18 = v4["variable"];
          if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableData/" + i3 + "/variable", "required")) return; }
          else {
            if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k19 in v18) if (!(k19 === "customData" || k19 === "name" || k19 === "instance")) { if (c.soft("FormatViolation", "/getVariableData/" + i3 + "/variable/" + pointerToken(k19), "unknown property")) return; }
              const v20 = v18["customData"];
              if (v20 !== undefined) {
                if (checkCustomDataType(v20, c, "/getVariableData/" + i3 + "/variable/customData")) return;
              }
              const v21 = v18["name"];
              if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableData/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableData/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v22 = v18["instance"];
              if (v22 !== undefined) {
                if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableData/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableData/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
}

function GetVariablesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "getVariableResult")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["getVariableResult"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/getVariableResult", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "attributeStatusInfo" || k5 === "attributeStatus" || k5 === "attributeType" || k5 === "attributeValue" || k5 === "component" || k5 === "variable")) { if (c.soft("FormatViolation", "/getVariableResult/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/getVariableResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeStatusInfo"];
          if (v7 !== undefined) {
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatusInfo", "must be an object")) return; }
            else {
              for (const k8 in v7) if (!(k8 === "customData" || k8 === "reasonCode" || k8 === "additionalInfo")) { if (c.soft("FormatViolation", "/getVariableResult/" + i3 + "/attributeStatusInfo/" + pointerToken(k8), "unknown property")) return; }
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                if (checkCustomDataType(v9, c, "/getVariableResult/" + i3 + "/attributeStatusInfo/customData")) return;
              }
              const v10 = v7["reasonCode"];
              if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "required")) return; }
              else {
                if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "must be a string")) return; }
                else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v11 = v7["additionalInfo"];
              if (v11 !== undefined) {
                if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", "must be a string")) return; }
                else if (v11.length > 512 && (v11.length > 1024 || codePoints(v11) > 512)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
            }
          }
          const v12 = v4["attributeStatus"];
          if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatus", "required")) return; }
          else {
            if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatus", "must be a string")) return; }
            else if (!isGetVariableStatusEnumType(v12)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/attributeStatus", "not a GetVariableStatusEnumType value")) return; }
          }
          const v13 = v4["attributeType"];
          if (v13 !== undefined) {
            if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/attributeType", "must be a string")) return; }
            else if (!isAttributeEnumType(v13)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v14 = v4["attributeValue"];
          if (v14 !== undefined) {
            if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/attributeValue", "must be a string")) return; }
            else if (v14.length > 2500 && (v14.length > 5000 || codePoints(v14) > 2500)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/attributeValue", "longer than maxLength 2500")) return; }
          }
          const v15 = v4["component"];
          if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k16 in v15) if (!(k16 === "customData" || k16 === "evse" || k16 === "name" || k16 === "instance")) { if (c.soft("FormatViolation", "/getVariableResult/" + i3 + "/component/" + pointerToken(k16), "unknown property")) return; }
              const v17 = v15["customData"];
              if (v17 !== undefined) {
                if (checkCustomDataType(v17, c, "/getVariableResult/" + i3 + "/component/customData")) return;
              }
              const v18 = v15["evse"];
              if (v18 !== undefined) {
                if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k19 in v18) if (!(k19 === "customData" || k19 === "id" || k19 === "connectorId")) { if (c.soft("FormatViolation", "/getVariableResult/" + i3 + "/component/evse/" + pointerToken(k19), "unknown property")) return; }
                  const v20 = v18["customData"];
                  if (v20 !== undefined) {
                    if (checkCustomDataType(v20, c, "/getVariableResult/" + i3 + "/component/evse/customData")) return;
                  }
                  const v21 = v18["id"];
                  if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v22 = v18["connectorId"];
                  if (v22 !== undefined) {
                    if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v23 = v15["name"];
              if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/component/name", "must be a string")) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v24 = v15["instance"];
              if (v24 !== undefined) {
                if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v24.length > 50 && (v24.length > 100 || codePoints(v24) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v25 = v4["variable"];
          if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult/" + i3 + "/variable", "required")) return; }
          else {
            if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k26 in v25) if (!(k26 === "customData" || k26 === "name" || k26 === "instance")) { if (c.soft("FormatViolation", "/getVariableResult/" + i3 + "/variable/" + pointerToken(k26), "unknown property")) return; }
              const v27 = v25["customData"];
              if (v27 !== undefined) {
                if (checkCustomDataType(v27, c, "/getVariableResult/" + i3 + "/variable/customData")) return;
              }
              const v28 = v25["name"];
              if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/getVariableResult/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v28.length > 50 && (v28.length > 100 || codePoints(v28) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v29 = v25["instance"];
              if (v29 !== undefined) {
                if (typeof v29 !== "string") { if (c.fail("TypeConstraintViolation", "/getVariableResult/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v29.length > 50 && (v29.length > 100 || codePoints(v29) > 50)) { if (c.soft("PropertyConstraintViolation", "/getVariableResult/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
}

function HeartbeatRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function HeartbeatResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "currentTime")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["currentTime"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/currentTime", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/currentTime", "must be a string")) return; }
    else if (!isDateTime(v2)) { if (c.fail("PropertyConstraintViolation", "/currentTime", "not an RFC 3339 date-time")) return; }
  }
}

function InstallCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "certificateType" || k0 === "certificate")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["certificateType"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificateType", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateType", "must be a string")) return; }
    else if (!isInstallCertificateUseEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/certificateType", "not a InstallCertificateUseEnumType value")) return; }
  }
  const v3 = d["certificate"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/certificate", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/certificate", "must be a string")) return; }
    else if (v3.length > 5500 && (v3.length > 11000 || codePoints(v3) > 5500)) { if (c.soft("PropertyConstraintViolation", "/certificate", "longer than maxLength 5500")) return; }
  }
}

function InstallCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isInstallCertificateStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a InstallCertificateStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function LogStatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "requestId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isUploadLogStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a UploadLogStatusEnumType value")) return; }
  }
  const v3 = d["requestId"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
}

function LogStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function MeterValuesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "evseId" || k0 === "meterValue")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evseId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v3 = d["meterValue"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue", "required")) return; }
  else {
    if (!Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/meterValue", "must be an array")) return; }
    else {
      if (v3.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/meterValue", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4, "must be an object")) return; }
        else {
          for (const k6 in v5) if (!(k6 === "customData" || k6 === "sampledValue" || k6 === "timestamp")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/" + pointerToken(k6), "unknown property")) return; }
          const v7 = v5["customData"];
          if (v7 !== undefined) {
            if (checkCustomDataType(v7, c, "/meterValue/" + i4 + "/customData")) return;
          }
          const v8 = v5["sampledValue"];
          if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue", "required")) return; }
          else {
            if (!Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue", "must be an array")) return; }
            else {
              if (v8.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue", "fewer than minItems 1")) return; }
              for (let i9 = 0; i9 < v8.length; i9++) {
                const v10 = v8[i9];
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9, "must be an object")) return; }
                else {
                  for (const k11 in v10) if (!(k11 === "customData" || k11 === "value" || k11 === "context" || k11 === "measurand" || k11 === "phase" || k11 === "location" || k11 === "signedMeterValue" || k11 === "unitOfMeasure")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/" + pointerToken(k11), "unknown property")) return; }
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    if (checkCustomDataType(v12, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/customData")) return;
                  }
                  const v13 = v10["value"];
                  if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", "required")) return; }
                  else {
                    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", "must be a number")) return; }
                  }
                  const v14 = v10["context"];
                  if (v14 !== undefined) {
                    if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", "must be a string")) return; }
                    else if (!isReadingContextEnumType(v14)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", "not a ReadingContextEnumType value")) return; }
                  }
                  const v15 = v10["measurand"];
                  if (v15 !== undefined) {
                    if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", "must be a string")) return; }
                    else if (!isMeasurandEnumType(v15)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", "not a MeasurandEnumType value")) return; }
                  }
                  const v16 = v10["phase"];
                  if (v16 !== undefined) {
                    if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", "must be a string")) return; }
                    else if (!isPhaseEnumType(v16)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", "not a PhaseEnumType value")) return; }
                  }
                  const v17 = v10["location"];
                  if (v17 !== undefined) {
                    if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", "must be a string")) return; }
                    else if (!isLocationEnumType(v17)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", "not a LocationEnumType value")) return; }
                  }
                  const v18 = v10["signedMeterValue"];
                  if (v18 !== undefined) {
                    if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue", "must be an object")) return; }
                    else {
                      for (const k19 in v18) if (!(k19 === "customData" || k19 === "signedMeterData" || k19 === "signingMethod" || k19 === "encodingMethod" || k19 === "publicKey")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/" + pointerToken(k19), "unknown property")) return; }
                      const v20 = v18["customData"];
                      if (v20 !== undefined) {
                        if (checkCustomDataType(v20, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/customData")) return;
                      }
                      const v21 = v18["signedMeterData"];
                      if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "required")) return; }
                      else {
                        if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "must be a string")) return; }
                        else if (v21.length > 2500 && (v21.length > 5000 || codePoints(v21) > 2500)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "longer than maxLength 2500")) return; }
                      }
                      const v22 = v18["signingMethod"];
                      if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "required")) return; }
                      else {
                        if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "must be a string")) return; }
                        else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "longer than maxLength 50")) return; }
                      }
                      const v23 = v18["encodingMethod"];
                      if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "required")) return; }
                      else {
                        if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "must be a string")) return; }
                        else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "longer than maxLength 50")) return; }
                      }
                      const v24 = v18["publicKey"];
                      if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "required")) return; }
                      else {
                        if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "must be a string")) return; }
                        else if (v24.length > 2500 && (v24.length > 5000 || codePoints(v24) > 2500)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "longer than maxLength 2500")) return; }
                      }
                    }
                  }
                  const v25 = v10["unitOfMeasure"];
                  if (v25 !== undefined) {
                    if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure", "must be an object")) return; }
                    else {
                      for (const k26 in v25) if (!(k26 === "customData" || k26 === "unit" || k26 === "multiplier")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/" + pointerToken(k26), "unknown property")) return; }
                      const v27 = v25["customData"];
                      if (v27 !== undefined) {
                        if (checkCustomDataType(v27, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/customData")) return;
                      }
                      const v28 = v25["unit"];
                      if (v28 !== undefined) {
                        if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", "must be a string")) return; }
                        else if (v28.length > 20 && (v28.length > 40 || codePoints(v28) > 20)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", "longer than maxLength 20")) return; }
                      }
                      const v29 = v25["multiplier"];
                      if (v29 !== undefined) {
                        if (typeof v29 !== "number" || !Number.isInteger(v29)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/multiplier", "must be an integer")) return; }
                      }
                    }
                  }
                }
              }
            }
          }
          const v30 = v5["timestamp"];
          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/timestamp", "required")) return; }
          else {
            if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/timestamp", "must be a string")) return; }
            else if (!isDateTime(v30)) { if (c.fail("PropertyConstraintViolation", "/meterValue/" + i4 + "/timestamp", "not an RFC 3339 date-time")) return; }
          }
        }
      }
    }
  }
}

function MeterValuesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function NotifyChargingLimitRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "chargingSchedule" || k0 === "evseId" || k0 === "chargingLimit")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["chargingSchedule"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "id" || k5 === "startSchedule" || k5 === "duration" || k5 === "chargingRateUnit" || k5 === "chargingSchedulePeriod" || k5 === "minChargingRate" || k5 === "salesTariff")) { if (c.soft("FormatViolation", "/chargingSchedule/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/chargingSchedule/" + i3 + "/customData")) return;
          }
          const v7 = v4["id"];
          if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/id", "required")) return; }
          else {
            if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/id", "must be an integer")) return; }
          }
          const v8 = v4["startSchedule"];
          if (v8 !== undefined) {
            if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/startSchedule", "must be a string")) return; }
            else if (!isDateTime(v8)) { if (c.fail("PropertyConstraintViolation", "/chargingSchedule/" + i3 + "/startSchedule", "not an RFC 3339 date-time")) return; }
          }
          const v9 = v4["duration"];
          if (v9 !== undefined) {
            if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/duration", "must be an integer")) return; }
          }
          const v10 = v4["chargingRateUnit"];
          if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/chargingRateUnit", "required")) return; }
          else {
            if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/chargingRateUnit", "must be a string")) return; }
            else if (!isChargingRateUnitEnumType(v10)) { if (c.soft("PropertyConstraintViolation", "/chargingSchedule/" + i3 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
          }
          const v11 = v4["chargingSchedulePeriod"];
          if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", "required")) return; }
          else {
            if (!Array.isArray(v11)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", "must be an array")) return; }
            else if (v11.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
            else {
              if (v11.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
              for (let i12 = 0; i12 < v11.length; i12++) {
                const v13 = v11[i12];
                if (typeof v13 !== "object" || v13 === null || Array.isArray(v13)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12, "must be an object")) return; }
                else {
                  for (const k14 in v13) if (!(k14 === "customData" || k14 === "startPeriod" || k14 === "limit" || k14 === "numberPhases" || k14 === "phaseToUse")) { if (c.soft("FormatViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/" + pointerToken(k14), "unknown property")) return; }
                  const v15 = v13["customData"];
                  if (v15 !== undefined) {
                    if (checkCustomDataType(v15, c, "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/customData")) return;
                  }
                  const v16 = v13["startPeriod"];
                  if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/startPeriod", "required")) return; }
                  else {
                    if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/startPeriod", "must be an integer")) return; }
                  }
                  const v17 = v13["limit"];
                  if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/limit", "required")) return; }
                  else {
                    if (typeof v17 !== "number" || !Number.isFinite(v17)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/limit", "must be a number")) return; }
                  }
                  const v18 = v13["numberPhases"];
                  if (v18 !== undefined) {
                    if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/numberPhases", "must be an integer")) return; }
                  }
                  const v19 = v13["phaseToUse"];
                  if (v19 !== undefined) {
                    if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/chargingSchedulePeriod/" + i12 + "/phaseToUse", "must be an integer")) return; }
                  }
                }
              }
            }
          }
          const v20 = v4["minChargingRate"];
          if (v20 !== undefined) {
            if (typeof v20 !== "number" || !Number.isFinite(v20)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/minChargingRate", "must be a number")) return; }
          }
          const v21 = v4["salesTariff"];
          if (v21 !== undefined) {
            if (typeof v21 !== "object" || v21 === null || Array.isArray(v21)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff", "must be an object")) return; }
            else {
              for (const k22 in v21) if (!(k22 === "customData" || k22 === "id" || k22 === "salesTariffDescription" || k22 === "numEPriceLevels" || k22 === "salesTariffEntry")) { if (c.soft("FormatViolation", "/chargingSchedule/" + i3 + "/salesTariff/" + pointerToken(k22), "unknown property")) return; }
              const v23 = v21["customData"];
              if (v23 !== undefined) {
                if (checkCustomDataType(v23, c, "/chargingSchedule/" + i3 + "/salesTariff/customData")) return;
              }
              const v24 = v21["id"];
              if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/id", "required")) return; }
              else {
                if (typeof v24 !== "number" || !Number.isInteger(v24)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/id", "must be an integer")) return; }
              }
              const v25 = v21["salesTariffDescription"];
              if (v25 !== undefined) {
                if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffDescription", "must be a string")) return; }
                else if (v25.length > 32 && (v25.length > 64 || codePoints(v25) > 32)) { if (c.soft("PropertyConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
              }
              const v26 = v21["numEPriceLevels"];
              if (v26 !== undefined) {
                if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/numEPriceLevels", "must be an integer")) return; }
              }
              const v27 = v21["salesTariffEntry"];
              if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", "required")) return; }
              else {
                if (!Array.isArray(v27)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", "must be an array")) return; }
                else if (v27.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                else {
                  if (v27.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                  for (let i28 = 0; i28 < v27.length; i28++) {
                    const v29 = v27[i28];
                    if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28, "must be an object")) return; }
                    else {
                      for (const k30 in v29) if (!(k30 === "customData" || k30 === "relativeTimeInterval" || k30 === "ePriceLevel" || k30 === "consumptionCost")) { if (c.soft("FormatViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/" + pointerToken(k30), "unknown property")) return; }
                      const v31 = v29["customData"];
                      if (v31 !== undefined) {
                        if (checkCustomDataType(v31, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/customData")) return;
                      }
                      const v32 = v29["relativeTimeInterval"];
                      if (v32 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval", "required")) return; }
                      else {
                        if (typeof v32 !== "object" || v32 === null || Array.isArray(v32)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval", "must be an object")) return; }
                        else {
                          for (const k33 in v32) if (!(k33 === "customData" || k33 === "start" || k33 === "duration")) { if (c.soft("FormatViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/" + pointerToken(k33), "unknown property")) return; }
                          const v34 = v32["customData"];
                          if (v34 !== undefined) {
                            if (checkCustomDataType(v34, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/customData")) return;
                          }
                          const v35 = v32["start"];
                          if (v35 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/start", "required")) return; }
                          else {
                            if (typeof v35 !== "number" || !Number.isInteger(v35)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/start", "must be an integer")) return; }
                          }
                          const v36 = v32["duration"];
                          if (v36 !== undefined) {
                            if (typeof v36 !== "number" || !Number.isInteger(v36)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/relativeTimeInterval/duration", "must be an integer")) return; }
                          }
                        }
                      }
                      const v37 = v29["ePriceLevel"];
                      if (v37 !== undefined) {
                        if (typeof v37 !== "number" || !Number.isInteger(v37)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/ePriceLevel", "must be an integer")) return; }
                        else {
                          if (v37 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/ePriceLevel", "below minimum 0")) return; }
                        }
                      }
                      const v38 = v29["consumptionCost"];
                      if (v38 !== undefined) {
                        if (!Array.isArray(v38)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost", "must be an array")) return; }
                        else if (v38.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost", "more than maxItems 3")) return; }
                        else {
                          if (v38.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost", "fewer than minItems 1")) return; }
                          for (let i39 = 0; i39 < v38.length; i39++) {
                            const v40 = v38[i39];
                            if (typeof v40 !== "object" || v40 === null || Array.isArray(v40)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39, "must be an object")) return; }
                            else {
                              for (const k41 in v40) if (!(k41 === "customData" || k41 === "startValue" || k41 === "cost")) { if (c.soft("FormatViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/" + pointerToken(k41), "unknown property")) return; }
                              const v42 = v40["customData"];
                              if (v42 !== undefined) {
                                if (checkCustomDataType(v42, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/customData")) return;
                              }
                              const v43 = v40["startValue"];
                              if (v43 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/startValue", "required")) return; }
                              else {
                                if (typeof v43 !== "number" || !Number.isFinite(v43)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/startValue", "must be a number")) return; }
                              }
                              const v44 = v40["cost"];
                              if (v44 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost", "required")) return; }
                              else {
                                if (!Array.isArray(v44)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost", "must be an array")) return; }
                                else if (v44.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost", "more than maxItems 3")) return; }
                                else {
                                  if (v44.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost", "fewer than minItems 1")) return; }
                                  for (let i45 = 0; i45 < v44.length; i45++) {
                                    const v46 = v44[i45];
                                    if (typeof v46 !== "object" || v46 === null || Array.isArray(v46)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45, "must be an object")) return; }
                                    else {
                                      for (const k47 in v46) if (!(k47 === "customData" || k47 === "costKind" || k47 === "amount" || k47 === "amountMultiplier")) { if (c.soft("FormatViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/" + pointerToken(k47), "unknown property")) return; }
                                      const v48 = v46["customData"];
                                      if (v48 !== undefined) {
                                        if (checkCustomDataType(v48, c, "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/customData")) return;
                                      }
                                      const v49 = v46["costKind"];
                                      if (v49 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/costKind", "required")) return; }
                                      else {
                                        if (typeof v49 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/costKind", "must be a string")) return; }
                                        else if (!isCostKindEnumType(v49)) { if (c.soft("PropertyConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/costKind", "not a CostKindEnumType value")) return; }
                                      }
                                      const v50 = v46["amount"];
                                      if (v50 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/amount", "required")) return; }
                                      else {
                                        if (typeof v50 !== "number" || !Number.isInteger(v50)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/amount", "must be an integer")) return; }
                                      }
                                      const v51 = v46["amountMultiplier"];
                                      if (v51 !== undefined) {
                                        if (typeof v51 !== "number" || !Number.isInteger(v51)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/" + i3 + "/salesTariff/salesTariffEntry/" + i28 + "/consumptionCost/" + i39 + "/cost/" + i45 + "/amountMultiplier", "must be an integer")) return; }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  const v52 = d["evseId"];
  if (v52 !== undefined) {
    if (typeof v52 !== "number" || !Number.isInteger(v52)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v53 = d["chargingLimit"];
  if (v53 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingLimit", "required")) return; }
  else {
    if (typeof v53 !== "object" || v53 === null || Array.isArray(v53)) { if (c.fail("TypeConstraintViolation", "/chargingLimit", "must be an object")) return; }
    else {
      for (const k54 in v53) if (!(k54 === "customData" || k54 === "chargingLimitSource" || k54 === "isGridCritical")) { if (c.soft("FormatViolation", "/chargingLimit/" + pointerToken(k54), "unknown property")) return; }
      const v55 = v53["customData"];
      if (v55 !== undefined) {
        if (checkCustomDataType(v55, c, "/chargingLimit/customData")) return;
      }
      const v56 = v53["chargingLimitSource"];
      if (v56 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingLimit/chargingLimitSource", "required")) return; }
      else {
        if (typeof v56 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingLimit/chargingLimitSource", "must be a string")) return; }
        else if (!isChargingLimitSourceEnumType(v56)) { if (c.soft("PropertyConstraintViolation", "/chargingLimit/chargingLimitSource", "not a ChargingLimitSourceEnumType value")) return; }
      }
      const v57 = v53["isGridCritical"];
      if (v57 !== undefined) {
        if (typeof v57 !== "boolean") { if (c.fail("TypeConstraintViolation", "/chargingLimit/isGridCritical", "must be a boolean")) return; }
      }
    }
  }
}

function NotifyChargingLimitResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function NotifyCustomerInformationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "data" || k0 === "tbc" || k0 === "seqNo" || k0 === "generatedAt" || k0 === "requestId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["data"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/data", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/data", "must be a string")) return; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft("PropertyConstraintViolation", "/data", "longer than maxLength 512")) return; }
  }
  const v3 = d["tbc"];
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") { if (c.fail("TypeConstraintViolation", "/tbc", "must be a boolean")) return; }
  }
  const v4 = d["seqNo"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/seqNo", "required")) return; }
  else {
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail("TypeConstraintViolation", "/seqNo", "must be an integer")) return; }
  }
  const v5 = d["generatedAt"];
  if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/generatedAt", "required")) return; }
  else {
    if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/generatedAt", "must be a string")) return; }
    else if (!isDateTime(v5)) { if (c.fail("PropertyConstraintViolation", "/generatedAt", "not an RFC 3339 date-time")) return; }
  }
  const v6 = d["requestId"];
  if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
}

function NotifyCustomerInformationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function NotifyDisplayMessagesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "messageInfo" || k0 === "requestId" || k0 === "tbc")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["messageInfo"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/messageInfo", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "display" || k5 === "id" || k5 === "priority" || k5 === "state" || k5 === "startDateTime" || k5 === "endDateTime" || k5 === "transactionId" || k5 === "message")) { if (c.soft("FormatViolation", "/messageInfo/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/messageInfo/" + i3 + "/customData")) return;
          }
          const v7 = v4["display"];
          if (v7 !== undefined) {
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/display", "must be an object")) return; }
            else {
              for (const k8 in v7) if (!(k8 === "customData" || k8 === "evse" || k8 === "name" || k8 === "instance")) { if (c.soft("FormatViolation", "/messageInfo/" + i3 + "/display/" + pointerToken(k8), "unknown property")) return; }
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                if (checkCustomDataType(v9, c, "/messageInfo/" + i3 + "/display/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/display/evse", "must be an object")) return; }
                else {
                  for (const k11 in v10) if (!(k11 === "customData" || k11 === "id" || k11 === "connectorId")) { if (c.soft("FormatViolation", "/messageInfo/" + i3 + "/display/evse/" + pointerToken(k11), "unknown property")) return; }
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    if (checkCustomDataType(v12, c, "/messageInfo/" + i3 + "/display/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo/" + i3 + "/display/evse/id", "required")) return; }
                  else {
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/display/evse/id", "must be an integer")) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/display/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v15 = v7["name"];
              if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo/" + i3 + "/display/name", "required")) return; }
              else {
                if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/display/name", "must be a string")) return; }
                else if (v15.length > 50 && (v15.length > 100 || codePoints(v15) > 50)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/display/name", "longer than maxLength 50")) return; }
              }
              const v16 = v7["instance"];
              if (v16 !== undefined) {
                if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/display/instance", "must be a string")) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/display/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v17 = v4["id"];
          if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo/" + i3 + "/id", "required")) return; }
          else {
            if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/id", "must be an integer")) return; }
          }
          const v18 = v4["priority"];
          if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo/" + i3 + "/priority", "required")) return; }
          else {
            if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/priority", "must be a string")) return; }
            else if (!isMessagePriorityEnumType(v18)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/priority", "not a MessagePriorityEnumType value")) return; }
          }
          const v19 = v4["state"];
          if (v19 !== undefined) {
            if (typeof v19 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/state", "must be a string")) return; }
            else if (!isMessageStateEnumType(v19)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/state", "not a MessageStateEnumType value")) return; }
          }
          const v20 = v4["startDateTime"];
          if (v20 !== undefined) {
            if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/startDateTime", "must be a string")) return; }
            else if (!isDateTime(v20)) { if (c.fail("PropertyConstraintViolation", "/messageInfo/" + i3 + "/startDateTime", "not an RFC 3339 date-time")) return; }
          }
          const v21 = v4["endDateTime"];
          if (v21 !== undefined) {
            if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/endDateTime", "must be a string")) return; }
            else if (!isDateTime(v21)) { if (c.fail("PropertyConstraintViolation", "/messageInfo/" + i3 + "/endDateTime", "not an RFC 3339 date-time")) return; }
          }
          const v22 = v4["transactionId"];
          if (v22 !== undefined) {
            if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/transactionId", "must be a string")) return; }
            else if (v22.length > 36 && (v22.length > 72 || codePoints(v22) > 36)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/transactionId", "longer than maxLength 36")) return; }
          }
          const v23 = v4["message"];
          if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo/" + i3 + "/message", "required")) return; }
          else {
            if (typeof v23 !== "object" || v23 === null || Array.isArray(v23)) { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/message", "must be an object")) return; }
            else {
              for (const k24 in v23) if (!(k24 === "customData" || k24 === "format" || k24 === "language" || k24 === "content")) { if (c.soft("FormatViolation", "/messageInfo/" + i3 + "/message/" + pointerToken(k24), "unknown property")) return; }
              const v25 = v23["customData"];
              if (v25 !== undefined) {
                if (checkCustomDataType(v25, c, "/messageInfo/" + i3 + "/message/customData")) return;
              }
              const v26 = v23["format"];
              if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo/" + i3 + "/message/format", "required")) return; }
              else {
                if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/message/format", "must be a string")) return; }
                else if (!isMessageFormatEnumType(v26)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/message/format", "not a MessageFormatEnumType value")) return; }
              }
              const v27 = v23["language"];
              if (v27 !== undefined) {
                if (typeof v27 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/message/language", "must be a string")) return; }
                else if (v27.length > 8 && (v27.length > 16 || codePoints(v27) > 8)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/message/language", "longer than maxLength 8")) return; }
              }
              const v28 = v23["content"];
              if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/messageInfo/" + i3 + "/message/content", "required")) return; }
              else {
                if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/messageInfo/" + i3 + "/message/content", "must be a string")) return; }
                else if (v28.length > 512 && (v28.length > 1024 || codePoints(v28) > 512)) { if (c.soft("PropertyConstraintViolation", "/messageInfo/" + i3 + "/message/content", "longer than maxLength 512")) return; }
              }
            }
          }
        }
      }
    }
  }
  const v29 = d["requestId"];
  if (v29 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v29 !== "number" || !Number.isInteger(v29)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v30 = d["tbc"];
  if (v30 !== undefined) {
    if (typeof v30 !== "boolean") { if (c.fail("TypeConstraintViolation", "/tbc", "must be a boolean")) return; }
  }
}

function NotifyDisplayMessagesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function NotifyEVChargingNeedsRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "maxScheduleTuples" || k0 === "chargingNeeds" || k0 === "evseId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["maxScheduleTuples"];
  if (v2 !== undefined) {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/maxScheduleTuples", "must be an integer")) return; }
  }
  const v3 = d["chargingNeeds"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds", "required")) return; }
  else {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "acChargingParameters" || k4 === "dcChargingParameters" || k4 === "requestedEnergyTransfer" || k4 === "departureTime")) { if (c.soft("FormatViolation", "/chargingNeeds/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/chargingNeeds/customData")) return;
      }
      const v6 = v3["acChargingParameters"];
      if (v6 !== undefined) {
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/acChargingParameters", "must be an object")) return; }
        else {
          for (const k7 in v6) if (!(k7 === "customData" || k7 === "energyAmount" || k7 === "evMinCurrent" || k7 === "evMaxCurrent" || k7 === "evMaxVoltage")) { if (c.soft("FormatViolation", "/chargingNeeds/acChargingParameters/" + pointerToken(k7), "unknown property")) return; }
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            if (checkCustomDataType(v8, c, "/chargingNeeds/acChargingParameters/customData")) return;
          }
          const v9 = v6["energyAmount"];
          if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds/acChargingParameters/energyAmount", "required")) return; }
          else {
            if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/acChargingParameters/energyAmount", "must be an integer")) return; }
          }
          const v10 = v6["evMinCurrent"];
          if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds/acChargingParameters/evMinCurrent", "required")) return; }
          else {
            if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/acChargingParameters/evMinCurrent", "must be an integer")) return; }
          }
          const v11 = v6["evMaxCurrent"];
          if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds/acChargingParameters/evMaxCurrent", "required")) return; }
          else {
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/acChargingParameters/evMaxCurrent", "must be an integer")) return; }
          }
          const v12 = v6["evMaxVoltage"];
          if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds/acChargingParameters/evMaxVoltage", "required")) return; }
          else {
            if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/acChargingParameters/evMaxVoltage", "must be an integer")) return; }
          }
        }
      }
      const v13 = v3["dcChargingParameters"];
      if (v13 !== undefined) {
        if (typeof v13 !== "object" || v13 === null || Array.isArray(v13)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters", "must be an object")) return; }
        else {
          for (const k14 in v13) if (!(k14 === "customData" || k14 === "evMaxCurrent" || k14 === "evMaxVoltage" || k14 === "energyAmount" || k14 === "evMaxPower" || k14 === "stateOfCharge" || k14 === "evEnergyCapacity" || k14 === "fullSoC" || k14 === "bulkSoC")) { if (c.soft("FormatViolation", "/chargingNeeds/dcChargingParameters/" + pointerToken(k14), "unknown property")) return; }
          const v15 = v13["customData"];
          if (v15 !== undefined) {
            if (checkCustomDataType(v15, c, "/chargingNeeds/dcChargingParameters/customData")) return;
          }
          const v16 = v13["evMaxCurrent"];
          if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds/dcChargingParameters/evMaxCurrent", "required")) return; }
          else {
            if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/evMaxCurrent", "must be an integer")) return; }
          }
          const v17 = v13["evMaxVoltage"];
          if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds/dcChargingParameters/evMaxVoltage", "required")) return; }
          else {
            if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/evMaxVoltage", "must be an integer")) return; }
          }
          const v18 = v13["energyAmount"];
          if (v18 !== undefined) {
            if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/energyAmount", "must be an integer")) return; }
          }
          const v19 = v13["evMaxPower"];
          if (v19 !== undefined) {
            if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/evMaxPower", "must be an integer")) return; }
          }
          const v20 = v13["stateOfCharge"];
          if (v20 !== undefined) {
            if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/stateOfCharge", "must be an integer")) return; }
            else {
              if (v20 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingNeeds/dcChargingParameters/stateOfCharge", "below minimum 0")) return; }
              if (v20 > 100) { if (c.fail("PropertyConstraintViolation", "/chargingNeeds/dcChargingParameters/stateOfCharge", "above maximum 100")) return; }
            }
          }
          const v21 = v13["evEnergyCapacity"];
          if (v21 !== undefined) {
            if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/evEnergyCapacity", "must be an integer")) return; }
          }
          const v22 = v13["fullSoC"];
          if (v22 !== undefined) {
            if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/fullSoC", "must be an integer")) return; }
            else {
              if (v22 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingNeeds/dcChargingParameters/fullSoC", "below minimum 0")) return; }
              if (v22 > 100) { if (c.fail("PropertyConstraintViolation", "/chargingNeeds/dcChargingParameters/fullSoC", "above maximum 100")) return; }
            }
          }
          const v23 = v13["bulkSoC"];
          if (v23 !== undefined) {
            if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail("TypeConstraintViolation", "/chargingNeeds/dcChargingParameters/bulkSoC", "must be an integer")) return; }
            else {
              if (v23 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingNeeds/dcChargingParameters/bulkSoC", "below minimum 0")) return; }
              if (v23 > 100) { if (c.fail("PropertyConstraintViolation", "/chargingNeeds/dcChargingParameters/bulkSoC", "above maximum 100")) return; }
            }
          }
        }
      }
      const v24 = v3["requestedEnergyTransfer"];
      if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingNeeds/requestedEnergyTransfer", "required")) return; }
      else {
        if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingNeeds/requestedEnergyTransfer", "must be a string")) return; }
        else if (!isEnergyTransferModeEnumType(v24)) { if (c.soft("PropertyConstraintViolation", "/chargingNeeds/requestedEnergyTransfer", "not a EnergyTransferModeEnumType value")) return; }
      }
      const v25 = v3["departureTime"];
      if (v25 !== undefined) {
        if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingNeeds/departureTime", "must be a string")) return; }
        else if (!isDateTime(v25)) { if (c.fail("PropertyConstraintViolation", "/chargingNeeds/departureTime", "not an RFC 3339 date-time")) return; }
      }
    }
  }
  const v26 = d["evseId"];
  if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
}

function NotifyEVChargingNeedsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isNotifyEVChargingNeedsStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a NotifyEVChargingNeedsStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function NotifyEVChargingScheduleRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "timeBase" || k0 === "chargingSchedule" || k0 === "evseId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["timeBase"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/timeBase", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/timeBase", "must be a string")) return; }
    else if (!isDateTime(v2)) { if (c.fail("PropertyConstraintViolation", "/timeBase", "not an RFC 3339 date-time")) return; }
  }
  const v3 = d["chargingSchedule"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule", "required")) return; }
  else {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "id" || k4 === "startSchedule" || k4 === "duration" || k4 === "chargingRateUnit" || k4 === "chargingSchedulePeriod" || k4 === "minChargingRate" || k4 === "salesTariff")) { if (c.soft("FormatViolation", "/chargingSchedule/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/chargingSchedule/customData")) return;
      }
      const v6 = v3["id"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/id", "required")) return; }
      else {
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/id", "must be an integer")) return; }
      }
      const v7 = v3["startSchedule"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/startSchedule", "must be a string")) return; }
        else if (!isDateTime(v7)) { if (c.fail("PropertyConstraintViolation", "/chargingSchedule/startSchedule", "not an RFC 3339 date-time")) return; }
      }
      const v8 = v3["duration"];
      if (v8 !== undefined) {
        if (typeof v8 !== "number" || !Number.isInteger(v8)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/duration", "must be an integer")) return; }
      }
      const v9 = v3["chargingRateUnit"];
      if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/chargingRateUnit", "required")) return; }
      else {
        if (typeof v9 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/chargingRateUnit", "must be a string")) return; }
        else if (!isChargingRateUnitEnumType(v9)) { if (c.soft("PropertyConstraintViolation", "/chargingSchedule/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
      }
      const v10 = v3["chargingSchedulePeriod"];
      if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/chargingSchedulePeriod", "required")) return; }
      else {
        if (!Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/chargingSchedulePeriod", "must be an array")) return; }
        else if (v10.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/chargingSchedulePeriod", "more than maxItems 1024")) return; }
        else {
          if (v10.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/chargingSchedulePeriod", "fewer than minItems 1")) return; }
          for (let i11 = 0; i11 < v10.length; i11++) {
            const v12 = v10[i11];
            if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11, "must be an object")) return; }
            else {
              for (const k13 in v12) if (!(k13 === "customData" || k13 === "startPeriod" || k13 === "limit" || k13 === "numberPhases" || k13 === "phaseToUse")) { if (c.soft("FormatViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/" + pointerToken(k13), "unknown property")) return; }
              const v14 = v12["customData"];
              if (v14 !== undefined) {
                if (checkCustomDataType(v14, c, "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/customData")) return;
              }
              const v15 = v12["startPeriod"];
              if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/startPeriod", "required")) return; }
              else {
                if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/startPeriod", "must be an integer")) return; }
              }
              const v16 = v12["limit"];
              if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/limit", "required")) return; }
              else {
                if (typeof v16 !== "number" || !Number.isFinite(v16)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/limit", "must be a number")) return; }
              }
              const v17 = v12["numberPhases"];
              if (v17 !== undefined) {
                if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/numberPhases", "must be an integer")) return; }
              }
              const v18 = v12["phaseToUse"];
              if (v18 !== undefined) {
                if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/chargingSchedulePeriod/" + i11 + "/phaseToUse", "must be an integer")) return; }
              }
            }
          }
        }
      }
      const v19 = v3["minChargingRate"];
      if (v19 !== undefined) {
        if (typeof v19 !== "number" || !Number.isFinite(v19)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/minChargingRate", "must be a number")) return; }
      }
      const v20 = v3["salesTariff"];
      if (v20 !== undefined) {
        if (typeof v20 !== "object" || v20 === null || Array.isArray(v20)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff", "must be an object")) return; }
        else {
          for (const k21 in v20) if (!(k21 === "customData" || k21 === "id" || k21 === "salesTariffDescription" || k21 === "numEPriceLevels" || k21 === "salesTariffEntry")) { if (c.soft("FormatViolation", "/chargingSchedule/salesTariff/" + pointerToken(k21), "unknown property")) return; }
          const v22 = v20["customData"];
          if (v22 !== undefined) {
            if (checkCustomDataType(v22, c, "/chargingSchedule/salesTariff/customData")) return;
          }
          const v23 = v20["id"];
          if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/id", "required")) return; }
          else {
            if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/id", "must be an integer")) return; }
          }
          const v24 = v20["salesTariffDescription"];
          if (v24 !== undefined) {
            if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffDescription", "must be a string")) return; }
            else if (v24.length > 32 && (v24.length > 64 || codePoints(v24) > 32)) { if (c.soft("PropertyConstraintViolation", "/chargingSchedule/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
          }
          const v25 = v20["numEPriceLevels"];
          if (v25 !== undefined) {
            if (typeof v25 !== "number" || !Number.isInteger(v25)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/numEPriceLevels", "must be an integer")) return; }
          }
          const v26 = v20["salesTariffEntry"];
          if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry", "required")) return; }
          else {
            if (!Array.isArray(v26)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry", "must be an array")) return; }
            else if (v26.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
            else {
              if (v26.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
              for (let i27 = 0; i27 < v26.length; i27++) {
                const v28 = v26[i27];
                if (typeof v28 !== "object" || v28 === null || Array.isArray(v28)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27, "must be an object")) return; }
                else {
                  for (const k29 in v28) if (!(k29 === "customData" || k29 === "relativeTimeInterval" || k29 === "ePriceLevel" || k29 === "consumptionCost")) { if (c.soft("FormatViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/" + pointerToken(k29), "unknown property")) return; }
                  const v30 = v28["customData"];
                  if (v30 !== undefined) {
                    if (checkCustomDataType(v30, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/customData")) return;
                  }
                  const v31 = v28["relativeTimeInterval"];
                  if (v31 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/relativeTimeInterval", "required")) return; }
                  else {
                    if (typeof v31 !== "object" || v31 === null || Array.isArray(v31)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/relativeTimeInterval", "must be an object")) return; }
                    else {
                      for (const k32 in v31) if (!(k32 === "customData" || k32 === "start" || k32 === "duration")) { if (c.soft("FormatViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/relativeTimeInterval/" + pointerToken(k32), "unknown property")) return; }
                      const v33 = v31["customData"];
                      if (v33 !== undefined) {
                        if (checkCustomDataType(v33, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/relativeTimeInterval/customData")) return;
                      }
                      const v34 = v31["start"];
                      if (v34 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/relativeTimeInterval/start", "required")) return; }
                      else {
                        if (typeof v34 !== "number" || !Number.isInteger(v34)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/relativeTimeInterval/start", "must be an integer")) return; }
                      }
                      const v35 = v31["duration"];
                      if (v35 !== undefined) {
                        if (typeof v35 !== "number" || !Number.isInteger(v35)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/relativeTimeInterval/duration", "must be an integer")) return; }
                      }
                    }
                  }
                  const v36 = v28["ePriceLevel"];
                  if (v36 !== undefined) {
                    if (typeof v36 !== "number" || !Number.isInteger(v36)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/ePriceLevel", "must be an integer")) return; }
                    else {
                      if (v36 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/ePriceLevel", "below minimum 0")) return; }
                    }
                  }
                  const v37 = v28["consumptionCost"];
                  if (v37 !== undefined) {
                    if (!Array.isArray(v37)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost", "must be an array")) return; }
                    else if (v37.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost", "more than maxItems 3")) return; }
                    else {
                      if (v37.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost", "fewer than minItems 1")) return; }
                      for (let i38 = 0; i38 < v37.length; i38++) {
                        const v39 = v37[i38];
                        if (typeof v39 !== "object" || v39 === null || Array.isArray(v39)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38, "must be an object")) return; }
                        else {
                          for (const k40 in v39) if (!(k40 === "customData" || k40 === "startValue" || k40 === "cost")) { if (c.soft("FormatViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/" + pointerToken(k40), "unknown property")) return; }
                          const v41 = v39["customData"];
                          if (v41 !== undefined) {
                            if (checkCustomDataType(v41, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/customData")) return;
                          }
                          const v42 = v39["startValue"];
                          if (v42 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/startValue", "required")) return; }
                          else {
                            if (typeof v42 !== "number" || !Number.isFinite(v42)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/startValue", "must be a number")) return; }
                          }
                          const v43 = v39["cost"];
                          if (v43 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost", "required")) return; }
                          else {
                            if (!Array.isArray(v43)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost", "must be an array")) return; }
                            else if (v43.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost", "more than maxItems 3")) return; }
                            else {
                              if (v43.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost", "fewer than minItems 1")) return; }
                              for (let i44 = 0; i44 < v43.length; i44++) {
                                const v45 = v43[i44];
                                if (typeof v45 !== "object" || v45 === null || Array.isArray(v45)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44, "must be an object")) return; }
                                else {
                                  for (const k46 in v45) if (!(k46 === "customData" || k46 === "costKind" || k46 === "amount" || k46 === "amountMultiplier")) { if (c.soft("FormatViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/" + pointerToken(k46), "unknown property")) return; }
                                  const v47 = v45["customData"];
                                  if (v47 !== undefined) {
                                    if (checkCustomDataType(v47, c, "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/customData")) return;
                                  }
                                  const v48 = v45["costKind"];
                                  if (v48 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/costKind", "required")) return; }
                                  else {
                                    if (typeof v48 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/costKind", "must be a string")) return; }
                                    else if (!isCostKindEnumType(v48)) { if (c.soft("PropertyConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/costKind", "not a CostKindEnumType value")) return; }
                                  }
                                  const v49 = v45["amount"];
                                  if (v49 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/amount", "required")) return; }
                                  else {
                                    if (typeof v49 !== "number" || !Number.isInteger(v49)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/amount", "must be an integer")) return; }
                                  }
                                  const v50 = v45["amountMultiplier"];
                                  if (v50 !== undefined) {
                                    if (typeof v50 !== "number" || !Number.isInteger(v50)) { if (c.fail("TypeConstraintViolation", "/chargingSchedule/salesTariff/salesTariffEntry/" + i27 + "/consumptionCost/" + i38 + "/cost/" + i44 + "/amountMultiplier", "must be an integer")) return; }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  const v51 = d["evseId"];
  if (v51 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v51 !== "number" || !Number.isInteger(v51)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
}

function NotifyEVChargingScheduleResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function NotifyEventRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "generatedAt" || k0 === "tbc" || k0 === "seqNo" || k0 === "eventData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["generatedAt"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/generatedAt", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/generatedAt", "must be a string")) return; }
    else if (!isDateTime(v2)) { if (c.fail("PropertyConstraintViolation", "/generatedAt", "not an RFC 3339 date-time")) return; }
  }
  const v3 = d["tbc"];
  if (v3 !== undefined) {
    if (typeof v3 !== "boolean") { if (c.fail("TypeConstraintViolation", "/tbc", "must be a boolean")) return; }
  }
  const v4 = d["seqNo"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/seqNo", "required")) return; }
  else {
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail("TypeConstraintViolation", "/seqNo", "must be an integer")) return; }
  }
  const v5 = d["eventData"];
  if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData", "required")) return; }
  else {
    if (!Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/eventData", "must be an array")) return; }
    else {
      if (v5.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/eventData", "fewer than minItems 1")) return; }
      for (let i6 = 0; i6 < v5.length; i6++) {
        const v7 = v5[i6];
        if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6, "must be an object")) return; }
        else {
          for (const k8 in v7) if (!(k8 === "customData" || k8 === "eventId" || k8 === "timestamp" || k8 === "trigger" || k8 === "cause" || k8 === "actualValue" || k8 === "techCode" || k8 === "techInfo" || k8 === "cleared" || k8 === "transactionId" || k8 === "component" || k8 === "variableMonitoringId" || k8 === "eventNotificationType" || k8 === "variable")) { if (c.soft("FormatViolation", "/eventData/" + i6 + "/" + pointerToken(k8), "unknown property")) return; }
          const v9 = v7["customData"];
          if (v9 !== undefined) {
            if (checkCustomDataType(v9, c, "/eventData/" + i6 + "/customData")) return;
          }
          const v10 = v7["eventId"];
          if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/eventId", "required")) return; }
          else {
            if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/eventId", "must be an integer")) return; }
          }
          const v11 = v7["timestamp"];
          if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/timestamp", "required")) return; }
          else {
            if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/timestamp", "must be a string")) return; }
            else if (!isDateTime(v11)) { if (c.fail("PropertyConstraintViolation", "/eventData/" + i6 + "/timestamp", "not an RFC 3339 date-time")) return; }
          }
          const v12 = v7["trigger"];
          if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/trigger", "required")) return; }
          else {
            if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/trigger", "must be a string")) return; }
            else if (!isEventTriggerEnumType(v12)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/trigger", "not a EventTriggerEnumType value")) return; }
          }
          const v13 = v7["cause"];
          if (v13 !== undefined) {
            if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/cause", "must be an integer")) return; }
          }
          const v14 = v7["actualValue"];
          if (v14 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/actualValue", "required")) return; }
          else {
            if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/actualValue", "must be a string")) return; }
            else if (v14.length > 2500 && (v14.length > 5000 || codePoints(v14) > 2500)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/actualValue", "longer than maxLength 2500")) return; }
          }
          const v15 = v7["techCode"];
          if (v15 !== undefined) {
            if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/techCode", "must be a string")) return; }
            else if (v15.length > 50 && (v15.length > 100 || codePoints(v15) > 50)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/techCode", "longer than maxLength 50")) return; }
          }
          const v16 = v7["techInfo"];
          if (v16 !== undefined) {
            if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/techInfo", "must be a string")) return; }
            else if (v16.length > 500 && (v16.length > 1000 || codePoints(v16) > 500)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/techInfo", "longer than maxLength 500")) return; }
          }
          const v17 = v7["cleared"];
          if (v17 !== undefined) {
            if (typeof v17 !== "boolean") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/cleared", "must be a boolean")) return; }
          }
          const v18 = v7["transactionId"];
          if (v18 !== undefined) {
            if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/transactionId", "must be a string")) return; }
            else if (v18.length > 36 && (v18.length > 72 || codePoints(v18) > 36)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/transactionId", "longer than maxLength 36")) return; }
          }
          const v19 = v7["component"];
          if (v19 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/component", "required")) return; }
          else {
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/component", "must be an object")) return; }
            else {
              for (const k20 in v19) if (!(k20 === "customData" || k20 === "evse" || k20 === "name" || k20 === "instance")) { if (c.soft("FormatViolation", "/eventData/" + i6 + "/component/" + pointerToken(k20), "unknown property")) return; }
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                if (checkCustomDataType(v21, c, "/eventData/" + i6 + "/component/customData")) return;
              }
              const v22 = v19["evse"];
              if (v22 !== undefined) {
                if (typeof v22 !== "object" || v22 === null || Array.isArray(v22)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k23 in v22) if (!(k23 === "customData" || k23 === "id" || k23 === "connectorId")) { if (c.soft("FormatViolation", "/eventData/" + i6 + "/component/evse/" + pointerToken(k23), "unknown property")) return; }
                  const v24 = v22["customData"];
                  if (v24 !== undefined) {
                    if (checkCustomDataType(v24, c, "/eventData/" + i6 + "/component/evse/customData")) return;
                  }
                  const v25 = v22["id"];
                  if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v25 !== "number" || !Number.isInteger(v25)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v26 = v22["connectorId"];
                  if (v26 !== undefined) {
                    if (typeof v26 !== "number" || !Number.isInteger(v26)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v27 = v19["name"];
              if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/component/name", "required")) return; }
              else {
                if (typeof v27 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/component/name", "must be a string")) return; }
                else if (v27.length > 50 && (v27.length > 100 || codePoints(v27) > 50)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v28 = v19["instance"];
              if (v28 !== undefined) {
                if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/component/instance", "must be a string")) return; }
                else if (v28.length > 50 && (v28.length > 100 || codePoints(v28) > 50)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v29 = v7["variableMonitoringId"];
          if (v29 !== undefined) {
            if (typeof v29 !== "number" || !Number.isInteger(v29)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/variableMonitoringId", "must be an integer")) return; }
          }
          const v30 = v7["eventNotificationType"];
          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/eventNotificationType", "required")) return; }
          else {
            if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/eventNotificationType", "must be a string")) return; }
            else if (!isEventNotificationEnumType(v30)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/eventNotificationType", "not a EventNotificationEnumType value")) return; }
          }
          const v31 = v7["variable"];
          if (v31 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/variable", "required")) return; }
          else {
            if (typeof v31 !== "object" || v31 === null || Array.isArray(v31)) { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/variable", "must be an object")) return; }
            else {
              for (const k32 in v31) if (!(k32 === "customData" || k32 === "name" || k32 === "instance")) { if (c.soft("FormatViolation", "/eventData/" + i6 + "/variable/" + pointerToken(k32), "unknown property")) return; }
              const v33 = v31["customData"];
              if (v33 !== undefined) {
                if (checkCustomDataType(v33, c, "/eventData/" + i6 + "/variable/customData")) return;
              }
              const v34 = v31["name"];
              if (v34 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventData/" + i6 + "/variable/name", "required")) return; }
              else {
                if (typeof v34 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/variable/name", "must be a string")) return; }
                else if (v34.length > 50 && (v34.length > 100 || codePoints(v34) > 50)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v35 = v31["instance"];
              if (v35 !== undefined) {
                if (typeof v35 !== "string") { if (c.fail("TypeConstraintViolation", "/eventData/" + i6 + "/variable/instance", "must be a string")) return; }
                else if (v35.length > 50 && (v35.length > 100 || codePoints(v35) > 50)) { if (c.soft("PropertyConstraintViolation", "/eventData/" + i6 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
}

function NotifyEventResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function NotifyMonitoringReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "monitor" || k0 === "requestId" || k0 === "tbc" || k0 === "seqNo" || k0 === "generatedAt")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["monitor"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/monitor", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/monitor", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "component" || k5 === "variable" || k5 === "variableMonitoring")) { if (c.soft("FormatViolation", "/monitor/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/monitor/" + i3 + "/customData")) return;
          }
          const v7 = v4["component"];
          if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k8 in v7) if (!(k8 === "customData" || k8 === "evse" || k8 === "name" || k8 === "instance")) { if (c.soft("FormatViolation", "/monitor/" + i3 + "/component/" + pointerToken(k8), "unknown property")) return; }
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                if (checkCustomDataType(v9, c, "/monitor/" + i3 + "/component/customData")) return;
              }
              const v10 = v7["evse"];
              if (v10 !== undefined) {
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k11 in v10) if (!(k11 === "customData" || k11 === "id" || k11 === "connectorId")) { if (c.soft("FormatViolation", "/monitor/" + i3 + "/component/evse/" + pointerToken(k11), "unknown property")) return; }
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    if (checkCustomDataType(v12, c, "/monitor/" + i3 + "/component/evse/customData")) return;
                  }
                  const v13 = v10["id"];
                  if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v14 = v10["connectorId"];
                  if (v14 !== undefined) {
                    if (typeof v14 !== "number" || !Number.isInteger(v14)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v15 = v7["name"];
              if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/component/name", "must be a string")) return; }
                else if (v15.length > 50 && (v15.length > 100 || codePoints(v15) > 50)) { if (c.soft("PropertyConstraintViolation", "/monitor/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v16 = v7["instance"];
              if (v16 !== undefined) {
                if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft("PropertyConstraintViolation", "/monitor/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v17 = v4["variable"];
          if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variable", "required")) return; }
          else {
            if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k18 in v17) if (!(k18 === "customData" || k18 === "name" || k18 === "instance")) { if (c.soft("FormatViolation", "/monitor/" + i3 + "/variable/" + pointerToken(k18), "unknown property")) return; }
              const v19 = v17["customData"];
              if (v19 !== undefined) {
                if (checkCustomDataType(v19, c, "/monitor/" + i3 + "/variable/customData")) return;
              }
              const v20 = v17["name"];
              if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v20.length > 50 && (v20.length > 100 || codePoints(v20) > 50)) { if (c.soft("PropertyConstraintViolation", "/monitor/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v21 = v17["instance"];
              if (v21 !== undefined) {
                if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft("PropertyConstraintViolation", "/monitor/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v22 = v4["variableMonitoring"];
          if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variableMonitoring", "required")) return; }
          else {
            if (!Array.isArray(v22)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variableMonitoring", "must be an array")) return; }
            else {
              if (v22.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variableMonitoring", "fewer than minItems 1")) return; }
              for (let i23 = 0; i23 < v22.length; i23++) {
                const v24 = v22[i23];
                if (typeof v24 !== "object" || v24 === null || Array.isArray(v24)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23, "must be an object")) return; }
                else {
                  for (const k25 in v24) if (!(k25 === "customData" || k25 === "id" || k25 === "transaction" || k25 === "value" || k25 === "type" || k25 === "severity")) { if (c.soft("FormatViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/" + pointerToken(k25), "unknown property")) return; }
                  const v26 = v24["customData"];
                  if (v26 !== undefined) {
                    if (checkCustomDataType(v26, c, "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/customData")) return;
                  }
                  const v27 = v24["id"];
                  if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/id", "required")) return; }
                  else {
                    if (typeof v27 !== "number" || !Number.isInteger(v27)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/id", "must be an integer")) return; }
                  }
                  const v28 = v24["transaction"];
                  if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/transaction", "required")) return; }
                  else {
                    if (typeof v28 !== "boolean") { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/transaction", "must be a boolean")) return; }
                  }
                  const v29 = v24["value"];
                  if (v29 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/value", "required")) return; }
                  else {
                    if (typeof v29 !== "number" || !Number.isFinite(v29)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/value", "must be a number")) return; }
                  }
                  const v30 = v24["type"];
                  if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/type", "required")) return; }
                  else {
                    if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/type", "must be a string")) return; }
                    else if (!isMonitorEnumType(v30)) { if (c.soft("PropertyConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/type", "not a MonitorEnumType value")) return; }
                  }
                  const v31 = v24["severity"];
                  if (v31 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/severity", "required")) return; }
                  else {
                    if (typeof v31 !== "number" || !Number.isInteger(v31)) { if (c.fail("TypeConstraintViolation", "/monitor/" + i3 + "/variableMonitoring/" + i23 + "/severity", "must be an integer")) return; }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  const v32 = d["requestId"];
  if (v32 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v32 !== "number" || !Number.isInteger(v32)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v33 = d["tbc"];
  if (v33 !== undefined) {
    if (typeof v33 !== "boolean") { if (c.fail("TypeConstraintViolation", "/tbc", "must be a boolean")) return; }
  }
  const v34 = d["seqNo"];
  if (v34 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/seqNo", "required")) return; }
  else {
    if (typeof v34 !== "number" || !Number.isInteger(v34)) { if (c.fail("TypeConstraintViolation", "/seqNo", "must be an integer")) return; }
  }
  const v35 = d["generatedAt"];
  if (v35 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/generatedAt", "required")) return; }
  else {
    if (typeof v35 !== "string") { if (c.fail("TypeConstraintViolation", "/generatedAt", "must be a string")) return; }
    else if (!isDateTime(v35)) { if (c.fail("PropertyConstraintViolation", "/generatedAt", "not an RFC 3339 date-time")) return; }
  }
}

function NotifyMonitoringReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function NotifyReportRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "requestId" || k0 === "generatedAt" || k0 === "reportData" || k0 === "tbc" || k0 === "seqNo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v3 = d["generatedAt"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/generatedAt", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/generatedAt", "must be a string")) return; }
    else if (!isDateTime(v3)) { if (c.fail("PropertyConstraintViolation", "/generatedAt", "not an RFC 3339 date-time")) return; }
  }
  const v4 = d["reportData"];
  if (v4 !== undefined) {
    if (!Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/reportData", "must be an array")) return; }
    else {
      if (v4.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/reportData", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5, "must be an object")) return; }
        else {
          for (const k7 in v6) if (!(k7 === "customData" || k7 === "component" || k7 === "variable" || k7 === "variableAttribute" || k7 === "variableCharacteristics")) { if (c.soft("FormatViolation", "/reportData/" + i5 + "/" + pointerToken(k7), "unknown property")) return; }
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            if (checkCustomDataType(v8, c, "/reportData/" + i5 + "/customData")) return;
          }
          const v9 = v6["component"];
          if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/component", "required")) return; }
          else {
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/component", "must be an object")) return; }
            else {
              for (const k10 in v9) if (!(k10 === "customData" || k10 === "evse" || k10 === "name" || k10 === "instance")) { if (c.soft("FormatViolation", "/reportData/" + i5 + "/component/" + pointerToken(k10), "unknown property")) return; }
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                if (checkCustomDataType(v11, c, "/reportData/" + i5 + "/component/customData")) return;
              }
              const v12 = v9["evse"];
              if (v12 !== undefined) {
                if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k13 in v12) if (!(k13 === "customData" || k13 === "id" || k13 === "connectorId")) { if (c.soft("FormatViolation", "/reportData/" + i5 + "/component/evse/" + pointerToken(k13), "unknown property")) return; }
                  const v14 = v12["customData"];
                  if (v14 !== undefined) {
                    if (checkCustomDataType(v14, c, "/reportData/" + i5 + "/component/evse/customData")) return;
                  }
                  const v15 = v12["id"];
                  if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v16 = v12["connectorId"];
                  if (v16 !== undefined) {
                    if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v17 = v9["name"];
              if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/component/name", "required")) return; }
              else {
                if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/component/name", "must be a string")) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v18 = v9["instance"];
              if (v18 !== undefined) {
                if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/component/instance", "must be a string")) return; }
                else if (v18.length > 50 && (v18.length > 100 || codePoints(v18) > 50)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v19 = v6["variable"];
          if (v19 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/variable", "required")) return; }
          else {
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variable", "must be an object")) return; }
            else {
              for (const k20 in v19) if (!(k20 === "customData" || k20 === "name" || k20 === "instance")) { if (c.soft("FormatViolation", "/reportData/" + i5 + "/variable/" + pointerToken(k20), "unknown property")) return; }
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                if (checkCustomDataType(v21, c, "/reportData/" + i5 + "/variable/customData")) return;
              }
              const v22 = v19["name"];
              if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/variable/name", "required")) return; }
              else {
                if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variable/name", "must be a string")) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v23 = v19["instance"];
              if (v23 !== undefined) {
                if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variable/instance", "must be a string")) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v24 = v6["variableAttribute"];
          if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/variableAttribute", "required")) return; }
          else {
            if (!Array.isArray(v24)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableAttribute", "must be an array")) return; }
            else if (v24.length > 4) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/variableAttribute", "more than maxItems 4")) return; }
            else {
              if (v24.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/variableAttribute", "fewer than minItems 1")) return; }
              for (let i25 = 0; i25 < v24.length; i25++) {
                const v26 = v24[i25];
                if (typeof v26 !== "object" || v26 === null || Array.isArray(v26)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25, "must be an object")) return; }
                else {
                  for (const k27 in v26) if (!(k27 === "customData" || k27 === "type" || k27 === "value" || k27 === "mutability" || k27 === "persistent" || k27 === "constant")) { if (c.soft("FormatViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/" + pointerToken(k27), "unknown property")) return; }
                  const v28 = v26["customData"];
                  if (v28 !== undefined) {
                    if (checkCustomDataType(v28, c, "/reportData/" + i5 + "/variableAttribute/" + i25 + "/customData")) return;
                  }
                  const v29 = v26["type"];
                  if (v29 !== undefined) {
                    if (typeof v29 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/type", "must be a string")) return; }
                    else if (!isAttributeEnumType(v29)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/type", "not a AttributeEnumType value")) return; }
                  }
                  const v30 = v26["value"];
                  if (v30 !== undefined) {
                    if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/value", "must be a string")) return; }
                    else if (v30.length > 2500 && (v30.length > 5000 || codePoints(v30) > 2500)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/value", "longer than maxLength 2500")) return; }
                  }
                  const v31 = v26["mutability"];
                  if (v31 !== undefined) {
                    if (typeof v31 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/mutability", "must be a string")) return; }
                    else if (!isMutabilityEnumType(v31)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/mutability", "not a MutabilityEnumType value")) return; }
                  }
                  const v32 = v26["persistent"];
                  if (v32 !== undefined) {
                    if (typeof v32 !== "boolean") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/persistent", "must be a boolean")) return; }
                  }
                  const v33 = v26["constant"];
                  if (v33 !== undefined) {
                    if (typeof v33 !== "boolean") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableAttribute/" + i25 + "/constant", "must be a boolean")) return; }
                  }
                }
              }
            }
          }
          const v34 = v6["variableCharacteristics"];
          if (v34 !== undefined) {
            if (typeof v34 !== "object" || v34 === null || Array.isArray(v34)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics", "must be an object")) return; }
            else {
              for (const k35 in v34) if (!(k35 === "customData" || k35 === "unit" || k35 === "dataType" || k35 === "minLimit" || k35 === "maxLimit" || k35 === "valuesList" || k35 === "supportsMonitoring")) { if (c.soft("FormatViolation", "/reportData/" + i5 + "/variableCharacteristics/" + pointerToken(k35), "unknown property")) return; }
              const v36 = v34["customData"];
              if (v36 !== undefined) {
                if (checkCustomDataType(v36, c, "/reportData/" + i5 + "/variableCharacteristics/customData")) return;
              }
              const v37 = v34["unit"];
              if (v37 !== undefined) {
                if (typeof v37 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/unit", "must be a string")) return; }
                else if (v37.length > 16 && (v37.length > 32 || codePoints(v37) > 16)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/unit", "longer than maxLength 16")) return; }
              }
              const v38 = v34["dataType"];
              if (v38 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/dataType", "required")) return; }
              else {
                if (typeof v38 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/dataType", "must be a string")) return; }
                else if (!isDataEnumType(v38)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/dataType", "not a DataEnumType value")) return; }
              }
              const v39 = v34["minLimit"];
              if (v39 !== undefined) {
                if (typeof v39 !== "number" || !Number.isFinite(v39)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/minLimit", "must be a number")) return; }
              }
              const v40 = v34["maxLimit"];
              if (v40 !== undefined) {
                if (typeof v40 !== "number" || !Number.isFinite(v40)) { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/maxLimit", "must be a number")) return; }
              }
              const v41 = v34["valuesList"];
              if (v41 !== undefined) {
                if (typeof v41 !== "string") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/valuesList", "must be a string")) return; }
                else if (v41.length > 1000 && (v41.length > 2000 || codePoints(v41) > 1000)) { if (c.soft("PropertyConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/valuesList", "longer than maxLength 1000")) return; }
              }
              const v42 = v34["supportsMonitoring"];
              if (v42 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/supportsMonitoring", "required")) return; }
              else {
                if (typeof v42 !== "boolean") { if (c.fail("TypeConstraintViolation", "/reportData/" + i5 + "/variableCharacteristics/supportsMonitoring", "must be a boolean")) return; }
              }
            }
          }
        }
      }
    }
  }
  const v43 = d["tbc"];
  if (v43 !== undefined) {
    if (typeof v43 !== "boolean") { if (c.fail("TypeConstraintViolation", "/tbc", "must be a boolean")) return; }
  }
  const v44 = d["seqNo"];
  if (v44 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/seqNo", "required")) return; }
  else {
    if (typeof v44 !== "number" || !Number.isInteger(v44)) { if (c.fail("TypeConstraintViolation", "/seqNo", "must be an integer")) return; }
  }
}

function NotifyReportResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function PublishFirmwareRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "location" || k0 === "retries" || k0 === "checksum" || k0 === "requestId" || k0 === "retryInterval")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["location"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/location", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/location", "must be a string")) return; }
    else if (v2.length > 512 && (v2.length > 1024 || codePoints(v2) > 512)) { if (c.soft("PropertyConstraintViolation", "/location", "longer than maxLength 512")) return; }
  }
  const v3 = d["retries"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/retries", "must be an integer")) return; }
  }
  const v4 = d["checksum"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/checksum", "required")) return; }
  else {
    if (typeof v4 !== "string") { if (c.fail("TypeConstraintViolation", "/checksum", "must be a string")) return; }
    else if (v4.length > 32 && (v4.length > 64 || codePoints(v4) > 32)) { if (c.soft("PropertyConstraintViolation", "/checksum", "longer than maxLength 32")) return; }
  }
  const v5 = d["requestId"];
  if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v6 = d["retryInterval"];
  if (v6 !== undefined) {
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/retryInterval", "must be an integer")) return; }
  }
}

function PublishFirmwareResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function PublishFirmwareStatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "location" || k0 === "requestId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isPublishFirmwareStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a PublishFirmwareStatusEnumType value")) return; }
  }
  const v3 = d["location"];
  if (v3 !== undefined) {
    if (!Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/location", "must be an array")) return; }
    else {
      if (v3.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/location", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "string") { if (c.fail("TypeConstraintViolation", "/location/" + i4, "must be a string")) return; }
        else if (v5.length > 512 && (v5.length > 1024 || codePoints(v5) > 512)) { if (c.soft("PropertyConstraintViolation", "/location/" + i4, "longer than maxLength 512")) return; }
      }
    }
  }
  const v6 = d["requestId"];
  if (v6 !== undefined) {
    if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
}

function PublishFirmwareStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function ReportChargingProfilesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "requestId" || k0 === "chargingLimitSource" || k0 === "chargingProfile" || k0 === "tbc" || k0 === "evseId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["requestId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v3 = d["chargingLimitSource"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingLimitSource", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingLimitSource", "must be a string")) return; }
    else if (!isChargingLimitSourceEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/chargingLimitSource", "not a ChargingLimitSourceEnumType value")) return; }
  }
  const v4 = d["chargingProfile"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile", "required")) return; }
  else {
    if (!Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/chargingProfile", "must be an array")) return; }
    else {
      if (v4.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile", "fewer than minItems 1")) return; }
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5, "must be an object")) return; }
        else {
          for (const k7 in v6) if (!(k7 === "customData" || k7 === "id" || k7 === "stackLevel" || k7 === "chargingProfilePurpose" || k7 === "chargingProfileKind" || k7 === "recurrencyKind" || k7 === "validFrom" || k7 === "validTo" || k7 === "chargingSchedule" || k7 === "transactionId")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/" + pointerToken(k7), "unknown property")) return; }
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            if (checkCustomDataType(v8, c, "/chargingProfile/" + i5 + "/customData")) return;
          }
          const v9 = v6["id"];
          if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/id", "required")) return; }
          else {
            if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/id", "must be an integer")) return; }
          }
          const v10 = v6["stackLevel"];
          if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/stackLevel", "required")) return; }
          else {
            if (typeof v10 !== "number" || !Number.isInteger(v10)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/stackLevel", "must be an integer")) return; }
          }
          const v11 = v6["chargingProfilePurpose"];
          if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingProfilePurpose", "required")) return; }
          else {
            if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingProfilePurpose", "must be a string")) return; }
            else if (!isChargingProfilePurposeEnumType(v11)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
          }
          const v12 = v6["chargingProfileKind"];
          if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingProfileKind", "required")) return; }
          else {
            if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingProfileKind", "must be a string")) return; }
            else if (!isChargingProfileKindEnumType(v12)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return; }
          }
          const v13 = v6["recurrencyKind"];
          if (v13 !== undefined) {
            if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/recurrencyKind", "must be a string")) return; }
            else if (!isRecurrencyKindEnumType(v13)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/recurrencyKind", "not a RecurrencyKindEnumType value")) return; }
          }
          const v14 = v6["validFrom"];
          if (v14 !== undefined) {
            if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/validFrom", "must be a string")) return; }
            else if (!isDateTime(v14)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/validFrom", "not an RFC 3339 date-time")) return; }
          }
          const v15 = v6["validTo"];
          if (v15 !== undefined) {
            if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/validTo", "must be a string")) return; }
            else if (!isDateTime(v15)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/validTo", "not an RFC 3339 date-time")) return; }
          }
          const v16 = v6["chargingSchedule"];
          if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule", "required")) return; }
          else {
            if (!Array.isArray(v16)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule", "must be an array")) return; }
            else if (v16.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule", "more than maxItems 3")) return; }
            else {
              if (v16.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule", "fewer than minItems 1")) return; }
              for (let i17 = 0; i17 < v16.length; i17++) {
                const v18 = v16[i17];
                if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17, "must be an object")) return; }
                else {
                  for (const k19 in v18) if (!(k19 === "customData" || k19 === "id" || k19 === "startSchedule" || k19 === "duration" || k19 === "chargingRateUnit" || k19 === "chargingSchedulePeriod" || k19 === "minChargingRate" || k19 === "salesTariff")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/" + pointerToken(k19), "unknown property")) return; }
                  const v20 = v18["customData"];
                  if (v20 !== undefined) {
                    if (checkCustomDataType(v20, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/customData")) return;
                  }
                  const v21 = v18["id"];
                  if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/id", "required")) return; }
                  else {
                    if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/id", "must be an integer")) return; }
                  }
                  const v22 = v18["startSchedule"];
                  if (v22 !== undefined) {
                    if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/startSchedule", "must be a string")) return; }
                    else if (!isDateTime(v22)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/startSchedule", "not an RFC 3339 date-time")) return; }
                  }
                  const v23 = v18["duration"];
                  if (v23 !== undefined) {
                    if (typeof v23 !== "number" || !Number.isInteger(v23)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/duration", "must be an integer")) return; }
                  }
                  const v24 = v18["chargingRateUnit"];
                  if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingRateUnit", "required")) return; }
                  else {
                    if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingRateUnit", "must be a string")) return; }
                    else if (!isChargingRateUnitEnumType(v24)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
                  }
                  const v25 = v18["chargingSchedulePeriod"];
                  if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", "required")) return; }
                  else {
                    if (!Array.isArray(v25)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", "must be an array")) return; }
                    else if (v25.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
                    else {
                      if (v25.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
                      for (let i26 = 0; i26 < v25.length; i26++) {
                        const v27 = v25[i26];
                        if (typeof v27 !== "object" || v27 === null || Array.isArray(v27)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26, "must be an object")) return; }
                        else {
                          for (const k28 in v27) if (!(k28 === "customData" || k28 === "startPeriod" || k28 === "limit" || k28 === "numberPhases" || k28 === "phaseToUse")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/" + pointerToken(k28), "unknown property")) return; }
                          const v29 = v27["customData"];
                          if (v29 !== undefined) {
                            if (checkCustomDataType(v29, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/customData")) return;
                          }
                          const v30 = v27["startPeriod"];
                          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/startPeriod", "required")) return; }
                          else {
                            if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/startPeriod", "must be an integer")) return; }
                          }
                          const v31 = v27["limit"];
                          if (v31 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/limit", "required")) return; }
                          else {
                            if (typeof v31 !== "number" || !Number.isFinite(v31)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/limit", "must be a number")) return; }
                          }
                          const v32 = v27["numberPhases"];
                          if (v32 !== undefined) {
                            if (typeof v32 !== "number" || !Number.isInteger(v32)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/numberPhases", "must be an integer")) return; }
                          }
                          const v33 = v27["phaseToUse"];
                          if (v33 !== undefined) {
                            if (typeof v33 !== "number" || !Number.isInteger(v33)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/chargingSchedulePeriod/" + i26 + "/phaseToUse", "must be an integer")) return; }
                          }
                        }
                      }
                    }
                  }
                  const v34 = v18["minChargingRate"];
                  if (v34 !== undefined) {
                    if (typeof v34 !== "number" || !Number.isFinite(v34)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/minChargingRate", "must be a number")) return; }
                  }
                  const v35 = v18["salesTariff"];
                  if (v35 !== undefined) {
                    if (typeof v35 !== "object" || v35 === null || Array.isArray(v35)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff", "must be an object")) return; }
                    else {
                      for (const k36 in v35) if (!(k36 === "customData" || k36 === "id" || k36 === "salesTariffDescription" || k36 === "numEPriceLevels" || k36 === "salesTariffEntry")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/" + pointerToken(k36), "unknown property")) return; }
                      const v37 = v35["customData"];
                      if (v37 !== undefined) {
                        if (checkCustomDataType(v37, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/customData")) return;
                      }
                      const v38 = v35["id"];
                      if (v38 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/id", "required")) return; }
                      else {
                        if (typeof v38 !== "number" || !Number.isInteger(v38)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/id", "must be an integer")) return; }
                      }
                      const v39 = v35["salesTariffDescription"];
                      if (v39 !== undefined) {
                        if (typeof v39 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffDescription", "must be a string")) return; }
                        else if (v39.length > 32 && (v39.length > 64 || codePoints(v39) > 32)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
                      }
                      const v40 = v35["numEPriceLevels"];
                      if (v40 !== undefined) {
                        if (typeof v40 !== "number" || !Number.isInteger(v40)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/numEPriceLevels", "must be an integer")) return; }
                      }
                      const v41 = v35["salesTariffEntry"];
                      if (v41 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", "required")) return; }
                      else {
                        if (!Array.isArray(v41)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", "must be an array")) return; }
                        else if (v41.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                        else {
                          if (v41.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                          for (let i42 = 0; i42 < v41.length; i42++) {
                            const v43 = v41[i42];
                            if (typeof v43 !== "object" || v43 === null || Array.isArray(v43)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42, "must be an object")) return; }
                            else {
                              for (const k44 in v43) if (!(k44 === "customData" || k44 === "relativeTimeInterval" || k44 === "ePriceLevel" || k44 === "consumptionCost")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/" + pointerToken(k44), "unknown property")) return; }
                              const v45 = v43["customData"];
                              if (v45 !== undefined) {
                                if (checkCustomDataType(v45, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/customData")) return;
                              }
                              const v46 = v43["relativeTimeInterval"];
                              if (v46 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/relativeTimeInterval", "required")) return; }
                              else {
                                if (typeof v46 !== "object" || v46 === null || Array.isArray(v46)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/relativeTimeInterval", "must be an object")) return; }
                                else {
                                  for (const k47 in v46) if (!(k47 === "customData" || k47 === "start" || k47 === "duration")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/relativeTimeInterval/" + pointerToken(k47), "unknown property")) return; }
                                  const v48 = v46["customData"];
                                  if (v48 !== undefined) {
                                    if (checkCustomDataType(v48, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/relativeTimeInterval/customData")) return;
                                  }
                                  const v49 = v46["start"];
                                  if (v49 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/relativeTimeInterval/start", "required")) return; }
                                  else {
                                    if (typeof v49 !== "number" || !Number.isInteger(v49)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/relativeTimeInterval/start", "must be an integer")) return; }
                                  }
                                  const v50 = v46["duration"];
                                  if (v50 !== undefined) {
                                    if (typeof v50 !== "number" || !Number.isInteger(v50)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/relativeTimeInterval/duration", "must be an integer")) return; }
                                  }
                                }
                              }
                              const v51 = v43["ePriceLevel"];
                              if (v51 !== undefined) {
                                if (typeof v51 !== "number" || !Number.isInteger(v51)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/ePriceLevel", "must be an integer")) return; }
                                else {
                                  if (v51 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/ePriceLevel", "below minimum 0")) return; }
                                }
                              }
                              const v52 = v43["consumptionCost"];
                              if (v52 !== undefined) {
                                if (!Array.isArray(v52)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost", "must be an array")) return; }
                                else if (v52.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost", "more than maxItems 3")) return; }
                                else {
                                  if (v52.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost", "fewer than minItems 1")) return; }
                                  for (let i53 = 0; i53 < v52.length; i53++) {
                                    const v54 = v52[i53];
                                    if (typeof v54 !== "object" || v54 === null || Array.isArray(v54)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53, "must be an object")) return; }
                                    else {
                                      for (const k55 in v54) if (!(k55 === "customData" || k55 === "startValue" || k55 === "cost")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/" + pointerToken(k55), "unknown property")) return; }
                                      const v56 = v54["customData"];
                                      if (v56 !== undefined) {
                                        if (checkCustomDataType(v56, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/customData")) return;
                                      }
                                      const v57 = v54["startValue"];
                                      if (v57 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/startValue", "required")) return; }
                                      else {
                                        if (typeof v57 !== "number" || !Number.isFinite(v57)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/startValue", "must be a number")) return; }
                                      }
                                      const v58 = v54["cost"];
                                      if (v58 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost", "required")) return; }
                                      else {
                                        if (!Array.isArray(v58)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost", "must be an array")) return; }
                                        else if (v58.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost", "more than maxItems 3")) return; }
                                        else {
                                          if (v58.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost", "fewer than minItems 1")) return; }
                                          for (let i59 = 0; i59 < v58.length; i59++) {
                                            const v60 = v58[i59];
                                            if (typeof v60 !== "object" || v60 === null || Array.isArray(v60)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59, "must be an object")) return; }
                                            else {
                                              for (const k61 in v60) if (!(k61 === "customData" || k61 === "costKind" || k61 === "amount" || k61 === "amountMultiplier")) { if (c.soft("FormatViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/" + pointerToken(k61), "unknown property")) return; }
                                              const v62 = v60["customData"];
                                              if (v62 !== undefined) {
                                                if (checkCustomDataType(v62, c, "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/customData")) return;
                                              }
                                              const v63 = v60["costKind"];
                                              if (v63 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/costKind", "required")) return; }
                                              else {
                                                if (typeof v63 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/costKind", "must be a string")) return; }
                                                else if (!isCostKindEnumType(v63)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/costKind", "not a CostKindEnumType value")) return; }
                                              }
                                              const v64 = v60["amount"];
                                              if (v64 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/amount", "required")) return; }
                                              else {
                                                if (typeof v64 !== "number" || !Number.isInteger(v64)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/amount", "must be an integer")) return; }
                                              }
                                              const v65 = v60["amountMultiplier"];
                                              if (v65 !== undefined) {
                                                if (typeof v65 !== "number" || !Number.isInteger(v65)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/chargingSchedule/" + i17 + "/salesTariff/salesTariffEntry/" + i42 + "/consumptionCost/" + i53 + "/cost/" + i59 + "/amountMultiplier", "must be an integer")) return; }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
          const v66 = v6["transactionId"];
          if (v66 !== undefined) {
            if (typeof v66 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/" + i5 + "/transactionId", "must be a string")) return; }
            else if (v66.length > 36 && (v66.length > 72 || codePoints(v66) > 36)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/" + i5 + "/transactionId", "longer than maxLength 36")) return; }
          }
        }
      }
    }
  }
  const v67 = d["tbc"];
  if (v67 !== undefined) {
    if (typeof v67 !== "boolean") { if (c.fail("TypeConstraintViolation", "/tbc", "must be a boolean")) return; }
  }
  const v68 = d["evseId"];
  if (v68 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v68 !== "number" || !Number.isInteger(v68)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
}

function ReportChargingProfilesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function RequestStartTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "evseId" || k0 === "groupIdToken" || k0 === "idToken" || k0 === "remoteStartId" || k0 === "chargingProfile")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evseId"];
  if (v2 !== undefined) {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v3 = d["groupIdToken"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/groupIdToken", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "additionalInfo" || k4 === "idToken" || k4 === "type")) { if (c.soft("FormatViolation", "/groupIdToken/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/groupIdToken/customData")) return;
      }
      const v6 = v3["additionalInfo"];
      if (v6 !== undefined) {
        if (!Array.isArray(v6)) { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo", "must be an array")) return; }
        else {
          if (v6.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i7 = 0; i7 < v6.length; i7++) {
            const v8 = v6[i7];
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo/" + i7, "must be an object")) return; }
            else {
              for (const k9 in v8) if (!(k9 === "customData" || k9 === "additionalIdToken" || k9 === "type")) { if (c.soft("FormatViolation", "/groupIdToken/additionalInfo/" + i7 + "/" + pointerToken(k9), "unknown property")) return; }
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                if (checkCustomDataType(v10, c, "/groupIdToken/additionalInfo/" + i7 + "/customData")) return;
              }
              const v11 = v8["additionalIdToken"];
              if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/additionalInfo/" + i7 + "/additionalIdToken", "required")) return; }
              else {
                if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo/" + i7 + "/additionalIdToken", "must be a string")) return; }
                else if (v11.length > 36 && (v11.length > 72 || codePoints(v11) > 36)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/additionalInfo/" + i7 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v12 = v8["type"];
              if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/additionalInfo/" + i7 + "/type", "required")) return; }
              else {
                if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo/" + i7 + "/type", "must be a string")) return; }
                else if (v12.length > 50 && (v12.length > 100 || codePoints(v12) > 50)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/additionalInfo/" + i7 + "/type", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
      const v13 = v3["idToken"];
      if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/idToken", "required")) return; }
      else {
        if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/idToken", "must be a string")) return; }
        else if (v13.length > 36 && (v13.length > 72 || codePoints(v13) > 36)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/idToken", "longer than maxLength 36")) return; }
      }
      const v14 = v3["type"];
      if (v14 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/type", "required")) return; }
      else {
        if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/type", "must be a string")) return; }
        else if (!isIdTokenEnumType(v14)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/type", "not a IdTokenEnumType value")) return; }
      }
    }
  }
  const v15 = d["idToken"];
  if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken", "required")) return; }
  else {
    if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail("TypeConstraintViolation", "/idToken", "must be an object")) return; }
    else {
      for (const k16 in v15) if (!(k16 === "customData" || k16 === "additionalInfo" || k16 === "idToken" || k16 === "type")) { if (c.soft("FormatViolation", "/idToken/" + pointerToken(k16), "unknown property")) return; }
      const v17 = v15["customData"];
      if (v17 !== undefined) {
        if (checkCustomDataType(v17, c, "/idToken/customData")) return;
      }
      const v18 = v15["additionalInfo"];
      if (v18 !== undefined) {
        if (!Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo", "must be an array")) return; }
        else {
          if (v18.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i19 = 0; i19 < v18.length; i19++) {
            const v20 = v18[i19];
            if (typeof v20 !== "object" || v20 === null || Array.isArray(v20)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i19, "must be an object")) return; }
            else {
              for (const k21 in v20) if (!(k21 === "customData" || k21 === "additionalIdToken" || k21 === "type")) { if (c.soft("FormatViolation", "/idToken/additionalInfo/" + i19 + "/" + pointerToken(k21), "unknown property")) return; }
              const v22 = v20["customData"];
              if (v22 !== undefined) {
                if (checkCustomDataType(v22, c, "/idToken/additionalInfo/" + i19 + "/customData")) return;
              }
              const v23 = v20["additionalIdToken"];
              if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i19 + "/additionalIdToken", "required")) return; }
              else {
                if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i19 + "/additionalIdToken", "must be a string")) return; }
                else if (v23.length > 36 && (v23.length > 72 || codePoints(v23) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i19 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v24 = v20["type"];
              if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i19 + "/type", "required")) return; }
              else {
                if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i19 + "/type", "must be a string")) return; }
                else if (v24.length > 50 && (v24.length > 100 || codePoints(v24) > 50)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i19 + "/type", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
      const v25 = v15["idToken"];
      if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/idToken", "required")) return; }
      else {
        if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/idToken", "must be a string")) return; }
        else if (v25.length > 36 && (v25.length > 72 || codePoints(v25) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v26 = v15["type"];
      if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/type", "required")) return; }
      else {
        if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/type", "must be a string")) return; }
        else if (!isIdTokenEnumType(v26)) { if (c.soft("PropertyConstraintViolation", "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
    }
  }
  const v27 = d["remoteStartId"];
  if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/remoteStartId", "required")) return; }
  else {
    if (typeof v27 !== "number" || !Number.isInteger(v27)) { if (c.fail("TypeConstraintViolation", "/remoteStartId", "must be an integer")) return; }
  }
  const v28 = d["chargingProfile"];
  if (v28 !== undefined) {
    if (typeof v28 !== "object" || v28 === null || Array.isArray(v28)) { if (c.fail("TypeConstraintViolation", "/chargingProfile", "must be an object")) return; }
    else {
      for (const k29 in v28) if (!(k29 === "customData" || k29 === "id" || k29 === "stackLevel" || k29 === "chargingProfilePurpose" || k29 === "chargingProfileKind" || k29 === "recurrencyKind" || k29 === "validFrom" || k29 === "validTo" || k29 === "chargingSchedule" || k29 === "transactionId")) { if (c.soft("FormatViolation", "/chargingProfile/" + pointerToken(k29), "unknown property")) return; }
      const v30 = v28["customData"];
      if (v30 !== undefined) {
        if (checkCustomDataType(v30, c, "/chargingProfile/customData")) return;
      }
      const v31 = v28["id"];
      if (v31 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/id", "required")) return; }
      else {
        if (typeof v31 !== "number" || !Number.isInteger(v31)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/id", "must be an integer")) return; }
      }
      const v32 = v28["stackLevel"];
      if (v32 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/stackLevel", "required")) return; }
      else {
        if (typeof v32 !== "number" || !Number.isInteger(v32)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/stackLevel", "must be an integer")) return; }
      }
      const v33 = v28["chargingProfilePurpose"];
      if (v33 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingProfilePurpose", "required")) return; }
      else {
        if (typeof v33 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingProfilePurpose", "must be a string")) return; }
        else if (!isChargingProfilePurposeEnumType(v33)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v34 = v28["chargingProfileKind"];
      if (v34 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingProfileKind", "required")) return; }
      else {
        if (typeof v34 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingProfileKind", "must be a string")) return; }
        else if (!isChargingProfileKindEnumType(v34)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return; }
      }
      const v35 = v28["recurrencyKind"];
      if (v35 !== undefined) {
        if (typeof v35 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/recurrencyKind", "must be a string")) return; }
        else if (!isRecurrencyKindEnumType(v35)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/recurrencyKind", "not a RecurrencyKindEnumType value")) return; }
      }
      const v36 = v28["validFrom"];
      if (v36 !== undefined) {
        if (typeof v36 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/validFrom", "must be a string")) return; }
        else if (!isDateTime(v36)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/validFrom", "not an RFC 3339 date-time")) return; }
      }
      const v37 = v28["validTo"];
      if (v37 !== undefined) {
        if (typeof v37 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/validTo", "must be a string")) return; }
        else if (!isDateTime(v37)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/validTo", "not an RFC 3339 date-time")) return; }
      }
      const v38 = v28["chargingSchedule"];
      if (v38 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule", "required")) return; }
      else {
        if (!Array.isArray(v38)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule", "must be an array")) return; }
        else if (v38.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule", "more than maxItems 3")) return; }
        else {
          if (v38.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule", "fewer than minItems 1")) return; }
          for (let i39 = 0; i39 < v38.length; i39++) {
            const v40 = v38[i39];
            if (typeof v40 !== "object" || v40 === null || Array.isArray(v40)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39, "must be an object")) return; }
            else {
              for (const k41 in v40) if (!(k41 === "customData" || k41 === "id" || k41 === "startSchedule" || k41 === "duration" || k41 === "chargingRateUnit" || k41 === "chargingSchedulePeriod" || k41 === "minChargingRate" || k41 === "salesTariff")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i39 + "/" + pointerToken(k41), "unknown property")) return; }
              const v42 = v40["customData"];
              if (v42 !== undefined) {
                if (checkCustomDataType(v42, c, "/chargingProfile/chargingSchedule/" + i39 + "/customData")) return;
              }
              const v43 = v40["id"];
              if (v43 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/id", "required")) return; }
              else {
                if (typeof v43 !== "number" || !Number.isInteger(v43)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/id", "must be an integer")) return; }
              }
              const v44 = v40["startSchedule"];
              if (v44 !== undefined) {
                if (typeof v44 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/startSchedule", "must be a string")) return; }
                else if (!isDateTime(v44)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/startSchedule", "not an RFC 3339 date-time")) return; }
              }
              const v45 = v40["duration"];
              if (v45 !== undefined) {
                if (typeof v45 !== "number" || !Number.isInteger(v45)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/duration", "must be an integer")) return; }
              }
              const v46 = v40["chargingRateUnit"];
              if (v46 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingRateUnit", "required")) return; }
              else {
                if (typeof v46 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingRateUnit", "must be a string")) return; }
                else if (!isChargingRateUnitEnumType(v46)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
              }
              const v47 = v40["chargingSchedulePeriod"];
              if (v47 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod", "required")) return; }
              else {
                if (!Array.isArray(v47)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod", "must be an array")) return; }
                else if (v47.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
                else {
                  if (v47.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
                  for (let i48 = 0; i48 < v47.length; i48++) {
                    const v49 = v47[i48];
                    if (typeof v49 !== "object" || v49 === null || Array.isArray(v49)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48, "must be an object")) return; }
                    else {
                      for (const k50 in v49) if (!(k50 === "customData" || k50 === "startPeriod" || k50 === "limit" || k50 === "numberPhases" || k50 === "phaseToUse")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/" + pointerToken(k50), "unknown property")) return; }
                      const v51 = v49["customData"];
                      if (v51 !== undefined) {
                        if (checkCustomDataType(v51, c, "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/customData")) return;
                      }
                      const v52 = v49["startPeriod"];
                      if (v52 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/startPeriod", "required")) return; }
                      else {
                        if (typeof v52 !== "number" || !Number.isInteger(v52)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/startPeriod", "must be an integer")) return; }
                      }
                      const v53 = v49["limit"];
                      if (v53 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/limit", "required")) return; }
                      else {
                        if (typeof v53 !== "number" || !Number.isFinite(v53)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/limit", "must be a number")) return; }
                      }
                      const v54 = v49["numberPhases"];
                      if (v54 !== undefined) {
                        if (typeof v54 !== "number" || !Number.isInteger(v54)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/numberPhases", "must be an integer")) return; }
                      }
                      const v55 = v49["phaseToUse"];
                      if (v55 !== undefined) {
                        if (typeof v55 !== "number" || !Number.isInteger(v55)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/chargingSchedulePeriod/" + i48 + "/phaseToUse", "must be an integer")) return; }
                      }
                    }
                  }
                }
              }
              const v56 = v40["minChargingRate"];
              if (v56 !== undefined) {
                if (typeof v56 !== "number" || !Number.isFinite(v56)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/minChargingRate", "must be a number")) return; }
              }
              const v57 = v40["salesTariff"];
              if (v57 !== undefined) {
                if (typeof v57 !== "object" || v57 === null || Array.isArray(v57)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff", "must be an object")) return; }
                else {
                  for (const k58 in v57) if (!(k58 === "customData" || k58 === "id" || k58 === "salesTariffDescription" || k58 === "numEPriceLevels" || k58 === "salesTariffEntry")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/" + pointerToken(k58), "unknown property")) return; }
                  const v59 = v57["customData"];
                  if (v59 !== undefined) {
                    if (checkCustomDataType(v59, c, "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/customData")) return;
                  }
                  const v60 = v57["id"];
                  if (v60 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/id", "required")) return; }
                  else {
                    if (typeof v60 !== "number" || !Number.isInteger(v60)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/id", "must be an integer")) return; }
                  }
                  const v61 = v57["salesTariffDescription"];
                  if (v61 !== undefined) {
                    if (typeof v61 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffDescription", "must be a string")) return; }
                    else if (v61.length > 32 && (v61.length > 64 || codePoints(v61) > 32)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
                  }
                  const v62 = v57["numEPriceLevels"];
                  if (v62 !== undefined) {
                    if (typeof v62 !== "number" || !Number.isInteger(v62)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/numEPriceLevels", "must be an integer")) return; }
                  }
                  const v63 = v57["salesTariffEntry"];
                  if (v63 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry", "required")) return; }
                  else {
                    if (!Array.isArray(v63)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry", "must be an array")) return; }
                    else if (v63.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                    else {
                      if (v63.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                      for (let i64 = 0; i64 < v63.length; i64++) {
                        const v65 = v63[i64];
                        if (typeof v65 !== "object" || v65 === null || Array.isArray(v65)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64, "must be an object")) return; }
                        else {
                          for (const k66 in v65) if (!(k66 === "customData" || k66 === "relativeTimeInterval" || k66 === "ePriceLevel" || k66 === "consumptionCost")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/" + pointerToken(k66), "unknown property")) return; }
                          const v67 = v65["customData"];
                          if (v67 !== undefined) {
                            if (checkCustomDataType(v67, c, "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/customData")) return;
                          }
                          const v68 = v65["relativeTimeInterval"];
                          if (v68 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/relativeTimeInterval", "required")) return; }
                          else {
                            if (typeof v68 !== "object" || v68 === null || Array.isArray(v68)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/relativeTimeInterval", "must be an object")) return; }
                            else {
                              for (const k69 in v68) if (!(k69 === "customData" || k69 === "start" || k69 === "duration")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/relativeTimeInterval/" + pointerToken(k69), "unknown property")) return; }
                              const v70 = v68["customData"];
                              if (v70 !== undefined) {
                                if (checkCustomDataType(v70, c, "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/relativeTimeInterval/customData")) return;
                              }
                              const v71 = v68["start"];
                              if (v71 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/relativeTimeInterval/start", "required")) return; }
                              else {
                                if (typeof v71 !== "number" || !Number.isInteger(v71)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/relativeTimeInterval/start", "must be an integer")) return; }
                              }
                              const v72 = v68["duration"];
                              if (v72 !== undefined) {
                                if (typeof v72 !== "number" || !Number.isInteger(v72)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/relativeTimeInterval/duration", "must be an integer")) return; }
                              }
                            }
                          }
                          const v73 = v65["ePriceLevel"];
                          if (v73 !== undefined) {
                            if (typeof v73 !== "number" || !Number.isInteger(v73)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/ePriceLevel", "must be an integer")) return; }
                            else {
                              if (v73 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/ePriceLevel", "below minimum 0")) return; }
                            }
                          }
                          const v74 = v65["consumptionCost"];
                          if (v74 !== undefined) {
                            if (!Array.isArray(v74)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost", "must be an array")) return; }
                            else if (v74.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost", "more than maxItems 3")) return; }
                            else {
                              if (v74.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost", "fewer than minItems 1")) return; }
                              for (let i75 = 0; i75 < v74.length; i75++) {
                                const v76 = v74[i75];
                                if (typeof v76 !== "object" || v76 === null || Array.isArray(v76)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75, "must be an object")) return; }
                                else {
                                  for (const k77 in v76) if (!(k77 === "customData" || k77 === "startValue" || k77 === "cost")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/" + pointerToken(k77), "unknown property")) return; }
                                  const v78 = v76["customData"];
                                  if (v78 !== undefined) {
                                    if (checkCustomDataType(v78, c, "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/customData")) return;
                                  }
                                  const v79 = v76["startValue"];
                                  if (v79 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/startValue", "required")) return; }
                                  else {
                                    if (typeof v79 !== "number" || !Number.isFinite(v79)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/startValue", "must be a number")) return; }
                                  }
                                  const v80 = v76["cost"];
                                  if (v80 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost", "required")) return; }
                                  else {
                                    if (!Array.isArray(v80)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost", "must be an array")) return; }
                                    else if (v80.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost", "more than maxItems 3")) return; }
                                    else {
                                      if (v80.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost", "fewer than minItems 1")) return; }
                                      for (let i81 = 0; i81 < v80.length; i81++) {
                                        const v82 = v80[i81];
                                        if (typeof v82 !== "object" || v82 === null || Array.isArray(v82)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81, "must be an object")) return; }
                                        else {
                                          for (const k83 in v82) if (!(k83 === "customData" || k83 === "costKind" || k83 === "amount" || k83 === "amountMultiplier")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/" + pointerToken(k83), "unknown property")) return; }
                                          const v84 = v82["customData"];
                                          if (v84 !== undefined) {
                                            if (checkCustomDataType(v84, c, "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/customData")) return;
                                          }
                                          const v85 = v82["costKind"];
                                          if (v85 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/costKind", "required")) return; }
                                          else {
                                            if (typeof v85 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/costKind", "must be a string")) return; }
                                            else if (!isCostKindEnumType(v85)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/costKind", "not a CostKindEnumType value")) return; }
                                          }
                                          const v86 = v82["amount"];
                                          if (v86 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/amount", "required")) return; }
                                          else {
                                            if (typeof v86 !== "number" || !Number.isInteger(v86)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/amount", "must be an integer")) return; }
                                          }
                                          const v87 = v82["amountMultiplier"];
                                          if (v87 !== undefined) {
                                            if (typeof v87 !== "number" || !Number.isInteger(v87)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i39 + "/salesTariff/salesTariffEntry/" + i64 + "/consumptionCost/" + i75 + "/cost/" + i81 + "/amountMultiplier", "must be an integer")) return; }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      const v88 = v28["transactionId"];
      if (v88 !== undefined) {
        if (typeof v88 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/transactionId", "must be a string")) return; }
        else if (v88.length > 36 && (v88.length > 72 || codePoints(v88) > 36)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/transactionId", "longer than maxLength 36")) return; }
      }
    }
  }
}

function RequestStartTransactionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo" || k0 === "transactionId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isRequestStartStopStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a RequestStartStopStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
  const v8 = d["transactionId"];
  if (v8 !== undefined) {
    if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/transactionId", "must be a string")) return; }
    else if (v8.length > 36 && (v8.length > 72 || codePoints(v8) > 36)) { if (c.soft("PropertyConstraintViolation", "/transactionId", "longer than maxLength 36")) return; }
  }
}

function RequestStopTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "transactionId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["transactionId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/transactionId", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/transactionId", "must be a string")) return; }
    else if (v2.length > 36 && (v2.length > 72 || codePoints(v2) > 36)) { if (c.soft("PropertyConstraintViolation", "/transactionId", "longer than maxLength 36")) return; }
  }
}

function RequestStopTransactionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isRequestStartStopStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a RequestStartStopStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function ReservationStatusUpdateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "reservationId" || k0 === "reservationUpdateStatus")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["reservationId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reservationId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/reservationId", "must be an integer")) return; }
  }
  const v3 = d["reservationUpdateStatus"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/reservationUpdateStatus", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/reservationUpdateStatus", "must be a string")) return; }
    else if (!isReservationUpdateStatusEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/reservationUpdateStatus", "not a ReservationUpdateStatusEnumType value")) return; }
  }
}

function ReservationStatusUpdateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function ReserveNowRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "id" || k0 === "expiryDateTime" || k0 === "connectorType" || k0 === "idToken" || k0 === "evseId" || k0 === "groupIdToken")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["id"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/id", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/id", "must be an integer")) return; }
  }
  const v3 = d["expiryDateTime"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/expiryDateTime", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/expiryDateTime", "must be a string")) return; }
    else if (!isDateTime(v3)) { if (c.fail("PropertyConstraintViolation", "/expiryDateTime", "not an RFC 3339 date-time")) return; }
  }
  const v4 = d["connectorType"];
  if (v4 !== undefined) {
    if (typeof v4 !== "string") { if (c.fail("TypeConstraintViolation", "/connectorType", "must be a string")) return; }
    else if (!isConnectorEnumType(v4)) { if (c.soft("PropertyConstraintViolation", "/connectorType", "not a ConnectorEnumType value")) return; }
  }
  const v5 = d["idToken"];
  if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken", "required")) return; }
  else {
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/idToken", "must be an object")) return; }
    else {
      for (const k6 in v5) if (!(k6 === "customData" || k6 === "additionalInfo" || k6 === "idToken" || k6 === "type")) { if (c.soft("FormatViolation", "/idToken/" + pointerToken(k6), "unknown property")) return; }
      const v7 = v5["customData"];
      if (v7 !== undefined) {
        if (checkCustomDataType(v7, c, "/idToken/customData")) return;
      }
      const v8 = v5["additionalInfo"];
      if (v8 !== undefined) {
        if (!Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo", "must be an array")) return; }
        else {
          if (v8.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i9 = 0; i9 < v8.length; i9++) {
            const v10 = v8[i9];
            if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i9, "must be an object")) return; }
            else {
              for (const k11 in v10) if (!(k11 === "customData" || k11 === "additionalIdToken" || k11 === "type")) { if (c.soft("FormatViolation", "/idToken/additionalInfo/" + i9 + "/" + pointerToken(k11), "unknown property")) return; }
              const v12 = v10["customData"];
              if (v12 !== undefined) {
                if (checkCustomDataType(v12, c, "/idToken/additionalInfo/" + i9 + "/customData")) return;
              }
              const v13 = v10["additionalIdToken"];
              if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i9 + "/additionalIdToken", "required")) return; }
              else {
                if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i9 + "/additionalIdToken", "must be a string")) return; }
                else if (v13.length > 36 && (v13.length > 72 || codePoints(v13) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i9 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v14 = v10["type"];
              if (v14 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i9 + "/type", "required")) return; }
              else {
                if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i9 + "/type", "must be a string")) return; }
                else if (v14.length > 50 && (v14.length > 100 || codePoints(v14) > 50)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i9 + "/type", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
      const v15 = v5["idToken"];
      if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/idToken", "required")) return; }
      else {
        if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/idToken", "must be a string")) return; }
        else if (v15.length > 36 && (v15.length > 72 || codePoints(v15) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v16 = v5["type"];
      if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/type", "required")) return; }
      else {
        if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/type", "must be a string")) return; }
        else if (!isIdTokenEnumType(v16)) { if (c.soft("PropertyConstraintViolation", "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
    }
  }
  const v17 = d["evseId"];
  if (v17 !== undefined) {
    if (typeof v17 !== "number" || !Number.isInteger(v17)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v18 = d["groupIdToken"];
  if (v18 !== undefined) {
    if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/groupIdToken", "must be an object")) return; }
    else {
      for (const k19 in v18) if (!(k19 === "customData" || k19 === "additionalInfo" || k19 === "idToken" || k19 === "type")) { if (c.soft("FormatViolation", "/groupIdToken/" + pointerToken(k19), "unknown property")) return; }
      const v20 = v18["customData"];
      if (v20 !== undefined) {
        if (checkCustomDataType(v20, c, "/groupIdToken/customData")) return;
      }
      const v21 = v18["additionalInfo"];
      if (v21 !== undefined) {
        if (!Array.isArray(v21)) { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo", "must be an array")) return; }
        else {
          if (v21.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i22 = 0; i22 < v21.length; i22++) {
            const v23 = v21[i22];
            if (typeof v23 !== "object" || v23 === null || Array.isArray(v23)) { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo/" + i22, "must be an object")) return; }
            else {
              for (const k24 in v23) if (!(k24 === "customData" || k24 === "additionalIdToken" || k24 === "type")) { if (c.soft("FormatViolation", "/groupIdToken/additionalInfo/" + i22 + "/" + pointerToken(k24), "unknown property")) return; }
              const v25 = v23["customData"];
              if (v25 !== undefined) {
                if (checkCustomDataType(v25, c, "/groupIdToken/additionalInfo/" + i22 + "/customData")) return;
              }
              const v26 = v23["additionalIdToken"];
              if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/additionalInfo/" + i22 + "/additionalIdToken", "required")) return; }
              else {
                if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo/" + i22 + "/additionalIdToken", "must be a string")) return; }
                else if (v26.length > 36 && (v26.length > 72 || codePoints(v26) > 36)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/additionalInfo/" + i22 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v27 = v23["type"];
              if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/additionalInfo/" + i22 + "/type", "required")) return; }
              else {
                if (typeof v27 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/additionalInfo/" + i22 + "/type", "must be a string")) return; }
                else if (v27.length > 50 && (v27.length > 100 || codePoints(v27) > 50)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/additionalInfo/" + i22 + "/type", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
      const v28 = v18["idToken"];
      if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/idToken", "required")) return; }
      else {
        if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/idToken", "must be a string")) return; }
        else if (v28.length > 36 && (v28.length > 72 || codePoints(v28) > 36)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/idToken", "longer than maxLength 36")) return; }
      }
      const v29 = v18["type"];
      if (v29 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/groupIdToken/type", "required")) return; }
      else {
        if (typeof v29 !== "string") { if (c.fail("TypeConstraintViolation", "/groupIdToken/type", "must be a string")) return; }
        else if (!isIdTokenEnumType(v29)) { if (c.soft("PropertyConstraintViolation", "/groupIdToken/type", "not a IdTokenEnumType value")) return; }
      }
    }
  }
}

function ReserveNowResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isReserveNowStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a ReserveNowStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function ResetRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "type" || k0 === "evseId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["type"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/type", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/type", "must be a string")) return; }
    else if (!isResetEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/type", "not a ResetEnumType value")) return; }
  }
  const v3 = d["evseId"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
}

function ResetResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isResetStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a ResetStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function SecurityEventNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "type" || k0 === "timestamp" || k0 === "techInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["type"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/type", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/type", "must be a string")) return; }
    else if (v2.length > 50 && (v2.length > 100 || codePoints(v2) > 50)) { if (c.soft("PropertyConstraintViolation", "/type", "longer than maxLength 50")) return; }
  }
  const v3 = d["timestamp"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/timestamp", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/timestamp", "must be a string")) return; }
    else if (!isDateTime(v3)) { if (c.fail("PropertyConstraintViolation", "/timestamp", "not an RFC 3339 date-time")) return; }
  }
  const v4 = d["techInfo"];
  if (v4 !== undefined) {
    if (typeof v4 !== "string") { if (c.fail("TypeConstraintViolation", "/techInfo", "must be a string")) return; }
    else if (v4.length > 255 && (v4.length > 510 || codePoints(v4) > 255)) { if (c.soft("PropertyConstraintViolation", "/techInfo", "longer than maxLength 255")) return; }
  }
}

function SecurityEventNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function SendLocalListRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "localAuthorizationList" || k0 === "versionNumber" || k0 === "updateType")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["localAuthorizationList"];
  if (v2 !== undefined) {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "idToken" || k5 === "idTokenInfo")) { if (c.soft("FormatViolation", "/localAuthorizationList/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/localAuthorizationList/" + i3 + "/customData")) return;
          }
          const v7 = v4["idToken"];
          if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken", "required")) return; }
          else {
            if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken", "must be an object")) return; }
            else {
              for (const k8 in v7) if (!(k8 === "customData" || k8 === "additionalInfo" || k8 === "idToken" || k8 === "type")) { if (c.soft("FormatViolation", "/localAuthorizationList/" + i3 + "/idToken/" + pointerToken(k8), "unknown property")) return; }
              const v9 = v7["customData"];
              if (v9 !== undefined) {
                if (checkCustomDataType(v9, c, "/localAuthorizationList/" + i3 + "/idToken/customData")) return;
              }
              const v10 = v7["additionalInfo"];
              if (v10 !== undefined) {
                if (!Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo", "must be an array")) return; }
                else {
                  if (v10.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo", "fewer than minItems 1")) return; }
                  for (let i11 = 0; i11 < v10.length; i11++) {
                    const v12 = v10[i11];
                    if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11, "must be an object")) return; }
                    else {
                      for (const k13 in v12) if (!(k13 === "customData" || k13 === "additionalIdToken" || k13 === "type")) { if (c.soft("FormatViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/" + pointerToken(k13), "unknown property")) return; }
                      const v14 = v12["customData"];
                      if (v14 !== undefined) {
                        if (checkCustomDataType(v14, c, "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/customData")) return;
                      }
                      const v15 = v12["additionalIdToken"];
                      if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/additionalIdToken", "required")) return; }
                      else {
                        if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/additionalIdToken", "must be a string")) return; }
                        else if (v15.length > 36 && (v15.length > 72 || codePoints(v15) > 36)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/additionalIdToken", "longer than maxLength 36")) return; }
                      }
                      const v16 = v12["type"];
                      if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/type", "required")) return; }
                      else {
                        if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/type", "must be a string")) return; }
                        else if (v16.length > 50 && (v16.length > 100 || codePoints(v16) > 50)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/additionalInfo/" + i11 + "/type", "longer than maxLength 50")) return; }
                      }
                    }
                  }
                }
              }
              const v17 = v7["idToken"];
              if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/idToken", "required")) return; }
              else {
                if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/idToken", "must be a string")) return; }
                else if (v17.length > 36 && (v17.length > 72 || codePoints(v17) > 36)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/idToken", "longer than maxLength 36")) return; }
              }
              const v18 = v7["type"];
              if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/type", "required")) return; }
              else {
                if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/type", "must be a string")) return; }
                else if (!isIdTokenEnumType(v18)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idToken/type", "not a IdTokenEnumType value")) return; }
              }
            }
          }
          const v19 = v4["idTokenInfo"];
          if (v19 !== undefined) {
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo", "must be an object")) return; }
            else {
              for (const k20 in v19) if (!(k20 === "customData" || k20 === "status" || k20 === "cacheExpiryDateTime" || k20 === "chargingPriority" || k20 === "language1" || k20 === "evseId" || k20 === "groupIdToken" || k20 === "language2" || k20 === "personalMessage")) { if (c.soft("FormatViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/" + pointerToken(k20), "unknown property")) return; }
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                if (checkCustomDataType(v21, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/customData")) return;
              }
              const v22 = v19["status"];
              if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/status", "required")) return; }
              else {
                if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/status", "must be a string")) return; }
                else if (!isAuthorizationStatusEnumType(v22)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/status", "not a AuthorizationStatusEnumType value")) return; }
              }
              const v23 = v19["cacheExpiryDateTime"];
              if (v23 !== undefined) {
                if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/cacheExpiryDateTime", "must be a string")) return; }
                else if (!isDateTime(v23)) { if (c.fail("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/cacheExpiryDateTime", "not an RFC 3339 date-time")) return; }
              }
              const v24 = v19["chargingPriority"];
              if (v24 !== undefined) {
                if (typeof v24 !== "number" || !Number.isInteger(v24)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/chargingPriority", "must be an integer")) return; }
              }
              const v25 = v19["language1"];
              if (v25 !== undefined) {
                if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/language1", "must be a string")) return; }
                else if (v25.length > 8 && (v25.length > 16 || codePoints(v25) > 8)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/language1", "longer than maxLength 8")) return; }
              }
              const v26 = v19["evseId"];
              if (v26 !== undefined) {
                if (!Array.isArray(v26)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/evseId", "must be an array")) return; }
                else {
                  if (v26.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/evseId", "fewer than minItems 1")) return; }
                  for (let i27 = 0; i27 < v26.length; i27++) {
                    const v28 = v26[i27];
                    if (typeof v28 !== "number" || !Number.isInteger(v28)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/evseId/" + i27, "must be an integer")) return; }
                  }
                }
              }
              const v29 = v19["groupIdToken"];
              if (v29 !== undefined) {
                if (typeof v29 !== "object" || v29 === null || Array.isArray(v29)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken", "must be an object")) return; }
                else {
                  for (const k30 in v29) if (!(k30 === "customData" || k30 === "additionalInfo" || k30 === "idToken" || k30 === "type")) { if (c.soft("FormatViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/" + pointerToken(k30), "unknown property")) return; }
                  const v31 = v29["customData"];
                  if (v31 !== undefined) {
                    if (checkCustomDataType(v31, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/customData")) return;
                  }
                  const v32 = v29["additionalInfo"];
                  if (v32 !== undefined) {
                    if (!Array.isArray(v32)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo", "must be an array")) return; }
                    else {
                      if (v32.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
                      for (let i33 = 0; i33 < v32.length; i33++) {
                        const v34 = v32[i33];
                        if (typeof v34 !== "object" || v34 === null || Array.isArray(v34)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33, "must be an object")) return; }
                        else {
                          for (const k35 in v34) if (!(k35 === "customData" || k35 === "additionalIdToken" || k35 === "type")) { if (c.soft("FormatViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/" + pointerToken(k35), "unknown property")) return; }
                          const v36 = v34["customData"];
                          if (v36 !== undefined) {
                            if (checkCustomDataType(v36, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/customData")) return;
                          }
                          const v37 = v34["additionalIdToken"];
                          if (v37 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/additionalIdToken", "required")) return; }
                          else {
                            if (typeof v37 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/additionalIdToken", "must be a string")) return; }
                            else if (v37.length > 36 && (v37.length > 72 || codePoints(v37) > 36)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/additionalIdToken", "longer than maxLength 36")) return; }
                          }
                          const v38 = v34["type"];
                          if (v38 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/type", "required")) return; }
                          else {
                            if (typeof v38 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/type", "must be a string")) return; }
                            else if (v38.length > 50 && (v38.length > 100 || codePoints(v38) > 50)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/additionalInfo/" + i33 + "/type", "longer than maxLength 50")) return; }
                          }
                        }
                      }
                    }
                  }
                  const v39 = v29["idToken"];
                  if (v39 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/idToken", "required")) return; }
                  else {
                    if (typeof v39 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/idToken", "must be a string")) return; }
                    else if (v39.length > 36 && (v39.length > 72 || codePoints(v39) > 36)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/idToken", "longer than maxLength 36")) return; }
                  }
                  const v40 = v29["type"];
                  if (v40 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/type", "required")) return; }
                  else {
                    if (typeof v40 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/type", "must be a string")) return; }
                    else if (!isIdTokenEnumType(v40)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/groupIdToken/type", "not a IdTokenEnumType value")) return; }
                  }
                }
              }
              const v41 = v19["language2"];
              if (v41 !== undefined) {
                if (typeof v41 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/language2", "must be a string")) return; }
                else if (v41.length > 8 && (v41.length > 16 || codePoints(v41) > 8)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/language2", "longer than maxLength 8")) return; }
              }
              const v42 = v19["personalMessage"];
              if (v42 !== undefined) {
                if (typeof v42 !== "object" || v42 === null || Array.isArray(v42)) { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage", "must be an object")) return; }
                else {
                  for (const k43 in v42) if (!(k43 === "customData" || k43 === "format" || k43 === "language" || k43 === "content")) { if (c.soft("FormatViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/" + pointerToken(k43), "unknown property")) return; }
                  const v44 = v42["customData"];
                  if (v44 !== undefined) {
                    if (checkCustomDataType(v44, c, "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/customData")) return;
                  }
                  const v45 = v42["format"];
                  if (v45 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/format", "required")) return; }
                  else {
                    if (typeof v45 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/format", "must be a string")) return; }
                    else if (!isMessageFormatEnumType(v45)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/format", "not a MessageFormatEnumType value")) return; }
                  }
                  const v46 = v42["language"];
                  if (v46 !== undefined) {
                    if (typeof v46 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/language", "must be a string")) return; }
                    else if (v46.length > 8 && (v46.length > 16 || codePoints(v46) > 8)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/language", "longer than maxLength 8")) return; }
                  }
                  const v47 = v42["content"];
                  if (v47 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/content", "required")) return; }
                  else {
                    if (typeof v47 !== "string") { if (c.fail("TypeConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/content", "must be a string")) return; }
                    else if (v47.length > 512 && (v47.length > 1024 || codePoints(v47) > 512)) { if (c.soft("PropertyConstraintViolation", "/localAuthorizationList/" + i3 + "/idTokenInfo/personalMessage/content", "longer than maxLength 512")) return; }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  const v48 = d["versionNumber"];
  if (v48 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/versionNumber", "required")) return; }
  else {
    if (typeof v48 !== "number" || !Number.isInteger(v48)) { if (c.fail("TypeConstraintViolation", "/versionNumber", "must be an integer")) return; }
  }
  const v49 = d["updateType"];
  if (v49 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/updateType", "required")) return; }
  else {
    if (typeof v49 !== "string") { if (c.fail("TypeConstraintViolation", "/updateType", "must be a string")) return; }
    else if (!isUpdateEnumType(v49)) { if (c.soft("PropertyConstraintViolation", "/updateType", "not a UpdateEnumType value")) return; }
  }
}

function SendLocalListResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isSendLocalListStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a SendLocalListStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function SetChargingProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "evseId" || k0 === "chargingProfile")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evseId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v3 = d["chargingProfile"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile", "required")) return; }
  else {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/chargingProfile", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "id" || k4 === "stackLevel" || k4 === "chargingProfilePurpose" || k4 === "chargingProfileKind" || k4 === "recurrencyKind" || k4 === "validFrom" || k4 === "validTo" || k4 === "chargingSchedule" || k4 === "transactionId")) { if (c.soft("FormatViolation", "/chargingProfile/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/chargingProfile/customData")) return;
      }
      const v6 = v3["id"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/id", "required")) return; }
      else {
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/id", "must be an integer")) return; }
      }
      const v7 = v3["stackLevel"];
      if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/stackLevel", "required")) return; }
      else {
        if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/stackLevel", "must be an integer")) return; }
      }
      const v8 = v3["chargingProfilePurpose"];
      if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingProfilePurpose", "required")) return; }
      else {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingProfilePurpose", "must be a string")) return; }
        else if (!isChargingProfilePurposeEnumType(v8)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingProfilePurpose", "not a ChargingProfilePurposeEnumType value")) return; }
      }
      const v9 = v3["chargingProfileKind"];
      if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingProfileKind", "required")) return; }
      else {
        if (typeof v9 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingProfileKind", "must be a string")) return; }
        else if (!isChargingProfileKindEnumType(v9)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingProfileKind", "not a ChargingProfileKindEnumType value")) return; }
      }
      const v10 = v3["recurrencyKind"];
      if (v10 !== undefined) {
        if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/recurrencyKind", "must be a string")) return; }
        else if (!isRecurrencyKindEnumType(v10)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/recurrencyKind", "not a RecurrencyKindEnumType value")) return; }
      }
      const v11 = v3["validFrom"];
      if (v11 !== undefined) {
        if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/validFrom", "must be a string")) return; }
        else if (!isDateTime(v11)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/validFrom", "not an RFC 3339 date-time")) return; }
      }
      const v12 = v3["validTo"];
      if (v12 !== undefined) {
        if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/validTo", "must be a string")) return; }
        else if (!isDateTime(v12)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/validTo", "not an RFC 3339 date-time")) return; }
      }
      const v13 = v3["chargingSchedule"];
      if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule", "required")) return; }
      else {
        if (!Array.isArray(v13)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule", "must be an array")) return; }
        else if (v13.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule", "more than maxItems 3")) return; }
        else {
          if (v13.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule", "fewer than minItems 1")) return; }
          for (let i14 = 0; i14 < v13.length; i14++) {
            const v15 = v13[i14];
            if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14, "must be an object")) return; }
            else {
              for (const k16 in v15) if (!(k16 === "customData" || k16 === "id" || k16 === "startSchedule" || k16 === "duration" || k16 === "chargingRateUnit" || k16 === "chargingSchedulePeriod" || k16 === "minChargingRate" || k16 === "salesTariff")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i14 + "/" + pointerToken(k16), "unknown property")) return; }
              const v17 = v15["customData"];
              if (v17 !== undefined) {
                if (checkCustomDataType(v17, c, "/chargingProfile/chargingSchedule/" + i14 + "/customData")) return;
              }
              const v18 = v15["id"];
              if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/id", "required")) return; }
              else {
                if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/id", "must be an integer")) return; }
              }
              const v19 = v15["startSchedule"];
              if (v19 !== undefined) {
                if (typeof v19 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/startSchedule", "must be a string")) return; }
                else if (!isDateTime(v19)) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/startSchedule", "not an RFC 3339 date-time")) return; }
              }
              const v20 = v15["duration"];
              if (v20 !== undefined) {
                if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/duration", "must be an integer")) return; }
              }
              const v21 = v15["chargingRateUnit"];
              if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingRateUnit", "required")) return; }
              else {
                if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingRateUnit", "must be a string")) return; }
                else if (!isChargingRateUnitEnumType(v21)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingRateUnit", "not a ChargingRateUnitEnumType value")) return; }
              }
              const v22 = v15["chargingSchedulePeriod"];
              if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", "required")) return; }
              else {
                if (!Array.isArray(v22)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", "must be an array")) return; }
                else if (v22.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", "more than maxItems 1024")) return; }
                else {
                  if (v22.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod", "fewer than minItems 1")) return; }
                  for (let i23 = 0; i23 < v22.length; i23++) {
                    const v24 = v22[i23];
                    if (typeof v24 !== "object" || v24 === null || Array.isArray(v24)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23, "must be an object")) return; }
                    else {
                      for (const k25 in v24) if (!(k25 === "customData" || k25 === "startPeriod" || k25 === "limit" || k25 === "numberPhases" || k25 === "phaseToUse")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/" + pointerToken(k25), "unknown property")) return; }
                      const v26 = v24["customData"];
                      if (v26 !== undefined) {
                        if (checkCustomDataType(v26, c, "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/customData")) return;
                      }
                      const v27 = v24["startPeriod"];
                      if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/startPeriod", "required")) return; }
                      else {
                        if (typeof v27 !== "number" || !Number.isInteger(v27)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/startPeriod", "must be an integer")) return; }
                      }
                      const v28 = v24["limit"];
                      if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/limit", "required")) return; }
                      else {
                        if (typeof v28 !== "number" || !Number.isFinite(v28)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/limit", "must be a number")) return; }
                      }
                      const v29 = v24["numberPhases"];
                      if (v29 !== undefined) {
                        if (typeof v29 !== "number" || !Number.isInteger(v29)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/numberPhases", "must be an integer")) return; }
                      }
                      const v30 = v24["phaseToUse"];
                      if (v30 !== undefined) {
                        if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/chargingSchedulePeriod/" + i23 + "/phaseToUse", "must be an integer")) return; }
                      }
                    }
                  }
                }
              }
              const v31 = v15["minChargingRate"];
              if (v31 !== undefined) {
                if (typeof v31 !== "number" || !Number.isFinite(v31)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/minChargingRate", "must be a number")) return; }
              }
              const v32 = v15["salesTariff"];
              if (v32 !== undefined) {
                if (typeof v32 !== "object" || v32 === null || Array.isArray(v32)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff", "must be an object")) return; }
                else {
                  for (const k33 in v32) if (!(k33 === "customData" || k33 === "id" || k33 === "salesTariffDescription" || k33 === "numEPriceLevels" || k33 === "salesTariffEntry")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/" + pointerToken(k33), "unknown property")) return; }
                  const v34 = v32["customData"];
                  if (v34 !== undefined) {
                    if (checkCustomDataType(v34, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/customData")) return;
                  }
                  const v35 = v32["id"];
                  if (v35 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/id", "required")) return; }
                  else {
                    if (typeof v35 !== "number" || !Number.isInteger(v35)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/id", "must be an integer")) return; }
                  }
                  const v36 = v32["salesTariffDescription"];
                  if (v36 !== undefined) {
                    if (typeof v36 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffDescription", "must be a string")) return; }
                    else if (v36.length > 32 && (v36.length > 64 || codePoints(v36) > 32)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffDescription", "longer than maxLength 32")) return; }
                  }
                  const v37 = v32["numEPriceLevels"];
                  if (v37 !== undefined) {
                    if (typeof v37 !== "number" || !Number.isInteger(v37)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/numEPriceLevels", "must be an integer")) return; }
                  }
                  const v38 = v32["salesTariffEntry"];
                  if (v38 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", "required")) return; }
                  else {
                    if (!Array.isArray(v38)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", "must be an array")) return; }
                    else if (v38.length > 1024) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", "more than maxItems 1024")) return; }
                    else {
                      if (v38.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry", "fewer than minItems 1")) return; }
                      for (let i39 = 0; i39 < v38.length; i39++) {
                        const v40 = v38[i39];
                        if (typeof v40 !== "object" || v40 === null || Array.isArray(v40)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39, "must be an object")) return; }
                        else {
                          for (const k41 in v40) if (!(k41 === "customData" || k41 === "relativeTimeInterval" || k41 === "ePriceLevel" || k41 === "consumptionCost")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/" + pointerToken(k41), "unknown property")) return; }
                          const v42 = v40["customData"];
                          if (v42 !== undefined) {
                            if (checkCustomDataType(v42, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/customData")) return;
                          }
                          const v43 = v40["relativeTimeInterval"];
                          if (v43 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/relativeTimeInterval", "required")) return; }
                          else {
                            if (typeof v43 !== "object" || v43 === null || Array.isArray(v43)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/relativeTimeInterval", "must be an object")) return; }
                            else {
                              for (const k44 in v43) if (!(k44 === "customData" || k44 === "start" || k44 === "duration")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/relativeTimeInterval/" + pointerToken(k44), "unknown property")) return; }
                              const v45 = v43["customData"];
                              if (v45 !== undefined) {
                                if (checkCustomDataType(v45, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/relativeTimeInterval/customData")) return;
                              }
                              const v46 = v43["start"];
                              if (v46 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/relativeTimeInterval/start", "required")) return; }
                              else {
                                if (typeof v46 !== "number" || !Number.isInteger(v46)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/relativeTimeInterval/start", "must be an integer")) return; }
                              }
                              const v47 = v43["duration"];
                              if (v47 !== undefined) {
                                if (typeof v47 !== "number" || !Number.isInteger(v47)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/relativeTimeInterval/duration", "must be an integer")) return; }
                              }
                            }
                          }
                          const v48 = v40["ePriceLevel"];
                          if (v48 !== undefined) {
                            if (typeof v48 !== "number" || !Number.isInteger(v48)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/ePriceLevel", "must be an integer")) return; }
                            else {
                              if (v48 < 0) { if (c.fail("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/ePriceLevel", "below minimum 0")) return; }
                            }
                          }
                          const v49 = v40["consumptionCost"];
                          if (v49 !== undefined) {
                            if (!Array.isArray(v49)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost", "must be an array")) return; }
                            else if (v49.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost", "more than maxItems 3")) return; }
                            else {
                              if (v49.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost", "fewer than minItems 1")) return; }
                              for (let i50 = 0; i50 < v49.length; i50++) {
                                const v51 = v49[i50];
                                if (typeof v51 !== "object" || v51 === null || Array.isArray(v51)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50, "must be an object")) return; }
                                else {
                                  for (const k52 in v51) if (!(k52 === "customData" || k52 === "startValue" || k52 === "cost")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/" + pointerToken(k52), "unknown property")) return; }
                                  const v53 = v51["customData"];
                                  if (v53 !== undefined) {
                                    if (checkCustomDataType(v53, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/customData")) return;
                                  }
                                  const v54 = v51["startValue"];
                                  if (v54 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/startValue", "required")) return; }
                                  else {
                                    if (typeof v54 !== "number" || !Number.isFinite(v54)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/startValue", "must be a number")) return; }
                                  }
                                  const v55 = v51["cost"];
                                  if (v55 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost", "required")) return; }
                                  else {
                                    if (!Array.isArray(v55)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost", "must be an array")) return; }
                                    else if (v55.length > 3) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost", "more than maxItems 3")) return; }
                                    else {
                                      if (v55.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost", "fewer than minItems 1")) return; }
                                      for (let i56 = 0; i56 < v55.length; i56++) {
                                        const v57 = v55[i56];
                                        if (typeof v57 !== "object" || v57 === null || Array.isArray(v57)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56, "must be an object")) return; }
                                        else {
                                          for (const k58 in v57) if (!(k58 === "customData" || k58 === "costKind" || k58 === "amount" || k58 === "amountMultiplier")) { if (c.soft("FormatViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/" + pointerToken(k58), "unknown property")) return; }
                                          const v59 = v57["customData"];
                                          if (v59 !== undefined) {
                                            if (checkCustomDataType(v59, c, "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/customData")) return;
                                          }
                                          const v60 = v57["costKind"];
                                          if (v60 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/costKind", "required")) return; }
                                          else {
                                            if (typeof v60 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/costKind", "must be a string")) return; }
                                            else if (!isCostKindEnumType(v60)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/costKind", "not a CostKindEnumType value")) return; }
                                          }
                                          const v61 = v57["amount"];
                                          if (v61 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/amount", "required")) return; }
                                          else {
                                            if (typeof v61 !== "number" || !Number.isInteger(v61)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/amount", "must be an integer")) return; }
                                          }
                                          const v62 = v57["amountMultiplier"];
                                          if (v62 !== undefined) {
                                            if (typeof v62 !== "number" || !Number.isInteger(v62)) { if (c.fail("TypeConstraintViolation", "/chargingProfile/chargingSchedule/" + i14 + "/salesTariff/salesTariffEntry/" + i39 + "/consumptionCost/" + i50 + "/cost/" + i56 + "/amountMultiplier", "must be an integer")) return; }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      const v63 = v3["transactionId"];
      if (v63 !== undefined) {
        if (typeof v63 !== "string") { if (c.fail("TypeConstraintViolation", "/chargingProfile/transactionId", "must be a string")) return; }
        else if (v63.length > 36 && (v63.length > 72 || codePoints(v63) > 36)) { if (c.soft("PropertyConstraintViolation", "/chargingProfile/transactionId", "longer than maxLength 36")) return; }
      }
    }
  }
}

function SetChargingProfileResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isChargingProfileStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a ChargingProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function SetDisplayMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "message")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["message"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message", "required")) return; }
  else {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/message", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "display" || k3 === "id" || k3 === "priority" || k3 === "state" || k3 === "startDateTime" || k3 === "endDateTime" || k3 === "transactionId" || k3 === "message")) { if (c.soft("FormatViolation", "/message/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/message/customData")) return;
      }
      const v5 = v2["display"];
      if (v5 !== undefined) {
        if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/message/display", "must be an object")) return; }
        else {
          for (const k6 in v5) if (!(k6 === "customData" || k6 === "evse" || k6 === "name" || k6 === "instance")) { if (c.soft("FormatViolation", "/message/display/" + pointerToken(k6), "unknown property")) return; }
          const v7 = v5["customData"];
          if (v7 !== undefined) {
            if (checkCustomDataType(v7, c, "/message/display/customData")) return;
          }
          const v8 = v5["evse"];
          if (v8 !== undefined) {
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/message/display/evse", "must be an object")) return; }
            else {
              for (const k9 in v8) if (!(k9 === "customData" || k9 === "id" || k9 === "connectorId")) { if (c.soft("FormatViolation", "/message/display/evse/" + pointerToken(k9), "unknown property")) return; }
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                if (checkCustomDataType(v10, c, "/message/display/evse/customData")) return;
              }
              const v11 = v8["id"];
              if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message/display/evse/id", "required")) return; }
              else {
                if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail("TypeConstraintViolation", "/message/display/evse/id", "must be an integer")) return; }
              }
              const v12 = v8["connectorId"];
              if (v12 !== undefined) {
                if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail("TypeConstraintViolation", "/message/display/evse/connectorId", "must be an integer")) return; }
              }
            }
          }
          const v13 = v5["name"];
          if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message/display/name", "required")) return; }
          else {
            if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/message/display/name", "must be a string")) return; }
            else if (v13.length > 50 && (v13.length > 100 || codePoints(v13) > 50)) { if (c.soft("PropertyConstraintViolation", "/message/display/name", "longer than maxLength 50")) return; }
          }
          const v14 = v5["instance"];
          if (v14 !== undefined) {
            if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/message/display/instance", "must be a string")) return; }
            else if (v14.length > 50 && (v14.length > 100 || codePoints(v14) > 50)) { if (c.soft("PropertyConstraintViolation", "/message/display/instance", "longer than maxLength 50")) return; }
          }
        }
      }
      const v15 = v2["id"];
      if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message/id", "required")) return; }
      else {
        if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail("TypeConstraintViolation", "/message/id", "must be an integer")) return; }
      }
      const v16 = v2["priority"];
      if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message/priority", "required")) return; }
      else {
        if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/message/priority", "must be a string")) return; }
        else if (!isMessagePriorityEnumType(v16)) { if (c.soft("PropertyConstraintViolation", "/message/priority", "not a MessagePriorityEnumType value")) return; }
      }
      const v17 = v2["state"];
      if (v17 !== undefined) {
        if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/message/state", "must be a string")) return; }
        else if (!isMessageStateEnumType(v17)) { if (c.soft("PropertyConstraintViolation", "/message/state", "not a MessageStateEnumType value")) return; }
      }
      const v18 = v2["startDateTime"];
      if (v18 !== undefined) {
        if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/message/startDateTime", "must be a string")) return; }
        else if (!isDateTime(v18)) { if (c.fail("PropertyConstraintViolation", "/message/startDateTime", "not an RFC 3339 date-time")) return; }
      }
      const v19 = v2["endDateTime"];
      if (v19 !== undefined) {
        if (typeof v19 !== "string") { if (c.fail("TypeConstraintViolation", "/message/endDateTime", "must be a string")) return; }
        else if (!isDateTime(v19)) { if (c.fail("PropertyConstraintViolation", "/message/endDateTime", "not an RFC 3339 date-time")) return; }
      }
      const v20 = v2["transactionId"];
      if (v20 !== undefined) {
        if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/message/transactionId", "must be a string")) return; }
        else if (v20.length > 36 && (v20.length > 72 || codePoints(v20) > 36)) { if (c.soft("PropertyConstraintViolation", "/message/transactionId", "longer than maxLength 36")) return; }
      }
      const v21 = v2["message"];
      if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message/message", "required")) return; }
      else {
        if (typeof v21 !== "object" || v21 === null || Array.isArray(v21)) { if (c.fail("TypeConstraintViolation", "/message/message", "must be an object")) return; }
        else {
          for (const k22 in v21) if (!(k22 === "customData" || k22 === "format" || k22 === "language" || k22 === "content")) { if (c.soft("FormatViolation", "/message/message/" + pointerToken(k22), "unknown property")) return; }
          const v23 = v21["customData"];
          if (v23 !== undefined) {
            if (checkCustomDataType(v23, c, "/message/message/customData")) return;
          }
          const v24 = v21["format"];
          if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message/message/format", "required")) return; }
          else {
            if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/message/message/format", "must be a string")) return; }
            else if (!isMessageFormatEnumType(v24)) { if (c.soft("PropertyConstraintViolation", "/message/message/format", "not a MessageFormatEnumType value")) return; }
          }
          const v25 = v21["language"];
          if (v25 !== undefined) {
            if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/message/message/language", "must be a string")) return; }
            else if (v25.length > 8 && (v25.length > 16 || codePoints(v25) > 8)) { if (c.soft("PropertyConstraintViolation", "/message/message/language", "longer than maxLength 8")) return; }
          }
          const v26 = v21["content"];
          if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/message/message/content", "required")) return; }
          else {
            if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/message/message/content", "must be a string")) return; }
            else if (v26.length > 512 && (v26.length > 1024 || codePoints(v26) > 512)) { if (c.soft("PropertyConstraintViolation", "/message/message/content", "longer than maxLength 512")) return; }
          }
        }
      }
    }
  }
}

function SetDisplayMessageResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isDisplayMessageStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a DisplayMessageStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function SetMonitoringBaseRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "monitoringBase")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["monitoringBase"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/monitoringBase", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/monitoringBase", "must be a string")) return; }
    else if (!isMonitoringBaseEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/monitoringBase", "not a MonitoringBaseEnumType value")) return; }
  }
}

function SetMonitoringBaseResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericDeviceModelStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericDeviceModelStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function SetMonitoringLevelRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "severity")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["severity"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/severity", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/severity", "must be an integer")) return; }
  }
}

function SetMonitoringLevelResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function SetNetworkProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "configurationSlot" || k0 === "connectionData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["configurationSlot"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/configurationSlot", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/configurationSlot", "must be an integer")) return; }
  }
  const v3 = d["connectionData"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData", "required")) return; }
  else {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/connectionData", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "apn" || k4 === "ocppVersion" || k4 === "ocppTransport" || k4 === "ocppCsmsUrl" || k4 === "messageTimeout" || k4 === "securityProfile" || k4 === "ocppInterface" || k4 === "vpn")) { if (c.soft("FormatViolation", "/connectionData/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/connectionData/customData")) return;
      }
      const v6 = v3["apn"];
      if (v6 !== undefined) {
        if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) { if (c.fail("TypeConstraintViolation", "/connectionData/apn", "must be an object")) return; }
        else {
          for (const k7 in v6) if (!(k7 === "customData" || k7 === "apn" || k7 === "apnUserName" || k7 === "apnPassword" || k7 === "simPin" || k7 === "preferredNetwork" || k7 === "useOnlyPreferredNetwork" || k7 === "apnAuthentication")) { if (c.soft("FormatViolation", "/connectionData/apn/" + pointerToken(k7), "unknown property")) return; }
          const v8 = v6["customData"];
          if (v8 !== undefined) {
            if (checkCustomDataType(v8, c, "/connectionData/apn/customData")) return;
          }
          const v9 = v6["apn"];
          if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/apn/apn", "required")) return; }
          else {
            if (typeof v9 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/apn/apn", "must be a string")) return; }
            else if (v9.length > 512 && (v9.length > 1024 || codePoints(v9) > 512)) { if (c.soft("PropertyConstraintViolation", "/connectionData/apn/apn", "longer than maxLength 512")) return; }
          }
          const v10 = v6["apnUserName"];
          if (v10 !== undefined) {
            if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/apn/apnUserName", "must be a string")) return; }
            else if (v10.length > 20 && (v10.length > 40 || codePoints(v10) > 20)) { if (c.soft("PropertyConstraintViolation", "/connectionData/apn/apnUserName", "longer than maxLength 20")) return; }
          }
          const v11 = v6["apnPassword"];
          if (v11 !== undefined) {
            if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/apn/apnPassword", "must be a string")) return; }
            else if (v11.length > 20 && (v11.length > 40 || codePoints(v11) > 20)) { if (c.soft("PropertyConstraintViolation", "/connectionData/apn/apnPassword", "longer than maxLength 20")) return; }
          }
          const v12 = v6["simPin"];
          if (v12 !== undefined) {
            if (typeof v12 !== "number" || !Number.isInteger(v12)) { if (c.fail("TypeConstraintViolation", "/connectionData/apn/simPin", "must be an integer")) return; }
          }
          const v13 = v6["preferredNetwork"];
          if (v13 !== undefined) {
            if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/apn/preferredNetwork", "must be a string")) return; }
            else if (v13.length > 6 && (v13.length > 12 || codePoints(v13) > 6)) { if (c.soft("PropertyConstraintViolation", "/connectionData/apn/preferredNetwork", "longer than maxLength 6")) return; }
          }
          const v14 = v6["useOnlyPreferredNetwork"];
          if (v14 !== undefined) {
            if (typeof v14 !== "boolean") { if (c.fail("TypeConstraintViolation", "/connectionData/apn/useOnlyPreferredNetwork", "must be a boolean")) return; }
          }
          const v15 = v6["apnAuthentication"];
          if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/apn/apnAuthentication", "required")) return; }
          else {
            if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/apn/apnAuthentication", "must be a string")) return; }
            else if (!isAPNAuthenticationEnumType(v15)) { if (c.soft("PropertyConstraintViolation", "/connectionData/apn/apnAuthentication", "not a APNAuthenticationEnumType value")) return; }
          }
        }
      }
      const v16 = v3["ocppVersion"];
      if (v16 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/ocppVersion", "required")) return; }
      else {
        if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/ocppVersion", "must be a string")) return; }
        else if (!isOCPPVersionEnumType(v16)) { if (c.soft("PropertyConstraintViolation", "/connectionData/ocppVersion", "not a OCPPVersionEnumType value")) return; }
      }
      const v17 = v3["ocppTransport"];
      if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/ocppTransport", "required")) return; }
      else {
        if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/ocppTransport", "must be a string")) return; }
        else if (!isOCPPTransportEnumType(v17)) { if (c.soft("PropertyConstraintViolation", "/connectionData/ocppTransport", "not a OCPPTransportEnumType value")) return; }
      }
      const v18 = v3["ocppCsmsUrl"];
      if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/ocppCsmsUrl", "required")) return; }
      else {
        if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/ocppCsmsUrl", "must be a string")) return; }
        else if (v18.length > 512 && (v18.length > 1024 || codePoints(v18) > 512)) { if (c.soft("PropertyConstraintViolation", "/connectionData/ocppCsmsUrl", "longer than maxLength 512")) return; }
      }
      const v19 = v3["messageTimeout"];
      if (v19 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/messageTimeout", "required")) return; }
      else {
        if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail("TypeConstraintViolation", "/connectionData/messageTimeout", "must be an integer")) return; }
      }
      const v20 = v3["securityProfile"];
      if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/securityProfile", "required")) return; }
      else {
        if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail("TypeConstraintViolation", "/connectionData/securityProfile", "must be an integer")) return; }
      }
      const v21 = v3["ocppInterface"];
      if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/ocppInterface", "required")) return; }
      else {
        if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/ocppInterface", "must be a string")) return; }
        else if (!isOCPPInterfaceEnumType(v21)) { if (c.soft("PropertyConstraintViolation", "/connectionData/ocppInterface", "not a OCPPInterfaceEnumType value")) return; }
      }
      const v22 = v3["vpn"];
      if (v22 !== undefined) {
        if (typeof v22 !== "object" || v22 === null || Array.isArray(v22)) { if (c.fail("TypeConstraintViolation", "/connectionData/vpn", "must be an object")) return; }
        else {
          for (const k23 in v22) if (!(k23 === "customData" || k23 === "server" || k23 === "user" || k23 === "group" || k23 === "password" || k23 === "key" || k23 === "type")) { if (c.soft("FormatViolation", "/connectionData/vpn/" + pointerToken(k23), "unknown property")) return; }
          const v24 = v22["customData"];
          if (v24 !== undefined) {
            if (checkCustomDataType(v24, c, "/connectionData/vpn/customData")) return;
          }
          const v25 = v22["server"];
          if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/vpn/server", "required")) return; }
          else {
            if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/vpn/server", "must be a string")) return; }
            else if (v25.length > 512 && (v25.length > 1024 || codePoints(v25) > 512)) { if (c.soft("PropertyConstraintViolation", "/connectionData/vpn/server", "longer than maxLength 512")) return; }
          }
          const v26 = v22["user"];
          if (v26 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/vpn/user", "required")) return; }
          else {
            if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/vpn/user", "must be a string")) return; }
            else if (v26.length > 20 && (v26.length > 40 || codePoints(v26) > 20)) { if (c.soft("PropertyConstraintViolation", "/connectionData/vpn/user", "longer than maxLength 20")) return; }
          }
          const v27 = v22["group"];
          if (v27 !== undefined) {
            if (typeof v27 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/vpn/group", "must be a string")) return; }
            else if (v27.length > 20 && (v27.length > 40 || codePoints(v27) > 20)) { if (c.soft("PropertyConstraintViolation", "/connectionData/vpn/group", "longer than maxLength 20")) return; }
          }
          const v28 = v22["password"];
          if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/vpn/password", "required")) return; }
          else {
            if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/vpn/password", "must be a string")) return; }
            else if (v28.length > 20 && (v28.length > 40 || codePoints(v28) > 20)) { if (c.soft("PropertyConstraintViolation", "/connectionData/vpn/password", "longer than maxLength 20")) return; }
          }
          const v29 = v22["key"];
          if (v29 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/vpn/key", "required")) return; }
          else {
            if (typeof v29 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/vpn/key", "must be a string")) return; }
            else if (v29.length > 255 && (v29.length > 510 || codePoints(v29) > 255)) { if (c.soft("PropertyConstraintViolation", "/connectionData/vpn/key", "longer than maxLength 255")) return; }
          }
          const v30 = v22["type"];
          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectionData/vpn/type", "required")) return; }
          else {
            if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/connectionData/vpn/type", "must be a string")) return; }
            else if (!isVPNEnumType(v30)) { if (c.soft("PropertyConstraintViolation", "/connectionData/vpn/type", "not a VPNEnumType value")) return; }
          }
        }
      }
    }
  }
}

function SetNetworkProfileResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isSetNetworkProfileStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a SetNetworkProfileStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function SetVariableMonitoringRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "setMonitoringData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["setMonitoringData"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "id" || k5 === "transaction" || k5 === "value" || k5 === "type" || k5 === "severity" || k5 === "component" || k5 === "variable")) { if (c.soft("FormatViolation", "/setMonitoringData/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/setMonitoringData/" + i3 + "/customData")) return;
          }
          const v7 = v4["id"];
          if (v7 !== undefined) {
            if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/id", "must be an integer")) return; }
          }
          const v8 = v4["transaction"];
          if (v8 !== undefined) {
            if (typeof v8 !== "boolean") { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/transaction", "must be a boolean")) return; }
          }
          const v9 = v4["value"];
          if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/value", "required")) return; }
          else {
            if (typeof v9 !== "number" || !Number.isFinite(v9)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/value", "must be a number")) return; }
          }
          const v10 = v4["type"];
          if (v10 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/type", "required")) return; }
          else {
            if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/type", "must be a string")) return; }
            else if (!isMonitorEnumType(v10)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringData/" + i3 + "/type", "not a MonitorEnumType value")) return; }
          }
          const v11 = v4["severity"];
          if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/severity", "required")) return; }
          else {
            if (typeof v11 !== "number" || !Number.isInteger(v11)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/severity", "must be an integer")) return; }
          }
          const v12 = v4["component"];
          if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k13 in v12) if (!(k13 === "customData" || k13 === "evse" || k13 === "name" || k13 === "instance")) { if (c.soft("FormatViolation", "/setMonitoringData/" + i3 + "/component/" + pointerToken(k13), "unknown property")) return; }
              const v14 = v12["customData"];
              if (v14 !== undefined) {
                if (checkCustomDataType(v14, c, "/setMonitoringData/" + i3 + "/component/customData")) return;
              }
              const v15 = v12["evse"];
              if (v15 !== undefined) {
                if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k16 in v15) if (!(k16 === "customData" || k16 === "id" || k16 === "connectorId")) { if (c.soft("FormatViolation", "/setMonitoringData/" + i3 + "/component/evse/" + pointerToken(k16), "unknown property")) return; }
                  const v17 = v15["customData"];
                  if (v17 !== undefined) {
                    if (checkCustomDataType(v17, c, "/setMonitoringData/" + i3 + "/component/evse/customData")) return;
                  }
                  const v18 = v15["id"];
                  if (v18 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v18 !== "number" || !Number.isInteger(v18)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v19 = v15["connectorId"];
                  if (v19 !== undefined) {
                    if (typeof v19 !== "number" || !Number.isInteger(v19)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v20 = v12["name"];
              if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v20 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/component/name", "must be a string")) return; }
                else if (v20.length > 50 && (v20.length > 100 || codePoints(v20) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringData/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v21 = v12["instance"];
              if (v21 !== undefined) {
                if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v21.length > 50 && (v21.length > 100 || codePoints(v21) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringData/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v22 = v4["variable"];
          if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/variable", "required")) return; }
          else {
            if (typeof v22 !== "object" || v22 === null || Array.isArray(v22)) { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k23 in v22) if (!(k23 === "customData" || k23 === "name" || k23 === "instance")) { if (c.soft("FormatViolation", "/setMonitoringData/" + i3 + "/variable/" + pointerToken(k23), "unknown property")) return; }
              const v24 = v22["customData"];
              if (v24 !== undefined) {
                if (checkCustomDataType(v24, c, "/setMonitoringData/" + i3 + "/variable/customData")) return;
              }
              const v25 = v22["name"];
              if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringData/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v25.length > 50 && (v25.length > 100 || codePoints(v25) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringData/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v26 = v22["instance"];
              if (v26 !== undefined) {
                if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringData/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v26.length > 50 && (v26.length > 100 || codePoints(v26) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringData/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
}

function SetVariableMonitoringResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "setMonitoringResult")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["setMonitoringResult"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "id" || k5 === "statusInfo" || k5 === "status" || k5 === "type" || k5 === "component" || k5 === "variable" || k5 === "severity")) { if (c.soft("FormatViolation", "/setMonitoringResult/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/setMonitoringResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["id"];
          if (v7 !== undefined) {
            if (typeof v7 !== "number" || !Number.isInteger(v7)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/id", "must be an integer")) return; }
          }
          const v8 = v4["statusInfo"];
          if (v8 !== undefined) {
            if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/statusInfo", "must be an object")) return; }
            else {
              for (const k9 in v8) if (!(k9 === "customData" || k9 === "reasonCode" || k9 === "additionalInfo")) { if (c.soft("FormatViolation", "/setMonitoringResult/" + i3 + "/statusInfo/" + pointerToken(k9), "unknown property")) return; }
              const v10 = v8["customData"];
              if (v10 !== undefined) {
                if (checkCustomDataType(v10, c, "/setMonitoringResult/" + i3 + "/statusInfo/customData")) return;
              }
              const v11 = v8["reasonCode"];
              if (v11 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/statusInfo/reasonCode", "required")) return; }
              else {
                if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/statusInfo/reasonCode", "must be a string")) return; }
                else if (v11.length > 20 && (v11.length > 40 || codePoints(v11) > 20)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v12 = v8["additionalInfo"];
              if (v12 !== undefined) {
                if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/statusInfo/additionalInfo", "must be a string")) return; }
                else if (v12.length > 512 && (v12.length > 1024 || codePoints(v12) > 512)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
            }
          }
          const v13 = v4["status"];
          if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/status", "required")) return; }
          else {
            if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/status", "must be a string")) return; }
            else if (!isSetMonitoringStatusEnumType(v13)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/status", "not a SetMonitoringStatusEnumType value")) return; }
          }
          const v14 = v4["type"];
          if (v14 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/type", "required")) return; }
          else {
            if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/type", "must be a string")) return; }
            else if (!isMonitorEnumType(v14)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/type", "not a MonitorEnumType value")) return; }
          }
          const v15 = v4["component"];
          if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v15 !== "object" || v15 === null || Array.isArray(v15)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k16 in v15) if (!(k16 === "customData" || k16 === "evse" || k16 === "name" || k16 === "instance")) { if (c.soft("FormatViolation", "/setMonitoringResult/" + i3 + "/component/" + pointerToken(k16), "unknown property")) return; }
              const v17 = v15["customData"];
              if (v17 !== undefined) {
                if (checkCustomDataType(v17, c, "/setMonitoringResult/" + i3 + "/component/customData")) return;
              }
              const v18 = v15["evse"];
              if (v18 !== undefined) {
                if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k19 in v18) if (!(k19 === "customData" || k19 === "id" || k19 === "connectorId")) { if (c.soft("FormatViolation", "/setMonitoringResult/" + i3 + "/component/evse/" + pointerToken(k19), "unknown property")) return; }
                  const v20 = v18["customData"];
                  if (v20 !== undefined) {
                    if (checkCustomDataType(v20, c, "/setMonitoringResult/" + i3 + "/component/evse/customData")) return;
                  }
                  const v21 = v18["id"];
                  if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v22 = v18["connectorId"];
                  if (v22 !== undefined) {
                    if (typeof v22 !== "number" || !Number.isInteger(v22)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v23 = v15["name"];
              if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/component/name", "must be a string")) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v24 = v15["instance"];
              if (v24 !== undefined) {
                if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v24.length > 50 && (v24.length > 100 || codePoints(v24) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v25 = v4["variable"];
          if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/variable", "required")) return; }
          else {
            if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k26 in v25) if (!(k26 === "customData" || k26 === "name" || k26 === "instance")) { if (c.soft("FormatViolation", "/setMonitoringResult/" + i3 + "/variable/" + pointerToken(k26), "unknown property")) return; }
              const v27 = v25["customData"];
              if (v27 !== undefined) {
                if (checkCustomDataType(v27, c, "/setMonitoringResult/" + i3 + "/variable/customData")) return;
              }
              const v28 = v25["name"];
              if (v28 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v28.length > 50 && (v28.length > 100 || codePoints(v28) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v29 = v25["instance"];
              if (v29 !== undefined) {
                if (typeof v29 !== "string") { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v29.length > 50 && (v29.length > 100 || codePoints(v29) > 50)) { if (c.soft("PropertyConstraintViolation", "/setMonitoringResult/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v30 = v4["severity"];
          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setMonitoringResult/" + i3 + "/severity", "required")) return; }
          else {
            if (typeof v30 !== "number" || !Number.isInteger(v30)) { if (c.fail("TypeConstraintViolation", "/setMonitoringResult/" + i3 + "/severity", "must be an integer")) return; }
          }
        }
      }
    }
  }
}

function SetVariablesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "setVariableData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["setVariableData"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/setVariableData", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "attributeType" || k5 === "attributeValue" || k5 === "component" || k5 === "variable")) { if (c.soft("FormatViolation", "/setVariableData/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/setVariableData/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeType"];
          if (v7 !== undefined) {
            if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/attributeType", "must be a string")) return; }
            else if (!isAttributeEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/setVariableData/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v8 = v4["attributeValue"];
          if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData/" + i3 + "/attributeValue", "required")) return; }
          else {
            if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/attributeValue", "must be a string")) return; }
            else if (v8.length > 1000 && (v8.length > 2000 || codePoints(v8) > 1000)) { if (c.soft("PropertyConstraintViolation", "/setVariableData/" + i3 + "/attributeValue", "longer than maxLength 1000")) return; }
          }
          const v9 = v4["component"];
          if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k10 in v9) if (!(k10 === "customData" || k10 === "evse" || k10 === "name" || k10 === "instance")) { if (c.soft("FormatViolation", "/setVariableData/" + i3 + "/component/" + pointerToken(k10), "unknown property")) return; }
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                if (checkCustomDataType(v11, c, "/setVariableData/" + i3 + "/component/customData")) return;
              }
              const v12 = v9["evse"];
              if (v12 !== undefined) {
                if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k13 in v12) if (!(k13 === "customData" || k13 === "id" || k13 === "connectorId")) { if (c.soft("FormatViolation", "/setVariableData/" + i3 + "/component/evse/" + pointerToken(k13), "unknown property")) return; }
                  const v14 = v12["customData"];
                  if (v14 !== undefined) {
                    if (checkCustomDataType(v14, c, "/setVariableData/" + i3 + "/component/evse/customData")) return;
                  }
                  const v15 = v12["id"];
                  if (v15 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v15 !== "number" || !Number.isInteger(v15)) { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v16 = v12["connectorId"];
                  if (v16 !== undefined) {
                    if (typeof v16 !== "number" || !Number.isInteger(v16)) { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v17 = v9["name"];
              if (v17 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/component/name", "must be a string")) return; }
                else if (v17.length > 50 && (v17.length > 100 || codePoints(v17) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableData/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v18 = v9["instance"];
              if (v18 !== undefined) {
                if (typeof v18 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v18.length > 50 && (v18.length > 100 || codePoints(v18) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableData/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v19 = v4["variable"];
          if (v19 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData/" + i3 + "/variable", "required")) return; }
          else {
            if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k20 in v19) if (!(k20 === "customData" || k20 === "name" || k20 === "instance")) { if (c.soft("FormatViolation", "/setVariableData/" + i3 + "/variable/" + pointerToken(k20), "unknown property")) return; }
              const v21 = v19["customData"];
              if (v21 !== undefined) {
                if (checkCustomDataType(v21, c, "/setVariableData/" + i3 + "/variable/customData")) return;
              }
              const v22 = v19["name"];
              if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableData/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableData/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v23 = v19["instance"];
              if (v23 !== undefined) {
                if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableData/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableData/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
}

function SetVariablesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "setVariableResult")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["setVariableResult"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult", "required")) return; }
  else {
    if (!Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/setVariableResult", "must be an array")) return; }
    else {
      if (v2.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult", "fewer than minItems 1")) return; }
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3, "must be an object")) return; }
        else {
          for (const k5 in v4) if (!(k5 === "customData" || k5 === "attributeType" || k5 === "attributeStatus" || k5 === "attributeStatusInfo" || k5 === "component" || k5 === "variable")) { if (c.soft("FormatViolation", "/setVariableResult/" + i3 + "/" + pointerToken(k5), "unknown property")) return; }
          const v6 = v4["customData"];
          if (v6 !== undefined) {
            if (checkCustomDataType(v6, c, "/setVariableResult/" + i3 + "/customData")) return;
          }
          const v7 = v4["attributeType"];
          if (v7 !== undefined) {
            if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/attributeType", "must be a string")) return; }
            else if (!isAttributeEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/attributeType", "not a AttributeEnumType value")) return; }
          }
          const v8 = v4["attributeStatus"];
          if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatus", "required")) return; }
          else {
            if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatus", "must be a string")) return; }
            else if (!isSetVariableStatusEnumType(v8)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatus", "not a SetVariableStatusEnumType value")) return; }
          }
          const v9 = v4["attributeStatusInfo"];
          if (v9 !== undefined) {
            if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatusInfo", "must be an object")) return; }
            else {
              for (const k10 in v9) if (!(k10 === "customData" || k10 === "reasonCode" || k10 === "additionalInfo")) { if (c.soft("FormatViolation", "/setVariableResult/" + i3 + "/attributeStatusInfo/" + pointerToken(k10), "unknown property")) return; }
              const v11 = v9["customData"];
              if (v11 !== undefined) {
                if (checkCustomDataType(v11, c, "/setVariableResult/" + i3 + "/attributeStatusInfo/customData")) return;
              }
              const v12 = v9["reasonCode"];
              if (v12 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "required")) return; }
              else {
                if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "must be a string")) return; }
                else if (v12.length > 20 && (v12.length > 40 || codePoints(v12) > 20)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatusInfo/reasonCode", "longer than maxLength 20")) return; }
              }
              const v13 = v9["additionalInfo"];
              if (v13 !== undefined) {
                if (typeof v13 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", "must be a string")) return; }
                else if (v13.length > 512 && (v13.length > 1024 || codePoints(v13) > 512)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/attributeStatusInfo/additionalInfo", "longer than maxLength 512")) return; }
              }
            }
          }
          const v14 = v4["component"];
          if (v14 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult/" + i3 + "/component", "required")) return; }
          else {
            if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/component", "must be an object")) return; }
            else {
              for (const k15 in v14) if (!(k15 === "customData" || k15 === "evse" || k15 === "name" || k15 === "instance")) { if (c.soft("FormatViolation", "/setVariableResult/" + i3 + "/component/" + pointerToken(k15), "unknown property")) return; }
              const v16 = v14["customData"];
              if (v16 !== undefined) {
                if (checkCustomDataType(v16, c, "/setVariableResult/" + i3 + "/component/customData")) return;
              }
              const v17 = v14["evse"];
              if (v17 !== undefined) {
                if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/component/evse", "must be an object")) return; }
                else {
                  for (const k18 in v17) if (!(k18 === "customData" || k18 === "id" || k18 === "connectorId")) { if (c.soft("FormatViolation", "/setVariableResult/" + i3 + "/component/evse/" + pointerToken(k18), "unknown property")) return; }
                  const v19 = v17["customData"];
                  if (v19 !== undefined) {
                    if (checkCustomDataType(v19, c, "/setVariableResult/" + i3 + "/component/evse/customData")) return;
                  }
                  const v20 = v17["id"];
                  if (v20 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult/" + i3 + "/component/evse/id", "required")) return; }
                  else {
                    if (typeof v20 !== "number" || !Number.isInteger(v20)) { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/component/evse/id", "must be an integer")) return; }
                  }
                  const v21 = v17["connectorId"];
                  if (v21 !== undefined) {
                    if (typeof v21 !== "number" || !Number.isInteger(v21)) { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/component/evse/connectorId", "must be an integer")) return; }
                  }
                }
              }
              const v22 = v14["name"];
              if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult/" + i3 + "/component/name", "required")) return; }
              else {
                if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/component/name", "must be a string")) return; }
                else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/component/name", "longer than maxLength 50")) return; }
              }
              const v23 = v14["instance"];
              if (v23 !== undefined) {
                if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/component/instance", "must be a string")) return; }
                else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/component/instance", "longer than maxLength 50")) return; }
              }
            }
          }
          const v24 = v4["variable"];
          if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult/" + i3 + "/variable", "required")) return; }
          else {
            if (typeof v24 !== "object" || v24 === null || Array.isArray(v24)) { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/variable", "must be an object")) return; }
            else {
              for (const k25 in v24) if (!(k25 === "customData" || k25 === "name" || k25 === "instance")) { if (c.soft("FormatViolation", "/setVariableResult/" + i3 + "/variable/" + pointerToken(k25), "unknown property")) return; }
              const v26 = v24["customData"];
              if (v26 !== undefined) {
                if (checkCustomDataType(v26, c, "/setVariableResult/" + i3 + "/variable/customData")) return;
              }
              const v27 = v24["name"];
              if (v27 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/setVariableResult/" + i3 + "/variable/name", "required")) return; }
              else {
                if (typeof v27 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/variable/name", "must be a string")) return; }
                else if (v27.length > 50 && (v27.length > 100 || codePoints(v27) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/variable/name", "longer than maxLength 50")) return; }
              }
              const v28 = v24["instance"];
              if (v28 !== undefined) {
                if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/setVariableResult/" + i3 + "/variable/instance", "must be a string")) return; }
                else if (v28.length > 50 && (v28.length > 100 || codePoints(v28) > 50)) { if (c.soft("PropertyConstraintViolation", "/setVariableResult/" + i3 + "/variable/instance", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
    }
  }
}

function SignCertificateRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "csr" || k0 === "certificateType")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["csr"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/csr", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/csr", "must be a string")) return; }
    else if (v2.length > 5500 && (v2.length > 11000 || codePoints(v2) > 5500)) { if (c.soft("PropertyConstraintViolation", "/csr", "longer than maxLength 5500")) return; }
  }
  const v3 = d["certificateType"];
  if (v3 !== undefined) {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/certificateType", "must be a string")) return; }
    else if (!isCertificateSigningUseEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/certificateType", "not a CertificateSigningUseEnumType value")) return; }
  }
}

function SignCertificateResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isGenericStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a GenericStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function StatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "timestamp" || k0 === "connectorStatus" || k0 === "evseId" || k0 === "connectorId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["timestamp"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/timestamp", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/timestamp", "must be a string")) return; }
    else if (!isDateTime(v2)) { if (c.fail("PropertyConstraintViolation", "/timestamp", "not an RFC 3339 date-time")) return; }
  }
  const v3 = d["connectorStatus"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectorStatus", "required")) return; }
  else {
    if (typeof v3 !== "string") { if (c.fail("TypeConstraintViolation", "/connectorStatus", "must be a string")) return; }
    else if (!isConnectorStatusEnumType(v3)) { if (c.soft("PropertyConstraintViolation", "/connectorStatus", "not a ConnectorStatusEnumType value")) return; }
  }
  const v4 = d["evseId"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v5 = d["connectorId"];
  if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectorId", "required")) return; }
  else {
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail("TypeConstraintViolation", "/connectorId", "must be an integer")) return; }
  }
}

function StatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
}

function TransactionEventRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "eventType" || k0 === "meterValue" || k0 === "timestamp" || k0 === "triggerReason" || k0 === "seqNo" || k0 === "offline" || k0 === "numberOfPhasesUsed" || k0 === "cableMaxCurrent" || k0 === "reservationId" || k0 === "transactionInfo" || k0 === "evse" || k0 === "idToken")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["eventType"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/eventType", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/eventType", "must be a string")) return; }
    else if (!isTransactionEventEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/eventType", "not a TransactionEventEnumType value")) return; }
  }
  const v3 = d["meterValue"];
  if (v3 !== undefined) {
    if (!Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/meterValue", "must be an array")) return; }
    else {
      if (v3.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/meterValue", "fewer than minItems 1")) return; }
      for (let i4 = 0; i4 < v3.length; i4++) {
        const v5 = v3[i4];
        if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4, "must be an object")) return; }
        else {
          for (const k6 in v5) if (!(k6 === "customData" || k6 === "sampledValue" || k6 === "timestamp")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/" + pointerToken(k6), "unknown property")) return; }
          const v7 = v5["customData"];
          if (v7 !== undefined) {
            if (checkCustomDataType(v7, c, "/meterValue/" + i4 + "/customData")) return;
          }
          const v8 = v5["sampledValue"];
          if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue", "required")) return; }
          else {
            if (!Array.isArray(v8)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue", "must be an array")) return; }
            else {
              if (v8.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue", "fewer than minItems 1")) return; }
              for (let i9 = 0; i9 < v8.length; i9++) {
                const v10 = v8[i9];
                if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9, "must be an object")) return; }
                else {
                  for (const k11 in v10) if (!(k11 === "customData" || k11 === "value" || k11 === "context" || k11 === "measurand" || k11 === "phase" || k11 === "location" || k11 === "signedMeterValue" || k11 === "unitOfMeasure")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/" + pointerToken(k11), "unknown property")) return; }
                  const v12 = v10["customData"];
                  if (v12 !== undefined) {
                    if (checkCustomDataType(v12, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/customData")) return;
                  }
                  const v13 = v10["value"];
                  if (v13 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", "required")) return; }
                  else {
                    if (typeof v13 !== "number" || !Number.isFinite(v13)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/value", "must be a number")) return; }
                  }
                  const v14 = v10["context"];
                  if (v14 !== undefined) {
                    if (typeof v14 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", "must be a string")) return; }
                    else if (!isReadingContextEnumType(v14)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/context", "not a ReadingContextEnumType value")) return; }
                  }
                  const v15 = v10["measurand"];
                  if (v15 !== undefined) {
                    if (typeof v15 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", "must be a string")) return; }
                    else if (!isMeasurandEnumType(v15)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/measurand", "not a MeasurandEnumType value")) return; }
                  }
                  const v16 = v10["phase"];
                  if (v16 !== undefined) {
                    if (typeof v16 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", "must be a string")) return; }
                    else if (!isPhaseEnumType(v16)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/phase", "not a PhaseEnumType value")) return; }
                  }
                  const v17 = v10["location"];
                  if (v17 !== undefined) {
                    if (typeof v17 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", "must be a string")) return; }
                    else if (!isLocationEnumType(v17)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/location", "not a LocationEnumType value")) return; }
                  }
                  const v18 = v10["signedMeterValue"];
                  if (v18 !== undefined) {
                    if (typeof v18 !== "object" || v18 === null || Array.isArray(v18)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue", "must be an object")) return; }
                    else {
                      for (const k19 in v18) if (!(k19 === "customData" || k19 === "signedMeterData" || k19 === "signingMethod" || k19 === "encodingMethod" || k19 === "publicKey")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/" + pointerToken(k19), "unknown property")) return; }
                      const v20 = v18["customData"];
                      if (v20 !== undefined) {
                        if (checkCustomDataType(v20, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/customData")) return;
                      }
                      const v21 = v18["signedMeterData"];
                      if (v21 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "required")) return; }
                      else {
                        if (typeof v21 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "must be a string")) return; }
                        else if (v21.length > 2500 && (v21.length > 5000 || codePoints(v21) > 2500)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signedMeterData", "longer than maxLength 2500")) return; }
                      }
                      const v22 = v18["signingMethod"];
                      if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "required")) return; }
                      else {
                        if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "must be a string")) return; }
                        else if (v22.length > 50 && (v22.length > 100 || codePoints(v22) > 50)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/signingMethod", "longer than maxLength 50")) return; }
                      }
                      const v23 = v18["encodingMethod"];
                      if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "required")) return; }
                      else {
                        if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "must be a string")) return; }
                        else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/encodingMethod", "longer than maxLength 50")) return; }
                      }
                      const v24 = v18["publicKey"];
                      if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "required")) return; }
                      else {
                        if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "must be a string")) return; }
                        else if (v24.length > 2500 && (v24.length > 5000 || codePoints(v24) > 2500)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/signedMeterValue/publicKey", "longer than maxLength 2500")) return; }
                      }
                    }
                  }
                  const v25 = v10["unitOfMeasure"];
                  if (v25 !== undefined) {
                    if (typeof v25 !== "object" || v25 === null || Array.isArray(v25)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure", "must be an object")) return; }
                    else {
                      for (const k26 in v25) if (!(k26 === "customData" || k26 === "unit" || k26 === "multiplier")) { if (c.soft("FormatViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/" + pointerToken(k26), "unknown property")) return; }
                      const v27 = v25["customData"];
                      if (v27 !== undefined) {
                        if (checkCustomDataType(v27, c, "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/customData")) return;
                      }
                      const v28 = v25["unit"];
                      if (v28 !== undefined) {
                        if (typeof v28 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", "must be a string")) return; }
                        else if (v28.length > 20 && (v28.length > 40 || codePoints(v28) > 20)) { if (c.soft("PropertyConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/unit", "longer than maxLength 20")) return; }
                      }
                      const v29 = v25["multiplier"];
                      if (v29 !== undefined) {
                        if (typeof v29 !== "number" || !Number.isInteger(v29)) { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/sampledValue/" + i9 + "/unitOfMeasure/multiplier", "must be an integer")) return; }
                      }
                    }
                  }
                }
              }
            }
          }
          const v30 = v5["timestamp"];
          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/meterValue/" + i4 + "/timestamp", "required")) return; }
          else {
            if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/meterValue/" + i4 + "/timestamp", "must be a string")) return; }
            else if (!isDateTime(v30)) { if (c.fail("PropertyConstraintViolation", "/meterValue/" + i4 + "/timestamp", "not an RFC 3339 date-time")) return; }
          }
        }
      }
    }
  }
  const v31 = d["timestamp"];
  if (v31 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/timestamp", "required")) return; }
  else {
    if (typeof v31 !== "string") { if (c.fail("TypeConstraintViolation", "/timestamp", "must be a string")) return; }
    else if (!isDateTime(v31)) { if (c.fail("PropertyConstraintViolation", "/timestamp", "not an RFC 3339 date-time")) return; }
  }
  const v32 = d["triggerReason"];
  if (v32 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/triggerReason", "required")) return; }
  else {
    if (typeof v32 !== "string") { if (c.fail("TypeConstraintViolation", "/triggerReason", "must be a string")) return; }
    else if (!isTriggerReasonEnumType(v32)) { if (c.soft("PropertyConstraintViolation", "/triggerReason", "not a TriggerReasonEnumType value")) return; }
  }
  const v33 = d["seqNo"];
  if (v33 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/seqNo", "required")) return; }
  else {
    if (typeof v33 !== "number" || !Number.isInteger(v33)) { if (c.fail("TypeConstraintViolation", "/seqNo", "must be an integer")) return; }
  }
  const v34 = d["offline"];
  if (v34 !== undefined) {
    if (typeof v34 !== "boolean") { if (c.fail("TypeConstraintViolation", "/offline", "must be a boolean")) return; }
  }
  const v35 = d["numberOfPhasesUsed"];
  if (v35 !== undefined) {
    if (typeof v35 !== "number" || !Number.isInteger(v35)) { if (c.fail("TypeConstraintViolation", "/numberOfPhasesUsed", "must be an integer")) return; }
  }
  const v36 = d["cableMaxCurrent"];
  if (v36 !== undefined) {
    if (typeof v36 !== "number" || !Number.isInteger(v36)) { if (c.fail("TypeConstraintViolation", "/cableMaxCurrent", "must be an integer")) return; }
  }
  const v37 = d["reservationId"];
  if (v37 !== undefined) {
    if (typeof v37 !== "number" || !Number.isInteger(v37)) { if (c.fail("TypeConstraintViolation", "/reservationId", "must be an integer")) return; }
  }
  const v38 = d["transactionInfo"];
  if (v38 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/transactionInfo", "required")) return; }
  else {
    if (typeof v38 !== "object" || v38 === null || Array.isArray(v38)) { if (c.fail("TypeConstraintViolation", "/transactionInfo", "must be an object")) return; }
    else {
      for (const k39 in v38) if (!(k39 === "customData" || k39 === "transactionId" || k39 === "chargingState" || k39 === "timeSpentCharging" || k39 === "stoppedReason" || k39 === "remoteStartId")) { if (c.soft("FormatViolation", "/transactionInfo/" + pointerToken(k39), "unknown property")) return; }
      const v40 = v38["customData"];
      if (v40 !== undefined) {
        if (checkCustomDataType(v40, c, "/transactionInfo/customData")) return;
      }
      const v41 = v38["transactionId"];
      if (v41 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/transactionInfo/transactionId", "required")) return; }
      else {
        if (typeof v41 !== "string") { if (c.fail("TypeConstraintViolation", "/transactionInfo/transactionId", "must be a string")) return; }
        else if (v41.length > 36 && (v41.length > 72 || codePoints(v41) > 36)) { if (c.soft("PropertyConstraintViolation", "/transactionInfo/transactionId", "longer than maxLength 36")) return; }
      }
      const v42 = v38["chargingState"];
      if (v42 !== undefined) {
        if (typeof v42 !== "string") { if (c.fail("TypeConstraintViolation", "/transactionInfo/chargingState", "must be a string")) return; }
        else if (!isChargingStateEnumType(v42)) { if (c.soft("PropertyConstraintViolation", "/transactionInfo/chargingState", "not a ChargingStateEnumType value")) return; }
      }
      const v43 = v38["timeSpentCharging"];
      if (v43 !== undefined) {
        if (typeof v43 !== "number" || !Number.isInteger(v43)) { if (c.fail("TypeConstraintViolation", "/transactionInfo/timeSpentCharging", "must be an integer")) return; }
      }
      const v44 = v38["stoppedReason"];
      if (v44 !== undefined) {
        if (typeof v44 !== "string") { if (c.fail("TypeConstraintViolation", "/transactionInfo/stoppedReason", "must be a string")) return; }
        else if (!isReasonEnumType(v44)) { if (c.soft("PropertyConstraintViolation", "/transactionInfo/stoppedReason", "not a ReasonEnumType value")) return; }
      }
      const v45 = v38["remoteStartId"];
      if (v45 !== undefined) {
        if (typeof v45 !== "number" || !Number.isInteger(v45)) { if (c.fail("TypeConstraintViolation", "/transactionInfo/remoteStartId", "must be an integer")) return; }
      }
    }
  }
  const v46 = d["evse"];
  if (v46 !== undefined) {
    if (typeof v46 !== "object" || v46 === null || Array.isArray(v46)) { if (c.fail("TypeConstraintViolation", "/evse", "must be an object")) return; }
    else {
      for (const k47 in v46) if (!(k47 === "customData" || k47 === "id" || k47 === "connectorId")) { if (c.soft("FormatViolation", "/evse/" + pointerToken(k47), "unknown property")) return; }
      const v48 = v46["customData"];
      if (v48 !== undefined) {
        if (checkCustomDataType(v48, c, "/evse/customData")) return;
      }
      const v49 = v46["id"];
      if (v49 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evse/id", "required")) return; }
      else {
        if (typeof v49 !== "number" || !Number.isInteger(v49)) { if (c.fail("TypeConstraintViolation", "/evse/id", "must be an integer")) return; }
      }
      const v50 = v46["connectorId"];
      if (v50 !== undefined) {
        if (typeof v50 !== "number" || !Number.isInteger(v50)) { if (c.fail("TypeConstraintViolation", "/evse/connectorId", "must be an integer")) return; }
      }
    }
  }
  const v51 = d["idToken"];
  if (v51 !== undefined) {
    if (typeof v51 !== "object" || v51 === null || Array.isArray(v51)) { if (c.fail("TypeConstraintViolation", "/idToken", "must be an object")) return; }
    else {
      for (const k52 in v51) if (!(k52 === "customData" || k52 === "additionalInfo" || k52 === "idToken" || k52 === "type")) { if (c.soft("FormatViolation", "/idToken/" + pointerToken(k52), "unknown property")) return; }
      const v53 = v51["customData"];
      if (v53 !== undefined) {
        if (checkCustomDataType(v53, c, "/idToken/customData")) return;
      }
      const v54 = v51["additionalInfo"];
      if (v54 !== undefined) {
        if (!Array.isArray(v54)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo", "must be an array")) return; }
        else {
          if (v54.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo", "fewer than minItems 1")) return; }
          for (let i55 = 0; i55 < v54.length; i55++) {
            const v56 = v54[i55];
            if (typeof v56 !== "object" || v56 === null || Array.isArray(v56)) { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i55, "must be an object")) return; }
            else {
              for (const k57 in v56) if (!(k57 === "customData" || k57 === "additionalIdToken" || k57 === "type")) { if (c.soft("FormatViolation", "/idToken/additionalInfo/" + i55 + "/" + pointerToken(k57), "unknown property")) return; }
              const v58 = v56["customData"];
              if (v58 !== undefined) {
                if (checkCustomDataType(v58, c, "/idToken/additionalInfo/" + i55 + "/customData")) return;
              }
              const v59 = v56["additionalIdToken"];
              if (v59 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i55 + "/additionalIdToken", "required")) return; }
              else {
                if (typeof v59 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i55 + "/additionalIdToken", "must be a string")) return; }
                else if (v59.length > 36 && (v59.length > 72 || codePoints(v59) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i55 + "/additionalIdToken", "longer than maxLength 36")) return; }
              }
              const v60 = v56["type"];
              if (v60 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/additionalInfo/" + i55 + "/type", "required")) return; }
              else {
                if (typeof v60 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/additionalInfo/" + i55 + "/type", "must be a string")) return; }
                else if (v60.length > 50 && (v60.length > 100 || codePoints(v60) > 50)) { if (c.soft("PropertyConstraintViolation", "/idToken/additionalInfo/" + i55 + "/type", "longer than maxLength 50")) return; }
              }
            }
          }
        }
      }
      const v61 = v51["idToken"];
      if (v61 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/idToken", "required")) return; }
      else {
        if (typeof v61 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/idToken", "must be a string")) return; }
        else if (v61.length > 36 && (v61.length > 72 || codePoints(v61) > 36)) { if (c.soft("PropertyConstraintViolation", "/idToken/idToken", "longer than maxLength 36")) return; }
      }
      const v62 = v51["type"];
      if (v62 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idToken/type", "required")) return; }
      else {
        if (typeof v62 !== "string") { if (c.fail("TypeConstraintViolation", "/idToken/type", "must be a string")) return; }
        else if (!isIdTokenEnumType(v62)) { if (c.soft("PropertyConstraintViolation", "/idToken/type", "not a IdTokenEnumType value")) return; }
      }
    }
  }
}

function TransactionEventResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "totalCost" || k0 === "chargingPriority" || k0 === "idTokenInfo" || k0 === "updatedPersonalMessage")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["totalCost"];
  if (v2 !== undefined) {
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail("TypeConstraintViolation", "/totalCost", "must be a number")) return; }
  }
  const v3 = d["chargingPriority"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/chargingPriority", "must be an integer")) return; }
  }
  const v4 = d["idTokenInfo"];
  if (v4 !== undefined) {
    if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo", "must be an object")) return; }
    else {
      for (const k5 in v4) if (!(k5 === "customData" || k5 === "status" || k5 === "cacheExpiryDateTime" || k5 === "chargingPriority" || k5 === "language1" || k5 === "evseId" || k5 === "groupIdToken" || k5 === "language2" || k5 === "personalMessage")) { if (c.soft("FormatViolation", "/idTokenInfo/" + pointerToken(k5), "unknown property")) return; }
      const v6 = v4["customData"];
      if (v6 !== undefined) {
        if (checkCustomDataType(v6, c, "/idTokenInfo/customData")) return;
      }
      const v7 = v4["status"];
      if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/status", "required")) return; }
      else {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/status", "must be a string")) return; }
        else if (!isAuthorizationStatusEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/status", "not a AuthorizationStatusEnumType value")) return; }
      }
      const v8 = v4["cacheExpiryDateTime"];
      if (v8 !== undefined) {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/cacheExpiryDateTime", "must be a string")) return; }
        else if (!isDateTime(v8)) { if (c.fail("PropertyConstraintViolation", "/idTokenInfo/cacheExpiryDateTime", "not an RFC 3339 date-time")) return; }
      }
      const v9 = v4["chargingPriority"];
      if (v9 !== undefined) {
        if (typeof v9 !== "number" || !Number.isInteger(v9)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/chargingPriority", "must be an integer")) return; }
      }
      const v10 = v4["language1"];
      if (v10 !== undefined) {
        if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/language1", "must be a string")) return; }
        else if (v10.length > 8 && (v10.length > 16 || codePoints(v10) > 8)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/language1", "longer than maxLength 8")) return; }
      }
      const v11 = v4["evseId"];
      if (v11 !== undefined) {
        if (!Array.isArray(v11)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/evseId", "must be an array")) return; }
        else {
          if (v11.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/evseId", "fewer than minItems 1")) return; }
          for (let i12 = 0; i12 < v11.length; i12++) {
            const v13 = v11[i12];
            if (typeof v13 !== "number" || !Number.isInteger(v13)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/evseId/" + i12, "must be an integer")) return; }
          }
        }
      }
      const v14 = v4["groupIdToken"];
      if (v14 !== undefined) {
        if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken", "must be an object")) return; }
        else {
          for (const k15 in v14) if (!(k15 === "customData" || k15 === "additionalInfo" || k15 === "idToken" || k15 === "type")) { if (c.soft("FormatViolation", "/idTokenInfo/groupIdToken/" + pointerToken(k15), "unknown property")) return; }
          const v16 = v14["customData"];
          if (v16 !== undefined) {
            if (checkCustomDataType(v16, c, "/idTokenInfo/groupIdToken/customData")) return;
          }
          const v17 = v14["additionalInfo"];
          if (v17 !== undefined) {
            if (!Array.isArray(v17)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo", "must be an array")) return; }
            else {
              if (v17.length < 1) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo", "fewer than minItems 1")) return; }
              for (let i18 = 0; i18 < v17.length; i18++) {
                const v19 = v17[i18];
                if (typeof v19 !== "object" || v19 === null || Array.isArray(v19)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18, "must be an object")) return; }
                else {
                  for (const k20 in v19) if (!(k20 === "customData" || k20 === "additionalIdToken" || k20 === "type")) { if (c.soft("FormatViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/" + pointerToken(k20), "unknown property")) return; }
                  const v21 = v19["customData"];
                  if (v21 !== undefined) {
                    if (checkCustomDataType(v21, c, "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/customData")) return;
                  }
                  const v22 = v19["additionalIdToken"];
                  if (v22 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/additionalIdToken", "required")) return; }
                  else {
                    if (typeof v22 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/additionalIdToken", "must be a string")) return; }
                    else if (v22.length > 36 && (v22.length > 72 || codePoints(v22) > 36)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/additionalIdToken", "longer than maxLength 36")) return; }
                  }
                  const v23 = v19["type"];
                  if (v23 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/type", "required")) return; }
                  else {
                    if (typeof v23 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/type", "must be a string")) return; }
                    else if (v23.length > 50 && (v23.length > 100 || codePoints(v23) > 50)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/additionalInfo/" + i18 + "/type", "longer than maxLength 50")) return; }
                  }
                }
              }
            }
          }
          const v24 = v14["idToken"];
          if (v24 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/idToken", "required")) return; }
          else {
            if (typeof v24 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/idToken", "must be a string")) return; }
            else if (v24.length > 36 && (v24.length > 72 || codePoints(v24) > 36)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/idToken", "longer than maxLength 36")) return; }
          }
          const v25 = v14["type"];
          if (v25 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/groupIdToken/type", "required")) return; }
          else {
            if (typeof v25 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/groupIdToken/type", "must be a string")) return; }
            else if (!isIdTokenEnumType(v25)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/groupIdToken/type", "not a IdTokenEnumType value")) return; }
          }
        }
      }
      const v26 = v4["language2"];
      if (v26 !== undefined) {
        if (typeof v26 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/language2", "must be a string")) return; }
        else if (v26.length > 8 && (v26.length > 16 || codePoints(v26) > 8)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/language2", "longer than maxLength 8")) return; }
      }
      const v27 = v4["personalMessage"];
      if (v27 !== undefined) {
        if (typeof v27 !== "object" || v27 === null || Array.isArray(v27)) { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage", "must be an object")) return; }
        else {
          for (const k28 in v27) if (!(k28 === "customData" || k28 === "format" || k28 === "language" || k28 === "content")) { if (c.soft("FormatViolation", "/idTokenInfo/personalMessage/" + pointerToken(k28), "unknown property")) return; }
          const v29 = v27["customData"];
          if (v29 !== undefined) {
            if (checkCustomDataType(v29, c, "/idTokenInfo/personalMessage/customData")) return;
          }
          const v30 = v27["format"];
          if (v30 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/personalMessage/format", "required")) return; }
          else {
            if (typeof v30 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage/format", "must be a string")) return; }
            else if (!isMessageFormatEnumType(v30)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/personalMessage/format", "not a MessageFormatEnumType value")) return; }
          }
          const v31 = v27["language"];
          if (v31 !== undefined) {
            if (typeof v31 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage/language", "must be a string")) return; }
            else if (v31.length > 8 && (v31.length > 16 || codePoints(v31) > 8)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/personalMessage/language", "longer than maxLength 8")) return; }
          }
          const v32 = v27["content"];
          if (v32 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/idTokenInfo/personalMessage/content", "required")) return; }
          else {
            if (typeof v32 !== "string") { if (c.fail("TypeConstraintViolation", "/idTokenInfo/personalMessage/content", "must be a string")) return; }
            else if (v32.length > 512 && (v32.length > 1024 || codePoints(v32) > 512)) { if (c.soft("PropertyConstraintViolation", "/idTokenInfo/personalMessage/content", "longer than maxLength 512")) return; }
          }
        }
      }
    }
  }
  const v33 = d["updatedPersonalMessage"];
  if (v33 !== undefined) {
    if (typeof v33 !== "object" || v33 === null || Array.isArray(v33)) { if (c.fail("TypeConstraintViolation", "/updatedPersonalMessage", "must be an object")) return; }
    else {
      for (const k34 in v33) if (!(k34 === "customData" || k34 === "format" || k34 === "language" || k34 === "content")) { if (c.soft("FormatViolation", "/updatedPersonalMessage/" + pointerToken(k34), "unknown property")) return; }
      const v35 = v33["customData"];
      if (v35 !== undefined) {
        if (checkCustomDataType(v35, c, "/updatedPersonalMessage/customData")) return;
      }
      const v36 = v33["format"];
      if (v36 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/updatedPersonalMessage/format", "required")) return; }
      else {
        if (typeof v36 !== "string") { if (c.fail("TypeConstraintViolation", "/updatedPersonalMessage/format", "must be a string")) return; }
        else if (!isMessageFormatEnumType(v36)) { if (c.soft("PropertyConstraintViolation", "/updatedPersonalMessage/format", "not a MessageFormatEnumType value")) return; }
      }
      const v37 = v33["language"];
      if (v37 !== undefined) {
        if (typeof v37 !== "string") { if (c.fail("TypeConstraintViolation", "/updatedPersonalMessage/language", "must be a string")) return; }
        else if (v37.length > 8 && (v37.length > 16 || codePoints(v37) > 8)) { if (c.soft("PropertyConstraintViolation", "/updatedPersonalMessage/language", "longer than maxLength 8")) return; }
      }
      const v38 = v33["content"];
      if (v38 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/updatedPersonalMessage/content", "required")) return; }
      else {
        if (typeof v38 !== "string") { if (c.fail("TypeConstraintViolation", "/updatedPersonalMessage/content", "must be a string")) return; }
        else if (v38.length > 512 && (v38.length > 1024 || codePoints(v38) > 512)) { if (c.soft("PropertyConstraintViolation", "/updatedPersonalMessage/content", "longer than maxLength 512")) return; }
      }
    }
  }
}

function TriggerMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "evse" || k0 === "requestedMessage")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evse"];
  if (v2 !== undefined) {
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) { if (c.fail("TypeConstraintViolation", "/evse", "must be an object")) return; }
    else {
      for (const k3 in v2) if (!(k3 === "customData" || k3 === "id" || k3 === "connectorId")) { if (c.soft("FormatViolation", "/evse/" + pointerToken(k3), "unknown property")) return; }
      const v4 = v2["customData"];
      if (v4 !== undefined) {
        if (checkCustomDataType(v4, c, "/evse/customData")) return;
      }
      const v5 = v2["id"];
      if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evse/id", "required")) return; }
      else {
        if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail("TypeConstraintViolation", "/evse/id", "must be an integer")) return; }
      }
      const v6 = v2["connectorId"];
      if (v6 !== undefined) {
        if (typeof v6 !== "number" || !Number.isInteger(v6)) { if (c.fail("TypeConstraintViolation", "/evse/connectorId", "must be an integer")) return; }
      }
    }
  }
  const v7 = d["requestedMessage"];
  if (v7 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestedMessage", "required")) return; }
  else {
    if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/requestedMessage", "must be a string")) return; }
    else if (!isMessageTriggerEnumType(v7)) { if (c.soft("PropertyConstraintViolation", "/requestedMessage", "not a MessageTriggerEnumType value")) return; }
  }
}

function TriggerMessageResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isTriggerMessageStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a TriggerMessageStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function UnlockConnectorRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "evseId" || k0 === "connectorId")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["evseId"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/evseId", "required")) return; }
  else {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/evseId", "must be an integer")) return; }
  }
  const v3 = d["connectorId"];
  if (v3 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/connectorId", "required")) return; }
  else {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/connectorId", "must be an integer")) return; }
  }
}

function UnlockConnectorResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isUnlockStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a UnlockStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
  }
}

function UnpublishFirmwareRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "checksum")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["checksum"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/checksum", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/checksum", "must be a string")) return; }
    else if (v2.length > 32 && (v2.length > 64 || codePoints(v2) > 32)) { if (c.soft("PropertyConstraintViolation", "/checksum", "longer than maxLength 32")) return; }
  }
}

function UnpublishFirmwareResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isUnpublishFirmwareStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a UnpublishFirmwareStatusEnumType value")) return; }
  }
}

function UpdateFirmwareRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "retries" || k0 === "retryInterval" || k0 === "requestId" || k0 === "firmware")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["retries"];
  if (v2 !== undefined) {
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail("TypeConstraintViolation", "/retries", "must be an integer")) return; }
  }
  const v3 = d["retryInterval"];
  if (v3 !== undefined) {
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail("TypeConstraintViolation", "/retryInterval", "must be an integer")) return; }
  }
  const v4 = d["requestId"];
  if (v4 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/requestId", "required")) return; }
  else {
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail("TypeConstraintViolation", "/requestId", "must be an integer")) return; }
  }
  const v5 = d["firmware"];
  if (v5 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/firmware", "required")) return; }
  else {
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) { if (c.fail("TypeConstraintViolation", "/firmware", "must be an object")) return; }
    else {
      for (const k6 in v5) if (!(k6 === "customData" || k6 === "location" || k6 === "retrieveDateTime" || k6 === "installDateTime" || k6 === "signingCertificate" || k6 === "signature")) { if (c.soft("FormatViolation", "/firmware/" + pointerToken(k6), "unknown property")) return; }
      const v7 = v5["customData"];
      if (v7 !== undefined) {
        if (checkCustomDataType(v7, c, "/firmware/customData")) return;
      }
      const v8 = v5["location"];
      if (v8 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/firmware/location", "required")) return; }
      else {
        if (typeof v8 !== "string") { if (c.fail("TypeConstraintViolation", "/firmware/location", "must be a string")) return; }
        else if (v8.length > 512 && (v8.length > 1024 || codePoints(v8) > 512)) { if (c.soft("PropertyConstraintViolation", "/firmware/location", "longer than maxLength 512")) return; }
      }
      const v9 = v5["retrieveDateTime"];
      if (v9 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/firmware/retrieveDateTime", "required")) return; }
      else {
        if (typeof v9 !== "string") { if (c.fail("TypeConstraintViolation", "/firmware/retrieveDateTime", "must be a string")) return; }
        else if (!isDateTime(v9)) { if (c.fail("PropertyConstraintViolation", "/firmware/retrieveDateTime", "not an RFC 3339 date-time")) return; }
      }
      const v10 = v5["installDateTime"];
      if (v10 !== undefined) {
        if (typeof v10 !== "string") { if (c.fail("TypeConstraintViolation", "/firmware/installDateTime", "must be a string")) return; }
        else if (!isDateTime(v10)) { if (c.fail("PropertyConstraintViolation", "/firmware/installDateTime", "not an RFC 3339 date-time")) return; }
      }
      const v11 = v5["signingCertificate"];
      if (v11 !== undefined) {
        if (typeof v11 !== "string") { if (c.fail("TypeConstraintViolation", "/firmware/signingCertificate", "must be a string")) return; }
        else if (v11.length > 5500 && (v11.length > 11000 || codePoints(v11) > 5500)) { if (c.soft("PropertyConstraintViolation", "/firmware/signingCertificate", "longer than maxLength 5500")) return; }
      }
      const v12 = v5["signature"];
      if (v12 !== undefined) {
        if (typeof v12 !== "string") { if (c.fail("TypeConstraintViolation", "/firmware/signature", "must be a string")) return; }
        else if (v12.length > 800 && (v12.length > 1600 || codePoints(v12) > 800)) { if (c.soft("PropertyConstraintViolation", "/firmware/signature", "longer than maxLength 800")) return; }
      }
    }
  }
}

function UpdateFirmwareResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail("FormatViolation", "", "payload must be a JSON object");
    return;
  }
  for (const k0 in d) if (!(k0 === "customData" || k0 === "status" || k0 === "statusInfo")) { if (c.soft("FormatViolation", "/" + pointerToken(k0), "unknown property")) return; }
  const v1 = d["customData"];
  if (v1 !== undefined) {
    if (checkCustomDataType(v1, c, "/customData")) return;
  }
  const v2 = d["status"];
  if (v2 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/status", "required")) return; }
  else {
    if (typeof v2 !== "string") { if (c.fail("TypeConstraintViolation", "/status", "must be a string")) return; }
    else if (!isUpdateFirmwareStatusEnumType(v2)) { if (c.soft("PropertyConstraintViolation", "/status", "not a UpdateFirmwareStatusEnumType value")) return; }
  }
  const v3 = d["statusInfo"];
  if (v3 !== undefined) {
    if (typeof v3 !== "object" || v3 === null || Array.isArray(v3)) { if (c.fail("TypeConstraintViolation", "/statusInfo", "must be an object")) return; }
    else {
      for (const k4 in v3) if (!(k4 === "customData" || k4 === "reasonCode" || k4 === "additionalInfo")) { if (c.soft("FormatViolation", "/statusInfo/" + pointerToken(k4), "unknown property")) return; }
      const v5 = v3["customData"];
      if (v5 !== undefined) {
        if (checkCustomDataType(v5, c, "/statusInfo/customData")) return;
      }
      const v6 = v3["reasonCode"];
      if (v6 === undefined) { if (c.fail("OccurrenceConstraintViolation", "/statusInfo/reasonCode", "required")) return; }
      else {
        if (typeof v6 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/reasonCode", "must be a string")) return; }
        else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/reasonCode", "longer than maxLength 20")) return; }
      }
      const v7 = v3["additionalInfo"];
      if (v7 !== undefined) {
        if (typeof v7 !== "string") { if (c.fail("TypeConstraintViolation", "/statusInfo/additionalInfo", "must be a string")) return; }
        else if (v7.length > 512 && (v7.length > 1024 || codePoints(v7) > 512)) { if (c.soft("PropertyConstraintViolation", "/statusInfo/additionalInfo", "longer than maxLength 512")) return; }
      }
    }
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
