/**
 * 1.6 transaction messages as neutral transaction events, and back.
 *
 * StartTransaction is a Started event, a MeterValues with a transactionId an
 * Updated event, StopTransaction an Ended event. What 1.6 does not send, the
 * reading side supplies from the tracker: the transaction id (assigned by
 * the CSMS), the sequence number (the order of arrival, 1.6 section 3.7),
 * the EVSE of a StopTransaction (from its StartTransaction) and the remote
 * start id (matched by the tracker). The trigger reason is derived: see
 * `stopTriggers16` and `meterTrigger16`.
 */
import type * as M from '../../v16/generated/messages.js';
import type { StopTransactionMeterValue, StopTransactionSampledValue } from '../../v16/generated/types.js';
import * as E16 from '../../v16/generated/enums.js';
import { context, lose, refuse, type Context, type ConversionOptions } from '../errors.js';
import { registerReading } from '../meter.js';
import type { EvseRef, MeterValue, StopReason, TriggerReason } from '../types/common.js';
import type { TransactionAnswer, TransactionEvent } from '../types/transaction.js';
import { compact, integerTransactionId, isOneOf } from '../util.js';
import { connectorOf, evseOfConnector, idTagInfoOf, idTagOf, idTokenInfoOf16, meterValueOf16, meterValueTo16, sampledValueTo16, tokenOfIdTag } from './common.js';

const V = '1.6';

/** What a 1.6 transaction message lacks and the tracker knows. */
export interface TransactionContext16 {
  /** The event's place in the transaction (0 for StartTransaction). */
  readonly seqNo: number;
  /** The EVSE of the transaction (a StopTransaction does not name it). */
  readonly evse?: EvseRef;
  /** The remote start this transaction answers, when the tracker matched one. */
  readonly remoteStartId?: number;
}

/** The trigger reason a 1.6 stop reason stands for (1.6 sends none). Absent reason: Local. */
export const stopTriggers16: Readonly<Record<E16.Reason, TriggerReason>> = {
  Local: 'StopAuthorized',
  Remote: 'RemoteStop',
  EVDisconnected: 'EVCommunicationLost',
  DeAuthorized: 'Deauthorized',
  HardReset: 'ResetCommand',
  SoftReset: 'ResetCommand',
  UnlockCommand: 'UnlockCommand',
  EmergencyStop: 'AbnormalCondition',
  PowerLoss: 'AbnormalCondition',
  Reboot: 'AbnormalCondition',
  Other: 'AbnormalCondition',
};

/** The trigger reason of a 1.6 MeterValues: clock-aligned, triggered, or else periodic. */
export function meterTrigger16(meterValue: readonly MeterValue[]): TriggerReason {
  let only: string | undefined;
  for (const mv of meterValue) {
    for (const v of mv.sampledValue) {
      const c = v.context ?? 'Sample.Periodic';
      if (only !== undefined && only !== c) return 'MeterValuePeriodic';
      only = c;
    }
  }
  return only === 'Sample.Clock' ? 'MeterValueClock' : only === 'Trigger' ? 'Trigger' : 'MeterValuePeriodic';
}

/** A StartTransaction as a Started event of the transaction the CSMS numbered `transactionId`. */
export function readStartTransaction(p: M.StartTransactionRequest, transactionId: number, ctx: Omit<TransactionContext16, 'seqNo' | 'evse'> = {}): TransactionEvent {
  return compact({
    eventType: 'Started',
    timestamp: p.timestamp,
    triggerReason: ctx.remoteStartId === undefined ? 'Authorized' : 'RemoteStart',
    seqNo: 0,
    reservationId: p.reservationId,
    transaction: compact({ id: String(transactionId), remoteStartId: ctx.remoteStartId }),
    evse: evseOfConnector(p.connectorId),
    idToken: tokenOfIdTag(p.idTag),
    meterStart: p.meterStart,
  });
}

/** Reports the event fields no 1.6 transaction message carries (rule transaction-details-16). */
function dropDetails(c: Context, e: TransactionEvent): void {
  const t = e.transaction;
  const present = {
    offline: e.offline,
    numberOfPhasesUsed: e.numberOfPhasesUsed,
    cableMaxCurrent: e.cableMaxCurrent,
    'transaction.chargingState': t.chargingState,
    'transaction.timeSpentCharging': t.timeSpentCharging,
    'transaction.remoteStartId': t.remoteStartId,
  };
  for (const [field, value] of Object.entries(present)) if (value !== undefined) lose(c, 'transaction-details-16', field, 'not sent');
}

/** A Started event as StartTransaction (rule transaction-event-16). */
export function writeStartTransaction(e: TransactionEvent, options?: ConversionOptions): M.StartTransactionRequest {
  const c = context(V, options);
  if (e.evse === undefined) return refuse(c, 'transaction-event-16', 'evse', 'StartTransaction needs a connector');
  if (e.idToken === undefined) return refuse(c, 'transaction-event-16', 'idToken', 'StartTransaction needs an idTag');
  const meterStart = e.meterStart ?? registerReading(e.meterValue, 'Transaction.Begin');
  if (meterStart === undefined) return refuse(c, 'transaction-event-16', 'meterStart', 'no meterStart and no Transaction.Begin register reading');
  dropDetails(c, e);
  if (e.meterValue !== undefined) lose(c, 'transaction-details-16', 'meterValue', 'StartTransaction carries only meterStart');
  return compact({
    connectorId: connectorOf(c, e.evse, 'evse'),
    idTag: idTagOf(c, e.idToken, 'idToken'),
    meterStart: Math.round(meterStart),
    reservationId: e.reservationId,
    timestamp: e.timestamp,
  });
}

/** A MeterValues with a transactionId as an Updated event. */
export function readTransactionMeterValues(p: M.MeterValuesRequest & { transactionId: number }, ctx: TransactionContext16): TransactionEvent {
  const meterValue = p.meterValue.map(meterValueOf16);
  return {
    eventType: 'Updated',
    timestamp: meterValue[0]?.timestamp ?? '',
    triggerReason: meterTrigger16(meterValue),
    seqNo: ctx.seqNo,
    transaction: { id: String(p.transactionId) },
    evse: evseOfConnector(p.connectorId),
    meterValue,
  };
}

/** An Updated event as a MeterValues of its transaction; `evse` where the event names none. */
export function writeTransactionMeterValues(e: TransactionEvent, options?: ConversionOptions, evse?: EvseRef): M.MeterValuesRequest {
  const c = context(V, options);
  const where = e.evse ?? evse;
  if (where === undefined) return refuse(c, 'transaction-event-16', 'evse', 'MeterValues needs a connector');
  if (e.meterValue === undefined || e.meterValue.length === 0) return refuse(c, 'transaction-event-16', 'meterValue', 'MeterValues needs meter values');
  dropDetails(c, e);
  if (e.idToken !== undefined) lose(c, 'transaction-details-16', 'idToken', 'MeterValues carries no idTag');
  return {
    connectorId: connectorOf(c, where, 'evse'),
    transactionId: integerTransactionId(c, e.transaction.id, 'transaction.id'),
    meterValue: e.meterValue.map((mv, i) => meterValueTo16(c, mv, `meterValue[${i}]`)),
  };
}

/** A StopTransaction as an Ended event. */
export function readStopTransaction(p: M.StopTransactionRequest, ctx: TransactionContext16): TransactionEvent {
  return compact({
    eventType: 'Ended',
    timestamp: p.timestamp,
    triggerReason: stopTriggers16[p.reason ?? 'Local'],
    seqNo: ctx.seqNo,
    transaction: compact({ id: String(p.transactionId), stoppedReason: p.reason, remoteStartId: ctx.remoteStartId }),
    evse: ctx.evse,
    idToken: p.idTag === undefined ? undefined : tokenOfIdTag(p.idTag),
    meterValue: p.transactionData?.map(meterValueOf16),
    meterStop: p.meterStop,
  });
}

/** 2.x stop reasons as 1.6's (rule stop-reason-16). */
function reasonOf(c: Context, reason: StopReason | undefined): E16.Reason | undefined {
  if (reason === undefined || isOneOf(E16.Reason, reason)) return reason;
  const r = reason === 'ImmediateReset' ? 'HardReset' : 'Other';
  lose(c, 'stop-reason-16', 'transaction.stoppedReason', `${reason} sent as ${r}`);
  return r;
}

function stopMeterValue(c: Context, mv: MeterValue, field: string): StopTransactionMeterValue {
  const sampledValue: StopTransactionSampledValue[] = mv.sampledValue.map((v, i) => {
    const s = sampledValueTo16(c, v, `${field}.sampledValue[${i}]`);
    const { unit, ...rest } = s;
    if (unit === 'Hertz') return refuse(c, 'meter-value-16', `${field}.sampledValue[${i}].unitOfMeasure`, "StopTransaction's values have no Hertz");
    return unit === undefined ? rest : { ...rest, unit };
  });
  return { timestamp: mv.timestamp, sampledValue };
}

/** An Ended event as StopTransaction (rule transaction-event-16). */
export function writeStopTransaction(e: TransactionEvent, options?: ConversionOptions): M.StopTransactionRequest {
  const c = context(V, options);
  const meterStop = e.meterStop ?? registerReading(e.meterValue, 'Transaction.End');
  if (meterStop === undefined) return refuse(c, 'transaction-event-16', 'meterStop', 'no meterStop and no Transaction.End register reading');
  dropDetails(c, e);
  return compact({
    idTag: e.idToken === undefined ? undefined : idTagOf(c, e.idToken, 'idToken'),
    meterStop: Math.round(meterStop),
    timestamp: e.timestamp,
    transactionId: integerTransactionId(c, e.transaction.id, 'transaction.id'),
    reason: reasonOf(c, e.transaction.stoppedReason),
    transactionData: e.meterValue?.map((mv, i) => stopMeterValue(c, mv, `meterValue[${i}]`)),
  });
}

function dropAnswerExtras(c: Context, a: TransactionAnswer): void {
  for (const f of ['totalCost', 'chargingPriority', 'updatedPersonalMessage'] as const) {
    if (a[f] !== undefined) lose(c, 'transaction-answer-16', f, 'not sent');
  }
}

/** The answer to a StartTransaction, with the id the CSMS assigned (rule start-authorization-16). */
export function writeStartTransactionResponse(a: TransactionAnswer, transactionId: number, options?: ConversionOptions): M.StartTransactionResponse {
  const c = context(V, options);
  dropAnswerExtras(c, a);
  if (a.idTokenInfo === undefined) lose(c, 'start-authorization-16', 'idTokenInfo', 'sent as Accepted');
  return { idTagInfo: a.idTokenInfo === undefined ? { status: 'Accepted' } : idTagInfoOf(c, a.idTokenInfo, 'idTokenInfo'), transactionId };
}

/** A StartTransaction's answer: the neutral answer and the transaction id the CSMS assigned. */
export function readStartTransactionResponse(p: M.StartTransactionResponse): { answer: TransactionAnswer; transactionId: string } {
  return { answer: { idTokenInfo: idTokenInfoOf16(p.idTagInfo) }, transactionId: String(p.transactionId) };
}

/** The answer to a StopTransaction. */
export function writeStopTransactionResponse(a: TransactionAnswer, options?: ConversionOptions): M.StopTransactionResponse {
  const c = context(V, options);
  dropAnswerExtras(c, a);
  return a.idTokenInfo === undefined ? {} : { idTagInfo: idTagInfoOf(c, a.idTokenInfo, 'idTokenInfo') };
}

/** A StopTransaction's answer. */
export function readStopTransactionResponse(p: M.StopTransactionResponse): TransactionAnswer {
  return p.idTagInfo === undefined ? {} : { idTokenInfo: idTokenInfoOf16(p.idTagInfo) };
}

/** The answer to a MeterValues of a transaction (it carries nothing). */
export function writeTransactionMeterValuesResponse(a: TransactionAnswer, options?: ConversionOptions): M.MeterValuesResponse {
  const c = context(V, options);
  dropAnswerExtras(c, a);
  if (a.idTokenInfo !== undefined) lose(c, 'transaction-answer-16', 'idTokenInfo', 'MeterValues.conf carries nothing');
  return {};
}
