/**
 * Connector status (G01, B04): the AvailabilityState variables kept up to
 * date, a StatusNotification for every connector whose status changed since
 * it was last reported, and after a connection loss either all of them
 * (offline longer than OCPPCommCtrlr.OfflineThreshold, B04.FR.01) or only
 * the changed ones (B04.FR.02).
 */
import type { ConnectorStatusEnumType } from '../lib.js';
import type { DeviceModel } from './device-model.js';
import type { Equipment, Evse } from './evse.js';
import type { EmitEvent } from './events.js';
import type { StationLink } from './link.js';

export class StatusReporter {
  /** What the CSMS was last told, per "evse/connector". */
  private readonly reported = new Map<string, ConnectorStatusEnumType>();
  private offlineSinceMs: number | undefined;

  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
    private readonly equipment: Equipment,
    private readonly emit: EmitEvent,
  ) {}

  /** After a boot the CSMS is told every status again. */
  forget(): void {
    this.reported.clear();
  }

  wentOffline(): void {
    this.offlineSinceMs ??= Date.now();
  }

  /** Back online without a new boot: B04.FR.01 / B04.FR.02. */
  async cameOnline(): Promise<void> {
    const since = this.offlineSinceMs;
    this.offlineSinceMs = undefined;
    const threshold = this.model.integer('OCPPCommCtrlr', 'OfflineThreshold', 300);
    await this.report(since !== undefined && Date.now() - since > threshold * 1000);
  }

  /** Updates the AvailabilityState variables and reports every changed connector (all with `force`). */
  async report(force = false): Promise<void> {
    this.model.update('ChargingStation', 'AvailabilityState', this.equipment.stationState());
    const sends: Promise<unknown>[] = [];
    for (const evse of this.equipment.evses) {
      this.model.update({ name: 'EVSE', evse: { id: evse.id } }, 'AvailabilityState', this.equipment.evseState(evse));
      for (const c of evse.connectors) {
        const status = this.equipment.connectorStatus(evse, c);
        this.model.update({ name: 'Connector', evse: { id: evse.id, connectorId: c.id } }, 'AvailabilityState', status);
        const key = `${evse.id}/${c.id}`;
        if (!force && this.reported.get(key) === status) continue;
        // Not told while not accepted or offline: reported on the way back.
        if (!this.link.accepted || !this.link.connected) continue;
        this.reported.set(key, status);
        this.emit({ type: 'status', evseId: evse.id, connectorId: c.id, status });
        sends.push(this.link.send('StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: status, evseId: evse.id, connectorId: c.id }));
      }
    }
    await Promise.all(sends);
  }

  /** StatusNotification for the connectors asked for, whether or not they changed (TriggerMessage, F06). */
  async send(evse: Evse, connectorId?: number): Promise<void> {
    const sends = evse.connectors
      .filter((c) => connectorId === undefined || c.id === connectorId)
      .map((c) => {
        const status = this.equipment.connectorStatus(evse, c);
        this.reported.set(`${evse.id}/${c.id}`, status);
        return this.link.send('StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: status, evseId: evse.id, connectorId: c.id });
      });
    await Promise.all(sends);
  }
}
