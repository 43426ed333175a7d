/**
 * Every conversion rule is tested on its own and documented: its id appears
 * in the rule-by-rule tests and in docs/neutral-model.md, with nothing
 * there that the table does not hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conversionRules } from '../../src/neutral/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const ids = Object.keys(conversionRules);

test('every rule is exercised by the rule-by-rule tests', () => {
  const tests = ['lossy-16', 'lossy-2x', 'configuration'].map((f) => read(`test/neutral/${f}.test.ts`)).join('\n');
  const untested = ids.filter((id) => !new RegExp(`(refused|lossy)\\([\\s\\S]{0,400}?'${id}'`).test(tests));
  assert.deepEqual(untested, []);
});

test('docs/neutral-model.md states every rule as the code has it, and only rules that exist', () => {
  const doc = read('docs/neutral-model.md');
  const row = (id: string) => `| \`${id}\` | ${conversionRules[id as keyof typeof conversionRules].kind} | ${conversionRules[id as keyof typeof conversionRules].rule} |`;
  assert.deepEqual(ids.filter((id) => !doc.includes(row(id))), []);
  const section = doc.slice(doc.indexOf('## The rules'), doc.indexOf('## Public API'));
  const named = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]!);
  assert.equal(named.length, ids.length);
  assert.deepEqual(named.filter((id) => !ids.includes(id)), []);
});

test('each rule says what the converters do, and its kind', () => {
  for (const [id, r] of Object.entries(conversionRules)) {
    assert.ok(['unrepresentable', 'lossy', 'assumed'].includes(r.kind), id);
    assert.ok(r.rule.length > 20 && r.rule.endsWith('.'), id);
  }
});
