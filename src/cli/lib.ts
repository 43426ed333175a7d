/**
 * The library surface the command line is built on: only the public entry
 * points, `ocpp-model` (model, validation, rpc, roles) and
 * `ocpp-model/transport` (WebSocket), never private modules, so the CLI
 * proves that the published API suffices.
 */
export * from '../index.js';
export * from '../transport/index.js';
