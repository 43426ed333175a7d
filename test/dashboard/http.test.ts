/**
 * The dashboard's HTTP side, without a browser: the HttpGuard on every
 * route (the page's files without the token, the event stream and sending
 * with it; Host, Origin and Sec-Fetch-Site everywhere), the file patterns,
 * the event stream's snapshot and pushes, and sending an action (validated
 * with the station's version before anything goes out).
 */
import assert from 'node:assert/strict';
import { request, type IncomingMessage } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { startCsms, type RunningCsms } from '../../src/cli/csms/server.js';

const TOKEN = 'http-test-token';

interface Answer {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

describe('the dashboard over HTTP', () => {
  let running: RunningCsms;
  let port: number;
  const frames: string[] = [];

  before(async () => {
    running = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, apiToken: TOKEN, securityProfile: 0, state: {}, validation: 'strict', callTimeoutMs: 5000, onFrame: () => undefined });
    running.state.on('frame', (direction, identity, text) => frames.push(`${direction} ${identity} ${text}`));
    port = running.apiAddress!.port;
  });
  after(async () => {
    await running.close();
  });

  function fetchRaw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
  const auth = { Authorization: `Bearer ${TOKEN}` };

  /** Opens the event stream and collects its events until `enough` says so. */
  /** Opens the event stream: `ready` once its snapshot came, `done` with every event once `enough` says so. */
  function stream(enough: (events: { name: string; data: unknown }[]) => boolean, timeoutMs = 10_000): { ready: Promise<void>; done: Promise<{ name: string; data: unknown }[]> } {
    let ready!: () => void;
    const readyPromise = new Promise<void>((r) => (ready = r));
    const done = new Promise<{ name: string; data: unknown }[]>((resolve, reject) => {
      const events: { name: string; data: unknown }[] = [];
      const req = request({ host: '127.0.0.1', port, path: '/dashboard/api/events', headers: { Host: `127.0.0.1:${port}`, ...auth } }, (res) => {
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /^text\/event-stream/);
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (name !== undefined && data !== undefined) events.push({ name, data: JSON.parse(data) });
          }
          if (events.length > 0) ready();
          if (enough(events)) {
            clearTimeout(timer);
            req.destroy();
            resolve(events);
          }
        });
      });
      const timer = setTimeout(() => {
        req.destroy();
        reject(new Error(`the stream did not bring what was awaited; it brought ${events.map((e) => e.name).join(', ')}`));
      }, timeoutMs);
      req.on('error', (err) => {
        if (!req.destroyed) reject(err);
      });
      req.end();
    });
    return { ready: readyPromise, done };
  }

  it('serves the page and its files without the token, under the guard\'s other rules', async () => {
    const page = await fetchRaw('GET', '/dashboard/');
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
    assert.match(page.body, /assets\/app\.js/);
    assert.equal((await fetchRaw('GET', '/dashboard/assets/app.js')).status, 200);
    assert.equal((await fetchRaw('GET', '/dashboard/assets/vendor/preact.mjs')).status, 200);
    const validators = await fetchRaw('GET', '/dashboard/lib/v201/generated/validators.js');
    assert.equal(validators.status, 200);
    assert.match(String(validators.headers['content-type']), /^text\/javascript/);
    assert.equal((await fetchRaw('GET', '/dashboard')).headers.location, '/dashboard/');
    // DNS rebinding, another web origin, a cross-site fetch: refused like everywhere on the API.
    assert.equal((await fetchRaw('GET', '/dashboard/', { Host: 'attacker.example' })).status, 403);
    assert.equal((await fetchRaw('GET', '/dashboard/assets/app.js', { Origin: 'http://attacker.example' })).status, 403);
    assert.equal((await fetchRaw('GET', '/dashboard/', { 'Sec-Fetch-Site': 'cross-site' })).status, 403);
  });

  it('serves no file outside the dashboard\'s files and the version modules', async () => {
    for (const path of ['/dashboard/lib/schema/compiler/load.js', '/dashboard/lib/cli/main.js', '/dashboard/lib/v201/../../cli/main.js', '/dashboard/assets/../server.js', '/dashboard/assets/%2e%2e/server.js', '/dashboard/assets/vendor/preact-LICENSE.txt', '/dashboard/lib/v201/nothing.js']) {
      assert.equal((await fetchRaw('GET', path)).status, 404, path);
    }
  });

  it('needs the token for the event stream and for sending', async () => {
    const events = await fetchRaw('GET', '/dashboard/api/events');
    assert.equal(events.status, 401);
    assert.match(String(events.headers['www-authenticate']), /Bearer/);
    assert.equal((await fetchRaw('GET', '/dashboard/api/events', { Authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await fetchRaw('POST', '/dashboard/api/stations/X/calls/Reset', { 'Content-Type': 'application/json' }, '{"type":"Immediate"}')).status, 401);
    // A plain form post, which a browser sends cross-site without asking, never reaches a handler.
    assert.equal((await fetchRaw('POST', '/dashboard/api/stations/X/calls/Reset', { ...auth, 'Content-Type': 'text/plain' }, '{"type":"Immediate"}')).status, 415);
    assert.equal((await fetchRaw('GET', '/dashboard/api/events', { ...auth, Origin: 'http://attacker.example' })).status, 403);
  });

  it('shows a browser the dashboard at the root; other clients still get the JSON', async () => {
    const browser = await fetchRaw('GET', '/', { Accept: 'text/html,application/xhtml+xml' });
    assert.equal(browser.status, 303);
    assert.equal(browser.headers.location, '/dashboard/');
    const json = await fetchRaw('GET', '/', auth);
    assert.equal(json.status, 200);
    assert.ok(Array.isArray(JSON.parse(json.body).endpoints));
  });

  it('streams a snapshot, then the station that connects and its frames with their verdicts (B02.FR.09: a CALL before boot gets SecurityError)', async () => {
    type StationEvent = { identity: string; registration: string; connected: boolean };
    const station = (e: { name: string; data: unknown }): StationEvent | undefined => (e.name === 'station' ? (e.data as StationEvent) : undefined);
    const got = stream((events) => events.some((e) => e.name === 'frame' && JSON.stringify(e.data).includes('SecurityError')) && events.some((e) => station(e)?.registration === 'Accepted') && events.some((e) => station(e)?.connected === false));
    await got.ready;
    const ws = new WebSocket(`${running.url}/CS-HTTP-1`, 'ocpp2.0.1');
    await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
    // A Heartbeat before booting: answered with a CALLERROR, then a BootNotification; then the station goes.
    ws.send(JSON.stringify([2, 'h-1', 'Heartbeat', {}]));
    ws.send(JSON.stringify([2, 'b-1', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }]));
    ws.on('message', (data) => {
      if (String(data).includes('"Accepted"')) ws.close();
    });
    const events = await got.done;
    assert.equal(events[0]!.name, 'snapshot');
    const snapshot = events[0]!.data as { stations: unknown[]; transactions: unknown[]; frames: unknown[] };
    assert.ok(Array.isArray(snapshot.stations) && Array.isArray(snapshot.transactions) && Array.isArray(snapshot.frames));
    const frameEvents = events.filter((e) => e.name === 'frame').map((e) => e.data as { direction: string; messageType: number; action?: string; valid: boolean });
    const error = frameEvents.find((f) => f.messageType === 4)!;
    assert.equal(error.direction, 'CsmsToStation');
    assert.equal(error.action, 'Heartbeat', 'the CALLERROR is named after the CALL it answers');
    const boot = frameEvents.find((f) => f.messageType === 2 && f.action === 'BootNotification')!;
    assert.equal(boot.valid, true);
    const views = events.map(station).filter((v): v is StationEvent & { version: string } => v !== undefined);
    const accepted = views.find((v) => v.registration === 'Accepted')!;
    assert.deepEqual([accepted.identity, accepted.version, accepted.connected], ['CS-HTTP-1', '2.0.1', true]);
    const last = views.at(-1)!;
    assert.deepEqual([last.identity, last.registration, last.connected], ['CS-HTTP-1', 'Accepted', false], 'the disconnection is pushed');
  });

  it('sends an action only when the station\'s version finds the payload valid', async () => {
    const ws = new WebSocket(`${running.url}/CS-HTTP-2`, 'ocpp2.0.1');
    await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
    const post = async (action: string, payload: unknown, station = 'CS-HTTP-2'): Promise<{ status: number; body: Record<string, unknown> }> => {
      const r = await fetchRaw('POST', `/dashboard/api/stations/${station}/calls/${action}`, { ...auth, 'Content-Type': 'application/json' }, JSON.stringify(payload));
      return { status: r.status, body: JSON.parse(r.body) as Record<string, unknown> };
    };
    const sentBefore = frames.filter((f) => f.startsWith('CsmsToStation CS-HTTP-2')).length;
    const bad = await post('Reset', { type: 'Sometime' });
    assert.equal(bad.status, 400);
    assert.deepEqual((bad.body['errors'] as { code: string; pointer: string }[]).map((e) => [e.code, e.pointer]), [['PropertyConstraintViolation', '/type']]);
    assert.equal((await post('BootNotification', {})).status, 400, 'a station-to-CSMS action');
    assert.equal((await post('NoSuchAction', {})).status, 400);
    assert.equal((await post('Reset', { type: 'Immediate' }, 'NOBODY')).status, 404);
    assert.equal(frames.filter((f) => f.startsWith('CsmsToStation CS-HTTP-2')).length, sentBefore, 'nothing went out');
    // A valid one goes out; the station (played here) answers it.
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as unknown[];
      if (frame[0] === 2 && frame[2] === 'Reset') ws.send(JSON.stringify([3, frame[1], { status: 'Rejected' }]));
    });
    const good = await post('Reset', { type: 'Immediate' });
    assert.equal(good.status, 200);
    assert.deepEqual(good.body['response'], { status: 'Rejected' });
    ws.close();
  });
});
