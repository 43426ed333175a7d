/**
 * The HTTP side of the CSMS server: the HTTP(S) server it creates for
 * itself when the application gives none (TLS 1.2 or later, the client
 * certificate request of security profile 3, a 426 for anything that is not
 * an upgrade, a deadline for the upgrade request), and the path stations
 * connect under.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { Server as HttpsServer, ServerOptions as HttpsServerOptions } from 'node:https';
import { createRequire } from 'node:module';
import type { SecurityProfile } from './auth.js';
import { PendingHandshakes } from './pending-handshakes.js';
import type { AnyVersion } from '../schema/version.js';
import type { CsmsServerOptions } from './server-options.js';

/** 'node:https' is loaded only by a server that creates its own HTTPS server. */
const requireBuiltin = createRequire(import.meta.url);

/** A server made by the CsmsServer, with the watch over its connections that have not sent their upgrade yet. */
export interface OwnServer {
  readonly server: HttpServer | HttpsServer;
  readonly handshakes: PendingHandshakes;
}

/** Creates the CsmsServer's own HTTP server, or HTTPS server when `tls` is given. */
export function createOwnServer(
  tls: HttpsServerOptions | undefined,
  securityProfile: SecurityProfile,
  handshakeTimeoutMs: number,
  maxPendingHandshakes: number,
): OwnServer {
  const requestHandler = (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(426, { 'Content-Type': 'text/plain', Upgrade: 'websocket', Connection: 'close' });
    res.end('This is an OCPP-J endpoint: connect with a WebSocket.\n');
  };
  const server =
    tls !== undefined
      ? (requireBuiltin('node:https') as typeof import('node:https')).createServer(
          // A00: TLS 1.2 or later, whatever the process-wide default says.
          {
            minVersion: 'TLSv1.2',
            ciphers: a00Ciphers(),
            handshakeTimeout: handshakeTimeoutMs,
            ...(securityProfile === 3 ? { requestCert: true, rejectUnauthorized: false } : {}),
            ...tls,
          },
          requestHandler,
        )
      : createHttpServer(requestHandler);
  const handshakes = new PendingHandshakes(handshakeTimeoutMs, maxPendingHandshakes);
  handshakes.watch(server);
  return { server, handshakes };
}

/** The TLS 1.2 suites A00.FR.318 requires, in OpenSSL's names (TLS_ECDHE_ECDSA_WITH_AES_128/256_GCM_SHA256/384, TLS_RSA_WITH_AES_128/256_GCM_SHA256/384). */
const A00_SUITES = 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:AES128-GCM-SHA256:AES256-GCM-SHA384';

/** The process's default suites with A00's added, so that a narrower process-wide default does not drop them. */
function a00Ciphers(): string {
  return `${(requireBuiltin('node:tls') as typeof import('node:tls')).DEFAULT_CIPHERS}:${A00_SUITES}`;
}

/** An https (tls) server, told without loading node:tls: only those can change their secure context. */
export function isTlsServer(server: HttpServer | HttpsServer): boolean {
  return typeof (server as { setSecureContext?: unknown }).setSecureContext === 'function';
}

/** '/ocpp/' and 'ocpp' both mean '/ocpp'; '' and '/' the root. */
export function normalizePath(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** True when a request target is under `path` (normalized; the identity being the target's last segment). */
export function isOnPath(target: string | undefined, path: string): boolean {
  if (target === undefined) return false;
  const queryAt = target.search(/[?#]/);
  const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
  return normalizePath(pathname.slice(0, pathname.lastIndexOf('/'))) === path;
}

/** Refuses option sets that could never work: a security profile without what it needs. */
export function checkSecurityOptions(profile: SecurityProfile, options: CsmsServerOptions<AnyVersion>): void {
  if ((profile === 1 || profile === 2) && options.authenticate === undefined) {
    throw new TypeError(`security profile ${profile} needs an authenticate hook to check Basic auth passwords`);
  }
  if (profile >= 2 && options.server === undefined && options.tls === undefined && options.noServer !== true) {
    throw new TypeError(`security profile ${profile} needs TLS: pass tls options or an HTTPS server`);
  }
  if (profile >= 2 && options.server !== undefined && !isTlsServer(options.server)) {
    throw new TypeError(`security profile ${profile} needs TLS: the server given is not an HTTPS server`);
  }
}
