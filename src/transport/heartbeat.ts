/**
 * The station's heartbeat: a Heartbeat CALL every interval while the
 * connection is open and the station is registered. The interval is what the
 * CSMS gave last, in the BootNotification answer or by setting
 * OCPPCommCtrlr.HeartbeatInterval; OCPP 1.6 (4.6) lets a station skip a
 * heartbeat when another message went out within the interval, which
 * `onlyWhenIdle` turns on.
 */

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

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function isHeartbeatInterval(entry: unknown): boolean {
  const component = field(entry, 'component');
  const variable = field(entry, 'variable');
  const type = field(entry, 'attributeType') ?? 'Actual';
  return (
    field(component, 'name') === 'OCPPCommCtrlr' &&
    field(component, 'instance') === undefined &&
    field(component, 'evse') === undefined &&
    field(variable, 'name') === 'HeartbeatInterval' &&
    field(variable, 'instance') === undefined &&
    type === 'Actual'
  );
}

/**
 * The heartbeat interval in ms that one completed exchange sets, if any:
 * an Accepted BootNotification answer's interval (B01.FR.05-style), or an
 * Accepted SetVariables of OCPPCommCtrlr.HeartbeatInterval (seconds).
 */
export function heartbeatIntervalFrom(direction: 'sent' | 'received', action: string, request: unknown, response: unknown): number | undefined {
  if (direction === 'sent' && action === 'BootNotification') {
    const interval = field(response, 'interval');
    return field(response, 'status') === 'Accepted' && typeof interval === 'number' && interval > 0 ? interval * 1000 : undefined;
  }
  if (direction === 'received' && action === 'SetVariables') {
    const results = field(response, 'setVariableResult');
    const data = field(request, 'setVariableData');
    if (!Array.isArray(results) || !Array.isArray(data)) return undefined;
    if (!results.some((r) => isHeartbeatInterval(r) && field(r, 'attributeStatus') === 'Accepted')) return undefined;
    const set = data.find(isHeartbeatInterval);
    const text = field(set, 'attributeValue');
    const seconds = typeof text === 'string' && /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    return seconds > 0 ? seconds * 1000 : undefined;
  }
  return undefined;
}
