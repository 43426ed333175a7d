/**
 * A bench for the Part 6 charging-station cases: a real CSMS (the CLI's
 * CsmsState answering, any handler replaceable, connections refusable) on
 * a free port, one simulated station connected to it over WebSocket, and
 * the station's control API on another; the test plays the OCTT through the
 * CSMS and the driver, EV and hardware through the control API.
 */
import { ControlServer } from '../../src/cli/control/server.js';
import type { StationSnapshot } from '../../src/cli/control/types.js';
import { CsmsState, type CsmsConfig } from '../../src/cli/csms/state.js';
import { CsmsServer, type ActionHandler, type CsmsToStationAction, type IdTokenInfoType, type IdTokenType, type RequestOf, type ResponseOf, type StationContext, type StationToCsmsAction, type V201 } from '../../src/cli/lib.js';
import { entryFor, type FrameLogEntry } from '../../src/cli/log/jsonl.js';
import { StationConnection } from '../../src/cli/station/connection.js';
import type { SimulatorConfig, StationEvent } from '../../src/cli/station/simulator.js';


export interface BenchOptions {
  readonly station?: Partial<SimulatorConfig>;
  readonly csms?: CsmsConfig;
  /** false: the CSMS sends whatever the registration state (to see the station refuse). Default true. */
  readonly csmsRegistration?: boolean;
  /** The station's events (the simulator's, and its handlers' failures). */
  readonly onEvent?: (identity: string, event: StationEvent) => void;
}

/** The idToken the driver presents unless a case says otherwise. */
export const TOKEN = { idToken: 'DRIVER-1', type: 'ISO14443' } as const;

export interface Reply {
  readonly status: number;
  readonly body: { readonly [key: string]: unknown };
}

/** A station-to-CSMS CALL the CSMS received, with its position in the log. */
export interface Received {
  readonly index: number;
  readonly action: string;
  readonly payload: { readonly [key: string]: unknown };
}

export class Bench {
  /** Every frame both ways, as the CSMS saw it. */
  readonly frames: FrameLogEntry[] = [];
  /** What the CSMS says about an idToken (Authorize and TransactionEvent); one not here is Accepted. */
  readonly tokens = new Map<string, IdTokenInfoType>();
  /** The CSMS refuses new connections (HTTP 503) while true. */
  refusing = false;

  private constructor(
    readonly server: CsmsServer,
    readonly state: CsmsState,
    readonly connection: StationConnection,
    private readonly control: ControlServer,
    readonly controlUrl: string,
  ) {}

  static async open(o: BenchOptions = {}): Promise<Bench> {
    const state = new CsmsState({ heartbeatIntervalS: 300, ...o.csms });
    let bench: Bench | undefined;
    const server = new CsmsServer({
      authenticate: () => (bench?.refusing === true ? { status: 503, message: 'not now' } : true),
      ...(o.csmsRegistration === false && { csms: { registration: false } }),
    });
    server.handlers('2.0.1', state.handlers());
    const info = (idToken: IdTokenType): IdTokenInfoType => bench?.tokens.get(idToken.idToken) ?? { status: 'Accepted' };
    server.handle('2.0.1', 'Authorize', (request) => ({ idTokenInfo: info(request.idToken) }));
    server.handle('2.0.1', 'TransactionEvent', (request, ctx) => {
      state.transactionEvent(ctx.identity, request);
      return request.idToken !== undefined ? { idTokenInfo: info(request.idToken) } : {};
    });
    server.on('connect', (identity) => {
      state.connected(identity);
      server.station(identity, '2.0.1')?.observeFrames((way, text) => bench?.frames.push(entryFor(way === 'in' ? 'StationToCsms' : 'CsmsToStation', identity, text)));
    });
    server.on('disconnect', (identity) => state.disconnected(identity));
    const address = await server.listen(0, '127.0.0.1');
    const connection = new StationConnection({
      url: `ws://127.0.0.1:${address.port}/ocpp`,
      identity: 'CS001',
      station: { evReadyDelayMs: 20, bootRetryMs: 200, retryBackOff: { waitMinimumS: 1, randomRangeS: 0, repeatTimes: 0 }, ...o.station },
      callTimeoutMs: 10_000,
      onFrame: () => undefined,
      onEvent: o.onEvent ?? (() => undefined),
    });
    const control = new ControlServer({ list: () => [connection.station.controls], get: (id) => (id === 'CS001' ? connection.station.controls : undefined) });
    const controlAddress = await control.listen(0);
    bench = new Bench(server, state, connection, control, `http://127.0.0.1:${controlAddress.port}`);
    await connection.start();
    return bench;
  }

  get station(): StationConnection['station'] {
    return this.connection.station;
  }

  /** POST /stations/CS001/{action}. */
  async post(action: string, body?: unknown): Promise<Reply> {
    const res = await fetch(`${this.controlUrl}/stations/CS001/${action}`, { method: 'POST', ...(body !== undefined && { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as Reply['body'] };
  }

  /** POST that must succeed. */
  async act(action: string, body?: unknown): Promise<Reply['body']> {
    const r = await this.post(action, body);
    if (r.status !== 200) throw new Error(`${action} ${JSON.stringify(body)} -> ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  }

  async snapshot(): Promise<StationSnapshot> {
    const res = await fetch(`${this.controlUrl}/stations/CS001`);
    return (await res.json()) as StationSnapshot;
  }

  /** The CSMS calls the station. */
  call<A extends CsmsToStationAction>(action: A, payload: RequestOf<V201, A>): Promise<ResponseOf<V201, A>> {
    const csms = this.server.station('CS001', '2.0.1');
    if (csms === undefined) throw new Error('the station is not connected');
    return csms.call(action, payload);
  }

  /** The CSMS answers an action its own way from now on. */
  answer<A extends StationToCsmsAction>(action: A, handler: ActionHandler<V201, A, StationContext>): void {
    this.server.handle('2.0.1', action, handler);
  }

  /** Sets device model variables the way the OCTT prepares a case (SetVariables), each must be Accepted. */
  async configure(values: { readonly [componentDotVariable: string]: string }): Promise<void> {
    const setVariableData = Object.entries(values).map(([key, attributeValue]) => {
      const [component, variable] = key.split('.') as [string, string];
      const m = /^(\w+)\[(\w+)\]$/.exec(variable);
      return { component: { name: component }, variable: m !== null ? { name: m[1]!, instance: m[2]! } : { name: variable }, attributeValue };
    });
    const r = await this.call('SetVariables', { setVariableData });
    const refused = r.setVariableResult.filter((x) => x.attributeStatus !== 'Accepted');
    if (refused.length > 0) throw new Error(`configure: ${JSON.stringify(refused)}`);
  }

  /** The CALLs the station sent, in order, from `from` (a log index) on. */
  received(action?: string, from = 0): Received[] {
    const out: Received[] = [];
    this.frames.forEach((f, index) => {
      if (index < from || f.direction !== 'StationToCsms' || !Array.isArray(f.frame) || f.frame[0] !== 2) return;
      const name = f.frame[2] as string;
      if (action === undefined || name === action) out.push({ index, action: name, payload: f.frame[3] as Received['payload'] });
    });
    return out;
  }

  /** TransactionEvents from `from` on, as `eventType/triggerReason/chargingState`. */
  events(from = 0): string[] {
    return this.received('TransactionEvent', from).map((r) => {
      const p = r.payload as { eventType: string; triggerReason: string; transactionInfo: { chargingState?: string } };
      return `${p.eventType}/${p.triggerReason}/${p.transactionInfo.chargingState ?? '-'}`;
    });
  }

  /** The log's length now, to look at what comes after. */
  mark(): number {
    return this.frames.length;
  }

  /** Waits for a CALL of `action` after `from` that `match` accepts. */
  async next(action: string, from: number, match: (payload: Received['payload']) => boolean = () => true, what = action, timeoutMs = 8000): Promise<Received> {
    let found: Received | undefined;
    await until(() => (found = this.received(action, from).find((r) => match(r.payload))) !== undefined, what, timeoutMs);
    return found!;
  }

  /** Waits until the CSMS has accepted the station and heard of every connector (reusable state Booted). */
  async ready(connectors = 1): Promise<void> {
    await until(
      () => this.state.station('CS001').registration === 'Accepted' && this.state.station('CS001').connectors.size >= connectors && this.received('SecurityEventNotification').length > 0,
      'the station booted',
    );
  }

  /** Memory state IdTokenCached: the station has asked the CSMS about the idToken, which answered `info`. */
  async cache(token: { idToken: string; type: string }, info: IdTokenInfoType = { status: 'Accepted' }, evseId = 1): Promise<void> {
    this.tokens.set(token.idToken, info);
    const from = this.mark();
    const first = await this.act('present', { ...token, evseId });
    if (first['result'] === 'authorized') await this.act('present', { ...token, evseId });
    await this.next('Authorize', from, (p) => (p['idToken'] as { idToken: string }).idToken === token.idToken);
    await this.station.settled();
  }

  /** Reusable state EnergyTransferStarted: cable, idToken at the EVSE, the EV charging. Returns the transactionId. */
  async charging(evseId = 1, token: { idToken: string; type: string } = TOKEN): Promise<string> {
    const from = this.mark();
    await this.act('plug', { evseId, connectorId: 1 });
    await this.act('present', { ...token, evseId });
    const started = await this.next('TransactionEvent', from, (p) => (p['evse'] as { id: number }).id === evseId && (p['transactionInfo'] as { chargingState?: string }).chargingState === 'Charging', `EVSE ${evseId} charging`);
    return (started.payload['transactionInfo'] as { transactionId: string }).transactionId;
  }

  /** The CSMS closes the station's connection (the station reconnects unless refused). */
  async closeFromCsms(): Promise<void> {
    await this.server.disconnect('CS001');
  }

  async close(): Promise<void> {
    await this.connection.close();
    await this.control.close();
    await this.server.close(1000);
  }
}

/** Resolves once `condition` holds (checked every few ms); rejects after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Nothing of `action` arrives within `ms` after `from` (for "SHALL NOT send" steps). */
export async function quiet(bench: Bench, action: string, from: number, ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
  const got = bench.received(action, from);
  if (got.length > 0) throw new Error(`expected no ${action}, got ${JSON.stringify(got.map((g) => g.payload))}`);
}
