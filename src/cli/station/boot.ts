/**
 * Registration and heartbeat, in every version (2.0.1 B01-B03, 1.6 4.2 and
 * 4.6): BootNotification until Accepted, again after the interval a Pending
 * or Rejected answer gives, at once when the CSMS triggers it (F06.FR.17);
 * then a Heartbeat every heartbeat interval, which an Accepted answer sets
 * (B01.FR.05; 1.6 BootNotification.conf interval). The messages themselves
 * are the version's (`BootMessages`).
 */
import { messageOf, type EmitEvent } from './events.js';
import type { Timers } from './timers.js';

/** The version's BootNotification and Heartbeat, and where its heartbeat interval is kept. */
export interface BootMessages {
  /** Sends one BootNotification giving `reason` (2.x BootReasonEnumType; 1.6 has none); its answer. */
  boot(reason: string): Promise<{ readonly status: string; readonly interval: number }>;
  /** Sends one Heartbeat (failures reported by the sender). */
  heartbeat(): Promise<unknown>;
  /** The heartbeat interval now, s (2.0.1 OCPPCommCtrlr.HeartbeatInterval, 1.6 HeartbeatInterval). */
  heartbeatS(): number;
  /** Keeps the interval an Accepted answer gave. */
  setHeartbeatS(seconds: number): void;
}

/** What the boot loop needs to know of the station's line. */
export interface LinkState {
  readonly accepted: boolean;
  readonly connected: boolean;
  readonly stopped: boolean;
  track<T>(promise: Promise<T>): Promise<T>;
}

export class Boot {
  /** The reason the next BootNotification gives (2.x BootReasonEnumType). */
  reason = 'PowerUp';
  private running: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  /** A loop of an older generation (before a reboot) stops at its next step. */
  private generation = 0;

  constructor(
    private readonly link: LinkState,
    private readonly messages: BootMessages,
    private readonly timers: Timers,
    private readonly emit: EmitEvent,
    /** Wait before retrying a boot that got no answer, ms. */
    private readonly retryMs: number,
    /** Runs once the CSMS has accepted the station. */
    private readonly accepted: () => void,
  ) {}

  /** Boots until Accepted; one loop at a time (a second call joins the first). */
  start(reason?: string): Promise<void> {
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

  /** (Re)starts the heartbeat at the heartbeat interval. */
  startHeartbeat(): void {
    const s = this.messages.heartbeatS();
    if (s <= 0 || this.link.stopped) {
      this.timers.clear('heartbeat');
      return;
    }
    this.timers.every('heartbeat', s * 1000, () => {
      if (this.link.connected && this.link.accepted) this.link.track(this.messages.heartbeat());
    });
  }

  private async loop(generation: number): Promise<void> {
    const current = (): boolean => generation === this.generation && !this.link.stopped;
    while (current() && !this.link.accepted) {
      let waitMs = this.retryMs;
      const reason = this.reason;
      try {
        const response = await this.messages.boot(reason);
        if (!current()) break;
        this.emit({ type: 'booted', status: response.status, interval: response.interval });
        if (response.status === 'Accepted') {
          // B01.FR.05: the interval is the heartbeat interval.
          if (response.interval > 0) this.messages.setHeartbeatS(response.interval);
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
