/**
 * Resets and power cycles (B11, B12): Reset Immediate ends every transaction
 * (ResetCommand, ImmediateReset) and reboots with RemoteReset; Reset OnIdle
 * reboots at once when nothing runs (RemoteReset) or is Scheduled and
 * reboots with ScheduledReset once the last transaction has ended
 * (B12.FR.03, TC_B_21_CS); a power cycle ends transactions with PowerLoss
 * (sent after the boot) and boots with PowerUp. A reboot drops the
 * connection and opens a new one when the station has one to reopen.
 */
import type { BootReasonEnumType } from '../lib.js';
import type { Boot } from './boot.js';
import type { Charging } from './charging.js';
import type { Equipment, Evse } from './evse.js';
import type { EmitEvent } from './events.js';
import type { StationLink } from './link.js';
import type { StatusReporter } from './status.js';
import type { Timers } from './timers.js';
import type { TransactionQueue } from './tx-queue.js';

export interface StationHooks {
  /** Closes the connection and opens it again (a reboot); the station boots once it is back. */
  readonly restart?: () => Promise<void>;
}

export class Resetter {
  private scheduled = false;
  /** EVSEs whose OnIdle reset waits for their transaction (B12.FR.07). */
  private readonly scheduledEvses = new Set<number>();

  constructor(
    private readonly link: StationLink,
    private readonly boot: Boot,
    private readonly charging: Charging,
    private readonly equipment: Equipment,
    private readonly status: StatusReporter,
    private readonly queue: TransactionQueue,
    private readonly timers: Timers,
    private readonly emit: EmitEvent,
    private readonly hooks: () => StationHooks,
  ) {}

  private get busy(): boolean {
    return this.equipment.evses.some((e) => e.session.active);
  }

  /**
   * Reset of one EVSE where EVSE.AllowReset (B11.FR.08, B12.FR.07, B12.FR.08):
   * Immediate ends its transaction (ResetCommand, ImmediateReset); OnIdle
   * waits for it. The rest of the station carries on and nothing reboots.
   */
  resetEvse(type: 'Immediate' | 'OnIdle', evse: Evse): 'Accepted' | 'Scheduled' {
    this.emit({ type: 'reset', resetType: `${type} EVSE ${evse.id}` });
    if (type === 'OnIdle' && evse.session.active) {
      this.scheduledEvses.add(evse.id);
      return 'Scheduled';
    }
    this.scheduledEvses.delete(evse.id);
    if (type === 'Immediate') this.link.later(() => this.charging.input(evse, { type: 'reset' }));
    return 'Accepted';
  }

  /** Reset of the whole station. */
  reset(type: 'Immediate' | 'OnIdle'): 'Accepted' | 'Scheduled' {
    this.emit({ type: 'reset', resetType: type });
    if (type === 'OnIdle' && this.busy) {
      this.scheduled = true;
      return 'Scheduled';
    }
    this.scheduled = false;
    this.link.later(async () => {
      // B12.FR.02: ongoing transactions end with ResetCommand / ImmediateReset first.
      if (type === 'Immediate') await Promise.all(this.equipment.evses.map((e) => this.charging.input(e, { type: 'reset' })));
      await this.reboot('RemoteReset');
    });
    return 'Accepted';
  }

  /** A transaction ended: a scheduled OnIdle reset goes once none is left (B12.FR.03). */
  idle(): void {
    for (const id of this.scheduledEvses) if (this.equipment.evse(id)?.session.active !== true) this.scheduledEvses.delete(id);
    if (!this.scheduled || this.busy) return;
    this.scheduled = false;
    this.link.later(() => this.reboot('ScheduledReset'));
  }

  /** The power goes off and on: what runs ends with PowerLoss, told to the CSMS after the boot. */
  async powerCycle(): Promise<void> {
    this.scheduled = false;
    this.link.connected = false;
    this.status.wentOffline();
    await Promise.all(this.equipment.evses.map((e) => this.charging.input(e, { type: 'powerLoss' })));
    await this.reboot('PowerUp');
  }

  /** Goes down and comes back up: timers stop, the connection is reopened, a BootNotification with `reason`. */
  private async reboot(reason: BootReasonEnumType): Promise<void> {
    this.timers.clearAll();
    this.boot.cancel();
    this.queue.wake();
    for (const evse of this.equipment.evses) evse.meter.setCharging(false);
    this.link.setRegistration('Unknown');
    this.status.forget();
    this.boot.reason = reason;
    const restart = this.hooks().restart;
    if (restart !== undefined) {
      await restart();
      return;
    }
    // Nothing to reopen: the same transport carries the new boot.
    this.link.connected = this.link.role.endpoint.attached;
    await this.boot.start(reason);
  }
}
