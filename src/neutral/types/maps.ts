/**
 * The neutral messages by name, and the shape of a converter between one
 * version's action and the neutral model. Each version's tables (v16.ts,
 * v201.ts, v21.ts) are built from these, so a CSMS written against the
 * neutral names serves every version.
 */
import type { ConversionOptions } from '../errors.js';
import type {
  ChangeAvailability,
  ClearChargingProfile,
  CommandStatus,
  GetCompositeSchedule,
  GetCompositeScheduleResult,
  RemoteStart,
  RemoteStartResult,
  RemoteStop,
  Reset,
  SetChargingProfile,
  Trigger,
  Unlock,
  UnlockStatus,
} from './commands.js';
import type { GetVariables, GetVariablesResult, SetVariables, SetVariablesResult } from './configuration.js';
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
  MeterReport,
  SecurityEvent,
  StatusReport,
} from './station.js';
import type { TransactionAnswer, TransactionEvent } from './transaction.js';

/** What a station tells the CSMS, by neutral name, with the CSMS's answer. */
export interface StationMessages {
  /** BootNotification. */
  boot: { request: Boot; answer: BootAnswer };
  /** Heartbeat. */
  heartbeat: { request: Heartbeat; answer: HeartbeatAnswer };
  /** StatusNotification. */
  status: { request: StatusReport; answer: Acknowledgement };
  /** Authorize. */
  authorize: { request: AuthorizationCheck; answer: AuthorizationAnswer };
  /** 2.x TransactionEvent; 1.6 StartTransaction and StopTransaction. */
  transaction: { request: TransactionEvent; answer: TransactionAnswer };
  /** MeterValues (a 1.6 one naming a transaction is also that transaction's event: the tracker reads it). */
  meterValues: { request: MeterReport; answer: Acknowledgement };
  /** DataTransfer from the station. */
  dataTransfer: { request: DataTransfer; answer: DataTransferAnswer };
  /** SecurityEventNotification. */
  securityEvent: { request: SecurityEvent; answer: Acknowledgement };
  /** FirmwareStatusNotification (1.6 also SignedFirmwareStatusNotification). */
  firmwareStatus: { request: FirmwareStatusReport; answer: Acknowledgement };
  /** 2.x LogStatusNotification; 1.6 DiagnosticsStatusNotification and LogStatusNotification. */
  logStatus: { request: LogStatusReport; answer: Acknowledgement };
}

/** The name of a station message. */
export type StationMessageName = keyof StationMessages;

/** What the CSMS asks of a station, by neutral name, with the result. */
export interface Commands {
  /** 2.x RequestStartTransaction; 1.6 RemoteStartTransaction. */
  remoteStart: { command: RemoteStart; result: RemoteStartResult };
  /** 2.x RequestStopTransaction; 1.6 RemoteStopTransaction. */
  remoteStop: { command: RemoteStop; result: CommandStatus };
  /** Reset. */
  reset: { command: Reset; result: CommandStatus<'Accepted' | 'Rejected' | 'Scheduled'> };
  /** UnlockConnector. */
  unlock: { command: Unlock; result: CommandStatus<UnlockStatus> };
  /** ChangeAvailability. */
  changeAvailability: { command: ChangeAvailability; result: CommandStatus<'Accepted' | 'Rejected' | 'Scheduled'> };
  /** 2.x TriggerMessage; 1.6 TriggerMessage and ExtendedTriggerMessage. */
  trigger: { command: Trigger; result: CommandStatus<'Accepted' | 'Rejected' | 'NotImplemented'> };
  /** DataTransfer from the CSMS. */
  dataTransfer: { command: DataTransfer; result: DataTransferAnswer };
  /** 2.x GetVariables; 1.6 GetConfiguration. */
  getVariables: { command: GetVariables; result: GetVariablesResult };
  /** 2.x SetVariables; 1.6 ChangeConfiguration, one per variable. */
  setVariables: { command: SetVariables; result: SetVariablesResult };
  /** SetChargingProfile. */
  setChargingProfile: { command: SetChargingProfile; result: CommandStatus<'Accepted' | 'Rejected' | 'NotSupported'> };
  /** ClearChargingProfile. */
  clearChargingProfile: { command: ClearChargingProfile; result: CommandStatus<'Accepted' | 'Unknown'> };
  /** GetCompositeSchedule. */
  getCompositeSchedule: { command: GetCompositeSchedule; result: GetCompositeScheduleResult };
}

/** The name of a command. */
export type CommandName = keyof Commands;

/**
 * Converts one station-to-CSMS action of a version. The CSMS side reads the
 * request and writes the answer; a station (or a simulator) writes the
 * request and reads the answer.
 */
export interface StationMessageCodec<K extends StationMessageName, Req, Res> {
  /** The neutral message this action carries. */
  readonly message: K;
  /** The version's request as the neutral message (CSMS side). */
  readRequest(payload: Req): StationMessages[K]['request'];
  /** The neutral message as the version's request (station side). */
  writeRequest(message: StationMessages[K]['request'], options?: ConversionOptions): Req;
  /** The version's answer as the neutral answer (station side). */
  readResponse(payload: Res): StationMessages[K]['answer'];
  /** The neutral answer as the version's response (CSMS side). */
  writeResponse(answer: StationMessages[K]['answer'], options?: ConversionOptions): Res;
}

/**
 * Converts one CSMS-to-station action of a version. The CSMS side writes the
 * request and reads the response (with the command it sent, since a
 * response may not repeat what was asked); a station reads the request and
 * writes the response.
 */
export interface CommandCodec<K extends CommandName, Req, Res> {
  /** The neutral command this action carries. */
  readonly command: K;
  /** The neutral command as the version's request (CSMS side). */
  writeRequest(command: Commands[K]['command'], options?: ConversionOptions): Req;
  /** The version's response as the neutral result, read against the command that was sent (CSMS side). */
  readResponse(payload: Res, command: Commands[K]['command']): Commands[K]['result'];
  /** The version's request as the neutral command (station side). */
  readRequest(payload: Req): Commands[K]['command'];
  /** The neutral result as the version's response to that command (station side). */
  writeResponse(result: Commands[K]['result'], command: Commands[K]['command'], options?: ConversionOptions): Res;
}
