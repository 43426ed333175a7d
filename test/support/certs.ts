/**
 * Certificates made at test time with the machine's `openssl`: a CA, a
 * server certificate for 127.0.0.1/localhost, a client certificate per
 * station identity (subject CN = identity, as security profile 3 asks), and a
 * second, untrusted CA to sign certificates nobody should accept. Everything
 * lives in a temporary directory that `cleanup()` removes. EC P-256 keys keep
 * generation fast.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyPair {
  /** PEM certificate. */
  readonly cert: string;
  /** PEM private key (unencrypted). */
  readonly key: string;
}

export interface TestPki {
  /** PEM of the trusted CA that signed the server and client certificates. */
  readonly ca: string;
  /** Server certificate, SAN DNS:localhost and IP:127.0.0.1. */
  readonly server: KeyPair;
  /** The same server with an RSA 2048 key (made on first use): served beside `server`, all four A00.FR.318 suites can be agreed. */
  serverRsa(): KeyPair;
  /** Client certificate with subject CN = identity, signed by the trusted CA (cached). */
  client(identity: string): KeyPair;
  /** PEM of a CA nobody trusts. */
  readonly rogueCa: string;
  /** Client certificate with CN = identity signed by the rogue CA. */
  rogueClient(identity: string): KeyPair;
  /** A server certificate signed by the rogue CA (for "wrong CA" client tests). */
  readonly rogueServer: KeyPair;
  cleanup(): void;
}

/** True when an `openssl` binary can be run. */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function openssl(args: readonly string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** `-subj` treats / = + as syntax; a backslash makes them literal. */
function escapeRdn(value: string): string {
  return value.replace(/[\\/=+]/g, (c) => `\\${c}`);
}

const keyArgs = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

export function makeTestPki(): TestPki {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-pki-'));
  let serial = 1;

  function makeCa(name: string): void {
    openssl(
      ['req', '-x509', ...keyArgs, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2',
        '-subj', `/CN=${name}`, '-addext', 'basicConstraints=critical,CA:TRUE',
        '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
      dir,
    );
  }

  function issue(caName: string, file: string, cn: string, extensions: readonly string[], keyType: readonly string[] = keyArgs): KeyPair {
    openssl(['req', ...keyType, '-keyout', `${file}.key`, '-out', `${file}.csr`, '-subj', `/CN=${escapeRdn(cn)}`], dir);
    writeFileSync(join(dir, `${file}.ext`), extensions.join('\n'));
    openssl(
      ['x509', '-req', '-in', `${file}.csr`, '-CA', `${caName}.pem`, '-CAkey', `${caName}.key`,
        '-set_serial', String(serial++), '-days', '2', '-sha256', '-extfile', `${file}.ext`, '-out', `${file}.pem`],
      dir,
    );
    return { cert: readFileSync(join(dir, `${file}.pem`), 'utf8'), key: readFileSync(join(dir, `${file}.key`), 'utf8') };
  }

  const serverExt = ['basicConstraints=CA:FALSE', 'extendedKeyUsage=serverAuth', 'subjectAltName=DNS:localhost,IP:127.0.0.1'];
  const clientExt = ['basicConstraints=CA:FALSE', 'extendedKeyUsage=clientAuth'];

  makeCa('ca');
  makeCa('rogue-ca');
  const server = issue('ca', 'server', 'localhost', serverExt);
  const rogueServer = issue('rogue-ca', 'rogue-server', 'localhost', serverExt);
  const clients = new Map<string, KeyPair>();
  const rogueClients = new Map<string, KeyPair>();
  // File names must not depend on the identity's characters.
  let clientNo = 0;
  let serverRsa: KeyPair | undefined;

  return {
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    rogueCa: readFileSync(join(dir, 'rogue-ca.pem'), 'utf8'),
    server,
    rogueServer,
    serverRsa() {
      return (serverRsa ??= issue('ca', 'server-rsa', 'localhost', serverExt, ['-newkey', 'rsa:2048', '-nodes']));
    },
    client(identity) {
      let pair = clients.get(identity);
      if (!pair) {
        pair = issue('ca', `client-${clientNo++}`, identity, clientExt);
        clients.set(identity, pair);
      }
      return pair;
    },
    rogueClient(identity) {
      let pair = rogueClients.get(identity);
      if (!pair) {
        pair = issue('rogue-ca', `rogue-client-${clientNo++}`, identity, clientExt);
        rogueClients.set(identity, pair);
      }
      return pair;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
