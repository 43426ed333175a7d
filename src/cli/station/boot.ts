/**
 * Registration and heartbeat (B01-B03): BootNotification until Accepted,
 * again after the interval a Pending or Rejected answer gives, at once when
 * the CSMS triggers it (F06.FR.17); then a Heartbeat every
 * OCPPCommCtrlr.HeartbeatInterval, which an Accepted answer sets (B01.FR.05).
 */
import type { BootReasonEnumType } from '../lib.js';
import type { DeviceModel } from './device-model.js';
import { messageOf, type EmitEvent } from './events.js';
import type { StationLink } from './link.js';
import type { Timers } from './timers.js';

export class Boot {
  /** The reason the next BootNotification gives. */
  reason: BootReasonEnumType = 'PowerUp';
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** A loop of an older generation (before a reboot) stops at its next step. */
  private generation = 0;

  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
    private readonly timers: Timers,
    private readonly emit: EmitEvent,
    /** Wait before retrying a boot that got no answer, ms. */
    private readonly retryMs: number,
    /** Runs once the CSMS has accepted the station. */
    private readonly accepted: () => void,
  ) {}

  /** Boots until Accepted; one loop at a time (a second call joins the first). */
  start(reason?: BootReasonEnumType): Promise<void> {
    if (reason !== undefined) this.reason = reason;
    if (this.running === undefined) {
      const run = this.loop(this.generation).finally(() => {
        if (this.running === run) this.running = undefined;
      });
      this.running = run;
    }
    return this.running;
  }

  /** Ends the current loop (the station goes down); `start` begins a new one. */
  cancel(): void {
    this.generation++;
    this.running = undefined;
    this.wake?.();
  }

  /** F06.FR.17: a triggered BootNotification goes now, with reason Triggered, not after the interval. */
  trigger(): void {
    this.reason = 'Triggered';
    if (this.wake !== undefined) this.wake();
    else void this.start();
  }

  /** (Re)starts the heartbeat at OCPPCommCtrlr.HeartbeatInterval. */
  startHeartbeat(): void {
    const s = this.model.integer('OCPPCommCtrlr', 'HeartbeatInterval', 300);
    if (s <= 0 || this.link.stopped) {
      this.timers.clear('heartbeat');
      return;
    }
    this.timers.every('heartbeat', s * 1000, () => {
      if (this.link.connected && this.link.accepted) this.link.track(this.link.send('Heartbeat', {}));
    });
  }

  private async loop(generation: number): Promise<void> {
    const current = (): boolean => generation === this.generation && !this.link.stopped;
    while (current() && !this.link.accepted) {
      let waitMs = this.retryMs;
      const reason = this.reason;
      try {
        const response = await this.link.role.call('BootNotification', {
          chargingStation: {
            model: this.model.value('ChargingStation', 'Model') ?? 'Simulator',
            vendorName: this.model.value('ChargingStation', 'VendorName') ?? 'ocpp-model',
            serialNumber: this.model.value('ChargingStation', 'SerialNumber') ?? '',
            firmwareVersion: this.model.value('ChargingStation', 'FirmwareVersion') ?? '1.0.0',
          },
          reason,
        });
        if (!current()) break;
        this.emit({ type: 'booted', status: response.status, interval: response.interval });
        if (response.status === 'Accepted') {
          // B01.FR.05: the interval is the heartbeat interval.
          if (response.interval > 0) this.model.update('OCPPCommCtrlr', 'HeartbeatInterval', String(response.interval));
          this.reason = 'PowerUp';
          this.startHeartbeat();
          this.accepted();
          break;
        }
        // B02.FR.01 / B03.FR.01: retry after the interval (or our own if it is 0).
        if (response.interval > 0) waitMs = response.interval * 1000;
      } catch (err) {
        if (!current()) break;
        this.emit({ type: 'error', message: `BootNotification: ${messageOf(err)}` });
      }
      // A trigger during the call asks for one more, now.
      if (this.reason === 'Triggered' && reason !== 'Triggered') continue;
      await this.sleep(waitMs);
    }
  }

  /** Waits `ms`, or less when woken (trigger, cancel). */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
