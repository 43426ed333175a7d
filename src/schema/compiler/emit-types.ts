/**
 * TypeScript declarations for a model: enums.ts (a const array of values
 * and a union type of the same name each), types.ts (data type interfaces)
 * and messages.ts (request/response interfaces and the maps from action).
 * Names, types and constraints only: the schemas' prose stays out.
 */
import type { FieldSchema, ModelDescription, ObjectSchema } from '../model.js';
import { banner, key, str, tags } from './code.js';

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
      out.push(...constraintTags(f.items).map((t) => t.replace('@', '@items.')));
      break;
    default:
      break;
  }
  if ('default' in f && f.default !== undefined) out.push(`@default ${JSON.stringify(f.default)}`);
  return out;
}

/** Names of enums and data types a field refers to. */
function refs(f: FieldSchema, into: Set<string>): void {
  if (f.type === 'enum') into.add(f.enum);
  else if (f.type === 'object') into.add(f.ref);
  else if (f.type === 'array') refs(f.items, into);
}

function interfaceOf(name: string, o: ObjectSchema): string {
  const required = new Set(o.required);
  let body = '';
  for (const [prop, f] of Object.entries(o.properties)) {
    body += tags(constraintTags(f), '  ');
    body += `  ${key(prop)}${required.has(prop) ? '' : '?'}: ${tsType(f)};\n`;
  }
  if (o.open) body += '  /** Open: any further property is allowed. */\n  [extension: string]: unknown;\n';
  return `export interface ${name} {\n${body}}\n`;
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
    out += `\nexport const ${name} = [${values.map(str).join(', ')}] as const;\n`;
    out += `export type ${name} = (typeof ${name})[number];\n`;
  }
  return out;
}

export function emitTypes(model: ModelDescription): string {
  const used = new Set<string>();
  for (const o of Object.values(model.types)) for (const f of Object.values(o.properties)) refs(f, used);
  let out = banner(model.version, `Data types: ${Object.keys(model.types).length}.`);
  out += imports(used, model, 'types');
  out += Object.entries(model.types).map(([n, o]) => interfaceOf(n, o)).join('\n');
  return out;
}

export function emitMessages(model: ModelDescription): string {
  const used = new Set<string>();
  for (const o of Object.values(model.messages)) for (const f of Object.values(o.properties)) refs(f, used);
  const actions = Object.entries(model.actions);
  let out = banner(model.version, `Messages: ${Object.keys(model.messages).length}, for ${actions.length} actions.`);
  out += imports(used, model, 'messages');
  out += Object.entries(model.messages).map(([n, o]) => interfaceOf(n, o)).join('\n');
  out += '\n/** The request payload of each action. */\nexport interface RequestMap {\n';
  for (const [a, m] of actions) out += `  ${a}: ${m.request};\n`;
  out += '}\n\n/** The response payload of each action. */\nexport interface ResponseMap {\n';
  for (const [a, m] of actions) if (m.response) out += `  ${a}: ${m.response};\n`;
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
  out += `export const model: ModelDescription = JSON.parse(\`${json}\`) as ModelDescription;\n`;
  return out;
}
