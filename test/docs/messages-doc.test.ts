import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pages, renderMessagesDoc } from '../../scripts/messages-doc.js';

const docs = fileURLToPath(new URL('../../../docs/messages/', import.meta.url));

for (const page of pages) {
  test(`docs/messages/${page.file} is what \`npm run docs\` renders from the code`, () => {
    assert.equal(readFileSync(`${docs}${page.file}`, 'utf8'), renderMessagesDoc(page), `docs/messages/${page.file} is out of date: run \`npm run docs\` and commit it`);
  });
}

test('the pages count what each version has', () => {
  const counts: Record<string, [number, number, number, number]> = {
    'v16.md': [39, 78, 13, 50],
    'v201.md': [64, 128, 55, 88],
    'v21.md': [91, 181, 122, 110],
  };
  for (const page of pages) {
    const [actions, messages, types, enums] = counts[page.file]!;
    const text = renderMessagesDoc(page);
    assert.match(text, new RegExp(`^${actions} actions, ${messages} messages, ${types} data types, ${enums} enumerations\\.$`, 'm'));
    assert.equal(text.split('\n').filter((l) => /^\| [A-Z][A-Za-z0-9]+ \| (Station|CSMS|both)/.test(l)).length, actions);
  }
});

test('1.6 and 2.1 say honestly that the command line does not handle them yet; 2.1 marks its SEND action', () => {
  const [p16, , p21] = pages;
  assert.match(renderMessagesDoc(p16!), /\| Heartbeat \| Station → CSMS \| Core \| HeartbeatRequest \| HeartbeatResponse \| not handled yet \|/);
  assert.match(renderMessagesDoc(p21!), /\| NotifyPeriodicEventStream \| Station → CSMS \(SEND\) \| N Diagnostics \| NotifyPeriodicEventStreamRequest \| - \| not handled yet \|/);
  assert.equal(existsSync(fileURLToPath(new URL('../../../docs/messages.md', import.meta.url))), false, 'the single page gave way to one per version');
});
