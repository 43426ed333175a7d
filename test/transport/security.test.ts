/**
 * Security profiles 1-3 end to end, with certificates made at test time,
 * for a 2.0.1 station (Part 2, A00; the TC_A_*_CSMS cases) and a 1.6 one
 * (the OCPP 1.6 security whitepaper, section 2: the same three profiles,
 * A00.FR.2xx-4xx; its AuthorizationKey password is hexadecimal): each
 * profile accepts the right credentials and refuses the wrong ones before
 * any WebSocket exists, and the station client reports each refusal with a
 * clear error. The server offers every version; the station's decides.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordsEqual, type AuthenticateInfo } from '../../src/transport/auth.js';
import { HandshakeError } from '../../src/transport/errors.js';
import type { ChargingStationClientOptions } from '../../src/transport/client-options.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import type { CsmsServer, RefusedInfo } from '../../src/transport/websocket-server.js';
import type { AnyVersion } from '../../src/schema/version.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { hasOpenssl, makeTestPki, type TestPki } from '../support/certs.js';
import { acceptingHandlers, bootRequestOf, startServer } from './helpers.js';

const passwords = new Map([
  ['CS-P1', 'correct-horse-battery-staple-1'],
  ['CS-P2', 'correct-horse-battery-staple-2'],
  // 1.6: AuthorizationKey, 16 to 20 bytes as up to 40 hexadecimal digits (whitepaper A00.FR.205, A00.FR.304).
  ['CS16-P1', '8c2f41a09be7d35f10e64a7bc93d2e58'],
  ['CS16-P2', '0b5e9a1f7c3d4862ae91f0d47b2c6e35a8d10f92'],
]);

/** The application's check: known identity, right password. */
function checkPassword(info: AuthenticateInfo): boolean {
  const expected = passwords.get(info.identity);
  return expected !== undefined && passwordsEqual(info.password, expected);
}

type ClientOptions = Omit<ChargingStationClientOptions, 'version'>;

/** A connection attempt of a station of `version`: 'connected', or the HandshakeError. */
async function tryClient(version: AnyVersion, options: ClientOptions, connect?: { retry: boolean }): Promise<HandshakeError | 'connected'> {
  const client = new ChargingStationClient({ version, pingIntervalMs: 0, ...options });
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

/** Connects, boots (untyped: the payload is the version's) and expects Accepted. */
async function connectAndBoot(version: AnyVersion, options: ClientOptions): Promise<void> {
  const client = new ChargingStationClient({ version, pingIntervalMs: 0, ...options });
  try {
    await client.open();
    const boot = (await client.station.endpoint.call('BootNotification', bootRequestOf(version))) as { status: string };
    assert.equal(boot.status, 'Accepted');
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

for (const version of [v201, v16]) {
  const label = version.version === '1.6' ? '1.6 (whitepaper)' : '2.0.1';
  /** Each version's stations have identities of their own. */
  const id = (name: string): string => (version.version === '1.6' ? `CS16-${name}` : `CS-${name}`);

  describe(`${label} security profile 1: Basic auth over ws`, () => {
    let server: CsmsServer;
    let url: string;
    const refused: RefusedInfo[] = [];
    before(async () => {
      ({ server, url } = await startServer({ securityProfile: 1, authenticate: checkPassword }));
      acceptingHandlers(server);
      server.on('refused', (r) => refused.push(r));
    });
    after(() => server.close());

    test('TC_A_01_CSMS, A00.FR.202: the right identity and password are accepted, and the station boots', async () => {
      await connectAndBoot(version, { url, identity: id('P1'), password: passwords.get(id('P1'))! });
    });

    test('TC_A_03_CSMS: a wrong password is refused with 401', async () => {
      expectRefusal(await tryClient(version, { url, identity: id('P1'), password: 'wrong-password-0123456789' }), 'http', 401);
    });

    test('an unknown identity is refused with 401', async () => {
      expectRefusal(await tryClient(version, { url, identity: id('UNKNOWN'), password: passwords.get(id('P1'))! }), 'http', 401);
    });

    test('TC_A_02_CSMS, A00.FR.204: a Basic user name other than the identity is refused', async () => {
      const result = await tryClient(version, {
        url,
        identity: id('P1'),
        headers: { Authorization: `Basic ${Buffer.from(`${id('P1')}Invalid:${passwords.get(id('P1'))!}`).toString('base64')}` },
      });
      expectRefusal(result, 'http', 401);
      assert.ok(refused.some((r) => r.identity === id('P1') && /user name/.test(r.reason)));
    });

    test('no credentials at all are refused with 401', async () => {
      expectRefusal(await tryClient(version, { url, identity: id('P1') }), 'http', 401);
    });

    test('a refusal is permanent: connect() rejects instead of retrying forever', async () => {
      const result = await tryClient(version, { url, identity: id('P1'), password: 'nope-nope-nope-nope', backoff: { waitMinimumMs: 10, randomRangeMs: 0 } });
      expectRefusal(result, 'http', 401);
      assert.equal((result as HandshakeError).permanent, true);
    });
  });

  describe(`${label} security profiles 2 and 3: TLS`, { skip: !hasOpenssl() && 'openssl is not available' }, () => {
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

      test('TC_A_04_CSMS, A00.FR.301: the server certificate verifies against the CA, the password is accepted', async () => {
        const connects: number[] = [];
        server.once('connect', (_id, info) => connects.push(info.securityProfile));
        await connectAndBoot(version, { url, identity: id('P2'), password: passwords.get(id('P2'))!, tls: { ca: pki.ca } });
        assert.deepEqual(connects, [2]);
      });

      test('a wrong password over TLS is refused with 401', async () => {
        expectRefusal(await tryClient(version, { url, identity: id('P2'), password: 'wrong-password-0123456789', tls: { ca: pki.ca } }), 'http', 401);
      });

      test('a station that does not trust the server CA refuses the connection (tls error, not retried)', async () => {
        const result = await tryClient(version, { url, identity: id('P2'), password: passwords.get(id('P2'))!, tls: { ca: pki.rogueCa } });
        expectRefusal(result, 'tls');
        assert.equal((result as HandshakeError).permanent, true);
      });

      test('plain ws where TLS is required is refused', async () => {
        const plain = url.replace('wss:', 'ws:');
        const result = await tryClient(version, { url: plain, identity: id('P2'), password: passwords.get(id('P2'))! }, { retry: false });
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
            certificates.push(`${info.identity}:${String(info.certificate?.subject?.CN)}:${info.securityProfile}:${info.version}`);
            return true;
          },
        }));
        acceptingHandlers(server);
        server.on('refused', (r) => refused.push(r));
      });
      after(() => server.close());

      test('TC_A_07_CSMS, A00.FR.401: a client certificate with CN = identity is accepted', async () => {
        const cert = pki.client(id('P3'));
        await connectAndBoot(version, { url, identity: id('P3'), tls: { ca: pki.ca, cert: cert.cert, key: cert.key } });
        assert.deepEqual(certificates, [`${id('P3')}:${id('P3')}:3:${version.version}`]);
      });

      test('TC_A_08_CSMS / A00.FR.405: a certificate whose CN is another station is refused with 401', async () => {
        const other = pki.client(id('OTHER'));
        const result = await tryClient(version, { url, identity: id('P3'), tls: { ca: pki.ca, cert: other.cert, key: other.key } });
        expectRefusal(result, 'http', 401);
        assert.ok(refused.some((r) => r.identity === id('P3') && /CN/.test(r.reason)));
      });

      test('TC_A_08_CSMS, A00.FR.403: a certificate from an unknown CA is refused with 401', async () => {
        const rogue = pki.rogueClient(id('P3'));
        expectRefusal(await tryClient(version, { url, identity: id('P3'), tls: { ca: pki.ca, cert: rogue.cert, key: rogue.key } }), 'http', 401);
        assert.ok(refused.some((r) => r.identity === id('P3') && /not trusted/.test(r.reason)));
      });

      test('no client certificate is refused with 401', async () => {
        expectRefusal(await tryClient(version, { url, identity: id('P3'), tls: { ca: pki.ca } }), 'http', 401);
      });

      test('a password instead of a certificate is refused with 401', async () => {
        expectRefusal(await tryClient(version, { url, identity: id('P3'), password: 'correct-horse-battery-staple-3', tls: { ca: pki.ca } }), 'http', 401);
      });

      test('plain ws where TLS is required is refused', async () => {
        const result = await tryClient(version, { url: url.replace('wss:', 'ws:'), identity: id('P3') }, { retry: false });
        assert.notEqual(result, 'connected');
      });

      test('with rejectUnauthorized: true the TLS handshake itself refuses unknown and missing certificates', async () => {
        const { server: strict, url: strictUrl } = await startServer({
          securityProfile: 3,
          tls: { cert: pki.server.cert, key: pki.server.key, ca: pki.ca, rejectUnauthorized: true },
        });
        try {
          const rogue = pki.rogueClient(id('P3'));
          assert.notEqual(await tryClient(version, { url: strictUrl, identity: id('P3'), tls: { ca: pki.ca, cert: rogue.cert, key: rogue.key } }, { retry: false }), 'connected');
          assert.notEqual(await tryClient(version, { url: strictUrl, identity: id('P3'), tls: { ca: pki.ca } }, { retry: false }), 'connected');
          const good = pki.client(id('P3'));
          assert.equal(await tryClient(version, { url: strictUrl, identity: id('P3'), tls: { ca: pki.ca, cert: good.cert, key: good.key } }), 'connected');
          // The CN check still applies.
          const other = pki.client(id('OTHER'));
          expectRefusal(await tryClient(version, { url: strictUrl, identity: id('P3'), tls: { ca: pki.ca, cert: other.cert, key: other.key } }), 'http', 401);
        } finally {
          await strict.close();
        }
      });
    });
  });
}

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
