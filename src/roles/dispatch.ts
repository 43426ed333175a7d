/**
 * The pure form of a behaviour: one decoded CALL and a handler object in,
 * the CALLRESULT or CALLERROR frame out, with no endpoint or transport.
 * `ChargingStation` and `Csms` answer through the same `dispatchCall`, so
 * both give the same answer to the same frame.
 */
import { dispatchCall, type DispatchConfig, type DispatchReply, type HandlerErrorEvent, type HandlerTable, type ValidationSetting, type Validator, type WarningEvent } from '../rpc/dispatch.js';
import type { OcppVersion } from '../rpc/errors.js';
import type { CallFrame } from '../rpc/frames.js';
import { actionNames, isActionName, maySend, type ActionName } from '../v201/actions.js';
import { validate as validateV201 } from '../v201/validate.js';
import type { Registration } from './registration.js';
import type { ChargingStationHandlers, CsmsHandlers, Side } from './types.js';

const received: { readonly [S in Side]: ReadonlySet<string> } = {
  ChargingStation: new Set(actionNames.filter((a) => maySend(a, 'Csms'))),
  Csms: new Set(actionNames.filter((a) => maySend(a, 'Station'))),
};

/** The actions whose requests `side` receives (and may have handlers for). */
export function actionsReceivedBy(side: Side): readonly ActionName[] {
  return actionNames.filter((a) => received[side].has(a));
}

/** The actions whose requests `side` sends. */
export function actionsSentBy(side: Side): readonly ActionName[] {
  const other: Side = side === 'Csms' ? 'ChargingStation' : 'Csms';
  return actionNames.filter((a) => received[other].has(a));
}

// One check function per side, shared by every behaviour of that side.
const receives: { readonly [S in Side]: (action: string) => boolean } = {
  ChargingStation: (action) => received.ChargingStation.has(action),
  Csms: (action) => received.Csms.has(action),
};

/** A direction check for `side`: true for the actions it receives. */
export function receiverCheck(side: Side): (action: string) => boolean {
  return receives[side];
}

/** A direction check for `side`: true for the actions it sends. */
export function senderCheck(side: Side): (action: string) => boolean {
  return receives[side === 'Csms' ? 'ChargingStation' : 'Csms'];
}

/** Options of `handleCall`. */
export interface HandleCallOptions<C extends object = object> {
  /** Whose handlers these are; enables the direction check (NotSupported). */
  readonly side?: Side;
  /** Default: the OCPP 2.0.1 validators; false turns validation off. */
  readonly validate?: Validator | false;
  /** Validation of the request and of the handler's answer. Default 'strict'. */
  readonly validation?: ValidationSetting | { readonly requests?: ValidationSetting; readonly responses?: ValidationSetting };
  /** Registration state to enforce and update (requires `side`). */
  readonly registration?: Registration;
  /** Error-code spellings on the wire. Default 'ocpp2.0.1'. */
  readonly version?: OcppVersion;
  /** Added to the handler's context. */
  readonly context?: C;
  /** Lenient validation accepted a payload with defects. */
  readonly onWarning?: (event: WarningEvent) => void;
  /** A handler threw or answered invalidly (InternalError was answered). */
  readonly onHandlerError?: (event: HandlerErrorEvent) => void;
}

/**
 * Answers one CALL with a handler object: the CALLRESULT, or the CALLERROR
 * that Part 4 asks for (NotImplemented, NotSupported, SecurityError, the
 * validator's code, InternalError or the code of an OcppError thrown).
 */
export function handleCall<C extends object = object>(
  handlers: ChargingStationHandlers<C> | CsmsHandlers<C>,
  frame: CallFrame,
  options: HandleCallOptions<C> = {},
): Promise<DispatchReply> {
  const v = options.validation ?? 'strict';
  const side = options.side;
  const registration = side !== undefined ? options.registration : undefined;
  const config: DispatchConfig<C> = {
    validate: options.validate === false ? undefined : (options.validate ?? validateV201),
    requestMode: typeof v === 'string' ? v : v.requests,
    responseMode: typeof v === 'string' ? v : v.responses,
    isAction: isActionName,
    canReceive: side !== undefined ? receiverCheck(side) : undefined,
    admit:
      registration === undefined
        ? undefined
        : side === 'Csms'
          ? (action, payload) => registration.refuseStationCall(action, payload)
          : (action) => registration.refuseCsmsCall(action),
    onAnswer: registration === undefined ? undefined : (action, request, response) => registration.observe(action, request, response),
    version: options.version,
    context: options.context,
    onWarning: options.onWarning,
    onHandlerError: options.onHandlerError,
  };
  return Promise.resolve(dispatchCall(frame, handlers as unknown as HandlerTable<C>, config));
}
