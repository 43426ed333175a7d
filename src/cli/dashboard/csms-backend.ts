/**
 * The dashboard's backend (backend.ts) for the CLI's test CSMS: stations and
 * transactions read from its CsmsState, frames from the state's frame events, each
 * checked with the validators of the station's version.
 *
 * The state has no event for every change (a StatusNotification, a
 * TransactionEvent of any trigger), so after the frames of a station pass
 * this looks at that station and its transactions once (coalesced on the
 * next turn of the event loop) and pushes what changed. The CSMS answers a
 * CALL after its handler ran, so the answer's frame sees the state the CALL
 * left behind.
 */
import { CallTimeoutError, OcppError, v201, type AnyVersion } from '../lib.js';
import { v16 } from '../../v16/index.js';
import { v21 } from '../../v21/index.js';
import type { CsmsState, StationRecord, TransactionRecord } from '../csms/state.js';
import { FrameChecker } from '../log/check.js';
import { entryFor, type FrameDirection } from '../log/jsonl.js';
import type { DashboardBackend, DashboardEvent, FrameView, SendOutcome, StationView, TransactionView, VersionName } from './backend.js';

/** The parts of a running test CSMS the backend reads. */
export interface CsmsParts {
  readonly state: CsmsState;
  isConnected(identity: string): boolean;
  /** The version a station speaks; undefined before it connected. */
  versionOf(identity: string): string | undefined;
  /** Sends a CSMS-to-station CALL (the payload already validated). */
  call(identity: string, action: string, payload: unknown): Promise<unknown>;
}

const DESCRIPTORS: Readonly<Record<VersionName, AnyVersion>> = { '1.6': v16, '2.0.1': v201, '2.1': v21 };
const MAX_TEXT = 64 * 1024;
/** CALLs remembered per backend to name the action of their answers. */
const MAX_OPEN_CALLS = 10_000;

function versionName(name: string | undefined): VersionName | undefined {
  return name === '1.6' || name === '2.0.1' || name === '2.1' ? name : undefined;
}

export function csmsDashboardBackend(parts: CsmsParts): DashboardBackend {
  const listeners = new Set<(event: DashboardEvent) => void>();
  const descriptorOf = (identity: string): AnyVersion => DESCRIPTORS[versionName(parts.versionOf(identity)) ?? '2.0.1'];
  const checker = new FrameChecker('strict', descriptorOf);
  const callActions = new Map<string, string>();
  // What each station and transaction looked like when last pushed.
  const pushed = new Map<string, string>();
  const dirty = new Set<string>();
  let flushing = false;

  const emit = (event: DashboardEvent): void => {
    for (const l of listeners) l(event);
  };
  const stationView = (s: StationRecord): StationView => ({
    identity: s.identity,
    version: versionName(parts.versionOf(s.identity)),
    connected: parts.isConnected(s.identity),
    registration: s.registration,
    securityProfile: s.securityProfile,
    vendorName: s.chargingStation?.vendor,
    model: s.chargingStation?.model,
    firmwareVersion: s.chargingStation?.firmwareVersion,
    boots: s.boots,
    lastSeen: s.lastSeen,
    lastHeartbeat: s.lastHeartbeat,
    connectors: [...s.connectors.values()].sort((a, b) => a.evseId - b.evseId || a.connectorId - b.connectorId).map((c) => ({ ...c })),
  });
  const pushIfChanged = (key: string, event: DashboardEvent, view: unknown): void => {
    const text = JSON.stringify(view);
    if (pushed.get(key) === text) return;
    pushed.set(key, text);
    emit(event);
  };
  const flush = (): void => {
    flushing = false;
    const stations = [...dirty];
    dirty.clear();
    for (const identity of stations) {
      const s = parts.state.stations.get(identity);
      if (s === undefined) continue;
      const station = stationView(s);
      // lastSeen moves with every frame: not a change worth a push on its own.
      pushIfChanged(`s:${identity}`, { type: 'station', station }, { ...station, lastSeen: undefined });
    }
    for (const t of parts.state.transactions.values()) {
      if (!stations.includes(t.station)) continue;
      const transaction = transactionView(t);
      pushIfChanged(`t:${t.transactionId}`, { type: 'transaction', transaction }, transaction);
    }
  };
  const touch = (identity: string): void => {
    dirty.add(identity);
    if (flushing) return;
    flushing = true;
    setImmediate(flush);
  };

  const onFrame = (direction: FrameDirection, identity: string, text: string): void => {
    // Checked even with no one listening, so that answers still find their CALLs.
    emit({ type: 'frame', frame: frameView(direction, identity, text) });
    touch(identity);
  };
  const frameView = (direction: FrameDirection, station: string, text: string): FrameView => {
    const entry = entryFor(direction, station, text);
    const issues = checker.checkEntry(entry).map((i) => ({ severity: i.severity, code: i.code, pointer: i.pointer, reason: i.reason }));
    const f = Array.isArray(entry.frame) ? (entry.frame as unknown[]) : undefined;
    const messageType = typeof f?.[0] === 'number' ? f[0] : undefined;
    const messageId = typeof f?.[1] === 'string' ? f[1] : undefined;
    let action: string | undefined;
    if ((messageType === 2 || messageType === 6) && typeof f?.[2] === 'string') {
      action = f[2];
      if (messageType === 2 && messageId !== undefined) {
        callActions.set(`${station}\u0000${messageId}`, action);
        if (callActions.size > MAX_OPEN_CALLS) callActions.delete(callActions.keys().next().value!);
      }
    } else if (messageId !== undefined) {
      const key = `${station}\u0000${messageId}`;
      action = callActions.get(key);
      callActions.delete(key);
    }
    return {
      station,
      direction,
      time: entry.time,
      messageType,
      messageId,
      action,
      text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text,
      valid: !issues.some((i) => i.severity === 'error'),
      issues,
    };
  };
  parts.state.on('frame', onFrame);
  // Connections coming and going, among other changes of a station.
  parts.state.on('station', (s) => touch(s.identity));

  return {
    stations: () => [...parts.state.stations.values()].map(stationView),
    transactions: () => [...parts.state.transactions.values()].map(transactionView),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async send(identity, action, payload): Promise<SendOutcome> {
      if (!parts.state.stations.has(identity)) return { ok: false, reason: 'unknownStation', message: `unknown station ${identity}` };
      const version = descriptorOf(identity);
      if (!version.isActionName(action)) return { ok: false, reason: 'unknownAction', message: `OCPP ${version.version} has no action ${action}` };
      const direction = (version.actionTable as Record<string, { direction: string }>)[action]!.direction;
      if (direction === 'StationToCsms') return { ok: false, reason: 'unknownAction', message: `${action} is sent by a station, not by the CSMS` };
      const result = version.validate(action, 'request', payload);
      if (result === undefined) return { ok: false, reason: 'unknownAction', message: `OCPP ${version.version} has no request ${action}` };
      if (!result.ok) {
        return { ok: false, reason: 'invalid', message: `invalid ${action} request`, errors: result.errors.map((e) => ({ severity: 'error', code: e.code, pointer: e.pointer, reason: e.reason })) };
      }
      if (!parts.isConnected(identity)) return { ok: false, reason: 'disconnected', message: `station ${identity} is not connected` };
      try {
        return { ok: true, response: await parts.call(identity, action, payload) };
      } catch (err) {
        if (err instanceof OcppError) return { ok: false, reason: 'callError', message: err.description, code: err.code, details: err.details };
        if (err instanceof CallTimeoutError) return { ok: false, reason: 'timeout', message: err.message };
        return { ok: false, reason: 'failed', message: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}

function transactionView(t: TransactionRecord): TransactionView {
  return {
    transactionId: t.transactionId,
    station: t.station,
    state: t.state,
    evseId: t.evseId,
    connectorId: t.connectorId,
    chargingState: t.chargingState,
    idToken: t.idToken?.idToken,
    energyWh: t.energyWh,
    powerW: t.powerW,
    soc: t.soc,
    startedAt: t.startedAt,
    updatedAt: t.updatedAt,
    endedAt: t.endedAt,
    stoppedReason: t.stoppedReason,
  };
}
