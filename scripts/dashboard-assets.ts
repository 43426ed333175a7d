/**
 * Part of `npm run build`: puts the dashboard's browser files where the
 * compiled dashboard serves them from (dist/src/cli/dashboard/public): the
 * page and its scripts from src/cli/dashboard/public, and the two small
 * libraries it is written with, Preact and htm, from their packages (with
 * their licences). Preact's hooks import "preact" by its bare name, which a
 * browser cannot resolve without an import map (an inline script, which the
 * page's Content-Security-Policy forbids): the copy imports the file beside it.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = join(root, 'dist/src/cli/dashboard/public');
const vendor = join(out, 'vendor');
const require = createRequire(join(root, 'package.json'));
/** The folder of an installed package (found from its main file: not every package exports its package.json). */
function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of the package ${name}`);
    dir = up;
  }
  return dir;
}

mkdirSync(vendor, { recursive: true });
cpSync(join(root, 'src/cli/dashboard/public'), out, { recursive: true });

const preact = packageDir('preact');
copyFileSync(join(preact, 'dist/preact.mjs'), join(vendor, 'preact.mjs'));
const hooks = readFileSync(join(preact, 'hooks/dist/hooks.mjs'), 'utf8');
const rewritten = hooks.replace(/from\s*"preact"/g, 'from"./preact.mjs"');
if (rewritten === hooks) throw new Error('preact/hooks no longer imports "preact": check the rewrite in scripts/dashboard-assets.ts');
writeFileSync(join(vendor, 'hooks.mjs'), rewritten);
copyFileSync(join(preact, 'LICENSE'), join(vendor, 'preact-LICENSE.txt'));

const htm = packageDir('htm');
copyFileSync(join(htm, 'dist/htm.mjs'), join(vendor, 'htm.mjs'));
copyFileSync(join(htm, 'LICENSE'), join(vendor, 'htm-LICENSE.txt'));
