/**
 * A compact, serialisable description of one OCPP version's model: what the
 * generator reads out of the official schemas, and what it writes back as
 * `generated/model.ts`. Property tests, docs and tools walk this instead of
 * the schemas, so they never need `../shared` at run time.
 */

/** A string format the schemas use. */
export type StringFormat = 'date-time' | 'uri';

/** One field of the model: its JSON type and constraints. */
export type FieldSchema =
  | {
      readonly type: 'string';
      readonly maxLength?: number;
      readonly minLength?: number;
      readonly format?: StringFormat;
      readonly default?: string;
    }
  | {
      readonly type: 'integer' | 'number';
      readonly minimum?: number;
      readonly maximum?: number;
      readonly multipleOf?: number;
      readonly default?: number;
    }
  | { readonly type: 'boolean'; readonly default?: boolean }
  /** A string restricted to the values of a named enumeration. */
  | { readonly type: 'enum'; readonly enum: string; readonly default?: string }
  /** An object of a named data type. */
  | { readonly type: 'object'; readonly ref: string }
  | {
      readonly type: 'array';
      readonly items: FieldSchema;
      readonly minItems?: number;
      readonly maxItems?: number;
    }
  /** No constraint at all (a schema without a type). */
  | { readonly type: 'any' };

/** An object type of the model (a data type or a message). */
export interface ObjectSchema {
  /** Each property and its field description, in schema order. */
  readonly properties: Readonly<Record<string, FieldSchema>>;
  /** Names of the required properties. */
  readonly required: readonly string[];
  /** Open objects (CustomDataType) accept properties they do not name. */
  readonly open: boolean;
}

/** The request and response message names of one action. */
export interface ActionMessages {
  /** Message (type) name of the request, e.g. BootNotificationRequest. */
  readonly request: string;
  /** Absent for send-only messages (2.1's NotifyPeriodicEventStream). */
  readonly response?: string;
}

/** One OCPP version's whole model, as data. */
export interface ModelDescription {
  /** OCPP version, as in the subprotocol name without the prefix: "2.0.1". */
  readonly version: string;
  /** Each enumeration and its values, in schema order. */
  readonly enums: Readonly<Record<string, readonly string[]>>;
  /** Each data type. */
  readonly types: Readonly<Record<string, ObjectSchema>>;
  /** Each message (request and response) type. */
  readonly messages: Readonly<Record<string, ObjectSchema>>;
  /** Each action and its message names. */
  readonly actions: Readonly<Record<string, ActionMessages>>;
}
