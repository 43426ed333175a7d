/**
 * The controls of a simulated 1.6 Charge Point (control/types.ts), with the
 * contract of the 2.0.1 ones: each 1.6 connector is an EVSE with one
 * connector (evseId is the 1.6 connectorId, connectorId is 1), and an
 * idTag has no type (the type given is not used). Presenting the idTag of
 * a running transaction stops it (Local), as does another idTag with the
 * same parentIdTag (3.5.1); otherwise it authorizes a free connector (one
 * with a cable first).
 */
import { ControlError, type ActionResult, type EvseSnapshot, type FaultCode, type StationControl, type StationSnapshot } from '../../control/types.js';
import type { Network } from '../controls.js';
import type { EmitEvent } from '../events.js';
import { randomEv } from '../meter.js';
import { disconnect, reconnect } from '../network-controls.js';
import type { Connector16 } from './connector.js';
import type { Station16 } from './parts.js';

export interface ControlledStation16 extends Station16 {
  readonly network: Network | undefined;
  emit(event: 'event', e: Parameters<EmitEvent>[0]): boolean;
}

export class Controls16 implements StationControl {
  /** 1.6 idTags have no type; the one given is not used. */
  readonly idTokenTypes: readonly string[] = ['IdTag'];

  constructor(private readonly station: ControlledStation16) {}

  get identity(): string {
    return this.station.identity;
  }

  async plug(evseId: number, connectorId: number): Promise<ActionResult> {
    const c = this.connector(evseId, connectorId);
    if (c.plugged) throw new ControlError(409, `connector ${evseId} already has a cable`);
    const status = c.status(this.station.status.operative);
    if (status === 'Unavailable' || status === 'Faulted' || status === 'Finishing') throw new ControlError(409, `connector ${evseId} is ${status}`);
    c.meter.connect(randomEv(this.station.random));
    c.meter.setEvLimit(c.ev.maxPowerW);
    await this.station.transactions.plug(c);
    this.station.smartCharging.changed();
    return { done: `cable plugged into connector ${evseId}${this.txText(c)}`, ...this.where(c) };
  }

  async unplug(evseId: number, connectorId: number): Promise<ActionResult> {
    const c = this.connector(evseId, connectorId);
    if (!c.plugged) throw new ControlError(409, `there is no cable in connector ${evseId}`);
    const transactionId = c.tx?.transactionId;
    await this.station.transactions.unplug(c);
    c.ev.charging = true;
    c.ev.maxPowerW = undefined;
    this.station.smartCharging.changed();
    const ended = transactionId !== undefined && c.tx === undefined;
    return { done: `cable removed from connector ${evseId}${ended ? `, transaction ${transactionId} ended` : ''}`, ...this.where(c) };
  }

  present(idToken: string, _type: string, evseId?: number): Promise<ActionResult> {
    return this.presentAt(idToken, evseId);
  }

  /** An idTag at a connector's reader, or the Charge Point's when `evseId` is undefined. */
  async presentAt(idTag: string, evseId?: number): Promise<ActionResult & { result: 'authorized' | 'stopped' | 'refused' }> {
    if (idTag.length === 0 || idTag.length > 20) throw new ControlError(400, 'a 1.6 idTag has 1 to 20 characters');
    const { connectors, auth, transactions } = this.station;
    const scope = evseId === undefined ? connectors : [this.connector(evseId, 1)];
    // The idTag of the session stops it, without asking again.
    const own = scope.find((c) => c.authorization?.idTag === idTag || c.tx?.idTag === idTag);
    if (own !== undefined) return this.stopped(own, idTag, undefined);
    const free = scope.filter((c) => c.authorization === undefined && c.tx === undefined && c.status(this.station.status.operative) !== 'Unavailable' && c.fault === undefined);
    // A cable waiting for an idTag first, then an idle connector, then one Finishing (4.9 F2).
    const target = free.find((c) => c.plugged && !c.finishing) ?? free.find((c) => !c.finishing) ?? free[0];
    const verdict = await auth.authorize(idTag);
    const status = verdict.info?.status ?? 'Invalid';
    if (verdict.info?.status === 'Accepted') {
      const parent = verdict.info.parentIdTag;
      const grouped = parent === undefined ? undefined : scope.find((c) => c.tx !== undefined && (c.authorization?.parentIdTag ?? auth.parentOf(c.tx.idTag)) === parent);
      if (grouped !== undefined) return this.stopped(grouped, idTag, status);
    }
    if (target === undefined) throw new ControlError(409, evseId === undefined ? 'no connector is free to start a session' : `connector ${evseId} is not free`);
    this.station.emit('event', { type: 'authorized', evseId: target.id, idToken: idTag, status });
    if (verdict.info?.status !== 'Accepted') return { done: `idTag ${idTag} refused at connector ${target.id} (${status})`, result: 'refused', evseIds: [target.id], status };
    await transactions.authorize(target, { idTag, parentIdTag: verdict.info.parentIdTag, remote: false });
    return { done: `idTag ${idTag} authorized at connector ${target.id} (${status})`, result: 'authorized', evseIds: [target.id], status };
  }

  async ev(evseId: number, charging: boolean, powerW?: number): Promise<ActionResult> {
    const c = this.connector(evseId, 1);
    if (powerW !== undefined && !(powerW > 0)) throw new ControlError(400, 'powerW must be a positive number');
    c.ev.charging = charging;
    if (powerW !== undefined) c.ev.maxPowerW = powerW;
    const status = (): string => c.status(this.station.status.operative);
    if (!c.plugged) return { done: `the EV plugged in next at connector ${evseId} will ${charging ? 'charge' : 'not be ready to charge'}`, evseId, chargingState: status(), powerW: 0 };
    await this.station.transactions.evChanged(c);
    return { done: `the EV at connector ${evseId} ${charging ? 'wants to charge' : 'suspends charging'}, ${status()}`, evseId, chargingState: status(), powerW: c.meter.powerW };
  }

  async fault(evseId: number, connectorId: number, errorCode?: FaultCode): Promise<ActionResult> {
    const c = this.connector(evseId, connectorId);
    if (errorCode === undefined && c.fault === undefined) throw new ControlError(409, `connector ${evseId} has no fault to clear`);
    c.fault = errorCode;
    this.station.emit('event', { type: 'fault', evseId, connectorId: 1, errorCode });
    // A fault stops the energy (4.9 C9); the transaction carries on.
    await this.station.transactions.withhold(c, 'fault', errorCode !== undefined);
    return { done: errorCode === undefined ? `fault cleared on connector ${evseId}` : `${errorCode} on connector ${evseId}`, ...this.where(c), ...(errorCode !== undefined && { errorCode }) };
  }

  disconnect(): Promise<ActionResult> {
    return disconnect(this.station.network);
  }

  reconnect(): Promise<ActionResult> {
    return reconnect(this.station.network);
  }

  async reboot(): Promise<ActionResult> {
    await this.station.powerCycle();
    return { done: 'power cycled; booting' };
  }

  snapshot(): StationSnapshot {
    const st = this.station;
    const deviceModel: Record<string, string> = {};
    for (const k of st.keys.all()) deviceModel[k.key] = k.value ?? '';
    return {
      identity: st.identity,
      protocol: 'ocpp1.6',
      connection: st.network?.state ?? (st.link.connected ? 'connected' : 'connecting'),
      registration: st.link.registration,
      evses: st.connectors.map((c) => this.connectorSnapshot(c)),
      queuedTransactionMessages: st.transactions.pending,
      deviceModel,
    };
  }

  private connectorSnapshot(c: Connector16): EvseSnapshot {
    c.meter.advance();
    const status = c.status(this.station.status.operative);
    const tx = c.tx;
    return {
      id: c.id,
      status,
      connectors: [{ id: 1, type: 'connector', status, cable: c.plugged, fault: c.fault ?? null }],
      ev: c.plugged ? { connectorId: 1, charging: c.charging, wantsToCharge: c.ev.charging, maxPowerW: c.ev.maxPowerW ?? null, soc: c.meter.soc ?? null } : null,
      authorized: c.authorization === undefined ? null : { idToken: c.authorization.idTag, type: 'IdTag' },
      transaction:
        tx === undefined ? null : { id: tx.transactionId === undefined ? 'pending' : String(tx.transactionId), chargingState: status, idToken: { idToken: tx.idTag, type: 'IdTag' }, energyWh: c.meter.energyWh - tx.meterStartWh },
      meter: { energyWh: c.meter.energyWh, powerW: c.meter.powerW, offeredW: Math.round(c.meter.offeredW) },
    };
  }

  private async stopped(c: Connector16, idTag: string, status: string | undefined): Promise<ActionResult & { result: 'stopped' }> {
    const transactions = this.station.transactions;
    if (c.tx !== undefined) await transactions.stop(c, 'Local', idTag);
    else {
      // Authorized, no transaction yet: the second presentation ends the intended use (4.9 B1).
      c.authorization = undefined;
      await this.station.status.report();
    }
    return { done: `idTag ${idTag} stopped the session on connector ${c.id}`, result: 'stopped', evseIds: [c.id], ...(status !== undefined && { status }) };
  }

  private connector(evseId: number, connectorId: number): Connector16 {
    const c = this.station.connectors.find((x) => x.id === evseId);
    if (c === undefined) throw new ControlError(404, `there is no connector ${evseId} (1.6 connectors: ${this.station.connectors.map((x) => x.id).join(', ')})`);
    if (connectorId !== 1) throw new ControlError(404, `a 1.6 connector is an EVSE with one connector: connectorId must be 1, not ${connectorId}`);
    return c;
  }

  private where(c: Connector16): Record<string, unknown> {
    const status = c.status(this.station.status.operative);
    return { evseId: c.id, connectorId: 1, status, chargingState: status, transactionId: c.tx?.transactionId ?? null };
  }

  private txText(c: Connector16): string {
    const id = c.tx?.transactionId;
    return c.tx === undefined ? '' : `, transaction ${id ?? '(starting)'} (${c.status(this.station.status.operative)})`;
  }
}
