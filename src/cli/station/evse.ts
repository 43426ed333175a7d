/**
 * The station's EVSEs and connectors: their availability (ChangeAvailability,
 * G03-G05, with changes Scheduled while a transaction runs) and the connector
 * status each one reports (G01), derived from availability and the session
 * on the EVSE.
 */
import type { ChangeAvailabilityRequest, ChangeAvailabilityResponse, ConnectorEnumType, ConnectorStatusEnumType, OperationalStatusEnumType } from '../lib.js';
import { Meter } from './meter.js';
import { EvseSession } from './transaction.js';

export interface Connector {
  readonly id: number;
  readonly type: ConnectorEnumType;
  operative: boolean;
  faulted: boolean;
  /** What the fault is (e.g. ConnectorLockFailure), while faulted. */
  errorCode?: string | undefined;
}

/** What the EV plugged in here wants: to draw energy or not, and at most how much. */
export interface EvWish {
  charging: boolean;
  maxPowerW: number | undefined;
}

export class Evse {
  operative = true;
  readonly session = new EvseSession();
  readonly meter: Meter;
  /** The EV's will; set by whoever plays the EV (default: charge as fast as it can). */
  readonly ev: EvWish = { charging: true, maxPowerW: undefined };

  constructor(
    readonly id: number,
    readonly connectors: readonly Connector[],
    readonly maxPowerW: number,
    random: () => number,
  ) {
    this.meter = new Meter(maxPowerW, random);
  }

  connector(id: number): Connector | undefined {
    return this.connectors.find((c) => c.id === id);
  }
}

type Target = { readonly kind: 'station' } | { readonly kind: 'evse'; readonly evse: Evse } | { readonly kind: 'connector'; readonly evse: Evse; readonly connector: Connector };

export class Equipment {
  operative = true;
  /** Inoperative changes waiting for a transaction to end (G03.FR.05 and alike). */
  private scheduled: Target[] = [];

  constructor(readonly evses: readonly Evse[]) {}

  evse(id: number): Evse | undefined {
    return this.evses.find((e) => e.id === id);
  }

  /** Every (evse, connector) pair, in order. */
  *connectors(): Generator<[Evse, Connector]> {
    for (const e of this.evses) for (const c of e.connectors) yield [e, c];
  }

  /**
   * The EVSE may be used: it and the station are operative, and the station is
   * not waiting to go inoperative (then only an EVSE with a transaction
   * carries on, G04.FR.04 / TC_G_14_CS).
   */
  available(evse: Evse): boolean {
    if (!this.operative || !evse.operative) return false;
    return evse.session.active || !this.scheduled.some((t) => t.kind === 'station');
  }

  connectorStatus(evse: Evse, connector: Connector): ConnectorStatusEnumType {
    if (connector.faulted) return 'Faulted';
    if (!this.available(evse) || !connector.operative) return 'Unavailable';
    const s = evse.session;
    if (s.connectorId === connector.id) return 'Occupied';
    // One connector of an EVSE in use makes its others unusable.
    if (s.connectorId !== undefined) return 'Unavailable';
    if ((s.authorization !== undefined || s.active) && evse.connectors.length === 1) return 'Occupied';
    return 'Available';
  }

  /** The EVSE's AvailabilityState variable. */
  evseState(evse: Evse): ConnectorStatusEnumType {
    if (!this.available(evse)) return 'Unavailable';
    const states = evse.connectors.map((c) => this.connectorStatus(evse, c));
    if (states.includes('Occupied')) return 'Occupied';
    if (states.length > 0 && states.every((s) => s === 'Faulted')) return 'Faulted';
    return states.includes('Available') ? 'Available' : 'Unavailable';
  }

  /** The ChargingStation's AvailabilityState variable. */
  stationState(): ConnectorStatusEnumType {
    return this.operative ? 'Available' : 'Unavailable';
  }

  changeAvailability(request: ChangeAvailabilityRequest): ChangeAvailabilityResponse {
    const found = this.target(request);
    if ('reasonCode' in found) return { status: 'Rejected', statusInfo: { reasonCode: found.reasonCode } };
    const target = found;
    const inoperative = request.operationalStatus === 'Inoperative';
    // A new request replaces any change still scheduled for the same target.
    this.scheduled = this.scheduled.filter((t) => !sameTarget(t, target));
    if (inoperative && this.busy(target)) {
      this.scheduled.push(target);
      return { status: 'Scheduled' };
    }
    this.set(target, request.operationalStatus);
    return { status: 'Accepted' };
  }

  /** Applies scheduled changes whose target is no longer busy; true when something changed. */
  applyScheduled(): boolean {
    const ready = this.scheduled.filter((t) => !this.busy(t));
    if (ready.length === 0) return false;
    this.scheduled = this.scheduled.filter((t) => this.busy(t));
    for (const t of ready) this.set(t, 'Inoperative');
    return true;
  }

  private busy(target: Target): boolean {
    switch (target.kind) {
      case 'station':
        return this.evses.some((e) => e.session.active);
      case 'evse':
        return target.evse.session.active;
      case 'connector':
        return target.evse.session.active && (target.evse.session.connectorId === undefined || target.evse.session.connectorId === target.connector.id);
    }
  }

  private set(target: Target, status: OperationalStatusEnumType): void {
    const on = status === 'Operative';
    switch (target.kind) {
      case 'station':
        this.operative = on;
        break;
      case 'evse':
        target.evse.operative = on;
        break;
      case 'connector':
        target.connector.operative = on;
        break;
    }
  }

  private target(request: ChangeAvailabilityRequest): Target | { reasonCode: string } {
    const e = request.evse;
    if (e === undefined || e.id === 0) return { kind: 'station' };
    const evse = this.evse(e.id);
    if (evse === undefined) return { reasonCode: 'UnknownEvse' };
    if (e.connectorId === undefined) return { kind: 'evse', evse };
    const connector = evse.connector(e.connectorId);
    if (connector === undefined) return { reasonCode: 'UnknownConnectorId' };
    return { kind: 'connector', evse, connector };
  }
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'station') return true;
  if (a.kind === 'evse' && b.kind === 'evse') return a.evse === b.evse;
  if (a.kind === 'connector' && b.kind === 'connector') return a.connector === b.connector;
  return false;
}
