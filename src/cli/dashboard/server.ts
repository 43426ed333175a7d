/**
 * The web dashboard, mounted on an operator API's HTTP server:
 *
 *   GET  /dashboard/                                  the page
 *   GET  /dashboard/assets/{file}                     its scripts and styles
 *   GET  /dashboard/lib/{version}/{module}.js         the library's validators and model, as ES modules
 *   GET  /dashboard/api/events                        server-sent events: a snapshot, then every change
 *   POST /dashboard/api/stations/{identity}/calls/{action}  send an action (validated again here)
 *   /dashboard/api/manage/...                         stations, tokens, certificates (management.ts), when given
 *
 * The HttpGuard decides on every request. The page's files hold code and no
 * data, and a browser cannot put a token on the request that opens a page
 * or loads a module, so they are served without the token (every other rule
 * of the guard holds: Host, Origin, Sec-Fetch-Site, loopback without a
 * token); the event stream and sending need the token like the rest of the
 * API. The page reads the token from its address (`#token=...`, never sent
 * to a server) and sends it as `Authorization: Bearer`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody } from '../http/body.js';
import type { HttpGuard } from '../http/guard.js';
import { stringifySafely } from '../safe-json.js';
import type { DashboardBackend, DashboardEvent, FrameView, SendOutcome, TransactionView } from './backend.js';
import { Management, type DashboardServices } from './management.js';
import { sendFile, staticFile } from './static.js';

export interface DashboardOptions {
  /** Frames kept for a page that opens later. Default 500. */
  readonly backlog?: number;
  /** Power samples kept per transaction. Default 2000. */
  readonly samples?: number;
  /** Interval of the comment that keeps idle event streams open through proxies, ms. Default 20000. */
  readonly keepAliveMs?: number;
  /** Stations, tokens and certificates to manage (management.ts); none: no management panels. */
  readonly services?: DashboardServices;
}

/** One point of a transaction's chart: time (ms), power (W), energy (Wh). */
export type Sample = readonly [number, number | null, number];

const STATUS: Readonly<Record<Exclude<SendOutcome, { ok: true }>['reason'], number>> = {
  invalid: 400,
  unknownAction: 400,
  unknownStation: 404,
  disconnected: 409,
  callError: 502,
  timeout: 504,
  failed: 503,
};
/** A page that reads more slowly than this much is queued for it is dropped (it reconnects and gets a snapshot). */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;
/** Transactions whose samples are kept. */
const MAX_CHARTED = 200;

export class Dashboard {
  private readonly frames: FrameView[] = [];
  private readonly samples = new Map<string, Sample[]>();
  private readonly streams = new Set<ServerResponse>();
  private readonly unsubscribe: () => void;
  private readonly keepAlive: ReturnType<typeof setInterval>;
  private readonly backlog: number;
  private readonly maxSamples: number;
  private readonly management: Management;

  constructor(
    private readonly backend: DashboardBackend,
    options: DashboardOptions = {},
  ) {
    this.backlog = options.backlog ?? 500;
    this.maxSamples = options.samples ?? 2000;
    this.management = new Management(options.services ?? {});
    for (const t of backend.transactions()) this.sample(t);
    this.unsubscribe = backend.subscribe((event) => this.onEvent(event));
    this.keepAlive = setInterval(() => this.broadcast(': keep-alive\n\n'), options.keepAliveMs ?? 20_000);
    this.keepAlive.unref();
  }

  /**
   * Serves a dashboard request; false when the path is not the dashboard's
   * (the API then routes it). `guard` is the API's.
   */
  async handle(req: IncomingMessage, res: ServerResponse, guard: HttpGuard): Promise<boolean> {
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0]!;
    const method = req.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    if (pathname === '/' && read && (req.headers.accept ?? '').includes('text/html')) {
      // A browser opening the API's root is shown the dashboard; curl still gets the JSON.
      if (this.admitPage(req, res, guard)) redirect(res, '/dashboard/');
      return true;
    }
    if (pathname !== '/dashboard' && !pathname.startsWith('/dashboard/')) return false;
    const rest = pathname.slice('/dashboard/'.length);
    if (read && (pathname === '/dashboard' || rest === '' || rest.startsWith('assets/') || rest.startsWith('lib/'))) {
      if (!this.admitPage(req, res, guard)) return true;
      if (pathname === '/dashboard') return redirect(res, '/dashboard/'), true;
      const file = rest === '' ? staticFile('asset', 'index.html') : rest.startsWith('assets/') ? staticFile('asset', rest.slice(7)) : staticFile('library', rest.slice(4));
      if (file === undefined) sendJson(res, 404, { error: `no such file ${pathname.slice(0, 200)}` });
      else await sendFile(res, file, method === 'HEAD');
      return true;
    }
    if (!guard.admit(req, res)) return true;
    if (method === 'GET' && rest === 'api/events') {
      this.openStream(res);
      return true;
    }
    if (rest === 'api/manage' || rest.startsWith('api/manage/')) {
      const answer = await this.management.handle(req, rest.slice('api/manage'.length));
      if (answer === undefined) sendJson(res, 404, { error: `no route ${method} ${pathname.slice(0, 200)}` });
      else sendJson(res, answer.status, answer.body);
      // Every open page reloads what changed.
      if (answer !== undefined && method !== 'GET' && answer.status < 300) this.broadcast(event('manage', { what: rest.split('/')[2] }));
      return true;
    }
    const call = /^api\/stations\/([^/]+)\/calls\/([^/]+)$/.exec(rest);
    if (method === 'POST' && call !== null) {
      await this.send(req, res, call[1]!, call[2]!);
      return true;
    }
    sendJson(res, 404, { error: `no route ${method} ${pathname.slice(0, 200)}` });
    return true;
  }

  /** Ends every event stream and stops listening to the backend. */
  close(): void {
    clearInterval(this.keepAlive);
    this.unsubscribe();
    for (const res of this.streams) res.end();
    this.streams.clear();
  }

  /** The guard's verdict for the page's files: every rule but the token (see the module comment). */
  private admitPage(req: IncomingMessage, res: ServerResponse, guard: HttpGuard): boolean {
    const verdict = guard.check(req);
    if (verdict.ok || verdict.status === 401) return true;
    return guard.admit(req, res);
  }

  private openStream(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'X-Accel-Buffering': 'no' });
    const snapshot = {
      stations: this.backend.stations(),
      transactions: this.backend.transactions(),
      frames: this.frames.slice(-this.backlog),
      samples: Object.fromEntries(this.samples),
    };
    res.write(event('snapshot', snapshot));
    this.streams.add(res);
    res.on('close', () => this.streams.delete(res));
  }

  private onEvent(e: DashboardEvent): void {
    if (e.type === 'frame') {
      this.frames.push(e.frame);
      // Trimmed now and then, not at every frame: the snapshot takes the last `backlog`.
      if (this.frames.length >= this.backlog * 2) this.frames.splice(0, this.frames.length - this.backlog);
    } else if (e.type === 'transaction') {
      this.sample(e.transaction);
    }
    if (this.streams.size > 0) this.broadcast(event(e.type, e.type === 'frame' ? e.frame : e.type === 'station' ? e.station : e.transaction));
  }

  private sample(t: TransactionView): void {
    let list = this.samples.get(t.transactionId);
    if (list === undefined) {
      list = [];
      this.samples.set(t.transactionId, list);
      if (this.samples.size > MAX_CHARTED) this.samples.delete(this.samples.keys().next().value!);
    }
    const time = Date.parse(t.updatedAt);
    list.push([Number.isFinite(time) ? time : Date.now(), t.powerW ?? null, t.energyWh]);
    if (list.length > this.maxSamples) list.splice(0, list.length - this.maxSamples);
  }

  private broadcast(text: string): void {
    for (const res of this.streams) {
      if (res.writableLength > MAX_QUEUED_BYTES) {
        res.destroy();
        this.streams.delete(res);
      } else {
        res.write(text);
      }
    }
  }

  private async send(req: IncomingMessage, res: ServerResponse, rawIdentity: string, rawAction: string): Promise<void> {
    let identity: string;
    let action: string;
    try {
      identity = decodeURIComponent(rawIdentity);
      action = decodeURIComponent(rawAction);
    } catch {
      sendJson(res, 400, { error: 'the path is not valid percent-encoding' });
      return;
    }
    const body = await readJsonBody(req);
    if (!body.ok) {
      if (body.status === 413) res.setHeader('Connection', 'close');
      sendJson(res, body.status, { error: body.error });
      return;
    }
    const outcome = await this.backend.send(identity, action, body.value ?? {});
    if (outcome.ok) sendJson(res, 200, { station: identity, action, response: outcome.response });
    else sendJson(res, STATUS[outcome.reason], { error: outcome.message, reason: outcome.reason, ...(outcome.errors !== undefined && { errors: outcome.errors }), ...(outcome.code !== undefined && { code: outcome.code, details: outcome.details }) });
  }
}

function event(name: string, data: unknown): string {
  // JSON has no raw newlines, so the data is one `data:` line.
  return `event: ${name}\ndata: ${stringifySafely(data)}\n\n`;
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Content-Length': 0 });
  res.end();
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = `${stringifySafely(body)}\n`;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}
