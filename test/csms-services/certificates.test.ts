/**
 * The test certificate authority and the certificate services: CSRs signed
 * or refused (A02), SignCertificate and CertificateSigned over a real
 * server (TC_A_11_CSMS, TC_A_14_CSMS) with the issued certificate then
 * used for a security profile 3 connection, 1.6 and 2.1 payloads,
 * GetCertificateStatus through a real OCSP responder (TC_M_24_CSMS) and
 * Get15118EVCertificate in a test setup (TC_M_26_CSMS, TC_M_28_CSMS).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v16 from '../../src/v16/index.js';
import * as v201 from '../../src/v201/index.js';
import * as v21 from '../../src/v21/index.js';
import { CsmsServer } from '../../src/transport/index.js';
import { CertificateAuthority, CsrError } from '../../src/cli/csms/services/certificate-authority.js';
import { CertificateSigning, renewalTrigger16, renewalTrigger201, type SigningRecord } from '../../src/cli/csms/services/certificate-signing.js';
import { CertificateStatusService } from '../../src/cli/csms/services/certificate-status.js';
import { ConfiguredExiResponses, EvCertificates, ExiConfigError } from '../../src/cli/csms/services/ev-certificates.js';
import { OcspClient, ocspRequestData } from '../../src/cli/csms/services/ocsp.js';
import { hasOpenssl, makeTestPki } from '../support/certs.js';
import { startOcspResponder } from './ocsp-responder.js';
import { connect, opened, refusedWith } from './raw-station.js';

const skip = !hasOpenssl() && 'openssl is not installed';

/** A folder where openssl makes keys and CSRs. */
function workDir(): { dir: string; csr(subject: string, key?: string[]): { csr: string; key: string }; verify(root: string, leaf: string, untrusted?: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-ca-'));
  let n = 0;
  const run = (args: string[]): string => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  return {
    dir,
    csr(subject, key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1']) {
      const name = `r${n++}`;
      run(['req', '-new', ...key, '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject]);
      return { csr: readFileSync(join(dir, `${name}.csr`), 'utf8'), key: readFileSync(join(dir, `${name}.key`), 'utf8') };
    },
    verify(root, leaf, untrusted) {
      writeFileSync(join(dir, 'root.pem'), root);
      writeFileSync(join(dir, 'leaf.pem'), leaf);
      if (untrusted !== undefined) writeFileSync(join(dir, 'untrusted.pem'), untrusted);
      try {
        return run(['verify', '-CAfile', 'root.pem', ...(untrusted !== undefined ? ['-untrusted', 'untrusted.pem'] : []), '-purpose', 'sslclient', 'leaf.pem']).trim();
      } catch (err) {
        return String((err as { stderr?: Buffer }).stderr ?? err);
      }
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

test('A02: the CA signs EC and RSA CSRs into certificates openssl verifies; bad CSRs are refused with the problem', { skip }, async () => {
  const work = workDir();
  try {
    for (const keyType of ['ec', 'rsa'] as const) {
      const ca = await CertificateAuthority.create({ keyType });
      for (const key of [undefined, ['-newkey', 'rsa:2048']]) {
        const { csr } = work.csr('/O=Acme/CN=CS001', key);
        const issued = ca.sign(csr, { identity: 'CS001' });
        assert.equal(work.verify(ca.certificate, issued.certificate), 'leaf.pem: OK');
        assert.equal(issued.subject, 'O=Acme, CN=CS001');
        assert.equal(issued.chain, issued.certificate, 'a root is not sent in the chain');
        assert.match(issued.serialNumber, /^[0-9A-F]+$/);
      }
    }
    const ca = await CertificateAuthority.create();
    const problem = (csr: string, identity?: string) => {
      try {
        ca.sign(csr, identity === undefined ? {} : { identity });
        return 'signed';
      } catch (err) {
        assert.ok(err instanceof CsrError);
        return err.problem;
      }
    };
    assert.equal(problem(work.csr('/CN=CS001', ['-newkey', 'rsa:1024']).csr), 'key');
    assert.equal(problem(work.csr('/CN=OTHER').csr, 'CS001'), 'subject');
    assert.equal(problem(work.csr('/O=NoName').csr), 'subject');
    assert.equal(problem('not a CSR'), 'malformed');
    assert.equal(problem('-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n'), 'malformed');
    // One byte of the signed part changed: the self-signature no longer holds.
    const good = work.csr('/CN=CS001').csr;
    const der = Buffer.from(good.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    const at = der.indexOf(Buffer.from('CS001'));
    der[at] = 'X'.charCodeAt(0);
    assert.equal(problem(`-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`), 'signature');
    // The V2G certificate's CN is the SECC's, not the identity.
    assert.equal(ca.sign(work.csr('/CN=SECC-1').csr, { identity: 'CS001', use: 'V2GCertificate' }).subject, 'CN=SECC-1');
  } finally {
    work.cleanup();
  }
});

test('A02: a loaded intermediate CA sends itself after the new certificate; the root stays out', { skip }, async () => {
  const work = workDir();
  try {
    const root = await CertificateAuthority.create({ commonName: 'Root' });
    // The intermediate is the root's signing of an openssl CSR, used as a CA.
    const inter = work.csr('/CN=Intermediate');
    writeFileSync(join(work.dir, 'inter.key'), inter.key);
    const issuedInter = root.sign(inter.csr, { use: 'V2GCertificate' });
    // The root signs leaf certificates only; re-issue the intermediate as a CA with openssl, signed by a root openssl knows.
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'root.key', '-out', 'root2.pem', '-days', '2', '-subj', '/CN=Root2', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign'], { cwd: work.dir, stdio: 'ignore' });
    writeFileSync(join(work.dir, 'inter.csr'), inter.csr);
    writeFileSync(join(work.dir, 'ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n');
    execFileSync('openssl', ['x509', '-req', '-in', 'inter.csr', '-CA', 'root2.pem', '-CAkey', 'root.key', '-set_serial', '7', '-days', '2', '-extfile', 'ca.ext', '-out', 'inter.pem'], { cwd: work.dir, stdio: 'ignore' });
    const interPem = readFileSync(join(work.dir, 'inter.pem'), 'utf8');
    const root2 = readFileSync(join(work.dir, 'root2.pem'), 'utf8');
    await assert.rejects(CertificateAuthority.load(issuedInter.certificate, inter.key), /not a CA certificate/);
    const ca = await CertificateAuthority.load(interPem + root2, inter.key);
    const issued = ca.sign(work.csr('/CN=CS002').csr, { identity: 'CS002' });
    assert.equal(issued.chain, issued.certificate + interPem.replace(/\r/g, ''));
    assert.equal(work.verify(root2, issued.certificate, interPem), 'leaf.pem: OK');
    await assert.rejects(CertificateAuthority.load(interPem, root.certificate.replace(/CERTIFICATE/g, 'PRIVATE KEY')));
  } finally {
    work.cleanup();
  }
});

test('TC_A_11_CSMS / TC_A_14_CSMS: TriggerMessage, SignCertificate Accepted, CertificateSigned sent; the station\'s verdict kept; the new certificate opens a profile 3 connection', { skip }, async () => {
  const work = workDir();
  const pki = makeTestPki();
  const ca = await CertificateAuthority.create();
  const server = new CsmsServer({ pingIntervalMs: 0 });
  const signing = new CertificateSigning({ ca, send: (identity, action, payload) => server.station(identity, '2.0.1')!.call(action, payload as never) });
  const records: SigningRecord['status'][] = [];
  signing.on('record', (r) => records.push(r.status));
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: new Date().toISOString() }));
  server.handle('2.0.1', 'SignCertificate', (req, ctx) => signing.handle201(ctx.identity, req));
  const { port } = await server.listen(0, '127.0.0.1');
  try {
    for (const verdict of ['Accepted', 'Rejected'] as const) {
      const received: unknown[] = [];
      const { csr, key } = work.csr('/O=Acme/CN=CS010');
      const delivered = new Promise<SigningRecord>((resolve) => signing.on('record', (r) => r.status !== 'Sent' && resolve(r)));
      const station = opened(
        await connect(`ws://127.0.0.1:${port}/ocpp`, {
          identity: 'CS010',
          answer: (action, payload) => {
            received.push([action, payload]);
            if (action === 'TriggerMessage') setImmediate(() => void station.call('SignCertificate', { csr, certificateType: 'ChargingStationCertificate' }));
            return { status: verdict === 'Accepted' || action === 'TriggerMessage' ? 'Accepted' : 'Rejected' };
          },
        }),
      );
      await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
      assert.deepEqual(await server.station('CS010', '2.0.1')!.call('TriggerMessage', renewalTrigger201()), { status: 'Accepted' });
      const record = await delivered;
      assert.equal(record.status, verdict);
      const [trigger, signed] = received as [unknown, [string, { certificateChain: string; certificateType: string }]];
      assert.deepEqual(trigger, ['TriggerMessage', { requestedMessage: 'SignChargingStationCertificate' }]);
      assert.equal(signed[0], 'CertificateSigned');
      // On the wire: the SignCertificate answer (Accepted, A02.FR.11), then the CertificateSigned call.
      const wire = station.frames.slice(-2).map((f) => f[2]);
      assert.deepEqual(wire, [{ status: 'Accepted' }, 'CertificateSigned']);
      assert.equal(signed[1].certificateType, 'ChargingStationCertificate');
      assert.ok(v201.validate('CertificateSigned', 'request', signed[1])?.ok);
      await station.close();
      if (verdict === 'Accepted') {
        // The station's new certificate, with its own key, is accepted for profile 3 by a CSMS trusting the CA.
        const tls = { cert: pki.server.cert, key: pki.server.key, ca: ca.certificate };
        const p3 = new CsmsServer({ pingIntervalMs: 0, securityProfile: 3, tls });
        const p3port = (await p3.listen(0, '127.0.0.1')).port;
        try {
          const client = { ca: pki.ca, cert: signed[1].certificateChain, key };
          await opened(await connect(`wss://127.0.0.1:${p3port}/ocpp`, { identity: 'CS010', tls: client })).close();
          assert.equal(refusedWith(await connect(`wss://127.0.0.1:${p3port}/ocpp`, { identity: 'CS011', tls: client })), 401, 'the CN names CS010 only');
        } finally {
          await p3.close(1000);
        }
      }
    }
    assert.deepEqual(records, ['Sent', 'Accepted', 'Sent', 'Rejected']);
    // A CSR naming another station is refused at once, with the reason.
    const refused = signing.handle201('CS010', { csr: work.csr('/CN=CS999').csr });
    assert.equal(refused.status, 'Rejected');
    assert.equal(refused.statusInfo?.reasonCode, 'InvalidCertificate');
    assert.ok(v201.validate('SignCertificate', 'response', refused)?.ok);
    assert.deepEqual(signing.history('CS010').map((r) => r.status), ['Accepted', 'Rejected', 'Refused']);
  } finally {
    await server.close(1000);
    work.cleanup();
    pki.cleanup();
  }
});

test('1.6 (whitepaper A02) and 2.1: SignCertificate answers and CertificateSigned payloads in each version\'s shape; a send that fails is Failed', { skip }, async () => {
  const work = workDir();
  try {
    const ca = await CertificateAuthority.create();
    const sent: [string, Record<string, unknown>][] = [];
    let fail = false;
    const signing = new CertificateSigning({ ca, send: async (id, action, payload) => (sent.push([action, payload]), fail ? Promise.reject(new Error('timed out')) : { status: 'Accepted' }) });
    const done = () => new Promise<SigningRecord>((resolve) => signing.once('record', resolve));
    const conf16 = signing.handle16('CP16', { csr: work.csr('/CN=CP16').csr });
    assert.deepEqual(conf16, { status: 'Accepted' });
    assert.ok(v16.validate('SignCertificate', 'response', conf16)?.ok);
    await done();
    assert.deepEqual(Object.keys(sent[0]![1]), ['certificateChain']);
    assert.ok(v16.validate('CertificateSigned', 'request', sent[0]![1])?.ok);
    const res21 = signing.handle21('CS21', { csr: work.csr('/CN=SECC').csr, certificateType: 'V2GCertificate', requestId: 42 });
    assert.ok(v21.validate('SignCertificate', 'response', res21)?.ok);
    await done();
    assert.deepEqual([sent[1]![1].certificateType, sent[1]![1].requestId], ['V2GCertificate', 42]);
    assert.ok(v21.validate('CertificateSigned', 'request', sent[1]![1])?.ok);
    fail = true;
    signing.handle201('CS3', { csr: work.csr('/CN=CS3').csr });
    const failed = await done();
    assert.deepEqual([failed.status, failed.reason], ['Failed', 'timed out']);
    const throwing = new CertificateSigning({ ca, send: () => { throw new Error('station CS4 is not connected'); } });
    const thrown = new Promise<SigningRecord>((resolve) => throwing.on('record', (r) => r.status !== 'Sent' && resolve(r)));
    throwing.handle201('CS4', { csr: work.csr('/CN=CS4').csr });
    assert.deepEqual([(await thrown).status, (await thrown).reason], ['Failed', 'station CS4 is not connected']);
    assert.deepEqual(renewalTrigger16(), { requestedMessage: 'SignChargePointCertificate' });
    assert.ok(v16.validate('ExtendedTriggerMessage', 'request', renewalTrigger16())?.ok);
    assert.ok(v201.validate('TriggerMessage', 'request', renewalTrigger201('V2GCertificate'))?.ok);
  } finally {
    work.cleanup();
  }
});

test('TC_M_24_CSMS (M06): GetCertificateStatus relays the responder\'s DER answer base64; no answer is Failed with the reason', { skip }, async () => {
  const responder = await startOcspResponder('ca');
  const service = new CertificateStatusService(new OcspClient({ trusted: responder.ca }));
  try {
    for (const pem of [responder.good, responder.revoked]) {
      const response = await service.handle201({ ocspRequestData: await ocspRequestData(pem, responder.ca, responder.url) });
      assert.equal(response.status, 'Accepted');
      assert.equal(Buffer.from(response.ocspResult!, 'base64')[0], 0x30);
      assert.ok(v201.validate('GetCertificateStatus', 'response', response)?.ok);
    }
    const data = await ocspRequestData(responder.good, responder.ca, responder.url);
    await responder.stop();
    const failed = await service.handle21({ ocspRequestData: data });
    assert.equal(failed.status, 'Failed');
    assert.equal(failed.statusInfo?.reasonCode, 'OCSPUnreachable');
    assert.ok(v21.validate('GetCertificateStatus', 'response', failed)?.ok);
  } finally {
    await responder.stop();
  }
});

test('TC_M_26_CSMS / TC_M_28_CSMS (M01, M02): Get15118EVCertificate answered with the configured EXI response per action, over a real server', async () => {
  const install = Buffer.from('configured CertificateInstallationRes').toString('base64');
  const certificates = new EvCertificates(new ConfiguredExiResponses({ Install: install }));
  const server = new CsmsServer({ pingIntervalMs: 0 });
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: new Date().toISOString() }));
  server.handle('2.0.1', 'Get15118EVCertificate', (req, ctx) => certificates.handle201(ctx.identity, req));
  const { port } = await server.listen(0, '127.0.0.1');
  try {
    const station = opened(await connect(`ws://127.0.0.1:${port}/ocpp`, { identity: 'EV1' }));
    await station.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    const request = (action: string, exiRequest = Buffer.from('EXI').toString('base64')) => ({ iso15118SchemaVersion: 'urn:iso:15118:2:2013:MsgDef', action, exiRequest });
    assert.deepEqual(await station.call('Get15118EVCertificate', request('Install')), { status: 'Accepted', exiResponse: install });
    const update = (await station.call('Get15118EVCertificate', request('Update'))) as { status: string; statusInfo: { additionalInfo: string } };
    assert.equal(update.status, 'Failed');
    assert.match(update.statusInfo.additionalInfo, /no Update response/);
    assert.equal(((await station.call('Get15118EVCertificate', request('Install', 'not base64!'))) as { status: string }).status, 'Failed');
    await station.close();
  } finally {
    await server.close(1000);
  }
  assert.throws(() => new ConfiguredExiResponses({ Update: 'not base64!' }), ExiConfigError);
  const v21Answer = await new EvCertificates({ answer: () => ({ exiResponse: install, remainingContracts: 2 }) }).handle21('EV1', { iso15118SchemaVersion: 'x', action: 'Update', exiRequest: '' });
  assert.deepEqual(v21Answer, { status: 'Accepted', exiResponse: install, remainingContracts: 2 });
  assert.ok(v21.validate('Get15118EVCertificate', 'response', v21Answer)?.ok);
  const failing = await new EvCertificates({ answer: () => Promise.reject(new Error('pool down')) }).handle201('EV1', { iso15118SchemaVersion: 'x', action: 'Install', exiRequest: '' });
  assert.equal(failing.status, 'Failed');
  assert.ok(v201.validate('Get15118EVCertificate', 'response', failing)?.ok);
});

test('RFC 5280 4.1.2.2: every serial number the CA gives is a positive DER integer without a leading zero byte (1 in 256 random serials had one)', { skip }, async () => {
  const ca = await CertificateAuthority.create();
  const work = workDir();
  try {
    const { csr } = work.csr('/CN=CS001');
    for (let i = 0; i < 600; i++) {
      const issued = ca.sign(csr, { identity: 'CS001' });
      assert.match(issued.serialNumber, /^[4-7][0-9A-F]{31}$/);
    }
  } finally {
    work.cleanup();
  }
});
