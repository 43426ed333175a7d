/**
 * What a neutral command becomes on one version's wire: the calls to make,
 * in order, and how their responses make the neutral result. Most commands
 * are one call; a 1.6 SetVariables is one ChangeConfiguration per variable,
 * and a 1.6 GetVariables none at all when no variable has a 1.6 key.
 */
import type { CommandCodec, CommandName, Commands } from './types/maps.js';
import type { ConversionOptions } from './errors.js';

/** One call of a version: an action and its request payload. */
export type CallOf<RequestMap> = { [A in keyof RequestMap]: { readonly action: A; readonly payload: RequestMap[A] } }[keyof RequestMap];

/** The calls for one command, and the result their responses make. */
export interface CommandPlan<Call, Result> {
  /** The calls to make, in this order (possibly none). */
  readonly calls: readonly Call[];
  /**
   * The neutral result, from the responses to `calls` in the same order.
   * Each response must be the one to its call, already validated against
   * its action's schema (as the RPC layer does).
   */
  result(responses: readonly unknown[]): Result;
}

/** Plans for every command of one version. */
export type CommandPlanners<Call> = {
  readonly [K in CommandName]: (command: Commands[K]['command'], options?: ConversionOptions) => CommandPlan<Call, Commands[K]['result']>;
};

/** Checks the number of responses a plan gets. */
export function expectResponses(responses: readonly unknown[], n: number): void {
  if (responses.length !== n) throw new TypeError(`expected ${n} response(s), got ${responses.length}`);
}

/** The plan of a command that is one call of one action. */
export function singleCall<K extends CommandName, A extends string, Req, Res>(
  action: A,
  codec: CommandCodec<K, Req, Res>,
  command: Commands[K]['command'],
  options?: ConversionOptions,
): CommandPlan<{ readonly action: A; readonly payload: Req }, Commands[K]['result']> {
  return {
    calls: [{ action, payload: codec.writeRequest(command, options) }],
    result: (responses) => {
      expectResponses(responses, 1);
      // The caller validated the response against the action's schema (see CommandPlan.result).
      return codec.readResponse(responses[0] as Res, command);
    },
  };
}
