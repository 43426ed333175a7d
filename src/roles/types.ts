/**
 * The types that tie each action of a version to its request and response,
 * for both sides: with `V` a version descriptor (`V16`, `V201`, `V21`), a
 * handler of `A` receives `RequestOf<V, A>` and answers `ResponseOf<V, A>`
 * (a SEND handler answers nothing).
 */
import type { ActionsWhere, SendActionsOf } from '../schema/actions.js';
import type { AnyVersion } from '../schema/version.js';
import type { CallContext } from '../rpc/dispatch.js';

/** The two sides of OCPP: the Charging Station and the CSMS. */
export type Side = 'ChargingStation' | 'Csms';

/** The other side. */
export type OtherSide<S extends Side> = S extends 'Csms' ? 'ChargingStation' : 'Csms';

/** Every action name of version V. */
export type ActionOf<V extends AnyVersion> = keyof V['actionTable'] & string;

/** The request map of version V (action name to request type). */
export type RequestsOf<V extends AnyVersion> = NonNullable<V['messages']>['requests'];

/** The response map of version V (action name to response type; SEND actions have none). */
export type ResponsesOf<V extends AnyVersion> = NonNullable<V['messages']>['responses'];

/** The request type of action A in version V. */
export type RequestOf<V extends AnyVersion, A extends string> = A extends keyof RequestsOf<V> ? RequestsOf<V>[A] : never;

/** The response type of action A in version V. */
export type ResponseOf<V extends AnyVersion, A extends string> = A extends keyof ResponsesOf<V> ? ResponsesOf<V>[A] : never;

/** The actions of version V sent as SEND (OCPP 2.1), never answered. */
export type SendActionOf<V extends AnyVersion> = SendActionsOf<V['actionTable']> & string;

/** The directions in which side S sends requests. */
type Outgoing<S extends Side> = S extends 'Csms' ? 'CsmsToStation' | 'Both' : 'StationToCsms' | 'Both';

/** The actions of version V whose requests side S sends (CALLs and SENDs). */
export type SentBy<V extends AnyVersion, S extends Side> = ActionsWhere<V['actionTable'], Outgoing<S>> & string;

/** The actions of version V whose requests side S receives (and may handle). */
export type ReceivedBy<V extends AnyVersion, S extends Side> = SentBy<V, OtherSide<S>>;

/** The actions side S sends as a CALL (and gets a response to). */
export type CallsSentBy<V extends AnyVersion, S extends Side> = Exclude<SentBy<V, S>, SendActionOf<V>>;

/** The actions side S sends as a SEND (none outside 2.1). */
export type SendsSentBy<V extends AnyVersion, S extends Side> = Extract<SentBy<V, S>, SendActionOf<V>>;

/** A handler's context: the CALL's id and action, plus the endpoint's context (e.g. `identity`). */
export type RoleContext<A extends string = string, C extends object = object> = CallContext & { readonly action: A } & C;

/**
 * Handles one action of version V; may be async. A CALL's handler answers
 * the action's response (throw an OcppError to answer with its code); a
 * SEND's handler answers nothing, and nothing is sent back.
 */
export type ActionHandler<V extends AnyVersion, A extends ActionOf<V>, C extends object = object> = A extends SendActionOf<V>
  ? (request: RequestOf<V, A>, context: RoleContext<A, C>) => void | Promise<void>
  : (request: RequestOf<V, A>, context: RoleContext<A, C>) => ResponseOf<V, A> | Promise<ResponseOf<V, A>>;

/** One optional handler per action of `R`, named as the action. */
export type HandlersOf<V extends AnyVersion, R extends ActionOf<V>, C extends object = object> = { [A in R]?: ActionHandler<V, A, C> };

/** What a Charging Station of version V handles: every CSMS-to-station action. */
export type ChargingStationHandlers<V extends AnyVersion, C extends object = object> = HandlersOf<V, ReceivedBy<V, 'ChargingStation'>, C>;

/** What a CSMS of version V handles: every station-to-CSMS action (and, in 2.1, the SENDs). */
export type CsmsHandlers<V extends AnyVersion, C extends object = object> = HandlersOf<V, ReceivedBy<V, 'Csms'>, C>;
