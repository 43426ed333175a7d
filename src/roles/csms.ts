/**
 * The CSMS behaviour of one version, for one station's connection: handles
 * every station-to-CSMS action (and, in 2.1, receives the station's SENDs)
 * and calls every CSMS-to-station action, typed by that version's action
 * table. A call in the wrong direction is a compile error.
 */
import type { AnyVersion } from '../schema/version.js';
import { Role, type RoleOptions } from './role.js';
import type { CsmsHandlers } from './types.js';

/** Options of a Csms behaviour of version V. */
export interface CsmsOptions<V extends AnyVersion, C extends object = object> extends RoleOptions<C> {
  /** Handlers to register at once. */
  readonly handlers?: CsmsHandlers<V, C>;
}

/**
 * The CSMS side of OCPP-J for one station, in the version it is built with
 * (`new Csms(v16)`, `new Csms(v201)`, `new Csms(v21)`): handles
 * station-to-CSMS actions, calls CSMS-to-station ones.
 */
export class Csms<V extends AnyVersion, C extends object = object> extends Role<V, 'Csms', C> {
  constructor(version: V, options: CsmsOptions<V, C> = {}) {
    super(version, 'Csms', options);
    if (options.handlers !== undefined) this.handlers(options.handlers);
  }
}
