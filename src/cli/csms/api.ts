/**
 * The operator's HTTP JSON API of the test CSMS:
 *
 *   GET  /stations                          every station with its state (and the charging profiles it was sent)
 *   GET  /stations/{identity}               one station
 *   GET  /transactions                      every transaction
 *   POST /stations/{identity}/calls/{action}  body: the request payload
 *
 * Every request passes the HttpGuard first (Host, Origin, JSON bodies, the
 * token: see http/guard.ts). A POSTed payload is validated (strict) before
 * anything is sent; a bad one gets 400 with the validator's errors. The
 * answer is 200 with the station's response, 502 with the CALLERROR it
 * sent, 504 on a timeout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallTimeoutError, isActionName, maySend, OcppError, validate } from '../lib.js';
import { readJsonBody } from '../http/body.js';
import { HttpGuard, type HttpGuardOptions } from '../http/guard.js';
import { stringifySafely } from '../safe-json.js';
import type { CsmsState } from './state.js';

export interface ApiBackend {
  readonly state: CsmsState;
  isConnected(identity: string): boolean;
  /** Sends a CSMS-to-station CALL to a connected station. */
  call(identity: string, action: string, payload: unknown): Promise<unknown>;
  /** More about a station than its state holds (the charging profiles the CSMS sent it). */
  stationExtras?(identity: string): Record<string, unknown>;
  /** Stations connected to other nodes of a cluster (`ocpp csms --redis`, cluster.ts), listed after this node's. */
  remoteStations?(): Promise<readonly Record<string, unknown>[]>;
  /** True when another node of a cluster holds the station: `call` routes to it. */
  heldElsewhere?(identity: string): Promise<boolean>;
}

export class OperatorApi {
  private readonly server: Server;
  private readonly guard: HttpGuard;
  private readonly host: string;

  /** Throws GuardConfigError when `access` would leave the API open off loopback. */
  constructor(
    private readonly backend: ApiBackend,
    access: HttpGuardOptions,
  ) {
    this.guard = new HttpGuard(access);
    this.host = access.listenHost;
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => send(res, 500, { error: 'internal error', description: err instanceof Error ? err.message : String(err) }));
    });
    // A request (headers and body) that trickles in is cut instead of holding its socket for minutes.
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 30_000;
  }

  /** True when every request must carry the API token. */
  get requiresToken(): boolean {
    return this.guard.requiresToken;
  }

  listen(port: number): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, this.host, () => {
        this.server.off('error', reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.guard.admit(req, res)) return;
    const target = req.url ?? '/';
    const pathname = target.split(/[?#]/, 1)[0]!;
    const parts = pathSegments(pathname);
    if (parts === undefined) {
      send(res, 400, { error: `the path ${JSON.stringify(pathname.slice(0, 200))} is not valid percent-encoding` });
      return;
    }
    const state = this.backend.state;
    if (req.method === 'GET') {
      if (parts.length === 0) {
        send(res, 200, {
          endpoints: ['GET /stations', 'GET /stations/{identity}', 'GET /transactions', 'POST /stations/{identity}/calls/{action}'],
          totals: state.totals(),
        });
        return;
      }
      if (parts[0] === 'stations' && parts.length === 1) {
        const remote = (await this.backend.remoteStations?.()) ?? [];
        const elsewhere = new Set(remote.map((s) => s.identity));
        const here = [...state.stations.values()].filter((s) => !elsewhere.has(s.identity)).map((s) => this.stationJson(s.identity));
        send(res, 200, { stations: [...here, ...remote] });
        return;
      }
      if (parts[0] === 'stations' && parts.length === 2) {
        if (!state.stations.has(parts[1]!)) send(res, 404, { error: `unknown station ${parts[1]}` });
        else send(res, 200, this.stationJson(parts[1]!));
        return;
      }
      if (parts[0] === 'transactions' && parts.length === 1) {
        send(res, 200, { transactions: [...state.transactions.values()] });
        return;
      }
    }
    if (req.method === 'POST' && parts.length === 4 && parts[0] === 'stations' && parts[2] === 'calls') {
      await this.call(req, res, parts[1]!, parts[3]!);
      return;
    }
    send(res, 404, { error: `no route ${req.method ?? ''} ${pathname.slice(0, 200)}` });
  }

  private stationJson(identity: string): Record<string, unknown> {
    const state = this.backend.state;
    return { ...state.stationJson(state.station(identity)), ...this.backend.stationExtras?.(identity) };
  }

  private async call(req: IncomingMessage, res: ServerResponse, identity: string, action: string): Promise<void> {
    if (!isActionName(action)) {
      send(res, 400, { error: `unknown action ${action}` });
      return;
    }
    if (!maySend(action, 'Csms')) {
      send(res, 400, { error: `${action} is sent by a station, not by the CSMS` });
      return;
    }
    const body = await readJsonBody(req);
    if (!body.ok) {
      // A body cut short leaves unread bytes on the connection: close it after answering.
      if (body.status === 413) res.setHeader('Connection', 'close');
      send(res, body.status, { error: body.error });
      return;
    }
    const payload: unknown = body.value ?? {};
    const result = validate(action, 'request', payload);
    if (!result.ok) {
      send(res, 400, { error: `invalid ${action} request`, errors: result.errors });
      return;
    }
    const elsewhere = (await this.backend.heldElsewhere?.(identity)) === true;
    if (!elsewhere && !this.backend.state.stations.has(identity)) {
      send(res, 404, { error: `unknown station ${identity}` });
      return;
    }
    if (!elsewhere && !this.backend.isConnected(identity)) {
      send(res, 409, { error: `station ${identity} is not connected` });
      return;
    }
    try {
      const response = await this.backend.call(identity, action, payload);
      send(res, 200, { station: identity, action, request: payload, response });
    } catch (err) {
      if (err instanceof OcppError) {
        send(res, 502, { error: 'the station answered with a CALLERROR', code: err.code, description: err.description, details: err.details });
      } else if (err instanceof CallTimeoutError) {
        send(res, 504, { error: err.message });
      } else {
        send(res, 503, { error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
}

/** The path's segments, percent-decoded; undefined when one is not valid percent-encoding. */
function pathSegments(pathname: string): string[] | undefined {
  const parts: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    try {
      parts.push(decodeURIComponent(raw));
    } catch {
      return undefined;
    }
  }
  return parts;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = `${stringifySafely(body, 2)}\n`;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}
