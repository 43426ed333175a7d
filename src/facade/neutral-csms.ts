/**
 * The CSMS facade: one application over stations of every version. The
 * application registers one handler per neutral message (`onBoot`,
 * `onAuthorize`, `onTransaction`, ...) and sends neutral commands
 * (`remoteStart`, `reset`, `setVariables`, ...) to any station; the facade
 * converts to and from each station's version (ocpp-model/neutral) over a
 * `CsmsServer`, which stays reachable beneath (`server`, `station()`) for
 * what the neutral model does not carry.
 *
 * Transactions of every version become the same records, one
 * TransactionTracker per station; the CSMS numbers 1.6 transactions itself
 * (one allocator for every station, so 1.6 ids are unique CSMS-wide).
 */
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { CallOptions } from '../rpc/endpoint-options.js';
import type { AnyVersion } from '../schema/version.js';
import { CsmsServer, type CsmsServerOptions, type KnownVersion, type StationContext, type StationCsms } from '../transport/index.js';
import {
  sequentialIds,
  TransactionTracker,
  type CommandName,
  type Commands,
  type ConversionOptions,
  type Loss,
  type OcppVersion,
  type RemoteStart,
  type RemoteStartResult,
  type TransactionIdAllocator,
  type TransactionRecord,
} from '../neutral/index.js';
import { planCommand, runPlan } from './commands.js';
import { versionHandlers, type FacadeCore, type RawHandler } from './handlers.js';
import type { NeutralCsmsEvents, NeutralHandlers, StationRef } from './types.js';

/** Options of a NeutralCsms; all optional. */
export interface NeutralCsmsOptions<Vs extends AnyVersion = KnownVersion> {
  /**
   * The server to serve through, or the options of one to create (default:
   * a server offering every version). The facade registers its version
   * handlers on it; a handler the application registers on the server
   * afterwards, for one version and action, replaces the facade's.
   */
  readonly server?: CsmsServer<Vs> | CsmsServerOptions<Vs>;
  /** Where 1.6 transaction ids come from (default: counting from 1 in memory, shared by every station). */
  readonly transactionIds?: TransactionIdAllocator;
  /** Makes the tracker of a station (default: a TransactionTracker with `transactionIds`). */
  readonly tracker?: (identity: string) => TransactionTracker;
  /** Turns every loss of a conversion into an error (see ConversionOptions.strict). Default false: losses are reported as `loss` events. */
  readonly strictConversion?: boolean;
}

/** A transaction as the facade lists it: the station's identity and version, and the neutral record. */
export interface StationTransaction {
  /** The station's identity. */
  readonly identity: string;
  /** The version the station spoke when the facade last heard from it. */
  readonly version: OcppVersion | undefined;
  /** The transaction, the same shape for every version. */
  readonly record: TransactionRecord;
}

/** Options of one command. */
export interface CommandOptions extends CallOptions {
  /** Called for each field the station's version could not carry (beside the `loss` event). */
  readonly onLoss?: (loss: Loss) => void;
}

/** The result of a remote start, with the remote start id the station was sent. */
export interface RemoteStartOutcome extends RemoteStartResult {
  /** The id the transaction will carry as its remoteStartId. */
  readonly remoteStartId: number;
}

/** Thrown by a command for a station the server does not know (never connected, or forgotten). */
export class UnknownStationError extends Error {
  /** The identity asked for. */
  readonly identity: string;
  constructor(identity: string) {
    super(`station ${identity} is not known to this CSMS`);
    this.name = 'UnknownStationError';
    this.identity = identity;
  }
}

/** The CSMS facade: one set of handlers and commands for stations of every version. */
export class NeutralCsms<Vs extends AnyVersion = KnownVersion> extends EventEmitter<NeutralCsmsEvents> {
  /** The server beneath: its events, its version handlers, its stations' behaviours. */
  readonly server: CsmsServer<Vs>;

  readonly #handlers: Partial<NeutralHandlers> = {};
  readonly #trackers = new Map<string, TransactionTracker>();
  readonly #versions = new Map<string, OcppVersion>();
  readonly #makeTracker: (identity: string) => TransactionTracker;
  readonly #strict: boolean;
  readonly #ownServer: boolean;
  readonly #core: FacadeCore;
  #remoteStartId = 0;

  constructor(options: NeutralCsmsOptions<Vs> = {}) {
    super();
    const given = options.server;
    this.#ownServer = !(given instanceof CsmsServer);
    this.server = given instanceof CsmsServer ? given : new CsmsServer<Vs>(given ?? {});
    const allocator = options.transactionIds ?? sequentialIds();
    this.#makeTracker = options.tracker ?? (() => new TransactionTracker({ allocator }));
    this.#strict = options.strictConversion === true;
    const conversions = new Map<string, ConversionOptions>();
    this.#core = {
      handler: (name) => this.#handlers[name],
      tracker: (identity) => this.tracker(identity),
      conversion: (station) => {
        const key = `${station.version} ${station.identity}`;
        let c = conversions.get(key);
        if (c === undefined) {
          c = this.#conversion(station);
          conversions.set(key, c);
        }
        return c;
      },
      tracked: (context, tracked) => this.emit('transaction', context, tracked.event),
    };
    this.server.on('connect', (identity, info) => this.#versions.set(identity, info.version));
    for (const { version } of this.server.versions) {
      this.server.handlers(version as Vs['version'], this.handlersFor(version) as never);
    }
  }

  // ---- handlers -------------------------------------------------------------

  /** Answers BootNotification, every version. */
  onBoot(handler: NeutralHandlers['boot']): this {
    return this.#on('boot', handler);
  }
  /** Answers Heartbeat (default: the current time). */
  onHeartbeat(handler: NeutralHandlers['heartbeat']): this {
    return this.#on('heartbeat', handler);
  }
  /** Hears StatusNotification (a connector's status). */
  onStatus(handler: NeutralHandlers['status']): this {
    return this.#on('status', handler);
  }
  /** Answers Authorize. */
  onAuthorize(handler: NeutralHandlers['authorize']): this {
    return this.#on('authorize', handler);
  }
  /**
   * Answers every transaction message: 2.x TransactionEvent, 1.6
   * StartTransaction, StopTransaction and MeterValues naming a transaction,
   * each as a neutral event with the transaction's record. Default: the
   * event's idToken is answered by the authorize handler.
   */
  onTransaction(handler: NeutralHandlers['transaction']): this {
    return this.#on('transaction', handler);
  }
  /** Hears MeterValues outside transactions (1.6: without a transactionId). */
  onMeterValues(handler: NeutralHandlers['meterValues']): this {
    return this.#on('meterValues', handler);
  }
  /** Answers DataTransfer from stations (default: UnknownVendorId). */
  onDataTransfer(handler: NeutralHandlers['dataTransfer']): this {
    return this.#on('dataTransfer', handler);
  }
  /** Hears SecurityEventNotification. */
  onSecurityEvent(handler: NeutralHandlers['securityEvent']): this {
    return this.#on('securityEvent', handler);
  }
  /** Hears firmware update progress. */
  onFirmwareStatus(handler: NeutralHandlers['firmwareStatus']): this {
    return this.#on('firmwareStatus', handler);
  }
  /** Hears log (1.6: diagnostics) upload progress. */
  onLogStatus(handler: NeutralHandlers['logStatus']): this {
    return this.#on('logStatus', handler);
  }

  /**
   * The facade's handlers of one version, by action, for a `Csms` behaviour
   * of that version outside this server (the pure form: `new Csms(v201,
   * { handlers: facade.handlersFor('2.0.1'), context: { identity } })`).
   */
  handlersFor(version: OcppVersion): Record<string, (payload: never, context: StationContext) => unknown> {
    return versionHandlers(this.#core, version) as Record<string, RawHandler>;
  }

  // ---- commands -------------------------------------------------------------

  /**
   * Sends any neutral command to a station of any version and resolves
   * with its neutral result. Rejects with a ConversionError when the
   * station's version cannot say the command, an OcppError when the
   * station answers a CALLERROR, UnknownStationError for a station the
   * server does not know.
   */
  async command<K extends CommandName>(identity: string, name: K, command: Commands[K]['command'], options?: CommandOptions): Promise<Commands[K]['result']> {
    const role = this.#role(identity);
    const plan = planCommand(role.version, name, command, this.#conversion({ identity, version: role.version }, options?.onLoss));
    return runPlan(role, plan, options);
  }

  /**
   * Starts a transaction remotely (2.x RequestStartTransaction, 1.6
   * RemoteStartTransaction). Without a remoteStartId the facade gives one;
   * the transaction that follows carries it in its record, 1.6 included
   * (the tracker matches the StartTransaction to it).
   */
  async remoteStart(identity: string, command: RemoteStart, options?: CommandOptions): Promise<RemoteStartOutcome> {
    const role = this.#role(identity);
    const remoteStartId = command.remoteStartId ?? this.#nextRemoteStartId();
    const full: RemoteStart = { ...command, remoteStartId };
    const plan = planCommand(role.version, 'remoteStart', full, this.#conversion({ identity, version: role.version }, options?.onLoss));
    if (role.version !== '1.6') return { ...(await runPlan(role, plan, options)), remoteStartId };
    const tracker = this.tracker(identity);
    const idTag = (plan.calls[0]!.payload as { idTag: string }).idTag;
    tracker.expectRemoteStart({ remoteStartId, idTag, ...(command.evseId !== undefined && { evseId: command.evseId }) });
    try {
      const result = await runPlan(role, plan, options);
      if (result.status !== 'Accepted') tracker.cancelRemoteStart(remoteStartId);
      return { ...result, remoteStartId };
    } catch (err) {
      tracker.cancelRemoteStart(remoteStartId);
      throw err;
    }
  }
  /** Stops a transaction (2.x RequestStopTransaction, 1.6 RemoteStopTransaction). */
  remoteStop(identity: string, command: Commands['remoteStop']['command'], options?: CommandOptions): Promise<Commands['remoteStop']['result']> {
    return this.command(identity, 'remoteStop', command, options);
  }
  /** Resets the station (or an EVSE, 2.x). */
  reset(identity: string, command: Commands['reset']['command'], options?: CommandOptions): Promise<Commands['reset']['result']> {
    return this.command(identity, 'reset', command, options);
  }
  /** Unlocks a connector. */
  unlock(identity: string, command: Commands['unlock']['command'], options?: CommandOptions): Promise<Commands['unlock']['result']> {
    return this.command(identity, 'unlock', command, options);
  }
  /** Makes the station, an EVSE or a connector available or unavailable. */
  changeAvailability(identity: string, command: Commands['changeAvailability']['command'], options?: CommandOptions): Promise<Commands['changeAvailability']['result']> {
    return this.command(identity, 'changeAvailability', command, options);
  }
  /** Asks the station to send a message now (1.6: TriggerMessage or ExtendedTriggerMessage). */
  trigger(identity: string, command: Commands['trigger']['command'], options?: CommandOptions): Promise<Commands['trigger']['result']> {
    return this.command(identity, 'trigger', command, options);
  }
  /** Sends vendor-specific data to the station. */
  dataTransfer(identity: string, command: Commands['dataTransfer']['command'], options?: CommandOptions): Promise<Commands['dataTransfer']['result']> {
    return this.command(identity, 'dataTransfer', command, options);
  }
  /** Reads variables (1.6: configuration keys through GetConfiguration). */
  getVariables(identity: string, command: Commands['getVariables']['command'], options?: CommandOptions): Promise<Commands['getVariables']['result']> {
    return this.command(identity, 'getVariables', command, options);
  }
  /** Sets variables (1.6: one ChangeConfiguration per variable). */
  setVariables(identity: string, command: Commands['setVariables']['command'], options?: CommandOptions): Promise<Commands['setVariables']['result']> {
    return this.command(identity, 'setVariables', command, options);
  }
  /** Installs a charging profile. */
  setChargingProfile(identity: string, command: Commands['setChargingProfile']['command'], options?: CommandOptions): Promise<Commands['setChargingProfile']['result']> {
    return this.command(identity, 'setChargingProfile', command, options);
  }
  /** Clears charging profiles. */
  clearChargingProfile(identity: string, command: Commands['clearChargingProfile']['command'], options?: CommandOptions): Promise<Commands['clearChargingProfile']['result']> {
    return this.command(identity, 'clearChargingProfile', command, options);
  }
  /** Asks for the limits an EVSE will apply. */
  getCompositeSchedule(identity: string, command: Commands['getCompositeSchedule']['command'], options?: CommandOptions): Promise<Commands['getCompositeSchedule']['result']> {
    return this.command(identity, 'getCompositeSchedule', command, options);
  }

  // ---- stations and transactions -------------------------------------------

  /** The version behaviour serving a station, beneath the facade (see CsmsServer.station). */
  station(identity: string): StationCsms<Vs> | undefined {
    return this.server.station(identity);
  }

  /** The station's identity and version, while the server knows it. */
  stationRef(identity: string): StationRef | undefined {
    const version = this.server.versionOf(identity) as OcppVersion | undefined;
    return version === undefined ? undefined : { identity, version };
  }

  /** The transactions of a station, made when first needed. */
  tracker(identity: string): TransactionTracker {
    let t = this.#trackers.get(identity);
    if (t === undefined) {
      t = this.#makeTracker(identity);
      this.#trackers.set(identity, t);
    }
    return t;
  }

  /** Forgets a station's transactions (once they are stored elsewhere, or the station is gone for good). */
  forgetTransactions(identity: string): void {
    this.#trackers.delete(identity);
  }

  /** Every transaction the facade keeps (of one station, when given), the least recently changed first. */
  transactions(identity?: string): StationTransaction[] {
    const out: StationTransaction[] = [];
    for (const [id, tracker] of this.#trackers) {
      if (identity !== undefined && id !== identity) continue;
      const version = this.server.versionOf(id) ?? this.#versions.get(id);
      for (const record of tracker.records()) out.push({ identity: id, version: version as OcppVersion | undefined, record });
    }
    return out;
  }

  /** One transaction of a station. */
  transaction(identity: string, transactionId: string): TransactionRecord | undefined {
    return this.#trackers.get(identity)?.get(transactionId);
  }

  /** Listens on the server's own HTTP(S) server (see CsmsServer.listen). */
  listen(port?: number, host?: string): Promise<AddressInfo> {
    return this.server.listen(port, host);
  }

  /** Closes the server when the facade created it (a server given to it is the application's to close). */
  async close(timeoutMs?: number): Promise<void> {
    if (this.#ownServer) await this.server.close(timeoutMs);
  }

  // ---------------------------------------------------------------------------

  #on<K extends keyof NeutralHandlers>(name: K, handler: NeutralHandlers[K]): this {
    if (typeof handler !== 'function') throw new TypeError(`the ${name} handler must be a function`);
    this.#handlers[name] = handler as never;
    return this;
  }

  #role(identity: string): StationCsms<Vs> & { readonly version: OcppVersion } {
    const role = this.server.station(identity);
    if (role === undefined) throw new UnknownStationError(identity);
    return role as StationCsms<Vs> & { readonly version: OcppVersion };
  }

  #conversion(station: StationRef, extra?: (loss: Loss) => void): ConversionOptions {
    return {
      strict: this.#strict,
      onLoss: (loss) => {
        extra?.(loss);
        if (this.listenerCount('loss') > 0) this.emit('loss', station, loss);
      },
    };
  }

  #nextRemoteStartId(): number {
    this.#remoteStartId = this.#remoteStartId >= 2 ** 31 - 1 ? 1 : this.#remoteStartId + 1;
    return this.#remoteStartId;
  }
}

