/**
 * The facade sits above the transport: it imports the neutral model, the
 * transport, the roles, the RPC layer, the schema layer and the versions'
 * generated types, never the command line; nothing below it imports it.
 * No hand-written facade file is over 400 lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(fileURLToPath(new URL('../../../', import.meta.url)), 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

function importedFolders(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => relative(src, resolve(dirname(file), m[1]!)).split(/[\\/]/)[0]!);
}

test('src/facade imports only the layers below it', () => {
  const allowed = new Set(['facade', 'neutral', 'transport', 'roles', 'rpc', 'schema', 'v16', 'v201', 'v21']);
  const bad = files(join(src, 'facade')).flatMap((f) => importedFolders(f).filter((d) => !allowed.has(d)).map((d) => `${relative(src, f)} -> ${d}`));
  assert.deepEqual(bad, []);
});

test('nothing below the facade imports it', () => {
  const below = ['schema', 'v16', 'v201', 'v21', 'smart-charging', 'neutral', 'rpc', 'roles', 'transport', 'durable', 'sqlite'];
  const bad = below.flatMap((b) => files(join(src, b)).filter((f) => importedFolders(f).includes('facade')).map((f) => relative(src, f)));
  assert.deepEqual(bad, []);
});

test('no facade file is over 400 lines', () => {
  const long = files(join(src, 'facade'))
    .map((f) => [relative(src, f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 400);
  assert.deepEqual(long, []);
});
