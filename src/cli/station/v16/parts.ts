/** The parts of the 1.6 simulator its handlers and controls work on (v16/simulator.ts puts them together). */
import type { V16 } from '../../../v16/index.js';
import type { StationLink } from '../link.js';
import type { Authorizer16 } from './authorization.js';
import type { Configuration } from './configuration.js';
import type { Connector16 } from './connector.js';
import type { SmartCharging16 } from './smart-charging.js';
import type { Status16 } from './status.js';
import type { Transactions16 } from './transactions.js';

export interface Station16 {
  readonly identity: string;
  readonly link: StationLink<V16>;
  readonly keys: Configuration;
  readonly auth: Authorizer16;
  readonly connectors: readonly Connector16[];
  readonly status: Status16;
  readonly transactions: Transactions16;
  readonly smartCharging: SmartCharging16;
  readonly random: () => number;
  /** A BootNotification now (TriggerMessage): the boot loop before Accepted, one more after. */
  triggerBoot(): Promise<void>;
  /** Reset.req Hard or Soft (5.14): transactions end, then the reboot. */
  reset(type: 'Hard' | 'Soft'): void;
  /** A power cycle (the reboot control). */
  powerCycle(): Promise<void>;
}
