/**
 * The library surface the command line is built on: only the public entry
 * points, `ocpp-model` (model, validation, rpc, roles),
 * `ocpp-model/transport` (WebSocket) and `ocpp-model/smart-charging`
 * (charging profiles and composite schedules), never private modules, so
 * the CLI proves that the published API suffices.
 */
export * from '../index.js';
export * from '../transport/index.js';
export * from '../smart-charging/index.js';
// The CSMS facade (ocpp-model/facade) and the neutral model beneath it (ocpp-model/neutral).
export * from '../facade/index.js';
export * as neutral from '../neutral/index.js';
