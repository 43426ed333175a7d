/**
 * The pieces of 1.6 every message uses, to and from the neutral model:
 * connectors as EVSEs, idTags as tokens, IdTagInfo, sampled values.
 */
import { codePoints } from '../../schema/runtime.js';
import type { IdTagInfo, MeterValue as MeterValue16, SampledValue as SampledValue16 } from '../../v16/generated/types.js';
import * as E16 from '../../v16/generated/enums.js';
import { lose, refuse, type Context } from '../errors.js';
import type { AuthorizationStatus, EvseRef, IdToken, IdTokenInfo, MeterValue, SampledValue, StatusInfo } from '../types/common.js';
import { compact, isOneOf, type Mutable } from '../util.js';

/** The EVSE of a 1.6 connector: n is EVSE n, connector 1; 0 is the station. */
export function evseOfConnector(connectorId: number): EvseRef {
  return connectorId === 0 ? { evseId: 0 } : { evseId: connectorId, connectorId: 1 };
}

/** The 1.6 connector of an EVSE (rule evse-connector-16). */
export function connectorOf(ctx: Context, evse: EvseRef, field: string): number {
  const c = evse.connectorId;
  if (evse.evseId === 0) {
    if (c !== undefined && c !== 0) refuse(ctx, 'evse-connector-16', field, `connector ${c} of EVSE 0`);
    return 0;
  }
  if (c !== undefined && c !== 1) refuse(ctx, 'evse-connector-16', field, `connector ${c} of EVSE ${evse.evseId}`);
  return evse.evseId;
}

/** A 1.6 idTag as a token (1.6 gives no type). */
export function tokenOfIdTag(idTag: string): IdToken {
  return { id: idTag };
}

/** A token as a 1.6 idTag (rules id-token-length-16, id-token-details-16). */
export function idTagOf(ctx: Context, token: IdToken, field: string): string {
  if (codePoints(token.id) > 20) refuse(ctx, 'id-token-length-16', field, `"${token.id}" has ${codePoints(token.id)} characters`);
  if (token.type !== undefined) lose(ctx, 'id-token-details-16', `${field}.type`, `type ${token.type} not sent`);
  if (token.additionalInfo !== undefined) lose(ctx, 'id-token-details-16', `${field}.additionalInfo`, 'additional info not sent');
  return token.id;
}

/** A 1.6 IdTagInfo as neutral IdTokenInfo. */
export function idTokenInfoOf16(info: IdTagInfo): IdTokenInfo {
  return compact({
    status: info.status,
    cacheExpiryDateTime: info.expiryDate,
    groupIdToken: info.parentIdTag === undefined ? undefined : tokenOfIdTag(info.parentIdTag),
  });
}

/** Neutral IdTokenInfo as 1.6 IdTagInfo (rules authorization-status-16, id-token-info-16). */
export function idTagInfoOf(ctx: Context, info: IdTokenInfo, field: string): IdTagInfo {
  let status: E16.AuthorizationStatus;
  if (isOneOf(E16.AuthorizationStatus, info.status)) status = info.status;
  else {
    lose(ctx, 'authorization-status-16', `${field}.status`, `${info.status} sent as Invalid`);
    status = 'Invalid';
  }
  for (const f of ['chargingPriority', 'language1', 'language2', 'evseId', 'personalMessage'] as const) {
    if (info[f] !== undefined) lose(ctx, 'id-token-info-16', `${field}.${f}`, 'not sent');
  }
  return compact({
    expiryDate: info.cacheExpiryDateTime,
    parentIdTag: info.groupIdToken === undefined ? undefined : idTagOf(ctx, info.groupIdToken, `${field}.groupIdToken`),
    status,
  });
}

/** Reports a statusInfo 1.6 cannot carry. */
export function dropStatusInfo(ctx: Context, statusInfo: StatusInfo | undefined, field: string): void {
  if (statusInfo !== undefined) lose(ctx, 'status-info-16', field, `reason ${statusInfo.reasonCode} not sent`);
}

/** The statuses shared by 1.6 and 2.x, as 1.6 needs them typed. */
export function authorizationStatus16(status: AuthorizationStatus): status is E16.AuthorizationStatus {
  return isOneOf(E16.AuthorizationStatus, status);
}

/**
 * The number a 1.6 sampled value's text says, NaN when it is not a decimal
 * number (`[+-]digits[.digits][e[+-]digits]`, surrounding white space
 * allowed). Number() reads exactly those and also the empty text and
 * 0x/0o/0b integers, which are refused here; the text is scanned only when
 * Number() read something.
 */
export function decimalOf(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n)) return NaN;
  const t = text.trim();
  if (t.length === 0) return NaN;
  const second = t.charCodeAt(1) | 32;
  return t.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98) ? NaN : n;
}

/** A 1.6 sampled value: the text is kept; a numeric text is also a number. */
export function sampledValueOf16(v: SampledValue16): SampledValue {
  const n = v.format !== 'SignedData' ? decimalOf(v.value) : NaN;
  // Built field by field (no compact): every meter reading of every 1.6 station passes here.
  const out = (Number.isFinite(n) ? { value: n, text: v.value } : { text: v.value }) as Mutable<SampledValue>;
  if (v.format !== undefined) out.format = v.format;
  if (v.context !== undefined) out.context = v.context;
  if (v.measurand !== undefined) out.measurand = v.measurand;
  if (v.phase !== undefined) out.phase = v.phase;
  if (v.location !== undefined) out.location = v.location;
  if (v.unit !== undefined) out.unitOfMeasure = { unit: v.unit };
  return out;
}

/** A 1.6 meter value in the neutral model. */
export function meterValueOf16(mv: { timestamp: string; sampledValue: readonly SampledValue16[] }): MeterValue {
  return { timestamp: mv.timestamp, sampledValue: mv.sampledValue.map(sampledValueOf16) };
}

const KILO: Readonly<Record<string, E16.UnitOfMeasure>> = { Wh: 'kWh', varh: 'kvarh', W: 'kW', VA: 'kVA', var: 'kvar' };

/** A neutral unit as 1.6's unit: 1.6 knows multipliers 0 and, for some units, 3 (rule meter-value-16). */
function unitOf(ctx: Context, u: SampledValue['unitOfMeasure'], field: string): E16.UnitOfMeasure | undefined {
  if (u === undefined) return undefined;
  const multiplier = u.multiplier ?? 0;
  const unit = u.unit ?? 'Wh';
  const named = multiplier === 0 ? unit : multiplier === 3 ? KILO[unit] : undefined;
  if (named === undefined || !isOneOf(E16.UnitOfMeasure, named)) refuse(ctx, 'meter-value-16', field, `unit ${unit} with multiplier ${multiplier}`);
  // An explicit unit (or multiplier) stays explicit; a bare {} says nothing 1.6 can say.
  return u.unit === undefined && u.multiplier === undefined ? undefined : named;
}

/** A neutral sampled value as 1.6's (rule meter-value-16). */
export function sampledValueTo16(ctx: Context, v: SampledValue, field: string): SampledValue16 {
  if (v.signedMeterValue !== undefined) refuse(ctx, 'meter-value-16', `${field}.signedMeterValue`, '1.6 has no signed-value block');
  if (v.measurand !== undefined && !isOneOf(E16.Measurand, v.measurand)) refuse(ctx, 'meter-value-16', `${field}.measurand`, `${v.measurand}`);
  if (v.location !== undefined && !isOneOf(E16.Location, v.location)) refuse(ctx, 'meter-value-16', `${field}.location`, `${v.location}`);
  const text = v.text ?? (v.value === undefined ? undefined : String(v.value));
  if (text === undefined) refuse(ctx, 'meter-value-16', `${field}.value`, 'no value');
  return compact({
    value: text,
    context: v.context,
    format: v.format,
    measurand: v.measurand,
    phase: v.phase,
    location: v.location,
    unit: unitOf(ctx, v.unitOfMeasure, `${field}.unitOfMeasure`),
  });
}

/** A neutral meter value as 1.6's. */
export function meterValueTo16(ctx: Context, mv: MeterValue, field: string): MeterValue16 {
  return { timestamp: mv.timestamp, sampledValue: mv.sampledValue.map((v, i) => sampledValueTo16(ctx, v, `${field}.sampledValue[${i}]`)) };
}
