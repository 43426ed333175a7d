/**
 * The pieces of 2.x every message uses, to and from the neutral model.
 * Written against 2.1's types, which hold 2.0.1's; the dialect checks what
 * 2.0.1 does not accept. customData is not carried.
 */
import type * as T21 from '../../v21/generated/types.js';
import { lose, refuse, type Context } from '../errors.js';
import type { EvseRef, IdToken, IdTokenInfo, MessageContent, MeterValue, SampledValue, StatusInfo } from '../types/common.js';
import { compact, mapOptional, type Mutable } from '../util.js';
import type { Dialect } from './dialect.js';

/** A 2.x EVSE reference. */
export function evseOf2x(e: T21.EVSEType): EvseRef {
  return e.connectorId === undefined ? { evseId: e.id } : { evseId: e.id, connectorId: e.connectorId };
}

/** A neutral EVSE reference as 2.x's. */
export function evseTo2x(e: EvseRef): T21.EVSEType {
  return compact({ id: e.evseId, connectorId: e.connectorId });
}

/** A 2.x token. */
export function tokenOf2x(t: T21.IdTokenType): IdToken {
  return compact({
    id: t.idToken,
    type: t.type,
    additionalInfo: mapOptional(t.additionalInfo, (a) => ({ id: a.additionalIdToken, type: a.type })),
  });
}

/** A neutral token as 2.x's (rules id-token-type-default, id-token-type-201). */
export function tokenTo2x(ctx: Context, d: Dialect, t: IdToken, field: string): T21.IdTokenType {
  let type = t.type;
  if (type === undefined) {
    lose(ctx, 'id-token-type-default', `${field}.type`, 'sent as Central');
    type = 'Central';
  }
  if (d.idTokenTypes !== undefined && !d.idTokenTypes.includes(type)) refuse(ctx, 'id-token-type-201', `${field}.type`, type);
  return compact({
    idToken: t.id,
    type,
    additionalInfo: mapOptional(t.additionalInfo, (a) => ({ additionalIdToken: a.id, type: a.type })),
  });
}

/** A 2.x status info. */
export function statusInfoOf2x(s: T21.StatusInfoType | undefined): StatusInfo | undefined {
  return s === undefined ? undefined : compact({ reasonCode: s.reasonCode, additionalInfo: s.additionalInfo });
}

/** A neutral status info as 2.x's. */
export function statusInfoTo2x(s: StatusInfo | undefined): T21.StatusInfoType | undefined {
  return s === undefined ? undefined : compact({ reasonCode: s.reasonCode, additionalInfo: s.additionalInfo });
}

/** A 2.x message for the driver. */
export function messageOf2x(m: T21.MessageContentType | undefined): MessageContent | undefined {
  return m === undefined ? undefined : compact({ format: m.format, language: m.language, content: m.content });
}

/** A neutral message for the driver as 2.x's (rule message-format-201). */
export function messageTo2x(ctx: Context, d: Dialect, m: MessageContent | undefined, field: string): T21.MessageContentType | undefined {
  if (m === undefined) return undefined;
  if (!d.messageFormats.includes(m.format)) refuse(ctx, 'message-format-201', `${field}.format`, m.format);
  return compact({ format: m.format, language: m.language, content: m.content });
}

/** A 2.x IdTokenInfo. */
export function idTokenInfoOf2x(i: T21.IdTokenInfoType): IdTokenInfo {
  return compact({
    status: i.status,
    cacheExpiryDateTime: i.cacheExpiryDateTime,
    groupIdToken: i.groupIdToken === undefined ? undefined : tokenOf2x(i.groupIdToken),
    chargingPriority: i.chargingPriority,
    language1: i.language1,
    language2: i.language2,
    evseId: i.evseId,
    personalMessage: messageOf2x(i.personalMessage),
  });
}

/** A neutral IdTokenInfo as 2.x's. */
export function idTokenInfoTo2x(ctx: Context, d: Dialect, i: IdTokenInfo, field: string): T21.IdTokenInfoType {
  return compact({
    status: i.status,
    cacheExpiryDateTime: i.cacheExpiryDateTime,
    chargingPriority: i.chargingPriority,
    language1: i.language1,
    evseId: i.evseId === undefined ? undefined : [...i.evseId],
    groupIdToken: i.groupIdToken === undefined ? undefined : tokenTo2x(ctx, d, i.groupIdToken, `${field}.groupIdToken`),
    language2: i.language2,
    personalMessage: messageTo2x(ctx, d, i.personalMessage, `${field}.personalMessage`),
  });
}

/**
 * A 2.x sampled value. Built field by field (no compact): every meter
 * reading of every station passes here.
 */
export function sampledValueOf2x(v: T21.SampledValueType): SampledValue {
  const out: Mutable<SampledValue> = { value: v.value };
  if (v.context !== undefined) out.context = v.context;
  if (v.measurand !== undefined) out.measurand = v.measurand;
  if (v.phase !== undefined) out.phase = v.phase;
  if (v.location !== undefined) out.location = v.location;
  const u = v.unitOfMeasure;
  if (u !== undefined) {
    out.unitOfMeasure =
      u.unit === undefined ? (u.multiplier === undefined ? {} : { multiplier: u.multiplier }) : u.multiplier === undefined ? { unit: u.unit } : { unit: u.unit, multiplier: u.multiplier };
  }
  const s = v.signedMeterValue;
  if (s !== undefined) {
    out.signedMeterValue = compact({ signedMeterData: s.signedMeterData, signingMethod: s.signingMethod, encodingMethod: s.encodingMethod, publicKey: s.publicKey });
  }
  return out;
}

/** A neutral sampled value as 2.x's (rules meter-value-2x, sampled-value-201). */
export function sampledValueTo2x(ctx: Context, d: Dialect, v: SampledValue, field: string): T21.SampledValueType {
  if (v.value === undefined || v.format === 'SignedData') return refuse(ctx, 'meter-value-2x', `${field}.value`, `"${v.text ?? ''}" is not a number`);
  if (v.measurand !== undefined && !d.measurands.includes(v.measurand)) refuse(ctx, 'meter-value-2x', `${field}.measurand`, v.measurand);
  if (v.location !== undefined && !d.locations.includes(v.location)) refuse(ctx, 'meter-value-2x', `${field}.location`, v.location);
  const s = v.signedMeterValue;
  if (s !== undefined && !d.signedValueFieldsOptional && (s.signingMethod === undefined || s.publicKey === undefined)) {
    refuse(ctx, 'sampled-value-201', `${field}.signedMeterValue`, 'signingMethod or publicKey absent');
  }
  return compact({
    value: v.value,
    context: v.context,
    measurand: v.measurand,
    phase: v.phase,
    location: v.location,
    signedMeterValue: s === undefined ? undefined : compact({ ...s }),
    unitOfMeasure: v.unitOfMeasure === undefined ? undefined : compact({ ...v.unitOfMeasure }),
  }) as T21.SampledValueType;
}

/** A 2.x meter value. */
export function meterValueOf2x(mv: T21.MeterValueType): MeterValue {
  return { timestamp: mv.timestamp, sampledValue: mv.sampledValue.map(sampledValueOf2x) };
}

/** A neutral meter value as 2.x's. */
export function meterValueTo2x(ctx: Context, d: Dialect, mv: MeterValue, field: string): T21.MeterValueType {
  return { timestamp: mv.timestamp, sampledValue: mv.sampledValue.map((v, i) => sampledValueTo2x(ctx, d, v, `${field}.sampledValue[${i}]`)) };
}
