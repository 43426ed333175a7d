/**
 * Shared pieces of the transport tests: a server on an ephemeral loopback
 * port, raw connection attempts that report the HTTP status of a refusal,
 * and small waiting helpers that never rely on wall-clock timing.
 */
import WebSocket, { type ClientOptions } from 'ws';
import type { AnyVersion } from '../../src/schema/version.js';
import { CsmsServer, type CsmsServerOptions } from '../../src/transport/websocket-server.js';

export const now = (): string => new Date().toISOString();

export const bootRequest = { reason: 'PowerUp', chargingStation: { model: 'M1', vendorName: 'V' } } as const;

/** A BootNotification request of `version`. */
export function bootRequestOf(version: AnyVersion): object {
  return version.version === '1.6' ? { chargePointVendor: 'V', chargePointModel: 'M1' } : bootRequest;
}

export async function startServer(options: CsmsServerOptions = {}): Promise<{ server: CsmsServer; port: number; url: string }> {
  const server = new CsmsServer({ pingIntervalMs: 0, ...options });
  const { port } = await server.listen(0, '127.0.0.1');
  const scheme = options.tls !== undefined ? 'wss' : 'ws';
  return { server, port, url: `${scheme}://127.0.0.1:${port}/ocpp` };
}

/** A server answering BootNotification Accepted and Heartbeat in every version it offers, counting calls per action. */
export function acceptingHandlers(server: CsmsServer, seen: string[] = []): string[] {
  for (const { version } of server.versions) {
    server.handle(version, 'BootNotification', (req, ctx) => {
      seen.push(`BootNotification:${'reason' in req ? req.reason : version}@${ctx.identity}`);
      return { status: 'Accepted', interval: 300, currentTime: now() };
    });
    server.handle(version, 'Heartbeat', (_req, ctx) => {
      seen.push(`Heartbeat@${ctx.identity}`);
      return { currentTime: now() };
    });
  }
  return seen;
}

export interface AttemptResult {
  /** HTTP status of a refusal before the upgrade. */
  readonly status?: number;
  /** The subprotocol, when the upgrade succeeded. */
  readonly protocol?: string;
  readonly error?: Error;
  /** The open socket (the caller closes it). */
  readonly ws?: WebSocket;
}

/** One raw connection attempt with the `ws` client. */
export function attempt(url: string, protocols: string | string[] | undefined, options: ClientOptions = {}): Promise<AttemptResult> {
  return new Promise((resolve) => {
    const ws = protocols === undefined ? new WebSocket(url, options) : new WebSocket(url, protocols, options);
    ws.on('unexpected-response', (req, res) => {
      req.destroy();
      resolve({ status: res.statusCode ?? 0 });
    });
    ws.on('open', () => resolve({ protocol: ws.protocol, ws }));
    ws.on('error', (error) => resolve({ error }));
  });
}

export function waitFor<T extends unknown[]>(emitter: { once(event: string, fn: (...args: T) => void): unknown }, event: string): Promise<T> {
  return new Promise((resolve) => emitter.once(event, (...args: T) => resolve(args)));
}

/** Polls a condition on each turn of the event loop (bounded by the test runner's timeout). */
/** Polls until `condition` holds; gives up after 20 s so a stuck test fails instead of hanging. */
export async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve({ code: 1006, reason: '' });
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}
