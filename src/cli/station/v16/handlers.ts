/**
 * The 1.6 simulator's answer to every Central System action of 1.6 edition 2
 * and the security whitepaper. What it performs: ChangeAvailability,
 * ChangeConfiguration, ClearCache, DataTransfer, GetConfiguration,
 * GetLocalListVersion, RemoteStart/StopTransaction, Reset, SendLocalList,
 * TriggerMessage, ExtendedTriggerMessage, UnlockConnector and the smart
 * charging actions. Reservations, certificates, logs and signed firmware
 * are refused with the status each response has for it; GetDiagnostics and
 * UpdateFirmware, whose responses cannot say no, have no handler: the
 * behaviour answers them with CALLERROR NotSupported (OCPP-J 1.6, 4.2.3:
 * the action is known but not supported).
 */
import type { ChargingStationHandlers } from '../../lib.js';
import type { V16 } from '../../../v16/index.js';
import { VENDOR_ID } from '../handlers.js';
import type { Station16 } from './parts.js';
import { triggerHandlers } from './trigger.js';

export function handlers16(station: Station16): ChargingStationHandlers<V16> {
  const { link, keys, auth, connectors, transactions, status } = station;
  const connector = (id: number | undefined) => (id === undefined ? undefined : connectors.find((c) => c.id === id));
  return {
    ...station.smartCharging.handlers(),
    ...triggerHandlers(station),

    // 5.8, 5.3
    GetConfiguration: (request) => keys.get(request.key),
    ChangeConfiguration: (request) => ({ status: keys.change(request.key, request.value) }),

    // 5.2: Scheduled while a transaction runs on the connector (on any, for connector 0).
    ChangeAvailability: (request) => {
      const operative = request.type === 'Operative';
      if (request.connectorId === 0) {
        status.inoperativeScheduled = false;
        if (!operative && connectors.some((c) => c.tx !== undefined)) {
          status.inoperativeScheduled = true;
          return { status: 'Scheduled' };
        }
        status.operative = operative;
      } else {
        const c = connector(request.connectorId);
        if (c === undefined) return { status: 'Rejected' };
        c.inoperativeScheduled = false;
        if (!operative && c.tx !== undefined) {
          c.inoperativeScheduled = true;
          return { status: 'Scheduled' };
        }
        c.operative = operative;
      }
      link.later(() => status.report());
      return { status: 'Accepted' };
    },

    // 5.4
    ClearCache: () => ({ status: auth.clearCache() }),

    // 5.15, 5.10
    SendLocalList: (request) => ({ status: auth.update(request.listVersion, request.updateType === 'Full', request.localAuthorizationList ?? []) }),
    GetLocalListVersion: () => ({ listVersion: auth.version() }),

    // 5.6
    DataTransfer: (request) => {
      if (request.vendorId !== VENDOR_ID) return { status: 'UnknownVendorId' };
      if (request.messageId !== 'echo') return { status: 'UnknownMessageId' };
      return { status: 'Accepted', ...(request.data !== undefined && { data: request.data }) };
    },

    // 5.11: authorized like a local idTag first where AuthorizeRemoteTxRequests; the chargingProfile must be a TxProfile.
    RemoteStartTransaction: (request) => {
      const free = connectors.filter((c) => c.tx === undefined && c.authorization === undefined && c.fault === undefined && c.operative && status.operative);
      const target = request.connectorId !== undefined ? free.find((c) => c.id === request.connectorId) : (free.find((c) => c.plugged && !c.finishing) ?? free.find((c) => !c.finishing) ?? free[0]);
      if (target === undefined || request.connectorId === 0) return { status: 'Rejected' };
      if (!station.smartCharging.startProfile(target.id, request.chargingProfile)) return { status: 'Rejected' };
      link.later(async () => {
        if (keys.boolean('AuthorizeRemoteTxRequests', false)) {
          const verdict = await auth.authorize(request.idTag);
          if (verdict.info?.status !== 'Accepted') return;
        }
        await transactions.authorize(target, { idTag: request.idTag, parentIdTag: auth.parentOf(request.idTag), remote: true });
      });
      return { status: 'Accepted' };
    },

    // 5.12
    RemoteStopTransaction: (request) => {
      const c = connectors.find((x) => x.tx?.transactionId === request.transactionId);
      if (c === undefined) return { status: 'Rejected' };
      link.later(() => transactions.stop(c, 'Remote'));
      return { status: 'Accepted' };
    },

    // 5.14: transactions end (HardReset / SoftReset), then the reboot.
    Reset: (request) => {
      station.reset(request.type);
      return { status: 'Accepted' };
    },

    // 5.18: a transaction on the connector ends first (UnlockCommand).
    UnlockConnector: (request) => {
      const c = connector(request.connectorId);
      if (c === undefined) return { status: 'NotSupported' };
      if (c.fault === 'ConnectorLockFailure') return { status: 'UnlockFailed' };
      if (c.tx !== undefined) link.later(() => transactions.stop(c, 'UnlockCommand'));
      return { status: 'Unlocked' };
    },

    // Reservation profile: not supported (SupportedFeatureProfiles does not name it).
    ReserveNow: () => ({ status: 'Rejected' }),
    CancelReservation: () => ({ status: 'Rejected' }),

    // Security whitepaper: this simulator has no certificates, logs or signed firmware.
    CertificateSigned: () => ({ status: 'Rejected' }),
    DeleteCertificate: () => ({ status: 'NotFound' }),
    GetInstalledCertificateIds: () => ({ status: 'NotFound' }),
    InstallCertificate: () => ({ status: 'Rejected' }),
    GetLog: () => ({ status: 'Rejected' }),
    SignedUpdateFirmware: () => ({ status: 'Rejected' }),
  };
}
