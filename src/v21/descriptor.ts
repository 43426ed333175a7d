/**
 * `v21`: OCPP 2.1 described for the RPC layer, the roles and the transport
 * (`new Csms(v21)`, a server offering `ocpp2.1`).
 */
import type { VersionDescriptor } from '../schema/version.js';
import { actionTable, isActionName } from './actions.js';
import { errorCodeSpelling, inboundErrorCodes } from './error-codes.js';
import type { RequestMap, ResponseMap } from './generated/messages.js';
import { heartbeatIntervalMs } from './heartbeat.js';
import { registrationRules } from './registration.js';
import { validate } from './validate.js';

/** The descriptor of OCPP 2.1: its action table, validators, error spellings and rules. */
export interface V21 extends VersionDescriptor<typeof actionTable, RequestMap, ResponseMap> {
  readonly version: '2.1';
  readonly protocol: 'ocpp2.1';
}

/**
 * OCPP 2.1 (Part 4): CALL, CALLRESULT, CALLERROR, CALLRESULTERROR (5) and
 * SEND (6); an unknown message type is ignored (4.1.3, 4.4).
 */
export const v21: V21 = Object.freeze({
  version: '2.1',
  protocol: 'ocpp2.1',
  actionTable,
  isActionName,
  validate,
  errorCodeSpelling,
  inboundErrorCodes,
  messageTypes: [2, 3, 4, 5, 6],
  unknownMessageType: 'ignore',
  registration: registrationRules,
  heartbeatIntervalMs,
});
