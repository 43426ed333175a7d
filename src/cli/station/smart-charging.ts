/**
 * A simulated station's smart charging, whatever its OCPP version: its
 * charging profiles (a ChargingProfileStore of ocpp-model/smart-charging),
 * the transactions the profiles belong to, and the limit each EVSE offers
 * its EV now: the EVSE's composite schedule at this moment (1.6 3.13.3,
 * 2.0.1 K08), evaluated again when a profile or a transaction changes and
 * when the schedule reaches its next period. Where the station-wide limits
 * (EVSE 0's composite) are below what the EVSEs delivering energy may draw
 * together, they share them equally, none above its own composite: the
 * station's own load balancing, which OCPP leaves to the station.
 *
 * What a limit does to an EVSE (its meter, SuspendedEVSE, the messages it
 * causes) is behind `EvsePower`, and the wire (SetChargingProfile and the
 * other actions) is each version's: smart-charging-v201.ts for 2.0.1; a 1.6
 * simulator answers with the library's 1.6 adapter (setChargingProfile16 and
 * the others) on the same store, and calls `transactionIdKnown` once
 * StartTransaction.conf names the transaction.
 */
import { roundLimit, type ChargingProfileStore, type StationModel } from '../lib.js';
import type { Timers } from './timers.js';

/**
 * The station as the composite schedule needs to know it: the nominal
 * voltage and phases of its supply, and each EVSE's rating in A per phase
 * from its rated power.
 */
export function stationModel(evses: readonly { readonly id: number; readonly maxPowerW: number }[], voltage: number, phases: number): StationModel {
  return { voltage, phases, evses: evses.map((e) => ({ id: e.id, phases, maxCurrent: e.maxPowerW / (voltage * phases) })) };
}

/** What smart charging needs of a station's EVSEs (1.6: connectors). */
export interface EvsePower {
  /** The EVSE ids, 1 and up. */
  readonly evseIds: readonly number[];
  /** The EVSE may deliver energy now (the power path is closed): it takes part in sharing the station's limit. */
  delivering(evseId: number): boolean;
  /**
   * The EVSE offers its EV at most `watts` from now on: 0 withholds energy;
   * undefined offers its rating (smart charging is off). `previous` is what
   * it offered before (undefined: its rating).
   */
  offer(evseId: number, watts: number | undefined, previous: number | undefined): void;
}

export interface SmartChargingOptions<W> {
  readonly store: ChargingProfileStore<W>;
  readonly power: EvsePower;
  /** Where the timer of the next period runs (cleared with the station's others at a reboot). */
  readonly timers: Timers;
  /** Runs a task after the current one (the station's link.later), so a limit never applies in the middle of a transaction step. */
  readonly later: (task: () => void) => void;
  /** Whether profiles limit the EVSEs now (2.0.1 SmartChargingCtrlr.Enabled); default always. */
  readonly enabled?: () => boolean;
  readonly now?: () => number;
}

/** How far ahead each evaluation looks for the next change, s: a day. */
export const HORIZON_S = 86_400;
const TIMER = 'smart-charging';

/**
 * Shares `total` between the EVSEs in `sharing`, equally, none above its
 * own cap; EVSEs not sharing keep their cap. Nothing changes where the caps
 * of those sharing fit in `total`. Limits are rounded down to 0.1.
 */
export function shareLimit(total: number, caps: ReadonlyMap<number, number>, sharing: readonly number[]): Map<number, number> {
  const out = new Map(caps);
  const sum = sharing.reduce((s, id) => s + (caps.get(id) ?? 0), 0);
  if (sum <= total) return out;
  const rest = [...sharing].sort((a, b) => (caps.get(a) ?? 0) - (caps.get(b) ?? 0));
  let left = total;
  while (rest.length > 0) {
    const fair = left / rest.length;
    const cap = caps.get(rest[0]!) ?? 0;
    if (cap > fair) {
      for (const id of rest) out.set(id, roundLimit(fair));
      break;
    }
    left -= cap;
    rest.shift();
  }
  return out;
}

export class SmartCharging<W = unknown> {
  readonly store: ChargingProfileStore<W>;
  private readonly power: EvsePower;
  private readonly timers: Timers;
  private readonly later: (task: () => void) => void;
  private readonly enabled: () => boolean;
  private readonly now: () => number;
  /** What each EVSE offers now, W (undefined: its rating). */
  private readonly offered = new Map<number, number | undefined>();
  private scheduled = false;

  constructor(o: SmartChargingOptions<W>) {
    this.store = o.store;
    this.power = o.power;
    this.timers = o.timers;
    this.later = o.later;
    this.enabled = o.enabled ?? (() => true);
    this.now = o.now ?? Date.now;
  }

  /** What the EVSE offers now, W; undefined where nothing limits it below its rating. */
  offeredW(evseId: number): number | undefined {
    return this.offered.get(evseId);
  }

  /**
   * A transaction started on an EVSE: TxProfiles may be set for it, and its
   * Relative schedules count from now (1.6: the start of the transaction)
   * until `energyReady` says otherwise.
   */
  transactionStarted(evseId: number, transactionId?: string): void {
    this.store.beginTransaction(evseId, new Date(this.now()), transactionId);
    this.changed();
  }

  /**
   * The EVSE of a running transaction is ready to deliver energy (the driver
   * authorized, the EV connected): its Relative schedules count from now
   * (2.0.1 errata 2023-06 on ChargingProfileKindEnumType Relative, the
   * PowerPathClosed moment). Once a transaction: call it the first time only.
   */
  energyReady(evseId: number): void {
    const running = this.store.transaction(evseId);
    if (running === undefined) return;
    this.store.beginTransaction(evseId, new Date(this.now()), running.transactionId);
    this.changed();
  }

  /** The transaction on an EVSE got its id (1.6 StartTransaction.conf); TxProfiles that waited for it take it. */
  transactionIdKnown(evseId: number, transactionId: string): void {
    this.store.setTransactionId(evseId, transactionId);
  }

  /** The transaction on an EVSE ended: its TxProfiles go. */
  transactionEnded(evseId: number): void {
    this.store.endTransaction(evseId);
    this.changed();
  }

  /** Something the limits depend on changed: they are evaluated again once the current task is done. */
  changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.evaluate();
    });
  }

  /** Applies every EVSE's limit as of now and arms the timer of the next change. */
  evaluate(): void {
    this.timers.clear(TIMER);
    const now = this.now();
    if (!this.enabled()) {
      for (const id of this.power.evseIds) this.apply(id, undefined);
      return;
    }
    this.store.removeExpired(new Date(now));
    let next = Infinity;
    const current = (evseId: number): number => {
      const schedule = this.store.compositeSchedule({ evseId, start: new Date(now), duration: HORIZON_S, chargingRateUnit: 'W' });
      const [first, second] = schedule.chargingSchedulePeriod;
      if (second !== undefined) next = Math.min(next, (schedule.scheduleStart + second.startPeriod) * 1000);
      return first?.limit ?? 0;
    };
    const caps = new Map(this.power.evseIds.map((id) => [id, current(id)] as const));
    const shares = shareLimit(current(0), caps, this.power.evseIds.filter((id) => this.power.delivering(id)));
    for (const id of this.power.evseIds) this.apply(id, shares.get(id));
    // Nothing changes within the horizon: look again at its end while profiles are installed (validity, recurrences).
    if (next === Infinity && this.store.size > 0) next = now + HORIZON_S * 1000;
    if (next !== Infinity) this.timers.once(TIMER, Math.max(0, next - this.now()) + 5, () => this.evaluate());
  }

  private apply(evseId: number, watts: number | undefined): void {
    const previous = this.offered.get(evseId);
    this.offered.set(evseId, watts);
    this.power.offer(evseId, watts, previous);
  }
}
