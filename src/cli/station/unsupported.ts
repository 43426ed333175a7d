/**
 * The CSMS-to-station actions the simulator does not perform (reservations,
 * certificates, firmware, logs, display messages, monitoring, network
 * profiles): each answered with a valid response whose
 * status says no, and a statusInfo that says why, where the message has one
 * (Part 2, Appendix 5: UnsupportedRequest).
 */
import type { ChargingStationHandlers, StatusInfoType, V201 } from '../lib.js';

const NOT_SUPPORTED: StatusInfoType = { reasonCode: 'UnsupportedRequest', additionalInfo: 'not supported by this simulator' };

export const unsupportedHandlers = {
  CancelReservation: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  CertificateSigned: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  ClearDisplayMessage: () => ({ status: 'Unknown', statusInfo: { reasonCode: 'NotFound', additionalInfo: 'no display messages are installed' } }),
  ClearVariableMonitoring: (request) => ({
    clearMonitoringResult: request.id.map((id) => ({ id, status: 'NotFound', statusInfo: { reasonCode: 'NotFound' } })),
  }),
  CostUpdated: () => ({}),
  CustomerInformation: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  DeleteCertificate: () => ({ status: 'NotFound', statusInfo: { reasonCode: 'NotFound' } }),
  GetDisplayMessages: () => ({ status: 'Unknown', statusInfo: { reasonCode: 'NotFound' } }),
  GetInstalledCertificateIds: () => ({ status: 'NotFound', statusInfo: { reasonCode: 'NotFound' } }),
  GetLog: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  GetMonitoringReport: () => ({ status: 'NotSupported', statusInfo: NOT_SUPPORTED }),
  InstallCertificate: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  PublishFirmware: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  ReserveNow: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  SetDisplayMessage: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  SetMonitoringBase: () => ({ status: 'NotSupported', statusInfo: NOT_SUPPORTED }),
  SetMonitoringLevel: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  SetNetworkProfile: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
  SetVariableMonitoring: (request) => ({
    setMonitoringResult: request.setMonitoringData.map((d) => ({
      ...(d.id !== undefined && { id: d.id }),
      status: 'Rejected',
      statusInfo: NOT_SUPPORTED,
      type: d.type,
      severity: d.severity,
      component: d.component,
      variable: d.variable,
    })),
  }),
  UnpublishFirmware: () => ({ status: 'NoFirmware' }),
  UpdateFirmware: () => ({ status: 'Rejected', statusInfo: NOT_SUPPORTED }),
} satisfies ChargingStationHandlers<V201>;
