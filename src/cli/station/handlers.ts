/**
 * The simulated station's answer to every CSMS-to-station action. What a
 * simulator can do it does (after its answer has gone out); the rest is
 * answered by unsupported.ts with a valid refusal.
 */
import type { ChargingStationHandlers, V201, MessageTriggerEnumType, NotifyReportRequest, ReportDataType, TriggerMessageResponse } from '../lib.js';
import type { Authorizer } from './authorization.js';
import type { Boot } from './boot.js';
import type { Charging } from './charging.js';
import { chunk, type DeviceModel } from './device-model.js';
import type { Equipment, Evse } from './evse.js';
import type { StationLink } from './link.js';
import type { Resetter } from './reset.js';
import type { Sampling } from './sampling.js';
import type { StationSmartCharging } from './smart-charging-v201.js';
import type { StatusReporter } from './status.js';
import type { TransactionQueue } from './tx-queue.js';
import { unsupportedHandlers } from './unsupported.js';

/** DataTransfer vendorId this simulator answers (messageId "echo" returns the data). */
export const VENDOR_ID = 'ocpp-model';

/** The parts of a station the handlers work on. */
export interface StationParts {
  readonly link: StationLink;
  readonly model: DeviceModel;
  readonly equipment: Equipment;
  readonly boot: Boot;
  readonly status: StatusReporter;
  readonly sampling: Sampling;
  readonly auth: Authorizer;
  readonly charging: Charging;
  readonly queue: TransactionQueue;
  readonly resetter: Resetter;
  readonly smartCharging: StationSmartCharging;
}

export function stationHandlers(station: StationParts): ChargingStationHandlers<V201> {
  const { link, model, equipment } = station;

  const sendReport = (requestId: number, data: ReportDataType[]): void => {
    link.later(async () => {
      const size = model.integer('DeviceDataCtrlr', { name: 'ItemsPerMessage', instance: 'GetReport' }, 25);
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
        await link.send('NotifyReport', request);
      }
    });
  };

  const evseOf = (id: number | undefined): Evse | undefined => (id === undefined ? undefined : equipment.evse(id));

  return {
    ...unsupportedHandlers,

    // K01, K08-K10
    ...station.smartCharging.handlers(),

    // B06, B05: the device model answers item by item.
    GetVariables: (request) => ({ getVariableResult: model.getVariables(request.getVariableData) }),
    SetVariables: (request) => ({ setVariableResult: model.setVariables(request.setVariableData) }),

    // B07: NotifyReport in chunks of DeviceDataCtrlr.ItemsPerMessage[GetReport], seqNo from 0, tbc on all but the last.
    GetBaseReport: (request) => {
      const data = model.baseReport(request.reportBase);
      if (data === undefined) return { status: 'NotSupported', statusInfo: { reasonCode: 'UnsupportedParam', additionalInfo: `${request.reportBase} is not supported` } };
      sendReport(request.requestId, data);
      return { status: 'Accepted' };
    },

    // B08
    GetReport: (request) => {
      const data = model.report(request.componentCriteria, request.componentVariable);
      if (data.length === 0) return { status: 'EmptyResultSet' };
      sendReport(request.requestId, data);
      return { status: 'Accepted' };
    },

    // B11, B12
    Reset: (request) => {
      if (request.evseId === undefined) return { status: station.resetter.reset(request.type) };
      const evse = evseOf(request.evseId);
      if (evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
      if (!model.boolean({ name: 'EVSE', evse: { id: evse.id } }, 'AllowReset', false)) {
        return { status: 'Rejected', statusInfo: { reasonCode: 'UnsupportedRequest', additionalInfo: 'EVSEs cannot be reset one by one (EVSE.AllowReset is false)' } };
      }
      return { status: station.resetter.resetEvse(request.type, evse) };
    },

    // G03-G05: the status change it causes is reported once the answer is out.
    ChangeAvailability: (request) => {
      const response = equipment.changeAvailability(request);
      if (response.status !== 'Rejected') link.later(() => station.status.report());
      return response;
    },

    // F05
    UnlockConnector: (request) => {
      const evse = evseOf(request.evseId);
      const connector = evse?.connector(request.connectorId);
      if (evse === undefined || connector === undefined) {
        return { status: 'UnknownConnector', statusInfo: { reasonCode: evse === undefined ? 'UnknownEvse' : 'UnknownConnectorId' } };
      }
      const s = evse.session;
      // F05.FR.02: an authorized session on this connector (or on the EVSE, before its cable is in) keeps its lock.
      if (s.authorization !== undefined && (s.connectorId === undefined || s.connectorId === connector.id)) return { status: 'OngoingAuthorizedTransaction' };
      if (connector.errorCode === 'ConnectorLockFailure') return { status: 'UnlockFailed', statusInfo: { reasonCode: 'HardwareFault', additionalInfo: 'the connector lock has failed' } };
      return { status: 'Unlocked' };
    },

    // F06
    TriggerMessage: (request) => trigger(station, request.requestedMessage, request.evse?.id, request.evse?.connectorId),

    // F01, F02: the transaction runs with RemoteStart and the remoteStartId; K05: with the TxProfile it brings.
    RequestStartTransaction: (request) => {
      let evse: Evse | undefined;
      if (request.evseId !== undefined) {
        evse = evseOf(request.evseId);
        if (evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
      } else {
        // A cable waiting for authorization first, then any free EVSE.
        const free = equipment.evses.filter((e) => equipment.available(e) && e.session.canAuthorize);
        evse = free.find((e) => e.session.connectorId !== undefined) ?? free[0];
        if (evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'TxInProgress', additionalInfo: 'no free EVSE' } };
      }
      if (!link.accepted) return { status: 'Rejected', statusInfo: { reasonCode: 'NotAccepted', additionalInfo: 'the CSMS has not accepted this station yet' } };
      if (!equipment.available(evse)) return { status: 'Rejected', statusInfo: { reasonCode: 'InvalidValue', additionalInfo: 'the EVSE is unavailable' } };
      if (evse.session.authorization !== undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'TxInProgress' } };
      if (!evse.session.canAuthorize) return { status: 'Rejected', statusInfo: { reasonCode: 'Unspecified', additionalInfo: 'the EV of the last session is still plugged in' } };
      const target = evse;
      const transactionId = target.session.transactionId;
      const refused = station.smartCharging.startProfile(target, request.chargingProfile);
      if (refused !== undefined) return { status: 'Rejected', statusInfo: refused };
      link.later(async () => {
        try {
          let groupIdToken: string | undefined;
          // F01.FR.01 / F02: with AuthorizeRemoteStart the idToken is authorized like a local one first.
          if (model.boolean('AuthCtrlr', 'AuthorizeRemoteStart', false)) {
            const verdict = await station.auth.authorize(request.idToken);
            if (verdict.info?.status !== 'Accepted') return;
            groupIdToken = verdict.info.groupIdToken?.idToken;
          }
          await station.charging.input(target, {
            type: 'authorize',
            idToken: request.idToken,
            remoteStartId: request.remoteStartId,
            ...(groupIdToken !== undefined && { groupIdToken }),
          });
        } finally {
          station.smartCharging.startDone(target);
        }
      });
      return { status: 'Accepted', ...(transactionId !== undefined && { transactionId }) };
    },

    // F03
    RequestStopTransaction: (request) => {
      const evse = equipment.evses.find((e) => e.session.transactionId === request.transactionId);
      if (evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'TxNotFound' } };
      link.later(() => station.charging.input(evse, { type: 'stopAuthorize', remote: true }));
      return { status: 'Accepted' };
    },

    // E14: messagesInQueue counts the transaction messages still to be delivered.
    GetTransactionStatus: (request) => {
      if (request.transactionId === undefined) return { messagesInQueue: station.queue.holds() };
      const ongoing = equipment.evses.some((e) => e.session.transactionId === request.transactionId);
      return { messagesInQueue: station.queue.holds(request.transactionId), ongoingIndicator: ongoing };
    },

    // C11
    ClearCache: () => (station.auth.clearCache() ? { status: 'Accepted' } : { status: 'Rejected', statusInfo: { reasonCode: 'NotEnabled' } }),

    // D01, D02
    SendLocalList: (request) => {
      const status = station.auth.updateLocalList(request.versionNumber, request.updateType === 'Full', request.localAuthorizationList ?? []);
      return status === 'Accepted' ? { status } : { status, statusInfo: { reasonCode: status === 'Failed' ? 'NotEnabled' : 'InvalidValue' } };
    },
    GetLocalListVersion: () => ({ versionNumber: model.boolean('LocalAuthListCtrlr', 'Enabled', true) ? station.auth.localListVersion : 0 }),

    // P01
    DataTransfer: (request) => {
      if (request.vendorId !== VENDOR_ID) return { status: 'UnknownVendorId' };
      if (request.messageId !== 'echo') return { status: 'UnknownMessageId' };
      return { status: 'Accepted', ...(request.data !== undefined && { data: request.data }) };
    },
  };
}

/** F06: what a TriggerMessage makes the station send, sent once the answer is out. */
function trigger(station: StationParts, message: MessageTriggerEnumType, evseId: number | undefined, connectorId: number | undefined): TriggerMessageResponse {
  const { link, equipment } = station;
  const evse = evseId === undefined || evseId === 0 ? undefined : equipment.evse(evseId);
  if (evseId !== undefined && evseId !== 0 && evse === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
  const evses = evse !== undefined ? [evse] : [...equipment.evses];
  switch (message) {
    case 'BootNotification':
      // F06.FR.17: once accepted there is no reason to boot again; before that it goes now, reason Triggered.
      if (link.accepted) return { status: 'Rejected', statusInfo: { reasonCode: 'Unspecified', additionalInfo: 'the station is already accepted' } };
      link.later(() => station.boot.trigger());
      return { status: 'Accepted' };
    case 'Heartbeat':
      link.later(() => link.send('Heartbeat', {}));
      return { status: 'Accepted' };
    case 'StatusNotification':
      if (connectorId !== undefined && evse?.connector(connectorId) === undefined) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownConnectorId' } };
      link.later(() => Promise.all(evses.map((e) => station.status.send(e, connectorId))));
      return { status: 'Accepted' };
    case 'MeterValues':
      link.later(() => Promise.all(evses.map((e) => station.sampling.send(e, 'Trigger'))));
      return { status: 'Accepted' };
    case 'TransactionEvent': {
      const active = evses.filter((e) => e.session.active);
      if (active.length === 0) return { status: 'Rejected', statusInfo: { reasonCode: 'TxNotFound' } };
      link.later(() => Promise.all(active.map((e) => station.charging.input(e, { type: 'trigger' }))));
      return { status: 'Accepted' };
    }
    case 'LogStatusNotification':
      link.later(() => link.send('LogStatusNotification', { status: 'Idle' }));
      return { status: 'Accepted' };
    case 'FirmwareStatusNotification':
      link.later(() => link.send('FirmwareStatusNotification', { status: 'Idle' }));
      return { status: 'Accepted' };
    default:
      // Certificate signing needs keys the simulator does not have; PublishFirmwareStatusNotification is a Local Controller's.
      return { status: 'NotImplemented', statusInfo: { reasonCode: 'UnsupportedRequest' } };
  }
}
