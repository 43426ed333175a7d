/**
 * Hardware faults of a connector: the connector goes Faulted (G01), the EVSE
 * stops giving energy while its connector in use is faulted, and where the
 * device model has a component for the fault its Problem variable is set and
 * reported with a NotifyEvent (G05.FR.03: ConnectorPlugRetentionLock for a
 * lock failure; FiscalMetering for a meter failure).
 */
import type { FaultCode } from '../control/types.js';
import type { ComponentType } from '../lib.js';
import type { Charging } from './charging.js';
import type { DeviceModel } from './device-model.js';
import type { Connector, Evse } from './evse.js';
import type { EmitEvent } from './events.js';
import type { StationLink } from './link.js';
import type { StatusReporter } from './status.js';

/** The component whose Problem variable a fault sets, if the device model has one. */
export function faultComponent(code: string, evse: Evse, connector: Connector): ComponentType | undefined {
  switch (code) {
    case 'ConnectorLockFailure':
      return { name: 'ConnectorPlugRetentionLock', evse: { id: evse.id, connectorId: connector.id } };
    case 'PowerMeterFailure':
      return { name: 'FiscalMetering', evse: { id: evse.id } };
    default:
      return undefined;
  }
}

export class Faults {
  private eventId = 0;

  constructor(
    private readonly link: StationLink,
    private readonly model: DeviceModel,
    private readonly status: StatusReporter,
    private readonly charging: Charging,
    private readonly emit: EmitEvent,
  ) {}

  async raise(evse: Evse, connector: Connector, code: FaultCode): Promise<void> {
    const previous = connector.errorCode;
    if (previous !== undefined && previous !== code) await this.problem(evse, connector, previous, false);
    connector.faulted = true;
    connector.errorCode = code;
    this.emit({ type: 'fault', evseId: evse.id, connectorId: connector.id, errorCode: code });
    await Promise.all([this.problem(evse, connector, code, true), this.affect(evse, connector)]);
  }

  async clear(evse: Evse, connector: Connector): Promise<void> {
    const code = connector.errorCode;
    connector.faulted = false;
    connector.errorCode = undefined;
    this.emit({ type: 'fault', evseId: evse.id, connectorId: connector.id, errorCode: undefined });
    await Promise.all([code === undefined ? undefined : this.problem(evse, connector, code, false), this.affect(evse, connector)]);
  }

  /** The status change, and the energy withheld while the connector in use is faulted. */
  private async affect(evse: Evse, connector: Connector): Promise<void> {
    if (evse.session.connectorId === connector.id) await this.charging.suspend(evse, 'fault', connector.faulted);
    else await this.status.report();
  }

  private async problem(evse: Evse, connector: Connector, code: string, on: boolean): Promise<void> {
    const component = faultComponent(code, evse, connector);
    if (component === undefined || !this.model.update(component, 'Problem', String(on))) return;
    const now = new Date().toISOString();
    await this.link.send('NotifyEvent', {
      generatedAt: now,
      seqNo: 0,
      eventData: [
        {
          eventId: ++this.eventId,
          timestamp: now,
          trigger: 'Delta',
          actualValue: String(on),
          techCode: code,
          ...(!on && { cleared: true }),
          component,
          variable: { name: 'Problem' },
          eventNotificationType: 'HardWiredNotification',
        },
      ],
    });
  }
}
