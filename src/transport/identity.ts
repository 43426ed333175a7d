/**
 * The charging station identity in the connection URL (Part 4, 3.1.1): the
 * last path segment, percent-encoded, at most 48 characters, and never a
 * colon, because it doubles as the HTTP Basic auth user name.
 */

/** Part 4, 3.1.1: the identity is at most 48 characters. */
export const MAX_IDENTITY_LENGTH = 48;

export type IdentityResult =
  | { readonly ok: true; readonly identity: string; readonly endpointPath: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Why an identity is unusable, or undefined when it is fine. Beyond the
 * spec's rules it refuses control characters and '/', which no station id
 * needs and which would make logs and URLs ambiguous, and '.' and '..':
 * URL resolution removes such path segments (RFC 3986, 5.2.4), so no URL
 * could name the station afterwards.
 */
export function identityProblem(identity: string): string | undefined {
  if (identity.length === 0) return 'empty identity';
  if (identity === '.' || identity === '..') return `identity ${JSON.stringify(identity)} is a relative path segment`;
  // Count code points, not UTF-16 units.
  let length = 0;
  for (const _ of identity) length++;
  if (length > MAX_IDENTITY_LENGTH) return `identity longer than ${MAX_IDENTITY_LENGTH} characters`;
  if (identity.includes(':')) return "identity contains ':'";
  if (identity.includes('/')) return "identity contains '/'";
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(identity)) return 'identity contains a control character';
  return undefined;
}

/**
 * Reads the identity from a request target such as `/ocpp/RDAM%20123?x=1`.
 * `endpointPath` is what precedes it (`/ocpp`).
 */
export function identityFromRequestTarget(target: string | undefined): IdentityResult {
  if (target === undefined) return { ok: false, reason: 'no request target' };
  const queryAt = target.search(/[?#]/);
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const slash = path.lastIndexOf('/');
  const raw = path.slice(slash + 1);
  let identity: string;
  try {
    identity = decodeURIComponent(raw);
  } catch {
    return { ok: false, reason: 'identity is not valid percent-encoding' };
  }
  const problem = identityProblem(identity);
  if (problem !== undefined) return { ok: false, reason: problem };
  return { ok: true, identity, endpointPath: slash <= 0 ? '/' : path.slice(0, slash) };
}

/**
 * The connection URL for a station (Part 4, 3.1.1): the endpoint URL with
 * '/' and the percent-encoded identity appended to its path; a query on the
 * endpoint URL is kept.
 */
export function connectionUrl(endpointUrl: string | URL, identity: string): string {
  const problem = identityProblem(identity);
  if (problem !== undefined) throw new TypeError(`Invalid charging station identity: ${problem}`);
  const url = new URL(endpointUrl.toString());
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new TypeError(`The endpoint URL must use ws: or wss:, not ${url.protocol}`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  url.pathname = base + encodeURIComponent(identity);
  return url.toString();
}
