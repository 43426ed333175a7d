// Generated from the official OCPP 1.6 JSON schemas by `npm run generate`. DO NOT EDIT.
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

function isAuthorizationStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Blocked":
    case "Expired":
    case "Invalid":
    case "ConcurrentTx":
      return true;
    default:
      return false;
  }
}

function isAvailabilityStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "Scheduled":
      return true;
    default:
      return false;
  }
}

function isAvailabilityType(v: string): boolean {
  switch (v) {
    case "Inoperative":
    case "Operative":
      return true;
    default:
      return false;
  }
}

function isCancelReservationStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
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

function isCertificateUseEnumType(v: string): boolean {
  switch (v) {
    case "CentralSystemRootCertificate":
    case "ManufacturerRootCertificate":
      return true;
    default:
      return false;
  }
}

function isChargePointErrorCode(v: string): boolean {
  switch (v) {
    case "ConnectorLockFailure":
    case "EVCommunicationError":
    case "GroundFailure":
    case "HighTemperature":
    case "InternalError":
    case "LocalListConflict":
    case "NoError":
    case "OtherError":
    case "OverCurrentFailure":
    case "PowerMeterFailure":
    case "PowerSwitchFailure":
    case "ReaderFailure":
    case "ResetFailure":
    case "UnderVoltage":
    case "OverVoltage":
    case "WeakSignal":
      return true;
    default:
      return false;
  }
}

function isChargePointStatus(v: string): boolean {
  switch (v) {
    case "Available":
    case "Preparing":
    case "Charging":
    case "SuspendedEVSE":
    case "SuspendedEV":
    case "Finishing":
    case "Reserved":
    case "Unavailable":
    case "Faulted":
      return true;
    default:
      return false;
  }
}

function isChargingProfileKindType(v: string): boolean {
  switch (v) {
    case "Absolute":
    case "Recurring":
    case "Relative":
      return true;
    default:
      return false;
  }
}

function isChargingProfilePurposeType(v: string): boolean {
  switch (v) {
    case "ChargePointMaxProfile":
    case "TxDefaultProfile":
    case "TxProfile":
      return true;
    default:
      return false;
  }
}

function isChargingProfileStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NotSupported":
      return true;
    default:
      return false;
  }
}

function isChargingRateUnitType(v: string): boolean {
  switch (v) {
    case "A":
    case "W":
      return true;
    default:
      return false;
  }
}

function isClearCacheStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isClearChargingProfileStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Unknown":
      return true;
    default:
      return false;
  }
}

function isConfigurationStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "RebootRequired":
    case "NotSupported":
      return true;
    default:
      return false;
  }
}

function isDataTransferStatus(v: string): boolean {
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

function isDiagnosticsStatus(v: string): boolean {
  switch (v) {
    case "Idle":
    case "Uploaded":
    case "UploadFailed":
    case "Uploading":
      return true;
    default:
      return false;
  }
}

function isFirmwareStatus(v: string): boolean {
  switch (v) {
    case "Downloaded":
    case "DownloadFailed":
    case "Downloading":
    case "Idle":
    case "InstallationFailed":
    case "Installing":
    case "Installed":
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

function isGenericStatusEnumType(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isGetCompositeScheduleStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
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
    case "Failed":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isLocation(v: string): boolean {
  switch (v) {
    case "Cable":
    case "EV":
    case "Inlet":
    case "Outlet":
    case "Body":
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

function isMeasurand(v: string): boolean {
  switch (v) {
    case "Energy.Active.Export.Register":
    case "Energy.Active.Import.Register":
    case "Energy.Reactive.Export.Register":
    case "Energy.Reactive.Import.Register":
    case "Energy.Active.Export.Interval":
    case "Energy.Active.Import.Interval":
    case "Energy.Reactive.Export.Interval":
    case "Energy.Reactive.Import.Interval":
    case "Power.Active.Export":
    case "Power.Active.Import":
    case "Power.Offered":
    case "Power.Reactive.Export":
    case "Power.Reactive.Import":
    case "Power.Factor":
    case "Current.Import":
    case "Current.Export":
    case "Current.Offered":
    case "Voltage":
    case "Frequency":
    case "Temperature":
    case "SoC":
    case "RPM":
      return true;
    default:
      return false;
  }
}

function isMessageTrigger(v: string): boolean {
  switch (v) {
    case "BootNotification":
    case "DiagnosticsStatusNotification":
    case "FirmwareStatusNotification":
    case "Heartbeat":
    case "MeterValues":
    case "StatusNotification":
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
    case "SignChargePointCertificate":
    case "StatusNotification":
      return true;
    default:
      return false;
  }
}

function isPhase(v: string): boolean {
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

function isReadingContext(v: string): boolean {
  switch (v) {
    case "Interruption.Begin":
    case "Interruption.End":
    case "Sample.Clock":
    case "Sample.Periodic":
    case "Transaction.Begin":
    case "Transaction.End":
    case "Trigger":
    case "Other":
      return true;
    default:
      return false;
  }
}

function isReason(v: string): boolean {
  switch (v) {
    case "EmergencyStop":
    case "EVDisconnected":
    case "HardReset":
    case "Local":
    case "Other":
    case "PowerLoss":
    case "Reboot":
    case "Remote":
    case "SoftReset":
    case "UnlockCommand":
    case "DeAuthorized":
      return true;
    default:
      return false;
  }
}

function isRecurrencyKindType(v: string): boolean {
  switch (v) {
    case "Daily":
    case "Weekly":
      return true;
    default:
      return false;
  }
}

function isRegistrationStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Pending":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isRemoteStartStopStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isReservationStatus(v: string): boolean {
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

function isResetStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
      return true;
    default:
      return false;
  }
}

function isResetType(v: string): boolean {
  switch (v) {
    case "Hard":
    case "Soft":
      return true;
    default:
      return false;
  }
}

function isStopTransactionUnitOfMeasure(v: string): boolean {
  switch (v) {
    case "Wh":
    case "kWh":
    case "varh":
    case "kvarh":
    case "W":
    case "kW":
    case "VA":
    case "kVA":
    case "var":
    case "kvar":
    case "A":
    case "V":
    case "K":
    case "Celcius":
    case "Celsius":
    case "Fahrenheit":
    case "Percent":
      return true;
    default:
      return false;
  }
}

function isTriggerMessageStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Rejected":
    case "NotImplemented":
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

function isUnitOfMeasure(v: string): boolean {
  switch (v) {
    case "Wh":
    case "kWh":
    case "varh":
    case "kvarh":
    case "W":
    case "kW":
    case "VA":
    case "kVA":
    case "var":
    case "kvar":
    case "A":
    case "V":
    case "K":
    case "Celcius":
    case "Celsius":
    case "Fahrenheit":
    case "Percent":
    case "Hertz":
      return true;
    default:
      return false;
  }
}

function isUnlockStatus(v: string): boolean {
  switch (v) {
    case "Unlocked":
    case "UnlockFailed":
    case "NotSupported":
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

function isUpdateStatus(v: string): boolean {
  switch (v) {
    case "Accepted":
    case "Failed":
    case "NotSupported":
    case "VersionMismatch":
      return true;
    default:
      return false;
  }
}

function isUpdateType(v: string): boolean {
  switch (v) {
    case "Differential":
    case "Full":
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
      return true;
    default:
      return false;
  }
}

function isValueFormat(v: string): boolean {
  switch (v) {
    case "Raw":
    case "SignedData":
      return true;
    default:
      return false;
  }
}

function checkAuthorizationData(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["idTag"];
  if (v1 === undefined) { if (c.fail(OCV, "/idTag", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/idTag", NOT_STRING)) return true; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/idTag", "longer than maxLength 20")) return true; }
  }
  const v2 = v["idTagInfo"];
  if (v2 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idTagInfo";
    if (checkIdTagInfo(v2, c)) return true;
    c.depth -= 1;
  }
  for (const k3 in v) n0--;
  if (n0 !== 0) {
    for (const k3 in v) if (!(k3 === "idTag" || k3 === "idTagInfo")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return true; }
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
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "hashAlgorithm" || k5 === "issuerNameHash" || k5 === "issuerKeyHash" || k5 === "serialNumber")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingProfile(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["chargingProfileId"];
  if (v1 === undefined) { if (c.fail(OCV, "/chargingProfileId", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/chargingProfileId", NOT_INTEGER)) return true; }
  }
  const v2 = v["transactionId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/transactionId", NOT_INTEGER)) return true; }
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
    else if (!isChargingProfilePurposeType(v4)) { if (c.soft(PCV, "/chargingProfilePurpose", "not a ChargingProfilePurposeType value")) return true; }
  }
  const v5 = v["chargingProfileKind"];
  if (v5 === undefined) { if (c.fail(OCV, "/chargingProfileKind", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/chargingProfileKind", NOT_STRING)) return true; }
    else if (!isChargingProfileKindType(v5)) { if (c.soft(PCV, "/chargingProfileKind", "not a ChargingProfileKindType value")) return true; }
  }
  const v6 = v["recurrencyKind"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/recurrencyKind", NOT_STRING)) return true; }
    else if (!isRecurrencyKindType(v6)) { if (c.soft(PCV, "/recurrencyKind", "not a RecurrencyKindType value")) return true; }
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
    c.path[c.depth++] = "/chargingSchedule";
    if (checkChargingSchedule(v9, c)) return true;
    c.depth -= 1;
  }
  for (const k10 in v) n0--;
  if (n0 !== 0) {
    for (const k10 in v) if (!(k10 === "chargingProfileId" || k10 === "transactionId" || k10 === "stackLevel" || k10 === "chargingProfilePurpose" || k10 === "chargingProfileKind" || k10 === "recurrencyKind" || k10 === "validFrom" || k10 === "validTo" || k10 === "chargingSchedule")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingSchedule(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["duration"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/duration", NOT_INTEGER)) return true; }
  }
  const v2 = v["startSchedule"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/startSchedule", NOT_STRING)) return true; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/startSchedule", NOT_DATE_TIME)) return true; }
  }
  const v3 = v["chargingRateUnit"];
  if (v3 === undefined) { if (c.fail(OCV, "/chargingRateUnit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargingRateUnit", NOT_STRING)) return true; }
    else if (!isChargingRateUnitType(v3)) { if (c.soft(PCV, "/chargingRateUnit", "not a ChargingRateUnitType value")) return true; }
  }
  const v4 = v["chargingSchedulePeriod"];
  if (v4 === undefined) { if (c.fail(OCV, "/chargingSchedulePeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/chargingSchedulePeriod", NOT_ARRAY)) return true; }
    else {
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        c.path[c.depth++] = "/chargingSchedulePeriod"; c.path[c.depth++] = i5;
        if (checkChargingSchedulePeriod(v6, c)) return true;
        c.depth -= 2;
      }
    }
  }
  const v7 = v["minChargingRate"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "number" || !Number.isFinite(v7)) { if (c.fail(TCV, "/minChargingRate", NOT_NUMBER)) return true; }
    else {
      if (!isMultipleOf(v7, 1, 1)) { if (c.fail(PCV, "/minChargingRate", "not a multiple of 0.1")) return true; }
    }
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "duration" || k8 === "startSchedule" || k8 === "chargingRateUnit" || k8 === "chargingSchedulePeriod" || k8 === "minChargingRate")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkChargingSchedulePeriod(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["startPeriod"];
  if (v1 === undefined) { if (c.fail(OCV, "/startPeriod", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/startPeriod", NOT_INTEGER)) return true; }
  }
  const v2 = v["limit"];
  if (v2 === undefined) { if (c.fail(OCV, "/limit", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isFinite(v2)) { if (c.fail(TCV, "/limit", NOT_NUMBER)) return true; }
    else {
      if (!isMultipleOf(v2, 1, 1)) { if (c.fail(PCV, "/limit", "not a multiple of 0.1")) return true; }
    }
  }
  const v3 = v["numberPhases"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/numberPhases", NOT_INTEGER)) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "startPeriod" || k4 === "limit" || k4 === "numberPhases")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
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
    else if (v1.length > 512 && (v1.length > 1024 || codePoints(v1) > 512)) { if (c.soft(PCV, "/location", "longer than maxLength 512")) return true; }
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
  if (v4 === undefined) { if (c.fail(OCV, "/signingCertificate", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/signingCertificate", NOT_STRING)) return true; }
    else if (v4.length > 5500 && (v4.length > 11000 || codePoints(v4) > 5500)) { if (c.soft(PCV, "/signingCertificate", "longer than maxLength 5500")) return true; }
  }
  const v5 = v["signature"];
  if (v5 === undefined) { if (c.fail(OCV, "/signature", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/signature", NOT_STRING)) return true; }
    else if (v5.length > 800 && (v5.length > 1600 || codePoints(v5) > 800)) { if (c.soft(PCV, "/signature", "longer than maxLength 800")) return true; }
  }
  for (const k6 in v) n0--;
  if (n0 !== 0) {
    for (const k6 in v) if (!(k6 === "location" || k6 === "retrieveDateTime" || k6 === "installDateTime" || k6 === "signingCertificate" || k6 === "signature")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return true; }
  }
  return false;
}

function checkIdTagInfo(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["expiryDate"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/expiryDate", NOT_STRING)) return true; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/expiryDate", NOT_DATE_TIME)) return true; }
  }
  const v2 = v["parentIdTag"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/parentIdTag", NOT_STRING)) return true; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/parentIdTag", "longer than maxLength 20")) return true; }
  }
  const v3 = v["status"];
  if (v3 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return true; }
    else if (!isAuthorizationStatus(v3)) { if (c.soft(PCV, "/status", "not a AuthorizationStatus value")) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "expiryDate" || k4 === "parentIdTag" || k4 === "status")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkKeyValue(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["key"];
  if (v1 === undefined) { if (c.fail(OCV, "/key", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/key", NOT_STRING)) return true; }
    else if (v1.length > 50 && (v1.length > 100 || codePoints(v1) > 50)) { if (c.soft(PCV, "/key", "longer than maxLength 50")) return true; }
  }
  const v2 = v["readonly"];
  if (v2 === undefined) { if (c.fail(OCV, "/readonly", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v2 !== "boolean") { if (c.fail(TCV, "/readonly", NOT_BOOLEAN)) return true; }
  }
  const v3 = v["value"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/value", NOT_STRING)) return true; }
    else if (v3.length > 500 && (v3.length > 1000 || codePoints(v3) > 500)) { if (c.soft(PCV, "/value", "longer than maxLength 500")) return true; }
  }
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "key" || k4 === "readonly" || k4 === "value")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
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
    else if (v1.length > 512 && (v1.length > 1024 || codePoints(v1) > 512)) { if (c.soft(PCV, "/remoteLocation", "longer than maxLength 512")) return true; }
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
  for (const k4 in v) n0--;
  if (n0 !== 0) {
    for (const k4 in v) if (!(k4 === "remoteLocation" || k4 === "oldestTimestamp" || k4 === "latestTimestamp")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return true; }
  }
  return false;
}

function checkMeterValue(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["timestamp"];
  if (v1 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return true; }
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
        if (checkSampledValue(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "timestamp" || k5 === "sampledValue")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkSampledValue(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["value"];
  if (v1 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/value", NOT_STRING)) return true; }
  }
  const v2 = v["context"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/context", NOT_STRING)) return true; }
    else if (!isReadingContext(v2)) { if (c.soft(PCV, "/context", "not a ReadingContext value")) return true; }
  }
  const v3 = v["format"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/format", NOT_STRING)) return true; }
    else if (!isValueFormat(v3)) { if (c.soft(PCV, "/format", "not a ValueFormat value")) return true; }
  }
  const v4 = v["measurand"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/measurand", NOT_STRING)) return true; }
    else if (!isMeasurand(v4)) { if (c.soft(PCV, "/measurand", "not a Measurand value")) return true; }
  }
  const v5 = v["phase"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/phase", NOT_STRING)) return true; }
    else if (!isPhase(v5)) { if (c.soft(PCV, "/phase", "not a Phase value")) return true; }
  }
  const v6 = v["location"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return true; }
    else if (!isLocation(v6)) { if (c.soft(PCV, "/location", "not a Location value")) return true; }
  }
  const v7 = v["unit"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/unit", NOT_STRING)) return true; }
    else if (!isUnitOfMeasure(v7)) { if (c.soft(PCV, "/unit", "not a UnitOfMeasure value")) return true; }
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "value" || k8 === "context" || k8 === "format" || k8 === "measurand" || k8 === "phase" || k8 === "location" || k8 === "unit")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function checkStopTransactionMeterValue(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["timestamp"];
  if (v1 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return true; }
    else if (!isDateTime(v1)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return true; }
  }
  const v2 = v["sampledValue"];
  if (v2 === undefined) { if (c.fail(OCV, "/sampledValue", REQUIRED)) return true; }
  else {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/sampledValue", NOT_ARRAY)) return true; }
    else {
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/sampledValue"; c.path[c.depth++] = i3;
        if (checkStopTransactionSampledValue(v4, c)) return true;
        c.depth -= 2;
      }
    }
  }
  for (const k5 in v) n0--;
  if (n0 !== 0) {
    for (const k5 in v) if (!(k5 === "timestamp" || k5 === "sampledValue")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return true; }
  }
  return false;
}

function checkStopTransactionSampledValue(v: any, c: Collector): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(TCV, "", NOT_OBJECT);
  let n0 = 0;
  const v1 = v["value"];
  if (v1 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return true; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/value", NOT_STRING)) return true; }
  }
  const v2 = v["context"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/context", NOT_STRING)) return true; }
    else if (!isReadingContext(v2)) { if (c.soft(PCV, "/context", "not a ReadingContext value")) return true; }
  }
  const v3 = v["format"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/format", NOT_STRING)) return true; }
    else if (!isValueFormat(v3)) { if (c.soft(PCV, "/format", "not a ValueFormat value")) return true; }
  }
  const v4 = v["measurand"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/measurand", NOT_STRING)) return true; }
    else if (!isMeasurand(v4)) { if (c.soft(PCV, "/measurand", "not a Measurand value")) return true; }
  }
  const v5 = v["phase"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/phase", NOT_STRING)) return true; }
    else if (!isPhase(v5)) { if (c.soft(PCV, "/phase", "not a Phase value")) return true; }
  }
  const v6 = v["location"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/location", NOT_STRING)) return true; }
    else if (!isLocation(v6)) { if (c.soft(PCV, "/location", "not a Location value")) return true; }
  }
  const v7 = v["unit"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/unit", NOT_STRING)) return true; }
    else if (!isStopTransactionUnitOfMeasure(v7)) { if (c.soft(PCV, "/unit", "not a StopTransactionUnitOfMeasure value")) return true; }
  }
  for (const k8 in v) n0--;
  if (n0 !== 0) {
    for (const k8 in v) if (!(k8 === "value" || k8 === "context" || k8 === "format" || k8 === "measurand" || k8 === "phase" || k8 === "location" || k8 === "unit")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return true; }
  }
  return false;
}

function AuthorizeRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idTag"];
  if (v1 === undefined) { if (c.fail(OCV, "/idTag", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/idTag", NOT_STRING)) return; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/idTag", "longer than maxLength 20")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "idTag")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function AuthorizeResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idTagInfo"];
  if (v1 === undefined) { if (c.fail(OCV, "/idTagInfo", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idTagInfo";
    if (checkIdTagInfo(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "idTagInfo")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function BootNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["chargePointVendor"];
  if (v1 === undefined) { if (c.fail(OCV, "/chargePointVendor", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/chargePointVendor", NOT_STRING)) return; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/chargePointVendor", "longer than maxLength 20")) return; }
  }
  const v2 = d["chargePointModel"];
  if (v2 === undefined) { if (c.fail(OCV, "/chargePointModel", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/chargePointModel", NOT_STRING)) return; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/chargePointModel", "longer than maxLength 20")) return; }
  }
  const v3 = d["chargePointSerialNumber"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargePointSerialNumber", NOT_STRING)) return; }
    else if (v3.length > 25 && (v3.length > 50 || codePoints(v3) > 25)) { if (c.soft(PCV, "/chargePointSerialNumber", "longer than maxLength 25")) return; }
  }
  const v4 = d["chargeBoxSerialNumber"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/chargeBoxSerialNumber", NOT_STRING)) return; }
    else if (v4.length > 25 && (v4.length > 50 || codePoints(v4) > 25)) { if (c.soft(PCV, "/chargeBoxSerialNumber", "longer than maxLength 25")) return; }
  }
  const v5 = d["firmwareVersion"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/firmwareVersion", NOT_STRING)) return; }
    else if (v5.length > 50 && (v5.length > 100 || codePoints(v5) > 50)) { if (c.soft(PCV, "/firmwareVersion", "longer than maxLength 50")) return; }
  }
  const v6 = d["iccid"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/iccid", NOT_STRING)) return; }
    else if (v6.length > 20 && (v6.length > 40 || codePoints(v6) > 20)) { if (c.soft(PCV, "/iccid", "longer than maxLength 20")) return; }
  }
  const v7 = d["imsi"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/imsi", NOT_STRING)) return; }
    else if (v7.length > 20 && (v7.length > 40 || codePoints(v7) > 20)) { if (c.soft(PCV, "/imsi", "longer than maxLength 20")) return; }
  }
  const v8 = d["meterType"];
  if (v8 !== undefined) {
    n0++;
    if (typeof v8 !== "string") { if (c.fail(TCV, "/meterType", NOT_STRING)) return; }
    else if (v8.length > 25 && (v8.length > 50 || codePoints(v8) > 25)) { if (c.soft(PCV, "/meterType", "longer than maxLength 25")) return; }
  }
  const v9 = d["meterSerialNumber"];
  if (v9 !== undefined) {
    n0++;
    if (typeof v9 !== "string") { if (c.fail(TCV, "/meterSerialNumber", NOT_STRING)) return; }
    else if (v9.length > 25 && (v9.length > 50 || codePoints(v9) > 25)) { if (c.soft(PCV, "/meterSerialNumber", "longer than maxLength 25")) return; }
  }
  for (const k10 in d) n0--;
  if (n0 !== 0) {
    for (const k10 in d) if (!(k10 === "chargePointVendor" || k10 === "chargePointModel" || k10 === "chargePointSerialNumber" || k10 === "chargeBoxSerialNumber" || k10 === "firmwareVersion" || k10 === "iccid" || k10 === "imsi" || k10 === "meterType" || k10 === "meterSerialNumber")) { if (c.soft(FV, "/" + pointerToken(k10), UNKNOWN)) return; }
  }
}

function BootNotificationResponse(d: any, c: Collector): void {
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
    else if (!isRegistrationStatus(v1)) { if (c.soft(PCV, "/status", "not a RegistrationStatus value")) return; }
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
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "status" || k4 === "currentTime" || k4 === "interval")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "reservationId")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
    else if (!isCancelReservationStatus(v1)) { if (c.soft(PCV, "/status", "not a CancelReservationStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "certificateChain")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ChangeAvailabilityRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v2 = d["type"];
  if (v2 === undefined) { if (c.fail(OCV, "/type", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/type", NOT_STRING)) return; }
    else if (!isAvailabilityType(v2)) { if (c.soft(PCV, "/type", "not a AvailabilityType value")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "connectorId" || k3 === "type")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
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
    else if (!isAvailabilityStatus(v1)) { if (c.soft(PCV, "/status", "not a AvailabilityStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ChangeConfigurationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["key"];
  if (v1 === undefined) { if (c.fail(OCV, "/key", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/key", NOT_STRING)) return; }
    else if (v1.length > 50 && (v1.length > 100 || codePoints(v1) > 50)) { if (c.soft(PCV, "/key", "longer than maxLength 50")) return; }
  }
  const v2 = d["value"];
  if (v2 === undefined) { if (c.fail(OCV, "/value", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/value", NOT_STRING)) return; }
    else if (v2.length > 500 && (v2.length > 1000 || codePoints(v2) > 500)) { if (c.soft(PCV, "/value", "longer than maxLength 500")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "key" || k3 === "value")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function ChangeConfigurationResponse(d: any, c: Collector): void {
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
    else if (!isConfigurationStatus(v1)) { if (c.soft(PCV, "/status", "not a ConfigurationStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ClearCacheRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
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
    else if (!isClearCacheStatus(v1)) { if (c.soft(PCV, "/status", "not a ClearCacheStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ClearChargingProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["id"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/id", NOT_INTEGER)) return; }
  }
  const v2 = d["connectorId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v3 = d["chargingProfilePurpose"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/chargingProfilePurpose", NOT_STRING)) return; }
    else if (!isChargingProfilePurposeType(v3)) { if (c.soft(PCV, "/chargingProfilePurpose", "not a ChargingProfilePurposeType value")) return; }
  }
  const v4 = d["stackLevel"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/stackLevel", NOT_INTEGER)) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "id" || k5 === "connectorId" || k5 === "chargingProfilePurpose" || k5 === "stackLevel")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
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
    else if (!isClearChargingProfileStatus(v1)) { if (c.soft(PCV, "/status", "not a ClearChargingProfileStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function DataTransferRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["vendorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/vendorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/vendorId", NOT_STRING)) return; }
    else if (v1.length > 255 && (v1.length > 510 || codePoints(v1) > 255)) { if (c.soft(PCV, "/vendorId", "longer than maxLength 255")) return; }
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
    if (typeof v3 !== "string") { if (c.fail(TCV, "/data", NOT_STRING)) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "vendorId" || k4 === "messageId" || k4 === "data")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
    else if (!isDataTransferStatus(v1)) { if (c.soft(PCV, "/status", "not a DataTransferStatus value")) return; }
  }
  const v2 = d["data"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/data", NOT_STRING)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "status" || k3 === "data")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "certificateHashData")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function DiagnosticsStatusNotificationRequest(d: any, c: Collector): void {
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
    else if (!isDiagnosticsStatus(v1)) { if (c.soft(PCV, "/status", "not a DiagnosticsStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function DiagnosticsStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function ExtendedTriggerMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["requestedMessage"];
  if (v1 === undefined) { if (c.fail(OCV, "/requestedMessage", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/requestedMessage", NOT_STRING)) return; }
    else if (!isMessageTriggerEnumType(v1)) { if (c.soft(PCV, "/requestedMessage", "not a MessageTriggerEnumType value")) return; }
  }
  const v2 = d["connectorId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "requestedMessage" || k3 === "connectorId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function ExtendedTriggerMessageResponse(d: any, c: Collector): void {
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
    else if (!isFirmwareStatus(v1)) { if (c.soft(PCV, "/status", "not a FirmwareStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function FirmwareStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function GetCompositeScheduleRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
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
    else if (!isChargingRateUnitType(v3)) { if (c.soft(PCV, "/chargingRateUnit", "not a ChargingRateUnitType value")) return; }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "connectorId" || k4 === "duration" || k4 === "chargingRateUnit")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
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
    else if (!isGetCompositeScheduleStatus(v1)) { if (c.soft(PCV, "/status", "not a GetCompositeScheduleStatus value")) return; }
  }
  const v2 = d["connectorId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v3 = d["scheduleStart"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/scheduleStart", NOT_STRING)) return; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/scheduleStart", NOT_DATE_TIME)) return; }
  }
  const v4 = d["chargingSchedule"];
  if (v4 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingSchedule";
    if (checkChargingSchedule(v4, c)) return;
    c.depth -= 1;
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "status" || k5 === "connectorId" || k5 === "scheduleStart" || k5 === "chargingSchedule")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetConfigurationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["key"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/key", NOT_ARRAY)) return; }
    else {
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        if (typeof v3 !== "string") { if (c.fail(TCV, "/key/" + i2, NOT_STRING)) return; }
        else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/key/" + i2, "longer than maxLength 50")) return; }
      }
    }
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "key")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function GetConfigurationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["configurationKey"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/configurationKey", NOT_ARRAY)) return; }
    else {
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/configurationKey"; c.path[c.depth++] = i2;
        if (checkKeyValue(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["unknownKey"];
  if (v4 !== undefined) {
    n0++;
    if (!Array.isArray(v4)) { if (c.fail(TCV, "/unknownKey", NOT_ARRAY)) return; }
    else {
      for (let i5 = 0; i5 < v4.length; i5++) {
        const v6 = v4[i5];
        if (typeof v6 !== "string") { if (c.fail(TCV, "/unknownKey/" + i5, NOT_STRING)) return; }
        else if (v6.length > 50 && (v6.length > 100 || codePoints(v6) > 50)) { if (c.soft(PCV, "/unknownKey/" + i5, "longer than maxLength 50")) return; }
      }
    }
  }
  for (const k7 in d) n0--;
  if (n0 !== 0) {
    for (const k7 in d) if (!(k7 === "configurationKey" || k7 === "unknownKey")) { if (c.soft(FV, "/" + pointerToken(k7), UNKNOWN)) return; }
  }
}

function GetDiagnosticsRequest(d: any, c: Collector): void {
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
    else if (!isUri(v1)) { if (c.fail(PCV, "/location", NOT_URI)) return; }
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
  const v4 = d["startTime"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/startTime", NOT_STRING)) return; }
    else if (!isDateTime(v4)) { if (c.fail(PCV, "/startTime", NOT_DATE_TIME)) return; }
  }
  const v5 = d["stopTime"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/stopTime", NOT_STRING)) return; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/stopTime", NOT_DATE_TIME)) return; }
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "location" || k6 === "retries" || k6 === "retryInterval" || k6 === "startTime" || k6 === "stopTime")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function GetDiagnosticsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["fileName"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/fileName", NOT_STRING)) return; }
    else if (v1.length > 255 && (v1.length > 510 || codePoints(v1) > 255)) { if (c.soft(PCV, "/fileName", "longer than maxLength 255")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "fileName")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function GetInstalledCertificateIdsRequest(d: any, c: Collector): void {
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
    else if (!isCertificateUseEnumType(v1)) { if (c.soft(PCV, "/certificateType", "not a CertificateUseEnumType value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "certificateType")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function GetInstalledCertificateIdsResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["certificateHashData"];
  if (v1 !== undefined) {
    n0++;
    if (!Array.isArray(v1)) { if (c.fail(TCV, "/certificateHashData", NOT_ARRAY)) return; }
    else {
      if (v1.length < 1) { if (c.fail(OCV, "/certificateHashData", "fewer than minItems 1")) return; }
      for (let i2 = 0; i2 < v1.length; i2++) {
        const v3 = v1[i2];
        c.path[c.depth++] = "/certificateHashData"; c.path[c.depth++] = i2;
        if (checkCertificateHashDataType(v3, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v4 = d["status"];
  if (v4 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isGetInstalledCertificateStatusEnumType(v4)) { if (c.soft(PCV, "/status", "not a GetInstalledCertificateStatusEnumType value")) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "certificateHashData" || k5 === "status")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function GetLocalListVersionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function GetLocalListVersionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["listVersion"];
  if (v1 === undefined) { if (c.fail(OCV, "/listVersion", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/listVersion", NOT_INTEGER)) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "listVersion")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  }
  const v5 = d["retryInterval"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "log" || k6 === "logType" || k6 === "requestId" || k6 === "retries" || k6 === "retryInterval")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
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
  const v2 = d["filename"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/filename", NOT_STRING)) return; }
    else if (v2.length > 255 && (v2.length > 510 || codePoints(v2) > 255)) { if (c.soft(PCV, "/filename", "longer than maxLength 255")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "status" || k3 === "filename")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function HeartbeatRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "currentTime")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
    else if (!isCertificateUseEnumType(v1)) { if (c.soft(PCV, "/certificateType", "not a CertificateUseEnumType value")) return; }
  }
  const v2 = d["certificate"];
  if (v2 === undefined) { if (c.fail(OCV, "/certificate", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/certificate", NOT_STRING)) return; }
    else if (v2.length > 5500 && (v2.length > 11000 || codePoints(v2) > 5500)) { if (c.soft(PCV, "/certificate", "longer than maxLength 5500")) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "certificateType" || k3 === "certificate")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "status" || k3 === "requestId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function LogStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function MeterValuesRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v2 = d["transactionId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/transactionId", NOT_INTEGER)) return; }
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
        if (checkMeterValue(v5, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "connectorId" || k6 === "transactionId" || k6 === "meterValue")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function MeterValuesResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function RemoteStartTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v2 = d["idTag"];
  if (v2 === undefined) { if (c.fail(OCV, "/idTag", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/idTag", NOT_STRING)) return; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/idTag", "longer than maxLength 20")) return; }
  }
  const v3 = d["chargingProfile"];
  if (v3 !== undefined) {
    n0++;
    c.path[c.depth++] = "/chargingProfile";
    if (checkChargingProfile(v3, c)) return;
    c.depth -= 1;
  }
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "connectorId" || k4 === "idTag" || k4 === "chargingProfile")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function RemoteStartTransactionResponse(d: any, c: Collector): void {
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
    else if (!isRemoteStartStopStatus(v1)) { if (c.soft(PCV, "/status", "not a RemoteStartStopStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function RemoteStopTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["transactionId"];
  if (v1 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/transactionId", NOT_INTEGER)) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function RemoteStopTransactionResponse(d: any, c: Collector): void {
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
    else if (!isRemoteStartStopStatus(v1)) { if (c.soft(PCV, "/status", "not a RemoteStartStopStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function ReserveNowRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v2 = d["expiryDate"];
  if (v2 === undefined) { if (c.fail(OCV, "/expiryDate", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/expiryDate", NOT_STRING)) return; }
    else if (!isDateTime(v2)) { if (c.fail(PCV, "/expiryDate", NOT_DATE_TIME)) return; }
  }
  const v3 = d["idTag"];
  if (v3 === undefined) { if (c.fail(OCV, "/idTag", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/idTag", NOT_STRING)) return; }
    else if (v3.length > 20 && (v3.length > 40 || codePoints(v3) > 20)) { if (c.soft(PCV, "/idTag", "longer than maxLength 20")) return; }
  }
  const v4 = d["parentIdTag"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/parentIdTag", NOT_STRING)) return; }
    else if (v4.length > 20 && (v4.length > 40 || codePoints(v4) > 20)) { if (c.soft(PCV, "/parentIdTag", "longer than maxLength 20")) return; }
  }
  const v5 = d["reservationId"];
  if (v5 === undefined) { if (c.fail(OCV, "/reservationId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "number" || !Number.isInteger(v5)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "connectorId" || k6 === "expiryDate" || k6 === "idTag" || k6 === "parentIdTag" || k6 === "reservationId")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
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
    else if (!isReservationStatus(v1)) { if (c.soft(PCV, "/status", "not a ReservationStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
    else if (!isResetType(v1)) { if (c.soft(PCV, "/type", "not a ResetType value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "type")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
    else if (!isResetStatus(v1)) { if (c.soft(PCV, "/status", "not a ResetStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  for (const k4 in d) n0--;
  if (n0 !== 0) {
    for (const k4 in d) if (!(k4 === "type" || k4 === "timestamp" || k4 === "techInfo")) { if (c.soft(FV, "/" + pointerToken(k4), UNKNOWN)) return; }
  }
}

function SecurityEventNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function SendLocalListRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["listVersion"];
  if (v1 === undefined) { if (c.fail(OCV, "/listVersion", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/listVersion", NOT_INTEGER)) return; }
  }
  const v2 = d["localAuthorizationList"];
  if (v2 !== undefined) {
    n0++;
    if (!Array.isArray(v2)) { if (c.fail(TCV, "/localAuthorizationList", NOT_ARRAY)) return; }
    else {
      for (let i3 = 0; i3 < v2.length; i3++) {
        const v4 = v2[i3];
        c.path[c.depth++] = "/localAuthorizationList"; c.path[c.depth++] = i3;
        if (checkAuthorizationData(v4, c)) return;
        c.depth -= 2;
      }
    }
  }
  const v5 = d["updateType"];
  if (v5 === undefined) { if (c.fail(OCV, "/updateType", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/updateType", NOT_STRING)) return; }
    else if (!isUpdateType(v5)) { if (c.soft(PCV, "/updateType", "not a UpdateType value")) return; }
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "listVersion" || k6 === "localAuthorizationList" || k6 === "updateType")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
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
    else if (!isUpdateStatus(v1)) { if (c.soft(PCV, "/status", "not a UpdateStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function SetChargingProfileRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v2 = d["csChargingProfiles"];
  if (v2 === undefined) { if (c.fail(OCV, "/csChargingProfiles", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/csChargingProfiles";
    if (checkChargingProfile(v2, c)) return;
    c.depth -= 1;
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "connectorId" || k3 === "csChargingProfiles")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
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
    else if (!isChargingProfileStatus(v1)) { if (c.soft(PCV, "/status", "not a ChargingProfileStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "csr")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function SignedFirmwareStatusNotificationRequest(d: any, c: Collector): void {
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
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "status" || k3 === "requestId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function SignedFirmwareStatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function SignedUpdateFirmwareRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["retries"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
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
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "retries" || k5 === "retryInterval" || k5 === "requestId" || k5 === "firmware")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function SignedUpdateFirmwareResponse(d: any, c: Collector): void {
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
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function StartTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v2 = d["idTag"];
  if (v2 === undefined) { if (c.fail(OCV, "/idTag", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/idTag", NOT_STRING)) return; }
    else if (v2.length > 20 && (v2.length > 40 || codePoints(v2) > 20)) { if (c.soft(PCV, "/idTag", "longer than maxLength 20")) return; }
  }
  const v3 = d["meterStart"];
  if (v3 === undefined) { if (c.fail(OCV, "/meterStart", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "number" || !Number.isInteger(v3)) { if (c.fail(TCV, "/meterStart", NOT_INTEGER)) return; }
  }
  const v4 = d["reservationId"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/reservationId", NOT_INTEGER)) return; }
  }
  const v5 = d["timestamp"];
  if (v5 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  for (const k6 in d) n0--;
  if (n0 !== 0) {
    for (const k6 in d) if (!(k6 === "connectorId" || k6 === "idTag" || k6 === "meterStart" || k6 === "reservationId" || k6 === "timestamp")) { if (c.soft(FV, "/" + pointerToken(k6), UNKNOWN)) return; }
  }
}

function StartTransactionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idTagInfo"];
  if (v1 === undefined) { if (c.fail(OCV, "/idTagInfo", REQUIRED)) return; }
  else {
    n0++;
    c.path[c.depth++] = "/idTagInfo";
    if (checkIdTagInfo(v1, c)) return;
    c.depth -= 1;
  }
  const v2 = d["transactionId"];
  if (v2 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/transactionId", NOT_INTEGER)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "idTagInfo" || k3 === "transactionId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
  }
}

function StatusNotificationRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  const v2 = d["errorCode"];
  if (v2 === undefined) { if (c.fail(OCV, "/errorCode", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "string") { if (c.fail(TCV, "/errorCode", NOT_STRING)) return; }
    else if (!isChargePointErrorCode(v2)) { if (c.soft(PCV, "/errorCode", "not a ChargePointErrorCode value")) return; }
  }
  const v3 = d["info"];
  if (v3 !== undefined) {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/info", NOT_STRING)) return; }
    else if (v3.length > 50 && (v3.length > 100 || codePoints(v3) > 50)) { if (c.soft(PCV, "/info", "longer than maxLength 50")) return; }
  }
  const v4 = d["status"];
  if (v4 === undefined) { if (c.fail(OCV, "/status", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "string") { if (c.fail(TCV, "/status", NOT_STRING)) return; }
    else if (!isChargePointStatus(v4)) { if (c.soft(PCV, "/status", "not a ChargePointStatus value")) return; }
  }
  const v5 = d["timestamp"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v5)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v6 = d["vendorId"];
  if (v6 !== undefined) {
    n0++;
    if (typeof v6 !== "string") { if (c.fail(TCV, "/vendorId", NOT_STRING)) return; }
    else if (v6.length > 255 && (v6.length > 510 || codePoints(v6) > 255)) { if (c.soft(PCV, "/vendorId", "longer than maxLength 255")) return; }
  }
  const v7 = d["vendorErrorCode"];
  if (v7 !== undefined) {
    n0++;
    if (typeof v7 !== "string") { if (c.fail(TCV, "/vendorErrorCode", NOT_STRING)) return; }
    else if (v7.length > 50 && (v7.length > 100 || codePoints(v7) > 50)) { if (c.soft(PCV, "/vendorErrorCode", "longer than maxLength 50")) return; }
  }
  for (const k8 in d) n0--;
  if (n0 !== 0) {
    for (const k8 in d) if (!(k8 === "connectorId" || k8 === "errorCode" || k8 === "info" || k8 === "status" || k8 === "timestamp" || k8 === "vendorId" || k8 === "vendorErrorCode")) { if (c.soft(FV, "/" + pointerToken(k8), UNKNOWN)) return; }
  }
}

function StatusNotificationResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

function StopTransactionRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idTag"];
  if (v1 !== undefined) {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/idTag", NOT_STRING)) return; }
    else if (v1.length > 20 && (v1.length > 40 || codePoints(v1) > 20)) { if (c.soft(PCV, "/idTag", "longer than maxLength 20")) return; }
  }
  const v2 = d["meterStop"];
  if (v2 === undefined) { if (c.fail(OCV, "/meterStop", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/meterStop", NOT_INTEGER)) return; }
  }
  const v3 = d["timestamp"];
  if (v3 === undefined) { if (c.fail(OCV, "/timestamp", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/timestamp", NOT_STRING)) return; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/timestamp", NOT_DATE_TIME)) return; }
  }
  const v4 = d["transactionId"];
  if (v4 === undefined) { if (c.fail(OCV, "/transactionId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/transactionId", NOT_INTEGER)) return; }
  }
  const v5 = d["reason"];
  if (v5 !== undefined) {
    n0++;
    if (typeof v5 !== "string") { if (c.fail(TCV, "/reason", NOT_STRING)) return; }
    else if (!isReason(v5)) { if (c.soft(PCV, "/reason", "not a Reason value")) return; }
  }
  const v6 = d["transactionData"];
  if (v6 !== undefined) {
    n0++;
    if (!Array.isArray(v6)) { if (c.fail(TCV, "/transactionData", NOT_ARRAY)) return; }
    else {
      for (let i7 = 0; i7 < v6.length; i7++) {
        const v8 = v6[i7];
        c.path[c.depth++] = "/transactionData"; c.path[c.depth++] = i7;
        if (checkStopTransactionMeterValue(v8, c)) return;
        c.depth -= 2;
      }
    }
  }
  for (const k9 in d) n0--;
  if (n0 !== 0) {
    for (const k9 in d) if (!(k9 === "idTag" || k9 === "meterStop" || k9 === "timestamp" || k9 === "transactionId" || k9 === "reason" || k9 === "transactionData")) { if (c.soft(FV, "/" + pointerToken(k9), UNKNOWN)) return; }
  }
}

function StopTransactionResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["idTagInfo"];
  if (v1 !== undefined) {
    n0++;
    c.path[c.depth++] = "/idTagInfo";
    if (checkIdTagInfo(v1, c)) return;
    c.depth -= 1;
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "idTagInfo")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function TriggerMessageRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["requestedMessage"];
  if (v1 === undefined) { if (c.fail(OCV, "/requestedMessage", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "string") { if (c.fail(TCV, "/requestedMessage", NOT_STRING)) return; }
    else if (!isMessageTrigger(v1)) { if (c.soft(PCV, "/requestedMessage", "not a MessageTrigger value")) return; }
  }
  const v2 = d["connectorId"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  for (const k3 in d) n0--;
  if (n0 !== 0) {
    for (const k3 in d) if (!(k3 === "requestedMessage" || k3 === "connectorId")) { if (c.soft(FV, "/" + pointerToken(k3), UNKNOWN)) return; }
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
    else if (!isTriggerMessageStatus(v1)) { if (c.soft(PCV, "/status", "not a TriggerMessageStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function UnlockConnectorRequest(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  const v1 = d["connectorId"];
  if (v1 === undefined) { if (c.fail(OCV, "/connectorId", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v1 !== "number" || !Number.isInteger(v1)) { if (c.fail(TCV, "/connectorId", NOT_INTEGER)) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "connectorId")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
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
    else if (!isUnlockStatus(v1)) { if (c.soft(PCV, "/status", "not a UnlockStatus value")) return; }
  }
  for (const k2 in d) n0--;
  if (n0 !== 0) {
    for (const k2 in d) if (!(k2 === "status")) { if (c.soft(FV, "/" + pointerToken(k2), UNKNOWN)) return; }
  }
}

function UpdateFirmwareRequest(d: any, c: Collector): void {
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
    else if (!isUri(v1)) { if (c.fail(PCV, "/location", NOT_URI)) return; }
  }
  const v2 = d["retries"];
  if (v2 !== undefined) {
    n0++;
    if (typeof v2 !== "number" || !Number.isInteger(v2)) { if (c.fail(TCV, "/retries", NOT_INTEGER)) return; }
  }
  const v3 = d["retrieveDate"];
  if (v3 === undefined) { if (c.fail(OCV, "/retrieveDate", REQUIRED)) return; }
  else {
    n0++;
    if (typeof v3 !== "string") { if (c.fail(TCV, "/retrieveDate", NOT_STRING)) return; }
    else if (!isDateTime(v3)) { if (c.fail(PCV, "/retrieveDate", NOT_DATE_TIME)) return; }
  }
  const v4 = d["retryInterval"];
  if (v4 !== undefined) {
    n0++;
    if (typeof v4 !== "number" || !Number.isInteger(v4)) { if (c.fail(TCV, "/retryInterval", NOT_INTEGER)) return; }
  }
  for (const k5 in d) n0--;
  if (n0 !== 0) {
    for (const k5 in d) if (!(k5 === "location" || k5 === "retries" || k5 === "retrieveDate" || k5 === "retryInterval")) { if (c.soft(FV, "/" + pointerToken(k5), UNKNOWN)) return; }
  }
}

function UpdateFirmwareResponse(d: any, c: Collector): void {
  if (typeof d !== "object" || d === null || Array.isArray(d)) {
    c.fail(FV, "", "payload must be a JSON object");
    return;
  }
  let n0 = 0;
  for (const k1 in d) n0--;
  if (n0 !== 0) {
    for (const k1 in d) if (!(false)) { if (c.soft(FV, "/" + pointerToken(k1), UNKNOWN)) return; }
  }
}

/** Validator of each action's request. */
export const requestValidators: ReadonlyMap<string, GeneratedValidator> = new Map([
  ["Authorize", AuthorizeRequest],
  ["BootNotification", BootNotificationRequest],
  ["CancelReservation", CancelReservationRequest],
  ["CertificateSigned", CertificateSignedRequest],
  ["ChangeAvailability", ChangeAvailabilityRequest],
  ["ChangeConfiguration", ChangeConfigurationRequest],
  ["ClearCache", ClearCacheRequest],
  ["ClearChargingProfile", ClearChargingProfileRequest],
  ["DataTransfer", DataTransferRequest],
  ["DeleteCertificate", DeleteCertificateRequest],
  ["DiagnosticsStatusNotification", DiagnosticsStatusNotificationRequest],
  ["ExtendedTriggerMessage", ExtendedTriggerMessageRequest],
  ["FirmwareStatusNotification", FirmwareStatusNotificationRequest],
  ["GetCompositeSchedule", GetCompositeScheduleRequest],
  ["GetConfiguration", GetConfigurationRequest],
  ["GetDiagnostics", GetDiagnosticsRequest],
  ["GetInstalledCertificateIds", GetInstalledCertificateIdsRequest],
  ["GetLocalListVersion", GetLocalListVersionRequest],
  ["GetLog", GetLogRequest],
  ["Heartbeat", HeartbeatRequest],
  ["InstallCertificate", InstallCertificateRequest],
  ["LogStatusNotification", LogStatusNotificationRequest],
  ["MeterValues", MeterValuesRequest],
  ["RemoteStartTransaction", RemoteStartTransactionRequest],
  ["RemoteStopTransaction", RemoteStopTransactionRequest],
  ["ReserveNow", ReserveNowRequest],
  ["Reset", ResetRequest],
  ["SecurityEventNotification", SecurityEventNotificationRequest],
  ["SendLocalList", SendLocalListRequest],
  ["SetChargingProfile", SetChargingProfileRequest],
  ["SignCertificate", SignCertificateRequest],
  ["SignedFirmwareStatusNotification", SignedFirmwareStatusNotificationRequest],
  ["SignedUpdateFirmware", SignedUpdateFirmwareRequest],
  ["StartTransaction", StartTransactionRequest],
  ["StatusNotification", StatusNotificationRequest],
  ["StopTransaction", StopTransactionRequest],
  ["TriggerMessage", TriggerMessageRequest],
  ["UnlockConnector", UnlockConnectorRequest],
  ["UpdateFirmware", UpdateFirmwareRequest],
]);

/** Validator of each action's response. */
export const responseValidators: ReadonlyMap<string, GeneratedValidator> = new Map([
  ["Authorize", AuthorizeResponse],
  ["BootNotification", BootNotificationResponse],
  ["CancelReservation", CancelReservationResponse],
  ["CertificateSigned", CertificateSignedResponse],
  ["ChangeAvailability", ChangeAvailabilityResponse],
  ["ChangeConfiguration", ChangeConfigurationResponse],
  ["ClearCache", ClearCacheResponse],
  ["ClearChargingProfile", ClearChargingProfileResponse],
  ["DataTransfer", DataTransferResponse],
  ["DeleteCertificate", DeleteCertificateResponse],
  ["DiagnosticsStatusNotification", DiagnosticsStatusNotificationResponse],
  ["ExtendedTriggerMessage", ExtendedTriggerMessageResponse],
  ["FirmwareStatusNotification", FirmwareStatusNotificationResponse],
  ["GetCompositeSchedule", GetCompositeScheduleResponse],
  ["GetConfiguration", GetConfigurationResponse],
  ["GetDiagnostics", GetDiagnosticsResponse],
  ["GetInstalledCertificateIds", GetInstalledCertificateIdsResponse],
  ["GetLocalListVersion", GetLocalListVersionResponse],
  ["GetLog", GetLogResponse],
  ["Heartbeat", HeartbeatResponse],
  ["InstallCertificate", InstallCertificateResponse],
  ["LogStatusNotification", LogStatusNotificationResponse],
  ["MeterValues", MeterValuesResponse],
  ["RemoteStartTransaction", RemoteStartTransactionResponse],
  ["RemoteStopTransaction", RemoteStopTransactionResponse],
  ["ReserveNow", ReserveNowResponse],
  ["Reset", ResetResponse],
  ["SecurityEventNotification", SecurityEventNotificationResponse],
  ["SendLocalList", SendLocalListResponse],
  ["SetChargingProfile", SetChargingProfileResponse],
  ["SignCertificate", SignCertificateResponse],
  ["SignedFirmwareStatusNotification", SignedFirmwareStatusNotificationResponse],
  ["SignedUpdateFirmware", SignedUpdateFirmwareResponse],
  ["StartTransaction", StartTransactionResponse],
  ["StatusNotification", StatusNotificationResponse],
  ["StopTransaction", StopTransactionResponse],
  ["TriggerMessage", TriggerMessageResponse],
  ["UnlockConnector", UnlockConnectorResponse],
  ["UpdateFirmware", UpdateFirmwareResponse],
]);
