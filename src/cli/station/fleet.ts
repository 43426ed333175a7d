/**
 * Simulated stations on real connections: one library ChargingStationClient
 * per identity (reconnect back-off from the station's OCPPCommCtrlr
 * variables, offline queue), a SimulatedStation on its behaviour, and every
 * frame tapped for printing and logging. Used by `ocpp station` and
 * `ocpp demo`.
 */
import { CliError } from '../args.js';
import { ChargingStationClient, HandshakeError, type ClientTlsOptions } from '../lib.js';
import { describeHandlerError } from '../handler-error.js';
import type { FrameDirection } from '../log/jsonl.js';
import { SimulatedStation, type SimulatorConfig, type StationEvent } from './simulator.js';

export interface FleetOptions {
  readonly url: string;
  readonly identities: readonly string[];
  readonly station: Omit<SimulatorConfig, 'identity'>;
  readonly password?: string | undefined;
  readonly tls?: ClientTlsOptions | undefined;
  readonly callTimeoutMs?: number;
  /** Delay between starting two stations, ms. */
  readonly staggerMs?: number;
  readonly onFrame: (direction: FrameDirection, identity: string, text: string) => void;
  readonly onEvent: (identity: string, event: StationEvent) => void;
  /** Connection events, as a line for a person. */
  readonly onConnection?: (identity: string, text: string) => void;
}

export interface Member {
  readonly identity: string;
  readonly client: ChargingStationClient;
  readonly station: SimulatedStation<{ readonly identity: string }>;
}

/** The one line for a failed first connection. */
export function connectProblem(url: string, identity: string, err: unknown): string {
  if (err instanceof HandshakeError) {
    if (err.failure === 'network') {
      const code = err.code;
      const why = code === 'ECONNREFUSED' ? 'connection refused (is a CSMS listening there?)' : code === 'ENOTFOUND' ? 'unknown host' : code === 'EHOSTUNREACH' ? 'host unreachable' : err.message;
      return `cannot connect to ${url} as ${identity}: ${why}`;
    }
    return `${identity}: ${err.message}`;
  }
  return `cannot connect to ${url} as ${identity}: ${err instanceof Error ? err.message : String(err)}`;
}

export class Fleet {
  readonly members: Member[] = [];
  private closed = false;

  constructor(private readonly o: FleetOptions) {
    for (const identity of o.identities) {
      let client: ChargingStationClient;
      try {
        client = new ChargingStationClient({
          url: o.url,
          identity,
          ...(o.password !== undefined && { password: o.password }),
          ...(o.tls !== undefined && { tls: o.tls }),
          backoff: { waitMinimumMs: 1000, randomRangeMs: 2000, repeatTimes: 3 },
          // The simulator boots and heartbeats from its own device model.
          heartbeat: false,
          station: { callTimeoutMs: o.callTimeoutMs ?? 30_000 },
        });
      } catch (err) {
        throw new CliError(err instanceof Error ? err.message : String(err));
      }
      const station = new SimulatedStation({ ...o.station, identity }, client.station);
      client.station.observeFrames((way, text) => o.onFrame(way === 'out' ? 'StationToCsms' : 'CsmsToStation', identity, text));
      station.on('event', (e) => o.onEvent(identity, e));
      client.on('connect', (info) => {
        if (info.reconnect) o.onConnection?.(identity, `${identity} reconnected`);
        station.online();
      });
      client.on('disconnect', (code, reason) => {
        station.offline();
        if (!this.closed) o.onConnection?.(identity, `${identity} disconnected (${code}${reason !== '' ? ` ${reason}` : ''})`);
      });
      client.on('reconnecting', (info) => {
        if (!this.closed) o.onConnection?.(identity, `${identity} reconnecting in ${(info.delayMs / 1000).toFixed(1)} s${info.error !== undefined ? ` (${info.error.message})` : ''}`);
      });
      client.on('refused', (err) => o.onConnection?.(identity, `${identity} gave up: ${err.message}`));
      client.on('handlerError', (event) => o.onEvent(identity, { type: 'error', message: describeHandlerError(event) }));
      this.members.push({ identity, client, station });
    }
  }

  /**
   * Connects every station (staggered). The first connection of each must
   * succeed: a failure is a CliError with one clear line. Reconnects later
   * use the back-off.
   */
  async start(signal?: AbortSignal): Promise<void> {
    const stagger = this.o.staggerMs ?? 0;
    const attempts: Promise<void>[] = [];
    for (const m of this.members) {
      if (signal?.aborted === true) break;
      attempts.push(
        m.client.open({ retry: false }).then(
          () => undefined,
          (err: unknown) => {
            throw new CliError(connectProblem(this.o.url, m.identity, err));
          },
        ),
      );
      if (stagger > 0) await new Promise((r) => setTimeout(r, stagger));
    }
    const results = await Promise.allSettled(attempts);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }

  async stop(): Promise<void> {
    this.closed = true;
    for (const m of this.members) m.station.shutdown();
    await Promise.all(this.members.map((m) => m.client.close()));
  }
}
