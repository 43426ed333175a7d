/**
 * The operator's HTTP JSON API of the test CSMS:
 *
 *   GET  /stations                          every station with its state
 *   GET  /stations/{identity}               one station
 *   GET  /transactions                      every transaction
 *   POST /stations/{identity}/calls/{action}  body: the request payload
 *
 * A POSTed payload is validated (strict) before anything is sent; a bad one
 * gets 400 with the validator's errors. The answer is 200 with the
 * station's response, 502 with the CALLERROR it sent, 504 on a timeout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallTimeoutError, isActionName, maySend, OcppError, validate } from '../lib.js';
import type { CsmsState } from './state.js';

export interface ApiBackend {
  readonly state: CsmsState;
  isConnected(identity: string): boolean;
  /** Sends a CSMS-to-station CALL to a connected station. */
  call(identity: string, action: string, payload: unknown): Promise<unknown>;
}

/** Largest request body accepted, bytes. */
const MAX_BODY = 1024 * 1024;

export class OperatorApi {
  private readonly server: Server;

  constructor(private readonly backend: ApiBackend) {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => send(res, 500, { error: 'internal error', description: err instanceof Error ? err.message : String(err) }));
    });
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
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
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
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
        send(res, 200, { stations: [...state.stations.values()].map((s) => state.stationJson(s)) });
        return;
      }
      if (parts[0] === 'stations' && parts.length === 2) {
        const s = state.stations.get(parts[1]!);
        if (s === undefined) send(res, 404, { error: `unknown station ${parts[1]}` });
        else send(res, 200, state.stationJson(s));
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
    send(res, 404, { error: `no route ${req.method ?? ''} ${url.pathname}` });
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
    const body = await readBody(req);
    if (body === undefined) {
      send(res, 413, { error: `the body is larger than ${MAX_BODY} bytes` });
      return;
    }
    let payload: unknown = {};
    if (body.trim() !== '') {
      try {
        payload = JSON.parse(body);
      } catch {
        send(res, 400, { error: 'the body is not valid JSON' });
        return;
      }
    }
    const result = validate(action, 'request', payload);
    if (!result.ok) {
      send(res, 400, { error: `invalid ${action} request`, errors: result.errors });
      return;
    }
    if (!this.backend.state.stations.has(identity)) {
      send(res, 404, { error: `unknown station ${identity}` });
      return;
    }
    if (!this.backend.isConnected(identity)) {
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

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body, null, 2)}\n`;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
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
