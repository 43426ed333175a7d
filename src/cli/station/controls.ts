/**
 * The controls of a simulated OCPP 2.0.1 (or 2.1) station (control/types.ts): the EV
 * driver, the EV, the hardware and the network acting on it, each checked
 * against the station's state first (404 for an EVSE or connector it does
 * not have, 409 for what makes no sense now), and its live state as JSON.
 */
import { ControlError, type ActionResult, type EvseSnapshot, type FaultCode, type StationControl, type StationSnapshot } from '../control/types.js';
import { IdTokenEnumType, type IdTokenType } from '../lib.js';
import { describe } from './device-model.js';
import type { Driver } from './driver.js';
import type { Connector, Evse } from './evse.js';
import type { Faults } from './faults.js';
import type { StationParts } from './handlers.js';
import { randomEv } from './meter.js';
import { disconnect, reconnect } from './network-controls.js';

/** The station's network connection, as the controls see it. */
export interface Network {
  readonly state: 'connected' | 'connecting' | 'dropped' | 'closed';
  /** The connection drops and stays down. */
  drop(): Promise<void>;
  /** Connecting again (with the back-off) starts. */
  restore(): Promise<void>;
}

export interface ControlledStation extends StationParts {
  readonly identity: string;
  /** ocpp2.0.1 or ocpp2.1. */
  readonly protocol: string;
  readonly driver: Driver;
  readonly faults: Faults;
  readonly random: () => number;
  readonly network: Network | undefined;
  powerCycle(): Promise<void>;
}

export class Controls implements StationControl {
  readonly idTokenTypes: readonly string[] = ['ISO14443', ...IdTokenEnumType.filter((t) => t !== 'ISO14443')];

  constructor(private readonly station: ControlledStation) {}

  get identity(): string {
    return this.station.identity;
  }

  async plug(evseId: number, connectorId: number): Promise<ActionResult> {
    const { evse, connector } = this.connector(evseId, connectorId);
    const s = evse.session;
    if (s.connectorId !== undefined) throw new ControlError(409, `EVSE ${evseId} already has a cable in connector ${s.connectorId}`);
    const status = this.station.equipment.connectorStatus(evse, connector);
    if (status === 'Unavailable' || status === 'Faulted') throw new ControlError(409, `connector ${evseId}/${connectorId} is ${status}`);
    evse.meter.connect(randomEv(this.station.random));
    evse.meter.setEvLimit(evse.ev.maxPowerW);
    await this.station.charging.input(evse, { type: 'plug', connectorId });
    return { done: `cable plugged into ${evseId}/${connectorId}${this.txText(evse)}`, ...this.where(evse, connector) };
  }

  async unplug(evseId: number, connectorId: number): Promise<ActionResult> {
    const { evse, connector } = this.connector(evseId, connectorId);
    if (evse.session.connectorId !== connectorId) throw new ControlError(409, `there is no cable in connector ${evseId}/${connectorId}`);
    const transactionId = evse.session.transactionId;
    await this.station.charging.input(evse, { type: 'unplug', stopTransaction: this.station.model.boolean('TxCtrlr', 'StopTxOnEVSideDisconnect', true) });
    evse.meter.disconnect();
    // The EV leaves; the next one charges unless told otherwise.
    evse.ev.charging = true;
    evse.ev.maxPowerW = undefined;
    const ended = transactionId !== undefined && evse.session.transactionId !== transactionId;
    return { done: `cable removed from ${evseId}/${connectorId}${ended ? `, transaction ${transactionId} ended` : ''}`, ...this.where(evse, connector) };
  }

  async present(idToken: string, type: string, evseId?: number): Promise<ActionResult> {
    if (!(IdTokenEnumType as readonly string[]).includes(type)) throw new ControlError(400, `type must be one of ${IdTokenEnumType.join(', ')}`);
    if (idToken.length === 0 || idToken.length > 36) throw new ControlError(400, 'idToken must have 1 to 36 characters');
    const token: IdTokenType = { idToken, type: type as IdTokenType['type'] };
    const r = await this.station.driver.present(token, evseId);
    const where = r.evseIds.length > 0 ? ` at EVSE ${r.evseIds.join(', ')}` : '';
    const why = r.status !== undefined ? ` (${r.status})` : '';
    return { done: `idToken ${idToken} ${r.result}${where}${why}`, result: r.result, evseIds: r.evseIds, ...(r.status !== undefined && { status: r.status }) };
  }

  async ev(evseId: number, charging: boolean, powerW?: number): Promise<ActionResult> {
    const evse = this.evse(evseId);
    if (powerW !== undefined && !(powerW > 0)) throw new ControlError(400, 'powerW must be a positive number');
    evse.ev.charging = charging;
    if (powerW !== undefined) evse.ev.maxPowerW = powerW;
    const s = evse.session;
    // Before the cable is in, this is how the EV about to be plugged in will behave (TC_E_38_CS: an EV not ready).
    if (s.connectorId === undefined) return { done: `the EV plugged in next at EVSE ${evseId} will ${charging ? 'charge' : 'not be ready to charge'}`, evseId, chargingState: s.chargingState, powerW: 0 };
    await this.station.charging.evChanged(evse);
    const state = s.active ? `, ${s.chargingState}` : '';
    return { done: `the EV at EVSE ${evseId} ${charging ? 'wants to charge' : 'suspends charging'}${state}`, evseId, chargingState: s.chargingState, powerW: evse.meter.powerW };
  }

  async fault(evseId: number, connectorId: number, errorCode?: FaultCode): Promise<ActionResult> {
    const { evse, connector } = this.connector(evseId, connectorId);
    if (errorCode === undefined) {
      if (!connector.faulted) throw new ControlError(409, `connector ${evseId}/${connectorId} has no fault to clear`);
      await this.station.faults.clear(evse, connector);
      return { done: `fault cleared on ${evseId}/${connectorId}`, ...this.where(evse, connector) };
    }
    await this.station.faults.raise(evse, connector, errorCode);
    return { done: `${errorCode} on ${evseId}/${connectorId}`, ...this.where(evse, connector), errorCode };
  }

  disconnect(): Promise<ActionResult> {
    return disconnect(this.station.network);
  }

  reconnect(): Promise<ActionResult> {
    return reconnect(this.station.network);
  }

  async reboot(): Promise<ActionResult> {
    await this.station.powerCycle();
    return { done: 'power cycled; booting (PowerUp)' };
  }

  snapshot(): StationSnapshot {
    const st = this.station;
    const deviceModel: Record<string, string> = {};
    for (const def of st.model.definitions()) {
      if (def.mutability === 'WriteOnly') continue;
      const value = st.model.value(def.component, def.variable);
      if (value !== undefined) deviceModel[describe(def.component, def.variable)] = value;
    }
    return {
      identity: st.identity,
      protocol: st.protocol,
      connection: st.network?.state ?? (st.link.connected ? 'connected' : 'connecting'),
      registration: st.link.registration,
      evses: st.equipment.evses.map((e) => this.evseSnapshot(e)),
      queuedTransactionMessages: st.queue.size,
      deviceModel,
    };
  }

  private evseSnapshot(evse: Evse): EvseSnapshot {
    const s = evse.session;
    const equipment = this.station.equipment;
    evse.meter.advance();
    const token = (t: IdTokenType | undefined): { idToken: string; type: string } | null => (t === undefined ? null : { idToken: t.idToken, type: t.type });
    return {
      id: evse.id,
      status: equipment.evseState(evse),
      connectors: evse.connectors.map((c) => ({ id: c.id, type: c.type, status: equipment.connectorStatus(evse, c), cable: s.connectorId === c.id, fault: c.errorCode ?? null })),
      ev:
        s.connectorId === undefined
          ? null
          : { connectorId: s.connectorId, charging: s.charging, wantsToCharge: evse.ev.charging, maxPowerW: evse.ev.maxPowerW ?? null, soc: evse.meter.soc ?? null },
      authorized: token(s.authorization?.idToken),
      transaction:
        s.transactionId === undefined
          ? null
          : { id: s.transactionId, chargingState: s.chargingState, idToken: token(s.startedBy?.idToken), energyWh: this.station.charging.energyWh(evse) },
      meter: { energyWh: evse.meter.energyWh, powerW: evse.meter.powerW, offeredW: Math.round(evse.meter.offeredW) },
    };
  }

  private evse(id: number): Evse {
    const evse = this.station.equipment.evse(id);
    if (evse === undefined) throw new ControlError(404, `there is no EVSE ${id} (EVSEs: ${this.station.equipment.evses.map((e) => e.id).join(', ')})`);
    return evse;
  }

  private connector(evseId: number, connectorId: number): { evse: Evse; connector: Connector } {
    const evse = this.evse(evseId);
    const connector = evse.connector(connectorId);
    if (connector === undefined) throw new ControlError(404, `EVSE ${evseId} has no connector ${connectorId} (connectors: ${evse.connectors.map((c) => c.id).join(', ')})`);
    return { evse, connector };
  }

  private where(evse: Evse, connector: Connector): Record<string, unknown> {
    const s = evse.session;
    return {
      evseId: evse.id,
      connectorId: connector.id,
      status: this.station.equipment.connectorStatus(evse, connector),
      chargingState: s.chargingState,
      transactionId: s.transactionId ?? null,
    };
  }

  private txText(evse: Evse): string {
    const id = evse.session.transactionId;
    return id === undefined ? '' : `, transaction ${id} (${evse.session.chargingState})`;
  }
}
