/**
 * The station's heartbeat: a Heartbeat CALL every interval while the
 * connection is open and the station is registered. The interval is what the
 * CSMS gave last, in the BootNotification answer or the version's way of
 * setting it (the version descriptor's `heartbeatIntervalMs`: 1.6
 * ChangeConfiguration of HeartbeatInterval, 2.x SetVariables of
 * OCPPCommCtrlr.HeartbeatInterval); OCPP 1.6 (4.6) lets a station skip a
 * heartbeat when another message went out within the interval, which
 * `onlyWhenIdle` turns on.
 */

/** Sends one Heartbeat (every version has it; a generic role's types cannot see that). */
export function callHeartbeat(station: { call: unknown }): Promise<unknown> {
  return (station.call as (action: string, payload: unknown) => Promise<unknown>).call(station, 'Heartbeat', {});
}

/** How the client sends heartbeats. */
export interface HeartbeatOptions {
  /**
   * Interval in ms until the CSMS gives one. Default: none, so heartbeats
   * start with the interval of the first Accepted BootNotification answer.
   */
  readonly intervalMs?: number;
  /**
   * Skip a heartbeat when another message went out within the interval
   * (OCPP 1.6, 4.6 allows it; pings keep the connection alive meanwhile).
   * Default false: one Heartbeat every interval.
   */
  readonly onlyWhenIdle?: boolean;
}

/** Arms one timer at a time; `beat` is called when a heartbeat is due. */
export class HeartbeatSchedule {
  /** The interval in ms, or undefined while none is known. */
  intervalMs: number | undefined;
  private lastSent = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(
    private readonly onlyWhenIdle: boolean,
    private readonly beat: () => void,
    intervalMs: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.intervalMs = intervalMs;
  }

  /** (Re)starts the schedule: the first heartbeat is due one interval from now. */
  start(): void {
    this.stop();
    this.running = true;
    this.arm(this.intervalMs);
  }

  stop(): void {
    this.running = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** A new interval; a running schedule restarts with it. */
  setInterval(ms: number): void {
    this.intervalMs = ms;
    if (this.running) this.start();
  }

  /** Something went out to the CSMS. */
  sent(): void {
    this.lastSent = this.now();
  }

  private arm(ms: number | undefined): void {
    if (ms === undefined || !(ms > 0)) return;
    this.timer = setTimeout(() => this.due(), Math.min(ms, 0x7fffffff));
    this.timer.unref();
  }

  private due(): void {
    this.timer = undefined;
    const interval = this.intervalMs;
    if (!this.running || interval === undefined) return;
    const quiet = this.now() - this.lastSent;
    if (this.onlyWhenIdle && quiet < interval) {
      this.arm(interval - quiet);
      return;
    }
    this.arm(interval);
    this.beat();
  }
}
