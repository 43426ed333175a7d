/**
 * The door of every HTTP API the command line serves: the operator API of
 * `ocpp csms`, the control API of `ocpp station` and the dashboard that
 * will live on them. A web page the operator happens to have open must not
 * be able to drive them, and neither may the network.
 *
 * Contract: `check(request)` admits a request only when all of these hold,
 * in this order (the first failure is the answer):
 *
 * 1. Host (DNS rebinding): the Host header names this server, and its port,
 *    when given, is the port the request arrived on. The names a server
 *    answers to are the address the connection arrived at, the address it
 *    listens on (unless that is a wildcard), `localhost` and the loopback
 *    addresses for a connection over loopback, the machine's host name for
 *    a wildcard listener, and `allowedHosts`. Otherwise 403 (400 without
 *    a readable Host).
 * 2. Origin (cross-site requests): a request carrying `Origin` must come
 *    from this very origin (`http://<allowed host>:<this port>`);
 *    `Origin: null` and any other origin get 403. `Sec-Fetch-Site`, when a
 *    browser sends it, must be `same-origin` or `none`. The guard never
 *    answers with CORS headers, so a browser lets no other page read an
 *    answer or send what a simple form cannot.
 * 3. Body type: every method but GET and HEAD needs
 *    `Content-Type: application/json` (415 otherwise). A plain form or a
 *    `text/plain` POST, which browsers send cross-site without asking,
 *    never reaches a handler.
 * 4. Token: with a token, `Authorization: Bearer <token>` (compared in
 *    constant time) on every request, GET included: 401 with
 *    `WWW-Authenticate: Bearer` otherwise. Without a token only loopback is
 *    served: the guard cannot be built for a non-loopback listener without
 *    one (`GuardConfigError`), and a request from a non-loopback peer is
 *    refused (403).
 *
 * A refusal says why in a JSON body `{"error": ...}`; `admit()` writes it.
 */
import { hostname } from 'node:os';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { passwordsEqual } from '../lib.js';

export interface HttpGuardOptions {
  /** The host given to listen(): an address, a name, or a wildcard ('0.0.0.0', '::'). */
  readonly listenHost: string;
  /** The API token; undefined serves loopback only, without one. */
  readonly token?: string | undefined;
  /** More names the server is reached by (a DNS name, a proxy's), for Host and Origin. */
  readonly allowedHosts?: readonly string[] | undefined;
}

/** The guard's answer: admitted, or the status, message and headers of the refusal. */
export type GuardVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: number; readonly error: string; readonly headers: Readonly<Record<string, string>> };

/** A guard that would leave an API open off loopback (no token). */
export class GuardConfigError extends Error {
  override readonly name = 'GuardConfigError';
}

const ADMIT: GuardVerdict = { ok: true };
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** True for `localhost`, 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackHost(host: string): boolean {
  const h = normalizeHost(host);
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Lower case, without IPv6 brackets or the IPv4-mapped prefix. */
function normalizeHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1);
  if (h.startsWith('::ffff:') && isIP(h.slice(7)) === 4) h = h.slice(7);
  return h.endsWith('.') && isIP(h) === 0 ? h.slice(0, -1) : h;
}

/** Splits `name`, `name:port`, `[v6]` or `[v6]:port`; undefined when it is none of these. */
export function parseHostHeader(value: string): { readonly host: string; readonly port: number | undefined } | undefined {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^\s:[\]/@]+)(?::(\d{1,5}))?$/.exec(value.trim());
  if (m === null) return undefined;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && port > 65535) return undefined;
  return { host: normalizeHost(m[1]!), port };
}

function refusal(status: number, error: string, headers: Record<string, string> = {}): GuardVerdict {
  return { ok: false, status, error, headers };
}

export class HttpGuard {
  private readonly token: string | undefined;
  private readonly fixedHosts: ReadonlySet<string>;

  /** Throws GuardConfigError for a non-loopback `listenHost` without a token, or an empty token. */
  constructor(options: HttpGuardOptions) {
    if (options.token !== undefined && options.token === '') throw new GuardConfigError('the API token is empty');
    if (options.token === undefined && !isLoopbackHost(options.listenHost)) {
      throw new GuardConfigError(`an API listening on ${options.listenHost} (not loopback) needs a token`);
    }
    this.token = options.token;
    const hosts = new Set<string>((options.allowedHosts ?? []).map(normalizeHost));
    const listen = normalizeHost(options.listenHost);
    if (listen === '0.0.0.0' || listen === '::' || listen === '') hosts.add(normalizeHost(hostname()));
    else hosts.add(listen);
    this.fixedHosts = hosts;
  }

  /** True when requests must carry the token. */
  get requiresToken(): boolean {
    return this.token !== undefined;
  }

  /** Decides on one request (see the module comment for the rules). */
  check(req: IncomingMessage): GuardVerdict {
    const socket = req.socket;
    const localPort = socket.localPort;
    const overLoopback = socket.localAddress !== undefined && isLoopbackHost(socket.localAddress);
    const allowed = (host: string): boolean =>
      this.fixedHosts.has(host) || (socket.localAddress !== undefined && host === normalizeHost(socket.localAddress)) || (overLoopback && LOOPBACK_NAMES.includes(host));

    const hostHeader = req.headers.host;
    const host = hostHeader === undefined ? undefined : parseHostHeader(hostHeader);
    if (host === undefined) return refusal(400, 'a Host header naming this server is required');
    if (!allowed(host.host) || (host.port !== undefined && host.port !== localPort)) {
      return refusal(403, `Host ${JSON.stringify(hostHeader)} is not a name this server answers to`);
    }

    const origin = req.headers.origin;
    if (origin !== undefined && !this.sameOrigin(origin, allowed, localPort)) {
      return refusal(403, `requests from another origin (${origin.slice(0, 100)}) are refused`);
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return refusal(403, `${site} requests are refused`);

    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD' && !isJson(req.headers['content-type'])) {
      return refusal(415, `${method} needs Content-Type: application/json`, { Accept: 'application/json' });
    }

    if (this.token === undefined) {
      const remote = socket.remoteAddress;
      if (remote === undefined || !isLoopbackHost(remote)) return refusal(403, 'without an API token only loopback is served');
      return ADMIT;
    }
    const auth = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (auth === null) return refusal(401, 'an API token is required: Authorization: Bearer TOKEN', { 'WWW-Authenticate': 'Bearer realm="ocpp"' });
    if (!passwordsEqual(auth[1], this.token)) {
      return refusal(401, 'wrong API token', { 'WWW-Authenticate': 'Bearer realm="ocpp", error="invalid_token"' });
    }
    return ADMIT;
  }

  /** check(), and on a refusal writes it (JSON) and ends the response: false. */
  admit(req: IncomingMessage, res: ServerResponse): boolean {
    const verdict = this.check(req);
    if (verdict.ok) return true;
    const body = `${JSON.stringify({ error: verdict.error })}\n`;
    res.writeHead(verdict.status, { ...verdict.headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
    return false;
  }

  /** Wraps a request listener so that only admitted requests reach it (the seam of ControlServer's `guard`). */
  wrap(listener: RequestListener): RequestListener {
    return (req, res) => {
      if (this.admit(req, res)) listener(req, res);
    };
  }

  private sameOrigin(origin: string, allowed: (host: string) => boolean, localPort: number | undefined): boolean {
    const m = /^http:\/\/([^/]+)$/i.exec(origin.trim());
    if (m === null) return false;
    const host = parseHostHeader(m[1]!);
    return host !== undefined && allowed(host.host) && (host.port ?? 80) === localPort;
  }
}

/** application/json, with or without parameters (charset). */
function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  return contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * The token an API should require: `flag` (a command's --api-token) or else
 * the environment's OCPP_API_TOKEN; undefined when neither is set.
 */
export function apiToken(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (flag !== undefined) return flag;
  const fromEnv = env['OCPP_API_TOKEN'];
  return fromEnv === undefined || fromEnv === '' ? undefined : fromEnv;
}

/** A listen host as a URL writes it: a wildcard as localhost, IPv6 in brackets. */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
