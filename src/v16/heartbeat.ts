/**
 * How a Charge Point learns its heartbeat interval in OCPP 1.6: from an
 * Accepted BootNotification.conf (`interval`, section 4.2), and from a
 * ChangeConfiguration of HeartbeatInterval it accepted (section 9.1.13).
 */
import type { StationExchange } from '../schema/version.js';

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** Whole seconds as configuration values write them ("300"), else NaN. */
function seconds(text: unknown): number {
  return typeof text === 'string' && /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
}

/** The heartbeat interval in ms one exchange sets, if any (exchanges the station saw; payloads may be unvalidated). */
export function heartbeatIntervalMs({ direction, action, request, response }: StationExchange): number | undefined {
  if (direction === 'sent' && action === 'BootNotification') {
    const interval = field(response, 'interval');
    return field(response, 'status') === 'Accepted' && typeof interval === 'number' && interval > 0 ? interval * 1000 : undefined;
  }
  if (direction === 'received' && action === 'ChangeConfiguration') {
    // RebootRequired: the new value applies after a reboot, not now.
    if (field(request, 'key') !== 'HeartbeatInterval' || field(response, 'status') !== 'Accepted') return undefined;
    const s = seconds(field(request, 'value'));
    return s > 0 ? s * 1000 : undefined;
  }
  return undefined;
}
