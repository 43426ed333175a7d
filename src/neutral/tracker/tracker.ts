/**
 * The transactions of one station, whatever its version, as neutral
 * records. A 2.x station's TransactionEvents (read into neutral events) go
 * in as they are; a 1.6 station's StartTransaction, MeterValues with a
 * transactionId and StopTransaction go in as the 1.6 messages, and the
 * tracker supplies what 1.6 leaves to the CSMS:
 *
 * - the transaction id, from an allocator (1.6 section 4.8);
 * - the sequence number: the order of arrival, which 1.6 section 3.7 makes
 *   the chronological order;
 * - the EVSE of a StopTransaction, from its start;
 * - the remote start id: a RemoteStartTransaction the CSMS sent (see
 *   `expectRemoteStart`) is matched to the next StartTransaction with its
 *   idTag (case-insensitive, 1.6 idTags are CiString20) on its connector,
 *   or on any connector when it named none;
 * - the charging state, from the connector's StatusNotification while a
 *   transaction runs on it.
 *
 * A message received twice changes nothing and is reported as a duplicate:
 * a 2.x event with a seqNo already applied, a 1.6 StartTransaction equal to
 * the start of a known transaction (the answer carries that transaction's
 * id again, so a retried StartTransaction, 1.6 section 3.7.1, does not make
 * a second transaction), a 1.6 MeterValues or StopTransaction equal to one
 * already applied.
 */
import type * as M16 from '../../v16/generated/messages.js';
import type { ChargingState } from '../types/common.js';
import type { TransactionEvent, TransactionRecord } from '../types/transaction.js';
import { readStartTransaction, readStopTransaction, readTransactionMeterValues } from '../v16/transaction.js';
import { sequentialIds, type TransactionIdAllocator } from './allocator.js';
import { LiveLog } from './reducer.js';

/** Options of a tracker. */
export interface TrackerOptions {
  /** Where 1.6 transaction ids come from; default: counting from 1 in memory. */
  readonly allocator?: TransactionIdAllocator;
  /** How many ended transactions to keep (the oldest go first); default 1000. */
  readonly keepEnded?: number;
  /** How many unmatched remote starts to remember (the oldest go first); default 100. */
  readonly keepRemoteStarts?: number;
}

/** What one message did to a transaction. */
export interface Tracked {
  /** The message as a neutral event (for a duplicate: as first received). */
  readonly event: TransactionEvent;
  /** The transaction's record after the message. */
  readonly record: TransactionRecord;
  /** True when the message had been applied before: the record did not change. */
  readonly duplicate: boolean;
}

/** What a 1.6 StartTransaction did, with the id to answer. */
export interface Started16 extends Tracked {
  /** The integer id to answer the StartTransaction with (the same for a retried one). */
  readonly transactionId: number;
}

/** A remote start sent to a 1.6 station, waiting for its StartTransaction. */
export interface ExpectedRemoteStart {
  /** The id the CSMS gave the remote start; the transaction's record carries it. */
  readonly remoteStartId: number;
  /** The idTag sent; the StartTransaction with the same idTag (case-insensitive) is matched to it. */
  readonly idTag: string;
  /** The connector it named, if any. */
  readonly evseId?: number;
}

/** 1.6 connector statuses that say how energy flows in a running transaction. */
const chargingStates16: Readonly<Partial<Record<M16.StatusNotificationRequest['status'], ChargingState>>> = {
  Preparing: 'EVConnected',
  Charging: 'Charging',
  SuspendedEV: 'SuspendedEV',
  SuspendedEVSE: 'SuspendedEVSE',
};

/** A 1.6 message applied: kept to recognise it when it comes again. */
interface Seen16 {
  readonly message: unknown;
  readonly seqNo: number;
}

/** The transactions of one station. */
export class TransactionTracker {
  readonly #logs = new Map<string, LiveLog>();
  readonly #seen16 = new Map<string, Map<string, Seen16[]>>();
  /** By EVSE: the ongoing transaction changed last there, as far as known (checked before use). */
  readonly #latestOn = new Map<number, LiveLog>();
  readonly #expected: ExpectedRemoteStart[] = [];
  readonly #allocator: TransactionIdAllocator;
  readonly #keepEnded: number;
  readonly #keepRemoteStarts: number;
  #ended = 0;

  constructor(options: TrackerOptions = {}) {
    this.#allocator = options.allocator ?? sequentialIds();
    this.#keepEnded = options.keepEnded ?? 1000;
    this.#keepRemoteStarts = options.keepRemoteStarts ?? 100;
  }

  /** The record of a transaction (live: later messages change it; copy it to keep it as it is). */
  get(id: string): TransactionRecord | undefined {
    return this.#logs.get(id)?.record;
  }

  /** The events of a transaction so far, in seqNo order. */
  events(id: string): readonly TransactionEvent[] {
    return this.#logs.get(id)?.events ?? [];
  }

  /** Every record kept, the least recently changed first. */
  records(): TransactionRecord[] {
    const out: TransactionRecord[] = [];
    for (const log of this.#logs.values()) out.push(log.record);
    return out;
  }

  /** The transactions still running, optionally on one EVSE. */
  ongoing(evseId?: number): TransactionRecord[] {
    return this.records().filter((r) => r.state === 'Ongoing' && (evseId === undefined || r.evseId === evseId));
  }

  /** Forgets a transaction (once it is stored elsewhere). */
  forget(id: string): void {
    if (this.#logs.get(id)?.record.state === 'Ended') this.#ended--;
    this.#logs.delete(id);
    this.#seen16.delete(id);
  }

  /** Applies a neutral transaction event (a 2.x TransactionEvent read). */
  transactionEvent(e: TransactionEvent): Tracked {
    const id = e.transaction.id;
    let log = this.#logs.get(id);
    if (log === undefined) log = new LiveLog(id);
    else if (this.#logs.size > 1) this.#logs.delete(id);
    const wasEnded = log.record.state === 'Ended';
    const applied = log.apply(e);
    // Least recently changed first: the transaction goes to the end (a duplicate too, as before).
    this.#logs.set(id, log);
    const evseId = log.record.evseId;
    if (evseId !== undefined) {
      if (log.record.state === 'Ongoing') this.#latestOn.set(evseId, log);
      else if (this.#latestOn.get(evseId) === log) this.#latestOn.delete(evseId);
    }
    if (!applied) return { event: log.events.find((x) => x.seqNo === e.seqNo) ?? e, record: log.record, duplicate: true };
    if (!wasEnded && log.record.state === 'Ended') this.#ended++;
    this.#dropEnded();
    return { event: e, record: log.record, duplicate: false };
  }

  /** Remembers a remote start sent to a 1.6 station, so that its transaction carries the id. */
  expectRemoteStart(expected: ExpectedRemoteStart): void {
    this.#expected.push(expected);
    if (this.#expected.length > this.#keepRemoteStarts) this.#expected.shift();
  }

  /** Forgets a remote start (the station rejected it). */
  cancelRemoteStart(remoteStartId: number): void {
    const i = this.#expected.findIndex((x) => x.remoteStartId === remoteStartId);
    if (i >= 0) this.#expected.splice(i, 1);
  }

  /** Applies a 1.6 StartTransaction: a new transaction with a new id, or the one it repeats. */
  async startTransaction16(p: M16.StartTransactionRequest): Promise<Started16> {
    const again = this.#repeatedStart(p);
    if (again !== undefined) return { ...again, duplicate: true, transactionId: Number(again.record.id) };
    const transactionId = await this.#allocator.next();
    if (!Number.isSafeInteger(transactionId)) throw new RangeError(`the allocator gave ${transactionId}, not an integer`);
    if (this.#logs.has(String(transactionId))) throw new RangeError(`the allocator gave ${transactionId} twice`);
    const i = this.#expected.findIndex(
      (x) => x.idTag.toLowerCase() === p.idTag.toLowerCase() && (x.evseId === undefined || x.evseId === 0 || x.evseId === p.connectorId),
    );
    const remoteStartId = i >= 0 ? this.#expected.splice(i, 1)[0]!.remoteStartId : undefined;
    const event = readStartTransaction(p, transactionId, remoteStartId === undefined ? {} : { remoteStartId });
    return { ...this.transactionEvent(event), transactionId };
  }

  /** Applies a 1.6 MeterValues that names a transaction. */
  meterValues16(p: M16.MeterValuesRequest & { transactionId: number }): Tracked {
    const id = String(p.transactionId);
    return this.#once16(id, p.meterValue[0]?.timestamp ?? '', p, (seqNo) => readTransactionMeterValues(p, { seqNo }));
  }

  /** Applies a 1.6 StopTransaction. */
  stopTransaction16(p: M16.StopTransactionRequest): Tracked {
    const id = String(p.transactionId);
    const r = this.get(id);
    const evse = r?.evseId === undefined ? undefined : r.connectorId === undefined ? { evseId: r.evseId } : { evseId: r.evseId, connectorId: r.connectorId };
    return this.#once16(id, p.timestamp, p, (seqNo) => readStopTransaction(p, evse === undefined ? { seqNo } : { seqNo, evse }));
  }

  /** Takes a 1.6 connector status as the charging state of the transaction running there. */
  statusNotification16(p: M16.StatusNotificationRequest): TransactionRecord | undefined {
    const state = chargingStates16[p.status];
    // The ongoing transaction changed most recently on the connector.
    let log = this.#latestOn.get(p.connectorId);
    if (log === undefined || log.record.state !== 'Ongoing' || log.record.evseId !== p.connectorId || this.#logs.get(log.record.id) !== log) {
      log = undefined;
      for (const l of this.#logs.values()) if (l.record.state === 'Ongoing' && l.record.evseId === p.connectorId) log = l;
      if (log === undefined) this.#latestOn.delete(p.connectorId);
      else this.#latestOn.set(p.connectorId, log);
    }
    if (state !== undefined && log !== undefined) log.record.chargingState = state;
    return log?.record;
  }

  /**
   * A 1.6 message applied once: a repeat (equal to one applied, found by
   * its first timestamp, then compared whole, which tells a MeterValues
   * from a StopTransaction) is a duplicate.
   */
  #once16(id: string, key: string, message: unknown, read: (seqNo: number) => TransactionEvent): Tracked {
    let seen = this.#seen16.get(id);
    if (seen === undefined) {
      seen = new Map<string, Seen16[]>();
      this.#seen16.set(id, seen);
    }
    const log = this.#logs.get(id);
    const same = seen.get(key);
    if (same !== undefined && log !== undefined) {
      const text = JSON.stringify(message);
      const before = same.find((x) => JSON.stringify(x.message) === text);
      const first = before === undefined ? undefined : log.events.find((e) => e.seqNo === before.seqNo);
      if (first !== undefined) return { event: first, record: log.record, duplicate: true };
    }
    // A transaction first seen here (its start unknown) begins at 1: 0 is StartTransaction's.
    const seqNo = log === undefined ? 1 : log.record.seqNos[log.record.seqNos.length - 1]! + 1;
    if (same === undefined) seen.set(key, [{ message, seqNo }]);
    else same.push({ message, seqNo });
    return this.transactionEvent(read(seqNo));
  }

  #repeatedStart(p: M16.StartTransactionRequest): Tracked | undefined {
    for (const { record, events } of this.#logs.values()) {
      if (record.evseId === p.connectorId && record.idToken?.id === p.idTag && record.startedAt === p.timestamp && record.meterStart === p.meterStart) {
        return { event: events[0]!, record, duplicate: true };
      }
    }
    return undefined;
  }

  #dropEnded(): void {
    if (this.#ended <= this.#keepEnded) return;
    for (const [key, l] of this.#logs) {
      if (this.#ended <= this.#keepEnded) break;
      if (l.record.state === 'Ended') this.forget(key);
    }
  }
}
