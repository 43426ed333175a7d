/**
 * `npm run generate [-- --version 1.6|2.0.1|2.1] [--schemas DIR] [--out DIR]`
 *
 * Reads the official OCPP JSON schemas (default: ../shared/ocpp-schemas/<folder>
 * beside the repository) and writes src/<folder>/generated/ for each version,
 * or for the one named. Deterministic: the same schemas always give the same
 * bytes, which CI checks.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileSchemas, SchemaError, type LoadOptions } from '../src/schema/compiler/index.js';
import { inlineTypeNames as v16Names } from '../src/v16/names.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const versions: Record<string, { folder: string; out: string; options: LoadOptions }> = {
  '1.6': { folder: 'v16', out: 'src/v16/generated', options: { inlineNames: v16Names } },
  '2.0.1': { folder: 'v201', out: 'src/v201/generated', options: {} },
  '2.1': { folder: 'v21', out: 'src/v21/generated', options: {} },
};

function generate(version: string, schemasArg: string | undefined, outArg: string | undefined): number {
  const v = versions[version]!;
  const schemas = resolve(schemasArg ?? join(root, '..', 'shared', 'ocpp-schemas', v.folder));
  const out = resolve(outArg ?? join(root, v.out));
  let files;
  try {
    files = compileSchemas(schemas, version, v.options);
  } catch (e) {
    const why = e instanceof SchemaError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no schemas at ${schemas}` : String(e);
    console.error(`generate: OCPP ${version}: ${why}`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  // Files no longer generated must not linger.
  for (const f of readdirSync(out)) if (!files.has(f)) rmSync(join(out, f));
  for (const [name, text] of files) writeFileSync(join(out, name), text);
  console.log(`generate: OCPP ${version} -> ${out} (${[...files.keys()].join(', ')})`);
  return 0;
}

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: {
        version: { type: 'string' },
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
    console.log(`usage: npm run generate -- [--version ${Object.keys(versions).join('|')}] [--schemas DIR] [--out DIR]`);
    console.log('Without --version, every version is generated; --schemas and --out need --version.');
    return 0;
  }
  if (args.version === undefined) {
    if (args.schemas !== undefined || args.out !== undefined) {
      console.error('generate: --schemas and --out name one version\'s folders: add --version');
      return 2;
    }
    return Object.keys(versions).reduce((status, version) => Math.max(status, generate(version, undefined, undefined)), 0);
  }
  if (!versions[args.version]) {
    console.error(`generate: unknown version ${args.version}; known: ${Object.keys(versions).join(', ')}`);
    return 2;
  }
  return generate(args.version, args.schemas, args.out);
}

process.exitCode = main();
