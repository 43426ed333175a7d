/** The two behaviours of every version, their pure form and the registration state. */
export { ChargingStation, type ChargingStationOptions } from './charging-station.js';
export { Csms, type CsmsOptions } from './csms.js';
export { Role, type ExchangeObserver, type RoleOptions } from './role.js';
export { handleCall, actionsReceivedBy, actionsSentBy, isActionOf, type HandleCallOptions } from './dispatch.js';
export { Registration, NotRegisteredError, type RegistrationStatus } from './registration.js';
export type {
  ActionHandler,
  ActionOf,
  CallsSentBy,
  ChargingStationHandlers,
  CsmsHandlers,
  HandlersOf,
  OtherSide,
  ReceivedBy,
  RequestOf,
  RequestsOf,
  ResponseOf,
  ResponsesOf,
  RoleContext,
  SendActionOf,
  SendsSentBy,
  SentBy,
  Side,
} from './types.js';
