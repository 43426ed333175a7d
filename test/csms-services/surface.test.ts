/**
 * The services' surface: every export of the services' index and every
 * public member of its classes and interfaces has a doc comment (the rule
 * of the package's entry points); importing the index loads none of the
 * optional @peculiar packages; without them, certificates and OCSP fail
 * with an error that names the install command, and the other services
 * work.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { undocumentedExports } from '../support/doc-check.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

test('every export of the services, and every public member of their classes and interfaces, has a doc comment', () => {
  const missing = undocumentedExports(new Map([['services', join(root, 'src/cli/csms/services/index.ts')]]), root);
  assert.deepEqual(missing, [], `${missing.length} without a doc comment:\n${missing.join('\n')}`);
});

test('without the optional @peculiar packages: the index loads, tokens work, the CA and OCSP say what to install', async () => {
  const index = pathToFileURL(join(root, 'dist/src/cli/csms/services/index.js')).href;
  const hooks = pathToFileURL(join(root, 'dist/test/csms-services/hide-asn1-hooks.js')).href;
  const script = `
    import { register } from 'node:module';
    register(${JSON.stringify(hooks)});
    const s = await import(${JSON.stringify(index)});
    const tokens = new s.TokenService();
    await tokens.create({ idToken: 'A', status: 'Accepted' });
    const out = { token: (await tokens.authorize('A')).status };
    for (const [name, f] of [['ca', () => s.CertificateAuthority.create()], ['ocsp', () => new s.OcspClient().check({ hashAlgorithm: 'SHA256', issuerNameHash: 'aa', issuerKeyHash: 'bb', serialNumber: '01', responderURL: 'http://127.0.0.1:9/' })]]) {
      try { await f(); out[name] = 'no error'; } catch (err) { out[name] = err.name + ': ' + err.message; }
    }
    console.log(JSON.stringify(out));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  const out = JSON.parse(stdout) as Record<string, string>;
  assert.equal(out['token'], 'Accepted');
  for (const name of ['ca', 'ocsp']) assert.match(out[name]!, /^MissingDependencyError: .*npm install @peculiar\/asn1-schema @peculiar\/asn1-x509 @peculiar\/asn1-csr @peculiar\/asn1-ocsp$/);
});
