/**
 * The control API over HTTP, on loopback by default: JSON in and out, every
 * request through one listener (controlListener) so that a request guard
 * (Host check, Origin refusal, JSON content type on POST, a bearer token)
 * can wrap it whole: pass it as `guard`. `ocpp station` always does, with
 * the HttpGuard of the operator API (guardedControlServer).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CliError } from '../args.js';
import { readJsonBody } from '../http/body.js';
import { GuardConfigError, HttpGuard } from '../http/guard.js';
import { dispatch, type ControlResponse, type StationDirectory } from './dispatch.js';

/** Largest request body accepted, bytes. */
const MAX_BODY = 64 * 1024;

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

export interface ControlServerOptions {
  /** Wraps the listener: the place for a request guard. Default: none. */
  readonly guard?: (listener: RequestListener) => RequestListener;
  /** Address to listen on. Default 127.0.0.1. */
  readonly host?: string;
}

/** Who may use the control API of `ocpp station` (see http/guard.ts). */
export interface ControlAccess {
  /** Address to listen on; off loopback a token is required. */
  readonly host: string;
  /** Bearer token every request must carry; undefined: none, loopback only. */
  readonly token?: string | undefined;
  /** More names the API answers to besides `host` (Host and Origin checks). */
  readonly allowedHosts?: readonly string[] | undefined;
}

/** Every control request enters here. */
export function controlListener(stations: StationDirectory): RequestListener {
  return (req, res) => {
    handle(stations, req)
      .then((response) => send(res, response))
      .catch((err: unknown) => send(res, { status: 500, body: { error: 'internal error', description: err instanceof Error ? err.message : String(err) } }));
  };
}

async function handle(stations: StationDirectory, req: IncomingMessage): Promise<ControlResponse> {
  // Bounded in size and depth, as the operator API's bodies are.
  const body = await readJsonBody(req, { maxBytes: MAX_BODY });
  if (!body.ok) return { status: body.status, body: { error: body.error }, ...(body.status === 413 && { close: true }) };
  return dispatch(stations, { method: req.method ?? 'GET', path: req.url ?? '/', body: body.value });
}

function send(res: ServerResponse, response: ControlResponse): void {
  const text = `${JSON.stringify(response.body, null, 2)}\n`;
  res.writeHead(response.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...(response.allow !== undefined && { Allow: response.allow }),
    // A body cut short leaves unread bytes on the connection.
    ...(response.close === true && { Connection: 'close' }),
  });
  res.end(text);
}

export class ControlServer {
  private readonly server: Server;
  private readonly host: string;

  constructor(stations: StationDirectory, options: ControlServerOptions = {}) {
    const listener = controlListener(stations);
    this.server = createServer(options.guard !== undefined ? options.guard(listener) : listener);
    this.host = options.host ?? '127.0.0.1';
    // A request (headers and body) that trickles in is cut instead of holding its socket for minutes.
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 30_000;
  }

  /** Listens on the host of the options (port 0: any free port). */
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
}

/**
 * The control API as `ocpp station` serves it: every request passes the
 * HttpGuard of the operator API (Host, Origin, JSON bodies, the token)
 * before it reaches a station. Throws CliError, before anything listens,
 * when the API would be open off loopback or the token is empty.
 */
export function guardedControlServer(stations: StationDirectory, access: ControlAccess): ControlServer {
  let guard: HttpGuard;
  try {
    guard = new HttpGuard({ listenHost: access.host, token: access.token, allowedHosts: access.allowedHosts });
  } catch (err) {
    if (!(err instanceof GuardConfigError)) throw err;
    throw new CliError(
      access.token === ''
        ? 'the control API token must not be empty'
        : `the control API would listen on ${access.host}, off loopback, without a token: give --api-token TOKEN or set OCPP_API_TOKEN`,
    );
  }
  return new ControlServer(stations, { host: access.host, guard: (listener) => guard.wrap(listener) });
}
