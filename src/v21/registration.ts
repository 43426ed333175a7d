/**
 * What OCPP 2.1 says of registration: the rules of 2.0.1 (B01-B03), with
 * 2.1's trigger values. CustomTrigger names no message of its own, so it
 * permits nothing while Pending.
 */
import type { RegistrationRules } from '../schema/version.js';
import type { StationToCsmsAction } from './actions.js';
import type { MessageTriggerEnumType } from './generated/enums.js';

/** TriggerMessage's requestedMessage values and the action each makes the station send. */
const triggerMessage = {
  BootNotification: 'BootNotification',
  LogStatusNotification: 'LogStatusNotification',
  FirmwareStatusNotification: 'FirmwareStatusNotification',
  Heartbeat: 'Heartbeat',
  MeterValues: 'MeterValues',
  SignChargingStationCertificate: 'SignCertificate',
  SignV2GCertificate: 'SignCertificate',
  SignV2G20Certificate: 'SignCertificate',
  SignCombinedCertificate: 'SignCertificate',
  StatusNotification: 'StatusNotification',
  TransactionEvent: 'TransactionEvent',
  PublishFirmwareStatusNotification: 'PublishFirmwareStatusNotification',
} as const satisfies { readonly [M in Exclude<MessageTriggerEnumType, 'CustomTrigger'>]: StationToCsmsAction };

/** The registration rules of OCPP 2.1 (see the module comment). */
export const registrationRules: RegistrationRules = {
  triggers: { TriggerMessage: triggerMessage },
  reports: ['GetBaseReport', 'GetReport'],
  reportAction: 'NotifyReport',
  forbiddenWhilePending: [],
  rejectedStationAnswers: 'SecurityError',
};
