/**
 * The README's TypeScript examples compile against the built package, through
 * its public entry points (`ocpp-model`, `ocpp-model/transport`), exactly as a
 * user would import them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** Free names the examples use without defining them. */
const PRELUDE = 'export {};\ndeclare const text: string;\n';

function diagnostics(sources: readonly string[]): string[] {
  // Inside the package, so `ocpp-model` resolves to itself through package.json exports.
  const dir = join(root, 'dist', 'readme-check');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = sources.map((source, i) => {
    const file = join(dir, `example-${i}.ts`);
    writeFileSync(file, PRELUDE + source);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: ['node'],
    skipLibCheck: true,
  });
  const found = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start).line - 1}: ` : '';
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
  });
  rmSync(dir, { recursive: true, force: true });
  return found;
}

test('the README has TypeScript examples', () => {
  assert.ok(snippets.length >= 3, `found ${snippets.length}`);
});

test('every TypeScript example in the README compiles (strict) against the public entry points', () => {
  assert.deepEqual(diagnostics(snippets), []);
});

test('as the README says, a call in the wrong direction does not compile, nor a SEND outside 2.1', () => {
  const behaviours = snippets.find((s) => s.includes('new ChargingStation(v201)'));
  assert.ok(behaviours, 'the behaviours example');
  const wrong = diagnostics([`${behaviours}\nawait station.call('Reset', { type: 'Immediate' });\n`]);
  assert.equal(wrong.length, 1, wrong.join('\n'));
  assert.match(wrong[0]!, /Reset/);
  const send = diagnostics([`${behaviours}\nstation.send('NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: '', data: [] });\n`]);
  assert.equal(send.length, 1, send.join('\n'));
});
