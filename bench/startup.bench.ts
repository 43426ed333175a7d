/**
 * Start-up cost, each figure the median of fresh processes: the `ocpp`
 * command's help (the top level, and `ocpp validate --help`, which should
 * cost no more: a command's heavy modules load only when it runs), and
 * importing each entry point. Peers in the same run: a bare `node` process
 * (the floor every figure stands on) and importing ocpp-rpc.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const RUNS = 21;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall time of one process from spawn to exit, ms. */
function wall(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Time spent inside `import()` of a module in a fresh process, ms. */
function importMs(specifier: string): number {
  const source = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`import ${specifier}: ${run.stderr}`);
  return Number(run.stdout.trim());
}

/** Runs every measurement once per round, rounds interleaved so that load changes hit all alike. */
function measure(cases: readonly (readonly [string, () => number])[]): Map<string, number> {
  const samples = new Map(cases.map(([name]) => [name, [] as number[]]));
  for (let r = 0; r < RUNS; r++) for (const [name, fn] of cases) samples.get(name)!.push(fn());
  return new Map([...samples].map(([name, xs]) => [name, median(xs)]));
}

const cli = join(here, '..', 'src/cli/main.js');
const entry = (path: string): string => new URL(`../src/${path}`, import.meta.url).href;
const m = measure([
  ['node (empty program)', () => wall(['-e', ''])],
  ['ocpp --help', () => wall([cli, '--help'])],
  ['ocpp validate --help', () => wall([cli, 'validate', '--help'])],
  ['import ocpp-model', () => importMs(entry('index.js'))],
  ['import ocpp-model/transport', () => importMs(entry('transport/index.js'))],
  ['import ocpp-rpc', () => importMs('ocpp-rpc')],
]);
const f = (n: number): string => `${n.toFixed(1)} ms`.padStart(10);
const node = m.get('node (empty program)')!;
console.log(`start-up, median of ${RUNS} fresh processes each (interleaved)`);
console.log(`${'process, spawn to exit'.padEnd(34)}${'ms'.padStart(10)}  over node`);
for (const name of ['node (empty program)', 'ocpp --help', 'ocpp validate --help']) {
  console.log(`${name.padEnd(34)}${f(m.get(name)!)}  +${(m.get(name)! - node).toFixed(1)} ms`);
}
const extra = m.get('ocpp validate --help')! - m.get('ocpp --help')!;
console.log(`ocpp validate --help over ocpp --help: ${extra.toFixed(1)} ms (goal: about 0)`);
console.log('');
console.log(`${'import() in a fresh process'.padEnd(34)}${'ms'.padStart(10)}  vs ocpp-rpc`);
const rpc = m.get('import ocpp-rpc')!;
for (const name of ['import ocpp-model', 'import ocpp-model/transport', 'import ocpp-rpc']) {
  console.log(`${name.padEnd(34)}${f(m.get(name)!)}  ${(m.get(name)! / rpc).toFixed(2)}x`);
}
