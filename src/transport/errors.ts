/**
 * Why a connection attempt failed, and whether trying again can help.
 */
import type { IncomingMessage } from 'node:http';

/**
 * http: the server answered with an HTTP status instead of upgrading
 * (401 wrong credentials, 404 unknown identity, 400 no common subprotocol...).
 * subprotocol: the server upgraded without one of the offered subprotocols.
 * tls: the TLS handshake failed on a certificate (untrusted CA, wrong host,
 * expired, or the server refused this client's certificate).
 * network: the server could not be reached or the connection dropped.
 * timeout: the opening handshake took too long.
 */
export type HandshakeFailure = 'http' | 'subprotocol' | 'tls' | 'network' | 'timeout';

/** A connection attempt that failed before the WebSocket opened: what happened, and whether retrying can help. */
export class HandshakeError extends Error {
  /** What kind of failure (see HandshakeFailure). */
  readonly failure: HandshakeFailure;
  /** HTTP status, for failure 'http'. */
  readonly status: number | undefined;
  /** The system or OpenSSL error code, when there was one. */
  readonly code: string | undefined;
  /**
   * True when repeating the same attempt cannot succeed without a change on
   * one side (credentials, certificates, configuration): 4xx answers, a
   * missing subprotocol, certificate errors.
   */
  readonly permanent: boolean;

  constructor(
    failure: HandshakeFailure,
    message: string,
    details: { status?: number; code?: string; permanent: boolean; cause?: unknown },
  ) {
    super(message, details.cause !== undefined ? { cause: details.cause } : undefined);
    this.failure = failure;
    this.status = details.status;
    this.code = details.code;
    this.permanent = details.permanent;
  }

  override readonly name: string = 'HandshakeError';
}

/** OpenSSL / Node codes of certificate problems, on either side of the TLS handshake. */
const certificateCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'INVALID_CA',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
  // Alerts from a server that refused this client's certificate (profile 3).
  'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED',
  'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN',
  'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA',
  'ERR_SSL_TLSV1_ALERT_ACCESS_DENIED',
  'ERR_SSL_SSLV3_ALERT_CERTIFICATE_EXPIRED',
  'ERR_SSL_TLSV1_ALERT_DECRYPT_ERROR',
  // Speaking TLS to a plain server, or the versions do not meet.
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
]);

/** Classifies an 'error' of a connecting ws client. */
export function classifyConnectError(err: unknown): HandshakeError {
  if (err instanceof HandshakeError) return err;
  const e = err as { message?: unknown; code?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const code = typeof e?.code === 'string' ? e.code : undefined;
  if (/subprotocol/i.test(message)) {
    return new HandshakeError('subprotocol', `the server did not agree to a subprotocol: ${message}`, { permanent: true, cause: err, ...(code !== undefined && { code }) });
  }
  if (code !== undefined && (certificateCodes.has(code) || /^ERR_SSL_.*(CERT|ALERT)/.test(code))) {
    return new HandshakeError('tls', `TLS handshake failed (${code}): ${message}`, { code, permanent: true, cause: err });
  }
  if (/handshake has timed out/i.test(message)) {
    return new HandshakeError('timeout', 'the opening handshake timed out', { permanent: false, cause: err });
  }
  const status = /Unexpected server response: (\d{3})/.exec(message);
  if (status !== null) return httpRefusal(Number(status[1]), '');
  return new HandshakeError('network', `could not connect: ${message}`, { permanent: false, cause: err, ...(code !== undefined && { code }) });
}

/** An HTTP answer instead of an upgrade. 4xx is permanent except 408 and 429. */
export function httpRefusal(status: number, body: string): HandshakeError {
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  const text = body.trim().slice(0, 200);
  const hint =
    status === 401 ? ' (credentials or client certificate refused)' : status === 404 ? ' (unknown identity)' : status === 400 ? ' (bad request, e.g. no common subprotocol)' : '';
  return new HandshakeError('http', `the server refused the connection: HTTP ${status}${hint}${text !== '' ? `: ${text}` : ''}`, {
    status,
    permanent,
  });
}

/** Reads at most `limit` bytes of a refusal's body (within a second), for its message. */
export function readBody(res: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      clearTimeout(timer);
      res.removeAllListeners('data');
      resolve(Buffer.concat(chunks).toString('utf8').slice(0, limit));
    };
    const timer = setTimeout(done, 1000);
    res.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= limit) done();
    });
    res.once('end', done);
    res.once('error', done);
  });
}
