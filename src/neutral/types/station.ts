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
  readonly model: string;
  /** 1.6 chargePointSerialNumber. */
  readonly serialNumber?: string;
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
  readonly station: StationInfo;
  /** Why it booted (2.x); absent from 1.6 stations. */
  readonly reason?: BootReason;
}

/** The CSMS's registration decision. */
export interface BootAnswer {
  readonly status: RegistrationStatus;
  /** The CSMS's time, RFC 3339. */
  readonly currentTime: string;
  /** Accepted: the heartbeat interval; otherwise the wait before the next boot (seconds). */
  readonly interval: number;
  readonly statusInfo?: StatusInfo;
}

/** A heartbeat (it carries nothing). */
export type Heartbeat = Record<string, never>;

/** The answer to a heartbeat: the CSMS's time. */
export interface HeartbeatAnswer {
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
  readonly connectorId: number;
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
  readonly idToken: IdToken;
}

/** The CSMS's verdict on a token. */
export interface AuthorizationAnswer {
  readonly idTokenInfo: IdTokenInfo;
}

/** Meter values outside a transaction (or from the main meter). */
export interface MeterReport {
  /** 0: the main meter of the station. */
  readonly evseId: number;
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
  readonly vendorId: string;
  readonly messageId?: string;
  /** Any JSON in 2.x; a string in 1.6. */
  readonly data?: unknown;
}

/** The answer to a data transfer. */
export interface DataTransferAnswer {
  readonly status: DataTransferStatus;
  readonly data?: unknown;
  readonly statusInfo?: StatusInfo;
}

/** A security event the station reports (same in 1.6's security extension and 2.x). */
export interface SecurityEvent {
  /** Type of the event (the security events appendix lists the standard ones). */
  readonly type: string;
  readonly timestamp: string;
  readonly techInfo?: string;
}

/** Progress of a firmware update. */
export interface FirmwareStatusReport {
  readonly status: FirmwareStatus;
  /** The update request this belongs to (2.x, 1.6 signed updates). */
  readonly requestId?: number;
  /** More about the status (2.1). */
  readonly statusInfo?: StatusInfo;
}

/** Progress of a log (1.6: diagnostics) upload. */
export interface LogStatusReport {
  readonly status: LogUploadStatus;
  /** The log request this belongs to (2.x, 1.6 GetLog). */
  readonly requestId?: number;
  /** More about the status (2.1). */
  readonly statusInfo?: StatusInfo;
}
