/**
 * A station made of a raw `ws` socket, for the services' tests: it connects
 * with the credentials given, sends CALLs and answers the CSMS's CALLs with
 * a function, so a test sees exactly what went over the wire.
 */
import WebSocket, { type ClientOptions } from 'ws';

/** A connected raw station. */
export interface RawStation {
  readonly ws: WebSocket;
  /** Every frame received, in wire order. */
  readonly frames: unknown[][];
  /** Sends a CALL and resolves with the CALLRESULT payload, or rejects with the CALLERROR code. */
  call(action: string, payload: unknown): Promise<unknown>;
  close(): Promise<void>;
}

/** How a connection attempt ended: refused with an HTTP status, or open. */
export type Attempt = { readonly status: number } | { readonly station: RawStation };

let next = 0;

/** Connects; `answer` gives the response payload of each CSMS CALL. */
export function connect(
  url: string,
  options: { identity: string; password?: string; protocol?: string; tls?: ClientOptions; answer?: (action: string, payload: unknown) => unknown },
): Promise<Attempt> {
  const headers: Record<string, string> = {};
  if (options.password !== undefined) headers['Authorization'] = `Basic ${Buffer.from(`${options.identity}:${options.password}`).toString('base64')}`;
  const ws = new WebSocket(`${url}/${encodeURIComponent(options.identity)}`, options.protocol ?? 'ocpp2.0.1', { headers, ...options.tls });
  const waiting = new Map<string, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const frames: unknown[][] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as unknown[];
    frames.push(frame);
    if (frame[0] === 2) {
      const result = options.answer?.(frame[2] as string, frame[3]) ?? {};
      ws.send(JSON.stringify([3, frame[1], result]));
    } else {
      const w = waiting.get(frame[1] as string);
      waiting.delete(frame[1] as string);
      if (frame[0] === 3) w?.resolve(frame[2]);
      else w?.reject(new Error(String(frame[2])));
    }
  });
  const station: RawStation = {
    ws,
    frames,
    call(action, payload) {
      const id = `m${next++}`;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        ws.send(JSON.stringify([2, id, action, payload]));
      });
    },
    close() {
      if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
      return new Promise((resolve) => {
        ws.once('close', () => resolve());
        ws.close();
      });
    },
  };
  return new Promise((resolve) => {
    ws.on('unexpected-response', (req, res) => {
      req.destroy();
      resolve({ status: res.statusCode ?? 0 });
    });
    ws.on('open', () => resolve({ station }));
    ws.on('error', () => resolve({ status: 0 }));
  });
}

/** The station of an attempt that must have opened. */
export function opened(a: Attempt): RawStation {
  if (!('station' in a)) throw new Error(`connection refused with HTTP ${a.status}`);
  return a.station;
}

/** The HTTP status of an attempt that must have been refused. */
export function refusedWith(a: Attempt): number | 'open' {
  if ('station' in a) {
    a.station.ws.terminate();
    return 'open';
  }
  return a.status;
}
