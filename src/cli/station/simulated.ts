/**
 * A simulated station as the parts above the versions see it: the
 * connection (connection.ts), the fleet, the sessions that run on their own
 * (session.ts) and `ocpp station`. The 2.0.1 and 2.1 simulator
 * (simulator.ts) and the 1.6 one (v16/simulator.ts) both are one; a
 * `StationKind` builds one for a version's ChargingStation behaviour.
 */
import type { StationControl } from '../control/types.js';
import type { ChargingStation, ClientContext, KnownVersion } from '../lib.js';
import type { SimulatorConfig } from './config.js';
import type { Network } from './controls.js';
import type { StationEvent } from './events.js';
import type { Registration } from './link.js';
import type { StationHooks } from './reset.js';

/** The reconnect back-off a station has configured now, whole seconds. */
export interface BackOffSeconds {
  readonly waitMinimumS: number;
  readonly randomRangeS: number;
  readonly repeatTimes: number;
}

export interface Simulated {
  readonly identity: string;
  /** The controls of the control API and the prompt. */
  readonly controls: StationControl;
  /** The network connection the disconnect / reconnect controls act on, when there is one. */
  network: Network | undefined;
  hooks: StationHooks;
  readonly registrationStatus: Registration;
  readonly accepted: boolean;
  readonly isConnected: boolean;
  /** How many EVSEs (1.6: connectors) it has, numbered from 1. */
  readonly evseCount: number;
  /** Energy flows on at least one EVSE now. */
  readonly chargingNow: boolean;
  on(event: 'event', listener: (event: StationEvent) => void): this;
  off(event: 'event', listener: (event: StationEvent) => void): this;
  /** The connection is up. */
  online(): void;
  /** The connection is down. */
  offline(): void;
  /** Stops every timer; the station does nothing more. */
  shutdown(): void;
  /** Resolves when every message the station has started sending is answered (or failed). */
  settled(): Promise<void>;
  /** The back-off its configuration gives now (a CSMS may have changed it). */
  backOff(): BackOffSeconds;
  /** Energy flows on this EVSE now. */
  chargingOn(evseId: number): boolean;
  /** The EV's cable goes into the EVSE (default: its first usable connector). False when it cannot. */
  plugIn(evseId: number, connectorId?: number): Promise<boolean>;
  /** The cable leaves the EVSE. False when there is none. */
  unplug(evseId: number): Promise<boolean>;
  /** An idToken at an EVSE's reader: starts (authorizes) a session there, or stops the one it started. */
  presentIdToken(evseId: number, idToken: { readonly idToken: string; readonly type: string }): Promise<'authorized' | 'stopped' | 'refused'>;
}

/** Builds the simulator of one version on a ChargingStation behaviour of that version, and binds it to a new one. */
export interface StationKind<S extends Simulated = Simulated> {
  /** The version the behaviour speaks. */
  readonly version: KnownVersion;
  /** `role` speaks `version` (the connection builds it with that version). */
  create(config: SimulatorConfig, role: ChargingStation<KnownVersion, ClientContext>): S;
  /** The connection was rebuilt: the station talks through `role` (of `version`) from now on. */
  bind(station: S, role: ChargingStation<KnownVersion, ClientContext>): void;
}
