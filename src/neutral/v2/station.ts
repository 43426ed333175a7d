/**
 * 2.x station-to-CSMS actions (all but TransactionEvent) to and from the
 * neutral model, for a dialect (2.0.1 or 2.1). Not carried: Authorize's
 * certificate fields and answer's certificateStatus (ISO 15118), 2.1's
 * allowedEnergyTransfer and tariff, customData.
 */
import type * as M from '../../v21/generated/messages.js';
import { context, lose, refuse, type ConversionOptions } from '../errors.js';
import type { StationMessageCodec } from '../types/maps.js';
import type { DataTransfer, DataTransferAnswer } from '../types/station.js';
import { compact } from '../util.js';
import { idTokenInfoOf2x, idTokenInfoTo2x, meterValueOf2x, meterValueTo2x, statusInfoOf2x, statusInfoTo2x, tokenOf2x, tokenTo2x } from './common.js';
import type { Dialect } from './dialect.js';

/** 2.x DataTransfer, read and written (it goes both ways). */
export const dataTransfer2x = {
  read: (p: M.DataTransferRequest): DataTransfer => compact({ vendorId: p.vendorId, messageId: p.messageId, data: p.data }),
  write: (t: DataTransfer): M.DataTransferRequest => compact({ messageId: t.messageId, data: t.data, vendorId: t.vendorId }),
  readAnswer: (p: M.DataTransferResponse): DataTransferAnswer => compact({ status: p.status, data: p.data, statusInfo: statusInfoOf2x(p.statusInfo) }),
  writeAnswer: (a: DataTransferAnswer): M.DataTransferResponse => compact({ status: a.status, statusInfo: statusInfoTo2x(a.statusInfo), data: a.data }),
};

/** Reports a 2.1 statusInfo that 2.0.1 notifications cannot carry; the statusInfo to send. */
function notificationStatusInfo(d: Dialect, s: { statusInfo?: { reasonCode: string; additionalInfo?: string } }, options?: ConversionOptions) {
  if (s.statusInfo === undefined || d.notificationStatusInfo) return statusInfoTo2x(s.statusInfo);
  lose(context(d.version, options), 'status-info-201', 'statusInfo', 'not sent');
  return undefined;
}

const empty = () => ({});

/** The 2.x station-to-CSMS codecs (other than TransactionEvent) for a dialect. */
export function stationMessages2x(d: Dialect) {
  const v = d.version;
  const boot: StationMessageCodec<'boot', M.BootNotificationRequest, M.BootNotificationResponse> = {
    message: 'boot',
    readRequest: (p) => {
      const s = p.chargingStation;
      return {
        station: compact({
          vendor: s.vendorName,
          model: s.model,
          serialNumber: s.serialNumber,
          firmwareVersion: s.firmwareVersion,
          modem: s.modem === undefined ? undefined : compact({ iccid: s.modem.iccid, imsi: s.modem.imsi }),
        }),
        reason: p.reason,
      };
    },
    writeRequest: (b, options) => {
      const ctx = context(v, options);
      const s = b.station;
      for (const f of ['chargeBoxSerialNumber', 'meterType', 'meterSerialNumber'] as const) if (s[f] !== undefined) lose(ctx, 'boot-2x', `station.${f}`, 'not sent');
      if (b.reason === undefined) lose(ctx, 'boot-reason-2x', 'reason', 'sent as Unknown');
      return {
        chargingStation: compact({
          serialNumber: s.serialNumber,
          model: s.model,
          modem: s.modem === undefined ? undefined : compact({ ...s.modem }),
          vendorName: s.vendor,
          firmwareVersion: s.firmwareVersion,
        }),
        reason: b.reason ?? 'Unknown',
      };
    },
    readResponse: (p) => compact({ status: p.status, currentTime: p.currentTime, interval: p.interval, statusInfo: statusInfoOf2x(p.statusInfo) }),
    writeResponse: (a) => compact({ currentTime: a.currentTime, interval: a.interval, status: a.status, statusInfo: statusInfoTo2x(a.statusInfo) }),
  };
  const heartbeat: StationMessageCodec<'heartbeat', M.HeartbeatRequest, M.HeartbeatResponse> = {
    message: 'heartbeat',
    readRequest: empty,
    writeRequest: empty,
    readResponse: (p) => ({ currentTime: p.currentTime }),
    writeResponse: (a) => ({ currentTime: a.currentTime }),
  };
  const status: StationMessageCodec<'status', M.StatusNotificationRequest, M.StatusNotificationResponse> = {
    message: 'status',
    readRequest: (p) => ({ evseId: p.evseId, connectorId: p.connectorId, status: p.connectorStatus, timestamp: p.timestamp }),
    writeRequest: (r, options) => {
      const ctx = context(v, options);
      if (r.timestamp === undefined) return refuse(ctx, 'timestamp-2x', 'timestamp', 'absent');
      for (const f of ['detailedStatus', 'errorCode', 'info', 'vendorId', 'vendorErrorCode'] as const) {
        if (r[f] !== undefined) lose(ctx, 'connector-status-2x', f, 'not sent');
      }
      return { timestamp: r.timestamp, connectorStatus: r.status, evseId: r.evseId, connectorId: r.connectorId };
    },
    readResponse: empty,
    writeResponse: empty,
  };
  const authorize: StationMessageCodec<'authorize', M.AuthorizeRequest, M.AuthorizeResponse> = {
    message: 'authorize',
    readRequest: (p) => ({ idToken: tokenOf2x(p.idToken) }),
    writeRequest: (c, options) => ({ idToken: tokenTo2x(context(v, options), d, c.idToken, 'idToken') }),
    readResponse: (p) => ({ idTokenInfo: idTokenInfoOf2x(p.idTokenInfo) }),
    writeResponse: (a, options) => ({ idTokenInfo: idTokenInfoTo2x(context(v, options), d, a.idTokenInfo, 'idTokenInfo') }),
  };
  const meterValues: StationMessageCodec<'meterValues', M.MeterValuesRequest, M.MeterValuesResponse> = {
    message: 'meterValues',
    readRequest: (p) => ({ evseId: p.evseId, meterValue: p.meterValue.map(meterValueOf2x) }),
    writeRequest: (r, options) => {
      const ctx = context(v, options);
      if (r.transactionId !== undefined) lose(ctx, 'meter-report-transaction-2x', 'transactionId', 'not sent');
      return { evseId: r.evseId, meterValue: r.meterValue.map((mv, i) => meterValueTo2x(ctx, d, mv, `meterValue[${i}]`)) };
    },
    readResponse: empty,
    writeResponse: empty,
  };
  const data: StationMessageCodec<'dataTransfer', M.DataTransferRequest, M.DataTransferResponse> = {
    message: 'dataTransfer',
    readRequest: dataTransfer2x.read,
    writeRequest: dataTransfer2x.write,
    readResponse: dataTransfer2x.readAnswer,
    writeResponse: dataTransfer2x.writeAnswer,
  };
  const securityEvent: StationMessageCodec<'securityEvent', M.SecurityEventNotificationRequest, M.SecurityEventNotificationResponse> = {
    message: 'securityEvent',
    readRequest: (p) => compact({ type: p.type, timestamp: p.timestamp, techInfo: p.techInfo }),
    writeRequest: (e) => compact({ type: e.type, timestamp: e.timestamp, techInfo: e.techInfo }),
    readResponse: empty,
    writeResponse: empty,
  };
  const firmwareStatus: StationMessageCodec<'firmwareStatus', M.FirmwareStatusNotificationRequest, M.FirmwareStatusNotificationResponse> = {
    message: 'firmwareStatus',
    readRequest: (p) => compact({ status: p.status, requestId: p.requestId, statusInfo: statusInfoOf2x(p.statusInfo) }),
    writeRequest: (r, options) => compact({ status: r.status, requestId: r.requestId, statusInfo: notificationStatusInfo(d, r, options) }),
    readResponse: empty,
    writeResponse: empty,
  };
  const logStatus: StationMessageCodec<'logStatus', M.LogStatusNotificationRequest, M.LogStatusNotificationResponse> = {
    message: 'logStatus',
    readRequest: (p) => compact({ status: p.status, requestId: p.requestId, statusInfo: statusInfoOf2x(p.statusInfo) }),
    writeRequest: (r, options) => compact({ status: r.status, requestId: r.requestId, statusInfo: notificationStatusInfo(d, r, options) }),
    readResponse: empty,
    writeResponse: empty,
  };
  return {
    BootNotification: boot,
    Heartbeat: heartbeat,
    StatusNotification: status,
    Authorize: authorize,
    MeterValues: meterValues,
    DataTransfer: data,
    SecurityEventNotification: securityEvent,
    FirmwareStatusNotification: firmwareStatus,
    LogStatusNotification: logStatus,
  } as const;
}
