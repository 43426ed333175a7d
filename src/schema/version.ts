/**
 * The shape of a version descriptor: what the RPC layer, the roles and the
 * transport need to know of one OCPP version, and nothing they could read
 * elsewhere. Each version folder exports one (`v16`, `v201`, `v21`); the
 * endpoint, the roles and the server are built with it, so no code below
 * the version folders names a version.
 */
import type { ActionEntry } from './actions.js';
import type { ErrorCode, ErrorCodeSpelling } from './error-codes.js';
import type { MessageKind, ValidateOptions, ValidationResult } from './result.js';

/** The OCPP versions this library speaks, as their specifications name them. */
export type OcppVersion = '1.6' | '2.0.1' | '2.1';

/** The WebSocket subprotocol of a version (Part 4, 3.1.2): "ocpp" and the version. */
export type Subprotocol<V extends OcppVersion = OcppVersion> = `ocpp${V}`;

/** A version's payload validator: the result, or undefined for an action it does not know. */
export type PayloadValidator = (action: string, kind: MessageKind, payload: unknown, options?: ValidateOptions) => ValidationResult<unknown> | undefined;

/**
 * What a version says of registration (BootNotification): the inputs of the
 * one set of rules the roles apply to every version.
 */
export interface RegistrationRules {
  /**
   * The requests that make a station send a message while Pending
   * (TriggerMessage, and 1.6's ExtendedTriggerMessage): for each, the
   * requestedMessage values and the action each one makes the station send.
   */
  readonly triggers: { readonly [action: string]: { readonly [requestedMessage: string]: string } };
  /**
   * Requests whose accepted answer lets a Pending station send the report
   * they ask for (2.x: GetBaseReport and GetReport, answered with
   * NotifyReport messages carrying the same requestId).
   */
  readonly reports: readonly string[];
  /** The action that carries a report (2.x: NotifyReport); absent when the version has none. */
  readonly reportAction?: string;
  /** CSMS calls a Pending station must not be sent (1.6, 4.2: RemoteStartTransaction, RemoteStopTransaction). */
  readonly forbiddenWhilePending: readonly string[];
  /**
   * How a Rejected station meets the CSMS's calls: 'SecurityError' answers
   * them so (2.x, B03.FR.08); 'silence' leaves them unanswered (1.6, 4.2:
   * "SHALL NOT respond").
   */
  readonly rejectedStationAnswers: 'SecurityError' | 'silence';
}

/** One completed exchange, as a station sees it: its own CALL answered ('sent'), or the CSMS's CALL it answered ('received'). */
export interface StationExchange {
  /** 'sent': the station's CALL and its answer; 'received': the CSMS's CALL and the station's answer. */
  readonly direction: 'sent' | 'received';
  /** The action of the exchange. */
  readonly action: string;
  /** The request payload. */
  readonly request: unknown;
  /** The CALLRESULT payload. */
  readonly response: unknown;
}

/**
 * One OCPP version, described for the machinery above the version folders.
 * `Table` is the version's action table, `Req` and `Res` its request and
 * response maps (types only: the roles type `call` and `handle` with them).
 */
export interface VersionDescriptor<
  Table extends Readonly<Record<string, ActionEntry>> = Readonly<Record<string, ActionEntry>>,
  Req = unknown,
  Res = unknown,
> {
  /** The version: '1.6', '2.0.1' or '2.1'. */
  readonly version: OcppVersion;
  /** Its WebSocket subprotocol: 'ocpp1.6', 'ocpp2.0.1' or 'ocpp2.1'. */
  readonly protocol: Subprotocol;
  /** Every action: who sends its request, and whether it goes as a SEND. */
  readonly actionTable: Table;
  /** True for the name of an action of this version (never an Object.prototype name). */
  readonly isActionName: (name: unknown) => boolean;
  /** The version's payload validator. */
  readonly validate: PayloadValidator;
  /** How this version spells each error code it sends. */
  readonly errorCodeSpelling: ErrorCodeSpelling;
  /** Every spelling this version reads on the wire, and the canonical code it means. */
  readonly inboundErrorCodes: ReadonlyMap<string, ErrorCode>;
  /** The message types this version has: 2, 3, 4; and 5 (CALLRESULTERROR) and 6 (SEND) in 2.1. */
  readonly messageTypes: readonly number[];
  /**
   * What an unknown message type gets: a CALLERROR MessageTypeNotSupported
   * (2.0.1, Part 4, 4.4), or nothing (1.6, 4.1.3; 2.1, 4.1.3 and 4.4).
   */
  readonly unknownMessageType: 'MessageTypeNotSupported' | 'ignore';
  /** The inputs of the registration rules. */
  readonly registration: RegistrationRules;
  /**
   * The heartbeat interval in ms one exchange gives a station, if any: the
   * Accepted BootNotification answer's interval, and the version's way of
   * setting HeartbeatInterval (1.6: ChangeConfiguration; 2.x: SetVariables
   * of OCPPCommCtrlr.HeartbeatInterval).
   */
  readonly heartbeatIntervalMs: (exchange: StationExchange) => number | undefined;
  /**
   * Types only, absent at run time: the request and response maps the
   * roles type their calls and handlers with.
   */
  readonly messages?: { readonly requests: Req; readonly responses: Res };
}

/** Any version descriptor. */
export type AnyVersion = VersionDescriptor<Readonly<Record<string, ActionEntry>>, unknown, unknown>;
