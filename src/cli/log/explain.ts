/**
 * What `ocpp validate` adds to a validator's finding: the value found at
 * its pointer, and from the version's model (its `/model` entry) what was
 * allowed there: the values of an enumeration, the properties an object
 * knows, the limits of a field (maxLength, minimum, minItems...).
 */
import type { FieldSchema, ModelDescription, ObjectSchema } from '../../v201/model.js';
import type { MessageKind } from '../lib.js';

/** The facts about one finding. */
export interface Explanation {
  /** The offending value, when there is one at the pointer (a missing property has none). */
  readonly value?: unknown;
  /** The values allowed there: an enumeration's values, or for an unknown property the properties its object knows. */
  readonly allowed?: readonly string[];
  /** The field's numeric limits, e.g. { maxLength: 20 } or { minimum: 0 }. */
  readonly limits?: { readonly [constraint: string]: number };
}

/** Splits a JSON pointer (RFC 6901) into its tokens. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer` in `root`, if there is one. */
export function valueAt(root: unknown, pointer: string): { readonly found: boolean; readonly value?: unknown } {
  let current = root;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= current.length) return { found: false };
      current = current[Number(token)];
    } else if (typeof current === 'object' && current !== null && Object.prototype.hasOwnProperty.call(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return { found: false };
    }
  }
  return { found: true, value: current };
}

type Place = { readonly field: FieldSchema } | { readonly unknownIn: ObjectSchema } | undefined;

/** The model's description of the place `pointer` names in a message. */
function placeOf(model: ModelDescription, message: ObjectSchema, pointer: string): Place {
  let object: ObjectSchema | undefined = message;
  let field: FieldSchema | undefined;
  for (const token of pointerTokens(pointer)) {
    if (field !== undefined && field.type === 'array') {
      field = field.items;
    } else if (object !== undefined) {
      field = object.properties[token];
      if (field === undefined) return object.open ? undefined : { unknownIn: object };
    } else {
      return undefined;
    }
    object = field.type === 'object' ? model.types[field.ref] : undefined;
  }
  return field === undefined ? undefined : { field };
}

function limitsOf(field: FieldSchema): { [constraint: string]: number } | undefined {
  const limits: { [constraint: string]: number } = {};
  for (const key of ['maxLength', 'minLength', 'minimum', 'maximum', 'multipleOf', 'minItems', 'maxItems'] as const) {
    const n = (field as { readonly [k: string]: unknown })[key];
    if (typeof n === 'number') limits[key] = n;
  }
  return Object.keys(limits).length > 0 ? limits : undefined;
}

/** The facts of one finding at `pointer` in a payload of `action` (its request or response). */
export function explain(model: ModelDescription | undefined, action: string | undefined, kind: MessageKind, payload: unknown, pointer: string): Explanation {
  const at = valueAt(payload, pointer);
  const value = at.found ? { value: at.value } : {};
  const names = action === undefined ? undefined : model?.actions[action];
  const messageName = kind === 'request' ? names?.request : names?.response;
  const message = messageName === undefined ? undefined : model?.messages[messageName];
  if (model === undefined || message === undefined) return value;
  const place = placeOf(model, message, pointer);
  if (place === undefined) return value;
  if ('unknownIn' in place) return { ...value, allowed: Object.keys(place.unknownIn.properties) };
  const field = place.field;
  const allowed = field.type === 'enum' ? model.enums[field.enum] : field.type === 'array' && field.items.type === 'enum' ? model.enums[field.items.enum] : undefined;
  const limits = limitsOf(field);
  return { ...value, ...(allowed !== undefined && { allowed }), ...(limits !== undefined && { limits }) };
}
