/**
 * The simulated station's answer to every CSMS-to-station action. What a
 * simulator can do it does (after its answer has gone out); the rest is
 * answered by unsupported.ts with a valid refusal.
 */
import type { ChargingStationHandlers, MessageTriggerEnumType, NotifyReportRequest, ReportDataType, TriggerMessageResponse } from '../lib.js';
import { chunk } from './device-model.js';
import type { Evse } from './evse.js';
import type { SimulatedStation } from './simulator.js';
import { unsupportedHandlers } from './unsupported.js';

/** DataTransfer vendorId this simulator answers (messageId "echo" returns the data). */
export const VENDOR_ID = 'ocpp-model';

export function stationHandlers<C extends object>(station: SimulatedStation<C>): ChargingStationHandlers {
  const sendReport = (requestId: number, data: ReportDataType[]): void => {
    station.later(async () => {
      const size = station.model.integer('DeviceDataCtrlr', { name: 'ItemsPerMessage', instance: 'GetReport' }, 25);
      const parts = chunk(data, size);
      const generatedAt = new Date().toISOString();
      for (let seqNo = 0; seqNo < parts.length; seqNo++) {
        const part = parts[seqNo]!;
        const request: NotifyReportRequest = {
          requestId,
          generatedAt,
          seqNo,
          ...(seqNo < parts.length - 1 && { tbc: true }),
          ...(part.length > 0 && { reportData: part }),
        };
        await station.send('NotifyReport', request);
      }
    });
  };

  const evseOf = (id: number | undefined): Evse | undefined => (id === undefined ? undefined : station.equipment.evse(id));

  const handlers: ChargingStationHandlers = {
    ...unsupportedHandlers,

    // B06, B05: the device model answers item by item.
    GetVariables: (request) => ({ getVariableResult: station.model.getVariables(request.getVariableData) }),
    SetVariables: (request) => ({ setVariableResult: station.model.setVariables(request.setVariableData) }),

    // B07: NotifyReport in chunks of DeviceDataCtrlr.ItemsPerMessage[GetReport], seqNo from 0, tbc on all but the last.
    GetBaseReport: (request) => {
      const data = station.model.baseReport(request.reportBase);
      if (data === undefined) return { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam', additionalInfo: `${request.reportBase} is not supported` } };
      sendReport(request.requestId, data);
      return { status: 'Accepted' };
    },

    // B08
    GetReport: (request) => {
      const data = station.model.report(request.componentCriteria, request.componentVariable);
      if (data.length === 0) return { status: 'EmptyResultSet' };
      sendReport(request.requestId, data);
      return { status: 'Accepted' };
    },

    // B11, B12
    Reset: (request) => {
      if (request.evseId !== undefined) {
        return { status: 'Rejected', statusInfo: { reasonCode: 'UnsupportedRequest', additionalInfo: 'EVSEs cannot be reset individually (EVSE.AllowReset is false)' } };
      }
      return { status: station.reset(request.type) };
    },

    // G03-G05: the status change it causes is reported once the answer is out.
    ChangeAvailability: (request) => {
      const response = station.equipment.changeAvailability(request);
      if (response.status === 'Accepted') station.later(() => station.reportStatuses());
      return response;
    },

    // F05
    UnlockConnector: (request) => {
      const evse = evseOf(request.evseId);
      if (evse === undefined || evse.connector(request.connectorId) === undefined) {
        return { status: 'UnknownConnector', statusInfo: { reasonCode: evse === undefined ? 'UnknownEvse' : 'UnknownConnectorId' } };
      }
      const s = evse.session;
      if (s.active && s.authorization !== undefined && s.connectorId === request.connectorId) return { status: 'OngoingAuthorizedTransaction' };
      return { status: 'Unlocked' };
    },

    // F06
    TriggerMessage: (request) => trigger(station, request.requestedMessage, request.evse?.id, request.evse?.connectorId),

    // F01, F02: the transaction runs with RemoteStart and the remoteStartId.
    RequestStartTransaction: (request) => {
      let evse: Evse | undefined;
      if (request.evseId !== undefined) {
        evse = evseOf(request.evseId);
        if (evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
      } else {
        evse = station.equipment.evses.find((e) => e.operative && e.session.canAuthorize);
        if (evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'TxInProgress', additionalInfo: 'no free EVSE' } };
      }
      if (!station.accepted) return { status: 'Rejected', statusInfo: { reasonCode: 'CSNotAccepted' } };
      if (!evse.operative || !station.equipment.operative) return { status: 'Rejected', statusInfo: { reasonCode: 'InvalidValue', additionalInfo: 'the EVSE is unavailable' } };
      if (evse.session.authorization !== undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'TxInProgress' } };
      if (!evse.session.canAuthorize) return { status: 'Rejected', statusInfo: { reasonCode: 'Unspecified', additionalInfo: 'the EV of the last session is still plugged in' } };
      const target = evse;
      const transactionId = target.session.transactionId;
      station.later(async () => {
        if (station.model.boolean('AuthCtrlr', 'AuthorizeRemoteStart', false)) {
          const info = await station.authorizeIdToken(request.idToken);
          if (info?.status !== 'Accepted') return;
        }
        await station.input(target, { type: 'authorize', idToken: request.idToken, remoteStartId: request.remoteStartId });
      });
      return { status: 'Accepted', ...(transactionId !== undefined && { transactionId }) };
    },

    // F03
    RequestStopTransaction: (request) => {
      const evse = station.equipment.evses.find((e) => e.session.transactionId === request.transactionId);
      if (evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'TxNotFound' } };
      station.later(() => station.input(evse, { type: 'stopAuthorize', remote: true }));
      return { status: 'Accepted' };
    },

    // E14
    GetTransactionStatus: (request) => {
      const messagesInQueue = station.role.endpoint.queuedCount > 0;
      if (request.transactionId === undefined) return { messagesInQueue };
      const ongoing = station.equipment.evses.some((e) => e.session.transactionId === request.transactionId);
      return { messagesInQueue, ongoingIndicator: ongoing };
    },

    // C11
    ClearCache: () => {
      if (!station.model.boolean('AuthCacheCtrlr', 'Enabled', true)) return { status: 'Rejected', statusInfo: { reasonCode: 'NotEnabled' } };
      station.authCache.clear();
      return { status: 'Accepted' };
    },

    // D01, D02
    SendLocalList: (request) => {
      const status = station.updateLocalList(request.versionNumber, request.updateType === 'Full', request.localAuthorizationList ?? []);
      return status === 'Accepted' ? { status } : { status, statusInfo: { reasonCode: status === 'Failed' ? 'NotEnabled' : 'InvalidValue' } };
    },
    GetLocalListVersion: () => ({ versionNumber: station.model.boolean('LocalAuthListCtrlr', 'Enabled', true) ? station.localListVersion : 0 }),

    // P01
    DataTransfer: (request) => {
      if (request.vendorId !== VENDOR_ID) return { status: 'UnknownVendorId' };
      if (request.messageId !== 'echo') return { status: 'UnknownMessageId' };
      return { status: 'Accepted', ...(request.data !== undefined && { data: request.data }) };
    },
  };
  return handlers;
}

/** F06: what a TriggerMessage makes the station send, sent once the answer is out. */
function trigger<C extends object>(station: SimulatedStation<C>, message: MessageTriggerEnumType, evseId: number | undefined, connectorId: number | undefined): TriggerMessageResponse {
  const evse = evseId === undefined || evseId === 0 ? undefined : station.equipment.evse(evseId);
  if (evseId !== undefined && evseId !== 0 && evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
  const evses = evse !== undefined ? [evse] : [...station.equipment.evses];
  switch (message) {
    case 'BootNotification':
      // F06.FR.17: a station already accepted refuses to boot again.
      if (station.accepted) return { status: 'Rejected', statusInfo: { reasonCode: 'Unspecified', additionalInfo: 'the station is already accepted' } };
      station.later(() => station.boot('Triggered'));
      return { status: 'Accepted' };
    case 'Heartbeat':
      station.later(() => station.send('Heartbeat', {}));
      return { status: 'Accepted' };
    case 'StatusNotification':
      if (connectorId !== undefined && evse?.connector(connectorId) === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownConnectorId' } };
      station.later(() => Promise.all(evses.map((e) => station.sendStatus(e, connectorId))));
      return { status: 'Accepted' };
    case 'MeterValues':
      station.later(() => Promise.all(evses.map((e) => station.sendMeterValues(e, 'Trigger'))));
      return { status: 'Accepted' };
    case 'TransactionEvent': {
      const active = evses.filter((e) => e.session.active);
      if (active.length === 0) return { status: 'Rejected', statusInfo: { reasonCode: 'TxNotFound' } };
      station.later(() => Promise.all(active.map((e) => station.input(e, { type: 'trigger' }))));
      return { status: 'Accepted' };
    }
    case 'LogStatusNotification':
      station.later(() => station.send('LogStatusNotification', { status: 'Idle' }));
      return { status: 'Accepted' };
    case 'FirmwareStatusNotification':
      station.later(() => station.send('FirmwareStatusNotification', { status: 'Idle' }));
      return { status: 'Accepted' };
    default:
      // Certificate signing needs keys the simulator does not have; PublishFirmwareStatusNotification is a Local Controller's.
      return { status: 'NotImplemented', statusInfo: { reasonCode: 'UnsupportedRequest' } };
  }
}

