/**
 * One simulated OCPP 2.0.1 charging station on top of a `ChargingStation`
 * behaviour. This file puts the parts together; each part has a file of its
 * own:
 *   boot.ts           registration (B01-B03) and heartbeat
 *   status.ts         connector status (G01, B04)
 *   sampling.ts       clock-aligned and triggered meter values (J01)
 *   authorization.ts  local list, cache, AuthorizeRequest (C01-C16, D01)
 *   charging.ts       transactions per EVSE (E01-E10, F01-F04) on transaction.ts
 *   tx-queue.ts       delivery of transaction messages (E11-E14)
 *   driver.ts         the EV driver at the reader
 *   faults.ts         hardware faults (G05)
 *   reset.ts          resets and power cycles (B11, B12)
 *   smart-charging-v201.ts  charging profiles and the limits they set (K01-K10)
 *   handlers.ts       what the CSMS asks
 *   controls.ts       the controls (control/types.ts) and the live state
 */
import { EventEmitter } from 'node:events';
import type { ChargingStation, ConnectorEnumType, IdTokenType, V201 } from '../lib.js';
import { ControlError } from '../control/types.js';
import { Authorizer } from './authorization.js';
import { Boot } from './boot.js';
import { Charging } from './charging.js';
import { Controls, type Network } from './controls.js';
import type { DeviceModel } from './device-model.js';
import { Driver } from './driver.js';
import { Equipment, Evse, type Connector } from './evse.js';
import type { StationEvent } from './events.js';
import { Faults } from './faults.js';
import { stationHandlers } from './handlers.js';
import { StationLink } from './link.js';
import { seededRandom } from './meter.js';
import { Resetter, type StationHooks } from './reset.js';
import { Sampling } from './sampling.js';
import { StationSmartCharging } from './smart-charging-v201.js';
import { standardDeviceModel } from './standard-model.js';
import { StatusReporter } from './status.js';
import { Timers } from './timers.js';
import { TransactionQueue } from './tx-queue.js';
import type { TransactionMessageStore } from '../../durable/index.js';

export type { StationEvent } from './events.js';
export type { StationHooks } from './reset.js';

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
  /** OCPPCommCtrlr.MessageTimeout[Default], s: how long a transaction message waits for its answer. Default 30. */
  readonly messageTimeoutS?: number;
  /** Reported in SecurityCtrlr.SecurityProfile. Default 0. */
  readonly securityProfile?: number;
  readonly basicAuthPassword?: string;
  /** Delay between the power path closing and the EV answering (drawing energy or not), ms. Default 500. */
  readonly evReadyDelayMs?: number;
  /** Wait before retrying a boot that failed to get an answer, ms. Default 5000. */
  readonly bootRetryMs?: number;
  /** EVSEs can be reset one by one (EVSE.AllowReset). Default false. */
  readonly evseReset?: boolean;
  /** OCPPCommCtrlr.RetryBackOff*: reconnect back-off, whole seconds. Default 1, 2, 3. */
  readonly retryBackOff?: { readonly waitMinimumS: number; readonly randomRangeS: number; readonly repeatTimes: number };
  /** Seed of the station's randomness (meters, EVs). Default: from the identity. */
  readonly seed?: number;
  /** Where transaction messages wait until answered (tx-queue.ts). Default: in memory. */
  readonly transactionStore?: TransactionMessageStore;
}

/** Reconnect back-off of a simulated station unless configured: quick, for a test bench. */
export const DEFAULT_BACK_OFF = { waitMinimumS: 1, randomRangeS: 2, repeatTimes: 3 } as const;

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
  readonly link: StationLink;
  private current: ChargingStation<V201, C>;
  readonly timers = new Timers();
  readonly boot: Boot;
  readonly status: StatusReporter;
  readonly sampling: Sampling;
  readonly auth: Authorizer;
  readonly queue: TransactionQueue;
  readonly charging: Charging;
  readonly faults: Faults;
  readonly driver: Driver;
  readonly resetter: Resetter;
  readonly smartCharging: StationSmartCharging;
  /** The controls of the control API and the prompt. */
  readonly controls: Controls;
  hooks: StationHooks = {};
  /** The network connection the disconnect / reconnect controls act on, when there is one. */
  network: Network | undefined;

  constructor(config: SimulatorConfig, role: ChargingStation<V201, C>) {
    super();
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
      messageTimeoutS: config.messageTimeoutS ?? 30,
      evseReset: config.evseReset ?? false,
      retryBackOff: config.retryBackOff ?? DEFAULT_BACK_OFF,
      securityProfile: config.securityProfile ?? 0,
      ...(config.basicAuthPassword !== undefined && { basicAuthPassword: config.basicAuthPassword }),
      live: { evsePowerW: (id) => this.equipment.evse(id)?.meter.powerW ?? 0, chargingProfiles: () => this.smartCharging.size },
    });
    const emit = (event: StationEvent): void => {
      this.emit('event', event);
    };
    this.current = role;
    const link = (this.link = new StationLink(role, this.model, emit));
    this.boot = new Boot(link, this.model, this.timers, emit, config.bootRetryMs ?? 5000, () => this.accepted_());
    this.status = new StatusReporter(link, this.model, this.equipment, emit);
    this.sampling = new Sampling(link, this.model, this.equipment, this.timers);
    this.auth = new Authorizer(link, this.model);
    this.queue = new TransactionQueue(link, this.model, emit, config.transactionStore);
    this.charging = new Charging(link, this.model, this.equipment, this.status, this.queue, this.auth, this.timers, emit, config.evReadyDelayMs ?? 500);
    this.faults = new Faults(link, this.model, this.status, this.charging, emit);
    this.driver = new Driver(this.equipment, this.auth, this.charging, emit);
    this.resetter = new Resetter(link, this.boot, this.charging, this.equipment, this.status, this.queue, this.timers, emit, () => this.hooks);
    this.smartCharging = new StationSmartCharging({ link, model: this.model, equipment: this.equipment, charging: this.charging, timers: this.timers, emit });
    // First of the listeners: a transaction's profiles are bound before anyone hears of it.
    this.on('event', (event) => this.smartCharging.onEvent(event));
    this.controls = new Controls(this);
    // B02.FR.09: a CSMS that no longer knows this station (it restarted) refuses with
    // SecurityError: register again. The station itself did not reboot, so the reason is Unknown.
    link.onRefused = () => {
      link.setRegistration('Unknown');
      void this.boot.start('Unknown');
    };
    this.charging.onEnded = () => {
      // Availability changes waiting for this transaction (G03.FR.05), then a reset waiting for idle (B12.FR.03).
      if (this.equipment.applyScheduled()) link.track(this.status.report());
      this.resetter.idle();
    };
    this.model.onChange((component, variable) => this.configChanged(component.name, variable.name));
    role.handlers(stationHandlers(this));
  }

  /** The behaviour the station talks through now. */
  get role(): ChargingStation<V201, C> {
    return this.current;
  }

  /** Talks through a new behaviour from now on (the connection was rebuilt). */
  bind(role: ChargingStation<V201, C>): void {
    role.handlers(stationHandlers(this));
    this.current = role;
    this.link.role = role;
  }

  get registrationStatus(): string {
    return this.link.registration;
  }

  get accepted(): boolean {
    return this.link.accepted;
  }

  get isConnected(): boolean {
    return this.link.connected;
  }

  /** The connection is up: boot if not yet accepted, otherwise report what changed and deliver what waited. */
  online(): void {
    this.link.connected = true;
    if (this.link.stopped) return;
    if (!this.accepted) void this.boot.start();
    else {
      this.link.track(this.status.cameOnline());
      this.queue.kick();
    }
  }

  offline(): void {
    this.link.connected = false;
    this.status.wentOffline();
  }

  /** A power cycle: see reset.ts. */
  powerCycle(): Promise<void> {
    return this.resetter.powerCycle();
  }

  /** Stops every timer; the station does nothing more. */
  shutdown(): void {
    this.link.stopped = true;
    this.timers.disable();
    this.boot.cancel();
    this.queue.wake();
  }

  /** Resolves when every message the station has started sending is answered (or failed). */
  settled(): Promise<void> {
    return this.link.settled();
  }

  evse(id: number): Evse | undefined {
    return this.equipment.evse(id);
  }

  /** The EV's cable goes into a connector (default: the EVSE's first usable one). False when it cannot. */
  async plugIn(evseId: number, connectorId?: number): Promise<boolean> {
    const evse = this.equipment.evse(evseId);
    const connector = connectorId ?? evse?.connectors.find((c) => ['Available', 'Occupied'].includes(this.equipment.connectorStatus(evse, c)))?.id;
    if (connector === undefined) return false;
    return this.attempt(() => this.controls.plug(evseId, connector));
  }

  /** The cable leaves the EVSE. False when there is none. */
  async unplug(evseId: number): Promise<boolean> {
    const connector = this.equipment.evse(evseId)?.session.connectorId;
    if (connector === undefined) return false;
    return this.attempt(() => this.controls.unplug(evseId, connector));
  }

  /** An idToken at an EVSE's reader: starts (authorizes) a session there, or stops the one it started (E07, C01). */
  async presentIdToken(evseId: number, idToken: IdTokenType): Promise<'authorized' | 'stopped' | 'refused'> {
    try {
      return (await this.driver.present(idToken, evseId)).result;
    } catch (err) {
      if (err instanceof ControlError) return 'refused';
      throw err;
    }
  }

  private async attempt(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (err) {
      if (err instanceof ControlError) return false;
      throw err;
    }
  }

  private accepted_(): void {
    this.status.forget();
    this.link.track(this.status.report(true));
    this.link.track(this.link.send('SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: new Date().toISOString(), techInfo: 'simulated station started' }));
    this.sampling.startAligned();
    this.queue.kick();
  }

  private configChanged(component: string, variable: string): void {
    if (component === 'OCPPCommCtrlr' && variable === 'HeartbeatInterval' && this.accepted) this.boot.startHeartbeat();
    if (component === 'AlignedDataCtrlr' && (variable === 'Interval' || variable === 'Enabled') && this.accepted) this.sampling.startAligned();
    if (component === 'SampledDataCtrlr' && variable === 'TxUpdatedInterval') this.charging.restartUpdates();
  }
}
