/**
 * 1.6 CSMS-to-station actions as neutral commands, and back. Configuration
 * is in configuration.ts, DataTransfer in data-transfer.ts.
 */
import type * as M from '../../v16/generated/messages.js';
import * as E16 from '../../v16/generated/enums.js';
import { context, lose, refuse, type Context } from '../errors.js';
import { isoOf, optionalEpochOf, profileOf16, profileTo16, purposeTo16, tenth } from '../profiles.js';
import type { ChargingProfilePurpose } from '../../smart-charging/types.js';
import type { ChargingProfileCriteria, ResetKind, TriggerableMessage } from '../types/commands.js';
import type { CommandCodec } from '../types/maps.js';
import { compact, integerTransactionId, isOneOf } from '../util.js';
import { configurationCodecs16 } from './configuration.js';
import { connectorOf, dropStatusInfo, evseOfConnector, idTagOf, tokenOfIdTag } from './common.js';
import { dataTransferCodec16 } from './data-transfer.js';

const V = '1.6';
const status = <S extends string>(p: { status: S }) => ({ status: p.status });
/** Writes a plain status answer, reporting the statusInfo 1.6 cannot carry. */
const plain =
  <S extends string>() =>
  (r: { status: S; statusInfo?: { reasonCode: string } }, _c: unknown, options?: Parameters<typeof context>[1]) => {
    dropStatusInfo(context(V, options), r.statusInfo, 'statusInfo');
    return { status: r.status };
  };

const remoteStart: CommandCodec<'remoteStart', M.RemoteStartTransactionRequest, M.RemoteStartTransactionResponse> = {
  command: 'remoteStart',
  writeRequest: (c, options) => {
    const ctx = context(V, options);
    if (c.groupIdToken !== undefined) lose(ctx, 'group-id-token-16', 'groupIdToken', 'not sent');
    return compact({
      connectorId: c.evseId === undefined ? undefined : connectorOf(ctx, { evseId: c.evseId }, 'evseId'),
      idTag: idTagOf(ctx, c.idToken, 'idToken'),
      chargingProfile: c.chargingProfile === undefined ? undefined : profileTo16(ctx, c.chargingProfile, 'chargingProfile'),
    });
  },
  readResponse: status,
  readRequest: (p) =>
    compact({ idToken: tokenOfIdTag(p.idTag), evseId: p.connectorId, chargingProfile: p.chargingProfile === undefined ? undefined : profileOf16(p.chargingProfile) }),
  writeResponse: (r, _c, options) => {
    const ctx = context(V, options);
    dropStatusInfo(ctx, r.statusInfo, 'statusInfo');
    if (r.transactionId !== undefined) lose(ctx, 'remote-start-transaction-16', 'transactionId', 'not sent');
    return { status: r.status };
  },
};

const remoteStop: CommandCodec<'remoteStop', M.RemoteStopTransactionRequest, M.RemoteStopTransactionResponse> = {
  command: 'remoteStop',
  writeRequest: (c, options) => ({ transactionId: integerTransactionId(context(V, options), c.transactionId, 'transactionId') }),
  readResponse: status,
  readRequest: (p) => ({ transactionId: String(p.transactionId) }),
  writeResponse: plain(),
};

/** 1.6 reset types and the neutral kinds they are. */
const resetKinds: Readonly<Record<E16.ResetType, ResetKind>> = { Soft: 'Immediate', Hard: 'Hard' };

const reset: CommandCodec<'reset', M.ResetRequest, M.ResetResponse> = {
  command: 'reset',
  writeRequest: (c, options) => {
    const ctx = context(V, options);
    if (c.evseId !== undefined && c.evseId !== 0) refuse(ctx, 'reset-16', 'evseId', `EVSE ${c.evseId}`);
    if (c.type === 'Immediate') return { type: 'Soft' };
    if (c.type === 'Hard') return { type: 'Hard' };
    return refuse(ctx, 'reset-16', 'type', c.type);
  },
  readResponse: status,
  readRequest: (p) => ({ type: resetKinds[p.type] }),
  writeResponse: (r, _c, options) => {
    const ctx = context(V, options);
    dropStatusInfo(ctx, r.statusInfo, 'statusInfo');
    if (r.status !== 'Scheduled') return { status: r.status };
    lose(ctx, 'scheduled-16', 'status', 'sent as Accepted');
    return { status: 'Accepted' };
  },
};

const unlock: CommandCodec<'unlock', M.UnlockConnectorRequest, M.UnlockConnectorResponse> = {
  command: 'unlock',
  writeRequest: (c, options) => ({ connectorId: connectorOf(context(V, options), c, 'evse') }),
  readResponse: status,
  readRequest: (p) => {
    const e = evseOfConnector(p.connectorId);
    return { evseId: e.evseId, connectorId: e.connectorId ?? 0 };
  },
  writeResponse: (r, _c, options) => {
    const ctx = context(V, options);
    dropStatusInfo(ctx, r.statusInfo, 'statusInfo');
    if (isOneOf(E16.UnlockStatus, r.status)) return { status: r.status };
    lose(ctx, 'unlock-status-16', 'status', `${r.status} sent as UnlockFailed`);
    return { status: 'UnlockFailed' };
  },
};

const changeAvailability: CommandCodec<'changeAvailability', M.ChangeAvailabilityRequest, M.ChangeAvailabilityResponse> = {
  command: 'changeAvailability',
  writeRequest: (c, options) => ({
    connectorId: c.evse === undefined ? 0 : connectorOf(context(V, options), c.evse, 'evse'),
    type: c.operationalStatus,
  }),
  readResponse: status,
  readRequest: (p) => compact({ operationalStatus: p.type, evse: p.connectorId === 0 ? undefined : { evseId: p.connectorId } }),
  writeResponse: plain(),
};

/** The neutral name of a 1.6 extended trigger. */
const fromExtended = (m: E16.MessageTriggerEnumType): TriggerableMessage => (m === 'SignChargePointCertificate' ? 'SignChargingStationCertificate' : m);

function triggerTarget(ctx: Context, evse: { evseId: number; connectorId?: number } | undefined): number | undefined {
  return evse === undefined ? undefined : connectorOf(ctx, evse, 'evse');
}

const trigger: CommandCodec<'trigger', M.TriggerMessageRequest, M.TriggerMessageResponse> = {
  command: 'trigger',
  writeRequest: (c, options) => {
    const ctx = context(V, options);
    if (c.customTrigger !== undefined) refuse(ctx, 'trigger-16', 'customTrigger', c.customTrigger);
    if (!isOneOf(E16.MessageTrigger, c.requestedMessage)) return refuse(ctx, 'trigger-16', 'requestedMessage', `${c.requestedMessage} in TriggerMessage`);
    return compact({ requestedMessage: c.requestedMessage, connectorId: triggerTarget(ctx, c.evse) });
  },
  readResponse: status,
  readRequest: (p) => compact({ requestedMessage: p.requestedMessage, evse: p.connectorId === undefined ? undefined : { evseId: p.connectorId } }),
  writeResponse: plain(),
};

const extendedTrigger: CommandCodec<'trigger', M.ExtendedTriggerMessageRequest, M.ExtendedTriggerMessageResponse> = {
  command: 'trigger',
  writeRequest: (c, options) => {
    const ctx = context(V, options);
    if (c.customTrigger !== undefined) refuse(ctx, 'trigger-16', 'customTrigger', c.customTrigger);
    const m = c.requestedMessage === 'SignChargingStationCertificate' ? 'SignChargePointCertificate' : c.requestedMessage;
    if (!isOneOf(E16.MessageTriggerEnumType, m)) return refuse(ctx, 'trigger-16', 'requestedMessage', `${c.requestedMessage} in ExtendedTriggerMessage`);
    return compact({ requestedMessage: m, connectorId: triggerTarget(ctx, c.evse) });
  },
  readResponse: status,
  readRequest: (p) => compact({ requestedMessage: fromExtended(p.requestedMessage), evse: p.connectorId === undefined ? undefined : { evseId: p.connectorId } }),
  writeResponse: plain(),
};

const setChargingProfile: CommandCodec<'setChargingProfile', M.SetChargingProfileRequest, M.SetChargingProfileResponse> = {
  command: 'setChargingProfile',
  writeRequest: (c, options) => {
    const ctx = context(V, options);
    return { connectorId: connectorOf(ctx, { evseId: c.evseId }, 'evseId'), csChargingProfiles: profileTo16(ctx, c.chargingProfile, 'chargingProfile') };
  },
  readResponse: status,
  readRequest: (p) => ({ evseId: p.connectorId, chargingProfile: profileOf16(p.csChargingProfiles) }),
  writeResponse: plain(),
};

const clearChargingProfile: CommandCodec<'clearChargingProfile', M.ClearChargingProfileRequest, M.ClearChargingProfileResponse> = {
  command: 'clearChargingProfile',
  writeRequest: (c, options) => {
    const ctx = context(V, options);
    const k = c.chargingProfileCriteria;
    return compact({
      id: c.chargingProfileId,
      connectorId: k?.evseId === undefined ? undefined : connectorOf(ctx, { evseId: k.evseId }, 'chargingProfileCriteria.evseId'),
      chargingProfilePurpose: k?.chargingProfilePurpose === undefined ? undefined : purposeTo16(ctx, k.chargingProfilePurpose, 'chargingProfileCriteria.chargingProfilePurpose'),
      stackLevel: k?.stackLevel,
    });
  },
  readResponse: status,
  readRequest: (p) => {
    const purpose: ChargingProfilePurpose | undefined = p.chargingProfilePurpose === 'ChargePointMaxProfile' ? 'ChargingStationMaxProfile' : p.chargingProfilePurpose;
    const criteria: ChargingProfileCriteria = compact({ evseId: p.connectorId, chargingProfilePurpose: purpose, stackLevel: p.stackLevel });
    return compact({ chargingProfileId: p.id, chargingProfileCriteria: Object.keys(criteria).length === 0 ? undefined : criteria });
  },
  writeResponse: plain(),
};

const getCompositeSchedule: CommandCodec<'getCompositeSchedule', M.GetCompositeScheduleRequest, M.GetCompositeScheduleResponse> = {
  command: 'getCompositeSchedule',
  writeRequest: (c, options) =>
    compact({ connectorId: connectorOf(context(V, options), { evseId: c.evseId }, 'evseId'), duration: c.duration, chargingRateUnit: c.chargingRateUnit }),
  readResponse: (p, c) => {
    const s = p.chargingSchedule;
    if (s === undefined) return { status: p.status };
    return {
      status: p.status,
      schedule: compact({
        evseId: p.connectorId ?? c.evseId,
        scheduleStart: optionalEpochOf(p.scheduleStart ?? s.startSchedule),
        duration: s.duration,
        chargingRateUnit: s.chargingRateUnit,
        chargingSchedulePeriod: s.chargingSchedulePeriod.map((q) => compact({ startPeriod: q.startPeriod, limit: q.limit, numberPhases: q.numberPhases })),
        minChargingRate: s.minChargingRate,
      }),
    };
  },
  readRequest: (p) => compact({ evseId: p.connectorId, duration: p.duration, chargingRateUnit: p.chargingRateUnit }),
  writeResponse: (r, _c, options) => {
    const ctx = context(V, options);
    dropStatusInfo(ctx, r.statusInfo, 'statusInfo');
    const s = r.schedule;
    if (s === undefined) return { status: r.status };
    return compact({
      status: r.status,
      connectorId: s.evseId,
      scheduleStart: s.scheduleStart === undefined ? undefined : isoOf(ctx, s.scheduleStart, 'schedule.scheduleStart'),
      chargingSchedule: compact({
        duration: s.duration,
        chargingRateUnit: s.chargingRateUnit,
        chargingSchedulePeriod: s.chargingSchedulePeriod.map((q, i) => {
          if (q.phaseToUse !== undefined) lose(ctx, 'profile-details-16', `schedule.chargingSchedulePeriod[${i}].phaseToUse`, 'not sent');
          return compact({ startPeriod: q.startPeriod, limit: tenth(ctx, q.limit, `schedule.chargingSchedulePeriod[${i}].limit`), numberPhases: q.numberPhases });
        }),
        minChargingRate: s.minChargingRate === undefined ? undefined : tenth(ctx, s.minChargingRate, 'schedule.minChargingRate'),
      }),
    });
  },
};

/** The 1.6 CSMS-to-station actions the neutral model carries, by action. */
export const commands16 = {
  RemoteStartTransaction: remoteStart,
  RemoteStopTransaction: remoteStop,
  Reset: reset,
  UnlockConnector: unlock,
  ChangeAvailability: changeAvailability,
  TriggerMessage: trigger,
  ExtendedTriggerMessage: extendedTrigger,
  DataTransfer: dataTransferCodec16.command,
  GetConfiguration: configurationCodecs16.GetConfiguration,
  ChangeConfiguration: configurationCodecs16.ChangeConfiguration,
  SetChargingProfile: setChargingProfile,
  ClearChargingProfile: clearChargingProfile,
  GetCompositeSchedule: getCompositeSchedule,
} as const;
