/**
 * The simulator of each version, as the connection builds it: 2.0.1
 * (simulator.ts), 2.1 (the same simulator on 2.1's behaviour, v21/) and 1.6
 * (v16/simulator.ts).
 */
import { v201, type ChargingStation, type ClientContext, type V201 } from '../lib.js';
import type { StationKind } from './simulated.js';
import { SimulatedStation } from './simulator.js';

/** OCPP 2.0.1. The connection builds the behaviour with `version`, so the role is a 2.0.1 one. */
export const kind201: StationKind<SimulatedStation<ClientContext>> = {
  version: v201,
  create: (config, role) => new SimulatedStation(config, role as ChargingStation<V201, ClientContext>),
  bind: (station, role) => station.bind(role as ChargingStation<V201, ClientContext>),
};
