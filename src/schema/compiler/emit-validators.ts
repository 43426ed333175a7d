/**
 * Validator code for a model: one function per message, and one per data
 * type that the messages (and other types) call. The valid path is a run of
 * `typeof` checks with no allocation and no pointer strings: a caller pushes
 * the place of the value it hands a type function onto the collector's path,
 * and a JSON pointer is only built inside the branch that reports a defect.
 * (`inline: true` writes every type into every message instead; the
 * benchmark measures both.)
 *
 * Codes (Part 4, 4.3): a missing required field or an array outside its
 * item bounds is OccurrenceConstraintViolation; a wrong JSON type (null
 * included) TypeConstraintViolation; a value outside enum, maxLength,
 * minimum/maximum, multipleOf or format PropertyConstraintViolation; a
 * property a closed object does not know, or a payload that is not an
 * object, FormatViolation.
 */
import type { FieldSchema, ModelDescription, ObjectSchema } from '../model.js';
import { banner, str } from './code.js';

/**
 * The codes and fixed reasons are constants of the generated module, named
 * here: thousands of report sites then repeat a short name instead of the
 * text, which halves the file that every start has to load.
 */
const CONSTANTS = {
  FV: 'FormatViolation',
  OCV: 'OccurrenceConstraintViolation',
  PCV: 'PropertyConstraintViolation',
  TCV: 'TypeConstraintViolation',
  REQUIRED: 'required',
  NOT_OBJECT: 'must be an object',
  NOT_ARRAY: 'must be an array',
  NOT_STRING: 'must be a string',
  NOT_INTEGER: 'must be an integer',
  NOT_NUMBER: 'must be a number',
  NOT_BOOLEAN: 'must be a boolean',
  NOT_DATE_TIME: 'not an RFC 3339 date-time',
  NOT_URI: 'not a URI',
  UNKNOWN: 'unknown property',
} as const;
/** The emitted code names each code by its constant. */
type Code = keyof typeof CONSTANTS;
const FV: Code = 'FV';
const OCV: Code = 'OCV';
const PCV: Code = 'PCV';
const TCV: Code = 'TCV';

/**
 * A pointer being built, relative to the value the function checks:
 * constant text and loop indexes (each a `/` and the index).
 */
type Pointer = readonly (string | { readonly index: string })[];

function ptr(p: Pointer): string {
  const parts: string[] = [];
  let text = '';
  for (const seg of p) {
    if (typeof seg === 'string') {
      text += seg;
      continue;
    }
    text += '/';
    parts.push(str(text));
    parts.push(seg.index);
    text = '';
  }
  if (text || parts.length === 0) parts.push(str(text));
  return parts.join(' + ');
}

/** Statements pushing a pointer onto the collector's path (text as text, indexes as numbers); and how many. */
function push(p: Pointer): [string, number] {
  const segs: string[] = [];
  let text = '';
  for (const seg of p) {
    if (typeof seg === 'string') {
      text += seg;
      continue;
    }
    if (text) segs.push(str(text));
    segs.push(seg.index);
    text = '';
  }
  if (text) segs.push(str(text));
  return [segs.map((x) => `c.path[c.depth++] = ${x};`).join(' '), segs.length];
}

/** A multipleOf step as an integer count of decimal units: 0.1 is 1 unit of 10^-1. */
export function decimalStep(step: number): { readonly units: number; readonly decimals: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(step));
  if (!m || step <= 0) throw new Error(`multipleOf must be a positive number, not ${step}`);
  const exp = Number(m[3] ?? 0) - (m[2]?.length ?? 0);
  const digits = Number(`${m[1]}${m[2] ?? ''}`);
  return exp >= 0 ? { units: digits * 10 ** exp, decimals: 0 } : { units: digits, decimals: -exp };
}

const token = (k: string): string => k.replace(/~/g, '~0').replace(/\//g, '~1');

export interface ValidatorOptions {
  /** Every data type written out inside every message validator, instead of one function per type. */
  readonly inline?: boolean;
}

class Emitter {
  private next = 0;
  readonly enumsUsed = new Set<string>();
  /** Data types checked by a function of their own. */
  readonly typesUsed = new Set<string>();

  constructor(
    private readonly model: ModelDescription,
    private readonly inline: boolean,
  ) {}

  /** Names restart in each function, so a change to one message leaves the others' code alone. */
  reset(): void {
    this.next = 0;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.next++}`;
  }

  /** Statements checking `v`, known to be present (not undefined). */
  field(f: FieldSchema, v: string, p: Pointer, pad: string): string {
    const at = ptr(p);
    switch (f.type) {
      case 'string': {
        let out = `${pad}if (typeof ${v} !== "string") c.fail(${TCV}, ${at}, NOT_STRING);\n`;
        if (f.maxLength !== undefined) {
          // Beyond 2 * maxLength units there are surely too many code points: no need to count (10 MB strings).
          out += `${pad}else if (${v}.length > ${f.maxLength} && (${v}.length > ${2 * f.maxLength} || codePoints(${v}) > ${f.maxLength})) c.soft(${PCV}, ${at}, ${str(`longer than maxLength ${f.maxLength}`)});\n`;
        }
        if (f.minLength !== undefined && f.minLength > 0) {
          // A code point is one or two UTF-16 units: below 2 * minLength units, count them.
          out += `${pad}else if (${v}.length < ${2 * f.minLength} && codePoints(${v}) < ${f.minLength}) c.fail(${PCV}, ${at}, ${str(`shorter than minLength ${f.minLength}`)});\n`;
        }
        if (f.format === 'date-time') out += `${pad}else if (!isDateTime(${v})) c.fail(${PCV}, ${at}, NOT_DATE_TIME);\n`;
        if (f.format === 'uri') out += `${pad}else if (!isUri(${v})) c.fail(${PCV}, ${at}, NOT_URI);\n`;
        return out;
      }
      case 'integer':
      case 'number': {
        const bad = f.type === 'integer' ? `!Number.isInteger(${v})` : `!Number.isFinite(${v})`;
        let out = `${pad}if (typeof ${v} !== "number" || ${bad}) c.fail(${TCV}, ${at}, ${f.type === 'integer' ? 'NOT_INTEGER' : 'NOT_NUMBER'});\n`;
        const checks: string[] = [];
        if (f.minimum !== undefined) checks.push(`if (${v} < ${f.minimum}) c.fail(${PCV}, ${at}, ${str(`below minimum ${f.minimum}`)});`);
        if (f.maximum !== undefined) checks.push(`if (${v} > ${f.maximum}) c.fail(${PCV}, ${at}, ${str(`above maximum ${f.maximum}`)});`);
        if (f.multipleOf !== undefined) {
          const { units, decimals } = decimalStep(f.multipleOf);
          checks.push(`if (!isMultipleOf(${v}, ${units}, ${decimals})) c.fail(${PCV}, ${at}, ${str(`not a multiple of ${f.multipleOf}`)});`);
        }
        if (checks.length) out += `${pad}else {\n${checks.map((x) => `${pad}  ${x}\n`).join('')}${pad}}\n`;
        return out;
      }
      case 'boolean':
        return `${pad}if (typeof ${v} !== "boolean") c.fail(${TCV}, ${at}, NOT_BOOLEAN);\n`;
      case 'enum':
        this.enumsUsed.add(f.enum);
        return (
          `${pad}if (typeof ${v} !== "string") c.fail(${TCV}, ${at}, NOT_STRING);\n` +
          `${pad}else if (!${enumFn(f.enum)}(${v})) c.soft(${PCV}, ${at}, ${str(`not a ${f.enum} value`)});\n`
        );
      case 'object': {
        const o = this.model.types[f.ref];
        if (!o) throw new Error(`unknown type ${f.ref}`);
        // Inlined, open types (CustomDataType) still get a function: they are
        // rare in real payloads and everywhere in the schemas.
        if (!this.inline || o.open) {
          this.typesUsed.add(f.ref);
          const [pushes, n] = push(p);
          return `${pad}${pushes}\n${pad}if (${typeFn(f.ref)}(${v}, c)) ${STOP}\n${pad}c.depth -= ${n};\n`;
        }
        return (
          `${pad}if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) c.fail(${TCV}, ${at}, NOT_OBJECT);\n` +
          `${pad}else {\n${this.object(o, v, p, pad + '  ')}${pad}}\n`
        );
      }
      case 'array': {
        const i = this.fresh('i');
        const item = this.fresh('v');
        let out = `${pad}if (!Array.isArray(${v})) c.fail(${TCV}, ${at}, NOT_ARRAY);\n`;
        if (f.maxItems !== undefined) {
          // An array over its bound is rejected whole, items unread: the work stays bounded however long it is.
          out += `${pad}else if (${v}.length > ${f.maxItems}) c.fail(${OCV}, ${at}, ${str(`more than maxItems ${f.maxItems}`)});\n`;
        }
        out += `${pad}else {\n`;
        if (f.minItems !== undefined && f.minItems > 0) {
          out += `${pad}  if (${v}.length < ${f.minItems}) c.fail(${OCV}, ${at}, ${str(`fewer than minItems ${f.minItems}`)});\n`;
        }
        out += `${pad}  for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {\n`;
        out += `${pad}    const ${item} = ${v}[${i}];\n`;
        out += this.field(f.items, item, [...p, { index: i }], pad + '    ');
        out += `${pad}  }\n${pad}}\n`;
        return out;
      }
      case 'any':
        return '';
    }
  }

  /**
   * Statements checking the properties of `v`, known to be a plain object.
   * A closed object counts the properties it knows as it reads them; only
   * when the object holds more keys than that does it look for the strangers.
   */
  object(o: ObjectSchema, v: string, p: Pointer, pad: string): string {
    let out = '';
    const names = Object.keys(o.properties);
    const seen = o.open ? undefined : this.fresh('n');
    if (seen) out += `${pad}let ${seen} = 0;\n`;
    const count = seen ? `${seen}++;\n` : '';
    const required = new Set(o.required);
    for (const name of names) {
      const f = o.properties[name]!;
      const sub = this.fresh('v');
      const at: Pointer = [...p, `/${token(name)}`];
      out += `${pad}const ${sub} = ${v}[${str(name)}];\n`;
      const check = (count ? `${pad}  ${count}` : '') + this.field(f, sub, at, pad + '  ');
      if (required.has(name)) {
        out += `${pad}if (${sub} === undefined) c.fail(${OCV}, ${ptr(at)}, REQUIRED);\n`;
        out += check ? `${pad}else {\n${check}${pad}}\n` : '';
      } else if (check) {
        out += `${pad}if (${sub} !== undefined) {\n${check}${pad}}\n`;
      }
    }
    if (seen) {
      const k = this.fresh('k');
      const known = names.length === 0 ? 'false' : names.map((n) => `${k} === ${str(n)}`).join(' || ');
      out += `${pad}for (const ${k} in ${v}) ${seen}--;\n`;
      out += `${pad}if (${seen} !== 0) {\n`;
      out += `${pad}  for (const ${k} in ${v}) if (!(${known})) c.soft(${FV}, ${ptr([...p, { index: `pointerToken(${k})` }])}, UNKNOWN);\n`;
      out += `${pad}}\n`;
    }
    return out;
  }
}

const enumFn = (name: string): string => `is${name}`;

/** Where a function must return because the collector has all it will keep. */
const STOP = '@STOP@';

/**
 * Every report becomes `{ if (c.fail(...)) return; }`: a validator stops as
 * soon as the collector is full (maxErrors; 1 for a verdict and the first
 * code). Only the error path pays for it.
 */
function withStops(code: string, stop: string): string {
  return code.replace(/(c\.(?:fail|soft)\(.*\));$/gm, `{ if ($1) ${STOP} }`).replaceAll(STOP, stop);
}
const typeFn = (name: string): string => `check${name}`;

export function emitValidators(model: ModelDescription, options: ValidatorOptions = {}): string {
  const e = new Emitter(model, options.inline === true);
  let body = '';
  for (const [name, o] of Object.entries(model.messages)) {
    e.reset();
    body += `\nfunction ${name}(d: any, c: Collector): void {\n`;
    body += `  if (typeof d !== "object" || d === null || Array.isArray(d)) {\n`;
    body += `    c.fail(${FV}, "", "payload must be a JSON object");\n    return;\n  }\n`;
    body += withStops(e.object(o, 'd', [], '  '), 'return;');
    body += '}\n';
  }
  // Types refer to other types: emit until no new one appears, then in name order.
  const typeCode = new Map<string, string>();
  for (let todo = [...e.typesUsed]; todo.length > 0; todo = [...e.typesUsed].filter((n) => !typeCode.has(n))) {
    for (const name of todo) {
      e.reset();
      // Pointers inside are relative to the value: the callers pushed its place onto c.path.
      // Answers true when the caller must stop too.
      let code = `\nfunction ${typeFn(name)}(v: any, c: Collector): boolean {\n`;
      code += `  if (typeof v !== "object" || v === null || Array.isArray(v)) return c.fail(${TCV}, "", NOT_OBJECT);\n`;
      code += withStops(e.object(model.types[name]!, 'v', [], '  '), 'return true;');
      code += '  return false;\n}\n';
      typeCode.set(name, code);
    }
  }
  const types = [...typeCode.keys()].sort().map((n) => typeCode.get(n)!).join('');
  let enums = '';
  for (const name of [...e.enumsUsed].sort()) {
    const values = model.enums[name]!;
    enums += `\nfunction ${enumFn(name)}(v: string): boolean {\n  switch (v) {\n`;
    enums += values.map((x) => `    case ${str(x)}:\n`).join('');
    enums += '      return true;\n    default:\n      return false;\n  }\n}\n';
  }
  const actions = Object.entries(model.actions);
  // Maps: a lookup by an untrusted action name must not reach Object.prototype.
  let tables = '\n/** Validator of each action\'s request. */\nexport const requestValidators: ReadonlyMap<string, GeneratedValidator> = new Map([\n';
  for (const [a, m] of actions) tables += `  [${str(a)}, ${m.request}],\n`;
  tables += ']);\n\n/** Validator of each action\'s response. */\nexport const responseValidators: ReadonlyMap<string, GeneratedValidator> = new Map([\n';
  for (const [a, m] of actions) if (m.response) tables += `  [${str(a)}, ${m.response}],\n`;
  tables += ']);\n';
  return (
    banner(model.version, options.inline ? 'Validators: one per message, data types inlined.' : 'Validators: one per message, one per data type.') +
    '/* eslint-disable */\n' +
    "import { Collector, codePoints, isDateTime, isMultipleOf, isUri, pointerToken, type GeneratedValidator } from '../../schema/runtime.js';\n\n" +
    Object.entries(CONSTANTS).map(([name, text]) => `const ${name} = ${str(text)};\n`).join('') +
    enums +
    types +
    body +
    tables
  );
}
