/**
 * ocpp-model/neutral: one model over OCPP 1.6, 2.0.1 and 2.1, shaped after
 * 2.0.1, and the converters between it and each version. A CSMS reads any
 * station's messages into the same neutral messages, answers them once, and
 * sends neutral commands that each version's plan turns into its calls.
 * Transactions of every version become the same record in a
 * TransactionTracker. Where a version cannot say something, a named rule
 * (conversionRules) refuses with a ConversionError or reports a Loss.
 */
export type * from './types/common.js';
export type * from './types/station.js';
export type * from './types/transaction.js';
export type * from './types/configuration.js';
export type * from './types/commands.js';
export type * from './types/maps.js';
export type { ChargingProfile, ChargingSchedule, ChargingSchedulePeriod, ChargingProfilePurpose, ChargingRateUnit } from '../smart-charging/types.js';

export { conversionRules, type ConversionRuleId, type ConversionRuleKind } from './rules.js';
export { ConversionError, type ConversionOptions, type Loss, type OcppVersion } from './errors.js';
export {
  CONFIGURATION_KEYS_COMPONENT,
  configurationKeyTable,
  keyOfVariable,
  unmappedConfigurationKeys,
  valueFromKey,
  valueToKey,
  variableOfKey,
  type KeyMapping,
} from './configuration-keys.js';
export { registerReading, registerReadings, registerWh } from './meter.js';
export type { CallOf, CommandPlan, CommandPlanners } from './plan.js';

export * from './v16.js';
export { stationMessages201, commands201, planners201, type Call201 } from './v201.js';
export { stationMessages21, commands21, planners21, type Call21 } from './v21.js';

export { applyTransactionEvent, emptyRecord, recordOf, type Applied, type TransactionLog } from './tracker/reducer.js';
export { MAX_TRANSACTION_ID, sequentialIds, type TransactionIdAllocator } from './tracker/allocator.js';
export { TransactionTracker, type ExpectedRemoteStart, type Started16, type Tracked, type TrackerOptions } from './tracker/tracker.js';
