/**
 * The station's line to the CSMS: the ChargingStation behaviour it talks
 * through (replaced when the connection is rebuilt), whether it is up, and
 * sending with the station's policy: failures become 'error' events, a
 * SecurityError from a CSMS that forgot the station starts a new
 * registration (B02.FR.09), and while offline nothing but BootNotification
 * is handed to the behaviour unless OCPPCommCtrlr.QueueAllMessages is true
 * (transaction messages have their own queue, tx-queue.ts). It also keeps
 * track of the work the station has started, for `settled()`.
 */
import { OcppError } from '../lib.js';
import type { CallOptions, RegistrationStatus, RegistrationStatusEnumType, RequestMap, ResponseMap, StationToCsmsAction } from '../lib.js';
import type { DeviceModel } from './device-model.js';
import { messageOf, type EmitEvent } from './events.js';

export type Registration = RegistrationStatusEnumType | 'Unknown';

/** What the station needs of its ChargingStation behaviour, whatever the behaviour's context type. */
export interface StationRole {
  call<A extends StationToCsmsAction>(action: A, payload: RequestMap[A], options?: CallOptions): Promise<ResponseMap[A]>;
  readonly registrationStatus: RegistrationStatus | undefined;
  readonly registration: { setStatus(status: RegistrationStatus): void } | undefined;
  readonly endpoint: { readonly attached: boolean };
}

export class StationLink {
  connected = false;
  stopped = false;
  /** Called when the CSMS refuses a call with SecurityError: the station must register again. */
  onRefused: () => void = () => undefined;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    public role: StationRole,
    private readonly model: DeviceModel,
    private readonly emit: EmitEvent,
  ) {}

  get registration(): Registration {
    return this.role.registrationStatus ?? 'Accepted';
  }

  get accepted(): boolean {
    return this.registration === 'Accepted';
  }

  setRegistration(status: Registration): void {
    this.role.registration?.setStatus(status);
  }

  /** Sends a CALL; failures become 'error' events and undefined. */
  async send<A extends StationToCsmsAction>(action: A, payload: RequestMap[A], options?: CallOptions): Promise<ResponseMap[A] | undefined> {
    if (!this.connected && action !== 'BootNotification' && !this.model.boolean('OCPPCommCtrlr', 'QueueAllMessages', false)) return undefined;
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
