/** The two OCPP 2.0.1 behaviours, their pure form and the registration state. */
export { ChargingStation, type ChargingStationOptions } from './charging-station.js';
export { Csms, type CsmsOptions } from './csms.js';
export { Role, type ExchangeObserver, type RoleOptions } from './role.js';
export { handleCall, actionsReceivedBy, actionsSentBy, type HandleCallOptions } from './dispatch.js';
export { Registration, NotRegisteredError, type RegistrationStatus } from './registration.js';
export type { ActionHandler, ChargingStationHandlers, CsmsHandlers, HandlersOf, RoleContext, Side } from './types.js';
