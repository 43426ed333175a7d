/**
 * Connections the server's own HTTP(S) server accepted that have not yet
 * brought their upgrade request. Without a bound, idle TCP sockets that
 * never speak hold a file descriptor each until Node's 60 s header timeout,
 * and enough of them leave none for the stations that do connect.
 *
 * Each accepted socket has `timeoutMs` (TLS handshake included) to deliver
 * its upgrade request; at most `max` may be waiting, and past that the
 * oldest is closed first. A socket is judged after the I/O of the current
 * turn of the event loop has been read (in a setImmediate), so one whose
 * request is already waiting in the kernel is never cut for lag of ours.
 *
 * Sockets are known by their peer address and port, which a TLS socket
 * shares with the TCP socket beneath it.
 */
import { readFileSync } from 'node:fs';
import type { Server as NetServer, Socket } from 'node:net';

interface Entry {
  readonly socket: Socket;
  readonly deadline: number;
}

function keyOf(socket: { readonly remoteAddress?: string | undefined; readonly remotePort?: number | undefined }): string | undefined {
  const { remoteAddress, remotePort } = socket;
  return remoteAddress === undefined || remotePort === undefined ? undefined : `${remoteAddress}|${remotePort}`;
}

/**
 * Default bound on unfinished handshakes: a quarter of the process's
 * open-file limit where it can be read (Linux /proc), between 100 and
 * 10,000; 1,000 elsewhere. Idle sockets can then never take more than a
 * quarter of the descriptors.
 */
export function defaultMaxPendingHandshakes(): number {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (m !== null) return Math.min(10_000, Math.max(100, Math.floor(Number(m[1]) / 4)));
  } catch {
    // Not Linux, or no /proc.
  }
  return 1000;
}

export class PendingHandshakes {
  /** In order of arrival, which is also the order of the deadlines. */
  private readonly entries = new Map<string, Entry>();
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private pruning = false;
  private readonly onConnection = (socket: Socket): void => this.add(socket);

  constructor(
    private readonly timeoutMs: number,
    private readonly max: number,
  ) {}

  /** Sockets accepted and still without their upgrade request. */
  get size(): number {
    return this.entries.size;
  }

  /** Follows every connection the server accepts. */
  watch(server: NetServer): void {
    server.on('connection', this.onConnection);
  }

  /** The socket's upgrade request arrived (on it or on the TLS socket above it). */
  arrived(socket: { readonly remoteAddress?: string | undefined; readonly remotePort?: number | undefined }): void {
    const key = keyOf(socket);
    if (key !== undefined) this.entries.delete(key);
  }

  /** Stops watching; the sockets themselves are the server's to close. */
  close(server?: NetServer): void {
    server?.off('connection', this.onConnection);
    if (this.sweeper !== undefined) clearInterval(this.sweeper);
    this.sweeper = undefined;
    this.entries.clear();
  }

  private add(socket: Socket): void {
    const key = keyOf(socket);
    if (key === undefined) return;
    const entry: Entry = { socket, deadline: Date.now() + this.timeoutMs };
    this.entries.set(key, entry);
    socket.once('close', () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    if (this.entries.size > this.max) this.schedulePrune();
    if (this.sweeper === undefined) {
      this.sweeper = setInterval(() => this.schedulePrune(), Math.max(50, Math.min(1000, this.timeoutMs / 4)));
      this.sweeper.unref();
    }
  }

  private schedulePrune(): void {
    if (this.pruning) return;
    this.pruning = true;
    setImmediate(() => {
      this.pruning = false;
      this.prune();
    });
  }

  private prune(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.max && entry.deadline > now) break;
      this.entries.delete(key);
      entry.socket.destroy();
    }
    if (this.entries.size === 0 && this.sweeper !== undefined) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }
}
