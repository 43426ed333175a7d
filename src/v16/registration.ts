/**
 * What OCPP 1.6 says of registration, as the inputs of the roles' rules
 * (edition 2, 4.2; OCPP-J errata 3.8; the security whitepaper's
 * ExtendedTriggerMessage):
 *
 * - Until a BootNotification is Accepted or Pending, a Charge Point sends
 *   nothing else; a Central System answers other CALLs with SecurityError
 *   (errata 3.8 recommends it).
 * - Pending: the Charge Point sends only what a TriggerMessage or
 *   ExtendedTriggerMessage asked for; the Central System may send its
 *   requests except RemoteStartTransaction and RemoteStopTransaction.
 * - Rejected: the Charge Point "SHALL NOT respond to any Central System
 *   initiated message", and the Central System should initiate none.
 */
import type { RegistrationRules } from '../schema/version.js';
import type { StationToCsmsAction } from './actions.js';
import type { MessageTrigger, MessageTriggerEnumType } from './generated/enums.js';

/** TriggerMessage's requestedMessage values (section 7.32) and the action each makes the Charge Point send. */
const triggerMessage = {
  BootNotification: 'BootNotification',
  DiagnosticsStatusNotification: 'DiagnosticsStatusNotification',
  FirmwareStatusNotification: 'FirmwareStatusNotification',
  Heartbeat: 'Heartbeat',
  MeterValues: 'MeterValues',
  StatusNotification: 'StatusNotification',
} as const satisfies { readonly [M in MessageTrigger]: StationToCsmsAction };

/** ExtendedTriggerMessage's values (whitepaper 6.14): FirmwareStatusNotification asks for the signed-firmware status. */
const extendedTriggerMessage = {
  BootNotification: 'BootNotification',
  LogStatusNotification: 'LogStatusNotification',
  FirmwareStatusNotification: 'SignedFirmwareStatusNotification',
  Heartbeat: 'Heartbeat',
  MeterValues: 'MeterValues',
  SignChargePointCertificate: 'SignCertificate',
  StatusNotification: 'StatusNotification',
} as const satisfies { readonly [M in MessageTriggerEnumType]: StationToCsmsAction };

/** The registration rules of OCPP 1.6 (see the module comment). */
export const registrationRules: RegistrationRules = {
  triggers: { TriggerMessage: triggerMessage, ExtendedTriggerMessage: extendedTriggerMessage },
  reports: [],
  forbiddenWhilePending: ['RemoteStartTransaction', 'RemoteStopTransaction'],
  rejectedStationAnswers: 'silence',
};
