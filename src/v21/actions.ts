/**
 * The 91 OCPP 2.1 actions (90 request/response actions and the SEND-only
 * NotifyPeriodicEventStream): who sends the request, whether it goes as a
 * SEND, and the functional block of Part 2 that defines it. The actions 2.0.1
 * has keep its direction and block; the blocks of the new ones follow the
 * use cases of Part 0 (section 3.3).
 */
import { directionAllows, keyGuard, sendActionsOf, type ActionEntry, type ActionsWhere, type SendActionsOf } from '../schema/actions.js';

export type { Direction } from '../schema/actions.js';

/** Functional blocks of OCPP 2.1 Part 2, by letter (Part 0, table 3). */
export const functionalBlocks = {
  A: 'Security',
  B: 'Provisioning',
  C: 'Authorization',
  D: 'LocalAuthorizationListManagement',
  E: 'Transactions',
  F: 'RemoteControl',
  G: 'Availability',
  H: 'Reservation',
  I: 'TariffAndCost',
  J: 'Metering',
  K: 'SmartCharging',
  L: 'FirmwareManagement',
  M: 'CertificateManagement',
  N: 'Diagnostics',
  O: 'DisplayMessage',
  P: 'DataTransfer',
  Q: 'BidirectionalPowerTransfer',
  R: 'DERControl',
  S: 'BatterySwapping',
} as const;

/** The letter of an OCPP 2.1 functional block (A Security ... S BatterySwapping). */
export type FunctionalBlock = keyof typeof functionalBlocks;

/** What the action table says of one action. */
export interface ActionInfo extends ActionEntry {
  /** The functional block the action belongs to. */
  readonly block: FunctionalBlock;
  /**
   * Exchanged between the CSMS and a Local Controller (block L, L03/L04):
   * the controller plays the station's part.
   */
  readonly localController?: true;
}

// `as const` keeps each direction a literal type, which StationToCsmsAction / CsmsToStationAction need.
const toCsms = (block: FunctionalBlock) => ({ direction: 'StationToCsms', block }) as const;
const toStation = (block: FunctionalBlock) => ({ direction: 'CsmsToStation', block }) as const;

/** Every OCPP 2.1 action: who sends its request, whether it goes as a SEND, and its functional block. */
export const actionTable = {
  AFRRSignal: toStation('Q'),
  AdjustPeriodicEventStream: toStation('N'),
  Authorize: toCsms('C'),
  BatterySwap: toCsms('S'),
  BootNotification: toCsms('B'),
  CancelReservation: toStation('H'),
  CertificateSigned: toStation('A'),
  ChangeAvailability: toStation('G'),
  ChangeTransactionTariff: toStation('I'),
  ClearCache: toStation('C'),
  ClearChargingProfile: toStation('K'),
  ClearDERControl: toStation('R'),
  ClearDisplayMessage: toStation('O'),
  ClearTariffs: toStation('I'),
  ClearVariableMonitoring: toStation('N'),
  ClearedChargingLimit: toCsms('K'),
  ClosePeriodicEventStream: toCsms('N'),
  CostUpdated: toStation('I'),
  CustomerInformation: toStation('N'),
  DataTransfer: { direction: 'Both', block: 'P' },
  DeleteCertificate: toStation('M'),
  FirmwareStatusNotification: toCsms('L'),
  Get15118EVCertificate: toCsms('M'),
  GetBaseReport: toStation('B'),
  GetCertificateChainStatus: toCsms('M'),
  GetCertificateStatus: toCsms('M'),
  GetChargingProfiles: toStation('K'),
  GetCompositeSchedule: toStation('K'),
  GetDERControl: toStation('R'),
  GetDisplayMessages: toStation('O'),
  GetInstalledCertificateIds: toStation('M'),
  GetLocalListVersion: toStation('D'),
  GetLog: toStation('N'),
  GetMonitoringReport: toStation('N'),
  GetPeriodicEventStream: toStation('N'),
  GetReport: toStation('B'),
  GetTariffs: toStation('I'),
  GetTransactionStatus: toStation('E'),
  GetVariables: toStation('B'),
  Heartbeat: toCsms('G'),
  InstallCertificate: toStation('M'),
  LogStatusNotification: toCsms('N'),
  MeterValues: toCsms('J'),
  NotifyAllowedEnergyTransfer: toStation('Q'),
  NotifyChargingLimit: toCsms('K'),
  NotifyCustomerInformation: toCsms('N'),
  NotifyDERAlarm: toCsms('R'),
  NotifyDERStartStop: toCsms('R'),
  NotifyDisplayMessages: toCsms('O'),
  NotifyEVChargingNeeds: toCsms('K'),
  NotifyEVChargingSchedule: toCsms('K'),
  NotifyEvent: toCsms('N'),
  NotifyMonitoringReport: toCsms('N'),
  NotifyPeriodicEventStream: { direction: 'StationToCsms', block: 'N', send: true },
  NotifyPriorityCharging: toCsms('K'),
  NotifyReport: toCsms('B'),
  NotifySettlement: toCsms('C'),
  NotifyWebPaymentStarted: toStation('C'),
  OpenPeriodicEventStream: toCsms('N'),
  PublishFirmware: { direction: 'CsmsToStation', block: 'L', localController: true },
  PublishFirmwareStatusNotification: { direction: 'StationToCsms', block: 'L', localController: true },
  PullDynamicScheduleUpdate: toCsms('K'),
  ReportChargingProfiles: toCsms('K'),
  ReportDERControl: toCsms('R'),
  RequestBatterySwap: toStation('S'),
  RequestStartTransaction: toStation('F'),
  RequestStopTransaction: toStation('F'),
  ReservationStatusUpdate: toCsms('H'),
  ReserveNow: toStation('H'),
  Reset: toStation('B'),
  SecurityEventNotification: toCsms('A'),
  SendLocalList: toStation('D'),
  SetChargingProfile: toStation('K'),
  SetDERControl: toStation('R'),
  SetDefaultTariff: toStation('I'),
  SetDisplayMessage: toStation('O'),
  SetMonitoringBase: toStation('N'),
  SetMonitoringLevel: toStation('N'),
  SetNetworkProfile: toStation('B'),
  SetVariableMonitoring: toStation('N'),
  SetVariables: toStation('B'),
  SignCertificate: toCsms('A'),
  StatusNotification: toCsms('G'),
  TransactionEvent: toCsms('E'),
  TriggerMessage: toStation('F'),
  UnlockConnector: toStation('F'),
  UnpublishFirmware: { direction: 'CsmsToStation', block: 'L', localController: true },
  UpdateDynamicSchedule: toStation('K'),
  UpdateFirmware: toStation('L'),
  UsePriorityCharging: toStation('K'),
  VatNumberValidation: toCsms('C'),
} as const satisfies Record<string, ActionInfo>;

/** The name of an OCPP 2.1 action (91 of them). */
export type ActionName = keyof typeof actionTable;

/** Actions whose request a Charging Station sends (and a CSMS handles); the SEND one included. */
export type StationToCsmsAction = ActionsWhere<typeof actionTable, 'StationToCsms' | 'Both'>;
/** Actions whose request a CSMS sends (and a Charging Station handles). */
export type CsmsToStationAction = ActionsWhere<typeof actionTable, 'CsmsToStation' | 'Both'>;
/** Actions sent as SEND (MessageTypeId 6), never answered: NotifyPeriodicEventStream. */
export type SendAction = SendActionsOf<typeof actionTable>;
/** Actions sent as a CALL and answered by a CALLRESULT or CALLERROR. */
export type CallAction = Exclude<ActionName, SendAction>;

/** Every action name, in table order. */
export const actionNames = Object.keys(actionTable) as ActionName[];

/** The actions sent as SEND, never answered (Part 4, 4.1.3 and 4.2.4). */
export const sendActions: ReadonlySet<SendAction> = sendActionsOf(actionTable);

const hasAction = keyGuard(actionTable);

/** True when `name` is an action of OCPP 2.1. */
export function isActionName(name: unknown): name is ActionName {
  return hasAction(name);
}

/** True when `sender` may send the request of `action`. */
export function maySend(action: ActionName, sender: 'Station' | 'Csms'): boolean {
  return directionAllows(actionTable[action].direction, sender);
}
