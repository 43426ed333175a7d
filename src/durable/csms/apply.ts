/**
 * How one transaction message changes the CSMS's record of its
 * transaction: the same pure rule for every store. Messages may come out
 * of order (2.x events queued while offline arrive after the Ended one,
 * TC_E_31_CSMS), so nothing here assumes order: a transaction once Ended
 * stays Ended, the start fields come from the start message whenever it
 * arrives, and the latest state is the one with the highest seqNo.
 */
import type { TransactionEffect, TransactionRecord } from './records.js';

/** The record without its undefined fields (so records compare and serialise alike in every store). */
export function compact<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out as T;
}

/** The transaction after `effect`; `prev` is undefined when the CSMS had no record of it. */
export function applyEffect(
  prev: TransactionRecord | undefined,
  stationId: string,
  transactionId: string,
  effect: TransactionEffect,
  now: string,
): TransactionRecord {
  const started = effect.kind === 'started';
  const ended = effect.kind === 'ended';
  const seqNo = effect.seqNo;
  const newest = seqNo === undefined || prev?.lastSeqNo === undefined || seqNo >= prev.lastSeqNo;
  return compact<TransactionRecord>({
    stationId,
    transactionId,
    state: ended || prev?.state === 'Ended' ? 'Ended' : 'Active',
    evseId: prev?.evseId ?? effect.evseId,
    connectorId: prev?.connectorId ?? effect.connectorId,
    idToken: started ? (effect.idToken ?? prev?.idToken) : (prev?.idToken ?? effect.idToken),
    startedAt: started ? effect.timestamp : (prev?.startedAt ?? (effect.timestamp === '' ? undefined : effect.timestamp)),
    endedAt: ended ? effect.timestamp : prev?.endedAt,
    stoppedReason: effect.stoppedReason ?? prev?.stoppedReason,
    chargingState: newest ? (effect.chargingState ?? prev?.chargingState) : (prev?.chargingState ?? effect.chargingState),
    meterStartWh: effect.meterStartWh ?? prev?.meterStartWh,
    meterStopWh: effect.meterStopWh ?? prev?.meterStopWh,
    startedSeqNo: started ? seqNo : prev?.startedSeqNo,
    endedSeqNo: ended ? seqNo : prev?.endedSeqNo,
    lastSeqNo: seqNo === undefined ? prev?.lastSeqNo : Math.max(seqNo, prev?.lastSeqNo ?? seqNo),
    messages: (prev?.messages ?? 0) + 1,
    updatedAt: now,
  });
}

/**
 * seqNos missing from a transaction whose Ended event has come: those from
 * the Started event's (0 when it has not come: 2.0.1 edition 2 numbers each
 * transaction from 0) up to the Ended event's that were not received. At
 * most `limit` of them. Empty while the transaction has not ended.
 */
export function missingSeqNos(record: TransactionRecord | undefined, received: readonly number[], limit = 1000): number[] {
  if (record?.endedSeqNo === undefined) return [];
  const have = new Set(received);
  const out: number[] = [];
  for (let n = record.startedSeqNo ?? 0; n <= record.endedSeqNo && out.length < limit; n++) if (!have.has(n)) out.push(n);
  return out;
}
