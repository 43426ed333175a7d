/**
 * `npm run generate [-- --schemas DIR] [--out DIR] [--version 2.0.1]`
 *
 * Reads the official OCPP JSON schemas (default: ../shared/ocpp-schemas/v201
 * beside the repository) and writes src/v201/generated/. Deterministic: the
 * same schemas always give the same bytes, which CI checks.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileSchemas, SchemaError } from '../src/schema/compiler/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const versions: Record<string, { folder: string; out: string }> = {
  '2.0.1': { folder: 'v201', out: 'src/v201/generated' },
  '1.6': { folder: 'v16', out: 'src/v16/generated' },
  '2.1': { folder: 'v21', out: 'src/v21/generated' },
};

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        version: { type: 'string', default: '2.0.1' },
        schemas: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    console.error(`generate: ${(e as Error).message}`);
    return 2;
  }
  if (args.help) {
    console.log('usage: npm run generate -- [--version 2.0.1|1.6|2.1] [--schemas DIR] [--out DIR]');
    return 0;
  }
  const v = versions[args.version!];
  if (!v) {
    console.error(`generate: unknown version ${args.version}; known: ${Object.keys(versions).join(', ')}`);
    return 2;
  }
  const schemas = resolve(args.schemas ?? join(root, '..', 'shared', 'ocpp-schemas', v.folder));
  const out = resolve(args.out ?? join(root, v.out));
  let files;
  try {
    files = compileSchemas(schemas, args.version!);
  } catch (e) {
    const why = e instanceof SchemaError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no schemas at ${schemas}` : String(e);
    console.error(`generate: ${why}`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  // Files no longer generated must not linger.
  for (const f of readdirSync(out)) if (!files.has(f)) rmSync(join(out, f));
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  console.log(`generate: OCPP ${args.version} -> ${out} (${[...files.keys()].join(', ')})`);
  return 0;
}

process.exitCode = main();
