/**
 * The 2.1 simulator's answer to every CSMS action: the 2.0.1 simulator's
 * behaviour on 2.1 types. Where a 2.1 request is a 2.0.1 one (most), the
 * 2.0.1 handler answers it as it is, the compiler checking both the request
 * and the response against 2.1. Where 2.1 widened a request (new enum
 * values, open idToken types, Dynamic profiles, periods without a limit),
 * what only 2.1 can say is refused with 2.1's own answer and the rest goes
 * to the 2.0.1 handler. The periodic event streams are 2.1's own (stream.ts).
 * The 2.1-only actions (tariffs, DER control, battery swap, priority
 * charging, ...) have no handler: the behaviour answers them with CALLERROR
 * NotSupported.
 */
import {
  ChargingProfileKindEnumType as ProfileKinds201,
  ChargingProfilePurposeEnumType as ProfilePurposes201,
  IdTokenEnumType as IdTokenTypes201,
  MessageTriggerEnumType as Triggers201,
  type ChargingProfileType as ChargingProfile201,
  type ChargingStationHandlers,
  type IdTokenType as IdToken201,
  type StatusInfoType,
  type V201,
} from '../../lib.js';
import type { ChargingProfileType as ChargingProfile21, IdTokenType as IdToken21, V21 } from '../../../v21/index.js';
import { stationHandlers, type StationParts } from '../handlers.js';
import type { PeriodicStreams } from './stream.js';

const NOT_SUPPORTED: StatusInfoType = { reasonCode: 'UnsupportedRequest', additionalInfo: 'not supported by this simulator' };
const ONLY_21: StatusInfoType = { reasonCode: 'UnsupportedParam', additionalInfo: 'this simulator does not support what OCPP 2.1 added here' };

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** A 2.1 idToken of a type 2.0.1 knows, as 2.0.1's; undefined for the others. */
function idToken201(token: IdToken21): IdToken201 | undefined {
  if (!includes(IdTokenTypes201, token.type)) return undefined;
  return { idToken: token.idToken, type: token.type, ...(token.additionalInfo !== undefined && { additionalInfo: token.additionalInfo }) };
}

/**
 * A 2.1 profile that says nothing 2.0.1 cannot (a 2.0.1 purpose and kind,
 * every period with a limit), as 2.0.1's; undefined otherwise. Its optional
 * 2.1 members (dynUpdateInterval, setpoints, ...) have no effect here.
 */
function profile201(p: ChargingProfile21): ChargingProfile201 | undefined {
  if (!includes(ProfilePurposes201, p.chargingProfilePurpose) || !includes(ProfileKinds201, p.chargingProfileKind)) return undefined;
  if (p.chargingSchedule.some((s) => s.chargingSchedulePeriod.some((period) => typeof period.limit !== 'number'))) return undefined;
  // The members 2.0.1 reads are checked above; the rest are 2.1's optional additions.
  return p as unknown as ChargingProfile201;
}

export function handlers21(station: StationParts, streams: PeriodicStreams): ChargingStationHandlers<V21> {
  const b = stationHandlers(station) as Required<ChargingStationHandlers<V201>>;
  return {
    ...streams.handlers(),
    // As in 2.0.1.
    GetVariables: b.GetVariables,
    SetVariables: b.SetVariables,
    GetBaseReport: b.GetBaseReport,
    GetReport: b.GetReport,
    ChangeAvailability: b.ChangeAvailability,
    UnlockConnector: b.UnlockConnector,
    RequestStopTransaction: b.RequestStopTransaction,
    GetTransactionStatus: b.GetTransactionStatus,
    ClearCache: b.ClearCache,
    GetLocalListVersion: b.GetLocalListVersion,
    DataTransfer: b.DataTransfer,
    GetCompositeSchedule: b.GetCompositeSchedule,
    CancelReservation: b.CancelReservation,
    ClearDisplayMessage: b.ClearDisplayMessage,
    ClearVariableMonitoring: b.ClearVariableMonitoring,
    CostUpdated: b.CostUpdated,
    DeleteCertificate: b.DeleteCertificate,
    GetMonitoringReport: b.GetMonitoringReport,
    PublishFirmware: b.PublishFirmware,
    SetMonitoringBase: b.SetMonitoringBase,
    SetMonitoringLevel: b.SetMonitoringLevel,
    UnpublishFirmware: b.UnpublishFirmware,
    UpdateFirmware: b.UpdateFirmware,

    // Widened in 2.1: what 2.0.1 has goes on, the rest is refused.
    Reset: (request, ctx) => (request.type === 'ImmediateAndResume' ? { status: 'Rejected', statusInfo: ONLY_21 } : b.Reset({ ...request, type: request.type }, ctx)),
    TriggerMessage: (request, ctx) => {
      const message = request.requestedMessage;
      if (!includes(Triggers201, message)) return { status: 'NotImplemented', statusInfo: ONLY_21 };
      return b.TriggerMessage({ requestedMessage: message, ...(request.evse !== undefined && { evse: request.evse }) }, ctx);
    },
    SendLocalList: (request, ctx) => {
      const list: NonNullable<Parameters<typeof b.SendLocalList>[0]['localAuthorizationList']> = [];
      for (const entry of request.localAuthorizationList ?? []) {
        const token = idToken201(entry.idToken);
        const group = entry.idTokenInfo?.groupIdToken;
        const groupToken = group === undefined ? undefined : idToken201(group);
        if (token === undefined || (group !== undefined && groupToken === undefined)) return { status: 'Failed', statusInfo: ONLY_21 };
        const info = entry.idTokenInfo;
        // What the simulator's list keeps: the status, the expiry of a cached copy, the group.
        list.push({
          idToken: token,
          ...(info !== undefined && {
            idTokenInfo: { status: info.status, ...(info.cacheExpiryDateTime !== undefined && { cacheExpiryDateTime: info.cacheExpiryDateTime }), ...(groupToken !== undefined && { groupIdToken: groupToken }) },
          }),
        });
      }
      return b.SendLocalList({ versionNumber: request.versionNumber, updateType: request.updateType, ...(request.localAuthorizationList !== undefined && { localAuthorizationList: list }) }, ctx);
    },
    RequestStartTransaction: (request, ctx) => {
      const idToken = idToken201(request.idToken);
      const profile = request.chargingProfile === undefined ? undefined : profile201(request.chargingProfile);
      if (idToken === undefined || (request.chargingProfile !== undefined && profile === undefined)) return { status: 'Rejected', statusInfo: ONLY_21 };
      return b.RequestStartTransaction({ idToken, remoteStartId: request.remoteStartId, ...(request.evseId !== undefined && { evseId: request.evseId }), ...(profile !== undefined && { chargingProfile: profile }) }, ctx);
    },
    SetChargingProfile: (request, ctx) => {
      const profile = profile201(request.chargingProfile);
      if (profile === undefined) return { status: 'Rejected', statusInfo: ONLY_21 };
      return b.SetChargingProfile({ evseId: request.evseId, chargingProfile: profile }, ctx);
    },
    ClearChargingProfile: (request, ctx) => {
      const c = request.chargingProfileCriteria;
      if (c?.chargingProfilePurpose !== undefined && !includes(ProfilePurposes201, c.chargingProfilePurpose)) return { status: 'Unknown' };
      return b.ClearChargingProfile(request as Parameters<typeof b.ClearChargingProfile>[0], ctx);
    },
    GetChargingProfiles: (request, ctx) => {
      const c = request.chargingProfile;
      if (c.chargingProfilePurpose !== undefined && !includes(ProfilePurposes201, c.chargingProfilePurpose)) return { status: 'NoProfiles' };
      return b.GetChargingProfiles(request as Parameters<typeof b.GetChargingProfiles>[0], ctx);
    },

    // Refused, in 2.1's shapes.
    CertificateSigned: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
    CustomerInformation: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
    GetDisplayMessages: () => ({ status: 'Unknown', statusInfo: { reasonCode: 'NotFound' } }),
    GetInstalledCertificateIds: () => ({ status: 'NotFound', statusInfo: { reasonCode: 'NotFound' } }),
    GetLog: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
    InstallCertificate: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
    ReserveNow: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
    SetDisplayMessage: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
    SetNetworkProfile: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
    SetVariableMonitoring: (request) => ({
      setMonitoringResult: request.setMonitoringData.map((d) => ({
        ...(d.id !== undefined && { id: d.id }),
        status: 'Rejected' as const,
        statusInfo: NOT_SUPPORTED,
        type: d.type,
        severity: d.severity,
        component: d.component,
        variable: d.variable,
      })),
    }),
  };
}
