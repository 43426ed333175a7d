/**
 * The official OCPP JSON schemas beside the repository (`../shared/ocpp-schemas`),
 * for the tests and benchmarks that compare against them. They are never part
 * of the project: a fresh clone has none, and those tests skip.
 *
 * Also here: ajv (+ ajv-formats, draft-06 meta schema) compiled from them, the
 * reference our generated validators must agree with.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

export const SKIP_REASON = 'official schemas not found beside the repository (../shared); skipped';

const PACKAGE_NAME = 'ocpp-model';

function isRepoRoot(dir: string): boolean {
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg)) return false;
  try {
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function searchUp(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (isRepoRoot(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The repository root: found upward from the compiled file (dist inside the
 * repository), else upward from the working directory (a build elsewhere).
 */
export function repoRoot(): string {
  const root = searchUp(dirname(fileURLToPath(import.meta.url))) ?? searchUp(process.cwd());
  if (root === undefined) throw new Error(`cannot find the ${PACKAGE_NAME} repository root`);
  return root;
}

/** `../shared/ocpp-schemas/<folder>` beside the repository, when present. */
export function officialSchemaDir(folder: 'v201' | 'v16' | 'v21'): string | undefined {
  const dir = join(repoRoot(), '..', 'shared', 'ocpp-schemas', folder);
  return existsSync(dir) ? dir : undefined;
}

export type JsonSchema = AnySchemaObject;

/** Every schema of a folder, by message name (file name without `.json`). */
export function readSchemas(dir: string): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    out.set(f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonSchema);
  }
  return out;
}

const require = createRequire(import.meta.url);

/**
 * A fresh ajv as the comparison uses it: draft-06, formats in full mode,
 * unknown keywords tolerated; `allErrors` lists every error instead of
 * stopping at the first.
 */
export function newAjv(options: { readonly allErrors?: boolean } = {}): Ajv {
  // The schemas carry javaType and comment keywords ajv's strict mode refuses.
  const ajv = new Ajv({ strict: false, allErrors: options.allErrors ?? false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as AnySchemaObject);
  // ajv-formats is CommonJS: its default export is module.exports, which carries `default` too.
  formats.default(ajv);
  return ajv;
}

/** ajv validators compiled from every schema of a folder, by message name. */
export function compileWithAjv(schemas: ReadonlyMap<string, JsonSchema>, ajv: Ajv = newAjv()): Map<string, ValidateFunction> {
  const out = new Map<string, ValidateFunction>();
  for (const [name, schema] of schemas) out.set(name, ajv.compile(schema));
  return out;
}
