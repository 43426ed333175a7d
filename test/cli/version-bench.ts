/**
 * A bench for the 1.6 and 2.1 simulators: a CsmsServer built here with
 * `server.handle(version, ...)` (a minimal Central System / CSMS that
 * accepts the station and keeps what it hears), the simulator of that
 * version connected to it over WebSocket, and its control API, which the
 * tests drive as the EV driver and the hardware.
 */
import { ControlServer } from '../../src/cli/control/server.js';
import type { StationSnapshot } from '../../src/cli/control/types.js';
import { CsmsServer } from '../../src/cli/lib.js';
import { StationConnection } from '../../src/cli/station/connection.js';
import type { SimulatorConfig, StationEvent } from '../../src/cli/station/simulator.js';
import type { Simulated, StationKind } from '../../src/cli/station/simulated.js';
import { until } from './octt.js';

export { until } from './octt.js';

export interface Reply {
  readonly status: number;
  readonly body: { readonly [key: string]: unknown };
}

/** A frame the CSMS saw: [2, id, action, payload] (CALL), [6, id, action, payload] (SEND), and the answers. */
export type Frame = readonly unknown[];

export class VersionBench<S extends Simulated> {
  /** Every frame the station sent, parsed, in order. */
  readonly fromStation: Frame[] = [];
  readonly events: StationEvent[] = [];

  private constructor(
    readonly server: CsmsServer,
    readonly connection: StationConnection<S>,
    private readonly control: ControlServer,
    private readonly controlUrl: string,
  ) {}

  /** `setup` registers the CSMS's handlers for the version before the station connects. */
  static async open<S extends Simulated>(kind: StationKind<S>, setup: (server: CsmsServer) => void, station: Partial<SimulatorConfig> = {}): Promise<VersionBench<S>> {
    let bench: VersionBench<S> | undefined;
    const server = new CsmsServer({});
    setup(server);
    const version = kind.version.version;
    server.on('connect', (identity) => {
      server.station(identity, version)?.observeFrames((way, text) => {
        if (way === 'in') bench?.fromStation.push(JSON.parse(text) as Frame);
      });
    });
    const address = await server.listen(0, '127.0.0.1');
    const connection = new StationConnection<S>({
      kind,
      url: `ws://127.0.0.1:${address.port}/ocpp`,
      identity: 'CS001',
      station: { evReadyDelayMs: 20, bootRetryMs: 200, retryBackOff: { waitMinimumS: 1, randomRangeS: 0, repeatTimes: 0 }, ...station },
      callTimeoutMs: 10_000,
      onFrame: () => undefined,
      onEvent: (_id, e) => bench?.events.push(e),
    });
    const control = new ControlServer({ list: () => [connection.station.controls], get: (id) => (id === 'CS001' ? connection.station.controls : undefined) });
    const controlAddress = await control.listen(0);
    bench = new VersionBench(server, connection, control, `http://127.0.0.1:${controlAddress.port}`);
    await connection.start();
    return bench;
  }

  get station(): S {
    return this.connection.station;
  }

  /** POST /stations/CS001/{action}. */
  async post(action: string, body?: unknown): Promise<Reply> {
    const res = await fetch(`${this.controlUrl}/stations/CS001/${action}`, { method: 'POST', ...(body !== undefined && { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as Reply['body'] };
  }

  /** A POST that must succeed. */
  async act(action: string, body?: unknown): Promise<Reply['body']> {
    const r = await this.post(action, body);
    if (r.status !== 200) throw new Error(`${action} ${JSON.stringify(body)} -> ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }

  async snapshot(): Promise<StationSnapshot> {
    const res = await fetch(`${this.controlUrl}/stations/CS001`);
    return (await res.json()) as StationSnapshot;
  }

  /** The CALL payloads of `action` the station sent, from log index `from` on. */
  calls(action: string, from = 0): { [key: string]: unknown }[] {
    return this.fromStation.slice(from).filter((f) => f[0] === 2 && f[2] === action).map((f) => f[3] as { [key: string]: unknown });
  }

  /** The SEND payloads of `action` (MessageTypeId 6). */
  sends(action: string, from = 0): { [key: string]: unknown }[] {
    return this.fromStation.slice(from).filter((f) => f[0] === 6 && f[2] === action).map((f) => f[3] as { [key: string]: unknown });
  }

  mark(): number {
    return this.fromStation.length;
  }

  /** Waits for a CALL of `action` after `from` that `match` accepts. */
  async next(action: string, from: number, match: (payload: { [key: string]: unknown }) => boolean = () => true, timeoutMs = 8000): Promise<{ [key: string]: unknown }> {
    let found: { [key: string]: unknown } | undefined;
    await until(() => (found = this.calls(action, from).find(match)) !== undefined, action, timeoutMs);
    return found!;
  }

  async close(): Promise<void> {
    await this.connection.close();
    await this.control.close();
    await this.server.close(1000);
  }
}
