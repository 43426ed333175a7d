/**
 * Reads a folder of official OCPP JSON schemas (draft-04/06, one file per
 * message) into a ModelDescription: `$ref`s resolved, shared definitions
 * merged so each data type and enum exists once, inline objects and enums
 * (as 1.6 writes them) hoisted under derived names.
 *
 * It accepts exactly the keywords the OCPP schemas use and fails loudly on
 * any other, so a new schema cannot be half-understood in silence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionMessages, FieldSchema, ModelDescription, ObjectSchema } from '../model.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaNode = { [key: string]: Json };

/** Keywords with no effect on validation: documentation and tool hints. */
const IGNORED = new Set(['$schema', '$id', 'id', 'title', 'comment', 'description', 'javaType', 'tbc']);
/** Keywords understood by `field` or `object`. */
const KNOWN = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'definitions', '$ref', 'enum',
  'maxLength', 'minLength', 'format', 'default', 'minimum', 'maximum', 'multipleOf',
  'items', 'additionalItems', 'minItems', 'maxItems',
]);

export class SchemaError extends Error {}

export interface LoadOptions {
  /**
   * Names for the objects and enums a schema declares inline (1.6 does),
   * by location: the message name and the property path, array items
   * transparent (`MeterValuesRequest/meterValue/sampledValue/unit`). When
   * given, every inline location must be named here and every entry must
   * name one; without it, names are derived from the location.
   */
  readonly inlineNames?: Readonly<Record<string, string>>;
}

interface Context {
  readonly file: string;
  readonly definitions: Record<string, SchemaNode>;
}

export function loadSchemas(dir: string, version: string, options: LoadOptions = {}): ModelDescription {
  const enums = new Map<string, readonly string[]>();
  const types = new Map<string, ObjectSchema>();
  const messages = new Map<string, ObjectSchema>();
  const actions = new Map<string, { request?: string; response?: string }>();
  // Definitions may be repeated in many files; each name must mean one thing.
  const seen = new Map<string, string>();

  const claim = (name: string, fingerprint: string, file: string): boolean => {
    const before = seen.get(name);
    if (before === undefined) {
      seen.set(name, fingerprint);
      return true;
    }
    if (before !== fingerprint) throw new SchemaError(`${file}: ${name} differs from an earlier definition of the same name`);
    return false;
  };

  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new SchemaError(`no .json schema files in ${dir}`);
  const table = options.inlineNames;
  const unnamed: string[] = [];
  const used = new Set<string>();
  const inlineName = (loc: string, derived: string): string => {
    if (!table) return derived;
    const name = Object.prototype.hasOwnProperty.call(table, loc) ? table[loc] : undefined;
    if (name === undefined) {
      unnamed.push(loc);
      return derived;
    }
    used.add(loc);
    return name;
  };

  for (const file of files) {
    const root = JSON.parse(readFileSync(join(dir, file), 'utf8')) as SchemaNode;
    const base = file.slice(0, -'.json'.length);
    // 2.0.1 and 2.1 name files <Action>Request / <Action>Response; 1.6 names the request <Action>.
    const kind = base.endsWith('Response') ? 'response' : 'request';
    const action = base.replace(/(Request|Response)$/, '');
    const messageName = `${action}${kind === 'response' ? 'Response' : 'Request'}`;
    const ctx: Context = { file, definitions: asRecord(root['definitions'] ?? {}, file, 'definitions') as Record<string, SchemaNode> };

    // `loc` is where a node sits: its message or definition, then property names.
    const hoist = (node: SchemaNode, name: string, path: string, loc: string): FieldSchema => {
      if (node['$ref'] !== undefined) {
        const ref = node['$ref'];
        const m = typeof ref === 'string' ? /^#\/definitions\/(.+)$/.exec(ref) : null;
        if (!m) throw new SchemaError(`${file} ${path}: unsupported $ref ${JSON.stringify(ref)}`);
        const target = ctx.definitions[m[1]!];
        if (!target) throw new SchemaError(`${file} ${path}: $ref to missing definition ${m[1]}`);
        return named(target, m[1]!, `#/definitions/${m[1]}`, m[1]!, false);
      }
      return field(node, name, path, loc);
    };

    // A definition or inline object/enum becomes a named type; returns a reference to it.
    const named = (node: SchemaNode, name: string, path: string, loc: string, inline: boolean): FieldSchema => {
      if (node['enum'] !== undefined) {
        const values = enumValues(node, file, path);
        if (claim(name, JSON.stringify(['enum', values]), file)) enums.set(name, values);
        return withDefault({ type: 'enum', enum: name }, node);
      }
      if (node['type'] === 'object') {
        // Claim before descending: a type referring to itself must not loop.
        const fingerprint = JSON.stringify(strip(node));
        if (claim(name, fingerprint, file)) types.set(name, object(node, name, path, loc));
        else if (inline) {
          // Same shape, yet its inline members may be named otherwise than the first time.
          const before = unnamed.length;
          const again = JSON.stringify(object(node, name, path, loc));
          if (unnamed.length === before && again !== JSON.stringify(types.get(name))) {
            throw new SchemaError(`${file} ${path}: ${name} has members named differently at ${loc}`);
          }
        }
        return { type: 'object', ref: name };
      }
      return field(node, name, path, loc);
    };

    const object = (node: SchemaNode, name: string, path: string, loc: string): ObjectSchema => {
      checkKeywords(node, file, path);
      const props = asRecord(node['properties'] ?? {}, file, `${path}/properties`);
      const required = node['required'] ?? [];
      if (!Array.isArray(required) || !required.every((r) => typeof r === 'string' && r in props)) {
        throw new SchemaError(`${file} ${path}: required must list properties of the object`);
      }
      const open = node['additionalProperties'] !== false;
      const properties: Record<string, FieldSchema> = {};
      for (const [key, sub] of Object.entries(props)) {
        const subNode = asRecord(sub, file, `${path}/properties/${key}`) as SchemaNode;
        properties[key] = hoist(subNode, derivedName(name, key, subNode), `${path}/properties/${key}`, `${loc}/${key}`);
      }
      return { properties, required: required as string[], open };
    };

    const field = (node: SchemaNode, name: string, path: string, loc: string): FieldSchema => {
      checkKeywords(node, file, path);
      if (node['enum'] !== undefined || node['type'] === 'object') return named(node, inlineName(loc, name), path, loc, true);
      switch (node['type']) {
        case 'string': {
          const f: { -readonly [K in 'maxLength' | 'minLength' | 'format' | 'default']?: unknown } = {};
          if (node['maxLength'] !== undefined) f.maxLength = count(node['maxLength'], file, path);
          if (node['minLength'] !== undefined) f.minLength = count(node['minLength'], file, path);
          if (node['format'] !== undefined) {
            if (node['format'] !== 'date-time' && node['format'] !== 'uri') {
              throw new SchemaError(`${file} ${path}: unsupported format ${JSON.stringify(node['format'])}`);
            }
            f.format = node['format'];
          }
          return withDefault({ type: 'string', ...f } as FieldSchema, node);
        }
        case 'integer':
        case 'number': {
          const f: Record<string, number> = {};
          for (const k of ['minimum', 'maximum', 'multipleOf'] as const) {
            const v = node[k];
            if (v === undefined) continue;
            if (typeof v !== 'number' || !Number.isFinite(v)) throw new SchemaError(`${file} ${path}: ${k} must be a number`);
            f[k] = v;
          }
          return withDefault({ type: node['type'], ...f } as FieldSchema, node);
        }
        case 'boolean':
          return withDefault({ type: 'boolean' }, node);
        case 'array': {
          const items = node['items'];
          if (items === undefined || Array.isArray(items) || typeof items !== 'object' || items === null) {
            throw new SchemaError(`${file} ${path}: arrays need a single items schema`);
          }
          const f: { items: FieldSchema; minItems?: number; maxItems?: number } = {
            items: hoist(items, name, `${path}/items`, loc),
          };
          if (node['minItems'] !== undefined) f.minItems = count(node['minItems'], file, path);
          if (node['maxItems'] !== undefined) f.maxItems = count(node['maxItems'], file, path);
          return { type: 'array', ...f };
        }
        case undefined:
          return { type: 'any' };
        default:
          throw new SchemaError(`${file} ${path}: unsupported type ${JSON.stringify(node['type'])}`);
      }
    };

    if (root['type'] !== 'object') throw new SchemaError(`${file}: a message schema must be an object`);
    if (messages.has(messageName)) throw new SchemaError(`${file}: ${messageName} defined twice`);
    messages.set(messageName, object(root, messageName, '#', messageName));
    const entry = actions.get(action) ?? {};
    entry[kind] = messageName;
    actions.set(action, entry);
  }

  if (unnamed.length > 0) throw new SchemaError(`no name for the inline type at ${unnamed.join(', ')}`);
  const stale = table ? Object.keys(table).filter((loc) => !used.has(loc)) : [];
  if (stale.length > 0) throw new SchemaError(`the name table names no inline type at ${stale.join(', ')}`);

  const actionRecord: Record<string, ActionMessages> = {};
  for (const [name, entry] of sortedEntries(actions)) {
    if (!entry.request) throw new SchemaError(`${name}: a response without a request`);
    actionRecord[name] = entry.response ? { request: entry.request, response: entry.response } : { request: entry.request };
  }
  return {
    version,
    enums: Object.fromEntries(sortedEntries(enums)),
    types: Object.fromEntries(sortedEntries(types)),
    messages: Object.fromEntries(sortedEntries(messages)),
    actions: actionRecord,
  };
}

function sortedEntries<V>(m: Map<string, V>): [string, V][] {
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function checkKeywords(node: SchemaNode, file: string, path: string): void {
  for (const k of Object.keys(node)) {
    if (!KNOWN.has(k) && !IGNORED.has(k)) throw new SchemaError(`${file} ${path}: unsupported keyword ${k}`);
  }
  // additionalItems only matters when items is a list, which no OCPP schema uses.
  if (node['additionalProperties'] !== undefined && typeof node['additionalProperties'] !== 'boolean') {
    throw new SchemaError(`${file} ${path}: additionalProperties must be true or false`);
  }
}

function enumValues(node: SchemaNode, file: string, path: string): string[] {
  const values = node['enum'];
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) {
    throw new SchemaError(`${file} ${path}: enum must be a non-empty list of strings`);
  }
  if (node['type'] !== undefined && node['type'] !== 'string') throw new SchemaError(`${file} ${path}: enums must be strings`);
  return values as string[];
}

function withDefault<F extends FieldSchema>(f: F, node: SchemaNode): F {
  const d = node['default'];
  return d === undefined || d === null || typeof d === 'object' ? f : { ...f, default: d };
}

function count(v: Json | undefined, file: string, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new SchemaError(`${file} ${path}: expected a count, got ${JSON.stringify(v)}`);
  return v;
}

function asRecord(v: Json | undefined, file: string, path: string): Record<string, Json> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new SchemaError(`${file} ${path}: expected an object`);
  return v;
}

/**
 * A definition's identity for merging: everything but the prose. Inside
 * `properties` and `definitions` the keys are names, never prose, and all stay
 * (a property may well be called `id` or `title`).
 */
function strip(node: Json, names = false): Json {
  if (Array.isArray(node)) return node.map((x) => strip(x));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, Json> = {};
  for (const k of Object.keys(node).sort()) {
    if (names) out[k] = strip(node[k]!);
    else if (!IGNORED.has(k)) out[k] = strip(node[k]!, k === 'properties' || k === 'definitions');
  }
  return out;
}

const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Without a name table, inline objects and enums get their parent's name plus the property's. */
function derivedName(parent: string, key: string, node: SchemaNode): string {
  const stem = parent.replace(/(EnumType|Type)$/, '') + pascal(key);
  return node['enum'] !== undefined ? `${stem}EnumType` : `${stem}Type`;
}
