/**
 * The 39 OCPP 1.6 actions: who sends the request, and the feature profile
 * that holds it (OCPP 1.6 edition 2, section 3.3; the security whitepaper's
 * messages make a profile of their own). 1.6 says Charge Point and Central
 * System; the directions use the names every version shares.
 */
import { directionAllows, keyGuard, sendActionsOf, type ActionEntry, type ActionsWhere, type SendActionsOf } from '../schema/actions.js';

export type { Direction } from '../schema/actions.js';

/** The feature profiles of OCPP 1.6 (section 3.3), and the security whitepaper's messages. */
export const featureProfiles = {
  Core: 'Core',
  FirmwareManagement: 'Firmware Management',
  LocalAuthListManagement: 'Local Auth List Management',
  Reservation: 'Reservation',
  SmartCharging: 'Smart Charging',
  RemoteTrigger: 'Remote Trigger',
  Security: 'Security whitepaper (edition 2)',
} as const;

/** The key of an OCPP 1.6 feature profile (Core ... RemoteTrigger, and Security). */
export type FeatureProfile = keyof typeof featureProfiles;

/** What the action table says of one action. */
export interface ActionInfo extends ActionEntry {
  /** The feature profile that holds the action. */
  readonly profile: FeatureProfile;
}

// `as const` keeps each direction a literal type, which StationToCsmsAction / CsmsToStationAction need.
const toCsms = (profile: FeatureProfile) => ({ direction: 'StationToCsms', profile }) as const;
const toStation = (profile: FeatureProfile) => ({ direction: 'CsmsToStation', profile }) as const;

/** Every OCPP 1.6 action: who sends its request, and its feature profile. */
export const actionTable = {
  Authorize: toCsms('Core'),
  BootNotification: toCsms('Core'),
  CancelReservation: toStation('Reservation'),
  CertificateSigned: toStation('Security'),
  ChangeAvailability: toStation('Core'),
  ChangeConfiguration: toStation('Core'),
  ClearCache: toStation('Core'),
  ClearChargingProfile: toStation('SmartCharging'),
  DataTransfer: { direction: 'Both', profile: 'Core' },
  DeleteCertificate: toStation('Security'),
  DiagnosticsStatusNotification: toCsms('FirmwareManagement'),
  ExtendedTriggerMessage: toStation('Security'),
  FirmwareStatusNotification: toCsms('FirmwareManagement'),
  GetCompositeSchedule: toStation('SmartCharging'),
  GetConfiguration: toStation('Core'),
  GetDiagnostics: toStation('FirmwareManagement'),
  GetInstalledCertificateIds: toStation('Security'),
  GetLocalListVersion: toStation('LocalAuthListManagement'),
  GetLog: toStation('Security'),
  Heartbeat: toCsms('Core'),
  InstallCertificate: toStation('Security'),
  LogStatusNotification: toCsms('Security'),
  MeterValues: toCsms('Core'),
  RemoteStartTransaction: toStation('Core'),
  RemoteStopTransaction: toStation('Core'),
  ReserveNow: toStation('Reservation'),
  Reset: toStation('Core'),
  SecurityEventNotification: toCsms('Security'),
  SendLocalList: toStation('LocalAuthListManagement'),
  SetChargingProfile: toStation('SmartCharging'),
  SignCertificate: toCsms('Security'),
  SignedFirmwareStatusNotification: toCsms('Security'),
  SignedUpdateFirmware: toStation('Security'),
  StartTransaction: toCsms('Core'),
  StatusNotification: toCsms('Core'),
  StopTransaction: toCsms('Core'),
  TriggerMessage: toStation('RemoteTrigger'),
  UnlockConnector: toStation('Core'),
  UpdateFirmware: toStation('FirmwareManagement'),
} as const satisfies Record<string, ActionInfo>;

/** The name of an OCPP 1.6 action (39 of them). */
export type ActionName = keyof typeof actionTable;

/** Actions whose request a Charge Point sends (and a Central System handles). */
export type StationToCsmsAction = ActionsWhere<typeof actionTable, 'StationToCsms' | 'Both'>;
/** Actions whose request a Central System sends (and a Charge Point handles). */
export type CsmsToStationAction = ActionsWhere<typeof actionTable, 'CsmsToStation' | 'Both'>;
/** Actions sent as SEND, never answered: none in 1.6. */
export type SendAction = SendActionsOf<typeof actionTable>;

/** Every action name, in table order. */
export const actionNames = Object.keys(actionTable) as ActionName[];

/** The actions sent as SEND: none in 1.6. */
export const sendActions: ReadonlySet<SendAction> = sendActionsOf(actionTable);

const hasAction = keyGuard(actionTable);

/** True when `name` is an action of OCPP 1.6. */
export function isActionName(name: unknown): name is ActionName {
  return hasAction(name);
}

/** True when `sender` may send the request of `action`. */
export function maySend(action: ActionName, sender: 'Station' | 'Csms'): boolean {
  return directionAllows(actionTable[action].direction, sender);
}
