/** Helpers of the CLI tests: an in-memory station <-> CSMS pair and waiting for conditions. */
import { ChargingStation, Csms, v201, type V201 } from '../../src/index.js';
import { CsmsState, type CsmsConfig } from '../../src/cli/csms/state.js';
import { entryFor, type FrameLogEntry } from '../../src/cli/log/jsonl.js';
import { SimulatedStation, type SimulatorConfig } from '../../src/cli/station/simulator.js';

export interface Pair {
  readonly station: SimulatedStation;
  readonly role: ChargingStation<V201>;
  readonly csms: Csms<V201, { identity: string }>;
  readonly state: CsmsState;
  /** Every frame both ways, as a log. */
  readonly frames: FrameLogEntry[];
  close(): void;
}

/** A simulated station wired to a CSMS (the CLI's state and handlers) without a network. */
export function pair(config: Partial<SimulatorConfig> = {}, csmsConfig: CsmsConfig = {}, state = new CsmsState(csmsConfig)): Pair {
  const identity = config.identity ?? 'CS001';
  const frames: FrameLogEntry[] = [];
  const csms = new Csms(v201, { context: { identity } });
  csms.handlers(state.handlers());
  const role = new ChargingStation(v201);
  const station = new SimulatedStation({ evReadyDelayMs: 1, bootRetryMs: 20, ...config, identity }, role);
  let open = true;
  role.attach((text) => {
    frames.push(entryFor('StationToCsms', identity, text));
    setImmediate(() => open && csms.receive(text));
  });
  csms.attach((text) => {
    frames.push(entryFor('CsmsToStation', identity, text));
    setImmediate(() => open && role.receive(text));
  });
  state.connected(identity);
  station.online();
  return {
    station,
    role,
    csms,
    state,
    frames,
    close() {
      open = false;
      station.shutdown();
      role.close();
      csms.close();
    },
  };
}

/** Resolves once `condition` holds (checked every few ms); rejects after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Actions of the CALLs in a frame log, in order, for one direction. */
export function calls(frames: readonly FrameLogEntry[], direction: 'StationToCsms' | 'CsmsToStation'): string[] {
  return frames.filter((f) => f.direction === direction && Array.isArray(f.frame) && f.frame[0] === 2).map((f) => (f.frame as unknown[])[2] as string);
}
