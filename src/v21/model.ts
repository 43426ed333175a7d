/**
 * `ocpp-model/v21/model`: the OCPP 2.1 model as data (every message, data
 * type and enumeration with its constraints), for tools that walk it:
 * generators of test payloads, documentation, editors. Kept out of the main
 * entry points, which do not need it, so they load faster.
 */
export { model } from './generated/model.js';
export type { ActionMessages, FieldSchema, ModelDescription, ObjectSchema, StringFormat } from '../schema/model.js';
