/**
 * The station side of the scale benchmark: opens N plain `ws` connections
 * to 127.0.0.1:<port> (no compression, like most embedded stations), boots
 * each one, then sends Heartbeats at a fixed aggregate rate, spread over the
 * stations, and measures each round trip. Independent of both servers'
 * libraries. Driven over IPC by websocket.bench.ts; exits on its own after
 * `maxSeconds` whatever happens.
 *
 * argv: port count ratePerSecond seconds maxSeconds
 */
import WebSocket from 'ws';

export type ToGenerator = { readonly type: 'latency' } | { readonly type: 'exit' };
export type FromGenerator =
  | { readonly type: 'held'; readonly open: number; readonly failed: number; readonly openMs: number; readonly bootMs: number; readonly firstError?: string }
  | { readonly type: 'latency'; readonly sent: number; readonly answered: number; readonly p50: number; readonly p99: number; readonly max: number; readonly lost: number };

const [portArg, countArg, rateArg, secondsArg, maxArg] = process.argv.slice(2);
const port = Number(portArg);
const count = Number(countArg);
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const maxSeconds = Number(maxArg);
const CONCURRENT_HANDSHAKES = 200;

setTimeout(() => process.exit(2), maxSeconds * 1000).unref();

function send(message: FromGenerator): void {
  process.send?.(message);
}

const bootPayload = JSON.stringify({ reason: 'PowerUp', chargingStation: { model: 'Bench', vendorName: 'ocpp-model' } });
const sockets: WebSocket[] = [];
/** Send time per message id, for round trips. */
const sentAt = new Map<string, number>();
const rtts: number[] = [];
let measuring = false;
let firstError: string | undefined;

function open(i: number): Promise<WebSocket | undefined> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ocpp/BENCH-${i}`, ['ocpp2.0.1'], { perMessageDeflate: false });
    ws.once('open', () => resolve(ws));
    ws.once('error', (err) => {
      firstError ??= err.message;
      resolve(undefined);
    });
    ws.on('message', (data) => {
      const text = data.toString();
      // Answers only: [3,"id",{...}]; the id is the second element.
      const start = text.indexOf('"') + 1;
      const id = text.slice(start, text.indexOf('"', start));
      const t = sentAt.get(id);
      if (t === undefined) return;
      sentAt.delete(id);
      if (measuring) rtts.push(performance.now() - t);
      const waiter = bootWaiters.get(id);
      if (waiter !== undefined) {
        bootWaiters.delete(id);
        waiter();
      }
    });
  });
}

const bootWaiters = new Map<string, () => void>();
let nextId = 0;

function call(ws: WebSocket, action: string, payload: string): string {
  const id = `g${nextId++}`;
  sentAt.set(id, performance.now());
  ws.send(`[2,"${id}","${action}",${payload}]`);
  return id;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  let failed = 0;
  let next = 0;
  // A bounded number of handshakes at a time, like a fleet reconnecting.
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENT_HANDSHAKES, count) }, async () => {
      while (next < count) {
        const ws = await open(next++);
        if (ws === undefined) failed++;
        else sockets.push(ws);
      }
    }),
  );
  const openMs = performance.now() - t0;
  const t1 = performance.now();
  let booted = 0;
  await new Promise<void>((resolve) => {
    if (sockets.length === 0) resolve();
    // Boots in waves so that the server is not handed 10,000 frames at once.
    let i = 0;
    const wave = (): void => {
      const end = Math.min(i + 500, sockets.length);
      for (; i < end; i++) {
        const id = call(sockets[i]!, 'BootNotification', bootPayload);
        bootWaiters.set(id, () => {
          if (++booted === sockets.length) resolve();
          else if (booted === i) setImmediate(wave);
        });
      }
    };
    wave();
  });
  const bootMs = performance.now() - t1;
  send({ type: 'held', open: sockets.length, failed, openMs, bootMs, ...(firstError !== undefined && { firstError }) });
}

function latency(): void {
  measuring = true;
  const tickMs = 5;
  let sent = 0;
  let cursor = 0;
  const total = rate * seconds;
  const start = performance.now();
  const timer = setInterval(() => {
    // Catch up on what the clock says is due, so the rate holds even if ticks are late.
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
    const owed = due - sent;
    for (let k = 0; k < owed && sockets.length > 0; k++) {
      const ws = sockets[cursor++ % sockets.length]!;
      if (ws.readyState === WebSocket.OPEN) call(ws, 'Heartbeat', '{}');
      sent++;
    }
    if (sent >= total) {
      clearInterval(timer);
      // Give the last answers a moment.
      setTimeout(report, 500);
    }
  }, tickMs);
  function report(): void {
    measuring = false;
    const sorted = Float64Array.from(rtts).sort();
    const q = (p: number): number => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
    send({ type: 'latency', sent, answered: sorted.length, p50: q(0.5), p99: q(0.99), max: sorted[sorted.length - 1] ?? Number.NaN, lost: sent - sorted.length });
  }
}

process.on('message', (message: ToGenerator) => {
  if (message.type === 'latency') latency();
  else if (message.type === 'exit') {
    for (const ws of sockets) ws.terminate();
    setTimeout(() => process.exit(0), 100);
  }
});
process.on('disconnect', () => process.exit(0));

void main();
