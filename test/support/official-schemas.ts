/**
 * The official OCPP JSON schemas beside the repository (`../shared/ocpp-schemas`),
 * for the tests and benchmarks that compare against them. They are never part
 * of the project: a fresh clone has none, and those tests skip.
 *
 * Also here: ajv (+ ajv-formats) compiled from them, the reference our
 * generated validators must agree with: draft-06 for 2.0.1, 2.1 and the 1.6
 * security whitepaper's files, draft-04 (ajv-draft-04) for the other 1.6 files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import AjvDraft04 from 'ajv-draft-04';

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

/** Every schema of a folder, by message name (`Authorize.json` of 1.6 is AuthorizeRequest). */
export function readSchemas(dir: string): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    out.set(messageNameOf(f.slice(0, -'.json'.length)), JSON.parse(readFileSync(join(dir, f), 'utf8')) as JsonSchema);
  }
  return out;
}

const require = createRequire(import.meta.url);

/**
 * A fresh ajv as the comparison uses it: draft-06, formats in full mode,
 * unknown keywords tolerated; `allErrors` lists every error instead of
 * stopping at the first.
 */
export function newAjv(options: AjvOptions = {}): Ajv {
  // The schemas carry javaType and comment keywords ajv's strict mode refuses.
  const ajv = new Ajv({ strict: false, allErrors: options.allErrors ?? false, ...precision(options) });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as AnySchemaObject);
  // ajv-formats is CommonJS: its default export is module.exports, which carries `default` too.
  formats.default(ajv);
  return ajv;
}

export interface AjvOptions {
  readonly allErrors?: boolean;
  /**
   * ajv's multipleOf divides in binary floating point and rejects 21.4, 0.3
   * and 6.3 as multiples of 0.1 unless told a precision; ours is exact on
   * the decimal. The 1.6 comparison sets 6 decimals, which agrees with exact
   * arithmetic on every payload the tests make.
   */
  readonly multipleOfPrecision?: number;
}

const precision = (o: AjvOptions): { multipleOfPrecision?: number } =>
  o.multipleOfPrecision === undefined ? {} : { multipleOfPrecision: o.multipleOfPrecision };

/** An ajv for draft-04 schemas (most of 1.6), with the same formats. */
export function newAjvDraft04(options: AjvOptions = {}): Ajv {
  // ajv-draft-04 is CommonJS too: its default export is the class, which also carries `default`.
  const ajv = new AjvDraft04.default({ strict: false, allErrors: options.allErrors ?? false, ...precision(options) });
  formats.default(ajv as unknown as Ajv);
  return ajv as unknown as Ajv;
}

const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';

/**
 * ajv validators compiled from every schema of a folder, by message name:
 * each with the ajv for its `$schema` (draft-04 or draft-06).
 */
export function compileWithAjv(schemas: ReadonlyMap<string, JsonSchema>, options: AjvOptions = {}): Map<string, ValidateFunction> {
  let draft06: Ajv | undefined;
  let draft04: Ajv | undefined;
  const out = new Map<string, ValidateFunction>();
  for (const [name, schema] of schemas) {
    const ajv = schema['$schema'] === DRAFT_04 ? (draft04 ??= newAjvDraft04(options)) : (draft06 ??= newAjv(options));
    out.set(name, ajv.compile(schema));
  }
  return out;
}

/** The message name of a schema file: 1.6 names its request files without "Request". */
export function messageNameOf(file: string): string {
  return /(Request|Response)$/.test(file) ? file : `${file}Request`;
}
