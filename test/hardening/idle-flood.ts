/**
 * The attacker of the idle-socket test, run as a child process (its file
 * descriptors are its own): opens TCP connections to 127.0.0.1:<port> that
 * never send a byte, keeps `target` of them open, opening a new one for each
 * the server closes, spread over source addresses 127.0.0.2... so that the
 * ephemeral ports of one address do not run out. Reports over IPC.
 *
 * argv: port target
 */
import { connect, type Socket } from 'node:net';

export type FromFlood =
  | { readonly type: 'holding'; readonly open: number; readonly opened: number; readonly cut: number; readonly errors: number; readonly firstError?: string }
  | { readonly type: 'stats'; readonly open: number; readonly opened: number; readonly cut: number; readonly errors: number; readonly firstError?: string };
export type ToFlood = { readonly type: 'stats' } | { readonly type: 'stop' };

const port = Number(process.argv[2]);
const target = Number(process.argv[3]);
const CONCURRENT = 256;
const SOURCES = 40;

setTimeout(() => process.exit(3), 170_000).unref();

const open = new Set<Socket>();
let opened = 0;
let cut = 0;
let errors = 0;
let firstError: string | undefined;
let connecting = 0;
let stopping = false;
let reported = false;
let next = 0;

function stats(type: 'holding' | 'stats'): FromFlood {
  return { type, open: open.size, opened, cut, errors, ...(firstError !== undefined && { firstError }) };
}

function fill(): void {
  while (!stopping && open.size + connecting < target && connecting < CONCURRENT) {
    connecting++;
    const socket = connect({ host: '127.0.0.1', port, localAddress: `127.0.0.${2 + (next++ % SOURCES)}` });
    let connected = false;
    socket.once('connect', () => {
      connected = true;
      connecting--;
      opened++;
      open.add(socket);
      // Held at once, or (when the server cuts as fast as they come) opened in all.
      if (!reported && (open.size >= target || opened >= target)) {
        reported = true;
        process.send?.(stats('holding'));
      }
      fill();
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      if (!connected) {
        errors++;
        firstError ??= err.code ?? err.message;
      }
    });
    socket.once('close', () => {
      if (connected) {
        open.delete(socket);
        if (!stopping) cut++;
      } else connecting--;
      // Back off a little after a failure, then replace what was lost.
      setTimeout(fill, connected ? 0 : 50);
    });
  }
}

process.on('message', (m: ToFlood) => {
  if (m.type === 'stats') process.send?.(stats('stats'));
  else {
    stopping = true;
    for (const s of open) s.destroy();
    process.exit(0);
  }
});

fill();
