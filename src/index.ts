/**
 * ocpp-model: OCPP for TypeScript. The root entry point carries the current
 * version (2.0.1); `ocpp-model/v201` names it explicitly.
 */
export * from './v201/index.js';
export * from './rpc/index.js';
export * from './roles/index.js';
