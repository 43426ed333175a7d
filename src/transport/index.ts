/** OCPP-J over WebSocket: the CSMS server and the Charging Station client. */
export {
  CsmsServer,
  type ConnectInfo,
  type CsmsServerEvents,
  type CsmsServerOptions,
  type RefusedInfo,
  type StationContext,
  type StationCsmsOptions,
} from './websocket-server.js';
export {
  ChargingStationClient,
  type BootOnReconnect,
  type ChargingStationClientEvents,
  type ChargingStationClientOptions,
  type ClientContext,
  type ClientState,
  type ClientTlsOptions,
  type ConnectedInfo,
  type ReconnectingInfo,
} from './websocket-client.js';
export {
  checkRequestSecurity,
  passwordsEqual,
  type Authenticate,
  type AuthenticateInfo,
  type AuthenticateResult,
  type AuthRefusal,
  type RequestSecurity,
  type SecurityCheck,
  type SecurityProfile,
} from './auth.js';
export { BackOff, backOffDelayMs, defaultBackOff, type BackOffOptions } from './backoff.js';
export { HandshakeError, type HandshakeFailure } from './errors.js';
export { basicAuthHeader, offeredProtocols, parseBasicAuth, selectProtocol, type BasicCredentials, type OcppProtocol } from './handshake.js';
export { MAX_IDENTITY_LENGTH, connectionUrl, identityFromRequestTarget, identityProblem, type IdentityResult } from './identity.js';
export {
  CloseCode,
  DEFAULT_MAX_BAD_MESSAGES,
  DEFAULT_MAX_BUFFERED,
  DEFAULT_MAX_HANDLING,
  DEFAULT_MAX_PAYLOAD,
  DEFAULT_PING_INTERVAL_MS,
} from './limits.js';
