/**
 * One simulated OCPP 1.6 Charge Point on a 1.6 `ChargingStation` behaviour.
 * This file puts the parts together; each has a file of its own:
 *   configuration.ts  the keys of section 9, GetConfiguration / ChangeConfiguration
 *   connector.ts      a connector: cable, idTag, transaction, EV, status
 *   status.ts         StatusNotification, connector 0 included
 *   authorization.ts  Authorize, the local list and the cache
 *   transactions.ts   StartTransaction, MeterValues, StopTransaction
 *   smart-charging.ts charging profiles and the limits they set
 *   trigger.ts        TriggerMessage, ExtendedTriggerMessage
 *   handlers.ts       what the Central System asks
 *   controls.ts       the controls (control/types.ts) and the live state
 * and shares with the 2.0.1 simulator the boot loop (../boot.ts), the line
 * (../link.ts), the meter and EV (../meter.ts), the timers and the
 * smart-charging engine.
 */
import { EventEmitter } from 'node:events';
import type { ChargingStation } from '../../lib.js';
import type { BootNotificationRequest, Reason, V16 } from '../../../v16/index.js';
import { ControlError } from '../../control/types.js';
import { Boot, type BootMessages } from '../boot.js';
import { DEFAULT_BACK_OFF, seedOf, type SimulatorConfig } from '../config.js';
import type { Network } from '../controls.js';
import type { StationEvent } from '../events.js';
import { StationLink, type Registration } from '../link.js';
import { seededRandom } from '../meter.js';
import type { StationHooks } from '../reset.js';
import type { BackOffSeconds, Simulated } from '../simulated.js';
import { Timers } from '../timers.js';
import { Authorizer16 } from './authorization.js';
import { Configuration, standardKeys } from './configuration.js';
import { Connector16 } from './connector.js';
import { Controls16 } from './controls.js';
import { handlers16 } from './handlers.js';
import { sample16 } from './meter-values.js';
import type { Station16 } from './parts.js';
import { SmartCharging16 } from './smart-charging.js';
import { Status16 } from './status.js';
import { Transactions16 } from './transactions.js';

export class SimulatedStation16<C extends object = object> extends EventEmitter<{ event: [StationEvent] }> implements Simulated, Station16 {
  readonly identity: string;
  readonly random: () => number;
  readonly keys: Configuration;
  readonly connectors: readonly Connector16[];
  readonly link: StationLink<V16>;
  readonly timers = new Timers();
  readonly boot: Boot;
  readonly status: Status16;
  readonly auth: Authorizer16;
  readonly transactions: Transactions16;
  readonly smartCharging: SmartCharging16;
  readonly controls: Controls16;
  hooks: StationHooks = {};
  network: Network | undefined;
  private readonly config: SimulatorConfig;
  private readonly waiting: (() => void)[] = [];

  constructor(config: SimulatorConfig, role: ChargingStation<V16, C>) {
    super();
    this.config = config;
    this.identity = config.identity;
    this.random = seededRandom(config.seed ?? seedOf(config.identity));
    const count = config.evses ?? 1;
    const connectors: Connector16[] = [];
    for (let id = 1; id <= count; id++) connectors.push(new Connector16(id, config.maxPowerW ?? 22_000, this.random));
    this.connectors = connectors;
    this.keys = new Configuration(
      standardKeys({
        connectors: count,
        heartbeatIntervalS: config.heartbeatIntervalS ?? 300,
        meterIntervalS: config.meterIntervalS ?? 60,
        alignedIntervalS: config.alignedIntervalS ?? 0,
        connectionTimeOutS: config.evConnectionTimeoutS ?? 60,
      }),
    );
    const emit = (event: StationEvent): void => {
      this.emit('event', event);
    };
    // 1.6 has no QueueAllMessages: offline, only transaction messages wait (transactions.ts).
    const link = (this.link = new StationLink<V16>(role, () => false, emit));
    this.boot = new Boot(link, this.bootMessages(), this.timers, emit, config.bootRetryMs ?? 5000, () => this.accepted_());
    this.status = new Status16(link, connectors, emit);
    this.auth = new Authorizer16(link, this.keys);
    this.transactions = new Transactions16({ link, keys: this.keys, auth: this.auth, status: this.status, timers: this.timers, emit, ready: () => this.ready(), evAnswerMs: config.evReadyDelayMs ?? 500 });
    this.smartCharging = new SmartCharging16(connectors, this.keys, this.transactions, link, this.timers, emit);
    this.transactions.onEnded = () => this.applyScheduled();
    this.controls = new Controls16(this);
    link.onRefused = () => {
      link.setRegistration('Unknown');
      void this.boot.start();
    };
    this.keys.onChange((key) => this.keyChanged(key));
    role.handlers(handlers16(this));
  }

  /** Talks through a new behaviour from now on (the connection was rebuilt). */
  bind(role: ChargingStation<V16, C>): void {
    role.handlers(handlers16(this));
    this.link.role = role;
  }

  get registrationStatus(): Registration {
    return this.link.registration;
  }

  get accepted(): boolean {
    return this.link.accepted;
  }

  get isConnected(): boolean {
    return this.link.connected;
  }

  get evseCount(): number {
    return this.connectors.length;
  }

  get chargingNow(): boolean {
    return this.connectors.some((c) => c.charging);
  }

  chargingOn(evseId: number): boolean {
    return this.connectors.find((c) => c.id === evseId)?.charging === true;
  }

  /** 1.6 has no back-off keys: the configured one. */
  backOff(): BackOffSeconds {
    return this.config.retryBackOff ?? DEFAULT_BACK_OFF;
  }

  online(): void {
    this.link.connected = true;
    if (this.link.stopped) return;
    if (!this.accepted) void this.boot.start();
    else {
      this.link.track(this.status.report());
      this.release();
    }
  }

  offline(): void {
    this.link.connected = false;
  }

  shutdown(): void {
    this.link.stopped = true;
    this.timers.disable();
    this.boot.cancel();
    this.release();
  }

  settled(): Promise<void> {
    return this.link.settled();
  }

  async plugIn(evseId: number): Promise<boolean> {
    return this.attempt(() => this.controls.plug(evseId, 1));
  }

  async unplug(evseId: number): Promise<boolean> {
    return this.attempt(() => this.controls.unplug(evseId, 1));
  }

  async presentIdToken(evseId: number, idToken: { readonly idToken: string }): Promise<'authorized' | 'stopped' | 'refused'> {
    try {
      return (await this.controls.presentAt(idToken.idToken, evseId)).result;
    } catch (err) {
      if (err instanceof ControlError) return 'refused';
      throw err;
    }
  }

  /** Resolves once the station is online and accepted: transaction messages wait for it. */
  ready(): Promise<void> {
    if ((this.link.connected && this.link.accepted) || this.link.stopped) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async triggerBoot(): Promise<void> {
    if (!this.accepted) {
      this.boot.trigger();
      return;
    }
    // Accepted already: one more BootNotification, whose interval is the heartbeat interval again.
    const response = await this.link.send('BootNotification', this.bootRequest());
    if (response?.status === 'Accepted' && response.interval > 0) this.keys.update('HeartbeatInterval', String(response.interval));
  }

  reset(type: 'Hard' | 'Soft'): void {
    this.emit('event', { type: 'reset', resetType: type });
    this.link.later(async () => {
      await this.stopAll(type === 'Hard' ? 'HardReset' : 'SoftReset');
      await this.reboot();
    });
  }

  async powerCycle(): Promise<void> {
    this.link.connected = false;
    // Told after the boot: transaction messages wait until the station is accepted again.
    void this.stopAll('PowerLoss');
    await this.reboot();
  }

  private stopAll(reason: Reason): Promise<unknown> {
    return Promise.all(this.connectors.map((c) => this.transactions.stop(c, reason)));
  }

  private async reboot(): Promise<void> {
    this.timers.clearAll();
    this.boot.cancel();
    for (const c of this.connectors) c.meter.setCharging(false);
    this.link.setRegistration('Unknown');
    this.status.forget();
    this.keys.rebooted();
    const restart = this.hooks.restart;
    if (restart !== undefined) {
      await restart();
      return;
    }
    this.link.connected = this.link.role.endpoint.attached;
    await this.boot.start();
  }

  private release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
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

  private bootRequest(): BootNotificationRequest {
    const c = this.config;
    return {
      chargePointVendor: (c.vendorName ?? 'ocpp-model').slice(0, 20),
      chargePointModel: (c.model ?? 'Simulator').slice(0, 20),
      chargePointSerialNumber: (c.serialNumber ?? `SN-${seedOf(c.identity).toString(16).toUpperCase()}`).slice(0, 25),
      firmwareVersion: (c.firmwareVersion ?? '1.0.0').slice(0, 50),
    };
  }

  private bootMessages(): BootMessages {
    return {
      boot: () => this.link.role.call('BootNotification', this.bootRequest()),
      heartbeat: () => this.link.send('Heartbeat', {}),
      heartbeatS: () => this.keys.integer('HeartbeatInterval', 300),
      setHeartbeatS: (s) => this.keys.update('HeartbeatInterval', String(s)),
    };
  }

  private accepted_(): void {
    this.status.forget();
    this.link.track(this.status.report(true));
    this.startAligned();
    this.smartCharging.changed();
    this.release();
  }

  /** 5.2: an Inoperative change Scheduled for a transaction applies once it has ended. */
  private applyScheduled(): void {
    let changed = false;
    for (const c of this.connectors) {
      if (c.inoperativeScheduled && c.tx === undefined) {
        c.inoperativeScheduled = false;
        c.operative = false;
        changed = true;
      }
    }
    if (this.status.inoperativeScheduled && this.connectors.every((c) => c.tx === undefined)) {
      this.status.inoperativeScheduled = false;
      this.status.operative = false;
      changed = true;
    }
    if (changed) this.link.later(() => this.status.report());
  }

  /** ClockAlignedDataInterval (4.7): MeterValues with MeterValuesAlignedData on the clock's whole multiples; StopTxnAlignedData into transactionData. */
  private startAligned(): void {
    this.timers.clear('aligned');
    const s = this.keys.integer('ClockAlignedDataInterval', 0);
    if (s <= 0 || this.link.stopped) return;
    const ms = s * 1000;
    this.timers.once('aligned', ms - (Date.now() % ms), () => {
      if (this.link.connected && this.link.accepted) {
        for (const c of this.connectors) {
          const transactionId = c.tx?.transactionId;
          const stopData = this.keys.list('StopTxnAlignedData');
          if (c.tx !== undefined && stopData.length > 0 && c.tx.data.length < 500) c.tx.data.push(sample16(c.meter, stopData, 'Sample.Clock'));
          this.link.track(this.link.send('MeterValues', { connectorId: c.id, ...(transactionId !== undefined && { transactionId }), meterValue: [sample16(c.meter, this.keys.list('MeterValuesAlignedData'), 'Sample.Clock')] }));
        }
      }
      this.startAligned();
    });
  }

  private keyChanged(key: string): void {
    if (key === 'HeartbeatInterval' && this.accepted) this.boot.startHeartbeat();
    if (key === 'ClockAlignedDataInterval' && this.accepted) this.startAligned();
    if (key === 'MeterValueSampleInterval') this.transactions.restartUpdates(this.connectors);
  }
}
