/**
 * One simulated charging station on top of a `ChargingStation` behaviour:
 * it boots (and retries as the CSMS says, B01-B03), heartbeats, reports
 * connector status (G01), runs transactions with their TransactionEvents
 * (E01-E07), meter values (J02, J01 clock-aligned), authorization with a
 * cache and a local list (C01, C10, D01), and carries out what the CSMS asks
 * (see handlers.ts). The driver's and the EV's part is played through
 * plugIn / presentIdToken / unplug (session.ts scripts them).
 */
import { EventEmitter } from 'node:events';
import { OcppError } from '../lib.js';
import type {
  AuthorizationData,
  BootReasonEnumType,
  ChargingStation,
  ConnectorEnumType,
  ConnectorStatusEnumType,
  IdTokenInfoType,
  IdTokenType,
  ReadingContextEnumType,
  RequestMap,
  ResponseMap,
  StationToCsmsAction,
  TransactionEventRequest,
} from '../lib.js';
import { DeviceModel } from './device-model.js';
import { stationHandlers } from './handlers.js';
import { Equipment, Evse, type Connector } from './evse.js';
import { randomEv, seededRandom } from './meter.js';
import { standardDeviceModel } from './standard-model.js';
import { txPoints, type TxContext, type TxInput } from './transaction.js';

export interface SimulatorConfig {
  readonly identity: string;
  /** Default 1. */
  readonly evses?: number;
  /** Connectors per EVSE. Default 1. */
  readonly connectors?: number;
  /** Default cType2. */
  readonly connectorType?: ConnectorEnumType;
  /** Per EVSE, W. Default 22000. */
  readonly maxPowerW?: number;
  readonly vendorName?: string;
  readonly model?: string;
  readonly serialNumber?: string;
  readonly firmwareVersion?: string;
  /** Heartbeat interval before the CSMS gives one, s. Default 300. */
  readonly heartbeatIntervalS?: number;
  /** SampledDataCtrlr.TxUpdatedInterval, s. Default 60. */
  readonly meterIntervalS?: number;
  /** AlignedDataCtrlr.Interval, s. Default 0 (off). */
  readonly alignedIntervalS?: number;
  /** TxCtrlr.EVConnectionTimeOut, s. Default 60. */
  readonly evConnectionTimeoutS?: number;
  /** Reported in SecurityCtrlr.SecurityProfile. Default 0. */
  readonly securityProfile?: number;
  readonly basicAuthPassword?: string;
  /** Delay between the power path closing and the EV drawing energy, ms. Default 500. */
  readonly evReadyDelayMs?: number;
  /** Wait before retrying a boot that failed to get an answer, ms. Default 5000. */
  readonly bootRetryMs?: number;
  /** Seed of the station's randomness (meters, EVs). Default: from the identity. */
  readonly seed?: number;
}

/** What the station did, for a timeline. */
export type StationEvent =
  | { readonly type: 'booted'; readonly status: string; readonly interval: number }
  | { readonly type: 'status'; readonly evseId: number; readonly connectorId: number; readonly status: ConnectorStatusEnumType }
  | { readonly type: 'authorized'; readonly evseId: number; readonly idToken: string; readonly status: string }
  | { readonly type: 'transactionStarted'; readonly evseId: number; readonly transactionId: string; readonly triggerReason: string }
  | { readonly type: 'charging'; readonly evseId: number; readonly transactionId: string | undefined; readonly powerW: number }
  | { readonly type: 'transactionEnded'; readonly evseId: number; readonly transactionId: string; readonly energyWh: number; readonly stoppedReason: string }
  | { readonly type: 'reset'; readonly resetType: string }
  | { readonly type: 'error'; readonly message: string };

export interface StationHooks {
  /** Closes the connection and opens it again (a reboot); the station boots once it is back. */
  readonly restart?: () => Promise<void>;
}

/** A hash of the identity, so each station has its own meters and EVs, the same every run. */
function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export class SimulatedStation<C extends object = object> extends EventEmitter<{ event: [StationEvent] }> {
  readonly identity: string;
  readonly model: DeviceModel;
  readonly equipment: Equipment;
  readonly random: () => number;
  hooks: StationHooks = {};

  private readonly config: SimulatorConfig;
  private stopped = false;
  private booting: Promise<void> | undefined;
  private bootReason: BootReasonEnumType = 'PowerUp';
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private alignedTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly meterTimers = new Map<number, ReturnType<typeof setInterval>>();
  private readonly evReadyTimers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly connectTimers = new Map<number, ReturnType<typeof setTimeout>>();
  private readonly reported = new Map<string, ConnectorStatusEnumType>();
  private readonly startedWh = new Map<string, number>();
  private readonly pending = new Set<Promise<unknown>>();
  private resetWhenIdle = false;
  private connected = false;

  /** Authorization cache (C10) and local authorization list (D01). */
  readonly authCache = new Map<string, IdTokenInfoType>();
  readonly localList = new Map<string, IdTokenInfoType>();
  localListVersion = 0;

  constructor(
    config: SimulatorConfig,
    readonly role: ChargingStation<C>,
  ) {
    super();
    this.config = config;
    this.identity = config.identity;
    this.random = seededRandom(config.seed ?? seedOf(config.identity));
    const maxPowerW = config.maxPowerW ?? 22_000;
    const evses: Evse[] = [];
    for (let e = 1; e <= (config.evses ?? 1); e++) {
      const connectors: Connector[] = [];
      for (let c = 1; c <= (config.connectors ?? 1); c++) connectors.push({ id: c, type: config.connectorType ?? 'cType2', operative: true, faulted: false });
      evses.push(new Evse(e, connectors, maxPowerW, this.random));
    }
    this.equipment = new Equipment(evses);
    const serial = (config.serialNumber ?? `SN-${seedOf(config.identity).toString(16).toUpperCase()}`).slice(0, 25);
    this.model = standardDeviceModel({
      identity: config.identity,
      vendorName: config.vendorName ?? 'ocpp-model',
      model: config.model ?? 'Simulator',
      serialNumber: serial,
      firmwareVersion: config.firmwareVersion ?? '1.0.0',
      evses: evses.map((e) => ({ id: e.id, connectors: e.connectors.map((c) => ({ id: c.id, type: c.type })), maxPowerW: e.maxPowerW })),
      heartbeatIntervalS: config.heartbeatIntervalS ?? 300,
      meterIntervalS: config.meterIntervalS ?? 60,
      alignedIntervalS: config.alignedIntervalS ?? 0,
      evConnectionTimeoutS: config.evConnectionTimeoutS ?? 60,
      securityProfile: config.securityProfile ?? 0,
      ...(config.basicAuthPassword !== undefined && { basicAuthPassword: config.basicAuthPassword }),
      live: { evsePowerW: (id) => this.equipment.evse(id)?.meter.powerW ?? 0 },
    });
    this.model.onChange((component, variable) => this.configChanged(component.name, variable.name));
    role.handlers(stationHandlers(this));
  }

  // -------------------------------------------------------------------------
  // Lifecycle

  get registrationStatus(): string {
    return this.role.registrationStatus ?? 'Accepted';
  }

  get accepted(): boolean {
    return this.registrationStatus === 'Accepted';
  }

  get isConnected(): boolean {
    return this.connected;
  }

  /** The connection is up: boot if not yet accepted. */
  online(): void {
    this.connected = true;
    if (this.stopped) return;
    if (!this.accepted) void this.boot();
    else this.track(this.reportStatuses());
  }

  offline(): void {
    this.connected = false;
  }

  /** Boots until Accepted (B01), retrying after the interval a Pending or Rejected answer gives (B02, B03). */
  boot(reason?: BootReasonEnumType): Promise<void> {
    if (reason !== undefined) this.bootReason = reason;
    if (this.booting !== undefined) return this.booting;
    const run = async (): Promise<void> => {
      while (!this.stopped && !this.accepted) {
        let waitMs = this.config.bootRetryMs ?? 5000;
        try {
          const response = await this.role.call('BootNotification', {
            chargingStation: {
              model: this.model.value('ChargingStation', 'Model') ?? 'Simulator',
              vendorName: this.model.value('ChargingStation', 'VendorName') ?? 'ocpp-model',
              serialNumber: this.model.value('ChargingStation', 'SerialNumber') ?? '',
              firmwareVersion: this.model.value('ChargingStation', 'FirmwareVersion') ?? '1.0.0',
            },
            reason: this.bootReason,
          });
          this.emitEvent({ type: 'booted', status: response.status, interval: response.interval });
          if (response.status === 'Accepted') {
            // B01.FR.05: the interval is the heartbeat interval.
            if (response.interval > 0) this.model.update('OCPPCommCtrlr', 'HeartbeatInterval', String(response.interval));
            this.afterAccepted();
            break;
          }
          // B02.FR.01 / B03.FR.01: retry after the interval (or our own if it is 0).
          if (response.interval > 0) waitMs = response.interval * 1000;
        } catch (err) {
          if (this.stopped) break;
          this.emitEvent({ type: 'error', message: `BootNotification: ${messageOf(err)}` });
        }
        await this.sleep(waitMs);
      }
    };
    this.booting = run().finally(() => {
      this.booting = undefined;
    });
    return this.booting;
  }

  private afterAccepted(): void {
    this.bootReason = 'PowerUp';
    this.startHeartbeat();
    this.startAligned();
    this.reported.clear();
    this.track(this.reportStatuses());
    this.track(this.send('SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: new Date().toISOString(), techInfo: 'simulated station started' }));
  }

  /** Stops every timer; the station does nothing more. */
  shutdown(): void {
    this.stopped = true;
    this.clearTimers();
    for (const t of this.connectTimers.values()) clearTimeout(t);
    this.connectTimers.clear();
    this.wakeSleepers();
  }

  /** Resolves when every message the station has started sending is answered (or failed). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private clearTimers(): void {
    if (this.heartbeatTimer !== undefined) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
    if (this.alignedTimer !== undefined) clearTimeout(this.alignedTimer);
    this.alignedTimer = undefined;
    for (const t of this.meterTimers.values()) clearInterval(t);
    this.meterTimers.clear();
    for (const t of this.evReadyTimers.values()) clearTimeout(t);
    this.evReadyTimers.clear();
  }

  private startHeartbeat(): void {
    if (this.heartbeatTimer !== undefined) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
    const s = this.model.integer('OCPPCommCtrlr', 'HeartbeatInterval', 300);
    if (s <= 0 || this.stopped) return;
    this.heartbeatTimer = setInterval(() => {
      if (this.connected) this.track(this.send('Heartbeat', {}));
    }, s * 1000);
  }

  /** Clock-aligned MeterValues (J01) every AlignedDataCtrlr.Interval, on the clock's whole multiples. */
  private startAligned(): void {
    if (this.alignedTimer !== undefined) clearTimeout(this.alignedTimer);
    this.alignedTimer = undefined;
    const s = this.model.integer('AlignedDataCtrlr', 'Interval', 0);
    if (s <= 0 || this.stopped || !this.model.boolean('AlignedDataCtrlr', 'Enabled', false)) return;
    const ms = s * 1000;
    const next = ms - (Date.now() % ms);
    this.alignedTimer = setTimeout(() => {
      this.alignedTimer = undefined;
      if (this.connected && this.accepted) {
        const duringIdleOnly = this.model.boolean('AlignedDataCtrlr', 'SendDuringIdle', false);
        for (const evse of this.equipment.evses) {
          if (duringIdleOnly && evse.session.active) continue;
          this.track(this.sendMeterValues(evse, 'Sample.Clock', this.model.list('AlignedDataCtrlr', 'Measurands')));
        }
      }
      this.startAligned();
    }, next);
  }

  private configChanged(component: string, variable: string): void {
    if (component === 'OCPPCommCtrlr' && variable === 'HeartbeatInterval' && this.accepted) this.startHeartbeat();
    if (component === 'AlignedDataCtrlr' && (variable === 'Interval' || variable === 'Enabled') && this.accepted) this.startAligned();
    if (component === 'SampledDataCtrlr' && variable === 'TxUpdatedInterval') {
      for (const evse of this.equipment.evses) if (evse.session.active) this.startMeter(evse);
    }
  }

  // -------------------------------------------------------------------------
  // Sending

  /** Sends a CALL; failures become 'error' events and undefined. */
  async send<A extends StationToCsmsAction>(action: A, payload: RequestMap[A]): Promise<ResponseMap[A] | undefined> {
    try {
      return await this.role.call(action, payload);
    } catch (err) {
      if (this.stopped) return undefined;
      this.emitEvent({ type: 'error', message: `${action}: ${messageOf(err)}` });
      // B02.FR.09: a CSMS that no longer knows this station (it restarted) refuses with
      // SecurityError: register again. The station itself did not reboot, so the reason is Unknown.
      if (err instanceof OcppError && err.code === 'SecurityError' && this.accepted && action !== 'BootNotification') {
        this.role.registration?.setStatus('Unknown');
        void this.boot('Unknown');
      }
      return undefined;
    }
  }

  /** Keeps a promise in the set `settled()` waits for. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** Runs `task` after the current handler's answer has gone out. */
  later(task: () => Promise<unknown> | void): void {
    const p = new Promise<void>((resolve) => {
      setImmediate(() => {
        if (this.stopped) {
          resolve();
          return;
        }
        Promise.resolve()
          .then(task)
          .catch((err: unknown) => this.emitEvent({ type: 'error', message: messageOf(err) }))
          .finally(resolve);
      });
    });
    this.track(p);
  }

  /** StatusNotification for every connector whose status changed since it was last reported (G01). */
  async reportStatuses(force = false): Promise<void> {
    this.model.update('ChargingStation', 'AvailabilityState', this.equipment.stationState());
    const sends: Promise<unknown>[] = [];
    for (const evse of this.equipment.evses) {
      this.model.update({ name: 'EVSE', evse: { id: evse.id } }, 'AvailabilityState', this.equipment.evseState(evse));
      for (const c of evse.connectors) {
        const status = this.equipment.connectorStatus(evse, c);
        this.model.update({ name: 'Connector', evse: { id: evse.id, connectorId: c.id } }, 'AvailabilityState', status);
        const key = `${evse.id}/${c.id}`;
        if (!force && this.reported.get(key) === status) continue;
        if (!this.accepted) continue;
        this.reported.set(key, status);
        this.emitEvent({ type: 'status', evseId: evse.id, connectorId: c.id, status });
        sends.push(this.send('StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: status, evseId: evse.id, connectorId: c.id }));
      }
    }
    await Promise.all(sends);
  }

  /** StatusNotification for the connectors asked for, whether or not they changed (TriggerMessage). */
  async sendStatus(evse: Evse, connectorId?: number): Promise<void> {
    const sends = evse.connectors
      .filter((c) => connectorId === undefined || c.id === connectorId)
      .map((c) => this.send('StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: this.equipment.connectorStatus(evse, c), evseId: evse.id, connectorId: c.id }));
    await Promise.all(sends);
  }

  async sendMeterValues(evse: Evse, context: ReadingContextEnumType, measurands?: readonly string[]): Promise<void> {
    const list = measurands ?? this.model.list('AlignedDataCtrlr', 'Measurands');
    await this.send('MeterValues', { evseId: evse.id, meterValue: [evse.meter.sample(list, context)] });
  }

  // -------------------------------------------------------------------------
  // Transactions

  private txContext(evse: Evse): TxContext {
    return {
      evseId: evse.id,
      startPoints: txPoints(this.model.list('TxCtrlr', 'TxStartPoint')),
      stopPoints: txPoints(this.model.list('TxCtrlr', 'TxStopPoint')),
      measurands: {
        started: this.model.list('SampledDataCtrlr', 'TxStartedMeasurands'),
        updated: this.model.list('SampledDataCtrlr', 'TxUpdatedMeasurands'),
        ended: this.model.list('SampledDataCtrlr', 'TxEndedMeasurands'),
      },
      sample: (measurands, context) => evse.meter.sample(measurands, context),
      offline: !this.connected,
    };
  }

  /** Applies one input to an EVSE and sends what it causes: status first, then the TransactionEvents. */
  async input(evse: Evse, input: TxInput): Promise<void> {
    const wasCharging = evse.session.charging;
    const requests = evse.session.apply(input, this.txContext(evse));
    if (evse.session.charging !== wasCharging) evse.meter.setCharging(evse.session.charging);
    if (input.type === 'reset') evse.meter.setCharging(false);
    const sends: Promise<unknown>[] = [this.reportStatuses()];
    let ended = false;
    for (const request of requests) {
      if (request.eventType === 'Started') {
        this.startedWh.set(request.transactionInfo.transactionId, evse.meter.energyWh);
        this.emitEvent({ type: 'transactionStarted', evseId: evse.id, transactionId: request.transactionInfo.transactionId, triggerReason: request.triggerReason });
        this.startMeter(evse);
      }
      if (request.eventType === 'Ended') {
        const id = request.transactionInfo.transactionId;
        const energyWh = evse.meter.energyWh - (this.startedWh.get(id) ?? evse.meter.energyWh);
        this.startedWh.delete(id);
        this.stopMeter(evse);
        ended = true;
        this.emitEvent({ type: 'transactionEnded', evseId: evse.id, transactionId: id, energyWh, stoppedReason: request.transactionInfo.stoppedReason ?? 'Local' });
      }
      if (request.triggerReason === 'ChargingStateChanged' && request.transactionInfo.chargingState === 'Charging') {
        this.emitEvent({ type: 'charging', evseId: evse.id, transactionId: request.transactionInfo.transactionId, powerW: evse.meter.powerW });
      }
      sends.push(this.sendTransactionEvent(evse, request));
    }
    this.arm(evse);
    if (ended) {
      // Availability changes waiting for this transaction (G03.FR.05), then a reset waiting for idle (B12.FR.03).
      if (this.equipment.applyScheduled()) sends.push(this.reportStatuses());
      if (this.resetWhenIdle && this.equipment.evses.every((e) => !e.session.active)) {
        this.resetWhenIdle = false;
        this.later(() => this.reboot());
      }
    }
    await Promise.all(sends);
  }

  private async sendTransactionEvent(evse: Evse, request: TransactionEventRequest): Promise<void> {
    const response = await this.send('TransactionEvent', request);
    const info = response?.idTokenInfo;
    if (info === undefined || request.idToken === undefined) return;
    if (this.model.boolean('AuthCacheCtrlr', 'Enabled', true)) this.authCache.set(tokenKey(request.idToken), info);
    // C15 / E05: an idToken the CSMS does not accept stops the transaction (StopTxOnInvalidId).
    if (info.status !== 'Accepted' && evse.session.transactionId === request.transactionInfo.transactionId && this.model.boolean('TxCtrlr', 'StopTxOnInvalidId', true)) {
      await this.input(evse, { type: 'deauthorize' });
    }
  }

  /** Starts the EV (after a short delay) once the power path is closed, and the EVConnectionTimeOut while waiting for the cable. */
  private arm(evse: Evse): void {
    const s = evse.session;
    const ready = s.connectorId !== undefined && s.authorization !== undefined && !s.charging && evse.operative && this.equipment.operative;
    const waiting = this.evReadyTimers.get(evse.id);
    if (ready && waiting === undefined && !this.stopped) {
      this.evReadyTimers.set(
        evse.id,
        setTimeout(() => {
          this.evReadyTimers.delete(evse.id);
          this.track(this.input(evse, { type: 'energy', on: true }));
        }, this.config.evReadyDelayMs ?? 500),
      );
    } else if (!ready && waiting !== undefined) {
      clearTimeout(waiting);
      this.evReadyTimers.delete(evse.id);
    }
    const needsCable = s.authorization !== undefined && s.connectorId === undefined;
    const timer = this.connectTimers.get(evse.id);
    if (needsCable && timer === undefined && !this.stopped) {
      const seconds = this.model.integer('TxCtrlr', 'EVConnectionTimeOut', 60);
      this.connectTimers.set(
        evse.id,
        setTimeout(() => {
          this.connectTimers.delete(evse.id);
          this.track(this.input(evse, { type: 'timeout' }));
        }, seconds * 1000),
      );
    } else if (!needsCable && timer !== undefined) {
      clearTimeout(timer);
      this.connectTimers.delete(evse.id);
    }
  }

  private startMeter(evse: Evse): void {
    this.stopMeter(evse);
    const s = this.model.integer('SampledDataCtrlr', 'TxUpdatedInterval', 0);
    if (s <= 0 || this.stopped) return;
    this.meterTimers.set(
      evse.id,
      setInterval(() => this.track(this.input(evse, { type: 'periodic' })), s * 1000),
    );
  }

  private stopMeter(evse: Evse): void {
    const t = this.meterTimers.get(evse.id);
    if (t !== undefined) clearInterval(t);
    this.meterTimers.delete(evse.id);
  }

  // -------------------------------------------------------------------------
  // The driver and the EV

  evse(id: number): Evse | undefined {
    return this.equipment.evse(id);
  }

  /** The EV's cable goes into a connector (default: the EVSE's first usable one). False when it cannot. */
  async plugIn(evseId: number, connectorId?: number): Promise<boolean> {
    const evse = this.equipment.evse(evseId);
    if (evse === undefined || evse.session.connectorId !== undefined) return false;
    const connector = connectorId !== undefined ? evse.connector(connectorId) : evse.connectors.find((c) => ['Available', 'Occupied'].includes(this.equipment.connectorStatus(evse, c)));
    if (connector === undefined) return false;
    const status = this.equipment.connectorStatus(evse, connector);
    if (status !== 'Available' && status !== 'Occupied') return false;
    evse.meter.connect(randomEv(this.random));
    await this.input(evse, { type: 'plug', connectorId: connector.id });
    return true;
  }

  async unplug(evseId: number): Promise<boolean> {
    const evse = this.equipment.evse(evseId);
    if (evse === undefined || evse.session.connectorId === undefined) return false;
    await this.input(evse, { type: 'unplug' });
    evse.meter.disconnect();
    return true;
  }

  /**
   * An idToken is presented at an EVSE: it starts (authorizes) a session,
   * or stops the running one when it is the token that started it (E07, C01).
   */
  async presentIdToken(evseId: number, idToken: IdTokenType): Promise<'authorized' | 'stopped' | 'refused'> {
    const evse = this.equipment.evse(evseId);
    if (evse === undefined) return 'refused';
    const s = evse.session;
    if (s.authorization !== undefined) {
      if (s.startedBy !== undefined && s.startedBy.idToken !== idToken.idToken) {
        const info = await this.authorizeIdToken(idToken);
        const group = info?.groupIdToken?.idToken;
        if (info?.status !== 'Accepted' || group === undefined || group !== this.authCache.get(tokenKey(s.startedBy))?.groupIdToken?.idToken) return 'refused';
      }
      await this.input(evse, { type: 'stopAuthorize', remote: false, idToken });
      return 'stopped';
    }
    if (!evse.operative || !this.equipment.operative || !s.canAuthorize) return 'refused';
    const info = await this.authorizeIdToken(idToken);
    this.emitEvent({ type: 'authorized', evseId, idToken: idToken.idToken, status: info?.status ?? 'Unknown' });
    if (info?.status !== 'Accepted') return 'refused';
    await this.input(evse, { type: 'authorize', idToken });
    return 'authorized';
  }

  /** C01, C10, C14, D01: the local list and cache first where allowed, then the CSMS. */
  async authorizeIdToken(idToken: IdTokenType): Promise<IdTokenInfoType | undefined> {
    if (!this.model.boolean('AuthCtrlr', 'Enabled', true)) return { status: 'Accepted' };
    const key = tokenKey(idToken);
    const listed = this.model.boolean('LocalAuthListCtrlr', 'Enabled', true) ? this.localList.get(key) : undefined;
    const cached = this.model.boolean('AuthCacheCtrlr', 'Enabled', true) ? this.authCache.get(key) : undefined;
    const local = listed ?? cached;
    const preAuthorize = this.model.boolean('AuthCtrlr', 'LocalPreAuthorize', false);
    if (local?.status === 'Accepted' && preAuthorize) return local;
    if (this.model.boolean('AuthCtrlr', 'DisableRemoteAuthorization', false)) return local;
    if (!this.connected) return this.model.boolean('AuthCtrlr', 'LocalAuthorizeOffline', true) ? local : undefined;
    const response = await this.send('Authorize', { idToken });
    if (response === undefined) return this.model.boolean('AuthCtrlr', 'LocalAuthorizeOffline', true) ? local : undefined;
    if (this.model.boolean('AuthCacheCtrlr', 'Enabled', true)) this.authCache.set(key, response.idTokenInfo);
    return response.idTokenInfo;
  }

  /** Applies a SendLocalList request (D01); answers its status. */
  updateLocalList(version: number, full: boolean, entries: readonly AuthorizationData[]): 'Accepted' | 'Failed' | 'VersionMismatch' {
    if (!this.model.boolean('LocalAuthListCtrlr', 'Enabled', true)) return 'Failed';
    if (!full && version <= this.localListVersion) return 'VersionMismatch';
    const next = full ? new Map<string, IdTokenInfoType>() : new Map(this.localList);
    for (const entry of entries) {
      const key = tokenKey(entry.idToken);
      // D01.FR.xx: in a differential update an entry without idTokenInfo is removed.
      if (entry.idTokenInfo === undefined) next.delete(key);
      else next.set(key, entry.idTokenInfo);
    }
    const max = this.model.integer('LocalAuthListCtrlr', 'ItemsPerMessage', 100) * 10;
    if (next.size > max) return 'Failed';
    this.localList.clear();
    for (const [k, v] of next) this.localList.set(k, v);
    this.localListVersion = version;
    this.model.update('LocalAuthListCtrlr', 'Entries', String(this.localList.size));
    return 'Accepted';
  }

  // -------------------------------------------------------------------------
  // Reset (B11, B12)

  /** Reset of the whole station; an EVSE reset is not supported (EVSE.AllowReset is false). */
  reset(type: 'Immediate' | 'OnIdle'): 'Accepted' | 'Scheduled' {
    this.emitEvent({ type: 'reset', resetType: type });
    const busy = this.equipment.evses.some((e) => e.session.active);
    if (type === 'OnIdle' && busy) {
      this.resetWhenIdle = true;
      return 'Scheduled';
    }
    this.later(async () => {
      if (type === 'Immediate') {
        // B11.FR.xx: ongoing transactions end with ResetCommand / ImmediateReset first.
        await Promise.all(this.equipment.evses.map((e) => this.input(e, { type: 'reset' })));
      }
      await this.reboot();
    });
    return 'Accepted';
  }

  /** Goes down and comes back up: timers stop, the connection is reopened, BootNotification with RemoteReset. */
  private async reboot(): Promise<void> {
    this.clearTimers();
    for (const evse of this.equipment.evses) {
      evse.session.authorization = undefined;
      evse.meter.setCharging(false);
    }
    this.role.registration?.setStatus('Unknown');
    this.reported.clear();
    this.bootReason = 'RemoteReset';
    if (this.hooks.restart !== undefined) await this.hooks.restart();
    else await this.boot('RemoteReset');
  }

  // -------------------------------------------------------------------------

  emitEvent(event: StationEvent): void {
    this.emit('event', event);
  }

  private readonly sleepers = new Set<() => void>();

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  private wakeSleepers(): void {
    for (const wake of [...this.sleepers]) wake();
  }
}

export function tokenKey(idToken: IdTokenType): string {
  return `${idToken.type}\u0000${idToken.idToken}`;
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
