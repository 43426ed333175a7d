/**
 * `v201`: OCPP 2.0.1 described for the RPC layer, the roles and the
 * transport (`new Csms(v201)`, a server offering `ocpp2.0.1`).
 */
import type { VersionDescriptor } from '../schema/version.js';
import { actionTable, isActionName } from './actions.js';
import { errorCodeSpelling, inboundErrorCodes } from './error-codes.js';
import type { RequestMap, ResponseMap } from './generated/messages.js';
import { heartbeatIntervalMs } from './heartbeat.js';
import { registrationRules } from './registration.js';
import { validate } from './validate.js';

/** The descriptor of OCPP 2.0.1: its action table, validators, error spellings and rules. */
export interface V201 extends VersionDescriptor<typeof actionTable, RequestMap, ResponseMap> {
  readonly version: '2.0.1';
  readonly protocol: 'ocpp2.0.1';
}

/**
 * OCPP 2.0.1 (Part 4): CALL, CALLRESULT and CALLERROR; an unknown message
 * type is answered with MessageTypeNotSupported (4.4).
 */
export const v201: V201 = Object.freeze({
  version: '2.0.1',
  protocol: 'ocpp2.0.1',
  actionTable,
  isActionName,
  validate,
  errorCodeSpelling,
  inboundErrorCodes,
  messageTypes: [2, 3, 4],
  unknownMessageType: 'MessageTypeNotSupported',
  registration: registrationRules,
  heartbeatIntervalMs,
});
