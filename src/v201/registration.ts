/**
 * What OCPP 2.0.1 says of registration (use cases B01-B03), as the inputs of
 * the roles' rules: a Pending station sends what the CSMS triggered
 * (TriggerMessage) or asked a report for (GetBaseReport, GetReport, answered
 * by NotifyReport); a Rejected station answers the CSMS's calls with
 * SecurityError (B03.FR.08).
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
  SignCombinedCertificate: 'SignCertificate',
  StatusNotification: 'StatusNotification',
  TransactionEvent: 'TransactionEvent',
  PublishFirmwareStatusNotification: 'PublishFirmwareStatusNotification',
} as const satisfies { readonly [M in MessageTriggerEnumType]: StationToCsmsAction };

/** The registration rules of OCPP 2.0.1 (see the module comment). */
export const registrationRules: RegistrationRules = {
  triggers: { TriggerMessage: triggerMessage },
  reports: ['GetBaseReport', 'GetReport'],
  reportAction: 'NotifyReport',
  forbiddenWhilePending: [],
  rejectedStationAnswers: 'SecurityError',
};
