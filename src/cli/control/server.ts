/**
 * The control API over HTTP, on loopback only: JSON in and out, every
 * request through one listener (controlListener) so that a request guard
 * (Host check, Origin refusal, JSON content type on POST, a bearer token)
 * can wrap it whole: pass it as `guard`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type ControlResponse, type StationDirectory } from './dispatch.js';

/** Largest request body accepted, bytes. */
const MAX_BODY = 64 * 1024;

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

export interface ControlServerOptions {
  /** Wraps the listener: the place for a request guard. Default: none. */
  readonly guard?: (listener: RequestListener) => RequestListener;
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
  const text = await readBody(req);
  if (text === undefined) return { status: 413, body: { error: `the body is larger than ${MAX_BODY} bytes` } };
  let body: unknown;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return { status: 400, body: { error: 'the body is not valid JSON' } };
    }
  }
  return dispatch(stations, { method: req.method ?? 'GET', path: req.url ?? '/', body });
}

function send(res: ServerResponse, response: ControlResponse): void {
  const text = `${JSON.stringify(response.body, null, 2)}\n`;
  res.writeHead(response.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...(response.allow !== undefined && { Allow: response.allow }),
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export class ControlServer {
  private readonly server: Server;

  constructor(stations: StationDirectory, options: ControlServerOptions = {}) {
    const listener = controlListener(stations);
    this.server = createServer(options.guard !== undefined ? options.guard(listener) : listener);
  }

  /** Listens on 127.0.0.1 (port 0: any free port). */
  listen(port: number): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
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
