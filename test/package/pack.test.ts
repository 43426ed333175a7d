/**
 * The package as a user gets it: `npm pack`, the tarball installed into a
 * fresh consumer project that compiles with `strict`, `skipLibCheck: false`
 * and `moduleResolution: nodenext`, no flag relaxed. There every README
 * example compiles, and a program importing every entry point of
 * package.json "exports" compiles and runs. The published declarations must
 * therefore stand on their own: only `@types/node` beside them, as for any
 * Node server library. npm takes the packages it needs from its cache first
 * (`npm ci` filled it) and asks the registry only for what is missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown>; bin: Record<string, string> };
const typesNode = (JSON.parse(readFileSync(join(root, 'node_modules/@types/node/package.json'), 'utf8')) as { version: string }).version;
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The entry points a consumer can import: every key of "exports" but package.json itself. */
export function entryPoints(): string[] {
  return Object.keys(pkg.exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
}

/** The README's TypeScript examples, each a module of its own, with the free names they assume declared. */
export function readmeExamples(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => `export {};\ndeclare const text: string;\n${m[1]!}`);
}

test('the packed package installs into a strict consumer where every README example and every entry point compile', { timeout: 300_000 }, async () => {
  const work = mkdtempSync(join(tmpdir(), 'ocpp-model-pack-'));
  try {
    // The build is fresh (npm test builds first): pack what is there.
    const packed = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root });
    const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((f) => f.path);
    assert.ok(paths.includes('dist/src/index.d.ts') && paths.includes('README.md'), 'the tarball has the build and the README');
    assert.ok(!paths.some((p) => p.startsWith('dist/test/') || p.startsWith('src/')), 'no tests or sources in the tarball');
    assert.ok(['index.html', 'app.js', 'vendor/preact.mjs', 'vendor/hooks.mjs', 'vendor/htm.mjs'].every((f) => paths.includes(`dist/src/cli/dashboard/public/${f}`)), 'the dashboard\'s page and its libraries are in the tarball');

    const consumer = join(work, 'consumer');
    const examples = readmeExamples();
    const entries = entryPoints();
    assert.ok(examples.length >= 3 && entries.length >= 4);
    writeFileSync(join(work, 'package.json'), '{}');
    await run('mkdir', ['-p', join(consumer, 'src')]);
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { [pkg.name]: `file:../${filename}`, '@types/node': typesNode } }, null, 2),
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          types: ['node'],
          outDir: 'out',
          rootDir: 'src',
        },
        include: ['src'],
      }),
    );
    examples.forEach((source, i) => writeFileSync(join(consumer, 'src', `readme-${i}.ts`), source));
    // Every entry point, imported whole: a value must come from each at run time.
    writeFileSync(
      join(consumer, 'src', 'entries.ts'),
      entries.map((e, i) => `import * as entry${i} from '${e}';`).join('\n') +
        `\nconst entries: Record<string, object> = { ${entries.map((e, i) => `'${e}': entry${i}`).join(', ')} };\n` +
        `for (const [name, entry] of Object.entries(entries)) if (Object.keys(entry).length === 0) throw new Error(name + ' exports nothing');\n` +
        `console.log(Object.keys(entries).join(' '));\n`,
    );

    const install = await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: consumer });
    assert.doesNotMatch(install.stderr, /prepare|ERR/i, `installing the tarball: ${install.stderr}`);
    assert.deepEqual(readdirSync(join(consumer, 'node_modules/@types')).sort(), ['node'], 'no types package but @types/node');

    const compiled = await run(process.execPath, [tsc, '-p', join(consumer, 'tsconfig.json')], { cwd: consumer }).then(
      () => '',
      (err: { stdout?: string }) => err.stdout ?? String(err),
    );
    assert.equal(compiled, '', `the consumer does not compile:\n${compiled}`);

    const ran = await run(process.execPath, [join(consumer, 'out', 'entries.js')], { cwd: consumer });
    assert.equal(ran.stdout.trim(), entries.join(' '));
    const bin = Object.keys(pkg.bin)[0]!;
    const help = await run(join(consumer, 'node_modules', '.bin', bin), ['--help'], { cwd: consumer });
    assert.match(help.stdout, /Usage: ocpp <command>/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
