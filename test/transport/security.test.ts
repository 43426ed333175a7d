/**
 * Security profiles 1-3 (A00) end to end, with certificates made at test
 * time: each profile accepts the right credentials and refuses the wrong
 * ones before any WebSocket exists, and the station client reports each
 * refusal with a clear error.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordsEqual, type AuthenticateInfo } from '../../src/transport/auth.js';
import { HandshakeError } from '../../src/transport/errors.js';
import type { ChargingStationClientOptions } from '../../src/transport/client-options.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import type { CsmsServer, RefusedInfo } from '../../src/transport/websocket-server.js';
import { hasOpenssl, makeTestPki, type TestPki } from '../support/certs.js';
import { acceptingHandlers, startServer } from './helpers.js';

const passwords = new Map([
  ['CS-P1', 'correct-horse-battery-staple-1'],
  ['CS-P2', 'correct-horse-battery-staple-2'],
]);

/** The application's check: known identity, right password. */
function checkPassword(info: AuthenticateInfo): boolean {
  const expected = passwords.get(info.identity);
  return expected !== undefined && passwordsEqual(info.password, expected);
}

async function tryClient(options: ChargingStationClientOptions, connect?: { retry: boolean }): Promise<HandshakeError | 'connected'> {
  const client = new ChargingStationClient({ pingIntervalMs: 0, ...options });
  try {
    await client.open(connect);
    return 'connected';
  } catch (err) {
    assert.ok(err instanceof HandshakeError, `not a HandshakeError: ${String(err)}`);
    return err;
  } finally {
    await client.close();
  }
}

function expectRefusal(result: HandshakeError | 'connected', failure: string, status?: number): void {
  assert.notEqual(result, 'connected', 'the connection should have been refused');
  const err = result as HandshakeError;
  assert.equal(err.failure, failure, err.message);
  if (status !== undefined) assert.equal(err.status, status, err.message);
}

describe('security profile 1: Basic auth over ws', () => {
  let server: CsmsServer;
  let url: string;
  const refused: RefusedInfo[] = [];
  before(async () => {
    ({ server, url } = await startServer({ securityProfile: 1, authenticate: checkPassword }));
    acceptingHandlers(server);
    server.on('refused', (r) => refused.push(r));
  });
  after(() => server.close());

  test('TC_A_01_CSMS: the right identity and password are accepted, and the station boots', async () => {
    const client = new ChargingStationClient({ url, identity: 'CS-P1', password: passwords.get('CS-P1')!, pingIntervalMs: 0 });
    try {
      await client.open();
      const boot = await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
      assert.equal(boot.status, 'Accepted');
    } finally {
      await client.close();
    }
  });

  test('TC_A_03_CSMS: a wrong password is refused with 401', async () => {
    expectRefusal(await tryClient({ url, identity: 'CS-P1', password: 'wrong-password-0123456789' }), 'http', 401);
  });

  test('an unknown identity is refused with 401', async () => {
    expectRefusal(await tryClient({ url, identity: 'CS-UNKNOWN', password: passwords.get('CS-P1')! }), 'http', 401);
  });

  test('TC_A_02_CSMS: a Basic user name other than the identity is refused', async () => {
    const result = await tryClient({
      url,
      identity: 'CS-P1',
      headers: { Authorization: `Basic ${Buffer.from(`CS-P1Invalid:${passwords.get('CS-P1')!}`).toString('base64')}` },
    });
    expectRefusal(result, 'http', 401);
    assert.ok(refused.some((r) => r.identity === 'CS-P1' && /user name/.test(r.reason)));
  });

  test('no credentials at all are refused with 401', async () => {
    expectRefusal(await tryClient({ url, identity: 'CS-P1' }), 'http', 401);
  });

  test('a refusal is permanent: connect() rejects instead of retrying forever', async () => {
    const result = await tryClient({ url, identity: 'CS-P1', password: 'nope-nope-nope-nope', backoff: { waitMinimumMs: 10, randomRangeMs: 0 } });
    expectRefusal(result, 'http', 401);
    assert.equal((result as HandshakeError).permanent, true);
  });
});

describe('security profiles 2 and 3: TLS', { skip: !hasOpenssl() && 'openssl is not available' }, () => {
  let pki: TestPki;
  before(() => {
    pki = makeTestPki();
  });
  after(() => pki?.cleanup());

  describe('security profile 2: TLS plus Basic auth', () => {
    let server: CsmsServer;
    let url: string;
    before(async () => {
      ({ server, url } = await startServer({
        securityProfile: 2,
        authenticate: checkPassword,
        tls: { cert: pki.server.cert, key: pki.server.key },
      }));
      acceptingHandlers(server);
    });
    after(() => server.close());

    test('TC_A_04_CSMS: the server certificate verifies against the CA, the password is accepted', async () => {
      const client = new ChargingStationClient({ url, identity: 'CS-P2', password: passwords.get('CS-P2')!, tls: { ca: pki.ca }, pingIntervalMs: 0 });
      const connects: number[] = [];
      server.once('connect', (_id, info) => connects.push(info.securityProfile));
      try {
        await client.open();
        assert.equal((await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } })).status, 'Accepted');
        assert.deepEqual(connects, [2]);
      } finally {
        await client.close();
      }
    });

    test('a wrong password over TLS is refused with 401', async () => {
      expectRefusal(await tryClient({ url, identity: 'CS-P2', password: 'wrong-password-0123456789', tls: { ca: pki.ca } }), 'http', 401);
    });

    test('a station that does not trust the server CA refuses the connection (tls error, not retried)', async () => {
      const result = await tryClient({ url, identity: 'CS-P2', password: passwords.get('CS-P2')!, tls: { ca: pki.rogueCa } });
      expectRefusal(result, 'tls');
      assert.equal((result as HandshakeError).permanent, true);
    });

    test('plain ws where TLS is required is refused', async () => {
      const plain = url.replace('wss:', 'ws:');
      const result = await tryClient({ url: plain, identity: 'CS-P2', password: passwords.get('CS-P2')! }, { retry: false });
      assert.notEqual(result, 'connected');
    });
  });

  describe('security profile 3: TLS with client certificates', () => {
    let server: CsmsServer;
    let url: string;
    const refused: RefusedInfo[] = [];
    const certificates: string[] = [];
    before(async () => {
      ({ server, url } = await startServer({
        securityProfile: 3,
        tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca },
        authenticate: (info) => {
          certificates.push(`${info.identity}:${String(info.certificate?.subject?.CN)}:${info.securityProfile}`);
          return true;
        },
      }));
      acceptingHandlers(server);
      server.on('refused', (r) => refused.push(r));
    });
    after(() => server.close());

    test('TC_A_07_CSMS: a client certificate with CN = identity is accepted', async () => {
      const cert = pki.client('CS-P3');
      const client = new ChargingStationClient({ url, identity: 'CS-P3', tls: { ca: pki.ca, cert: cert.cert, key: cert.key }, pingIntervalMs: 0 });
      try {
        await client.open();
        assert.equal((await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } })).status, 'Accepted');
        assert.deepEqual(certificates, ['CS-P3:CS-P3:3']);
      } finally {
        await client.close();
      }
    });

    test('TC_A_08_CSMS / A00.FR.405: a certificate whose CN is another station is refused with 401', async () => {
      const other = pki.client('CS-OTHER');
      const result = await tryClient({ url, identity: 'CS-P3', tls: { ca: pki.ca, cert: other.cert, key: other.key } });
      expectRefusal(result, 'http', 401);
      assert.ok(refused.some((r) => r.identity === 'CS-P3' && /CN/.test(r.reason)));
    });

    test('TC_A_08_CSMS: a certificate from an unknown CA is refused with 401', async () => {
      const rogue = pki.rogueClient('CS-P3');
      expectRefusal(await tryClient({ url, identity: 'CS-P3', tls: { ca: pki.ca, cert: rogue.cert, key: rogue.key } }), 'http', 401);
      assert.ok(refused.some((r) => r.identity === 'CS-P3' && /not trusted/.test(r.reason)));
    });

    test('no client certificate is refused with 401', async () => {
      expectRefusal(await tryClient({ url, identity: 'CS-P3', tls: { ca: pki.ca } }), 'http', 401);
    });

    test('a password instead of a certificate is refused with 401', async () => {
      expectRefusal(await tryClient({ url, identity: 'CS-P3', password: 'correct-horse-battery-staple-3', tls: { ca: pki.ca } }), 'http', 401);
    });

    test('plain ws where TLS is required is refused', async () => {
      const result = await tryClient({ url: url.replace('wss:', 'ws:'), identity: 'CS-P3' }, { retry: false });
      assert.notEqual(result, 'connected');
    });

    test('with rejectUnauthorized: true the TLS handshake itself refuses unknown and missing certificates', async () => {
      const { server: strict, url: strictUrl } = await startServer({
        securityProfile: 3,
        tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca, rejectUnauthorized: true },
      });
      try {
        const rogue = pki.rogueClient('CS-P3');
        assert.notEqual(await tryClient({ url: strictUrl, identity: 'CS-P3', tls: { ca: pki.ca, cert: rogue.cert, key: rogue.key } }, { retry: false }), 'connected');
        assert.notEqual(await tryClient({ url: strictUrl, identity: 'CS-P3', tls: { ca: pki.ca } }, { retry: false }), 'connected');
        const good = pki.client('CS-P3');
        assert.equal(await tryClient({ url: strictUrl, identity: 'CS-P3', tls: { ca: pki.ca, cert: good.cert, key: good.key } }), 'connected');
        // The CN check still applies.
        const other = pki.client('CS-OTHER');
        expectRefusal(await tryClient({ url: strictUrl, identity: 'CS-P3', tls: { ca: pki.ca, cert: other.cert, key: other.key } }), 'http', 401);
      } finally {
        await strict.close();
      }
    });
  });
});

test('profiles 1 and 2 without an authenticate hook, and TLS profiles without TLS, are configuration errors', async () => {
  const { CsmsServer } = await import('../../src/transport/websocket-server.js');
  assert.throws(() => new CsmsServer({ securityProfile: 1 }), /authenticate/);
  assert.throws(() => new CsmsServer({ securityProfile: 3 }), /TLS/);
});

test('passwordsEqual compares in constant time and treats a missing password as wrong', () => {
  assert.equal(passwordsEqual('correct-horse-battery-staple-1', 'correct-horse-battery-staple-1'), true);
  assert.equal(passwordsEqual('correct-horse-battery-staple-', 'correct-horse-battery-staple-1'), false);
  assert.equal(passwordsEqual(undefined, 'x'), false);
  assert.equal(passwordsEqual('', ''), true);
});
