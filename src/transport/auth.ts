/**
 * Security profiles at the server's door, the same for every version
 * (OCPP 2.x Part 2, A00; the OCPP 1.6 security whitepaper, section 2, which
 * defines the same three):
 *   1  HTTP Basic auth over plain or TLS WebSocket
 *   2  TLS (server certificate) plus HTTP Basic auth
 *   3  TLS with a client certificate whose subject CN is the identity
 * The checks here decide what a request proves; the application's
 * `authenticate` hook then decides whether that is enough for this station
 * (the password itself is the application's to verify).
 */
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import type { OcppVersion } from '../schema/version.js';
import { parseBasicAuth } from './handshake.js';

/** 0 = no security (development only), then the three profiles of A00. */
export type SecurityProfile = 0 | 1 | 2 | 3;

/** What the authenticate hook sees about a connection attempt. */
export interface AuthenticateInfo {
  /** The identity from the URL, percent-decoded. */
  readonly identity: string;
  /** The URL path before the identity (e.g. '/ocpp'). */
  readonly endpointPath: string;
  /** The subprotocol that will be used. */
  readonly protocol: string;
  /** The OCPP version that will be spoken ('1.6', '2.0.1', '2.1'). */
  readonly version: OcppVersion;
  /** The Basic auth password, when the request carried Basic credentials for this identity. */
  readonly password?: string;
  /** The TLS client certificate, present only when it verified against the server's CAs. */
  readonly certificate?: PeerCertificate;
  /** The strongest profile this request satisfies. */
  readonly securityProfile: SecurityProfile;
  /** The HTTP upgrade request (headers, socket). */
  readonly request: IncomingMessage;
  /** Aborted when the client goes away while the hook is still deciding. */
  readonly signal: AbortSignal;
}

/** An explicit refusal: the HTTP status to answer (401 when the hook just says false). */
export interface AuthRefusal {
  /** The HTTP status to answer. */
  readonly status: number;
  /** The body of the answer, for the station's logs. */
  readonly message?: string;
}

/** true accepts; false refuses with 401; an AuthRefusal refuses with its status. */
export type AuthenticateResult = boolean | AuthRefusal;

/** The application's decision on a connection attempt, before the upgrade; may be async. */
export type Authenticate = (info: AuthenticateInfo) => AuthenticateResult | Promise<AuthenticateResult>;

/** What a request proves: the strongest profile it satisfies, its password, its verified certificate. */
export interface RequestSecurity {
  readonly securityProfile: SecurityProfile;
  readonly password?: string;
  readonly certificate?: PeerCertificate;
}

/** The door's verdict on a request's security: its proofs, or the HTTP refusal. */
export type SecurityCheck =
  | { readonly ok: true; readonly security: RequestSecurity }
  | { readonly ok: false; readonly status: number; readonly reason: string; readonly basicChallenge?: boolean };

function commonNames(cert: PeerCertificate): string[] {
  const cn: unknown = (cert.subject as unknown as Record<string, unknown> | undefined)?.['CN'];
  if (typeof cn === 'string') return [cn];
  if (Array.isArray(cn)) return cn.filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * What the request proves, measured against the minimum profile the server
 * requires. A higher profile satisfies a lower requirement (a station with a
 * valid client certificate needs no password where profile 2 is asked).
 */
export function checkRequestSecurity(
  request: IncomingMessage,
  identity: string,
  required: SecurityProfile,
): SecurityCheck {
  const socket = request.socket;
  // A TLSSocket says so (told without loading node:tls for servers that never see one).
  const tls = (socket as Partial<TLSSocket>).encrypted === true;
  const credentials = parseBasicAuth(request.headers.authorization);
  if (request.headers.authorization !== undefined && credentials === undefined) {
    return { ok: false, status: 401, reason: 'malformed Authorization header', basicChallenge: true };
  }
  // TC_A_02_CSMS / A00.FR.204: the Basic user name must be the identity in the URL.
  if (credentials !== undefined && credentials.username !== identity) {
    return { ok: false, status: 401, reason: 'Basic auth user name does not match the identity', basicChallenge: true };
  }

  let certificate: PeerCertificate | undefined;
  if (tls) {
    const peer = (socket as TLSSocket).getPeerCertificate();
    const presented = peer !== null && typeof peer === 'object' && Object.keys(peer).length > 0;
    if (presented) {
      // A00.FR.405-style: an untrusted certificate, or one naming another station, is refused.
      if (!(socket as TLSSocket).authorized) {
        return { ok: false, status: 401, reason: 'client certificate is not trusted' };
      }
      const names = commonNames(peer);
      if (names.length !== 1 || names[0] !== identity) {
        return { ok: false, status: 401, reason: 'client certificate CN does not match the identity' };
      }
      certificate = peer;
    }
  }

  const proven: SecurityProfile =
    tls && certificate !== undefined ? 3 : tls && credentials !== undefined ? 2 : credentials !== undefined ? 1 : 0;

  if (required >= 2 && !tls) return { ok: false, status: 401, reason: `security profile ${required} requires TLS` };
  if (required === 3 && certificate === undefined) {
    return { ok: false, status: 401, reason: 'security profile 3 requires a client certificate' };
  }
  if (proven < required) {
    return { ok: false, status: 401, reason: 'Basic auth credentials required', basicChallenge: true };
  }
  const security: RequestSecurity = {
    securityProfile: proven,
    ...(credentials !== undefined ? { password: credentials.password } : {}),
    ...(certificate !== undefined ? { certificate } : {}),
  };
  return { ok: true, security };
}

let cryptoModule: typeof import('node:crypto') | undefined;
/** node:crypto, loaded on the first password comparison rather than on import. */
function crypto(): typeof import('node:crypto') {
  return (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}

/**
 * Compares a received password with the expected one in constant time (for
 * `authenticate` hooks): both are hashed first, so neither the content nor
 * the length leaks through timing.
 */
export function passwordsEqual(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const { createHash, timingSafeEqual } = crypto();
  const a = createHash('sha256').update(received, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
