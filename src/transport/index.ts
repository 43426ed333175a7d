/**
 * OCPP-J over WebSocket: the CSMS server (every version at once) and the
 * Charging Station client (the version it is given), with the option and
 * event types a user of either needs. Helpers the two use inside
 * (handshake parsing, identity rules, limits) stay private.
 */
export {
  CsmsServer,
  type ConnectInfo,
  type CsmsServerEvents,
  type CsmsServerOptions,
  type RefusedInfo,
  type StationContext,
  type StationCsms,
  type StationCsmsOptions,
  type VersionNamed,
} from './websocket-server.js';
// allVersions: what a CsmsServer offers by default, newest first.
export { allVersions, type KnownVersion } from '../versions.js';
export { ChargingStationClient } from './websocket-client.js';
export type {
  BootOnReconnect,
  BootRequestOf,
  BootResponseOf,
  ChargingStationClientEvents,
  ChargingStationClientOptions,
  ClientContext,
  ClientState,
  ClientTlsOptions,
  ConnectedInfo,
  ConnectOptions,
  ReconnectingInfo,
} from './client-options.js';
export type { ClientTransactionOptions, ClientTransactionQueue, TransactionInputOf } from './client-transactions.js';
export type { HeartbeatOptions } from './heartbeat.js';
export type { PerMessageDeflateOptions } from './compression.js';
// passwordsEqual: for `authenticate` hooks, which check Basic auth passwords themselves.
export { passwordsEqual, type Authenticate, type AuthenticateInfo, type AuthenticateResult, type AuthRefusal, type SecurityProfile } from './auth.js';
// identityProblem: for allow-lists and provisioning, which must name only identities a station can connect with.
export { identityProblem } from './identity.js';
// defaultBackOff: the defaults of BackOffOptions, as data.
export { defaultBackOff, type BackOffOptions } from './backoff.js';
export { HandshakeError, type HandshakeFailure } from './errors.js';
// CloseCode: the close codes `disconnect` events carry and `CsmsServer.disconnect` takes.
export { CloseCode } from './limits.js';
