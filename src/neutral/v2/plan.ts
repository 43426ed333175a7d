/**
 * Neutral commands as 2.x calls: each is one call of one action.
 */
import type * as M from '../../v21/generated/messages.js';
import { singleCall, type CallOf, type CommandPlanners } from '../plan.js';
import type { commands2x } from './commands.js';

/** A 2.x call, in 2.1's types (which hold 2.0.1's). */
export type Call2x = CallOf<M.RequestMap>;

/** How each neutral command goes to a 2.x station, given the dialect's codecs. */
export function planners2x(c: ReturnType<typeof commands2x>): CommandPlanners<Call2x> {
  return {
    remoteStart: (x, o) => singleCall('RequestStartTransaction', c.RequestStartTransaction, x, o),
    remoteStop: (x, o) => singleCall('RequestStopTransaction', c.RequestStopTransaction, x, o),
    reset: (x, o) => singleCall('Reset', c.Reset, x, o),
    unlock: (x, o) => singleCall('UnlockConnector', c.UnlockConnector, x, o),
    changeAvailability: (x, o) => singleCall('ChangeAvailability', c.ChangeAvailability, x, o),
    trigger: (x, o) => singleCall('TriggerMessage', c.TriggerMessage, x, o),
    dataTransfer: (x, o) => singleCall('DataTransfer', c.DataTransfer, x, o),
    getVariables: (x, o) => singleCall('GetVariables', c.GetVariables, x, o),
    setVariables: (x, o) => singleCall('SetVariables', c.SetVariables, x, o),
    setChargingProfile: (x, o) => singleCall('SetChargingProfile', c.SetChargingProfile, x, o),
    clearChargingProfile: (x, o) => singleCall('ClearChargingProfile', c.ClearChargingProfile, x, o),
    getCompositeSchedule: (x, o) => singleCall('GetCompositeSchedule', c.GetCompositeSchedule, x, o),
  };
}
