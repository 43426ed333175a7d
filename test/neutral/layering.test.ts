/**
 * The neutral model sits above the version folders and below the RPC
 * layer: it imports the versions (and the schema run-time functions and smart-charging
 * shapes they share), never rpc, roles, transport or the CLI, and nothing
 * below it imports it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(fileURLToPath(new URL('../../../', import.meta.url)), 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** The src folders a file imports from (first path segment under src/). */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => relative(src, resolve(dirname(file), m[1]!)).split(/[\\/]/)[0]!);
}

test('src/neutral imports only the versions, the schema run-time, smart-charging and itself', () => {
  const allowed = new Set(['neutral', 'schema', 'v16', 'v201', 'v21', 'smart-charging']);
  const bad = files(join(src, 'neutral')).flatMap((f) => importedFolders(f).filter((d) => !allowed.has(d)).map((d) => `${relative(src, f)} -> ${d}`));
  assert.deepEqual(bad, []);
});

test('nothing below the neutral model imports it', () => {
  const below = ['schema', 'v16', 'v201', 'v21', 'smart-charging'];
  const bad = below.flatMap((b) => files(join(src, b)).filter((f) => importedFolders(f).includes('neutral')).map((f) => relative(src, f)));
  assert.deepEqual(bad, []);
});

test('no hand-written neutral file is over 400 lines', () => {
  const long = files(join(src, 'neutral'))
    .map((f) => [relative(src, f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 400);
  assert.deepEqual(long, []);
});
