/**
 * The schema compiler: counts of the 2.0.1 model, determinism and drift of
 * the committed generated files, the 1.6 and 2.1 schemas, keywords it must
 * refuse, validators compiled from other models (multipleOf, uri, minLength),
 * and no schema prose in generated files.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { compileSchemas, loadSchemas, SchemaError } from '../../src/schema/compiler/index.js';
import { emitModel } from '../../src/schema/compiler/emit-types.js';
import { emitValidators } from '../../src/schema/compiler/emit-validators.js';
import { Collector, type GeneratedValidator } from '../../src/schema/runtime.js';
import type { ModelDescription } from '../../src/schema/model.js';
import { actionTable } from '../../src/v201/index.js';
import { model } from '../../src/v201/model.js';
import { inlineTypeNames, specSections, variants } from '../../src/v16/names.js';
import { model as model16 } from '../../src/v16/model.js';
import { validate as validate16v } from '../../src/v16/index.js';
import { officialSchemaDir, readSchemas, repoRoot, SKIP_REASON } from '../support/official-schemas.js';
import { versions } from '../support/versions.js';

const validate16 = validate16v as (action: string, kind: 'request', payload: unknown) => ReturnType<typeof validate16v> | undefined;

const temp = mkdtempSync(join(tmpdir(), 'ocpp-model-generator-'));
after(() => rmSync(temp, { recursive: true, force: true }));
let tempCount = 0;
const freshDir = (name: string): string => {
  const dir = join(temp, `${tempCount++}-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

const generateScript = fileURLToPath(new URL('../../scripts/generate.js', import.meta.url));
const runtimeUrl = new URL('../../src/schema/runtime.js', import.meta.url).href;

function generate(schemas: string, out: string, version = '2.0.1'): void {
  execFileSync(process.execPath, [generateScript, '--version', version, '--schemas', schemas, '--out', out], { stdio: 'pipe' });
}

function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

/** Emits, transpiles and imports the validators of a model; returns the request and response tables. */
async function compileValidators(m: ModelDescription): Promise<{
  requestValidators: ReadonlyMap<string, GeneratedValidator>;
  responseValidators: ReadonlyMap<string, GeneratedValidator>;
}> {
  const source = emitValidators(m).replace("'../../schema/runtime.js'", JSON.stringify(runtimeUrl));
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const file = join(freshDir('validators'), 'validators.mjs');
  writeFileSync(file, js);
  return (await import(pathToFileURL(file).href)) as {
    requestValidators: ReadonlyMap<string, GeneratedValidator>;
    responseValidators: ReadonlyMap<string, GeneratedValidator>;
  };
}

/** [code, pointer] of each error of a generated validator run. */
function issues(fn: GeneratedValidator, payload: unknown): string[][] {
  const c = new Collector();
  fn(payload, c);
  return (c.errors ?? []).map((e) => [e.code, e.pointer]);
}

/** Writes schema objects as `<name>.json` files into a new folder. */
function schemaFolder(schemas: Record<string, object>): string {
  const dir = freshDir('schemas');
  for (const [name, s] of Object.entries(schemas)) writeFileSync(join(dir, `${name}.json`), JSON.stringify(s));
  return dir;
}

describe('the 2.0.1 model', () => {
  test('64 actions, 128 messages, 55 data types, 88 enumerations', () => {
    assert.equal(model.version, '2.0.1');
    assert.equal(Object.keys(model.actions).length, 64);
    assert.equal(Object.keys(model.messages).length, 128);
    assert.equal(Object.keys(model.types).length, 55);
    assert.equal(Object.keys(model.enums).length, 88);
    assert.deepEqual(Object.keys(model.actions).sort(), Object.keys(actionTable).sort(), 'the action table names the same actions');
    for (const [action, m] of Object.entries(model.actions)) {
      assert.equal(m.request, `${action}Request`);
      assert.equal(m.response, `${action}Response`);
    }
  });
  test('only CustomDataType is open', () => {
    assert.deepEqual(
      Object.entries(model.types).filter(([, t]) => t.open).map(([n]) => n),
      ['CustomDataType'],
    );
    assert.deepEqual(Object.entries(model.messages).filter(([, t]) => t.open), []);
  });
});

describe('generation', () => {
  for (const { name, folder } of versions) {
    test(`${name}: deterministic, the same schemas twice give the same bytes`, (t) => {
      const schemas = officialSchemaDir(folder);
      if (!schemas) return t.skip(SKIP_REASON);
      const a = freshDir('a');
      const b = freshDir('b');
      generate(schemas, a, name);
      generate(schemas, b, name);
      const fa = filesOf(a);
      assert.deepEqual([...fa.keys()], ['enums.ts', 'messages.ts', 'model.ts', 'types.ts', 'validators.ts']);
      assert.deepEqual(fa, filesOf(b));
    });

    test(`${name}: no drift, the committed src/${folder}/generated equals a fresh generation`, (t) => {
      const schemas = officialSchemaDir(folder);
      if (!schemas) return t.skip(SKIP_REASON);
      const out = freshDir('fresh');
      generate(schemas, out, name);
      const committed = filesOf(join(repoRoot(), 'src', folder, 'generated'));
      const fresh = filesOf(out);
      assert.deepEqual([...committed.keys()], [...fresh.keys()]);
      for (const [file, bytes] of fresh) assert.ok(bytes.equals(committed.get(file)!), `${folder}/generated/${file} differs: run npm run generate`);
    });
  }

  test('deterministic in process, without the official schemas', () => {
    const dir = schemaFolder(tinySchemas);
    const first = compileSchemas(dir, '9.9');
    const second = compileSchemas(dir, '9.9');
    assert.deepEqual(first, second);
  });

  test('the generator fails with a message and exit code 1 on an unsupported schema', () => {
    const dir = schemaFolder({ ThingRequest: { type: 'object', properties: { a: { type: 'string', pattern: '^x' } } } });
    let failed: { status: number; stderr: string } | undefined;
    try {
      generate(dir, freshDir('out'));
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      failed = { status: err.status, stderr: err.stderr.toString() };
    }
    assert.equal(failed?.status, 1);
    assert.match(failed!.stderr, /ThingRequest\.json .*unsupported keyword pattern/);
  });
});

/** A small schema set in the official style, with descriptions nobody else uses. */
const PROSE = [
  'Zebra unicorn sentence that must never reach generated code.',
  'Another quokka description, for the enumeration.',
  'A third narwhal sentence describing the property.',
];
const tinySchemas: Record<string, object> = {
  ThingRequest: {
    $schema: 'http://json-schema.org/draft-06/schema#',
    $id: 'urn:test:ThingRequest',
    comment: 'a comment',
    definitions: {
      CustomDataType: {
        description: PROSE[0],
        javaType: 'CustomData',
        type: 'object',
        properties: { vendorId: { type: 'string', maxLength: 255 } },
        required: ['vendorId'],
      },
      ColourEnumType: { description: PROSE[1], javaType: 'Colour', type: 'string', additionalProperties: false, enum: ['Red', 'Green'] },
    },
    type: 'object',
    additionalProperties: false,
    properties: {
      customData: { $ref: '#/definitions/CustomDataType' },
      colour: { $ref: '#/definitions/ColourEnumType' },
      label: { description: PROSE[2], type: 'string', maxLength: 8 },
      at: { type: 'string', format: 'date-time' },
    },
    required: ['colour'],
  },
  ThingResponse: { type: 'object', additionalProperties: false, properties: { n: { type: 'integer', minimum: 0, maximum: 9, default: 1 } } },
};

describe('the model as data', () => {
  test('emitted model.ts gives back the same model, whatever characters the names hold', async () => {
    const m: ModelDescription = {
      version: 'x`${1}\\',
      enums: { OddEnumType: ['back\\slash', 'back`tick', '${not.a.template}', 'quote"d', 'new\nline', '\u{1F50C}', '\u2028'] },
      types: {},
      messages: { OddRequest: { properties: { e: { type: 'enum', enum: 'OddEnumType', default: '${x}' } }, required: ['e'], open: false } },
      actions: { Odd: { request: 'OddRequest' } },
    };
    const js = ts.transpileModule(emitModel(m), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const file = join(freshDir('model'), 'model.mjs');
    writeFileSync(file, js);
    const back = ((await import(pathToFileURL(file).href)) as { model: ModelDescription }).model;
    assert.deepEqual(back, m);
  });
});

describe('schemas the compiler must refuse, loudly', () => {
  const cases: [string, object, RegExp][] = [
    ['pattern', { type: 'string', pattern: '^a' }, /unsupported keyword pattern/],
    ['oneOf', { oneOf: [{ type: 'string' }, { type: 'integer' }] }, /unsupported keyword oneOf/],
    ['anyOf', { anyOf: [{ type: 'string' }] }, /unsupported keyword anyOf/],
    ['allOf', { allOf: [{ type: 'string' }] }, /unsupported keyword allOf/],
    ['not', { not: { type: 'string' } }, /unsupported keyword not/],
    ['const', { const: 'x' }, /unsupported keyword const/],
    ['exclusiveMinimum', { type: 'integer', exclusiveMinimum: 0 }, /unsupported keyword exclusiveMinimum/],
    ['uniqueItems', { type: 'array', items: { type: 'string' }, uniqueItems: true }, /unsupported keyword uniqueItems/],
    ['patternProperties', { type: 'object', patternProperties: { '^x': { type: 'string' } } }, /unsupported keyword patternProperties/],
    ['format email', { type: 'string', format: 'email' }, /unsupported format "email"/],
    ['a list of types', { type: ['string', 'null'] }, /unsupported type/],
    ['type null', { type: 'null' }, /unsupported type "null"/],
    ['an external $ref', { $ref: 'other.json#/definitions/X' }, /unsupported \$ref/],
    ['a $ref to a missing definition', { $ref: '#/definitions/Nowhere' }, /missing definition Nowhere/],
    ['additionalProperties as a schema', { type: 'object', additionalProperties: { type: 'string' } }, /additionalProperties must be true or false/],
    ['tuple items', { type: 'array', items: [{ type: 'string' }] }, /single items schema/],
    ['a non-string enum', { enum: [1, 2] }, /enum must be a non-empty list of strings/],
    ['an empty enum', { type: 'string', enum: [] }, /enum must be a non-empty list of strings/],
    ['a negative maxLength', { type: 'string', maxLength: -1 }, /expected a count/],
    ['a fractional maxItems', { type: 'array', items: { type: 'string' }, maxItems: 1.5 }, /expected a count/],
    ['a string minimum', { type: 'integer', minimum: '0' }, /minimum must be a number/],
  ];
  for (const [name, property, message] of cases) {
    test(name, () => {
      const dir = schemaFolder({ ThingRequest: { type: 'object', additionalProperties: false, properties: { p: property } } });
      assert.throws(
        () => loadSchemas(dir, 'x'),
        (e: unknown) => e instanceof SchemaError && /ThingRequest\.json/.test(e.message) && message.test(e.message),
      );
    });
  }
  test('required naming a property that does not exist', () => {
    const dir = schemaFolder({ ThingRequest: { type: 'object', properties: { a: { type: 'string' } }, required: ['b'] } });
    assert.throws(() => loadSchemas(dir, 'x'), SchemaError);
  });
  test('a message that is not an object', () => {
    const dir = schemaFolder({ ThingRequest: { type: 'string' } });
    assert.throws(() => loadSchemas(dir, 'x'), /must be an object/);
  });
  test('two definitions of one name that differ', () => {
    const dir = schemaFolder({
      ThingRequest: { type: 'object', properties: { e: { $ref: '#/definitions/XEnumType' } }, definitions: { XEnumType: { type: 'string', enum: ['A'] } } },
      ThingResponse: { type: 'object', properties: { e: { $ref: '#/definitions/XEnumType' } }, definitions: { XEnumType: { type: 'string', enum: ['B'] } } },
    });
    assert.throws(() => loadSchemas(dir, 'x'), /XEnumType differs/);
  });
  test('a response without a request', () => {
    const dir = schemaFolder({ ThingResponse: { type: 'object', properties: {} } });
    assert.throws(() => loadSchemas(dir, 'x'), /without a request/);
  });
  test('an empty folder', () => {
    assert.throws(() => loadSchemas(freshDir('empty'), 'x'), /no \.json schema files/);
  });
});

describe('no schema prose in generated files', () => {
  test('descriptions of a small schema set are absent from every generated file', () => {
    const files = compileSchemas(schemaFolder(tinySchemas), '9.9');
    for (const [name, text] of files) {
      for (const sentence of PROSE) {
        assert.ok(!text.includes(sentence), `${name} carries a description`);
        assert.ok(!text.includes(sentence.split(' ').slice(0, 3).join(' ')), `${name} carries part of a description`);
      }
      assert.ok(!text.includes('a comment'));
    }
    // The names and constraints are there.
    assert.match(files.get('types.ts')! + files.get('enums.ts')! + files.get('messages.ts')!, /ColourEnumType/);
  });

  for (const { name, folder } of versions) {
    test(`no description of the official ${name} schemas appears in src/${folder}/generated`, (t) => {
      const dir = officialSchemaDir(folder);
      if (!dir) return t.skip(SKIP_REASON);
      const descriptions = new Set<string>();
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (typeof v === 'object' && v !== null) {
          for (const [k, x] of Object.entries(v)) {
            if ((k === 'description' || k === 'comment') && typeof x === 'string') descriptions.add(x);
            else walk(x);
          }
        }
      };
      for (const schema of readSchemas(dir).values()) walk(schema);
      // Sentences, not single words that are also names.
      const sentences = [...descriptions].map((d) => d.trim()).filter((d) => d.split(/\s+/).length >= 4);
      if (name !== '1.6') assert.ok(sentences.length > 300, `${sentences.length} sentences`);
      const generatedDir = join(repoRoot(), 'src', folder, 'generated');
      for (const f of readdirSync(generatedDir)) {
        const text = readFileSync(join(generatedDir, f), 'utf8');
        for (const s of sentences) {
          // The first line (or 60 characters) of each description.
          const probe = s.split('\n')[0]!.slice(0, 60);
          assert.ok(!text.includes(probe), `${f} carries the description ${JSON.stringify(probe)}`);
        }
      }
    });
  }
});

describe('other versions and models', () => {
  test('the 1.6 schemas load: 78 files, 39 actions, inline types named by the table', (t) => {
    const dir = officialSchemaDir('v16');
    if (!dir) return t.skip(SKIP_REASON);
    const m = loadSchemas(dir, '1.6', { inlineNames: inlineTypeNames });
    assert.equal(Object.keys(m.messages).length, 78);
    assert.equal(Object.keys(m.actions).length, 39);
    assert.deepEqual(m, model16, 'the committed model is what the table gives');
  });

  test('the 2.1 schemas load: 181 files, NotifyPeriodicEventStream has no response', (t) => {
    const dir = officialSchemaDir('v21');
    if (!dir) return t.skip(SKIP_REASON);
    const m = loadSchemas(dir, '2.1');
    assert.equal(Object.keys(m.messages).length, 181);
    assert.equal(m.actions['NotifyPeriodicEventStream']?.response, undefined);
    assert.equal(m.actions['NotifyPeriodicEventStream']?.request, 'NotifyPeriodicEventStreamRequest');
  });

  test('1.6 validators: multipleOf 0.1 (21.4, 0.3 and 6.3 pass), uri and date-time', () => {
    const profile = (limit: unknown, minChargingRate: unknown = 6.3): unknown => ({
      connectorId: 1,
      csChargingProfiles: {
        chargingProfileId: 1,
        stackLevel: 0,
        chargingProfilePurpose: 'TxDefaultProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit }], minChargingRate },
      },
    });
    const issues16 = (action: string, payload: unknown): string[][] => {
      const r = validate16(action, 'request', payload);
      return r?.ok ? [] : (r?.errors ?? []).map((e) => [e.code, e.pointer]);
    };
    const at = '/csChargingProfiles/chargingSchedule/chargingSchedulePeriod/0/limit';
    for (const ok of [0, 0.1, 0.3, 6.3, 6.6, 16, 21.4, 32.1, 1e6, -0.7]) assert.deepEqual(issues16('SetChargingProfile', profile(ok)), [], `limit ${ok}`);
    for (const bad of [0.35, 0.01, 16.05, 21.45, 0.1 + 0.2]) assert.deepEqual(issues16('SetChargingProfile', profile(bad)), [['PropertyConstraintViolation', at]], `limit ${bad}`);
    assert.deepEqual(issues16('SetChargingProfile', profile('16')), [['TypeConstraintViolation', at]]);
    assert.deepEqual(issues16('SetChargingProfile', profile(16, 0.3)), []);
    assert.deepEqual(issues16('SetChargingProfile', profile(16, 0.33)), [['PropertyConstraintViolation', '/csChargingProfiles/chargingSchedule/minChargingRate']]);

    const fw = (location: unknown, retrieveDate: unknown = '2024-01-01T00:00:00Z'): unknown => ({ location, retrieveDate });
    for (const ok of ['https://example.com/fw.bin', 'ftp://user@host:21/a?b=c#d', 'urn:isbn:0451450523', 'sftp://h/x']) {
      assert.deepEqual(issues16('UpdateFirmware', fw(ok)), [], ok);
    }
    for (const bad of ['example.com/fw.bin', '', 'http://exa mple.com', '1http://x', ':nothing', 'http://x/<y>', 'http://x/%zz']) {
      assert.deepEqual(issues16('UpdateFirmware', fw(bad)), [['PropertyConstraintViolation', '/location']], bad);
    }
    assert.deepEqual(issues16('UpdateFirmware', fw('https://x', '2024-01-01')), [['PropertyConstraintViolation', '/retrieveDate']]);
    assert.deepEqual(issues16('UpdateFirmware', fw(1)), [['TypeConstraintViolation', '/location']]);
  });

  test('1.6: the unit of measure holds both Celcius (the schemas\' spelling) and Celsius (the spec\'s)', () => {
    assert.ok(model16.enums['UnitOfMeasure']!.includes('Celcius'));
    assert.ok(model16.enums['UnitOfMeasure']!.includes('Celsius'));
    assert.ok(model16.enums['StopTransactionUnitOfMeasure']!.includes('Celcius'));
    assert.ok(model16.enums['StopTransactionUnitOfMeasure']!.includes('Celsius'));
    const meter = (unit: string): unknown => ({ connectorId: 1, meterValue: [{ timestamp: '2024-01-01T00:00:00Z', sampledValue: [{ value: '20', unit }] }] });
    assert.equal(validate16('MeterValues', 'request', meter('Celcius'))?.ok, true);
    assert.equal(validate16('MeterValues', 'request', meter('Celsius'))?.ok, true);
    assert.equal(validate16('MeterValues', 'request', meter('celsius'))?.ok, false);
  });

  test('a small model, compiled: minLength and maxLength count code points; multipleOf; uri; open types', async () => {
    const m: ModelDescription = {
      version: 'test',
      enums: { KindEnumType: ['A', 'B'] },
      types: {
        ExtraType: { properties: { id: { type: 'string', maxLength: 3 } }, required: [], open: true },
        InnerType: { properties: { extra: { type: 'object', ref: 'ExtraType' }, kind: { type: 'enum', enum: 'KindEnumType' } }, required: ['kind'], open: false },
      },
      messages: {
        ProbeRequest: {
          properties: {
            code: { type: 'string', minLength: 2, maxLength: 4 },
            step: { type: 'number', multipleOf: 0.1, minimum: 0, maximum: 10 },
            count: { type: 'integer', multipleOf: 5 },
            link: { type: 'string', format: 'uri' },
            inner: { type: 'array', items: { type: 'object', ref: 'InnerType' }, minItems: 1, maxItems: 2 },
            anything: { type: 'any' },
          },
          required: ['code'],
          open: false,
        },
        ProbeResponse: { properties: {}, required: [], open: false },
      },
      actions: { Probe: { request: 'ProbeRequest', response: 'ProbeResponse' } },
    };
    const { requestValidators, responseValidators } = await compileValidators(m);
    const probe = requestValidators.get('Probe')!;
    const PCV = 'PropertyConstraintViolation';
    // One astral code point is two UTF-16 units: 'x\u{1F50C}' is 3 units, 2 code points.
    assert.deepEqual(issues(probe, { code: 'ab' }), []);
    assert.deepEqual(issues(probe, { code: '\u{1F50C}\u{1F50C}' }), []);
    assert.deepEqual(issues(probe, { code: 'a' }), [[PCV, '/code']]);
    assert.deepEqual(issues(probe, { code: '\u{1F50C}' }), [[PCV, '/code']], 'one code point in two units is below minLength 2');
    assert.deepEqual(issues(probe, { code: '\u{1F50C}'.repeat(4) }), [], '4 code points in 8 units fit maxLength 4');
    assert.deepEqual(issues(probe, { code: '\u{1F50C}'.repeat(5) }), [[PCV, '/code']]);
    assert.deepEqual(issues(probe, { code: 'abcde' }), [[PCV, '/code']]);
    assert.deepEqual(issues(probe, { code: 'ab', step: 0.3 }), []);
    assert.deepEqual(issues(probe, { code: 'ab', step: 6.3 }), [], 'the decimal 6.3 is a multiple of 0.1');
    assert.deepEqual(issues(probe, { code: 'ab', step: 0.7 + 0.1 }), [[PCV, '/step']], '0.7999999999999999, as the wire writes it, is not');
    assert.deepEqual(issues(probe, { code: 'ab', step: 0.25 }), [[PCV, '/step']]);
    assert.deepEqual(issues(probe, { code: 'ab', step: 10.1 }), [[PCV, '/step']]);
    assert.deepEqual(issues(probe, { code: 'ab', count: 15 }), []);
    assert.deepEqual(issues(probe, { code: 'ab', count: 12 }), [[PCV, '/count']]);
    assert.deepEqual(issues(probe, { code: 'ab', link: 'mailto:a@b.c' }), []);
    assert.deepEqual(issues(probe, { code: 'ab', link: 'no scheme' }), [[PCV, '/link']]);
    assert.deepEqual(issues(probe, { code: 'ab', anything: null }), [], 'an untyped field takes anything, null included');
    assert.deepEqual(issues(probe, { code: 'ab', inner: [] }), [['OccurrenceConstraintViolation', '/inner']]);
    assert.deepEqual(issues(probe, { code: 'ab', inner: [{ kind: 'A' }, { kind: 'B' }, { kind: 'A' }] }), [['OccurrenceConstraintViolation', '/inner']]);
    assert.deepEqual(issues(probe, { code: 'ab', inner: [{ kind: 'A', extra: { id: 'abc', more: [1] } }] }), [], 'open type');
    assert.deepEqual(issues(probe, { code: 'ab', inner: [{ kind: 'A' }, { kind: 'C', extra: { id: 'abcd' } }] }), [
      [PCV, '/inner/1/extra/id'],
      [PCV, '/inner/1/kind'],
    ]);
    assert.deepEqual(issues(probe, { code: 'ab', inner: [{ kind: 'A', extra: [] }] }), [['TypeConstraintViolation', '/inner/0/extra']]);
    assert.deepEqual(issues(responseValidators.get('Probe')!, { x: 1 }), [['FormatViolation', '/x']]);
  });
});

describe('1.6: inline types carry the names of section 7', () => {
  test('every name the table gives is a section 7 name or a declared variant of one', () => {
    for (const [loc, name] of Object.entries(inlineTypeNames)) {
      assert.ok(name in specSections || name in variants, `${loc}: ${name} is no spec name`);
    }
    for (const [name, v] of Object.entries(variants)) {
      assert.ok(v.of in specSections, `${name} is a variant of ${v.of}`);
      assert.ok(name.endsWith(v.of), `${name} keeps the spec name ${v.of}`);
    }
  });

  test('each variant has a shape of its own: it could not share its spec name', () => {
    for (const [name, v] of Object.entries(variants)) {
      const mine = model16.enums[name] ?? model16.types[name];
      const base = model16.enums[v.of] ?? model16.types[v.of];
      assert.ok(mine && base, name);
      assert.notDeepEqual(mine, base, `${name} is the same as ${v.of}`);
    }
  });

  test('every enum and data type of the 1.6 model is named by the table or by a whitepaper definition', (t) => {
    const named = new Set<string>(Object.values(inlineTypeNames));
    const dir = officialSchemaDir('v16');
    if (!dir) return t.skip(SKIP_REASON);
    const definitions = new Set<string>();
    for (const schema of readSchemas(dir).values()) for (const d of Object.keys((schema['definitions'] ?? {}) as object)) definitions.add(d);
    for (const name of [...Object.keys(model16.enums), ...Object.keys(model16.types)]) {
      assert.ok(named.has(name) || definitions.has(name), `${name} has no spec name`);
    }
  });

  test('the section numbers are those of OCPP 1.6 edition 2, and the whitepaper defines its names', (t) => {
    const specDir = join(repoRoot(), '..', 'shared', 'spec', 'ocpp-1.6');
    let spec: string;
    let whitepaper: string;
    try {
      spec = readFileSync(join(specDir, 'ocpp-1.6_edition_2.txt'), 'utf8');
      whitepaper = readFileSync(join(specDir, 'ocpp-1.6-security-whitepaper-edition-2.txt'), 'utf8');
    } catch {
      return t.skip('the 1.6 spec texts are not beside the repository (../shared); skipped');
    }
    for (const [name, section] of Object.entries(specSections)) {
      // A heading may follow a form feed (a page break).
      assert.match(spec, new RegExp(`^\\f?${section.replace('.', '\\.')}\\. ${name}\\s*$`, 'm'), `${section}. ${name}`);
    }
    const whitepaperNames = Object.keys(model16.enums).concat(Object.keys(model16.types)).filter((n) => !(n in specSections) && !(n in variants));
    assert.ok(whitepaperNames.length >= 15, whitepaperNames.join(' '));
    // The whitepaper calls this one CertificateStatusEnumType (6.3); its schema, like 2.0.1's, names the definition so.
    const renamedBySchema = new Set(['InstallCertificateStatusEnumType']);
    for (const name of whitepaperNames.filter((n) => !renamedBySchema.has(n))) assert.match(whitepaper, new RegExp(`^\\f?\\d+\\.\\d+\\. ${name}\\s*$`, 'm'), name);
  });

  test('the loader refuses an unnamed inline type, a stale entry, and members named two ways', () => {
    const dir = schemaFolder({
      ThingRequest: { type: 'object', properties: { a: { type: 'object', properties: { s: { type: 'string', enum: ['X'] } } }, b: { type: 'object', properties: { s: { type: 'string', enum: ['X'] } } } } },
    });
    const names = { 'ThingRequest/a': 'Inner', 'ThingRequest/a/s': 'Kind', 'ThingRequest/b': 'Inner', 'ThingRequest/b/s': 'Kind' };
    const m = loadSchemas(dir, 'x', { inlineNames: names });
    assert.deepEqual(Object.keys(m.types), ['Inner']);
    assert.deepEqual(Object.keys(m.enums), ['Kind']);
    const { 'ThingRequest/b/s': _, ...missing } = names;
    void _;
    assert.throws(() => loadSchemas(dir, 'x', { inlineNames: missing }), /no name for the inline type at ThingRequest\/b\/s/);
    assert.throws(() => loadSchemas(dir, 'x', { inlineNames: { ...names, 'ThingRequest/c': 'Other' } }), /names no inline type at ThingRequest\/c/);
    assert.throws(() => loadSchemas(dir, 'x', { inlineNames: { ...names, 'ThingRequest/b/s': 'Sort' } }), /Inner has members named differently at ThingRequest\/b/);
  });

  test('a property called id or title is part of a definition\'s identity', () => {
    const dir = schemaFolder({
      ThingRequest: { type: 'object', properties: { e: { $ref: '#/definitions/XType' } }, definitions: { XType: { type: 'object', properties: { id: { type: 'string' } } } } },
      ThingResponse: { type: 'object', properties: { e: { $ref: '#/definitions/XType' } }, definitions: { XType: { type: 'object', properties: { id: { type: 'integer' } } } } },
    });
    assert.throws(() => loadSchemas(dir, 'x'), /XType differs/);
  });
});
