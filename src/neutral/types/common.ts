/**
 * The building blocks every neutral message shares: where (EVSE and
 * connector), who (identifier tokens and what the CSMS says about them), and
 * what was measured (meter values). Shaped after OCPP 2.0.1; the value sets
 * are the union of what 1.6, 2.0.1 and 2.1 can say, so a message read from
 * any version fits without loss. Times are RFC 3339 strings as they came.
 */
import type * as V16 from '../../v16/generated/enums.js';
import type * as V21 from '../../v21/generated/enums.js';

/**
 * An EVSE, and optionally one of its connectors. EVSE 0 is the station as a
 * whole. A 1.6 connector n is EVSE n with its single connector 1.
 */
export interface EvseRef {
  /** 0: the station as a whole; 1 and up: an EVSE (1.6: a connector). */
  readonly evseId: number;
  /** The connector on that EVSE (1 and up); absent: the EVSE as a whole. */
  readonly connectorId?: number;
}

/**
 * Kinds of identifier token. 2.0.1 has a closed list; 2.1 opens it to any
 * string with these standard values; 1.6 has no kind at all.
 */
export type IdTokenKind =
  | 'Central'
  | 'DirectPayment'
  | 'eMAID'
  | 'EVCCID'
  | 'ISO14443'
  | 'ISO15693'
  | 'KeyCode'
  | 'Local'
  | 'MacAddress'
  | 'NoAuthorization'
  | 'VIN'
  | (string & {});

/** An extra identifier that travels with a token (2.x additionalInfo). */
export interface AdditionalIdToken {
  /** The extra identifier. */
  readonly id: string;
  /** What kind of identifier it is (free text). */
  readonly type: string;
}

/** An identifier presented to charge: an RFID card, a key code, an app's token. */
export interface IdToken {
  /** The identifier itself (1.6 idTag, 2.x idToken). */
  readonly id: string;
  /** Its kind; absent when the station's version does not say (1.6). */
  readonly type?: IdTokenKind;
  /** Further identifiers (2.x). */
  readonly additionalInfo?: readonly AdditionalIdToken[];
}

/** The CSMS's verdict on a token: 2.x's list, which holds all of 1.6's. */
export type AuthorizationStatus = V21.AuthorizationStatusEnumType;

/** A message to show to the driver (2.x). */
export interface MessageContent {
  /** How `content` is written: ASCII, HTML, URI, UTF8 (2.1 adds QRCODE). */
  readonly format: V21.MessageFormatEnumType;
  /** Language code (RFC 5646). */
  readonly language?: string;
  /** The text itself, in `format`. */
  readonly content: string;
}

/** What the CSMS knows about a token (2.x IdTokenInfo, 1.6 IdTagInfo). */
export interface IdTokenInfo {
  /** The verdict (1.6 IdTagInfo.status): Accepted, Blocked, Expired, Invalid, ... */
  readonly status: AuthorizationStatus;
  /** Until when a station may keep this verdict in its cache (1.6 expiryDate). */
  readonly cacheExpiryDateTime?: string;
  /** The group the token belongs to (1.6 parentIdTag). */
  readonly groupIdToken?: IdToken;
  /** Smart charging priority, -9 to 9 (2.x). */
  readonly chargingPriority?: number;
  /** Preferred languages of the driver (2.x). */
  readonly language1?: string;
  /** Second preferred language of the driver (2.x). */
  readonly language2?: string;
  /** EVSEs the token may be used at (2.x). */
  readonly evseId?: readonly number[];
  /** A message for the driver (2.x). */
  readonly personalMessage?: MessageContent;
}

/** Why a station or CSMS answered as it did (2.x statusInfo). */
export interface StatusInfo {
  /** A short code, case-insensitive (at most 20 characters). */
  readonly reasonCode: string;
  /** More detail, free text. */
  readonly additionalInfo?: string;
}

/** What a sampled value measures: every version's measurands. */
export type Measurand = V16.Measurand | V21.MeasurandEnumType;
/** Why a value was sampled. The same list in every version. */
export type ReadingContext = V21.ReadingContextEnumType;
/** Which phase a value is for. The same list in every version. */
export type Phase = V21.PhaseEnumType;
/** Where a value was measured: every version's locations. */
export type MeasurementLocation = V21.LocationEnumType;

/** A signed reading (2.x; 2.1 makes the method and key optional). */
export interface SignedMeterValue {
  /** The signed reading, Base64. */
  readonly signedMeterData: string;
  /** The signature algorithm; optional in 2.1, required in 2.0.1. */
  readonly signingMethod?: string;
  /** How the reading was encoded before signing, e.g. OCMF. */
  readonly encodingMethod: string;
  /** The key that checks the signature, Base64; optional in 2.1, required in 2.0.1. */
  readonly publicKey?: string;
}

/** Unit and power of ten of a value. Absent fields: Wh and 0 (every version's default). */
export interface UnitOfMeasure {
  /** The unit, e.g. Wh, W, A, V, Percent; absent: Wh. */
  readonly unit?: string;
  /** The power of ten the value is scaled by; absent: 0. */
  readonly multiplier?: number;
}

/** One value of a meter reading. */
export interface SampledValue {
  /** The value; absent only for a 1.6 value that is not a number (see `text`). */
  readonly value?: number;
  /** The value as a 1.6 station wrote it (1.6 values are text); absent for 2.x. */
  readonly text?: string;
  /** 1.6: Raw (a number) or SignedData (`text` is signed data). */
  readonly format?: 'Raw' | 'SignedData';
  /** Why it was sampled; absent: Sample.Periodic. */
  readonly context?: ReadingContext;
  /** What it measures; absent: Energy.Active.Import.Register. */
  readonly measurand?: Measurand;
  /** The phase, or between which phases; absent: not phase-specific. */
  readonly phase?: Phase;
  /** Where it was measured; absent: Outlet. */
  readonly location?: MeasurementLocation;
  /** Its unit and scale; absent: Wh, multiplier 0. */
  readonly unitOfMeasure?: UnitOfMeasure;
  /** The same reading signed by the meter (2.x). */
  readonly signedMeterValue?: SignedMeterValue;
}

/** Values sampled at one moment. */
export interface MeterValue {
  /** When the values were sampled (RFC 3339). */
  readonly timestamp: string;
  /** At least one. */
  readonly sampledValue: readonly SampledValue[];
}

/** The status of a connector as 2.x reports it; 1.6's detail is kept beside it. */
export type ConnectorStatus = V21.ConnectorStatusEnumType;
/** A connector's status as 1.6 reports it (finer than 2.x's Occupied). */
export type DetailedConnectorStatus = V16.ChargePointStatus;
/** A 1.6 error code of a connector or the station. */
export type ConnectorErrorCode = V16.ChargePointErrorCode;
/** Why a station booted (2.x). */
export type BootReason = V21.BootReasonEnumType;
/** The CSMS's answer to a boot. */
export type RegistrationStatus = V21.RegistrationStatusEnumType;
/** Where energy flows in a transaction (2.x chargingState). */
export type ChargingState = V21.ChargingStateEnumType;
/**
 * Why a transaction ended: 2.x's reasons and the three 1.6 has that 2.x does
 * not (HardReset, SoftReset, UnlockCommand).
 */
export type StopReason = V21.ReasonEnumType | 'HardReset' | 'SoftReset' | 'UnlockCommand';
/** What caused a transaction event (2.x triggerReason). */
export type TriggerReason = V21.TriggerReasonEnumType;
/** Firmware update progress: 2.x's list (the same as 1.6's signed updates, which holds 1.6's plain list). */
export type FirmwareStatus = V21.FirmwareStatusEnumType;
/** Log upload progress: 2.x's list (1.6 diagnostics' UploadFailed is UploadFailure). */
export type LogUploadStatus = V21.UploadLogStatusEnumType;
/** Answer to a data transfer. */
export type DataTransferStatus = V21.DataTransferStatusEnumType;
