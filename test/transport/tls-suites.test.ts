/**
 * A00.FR.318 (TC_A_04_CSMS, TC_A_07_CSMS): a CSMS serving an RSA and an
 * ECDSA certificate at once agrees each of the four required TLS 1.2
 * suites with a client that offers only that one, and upgrades to OCPP-J
 * over it; the suites stay offered when the process's default cipher list
 * leaves them out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TLSSocket } from 'node:tls';
import WebSocket from 'ws';
import { CsmsServer } from '../../src/transport/websocket-server.js';
import { hasOpenssl, makeTestPki, type TestPki } from '../support/certs.js';

const suites = [
  ['ECDHE-ECDSA-AES128-GCM-SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256'],
  ['ECDHE-ECDSA-AES256-GCM-SHA384', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'],
  ['AES128-GCM-SHA256', 'TLS_RSA_WITH_AES_128_GCM_SHA256'],
  ['AES256-GCM-SHA384', 'TLS_RSA_WITH_AES_256_GCM_SHA384'],
] as const;

/** Upgrades to OCPP-J offering one TLS 1.2 suite; answers the suite agreed and the server key's type. */
function upgradeWith(port: number, pki: TestPki, cipher: string, client?: { cert: string; key: string }): Promise<{ suite: string; keyType: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`wss://127.0.0.1:${port}/ocpp/CS1`, 'ocpp2.0.1', {
      ca: pki.ca,
      ciphers: cipher,
      maxVersion: 'TLSv1.2',
      headers: client === undefined ? { Authorization: `Basic ${Buffer.from('CS1:password-0001').toString('base64')}` } : {},
      ...client,
    });
    ws.once('upgrade', (res) => {
      const socket = res.socket as TLSSocket;
      const peer = socket.getPeerCertificate();
      resolve({ suite: socket.getCipher().standardName, keyType: peer.asn1Curve !== undefined ? 'EC' : 'RSA' });
      ws.close();
    });
    ws.once('error', reject);
  });
}

test('A00.FR.318: with an RSA and an ECDSA certificate, each of the four suites is agreed and the upgrade completes (profiles 2 and 3)', { skip: !hasOpenssl() && 'openssl is not installed' }, async () => {
  const pki = makeTestPki();
  const rsa = pki.serverRsa();
  const tls = { cert: [rsa.cert, pki.server.cert], key: [rsa.key, pki.server.key], ca: pki.ca };
  const profile2 = new CsmsServer({ pingIntervalMs: 0, securityProfile: 2, tls, authenticate: (info) => info.password === 'password-0001' });
  const profile3 = new CsmsServer({ pingIntervalMs: 0, securityProfile: 3, tls });
  try {
    const port2 = (await profile2.listen(0, '127.0.0.1')).port;
    const port3 = (await profile3.listen(0, '127.0.0.1')).port;
    for (const [cipher, standardName] of suites) {
      const expectedKey = cipher.includes('ECDSA') ? 'EC' : 'RSA';
      assert.deepEqual(await upgradeWith(port2, pki, cipher), { suite: standardName, keyType: expectedKey }, `TC_A_04_CSMS ${standardName}`);
      assert.deepEqual(await upgradeWith(port3, pki, cipher, pki.client('CS1')), { suite: standardName, keyType: expectedKey }, `TC_A_07_CSMS ${standardName}`);
    }
  } finally {
    await Promise.all([profile2.close(1000), profile3.close(1000)]);
    pki.cleanup();
  }
});

test('A00.FR.318: with only an ECDSA certificate the RSA suites cannot be agreed (why both are served)', { skip: !hasOpenssl() && 'openssl is not installed' }, async () => {
  const pki = makeTestPki();
  const server = new CsmsServer({ pingIntervalMs: 0, securityProfile: 2, tls: { cert: pki.server.cert, key: pki.server.key }, authenticate: () => true });
  try {
    const { port } = await server.listen(0, '127.0.0.1');
    assert.equal((await upgradeWith(port, pki, suites[0][0])).suite, suites[0][1]);
    await assert.rejects(upgradeWith(port, pki, suites[2][0]), /handshake failure|no shared cipher|alert/i);
  } finally {
    await server.close(1000);
    pki.cleanup();
  }
});

test('A00.FR.318: the four suites are offered even when the process default cipher list leaves them out', { skip: !hasOpenssl() && 'openssl is not installed' }, async () => {
  const pki = makeTestPki();
  const rsa = pki.serverRsa();
  const server = fileURLToPath(new URL('../../src/transport/websocket-server.js', import.meta.url));
  const script = `
    const { CsmsServer } = await import(${JSON.stringify(server)});
    const tls = await import('node:tls');
    const o = JSON.parse(process.env.TLS_OPTIONS);
    const s = new CsmsServer({ pingIntervalMs: 0, securityProfile: 2, tls: o, authenticate: () => true });
    const { port } = await s.listen(0, '127.0.0.1');
    console.log(JSON.stringify({ port, defaults: tls.DEFAULT_CIPHERS }));
    process.stdin.on('end', () => s.close(100).then(() => process.exit(0)));
    process.stdin.resume();`;
  const child = spawn(process.execPath, ['--tls-cipher-list=ECDHE-RSA-AES128-GCM-SHA256', '--input-type=module', '-e', script], {
    env: { ...process.env, TLS_OPTIONS: JSON.stringify({ cert: [rsa.cert, pki.server.cert], key: [rsa.key, pki.server.key] }) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.once('exit', (code) => reject(new Error(`the server process exited with ${code}`)));
    });
    const { port, defaults } = JSON.parse(line) as { port: number; defaults: string };
    assert.equal(defaults, 'ECDHE-RSA-AES128-GCM-SHA256', 'the process default really is narrower');
    for (const [cipher, standardName] of suites) assert.equal((await upgradeWith(port, pki, cipher)).suite, standardName);
  } finally {
    child.stdin.end();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    pki.cleanup();
  }
});
