/**
 * How the queue reads a failed delivery. OCPP counts a "failure to process
 * the message" against a transaction message's attempts: a CALLERROR, or no
 * answer within the message timeout (1.6 section 3.7.1 with OCPP-J 1.6
 * errata 3.2; 2.0.1 E13, TC_E_41_CS and TC_E_50_CS). What never reached the
 * CSMS, or could not be answered because the connection went, is no such
 * failure: the message goes again once the line is back, uncounted.
 *
 * A SecurityError is the CSMS refusing the station, not the message (B02.FR.09:
 * a CSMS that does not know a station answers everything but
 * BootNotification so, as one that restarted without a store does). The
 * queue waits until the station is registered again and sends the message
 * once more without counting; refused with SecurityError a second time, the
 * message counts that one as an ordinary failure, so a CSMS that always
 * refuses it cannot hold the queue for ever.
 */

/** What a failed delivery means for the message. */
export type FailureKind =
  /** The CSMS failed to process it: counts as an attempt. */
  | 'failed'
  /** The CSMS refused the station (SecurityError): wait for registration. */
  | 'refused'
  /** The station may not send yet (not registered): wait for registration, uncounted. */
  | 'unregistered'
  /** It did not reach the CSMS, or its answer could not come back: send again when online, uncounted. */
  | 'notSent';

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The kind of failure of the errors `ChargingStation.call` and `Endpoint.call`
 * reject with. Read by name and code rather than class, so that errors of
 * another copy of the library are read the same.
 */
export function classifyFailure(error: unknown): FailureKind {
  const name = field(error, 'name');
  switch (name) {
    case 'CallTimeoutError':
      return field(error, 'neverSent') === true ? 'notSent' : 'failed';
    case 'ConnectionLostError':
    case 'EndpointClosedError':
    case 'QueueFullError':
      return 'notSent';
    case 'NotRegisteredError':
      return 'unregistered';
  }
  if (field(error, 'code') === 'SecurityError' && error instanceof Error) return 'refused';
  return 'failed';
}

/**
 * The wait before the next transmission after `attempts` failed ones: the
 * retry interval multiplied by the number of preceding transmissions of the
 * message (1.6 section 3.7.1; 2.0.1 E13, TC_E_41_CS).
 */
export function retryDelayMs(retryIntervalMs: number, attempts: number): number {
  return Math.max(0, retryIntervalMs) * Math.max(0, attempts);
}
