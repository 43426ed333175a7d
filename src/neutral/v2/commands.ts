/**
 * 2.x CSMS-to-station actions as neutral commands, and back, for a dialect.
 * Not carried: customData; 2.1 profile features beyond 2.0.1's rules are
 * refused on reading (rule profile-21).
 */
import type * as M from '../../v21/generated/messages.js';
import type * as T21 from '../../v21/generated/types.js';
import { context, lose, refuse } from '../errors.js';
import { isoOf, optionalEpochOf, periodOf21, profileOf21, profileTo2x } from '../profiles.js';
import type { Component } from '../types/configuration.js';
import type { CommandCodec } from '../types/maps.js';
import { compact } from '../util.js';
import { evseOf2x, evseTo2x, statusInfoOf2x, statusInfoTo2x, tokenOf2x, tokenTo2x } from './common.js';
import type { Dialect } from './dialect.js';
import { dataTransfer2x } from './station.js';

const componentOf = (c: T21.ComponentType): Component => compact({ name: c.name, instance: c.instance, evse: c.evse === undefined ? undefined : evseOf2x(c.evse) });
const componentTo = (c: Component): T21.ComponentType => compact({ evse: c.evse === undefined ? undefined : evseTo2x(c.evse), name: c.name, instance: c.instance });
const variableOf = (v: T21.VariableType) => compact({ name: v.name, instance: v.instance });
/** A status answer read. */
const status = <S extends string>(p: { status: S; statusInfo?: T21.StatusInfoType }) => compact({ status: p.status, statusInfo: statusInfoOf2x(p.statusInfo) });
/** A status answer written. */
const plain = <S extends string>(r: { status: S; statusInfo?: { reasonCode: string; additionalInfo?: string } }) =>
  compact({ status: r.status, statusInfo: statusInfoTo2x(r.statusInfo) });

/** The 2.x CSMS-to-station codecs for a dialect. */
export function commands2x(d: Dialect) {
  const v = d.version;
  const remoteStart: CommandCodec<'remoteStart', M.RequestStartTransactionRequest, M.RequestStartTransactionResponse> = {
    command: 'remoteStart',
    writeRequest: (c, options) => {
      const ctx = context(v, options);
      if (c.remoteStartId === undefined) return refuse(ctx, 'remote-start-id-2x', 'remoteStartId', 'absent');
      return compact({
        evseId: c.evseId,
        groupIdToken: c.groupIdToken === undefined ? undefined : tokenTo2x(ctx, d, c.groupIdToken, 'groupIdToken'),
        idToken: tokenTo2x(ctx, d, c.idToken, 'idToken'),
        remoteStartId: c.remoteStartId,
        chargingProfile: c.chargingProfile === undefined ? undefined : profileTo2x(ctx, c.chargingProfile, 'chargingProfile'),
      });
    },
    readResponse: (p) => compact({ status: p.status, statusInfo: statusInfoOf2x(p.statusInfo), transactionId: p.transactionId }),
    readRequest: (p) =>
      compact({
        idToken: tokenOf2x(p.idToken),
        evseId: p.evseId,
        remoteStartId: p.remoteStartId,
        groupIdToken: p.groupIdToken === undefined ? undefined : tokenOf2x(p.groupIdToken),
        chargingProfile: p.chargingProfile === undefined ? undefined : profileOf21(context(v), p.chargingProfile, 'chargingProfile'),
      }),
    writeResponse: (r) => compact({ status: r.status, statusInfo: statusInfoTo2x(r.statusInfo), transactionId: r.transactionId }),
  };
  const remoteStop: CommandCodec<'remoteStop', M.RequestStopTransactionRequest, M.RequestStopTransactionResponse> = {
    command: 'remoteStop',
    writeRequest: (c) => ({ transactionId: c.transactionId }),
    readResponse: status,
    readRequest: (p) => ({ transactionId: p.transactionId }),
    writeResponse: plain,
  };
  const reset: CommandCodec<'reset', M.ResetRequest, M.ResetResponse> = {
    command: 'reset',
    writeRequest: (c, options) => {
      const ctx = context(v, options);
      let type = c.type;
      if (type === 'Hard') {
        lose(ctx, 'reset-hard-2x', 'type', 'sent as Immediate');
        type = 'Immediate';
      }
      if (!d.resetTypes.includes(type)) return refuse(ctx, 'reset-resume-201', 'type', type);
      return compact({ type, evseId: c.evseId });
    },
    readResponse: status,
    readRequest: (p) => compact({ type: p.type, evseId: p.evseId }),
    writeResponse: plain,
  };
  const unlock: CommandCodec<'unlock', M.UnlockConnectorRequest, M.UnlockConnectorResponse> = {
    command: 'unlock',
    writeRequest: (c) => ({ evseId: c.evseId, connectorId: c.connectorId }),
    readResponse: status,
    readRequest: (p) => ({ evseId: p.evseId, connectorId: p.connectorId }),
    writeResponse: (r, _c, options) => {
      if (r.status !== 'NotSupported') return compact({ status: r.status, statusInfo: statusInfoTo2x(r.statusInfo) });
      lose(context(v, options), 'unlock-status-2x', 'status', 'sent as UnlockFailed');
      return compact({ status: 'UnlockFailed' as const, statusInfo: statusInfoTo2x(r.statusInfo) });
    },
  };
  const changeAvailability: CommandCodec<'changeAvailability', M.ChangeAvailabilityRequest, M.ChangeAvailabilityResponse> = {
    command: 'changeAvailability',
    writeRequest: (c) => compact({ evse: c.evse === undefined ? undefined : evseTo2x(c.evse), operationalStatus: c.operationalStatus }),
    readResponse: status,
    readRequest: (p) => compact({ operationalStatus: p.operationalStatus, evse: p.evse === undefined ? undefined : evseOf2x(p.evse) }),
    writeResponse: plain,
  };
  const trigger: CommandCodec<'trigger', M.TriggerMessageRequest, M.TriggerMessageResponse> = {
    command: 'trigger',
    writeRequest: (c, options) => {
      const ctx = context(v, options);
      const m = c.requestedMessage;
      if (m === 'DiagnosticsStatusNotification' || !d.messageTriggers.includes(m)) return refuse(ctx, 'trigger-2x', 'requestedMessage', m);
      if (c.customTrigger !== undefined && !d.customTrigger) refuse(ctx, 'trigger-2x', 'customTrigger', c.customTrigger);
      return compact({ evse: c.evse === undefined ? undefined : evseTo2x(c.evse), requestedMessage: m, customTrigger: c.customTrigger });
    },
    readResponse: status,
    readRequest: (p) => compact({ requestedMessage: p.requestedMessage, evse: p.evse === undefined ? undefined : evseOf2x(p.evse), customTrigger: p.customTrigger }),
    writeResponse: plain,
  };
  const dataTransfer: CommandCodec<'dataTransfer', M.DataTransferRequest, M.DataTransferResponse> = {
    command: 'dataTransfer',
    writeRequest: dataTransfer2x.write,
    readResponse: dataTransfer2x.readAnswer,
    readRequest: dataTransfer2x.read,
    writeResponse: dataTransfer2x.writeAnswer,
  };
  const getVariables: CommandCodec<'getVariables', M.GetVariablesRequest, M.GetVariablesResponse> = {
    command: 'getVariables',
    writeRequest: (c, options) => {
      if (c.variables === undefined || c.variables.length === 0) return refuse(context(v, options), 'variables-all-2x', 'variables', 'no variables named');
      return { getVariableData: c.variables.map((q) => compact({ attributeType: q.attributeType, component: componentTo(q.component), variable: variableOf(q.variable) })) };
    },
    readResponse: (p) => ({
      results: p.getVariableResult.map((r) =>
        compact({
          status: r.attributeStatus,
          component: componentOf(r.component),
          variable: variableOf(r.variable),
          attributeType: r.attributeType,
          value: r.attributeValue,
          statusInfo: statusInfoOf2x(r.attributeStatusInfo),
        }),
      ),
    }),
    readRequest: (p) => ({
      variables: p.getVariableData.map((q) => compact({ component: componentOf(q.component), variable: variableOf(q.variable), attributeType: q.attributeType })),
    }),
    writeResponse: (r, _c, options) => {
      const ctx = context(v, options);
      return {
        getVariableResult: r.results.map((x, i) => {
          if (x.readOnly !== undefined) lose(ctx, 'read-only-2x', `results[${i}].readOnly`, 'not sent');
          return compact({
            attributeStatus: x.status,
            attributeStatusInfo: statusInfoTo2x(x.statusInfo),
            attributeType: x.attributeType,
            attributeValue: x.value,
            component: componentTo(x.component),
            variable: variableOf(x.variable),
          });
        }),
      };
    },
  };
  const setVariables: CommandCodec<'setVariables', M.SetVariablesRequest, M.SetVariablesResponse> = {
    command: 'setVariables',
    writeRequest: (c) => ({
      setVariableData: c.variables.map((a) =>
        compact({ attributeType: a.attributeType, attributeValue: a.value, component: componentTo(a.component), variable: variableOf(a.variable) }),
      ),
    }),
    readResponse: (p) => ({
      results: p.setVariableResult.map((r) =>
        compact({
          status: r.attributeStatus,
          component: componentOf(r.component),
          variable: variableOf(r.variable),
          attributeType: r.attributeType,
          statusInfo: statusInfoOf2x(r.attributeStatusInfo),
        }),
      ),
    }),
    readRequest: (p) => ({
      variables: p.setVariableData.map((a) =>
        compact({ component: componentOf(a.component), variable: variableOf(a.variable), value: a.attributeValue, attributeType: a.attributeType }),
      ),
    }),
    writeResponse: (r) => ({
      setVariableResult: r.results.map((x) =>
        compact({
          attributeType: x.attributeType,
          attributeStatus: x.status,
          attributeStatusInfo: statusInfoTo2x(x.statusInfo),
          component: componentTo(x.component),
          variable: variableOf(x.variable),
        }),
      ),
    }),
  };
  const setChargingProfile: CommandCodec<'setChargingProfile', M.SetChargingProfileRequest, M.SetChargingProfileResponse> = {
    command: 'setChargingProfile',
    writeRequest: (c, options) => ({ evseId: c.evseId, chargingProfile: profileTo2x(context(v, options), c.chargingProfile, 'chargingProfile') }),
    readResponse: status,
    readRequest: (p) => ({ evseId: p.evseId, chargingProfile: profileOf21(context(v), p.chargingProfile, 'chargingProfile') }),
    writeResponse: (r, _c, options) => {
      if (r.status !== 'NotSupported') return compact({ status: r.status, statusInfo: statusInfoTo2x(r.statusInfo) });
      lose(context(v, options), 'profile-status-2x', 'status', 'sent as Rejected');
      return compact({ status: 'Rejected' as const, statusInfo: statusInfoTo2x(r.statusInfo) });
    },
  };
  const clearChargingProfile: CommandCodec<'clearChargingProfile', M.ClearChargingProfileRequest, M.ClearChargingProfileResponse> = {
    command: 'clearChargingProfile',
    writeRequest: (c) => compact({ chargingProfileId: c.chargingProfileId, chargingProfileCriteria: c.chargingProfileCriteria === undefined ? undefined : compact({ ...c.chargingProfileCriteria }) }),
    readResponse: status,
    readRequest: (p) => {
      const k = p.chargingProfileCriteria;
      const purpose = k?.chargingProfilePurpose;
      if (purpose === 'PriorityCharging' || purpose === 'LocalGeneration') {
        return refuse(context(v), 'profile-21', 'chargingProfileCriteria.chargingProfilePurpose', purpose);
      }
      const criteria = k === undefined ? undefined : compact({ evseId: k.evseId, chargingProfilePurpose: purpose, stackLevel: k.stackLevel });
      return compact({ chargingProfileId: p.chargingProfileId, chargingProfileCriteria: criteria });
    },
    writeResponse: plain,
  };
  const getCompositeSchedule: CommandCodec<'getCompositeSchedule', M.GetCompositeScheduleRequest, M.GetCompositeScheduleResponse> = {
    command: 'getCompositeSchedule',
    writeRequest: (c) => compact({ duration: c.duration, chargingRateUnit: c.chargingRateUnit, evseId: c.evseId }),
    readResponse: (p) => {
      const s = p.schedule;
      const ctx = context(v);
      return compact({
        status: p.status,
        statusInfo: statusInfoOf2x(p.statusInfo),
        schedule:
          s === undefined
            ? undefined
            : {
                evseId: s.evseId,
                scheduleStart: optionalEpochOf(s.scheduleStart),
                duration: s.duration,
                chargingRateUnit: s.chargingRateUnit,
                chargingSchedulePeriod: s.chargingSchedulePeriod.map((q, i) => periodOf21(ctx, q, `schedule.chargingSchedulePeriod[${i}]`)),
              },
      });
    },
    readRequest: (p) => compact({ evseId: p.evseId, duration: p.duration, chargingRateUnit: p.chargingRateUnit }),
    writeResponse: (r, _c, options) => {
      const ctx = context(v, options);
      const s = r.schedule;
      if (s === undefined) return plain(r);
      if (s.scheduleStart === undefined || s.duration === undefined) return refuse(ctx, 'composite-schedule-2x', 'schedule', 'no start or duration');
      if (s.minChargingRate !== undefined) lose(ctx, 'composite-min-rate-2x', 'schedule.minChargingRate', 'not sent');
      return compact({
        status: r.status,
        statusInfo: statusInfoTo2x(r.statusInfo),
        schedule: {
          evseId: s.evseId,
          duration: s.duration,
          scheduleStart: isoOf(ctx, s.scheduleStart, 'schedule.scheduleStart'),
          chargingRateUnit: s.chargingRateUnit,
          chargingSchedulePeriod: s.chargingSchedulePeriod.map((q) => compact({ ...q })),
        },
      });
    },
  };
  return {
    RequestStartTransaction: remoteStart,
    RequestStopTransaction: remoteStop,
    Reset: reset,
    UnlockConnector: unlock,
    ChangeAvailability: changeAvailability,
    TriggerMessage: trigger,
    DataTransfer: dataTransfer,
    GetVariables: getVariables,
    SetVariables: setVariables,
    SetChargingProfile: setChargingProfile,
    ClearChargingProfile: clearChargingProfile,
    GetCompositeSchedule: getCompositeSchedule,
  } as const;
}
