/**
 * Transactions in the neutral model: the events a station reports (2.x's
 * TransactionEvent shape; a 1.6 station's StartTransaction, MeterValues and
 * StopTransaction become the same events), the CSMS's answer, and the
 * record a tracker keeps of each transaction.
 */
import type {
  ChargingState,
  EvseRef,
  IdToken,
  IdTokenInfo,
  MessageContent,
  MeterValue,
  StopReason,
  TriggerReason,
} from './common.js';

/** Where a transaction stands in its life. */
export type TransactionEventType = 'Started' | 'Updated' | 'Ended';

/** What a transaction event says about the transaction itself. */
export interface TransactionInfo {
  /**
   * The transaction's id. 2.x: chosen by the station. 1.6: assigned by the
   * CSMS as an integer, here as its decimal form ("42").
   */
  readonly id: string;
  /** Where energy flows now (2.x; 1.6: from the connector's status). */
  readonly chargingState?: ChargingState;
  /** Seconds energy flowed so far (2.x). */
  readonly timeSpentCharging?: number;
  /** Why it ended (Ended events). Absent means Local in every version. */
  readonly stoppedReason?: StopReason;
  /** The id of the remote start that began it. */
  readonly remoteStartId?: number;
}

/** One event in the life of a transaction. */
export interface TransactionEvent {
  /** Started, Updated or Ended. */
  readonly eventType: TransactionEventType;
  /** When it happened, RFC 3339. */
  readonly timestamp: string;
  /** What caused the event (1.6: inferred from the message, e.g. Authorized, MeterValuePeriodic). */
  readonly triggerReason: TriggerReason;
  /**
   * Order of the events of a transaction, from 0. 1.6 has none: the tracker
   * numbers a 1.6 transaction's messages in the order they arrive (1.6
   * section 3.7 makes that their order).
   */
  readonly seqNo: number;
  /** True when the event happened while the station was offline. */
  readonly offline?: boolean;
  /** Phases used for charging (2.x). */
  readonly numberOfPhasesUsed?: number;
  /** Maximum current of the cable, A (2.x). */
  readonly cableMaxCurrent?: number;
  /** The reservation this transaction ends. */
  readonly reservationId?: number;
  /** The transaction and what the event says about it. */
  readonly transaction: TransactionInfo;
  /** The EVSE and connector (required in the first event of a transaction). */
  readonly evse?: EvseRef;
  /** The token that started or stopped it. */
  readonly idToken?: IdToken;
  /** Readings taken with the event. */
  readonly meterValue?: readonly MeterValue[];
  /** 1.6 StartTransaction's meterStart, Wh. */
  readonly meterStart?: number;
  /** 1.6 StopTransaction's meterStop, Wh. */
  readonly meterStop?: number;
}

/** The CSMS's answer to a transaction event. */
export interface TransactionAnswer {
  /** The verdict on the event's idToken. A 1.6 StartTransaction always needs one: absent, Accepted is sent. */
  readonly idTokenInfo?: IdTokenInfo;
  /** Cost so far, or the total at the end (2.x). */
  readonly totalCost?: number;
  /** Smart charging priority, -9 to 9 (2.x). */
  readonly chargingPriority?: number;
  /** A message for the driver (2.x). */
  readonly updatedPersonalMessage?: MessageContent;
}

/** Ongoing until the Ended event (1.6: StopTransaction) arrives. */
export type TransactionState = 'Ongoing' | 'Ended';

/**
 * One transaction as the CSMS knows it, the same for every version: a 1.6
 * session and a 2.x session of the same facts give records that are equal
 * field for field (apart from `id`, and what only one version says).
 */
export interface TransactionRecord {
  /** See TransactionInfo.id. */
  readonly id: string;
  /** Ongoing until the Ended event arrives. */
  readonly state: TransactionState;
  /** Absent only when the event that names the EVSE never arrived. */
  readonly evseId?: number;
  /** The connector on that EVSE. */
  readonly connectorId?: number;
  /** The token that started (or first authorized) it. */
  readonly idToken?: IdToken;
  /** The token that stopped it, when one did. */
  readonly stopIdToken?: IdToken;
  /** When it started (Started event, StartTransaction). */
  readonly startedAt?: string;
  /** When it ended (Ended event, StopTransaction). */
  readonly stoppedAt?: string;
  /** Energy register at the start, Wh. */
  readonly meterStart?: number;
  /** Energy register at the end, Wh. */
  readonly meterStop?: number;
  /** Energy delivered, Wh: meterStop - meterStart (while ongoing: the latest reading - meterStart). */
  readonly energyWh?: number;
  /** Why it ended; absent while ongoing. An Ended event without a reason means Local. */
  readonly stopReason?: StopReason;
  /** The remote start that began it, if one did. */
  readonly remoteStartId?: number;
  /** The reservation it ended, if any. */
  readonly reservationId?: number;
  /** The latest charging state reported (1.6: from the connector's status). */
  readonly chargingState?: ChargingState;
  /** Seconds energy flowed, as last reported (2.x). */
  readonly timeSpentCharging?: number;
  /** True when any of its events was sent offline. */
  readonly offline: boolean;
  /** Every meter value reported, in event order. */
  readonly meterValues: readonly MeterValue[];
  /** The sequence numbers received, ascending (gaps mean events still to come). */
  readonly seqNos: readonly number[];
}
