/**
 * The attacker of the slow-reader test and bench, run as a child process:
 * `count` clients that complete the WebSocket handshake, then pipeline
 * Heartbeat CALLs as fast as their sockets take them and never read a byte
 * of the answers. Reports over IPC how many are still connected.
 *
 * argv: port count
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

export type FromSlow = { readonly type: 'upgraded'; readonly count: number } | { readonly type: 'stats'; readonly connected: number; readonly sentFrames: number };
export type ToSlow = { readonly type: 'stats' } | { readonly type: 'stop' };

const port = Number(process.argv[2]);
const count = Number(process.argv[3]);
setTimeout(() => process.exit(3), 170_000).unref();

/** A masked client text frame (RFC 6455, 5.2) with a zero mask, which leaves the payload as it is. */
function frame(text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const head = payload.length < 126 ? Buffer.from([0x81, 0x80 | payload.length, 0, 0, 0, 0]) : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 255, 0, 0, 0, 0]);
  return Buffer.concat([head, payload]);
}

// Many CALLs per write: what a pipelining client sends.
const batch = Buffer.concat(Array.from({ length: 64 }, (_, i) => frame(`[2,"slow-${i}","Heartbeat",{}]`)));

let upgraded = 0;
let sentFrames = 0;
const sockets = new Set<Socket>();

function flood(socket: Socket): void {
  const pump = (): void => {
    while (!socket.destroyed) {
      sentFrames += 64;
      if (!socket.write(batch)) {
        socket.once('drain', pump);
        return;
      }
    }
  };
  pump();
}

function open(i: number): void {
  const socket = connect({ host: '127.0.0.1', port }, () => {
    socket.write(
      [
        `GET /ocpp/SLOW-${i} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
        'Sec-WebSocket-Version: 13',
        'Sec-WebSocket-Protocol: ocpp2.0.1',
        '',
        '',
      ].join('\r\n'),
    );
  });
  sockets.add(socket);
  socket.on('error', () => undefined);
  socket.once('close', () => sockets.delete(socket));
  let head = '';
  const onData = (d: Buffer): void => {
    head += d.toString('latin1');
    if (!head.includes('\r\n\r\n')) return;
    socket.off('data', onData);
    // From here on nothing is read: the answers pile up on the server's side.
    socket.pause();
    if (!head.startsWith('HTTP/1.1 101')) {
      socket.destroy();
      return;
    }
    if (++upgraded === count) process.send?.({ type: 'upgraded', count } satisfies FromSlow);
    flood(socket);
  };
  socket.on('data', onData);
}

process.on('message', (m: ToSlow) => {
  if (m.type === 'stats') process.send?.({ type: 'stats', connected: sockets.size, sentFrames } satisfies FromSlow);
  else {
    for (const s of sockets) s.destroy();
    process.exit(0);
  }
});

for (let i = 0; i < count; i++) open(i);
