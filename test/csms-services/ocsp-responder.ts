/**
 * A real OCSP responder for the tests: Debian's `openssl ocsp` serving an
 * index of certificates it issued (good ones, a revoked one) on a port of
 * its own choosing, answering for its CA either itself or through a
 * delegated responder certificate.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A CA with its certificates and a running responder. */
export interface OcspFixture {
  /** PEM of the CA. */
  readonly ca: string;
  /** A certificate the index marks valid. */
  readonly good: string;
  /** A certificate the index marks revoked (keyCompromise). */
  readonly revoked: string;
  /** A certificate the CA issued but the index does not list. */
  readonly unlisted: string;
  /** PEM of a CA nobody trusts. */
  readonly rogueCa: string;
  /** The responder's URL. */
  readonly url: string;
  /** A new certificate of the CA with this serial (hex), naming the responder in its Authority Information Access. */
  leaf(serial: string): string;
  /** Stops the responder and removes the files. */
  stop(): Promise<void>;
}

const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** Starts a responder signing as `signer`: the CA itself, a delegated responder, or a responder of a rogue CA. */
export async function startOcspResponder(signer: 'ca' | 'delegated' | 'rogue' = 'ca'): Promise<OcspFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-ocsp-'));
  const run = (args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ca = (name: string): void =>
    run(['req', '-x509', ...ec, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', `/CN=${name}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  const issue = (caName: string, name: string, serial: string, ext: string[]): string => {
    run(['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    writeFileSync(join(dir, `${name}.ext`), ext.join('\n'));
    run(['x509', '-req', '-in', `${name}.csr`, '-CA', `${caName}.pem`, '-CAkey', `${caName}.key`, '-set_serial', `0x${serial}`, '-days', '2', '-sha256', '-extfile', `${name}.ext`, '-out', `${name}.pem`]);
    return readFileSync(join(dir, `${name}.pem`), 'utf8');
  };
  ca('ca');
  ca('rogue');
  const leaf = ['basicConstraints=CA:FALSE', 'keyUsage=digitalSignature'];
  const good = issue('ca', 'good', '1001', leaf);
  const revoked = issue('ca', 'revoked', '9F02', leaf);
  const unlisted = issue('ca', 'unlisted', '1003', leaf);
  const responderExt = ['basicConstraints=CA:FALSE', 'keyUsage=digitalSignature', 'extendedKeyUsage=OCSPSigning'];
  if (signer === 'delegated') issue('ca', 'responder', '2001', responderExt);
  if (signer === 'rogue') issue('rogue', 'responder', '2002', responderExt);
  const expiry = '301231235959Z';
  const revokedAt = '250101000000Z';
  writeFileSync(join(dir, 'index.txt'), [`V\t${expiry}\t\t1001\tunknown\t/CN=good`, `R\t${expiry}\t${revokedAt},keyCompromise\t9F02\tunknown\t/CN=revoked`, ''].join('\n'));
  const [rsigner, rkey] = signer === 'ca' ? ['ca.pem', 'ca.key'] : ['responder.pem', 'responder.key'];
  const child: ChildProcess = spawn('openssl', ['ocsp', '-index', 'index.txt', '-port', '0', '-CA', 'ca.pem', '-rsigner', rsigner, '-rkey', rkey, '-ndays', '1', '-ignore_err'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const onData = (d: Buffer): void => {
      seen += d.toString();
      const m = /ACCEPT .*:(\d+)/.exec(seen);
      if (m !== null) resolve(Number(m[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`openssl ocsp exited with ${code}: ${seen}`)));
  });
  return {
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    rogueCa: readFileSync(join(dir, 'rogue.pem'), 'utf8'),
    good,
    revoked,
    unlisted,
    url: `http://127.0.0.1:${port}/`,
    leaf(serial) {
      const name = `leaf-${serial}`;
      const ext = ['basicConstraints=CA:FALSE', 'keyUsage=digitalSignature', `authorityInfoAccess=OCSP;URI:http://127.0.0.1:${port}/`];
      return issue('ca', name, serial, ext);
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
