/**
 * 2.x TransactionEvent to and from the neutral event, for a dialect. Not
 * carried: 2.1's costDetails, preconditioningStatus, evseSleep, and the
 * transaction's operationMode, tariffId and transactionLimit; in the answer
 * 2.1's transactionLimit and updatedPersonalMessageExtra; customData.
 */
import type * as M from '../../v21/generated/messages.js';
import type * as T21 from '../../v21/generated/types.js';
import { context, lose, type Context } from '../errors.js';
import { registerReading } from '../meter.js';
import type { MeterValue, StopReason, TriggerReason } from '../types/common.js';
import type { StationMessageCodec } from '../types/maps.js';
import type { TransactionEvent, TransactionInfo } from '../types/transaction.js';
import { compact, type Mutable } from '../util.js';
import { evseOf2x, evseTo2x, idTokenInfoOf2x, idTokenInfoTo2x, messageOf2x, messageTo2x, meterValueOf2x, meterValueTo2x, tokenOf2x, tokenTo2x } from './common.js';
import type { Dialect } from './dialect.js';

/** A stop reason as the dialect writes it (rule stop-reason-2x). */
function stopReasonTo2x(ctx: Context, d: Dialect, reason: StopReason | undefined): T21.TransactionType['stoppedReason'] {
  if (reason === undefined) return undefined;
  const r = reason === 'HardReset' || reason === 'SoftReset' ? 'ImmediateReset' : d.reasons.includes(reason) ? reason : 'Other';
  if (r !== reason) lose(ctx, 'stop-reason-2x', 'transaction.stoppedReason', `${reason} sent as ${r}`);
  // ImmediateReset and Other are in every 2.x list; any other value was found in the dialect's list.
  return r as T21.TransactionType['stoppedReason'];
}

/** A trigger reason as the dialect writes it (rule trigger-reason-2x). */
function triggerTo2x(ctx: Context, d: Dialect, reason: TriggerReason): TriggerReason {
  if (d.triggerReasons.includes(reason)) return reason;
  lose(ctx, 'trigger-reason-2x', 'triggerReason', `${reason} sent as Trigger`);
  return 'Trigger';
}

/**
 * The event's meter values, with a 1.6 meterStart or meterStop added as a
 * register reading where the event has none (rule meter-start-stop-2x).
 */
function withRegisters(ctx: Context, e: TransactionEvent): readonly MeterValue[] | undefined {
  let values = e.meterValue;
  const add = (wh: number | undefined, context: 'Transaction.Begin' | 'Transaction.End', field: string) => {
    if (wh === undefined || registerReading(values, context) !== undefined) return;
    lose(ctx, 'meter-start-stop-2x', field, `sent as an Energy.Active.Import.Register value with context ${context}`);
    const reading: MeterValue = {
      timestamp: e.timestamp,
      sampledValue: [{ value: wh, context, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }],
    };
    values = [...(values ?? []), reading];
  };
  add(e.meterStart, 'Transaction.Begin', 'meterStart');
  add(e.meterStop, 'Transaction.End', 'meterStop');
  return values;
}

/** The 2.x TransactionEvent codec for a dialect. */
export function transactionEvent2x(d: Dialect): StationMessageCodec<'transaction', M.TransactionEventRequest, M.TransactionEventResponse> {
  return {
    message: 'transaction',
    // Built field by field (no compact): every transaction message of a 2.x station passes here.
    readRequest: (p) => {
      const t = p.transactionInfo;
      const transaction: Mutable<TransactionInfo> = { id: t.transactionId };
      if (t.chargingState !== undefined) transaction.chargingState = t.chargingState;
      if (t.timeSpentCharging !== undefined) transaction.timeSpentCharging = t.timeSpentCharging;
      if (t.stoppedReason !== undefined) transaction.stoppedReason = t.stoppedReason;
      if (t.remoteStartId !== undefined) transaction.remoteStartId = t.remoteStartId;
      // The fields in the order the codec always gave them; `transaction` follows the optional ones.
      const e = { eventType: p.eventType, timestamp: p.timestamp, triggerReason: p.triggerReason, seqNo: p.seqNo } as Mutable<TransactionEvent>;
      if (p.offline !== undefined) e.offline = p.offline;
      if (p.numberOfPhasesUsed !== undefined) e.numberOfPhasesUsed = p.numberOfPhasesUsed;
      if (p.cableMaxCurrent !== undefined) e.cableMaxCurrent = p.cableMaxCurrent;
      if (p.reservationId !== undefined) e.reservationId = p.reservationId;
      e.transaction = transaction;
      if (p.evse !== undefined) e.evse = evseOf2x(p.evse);
      if (p.idToken !== undefined) e.idToken = tokenOf2x(p.idToken);
      if (p.meterValue !== undefined) e.meterValue = p.meterValue.map(meterValueOf2x);
      return e;
    },
    writeRequest: (e, options) => {
      const ctx = context(d.version, options);
      const t = e.transaction;
      const meterValue = withRegisters(ctx, e);
      return compact({
        eventType: e.eventType,
        meterValue: meterValue?.map((mv, i) => meterValueTo2x(ctx, d, mv, `meterValue[${i}]`)),
        timestamp: e.timestamp,
        triggerReason: triggerTo2x(ctx, d, e.triggerReason),
        seqNo: e.seqNo,
        offline: e.offline,
        numberOfPhasesUsed: e.numberOfPhasesUsed,
        cableMaxCurrent: e.cableMaxCurrent,
        reservationId: e.reservationId,
        transactionInfo: compact({
          transactionId: t.id,
          chargingState: t.chargingState,
          timeSpentCharging: t.timeSpentCharging,
          stoppedReason: stopReasonTo2x(ctx, d, t.stoppedReason),
          remoteStartId: t.remoteStartId,
        }),
        evse: e.evse === undefined ? undefined : evseTo2x(e.evse),
        idToken: e.idToken === undefined ? undefined : tokenTo2x(ctx, d, e.idToken, 'idToken'),
      });
    },
    readResponse: (p) =>
      compact({
        idTokenInfo: p.idTokenInfo === undefined ? undefined : idTokenInfoOf2x(p.idTokenInfo),
        totalCost: p.totalCost,
        chargingPriority: p.chargingPriority,
        updatedPersonalMessage: messageOf2x(p.updatedPersonalMessage),
      }),
    writeResponse: (a, options) => {
      // The usual answer to an Updated event: nothing to say.
      if (a.totalCost === undefined && a.chargingPriority === undefined && a.idTokenInfo === undefined && a.updatedPersonalMessage === undefined) return {};
      const ctx = context(d.version, options);
      return compact({
        totalCost: a.totalCost,
        chargingPriority: a.chargingPriority,
        idTokenInfo: a.idTokenInfo === undefined ? undefined : idTokenInfoTo2x(ctx, d, a.idTokenInfo, 'idTokenInfo'),
        updatedPersonalMessage: messageTo2x(ctx, d, a.updatedPersonalMessage, 'updatedPersonalMessage'),
      });
    },
  };
}
