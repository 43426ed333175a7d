/** One line for a person about what a simulated station did. */
import type { StationEvent } from './events.js';

export function kWh(wh: number): string {
  return `${(wh / 1000).toFixed(3)} kWh`;
}

export function describeEvent(identity: string, e: StationEvent): string {
  switch (e.type) {
    case 'booted':
      return `${identity} booted: ${e.status}${e.status === 'Accepted' ? ` (heartbeat every ${e.interval} s)` : ` (retry in ${e.interval} s)`}`;
    case 'status':
      return `${identity} connector ${e.evseId}/${e.connectorId} ${e.status}`;
    case 'authorized':
      return `${identity} idToken ${e.idToken} at EVSE ${e.evseId}: ${e.status}`;
    case 'transactionStarted':
      return `${identity} transaction ${e.transactionId} started on EVSE ${e.evseId} (${e.triggerReason})`;
    case 'charging':
      return `${identity} charging on EVSE ${e.evseId} at ${(e.powerW / 1000).toFixed(1)} kW`;
    case 'suspended':
      return `${identity} EVSE ${e.evseId} ${e.chargingState === 'SuspendedEV' ? 'suspended by the EV' : 'suspended by the EVSE'}`;
    case 'limit':
      return e.powerW === undefined ? `${identity} EVSE ${e.evseId} no longer limited` : `${identity} EVSE ${e.evseId} limited to ${(e.powerW / 1000).toFixed(1)} kW`;
    case 'fault':
      return e.errorCode === undefined ? `${identity} connector ${e.evseId}/${e.connectorId} fault cleared` : `${identity} connector ${e.evseId}/${e.connectorId} fault: ${e.errorCode}`;
    case 'transactionEnded':
      return `${identity} transaction ${e.transactionId} ended: ${kWh(e.energyWh)} (${e.stoppedReason})`;
    case 'reset':
      return `${identity} reset (${e.resetType})`;
    case 'error':
      return `${identity} error: ${e.message}`;
  }
}
