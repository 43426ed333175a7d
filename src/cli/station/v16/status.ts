/**
 * StatusNotification in 1.6 (4.9): connector 0 (the Charge Point as a
 * whole: Available, Unavailable or Faulted) and every connector, each sent
 * when its status (or error code) changed since it was last reported, all
 * of them after an Accepted boot, and the ones asked for by a TriggerMessage.
 */
import type { ChargePointErrorCode, ChargePointStatus, V16 } from '../../../v16/index.js';
import type { EmitEvent } from '../events.js';
import type { StationLink } from '../link.js';
import type { Connector16 } from './connector.js';

export class Status16 {
  /** What the Central System was last told, per connectorId: status and error code. */
  private readonly reported = new Map<number, string>();
  /** Connector 0's availability (ChangeAvailability on connector 0). */
  operative = true;
  inoperativeScheduled = false;

  constructor(
    private readonly link: StationLink<V16>,
    private readonly connectors: readonly Connector16[],
    private readonly emit: EmitEvent,
  ) {}

  /** Connector 0's status. */
  stationStatus(): ChargePointStatus {
    return this.operative ? 'Available' : 'Unavailable';
  }

  statusOf(connectorId: number): { status: ChargePointStatus; errorCode: ChargePointErrorCode } | undefined {
    if (connectorId === 0) return { status: this.stationStatus(), errorCode: 'NoError' };
    const c = this.connectors.find((x) => x.id === connectorId);
    return c === undefined ? undefined : { status: c.status(this.operative), errorCode: c.fault ?? 'NoError' };
  }

  /** After a boot the Central System is told every status again. */
  forget(): void {
    this.reported.clear();
  }

  /** Reports every connector whose status changed (all with `force`); nothing while not accepted or offline. */
  async report(force = false): Promise<void> {
    if (!this.link.accepted || !this.link.connected) return;
    const sends: Promise<unknown>[] = [];
    for (const id of [0, ...this.connectors.map((c) => c.id)]) {
      const now = this.statusOf(id)!;
      const key = `${now.status}/${now.errorCode}`;
      if (!force && this.reported.get(id) === key) continue;
      sends.push(this.send(id));
    }
    await Promise.all(sends);
  }

  /** One StatusNotification, changed or not (TriggerMessage). */
  async send(connectorId: number): Promise<void> {
    const now = this.statusOf(connectorId);
    if (now === undefined) return;
    this.reported.set(connectorId, `${now.status}/${now.errorCode}`);
    if (connectorId > 0) this.emit({ type: 'status', evseId: connectorId, connectorId: 1, status: now.status });
    await this.link.send('StatusNotification', { connectorId, errorCode: now.errorCode, status: now.status, timestamp: new Date().toISOString() });
  }
}
