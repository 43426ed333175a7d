/**
 * `npm run bench`: runs every bench/*.bench.ts (compiled) in a fresh Node
 * process of its own, one after another, so no benchmark warms up or
 * pollutes another. `npm run bench -- validate` runs only the names that
 * contain "validate".
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.js'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n## ${file.replace(/\.bench\.js$/, '')}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`(${file} exited with ${run.status ?? run.signal})`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
