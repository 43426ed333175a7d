/**
 * The transaction logic of one EVSE (use cases E01-E07, F01-F04): what the
 * driver, the EV and the CSMS do (plug in, authorize, charge, stop, unplug,
 * time out) goes in; the TransactionEventRequests it causes come out, with
 * the trigger reasons Part 6's reusable states expect. When a transaction
 * starts and ends follows TxCtrlr.TxStartPoint and TxStopPoint: it starts
 * when the first start point becomes true, and ends when a stop point that
 * was true during the transaction stops being true (E01, E06).
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

export type TxInput =
  | { readonly type: 'plug'; readonly connectorId: number }
  | { readonly type: 'unplug' }
  | { readonly type: 'authorize'; readonly idToken: IdTokenType; readonly remoteStartId?: number }
  | { readonly type: 'stopAuthorize'; readonly remote: boolean; readonly idToken?: IdTokenType }
  /** The EV starts or stops drawing energy. */
  | { readonly type: 'energy'; readonly on: boolean }
  /** TxCtrlr.EVConnectionTimeOut ran out before the cable was plugged in. */
  | { readonly type: 'timeout' }
  /** The CSMS answered a TransactionEvent with an idTokenInfo that is not Accepted (StopTxOnInvalidId). */
  | { readonly type: 'deauthorize' }
  /** Reset Immediate ends the transaction whatever the stop points. */
  | { readonly type: 'reset' }
  | { readonly type: 'periodic' }
  | { readonly type: 'trigger' };

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

/** What the EVSE knows about the session on it, before and during a transaction. */
export class EvseSession {
  /** The connector the EV is plugged into. */
  connectorId: number | undefined = undefined;
  /** Set while an idToken authorizes charging here. */
  authorization: { readonly idToken: IdTokenType; readonly remoteStartId?: number } | undefined = undefined;
  /** Energy flows to the EV. */
  charging = false;
  private tx: Started | undefined = undefined;
  /** After an Ended with the EV still plugged in, no new transaction before it is unplugged. */
  private waitForUnplug = false;
  /** The idToken goes in the first TransactionEvent after authorization. */
  private idTokenPending = false;
  /** remoteStartId goes in the first TransactionEvent after RequestStartTransaction. */
  private remoteStartPending = false;
  /** The idToken that started the transaction (a local stop must present the same one, or the CSMS's group). */
  startedBy: IdTokenType | undefined = undefined;

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

  get chargingState(): ChargingStateEnumType {
    if (this.charging) return 'Charging';
    return this.connectorId !== undefined ? 'EVConnected' : 'Idle';
  }

  private holds(point: TxPoint): boolean {
    switch (point) {
      case 'EVConnected':
        return this.connectorId !== undefined;
      case 'Authorized':
        return this.authorization !== undefined;
      case 'PowerPathClosed':
        return this.connectorId !== undefined && this.authorization !== undefined;
      case 'EnergyTransfer':
        return this.charging;
    }
  }

  /** Applies one input; returns the TransactionEventRequests to send, in order. */
  apply(input: TxInput, ctx: TxContext): TransactionEventRequest[] {
    const now = ctx.now ?? new Date();
    let trigger: TriggerReasonEnumType;
    let stoppedReason: ReasonEnumType | undefined;
    let idToken: IdTokenType | undefined;
    let force = false;
    switch (input.type) {
      case 'plug':
        if (this.connectorId !== undefined) return [];
        this.connectorId = input.connectorId;
        trigger = 'CablePluggedIn';
        break;
      case 'unplug':
        if (this.connectorId === undefined) return [];
        this.setCharging(false, now);
        this.connectorId = undefined;
        this.waitForUnplug = false;
        trigger = 'EVCommunicationLost';
        stoppedReason = 'EVDisconnected';
        break;
      case 'authorize':
        if (this.authorization !== undefined || this.waitForUnplug) return [];
        this.authorization = { idToken: input.idToken, ...(input.remoteStartId !== undefined && { remoteStartId: input.remoteStartId }) };
        this.idTokenPending = true;
        this.remoteStartPending = input.remoteStartId !== undefined;
        trigger = input.remoteStartId !== undefined ? 'RemoteStart' : 'Authorized';
        break;
      case 'stopAuthorize':
        if (this.authorization === undefined && this.tx === undefined) return [];
        this.setCharging(false, now);
        this.authorization = undefined;
        trigger = input.remote ? 'RemoteStop' : 'StopAuthorized';
        stoppedReason = input.remote ? 'Remote' : 'Local';
        if (this.tx !== undefined) this.tx.stoppedReason = stoppedReason;
        idToken = input.idToken;
        break;
      case 'energy':
        if (input.on === this.charging) return [];
        if (input.on && !(this.connectorId !== undefined && this.authorization !== undefined)) return [];
        this.setCharging(input.on, now);
        trigger = 'ChargingStateChanged';
        stoppedReason = 'StoppedByEV';
        break;
      case 'timeout':
        if (this.authorization === undefined || this.connectorId !== undefined) return [];
        this.authorization = undefined;
        trigger = 'EVConnectTimeout';
        stoppedReason = 'Timeout';
        break;
      case 'deauthorize':
        if (this.authorization === undefined) return [];
        this.setCharging(false, now);
        this.authorization = undefined;
        trigger = 'Deauthorized';
        stoppedReason = 'DeAuthorized';
        break;
      case 'reset':
        if (this.tx === undefined) {
          this.authorization = undefined;
          return [];
        }
        this.setCharging(false, now);
        this.authorization = undefined;
        trigger = 'ResetCommand';
        stoppedReason = 'ImmediateReset';
        force = true;
        break;
      case 'periodic':
      case 'trigger':
        if (this.tx === undefined) return [];
        return [this.event('Updated', input.type === 'periodic' ? 'MeterValuePeriodic' : 'Trigger', ctx, now, {
          meter: input.type === 'periodic' ? ['updated', 'Sample.Periodic'] : ['updated', 'Trigger'],
        })];
    }

    const tx = this.tx;
    if (tx === undefined) {
      if (this.waitForUnplug || !ctx.startPoints.some((p) => this.holds(p))) return [];
      this.tx = {
        id: (ctx.newTransactionId ?? randomUUID)(),
        seqNo: 0,
        seen: new Set(),
        chargingSinceMs: this.charging ? now.getTime() : undefined,
        chargedMs: 0,
        stoppedReason: undefined,
      };
      this.startedBy = this.authorization?.idToken;
      this.note();
      return [this.event('Started', trigger, ctx, now, { meter: ['started', 'Transaction.Begin'], idToken })];
    }
    if (this.authorization !== undefined && this.startedBy === undefined) this.startedBy = this.authorization.idToken;
    if (force || this.ended(ctx.stopPoints)) {
      const reason = force ? stoppedReason : (tx.stoppedReason ?? stoppedReason);
      const ended = this.event('Ended', trigger, ctx, now, { meter: ['ended', 'Transaction.End'], idToken, stoppedReason: reason ?? 'Other' });
      this.tx = undefined;
      this.startedBy = undefined;
      this.authorization = undefined;
      this.idTokenPending = false;
      this.remoteStartPending = false;
      this.waitForUnplug = this.connectorId !== undefined;
      return [ended];
    }
    this.note();
    return [this.event('Updated', trigger, ctx, now, { idToken })];
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

  private setCharging(on: boolean, now: Date): void {
    if (this.charging === on) return;
    this.charging = on;
    const tx = this.tx;
    if (tx === undefined) return;
    if (on) tx.chargingSinceMs = now.getTime();
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
