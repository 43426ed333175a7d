/**
 * One simulated station on a real connection, in any version: a library
 * ChargingStationClient of the station's version (reconnect back-off,
 * offline queue) under the version's simulator (a StationKind builds it;
 * 2.0.1 unless told), every frame tapped, and the network controls. The
 * disconnect control closes the client and keeps the station offline; the
 * reconnect control and a reboot open a new client, which the station is
 * bound to (with the registration it had, so a reconnect does not boot
 * again, while a reboot does).
 */
import { CliError } from '../args.js';
import { describeHandlerError } from '../handler-error.js';
import { ChargingStationClient, HandshakeError, type ClientTlsOptions, type KnownVersion } from '../lib.js';
import type { FrameDirection } from '../log/jsonl.js';
import type { Network } from './controls.js';
import type { Simulated, StationKind } from './simulated.js';
import { DEFAULT_BACK_OFF, type SimulatedStation, type SimulatorConfig, type StationEvent } from './simulator.js';
import { kind201 } from './kinds.js';

export interface ConnectionOptions<S extends Simulated = SimulatedStation<ClientContext>> {
  /** The version's simulator. Default: OCPP 2.0.1. */
  readonly kind?: StationKind<S>;
  readonly url: string;
  readonly identity: string;
  readonly station: Omit<SimulatorConfig, 'identity'>;
  readonly password?: string | undefined;
  readonly tls?: ClientTlsOptions | undefined;
  readonly callTimeoutMs?: number;
  readonly onFrame: (direction: FrameDirection, identity: string, text: string) => void;
  readonly onEvent: (identity: string, event: StationEvent) => void;
  /** Connection events, as a line for a person. */
  readonly onConnection?: (identity: string, text: string) => void;
}

export type ClientContext = { readonly identity: string };

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

export class StationConnection<S extends Simulated = SimulatedStation<ClientContext>> implements Network {
  readonly identity: string;
  readonly station: S;
  private readonly kind: StationKind<S>;
  private current: ChargingStationClient<KnownVersion>;
  private dropped = false;
  private closed = false;
  /** Clients made after the first (each first connection of theirs is a reconnection). */
  private replaced = 0;

  constructor(private readonly o: ConnectionOptions<S>) {
    this.identity = o.identity;
    this.kind = o.kind ?? (kind201 as unknown as StationKind<S>);
    this.current = this.createClient();
    this.station = this.kind.create({ ...o.station, identity: o.identity }, this.current.station);
    this.station.on('event', (e) => o.onEvent(o.identity, e));
    this.station.network = this;
    this.station.hooks = { restart: () => this.restart() };
    this.wire(this.current);
  }

  get client(): ChargingStationClient<KnownVersion> {
    return this.current;
  }

  get state(): Network['state'] {
    if (this.closed) return 'closed';
    if (this.dropped) return 'dropped';
    return this.current.state === 'open' ? 'connected' : 'connecting';
  }

  /** The first connection: it must succeed (a CliError with one clear line otherwise). */
  async start(): Promise<void> {
    try {
      // The socket only: the simulator boots from its own device model.
      await this.current.open({ retry: false });
    } catch (err) {
      throw new CliError(connectProblem(this.o.url, this.identity, err));
    }
  }

  async drop(): Promise<void> {
    this.dropped = true;
    await this.replace();
    this.o.onConnection?.(this.identity, `${this.identity} connection dropped`);
  }

  async restore(): Promise<void> {
    this.dropped = false;
    this.connect();
  }

  /** A reboot: the connection closes and a new one opens (unless dropped: then it waits for reconnect). */
  async restart(): Promise<void> {
    await this.replace();
    if (!this.dropped) this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.station.shutdown();
    await this.current.close();
  }

  /** Closes the current client and prepares a new one with the station's registration. */
  private async replace(): Promise<void> {
    const old = this.current;
    this.station.offline();
    this.current = this.createClient();
    this.replaced++;
    this.kind.bind(this.station, this.current.station);
    this.wire(this.current);
    await old.close();
  }

  private connect(): void {
    if (this.closed) return;
    this.current.open().catch((err: unknown) => {
      if (!this.closed) this.o.onConnection?.(this.identity, `${this.identity} gave up: ${err instanceof Error ? err.message : String(err)}`);
    });
  }

  private createClient(): ChargingStationClient<KnownVersion> {
    const o = this.o;
    // The station's own values once it exists (a CSMS may have set them), the configured ones before.
    const station = this.station as S | undefined;
    const registration = station === undefined ? 'Unknown' : station.registrationStatus;
    const b = station?.backOff() ?? o.station.retryBackOff ?? DEFAULT_BACK_OFF;
    // The station speaks seconds, the client ms.
    const backoff = { waitMinimumMs: b.waitMinimumS * 1000, randomRangeMs: b.randomRangeS * 1000, repeatTimes: b.repeatTimes };
    try {
      return new ChargingStationClient<KnownVersion>({
        version: (o.kind ?? kind201).version,
        url: o.url,
        identity: o.identity,
        ...(o.password !== undefined && { password: o.password }),
        ...(o.tls !== undefined && { tls: o.tls }),
        backoff,
        // The simulator boots and heartbeats from its own device model.
        heartbeat: false,
        station: { callTimeoutMs: o.callTimeoutMs ?? 30_000, registration: { initialStatus: registration } },
      });
    } catch (err) {
      throw new CliError(err instanceof Error ? err.message : String(err));
    }
  }

  private wire(client: ChargingStationClient<KnownVersion>): void {
    const { o, identity } = this;
    client.station.observeFrames((way, text) => o.onFrame(way === 'out' ? 'StationToCsms' : 'CsmsToStation', identity, text));
    client.on('connect', (info) => {
      if (client !== this.current) return;
      if (info.reconnect || this.replaced > 0) o.onConnection?.(identity, `${identity} reconnected`);
      this.station.online();
    });
    client.on('disconnect', (code, reason) => {
      if (client !== this.current) return;
      this.station.offline();
      if (!this.closed) o.onConnection?.(identity, `${identity} disconnected (${code}${reason !== '' ? ` ${reason}` : ''})`);
    });
    client.on('reconnecting', (info) => {
      if (client !== this.current || this.closed) return;
      o.onConnection?.(identity, `${identity} reconnecting in ${(info.delayMs / 1000).toFixed(1)} s${info.error !== undefined ? ` (${info.error.message})` : ''}`);
    });
    client.on('refused', (err) => o.onConnection?.(identity, `${identity} gave up: ${err.message}`));
    client.on('handlerError', (event) => {
      if (client === this.current) o.onEvent(identity, { type: 'error', message: describeHandlerError(event) });
    });
  }
}
