/**
 * How a simulated station is built, in any version: the equipment, the
 * identity it reports, its intervals and timeouts. Each version's
 * simulator reads what applies to it (2.0.1 device-model variables, 1.6
 * configuration keys; the names in the comments are 2.0.1's).
 */
import type { TransactionMessageStore } from '../../durable/index.js';
import type { ConnectorEnumType } from '../lib.js';

export interface SimulatorConfig {
  readonly identity: string;
  /** Default 1. */
  readonly evses?: number;
  /** Connectors per EVSE. Default 1. */
  readonly connectors?: number;
  /** Default cType2. */
  readonly connectorType?: ConnectorEnumType;
  /** Per EVSE, W. Default 22000. */
  readonly maxPowerW?: number;
  readonly vendorName?: string;
  readonly model?: string;
  readonly serialNumber?: string;
  readonly firmwareVersion?: string;
  /** Heartbeat interval before the CSMS gives one, s. Default 300. */
  readonly heartbeatIntervalS?: number;
  /** SampledDataCtrlr.TxUpdatedInterval, s. Default 60. */
  readonly meterIntervalS?: number;
  /** AlignedDataCtrlr.Interval, s. Default 0 (off). */
  readonly alignedIntervalS?: number;
  /** TxCtrlr.EVConnectionTimeOut, s. Default 60. */
  readonly evConnectionTimeoutS?: number;
  /** OCPPCommCtrlr.MessageTimeout[Default], s: how long a transaction message waits for its answer. Default 30. */
  readonly messageTimeoutS?: number;
  /** Reported in SecurityCtrlr.SecurityProfile. Default 0. */
  readonly securityProfile?: number;
  readonly basicAuthPassword?: string;
  /** Delay between the power path closing and the EV answering (drawing energy or not), ms. Default 500. */
  readonly evReadyDelayMs?: number;
  /** Wait before retrying a boot that failed to get an answer, ms. Default 5000. */
  readonly bootRetryMs?: number;
  /** EVSEs can be reset one by one (EVSE.AllowReset). Default false. */
  readonly evseReset?: boolean;
  /** OCPPCommCtrlr.RetryBackOff*: reconnect back-off, whole seconds. Default 1, 2, 3. */
  readonly retryBackOff?: { readonly waitMinimumS: number; readonly randomRangeS: number; readonly repeatTimes: number };
  /** OCPP 2.1: seconds between two NotifyPeriodicEventStream of the power stream (0: no stream). Default 60. */
  readonly streamIntervalS?: number;
  /** OCPP 2.1: power readings in each NotifyPeriodicEventStream. Default 1. */
  readonly streamValues?: number;
  /** Seed of the station's randomness (meters, EVs). Default: from the identity. */
  readonly seed?: number;
  /** Where transaction messages wait until answered (tx-queue.ts; 2.0.1 and 2.1). Default: in memory. */
  readonly transactionStore?: TransactionMessageStore;
}

/** Reconnect back-off of a simulated station unless configured: quick, for a test bench. */
export const DEFAULT_BACK_OFF = { waitMinimumS: 1, randomRangeS: 2, repeatTimes: 3 } as const;

/** A hash of the identity, so each station has its own meters and EVs, the same every run. */
export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

