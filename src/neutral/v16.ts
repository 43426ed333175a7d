/**
 * OCPP 1.6 and the neutral model: the station-to-CSMS actions, the
 * transaction messages (read with what the tracker knows), the
 * CSMS-to-station actions, and the plans that turn neutral commands into
 * 1.6 calls.
 */
export { stationMessages16, connectorStatusOf16 } from './v16/station.js';
export { commands16 } from './v16/commands.js';
export { planners16, type Call16 } from './v16/plan.js';
export { evseOfConnector } from './v16/common.js';
export { ACTUAL_ONLY_IN_16, NO_KEY_IN_16, NOT_REPORTED } from './v16/configuration.js';
export {
  meterTrigger16,
  readStartTransaction,
  readStartTransactionResponse,
  readStopTransaction,
  readStopTransactionResponse,
  readTransactionMeterValues,
  stopTriggers16,
  writeStartTransaction,
  writeStartTransactionResponse,
  writeStopTransaction,
  writeStopTransactionResponse,
  writeTransactionMeterValues,
  writeTransactionMeterValuesResponse,
  type TransactionContext16,
} from './v16/transaction.js';
