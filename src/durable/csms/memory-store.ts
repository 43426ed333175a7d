/**
 * The CSMS stores in memory: the same contract as the SQLite store, gone
 * with the process. The default of a library user who chooses no store,
 * and the reference the SQLite store is tested against.
 */
import { StoreClosedError } from '../errors.js';
import { applyEffect, compact } from './apply.js';
import type {
  CommitResult,
  CsmsStore,
  IdTokenRecord,
  MeterValueRecord,
  RecordedMessage,
  StationRecord,
  TransactionEffect,
  TransactionFilter,
  TransactionRecord,
} from './records.js';

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Map key of a station's transaction (a NUL cannot occur in an identity). */
const txKey = (stationId: string, transactionId: string): string => `${stationId}\u0000${transactionId}`;

/** Both CSMS stores in memory: for tests and for a CSMS that may forget everything when it stops. */
export class MemoryCsmsStore implements CsmsStore {
  private readonly stationMap = new Map<string, StationRecord>();
  private readonly tokens = new Map<string, IdTokenRecord>();
  private readonly txs = new Map<string, TransactionRecord>();
  private readonly meter: MeterValueRecord[] = [];
  /** Recorded messages per station, by key. */
  private readonly recordedMap = new Map<string, Map<string, RecordedMessage>>();
  private nextTransactionId = 1;
  private closed = false;
  private readonly now: () => number;

  /** `now` gives the time stamps (ms since the epoch); default Date.now. */
  constructor(options?: { readonly now?: () => number }) {
    this.now = options?.now ?? Date.now;
  }

  async station(identity: string): Promise<StationRecord | undefined> {
    this.check();
    return copy(this.stationMap.get(identity));
  }

  async stations(): Promise<StationRecord[]> {
    this.check();
    return [...this.stationMap.values()].map(copy);
  }

  async saveStation(record: StationRecord): Promise<void> {
    this.check();
    this.stationMap.set(record.identity, compact(copy(record)));
  }

  async deleteStation(identity: string): Promise<boolean> {
    this.check();
    return this.stationMap.delete(identity);
  }

  async idToken(idToken: string, type = ''): Promise<IdTokenRecord | undefined> {
    this.check();
    return copy(this.tokens.get(`${type}\u0000${idToken}`));
  }

  async idTokens(): Promise<IdTokenRecord[]> {
    this.check();
    return [...this.tokens.values()].map(copy);
  }

  async saveIdToken(record: IdTokenRecord): Promise<void> {
    this.check();
    this.tokens.set(`${record.type}\u0000${record.idToken}`, compact(copy(record)));
  }

  async deleteIdToken(idToken: string, type = ''): Promise<boolean> {
    this.check();
    return this.tokens.delete(`${type}\u0000${idToken}`);
  }

  async transaction(stationId: string, transactionId: string): Promise<TransactionRecord | undefined> {
    this.check();
    return copy(this.txs.get(txKey(stationId, transactionId)));
  }

  async transactions(filter: TransactionFilter = {}): Promise<TransactionRecord[]> {
    this.check();
    return [...this.txs.values()]
      .filter((t) => (filter.stationId === undefined || t.stationId === filter.stationId) && (filter.state === undefined || t.state === filter.state))
      .map(copy);
  }

  async meterValues(stationId: string, transactionId?: string): Promise<MeterValueRecord[]> {
    this.check();
    return this.meter.filter((m) => m.stationId === stationId && m.transactionId === transactionId).map(copy);
  }

  async addMeterValues(records: readonly MeterValueRecord[]): Promise<void> {
    this.check();
    for (const r of records) this.meter.push(compact(copy(r)));
  }

  async recorded(stationId: string, key: string): Promise<RecordedMessage | undefined> {
    this.check();
    return copy(this.recordedMap.get(stationId)?.get(key));
  }

  async commit(stationId: string, effect: TransactionEffect, answer: unknown): Promise<CommitResult> {
    this.check();
    let byKey = this.recordedMap.get(stationId);
    const prior = byKey?.get(effect.key);
    if (prior !== undefined) {
      const transaction = prior.transactionId === undefined ? undefined : this.txs.get(txKey(stationId, prior.transactionId));
      return { answer: copy(prior.answer), duplicate: true, fingerprint: prior.fingerprint, transaction: copy(transaction) };
    }
    let transactionId = effect.transactionId;
    let recordedAnswer = copy(answer);
    if (transactionId === undefined && effect.kind === 'started') {
      const id = this.nextTransactionId++;
      transactionId = String(id);
      recordedAnswer = { ...(recordedAnswer as object), transactionId: id };
    }
    const nowMs = this.now();
    let transaction: TransactionRecord | undefined;
    if (transactionId !== undefined) {
      const k = txKey(stationId, transactionId);
      transaction = applyEffect(this.txs.get(k), stationId, transactionId, effect, new Date(nowMs).toISOString());
      this.txs.set(k, transaction);
    }
    for (const mv of effect.meterValues) {
      this.meter.push(
        compact<MeterValueRecord>({
          stationId,
          transactionId,
          evseId: effect.evseId ?? transaction?.evseId,
          connectorId: effect.connectorId ?? transaction?.connectorId,
          timestamp: mv.timestamp,
          sampledValue: copy(mv.sampledValue),
        }),
      );
    }
    if (byKey === undefined) {
      byKey = new Map();
      this.recordedMap.set(stationId, byKey);
    }
    byKey.set(effect.key, {
      key: effect.key,
      fingerprint: effect.fingerprint,
      transactionId,
      seqNo: effect.seqNo,
      answer: recordedAnswer,
      recordedAt: nowMs,
    });
    return { answer: copy(recordedAnswer), duplicate: false, fingerprint: effect.fingerprint, transaction: copy(transaction) };
  }

  async seqNos(stationId: string, transactionId: string): Promise<number[]> {
    this.check();
    const out: number[] = [];
    for (const r of this.recordedMap.get(stationId)?.values() ?? []) {
      if (r.transactionId === transactionId && r.seqNo !== undefined) out.push(r.seqNo);
    }
    return out.sort((a, b) => a - b);
  }

  async pruneRecorded(before: number): Promise<number> {
    this.check();
    let n = 0;
    for (const [stationId, byKey] of this.recordedMap) {
      for (const [key, r] of byKey) {
        if (r.recordedAt >= before) continue;
        if (r.transactionId !== undefined && this.txs.get(txKey(stationId, r.transactionId))?.state !== 'Ended') continue;
        byKey.delete(key);
        n++;
      }
    }
    return n;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private check(): void {
    if (this.closed) throw new StoreClosedError('the CSMS store');
  }
}
