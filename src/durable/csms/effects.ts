/**
 * Transaction messages as the CSMS records them: which messages count, the
 * key that recognises a station's retry of the same message, and the
 * version-neutral effect of each on the transaction and meter records.
 *
 * Keys (unique per station):
 * - 2.x TransactionEvent: transactionId + seqNo. A station numbers the
 *   events of a transaction without gaps or repeats, so this pair is the
 *   message (a new transaction starting at seqNo 0 again is another key,
 *   TC_E_53_CSMS).
 * - 1.6 StartTransaction: connectorId + idTag + timestamp + meterStart (+
 *   reservationId). A retry repeats them all; two different starts cannot
 *   share them all (one connector, one instant, one meter reading).
 * - 1.6 StopTransaction: the transactionId, since a transaction stops once;
 *   with transactionId -1 (a transaction whose start was never answered,
 *   errata v4.0) many transactions share it, so timestamp + meterStop are
 *   added.
 * - 1.6 MeterValues: connectorId + transactionId + a fingerprint of the
 *   meter values (their timestamps and readings).
 * Timestamps are compared as instants, so "…00Z" and "…00.000Z" are one key.
 */
import { fingerprint } from '../json.js';
import type { TransactionVersion } from '../station/rules.js';
import type { TransactionEffect } from './records.js';

type Fields = Readonly<Record<string, unknown>>;

function fields(value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${what} must be an object`);
  return value as Fields;
}

function optionalFields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function int(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new TypeError(`${what} must be an integer`);
  return value;
}

function optionalInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string`);
  return value;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The instant of a timestamp, for keys; the text itself when it does not parse. */
function instant(timestamp: string): string {
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? timestamp : String(ms);
}

function meterValues(list: unknown): TransactionEffect['meterValues'] {
  if (!Array.isArray(list)) return [];
  const out: { timestamp: string; sampledValue: readonly unknown[] }[] = [];
  for (const item of list) {
    const mv = optionalFields(item);
    const timestamp = optionalText(mv?.['timestamp']);
    const sampled = mv?.['sampledValue'];
    if (timestamp !== undefined && Array.isArray(sampled)) out.push({ timestamp, sampledValue: sampled });
  }
  return out;
}

const ACTIONS_2X: ReadonlySet<string> = new Set(['TransactionEvent']);
const ACTIONS_16: ReadonlySet<string> = new Set(['StartTransaction', 'StopTransaction', 'MeterValues']);

/** True when the CSMS records `action` as a transaction message in `version`. */
export function isTransactionAction(version: TransactionVersion, action: string): boolean {
  return (version === 'ocpp1.6' ? ACTIONS_16 : ACTIONS_2X).has(action);
}

/**
 * The effect of one transaction message (a payload that passed validation).
 * Throws a TypeError for an action that is no transaction message of the
 * version, or a payload missing what the key needs.
 */
export function transactionEffect(version: TransactionVersion, action: string, payload: unknown): TransactionEffect {
  if (!isTransactionAction(version, action)) throw new TypeError(`${action} is not a transaction message in ${version}`);
  const p = fields(payload, `the ${action} payload`);
  const print = fingerprint(payload);
  if (version !== 'ocpp1.6') return transactionEvent(p, print);
  switch (action) {
    case 'StartTransaction':
      return startTransaction(p, print);
    case 'StopTransaction':
      return stopTransaction(p, print);
    default:
      return meterValues16(p, print);
  }
}

function transactionEvent(p: Fields, print: string): TransactionEffect {
  const info = fields(p['transactionInfo'], 'transactionInfo');
  const transactionId = text(info['transactionId'], 'transactionInfo.transactionId');
  const seqNo = int(p['seqNo'], 'seqNo');
  const eventType = text(p['eventType'], 'eventType');
  const evse = optionalFields(p['evse']);
  const evseId = optionalInt(evse?.['id']);
  const connectorId = optionalInt(evse?.['connectorId']);
  const idToken = optionalText(optionalFields(p['idToken'])?.['idToken']);
  const stoppedReason = optionalText(info['stoppedReason']);
  const chargingState = optionalText(info['chargingState']);
  return {
    key: `TransactionEvent|${transactionId}|${seqNo}`,
    fingerprint: print,
    action: 'TransactionEvent',
    kind: eventType === 'Started' ? 'started' : eventType === 'Ended' ? 'ended' : 'updated',
    transactionId,
    seqNo,
    timestamp: text(p['timestamp'], 'timestamp'),
    ...(evseId !== undefined && { evseId }),
    ...(connectorId !== undefined && { connectorId }),
    ...(idToken !== undefined && { idToken }),
    ...(stoppedReason !== undefined && { stoppedReason }),
    ...(chargingState !== undefined && { chargingState }),
    meterValues: meterValues(p['meterValue']),
  };
}

function startTransaction(p: Fields, print: string): TransactionEffect {
  const connectorId = int(p['connectorId'], 'connectorId');
  const idTag = text(p['idTag'], 'idTag');
  const timestamp = text(p['timestamp'], 'timestamp');
  const meterStart = int(p['meterStart'], 'meterStart');
  const reservationId = optionalInt(p['reservationId']);
  return {
    key: `StartTransaction|${connectorId}|${idTag}|${instant(timestamp)}|${meterStart}|${reservationId ?? ''}`,
    fingerprint: print,
    action: 'StartTransaction',
    kind: 'started',
    transactionId: undefined,
    timestamp,
    connectorId,
    idToken: idTag,
    meterStartWh: meterStart,
    meterValues: [],
  };
}

function stopTransaction(p: Fields, print: string): TransactionEffect {
  const transactionId = int(p['transactionId'], 'transactionId');
  const timestamp = text(p['timestamp'], 'timestamp');
  const meterStop = int(p['meterStop'], 'meterStop');
  const idTag = optionalText(p['idTag']);
  const reason = optionalText(p['reason']);
  return {
    key: transactionId === -1 ? `StopTransaction|-1|${instant(timestamp)}|${meterStop}` : `StopTransaction|${transactionId}`,
    fingerprint: print,
    action: 'StopTransaction',
    kind: 'ended',
    transactionId: String(transactionId),
    timestamp,
    meterStopWh: meterStop,
    // 1.6 4.10: no reason means Local.
    stoppedReason: reason ?? 'Local',
    ...(idTag !== undefined && { idToken: idTag }),
    meterValues: meterValues(p['transactionData']),
  };
}

function meterValues16(p: Fields, print: string): TransactionEffect {
  const connectorId = int(p['connectorId'], 'connectorId');
  const transactionId = optionalInt(p['transactionId']);
  const values = meterValues(p['meterValue']);
  return {
    key: `MeterValues|${connectorId}|${transactionId ?? ''}|${fingerprint(p['meterValue'])}`,
    fingerprint: print,
    action: 'MeterValues',
    kind: 'meterValues',
    transactionId: transactionId === undefined ? undefined : String(transactionId),
    timestamp: values[0]?.timestamp ?? '',
    connectorId,
    meterValues: values,
  };
}
