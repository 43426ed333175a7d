/**
 * The types that tie each action to its request and response, for both
 * sides: a handler of `A` receives `RequestMap[A]` and answers
 * `ResponseMap[A]`.
 */
import type { CallContext } from '../rpc/dispatch.js';
import type { ActionName, CsmsToStationAction, StationToCsmsAction } from '../v201/actions.js';
import type { RequestMap, ResponseMap } from '../v201/generated/messages.js';

/** A handler's context: the CALL's id and action, plus the endpoint's context (e.g. `identity`). */
export type RoleContext<A extends ActionName = ActionName, C extends object = object> = CallContext & { readonly action: A } & C;

/** Answers one action; may be async. Throw an OcppError to answer with its code. */
export type ActionHandler<A extends ActionName, C extends object = object> = (
  request: RequestMap[A],
  context: RoleContext<A, C>,
) => ResponseMap[A] | Promise<ResponseMap[A]>;

/** One optional handler per action of `R`, named as the action. */
export type HandlersOf<R extends ActionName, C extends object = object> = { [A in R]?: ActionHandler<A, C> };

/** What a Charging Station handles: every CSMS-to-station action. */
export type ChargingStationHandlers<C extends object = object> = HandlersOf<CsmsToStationAction, C>;

/** What a CSMS handles: every station-to-CSMS action. */
export type CsmsHandlers<C extends object = object> = HandlersOf<StationToCsmsAction, C>;

/** The two sides of OCPP: the Charging Station and the CSMS. */
export type Side = 'ChargingStation' | 'Csms';
