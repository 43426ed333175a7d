/**
 * The controls of a simulated station, whatever its OCPP version: what the
 * EV driver, the EV, the hardware and the network can do to it, and its live
 * state. The HTTP control API and the prompt drive any station through this
 * interface; each version's simulator implements it.
 */

/** Faults a connector can be given (OCPP 1.6's ChargePointErrorCode names, NoError aside). */
export const FAULT_CODES = [
  'ConnectorLockFailure',
  'EVCommunicationError',
  'GroundFailure',
  'HighTemperature',
  'InternalError',
  'LocalListConflict',
  'OtherError',
  'OverCurrentFailure',
  'OverVoltage',
  'PowerMeterFailure',
  'PowerSwitchFailure',
  'ReaderFailure',
  'ResetFailure',
  'UnderVoltage',
  'WeakSignal',
] as const;
export type FaultCode = (typeof FAULT_CODES)[number];

/** A refused control action: the HTTP status it answers with and one sentence why. */
export class ControlError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 409 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
  override readonly name = 'ControlError';
}

/** What an action did: `done` is one line for a person; the rest is for programs. */
export interface ActionResult {
  readonly done: string;
  readonly [key: string]: unknown;
}

export interface ConnectorSnapshot {
  readonly id: number;
  readonly type: string;
  /** As the station reports it (Available, Occupied, Unavailable, Faulted, ...). */
  readonly status: string;
  readonly cable: boolean;
  readonly fault: string | null;
}

export interface TransactionSnapshot {
  readonly id: string;
  readonly chargingState: string;
  readonly idToken: { readonly idToken: string; readonly type: string } | null;
  readonly energyWh: number;
}

export interface EvseSnapshot {
  readonly id: number;
  readonly status: string;
  readonly connectors: readonly ConnectorSnapshot[];
  /** The EV plugged in here, if any. */
  readonly ev: { readonly connectorId: number; readonly charging: boolean; readonly wantsToCharge: boolean; readonly maxPowerW: number | null; readonly soc: number | null } | null;
  readonly authorized: { readonly idToken: string; readonly type: string } | null;
  readonly transaction: TransactionSnapshot | null;
  /** The import register, the power drawn now and the most the EVSE offers now (its rating, or less where a charging profile limits it), W. */
  readonly meter: { readonly energyWh: number; readonly powerW: number; readonly offeredW: number };
}

export interface StationSnapshot {
  readonly identity: string;
  /** The OCPP-J subprotocol, e.g. ocpp2.0.1. */
  readonly protocol: string;
  /** connected; connecting (reconnecting after a loss); dropped (by the disconnect control). */
  readonly connection: 'connected' | 'connecting' | 'dropped' | 'closed';
  /** Accepted, Pending, Rejected or Unknown. */
  readonly registration: string;
  readonly evses: readonly EvseSnapshot[];
  /** Transaction messages waiting to be delivered. */
  readonly queuedTransactionMessages: number;
  /** Every readable configuration value by name (2.0.1: Component.Variable; 1.6: the key). */
  readonly deviceModel: { readonly [name: string]: string };
}

/** The controls of one simulated station. */
export interface StationControl {
  readonly identity: string;
  /** idToken types the station knows (the first is the default at the prompt). */
  readonly idTokenTypes: readonly string[];
  snapshot(): StationSnapshot;
  /** A cable is plugged into a connector; no idToken is implied. */
  plug(evseId: number, connectorId: number): Promise<ActionResult>;
  unplug(evseId: number, connectorId: number): Promise<ActionResult>;
  /** An idToken is presented at the reader (of one EVSE, or the station's). */
  present(idToken: string, type: string, evseId?: number): Promise<ActionResult>;
  /** The EV starts or stops drawing energy; `powerW` caps what it draws. */
  ev(evseId: number, charging: boolean, powerW?: number): Promise<ActionResult>;
  /** Raises a fault, or clears it when `errorCode` is undefined. */
  fault(evseId: number, connectorId: number, errorCode?: FaultCode): Promise<ActionResult>;
  /** The network connection drops and stays down. */
  disconnect(): Promise<ActionResult>;
  /** The network connection is restored. */
  reconnect(): Promise<ActionResult>;
  /** A power cycle. */
  reboot(): Promise<ActionResult>;
}
