/**
 * When and how the station client boots: the BootNotification it sends
 * (configured, or the application's last one), and the promises of
 * `connect()` waiting for the Accepted answer.
 *
 * A BootNotification answered Pending or Rejected is sent again after the
 * answer's interval (B02, B03; OCPP 1.6, 4.2; 30 s when the interval is 0).
 *
 * Booting again on a reconnect: Part 4, 5.3 (OCPP-J 1.6, 5.4) says a
 * reconnecting station should not send BootNotification unless something
 * in it changed, but a CSMS that no longer knows the station answers its
 * calls with SecurityError (B02.FR.09; OCPP-J 1.6 errata 3.8).
 * `bootOnReconnect` chooses:
 *   'whenRefused' (default): boot again when the CSMS answers a call with
 *     SecurityError; that call fails with the SecurityError, the calls
 *     queued behind it go out after the new BootNotification.
 *   'always': BootNotification first on every reconnect.
 *   'never': the application decides (see `boot()`).
 */
import type { AnyVersion } from '../schema/version.js';
import { CallTimeoutError, ConnectionLostError, EndpointClosedError } from '../rpc/errors.js';
import type { ChargingStation } from '../roles/charging-station.js';
import type { BootOnReconnect, BootRequestOf, BootResponseOf, ClientContext, ConnectOptions } from './client-options.js';
import { settle, wait, type Waiter } from './waiters.js';

/** Retry of a BootNotification answered with an interval of 0, or with a CALLERROR. */
const BOOT_RETRY_MS = 30_000;

/** What every version's BootNotification answer has. */
interface BootAnswer {
  readonly status: string;
  readonly interval: number;
}

/** Failures after which the client boots again by itself on the next connection. */
function isTransient(err: unknown): boolean {
  return err instanceof ConnectionLostError || err instanceof CallTimeoutError || err instanceof EndpointClosedError;
}

/** True for a CALLERROR frame with code SecurityError: the CSMS no longer knows the station. */
export function isSecurityErrorAnswer(text: string): boolean {
  if (!text.includes('SecurityError')) return false;
  try {
    const frame: unknown = JSON.parse(text);
    return Array.isArray(frame) && frame[0] === 4 && frame[2] === 'SecurityError';
  } catch {
    return false;
  }
}

/** What booting needs of the client. */
export interface BootHost<V extends AnyVersion> {
  readonly station: ChargingStation<V, ClientContext>;
  /** The client was closed: nothing is scheduled any more. */
  readonly closed: boolean;
  /** A connection was open before (the configured request function is told so). */
  readonly connectedOnce: boolean;
  /** Every BootNotification answer. */
  answered(response: BootResponseOf<V>): void;
  /** A BootNotification sent by the client failed. */
  failed(err: unknown): void;
}

/** The client's booting (see the module comment). */
export class Booting<V extends AnyVersion> {
  /** connect() promises waiting for the Accepted answer. */
  readonly waiters: Waiter<BootResponseOf<V>>[] = [];
  /** The last BootNotification answer, whoever sent the request. */
  last: BootResponseOf<V> | undefined = undefined;
  /** A BootNotification is under way. */
  inProgress = false;
  /** The next connection must boot first. */
  needed: boolean;
  private lastRequest: BootRequestOf<V> | undefined = undefined;
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;

  constructor(
    private readonly host: BootHost<V>,
    private readonly configured: BootRequestOf<V> | ((info: { readonly reconnect: boolean }) => BootRequestOf<V>) | undefined,
    private readonly policy: BootOnReconnect,
  ) {
    this.needed = configured !== undefined;
  }

  /** A promise of the Accepted answer. */
  wait(options: ConnectOptions | undefined): Promise<BootResponseOf<V>> {
    return wait(this.waiters, options);
  }

  /** The request to send: the configured one, or the application's last. */
  payload(): BootRequestOf<V> | undefined {
    const b = this.configured;
    if (b === undefined) return this.lastRequest;
    return typeof b === 'function' ? (b as (info: { readonly reconnect: boolean }) => BootRequestOf<V>)({ reconnect: this.host.connectedOnce }) : b;
  }

  /** Sends BootNotification ahead of every queued call (see ChargingStationClient.boot). */
  boot(request?: BootRequestOf<V>): Promise<BootResponseOf<V>> {
    if (request !== undefined && this.configured === undefined) this.lastRequest = request;
    const payload = request ?? this.payload();
    if (payload === undefined) return Promise.reject(new TypeError('boot() needs a BootNotificationRequest (none was configured)'));
    this.clearTimer();
    this.inProgress = true;
    this.needed = false;
    // Every version has BootNotification; the role's types cannot see that for a generic V.
    const call = this.host.station.call as (action: string, payload: unknown, options: { priority: boolean }) => Promise<BootResponseOf<V>>;
    const result = call.call(this.host.station, 'BootNotification', payload, { priority: true });
    result.then(
      (response) => {
        this.inProgress = false;
        const answer = response as BootAnswer;
        if (answer.status !== 'Accepted') this.again(answer.interval > 0 ? answer.interval * 1000 : BOOT_RETRY_MS, request);
      },
      (err: unknown) => {
        this.inProgress = false;
        if (isTransient(err)) {
          // Lost with the connection, or timed out: boot on the next connection; timed out
          // on a connection that stays, also after a while (what waits for registration waits on it).
          this.needed = this.payload() !== undefined;
          if (err instanceof CallTimeoutError) this.again(BOOT_RETRY_MS, request);
        } else {
          // Invalid, or refused with a CALLERROR: connect() cannot wait on it.
          settle(this.waiters, undefined, err);
          if (err instanceof Error && err.name !== 'NotRegisteredError' && !(err instanceof TypeError)) this.again(BOOT_RETRY_MS, request);
        }
        this.host.failed(err);
      },
    );
    return result;
  }

  /** A BootNotification answer was observed (whoever sent it). */
  observed(response: BootResponseOf<V>): void {
    this.last = response;
    this.host.answered(response);
    if ((response as BootAnswer).status === 'Accepted') {
      this.clearTimer();
      queueMicrotask(() => settle(this.waiters, response));
    }
  }

  /** A connection opened: boots when it must (see `bootOnReconnect`). */
  opened(reconnect: boolean): void {
    if (!this.inProgress && this.payload() !== undefined && (this.needed || (reconnect && this.policy === 'always'))) {
      this.boot().catch(() => undefined);
    }
  }

  /** The CSMS answered with SecurityError: it no longer knows the station, which boots again ('whenRefused'). */
  refused(): void {
    if (this.inProgress || this.policy !== 'whenRefused' || this.payload() === undefined) return;
    // Queued now, it goes out right after this answer, before the calls queued behind.
    this.boot().catch(() => undefined);
  }

  /** Stops the retry timer. */
  clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private again(delayMs: number, request: BootRequestOf<V> | undefined): void {
    if (this.host.closed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.boot(request).catch(() => undefined);
    }, delayMs);
    this.timer.unref();
  }
}
