/**
 * The simulator of each version, as the connection builds it: 2.0.1
 * (simulator.ts), 2.1 (the same simulator on 2.1's behaviour, v21/) and 1.6
 * (v16/simulator.ts).
 */
import { v201, type ChargingStation, type ClientContext, type V201 } from '../lib.js';
import { v16, type V16 } from '../../v16/index.js';
import { v21, type V21 } from '../../v21/index.js';
import type { StationKind } from './simulated.js';
import { SimulatedStation } from './simulator.js';
import { SimulatedStation16 } from './v16/simulator.js';

/** OCPP 2.0.1. The connection builds the behaviour with `version`, so the role is a 2.0.1 one. */
export const kind201: StationKind<SimulatedStation<ClientContext>> = {
  version: v201,
  create: (config, role) => new SimulatedStation(config, role as ChargingStation<V201, ClientContext>),
  bind: (station, role) => station.bind(role as ChargingStation<V201, ClientContext>),
};

/** OCPP 1.6. */
export const kind16: StationKind<SimulatedStation16<ClientContext>> = {
  version: v16,
  create: (config, role) => new SimulatedStation16(config, role as ChargingStation<V16, ClientContext>),
  bind: (station, role) => station.bind(role as ChargingStation<V16, ClientContext>),
};

/** OCPP 2.1: the 2.0.1 simulator on a 2.1 behaviour. */
export const kind21: StationKind<SimulatedStation<ClientContext>> = {
  version: v21,
  create: (config, role) => new SimulatedStation(config, role as ChargingStation<V21, ClientContext>),
  bind: (station, role) => station.bind(role as ChargingStation<V21, ClientContext>),
};

/** The simulator of each version `ocpp station --ocpp` offers. */
export const KINDS = { '1.6': kind16, '2.0.1': kind201, '2.1': kind21 } as const;
