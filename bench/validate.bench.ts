/**
 * Validation throughput and cold start, for OCPP 1.6, 2.0.1 and 2.1, against
 * ajv (+ ajv-formats; draft-04 through ajv-draft-04 for most of 1.6, draft-06
 * for the rest) compiled from the official schemas beside the repository, in
 * the same run. A third contender is our own generator with every data type
 * inlined into every message (the shape before one function per type): the
 * committed code keeps shared functions unless inlining pays.
 *
 * Corpus per version: every message, VALID_PER_MESSAGE realistic payloads
 * each (generated from the model with a fixed seed; strings capped at
 * STRING_CAP code points, since ajv counts the code points of every string
 * and boundary-length strings would flatter us; customData in a few), and as
 * many invalid ones (one random single defect each). Verdicts must be
 * identical: the exit code is non-zero on any disagreement. All stop at the
 * first error (ajv's default; maxErrors 1 here). Extra rows, with no goal:
 * customData in half the objects (2.x), and every error listed.
 *
 * Each version warms up for WARM_UP_MS before timing: with hundreds of
 * validators each sees a small share of the calls, and the JIT takes seconds
 * to settle. Rounds then alternate between contenders; the best round of each
 * counts.
 *
 * Goals (issue 2): at least 2x ajv on valid payloads, at least 1x on invalid
 * ones; cold start (import the package, validate one BootNotification in a
 * fresh process) under 30 ms. Also printed: the size of each version's
 * generated JavaScript, shared and inlined.
 *
 * Time to speed: the throughputs above are reached after warm-up. A fresh
 * process (the corpus built, ajv's schemas compiled, nothing run yet)
 * validates the version's valid and invalid payloads, alternating, for one
 * second; its payloads per SLICE_MS slice are reported for ours and for ajv,
 * each in processes of their own (median of FIRST_SECOND_RUNS).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import ts from 'typescript';
import { emitValidators } from '../src/schema/compiler/emit-validators.js';
import type { ModelDescription } from '../src/schema/model.js';
import type { MessageKind, ValidateOptions, ValidationResult } from '../src/schema/result.js';
import type { GeneratedValidator } from '../src/schema/runtime.js';
import { versionValidation } from '../src/schema/validation.js';
import { messageArbitrary, messageList } from '../test/support/arbitraries.js';
import { mutationsOf, type Mutation, type MutationKind } from '../test/support/mutations.js';
import { compileWithAjv, officialSchemaDir, readSchemas } from '../test/support/official-schemas.js';
import { versions, type VersionUnderTest } from '../test/support/versions.js';

const SEED = 20200331;
const VALID_PER_MESSAGE = 20;
const STRING_CAP = 24;
/** Share of valid payloads that carry customData (every optional customData present half the time). */
const CUSTOM_DATA_SHARE = 0.1;
const ROUND_MS = 300;
const WARM_UP_MS = 5000;
const ROUNDS = 7;
const COLD_RUNS = 15;
const FIRST_SECOND_RUNS = 5;
const SLICE_MS = 250;

interface Entry {
  readonly action: string;
  readonly kind: 'request' | 'response';
  readonly message: string;
  readonly payload: unknown;
}

interface Corpus {
  readonly valid: Entry[];
  readonly invalid: Entry[];
  /** The arbitraries' default: every optional customData present half the time. */
  readonly customData: Entry[];
}

/** Payloads as a validator meets them: fresh out of JSON.parse, as off the wire. */
const wire = (payload: unknown): unknown => JSON.parse(JSON.stringify(payload)) as unknown;

function buildCorpus(model: ModelDescription): Corpus {
  const valid: Entry[] = [];
  const invalid: Entry[] = [];
  const customData: Entry[] = [];
  const picks = fc.sample(fc.tuple(fc.nat(), fc.nat()), { seed: SEED, numRuns: messageList(model).length * VALID_PER_MESSAGE });
  let n = 0;
  for (const { action, kind, message } of messageList(model)) {
    const seed = SEED + n;
    const plain = messageArbitrary(model, message, { maxStringLength: STRING_CAP, maxArrayLength: 3, leaveOut: ['customData'] });
    const custom = messageArbitrary(model, message, { maxStringLength: STRING_CAP, maxArrayLength: 3 });
    const withCustom = Math.round(VALID_PER_MESSAGE * CUSTOM_DATA_SHARE);
    const payloads = [...fc.sample(plain, { seed, numRuns: VALID_PER_MESSAGE - withCustom }), ...fc.sample(custom, { seed: seed + 1, numRuns: withCustom })];
    for (const payload of fc.sample(custom, { seed: seed + 2, numRuns: VALID_PER_MESSAGE })) customData.push({ action, kind, message, payload: wire(payload) });
    for (const payload of payloads) {
      valid.push({ action, kind, message, payload: wire(payload) });
      // A kind of defect first (uniformly among those this payload allows), then a place.
      const byKind = new Map<MutationKind, Mutation[]>();
      for (const m of mutationsOf(model, message, payload)) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
      const kinds = [...byKind.keys()];
      const [k, at] = picks[n++]!;
      const options = byKind.get(kinds[k % kinds.length]!)!;
      invalid.push({ action, kind, message, payload: wire(options[at % options.length]!.payload) });
    }
  }
  return { valid, invalid, customData };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** One timed round of about ROUND_MS: payloads per second. */
function round(corpus: readonly Entry[], run: (e: Entry) => unknown): number {
  gc?.();
  let count = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < corpus.length; i++) run(corpus[i]!);
    count += corpus.length;
    elapsed = performance.now() - start;
  } while (elapsed < ROUND_MS);
  return (count / elapsed) * 1000;
}

/**
 * Payloads per second of each contender: rounds alternate between them (so a
 * change of load on the machine hits both), best round of each.
 */
function throughput(corpus: readonly Entry[], runs: readonly ((e: Entry) => unknown)[]): number[] {
  const best = runs.map(() => 0);
  for (let r = 0; r < ROUNDS; r++) runs.forEach((run, i) => (best[i] = Math.max(best[i]!, round(corpus, run))));
  return best;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** One BootNotification request of each version. */
const BOOT: Record<VersionUnderTest['name'], string> = {
  '1.6': JSON.stringify({ chargePointVendor: 'VendorX', chargePointModel: 'SingleSocketCharger' }),
  '2.0.1': JSON.stringify({ reason: 'PowerUp', chargingStation: { model: 'SingleSocketCharger', vendorName: 'VendorX' } }),
  '2.1': JSON.stringify({ reason: 'PowerUp', chargingStation: { model: 'SingleSocketCharger', vendorName: 'VendorX' } }),
};

/**
 * Child programs: each prints {boot, work, cpu} in ms: performance.now() at
 * its first line (it counts from process start), then the wall and CPU time
 * of the work itself.
 */
function oursChild(entry: string, boot: string): string {
  return `const t0 = performance.now();
const c0 = process.cpuUsage();
const { validate } = await import(${JSON.stringify(entry)});
const r = validate('BootNotification', 'request', ${boot});
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
if (!r || !r.ok) process.exit(3);
console.log(JSON.stringify({ boot: t0, work: t1 - t0, cpu: (c1.user + c1.system) / 1000 }));`;
}

function ajvChild(supportUrl: string, schemaDir: string, count: number, boot: string): string {
  return `const t0 = performance.now();
const c0 = process.cpuUsage();
const { compileWithAjv, readSchemas } = await import(${JSON.stringify(supportUrl)});
const fns = compileWithAjv(readSchemas(${JSON.stringify(schemaDir)}), { multipleOfPrecision: 6 });
const ok = fns.get('BootNotificationRequest')(${boot});
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
if (!ok || fns.size !== ${count}) process.exit(3);
console.log(JSON.stringify({ boot: t0, work: t1 - t0, cpu: (c1.user + c1.system) / 1000 }));`;
}

interface Cold {
  readonly boot: number;
  readonly work: number;
  readonly cpu: number;
  readonly wall: number;
}

function coldStart(source: string): Cold {
  const runs: Cold[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) throw new Error(`cold start child failed (${run.status}): ${run.stderr}`);
    runs.push({ ...(JSON.parse(run.stdout) as Omit<Cold, 'wall'>), wall });
  }
  const med = (k: keyof Cold): number => median(runs.map((r) => r[k]));
  return { boot: med('boot'), work: med('work'), cpu: med('cpu'), wall: med('wall') };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => n.toFixed(1);

function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
}

type Validate = (action: string, kind: MessageKind, payload: unknown, options?: ValidateOptions) => ValidationResult<unknown> | undefined;

/** Where the inlined validators are written; made by main(), never by a time-to-speed child. */
let temp = '';

/** The same model's validators with every data type inlined, compiled now; and the JavaScript's size. */
async function inlinedValidation(model: ModelDescription): Promise<{ validate: Validate; bytes: number }> {
  const runtime = new URL('../src/schema/runtime.js', import.meta.url).href;
  const source = emitValidators(model, { inline: true }).replace("'../../schema/runtime.js'", JSON.stringify(runtime));
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const file = join(temp, `inline-${model.version}.mjs`);
  writeFileSync(file, js);
  const mod = (await import(pathToFileURL(file).href)) as {
    requestValidators: ReadonlyMap<string, GeneratedValidator>;
    responseValidators: ReadonlyMap<string, GeneratedValidator>;
  };
  const v = versionValidation<Record<string, unknown>, Record<string, unknown>>(mod.requestValidators, mod.responseValidators);
  return { validate: v.validate as Validate, bytes: Buffer.byteLength(js) };
}

/** Bytes of the compiled JavaScript in dist/src/<folder>/generated (validators alone, and all). */
function generatedSize(folder: string): { validators: number; all: number } {
  const dir = fileURLToPath(new URL(`../src/${folder}/generated/`, import.meta.url));
  let all = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.js'))) all += statSync(join(dir, f)).size;
  return { validators: statSync(join(dir, 'validators.js')).size, all };
}

const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;

/**
 * In a child process (argv: --first-second ours|ajv FOLDER): build the
 * version's corpus and validators, then validate for one second from cold
 * and print the payloads validated in each SLICE_MS slice as JSON.
 */
function firstSecond(who: 'ours' | 'ajv', version: VersionUnderTest): void {
  const { valid, invalid } = buildCorpus(version.model);
  const corpus: Entry[] = [];
  for (let i = 0; i < valid.length; i++) corpus.push(valid[i]!, invalid[i]!);
  let run: (e: Entry) => unknown;
  if (who === 'ours') {
    const validate = version.validate as Validate;
    run = (e) => validate(e.action, e.kind, e.payload, { maxErrors: 1 });
  } else {
    const dir = officialSchemaDir(version.folder);
    if (dir === undefined) throw new Error('official schemas not found');
    const byMessage = compileWithAjv(readSchemas(dir), { multipleOfPrecision: 6 });
    run = (e) => byMessage.get(e.message)!(e.payload);
  }
  const slices: number[] = [];
  const start = performance.now();
  let count = 0;
  let sliceEnd = start + SLICE_MS;
  let i = 0;
  for (;;) {
    run(corpus[i]!);
    count++;
    if (++i === corpus.length) i = 0;
    if ((count & 63) === 0) {
      const now = performance.now();
      if (now >= sliceEnd) {
        slices.push(count);
        count = 0;
        if (slices.length * SLICE_MS >= 1000) break;
        sliceEnd += SLICE_MS;
      }
    }
  }
  console.log(JSON.stringify(slices));
}

function timeToSpeed(version: VersionUnderTest): { ours: number[]; ajv: number[] } {
  const self = fileURLToPath(import.meta.url);
  const runs = { ours: [] as number[][], ajv: [] as number[][] };
  for (let r = 0; r < FIRST_SECOND_RUNS; r++) {
    for (const who of ['ours', 'ajv'] as const) {
      const child = spawnSync(process.execPath, [self, '--first-second', who, version.folder], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`time-to-speed child (${who}, ${version.folder}) failed: ${child.stderr}`);
      runs[who].push(JSON.parse(child.stdout) as number[]);
    }
  }
  const perSlice = (xs: number[][]): number[] => xs[0]!.map((_, k) => median(xs.map((x) => x[k]!)));
  return { ours: perSlice(runs.ours), ajv: perSlice(runs.ajv) };
}

async function benchVersion(version: VersionUnderTest): Promise<number> {
  const { model } = version;
  const validate = version.validate as Validate;
  const schemaDir = officialSchemaDir(version.folder);
  const { valid, invalid, customData } = buildCorpus(model);
  const hasCustomData = model.types['CustomDataType'] !== undefined;
  console.log(`\n### OCPP ${version.name}\n`);
  console.log(
    `corpus: ${messageList(model).length} messages x ${VALID_PER_MESSAGE}: ${valid.length} valid payloads ` +
      `(strings <= ${STRING_CAP} code points${hasCustomData ? `, customData in ${CUSTOM_DATA_SHARE * 100}%` : ''}), ` +
      `${invalid.length} invalid (one defect each, its kind drawn uniformly), seed ${SEED}`,
  );
  const inlined = await inlinedValidation(model);
  const size = generatedSize(version.folder);

  // Like for like: ajv's default stops at the first error, so does ours with
  // maxErrors 1 (what an RPC layer needs for the CALLERROR code).
  const FIRST = { maxErrors: 1 } as const;
  const ours = (e: Entry): unknown => validate(e.action, e.kind, e.payload, FIRST);
  const oursInline = (e: Entry): unknown => inlined.validate(e.action, e.kind, e.payload, FIRST);
  const oursAll = (e: Entry): unknown => validate(e.action, e.kind, e.payload);
  let status = 0;
  let ajvRun: ((e: Entry) => unknown) | undefined;
  let ajvAllErrors: ((e: Entry) => unknown) | undefined;
  if (schemaDir) {
    const schemas = readSchemas(schemaDir);
    const byMessage = compileWithAjv(schemas, { multipleOfPrecision: 6 });
    ajvRun = (e: Entry): unknown => byMessage.get(e.message)!(e.payload);
    // Like for like on invalid payloads: every error, as ocpp-model reports them.
    const all = compileWithAjv(schemas, { allErrors: true, multipleOfPrecision: 6 });
    ajvAllErrors = (e: Entry): unknown => all.get(e.message)!(e.payload);
    // Verdicts first: a fast wrong answer is worth nothing.
    let disagreements = 0;
    let compared = 0;
    for (const [name, corpus, expected] of [['valid', valid, true], ['invalid', invalid, false], ['customData', customData, true]] as const) {
      for (const e of corpus) {
        compared++;
        const a = validate(e.action, e.kind, e.payload)?.ok;
        const b = byMessage.get(e.message)!(e.payload);
        const c = inlined.validate(e.action, e.kind, e.payload)?.ok;
        if (a !== b || a !== expected || c !== a) {
          if (disagreements++ < 5) console.log(`  disagreement (${name}) ${e.message}: ours ${a}, inlined ${c}, ajv ${b}: ${JSON.stringify(e.payload).slice(0, 200)}`);
        }
      }
    }
    console.log(`verdicts: ${compared} payloads compared with ajv and the inlined validators, ${disagreements} disagreement(s)`);
    if (disagreements > 0) status = 1;
  } else {
    console.log('official schemas not found beside the repository (../shared): the comparison with ajv is skipped');
  }

  const everything = [...valid, ...invalid, ...customData];
  const warmUntil = performance.now() + WARM_UP_MS;
  while (performance.now() < warmUntil) for (const e of everything) (ours(e), oursInline(e), oursAll(e), ajvRun?.(e), ajvAllErrors?.(e));

  const rows: string[][] = [['throughput, payloads/s', 'shared fns', 'inlined', 'ajv', 'shared/ajv', 'goal', '', 'shared/inlined']];
  const corpora: [string, Entry[], number | undefined][] = [
    ['valid', valid, 2],
    ['invalid (one defect each)', invalid, 1],
  ];
  if (hasCustomData) corpora.push(['valid, customData in half the objects', customData, undefined]);
  for (const [name, corpus, goal] of corpora) {
    const [a, c, b = NaN] = throughput(corpus, ajvRun ? [ours, oursInline, ajvRun] : [ours, oursInline]) as [number, number, number?];
    const ratio = a / b;
    const verdict = goal === undefined || !ajvRun ? '' : ratio >= goal ? 'met' : 'MISSED';
    rows.push([name, fmt(a), fmt(c), ajvRun ? fmt(b) : '-', ajvRun ? `${ratio.toFixed(2)}x` : '-', goal ? `>= ${goal}x` : '', verdict, `${(a / c).toFixed(2)}x`]);
  }
  if (ajvAllErrors) {
    const [a, b] = throughput(invalid, [oursAll, ajvAllErrors]) as [number, number];
    rows.push(['invalid, every error listed', fmt(a), '-', fmt(b), `${(a / b).toFixed(2)}x`, '', '', '']);
  }
  console.log('');
  printTable(rows);
  console.log('');
  console.log(`generated JavaScript: validators.js ${kb(size.validators)} (all of generated/ ${kb(size.all)}); inlined validators would be ${kb(inlined.bytes)}`);

  const entry = coldStart(oursChild(new URL(`../src/${version.folder}/index.js`, import.meta.url).href, BOOT[version.name]));
  let ajv: Cold | undefined;
  if (schemaDir) {
    const supportUrl = new URL('../test/support/official-schemas.js', import.meta.url).href;
    ajv = coldStart(ajvChild(supportUrl, schemaDir, messageList(model).length, BOOT[version.name]));
  }
  const cell = (c: Cold | undefined, f: (c: Cold) => number): string => (c ? ms(f(c)) : '-');
  const line = (name: string, f: (c: Cold) => number, goal = ''): string[] => [name, cell(entry, f), cell(ajv, f), goal];
  console.log('');
  printTable([
    [`cold start, ms (median of ${COLD_RUNS} processes)`, `ocpp-model/${version.folder}`, 'ajv', 'goal'],
    line('node start to first line', (c) => c.boot),
    line('import + first validation', (c) => c.work, entry.work < 30 ? '< 30 met' : '< 30 MISSED'),
    line('  of which CPU', (c) => c.cpu),
    line('process start to done', (c) => c.boot + c.work),
    line('spawn to exit (wall)', (c) => c.wall),
  ]);
  if (schemaDir) {
    const first = timeToSpeed(version);
    const perSecond = (n: number): number => (n * 1000) / SLICE_MS;
    const rowsFirst: string[][] = [[`time to speed: payloads/s in each ${SLICE_MS} ms of a fresh process (median of ${FIRST_SECOND_RUNS})`, 'ocpp-model', 'ajv', 'ratio']];
    first.ours.forEach((n, k) => {
      const a = first.ajv[k]!;
      rowsFirst.push([`  ${k * SLICE_MS}-${(k + 1) * SLICE_MS} ms`, fmt(perSecond(n)), fmt(perSecond(a)), `${(n / a).toFixed(2)}x`]);
    });
    const sum = (xs: number[]): number => xs.reduce((x, y) => x + y, 0);
    rowsFirst.push(['  whole first second', fmt(sum(first.ours)), fmt(sum(first.ajv)), `${(sum(first.ours) / sum(first.ajv)).toFixed(2)}x`]);
    console.log('');
    printTable(rowsFirst);
  }
  return status;
}

async function main(): Promise<number> {
  temp = mkdtempSync(join(tmpdir(), 'ocpp-model-bench-'));
  let status = 0;
  for (const version of versions) status = Math.max(status, await benchVersion(version));
  const root = coldStart(oursChild(new URL('../src/index.js', import.meta.url).href, BOOT['2.0.1']));
  console.log('');
  console.log(`cold start of the package root (2.0.1, with RPC and roles): import + first validation ${ms(root.work)} ms (median of ${COLD_RUNS})`);
  console.log('');
  console.log('ocpp-model: validate(action, kind, payload, { maxErrors: 1 }), strict; ajv: default options; both stop at the first error.');
  console.log('shared fns: the committed generated code (one function per data type); inlined: every type written into every message.');
  console.log('every error listed: ocpp-model with the default maxErrors (100), ajv with allErrors: true.');
  console.log('cold start: import the entry and validate one BootNotification; ajv compiles all of the version\'s schemas first.');
  console.log('time to speed: a fresh process per contender and run; ajv\'s schemas are compiled before its second starts.');
  rmSync(temp, { recursive: true, force: true });
  return status;
}

const childAt = process.argv.indexOf('--first-second');
if (childAt !== -1) {
  const folder = process.argv[childAt + 2];
  const version = versions.find((v) => v.folder === folder);
  if (version === undefined) throw new Error(`--first-second: unknown version folder ${JSON.stringify(folder)}`);
  firstSecond(process.argv[childAt + 1] === 'ajv' ? 'ajv' : 'ours', version);
} else {
  process.exitCode = await main();
}
