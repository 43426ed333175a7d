/**
 * OCPP 2.1 and the neutral model: the station-to-CSMS actions (with
 * TransactionEvent), the CSMS-to-station actions, and the plans that turn
 * neutral commands into 2.1 calls.
 */
import type { CommandPlanners } from './plan.js';
import { commands2x } from './v2/commands.js';
import { dialect21 } from './v2/dialect.js';
import { planners2x, type Call2x } from './v2/plan.js';
import { stationMessages2x } from './v2/station.js';
import { transactionEvent2x } from './v2/transaction.js';

/** The 2.1 station-to-CSMS actions the neutral model carries, by action. */
export const stationMessages21 = { ...stationMessages2x(dialect21), TransactionEvent: transactionEvent2x(dialect21) } as const;

/** The 2.1 CSMS-to-station actions the neutral model carries, by action. */
export const commands21 = commands2x(dialect21);

/** A 2.1 call: an action and its request. */
export type Call21 = Call2x;

/** How each neutral command goes to a 2.1 station. */
export const planners21: CommandPlanners<Call21> = planners2x(commands21);
