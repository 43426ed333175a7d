/**
 * How a station learns its heartbeat interval in OCPP 2.1: from an Accepted
 * BootNotification answer (`interval`), and from an accepted SetVariables
 * of OCPPCommCtrlr.HeartbeatInterval (the Actual attribute, in seconds).
 */
import type { StationExchange } from '../schema/version.js';

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** OCPPCommCtrlr.HeartbeatInterval, Actual: no instance, no EVSE. */
function isHeartbeatInterval(entry: unknown): boolean {
  const component = field(entry, 'component');
  const variable = field(entry, 'variable');
  return (
    field(component, 'name') === 'OCPPCommCtrlr' &&
    field(component, 'instance') === undefined &&
    field(component, 'evse') === undefined &&
    field(variable, 'name') === 'HeartbeatInterval' &&
    field(variable, 'instance') === undefined &&
    (field(entry, 'attributeType') ?? 'Actual') === 'Actual'
  );
}

/** The heartbeat interval in ms one exchange sets, if any (exchanges the station saw; payloads may be unvalidated). */
export function heartbeatIntervalMs({ direction, action, request, response }: StationExchange): number | undefined {
  if (direction === 'sent' && action === 'BootNotification') {
    const interval = field(response, 'interval');
    return field(response, 'status') === 'Accepted' && typeof interval === 'number' && interval > 0 ? interval * 1000 : undefined;
  }
  if (direction === 'received' && action === 'SetVariables') {
    const results = field(response, 'setVariableResult');
    const data = field(request, 'setVariableData');
    if (!Array.isArray(results) || !Array.isArray(data)) return undefined;
    if (!results.some((r) => isHeartbeatInterval(r) && field(r, 'attributeStatus') === 'Accepted')) return undefined;
    const text = field(data.find(isHeartbeatInterval), 'attributeValue');
    const seconds = typeof text === 'string' && /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
    return seconds > 0 ? seconds * 1000 : undefined;
  }
  return undefined;
}
