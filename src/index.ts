/**
 * ocpp-model: OCPP 1.6, 2.0.1 and 2.1 for TypeScript. The root entry point
 * carries the machinery every version shares (OCPP-J RPC, the `Csms` and
 * `ChargingStation` behaviours, built with a version descriptor) and, as it
 * always has, the OCPP 2.0.1 model (`ocpp-model/v201` names it explicitly).
 * The descriptors: `v201` here, and `v16` and `v21` from `ocpp-model/v16`
 * and `ocpp-model/v21`, so that an application loads only the versions it
 * speaks.
 */
export * from './v201/index.js';
export * from './rpc/index.js';
export * from './roles/index.js';
