/**
 * `ocpp station --ocpp VERSION`, spawned: a 1.6 and a 2.1 run their
 * sessions against a CSMS of that version built here (OCPP-J subprotocol
 * negotiated as offered), and a version it does not know is one clear line.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CsmsServer } from '../../src/cli/lib.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const now = (): string => new Date().toISOString();
const heard: { version: string; action: string }[] = [];
let transactionId = 0;
const server = new CsmsServer({});
server.on('connect', (identity) => {
  for (const v of ['1.6', '2.1'] as const) server.station(identity, v)?.observeFrames((way, text) => {
    const frame = JSON.parse(text) as unknown[];
    if (way === 'in' && (frame[0] === 2 || frame[0] === 6)) heard.push({ version: v, action: frame[2] as string });
  });
});
server.handle('1.6', 'BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
server.handle('1.6', 'StatusNotification', () => ({}));
server.handle('1.6', 'Heartbeat', () => ({ currentTime: now() }));
server.handle('1.6', 'Authorize', () => ({ idTagInfo: { status: 'Accepted' } }));
server.handle('1.6', 'StartTransaction', () => ({ transactionId: ++transactionId, idTagInfo: { status: 'Accepted' } }));
server.handle('1.6', 'MeterValues', () => ({}));
server.handle('1.6', 'StopTransaction', () => ({}));
server.handle('2.1', 'BootNotification', () => ({ status: 'Accepted', currentTime: now(), interval: 300 }));
server.handle('2.1', 'StatusNotification', () => ({}));
server.handle('2.1', 'Heartbeat', () => ({ currentTime: now() }));
server.handle('2.1', 'SecurityEventNotification', () => ({}));
server.handle('2.1', 'Authorize', () => ({ idTokenInfo: { status: 'Accepted' } }));
server.handle('2.1', 'TransactionEvent', () => ({}));
server.handle('2.1', 'OpenPeriodicEventStream', () => ({ status: 'Accepted' }));

let url = '';
before(async () => {
  const { port } = await server.listen(0, '127.0.0.1');
  url = `ws://127.0.0.1:${port}/ocpp`;
});
after(() => server.close(1000));

describe('ocpp station --ocpp', () => {
  it('1.6: a session runs against a 1.6 Central System (Authorize, StartTransaction, MeterValues, StopTransaction), exit 0', async () => {
    const r = await run(['station', '--ocpp', '1.6', '--url', url, '--id', 'CP16', '--session', '--charge-time', '2', '--meter-interval', '1', '--exit-when-done', '--quiet']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /OCPP 1\.6/);
    const actions = heard.filter((h) => h.version === '1.6').map((h) => h.action);
    for (const a of ['BootNotification', 'Authorize', 'StartTransaction', 'MeterValues', 'StopTransaction']) assert.ok(actions.includes(a), `${a} in ${actions.join(',')}`);
  });

  it('2.1: a session runs against a 2.1 CSMS, exit 0', async () => {
    const r = await run(['station', '--ocpp', '2.1', '--url', url, '--id', 'CS21', '--session', '--charge-time', '1', '--exit-when-done', '--quiet']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const actions = heard.filter((h) => h.version === '2.1').map((h) => h.action);
    for (const a of ['BootNotification', 'Authorize', 'TransactionEvent', 'OpenPeriodicEventStream']) assert.ok(actions.includes(a), `${a} in ${actions.join(',')}`);
  });

  it('a version it does not speak: one line, exit 2', async () => {
    const r = await run(['station', '--ocpp', '3.0', '--url', 'ws://127.0.0.1:1/ocpp']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /--ocpp/);
    assert.match(r.stderr, /1\.6/);
  });
});
