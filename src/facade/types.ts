/**
 * What an application written against the facade sees: the station a
 * message came from, the handler of each neutral message, and the events.
 */
import type {
  Acknowledgement,
  AuthorizationAnswer,
  AuthorizationCheck,
  Boot,
  BootAnswer,
  DataTransfer,
  DataTransferAnswer,
  FirmwareStatusReport,
  Heartbeat,
  HeartbeatAnswer,
  LogStatusReport,
  Loss,
  MeterReport,
  OcppVersion,
  SecurityEvent,
  StatusReport,
  TransactionAnswer,
  TransactionEvent,
  TransactionRecord,
} from '../neutral/index.js';

/** The station a message came from (or a command goes to). */
export interface StationRef {
  /** The station identity from its connection URL. */
  readonly identity: string;
  /** The version it speaks on this connection. */
  readonly version: OcppVersion;
}

/** What a transaction handler is told beside the event. */
export interface TransactionContext extends StationRef {
  /** The transaction's record with this event applied (the same shape for every version). */
  readonly record: TransactionRecord;
  /**
   * True when the station sent this event before (a retry after a lost
   * answer): the record did not change. Answer as before; apply nothing twice.
   */
  readonly duplicate: boolean;
}

/** A handler's answer, now or later. */
export type Awaitable<T> = T | Promise<T>;

/** The handler of each neutral station message, by the method that registers it. */
export interface NeutralHandlers {
  /** BootNotification of every version. */
  boot: (request: Boot, station: StationRef) => Awaitable<BootAnswer>;
  /** Heartbeat. */
  heartbeat: (request: Heartbeat, station: StationRef) => Awaitable<HeartbeatAnswer>;
  /** StatusNotification (a connector's status). */
  status: (request: StatusReport, station: StationRef) => Awaitable<Acknowledgement | void>;
  /** Authorize. */
  authorize: (request: AuthorizationCheck, station: StationRef) => Awaitable<AuthorizationAnswer>;
  /** 2.x TransactionEvent; 1.6 StartTransaction, StopTransaction and MeterValues that name a transaction. */
  transaction: (event: TransactionEvent, context: TransactionContext) => Awaitable<TransactionAnswer>;
  /** MeterValues outside a transaction (1.6: without a transactionId). */
  meterValues: (request: MeterReport, station: StationRef) => Awaitable<Acknowledgement | void>;
  /** DataTransfer from the station. */
  dataTransfer: (request: DataTransfer, station: StationRef) => Awaitable<DataTransferAnswer>;
  /** SecurityEventNotification. */
  securityEvent: (request: SecurityEvent, station: StationRef) => Awaitable<Acknowledgement | void>;
  /** FirmwareStatusNotification (1.6 also SignedFirmwareStatusNotification). */
  firmwareStatus: (request: FirmwareStatusReport, station: StationRef) => Awaitable<Acknowledgement | void>;
  /** 2.x LogStatusNotification; 1.6 DiagnosticsStatusNotification and LogStatusNotification. */
  logStatus: (request: LogStatusReport, station: StationRef) => Awaitable<Acknowledgement | void>;
}

/** The events of a NeutralCsms and their arguments. */
export interface NeutralCsmsEvents {
  /**
   * A transaction message was handled and answered: the event (as first
   * received, for a duplicate), the record after it, and whether it was a
   * duplicate.
   */
  transaction: [context: TransactionContext, event: TransactionEvent];
  /** A conversion left a field out or filled one in (see conversionRules). */
  loss: [station: StationRef, loss: Loss];
}
