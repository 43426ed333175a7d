/**
 * The Charging Station behaviour of one version: handles every
 * CSMS-to-station action and calls (and, in 2.1, sends) every
 * station-to-CSMS action, typed by that version's action table. A call in
 * the wrong direction is a compile error.
 */
import type { AnyVersion } from '../schema/version.js';
import { Role, type RoleOptions } from './role.js';
import type { ChargingStationHandlers } from './types.js';

/** Options of a ChargingStation behaviour of version V. */
export interface ChargingStationOptions<V extends AnyVersion, C extends object = object> extends RoleOptions<C> {
  /** Handlers to register at once. */
  readonly handlers?: ChargingStationHandlers<V, C>;
}

/**
 * The Charging Station side of OCPP-J, in the version it is built with
 * (`new ChargingStation(v16)`, ...): handles CSMS-to-station actions, calls
 * station-to-CSMS ones.
 */
export class ChargingStation<V extends AnyVersion, C extends object = object> extends Role<V, 'ChargingStation', C> {
  constructor(version: V, options: ChargingStationOptions<V, C> = {}) {
    super(version, 'ChargingStation', options);
    if (options.handlers !== undefined) this.handlers(options.handlers);
  }
}
