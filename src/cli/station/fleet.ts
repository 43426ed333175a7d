/**
 * Simulated stations on real connections (connection.ts), started together
 * and stopped together. Used by `ocpp station` and `ocpp demo`.
 */
import type { ClientContext, ClientTlsOptions } from '../lib.js';
import type { FrameDirection } from '../log/jsonl.js';
import { StationConnection } from './connection.js';
import type { Simulated, StationKind } from './simulated.js';
import type { SimulatedStation, SimulatorConfig, StationEvent } from './simulator.js';
import type { TransactionMessageStore } from '../../durable/index.js';

export { connectProblem } from './connection.js';

export interface FleetOptions<S extends Simulated = SimulatedStation<ClientContext>> {
  /** The version every station of the fleet speaks. Default: OCPP 2.0.1. */
  readonly kind?: StationKind<S>;
  readonly url: string;
  readonly identities: readonly string[];
  readonly station: Omit<SimulatorConfig, 'identity'>;
  readonly password?: string | undefined;
  readonly tls?: ClientTlsOptions | undefined;
  readonly callTimeoutMs?: number;
  /** Each station's transaction-message store (`ocpp station --db`); default: in memory. */
  readonly transactionStore?: (identity: string) => TransactionMessageStore | undefined;
  /** Delay between starting two stations, ms. */
  readonly staggerMs?: number;
  readonly onFrame: (direction: FrameDirection, identity: string, text: string) => void;
  readonly onEvent: (identity: string, event: StationEvent) => void;
  /** Connection events, as a line for a person. */
  readonly onConnection?: (identity: string, text: string) => void;
}

/** One station of the fleet. */
export type Member<S extends Simulated = SimulatedStation<ClientContext>> = StationConnection<S>;

export class Fleet<S extends Simulated = SimulatedStation<ClientContext>> {
  readonly members: Member<S>[] = [];
  private closed = false;

  constructor(private readonly o: FleetOptions<S>) {
    for (const identity of o.identities) {
      this.members.push(
        new StationConnection<S>({
          ...(o.kind !== undefined && { kind: o.kind }),
          url: o.url,
          identity,
          station: { ...o.station, ...(o.transactionStore?.(identity) !== undefined && { transactionStore: o.transactionStore(identity)! }) },
          password: o.password,
          tls: o.tls,
          ...(o.callTimeoutMs !== undefined && { callTimeoutMs: o.callTimeoutMs }),
          onFrame: o.onFrame,
          onEvent: o.onEvent,
          onConnection: (id, text) => {
            if (!this.closed) o.onConnection?.(id, text);
          },
        }),
      );
    }
  }

  member(identity: string): Member<S> | undefined {
    return this.members.find((m) => m.identity === identity);
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
      attempts.push(m.start());
      if (stagger > 0) await new Promise((r) => setTimeout(r, stagger));
    }
    const results = await Promise.allSettled(attempts);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }

  async stop(): Promise<void> {
    this.closed = true;
    await Promise.all(this.members.map((m) => m.close()));
  }
}
