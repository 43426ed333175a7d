/**
 * One connector of the 1.6 simulator (connectorId 1 and up; the control
 * API calls it an EVSE with one connector): the cable, the idTag that
 * authorizes charging, the transaction, the EV behind it (a meter of
 * meter.ts) and its availability, and the ChargePointStatus these make
 * (1.6 4.9: Available, Preparing, Charging, SuspendedEV, SuspendedEVSE,
 * Finishing, Unavailable, Faulted).
 */
import type { ChargePointErrorCode, ChargePointStatus, StopTransactionMeterValue } from '../../../v16/index.js';
import type { EvWish } from '../evse.js';
import { Meter } from '../meter.js';

/** Who authorized charging here. */
export interface Authorization16 {
  readonly idTag: string;
  /** The parentIdTag the Central System (or the list or cache) gave it: another idTag of the group may stop the transaction. */
  readonly parentIdTag?: string | undefined;
  readonly remote: boolean;
}

export interface Transaction16 {
  /** The transactionId StartTransaction.conf gave; undefined until it came. */
  transactionId: number | undefined;
  readonly idTag: string;
  readonly meterStartWh: number;
  readonly startedMs: number;
  /** Resolves once StartTransaction.req is answered (or failed). */
  started: Promise<void>;
  /** StopTxnSampledData / StopTxnAlignedData readings for StopTransaction.req's transactionData. */
  readonly data: StopTransactionMeterValue[];
}

/** Why a connector withholds energy (SuspendedEVSE). */
export type Withheld = 'limit' | 'invalidId' | 'fault';

export class Connector16 {
  readonly meter: Meter;
  /** The EV's will; set by whoever plays the EV (default: charge as fast as it can). */
  readonly ev: EvWish = { charging: true, maxPowerW: undefined };
  operative = true;
  /** Inoperative once the transaction has ended (ChangeAvailability Scheduled). */
  inoperativeScheduled = false;
  fault: ChargePointErrorCode | undefined = undefined;
  plugged = false;
  authorization: Authorization16 | undefined = undefined;
  tx: Transaction16 | undefined = undefined;
  /** The EV's answer to the power offered. */
  evAnswer: 'waiting' | 'ready' | 'suspended' = 'waiting';
  readonly withheld = new Set<Withheld>();
  /** A transaction ended with the cable still in: Finishing until it is removed. */
  finishing = false;

  constructor(
    readonly id: number,
    readonly maxPowerW: number,
    random: () => number,
  ) {
    this.meter = new Meter(maxPowerW, random);
  }

  /** Energy may flow: cable in, a transaction, no fault. */
  get powerPathClosed(): boolean {
    return this.plugged && this.tx !== undefined && this.fault === undefined;
  }

  get charging(): boolean {
    return this.powerPathClosed && this.evAnswer === 'ready' && this.withheld.size === 0;
  }

  /** No cable, no idTag, no transaction. */
  get idle(): boolean {
    return !this.plugged && this.authorization === undefined && this.tx === undefined;
  }

  /** The status StatusNotification reports (4.9); `stationOperative` is connector 0's availability. */
  status(stationOperative: boolean): ChargePointStatus {
    if (this.fault !== undefined) return 'Faulted';
    if (this.tx !== undefined) {
      // The cable left a transaction StopTransactionOnEVSideDisconnect keeps: the EV draws nothing.
      if (!this.plugged) return 'SuspendedEV';
      if (this.evAnswer === 'waiting') return 'Preparing';
      if (this.withheld.size > 0) return 'SuspendedEVSE';
      return this.evAnswer === 'ready' ? 'Charging' : 'SuspendedEV';
    }
    if (!this.operative || !stationOperative) return 'Unavailable';
    if (this.finishing) return 'Finishing';
    if (this.plugged || this.authorization !== undefined) return 'Preparing';
    return 'Available';
  }
}
