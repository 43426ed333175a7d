import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderMessagesDoc } from '../../scripts/messages-doc.js';

const doc = fileURLToPath(new URL('../../../docs/messages.md', import.meta.url));

test('docs/messages.md is what `npm run docs` renders from the code', () => {
  assert.equal(readFileSync(doc, 'utf8'), renderMessagesDoc(), 'docs/messages.md is out of date: run `npm run docs` and commit it');
});

test('docs/messages.md lists all 64 actions, 55 data types and 88 enumerations', () => {
  const text = renderMessagesDoc();
  assert.match(text, /^64 actions, 128 messages, 55 data types, 88 enumerations\.$/m);
  assert.equal(text.split('\n').filter((l) => /^\| [A-Z][A-Za-z0-9]+ \| (Station|CSMS|both)/.test(l)).length, 64);
});
