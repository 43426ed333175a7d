/**
 * The server side of the scale benchmark, one implementation per process so
 * that its memory can be measured alone: `ours` (CsmsServer) or `ocpp-rpc`
 * (RPCServer, strict mode). Listens on 127.0.0.1 and answers
 * BootNotification and Heartbeat. Driven over IPC by websocket.bench.ts:
 * 'memory' answers the memory use after a full GC, 'count' the open
 * connections, 'exit' closes everything.
 */
import type { AddressInfo } from 'node:net';
import { RPCServer } from 'ocpp-rpc';
import { WebSocketServer } from 'ws';
import { CsmsServer } from '../../src/transport/websocket-server.js';

/** 'ws': a bare `ws` server answering fixed frames, the floor any ws-based server stands on. */
export type ServerImpl = 'ours' | 'ocpp-rpc' | 'ws';

export type ToServer = { readonly type: 'memory' } | { readonly type: 'count' } | { readonly type: 'exit' };
export type FromServer =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'memory'; readonly rss: number; readonly heap: number }
  | { readonly type: 'count'; readonly connections: number };

interface RpcServerLike {
  on(event: 'client', listener: (client: RpcClientLike) => void): unknown;
  listen(port: number, host?: string): Promise<{ address(): AddressInfo | string | null }>;
  close(options: Record<string, unknown>): Promise<void>;
}
interface RpcClientLike {
  handle(method: string, handler: (call: { params: unknown }) => unknown): void;
  once(event: 'close', listener: () => void): unknown;
}

const now = (): string => new Date().toISOString();

function send(message: FromServer): void {
  process.send?.(message);
}

function memory(): { rss: number; heap: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) gc?.();
  const m = process.memoryUsage();
  // External and array buffers hold socket and TLS buffers: count them with the heap.
  return { rss: m.rss, heap: m.heapUsed + m.external };
}

async function main(): Promise<void> {
  const impl = process.argv[2] as ServerImpl;
  let count: () => number;
  let close: () => Promise<void>;
  let port: number;
  if (impl === 'ours') {
    const server = new CsmsServer();
    server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
    server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: now() }));
    port = (await server.listen(0, '127.0.0.1')).port;
    count = () => server.connectionCount;
    close = () => server.close(1000);
  } else if (impl === 'ws') {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, clientTracking: false, handleProtocols: (p) => (p.has('ocpp2.0.1') ? 'ocpp2.0.1' : false) });
    await new Promise((resolve) => wss.once('listening', resolve));
    let open = 0;
    wss.on('connection', (ws) => {
      open++;
      ws.once('close', () => open--);
      ws.on('message', (data) => {
        const text = data.toString();
        const id = text.slice(text.indexOf('"') + 1, text.indexOf('"', text.indexOf('"') + 1));
        ws.send(text.includes('BootNotification') ? `[3,"${id}",{"status":"Accepted","interval":300,"currentTime":"${now()}"}]` : `[3,"${id}",{"currentTime":"${now()}"}]`);
      });
    });
    port = (wss.address() as AddressInfo).port;
    count = () => open;
    close = () => new Promise((resolve) => wss.close(() => resolve()));
  } else {
    const server = new (RPCServer as unknown as new (options: Record<string, unknown>) => RpcServerLike)({
      protocols: ['ocpp2.0.1'],
      strictMode: true,
    });
    let open = 0;
    server.on('client', (client) => {
      open++;
      client.once('close', () => open--);
      client.handle('BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
      client.handle('Heartbeat', () => ({ currentTime: now() }));
    });
    const http = await server.listen(0, '127.0.0.1');
    port = (http.address() as AddressInfo).port;
    count = () => open;
    close = () => server.close({ force: true });
  }
  process.on('message', (message: ToServer) => {
    if (message.type === 'memory') {
      // Let pending work settle before measuring.
      setTimeout(() => send({ type: 'memory', ...memory() }), 200);
    } else if (message.type === 'count') {
      send({ type: 'count', connections: count() });
    } else if (message.type === 'exit') {
      void close().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 3000).unref();
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}

void main();
