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
  boot: { request: Boot; answer: BootAnswer };
  heartbeat: { request: Heartbeat; answer: HeartbeatAnswer };
  status: { request: StatusReport; answer: Acknowledgement };
  authorize: { request: AuthorizationCheck; answer: AuthorizationAnswer };
  transaction: { request: TransactionEvent; answer: TransactionAnswer };
  meterValues: { request: MeterReport; answer: Acknowledgement };
  dataTransfer: { request: DataTransfer; answer: DataTransferAnswer };
  securityEvent: { request: SecurityEvent; answer: Acknowledgement };
  firmwareStatus: { request: FirmwareStatusReport; answer: Acknowledgement };
  logStatus: { request: LogStatusReport; answer: Acknowledgement };
}

/** The name of a station message. */
export type StationMessageName = keyof StationMessages;

/** What the CSMS asks of a station, by neutral name, with the result. */
export interface Commands {
  remoteStart: { command: RemoteStart; result: RemoteStartResult };
  remoteStop: { command: RemoteStop; result: CommandStatus };
  reset: { command: Reset; result: CommandStatus<'Accepted' | 'Rejected' | 'Scheduled'> };
  unlock: { command: Unlock; result: CommandStatus<UnlockStatus> };
  changeAvailability: { command: ChangeAvailability; result: CommandStatus<'Accepted' | 'Rejected' | 'Scheduled'> };
  trigger: { command: Trigger; result: CommandStatus<'Accepted' | 'Rejected' | 'NotImplemented'> };
  dataTransfer: { command: DataTransfer; result: DataTransferAnswer };
  getVariables: { command: GetVariables; result: GetVariablesResult };
  setVariables: { command: SetVariables; result: SetVariablesResult };
  setChargingProfile: { command: SetChargingProfile; result: CommandStatus<'Accepted' | 'Rejected' | 'NotSupported'> };
  clearChargingProfile: { command: ClearChargingProfile; result: CommandStatus<'Accepted' | 'Unknown'> };
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
  readRequest(payload: Req): StationMessages[K]['request'];
  writeRequest(message: StationMessages[K]['request'], options?: ConversionOptions): Req;
  readResponse(payload: Res): StationMessages[K]['answer'];
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
  writeRequest(command: Commands[K]['command'], options?: ConversionOptions): Req;
  readResponse(payload: Res, command: Commands[K]['command']): Commands[K]['result'];
  readRequest(payload: Req): Commands[K]['command'];
  writeResponse(result: Commands[K]['result'], command: Commands[K]['command'], options?: ConversionOptions): Res;
}
