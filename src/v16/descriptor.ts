/**
 * `v16`: OCPP 1.6 described for the RPC layer, the roles and the transport
 * (`new Csms(v16)`, a server offering `ocpp1.6`).
 */
import type { VersionDescriptor } from '../schema/version.js';
import { actionTable, isActionName } from './actions.js';
import { errorCodeSpelling, inboundErrorCodes } from './error-codes.js';
import type { RequestMap, ResponseMap } from './generated/messages.js';
import { heartbeatIntervalMs } from './heartbeat.js';
import { registrationRules } from './registration.js';
import { validate } from './validate.js';

/** The descriptor of OCPP 1.6: its action table, validators, error spellings and rules. */
export interface V16 extends VersionDescriptor<typeof actionTable, RequestMap, ResponseMap> {
  readonly version: '1.6';
  readonly protocol: 'ocpp1.6';
}

/**
 * OCPP 1.6 (edition 2, the security whitepaper's messages, OCPP-J 1.6):
 * CALL, CALLRESULT and CALLERROR only; an unknown message type is ignored
 * (4.1.3); error codes spelled as 1.6 spells them.
 */
export const v16: V16 = Object.freeze({
  version: '1.6',
  protocol: 'ocpp1.6',
  actionTable,
  isActionName,
  validate,
  errorCodeSpelling,
  inboundErrorCodes,
  messageTypes: [2, 3, 4],
  unknownMessageType: 'ignore',
  registration: registrationRules,
  heartbeatIntervalMs,
});
