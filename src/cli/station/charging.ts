/**
 * Runs the transactions of every EVSE: applies an input to the EVSE's
 * session (transaction.ts), keeps the meter and the connector status in
 * step, sends the TransactionEvents it causes through the queue and acts on
 * their answers (C10 cache, E05 / C12 an idToken the CSMS does not accept),
 * and keeps the timers a session needs: the EV answering the power offered,
 * TxCtrlr.EVConnectionTimeOut (E03, E10), SampledDataCtrlr.TxUpdatedInterval
 * (J02) and TxCtrlr.MaxEnergyOnInvalidId.
 */
import type { DeviceModel } from './device-model.js';
import { sampleV201 } from './meter-v201.js';
import type { Equipment, Evse } from './evse.js';
import type { EmitEvent } from './events.js';
import type { Authorizer } from './authorization.js';
import type { StationLink } from './link.js';
import type { StatusReporter } from './status.js';
import type { Timers } from './timers.js';
import { txPoints, type TxContext, type TxInput } from './transaction.js';
import type { TransactionQueue } from './tx-queue.js';
import type { TransactionEventRequest, TransactionEventResponse } from '../lib.js';

/** Why an EVSE withholds energy (SuspendedEVSE): an idToken the CSMS refused, a fault, a charging limit of 0. */
export type Suspension = 'invalidId' | 'fault' | 'limit';

export class Charging {
  /** Runs after a transaction ended (scheduled availability changes, a reset waiting for idle). */
  onEnded: () => void = () => undefined;
  /** Runs after every input applied to an EVSE (smart charging: the power path may have closed). */
  onInput: (evse: Evse) => void = () => undefined;
  /** Meter register when each transaction started, Wh. */
  private readonly startedWh = new Map<string, number>();
  private readonly suspensions = new Map<number, Set<Suspension>>();

  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
    private readonly equipment: Equipment,
    private readonly status: StatusReporter,
    private readonly queue: TransactionQueue,
    private readonly auth: Authorizer,
    private readonly timers: Timers,
    private readonly emit: EmitEvent,
    /** Between the power path closing and the EV answering, ms. */
    private readonly evAnswerMs: number,
  ) {}

  /** Energy delivered in the EVSE's running transaction so far, Wh. */
  energyWh(evse: Evse): number {
    const id = evse.session.transactionId;
    const start = id === undefined ? undefined : this.startedWh.get(id);
    if (start === undefined) return 0;
    evse.meter.advance();
    return evse.meter.energyWh - start;
  }

  private context(evse: Evse): TxContext {
    const m = this.model;
    return {
      evseId: evse.id,
      startPoints: txPoints(m.list('TxCtrlr', 'TxStartPoint')),
      stopPoints: txPoints(m.list('TxCtrlr', 'TxStopPoint')),
      measurands: {
        started: m.list('SampledDataCtrlr', 'TxStartedMeasurands'),
        updated: m.list('SampledDataCtrlr', 'TxUpdatedMeasurands'),
        ended: m.list('SampledDataCtrlr', 'TxEndedMeasurands'),
      },
      sample: (measurands, context) => sampleV201(evse.meter, measurands, context),
      offline: !this.link.connected,
    };
  }

  /** Applies one input to an EVSE and sends what it causes: the status first, then the TransactionEvents. */
  async input(evse: Evse, input: TxInput): Promise<void> {
    const s = evse.session;
    const requests = s.apply(input, this.context(evse));
    if (s.charging !== evse.meter.isCharging) evse.meter.setCharging(s.charging);
    const sends: Promise<unknown>[] = [this.status.report()];
    let ended = false;
    for (const request of requests) {
      const id = request.transactionInfo.transactionId;
      if (request.eventType === 'Started') {
        this.startedWh.set(id, evse.meter.energyWh);
        this.emit({ type: 'transactionStarted', evseId: evse.id, transactionId: id, triggerReason: request.triggerReason });
        this.startUpdates(evse);
      }
      if (request.triggerReason === 'ChargingStateChanged') {
        const state = request.transactionInfo.chargingState;
        if (state === 'Charging') this.emit({ type: 'charging', evseId: evse.id, transactionId: id, powerW: evse.meter.powerW });
        else if (state === 'SuspendedEV' || state === 'SuspendedEVSE') this.emit({ type: 'suspended', evseId: evse.id, transactionId: id, chargingState: state });
      }
      if (request.eventType === 'Ended') {
        const energyWh = evse.meter.energyWh - (this.startedWh.get(id) ?? evse.meter.energyWh);
        this.startedWh.delete(id);
        this.timers.clear(`tx-updates:${evse.id}`);
        this.timers.clear(`max-energy:${evse.id}`);
        this.suspensions.get(evse.id)?.delete('invalidId');
        ended = true;
        this.emit({ type: 'transactionEnded', evseId: evse.id, transactionId: id, energyWh, stoppedReason: request.transactionInfo.stoppedReason ?? 'Local' });
      }
      sends.push(this.queue.push(request, (response) => this.answered(evse, request, response)));
    }
    this.onInput(evse);
    this.arm(evse);
    if (ended) this.onEnded();
    await Promise.all(sends);
  }

  /** Starts or stops withholding energy for one reason; the EVSE is suspended while any reason holds. */
  async suspend(evse: Evse, why: Suspension, on: boolean): Promise<void> {
    let set = this.suspensions.get(evse.id);
    if (set === undefined) this.suspensions.set(evse.id, (set = new Set()));
    if (on) set.add(why);
    else set.delete(why);
    await this.input(evse, { type: 'evse', suspended: set.size > 0, reason: why === 'invalidId' ? 'DeAuthorized' : 'Other' });
  }

  /** The EVSE withholds energy for this reason now. */
  suspendedFor(evse: Evse, why: Suspension): boolean {
    return this.suspensions.get(evse.id)?.has(why) === true;
  }

  /** The EV's will changed (who plays the EV said so): it answers now if the power path is closed. */
  async evChanged(evse: Evse): Promise<void> {
    evse.meter.setEvLimit(evse.ev.maxPowerW);
    if (evse.session.powerPathClosed && evse.session.ev !== 'waiting') await this.input(evse, { type: 'ev', ready: evse.ev.charging });
  }

  /** Restarts the periodic updates of every running transaction (TxUpdatedInterval changed). */
  restartUpdates(): void {
    for (const evse of this.equipment.evses) if (evse.session.active) this.startUpdates(evse);
  }

  /** C10, C12, E05: what the CSMS says about the idToken of a TransactionEvent. */
  private answered(evse: Evse, request: TransactionEventRequest, response: TransactionEventResponse): void {
    const info = response.idTokenInfo;
    if (info === undefined || request.idToken === undefined) return;
    this.auth.remember(request.idToken, info);
    const s = evse.session;
    const authorization = s.authorization;
    if (s.transactionId !== request.transactionInfo.transactionId || authorization?.idToken.idToken !== request.idToken.idToken) return;
    if (info.status === 'Accepted') {
      const group = info.groupIdToken?.idToken;
      if (group !== undefined) s.authorization = { ...authorization, groupIdToken: group };
      return;
    }
    if (this.model.boolean('TxCtrlr', 'StopTxOnInvalidId', true)) {
      this.link.track(this.input(evse, { type: 'deauthorize' }));
      return;
    }
    // Not stopped: energy until TxCtrlr.MaxEnergyOnInvalidId, then the EVSE withholds it.
    const maxWh = this.model.integer('TxCtrlr', 'MaxEnergyOnInvalidId', 0);
    if (maxWh <= 0 || this.energyWh(evse) >= maxWh) {
      this.link.track(this.suspend(evse, 'invalidId', true));
      return;
    }
    this.timers.every(`max-energy:${evse.id}`, 250, () => {
      if (this.energyWh(evse) < maxWh) return;
      this.timers.clear(`max-energy:${evse.id}`);
      this.link.track(this.suspend(evse, 'invalidId', true));
    });
  }

  /** The timers the session now needs: the EV's answer, the connection timeout. */
  private arm(evse: Evse): void {
    const s = evse.session;
    const answer = `ev-answer:${evse.id}`;
    if (s.powerPathClosed && s.ev === 'waiting' && !this.link.stopped) {
      if (!this.timers.has(answer)) this.timers.once(answer, this.evAnswerMs, () => this.link.track(this.input(evse, { type: 'ev', ready: evse.ev.charging })));
    } else this.timers.clear(answer);
    // E03.FR.05: authorized without a cable; or a cable that started a transaction no valid idToken followed.
    const waiting = (s.authorization !== undefined && s.connectorId === undefined) || (s.active && s.connectorId !== undefined && s.authorization === undefined);
    const timeout = `ev-connect:${evse.id}`;
    if (!waiting) this.timers.clear(timeout);
    else if (!this.timers.has(timeout) && !this.link.stopped) {
      const seconds = this.model.integer('TxCtrlr', 'EVConnectionTimeOut', 60);
      this.timers.once(timeout, seconds * 1000, () => this.link.track(this.input(evse, { type: 'timeout' })));
    }
  }

  private startUpdates(evse: Evse): void {
    const s = this.model.integer('SampledDataCtrlr', 'TxUpdatedInterval', 0);
    if (s <= 0) {
      this.timers.clear(`tx-updates:${evse.id}`);
      return;
    }
    this.timers.every(`tx-updates:${evse.id}`, s * 1000, () => this.link.track(this.input(evse, { type: 'periodic' })));
  }
}
