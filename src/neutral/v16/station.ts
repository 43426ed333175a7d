/**
 * 1.6 station-to-CSMS actions (all but the transaction messages) to and from
 * the neutral model.
 */
import type * as M from '../../v16/generated/messages.js';
import * as E16 from '../../v16/generated/enums.js';
import { context, lose, refuse } from '../errors.js';
import type { StationMessageCodec } from '../types/maps.js';
import type { ConnectorStatus, DetailedConnectorStatus } from '../types/common.js';
import { compact, isOneOf } from '../util.js';
import { dropStatusInfo, evseOfConnector, connectorOf, idTagInfoOf, idTagOf, idTokenInfoOf16, meterValueOf16, meterValueTo16, tokenOfIdTag } from './common.js';
import { dataTransferCodec16 } from './data-transfer.js';
import { integerTransactionId } from '../util.js';

const V = '1.6';

/** 1.6's finer connector status, as 2.x's. */
export const connectorStatusOf16: Readonly<Record<DetailedConnectorStatus, ConnectorStatus>> = {
  Available: 'Available',
  Preparing: 'Occupied',
  Charging: 'Occupied',
  SuspendedEVSE: 'Occupied',
  SuspendedEV: 'Occupied',
  Finishing: 'Occupied',
  Reserved: 'Reserved',
  Unavailable: 'Unavailable',
  Faulted: 'Faulted',
};

const boot: StationMessageCodec<'boot', M.BootNotificationRequest, M.BootNotificationResponse> = {
  message: 'boot',
  readRequest: (p) => ({
    station: compact({
      vendor: p.chargePointVendor,
      model: p.chargePointModel,
      serialNumber: p.chargePointSerialNumber,
      firmwareVersion: p.firmwareVersion,
      modem: p.iccid === undefined && p.imsi === undefined ? undefined : compact({ iccid: p.iccid, imsi: p.imsi }),
      chargeBoxSerialNumber: p.chargeBoxSerialNumber,
      meterType: p.meterType,
      meterSerialNumber: p.meterSerialNumber,
    }),
  }),
  writeRequest: (b, options) => {
    if (b.reason !== undefined) lose(context(V, options), 'boot-16', 'reason', `${b.reason} not sent`);
    const s = b.station;
    return compact({
      chargePointVendor: s.vendor,
      chargePointModel: s.model,
      chargePointSerialNumber: s.serialNumber,
      chargeBoxSerialNumber: s.chargeBoxSerialNumber,
      firmwareVersion: s.firmwareVersion,
      iccid: s.modem?.iccid,
      imsi: s.modem?.imsi,
      meterType: s.meterType,
      meterSerialNumber: s.meterSerialNumber,
    });
  },
  readResponse: (p) => ({ status: p.status, currentTime: p.currentTime, interval: p.interval }),
  writeResponse: (a, options) => {
    dropStatusInfo(context(V, options), a.statusInfo, 'statusInfo');
    return { status: a.status, currentTime: a.currentTime, interval: a.interval };
  },
};

const heartbeat: StationMessageCodec<'heartbeat', M.HeartbeatRequest, M.HeartbeatResponse> = {
  message: 'heartbeat',
  readRequest: () => ({}),
  writeRequest: () => ({}),
  readResponse: (p) => ({ currentTime: p.currentTime }),
  writeResponse: (a) => ({ currentTime: a.currentTime }),
};

const status: StationMessageCodec<'status', M.StatusNotificationRequest, M.StatusNotificationResponse> = {
  message: 'status',
  readRequest: (p) => {
    const evse = evseOfConnector(p.connectorId);
    return compact({
      evseId: evse.evseId,
      connectorId: evse.connectorId ?? 0,
      status: connectorStatusOf16[p.status],
      timestamp: p.timestamp,
      detailedStatus: p.status,
      errorCode: p.errorCode,
      info: p.info,
      vendorId: p.vendorId,
      vendorErrorCode: p.vendorErrorCode,
    });
  },
  writeRequest: (r, options) => {
    const ctx = context(V, options);
    const detailed = r.detailedStatus ?? (r.status === 'Occupied' ? undefined : r.status);
    if (detailed === undefined) refuse(ctx, 'connector-status-16', 'detailedStatus', 'Occupied without the 1.6 status');
    if (connectorStatusOf16[detailed] !== r.status) refuse(ctx, 'connector-status-16', 'detailedStatus', `${detailed} is not ${r.status}`);
    if (r.errorCode === undefined) lose(ctx, 'error-code-16', 'errorCode', 'sent as NoError');
    return compact({
      connectorId: connectorOf(ctx, { evseId: r.evseId, connectorId: r.evseId === 0 ? 0 : r.connectorId }, 'connectorId'),
      errorCode: r.errorCode ?? 'NoError',
      info: r.info,
      status: detailed,
      timestamp: r.timestamp,
      vendorId: r.vendorId,
      vendorErrorCode: r.vendorErrorCode,
    });
  },
  readResponse: () => ({}),
  writeResponse: () => ({}),
};

const authorize: StationMessageCodec<'authorize', M.AuthorizeRequest, M.AuthorizeResponse> = {
  message: 'authorize',
  readRequest: (p) => ({ idToken: tokenOfIdTag(p.idTag) }),
  writeRequest: (c, options) => ({ idTag: idTagOf(context(V, options), c.idToken, 'idToken') }),
  readResponse: (p) => ({ idTokenInfo: idTokenInfoOf16(p.idTagInfo) }),
  writeResponse: (a, options) => ({ idTagInfo: idTagInfoOf(context(V, options), a.idTokenInfo, 'idTokenInfo') }),
};

const meterValues: StationMessageCodec<'meterValues', M.MeterValuesRequest, M.MeterValuesResponse> = {
  message: 'meterValues',
  readRequest: (p) =>
    compact({
      evseId: p.connectorId,
      meterValue: p.meterValue.map(meterValueOf16),
      transactionId: p.transactionId === undefined ? undefined : String(p.transactionId),
    }),
  writeRequest: (r, options) => {
    const ctx = context(V, options);
    return compact({
      connectorId: r.evseId,
      transactionId: r.transactionId === undefined ? undefined : integerTransactionId(ctx, r.transactionId, 'transactionId'),
      meterValue: r.meterValue.map((mv, i) => meterValueTo16(ctx, mv, `meterValue[${i}]`)),
    });
  },
  readResponse: () => ({}),
  writeResponse: () => ({}),
};

const securityEvent: StationMessageCodec<'securityEvent', M.SecurityEventNotificationRequest, M.SecurityEventNotificationResponse> = {
  message: 'securityEvent',
  readRequest: (p) => compact({ type: p.type, timestamp: p.timestamp, techInfo: p.techInfo }),
  writeRequest: (e) => compact({ type: e.type, timestamp: e.timestamp, techInfo: e.techInfo }),
  readResponse: () => ({}),
  writeResponse: () => ({}),
};

const firmwareStatus: StationMessageCodec<'firmwareStatus', M.FirmwareStatusNotificationRequest, M.FirmwareStatusNotificationResponse> = {
  message: 'firmwareStatus',
  readRequest: (p) => ({ status: p.status }),
  writeRequest: (r, options) => {
    const ctx = context(V, options);
    if (!isOneOf(E16.FirmwareStatus, r.status)) refuse(ctx, 'firmware-status-16', 'status', `${r.status}: use SignedFirmwareStatusNotification`);
    if (r.requestId !== undefined) refuse(ctx, 'firmware-status-16', 'requestId', 'use SignedFirmwareStatusNotification');
    dropStatusInfo(ctx, r.statusInfo, 'statusInfo');
    return { status: r.status };
  },
  readResponse: () => ({}),
  writeResponse: () => ({}),
};

const signedFirmwareStatus: StationMessageCodec<'firmwareStatus', M.SignedFirmwareStatusNotificationRequest, M.SignedFirmwareStatusNotificationResponse> = {
  message: 'firmwareStatus',
  readRequest: (p) => compact({ status: p.status, requestId: p.requestId }),
  writeRequest: (r, options) => {
    dropStatusInfo(context(V, options), r.statusInfo, 'statusInfo');
    return compact({ status: r.status, requestId: r.requestId });
  },
  readResponse: () => ({}),
  writeResponse: () => ({}),
};

/** 1.6 diagnostics statuses and the log statuses they are. */
const diagnostics: Readonly<Record<E16.DiagnosticsStatus, 'Idle' | 'Uploaded' | 'UploadFailure' | 'Uploading'>> = {
  Idle: 'Idle',
  Uploaded: 'Uploaded',
  UploadFailed: 'UploadFailure',
  Uploading: 'Uploading',
};

const diagnosticsStatus: StationMessageCodec<'logStatus', M.DiagnosticsStatusNotificationRequest, M.DiagnosticsStatusNotificationResponse> = {
  message: 'logStatus',
  readRequest: (p) => ({ status: diagnostics[p.status] }),
  writeRequest: (r, options) => {
    const ctx = context(V, options);
    const found = (Object.keys(diagnostics) as E16.DiagnosticsStatus[]).find((k) => diagnostics[k] === r.status);
    if (found === undefined) return refuse(ctx, 'log-status-16', 'status', `${r.status}: use LogStatusNotification`);
    if (r.requestId !== undefined) refuse(ctx, 'log-status-16', 'requestId', 'use LogStatusNotification');
    dropStatusInfo(ctx, r.statusInfo, 'statusInfo');
    return { status: found };
  },
  readResponse: () => ({}),
  writeResponse: () => ({}),
};

const logStatus: StationMessageCodec<'logStatus', M.LogStatusNotificationRequest, M.LogStatusNotificationResponse> = {
  message: 'logStatus',
  readRequest: (p) => compact({ status: p.status, requestId: p.requestId }),
  writeRequest: (r, options) => {
    const ctx = context(V, options);
    if (!isOneOf(E16.UploadLogStatusEnumType, r.status)) refuse(ctx, 'log-status-16', 'status', `${r.status} is 2.x only`);
    dropStatusInfo(ctx, r.statusInfo, 'statusInfo');
    return compact({ status: r.status, requestId: r.requestId });
  },
  readResponse: () => ({}),
  writeResponse: () => ({}),
};

/**
 * The 1.6 station-to-CSMS actions the neutral model carries, other than
 * StartTransaction and StopTransaction (see transaction.ts). A MeterValues
 * with a transactionId belongs to that transaction: the tracker reads it.
 */
export const stationMessages16 = {
  BootNotification: boot,
  Heartbeat: heartbeat,
  StatusNotification: status,
  Authorize: authorize,
  MeterValues: meterValues,
  DataTransfer: dataTransferCodec16.station,
  SecurityEventNotification: securityEvent,
  FirmwareStatusNotification: firmwareStatus,
  SignedFirmwareStatusNotification: signedFirmwareStatus,
  DiagnosticsStatusNotification: diagnosticsStatus,
  LogStatusNotification: logStatus,
} as const;
