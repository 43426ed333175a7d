/**
 * Single-defect mutations of a valid payload, each with the OCPP error code
 * and JSON pointer the validator must answer (the table):
 *
 *   required missing, minItems - 1, maxItems + 1      OccurrenceConstraintViolation
 *   wrong JSON type, "5" / 1.5 for an integer, null   TypeConstraintViolation
 *   unknown enum value, maxLength + 1, below minimum,
 *   above maximum, malformed date-time or URI,
 *   not a multiple of multipleOf                      PropertyConstraintViolation
 *   unknown property of a closed object,
 *   payload not an object                             FormatViolation
 *
 * The sites are found by walking an actual payload alongside the model, so a
 * mutation only ever touches what is present.
 */
import type { ValidationErrorCode } from '../../src/schema/result.js';
import type { FieldSchema, ModelDescription, ObjectSchema } from '../../src/schema/model.js';
import type { Json, JsonObject } from './arbitraries.js';

export type MutationKind =
  | 'required-missing'
  | 'min-items'
  | 'max-items'
  | 'wrong-type'
  | 'string-for-integer'
  | 'fraction-for-integer'
  | 'null'
  | 'enum-unknown'
  | 'max-length'
  | 'below-minimum'
  | 'above-maximum'
  | 'date-time'
  | 'uri'
  | 'multiple-of'
  | 'unknown-property'
  | 'not-an-object';

export const CODE_OF: Readonly<Record<MutationKind, ValidationErrorCode>> = {
  'required-missing': 'OccurrenceConstraintViolation',
  'min-items': 'OccurrenceConstraintViolation',
  'max-items': 'OccurrenceConstraintViolation',
  'wrong-type': 'TypeConstraintViolation',
  'string-for-integer': 'TypeConstraintViolation',
  'fraction-for-integer': 'TypeConstraintViolation',
  null: 'TypeConstraintViolation',
  'enum-unknown': 'PropertyConstraintViolation',
  'max-length': 'PropertyConstraintViolation',
  'below-minimum': 'PropertyConstraintViolation',
  'above-maximum': 'PropertyConstraintViolation',
  'date-time': 'PropertyConstraintViolation',
  uri: 'PropertyConstraintViolation',
  'multiple-of': 'PropertyConstraintViolation',
  'unknown-property': 'FormatViolation',
  'not-an-object': 'FormatViolation',
};

/** The defects lenient mode reports as warnings (the "Modes"). */
export const SOFT_KINDS: ReadonlySet<MutationKind> = new Set<MutationKind>(['enum-unknown', 'max-length', 'unknown-property']);

export const ALL_KINDS = Object.keys(CODE_OF) as MutationKind[];

export interface Mutation {
  readonly kind: MutationKind;
  readonly code: ValidationErrorCode;
  /** RFC 6901 pointer to the defect; '' is the payload itself. */
  readonly pointer: string;
  /** True when lenient mode turns it into a warning. */
  readonly soft: boolean;
  /** A short description for test names and failure messages. */
  readonly what: string;
  readonly payload: unknown;
}

type Path = readonly (string | number)[];

export const pointerOf = (path: Path): string => path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/** A present value and the schema it must satisfy. */
type Site =
  | { readonly at: 'object'; readonly path: Path; readonly schema: ObjectSchema; readonly value: JsonObject }
  | { readonly at: 'field'; readonly path: Path; readonly field: FieldSchema; readonly value: Json };

function sitesOf(model: ModelDescription, schema: ObjectSchema, value: JsonObject): Site[] {
  const out: Site[] = [];
  const object = (o: ObjectSchema, v: JsonObject, path: Path): void => {
    out.push({ at: 'object', path, schema: o, value: v });
    for (const [name, f] of Object.entries(o.properties)) {
      if (v[name] !== undefined) field(f, v[name]!, [...path, name]);
    }
  };
  const field = (f: FieldSchema, v: Json, path: Path): void => {
    out.push({ at: 'field', path, field: f, value: v });
    if (f.type === 'object' && typeof v === 'object' && v !== null && !Array.isArray(v)) object(model.types[f.ref]!, v, path);
    if (f.type === 'array' && Array.isArray(v)) v.forEach((item, i) => field(f.items, item, [...path, i]));
  };
  object(schema, value, []);
  return out;
}

/** A copy of `payload` with the value at `path` replaced (or deleted when `to` is `DELETE`). */
const DELETE = Symbol('delete');
function replaceAt(payload: Json, path: Path, to: Json | typeof DELETE): Json {
  const copy = structuredClone(payload);
  if (path.length === 0) {
    if (to === DELETE) throw new Error('cannot delete the payload');
    return to;
  }
  let parent = copy as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (to === DELETE) delete parent[last];
  else parent[last] = structuredClone(to);
  return copy;
}

/** Malformed date-times every RFC 3339 reader refuses (ajv-formats included). */
const BAD_DATE_TIMES = [
  '2023-02-29T00:00:00Z', // not a leap year
  '2024-01-01T24:00:00Z',
  '2024-01-01',
  '2024-13-01T00:00:00Z',
  '2024-01-01T00:00:00', // no offset
  '2024-04-31T10:00:00Z',
  '2024-01-01T12:00:60Z', // second 60 outside a leap second
  'yesterday',
];

/** Strings that are no absolute URI for any RFC 3986 reader (ajv-formats included). */
const BAD_URIS = ['example.com/firmware.bin', 'no scheme here', '', 'http://exa mple.com', '1http://x', ':nothing'];

/** Values of another JSON type than the schema's (never null: that has its own kind). */
function otherType(f: FieldSchema): Json {
  switch (f.type) {
    case 'string':
    case 'enum':
      return 42;
    case 'integer':
    case 'number':
      return true;
    case 'boolean':
      return 'true';
    case 'object':
      return [];
    case 'array':
      return {};
    case 'any':
      throw new Error('any has no other type');
  }
}

/**
 * Every single-defect mutation of a valid payload: each applicable kind at
 * each site. `payload` must be valid for `message`.
 */
export function mutationsOf(model: ModelDescription, message: string, payload: JsonObject): Mutation[] {
  const schema = model.messages[message];
  if (!schema) throw new Error(`unknown message ${message}`);
  const out: Mutation[] = [];
  // The mutated copy is made when first read: property tests pick one mutation of many.
  const add = (kind: MutationKind, path: Path, what: string, make: () => Json): void => {
    let made: { value: Json } | undefined;
    out.push({
      kind,
      code: CODE_OF[kind],
      pointer: pointerOf(path),
      soft: SOFT_KINDS.has(kind),
      what,
      get payload(): Json {
        return (made ??= { value: make() }).value;
      },
    });
  };
  let n = 0;
  for (const site of sitesOf(model, schema, payload)) {
    const at = pointerOf(site.path) || '(payload)';
    n++;
    if (site.at === 'object') {
      if (site.path.length === 0) {
        for (const bad of [null, [], 'payload', 42, true, [payload]] as Json[]) {
          add('not-an-object', [], `payload ${JSON.stringify(bad).slice(0, 20)}`, () => bad);
        }
      }
      if (!site.schema.open) {
        // Alternate the name so pointer escaping (RFC 6901 ~0 ~1) is checked too.
        const name = n % 2 === 0 ? 'unknownProperty' : 'x/y~z';
        add('unknown-property', [...site.path, name], `${at}: unknown property ${name}`, () => replaceAt(payload, [...site.path, name], 1));
      }
      for (const name of site.schema.required) {
        if (site.value[name] !== undefined) {
          add('required-missing', [...site.path, name], `${at}: required ${name} missing`, () => replaceAt(payload, [...site.path, name], DELETE));
        }
      }
      continue;
    }
    const f = site.field;
    const v = site.value;
    if (f.type === 'any') continue;
    add('null', site.path, `${at}: null`, () => replaceAt(payload, site.path, null));
    add('wrong-type', site.path, `${at}: ${JSON.stringify(otherType(f))} for ${f.type}`, () => replaceAt(payload, site.path, otherType(f)));
    switch (f.type) {
      case 'integer':
        add('string-for-integer', site.path, `${at}: "5" for integer`, () => replaceAt(payload, site.path, '5'));
        add('fraction-for-integer', site.path, `${at}: 1.5 for integer`, () => replaceAt(payload, site.path, 1.5));
        break;
      case 'number':
        add('string-for-integer', site.path, `${at}: "5" for number`, () => replaceAt(payload, site.path, '5'));
        break;
      case 'enum':
        add('enum-unknown', site.path, `${at}: unknown ${f.enum} value`, () => replaceAt(payload, site.path, 'NotAnEnumValue'));
        break;
      case 'string':
        if (f.maxLength !== undefined) {
          // maxLength + 1 code points, one of them astral: wrong if UTF-16 units were counted as 1.
          const n = f.maxLength;
          add('max-length', site.path, `${at}: ${n + 1} code points`, () => replaceAt(payload, site.path, '\u{1F50C}' + 'x'.repeat(n)));
        }
        if (f.format === 'date-time') {
          const bad = BAD_DATE_TIMES[n % BAD_DATE_TIMES.length]!;
          add('date-time', site.path, `${at}: date-time ${JSON.stringify(bad)}`, () => replaceAt(payload, site.path, bad));
        }
        if (f.format === 'uri') {
          const bad = BAD_URIS[n % BAD_URIS.length]!;
          add('uri', site.path, `${at}: URI ${JSON.stringify(bad)}`, () => replaceAt(payload, site.path, bad));
        }
        break;
      case 'array':
        if (Array.isArray(v) && v.length > 0) {
          const min = f.minItems ?? 0;
          if (min > 0) {
            add('min-items', site.path, `${at}: ${min - 1} items`, () => replaceAt(payload, site.path, v.slice(0, min - 1)));
          }
          if (f.maxItems !== undefined) {
            const n = f.maxItems + 1;
            add('max-items', site.path, `${at}: ${n} items`, () => replaceAt(payload, site.path, Array.from({ length: n }, (_, i) => v[i % v.length]!)));
          }
        }
        break;
      default:
        break;
    }
    if (f.type === 'integer' || f.type === 'number') {
      const step = f.type === 'integer' ? 1 : 0.5;
      const { minimum, maximum } = f;
      if (minimum !== undefined) add('below-minimum', site.path, `${at}: below ${minimum}`, () => replaceAt(payload, site.path, minimum - step));
      if (maximum !== undefined) add('above-maximum', site.path, `${at}: above ${maximum}`, () => replaceAt(payload, site.path, maximum + step));
      if (f.multipleOf !== undefined && typeof v === 'number') {
        // Half a step off, written as a peer would write it (0.1 -> 21.45): within any bounds that hold 21.4 + 0.1.
        const decimals = Math.max(0, -Math.floor(Math.log10(f.multipleOf)) + 2);
        const off = Number((v + f.multipleOf / 2).toFixed(decimals));
        if (maximum === undefined || off <= maximum) {
          add('multiple-of', site.path, `${at}: ${off}, not a multiple of ${f.multipleOf}`, () => replaceAt(payload, site.path, off));
        }
      }
    }
  }
  return out;
}
