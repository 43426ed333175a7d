/**
 * Registration state: what a station may send, and what either side
 * accepts, before the CSMS has Accepted the station's BootNotification. One
 * set of rules for every version, fed with the version's inputs
 * (RegistrationRules: its trigger requests, its report requests, the calls
 * a Pending station is not sent, how a Rejected station meets calls). Both
 * sides keep one of these per station and learn the state from the same
 * exchanges (the BootNotification answer, accepted trigger and report
 * requests), so both agree.
 *
 * - Accepted: no restriction.
 * - Pending: the station sends BootNotification, and messages the CSMS
 *   triggered or asked a report for; a CSMS answers anything else with
 *   SecurityError (2.x B02.FR.09; 1.6 OCPP-J errata 3.8). The CSMS may send
 *   its own calls, except those the version forbids (1.6:
 *   RemoteStartTransaction, RemoteStopTransaction), which a station answers
 *   with SecurityError.
 * - Rejected: the station sends nothing but BootNotification; the CSMS
 *   answers its other calls with SecurityError (B03.FR.07) and initiates
 *   nothing (B03.FR.03; 1.6, 4.2). The station answers the CSMS's calls
 *   with SecurityError (2.x, B03.FR.08) or not at all (1.6: "SHALL NOT
 *   respond").
 * - Unknown: no BootNotification answered yet in this session: treated as
 *   not accepted for what the station sends. A station that reconnects
 *   without rebooting does not boot again; restore its state with
 *   `initialStatus: 'Accepted'` or `setStatus`.
 */
import type { RegistrationRules } from '../schema/version.js';
import type { Refusal } from '../rpc/dispatch.js';
import { SecurityError } from '../rpc/errors.js';

/** Where a station's registration stands (see the module comment). */
export type RegistrationStatus = 'Unknown' | 'Pending' | 'Accepted' | 'Rejected';

/** What the station may not send, said where the call was refused locally. */
export class NotRegisteredError extends Error {
  /** The action that was not sent. */
  readonly action: string;
  /** The registration status that forbade it. */
  readonly status: RegistrationStatus;
  constructor(action: string, status: RegistrationStatus, message: string) {
    super(message);
    this.action = action;
    this.status = status;
  }
  override readonly name: string = 'NotRegisteredError';
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** One station's registration state, learnt from the exchanges (see the module comment). */
export class Registration {
  private current: RegistrationStatus;
  // Both made on first use: most stations never need them, and a CSMS keeps one Registration per station.
  /** Actions a trigger request asked for while not Accepted; valid until the status changes. */
  private triggered: Set<string> | undefined = undefined;
  /** requestIds of accepted report requests whose reports have not all come. */
  private reports: Set<number> | undefined = undefined;

  constructor(
    /** The version's inputs (a version descriptor's `registration`). */
    readonly rules: RegistrationRules,
    initialStatus: RegistrationStatus = 'Unknown',
  ) {
    this.current = initialStatus;
  }

  /** The current status. */
  get status(): RegistrationStatus {
    return this.current;
  }

  /** Sets the status (e.g. restored for a station that reconnects without rebooting). */
  setStatus(status: RegistrationStatus): void {
    this.current = status;
    this.triggered = undefined;
    this.reports = undefined;
  }

  /** Learns from one completed exchange: a request and its (valid) CALLRESULT. */
  observe(action: string, request: unknown, response: unknown): void {
    if (action === 'BootNotification') {
      const status = field(response, 'status');
      if (status === 'Accepted' || status === 'Pending' || status === 'Rejected') this.setStatus(status);
      return;
    }
    if (field(response, 'status') !== 'Accepted') return;
    const triggers = this.rules.triggers;
    if (Object.prototype.hasOwnProperty.call(triggers, action)) {
      const wanted = field(request, 'requestedMessage');
      const table = triggers[action]!;
      if (typeof wanted === 'string' && Object.prototype.hasOwnProperty.call(table, wanted)) (this.triggered ??= new Set()).add(table[wanted]!);
      return;
    }
    if (this.rules.reports.includes(action)) {
      const requestId = field(request, 'requestId');
      if (typeof requestId === 'number') (this.reports ??= new Set()).add(requestId);
    }
  }

  /**
   * Whether a station's CALL (or SEND) of `action` is allowed now. The
   * message that ends a report (tbc not true) uses up that report's
   * permission.
   */
  admitsStationCall(action: string, payload: unknown): boolean {
    if (action === 'BootNotification' || this.current === 'Accepted') return true;
    if (this.current !== 'Pending') return false;
    if (this.triggered?.has(action) === true) return true;
    if (action === this.rules.reportAction) {
      const requestId = field(payload, 'requestId');
      if (typeof requestId === 'number' && this.reports?.has(requestId) === true) {
        if (field(payload, 'tbc') !== true) this.reports.delete(requestId);
        return true;
      }
    }
    return false;
  }

  /** CSMS side: the refusal of an incoming station CALL, if any (B02.FR.09, B03.FR.07). */
  refuseStationCall(action: string, payload: unknown): SecurityError | undefined {
    if (this.admitsStationCall(action, payload)) return undefined;
    return new SecurityError(
      this.current === 'Unknown'
        ? `${action} refused: no BootNotification has been accepted`
        : `${action} refused: registration status is ${this.current}`,
    );
  }

  /** Station side: the local refusal of an outgoing CALL, if any. */
  refuseStationSend(action: string, payload: unknown): NotRegisteredError | undefined {
    if (this.admitsStationCall(action, payload)) return undefined;
    return new NotRegisteredError(
      action,
      this.current,
      this.current === 'Unknown'
        ? `${action} not sent: the CSMS has not answered a BootNotification yet; send BootNotification first`
        : `${action} not sent: the CSMS answered BootNotification with ${this.current}, so only BootNotification${
            this.current === 'Pending' ? ' and triggered messages' : ''
          } may be sent`,
    );
  }

  /** Station side: the refusal of an incoming CSMS CALL, if any (B03.FR.08; 1.6, 4.2). */
  refuseCsmsCall(action: string): Refusal | undefined {
    if (this.current === 'Rejected') {
      const reason = `${action} refused: this station's registration was rejected`;
      return this.rules.rejectedStationAnswers === 'silence' ? { silent: true, code: 'SecurityError', reason } : new SecurityError(reason);
    }
    if (this.current === 'Pending' && this.rules.forbiddenWhilePending.includes(action)) {
      return new SecurityError(`${action} refused: not sent to a station whose registration is Pending`);
    }
    return undefined;
  }

  /** CSMS side: the local refusal of an outgoing CALL, if any (B03.FR.03; 1.6, 4.2). */
  refuseCsmsSend(action: string): NotRegisteredError | undefined {
    if (this.current === 'Rejected') {
      return new NotRegisteredError(action, this.current, `${action} not sent: the CSMS rejected this station's BootNotification and may not initiate messages`);
    }
    if (this.current === 'Pending' && this.rules.forbiddenWhilePending.includes(action)) {
      return new NotRegisteredError(action, this.current, `${action} not sent: it is not allowed while the station's registration is Pending`);
    }
    return undefined;
  }
}
