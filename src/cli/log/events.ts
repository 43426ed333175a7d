/**
 * The events of `ocpp csms --json` and `ocpp station --json`: one JSON
 * object a line on standard output, each with `time` (ISO 8601, UTC) and
 * `type`. docs/cli.md lists every type and its fields. For people the same
 * events are lines of text (describeCliEvent); the station's own events are
 * worded by the station (station/describe.ts) and passed along with them.
 */
import { describeHandlerError } from '../handler-error.js';
import type { HandlerErrorEvent } from '../lib.js';
import type { StationEvent } from '../station/events.js';
import type { CheckIssue } from './check.js';
import type { FrameDirection } from './jsonl.js';

/** The frame types of OCPP-J by MessageTypeId. */
export type MessageTypeName = 'CALL' | 'CALLRESULT' | 'CALLERROR' | 'CALLRESULTERROR' | 'SEND';

/** One frame that crossed the wire, whole, with what the strict validator found. */
export interface FrameEvent {
  readonly type: 'frame';
  readonly station: string;
  readonly direction: FrameDirection;
  /** The connection's subprotocol, when the command knows it. */
  readonly protocol?: string;
  /** null for a frame that is not an OCPP-J frame at all. */
  readonly messageType: MessageTypeName | null;
  readonly messageId: string | null;
  /** The CALL's action; for an answer, the action of the CALL it answers (null when that CALL was not seen). */
  readonly action: string | null;
  /** 'invalid' when the validator found an error; warnings alone leave it 'valid'. */
  readonly verdict: 'valid' | 'invalid';
  /** The problems found (errors and warnings), when there are any. */
  readonly issues?: readonly CheckIssue[];
  /** For a CALLERROR or CALLRESULTERROR: its error code and description. */
  readonly errorCode?: string;
  readonly errorDescription?: string;
  /** The frame: parsed JSON, or the text as received when it was not JSON. */
  readonly frame: unknown;
}

/** A CSMS began listening (`ocpp csms`). */
export interface ListeningEvent {
  readonly type: 'listening';
  /** Where stations connect, without the identity. */
  readonly url: string;
  readonly port: number;
  /** The operator API's port; null without it. */
  readonly apiPort: number | null;
}

/** The control API of `ocpp station` is listening. */
export interface ControlEvent {
  readonly type: 'control';
  readonly url: string;
  readonly port: number;
}

/** A station's connection opened (on a CSMS: accepted; on a station: reconnected). */
export interface ConnectedEvent {
  readonly type: 'connected';
  readonly station: string;
  readonly securityProfile?: number;
  /** The OCPP version the station speaks (on a CSMS). */
  readonly version?: string;
  readonly reconnect?: boolean;
}

/** A station's connection closed. */
export interface DisconnectedEvent {
  readonly type: 'disconnected';
  readonly station: string;
  /** The WebSocket close code and reason. */
  readonly code: number;
  readonly reason: string;
}

/** A CSMS refused a connection at the handshake. */
export interface RefusedEvent {
  readonly type: 'refused';
  /** null when the request named no identity. */
  readonly station: string | null;
  /** The HTTP status answered. */
  readonly status: number;
  readonly reason: string;
}

/** A station waits before connecting again (Part 4's back-off). */
export interface ReconnectingEvent {
  readonly type: 'reconnecting';
  readonly station: string;
  readonly delaySeconds: number;
  readonly error?: string;
}

/** A station stopped trying to connect. */
export interface GaveUpEvent {
  readonly type: 'gaveUp';
  readonly station: string;
  readonly reason: string;
}

/** A station was taken offline by its control (`disconnect`). */
export interface DroppedEvent {
  readonly type: 'dropped';
  readonly station: string;
}

/** A connection event the stream has no type for: its line of text. */
export interface ConnectionTextEvent {
  readonly type: 'connection';
  readonly station: string;
  readonly text: string;
}

/** A transaction started, as the CSMS saw it. */
export interface CsmsTransactionStartedEvent {
  readonly type: 'transactionStarted';
  readonly station: string;
  readonly transactionId: string;
  readonly evseId?: number | undefined;
  /** The OCPP version of the station. */
  readonly version?: string;
}

/** A transaction ended, as the CSMS saw it. */
export interface CsmsTransactionEndedEvent {
  readonly type: 'transactionEnded';
  readonly station: string;
  readonly transactionId: string;
  readonly energyWh: number;
  readonly stoppedReason: string;
}

/** A handler failed or answered invalidly; the peer got InternalError. */
export interface HandlerErrorCliEvent {
  readonly type: 'handlerError';
  readonly station: string;
  readonly action: string;
  readonly messageId: string;
  /** What went wrong, in one line. */
  readonly message: string;
  /** The validator's findings about the handler's answer, when it was invalid. */
  readonly issues?: readonly { readonly code: string; readonly pointer: string; readonly reason: string }[];
}

/** What a simulated station did (`ocpp station`): the station's own event, with its identity. */
export type StationCliEvent = StationEvent & { readonly station: string };

export type CliEvent =
  | FrameEvent
  | ListeningEvent
  | ControlEvent
  | ConnectedEvent
  | DisconnectedEvent
  | RefusedEvent
  | ReconnectingEvent
  | GaveUpEvent
  | DroppedEvent
  | ConnectionTextEvent
  | CsmsTransactionStartedEvent
  | CsmsTransactionEndedEvent
  | HandlerErrorCliEvent
  | StationCliEvent;

/** The event of a failed handler. */
export function handlerErrorEvent(station: string, e: HandlerErrorEvent): HandlerErrorCliEvent {
  const issues = e.issues?.map((i) => ({ code: i.code, pointer: i.pointer, reason: i.reason }));
  return {
    type: 'handlerError',
    station,
    action: e.action,
    messageId: e.messageId,
    message: describeHandlerError(e),
    ...(issues !== undefined && issues.length > 0 && { issues }),
  };
}

/**
 * A station's connection line (station/connection.ts words them) as an
 * event. A line of an unknown shape keeps its text.
 */
export function connectionEvent(station: string, text: string): CliEvent {
  const rest = text.startsWith(`${station} `) ? text.slice(station.length + 1) : undefined;
  if (rest === undefined) return { type: 'connection', station, text };
  if (rest === 'reconnected') return { type: 'connected', station, reconnect: true };
  if (rest === 'connection dropped') return { type: 'dropped', station };
  let m = /^disconnected \((\d+)(?: (.*))?\)$/s.exec(rest);
  if (m !== null) return { type: 'disconnected', station, code: Number(m[1]), reason: m[2] ?? '' };
  m = /^reconnecting in (\d+(?:\.\d+)?) s(?: \((.*)\))?$/s.exec(rest);
  if (m !== null) return { type: 'reconnecting', station, delaySeconds: Number(m[1]), ...(m[2] !== undefined && { error: m[2] }) };
  m = /^gave up: (.*)$/s.exec(rest);
  if (m !== null) return { type: 'gaveUp', station, reason: m[1]! };
  return { type: 'connection', station, text };
}

/** The line for a person, for the events the commands do not word themselves. */
export function describeCliEvent(e: CliEvent): string {
  switch (e.type) {
    case 'listening':
      return `listening on ${e.url}/<identity> (port ${e.port}${e.apiPort !== null ? `, api port ${e.apiPort}` : ''})`;
    case 'control':
      return `control API on ${e.url} (control port ${e.port})`;
    case 'connected':
      return e.securityProfile !== undefined ? `${e.station} connected (${e.version !== undefined ? `OCPP ${e.version}, ` : ''}security profile ${e.securityProfile})` : `${e.station} ${e.reconnect === true ? 'reconnected' : 'connected'}`;
    case 'disconnected':
      return `${e.station} disconnected (${e.code}${e.reason !== '' ? ` ${e.reason}` : ''})`;
    case 'refused':
      return `${e.station ?? 'a station'} refused: HTTP ${e.status} ${e.reason}`;
    case 'reconnecting':
      return `${e.station} reconnecting in ${e.delaySeconds.toFixed(1)} s${e.error !== undefined ? ` (${e.error})` : ''}`;
    case 'gaveUp':
      return `${e.station} gave up: ${e.reason}`;
    case 'dropped':
      return `${e.station} connection dropped`;
    case 'connection':
      return e.text;
    case 'handlerError':
      return `${e.station} ${e.message}`;
    case 'transactionStarted':
      return `${e.station} transaction ${e.transactionId} started${'version' in e && e.version !== undefined ? ` (OCPP ${e.version})` : ''}`;
    case 'transactionEnded':
      return `${e.station} transaction ${e.transactionId} ended: ${(e.energyWh / 1000).toFixed(3)} kWh, ${e.stoppedReason}`;
    case 'frame':
      return `${e.station} ${e.direction} ${e.messageType ?? 'malformed frame'} ${e.action ?? ''}`.trimEnd();
    default:
      return `${e.station} ${e.type}`;
  }
}
