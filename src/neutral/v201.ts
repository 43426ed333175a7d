/**
 * OCPP 2.0.1 and the neutral model: the station-to-CSMS actions (with
 * TransactionEvent), the CSMS-to-station actions, and the plans that turn
 * neutral commands into 2.0.1 calls.
 *
 * The 2.x converters are written once against 2.1's types, which hold
 * 2.0.1's (checked below for every action read here); the 2.0.1 dialect
 * refuses or reports what 2.0.1 does not accept, so what they write is a
 * 2.0.1 payload. The tables are given 2.0.1's types here.
 */
import type * as M201 from '../v201/generated/messages.js';
import type * as M21 from '../v21/generated/messages.js';
import type { CallOf, CommandPlanners } from './plan.js';
import type { CommandCodec, CommandName, StationMessageCodec, StationMessageName } from './types/maps.js';
import { commands2x } from './v2/commands.js';
import { dialect201 } from './v2/dialect.js';
import { planners2x } from './v2/plan.js';
import { stationMessages2x } from './v2/station.js';
import { transactionEvent2x } from './v2/transaction.js';

const station = { ...stationMessages2x(dialect201), TransactionEvent: transactionEvent2x(dialect201) } as const;
const commands = commands2x(dialect201);

type Station = typeof station;
type Commands = typeof commands;

// Every 2.0.1 payload these tables read is a valid 2.1 payload of the same action.
type Reads<A extends keyof M201.RequestMap & keyof M21.RequestMap> = [M201.RequestMap[A]] extends [M21.RequestMap[A]]
  ? [M201.ResponseMap[A]] extends [M21.ResponseMap[A]]
    ? true
    : A
  : A;
const readsAsV21: { [A in keyof Station | keyof Commands]: Reads<A> } = {
  BootNotification: true,
  Heartbeat: true,
  StatusNotification: true,
  Authorize: true,
  MeterValues: true,
  DataTransfer: true,
  SecurityEventNotification: true,
  FirmwareStatusNotification: true,
  LogStatusNotification: true,
  TransactionEvent: true,
  RequestStartTransaction: true,
  RequestStopTransaction: true,
  Reset: true,
  UnlockConnector: true,
  ChangeAvailability: true,
  TriggerMessage: true,
  GetVariables: true,
  SetVariables: true,
  SetChargingProfile: true,
  ClearChargingProfile: true,
  GetCompositeSchedule: true,
};
void readsAsV21;

/** The 2.0.1 station-to-CSMS actions the neutral model carries, by action. */
export const stationMessages201 = station as unknown as {
  readonly [A in keyof Station]: Station[A] extends StationMessageCodec<infer K extends StationMessageName, unknown, unknown>
    ? StationMessageCodec<K, M201.RequestMap[A], M201.ResponseMap[A]>
    : never;
};

/** The 2.0.1 CSMS-to-station actions the neutral model carries, by action. */
export const commands201 = commands as unknown as {
  readonly [A in keyof Commands]: Commands[A] extends CommandCodec<infer K extends CommandName, unknown, unknown>
    ? CommandCodec<K, M201.RequestMap[A], M201.ResponseMap[A]>
    : never;
};

/** A 2.0.1 call: an action and its request. */
export type Call201 = CallOf<M201.RequestMap>;

/** How each neutral command goes to a 2.0.1 station. */
export const planners201 = planners2x(commands) as unknown as CommandPlanners<Call201>;
