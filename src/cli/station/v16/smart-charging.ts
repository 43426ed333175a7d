/**
 * Smart charging of the 1.6 simulator (3.13, 5.5, 5.7, 5.16) on
 * smart-charging.ts, the engine the 2.0.1 simulator uses: SetChargingProfile,
 * ClearChargingProfile and GetCompositeSchedule answered by the library's
 * 1.6 adapter on the station's profile store (connector 0 is the Charge
 * Point, ChargePointMaxProfile its limit), the TxProfile of a
 * RemoteStartTransaction, and what a limit does to a connector: the EV draws
 * at most the composite limit (the meter's power and energy follow, visible
 * in MeterValues), a limit of 0 withholds energy (SuspendedEVSE).
 */
import {
  ChargingProfileStore,
  clearChargingProfile16,
  fromV16Profile,
  getCompositeSchedule16,
  setChargingProfile16,
  type ChargingProfile16,
  type ChargingStationHandlers,
} from '../../lib.js';
import type { V16 } from '../../../v16/index.js';
import type { EmitEvent } from '../events.js';
import type { StationLink } from '../link.js';
import { PHASES, PHASE_VOLTAGE } from '../meter.js';
import { SmartCharging, stationModel, type EvsePower } from '../smart-charging.js';
import type { Timers } from '../timers.js';
import type { Configuration } from './configuration.js';
import type { Connector16 } from './connector.js';
import type { Transactions16 } from './transactions.js';

type Handlers = Required<Pick<ChargingStationHandlers<V16>, 'SetChargingProfile' | 'ClearChargingProfile' | 'GetCompositeSchedule'>>;

export class SmartCharging16 {
  readonly engine: SmartCharging<ChargingProfile16>;
  /** By connector: the limit last told as an event, whole W. */
  private readonly told = new Map<number, number>();

  constructor(
    private readonly connectors: readonly Connector16[],
    keys: Configuration,
    private readonly transactions: Transactions16,
    link: StationLink<V16>,
    timers: Timers,
    private readonly emit: EmitEvent,
  ) {
    const units = keys.list('ChargingScheduleAllowedChargingRateUnit').map((u) => (u === 'Current' ? 'A' : 'W') as 'A' | 'W');
    const store = new ChargingProfileStore<ChargingProfile16>({
      version: '1.6',
      station: stationModel(connectors.map((c) => ({ id: c.id, maxPowerW: c.maxPowerW })), PHASE_VOLTAGE, PHASES),
      limits: {
        maxStackLevel: keys.integer('ChargeProfileMaxStackLevel', 8),
        maxPeriods: keys.integer('ChargingScheduleMaxPeriods', 24),
        maxProfiles: keys.integer('MaxChargingProfilesInstalled', 32),
        rateUnits: units,
      },
    });
    const power: EvsePower = {
      evseIds: connectors.map((c) => c.id),
      delivering: (id) => this.connector(id)?.powerPathClosed === true,
      offer: (id, watts) => {
        const c = this.connector(id);
        if (c !== undefined) this.offer(c, watts, link);
      },
    };
    this.engine = new SmartCharging({ store, power, timers, later: (task) => link.later(task) });
    transactions.onStarted = (id) => this.engine.transactionStarted(id);
    transactions.onIdKnown = (id, transactionId) => this.engine.transactionIdKnown(id, String(transactionId));
    transactions.onStopped = (id) => this.engine.transactionEnded(id);
  }

  get size(): number {
    return this.engine.store.size;
  }

  handlers(): Handlers {
    const store = this.engine.store;
    return {
      // 5.16: validated and installed by the library; the limits apply once the answer is out.
      SetChargingProfile: (request) => {
        const response = setChargingProfile16(store, request);
        if (response.status === 'Accepted') this.engine.changed();
        return response;
      },
      // 5.5
      ClearChargingProfile: (request) => {
        const response = clearChargingProfile16(store, request);
        if (response.status === 'Accepted') this.engine.changed();
        return response;
      },
      // 5.7: from now, for the duration asked.
      GetCompositeSchedule: (request) => getCompositeSchedule16(store, request, new Date()),
    };
  }

  /** RemoteStartTransaction's chargingProfile (5.11): a TxProfile for the transaction about to start; false when refused. */
  startProfile(connectorId: number, profile: ChargingProfile16 | undefined): boolean {
    if (profile === undefined) return true;
    if (profile.chargingProfilePurpose !== 'TxProfile') return false;
    const result = this.engine.store.setProfile(connectorId, fromV16Profile(profile), { source: 'RequestStartTransaction', wire: profile });
    if (result.status === 'Accepted') this.engine.changed();
    return result.status === 'Accepted';
  }

  /** Something the limits depend on changed (a cable, a transaction step). */
  changed(): void {
    this.engine.changed();
  }

  private connector(id: number): Connector16 | undefined {
    return this.connectors.find((c) => c.id === id);
  }

  private offer(c: Connector16, watts: number | undefined, link: StationLink<V16>): void {
    c.meter.setEvseLimit(watts);
    const limited = watts !== undefined && watts < c.maxPowerW - 1 ? Math.round(watts) : undefined;
    if (limited !== this.told.get(c.id)) {
      if (limited === undefined) this.told.delete(c.id);
      else this.told.set(c.id, limited);
      this.emit({ type: 'limit', evseId: c.id, powerW: limited });
    }
    const zero = watts !== undefined && watts <= 0;
    if (zero !== c.withheld.has('limit')) link.track(this.transactions.withhold(c, 'limit', zero));
  }
}
