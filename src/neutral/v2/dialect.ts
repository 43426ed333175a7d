/**
 * What tells 2.0.1 and 2.1 apart where the neutral model reaches. 2.1 keeps
 * 2.0.1's messages and widens them (more enumeration values, a few optional
 * fields, token types as open strings), so one set of 2.x converters serves
 * both; a dialect names what the target version accepts.
 */
import * as E201 from '../../v201/generated/enums.js';
import * as E21 from '../../v21/generated/enums.js';
import type { OcppVersion } from '../errors.js';

/** The value sets and fields of one 2.x version. */
export interface Dialect {
  readonly version: Exclude<OcppVersion, '1.6'>;
  /** The token types it accepts; undefined: any string (2.1). */
  readonly idTokenTypes: readonly string[] | undefined;
  readonly reasons: readonly string[];
  readonly triggerReasons: readonly string[];
  readonly measurands: readonly string[];
  readonly locations: readonly string[];
  readonly messageFormats: readonly string[];
  readonly messageTriggers: readonly string[];
  readonly resetTypes: readonly string[];
  /** Firmware and log status notifications carry statusInfo (2.1). */
  readonly notificationStatusInfo: boolean;
  /** signingMethod and publicKey of a signed value may be absent (2.1). */
  readonly signedValueFieldsOptional: boolean;
  /** TriggerMessage may carry customTrigger (2.1). */
  readonly customTrigger: boolean;
}

/** OCPP 2.0.1. */
export const dialect201: Dialect = {
  version: '2.0.1',
  idTokenTypes: E201.IdTokenEnumType,
  reasons: E201.ReasonEnumType,
  triggerReasons: E201.TriggerReasonEnumType,
  measurands: E201.MeasurandEnumType,
  locations: E201.LocationEnumType,
  messageFormats: E201.MessageFormatEnumType,
  messageTriggers: E201.MessageTriggerEnumType,
  resetTypes: E201.ResetEnumType,
  notificationStatusInfo: false,
  signedValueFieldsOptional: false,
  customTrigger: false,
};

/** OCPP 2.1. */
export const dialect21: Dialect = {
  version: '2.1',
  idTokenTypes: undefined,
  reasons: E21.ReasonEnumType,
  triggerReasons: E21.TriggerReasonEnumType,
  measurands: E21.MeasurandEnumType,
  locations: E21.LocationEnumType,
  messageFormats: E21.MessageFormatEnumType,
  messageTriggers: E21.MessageTriggerEnumType,
  resetTypes: E21.ResetEnumType,
  notificationStatusInfo: true,
  signedValueFieldsOptional: true,
  customTrigger: true,
};
