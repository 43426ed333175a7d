/**
 * The library surface the command line is built on: only the public entry
 * points (the package root, which carries the model, validation, rpc and
 * roles, and the transport's public classes), never private modules, so the
 * CLI proves that the published API suffices.
 */
export * from '../index.js';
export { CsmsServer, type CsmsServerOptions, type ConnectInfo, type RefusedInfo, type StationContext } from '../transport/websocket-server.js';
export { ChargingStationClient, type ChargingStationClientOptions, type ClientTlsOptions } from '../transport/websocket-client.js';
export { HandshakeError } from '../transport/errors.js';
export type { SecurityProfile } from '../transport/auth.js';
