/**
 * `ocpp csms --db FILE`: stations, their registration and the transactions
 * with their meter data kept in SQLite (ocpp-model/sqlite), so that a CSMS
 * killed and started again on the same file knows its stations (one that
 * reconnects without booting again is served, not refused with
 * SecurityError) and its transactions (an Ended event or a StopTransaction
 * for a transaction started before the restart closes it).
 *
 * Every transaction message goes through the exactly-once recorder
 * (ocpp-model/durable) before the facade sees it: a retry is answered as
 * the first time and not applied again, even across a restart; a seqNo gap
 * found once a 2.x transaction's Ended event came makes the CSMS ask
 * GetTransactionStatus (E14, TC_E_31_CSMS). The store numbers 1.6
 * transactions, and the facade's tracker takes the same number.
 *
 * Passwords, minimum security profiles and idTokens are the services'
 * (durable-services.ts): the flags seed them, what the store holds wins.
 */
import { CliError } from '../args.js';
import { neutral, type CsmsServer, type NeutralCsms } from '../lib.js';
import type { CsmsStore, MeterValueRecord, StationRecord as StoredStation, TransactionRecord as StoredTransaction } from '../../durable/index.js';
import { TransactionRecorder } from '../../durable/index.js';
import type { DurableStationStore } from './durable-services.js';
import type { CsmsState } from './state.js';

type Version = '1.6' | '2.0.1' | '2.1';
type Raw = (payload: never, context: { identity: string }) => unknown;

/** 1.6 transaction ids as the store gave them, handed to the facade's tracker one at a time. */
export class StoreTransactionIds implements neutral.TransactionIdAllocator {
  private pending: number | undefined;
  /** The id the next StartTransaction gets (the store assigned it). */
  give(id: number): void {
    this.pending = id;
  }
  next(): number {
    const id = this.pending;
    this.pending = undefined;
    if (id === undefined) throw new RangeError('no transaction id from the store for this StartTransaction');
    return id;
  }
}

/** Opens the store; a missing binding or a file that is not ours is a one-line error. */
export async function openCsmsStore(path: string): Promise<CsmsStore> {
  let sqlite: typeof import('../../sqlite/index.js');
  try {
    sqlite = await import('../../sqlite/index.js');
    return new sqlite.SqliteCsmsStore(path);
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    if (/better-sqlite3/.test(text) && /Cannot find|not found|ERR_MODULE_NOT_FOUND/i.test(text)) {
      throw new CliError('--db needs the SQLite binding: npm install better-sqlite3@12');
    }
    throw new CliError(`--db ${path}: ${text}`);
  }
}

const protocolOf = (v: string): string => `ocpp${v}`;
const versionOf = (protocol: string | undefined): Version | undefined =>
  protocol === 'ocpp1.6' ? '1.6' : protocol === 'ocpp2.0.1' ? '2.0.1' : protocol === 'ocpp2.1' ? '2.1' : undefined;

/** Stored meter values (as the station's version sent them) in the neutral model. */
function neutralMeterValues(version: Version, stored: readonly MeterValueRecord[]): neutral.MeterValue[] {
  const meterValue = stored.map((m) => ({ timestamp: m.timestamp, sampledValue: m.sampledValue }));
  if (meterValue.length === 0) return [];
  return version === '1.6'
    ? [...neutral.stationMessages16.MeterValues.readRequest({ connectorId: 0, meterValue } as never).meterValue]
    : [...neutral.stationMessages21.MeterValues.readRequest({ evseId: 0, meterValue } as never).meterValue];
}

/**
 * The store's transaction as the events a tracker replays: its start (with
 * the first reading), its other readings, and its end when it ended. Later
 * messages of the station number after these; a retry of an earlier one
 * is answered by the recorder and never reaches the tracker.
 */
function replayEvents(t: StoredTransaction, readings: readonly neutral.MeterValue[]): neutral.TransactionEvent[] {
  const s0 = t.startedSeqNo ?? 0;
  const [firstReading, ...rest] = readings;
  const start: neutral.TransactionEvent = {
    eventType: 'Started',
    timestamp: t.startedAt ?? t.updatedAt,
    triggerReason: 'Authorized',
    seqNo: s0,
    transaction: { id: t.transactionId, ...(t.chargingState !== undefined && { chargingState: t.chargingState as neutral.ChargingState }) },
    ...(t.evseId !== undefined && { evse: { evseId: t.evseId, ...(t.connectorId !== undefined && { connectorId: t.connectorId }) } }),
    ...(t.idToken !== undefined && { idToken: { id: t.idToken } }),
    ...(t.meterStartWh !== undefined && { meterStart: t.meterStartWh }),
    ...(firstReading !== undefined && { meterValue: [firstReading] }),
  };
  const events = [start];
  const endSeqNo = Math.max(t.endedSeqNo ?? t.lastSeqNo ?? s0 + 2, s0 + 2);
  if (rest.length > 0) {
    const seqNo = t.state === 'Ended' ? s0 + 1 : Math.max(t.lastSeqNo ?? s0 + 1, s0 + 1);
    events.push({ eventType: 'Updated', timestamp: rest[rest.length - 1]!.timestamp, triggerReason: 'MeterValuePeriodic', seqNo, transaction: { id: t.transactionId }, meterValue: rest });
  }
  if (t.state === 'Ended') {
    events.push({
      eventType: 'Ended',
      timestamp: t.endedAt ?? t.updatedAt,
      triggerReason: 'AbnormalCondition',
      seqNo: endSeqNo,
      transaction: { id: t.transactionId, ...(t.stoppedReason !== undefined && { stoppedReason: t.stoppedReason as neutral.StopReason }) },
      ...(t.meterStopWh !== undefined && { meterStop: t.meterStopWh }),
    });
  }
  return events;
}

/** A verdict as 1.6 says it: its five statuses; 2.x's others are Invalid there. */
function status16(status: string): 'Accepted' | 'Blocked' | 'Expired' | 'Invalid' | 'ConcurrentTx' {
  return status === 'Accepted' || status === 'Blocked' || status === 'Expired' || status === 'ConcurrentTx' ? status : 'Invalid';
}

export interface Persistence {
  close(): Promise<void>;
}

/**
 * Restores the state from the store and keeps it there from now on:
 * `server` and `facade` are the running CSMS's, `ids` the allocator the
 * facade was built with; `stations`, the registry's store, writes station
 * records in turn with the registry's own changes.
 */
export async function persist(
  store: CsmsStore,
  server: CsmsServer,
  facade: NeutralCsms,
  state: CsmsState,
  ids: StoreTransactionIds,
  onError: (text: string) => void,
  stations?: DurableStationStore,
): Promise<Persistence> {
  const known = new Map<string, StoredStation>();
  for (const s of await store.stations()) {
    known.set(s.identity, s);
    const record = state.station(s.identity);
    record.registration = s.registration === 'Accepted' || s.registration === 'Pending' || s.registration === 'Rejected' ? s.registration : 'Unknown';
    record.version = versionOf(s.protocol);
    record.boots = s.boots;
    record.firstSeen = s.firstSeen;
    record.lastSeen = s.lastSeen;
    const boot = s.boot as { station?: neutral.StationInfo; reason?: string } | undefined;
    record.chargingStation = boot?.station;
    record.bootReason = boot?.reason;
  }
  for (const t of await store.transactions()) {
    const version = versionOf(known.get(t.stationId)?.protocol) ?? '2.0.1';
    const readings = neutralMeterValues(version, await store.meterValues(t.stationId, t.transactionId));
    for (const event of replayEvents(t, readings)) {
      const tracked = facade.tracker(t.stationId).transactionEvent(event);
      state.applyTransaction(event, { identity: t.stationId, version, record: tracked.record, duplicate: tracked.duplicate });
    }
  }

  const save = (identity: string): void => {
    const s = state.stations.get(identity);
    if (s === undefined || s.version === undefined) return;
    const now = new Date().toISOString();
    // The password hash and the minimum profile are the station registry's (durable-services.ts): kept as stored.
    const before = known.get(identity);
    const stored: StoredStation = {
      identity,
      registration: s.registration === 'Unknown' ? 'Unknown' : s.registration,
      protocol: protocolOf(s.version),
      ...(before?.passwordHash !== undefined && { passwordHash: before.passwordHash }),
      ...(before?.securityProfile !== undefined && { securityProfile: before.securityProfile }),
      boot: { station: s.chargingStation, reason: s.bootReason },
      boots: s.boots,
      firstSeen: s.firstSeen,
      lastSeen: s.lastSeen,
      lastBoot: now,
    };
    known.set(identity, stored);
    const merge = (current: StoredStation | undefined): StoredStation => ({
      ...stored,
      ...(current?.passwordHash !== undefined && { passwordHash: current.passwordHash }),
      ...(current?.securityProfile !== undefined && { securityProfile: current.securityProfile }),
    });
    if (stations !== undefined) void stations.update(identity, merge);
    else store.saveStation(stored).catch((err: unknown) => onError(`cannot store station ${identity}: ${err instanceof Error ? err.message : String(err)}`));
  };
  state.on('booted', (s) => save(s.identity));
  // A station the store knows as Accepted that comes back without booting is served (B02.FR.09 counts its earlier boot).
  server.on('connect', (identity, info) => {
    const stored = known.get(identity);
    const role = server.station(identity);
    if (stored?.registration === 'Accepted' && versionOf(stored.protocol) === info.version && !info.resumed && role?.registrationStatus === 'Unknown') role.registration?.setStatus('Accepted');
  });

  const recorders = {
    '1.6': new TransactionRecorder({ store, version: 'ocpp1.6' }),
    '2.0.1': new TransactionRecorder({ store, version: 'ocpp2.0.1' }),
    '2.1': new TransactionRecorder({ store, version: 'ocpp2.1' }),
  } as const;
  for (const version of ['1.6', '2.0.1', '2.1'] as const) {
    const facadeTable = facade.handlersFor(version) as Record<string, Raw>;
    const recorder = recorders[version];
    const actions = version === '1.6' ? ['StopTransaction', 'MeterValues'] : ['TransactionEvent'];
    for (const action of actions) {
      server.handle(version, action as never, (async (payload: never, ctx: { identity: string }) => {
        const outcome = await recorder.recordAny(ctx.identity, action, payload, () => facadeTable[action]!(payload, ctx));
        if (outcome.askTransactionStatus && outcome.transactionId !== undefined) {
          // E14: the station still holds the transaction's missing messages, or lost them.
          server
            .station(ctx.identity)
            ?.endpoint.call('GetTransactionStatus', { transactionId: outcome.transactionId })
            .catch((err: unknown) => onError(`${ctx.identity} GetTransactionStatus: ${err instanceof Error ? err.message : String(err)}`));
        }
        return outcome.answer;
      }) as never);
    }
  }
  // 1.6: the store numbers the transaction; the facade's tracker takes that number.
  const start16 = (facade.handlersFor('1.6') as Record<string, Raw>)['StartTransaction']!;
  server.handle('1.6', 'StartTransaction', async (payload, ctx) => {
    const verdict = await state.tokenVerdict(payload.idTag);
    const outcome = await recorders['1.6'].record(ctx.identity, 'StartTransaction', payload, () => ({ idTagInfo: { status: status16(verdict.status) } }));
    if (!outcome.duplicate) {
      ids.give(outcome.answer.transactionId);
      await start16(payload as never, ctx);
    }
    return outcome.answer;
  });
  return { close: () => store.close() };
}
