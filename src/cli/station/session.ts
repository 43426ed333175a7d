/**
 * A charging session played by the driver and the EV at one EVSE: plug in,
 * present the idToken, charge for a while (the station sends meter values
 * meanwhile), present it again to stop, unplug (E02, E06, E07, J02; in
 * 1.6: Authorize, StartTransaction, MeterValues, StopTransaction).
 */
import type { StationEvent } from './events.js';
import type { Simulated } from './simulated.js';

export interface SessionOptions {
  readonly evseId?: number;
  readonly idToken: { readonly idToken: string; readonly type: string };
  /** Charging time, ms. */
  readonly chargeMs: number;
  /** Pause between the driver's steps, ms. Default 300. */
  readonly pauseMs?: number;
  readonly signal?: AbortSignal;
}

export interface SessionResult {
  readonly ok: boolean;
  readonly transactionId: string | undefined;
  readonly energyWh: number;
  /** Why it did not complete. */
  readonly problem?: string;
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Waits until `condition` holds; false on timeout or abort. */
export async function waitFor(condition: () => boolean, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end || signal?.aborted === true) return false;
    await pause(25, signal);
  }
  return true;
}

export async function runSession(station: Simulated, o: SessionOptions): Promise<SessionResult> {
  const evseId = o.evseId ?? 1;
  const step = o.pauseMs ?? 300;
  const signal = o.signal;
  let transactionId: string | undefined;
  let energyWh = 0;
  const onEvent = (e: StationEvent): void => {
    if (e.type === 'transactionStarted' && e.evseId === evseId) transactionId = e.transactionId;
    if (e.type === 'transactionEnded' && e.evseId === evseId) {
      transactionId = e.transactionId;
      energyWh = e.energyWh;
    }
  };
  station.on('event', onEvent);
  const fail = (problem: string): SessionResult => ({ ok: false, transactionId, energyWh, problem });
  try {
    if (!(await waitFor(() => station.accepted, 60_000, signal))) return fail('the station was not accepted');
    if (!(await station.plugIn(evseId))) return fail(`EVSE ${evseId} cannot take a cable now`);
    await pause(step, signal);
    const auth = await station.presentIdToken(evseId, o.idToken);
    if (auth !== 'authorized') return fail(`idToken ${o.idToken.idToken} was refused`);
    if (!(await waitFor(() => station.chargingOn(evseId), 10_000, signal))) return fail('the EV did not start charging');
    await pause(o.chargeMs, signal);
    if (signal?.aborted === true) return fail('stopped');
    if ((await station.presentIdToken(evseId, o.idToken)) !== 'stopped') return fail('the transaction could not be stopped');
    await pause(step, signal);
    await station.unplug(evseId);
    await station.settled();
    return { ok: true, transactionId, energyWh };
  } finally {
    station.off('event', onEvent);
  }
}
