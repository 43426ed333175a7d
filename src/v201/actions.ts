/**
 * The 64 OCPP 2.0.1 actions: who sends the request, and the functional block
 * of Part 2 that defines it. This one table drives the typed behaviours, the
 * endpoint's direction checks and docs/messages/v201.md.
 */

import { directionAllows, keyGuard, sendActionsOf, type ActionsWhere, type Direction, type SendActionsOf } from '../schema/actions.js';

export type { Direction } from '../schema/actions.js';

/** Functional blocks of OCPP 2.0.1 Part 2, by letter. */
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
  J: 'MeterValues',
  K: 'SmartCharging',
  L: 'FirmwareManagement',
  M: 'ISO15118CertificateManagement',
  N: 'Diagnostics',
  O: 'DisplayMessage',
  P: 'DataTransfer',
} as const;

/** The letter of an OCPP 2.0.1 functional block (A Security ... P DataTransfer), as in Part 2. */
export type FunctionalBlock = keyof typeof functionalBlocks;

/** What the action table says of one action. */
export interface ActionInfo {
  /** Who sends the request. */
  readonly direction: Direction;
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

/** Every OCPP 2.0.1 action: who sends its request, and its functional block. */
export const actionTable = {
  Authorize: toCsms('C'),
  BootNotification: toCsms('B'),
  CancelReservation: toStation('H'),
  CertificateSigned: toStation('A'),
  ChangeAvailability: toStation('G'),
  ClearCache: toStation('C'),
  ClearChargingProfile: toStation('K'),
  ClearDisplayMessage: toStation('O'),
  ClearVariableMonitoring: toStation('N'),
  ClearedChargingLimit: toCsms('K'),
  CostUpdated: toStation('I'),
  CustomerInformation: toStation('N'),
  DataTransfer: { direction: 'Both', block: 'P' },
  DeleteCertificate: toStation('M'),
  FirmwareStatusNotification: toCsms('L'),
  Get15118EVCertificate: toCsms('M'),
  GetBaseReport: toStation('B'),
  GetCertificateStatus: toCsms('M'),
  GetChargingProfiles: toStation('K'),
  GetCompositeSchedule: toStation('K'),
  GetDisplayMessages: toStation('O'),
  GetInstalledCertificateIds: toStation('M'),
  GetLocalListVersion: toStation('D'),
  GetLog: toStation('N'),
  GetMonitoringReport: toStation('N'),
  GetReport: toStation('B'),
  GetTransactionStatus: toStation('E'),
  GetVariables: toStation('B'),
  Heartbeat: toCsms('G'),
  InstallCertificate: toStation('M'),
  LogStatusNotification: toCsms('N'),
  MeterValues: toCsms('J'),
  NotifyChargingLimit: toCsms('K'),
  NotifyCustomerInformation: toCsms('N'),
  NotifyDisplayMessages: toCsms('O'),
  NotifyEVChargingNeeds: toCsms('K'),
  NotifyEVChargingSchedule: toCsms('K'),
  NotifyEvent: toCsms('N'),
  NotifyMonitoringReport: toCsms('N'),
  NotifyReport: toCsms('B'),
  PublishFirmware: { direction: 'CsmsToStation', block: 'L', localController: true },
  PublishFirmwareStatusNotification: { direction: 'StationToCsms', block: 'L', localController: true },
  ReportChargingProfiles: toCsms('K'),
  RequestStartTransaction: toStation('F'),
  RequestStopTransaction: toStation('F'),
  ReservationStatusUpdate: toCsms('H'),
  ReserveNow: toStation('H'),
  Reset: toStation('B'),
  SecurityEventNotification: toCsms('A'),
  SendLocalList: toStation('D'),
  SetChargingProfile: toStation('K'),
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
  UpdateFirmware: toStation('L'),
} as const satisfies Record<string, ActionInfo>;

/** The name of an OCPP 2.0.1 action (64 of them). */
export type ActionName = keyof typeof actionTable;

/** Actions whose request a Charging Station sends (and a CSMS handles). */
export type StationToCsmsAction = ActionsWhere<typeof actionTable, 'StationToCsms' | 'Both'>;
/** Actions whose request a CSMS sends (and a Charging Station handles). */
export type CsmsToStationAction = ActionsWhere<typeof actionTable, 'CsmsToStation' | 'Both'>;
/** Actions sent as SEND, never answered: none in 2.0.1. */
export type SendAction = SendActionsOf<typeof actionTable>;

/** Every action name, in table order. */
export const actionNames = Object.keys(actionTable) as ActionName[];

/** The actions sent as SEND (none in 2.0.1; 2.1 has one). */
export const sendActions: ReadonlySet<SendAction> = sendActionsOf(actionTable);

const hasAction = keyGuard(actionTable);

/** True when `name` is an action of OCPP 2.0.1. */
export function isActionName(name: unknown): name is ActionName {
  return hasAction(name);
}

/** True when `sender` may send the request of `action`. */
export function maySend(action: ActionName, sender: 'Station' | 'Csms'): boolean {
  return directionAllows(actionTable[action].direction, sender);
}
