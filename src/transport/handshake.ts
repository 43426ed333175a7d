/**
 * The HTTP side of the OCPP-J opening handshake: which subprotocol to speak
 * (Part 4, 3.1.2 and 3.2) and the Basic auth credentials of security
 * profiles 1 and 2.
 */

/** The WebSocket subprotocol names of the OCPP versions (Part 4, 3.1.2). */
export type OcppProtocol = 'ocpp1.6' | 'ocpp2.0.1' | 'ocpp2.1' | (string & {});

/** Splits a Sec-WebSocket-Protocol header into its tokens, in order. */
export function offeredProtocols(header: string | readonly string[] | undefined): string[] {
  if (header === undefined) return [];
  const text = typeof header === 'string' ? header : header.join(',');
  return text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * The subprotocol to answer with, always one the client offered (Part 4,
 * 3.1.2): with 'client' preference the client's first choice among the
 * ones this side supports (the client lists them by preference), with
 * 'server' the first of `supported` the client offers; undefined when
 * there is none in common.
 */
export function selectProtocol(offered: readonly string[], supported: readonly string[], preference: 'client' | 'server' = 'client'): string | undefined {
  return preference === 'client' ? offered.find((p) => supported.includes(p)) : supported.find((p) => offered.includes(p));
}

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * Reads `Authorization: Basic base64(user:password)`. The user name (the
 * identity) cannot contain ':', so the first colon separates the two; the
 * password is UTF-8 (errata to SecurityCtrlr.BasicAuthPassword).
 */
export function parseBasicAuth(header: string | undefined): BasicCredentials | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** The Authorization header value for Basic auth. */
export function basicAuthHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
