/**
 * The CSMS behaviour, for one station's connection: handles every
 * station-to-CSMS action and calls every CSMS-to-station action, typed by
 * the action table. A call in the wrong direction is a compile error.
 */
import type { CsmsToStationAction, StationToCsmsAction } from '../v201/actions.js';
import { Role, type RoleOptions } from './role.js';
import type { CsmsHandlers } from './types.js';

/** Options of a Csms behaviour. */
export interface CsmsOptions<C extends object = object> extends RoleOptions<C> {
  /** Handlers to register at once. */
  readonly handlers?: CsmsHandlers<C>;
}

/** The CSMS side of OCPP-J for one station: handles station-to-CSMS actions, calls CSMS-to-station ones. */
export class Csms<C extends object = object> extends Role<CsmsToStationAction, StationToCsmsAction, C> {
  constructor(options: CsmsOptions<C> = {}) {
    super('Csms', options);
    if (options.handlers !== undefined) this.handlers(options.handlers);
  }
}
