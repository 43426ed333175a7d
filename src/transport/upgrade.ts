/**
 * The CSMS server's door: everything decided about a station before its
 * WebSocket exists, so that a refused station gets an HTTP status and never
 * a socket. In order: the path, the identity (Part 4, 3.1.1: unusable ones
 * get 404), the version (the subprotocol, picked from the station's list,
 * 3.1.2), the security profile's proofs (A00; 1.6 security whitepaper, 2),
 * and the application's `authenticate` hook, bounded in time.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AnyVersion } from '../schema/version.js';
import { checkRequestSecurity, type Authenticate, type AuthenticateResult, type RequestSecurity, type SecurityProfile } from './auth.js';
import { offeredProtocols, selectProtocol } from './handshake.js';
import { isOnPath } from './http-host.js';
import { identityFromRequestTarget } from './identity.js';
import type { RefusedInfo } from './server-options.js';

/** A connection let through the door, ready for the upgrade. */
export interface Admitted {
  readonly identity: string;
  readonly version: AnyVersion;
  readonly endpointPath: string;
  readonly security: RequestSecurity;
}

/** What the door needs of the server. */
export interface GateHost {
  /** The server is closing: every request is refused (503). */
  readonly closing: boolean;
  /** A request was refused before the upgrade. */
  refused(info: RefusedInfo): void;
  /** Upgrades an admitted request (the socket is still open). */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, admitted: Admitted): void;
}

/** The door's settings. */
export interface GateSettings {
  /** The normalized path stations connect under; undefined: any. */
  readonly path: string | undefined;
  /** The versions offered, in the server's order of preference. */
  readonly versions: readonly AnyVersion[];
  /** Whose order picks among several versions in common. */
  readonly preference: 'server' | 'client';
  readonly securityProfile: SecurityProfile;
  readonly authenticate: Authenticate | undefined;
  readonly authenticateTimeoutMs: number;
}

function ignore(): void {}

/** Decides on each upgrade request (see the module comment). */
export class UpgradeGate {
  /** Sockets waiting for the authenticate hook: destroyed if the server closes meanwhile. */
  readonly pending = new Set<Duplex>();
  private readonly protocols: readonly string[];

  constructor(
    private readonly host: GateHost,
    private readonly settings: GateSettings,
  ) {
    this.protocols = settings.versions.map((v) => v.protocol);
  }

  /** The version to speak with a client offering `offered` (subprotocols, by its preference), if any. */
  select(offered: readonly string[]): AnyVersion | undefined {
    const protocol = selectProtocol(offered, this.protocols, this.settings.preference);
    return protocol === undefined ? undefined : this.settings.versions.find((v) => v.protocol === protocol);
  }

  /** Handles one upgrade request: refused with an HTTP status, or handed to the host's upgrade. */
  handle(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', ignore);
    if (this.host.closing) return this.refuse(req, socket, undefined, 503, 'server shutting down');
    const path = this.settings.path;
    if (path !== undefined && !isOnPath(req.url, path)) return this.refuse(req, socket, undefined, 404, 'no OCPP endpoint at this path');
    const parsed = identityFromRequestTarget(req.url);
    // Part 4, 3.2: an identity the CSMS cannot use is answered 404.
    if (!parsed.ok) return this.refuse(req, socket, undefined, 404, parsed.reason);
    const identity = parsed.identity;
    const offered = offeredProtocols(req.headers['sec-websocket-protocol']);
    const version = this.select(offered);
    if (version === undefined) {
      // Refused at the handshake, never upgraded and closed afterwards.
      const why = offered.length === 0 ? 'no subprotocol offered' : `none of the offered subprotocols (${offered.join(', ')}) is supported`;
      return this.refuse(req, socket, identity, 400, `${why}; this server speaks ${this.protocols.join(', ')}`);
    }
    const check = checkRequestSecurity(req, identity, this.settings.securityProfile);
    if (!check.ok) return this.refuse(req, socket, identity, check.status, check.reason, check.basicChallenge === true);
    const admitted: Admitted = { identity, version, endpointPath: parsed.endpointPath, security: check.security };
    if (this.settings.authenticate === undefined) this.upgrade(req, socket, head, admitted);
    else this.authenticate(this.settings.authenticate, req, socket, head, admitted);
  }

  /** Answers a request with an HTTP status and closes it; tells the host. */
  refuse(req: IncomingMessage, socket: Duplex, identity: string | undefined, status: number, reason: string, basicChallenge = false): void {
    this.host.refused({ identity, status, reason, remoteAddress: req.socket.remoteAddress });
    const body = `${reason}\n`;
    const headers = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Refused'}`,
      'Connection: close',
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      ...(basicChallenge ? ['WWW-Authenticate: Basic realm="OCPP", charset="UTF-8"'] : []),
    ];
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    socket.once('finish', () => socket.destroy());
    socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
  }

  /** The server closes: requests waiting for their verdict are dropped. */
  close(): void {
    for (const socket of this.pending) socket.destroy();
    this.pending.clear();
  }

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, admitted: Admitted): void {
    this.pending.delete(socket);
    if (socket.destroyed || this.host.closing) {
      socket.destroy();
      return;
    }
    this.host.upgrade(req, socket, head, admitted);
  }

  /** Asks the application's hook, at most `authenticateTimeoutMs` (then 503); a hook that throws is a 500. */
  private authenticate(hook: Authenticate, req: IncomingMessage, socket: Duplex, head: Buffer, admitted: Admitted): void {
    const { identity, version, endpointPath, security } = admitted;
    this.pending.add(socket);
    const abort = new AbortController();
    const onGone = (): void => abort.abort(new Error('the client went away'));
    socket.once('close', onGone);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<AuthenticateResult>((resolve) => {
      timer = setTimeout(() => resolve({ status: 503, message: 'authentication took too long' }), this.settings.authenticateTimeoutMs);
    });
    const decide = async (): Promise<AuthenticateResult> =>
      hook({
        identity,
        endpointPath,
        protocol: version.protocol,
        version: version.version,
        securityProfile: security.securityProfile,
        request: req,
        signal: abort.signal,
        ...(security.password !== undefined ? { password: security.password } : {}),
        ...(security.certificate !== undefined ? { certificate: security.certificate } : {}),
      });
    Promise.race([decide(), timeout])
      .then(
        (result) => result,
        (): AuthenticateResult => ({ status: 500, message: 'authentication failed' }),
      )
      .then((result) => {
        clearTimeout(timer);
        socket.off('close', onGone);
        if (socket.destroyed) {
          this.pending.delete(socket);
          return;
        }
        if (result === true) {
          this.upgrade(req, socket, head, admitted);
          return;
        }
        this.pending.delete(socket);
        const status = result === false ? 401 : result.status;
        const message = result === false ? 'authentication refused' : (result.message ?? STATUS_CODES[status] ?? 'refused');
        this.refuse(req, socket, identity, status, message, status === 401 && security.securityProfile < 3);
      });
  }
}
