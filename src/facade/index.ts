/**
 * ocpp-model/facade: write a CSMS once, serve stations of OCPP 1.6, 2.0.1
 * and 2.1. `NeutralCsms` answers every station's messages through one set
 * of handlers (`onBoot`, `onAuthorize`, `onTransaction`, `onStatus`,
 * `onMeterValues`, ...) in the neutral model (ocpp-model/neutral), and
 * sends neutral commands (`remoteStart`, `remoteStop`, `reset`, `unlock`,
 * `getVariables`, `setVariables`, `setChargingProfile`, `trigger`, ...) to
 * a station of any version. The CsmsServer and the version behaviours stay
 * reachable beneath for what the neutral model does not carry.
 */
export {
  NeutralCsms,
  UnknownStationError,
  type CommandOptions,
  type NeutralCsmsOptions,
  type RemoteStartOutcome,
  type StationTransaction,
} from './neutral-csms.js';
export type { Awaitable, NeutralCsmsEvents, NeutralHandlers, StationRef, TransactionContext } from './types.js';
export { isCommandName, planCommand, runPlan, type CommandTarget, type PlannedCall } from './commands.js';
export { neutralActions } from './handlers.js';
