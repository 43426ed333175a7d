/**
 * The CSMS services inside the real `ocpp csms` (startCsms), driven by raw
 * stations of each version and the operator API over HTTP: stations and
 * credentials that change at run time (TC_A_09, TC_A_19), tokens (TC_C_39
 * to C_49) and ISO 15118 certificate hash data (TC_C_50 to C_52), the test
 * CA (TC_A_11 to A_14, 1.6 SignCertificate), GetCertificateStatus (TC_M_24),
 * Get15118EVCertificate (TC_M_26, M_28), cost (TC_I_01, I_02),
 * GetTransactionStatus after a seqNo gap without --db (TC_E_31), batched
 * GetVariables (TC_B_08), both TLS certificates (TC_A_04, A_07), and the
 * dashboard's management panels.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterEach, describe, it } from 'node:test';
import WebSocket from 'ws';
import { startCsms, type CsmsRunOptions, type RunningCsms } from '../../src/cli/csms/server.js';
import { hasOpenssl, makeTestPki } from '../support/certs.js';
import { connect, opened, type RawStation } from '../csms-services/raw-station.js';
import { startOcspResponder } from '../csms-services/ocsp-responder.js';
import { ocspRequestData } from '../../src/cli/csms/services/ocsp.js';

type Json = Record<string, any>;

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
});

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function csms(extra: Partial<CsmsRunOptions> = {}) {
  const running: RunningCsms = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, securityProfile: 0, state: {}, validation: 'strict', callTimeoutMs: 10_000, onFrame: () => undefined, ...extra });
  closers.push(() => running.close());
  const api = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> => {
    const res = await fetch(`http://127.0.0.1:${running.apiAddress!.port}${path}`, {
      method,
      // The guard asks every method but GET for a JSON content type (DELETE included).
      ...(method !== 'GET' && { headers: { 'Content-Type': 'application/json' } }),
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  return { running, api };
}

/** A raw station that records the CSMS's CALLs and answers them with `answer`. */
async function station(running: RunningCsms, identity: string, o: { protocol?: string; password?: string; answer?: (action: string, payload: Json) => unknown } = {}) {
  const calls: { action: string; payload: Json }[] = [];
  const s: RawStation = opened(
    await connect(running.url, {
      identity,
      ...(o.password !== undefined && { password: o.password }),
      protocol: o.protocol ?? 'ocpp2.0.1',
      answer: (action, payload) => {
        calls.push({ action, payload: payload as Json });
        return o.answer?.(action, payload as Json) ?? {};
      },
    }),
  );
  closers.push(() => s.close());
  return { s, calls };
}

const boot201 = { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } };
const boot16 = { chargePointVendor: 'V', chargePointModel: 'M' };
const attempt = async (running: RunningCsms, identity: string, password: string): Promise<number> => {
  const a = await connect(running.url, { identity, password });
  if ('status' in a) return a.status;
  await a.station.close();
  return 101;
};

describe('ocpp csms: stations and credentials at run time', () => {
  it('TC_A_09: a station added and pre-registered through the API is served without booting; the password it accepted by SetVariables is the one accepted', async () => {
    const { running, api } = await csms({ securityProfile: 1, password: 'default-password-1' });
    assert.equal((await api('POST', '/manage/stations', { identity: 'CS-A09', password: 'first-password-1', registration: 'Accepted' })).status, 201);
    assert.equal(await attempt(running, 'CS-A09', 'default-password-1'), 401, 'its own password, not the default');
    const { s } = await station(running, 'CS-A09', {
      password: 'first-password-1',
      answer: (action, p) => (action === 'SetVariables' ? { setVariableResult: p['setVariableData'].map((d: Json) => ({ attributeStatus: 'Accepted', component: d['component'], variable: d['variable'] })) } : undefined),
    });
    // Pre-registered: served without a BootNotification (no SecurityError).
    assert.ok('currentTime' in ((await s.call('Heartbeat', {})) as Json));
    const set = await api('POST', '/stations/CS-A09/calls/SetVariables', { setVariableData: [{ component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' }, attributeValue: 'second-password-2' }] });
    assert.equal(set.status, 200);
    await s.close();
    await until(() => !running.server.isConnected('CS-A09'), 'the disconnect');
    assert.equal(await attempt(running, 'CS-A09', 'first-password-1'), 401, 'A01.FR.03: the old password is refused');
    assert.equal(await attempt(running, 'CS-A09', 'second-password-2'), 101);
    const listed = await api('GET', '/manage/stations');
    assert.equal(JSON.stringify(listed.body).includes('second-password-2'), false, 'passwords are never shown');
  });

  it('the operator sets a password and a minimum security profile; unknown stations are refused with an allow-list', async () => {
    const { running, api } = await csms({ securityProfile: 1, stations: new Map([['CS-LIST', 'listed-password-1']]) });
    assert.equal(await attempt(running, 'CS-OTHER', 'listed-password-1'), 404);
    assert.equal(await attempt(running, 'CS-LIST', 'listed-password-1'), 101);
    assert.equal((await api('PATCH', '/manage/stations/CS-LIST', { password: 'changed-password-2' })).status, 200);
    assert.equal(await attempt(running, 'CS-LIST', 'listed-password-1'), 401);
    assert.equal(await attempt(running, 'CS-LIST', 'changed-password-2'), 101);
    assert.equal((await api('PATCH', '/manage/stations/CS-LIST', { securityProfile: 2 })).status, 200);
    assert.equal(await attempt(running, 'CS-LIST', 'changed-password-2'), 401, 'below its profile');
    assert.equal((await api('POST', '/manage/stations', { identity: 'bad:identity' })).status, 400);
    // Profile 1 without --password: a station added without one is refused, not admitted with any.
    assert.equal((await api('POST', '/manage/stations', { identity: 'CS-NOPASS' })).status, 201);
    assert.equal(await attempt(running, 'CS-NOPASS', 'anything-at-all'), 401);
    assert.equal((await api('PATCH', '/manage/stations/NOBODY', { password: 'x' })).status, 404);
  });
});

describe('ocpp csms: tokens and Authorize', () => {
  it('TC_C_39 to C_49: status, expiry, group and master pass through the API, answered to 1.6, 2.0.1 and 2.1 stations', async () => {
    const { running, api } = await csms({ services: { masterPassGroupId: 'MASTER' }, state: { idTokens: new Map([['LISTED', 'Accepted']]) } });
    const past = new Date(Date.now() - 3600_000).toISOString();
    for (const t of [
      { idToken: 'BLOCKED', status: 'Blocked' },
      { idToken: 'OLD', status: 'Accepted', expiresAt: past },
      { idToken: 'MEMBER', status: 'Accepted', groupId: 'GROUP-1' },
      { idToken: 'BOSS', status: 'Accepted', groupId: 'MASTER' },
    ]) assert.equal((await api('POST', '/manage/tokens', t)).status, 201);
    assert.equal((await api('POST', '/manage/tokens', { idToken: 'BAD', status: 'Maybe' })).status, 400);
    const s201 = (await station(running, 'TOK-201')).s;
    await s201.call('BootNotification', boot201);
    const auth = async (id: string) => ((await s201.call('Authorize', { idToken: { idToken: id, type: 'ISO14443' } })) as Json)['idTokenInfo'] as Json;
    assert.equal((await auth('BLOCKED'))['status'], 'Blocked');
    assert.equal((await auth('OLD'))['status'], 'Expired');
    assert.deepEqual((await auth('MEMBER'))['groupIdToken'], { idToken: 'GROUP-1', type: 'Central' });
    assert.equal((await auth('LISTED'))['status'], 'Accepted');
    assert.equal((await auth('STRANGER'))['status'], 'Unknown');
    assert.equal((await api('PATCH', '/manage/tokens/BLOCKED', { status: 'Accepted' })).status, 200);
    assert.equal((await auth('BLOCKED'))['status'], 'Accepted', 'a change applies at once');
    // The idToken of a transaction event is answered from the same tokens.
    const started = (await s201.call('TransactionEvent', {
      eventType: 'Started', timestamp: new Date().toISOString(), triggerReason: 'Authorized', seqNo: 0,
      transactionInfo: { transactionId: 'TX-C' }, idToken: { idToken: 'OLD', type: 'ISO14443' }, evse: { id: 1, connectorId: 1 },
    })) as Json;
    assert.equal(started['idTokenInfo']['status'], 'Expired');
    const s16 = (await station(running, 'TOK-16', { protocol: 'ocpp1.6' })).s;
    await s16.call('BootNotification', boot16);
    const tag = ((await s16.call('Authorize', { idTag: 'MEMBER' })) as Json)['idTagInfo'] as Json;
    assert.deepEqual(tag, { status: 'Accepted', parentIdTag: 'GROUP-1' });
    assert.equal((((await s16.call('Authorize', { idTag: 'BLOCKED-NO' })) as Json)['idTagInfo'] as Json)['status'], 'Invalid');
    const s21 = (await station(running, 'TOK-21', { protocol: 'ocpp2.1' })).s;
    await s21.call('BootNotification', boot201);
    assert.equal((((await s21.call('Authorize', { idToken: { idToken: 'BOSS', type: 'ISO14443' } })) as Json)['idTokenInfo'] as Json)['status'], 'Accepted');
    assert.equal((await api('DELETE', '/manage/tokens/MEMBER')).status, 200);
    assert.equal((await auth('MEMBER'))['status'], 'Unknown');
  });

  it('TC_C_50 to C_52: ISO 15118 certificate hash data gets the configured status, and a token is not Accepted with a bad contract', async () => {
    const { running } = await csms({ services: { contractStatus: 'CertificateRevoked' } });
    const s = (await station(running, 'PNC-1')).s;
    await s.call('BootNotification', boot201);
    const hashData = [{ hashAlgorithm: 'SHA256', issuerNameHash: 'a'.repeat(64), issuerKeyHash: 'b'.repeat(64), serialNumber: '01', responderURL: 'http://127.0.0.1:9/ocsp' }];
    const answer = (await s.call('Authorize', { idToken: { idToken: 'EMAID1', type: 'eMAID' }, iso15118CertificateHashData: hashData })) as Json;
    assert.equal(answer['certificateStatus'], 'CertificateRevoked');
    assert.equal(answer['idTokenInfo']['status'], 'Invalid');
    const plain = (await s.call('Authorize', { idToken: { idToken: 'EMAID1', type: 'eMAID' } })) as Json;
    assert.equal(plain['certificateStatus'], undefined);
    assert.equal(plain['idTokenInfo']['status'], 'Accepted');
  });
});

describe('ocpp csms: the test CA and the certificate messages', { skip: !hasOpenssl() && 'openssl is not installed' }, () => {
  const work = (): { dir: string; csr(cn: string): string; cleanup(): void } => {
    const dir = mkdtempSync(join(tmpdir(), 'csms-ca-'));
    return {
      dir,
      csr(cn) {
        execFileSync('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, `${cn}.key`), '-out', join(dir, `${cn}.csr`), '-subj', `/O=Test/CN=${cn}`], { stdio: 'ignore' });
        return readFileSync(join(dir, `${cn}.csr`), 'utf8');
      },
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  };

  it('TC_A_11 to A_14: a CSR is signed and CertificateSigned sent; openssl verifies it against the CA the API shows; a bad CSR is Rejected; 1.6 too', async () => {
    const w = work();
    closers.push(async () => w.cleanup());
    const { running, api } = await csms();
    const { s, calls } = await station(running, 'CA-201', { answer: (action) => (action === 'CertificateSigned' ? { status: 'Accepted' } : undefined) });
    await s.call('BootNotification', boot201);
    assert.deepEqual(await s.call('SignCertificate', { csr: w.csr('CA-201'), certificateType: 'ChargingStationCertificate' }), { status: 'Accepted' });
    await until(() => calls.some((c) => c.action === 'CertificateSigned'), 'CertificateSigned');
    const signed = calls.find((c) => c.action === 'CertificateSigned')!.payload;
    assert.equal(signed['certificateType'], 'ChargingStationCertificate');
    const ca = await api('GET', '/manage/certificates');
    writeFileSync(join(w.dir, 'ca.pem'), ca.body['certificate']);
    writeFileSync(join(w.dir, 'leaf.pem'), signed['certificateChain']);
    assert.match(execFileSync('openssl', ['verify', '-CAfile', join(w.dir, 'ca.pem'), join(w.dir, 'leaf.pem')]).toString(), /OK/);
    // A02.FR.12: the CN must be the station's identity.
    const refused = (await s.call('SignCertificate', { csr: w.csr('SOMEONE-ELSE') })) as Json;
    assert.equal(refused['status'], 'Rejected');
    assert.equal(calls.filter((c) => c.action === 'CertificateSigned').length, 1);
    const v16 = await station(running, 'CA-16', { protocol: 'ocpp1.6', answer: (action) => (action === 'CertificateSigned' ? { status: 'Accepted' } : undefined) });
    await v16.s.call('BootNotification', boot16);
    assert.deepEqual(await v16.s.call('SignCertificate', { csr: w.csr('CA-16') }), { status: 'Accepted' });
    await until(() => v16.calls.some((c) => c.action === 'CertificateSigned'), '1.6 CertificateSigned');
    assert.match(v16.calls.find((c) => c.action === 'CertificateSigned')!.payload['certificateChain'], /BEGIN CERTIFICATE/);
  });

  it('TC_M_26, M_28: Get15118EVCertificate answers the configured EXI; TC_M_24: GetCertificateStatus asks the responder (none here: Failed)', async () => {
    const { running } = await csms({ services: { exiResponses: { Install: 'AAEC' } } });
    const s = (await station(running, 'EV-1')).s;
    await s.call('BootNotification', boot201);
    const install = (await s.call('Get15118EVCertificate', { iso15118SchemaVersion: 'urn:iso:15118:2:2013:MsgDef', action: 'Install', exiRequest: 'AAEC' })) as Json;
    assert.deepEqual([install['status'], install['exiResponse']], ['Accepted', 'AAEC']);
    const update = (await s.call('Get15118EVCertificate', { iso15118SchemaVersion: 'urn:iso:15118:2:2013:MsgDef', action: 'Update', exiRequest: 'AAEC' })) as Json;
    assert.equal(update['status'], 'Failed');
    const status = (await s.call('GetCertificateStatus', {
      ocspRequestData: { hashAlgorithm: 'SHA256', issuerNameHash: 'a'.repeat(64), issuerKeyHash: 'b'.repeat(64), serialNumber: '01', responderURL: 'http://127.0.0.1:9/ocsp' },
    })) as Json;
    assert.equal(status['status'], 'Failed');
  });
});

describe('ocpp csms: a real OCSP responder', { skip: !hasOpenssl() && 'openssl is not installed' }, () => {
  it('TC_M_24: GetCertificateStatus relays the responder\'s answer; TC_C_50, C_51: Authorize checks the hash data there (good Accepted, revoked CertificateRevoked)', async () => {
    const responder = await startOcspResponder('ca');
    closers.push(() => responder.stop());
    const { running } = await csms();
    const s = (await station(running, 'OCSP-1')).s;
    await s.call('BootNotification', boot201);
    const good = await ocspRequestData(responder.good, responder.ca, responder.url);
    const revoked = await ocspRequestData(responder.revoked, responder.ca, responder.url);
    const status = (await s.call('GetCertificateStatus', { ocspRequestData: good })) as Json;
    assert.equal(status['status'], 'Accepted');
    assert.equal(Buffer.from(status['ocspResult'], 'base64')[0], 0x30, 'a DER OCSPResponse');
    const ok = (await s.call('Authorize', { idToken: { idToken: 'EMAID-GOOD', type: 'eMAID' }, iso15118CertificateHashData: [good] })) as Json;
    assert.deepEqual([ok['certificateStatus'], ok['idTokenInfo']['status']], ['Accepted', 'Accepted']);
    const bad = (await s.call('Authorize', { idToken: { idToken: 'EMAID-BAD', type: 'eMAID' }, iso15118CertificateHashData: [revoked] })) as Json;
    assert.deepEqual([bad['certificateStatus'], bad['idTokenInfo']['status']], ['CertificateRevoked', 'Invalid']);
  });
});

describe('ocpp csms: what the CSMS starts on its own', () => {
  const event = (eventType: string, seqNo: number, wh: number, triggerReason = 'MeterValuePeriodic') => ({
    eventType, seqNo, triggerReason, timestamp: new Date().toISOString(), transactionInfo: { transactionId: 'TX-1' },
    ...(eventType === 'Started' && { evse: { id: 1, connectorId: 1 } }),
    meterValue: [{ timestamp: new Date().toISOString(), sampledValue: [{ value: wh, measurand: 'Energy.Active.Import.Register' }] }],
  });

  it('TC_I_01, I_02: CostUpdated while charging and totalCost in the Ended answer, from --tariff', async () => {
    const { running } = await csms({ services: { tariff: { currency: 'EUR', pricePerKWh: 0.5 } } });
    const { s, calls } = await station(running, 'COST-1');
    await s.call('BootNotification', boot201);
    await s.call('TransactionEvent', event('Started', 0, 0, 'CablePluggedIn'));
    await s.call('TransactionEvent', event('Updated', 1, 4000));
    await until(() => calls.some((c) => c.action === 'CostUpdated'), 'CostUpdated');
    assert.deepEqual(calls.find((c) => c.action === 'CostUpdated')!.payload, { totalCost: 2, transactionId: 'TX-1' });
    const ended = (await s.call('TransactionEvent', event('Ended', 2, 10_000, 'EVCommunicationLost'))) as Json;
    assert.equal(ended['totalCost'], 5);
  });

  it('TC_E_31: an Ended event after a seqNo gap makes the CSMS ask GetTransactionStatus, without --db', async () => {
    const { running } = await csms();
    const { s, calls } = await station(running, 'SEQ-1', { answer: (action) => (action === 'GetTransactionStatus' ? { messagesInQueue: false } : undefined) });
    await s.call('BootNotification', boot201);
    await s.call('TransactionEvent', event('Started', 0, 0, 'CablePluggedIn'));
    await s.call('TransactionEvent', event('Ended', 3, 100, 'EVCommunicationLost'));
    await until(() => calls.some((c) => c.action === 'GetTransactionStatus'), 'GetTransactionStatus');
    assert.deepEqual(calls.find((c) => c.action === 'GetTransactionStatus')!.payload, { transactionId: 'TX-1' });
  });

  it('TC_B_08: the operator\'s GetVariables goes in batches of the station\'s ItemsPerMessage, the results joined in order', async () => {
    const { running, api } = await csms();
    const { s, calls } = await station(running, 'BATCH-1', {
      answer: (action, p) => {
        if (action !== 'GetVariables') return undefined;
        return {
          getVariableResult: p['getVariableData'].map((d: Json) => {
            const limit = d['component']['name'] === 'DeviceDataCtrlr' && d['variable']['name'] === 'ItemsPerMessage';
            return { attributeStatus: limit ? 'Accepted' : 'UnknownVariable', component: d['component'], variable: d['variable'], ...(limit && { attributeValue: '2' }) };
          }),
        };
      },
    });
    await s.call('BootNotification', boot201);
    const names = ['A', 'B', 'C', 'D', 'E'];
    const answer = await api('POST', '/stations/BATCH-1/calls/GetVariables', { getVariableData: names.map((name) => ({ component: { name: 'Ctrlr' }, variable: { name } })) });
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body['response']['getVariableResult'].map((r: Json) => r['variable']['name']), names);
    const sent = calls.filter((c) => c.action === 'GetVariables').slice(1);
    assert.deepEqual(sent.map((c) => c.payload['getVariableData'].length), [2, 2, 1]);
  });
});

describe('ocpp csms: TLS and the dashboard', () => {
  it('TC_A_04, A_07: with an RSA and an ECDSA certificate the RSA and ECDSA suites are both agreed', { skip: !hasOpenssl() && 'openssl is not installed' }, async () => {
    const pki = makeTestPki();
    closers.push(async () => pki.cleanup());
    const rsa = pki.serverRsa();
    const { running } = await csms({ securityProfile: 2, password: 'tls-password-001', tls: { cert: [rsa.cert, pki.server.cert], key: [rsa.key, pki.server.key] } });
    for (const cipher of ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384']) {
      const suite = await new Promise<string>((resolve, reject) => {
        const ws = new WebSocket(`${running.url}/TLS-1`, 'ocpp2.0.1', { ca: pki.ca, ciphers: cipher, maxVersion: 'TLSv1.2', headers: { Authorization: `Basic ${Buffer.from('TLS-1:tls-password-001').toString('base64')}` } });
        ws.once('upgrade', (res) => {
          resolve((res.socket as TLSSocket).getCipher().name);
          ws.close();
        });
        ws.once('error', reject);
      });
      assert.equal(suite, cipher);
    }
  });

  it('the dashboard shows the station, token and certificate panels', async () => {
    const { api } = await csms();
    const manage = await api('GET', '/dashboard/api/manage');
    assert.deepEqual(manage.body, { stations: true, tokens: true, certificates: true });
  });
});

describe('ocpp csms --db: registration, credentials and tokens outlive the process', () => {
  it('a station added through the API, its password changed by SetVariables (TC_A_09) and a token are there after a restart; the station is served without booting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csms-services-db-'));
    closers.push(async () => rmSync(dir, { recursive: true, force: true }));
    const db = join(dir, 'csms.db');
    const first = await csms({ securityProfile: 1, stations: new Map([['DB-1', 'listed-password-0']]), db });
    assert.equal((await first.api('PATCH', '/manage/stations/DB-1', { password: 'first-password-1', securityProfile: 1 })).status, 200);
    assert.equal((await first.api('POST', '/manage/tokens', { idToken: 'KEPT', status: 'Blocked', groupId: 'G1' })).status, 201);
    const { s } = await station(first.running, 'DB-1', {
      password: 'first-password-1',
      answer: (action, p) => (action === 'SetVariables' ? { setVariableResult: p['setVariableData'].map((d: Json) => ({ attributeStatus: 'Accepted', component: d['component'], variable: d['variable'] })) } : undefined),
    });
    assert.equal((await s.call('BootNotification', boot201) as Json)['status'], 'Accepted');
    const set = await first.api('POST', '/stations/DB-1/calls/SetVariables', { setVariableData: [{ component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' }, attributeValue: 'second-password-2' }] });
    assert.equal(set.status, 200);
    // The registry has taken the new password (read off the wire) before the CSMS goes; close() waits for its write.
    const registry = first.running.services.registry;
    for (let i = 0; i < 2000 && (await registry.get('DB-1'))?.password !== 'second-password-2'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await s.close();
    await first.running.close();

    // The list's password only seeds: the file's (hashed) one wins.
    const second = await csms({ securityProfile: 1, stations: new Map([['DB-1', 'listed-password-0']]), db });
    assert.equal(await attempt(second.running, 'DB-1', 'first-password-1'), 401, 'the old password stays refused after the restart');
    assert.equal(await attempt(second.running, 'DB-1', 'listed-password-0'), 401, 'the stored password, not the list\'s');
    const again = (await station(second.running, 'DB-1', { password: 'second-password-2' })).s;
    assert.ok('currentTime' in ((await again.call('Heartbeat', {})) as Json), 'served without a new BootNotification');
    const auth = ((await again.call('Authorize', { idToken: { idToken: 'KEPT', type: 'Central' } })) as Json)['idTokenInfo'] as Json;
    assert.equal(auth['status'], 'Blocked');
    assert.deepEqual(auth['groupIdToken'], { idToken: 'G1', type: 'Central' });
    const listed = await second.api('GET', '/manage/stations');
    assert.equal(listed.body['stations'].find((e: Json) => e['identity'] === 'DB-1')['hasPassword'], true);
  });
});
