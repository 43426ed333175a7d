/**
 * Smart charging of the OCPP 2.0.1 simulator (block K) on smart-charging.ts:
 * SetChargingProfile (K01), ClearChargingProfile (K10), GetChargingProfiles
 * with its ReportChargingProfiles (K09) and GetCompositeSchedule (K08)
 * answered by the library's 2.0.1 adapter on the station's profile store,
 * the TxProfile of a RequestStartTransaction (K05, F01.FR.08-12), and what a
 * limit does to an EVSE: the EV draws at most the limit (the meter's power
 * and energy follow), a limit of 0 suspends it (SuspendedEVSE), and a change
 * of at least SmartChargingCtrlr.LimitChangeSignificance percent is told to
 * the CSMS in a TransactionEvent (ChargingRateChanged) with a meter reading.
 * Relative schedules count from the first time the power path closes in a
 * transaction (errata 2023-06).
 * SmartChargingCtrlr.Enabled false turns it off: new profiles are refused,
 * a start request's profile is ignored (F01.FR.12) and installed ones do not
 * limit the EVSEs.
 */
import {
  ChargingProfileStore,
  clearChargingProfile201,
  fromV201Profile,
  getChargingProfiles201,
  getCompositeSchedule201,
  setChargingProfile201,
  type ChargingProfileType,
  type ChargingStationHandlers,
  type StatusInfoType,
  type V201,
} from '../lib.js';
import type { Charging } from './charging.js';
import type { DeviceModel } from './device-model.js';
import type { EmitEvent, StationEvent } from './events.js';
import type { Equipment, Evse } from './evse.js';
import type { StationLink } from './link.js';
import { PHASES, PHASE_VOLTAGE } from './meter.js';
import { SmartCharging, stationModel, type EvsePower } from './smart-charging.js';
import { SMART_CHARGING_LIMITS } from './standard-model.js';
import type { Timers } from './timers.js';

/** The parts of a 2.0.1 station smart charging works with. */
export interface SmartChargingParts {
  readonly link: StationLink;
  readonly model: DeviceModel;
  readonly equipment: Equipment;
  readonly charging: Charging;
  readonly timers: Timers;
  readonly emit: EmitEvent;
}

type SmartChargingHandlers = Required<Pick<ChargingStationHandlers<V201>, 'SetChargingProfile' | 'ClearChargingProfile' | 'GetChargingProfiles' | 'GetCompositeSchedule'>>;

const COMPONENT = 'SmartChargingCtrlr';
const DISABLED: StatusInfoType = { reasonCode: 'NotEnabled', additionalInfo: 'smart charging is off (SmartChargingCtrlr.Enabled is false)' };

export class StationSmartCharging {
  readonly engine: SmartCharging<ChargingProfileType>;
  /** EVSEs whose RequestStartTransaction is still being carried out: their TxProfile waits for the transaction. */
  private readonly starting = new Set<number>();
  /** By EVSE: the transaction whose Relative schedules count from its power path closing. */
  private readonly anchored = new Map<number, string>();
  /** By EVSE: the limit last told as an event, whole W (absent: none below the rating). */
  private readonly told = new Map<number, number>();

  constructor(private readonly parts: SmartChargingParts) {
    const { model, equipment, link, timers } = parts;
    const store = new ChargingProfileStore<ChargingProfileType>({
      version: '2.0.1',
      station: stationModel(equipment.evses, PHASE_VOLTAGE, PHASES),
      limits: { ...SMART_CHARGING_LIMITS, phaseSwitching: false },
    });
    const power: EvsePower = {
      evseIds: equipment.evses.map((e) => e.id),
      delivering: (id) => equipment.evse(id)?.session.powerPathClosed === true,
      offer: (id, watts, previous) => {
        const evse = equipment.evse(id);
        if (evse !== undefined) this.offer(evse, watts, previous);
      },
    };
    this.engine = new SmartCharging({ store, power, timers, later: (task) => link.later(task), enabled: () => this.enabled });
    model.onChange((component) => {
      if (component.name === COMPONENT) this.engine.changed();
    });
    parts.charging.onInput = (evse) => this.sessionChanged(evse);
  }

  /** Profiles installed now (SmartChargingCtrlr.Entries). */
  get size(): number {
    return this.engine.store.size;
  }

  private get enabled(): boolean {
    return this.parts.model.boolean(COMPONENT, 'Enabled', true);
  }

  /** What the station did: transactions bind and release their TxProfiles; anything else may change a limit. */
  onEvent(event: StationEvent): void {
    if (event.type === 'error' || event.type === 'limit') return;
    if (event.type === 'transactionStarted') this.engine.transactionStarted(event.evseId, event.transactionId);
    else if (event.type === 'transactionEnded') this.engine.transactionEnded(event.evseId);
    else this.engine.changed();
    for (const evse of this.parts.equipment.evses) this.dropUnused(evse);
  }

  /** An input changed the EVSE's session: the first time its power path is closed in a transaction, Relative schedules start. */
  private sessionChanged(evse: Evse): void {
    const s = evse.session;
    const id = s.transactionId;
    if (id !== undefined && s.powerPathClosed && this.anchored.get(evse.id) !== id) {
      this.anchored.set(evse.id, id);
      this.engine.energyReady(evse.id);
    }
    this.engine.changed();
  }

  handlers(): SmartChargingHandlers {
    const store = this.engine.store;
    return {
      // K01: validated and installed by the library; the limits apply once the answer is out.
      SetChargingProfile: (request) => {
        if (!this.enabled) return { status: 'Rejected', statusInfo: DISABLED };
        const response = setChargingProfile201(store, request);
        if (response.status === 'Accepted') this.engine.changed();
        return response;
      },
      // K10
      ClearChargingProfile: (request) => {
        const response = clearChargingProfile201(store, request);
        if (response.status === 'Accepted') this.engine.changed();
        return response;
      },
      // K09: the reports follow the answer, one per EVSE and source, tbc on all but the last.
      GetChargingProfiles: (request) => {
        const { response, reports } = getChargingProfiles201(store, request);
        if (reports.length > 0) {
          this.parts.link.later(async () => {
            for (const report of reports) await this.parts.link.send('ReportChargingProfiles', report);
          });
        }
        return response;
      },
      // K08: from now, for the duration asked.
      GetCompositeSchedule: (request) => (this.enabled ? getCompositeSchedule201(store, request, new Date()) : { status: 'Rejected', statusInfo: DISABLED }),
    };
  }

  /**
   * K05: the TxProfile of a RequestStartTransaction, for the transaction it
   * starts (or the one the cable already started). Returns why it is
   * refused, or undefined (installed, or ignored while smart charging is off:
   * F01.FR.12). Call `startDone` when the start request has been carried out.
   */
  startProfile(evse: Evse, profile: ChargingProfileType | undefined): StatusInfoType | undefined {
    if (profile === undefined || !this.enabled) return undefined;
    const result = this.engine.store.setProfile(evse.id, fromV201Profile(profile), { source: 'RequestStartTransaction' });
    if (result.status === 'Rejected') {
      const { reasonCode, additionalInfo, rule } = result.rejection;
      return { reasonCode, additionalInfo: `${additionalInfo} (${rule})` };
    }
    this.starting.add(evse.id);
    const running = evse.session.transactionId;
    if (running !== undefined) this.engine.transactionIdKnown(evse.id, running);
    this.engine.changed();
    return undefined;
  }

  /** The start request on this EVSE has been carried out; a TxProfile it left without a transaction goes. */
  startDone(evse: Evse): void {
    this.starting.delete(evse.id);
    this.dropUnused(evse);
  }

  /** A start request's TxProfile whose transaction will not come (no authorization, no transaction) is removed. */
  private dropUnused(evse: Evse): void {
    const s = evse.session;
    if (this.starting.has(evse.id) || s.active || s.authorization !== undefined) return;
    const store = this.engine.store;
    if (store.profiles({ evseId: evse.id, chargingProfilePurpose: 'TxProfile' }).length === 0) return;
    store.clearProfiles({ evseId: evse.id, chargingProfilePurpose: 'TxProfile' });
    this.engine.changed();
  }

  /** A limit below the rating, or its end, as an event for the timeline. */
  private tell(evse: Evse, watts: number | undefined): void {
    const limited = watts !== undefined && watts < evse.maxPowerW - 1 ? Math.round(watts) : undefined;
    if (limited === this.told.get(evse.id)) return;
    if (limited === undefined) this.told.delete(evse.id);
    else this.told.set(evse.id, limited);
    this.parts.emit({ type: 'limit', evseId: evse.id, powerW: limited });
  }

  /** What a limit does to an EVSE (see the file comment). */
  private offer(evse: Evse, watts: number | undefined, previous: number | undefined): void {
    const { charging, link, model } = this.parts;
    evse.meter.setEvseLimit(watts);
    this.tell(evse, watts);
    const zero = watts !== undefined && watts <= 0;
    if (zero !== charging.suspendedFor(evse, 'limit') || (zero && !evse.session.evseSuspended)) {
      link.track(charging.suspend(evse, 'limit', zero));
      return;
    }
    if (zero || !evse.session.charging) return;
    const before = Math.min(previous ?? evse.maxPowerW, evse.maxPowerW);
    const after = Math.min(watts ?? evse.maxPowerW, evse.maxPowerW);
    const significance = model.integer(COMPONENT, 'LimitChangeSignificance', 0);
    if (after !== before && Math.abs(after - before) * 100 >= significance * before) {
      link.track(charging.input(evse, { type: 'rateChanged' }));
    }
  }
}
