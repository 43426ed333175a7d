/**
 * Issue "hardening", item 5: clients that never read. 50 clients pipelining
 * calls without reading their answers pushed a well-behaved station's p99
 * from about 2 ms to about 400 ms for up to 60 s, until the keep-alive cut
 * them. Now each connection gets MESSAGES_PER_TURN messages handled per turn
 * of the event loop, and a peer that leaves PROBE_AFTER_FRAMES answers
 * unread and does not answer the probe ping within unreadTimeoutMs is cut.
 *
 * The test holds figures that do not depend on the machine's speed: every
 * slow client is cut by the probe (not by the keep-alive, off here), every
 * call of the well-behaved station is answered, and while its frame waits
 * the server handles at most a few turns' worth of the others' frames. The
 * p99 round trip is printed; `npm run bench -- slow-readers` measures it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { MESSAGES_PER_TURN, PROBE_AFTER_FRAMES } from '../../src/transport/limits.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { bootRequest, now, startServer } from '../transport/helpers.js';
import type { FromSlow, ToSlow } from './slow-readers.js';
import { v201 } from '../../src/v201/index.js';

const SLOW = 50;

test('50 clients that pipeline calls and never read: the well-behaved station keeps its turn, the slow ones are cut', { timeout: 120_000 }, async (t) => {
  // The keep-alive is off: only the unread probe can cut the slow clients.
  const { server, url, port } = await startServer({ pingIntervalMs: 0, unreadTimeoutMs: 3000, csms: { registration: { initialStatus: 'Accepted' } } });
  let slowHandled = 0;
  /** slowHandled when the well-behaved station sent each call, by message id. */
  const sentAt = new Map<string, number>();
  const waited: number[] = [];
  server.handle('2.0.1', 'Heartbeat', (_req, ctx) => {
    if (ctx.identity === 'GOOD') {
      const mark = sentAt.get(ctx.messageId);
      if (mark !== undefined) waited.push(slowHandled - mark);
    } else slowHandled++;
    return { currentTime: now() };
  });
  server.handle('2.0.1', 'BootNotification', () => ({ status: 'Accepted', interval: 300, currentTime: now() }));
  const cuts: string[] = [];
  server.on('disconnect', (identity, _code, reason) => identity.startsWith('SLOW') && cuts.push(reason));
  let nextId = 0;
  const good = new ChargingStationClient({
    version: v201,
    url,
    identity: 'GOOD',
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: bootRequest,
    station: {
      messageId: () => {
        const id = `good-${nextId++}`;
        sentAt.set(id, slowHandled);
        return id;
      },
    },
  });
  await good.open();
  await good.boot();
  const slow = fork(fileURLToPath(new URL('./slow-readers.js', import.meta.url)), [String(port), String(SLOW)], { stdio: 'ignore' });
  const tell = (m: ToSlow): void => void (slow.connected && slow.send(m));
  let upgraded = false;
  slow.on('message', (m: FromSlow) => m.type === 'upgraded' && (upgraded = true));
  const rtts: number[] = [];
  try {
    for (const end = Date.now() + 60_000; !upgraded; ) {
      if (Date.now() > end) throw new Error('the slow clients did not connect');
      await new Promise((r) => setTimeout(r, 20));
    }
    waited.length = 0;
    const handledAtStart = slowHandled;
    // Calls, one at a time, for as long as any slow client is connected.
    let answered = 0;
    while (cuts.length < SLOW) {
      const t0 = performance.now();
      await good.call('Heartbeat', {});
      rtts.push(performance.now() - t0);
      answered++;
      await new Promise((r) => setTimeout(r, 5));
    }
    rtts.sort((a, b) => a - b);
    waited.sort((a, b) => a - b);
    const pct = <T>(xs: readonly T[], p: number): T => xs[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
    t.diagnostic(`${answered} calls of the well-behaved station under attack: round trip p50 ${pct(rtts, 0.5).toFixed(2)} ms, p99 ${pct(rtts, 0.99).toFixed(2)} ms, max ${rtts[rtts.length - 1]!.toFixed(1)} ms`);
    t.diagnostic(`slow clients' frames handled while one of its frames waited: p50 ${pct(waited, 0.5)}, p99 ${pct(waited, 0.99)}, max ${waited[waited.length - 1]}; ${slowHandled - handledAtStart} slow frames handled in all`);
    assert.equal(cuts.length, SLOW);
    assert.ok(cuts.every((r) => /frames unread for 3000 ms/.test(r)), cuts[0]);
    assert.ok(server.isConnected('GOOD'), 'the well-behaved station stays');
    assert.ok(answered >= 10, `${answered} calls answered`);
    // Fair turns: a frame waits behind a few turns of the others (one turn: SLOW x MESSAGES_PER_TURN frames),
    // not behind what one TCP read of each brings (about a thousand frames each).
    const bound = 4 * SLOW * MESSAGES_PER_TURN;
    assert.ok(pct(waited, 0.99) <= bound, `p99 of frames handled while waiting ${pct(waited, 0.99)} > ${bound}`);
  } finally {
    tell({ type: 'stop' });
    await new Promise((resolve) => (slow.exitCode !== null ? resolve(undefined) : slow.once('exit', resolve)));
    await good.close();
    await server.close();
  }
});

/** Heartbeats over a plain ws client, one at a time; how many were answered before the socket closed (it is closed once the server closed it, or after `linger` ms). */
async function heartbeats(url: string, identity: string, count: number, autoPong: boolean, linger = 0): Promise<{ answered: number; closed: boolean }> {
  const ws = new WebSocket(`${url}/${identity}`, ['ocpp2.0.1'], { autoPong });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let closed = false;
  // One listener each way for the whole run: the pending reply is settled by whichever comes.
  let settle: ((answered: boolean) => void) | undefined;
  ws.on('message', () => settle?.(true));
  ws.once('close', () => {
    closed = true;
    settle?.(false);
  });
  let answered = 0;
  for (let i = 0; i < count && !closed; i++) {
    const reply = new Promise<boolean>((resolve) => (settle = resolve));
    ws.send(JSON.stringify([2, `h${i}`, 'Heartbeat', {}]));
    if (await reply) answered++;
  }
  for (const end = Date.now() + linger; !closed && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 20));
  ws.terminate();
  return { answered, closed };
}

test('the unread probe: a peer that answers pings stays past PROBE_AFTER_FRAMES frames; one that does not is cut, unless the probes are off', async () => {
  const n = PROBE_AFTER_FRAMES * 2 + 10;
  for (const [unreadTimeoutMs, autoPong, cut] of [
    [200, true, false],
    [200, false, true],
    [0, false, false],
  ] as const) {
    const { server, url } = await startServer({ pingIntervalMs: 0, unreadTimeoutMs, csms: { registration: { initialStatus: 'Accepted' } } });
    server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: now() }));
    const reasons: string[] = [];
    server.on('disconnect', (_id, _code, reason) => reasons.push(reason));
    try {
      // The probe leaves after PROBE_AFTER_FRAMES answers; this peer reads its answers but never pongs.
      const r = await heartbeats(url, 'P1', n, autoPong, cut ? 20_000 : 0);
      if (cut) {
        assert.equal(r.closed, true, 'cut');
        assert.ok(r.answered >= PROBE_AFTER_FRAMES, `${r.answered} answered before the cut`);
      } else {
        assert.equal(r.answered, n, `unreadTimeoutMs ${unreadTimeoutMs}, autoPong ${autoPong}`);
        assert.equal(r.closed, false);
      }
    } finally {
      await server.close();
    }
    if (cut) assert.ok(reasons.some((x) => /unread for 200 ms/.test(x)), reasons.join('; '));
  }
});
