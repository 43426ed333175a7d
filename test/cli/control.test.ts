/**
 * The control API and the prompt: routes, bodies, refusals with the right
 * 4xx, one listener a guard can wrap, and the prompt's words and completion
 * running the same dispatch.
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { afterEach, describe, it } from 'node:test';
import { complete, ControlPrompt, parseLine } from '../../src/cli/control/prompt.js';
import { ControlServer } from '../../src/cli/control/server.js';
import { Bench, TOKEN, until } from './octt.js';

let bench: Bench | undefined;
afterEach(async () => {
  await bench?.close();
  bench = undefined;
});

async function open(): Promise<Bench> {
  bench = await Bench.open({ station: { evses: 2 } });
  await bench.ready(2);
  return bench;
}

async function request(b: Bench, method: string, path: string, body?: string): Promise<{ status: number; body: { error?: string; [k: string]: unknown }; allow: string | null }> {
  const res = await fetch(`${b.controlUrl}${path}`, { method, ...(body !== undefined && { body }) });
  return { status: res.status, body: (await res.json()) as { error?: string }, allow: res.headers.get('allow') };
}

describe('control API over HTTP', () => {
  it('lists the stations and shows one: connection, registration, EVSEs, device model', async () => {
    const b = await open();
    const root = await request(b, 'GET', '/');
    assert.ok((root.body['endpoints'] as string[]).includes('POST /stations/{id}/plug'));
    const list = await request(b, 'GET', '/stations');
    assert.deepEqual(list.body['stations'], [{ identity: 'CS001', protocol: 'ocpp2.0.1', connection: 'connected', registration: 'Accepted' }]);
    const one = await b.snapshot();
    assert.deepEqual(one.evses.map((e) => [e.id, e.status, e.connectors.length]), [[1, 'Available', 1], [2, 'Available', 1]]);
    assert.equal(one.deviceModel['OCPPCommCtrlr.HeartbeatInterval'], '300');
    assert.equal(one.deviceModel['SecurityCtrlr.BasicAuthPassword'], undefined);
  });

  it('answers 404 for an unknown station, EVSE, connector or action; 405 for a wrong method', async () => {
    const b = await open();
    assert.equal((await request(b, 'GET', '/stations/NOPE')).status, 404);
    assert.equal((await request(b, 'POST', '/stations/NOPE/plug', '{"evseId":1,"connectorId":1}')).status, 404);
    assert.match((await b.post('plug', { evseId: 9, connectorId: 1 })).body['error'] as string, /no EVSE 9/);
    assert.match((await b.post('plug', { evseId: 1, connectorId: 7 })).body['error'] as string, /no connector 7/);
    assert.equal((await b.post('fly', {})).status, 404);
    const wrong = await request(b, 'GET', '/stations/CS001/plug');
    assert.deepEqual([wrong.status, wrong.allow], [405, 'POST']);
    assert.equal((await request(b, 'POST', '/stations')).status, 405);
    assert.equal((await request(b, 'GET', '/nothing/here')).status, 404);
  });

  it('answers 400 for bad JSON, a missing, unknown or mistyped field; 413 for a huge body', async () => {
    const b = await open();
    const send = (body: string): Promise<{ status: number; body: { error?: string } }> => request(b, 'POST', '/stations/CS001/plug', body);
    assert.deepEqual(await send('{not json'), { status: 400, body: { error: 'the body is not valid JSON' }, allow: null } as never);
    assert.match((await send('{"evseId":1}')).body.error!, /plug needs connectorId/);
    assert.match((await send('{"evseId":1,"connectorId":1,"colour":"red"}')).body.error!, /no field "colour"/);
    assert.match((await send('{"evseId":"1","connectorId":1}')).body.error!, /evseId must be a non-negative integer/);
    assert.match((await send('[1,2]')).body.error!, /JSON object/);
    assert.match((await b.post('present', { idToken: 'X', type: 'Bogus' })).body['error'] as string, /type must be one of/);
    assert.match((await b.post('present', { idToken: 'X'.repeat(37), type: 'ISO14443' })).body['error'] as string, /1 to 36/);
    assert.match((await b.post('fault', { evseId: 1, connectorId: 1, errorCode: 'Smoke' })).body['error'] as string, /errorCode must be one of/);
    assert.match((await b.post('ev', { evseId: 1, charging: 'yes' })).body['error'] as string, /true or false/);
    assert.match((await b.post('reboot', { now: true })).body['error'] as string, /takes no body/);
    assert.equal((await request(b, 'POST', '/stations/CS001/plug', `{"a":"${'x'.repeat(70_000)}"}`)).status, 413);
  });

  it('answers 409 for an action that makes no sense now, and nothing is sent to the CSMS for it', async () => {
    const b = await open();
    await b.act('plug', { evseId: 1, connectorId: 1 });
    const from = b.mark();
    assert.equal((await b.post('plug', { evseId: 1, connectorId: 1 })).status, 409);
    assert.equal((await b.post('unplug', { evseId: 2, connectorId: 1 })).status, 409);
    assert.equal((await b.post('fault', { evseId: 2, connectorId: 1 })).status, 409);
    assert.equal((await b.post('reconnect')).status, 409);
    await b.act('disconnect');
    assert.equal((await b.post('disconnect')).status, 409);
    await b.act('reconnect');
    await until(() => b.server.isConnected('CS001'), 'reconnected');
    assert.deepEqual(b.received(undefined, from).map((r) => r.action).filter((a) => a !== 'TransactionEvent' && a !== 'StatusNotification'), []);
  });

  it('routes every request through the one listener a guard wraps', async () => {
    const seen: string[] = [];
    const stations = { list: () => [], get: () => undefined };
    const server = new ControlServer(stations, {
      guard: (listener) => (req: IncomingMessage, res: ServerResponse) => {
        seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
        if (req.headers['authorization'] !== 'Bearer let-me-in') {
          res.writeHead(401).end();
          return;
        }
        listener(req, res);
      },
    });
    const { port } = await server.listen(0);
    try {
      assert.equal((await fetch(`http://127.0.0.1:${port}/stations`)).status, 401);
      const ok = await fetch(`http://127.0.0.1:${port}/stations`, { headers: { authorization: 'Bearer let-me-in' } });
      assert.deepEqual(await ok.json(), { stations: [] });
      assert.deepEqual(seen, ['GET /stations', 'GET /stations']);
    } finally {
      await server.close();
    }
  });
});

describe('control prompt', () => {
  const stations = {
    list: () => [{ identity: 'CS001', idTokenTypes: ['ISO14443', 'Central'] }, { identity: 'CS002', idTokenTypes: ['ISO14443'] }] as never,
    get: (id: string) => (['CS001', 'CS002'].includes(id) ? ({ identity: id, idTokenTypes: ['ISO14443', 'Central'] } as never) : undefined),
  };

  it('turns words into the same requests as the HTTP API', () => {
    const req = (line: string): unknown => {
      const p = parseLine(line, 'CS001', stations);
      return p.kind === 'request' ? [p.request.path, p.request.body] : p;
    };
    assert.deepEqual(req('plug 1'), ['/stations/CS001/plug', { evseId: 1, connectorId: 1 }]);
    assert.deepEqual(req('CS002 unplug 2 1'), ['/stations/CS002/unplug', { evseId: 2, connectorId: 1 }]);
    assert.deepEqual(req('present TOKEN-1'), ['/stations/CS001/present', { idToken: 'TOKEN-1', type: 'ISO14443' }]);
    assert.deepEqual(req('present TOKEN-1 2'), ['/stations/CS001/present', { idToken: 'TOKEN-1', type: 'ISO14443', evseId: 2 }]);
    assert.deepEqual(req('present TOKEN-1 Central 2'), ['/stations/CS001/present', { idToken: 'TOKEN-1', type: 'Central', evseId: 2 }]);
    assert.deepEqual(req('ev 1 off'), ['/stations/CS001/ev', { evseId: 1, charging: false }]);
    assert.deepEqual(req('ev 1 on 7400'), ['/stations/CS001/ev', { evseId: 1, charging: true, powerW: 7400 }]);
    assert.deepEqual(req('fault 1 1 ConnectorLockFailure'), ['/stations/CS001/fault', { evseId: 1, connectorId: 1, errorCode: 'ConnectorLockFailure' }]);
    assert.deepEqual(req('clear 1 1'), ['/stations/CS001/fault', { evseId: 1, connectorId: 1 }]);
    assert.deepEqual(req('reboot'), ['/stations/CS001/reboot', undefined]);
    assert.deepEqual(req('use CS002'), { kind: 'use', station: 'CS002' });
    assert.deepEqual(req('CS002'), { kind: 'use', station: 'CS002' });
    assert.deepEqual(req('ev 1 maybe'), { kind: 'error', message: 'usage: ev EVSE on|off [WATTS]' });
    assert.deepEqual(parseLine('plug 1', undefined, stations), { kind: 'error', message: 'no station chosen: use ID' });
    assert.deepEqual(req('dance'), { kind: 'error', message: 'unknown command dance; try help' });
  });

  it('completes commands, station ids and the words each command takes', () => {
    assert.deepEqual(complete('pl', stations), [['plug'], 'pl']);
    assert.deepEqual(complete('CS', stations), [['CS001', 'CS002'], 'CS']);
    assert.deepEqual(complete('CS002 re', stations), [['reconnect', 'reboot'], 're']);
    assert.deepEqual(complete('ev 1 o', stations), [['on', 'off'], 'o']);
    assert.deepEqual(complete('fault 1 1 Conn', stations), [['ConnectorLockFailure'], 'Conn']);
    assert.deepEqual(complete('present T1 C', stations), [['Central'], 'C']);
    assert.deepEqual(complete('use CS00', stations), [['CS001', 'CS002'], 'CS00']);
  });

  it('drives a station: the lines it reads run through dispatch and print what happened', async () => {
    const b = await open();
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d: Buffer) => (text += d.toString()));
    let closed = false;
    const prompt = new ControlPrompt({ input, output, terminal: false, stations: { list: () => [b.station.controls], get: (id) => (id === 'CS001' ? b.station.controls : undefined) }, onClose: () => (closed = true) });
    input.write('plug 1\n');
    await until(() => text.includes('cable plugged into 1/1'), 'plug');
    input.write(`present ${TOKEN.idToken} 1\n`);
    await until(() => text.includes(`idToken ${TOKEN.idToken} authorized at EVSE 1 (Accepted)`), 'present');
    input.write('plug 1\n');
    await until(() => text.includes('refused (409): EVSE 1 already has a cable in connector 1'), 'refusal');
    input.write('show\n');
    await until(() => /EVSE 1 Occupied: 1\/1 Occupied \(cable\); transaction \S+/.test(text), 'show');
    prompt.print('a line from the station');
    assert.match(text, /a line from the station\n/);
    input.write('quit\n');
    await until(() => closed, 'closed');
    prompt.close();
  });
});
