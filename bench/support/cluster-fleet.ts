/**
 * The stations of the cluster benchmark's scale part: N plain `ws`
 * connections (no compression, like most embedded stations), spread
 * round-robin over the node URLs, each booted once and answering every
 * CSMS CALL with `{"status":"Accepted"}`. A station whose connection is
 * lost reconnects to the next URL of the list after a random wait of up to
 * `spreadMs` (a fleet after a node loss) and boots again. Driven over IPC
 * by cluster.bench.ts; exits on its own after `maxSeconds`.
 *
 * argv: prefix count spreadMs maxSeconds url...
 */
import WebSocket from 'ws';

export type ToFleet = { readonly type: 'status' } | { readonly type: 'exit' };
export type FromFleet =
  | { readonly type: 'held'; readonly open: number; readonly failed: number; readonly openMs: number; readonly bootMs: number; readonly firstError?: string }
  | { readonly type: 'status'; readonly booted: number; readonly reconnects: number; readonly lastBootAt: number };

const [prefix, countArg, spreadArg, maxArg, ...urls] = process.argv.slice(2);
const count = Number(countArg);
const spreadMs = Number(spreadArg);
const CONCURRENT_HANDSHAKES = 200;
setTimeout(() => process.exit(2), Number(maxArg) * 1000).unref();

const send = (m: FromFleet): void => void process.send?.(m);
const boot = (id: string): string => `[2,"${id}","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"Bench","vendorName":"ocpp-model"}}]`;

let booted = 0;
let reconnects = 0;
let lastBootAt = 0;
let firstError: string | undefined;
let exiting = false;
const sockets = new Set<WebSocket>();

/** One station: connects to urls[urlIndex], boots, answers CALLs; `done` hears its first boot (or failure). */
function connect(i: number, urlIndex: number, done?: (ok: boolean) => void, failures = 0): void {
  const ws = new WebSocket(`${urls[urlIndex]}/${prefix}-${i}`, ['ocpp2.0.1'], { perMessageDeflate: false });
  let isBooted = false;
  ws.once('open', () => {
    sockets.add(ws);
    ws.send(boot(`b${i}`));
  });
  ws.on('message', (data) => {
    const text = data.toString();
    if (text.startsWith('[3,')) {
      if (!isBooted) {
        isBooted = true;
        booted++;
        lastBootAt = Date.now();
        done?.(true);
      }
      return;
    }
    if (text.startsWith('[2,')) {
      const start = text.indexOf('"') + 1;
      ws.send(`[3,"${text.slice(start, text.indexOf('"', start))}",{"status":"Accepted"}]`);
    }
  });
  ws.once('error', (err) => {
    firstError ??= err.message;
  });
  ws.once('close', () => {
    sockets.delete(ws);
    if (isBooted) booted--;
    if (!isBooted) done?.(false);
    if (exiting || done !== undefined && !isBooted) return;
    reconnects++;
    const after = isBooted ? 0 : failures + 1;
    setTimeout(() => connect(i, (urlIndex + 1) % urls.length, undefined, after), Math.random() * Math.min(spreadMs * 2 ** after, 60_000));
  });
}

async function main(): Promise<void> {
  const t0 = performance.now();
  let failed = 0;
  let next = 0;
  // A bounded number of handshakes and boots at a time, like a fleet coming up.
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENT_HANDSHAKES, count) }, async () => {
      while (next < count) {
        const i = next++;
        const ok = await new Promise<boolean>((resolve) => connect(i, i % urls.length, resolve));
        if (!ok) failed++;
      }
    }),
  );
  const openMs = performance.now() - t0;
  send({ type: 'held', open: booted, failed, openMs, bootMs: openMs, ...(firstError !== undefined && { firstError }) });
}

process.on('message', (m: ToFleet) => {
  if (m.type === 'status') send({ type: 'status', booted, reconnects, lastBootAt });
  else {
    exiting = true;
    for (const ws of sockets) ws.terminate();
    setTimeout(() => process.exit(0), 100);
  }
});
process.on('disconnect', () => process.exit(0));
void main();
