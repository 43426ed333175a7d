/**
 * Authorize with ISO 15118 contract certificates (C07; TC_C_50_CSMS..
 * TC_C_52_CSMS) through a real CsmsServer: the certificate hash data (or
 * the PEM chain) checked at a real OCSP responder (`openssl ocsp`), or a
 * configured status; the idToken is Invalid when the certificate is not
 * Accepted. 1.6 Authorize answers idTagInfo.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v201 from '../../src/v201/index.js';
import * as v16 from '../../src/v16/index.js';
import { CsmsServer } from '../../src/transport/index.js';
import { Authorizer } from '../../src/cli/csms/services/authorize.js';
import { ContractCertificates, type ContractCertificatesOptions } from '../../src/cli/csms/services/contract-certificates.js';
import { OcspClient, ocspRequestData } from '../../src/cli/csms/services/ocsp.js';
import { TokenService } from '../../src/cli/csms/services/tokens.js';
import { hasOpenssl } from '../support/certs.js';
import { startOcspResponder, type OcspFixture } from './ocsp-responder.js';
import { connect, opened, type RawStation } from './raw-station.js';

const skip = !hasOpenssl() && 'openssl is not installed';
const eMaid = { idToken: 'NLTNMA1234567X', type: 'eMAID' };

/** A CSMS whose Authorize handler is the authorizer's, and a booted station on it. */
async function csms(contracts: ContractCertificatesOptions): Promise<{ station: RawStation; close(): Promise<void> }> {
  const tokens = new TokenService();
  await tokens.create({ idToken: eMaid.idToken, type: 'eMAID', status: 'Accepted' });
  const authorizer = new Authorizer(tokens, new ContractCertificates(contracts));
  const server = new CsmsServer({ pingIntervalMs: 0 });
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: new Date().toISOString() }));
  server.handle('2.0.1', 'Authorize', (req) => authorizer.authorize201(req));
  const { port } = await server.listen(0, '127.0.0.1');
  const station = opened(await connect(`ws://127.0.0.1:${port}/ocpp`, { identity: 'PNC1' }));
  await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
  return { station, close: async () => (await station.close(), await server.close(1000)) };
}

async function authorize(station: RawStation, extra: object): Promise<{ idTokenInfo: { status: string }; certificateStatus?: string }> {
  const response = await station.call('Authorize', { idToken: eMaid, ...extra });
  assert.ok(v201.validate('Authorize', 'response', response)?.ok, JSON.stringify(response));
  return response as { idTokenInfo: { status: string }; certificateStatus?: string };
}

test('TC_C_50_CSMS..TC_C_52_CSMS: hash data checked by OCSP: good Accepted, revoked CertificateRevoked (token Invalid), unknown CertChainError, no responder NoCertificateAvailable', { skip }, async () => {
  const responder: OcspFixture = await startOcspResponder('ca');
  const { station, close } = await csms({ ocsp: new OcspClient({ trusted: responder.ca }) });
  try {
    const hashData = async (pem: string) => ({ iso15118CertificateHashData: [await ocspRequestData(pem, responder.ca, responder.url)] });
    assert.deepEqual(await authorize(station, await hashData(responder.good)), { idTokenInfo: { status: 'Accepted' }, certificateStatus: 'Accepted' });
    assert.deepEqual(await authorize(station, await hashData(responder.revoked)), { idTokenInfo: { status: 'Invalid' }, certificateStatus: 'CertificateRevoked' });
    assert.deepEqual(await authorize(station, await hashData(responder.unlisted)), { idTokenInfo: { status: 'Invalid' }, certificateStatus: 'CertChainError' });
    // A chain of two, one revoked: the chain is revoked.
    const both = { iso15118CertificateHashData: [...(await hashData(responder.good)).iso15118CertificateHashData, ...(await hashData(responder.revoked)).iso15118CertificateHashData] };
    assert.equal((await authorize(station, both)).certificateStatus, 'CertificateRevoked');
    // Without certificate data the answer has no certificateStatus.
    assert.deepEqual(await authorize(station, {}), { idTokenInfo: { status: 'Accepted' } });
    const down = await hashData(responder.good);
    await responder.stop();
    assert.deepEqual(await authorize(station, down), { idTokenInfo: { status: 'Invalid' }, certificateStatus: 'NoCertificateAvailable' });
  } finally {
    await close();
    await responder.stop();
  }
});

test('C07: a configured status is answered without asking any responder', async () => {
  const { station, close } = await csms({ configured: 'ContractCancelled' });
  try {
    const hashData = [{ hashAlgorithm: 'SHA256', issuerNameHash: 'aa', issuerKeyHash: 'bb', serialNumber: '01', responderURL: 'http://127.0.0.1:9/' }];
    assert.deepEqual(await authorize(station, { iso15118CertificateHashData: hashData }), { idTokenInfo: { status: 'Invalid' }, certificateStatus: 'ContractCancelled' });
  } finally {
    await close();
  }
});

test('C07: a PEM contract chain is checked for signature and dates, then at the OCSP address it names', { skip }, async () => {
  const responder = await startOcspResponder('ca');
  const options = { ocsp: new OcspClient({ trusted: responder.ca }) };
  const { station, close } = await csms(options);
  try {
    const status = async (certificate: string) => (await authorize(station, { certificate })).certificateStatus;
    assert.equal(await status(responder.leaf('1001') + responder.ca), 'Accepted');
    assert.equal(await status(responder.leaf('9F02') + responder.ca), 'CertificateRevoked');
    assert.equal(await status(responder.leaf('1001') + responder.rogueCa), 'SignatureError');
    assert.equal(await status(responder.leaf('1001')), 'CertChainError');
    assert.equal(await status(responder.good + responder.ca), 'NoCertificateAvailable', 'no OCSP address in the certificate');
    assert.equal(await status('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'), 'SignatureError');
    const later = new ContractCertificates({ ...options, now: () => Date.now() + 10 * 86_400_000 });
    assert.equal((await later.check(undefined, responder.leaf('1001') + responder.ca))?.status, 'CertificateExpired');
  } finally {
    await close();
    await responder.stop();
  }
});

test('1.6 Authorize.conf from the same tokens: idTagInfo with parentIdTag and expiryDate', async () => {
  const tokens = new TokenService();
  await tokens.create({ idToken: 'TAG1', status: 'Accepted', groupId: 'PARENT', expiresAt: '2099-01-01T00:00:00Z' });
  const authorizer = new Authorizer(tokens);
  const conf = await authorizer.authorize16({ idTag: 'TAG1' });
  assert.deepEqual(conf, { idTagInfo: { status: 'Accepted', expiryDate: '2099-01-01T00:00:00.000Z', parentIdTag: 'PARENT' } });
  assert.ok(v16.validate('Authorize', 'response', conf)?.ok);
  assert.deepEqual(await authorizer.authorize16({ idTag: 'NOPE' }), { idTagInfo: { status: 'Invalid' } });
  assert.deepEqual(await authorizer.authorize21({ idToken: { idToken: 'TAG1', type: 'ISO14443' } }), {
    idTokenInfo: { status: 'Accepted', cacheExpiryDateTime: '2099-01-01T00:00:00.000Z', groupIdToken: { idToken: 'PARENT', type: 'Central' } },
  });
});
