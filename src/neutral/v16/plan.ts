/**
 * Neutral commands as 1.6 calls.
 */
import type * as M from '../../v16/generated/messages.js';
import * as E16 from '../../v16/generated/enums.js';
import type { ConversionOptions } from '../errors.js';
import { expectResponses, singleCall, type CallOf, type CommandPlan, type CommandPlanners } from '../plan.js';
import type { SetVariables, SetVariablesResult, VariableSetting } from '../types/configuration.js';
import type { Trigger } from '../types/commands.js';
import { isOneOf } from '../util.js';
import { commands16 } from './commands.js';
import { configurationKeysOf, localReading } from './configuration.js';

/** A 1.6 call. */
export type Call16 = CallOf<M.RequestMap>;

function setVariables(command: SetVariables, options?: ConversionOptions): CommandPlan<Call16, SetVariablesResult> {
  const codec = commands16.ChangeConfiguration;
  const local = command.variables.map((v): VariableSetting | undefined => localReading(v));
  const asked = command.variables.filter((_, i) => local[i] === undefined);
  const calls: Call16[] = asked.map((v) => ({ action: 'ChangeConfiguration', payload: codec.writeRequest({ variables: [v] }, options) }));
  return {
    calls,
    result: (responses) => {
      expectResponses(responses, calls.length);
      let next = 0;
      const results = command.variables.map((v, i) => {
        const made = local[i];
        if (made !== undefined) return made;
        // Validated by the caller (CommandPlan.result).
        const response = responses[next++] as M.ChangeConfigurationResponse;
        return codec.readResponse(response, { variables: [v] }).results[0]!;
      });
      return { results };
    },
  };
}

function trigger(command: Trigger, options?: ConversionOptions): CommandPlan<Call16, ReturnType<typeof commands16.TriggerMessage.readResponse>> {
  return isOneOf(E16.MessageTrigger, command.requestedMessage)
    ? singleCall('TriggerMessage', commands16.TriggerMessage, command, options)
    : singleCall('ExtendedTriggerMessage', commands16.ExtendedTriggerMessage, command, options);
}

/** How each neutral command goes to a 1.6 station. */
export const planners16: CommandPlanners<Call16> = {
  remoteStart: (c, o) => singleCall('RemoteStartTransaction', commands16.RemoteStartTransaction, c, o),
  remoteStop: (c, o) => singleCall('RemoteStopTransaction', commands16.RemoteStopTransaction, c, o),
  reset: (c, o) => singleCall('Reset', commands16.Reset, c, o),
  unlock: (c, o) => singleCall('UnlockConnector', commands16.UnlockConnector, c, o),
  changeAvailability: (c, o) => singleCall('ChangeAvailability', commands16.ChangeAvailability, c, o),
  trigger,
  dataTransfer: (c, o) => singleCall('DataTransfer', commands16.DataTransfer, c, o),
  getVariables: (c, o) => {
    const codec = commands16.GetConfiguration;
    const asks = c.variables === undefined || c.variables.length === 0 || c.variables.some((q) => localReading(q) === undefined);
    if (asks) return singleCall('GetConfiguration', codec, c, o);
    // No variable has a 1.6 key: nothing to ask (an empty key list would ask for every key).
    configurationKeysOf(c.variables ?? [], o);
    return {
      calls: [],
      result: (responses) => {
        expectResponses(responses, 0);
        return codec.readResponse({}, c);
      },
    };
  },
  setVariables,
  setChargingProfile: (c, o) => singleCall('SetChargingProfile', commands16.SetChargingProfile, c, o),
  clearChargingProfile: (c, o) => singleCall('ClearChargingProfile', commands16.ClearChargingProfile, c, o),
  getCompositeSchedule: (c, o) => singleCall('GetCompositeSchedule', commands16.GetCompositeSchedule, c, o),
};
