/**
 * The transaction logic of one EVSE (use cases E01-E10, F01-F04): what the
 * driver, the EV, the EVSE and the CSMS do (plug in, authorize, the EV
 * drawing or suspending, the EVSE withholding energy, stop, unplug, time
 * out) goes in; the TransactionEventRequests it causes come out, with the
 * trigger reasons and charging states Part 6's reusable states expect. When
 * a transaction starts and ends follows TxCtrlr.TxStartPoint and
 * TxStopPoint: it starts when the first start point becomes true, and ends
 * when a stop point that was true during the transaction stops being true
 * (E01, E06); some inputs end it whatever the points (a reset, a power
 * loss, StopTxOnEVSideDisconnect).
 */
import { randomUUID } from 'node:crypto';
import type {
  ChargingStateEnumType,
  IdTokenType,
  MeterValueType,
  ReadingContextEnumType,
  ReasonEnumType,
  TransactionEventEnumType,
  TransactionEventRequest,
  TransactionType,
  TriggerReasonEnumType,
} from '../lib.js';

export type TxPoint = 'EVConnected' | 'Authorized' | 'PowerPathClosed' | 'EnergyTransfer';
const TX_POINTS: readonly TxPoint[] = ['EVConnected', 'Authorized', 'PowerPathClosed', 'EnergyTransfer'];

/** TxPoints of a TxStartPoint / TxStopPoint value this engine implements (others are ignored). */
export function txPoints(values: readonly string[]): TxPoint[] {
  return values.filter((v): v is TxPoint => (TX_POINTS as readonly string[]).includes(v));
}

export interface Authorization {
  readonly idToken: IdTokenType;
  readonly remoteStartId?: number;
  /** The group the CSMS (or the list or cache) gave the idToken (C09). */
  readonly groupIdToken?: string;
}

export type TxInput =
  | { readonly type: 'plug'; readonly connectorId: number }
  /** The cable is removed; `stopTransaction` is TxCtrlr.StopTxOnEVSideDisconnect (E09, E10). */
  | { readonly type: 'unplug'; readonly stopTransaction: boolean }
  | ({ readonly type: 'authorize' } & Authorization)
  | { readonly type: 'stopAuthorize'; readonly remote: boolean; readonly idToken?: IdTokenType; readonly masterPass?: boolean }
  /** The EV draws energy (ready) or suspends (SuspendedEV). */
  | { readonly type: 'ev'; readonly ready: boolean }
  /** The EVSE withholds energy (SuspendedEVSE): an idToken the CSMS deauthorized, a fault. */
  | { readonly type: 'evse'; readonly suspended: boolean; readonly reason?: ReasonEnumType }
  /** TxCtrlr.EVConnectionTimeOut ran out: no cable after authorization, or no authorization after the cable. */
  | { readonly type: 'timeout' }
  /** The CSMS answered with an idTokenInfo that is not Accepted (StopTxOnInvalidId). */
  | { readonly type: 'deauthorize' }
  /** Reset Immediate ends the transaction whatever the stop points. */
  | { readonly type: 'reset' }
  /** The station lost power (a power cycle): the transaction ends. */
  | { readonly type: 'powerLoss' }
  | { readonly type: 'periodic' }
  | { readonly type: 'trigger' }
  /** The limit the EVSE offers changed by at least SmartChargingCtrlr.LimitChangeSignificance. */
  | { readonly type: 'rateChanged' };

/** Inputs that only report the running transaction: its trigger reason and the context of its meter reading. */
const REPORTS: { readonly [K in 'periodic' | 'trigger' | 'rateChanged']: readonly [TriggerReasonEnumType, ReadingContextEnumType] } = {
  periodic: ['MeterValuePeriodic', 'Sample.Periodic'],
  trigger: ['Trigger', 'Trigger'],
  rateChanged: ['ChargingRateChanged', 'Other'],
};

export interface TxContext {
  readonly evseId: number;
  readonly startPoints: readonly TxPoint[];
  readonly stopPoints: readonly TxPoint[];
  readonly measurands: { readonly started: readonly string[]; readonly updated: readonly string[]; readonly ended: readonly string[] };
  /** A reading of the EVSE's meter. */
  sample(measurands: readonly string[], context: ReadingContextEnumType): MeterValueType;
  /** True while the station cannot reach the CSMS (the event is queued). */
  readonly offline?: boolean;
  readonly now?: Date;
  readonly newTransactionId?: () => string;
}

interface Started {
  readonly id: string;
  seqNo: number;
  /** Conditions that have been true during the transaction. */
  readonly seen: Set<TxPoint>;
  chargingSinceMs: number | undefined;
  chargedMs: number;
  stoppedReason: ReasonEnumType | undefined;
}

interface Change {
  readonly trigger: TriggerReasonEnumType;
  readonly stoppedReason?: ReasonEnumType;
  readonly idToken?: IdTokenType | undefined;
  /** Ends the transaction whatever the stop points. */
  readonly force?: boolean;
  /** Its stoppedReason wins over one an earlier stop gave (a reset, a power loss, a timeout). */
  readonly overrides?: boolean;
}

/** What the EVSE knows about the session on it, before and during a transaction. */
export class EvseSession {
  /** The connector the EV is plugged into. */
  connectorId: number | undefined = undefined;
  /** Set while an idToken authorizes charging here. */
  authorization: Authorization | undefined = undefined;
  /** The EV's answer to the power offered: none yet, drawing, or suspended. */
  ev: 'waiting' | 'ready' | 'suspended' = 'waiting';
  /** The EVSE withholds energy. */
  evseSuspended = false;
  /** The idToken that started the transaction (a local stop must present the same one, or one of its group). */
  startedBy: Authorization | undefined = undefined;
  private tx: Started | undefined = undefined;
  /** After an Ended with the EV still plugged in, no new transaction before it is unplugged. */
  private waitForUnplug = false;
  /** The idToken goes in the first TransactionEvent after authorization. */
  private idTokenPending = false;
  /** remoteStartId goes in the first TransactionEvent after RequestStartTransaction. */
  private remoteStartPending = false;

  get transactionId(): string | undefined {
    return this.tx?.id;
  }

  get active(): boolean {
    return this.tx !== undefined;
  }

  /** An idToken may authorize a new session here (not while the last session's EV is still plugged in). */
  get canAuthorize(): boolean {
    return this.authorization === undefined && !this.waitForUnplug;
  }

  /** No EV, no authorization, no transaction. */
  get idle(): boolean {
    return this.connectorId === undefined && this.authorization === undefined && this.tx === undefined;
  }

  get powerPathClosed(): boolean {
    return this.connectorId !== undefined && this.authorization !== undefined;
  }

  /** Energy flows to the EV. */
  get charging(): boolean {
    return this.powerPathClosed && this.ev === 'ready' && !this.evseSuspended;
  }

  get chargingState(): ChargingStateEnumType {
    if (this.connectorId === undefined) return 'Idle';
    if (this.authorization === undefined) return 'EVConnected';
    if (this.evseSuspended) return 'SuspendedEVSE';
    return this.ev === 'ready' ? 'Charging' : this.ev === 'suspended' ? 'SuspendedEV' : 'EVConnected';
  }

  private holds(point: TxPoint): boolean {
    switch (point) {
      case 'EVConnected':
        return this.connectorId !== undefined;
      case 'Authorized':
        return this.authorization !== undefined;
      case 'PowerPathClosed':
        return this.powerPathClosed;
      case 'EnergyTransfer':
        return this.charging;
    }
  }

  /** Applies one input; returns the TransactionEventRequests to send, in order. */
  apply(input: TxInput, ctx: TxContext): TransactionEventRequest[] {
    const now = ctx.now ?? new Date();
    if (input.type === 'periodic' || input.type === 'trigger' || input.type === 'rateChanged') {
      if (this.tx === undefined) return [];
      const [trigger, context] = REPORTS[input.type];
      return [this.event('Updated', trigger, ctx, now, { meter: ['updated', context] })];
    }
    const wasCharging = this.charging;
    const change = this.change(input);
    if (change === undefined) return [];
    if (!this.powerPathClosed) this.ev = 'waiting';
    if (this.charging !== wasCharging) this.chargingChanged(now);

    const tx = this.tx;
    if (tx === undefined) {
      if (this.waitForUnplug || !ctx.startPoints.some((p) => this.holds(p))) return [];
      this.tx = { id: (ctx.newTransactionId ?? randomUUID)(), seqNo: 0, seen: new Set(), chargingSinceMs: this.charging ? now.getTime() : undefined, chargedMs: 0, stoppedReason: undefined };
      this.startedBy = this.authorization;
      this.note();
      return [this.event('Started', change.trigger, ctx, now, { meter: ['started', 'Transaction.Begin'], idToken: change.idToken })];
    }
    if (this.authorization !== undefined && this.startedBy === undefined) this.startedBy = this.authorization;
    if (change.force === true || this.ended(ctx.stopPoints)) {
      const reason = change.overrides === true ? change.stoppedReason : (tx.stoppedReason ?? change.stoppedReason);
      const ended = this.event('Ended', change.trigger, ctx, now, { meter: ['ended', 'Transaction.End'], idToken: change.idToken, stoppedReason: reason ?? 'Other' });
      this.tx = undefined;
      this.startedBy = undefined;
      this.authorization = undefined;
      this.idTokenPending = false;
      this.remoteStartPending = false;
      this.evseSuspended = false;
      this.ev = 'waiting';
      this.waitForUnplug = this.connectorId !== undefined;
      return [ended];
    }
    this.note();
    return [this.event('Updated', change.trigger, ctx, now, { idToken: change.idToken })];
  }

  /** Applies an input to the state; undefined when it changes nothing. */
  private change(input: Exclude<TxInput, { type: 'periodic' | 'trigger' | 'rateChanged' }>): Change | undefined {
    switch (input.type) {
      case 'plug':
        if (this.connectorId !== undefined) return undefined;
        this.connectorId = input.connectorId;
        return { trigger: 'CablePluggedIn' };
      case 'unplug': {
        if (this.connectorId === undefined) return undefined;
        this.connectorId = undefined;
        this.waitForUnplug = false;
        // E09: StopTxOnEVSideDisconnect ends the transaction; otherwise it is suspended (E10).
        const stop = input.stopTransaction && this.tx !== undefined;
        if (stop) this.authorization = undefined;
        return { trigger: 'EVCommunicationLost', stoppedReason: 'EVDisconnected', force: stop };
      }
      case 'authorize': {
        if (this.authorization !== undefined || this.waitForUnplug) return undefined;
        const { type: _type, ...authorization } = input;
        this.authorization = authorization;
        this.idTokenPending = true;
        this.remoteStartPending = input.remoteStartId !== undefined;
        return { trigger: input.remoteStartId !== undefined ? 'RemoteStart' : 'Authorized' };
      }
      case 'stopAuthorize': {
        if (this.authorization === undefined && this.tx === undefined) return undefined;
        this.authorization = undefined;
        const stoppedReason: ReasonEnumType = input.remote ? 'Remote' : input.masterPass === true ? 'MasterPass' : 'Local';
        if (this.tx !== undefined) this.tx.stoppedReason = stoppedReason;
        return { trigger: input.remote ? 'RemoteStop' : 'StopAuthorized', stoppedReason, idToken: input.idToken };
      }
      case 'ev': {
        const state = input.ready ? 'ready' : 'suspended';
        if (!this.powerPathClosed || this.ev === state) return undefined;
        const before = this.chargingState;
        this.ev = state;
        return before === this.chargingState ? undefined : { trigger: 'ChargingStateChanged', stoppedReason: 'StoppedByEV' };
      }
      case 'evse': {
        if (this.evseSuspended === input.suspended) return undefined;
        const before = this.chargingState;
        this.evseSuspended = input.suspended;
        return before === this.chargingState ? undefined : { trigger: 'ChargingStateChanged', stoppedReason: input.reason ?? 'Other' };
      }
      case 'timeout':
        if (this.authorization !== undefined && this.connectorId === undefined) {
          this.authorization = undefined;
          return { trigger: 'EVConnectTimeout', stoppedReason: 'Timeout' };
        }
        // A transaction the cable started that no valid idToken followed.
        if (this.tx !== undefined && this.connectorId !== undefined && this.authorization === undefined) return { trigger: 'EVConnectTimeout', stoppedReason: 'Timeout', force: true, overrides: true };
        return undefined;
      case 'deauthorize':
        if (this.authorization === undefined) return undefined;
        this.authorization = undefined;
        if (this.tx !== undefined) this.tx.stoppedReason = 'DeAuthorized';
        return { trigger: 'Deauthorized', stoppedReason: 'DeAuthorized' };
      case 'reset':
      case 'powerLoss':
        this.authorization = undefined;
        if (this.tx === undefined) return undefined;
        return input.type === 'reset'
          ? { trigger: 'ResetCommand', stoppedReason: 'ImmediateReset', force: true, overrides: true }
          : { trigger: 'AbnormalCondition', stoppedReason: 'PowerLoss', force: true, overrides: true };
    }
  }

  /** Records which stop conditions are true now. */
  private note(): void {
    if (this.tx === undefined) return;
    for (const p of TX_POINTS) if (this.holds(p)) this.tx.seen.add(p);
  }

  private ended(stopPoints: readonly TxPoint[]): boolean {
    const tx = this.tx;
    if (tx === undefined) return false;
    return stopPoints.some((p) => tx.seen.has(p) && !this.holds(p));
  }

  /** Keeps timeSpentCharging: the energy flow just started or stopped. */
  private chargingChanged(now: Date): void {
    const tx = this.tx;
    if (tx === undefined) return;
    if (this.charging) tx.chargingSinceMs = now.getTime();
    else if (tx.chargingSinceMs !== undefined) {
      tx.chargedMs += now.getTime() - tx.chargingSinceMs;
      tx.chargingSinceMs = undefined;
    }
  }

  private event(
    eventType: TransactionEventEnumType,
    triggerReason: TriggerReasonEnumType,
    ctx: TxContext,
    now: Date,
    extra: { meter?: ['started' | 'updated' | 'ended', ReadingContextEnumType]; idToken?: IdTokenType | undefined; stoppedReason?: ReasonEnumType },
  ): TransactionEventRequest {
    const tx = this.tx!;
    const charged = tx.chargedMs + (tx.chargingSinceMs !== undefined ? now.getTime() - tx.chargingSinceMs : 0);
    const info: TransactionType = {
      transactionId: tx.id,
      chargingState: this.chargingState,
      timeSpentCharging: Math.floor(charged / 1000),
      ...(extra.stoppedReason !== undefined && { stoppedReason: extra.stoppedReason }),
      ...(this.remoteStartPending && this.authorization?.remoteStartId !== undefined && { remoteStartId: this.authorization.remoteStartId }),
    };
    this.remoteStartPending = false;
    let idToken = extra.idToken;
    if (idToken === undefined && this.idTokenPending && this.authorization !== undefined) idToken = this.authorization.idToken;
    if (this.authorization !== undefined) this.idTokenPending = false;
    let meterValue: MeterValueType[] | undefined;
    if (extra.meter !== undefined) {
      const [which, context] = extra.meter;
      const measurands = ctx.measurands[which];
      if (measurands.length > 0) meterValue = [ctx.sample(measurands, context)];
    }
    return {
      eventType,
      timestamp: now.toISOString(),
      triggerReason,
      seqNo: tx.seqNo++,
      ...(ctx.offline === true && { offline: true }),
      transactionInfo: info,
      evse: { id: ctx.evseId, ...(this.connectorId !== undefined && { connectorId: this.connectorId }) },
      ...(idToken !== undefined && { idToken }),
      ...(meterValue !== undefined && { meterValue }),
    };
  }
}
