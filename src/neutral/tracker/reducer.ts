/**
 * The transaction record as a pure function of the events received: the
 * same events give the same record whatever the order they arrive in
 * (TransactionEventRequests need not come in chronological order; their
 * seqNo says the order, Part 6 general rules), and an event received twice
 * (the same seqNo) changes nothing.
 *
 * - Start facts (EVSE, the starting token, start time, meterStart, remote
 *   start id, reservation) come from the first event that has them; the
 *   start time only from the Started event.
 * - Stop facts (stop time, meterStop, reason) come from the Ended event. An
 *   Ended event without a reason means Local (1.6 section 4.10; 2.x
 *   TransactionType.stoppedReason).
 * - The charging state and time spent charging are the latest by seqNo.
 * - A token in the Ended event or with triggerReason StopAuthorized is the
 *   stopping token (2.0.1 E07, errata 2023-12 figure 56); another is the
 *   starting token if none is known yet.
 * - meterStart: 1.6's meterStart, else the Transaction.Begin register
 *   reading, else the first register reading of the Started event.
 *   meterStop: 1.6's meterStop, else the Transaction.End register reading,
 *   else the last register reading of the Ended event. Energy is their
 *   difference; while ongoing, the latest register reading's.
 */
import { lastRegisterReading, registerReading, registerReadings } from '../meter.js';
import type { MeterValue } from '../types/common.js';
import type { TransactionEvent, TransactionRecord } from '../types/transaction.js';
import { epochMillisOf } from '../time.js';

/** A transaction's events (ascending seqNo, each once) and the record they make. */
export interface TransactionLog {
  /** The events applied, by ascending seqNo, each once. */
  readonly events: readonly TransactionEvent[];
  /** The record the events make. */
  readonly record: TransactionRecord;
}

/** What applying an event did. */
export interface Applied {
  /** The transaction's log after the event. */
  readonly log: TransactionLog;
  /** True when the event's seqNo was already applied: nothing changed. */
  readonly duplicate: boolean;
}

/** An empty record for a transaction id. */
export function emptyRecord(id: string): TransactionRecord {
  return { id, state: 'Ongoing', offline: false, meterValues: [], seqNos: [] };
}

/** A meter value's time in ms; one that is not a time sorts last. */
function time(mv: MeterValue): number {
  const ms = epochMillisOf(mv.timestamp);
  return Number.isNaN(ms) ? Infinity : ms;
}

/** Meter values merged in time order; equal times keep the order of the events. */
function merge(existing: readonly MeterValue[], added: readonly MeterValue[] | undefined): readonly MeterValue[] {
  if (added === undefined || added.length === 0) return existing;
  // The usual case: the new values come after the ones kept, in order.
  let t = existing.length === 0 ? -Infinity : time(existing[existing.length - 1]!);
  const inOrder = added.every((mv) => {
    const next = time(mv);
    const ok = next >= t;
    t = next;
    return ok;
  });
  if (inOrder) return [...existing, ...added];
  const all = [...existing, ...added].map((mv, i) => ({ mv, i, t: time(mv) }));
  all.sort((a, b) => a.t - b.t || a.i - b.i);
  return all.map((x) => x.mv);
}

function meterStartOf(e: TransactionEvent): number | undefined {
  if (e.meterStart !== undefined) return e.meterStart;
  const begin = registerReading(e.meterValue, 'Transaction.Begin');
  if (begin !== undefined || e.eventType !== 'Started') return begin;
  return registerReadings(e.meterValue)[0]?.wh;
}

function meterStopOf(e: TransactionEvent): number | undefined {
  if (e.eventType !== 'Ended') return undefined;
  if (e.meterStop !== undefined) return e.meterStop;
  const end = registerReading(e.meterValue, 'Transaction.End');
  return end ?? lastRegisterReading(e.meterValue);
}

/** meterStop - meterStart; while ongoing, the latest register reading - meterStart. */
function energy(meterStart: number | undefined, meterStop: number | undefined, meterValues: readonly MeterValue[]): number | undefined {
  if (meterStart === undefined) return undefined;
  const end = meterStop ?? lastRegisterReading(meterValues);
  if (end === undefined) return undefined;
  const wh = end - meterStart;
  // Readings in kWh or with a multiplier may leave binary noise (0.30000000000000004).
  return Number.isInteger(wh) ? wh : Number(wh.toPrecision(15));
}

/** One step: `e` comes after every event already in `r` (by seqNo). */
function fold(r: TransactionRecord, e: TransactionEvent): TransactionRecord {
  const t = e.transaction;
  const stopToken = e.eventType === 'Ended' || (e.eventType !== 'Started' && e.triggerReason === 'StopAuthorized');
  const sameEvse = e.evse !== undefined && (r.evseId === undefined || r.evseId === e.evse.evseId);
  const ended = e.eventType === 'Ended';
  const meterStart = r.meterStart ?? meterStartOf(e);
  const meterStop = r.meterStop ?? meterStopOf(e);
  const meterValues = merge(r.meterValues, e.meterValue);
  // Built field by field (not through compact): this runs for every transaction message.
  const out: Mutable<TransactionRecord> = { id: r.id, state: ended || r.state === 'Ended' ? 'Ended' : 'Ongoing', offline: r.offline || e.offline === true, meterValues, seqNos: [...r.seqNos, e.seqNo] };
  const set = <K extends keyof TransactionRecord>(key: K, value: TransactionRecord[K] | undefined): void => {
    if (value !== undefined) out[key] = value;
  };
  set('evseId', r.evseId ?? e.evse?.evseId);
  set('connectorId', r.connectorId ?? (sameEvse ? e.evse?.connectorId : undefined));
  set('idToken', r.idToken ?? (e.idToken !== undefined && !stopToken ? e.idToken : undefined));
  set('stopIdToken', r.stopIdToken ?? (e.idToken !== undefined && stopToken ? e.idToken : undefined));
  set('startedAt', r.startedAt ?? (e.eventType === 'Started' ? e.timestamp : undefined));
  set('stoppedAt', r.stoppedAt ?? (ended ? e.timestamp : undefined));
  set('meterStart', meterStart);
  set('meterStop', meterStop);
  set('energyWh', energy(meterStart, meterStop, meterValues));
  set('stopReason', r.stopReason ?? (ended ? (t.stoppedReason ?? 'Local') : undefined));
  set('remoteStartId', r.remoteStartId ?? t.remoteStartId);
  set('reservationId', r.reservationId ?? e.reservationId);
  set('chargingState', t.chargingState ?? r.chargingState);
  set('timeSpentCharging', t.timeSpentCharging ?? r.timeSpentCharging);
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The record of a transaction from its events, in any order (a repeated seqNo counts once). */
export function recordOf(events: readonly TransactionEvent[]): TransactionRecord | undefined {
  const first = events[0];
  if (first === undefined) return undefined;
  const sorted = [...events].sort((a, b) => a.seqNo - b.seqNo);
  let r = emptyRecord(first.transaction.id);
  for (const e of sorted) if (!r.seqNos.includes(e.seqNo)) r = fold(r, e);
  return r;
}

/**
 * Applies one event to a transaction's log (undefined: the transaction's
 * first event). Pure: the log given is not changed. An event after all
 * others is one step; one that arrives late rebuilds the record from the
 * events in seqNo order. (A TransactionTracker keeps its logs as
 * `LiveLog`s, which make the same records without copying.)
 */
export function applyTransactionEvent(log: TransactionLog | undefined, e: TransactionEvent): Applied {
  if (log === undefined) return { log: { events: [e], record: fold(emptyRecord(e.transaction.id), e) }, duplicate: false };
  const { events, record } = log;
  if (record.seqNos.includes(e.seqNo)) return { log, duplicate: true };
  const last = events[events.length - 1];
  if (last === undefined || last.seqNo < e.seqNo) return { log: { events: [...events, e], record: fold(record, e) }, duplicate: false };
  const all = [...events, e].sort((a, b) => a.seqNo - b.seqNo);
  return { log: { events: all, record: recordOf(all)! }, duplicate: false };
}

/**
 * A transaction's log kept by its owner and changed in place: events,
 * seqNos and meter values are appended to and the record's fields set, so
 * an event costs what it adds, not what the transaction already holds. The
 * record equals `recordOf(events)` after every step; it is live (the same
 * object, changed by later events): keep a copy to keep it as it was.
 */
export class LiveLog implements TransactionLog {
  readonly events: TransactionEvent[] = [];
  readonly record: Mutable<TransactionRecord>;
  /** The time (ms) of the last meter value kept; -Infinity before the first. */
  #lastTime = -Infinity;

  constructor(id: string) {
    this.record = { id, state: 'Ongoing', offline: false, meterValues: [], seqNos: [] };
  }

  /** Applies one event; false when its seqNo was applied before (nothing changed). */
  apply(e: TransactionEvent): boolean {
    const seqNos = this.record.seqNos;
    if (seqNos.length > 0 && e.seqNo <= seqNos[seqNos.length - 1]!) {
      if (seqNos.includes(e.seqNo)) return false;
      // Late: the record is made again from every event in seqNo order.
      this.events.push(e);
      this.events.sort((a, b) => a.seqNo - b.seqNo);
      this.#rebuild();
      return true;
    }
    this.events.push(e);
    this.#step(e);
    return true;
  }

  /** `fold` in place: `e` comes after every event applied. */
  #step(e: TransactionEvent): void {
    const r = this.record;
    const t = e.transaction;
    const ended = e.eventType === 'Ended';
    const stopToken = ended || (e.eventType !== 'Started' && e.triggerReason === 'StopAuthorized');
    const evse = e.evse;
    const sameEvse = evse !== undefined && (r.evseId === undefined || r.evseId === evse.evseId);
    if (ended) r.state = 'Ended';
    if (e.offline === true) r.offline = true;
    (r.seqNos as number[]).push(e.seqNo);
    let energyChanged = this.#addMeterValues(e.meterValue);
    if (r.evseId === undefined && evse !== undefined) r.evseId = evse.evseId;
    if (r.connectorId === undefined && sameEvse && evse.connectorId !== undefined) r.connectorId = evse.connectorId;
    if (e.idToken !== undefined) {
      if (!stopToken) r.idToken ??= e.idToken;
      else r.stopIdToken ??= e.idToken;
    }
    if (r.startedAt === undefined && e.eventType === 'Started') r.startedAt = e.timestamp;
    if (r.stoppedAt === undefined && ended) r.stoppedAt = e.timestamp;
    if (r.meterStart === undefined) {
      const start = meterStartOf(e);
      if (start !== undefined) {
        r.meterStart = start;
        energyChanged = true;
      }
    }
    if (r.meterStop === undefined && ended) {
      const stop = meterStopOf(e);
      if (stop !== undefined) {
        r.meterStop = stop;
        energyChanged = true;
      }
    }
    if (energyChanged) {
      const wh = energy(r.meterStart, r.meterStop, r.meterValues);
      if (wh !== undefined) r.energyWh = wh;
    }
    if (r.stopReason === undefined && ended) r.stopReason = t.stoppedReason ?? 'Local';
    if (r.remoteStartId === undefined && t.remoteStartId !== undefined) r.remoteStartId = t.remoteStartId;
    if (r.reservationId === undefined && e.reservationId !== undefined) r.reservationId = e.reservationId;
    if (t.chargingState !== undefined) r.chargingState = t.chargingState;
    if (t.timeSpentCharging !== undefined) r.timeSpentCharging = t.timeSpentCharging;
  }

  /** `merge` in place; true when values were added. */
  #addMeterValues(added: readonly MeterValue[] | undefined): boolean {
    if (added === undefined || added.length === 0) return false;
    const kept = this.record.meterValues as MeterValue[];
    let t = this.#lastTime;
    let inOrder = true;
    for (let i = 0; i < added.length; i++) {
      const next = time(added[i]!);
      if (next < t) inOrder = false;
      t = next;
      kept.push(added[i]!);
    }
    if (!inOrder) {
      // Array sort is stable: equal times keep the order of the events.
      const timed = kept.map((mv) => ({ mv, t: time(mv) }));
      timed.sort((a, b) => a.t - b.t);
      for (let i = 0; i < timed.length; i++) kept[i] = timed[i]!.mv;
      t = timed[timed.length - 1]!.t;
    }
    this.#lastTime = t;
    return true;
  }

  /** The record made again from every event (one came late), in the same object. */
  #rebuild(): void {
    const fresh = recordOf(this.events)!;
    const r = this.record as unknown as Record<string, unknown>;
    for (const key of Object.keys(r)) if (!(key in fresh)) delete r[key];
    Object.assign(r, fresh, { meterValues: [...fresh.meterValues], seqNos: [...fresh.seqNos] });
    const kept = fresh.meterValues;
    this.#lastTime = kept.length === 0 ? -Infinity : time(kept[kept.length - 1]!);
  }
}
