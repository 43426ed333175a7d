/**
 * Every public export has a doc comment: each name exported by an entry point
 * of package.json "exports", and each public member of the classes and
 * interfaces among them (options and events are where users look). The
 * API reference (`npm run docs`) is generated from these comments.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { undocumentedExports } from '../support/doc-check.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The source file behind each entry point: "types": "./dist/src/x.d.ts" is src/x.ts. */
export function entrySources(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { types?: string }> };
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value !== 'object' || value.types === undefined) continue;
    out.set(key, join(root, value.types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '.ts')));
  }
  return out;
}

export function undocumented(): string[] {
  return undocumentedExports(entrySources(), root);
}

test('every public export of every entry point, and every public member of its classes and interfaces, has a doc comment', () => {
  const missing = undocumented();
  assert.deepEqual(missing, [], `${missing.length} without a doc comment:\n${missing.join('\n')}`);
});
