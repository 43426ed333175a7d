/**
 * The station's line to the CSMS: the ChargingStation behaviour it talks
 * through (replaced when the connection is rebuilt), whether it is up, and
 * sending with the station's policy: failures become 'error' events, a
 * SecurityError from a CSMS that forgot the station starts a new
 * registration (B02.FR.09), and while offline nothing but BootNotification
 * is handed to the behaviour unless the station queues every message
 * (2.0.1 OCPPCommCtrlr.QueueAllMessages; transaction messages have their
 * own path). It also keeps track of the work the station has started, for
 * `settled()`. The same line serves every version: `V` is the version the
 * behaviour speaks.
 */
import { OcppError } from '../lib.js';
import type { AnyVersion, CallOptions, CallsSentBy, RegistrationStatus, RequestOf, ResponseOf, V201 } from '../lib.js';
import { messageOf, type EmitEvent } from './events.js';

/** Accepted, Pending, Rejected (every version's RegistrationStatus) or Unknown (not yet booted). */
export type Registration = 'Accepted' | 'Pending' | 'Rejected' | 'Unknown';

/** What the station needs of its ChargingStation behaviour of version V, whatever the behaviour's context type. */
export interface StationRole<V extends AnyVersion = V201> {
  call<A extends CallsSentBy<V, 'ChargingStation'>>(action: A, payload: RequestOf<V, A>, options?: CallOptions): Promise<ResponseOf<V, A>>;
  readonly registrationStatus: RegistrationStatus | undefined;
  readonly registration: { setStatus(status: RegistrationStatus): void } | undefined;
  readonly endpoint: { readonly attached: boolean };
}

export class StationLink<V extends AnyVersion = V201> {
  connected = false;
  stopped = false;
  /** Called when the CSMS refuses a call with SecurityError: the station must register again. */
  onRefused: () => void = () => undefined;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    public role: StationRole<V>,
    /** Whether messages are handed to the behaviour while offline too (it queues them until the connection is back). */
    private readonly queueAll: () => boolean,
    private readonly emit: EmitEvent,
  ) {}

  get registration(): Registration {
    return (this.role.registrationStatus as Registration | undefined) ?? 'Accepted';
  }

  get accepted(): boolean {
    return this.registration === 'Accepted';
  }

  setRegistration(status: Registration): void {
    this.role.registration?.setStatus(status);
  }

  /** Sends a CALL; failures become 'error' events and undefined. */
  async send<A extends CallsSentBy<V, 'ChargingStation'>>(action: A, payload: RequestOf<V, A>, options?: CallOptions): Promise<ResponseOf<V, A> | undefined> {
    if (!this.connected && action !== 'BootNotification' && !this.queueAll()) return undefined;
    const role = this.role;
    try {
      return await role.call(action, payload, options);
    } catch (err) {
      // Stopped, or the connection was rebuilt under the call: nothing worth reporting.
      if (this.stopped || role !== this.role) return undefined;
      this.emit({ type: 'error', message: `${action}: ${messageOf(err)}` });
      if (err instanceof OcppError && err.code === 'SecurityError' && this.accepted && action !== 'BootNotification') this.onRefused();
      return undefined;
    }
  }

  /** Keeps a promise in the set `settled()` waits for. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** Runs `task` after the current handler's answer has gone out. */
  later(task: () => Promise<unknown> | void): void {
    const p = new Promise<void>((resolve) => {
      setImmediate(() => {
        if (this.stopped) {
          resolve();
          return;
        }
        Promise.resolve()
          .then(task)
          .catch((err: unknown) => this.emit({ type: 'error', message: messageOf(err) }))
          .finally(resolve);
      });
    });
    this.track(p);
  }

  /** Resolves when every message the station has started sending is answered (or failed). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
