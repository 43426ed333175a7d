/**
 * Nothing below the version folders names a version: the RPC layer, the
 * roles and the transport are built with a version descriptor and import
 * no version folder (the transport's default, every version, comes from
 * src/versions.ts, which only gathers the descriptors). Each version folder
 * stands on the schema layer alone. No hand-written file of these layers is
 * over 400 lines.
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

/** What a file imports, as paths relative to src ('v16/index.ts', 'versions.ts'). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) => relative(src, resolve(dirname(file), m[1]!)).replace(/\.js$/, '.ts'));
}

const versionFolders = ['v16', 'v201', 'v21'];
const folderOf = (path: string): string => path.split(/[\\/]/)[0]!;

test('rpc, roles and transport import no version folder; only the transport takes the list of every version', () => {
  const bad: string[] = [];
  for (const layer of ['rpc', 'roles', 'transport']) {
    for (const file of files(join(src, layer))) {
      for (const target of imports(file)) {
        if (versionFolders.includes(folderOf(target))) bad.push(`${relative(src, file)} -> ${target}`);
        if (target === 'versions.ts' && layer !== 'transport') bad.push(`${relative(src, file)} -> ${target}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('each version folder imports only the schema layer and itself', () => {
  const bad: string[] = [];
  for (const folder of versionFolders) {
    for (const file of files(join(src, folder))) {
      for (const target of imports(file)) {
        const to = folderOf(target);
        if (to !== 'schema' && to !== folder) bad.push(`${relative(src, file)} -> ${target}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('no hand-written file of schema, the versions, rpc, roles or transport is over 400 lines', () => {
  const long = ['schema', ...versionFolders, 'rpc', 'roles', 'transport']
    .flatMap((layer) => files(join(src, layer)))
    .filter((f) => !f.includes(`${join('', 'generated')}`))
    .map((f) => [relative(src, f), readFileSync(f, 'utf8').split('\n').length] as const)
    .filter(([, n]) => n > 400);
  assert.deepEqual(long, []);
});
