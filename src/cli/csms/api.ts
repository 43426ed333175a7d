/**
 * The operator's HTTP JSON API of the test CSMS, for stations of every
 * version:
 *
 *   GET  /stations                              every station with its version and state (and the charging profiles it was sent)
 *   GET  /stations/{identity}                   one station
 *   GET  /transactions                          every transaction, one shape for 1.6, 2.0.1 and 2.1
 *   POST /stations/{identity}/calls/{action}    body: a request of the station's version, validated against it
 *   POST /stations/{identity}/commands/{name}   body: a neutral command (ocpp-model/neutral), any version
 *
 * Every request passes the HttpGuard first (Host, Origin, JSON bodies, the
 * token: see http/guard.ts). The routes live in one table (`routes`); more
 * are mounted with `mount()` (a dashboard, say), before or after `listen()`. A POSTed
 * payload is validated (strict) before anything is sent; a bad one gets
 * 400 with the validator's errors. The answer is 200 with the station's
 * response, 502 with the CALLERROR it sent, 504 on a timeout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allVersions, CallTimeoutError, OcppError, UnknownStationError, neutral } from '../lib.js';
import { readJsonBody } from '../http/body.js';
import { HttpGuard, type HttpGuardOptions } from '../http/guard.js';
import { stringifySafely } from '../safe-json.js';
import type { CsmsState } from './state.js';

export interface ApiBackend {
  readonly state: CsmsState;
  isConnected(identity: string): boolean;
  /** The version a station speaks (or last spoke). */
  versionOf(identity: string): string | undefined;
  /** Sends a CSMS-to-station CALL of the station's version to a connected station. */
  call(identity: string, action: string, payload: unknown): Promise<unknown>;
  /** Sends a neutral command to a connected station. */
  command(identity: string, name: string, body: unknown): Promise<unknown>;
  /** More about a station than its state holds (the charging profiles the CSMS sent it). */
  stationExtras?(identity: string): Record<string, unknown>;
  /** Stations connected to other nodes of a cluster (`ocpp csms --redis`, cluster.ts), listed after this node's. */
  remoteStations?(): Promise<readonly (Record<string, unknown> & { readonly identity: string })[]>;
  /** The node and version of a station another node of a cluster holds (`call` routes to it); undefined when none does. */
  heldElsewhere?(identity: string): Promise<{ readonly node: string; readonly version: string } | undefined>;
}

/** A handler served before the API's routes (the dashboard): true when it answered; it applies `guard` itself. */
export type ApiFront = (req: IncomingMessage, res: ServerResponse, guard: HttpGuard) => boolean | Promise<boolean>;

/** A route's handler: the request, the response, and the path's {parameters} in order. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, params: string[]) => void | Promise<void>;

/** One route: a method and a path pattern whose segments are names or `{parameter}`. */
interface Route {
  readonly method: string;
  readonly pattern: readonly string[];
  readonly describe: string;
  readonly handler: RouteHandler;
}

export class OperatorApi {
  private readonly server: Server;
  private readonly guard: HttpGuard;
  private readonly host: string;
  private readonly routes: Route[] = [];

  /** Throws GuardConfigError when `access` would leave the API open off loopback. */
  constructor(
    private readonly backend: ApiBackend,
    access: HttpGuardOptions,
    private readonly front?: ApiFront,
  ) {
    this.guard = new HttpGuard(access);
    this.host = access.listenHost;
    const state = backend.state;
    this.mount('GET', '/', (_req, res) => send(res, 200, { endpoints: this.routes.filter((r) => r.describe !== 'GET /').map((r) => r.describe), totals: state.totals() }));
    this.mount('GET', '/stations', async (_req, res) => {
      // A cluster's other nodes list their stations; a record here of a station that moved there is left out.
      const remote = (await this.backend.remoteStations?.()) ?? [];
      const elsewhere = new Set(remote.map((s) => s.identity));
      const here = [...state.stations.values()].filter((s) => !elsewhere.has(s.identity)).map((s) => this.stationJson(s.identity));
      send(res, 200, { stations: [...here, ...remote] });
    });
    this.mount('GET', '/stations/{identity}', (_req, res, [id]) => {
      if (!state.stations.has(id!)) send(res, 404, { error: `unknown station ${id}` });
      else send(res, 200, this.stationJson(id!));
    });
    this.mount('GET', '/transactions', (_req, res) => send(res, 200, { transactions: [...state.transactions.values()] }));
    this.mount('POST', '/stations/{identity}/calls/{action}', (req, res, [id, action]) => this.call(req, res, id!, action!));
    this.mount('POST', '/stations/{identity}/commands/{command}', (req, res, [id, name]) => this.command(req, res, id!, name!));
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

  /**
   * Adds a route behind the same guard: `path` is `/a/{param}/b`, the
   * handler gets the parameters percent-decoded, in order. A route mounted
   * later does not replace an earlier one with the same pattern.
   */
  mount(method: string, path: string, handler: RouteHandler): this {
    this.routes.push({ method, pattern: path.split('/').filter((p) => p !== ''), describe: `${method} ${path}`, handler });
    return this;
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
    if (this.front !== undefined && (await this.front(req, res, this.guard))) return;
    if (!this.guard.admit(req, res)) return;
    const target = req.url ?? '/';
    const pathname = target.split(/[?#]/, 1)[0]!;
    const parts = pathSegments(pathname);
    if (parts === undefined) {
      send(res, 400, { error: `the path ${JSON.stringify(pathname.slice(0, 200))} is not valid percent-encoding` });
      return;
    }
    for (const r of this.routes) {
      if (r.method !== req.method || r.pattern.length !== parts.length) continue;
      const params: string[] = [];
      if (!r.pattern.every((p, i) => (p.startsWith('{') ? (params.push(parts[i]!), true) : p === parts[i]))) continue;
      await r.handler(req, res, params);
      return;
    }
    send(res, 404, { error: `no route ${req.method ?? ''} ${pathname.slice(0, 200)}` });
  }

  private stationJson(identity: string): Record<string, unknown> {
    const state = this.backend.state;
    return { ...state.stationJson(state.station(identity)), ...this.backend.stationExtras?.(identity) };
  }

  /** The station's version, or an answer saying why there is none. */
  /** The station's version, and the node holding it when that is another node of a cluster; 404 when unknown. */
  private async stationVersion(res: ServerResponse, identity: string): Promise<{ readonly version: string; readonly node?: string } | undefined> {
    const remote = this.backend.isConnected(identity) ? undefined : await this.backend.heldElsewhere?.(identity);
    if (remote !== undefined) return remote;
    const version = this.backend.state.stations.has(identity) ? this.backend.versionOf(identity) : undefined;
    if (version === undefined) send(res, 404, { error: `unknown station ${identity}` });
    return version === undefined ? undefined : { version };
  }

  private async body(req: IncomingMessage, res: ServerResponse): Promise<{ value: unknown } | undefined> {
    const body = await readJsonBody(req);
    if (body.ok) return { value: body.value ?? {} };
    // A body cut short leaves unread bytes on the connection: close it after answering.
    if (body.status === 413) res.setHeader('Connection', 'close');
    send(res, body.status, { error: body.error });
    return undefined;
  }

  private async call(req: IncomingMessage, res: ServerResponse, identity: string, action: string): Promise<void> {
    const place = await this.stationVersion(res, identity);
    if (place === undefined) return;
    const version = place.version;
    const descriptor = allVersions.find((v) => v.version === version)!;
    const entry = descriptor.isActionName(action) ? (descriptor.actionTable as Record<string, { direction: string }>)[action] : undefined;
    if (entry === undefined) {
      send(res, 400, { error: `unknown action ${action} in OCPP ${version}` });
      return;
    }
    if (entry.direction === 'StationToCsms') {
      send(res, 400, { error: `${action} is sent by a station, not by the CSMS` });
      return;
    }
    const body = await this.body(req, res);
    if (body === undefined) return;
    const result = descriptor.validate(action, 'request', body.value);
    if (result === undefined || !result.ok) {
      send(res, 400, { error: `invalid ${action} request (OCPP ${version})`, errors: result?.errors ?? [] });
      return;
    }
    // A station another node holds: the call is routed there.
    if (place.node === undefined && !this.connected(res, identity)) return;
    await this.answer(res, () => this.backend.call(identity, action, body.value), (response) => ({ station: identity, version, action, request: body.value, response }));
  }

  private async command(req: IncomingMessage, res: ServerResponse, identity: string, name: string): Promise<void> {
    const place = await this.stationVersion(res, identity);
    if (place === undefined) return;
    const version = place.version;
    if (place.node !== undefined) {
      // The facade that turns a neutral command into calls keeps the station's transactions: the holding node's.
      send(res, 421, { error: `station ${identity} is connected to node ${place.node}: send neutral commands through that node's API, or a call of its version here` });
      return;
    }
    const body = await this.body(req, res);
    if (body === undefined) return;
    if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
      send(res, 400, { error: `the ${name} command must be a JSON object` });
      return;
    }
    if (!this.connected(res, identity)) return;
    await this.answer(res, () => this.backend.command(identity, name, body.value), (result) => ({ station: identity, version, command: name, request: body.value, result }));
  }

  private connected(res: ServerResponse, identity: string): boolean {
    if (this.backend.isConnected(identity)) return true;
    send(res, 409, { error: `station ${identity} is not connected` });
    return false;
  }

  private async answer(res: ServerResponse, run: () => Promise<unknown>, ok: (value: unknown) => unknown): Promise<void> {
    try {
      send(res, 200, ok(await run()));
    } catch (err) {
      if (err instanceof OcppError) {
        send(res, 502, { error: 'the station answered with a CALLERROR', code: err.code, description: err.description, details: err.details });
      } else if (err instanceof CallTimeoutError) {
        send(res, 504, { error: err.message });
      } else if (err instanceof neutral.ConversionError) {
        send(res, 400, { error: err.message, rule: err.rule, field: err.field });
      } else if (err instanceof TypeError || err instanceof RangeError) {
        // A neutral command the converters could not read, or a request the station's version refused before sending.
        send(res, 400, { error: err.message });
      } else if (err instanceof UnknownStationError) {
        send(res, 404, { error: err.message });
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
