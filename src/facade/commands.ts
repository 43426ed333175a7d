/**
 * Neutral commands sent to a station of any version: the version's plan
 * (planners16, planners201, planners21) gives the calls, they go one after
 * the other through the station's own behaviour (which validates each
 * request and response against the version's schemas), and the plan reads
 * the responses into the neutral result.
 */
import type { CallOptions } from '../rpc/endpoint-options.js';
import {
  planners16,
  planners201,
  planners21,
  type CommandName,
  type CommandPlan,
  type Commands,
  type ConversionOptions,
  type OcppVersion,
} from '../neutral/index.js';

/** What a command needs of the station's behaviour: its version and a way to call. */
export interface CommandTarget {
  /** The version the station speaks. */
  readonly version: OcppVersion;
  /** Sends one CALL of that version; resolves with its validated response. */
  readonly endpoint: { call(action: string, payload: unknown, options?: CallOptions): Promise<unknown> };
}

/** One call of a plan, whatever the version. */
export interface PlannedCall {
  /** The version's action. */
  readonly action: string;
  /** Its request payload. */
  readonly payload: unknown;
}

type AnyPlanner = (command: unknown, options?: ConversionOptions) => CommandPlan<PlannedCall, unknown>;

const planners: Readonly<Record<OcppVersion, Readonly<Record<CommandName, AnyPlanner>>>> = {
  '1.6': planners16 as unknown as Record<CommandName, AnyPlanner>,
  '2.0.1': planners201 as unknown as Record<CommandName, AnyPlanner>,
  '2.1': planners21 as unknown as Record<CommandName, AnyPlanner>,
};

/** The calls a command becomes for a version (a ConversionError when the version cannot say it). */
export function planCommand<K extends CommandName>(version: OcppVersion, name: K, command: Commands[K]['command'], conversion?: ConversionOptions): CommandPlan<PlannedCall, Commands[K]['result']> {
  const planner = planners[version][name];
  if (planner === undefined) throw new TypeError(`unknown command ${String(name)}`);
  return planner(command, conversion) as CommandPlan<PlannedCall, Commands[K]['result']>;
}

/** Makes a plan's calls in order and reads the result. */
export async function runPlan<R>(target: CommandTarget, plan: CommandPlan<PlannedCall, R>, options?: CallOptions): Promise<R> {
  const responses: unknown[] = [];
  for (const call of plan.calls) responses.push(await target.endpoint.call(call.action, call.payload, options));
  return plan.result(responses);
}

/** True when `name` is a neutral command. */
export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(planners16, name);
}
