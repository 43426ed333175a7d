/**
 * The OCSP client against a real responder (`openssl ocsp`): good, revoked
 * and unknown certificates, answers signed by the CA or a delegated
 * responder, an untrusted signer refused, and unreachable or malformed
 * responders reported with a reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OcspClient, OcspError, ocspRequestData } from '../../src/cli/csms/services/ocsp.js';
import { hasOpenssl } from '../support/certs.js';
import { startOcspResponder } from './ocsp-responder.js';

const skip = !hasOpenssl() && 'openssl is not installed';

test('a good, a revoked and an unlisted certificate, the answer signed by the CA and checked (SHA256, SHA384, SHA512)', { skip }, async () => {
  const responder = await startOcspResponder('ca');
  try {
    const client = new OcspClient({ trusted: responder.ca });
    for (const hash of ['SHA256', 'SHA384', 'SHA512'] as const) {
      const good = await client.check(await ocspRequestData(responder.good, responder.ca, responder.url, hash));
      assert.equal(good.status, 'good', hash);
      assert.equal(good.verified, true);
      assert.ok(good.nextUpdate !== undefined && Date.parse(good.nextUpdate) > Date.now());
      assert.equal(good.der[0], 0x30, 'the DER answer is kept');
    }
    const revoked = await client.check(await ocspRequestData(responder.revoked, responder.ca, responder.url));
    assert.equal(revoked.status, 'revoked');
    assert.equal(revoked.revokedAt, '2025-01-01T00:00:00.000Z');
    assert.equal(revoked.revocationReason, 1, 'keyCompromise');
    const unlisted = await client.check(await ocspRequestData(responder.unlisted, responder.ca, responder.url));
    assert.equal(unlisted.status, 'unknown');
  } finally {
    await responder.stop();
  }
});

test('a delegated responder (id-kp-OCSPSigning, issued by the CA) is trusted; one a rogue CA issued is not', { skip }, async () => {
  const delegated = await startOcspResponder('delegated');
  const rogue = await startOcspResponder('rogue');
  try {
    const good = await new OcspClient({ trusted: delegated.ca }).check(await ocspRequestData(delegated.good, delegated.ca, delegated.url));
    assert.deepEqual([good.status, good.verified], ['good', true]);
    const request = await ocspRequestData(rogue.good, rogue.ca, rogue.url);
    await assert.rejects(new OcspClient({ trusted: rogue.ca }).check(request), (err: unknown) => err instanceof OcspError && err.reason === 'unverified');
    // Trusting the rogue CA itself does not help: it did not issue the certificate asked about.
    await assert.rejects(new OcspClient({ trusted: rogue.rogueCa }).check(request), (err: unknown) => err instanceof OcspError && err.reason === 'unverified');
    // Without trusted certificates the answer is read, and said to be unverified.
    const unverified = await new OcspClient().check(request);
    assert.deepEqual([unverified.status, unverified.verified], ['good', false]);
  } finally {
    await Promise.all([delegated.stop(), rogue.stop()]);
  }
});

test('bad requests, unreachable and misbehaving responders fail with a reason', { skip }, async () => {
  const responder = await startOcspResponder('ca');
  let replay: Buffer | undefined;
  const junk = createServer((req, res) => {
    req.resume();
    if (req.url === '/500') res.writeHead(500).end();
    else if (req.url === '/huge') res.writeHead(200, { 'Content-Type': 'application/ocsp-response' }).end(Buffer.alloc(300 * 1024, 0x30));
    else if (req.url === '/replay') res.writeHead(200, { 'Content-Type': 'application/ocsp-response' }).end(replay);
    else res.writeHead(200, { 'Content-Type': 'application/ocsp-response' }).end('not DER at all');
  });
  await new Promise<void>((resolve) => junk.listen(0, '127.0.0.1', resolve));
  const junkUrl = `http://127.0.0.1:${(junk.address() as AddressInfo).port}`;
  const client = new OcspClient({ trusted: responder.ca, timeoutMs: 5000 });
  const data = await ocspRequestData(responder.good, responder.ca, responder.url);
  const failsWith = (reason: string) => (err: unknown) => err instanceof OcspError && err.reason === reason;
  try {
    await assert.rejects(client.check({ ...data, responderURL: 'ftp://example.invalid/' }), failsWith('request'));
    await assert.rejects(client.check({ ...data, responderURL: 'not a url' }), failsWith('request'));
    await assert.rejects(client.check({ ...data, issuerKeyHash: 'zz' }), failsWith('request'));
    await assert.rejects(client.check({ ...data, serialNumber: 'serial' }), failsWith('request'));
    await assert.rejects(client.check({ ...data, hashAlgorithm: 'MD5' as never }), failsWith('request'));
    await assert.rejects(client.check({ ...data, responderURL: `${junkUrl}/500` }), failsWith('http'));
    await assert.rejects(client.check({ ...data, responderURL: junkUrl }), failsWith('malformed'));
    await assert.rejects(client.check({ ...data, responderURL: `${junkUrl}/huge` }), (err: unknown) => err instanceof OcspError && err.reason === 'malformed' && /larger than/.test(err.message));
    // A genuine answer replayed to a later request carries the earlier nonce.
    replay = (await client.check(data)).der;
    await assert.rejects(client.check({ ...data, responderURL: `${junkUrl}/replay` }), failsWith('mismatch'));
    // The same answer is not about another certificate either.
    await assert.rejects(new OcspClient({ trusted: responder.ca, nonce: false }).check({ ...data, serialNumber: '1003', responderURL: `${junkUrl}/replay` }), failsWith('mismatch'));
    assert.equal((await new OcspClient({ trusted: responder.ca, nonce: false }).check({ ...data, responderURL: `${junkUrl}/replay` })).status, 'good');
    await responder.stop();
    await assert.rejects(client.check(data), failsWith('unreachable'));
    // An answer checked long after its nextUpdate is stale.
    const later = await startOcspResponder('ca');
    try {
      const lateClient = new OcspClient({ trusted: later.ca, now: () => Date.now() + 3 * 86_400_000 });
      await assert.rejects(lateClient.check(await ocspRequestData(later.good, later.ca, later.url)), failsWith('stale'));
    } finally {
      await later.stop();
    }
  } finally {
    await new Promise((resolve) => junk.close(resolve));
    await responder.stop();
  }
});
