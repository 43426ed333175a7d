/**
 * The records of the test CSMS, one shape for stations and transactions of
 * every version, and reading the meter values they keep.
 */
import type { AuthorizationStatusEnumType, ReportDataType, neutral } from '../lib.js';

/** What every handler's context carries (the transport's StationContext). */
export interface StationIdentityContext {
  readonly identity: string;
}

export interface CsmsConfig {
  /** The BootNotification answer. Default Accepted. */
  readonly bootStatus?: 'Accepted' | 'Pending' | 'Rejected';
  /** Accept a station once it has booted this many times with another answer (Pending, then Accepted). */
  readonly acceptAfter?: number;
  /** Heartbeat interval given to accepted stations, s. Default 300. */
  readonly heartbeatIntervalS?: number;
  /** Retry interval given with Pending and Rejected, s. Default 30. */
  readonly retryIntervalS?: number;
  /** idToken -> status; undefined accepts every idToken. */
  readonly idTokens?: ReadonlyMap<string, AuthorizationStatusEnumType>;
}

export interface ConnectorRecord {
  readonly evseId: number;
  readonly connectorId: number;
  /** As 2.x says it (1.6 Preparing, Charging, ... are Occupied). */
  status: string;
  /** 1.6's finer status, for 1.6 stations. */
  detailedStatus?: string;
  timestamp: string;
}

export interface StationRecord {
  readonly identity: string;
  /** The OCPP version of its latest connection. */
  version: string | undefined;
  connected: boolean;
  registration: 'Accepted' | 'Pending' | 'Rejected' | 'Unknown';
  boots: number;
  /** What the station said of itself at boot (vendor, model, serial number, firmware). */
  chargingStation: neutral.StationInfo | undefined;
  bootReason: string | undefined;
  firstSeen: string;
  lastSeen: string;
  lastHeartbeat: string | undefined;
  securityProfile: number | undefined;
  readonly connectors: Map<string, ConnectorRecord>;
  /** NotifyReport data by requestId (2.x). */
  readonly reports: Map<number, ReportDataType[]>;
  events: number;
  readonly securityEvents: { type: string; timestamp: string }[];
  meterValues: number;
  lastMeterValue: neutral.MeterValue | undefined;
}

/** A transaction, the same shape for a 1.6, a 2.0.1 and a 2.1 station. */
export interface TransactionRecord {
  /** 2.x: the station's id; 1.6: the integer the CSMS gave it, in decimal. */
  readonly transactionId: string;
  readonly station: string;
  /** The station's OCPP version. */
  readonly version: string;
  state: 'Active' | 'Ended';
  evseId: number | undefined;
  connectorId: number | undefined;
  chargingState: string | undefined;
  /** The token that started it (`type` absent for 1.6, which does not say). */
  idToken: { idToken: string; type?: string } | undefined;
  remoteStartId: number | undefined;
  startedAt: string;
  updatedAt: string;
  endedAt: string | undefined;
  stoppedReason: string | undefined;
  meterStartWh: number | undefined;
  meterLastWh: number | undefined;
  /** Energy delivered so far, Wh: the last import register reading minus the first. */
  energyWh: number;
  powerW: number | undefined;
  soc: number | undefined;
  lastSeqNo: number;
  events: number;
  lastTrigger: string;
}

export interface CsmsStateEvents {
  transactionStarted: [TransactionRecord];
  transactionEnded: [TransactionRecord];
  /** Periodic meter values of a running transaction arrived. */
  transactionMetered: [TransactionRecord];
  /** Any change of a transaction (for a live view). */
  transaction: [TransactionRecord];
  /** Any change of a station (for a live view). */
  station: [StationRecord];
  booted: [StationRecord, 'Accepted' | 'Pending' | 'Rejected'];
  /** A frame went to or came from a station (emitted only while someone listens). */
  frame: [direction: 'StationToCsms' | 'CsmsToStation', identity: string, text: string];
}

/** Reads the energy import register (Wh) of meter values, with units and multipliers applied. */
export function registerWh(values: readonly neutral.MeterValue[] | undefined): number | undefined {
  return reading(values, 'Energy.Active.Import.Register', { Wh: 1, kWh: 1000 });
}

/** The last reading of a measurand (not per phase) in meter values, in the unit `units` maps to 1. */
export function reading(values: readonly neutral.MeterValue[] | undefined, measurand: string, units: Record<string, number>): number | undefined {
  let found: number | undefined;
  for (const mv of values ?? []) {
    for (const sv of mv.sampledValue) {
      if ((sv.measurand ?? 'Energy.Active.Import.Register') !== measurand || sv.phase !== undefined || sv.value === undefined) continue;
      const unit = sv.unitOfMeasure?.unit ?? (measurand.startsWith('Energy') ? 'Wh' : measurand.startsWith('Power') ? 'W' : '');
      const factor = (units[unit] ?? 1) * 10 ** (sv.unitOfMeasure?.multiplier ?? 0);
      found = sv.value * factor;
    }
  }
  return found;
}

