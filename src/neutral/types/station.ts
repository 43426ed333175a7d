/**
 * What a station tells the CSMS, and the CSMS's answers, in the neutral
 * model: boot, heartbeat, connector status, authorization, meter values
 * outside transactions, data transfer, security events, firmware and log
 * status. Transactions have their own file.
 */
import type {
  BootReason,
  ConnectorErrorCode,
  ConnectorStatus,
  DataTransferStatus,
  DetailedConnectorStatus,
  FirmwareStatus,
  IdToken,
  IdTokenInfo,
  LogUploadStatus,
  MeterValue,
  RegistrationStatus,
  StatusInfo,
} from './common.js';

/** The station as it describes itself when it boots. */
export interface StationInfo {
  /** 1.6 chargePointVendor, 2.x vendorName. */
  readonly vendor: string;
  /** The model (1.6 chargePointModel). */
  readonly model: string;
  /** 1.6 chargePointSerialNumber. */
  readonly serialNumber?: string;
  /** The firmware the station runs. */
  readonly firmwareVersion?: string;
  /** The modem's SIM card. */
  readonly modem?: { readonly iccid?: string; readonly imsi?: string };
  /** 1.6 only (deprecated there): the serial number of the charge box. */
  readonly chargeBoxSerialNumber?: string;
  /** 1.6 only: type of the main electrical meter. */
  readonly meterType?: string;
  /** 1.6 only: serial number of the main electrical meter. */
  readonly meterSerialNumber?: string;
}

/** A station booted and asks to be registered. */
export interface Boot {
  /** What the station says about itself. */
  readonly station: StationInfo;
  /** Why it booted (2.x); absent from 1.6 stations. */
  readonly reason?: BootReason;
}

/** The CSMS's registration decision. */
export interface BootAnswer {
  /** Accepted, Pending or Rejected. */
  readonly status: RegistrationStatus;
  /** The CSMS's time, RFC 3339. */
  readonly currentTime: string;
  /** Accepted: the heartbeat interval; otherwise the wait before the next boot (seconds). */
  readonly interval: number;
  /** Why the CSMS decided so (2.x). */
  readonly statusInfo?: StatusInfo;
}

/** A heartbeat (it carries nothing). */
export type Heartbeat = Record<string, never>;

/** The answer to a heartbeat: the CSMS's time. */
export interface HeartbeatAnswer {
  /** The CSMS's time, RFC 3339. */
  readonly currentTime: string;
}

/** An answer that carries nothing (status, meter values, notifications). */
export type Acknowledgement = Record<string, never>;

/**
 * A connector's status changed. 1.6's finer status and error details are
 * kept; 2.x's coarse status is always given.
 */
export interface StatusReport {
  /** 0 with connector 0: the station as a whole (1.6 connector 0). */
  readonly evseId: number;
  /** The connector on that EVSE (1.6: 1, or 0 with EVSE 0). */
  readonly connectorId: number;
  /** The status as 2.x says it (1.6 Preparing, Charging, ... are Occupied). */
  readonly status: ConnectorStatus;
  /** When the status changed; 1.6 may leave it out. */
  readonly timestamp?: string;
  /** 1.6's status (Preparing, Charging, SuspendedEV, ...), when the station is 1.6. */
  readonly detailedStatus?: DetailedConnectorStatus;
  /** 1.6 error code (NoError when all is well). */
  readonly errorCode?: ConnectorErrorCode;
  /** 1.6 free-form information about the error. */
  readonly info?: string;
  /** 1.6 vendor of a vendor-specific error code. */
  readonly vendorId?: string;
  /** 1.6 vendor-specific error code. */
  readonly vendorErrorCode?: string;
}

/** A station asks whether a token may charge. */
export interface AuthorizationCheck {
  /** The token presented. */
  readonly idToken: IdToken;
}

/** The CSMS's verdict on a token. */
export interface AuthorizationAnswer {
  /** What the CSMS says about the token. */
  readonly idTokenInfo: IdTokenInfo;
}

/** Meter values outside a transaction (or from the main meter). */
export interface MeterReport {
  /** 0: the main meter of the station. */
  readonly evseId: number;
  /** The readings, at least one. */
  readonly meterValue: readonly MeterValue[];
  /**
   * 1.6 only: the transaction the values belong to. The tracker reads such
   * a report as an Updated event of that transaction (2.x sends those as
   * TransactionEvent).
   */
  readonly transactionId?: string;
}

/** Vendor-specific data, in either direction. */
export interface DataTransfer {
  /** Whose extension this is (a vendor's identifier). */
  readonly vendorId: string;
  /** Which message of that vendor's extension. */
  readonly messageId?: string;
  /** Any JSON in 2.x; a string in 1.6. */
  readonly data?: unknown;
}

/** The answer to a data transfer. */
export interface DataTransferAnswer {
  /** Accepted, Rejected, UnknownMessageId or UnknownVendorId. */
  readonly status: DataTransferStatus;
  /** The answer's data: any JSON in 2.x, a string in 1.6. */
  readonly data?: unknown;
  /** Why it was answered so (2.x). */
  readonly statusInfo?: StatusInfo;
}

/** A security event the station reports (same in 1.6's security extension and 2.x). */
export interface SecurityEvent {
  /** Type of the event (the security events appendix lists the standard ones). */
  readonly type: string;
  /** When it happened, RFC 3339. */
  readonly timestamp: string;
  /** Technical detail, free text. */
  readonly techInfo?: string;
}

/** Progress of a firmware update. */
export interface FirmwareStatusReport {
  /** Where the update stands (Downloading, Installed, InstallationFailed, ...). */
  readonly status: FirmwareStatus;
  /** The update request this belongs to (2.x, 1.6 signed updates). */
  readonly requestId?: number;
  /** More about the status (2.1). */
  readonly statusInfo?: StatusInfo;
}

/** Progress of a log (1.6: diagnostics) upload. */
export interface LogStatusReport {
  /** Where the upload stands (Uploading, Uploaded, UploadFailure, ...). */
  readonly status: LogUploadStatus;
  /** The log request this belongs to (2.x, 1.6 GetLog). */
  readonly requestId?: number;
  /** More about the status (2.1). */
  readonly statusInfo?: StatusInfo;
}
