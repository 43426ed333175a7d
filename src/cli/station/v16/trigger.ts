/**
 * TriggerMessage (1.6 5.17) and the security whitepaper's
 * ExtendedTriggerMessage: the message asked for goes once the answer is
 * out; a connectorId the Charge Point does not have is Rejected. Nothing is
 * being uploaded or installed here, so the diagnostics, log and firmware
 * statuses are Idle; SignChargePointCertificate needs keys the simulator
 * does not have: NotImplemented.
 */
import type { ChargingStationHandlers } from '../../lib.js';
import type { MessageTrigger, MessageTriggerEnumType, TriggerMessageStatus, V16 } from '../../../v16/index.js';
import type { Connector16 } from './connector.js';
import { sample16 } from './meter-values.js';
import type { Station16 } from './parts.js';

type Handlers = Required<Pick<ChargingStationHandlers<V16>, 'TriggerMessage' | 'ExtendedTriggerMessage'>>;

export function triggerHandlers(station: Station16): Handlers {
  return {
    TriggerMessage: (request) => ({ status: trigger(station, request.requestedMessage, request.connectorId, false) }),
    ExtendedTriggerMessage: (request) => ({ status: trigger(station, request.requestedMessage, request.connectorId, true) }),
  };
}

function trigger(station: Station16, message: MessageTrigger | MessageTriggerEnumType, connectorId: number | undefined, extended: boolean): TriggerMessageStatus {
  const { link, connectors, keys, status } = station;
  if (connectorId !== undefined && connectorId !== 0 && !connectors.some((c) => c.id === connectorId)) return 'Rejected';
  const targets = connectorId === undefined || connectorId === 0 ? connectors : connectors.filter((c) => c.id === connectorId);
  const meterValues = (c: Connector16): Promise<unknown> => {
    const transactionId = c.tx?.transactionId;
    return link.send('MeterValues', { connectorId: c.id, ...(transactionId !== undefined && { transactionId }), meterValue: [sample16(c.meter, keys.list('MeterValuesSampledData'), 'Trigger')] });
  };
  switch (message) {
    case 'BootNotification':
      link.later(() => station.triggerBoot());
      return 'Accepted';
    case 'Heartbeat':
      link.later(() => link.send('Heartbeat', {}));
      return 'Accepted';
    case 'StatusNotification':
      link.later(() => Promise.all((connectorId === undefined ? [0, ...connectors.map((c) => c.id)] : [connectorId]).map((id) => status.send(id))));
      return 'Accepted';
    case 'MeterValues':
      link.later(() => Promise.all(targets.map(meterValues)));
      return 'Accepted';
    case 'DiagnosticsStatusNotification':
      link.later(() => link.send('DiagnosticsStatusNotification', { status: 'Idle' }));
      return 'Accepted';
    case 'FirmwareStatusNotification':
      // TriggerMessage asks for FirmwareStatusNotification; ExtendedTriggerMessage for the signed-firmware one.
      link.later(() => (extended ? link.send('SignedFirmwareStatusNotification', { status: 'Idle' }) : link.send('FirmwareStatusNotification', { status: 'Idle' })));
      return 'Accepted';
    case 'LogStatusNotification':
      link.later(() => link.send('LogStatusNotification', { status: 'Idle' }));
      return 'Accepted';
    case 'SignChargePointCertificate':
      return 'NotImplemented';
  }
}
