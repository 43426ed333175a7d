/**
 * The 2.1 behaviour as the 2.0.1 simulator's line (link.ts) sees it. The
 * simulator sends 2.0.1 requests; the compiler checks below that each one it
 * sends is also a 2.1 request of the same action, so the 2.1 behaviour
 * (which validates every frame against 2.1's schemas) carries them as they
 * are. The answers are 2.1's: where 2.1 widened them (an idToken type
 * 2.0.1 does not list), the simulator only compares and stores the values.
 */
import type { ChargingStation, RequestOf, V201 } from '../../lib.js';
import type { V21 } from '../../../v21/index.js';
import type { StationRole } from '../link.js';

/** Every action the 2.0.1 simulator sends. */
type Sent =
  | 'Authorize'
  | 'BootNotification'
  | 'FirmwareStatusNotification'
  | 'Heartbeat'
  | 'LogStatusNotification'
  | 'MeterValues'
  | 'NotifyEvent'
  | 'NotifyReport'
  | 'ReportChargingProfiles'
  | 'SecurityEventNotification'
  | 'StatusNotification'
  | 'TransactionEvent';

/** true where a 2.0.1 request of the action is a 2.1 one. */
type Carried = { readonly [A in Sent]: RequestOf<V201, A> extends RequestOf<V21, A> ? true : false };
const carried: Carried = {
  Authorize: true,
  BootNotification: true,
  FirmwareStatusNotification: true,
  Heartbeat: true,
  LogStatusNotification: true,
  MeterValues: true,
  NotifyEvent: true,
  NotifyReport: true,
  ReportChargingProfiles: true,
  SecurityEventNotification: true,
  StatusNotification: true,
  TransactionEvent: true,
};
void carried;

/** The 2.1 behaviour, carrying the 2.0.1 simulator's requests (checked above). */
export function asLine<C extends object>(role: ChargingStation<V21, C>): StationRole<V201> {
  return role as unknown as StationRole<V201>;
}
