/**
 * TypeScript declarations for a model: enums.ts (a const array of values
 * and a union type of the same name each), types.ts (data type interfaces)
 * and messages.ts (request/response interfaces and the maps from action).
 * Names, types and constraints only: the schemas' prose stays out.
 */
import type { FieldSchema, ModelDescription, ObjectSchema } from '../model.js';
import { banner, key, str } from './code.js';

export function tsType(f: FieldSchema): string {
  switch (f.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return f.enum;
    case 'object':
      return f.ref;
    case 'array':
      return `${tsType(f.items)}[]`;
    case 'any':
      return 'unknown';
  }
}

/** Constraint tags for one field, e.g. `@maxLength 20`. */
export function constraintTags(f: FieldSchema): string[] {
  const out: string[] = [];
  switch (f.type) {
    case 'string':
      if (f.format) out.push(`@format ${f.format}`);
      if (f.minLength !== undefined) out.push(`@minLength ${f.minLength}`);
      if (f.maxLength !== undefined) out.push(`@maxLength ${f.maxLength}`);
      break;
    case 'integer':
    case 'number':
      if (f.type === 'integer') out.push('@integer');
      if (f.minimum !== undefined) out.push(`@minimum ${f.minimum}`);
      if (f.maximum !== undefined) out.push(`@maximum ${f.maximum}`);
      if (f.multipleOf !== undefined) out.push(`@multipleOf ${f.multipleOf}`);
      break;
    case 'array':
      if (f.minItems !== undefined) out.push(`@minItems ${f.minItems}`);
      if (f.maxItems !== undefined) out.push(`@maxItems ${f.maxItems}`);
      // The items' own constraints are in the field's prose ("each a string of at most 512 characters").
      break;
    default:
      break;
  }
  if ('default' in f && f.default !== undefined) out.push(`@default ${JSON.stringify(f.default)}`);
  return out;
}

function article(name: string): string {
  return /^[AEIOU]/.test(name) ? 'an' : 'a';
}

/** What a field holds, in words: read from its type and constraints only. */
export function describeField(f: FieldSchema): string {
  switch (f.type) {
    case 'string': {
      const what = f.format === 'date-time' ? 'an RFC 3339 date-time' : f.format === 'uri' ? 'a URI' : 'a string';
      if (f.minLength !== undefined && f.maxLength !== undefined) return `${what} of ${f.minLength} to ${f.maxLength} characters`;
      if (f.maxLength !== undefined) return `${what} of at most ${f.maxLength} characters`;
      if (f.minLength !== undefined) return `${what} of at least ${f.minLength} characters`;
      return what;
    }
    case 'integer':
    case 'number': {
      const what = f.type === 'integer' ? 'an integer' : 'a number';
      const range =
        f.minimum !== undefined && f.maximum !== undefined
          ? ` from ${f.minimum} to ${f.maximum}`
          : f.minimum !== undefined
            ? ` of at least ${f.minimum}`
            : f.maximum !== undefined
              ? ` of at most ${f.maximum}`
              : '';
      return `${what}${range}${f.multipleOf !== undefined ? `, a multiple of ${f.multipleOf}` : ''}`;
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `${article(f.enum)} ${f.enum} value`;
    case 'object':
      return `${article(f.ref)} ${f.ref}`;
    case 'array': {
      const count =
        f.minItems !== undefined && f.maxItems !== undefined
          ? f.minItems === f.maxItems
            ? `${f.minItems}`
            : `${f.minItems} to ${f.maxItems}`
          : f.minItems !== undefined
            ? `at least ${f.minItems}`
            : f.maxItems !== undefined
              ? `at most ${f.maxItems}`
              : 'any number of';
      return `a list of ${count} items, each ${describeField(f.items)}`;
    }
    case 'any':
      return 'any JSON value';
  }
}

/** The doc comment of one property: required or not, what it holds, its constraint tags. */
function fieldDoc(f: FieldSchema, required: boolean, indent: string): string {
  const text = `${required ? 'Required' : 'Optional'}: ${describeField(f)}.`;
  const list = constraintTags(f);
  return `${indent}/** ${[text, ...list].join(' ')} */\n`;
}

/** Names of enums and data types a field refers to. */
function refs(f: FieldSchema, into: Set<string>): void {
  if (f.type === 'enum') into.add(f.enum);
  else if (f.type === 'object') into.add(f.ref);
  else if (f.type === 'array') refs(f.items, into);
}

function interfaceOf(name: string, o: ObjectSchema, doc: string): string {
  const required = new Set(o.required);
  let body = '';
  for (const [prop, f] of Object.entries(o.properties)) {
    body += fieldDoc(f, required.has(prop), '  ');
    body += `  ${key(prop)}${required.has(prop) ? '' : '?'}: ${tsType(f)};\n`;
  }
  if (o.open) body += '  /** Open: any further property is allowed. */\n  [extension: string]: unknown;\n';
  return `/** ${doc} */\nexport interface ${name} {\n${body}}\n`;
}

/** Which action and kind each message name belongs to. */
function messageOwners(model: ModelDescription): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [action, m] of Object.entries(model.actions)) {
    owners.set(m.request, `The payload of a ${action} request (OCPP ${model.version}).`);
    if (m.response) owners.set(m.response, `The payload of a ${action} response (OCPP ${model.version}).`);
  }
  return owners;
}

function imports(names: Set<string>, model: ModelDescription, self: 'types' | 'messages'): string {
  const enums = [...names].filter((n) => n in model.enums).sort();
  const types = [...names].filter((n) => n in model.types).sort();
  let out = '';
  if (enums.length) out += `import type { ${enums.join(', ')} } from './enums.js';\n`;
  if (types.length && self === 'messages') out += `import type { ${types.join(', ')} } from './types.js';\n`;
  return out ? `${out}\n` : '';
}

export function emitEnums(model: ModelDescription): string {
  let out = banner(model.version, `Enumerations: ${Object.keys(model.enums).length}.`);
  for (const [name, values] of Object.entries(model.enums)) {
    out += `\n/** The ${values.length} values of ${name} (OCPP ${model.version}), in schema order. */\n`;
    out += `export const ${name} = [${values.map(str).join(', ')}] as const;\n`;
    out += `/** One of the ${values.length} values of ${name}. */\n`;
    out += `export type ${name} = (typeof ${name})[number];\n`;
  }
  return out;
}

export function emitTypes(model: ModelDescription): string {
  const used = new Set<string>();
  for (const o of Object.values(model.types)) for (const f of Object.values(o.properties)) refs(f, used);
  let out = banner(model.version, `Data types: ${Object.keys(model.types).length}.`);
  out += imports(used, model, 'types');
  out += Object.entries(model.types).map(([n, o]) => interfaceOf(n, o, `The OCPP ${model.version} data type ${n}.`)).join('\n');
  return out;
}

export function emitMessages(model: ModelDescription): string {
  const used = new Set<string>();
  for (const o of Object.values(model.messages)) for (const f of Object.values(o.properties)) refs(f, used);
  const actions = Object.entries(model.actions);
  let out = banner(model.version, `Messages: ${Object.keys(model.messages).length}, for ${actions.length} actions.`);
  out += imports(used, model, 'messages');
  const owners = messageOwners(model);
  out += Object.entries(model.messages).map(([n, o]) => interfaceOf(n, o, owners.get(n) ?? `The OCPP ${model.version} message ${n}.`)).join('\n');
  out += '\n/** The request payload of each action. */\nexport interface RequestMap {\n';
  for (const [a, m] of actions) out += `  /** The ${a} request. */\n  ${a}: ${m.request};\n`;
  out += '}\n\n/** The response payload of each action. */\nexport interface ResponseMap {\n';
  for (const [a, m] of actions) if (m.response) out += `  /** The ${a} response. */\n  ${a}: ${m.response};\n`;
  out += '}\n';
  return out;
}

/**
 * The model itself, as data: property tests, docs and tools walk it. Written
 * as JSON text for JSON.parse, which V8 reads about twice as fast as the same
 * object literal (this module is part of every cold start); still one line
 * per value, so diffs stay readable.
 */
export function emitModel(model: ModelDescription): string {
  let out = banner(model.version, 'The model as data (see src/schema/model.ts).');
  out += "import type { ModelDescription } from '../../schema/model.js';\n\n";
  // Inside a template literal only \, ` and ${ need escaping.
  const json = JSON.stringify(model, null, 2).replace(/\\|`|\$\{/g, (m) => `\\${m}`);
  out += '/** Every enumeration, data type, message and action of the model, with each field\'s type and constraints. */\n';
  out += `export const model: ModelDescription = JSON.parse(\`${json}\`) as ModelDescription;\n`;
  return out;
}
