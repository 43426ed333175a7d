/**
 * One simulated OCPP 2.0.1 charging station on top of a `ChargingStation`
 * behaviour, or an OCPP 2.1 one on a 2.1 behaviour: the same station, whose
 * handlers take 2.1's requests (v21/handlers.ts) and which streams its power
 * in a periodic event stream (v21/stream.ts). This file puts the parts
 * together; each part has a file of its own:
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
import { IdTokenEnumType, type BootReasonEnumType, type ChargingStation, type IdTokenType, type V201 } from '../lib.js';
import { ControlError } from '../control/types.js';
import { Authorizer } from './authorization.js';
import { Boot, type BootMessages } from './boot.js';
import { DEFAULT_BACK_OFF, seedOf, type SimulatorConfig } from './config.js';
import { Charging } from './charging.js';
import { Controls, type Network } from './controls.js';
import type { DeviceModel } from './device-model.js';
import { Driver } from './driver.js';
import { Equipment, Evse, type Connector } from './evse.js';
import type { StationEvent } from './events.js';
import { Faults } from './faults.js';
import { stationHandlers } from './handlers.js';
import { StationLink, type Registration, type StationRole } from './link.js';
import { handlers21 } from './v21/handlers.js';
import { asLine } from './v21/role.js';
import { PeriodicStreams } from './v21/stream.js';
import type { V21 } from '../../v21/index.js';
import { seededRandom } from './meter.js';
import { Resetter, type StationHooks } from './reset.js';
import { Sampling } from './sampling.js';
import { StationSmartCharging } from './smart-charging-v201.js';
import { standardDeviceModel } from './standard-model.js';
import { StatusReporter } from './status.js';
import type { BackOffSeconds, Simulated } from './simulated.js';
import { Timers } from './timers.js';
import { TransactionQueue } from './tx-queue.js';
import type { TransactionMessageStore } from '../../durable/index.js';

export type { StationEvent } from './events.js';
export type { StationHooks } from './reset.js';
export { DEFAULT_BACK_OFF, type SimulatorConfig } from './config.js';

export class SimulatedStation<C extends object = object> extends EventEmitter<{ event: [StationEvent] }> implements Simulated {
  readonly identity: string;
  readonly model: DeviceModel;
  readonly equipment: Equipment;
  readonly random: () => number;
  readonly link: StationLink;
  private current: ChargingStation<V201, C> | ChargingStation<V21, C>;
  /** The OCPP-J subprotocol the station speaks: ocpp2.0.1 or ocpp2.1. */
  readonly protocol: 'ocpp2.0.1' | 'ocpp2.1';
  /** 2.1: the periodic event stream. */
  readonly streams: PeriodicStreams | undefined;
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
  private readonly retryBackOff: BackOffSeconds;
  /** The network connection the disconnect / reconnect controls act on, when there is one. */
  network: Network | undefined;

  constructor(config: SimulatorConfig, role: ChargingStation<V201, C> | ChargingStation<V21, C>) {
    super();
    this.protocol = role.version === '2.1' ? 'ocpp2.1' : 'ocpp2.0.1';
    this.identity = config.identity;
    this.retryBackOff = config.retryBackOff ?? DEFAULT_BACK_OFF;
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
    const link = (this.link = new StationLink(SimulatedStation.line(role), () => this.model.boolean('OCPPCommCtrlr', 'QueueAllMessages', false), emit));
    this.streams =
      role.version === '2.1'
        ? new PeriodicStreams(
            {
              role: () => this.current as ChargingStation<V21, C>,
              timers: this.timers,
              emit,
              live: () => link.connected && link.accepted && !link.stopped,
              powerW: () => this.equipment.evse(1)?.meter.powerW ?? 0,
            },
            config.streamIntervalS ?? 60,
            config.streamValues ?? 1,
          )
        : undefined;
    this.boot = new Boot(link, this.bootMessages(), this.timers, emit, config.bootRetryMs ?? 5000, () => this.accepted_());
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
    this.install(role);
  }

  /** The behaviour the station talks through now. */
  get role(): ChargingStation<V201, C> | ChargingStation<V21, C> {
    return this.current;
  }

  /** Talks through a new behaviour (of the same version) from now on: the connection was rebuilt. */
  bind(role: ChargingStation<V201, C> | ChargingStation<V21, C>): void {
    this.install(role);
    this.current = role;
    this.link.role = SimulatedStation.line(role);
  }

  private install(role: ChargingStation<V201, C> | ChargingStation<V21, C>): void {
    if (role.version === '2.1') role.handlers(handlers21(this, this.streams!));
    else role.handlers(stationHandlers(this));
  }

  /** The line the parts send on: the 2.0.1 behaviour, or the 2.1 one carrying the same requests. */
  private static line<C extends object>(role: ChargingStation<V201, C> | ChargingStation<V21, C>): StationRole {
    return role.version === '2.1' ? asLine(role) : role;
  }

  get registrationStatus(): Registration {
    return this.link.registration;
  }

  get evseCount(): number {
    return this.equipment.evses.length;
  }

  get chargingNow(): boolean {
    return this.equipment.evses.some((e) => e.session.charging);
  }

  chargingOn(evseId: number): boolean {
    return this.equipment.evse(evseId)?.session.charging === true;
  }

  /** OCPPCommCtrlr.RetryBackOff*, as a CSMS may have set them. */
  backOff(): BackOffSeconds {
    const comm = (name: string, value: number): number => this.model.integer('OCPPCommCtrlr', name, value);
    return {
      waitMinimumS: comm('RetryBackOffWaitMinimum', this.retryBackOff.waitMinimumS),
      randomRangeS: comm('RetryBackOffRandomRange', this.retryBackOff.randomRangeS),
      repeatTimes: comm('RetryBackOffRepeatTimes', this.retryBackOff.repeatTimes),
    };
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
    this.streams?.stop();
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
  async presentIdToken(evseId: number, idToken: { readonly idToken: string; readonly type: string }): Promise<'authorized' | 'stopped' | 'refused'> {
    if (!(IdTokenEnumType as readonly string[]).includes(idToken.type)) return 'refused';
    try {
      return (await this.driver.present({ idToken: idToken.idToken, type: idToken.type as IdTokenType['type'] }, evseId)).result;
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

  /** BootNotification and Heartbeat of 2.0.1 (and 2.1), from the device model. */
  private bootMessages(): BootMessages {
    const model = this.model;
    return {
      boot: (reason) =>
        this.link.role.call('BootNotification', {
          chargingStation: {
            model: model.value('ChargingStation', 'Model') ?? 'Simulator',
            vendorName: model.value('ChargingStation', 'VendorName') ?? 'ocpp-model',
            serialNumber: model.value('ChargingStation', 'SerialNumber') ?? '',
            firmwareVersion: model.value('ChargingStation', 'FirmwareVersion') ?? '1.0.0',
          },
          reason: reason as BootReasonEnumType,
        }),
      heartbeat: () => this.link.send('Heartbeat', {}),
      heartbeatS: () => model.integer('OCPPCommCtrlr', 'HeartbeatInterval', 300),
      setHeartbeatS: (s) => model.update('OCPPCommCtrlr', 'HeartbeatInterval', String(s)),
    };
  }

  private accepted_(): void {
    this.status.forget();
    this.link.track(this.status.report(true));
    this.link.track(this.link.send('SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: new Date().toISOString(), techInfo: 'simulated station started' }));
    this.sampling.startAligned();
    this.queue.kick();
    if (this.streams !== undefined) this.link.track(this.streams.start());
  }

  private configChanged(component: string, variable: string): void {
    if (component === 'OCPPCommCtrlr' && variable === 'HeartbeatInterval' && this.accepted) this.boot.startHeartbeat();
    if (component === 'AlignedDataCtrlr' && (variable === 'Interval' || variable === 'Enabled') && this.accepted) this.sampling.startAligned();
    if (component === 'SampledDataCtrlr' && variable === 'TxUpdatedInterval') this.charging.restartUpdates();
  }
}
