/**
 * The Charging Station behaviour: handles every CSMS-to-station action and
 * calls every station-to-CSMS action, typed by the action table. A call in
 * the wrong direction is a compile error.
 */
import type { CsmsToStationAction, StationToCsmsAction } from '../v201/actions.js';
import { Role, type RoleOptions } from './role.js';
import type { ChargingStationHandlers } from './types.js';

/** Options of a ChargingStation behaviour. */
export interface ChargingStationOptions<C extends object = object> extends RoleOptions<C> {
  /** Handlers to register at once. */
  readonly handlers?: ChargingStationHandlers<C>;
}

/** The Charging Station side of OCPP-J: handles CSMS-to-station actions, calls station-to-CSMS ones (see the module comment). */
export class ChargingStation<C extends object = object> extends Role<StationToCsmsAction, CsmsToStationAction, C> {
  constructor(options: ChargingStationOptions<C> = {}) {
    super('ChargingStation', options);
    if (options.handlers !== undefined) this.handlers(options.handlers);
  }
}
