/**
 * Registration state (use cases B01-B03): what a station may send, and what
 * either side accepts, before the CSMS has Accepted the station's
 * BootNotification. Both sides keep one of these per station; each learns
 * the state from the same exchanges (the BootNotification answer, accepted
 * TriggerMessage / GetBaseReport / GetReport requests), so both agree.
 *
 * - Accepted: no restriction.
 * - Pending: the station sends BootNotification, and messages the CSMS
 *   triggered: the message a TriggerMessage asked for, NotifyReport for a
 *   GetBaseReport / GetReport it accepted. A CSMS answers anything else with
 *   SecurityError (B02.FR.09). The CSMS may send its own calls.
 * - Rejected: the station sends nothing but BootNotification and answers the
 *   CSMS's calls with SecurityError (B03.FR.08); the CSMS answers the
 *   station's other calls with SecurityError (B03.FR.07) and initiates
 *   nothing (B03.FR.03).
 * - Unknown: no BootNotification answered yet in this session: treated as
 *   not accepted for what the station sends. A station that reconnects
 *   without rebooting does not boot again; restore its state with
 *   `initialStatus: 'Accepted'` or `setStatus`.
 */
import { SecurityError } from '../rpc/errors.js';
import type { StationToCsmsAction } from '../v201/actions.js';

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

/** TriggerMessage's requestedMessage values and the action each one makes the station send. */
const triggeredAction: { readonly [trigger: string]: StationToCsmsAction } = {
  BootNotification: 'BootNotification',
  LogStatusNotification: 'LogStatusNotification',
  FirmwareStatusNotification: 'FirmwareStatusNotification',
  Heartbeat: 'Heartbeat',
  MeterValues: 'MeterValues',
  SignChargingStationCertificate: 'SignCertificate',
  SignV2GCertificate: 'SignCertificate',
  SignCombinedCertificate: 'SignCertificate',
  StatusNotification: 'StatusNotification',
  TransactionEvent: 'TransactionEvent',
  PublishFirmwareStatusNotification: 'PublishFirmwareStatusNotification',
};

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** One station's registration state, learnt from the exchanges (see the module comment). */
export class Registration {
  private current: RegistrationStatus;
  // Both made on first use: most stations never need them, and a CSMS keeps one Registration per station.
  /** Actions a TriggerMessage asked for while not Accepted; valid until the status changes. */
  private triggered: Set<string> | undefined = undefined;
  /** requestIds of accepted GetBaseReport / GetReport requests whose NotifyReports have not all come. */
  private reports: Set<number> | undefined = undefined;

  constructor(initialStatus: RegistrationStatus = 'Unknown') {
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
    switch (action) {
      case 'BootNotification': {
        const status = field(response, 'status');
        if (status === 'Accepted' || status === 'Pending' || status === 'Rejected') this.setStatus(status);
        break;
      }
      case 'TriggerMessage': {
        const wanted = field(request, 'requestedMessage');
        if (field(response, 'status') === 'Accepted' && typeof wanted === 'string') {
          const triggered = Object.prototype.hasOwnProperty.call(triggeredAction, wanted) ? triggeredAction[wanted] : undefined;
          if (triggered !== undefined) (this.triggered ??= new Set()).add(triggered);
        }
        break;
      }
      case 'GetBaseReport':
      case 'GetReport': {
        const requestId = field(request, 'requestId');
        if (field(response, 'status') === 'Accepted' && typeof requestId === 'number') (this.reports ??= new Set()).add(requestId);
        break;
      }
    }
  }

  /**
   * Whether a station's CALL of `action` is allowed now. A NotifyReport that
   * ends a report (tbc not true) uses up that report's permission.
   */
  admitsStationCall(action: string, payload: unknown): boolean {
    if (action === 'BootNotification' || this.current === 'Accepted') return true;
    if (this.current !== 'Pending') return false;
    if (this.triggered?.has(action) === true) return true;
    if (action === 'NotifyReport') {
      const requestId = field(payload, 'requestId');
      if (typeof requestId === 'number' && this.reports?.has(requestId) === true) {
        if (field(payload, 'tbc') !== true) this.reports?.delete(requestId);
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

  /** Station side: the refusal of an incoming CSMS CALL, if any (B03.FR.08). */
  refuseCsmsCall(action: string): SecurityError | undefined {
    return this.current === 'Rejected' ? new SecurityError(`${action} refused: this station's registration was rejected`) : undefined;
  }

  /** CSMS side: the local refusal of an outgoing CALL, if any (B03.FR.03). */
  refuseCsmsSend(action: string): NotRegisteredError | undefined {
    return this.current === 'Rejected'
      ? new NotRegisteredError(action, this.current, `${action} not sent: the CSMS rejected this station's BootNotification and may not initiate messages`)
      : undefined;
  }
}
