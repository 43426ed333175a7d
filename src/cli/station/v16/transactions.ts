/**
 * Transactions of the 1.6 simulator (3.6, 4.8, 4.10, 4.7): a transaction
 * starts once a connector has both a cable and an authorized idTag
 * (StartTransaction.req; the Central System gives the transactionId and an
 * IdTagInfo: not Accepted stops it with DeAuthorized where
 * StopTransactionOnInvalidId, else the connector withholds energy); while it
 * runs, MeterValues.req every MeterValueSampleInterval with the
 * MeterValuesSampledData measurands and the transactionId; it ends with
 * StopTransaction.req (meterStop, the reason, the idTag that stopped it, and
 * transactionData: the StopTxnSampledData readings from start to end).
 * ConnectionTimeOut clears a cable or an idTag the other never followed.
 *
 * Transaction messages go through the behaviour's normal call path once the
 * station is online and accepted, in the order they were made: a
 * transaction that ended while offline is told after the reconnection (or
 * the boot after a power loss). A message waiting for the connection keeps
 * nothing waiting (the controls answer, `settled()` resolves).
 */
import type { Reason, V16 } from '../../../v16/index.js';
import type { EmitEvent } from '../events.js';
import { messageOf } from '../events.js';
import type { StationLink } from '../link.js';
import type { Timers } from '../timers.js';
import type { Authorizer16 } from './authorization.js';
import type { Configuration } from './configuration.js';
import type { Authorization16, Connector16, Withheld } from './connector.js';
import { sample16 } from './meter-values.js';
import type { Status16 } from './status.js';

export interface TransactionParts {
  readonly link: StationLink<V16>;
  readonly keys: Configuration;
  readonly auth: Authorizer16;
  readonly status: Status16;
  readonly timers: Timers;
  readonly emit: EmitEvent;
  /** Resolves once the station is online and accepted (transaction messages wait for it). */
  readonly ready: () => Promise<void>;
  /** Between the power path closing and the EV answering, ms. */
  readonly evAnswerMs: number;
}

export class Transactions16 {
  /** Runs after a transaction ended (scheduled availability changes, a reset waiting for idle). */
  onEnded: () => void = () => undefined;
  /** A transaction began on a connector (its TxProfiles may now be set) / got its id / ended. */
  onStarted: (connectorId: number) => void = () => undefined;
  onIdKnown: (connectorId: number, transactionId: number) => void = () => undefined;
  onStopped: (connectorId: number) => void = () => undefined;
  /** Transaction messages in order: each waits for the one before. */
  private chain: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly p: TransactionParts) {}

  async plug(c: Connector16): Promise<void> {
    c.plugged = true;
    c.finishing = false;
    await this.step(c);
  }

  /** The cable leaves: StopTransactionOnEVSideDisconnect ends the transaction (EVDisconnected); otherwise it carries on, the EV gone. */
  async unplug(c: Connector16): Promise<void> {
    c.plugged = false;
    c.finishing = false;
    c.meter.disconnect();
    if (c.tx !== undefined && this.p.keys.boolean('StopTransactionOnEVSideDisconnect', true)) {
      await this.stop(c, 'EVDisconnected');
      return;
    }
    // The transaction carries on without the EV; the next one plugged in answers the power offered again.
    if (c.tx !== undefined) {
      const before = c.charging;
      c.evAnswer = 'waiting';
      if (before) this.chargingChanged(c);
    }
    await this.step(c);
  }

  async authorize(c: Connector16, authorization: Authorization16): Promise<void> {
    c.authorization = authorization;
    // 4.9 F2: from Finishing, an idTag presented again starts a new transaction.
    c.finishing = false;
    await this.step(c);
  }

  /** The EV's will changed: it answers now if the power path is closed. */
  async evChanged(c: Connector16): Promise<void> {
    c.meter.setEvLimit(c.ev.maxPowerW);
    if (c.powerPathClosed && c.evAnswer !== 'waiting') await this.evAnswers(c);
  }

  /** The connector starts or stops withholding energy for one reason. */
  async withhold(c: Connector16, why: Withheld, on: boolean): Promise<void> {
    const before = c.charging;
    if (on) c.withheld.add(why);
    else c.withheld.delete(why);
    if (before !== c.charging) this.chargingChanged(c);
    await this.p.status.report();
  }

  /** Ends the connector's transaction: StopTransaction.req with `reason`. */
  async stop(c: Connector16, reason: Reason, idTag?: string): Promise<void> {
    const tx = c.tx;
    if (tx === undefined) return;
    const { keys, timers, emit } = this.p;
    c.meter.advance();
    const meterStop = c.meter.energyWh;
    const end = sample16(c.meter, keys.list('StopTxnSampledData'), 'Transaction.End');
    c.tx = undefined;
    c.authorization = undefined;
    c.evAnswer = 'waiting';
    c.withheld.delete('invalidId');
    c.meter.setCharging(false);
    c.finishing = c.plugged;
    timers.clear(`tx-updates:${c.id}`);
    timers.clear(`ev-answer:${c.id}`);
    this.onStopped(c.id);
    if (keys.list('StopTxnSampledData').length > 0) tx.data.push(end);
    emit({ type: 'transactionEnded', evseId: c.id, transactionId: String(tx.transactionId ?? '?'), energyWh: meterStop - tx.meterStartWh, stoppedReason: reason });
    const status = this.p.status.report();
    this.onEnded();
    const told = this.inOrder(async () => {
      await tx.started;
      if (tx.transactionId === undefined) {
        emit({ type: 'error', message: `StopTransaction: the transaction on connector ${c.id} never got a transactionId` });
        return;
      }
      const response = await this.p.link.role.call('StopTransaction', {
        transactionId: tx.transactionId,
        meterStop,
        timestamp: new Date().toISOString(),
        reason,
        ...(idTag !== undefined && { idTag }),
        ...(tx.data.length > 0 && { transactionData: tx.data }),
      });
      if (idTag !== undefined && response.idTagInfo !== undefined) this.p.auth.remember(idTag, response.idTagInfo);
    }, 'StopTransaction');
    // Online, the stop is told before this returns; offline it waits for the connection, and this does not.
    await Promise.all([status, this.p.link.connected && this.p.link.accepted ? told : undefined]);
  }

  /** Starts what the connector's state calls for and arms its timers. */
  private async step(c: Connector16): Promise<void> {
    if (c.tx === undefined && c.plugged && c.authorization !== undefined && !c.finishing && c.fault === undefined) this.start(c, c.authorization);
    this.arm(c);
    await this.p.status.report();
  }

  private start(c: Connector16, authorization: Authorization16): void {
    const { link, keys, auth, emit, timers } = this.p;
    c.meter.advance();
    const meterStart = c.meter.energyWh;
    const stopData = keys.list('StopTxnSampledData');
    const tx: Connector16['tx'] & object = { transactionId: undefined, idTag: authorization.idTag, meterStartWh: meterStart, startedMs: Date.now(), started: Promise.resolve(), data: [] };
    if (stopData.length > 0) tx.data.push(sample16(c.meter, stopData, 'Transaction.Begin'));
    c.tx = tx;
    c.evAnswer = 'waiting';
    this.onStarted(c.id);
    tx.started = this.inOrder(async () => {
      const response = await link.role.call('StartTransaction', { connectorId: c.id, idTag: authorization.idTag, meterStart, timestamp: new Date(tx.startedMs).toISOString() });
      tx.transactionId = response.transactionId;
      auth.remember(authorization.idTag, response.idTagInfo);
      if (c.tx !== tx) return;
      this.onIdKnown(c.id, response.transactionId);
      emit({ type: 'transactionStarted', evseId: c.id, transactionId: String(response.transactionId), triggerReason: authorization.remote ? 'RemoteStart' : 'Authorized' });
      if (response.idTagInfo.status !== 'Accepted') {
        // 3.6: deauthorized by StartTransaction.conf.
        if (keys.boolean('StopTransactionOnInvalidId', true)) link.later(() => this.stop(c, 'DeAuthorized'));
        else link.later(() => this.withhold(c, 'invalidId', true));
      }
    }, 'StartTransaction');
    const interval = keys.integer('MeterValueSampleInterval', 0);
    if (interval > 0) timers.every(`tx-updates:${c.id}`, interval * 1000, () => this.periodic(c));
  }

  /** MeterValueSampleInterval: MeterValues.req of the running transaction, and its StopTxnSampledData reading. */
  private periodic(c: Connector16): void {
    const tx = c.tx;
    if (tx === undefined) return;
    const { keys, link } = this.p;
    const stopData = keys.list('StopTxnSampledData');
    if (stopData.length > 0 && tx.data.length < 500) tx.data.push(sample16(c.meter, stopData, 'Sample.Periodic'));
    const meterValue = [sample16(c.meter, keys.list('MeterValuesSampledData'), 'Sample.Periodic')];
    void this.inOrder(async () => {
      await tx.started;
      await link.role.call('MeterValues', { connectorId: c.id, ...(tx.transactionId !== undefined && { transactionId: tx.transactionId }), meterValue });
    }, 'MeterValues');
  }

  /** Restarts the periodic meter values of running transactions (MeterValueSampleInterval changed). */
  restartUpdates(connectors: readonly Connector16[]): void {
    const s = this.p.keys.integer('MeterValueSampleInterval', 0);
    for (const c of connectors) {
      if (c.tx === undefined) continue;
      if (s > 0) this.p.timers.every(`tx-updates:${c.id}`, s * 1000, () => this.periodic(c));
      else this.p.timers.clear(`tx-updates:${c.id}`);
    }
  }

  /** Transaction messages made and not yet answered (or failed). */
  get pending(): number {
    return this.waiting;
  }

  /** Runs a transaction message after the ones before it, once the station is online and accepted; failures become error events. */
  private inOrder(task: () => Promise<void>, action: string): Promise<void> {
    this.waiting++;
    // Only the delivery counts as work in progress (settled()): a message waiting for the connection does not.
    const run = this.chain.then(async () => {
      await this.p.ready();
      await this.p.link.track(task());
    });
    const done = run
      .catch((err: unknown) => {
        if (!this.p.link.stopped) this.p.emit({ type: 'error', message: `${action}: ${messageOf(err)}` });
      })
      .finally(() => this.waiting--);
    this.chain = done;
    return done;
  }

  /** The EV answers the power offered. */
  private async evAnswers(c: Connector16): Promise<void> {
    const before = c.charging;
    const was = c.evAnswer;
    c.evAnswer = c.ev.charging ? 'ready' : 'suspended';
    if (before !== c.charging || was !== c.evAnswer) this.chargingChanged(c);
    await this.p.status.report();
  }

  private chargingChanged(c: Connector16): void {
    c.meter.setCharging(c.charging);
    const transactionId = c.tx?.transactionId === undefined ? undefined : String(c.tx.transactionId);
    if (c.charging) this.p.emit({ type: 'charging', evseId: c.id, transactionId, powerW: c.meter.powerW });
    else if (c.tx !== undefined) this.p.emit({ type: 'suspended', evseId: c.id, transactionId, chargingState: c.withheld.size > 0 ? 'SuspendedEVSE' : 'SuspendedEV' });
  }

  /** The EV's answer once the power path closes; ConnectionTimeOut for a cable or an idTag the other did not follow. */
  private arm(c: Connector16): void {
    const { timers, keys, link } = this.p;
    const answer = `ev-answer:${c.id}`;
    if (c.powerPathClosed && c.evAnswer === 'waiting' && !link.stopped) {
      if (!timers.has(answer)) timers.once(answer, this.p.evAnswerMs, () => link.track(this.evAnswers(c)));
    } else timers.clear(answer);
    const timeout = `connection-timeout:${c.id}`;
    const waiting = c.tx === undefined && !c.finishing && (c.plugged ? c.authorization === undefined : c.authorization !== undefined);
    if (!waiting) timers.clear(timeout);
    else if (!timers.has(timeout) && !link.stopped) {
      timers.once(timeout, keys.integer('ConnectionTimeOut', 60) * 1000, () => {
        if (c.tx !== undefined) return;
        // 4.9 B1 / B6: an idTag without a cable is forgotten; a cable without an idTag waits to be removed.
        if (c.plugged) c.finishing = true;
        c.authorization = undefined;
        link.track(this.p.status.report());
      });
    }
  }
}
