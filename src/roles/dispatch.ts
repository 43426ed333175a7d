/**
 * The directions of a version's actions as each side sees them, and the
 * pure form of a behaviour: one decoded CALL and a handler object in, the
 * CALLRESULT or CALLERROR frame out, with no endpoint or transport.
 * `ChargingStation` and `Csms` answer through the same `dispatchCall`, so
 * both give the same answer to the same frame.
 */
import { directionAllows } from '../schema/actions.js';
import type { AnyVersion } from '../schema/version.js';
import { dispatchCall, type DispatchConfig, type DispatchReply, type HandlerErrorEvent, type HandlerTable, type ValidationSetting, type Validator, type WarningEvent } from '../rpc/dispatch.js';
import type { CallFrame } from '../rpc/frames.js';
import { sendActionCheck } from '../rpc/send-actions.js';
import { Registration } from './registration.js';
import type { ActionOf, ChargingStationHandlers, CsmsHandlers, ReceivedBy, SentBy, Side } from './types.js';

/** One version's actions as the two sides see them, computed once per version. */
interface SideActions {
  /** The actions whose requests each side receives, in table order. */
  readonly received: { readonly [S in Side]: readonly string[] };
  /** Direction checks, shared by every behaviour of the version: true for what the side receives. */
  readonly receives: { readonly [S in Side]: (action: string) => boolean };
}

const cache = new WeakMap<object, SideActions>();

function sideActions(version: AnyVersion): SideActions {
  let found = cache.get(version.actionTable);
  if (found === undefined) {
    const table = version.actionTable;
    const names = Object.keys(table);
    const byStation = names.filter((a) => directionAllows(table[a]!.direction, 'Station'));
    const byCsms = names.filter((a) => directionAllows(table[a]!.direction, 'Csms'));
    const csmsReceives = new Set(byStation);
    const stationReceives = new Set(byCsms);
    found = {
      received: { Csms: byStation, ChargingStation: byCsms },
      receives: { Csms: (a) => csmsReceives.has(a), ChargingStation: (a) => stationReceives.has(a) },
    };
    cache.set(table, found);
  }
  return found;
}

/** The actions of `version` whose requests `side` receives (and may have handlers for). */
export function actionsReceivedBy<V extends AnyVersion, S extends Side>(version: V, side: S): readonly ReceivedBy<V, S>[] {
  return sideActions(version).received[side] as readonly ReceivedBy<V, S>[];
}

/** The actions of `version` whose requests `side` sends. */
export function actionsSentBy<V extends AnyVersion, S extends Side>(version: V, side: S): readonly SentBy<V, S>[] {
  return sideActions(version).received[side === 'Csms' ? 'ChargingStation' : 'Csms'] as readonly SentBy<V, S>[];
}

/** A direction check for `side` of `version`: true for the actions it receives. */
export function receiverCheck(version: AnyVersion, side: Side): (action: string) => boolean {
  return sideActions(version).receives[side];
}

/** A direction check for `side` of `version`: true for the actions it sends. */
export function senderCheck(version: AnyVersion, side: Side): (action: string) => boolean {
  return sideActions(version).receives[side === 'Csms' ? 'ChargingStation' : 'Csms'];
}

/** True when `name` is an action of `version`. */
export function isActionOf<V extends AnyVersion>(version: V, name: unknown): name is ActionOf<V> {
  return version.isActionName(name);
}

/** Options of `handleCall`. */
export interface HandleCallOptions<C extends object = object> {
  /** Whose handlers these are; enables the direction check (NotSupported). */
  readonly side?: Side;
  /** Default: the version's validators; false turns validation off. */
  readonly validate?: Validator | false;
  /** Validation of the request and of the handler's answer. Default 'strict'. */
  readonly validation?: ValidationSetting | { readonly requests?: ValidationSetting; readonly responses?: ValidationSetting };
  /** Registration state to enforce and update (requires `side`; made with the version's rules). */
  readonly registration?: Registration;
  /** Added to the handler's context. */
  readonly context?: C;
  /** Lenient validation accepted a payload with defects. */
  readonly onWarning?: (event: WarningEvent) => void;
  /** A handler threw or answered invalidly (InternalError was answered). */
  readonly onHandlerError?: (event: HandlerErrorEvent) => void;
}

/**
 * Answers one CALL of `version` with a handler object: the CALLRESULT, or
 * the CALLERROR that Part 4 asks for (NotImplemented, NotSupported,
 * SecurityError, the validator's code, InternalError or the code of an
 * OcppError thrown), spelt as the version spells it. Resolves with
 * undefined when the CALL goes unanswered (an OCPP 1.6 Charge Point whose
 * registration was Rejected answers nothing).
 */
export function handleCall<V extends AnyVersion, C extends object = object>(
  version: V,
  handlers: ChargingStationHandlers<V, C> | CsmsHandlers<V, C>,
  frame: CallFrame,
  options: HandleCallOptions<C> = {},
): Promise<DispatchReply | undefined> {
  const v = options.validation ?? 'strict';
  const side = options.side;
  const registration = side !== undefined ? options.registration : undefined;
  const config: DispatchConfig<C> = {
    validate: options.validate === false ? undefined : (options.validate ?? version.validate),
    requestMode: typeof v === 'string' ? v : v.requests,
    responseMode: typeof v === 'string' ? v : v.responses,
    isAction: version.isActionName,
    canReceive: side !== undefined ? receiverCheck(version, side) : undefined,
    isSendAction: sendActionCheck(version),
    admit:
      registration === undefined
        ? undefined
        : side === 'Csms'
          ? (action, payload) => registration.refuseStationCall(action, payload)
          : (action) => registration.refuseCsmsCall(action),
    onAnswer: registration === undefined ? undefined : (action, request, response) => registration.observe(action, request, response),
    errorCodes: version.errorCodeSpelling,
    context: options.context,
    onWarning: options.onWarning,
    onHandlerError: options.onHandlerError,
  };
  return Promise.resolve(dispatchCall(frame, handlers as unknown as HandlerTable<C>, config));
}
