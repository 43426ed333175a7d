/**
 * Issue "hardening", items 1 and 3 at the command line: `ocpp csms` refuses
 * to start where it would be open (an operator API off loopback without a
 * token, a station without a password at profiles 1 and 2), and takes its
 * token from --api-token or OCPP_API_TOKEN; `ocpp station` does the same for
 * its control API.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCsms } from '../../src/cli/csms/server.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ocpp-hardening-'));
const children = new Set<ChildProcess>();
after(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number>;
}

function start(args: string[], env: Record<string, string> = {}): Run {
  const { OCPP_API_TOKEN: _drop, ...base } = process.env;
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...base, NO_COLOR: '1', ...env } });
  children.add(child);
  const run: Run = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('close', (code) => (children.delete(child), resolve(code ?? -1)))),
  };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (run.stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (run.stderr += d));
  return run;
}

async function waitFor(run: Run, re: RegExp): Promise<RegExpMatchArray> {
  const end = Date.now() + 15_000;
  for (;;) {
    const m = re.exec(run.stdout);
    if (m !== null) return m;
    if (!children.has(run.child) || Date.now() > end) throw new Error(`no ${re}:\n${run.stdout}\n${run.stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('ocpp csms --host 0.0.0.0 without a token does not start: one line naming --api-token and OCPP_API_TOKEN, exit 1', async () => {
  const run = start(['csms', '--host', '0.0.0.0', '--port', '0']);
  assert.equal(await run.exited, 1);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /off loopback, without a token: give --api-token TOKEN or set OCPP_API_TOKEN/);
  assert.equal(run.stdout, '', 'nothing listened');
  const empty = start(['csms', '--port', '0', '--api-token', '']);
  assert.equal(await empty.exited, 2);
  assert.match(empty.stderr, /--api-token must not be empty/);
});

test('OCPP_API_TOKEN protects the API of ocpp csms; --api-token wins over it', async () => {
  for (const [args, env, token] of [
    [[], { OCPP_API_TOKEN: 'from-the-environment' }, 'from-the-environment'],
    [['--api-token', 'from-the-flag'], { OCPP_API_TOKEN: 'from-the-environment' }, 'from-the-flag'],
  ] as const) {
    const run = start(['csms', '--port', '0', '--quiet', ...args], env);
    const m = await waitFor(run, /api port (\d+), token required\)/);
    const api = `http://127.0.0.1:${m[1]}`;
    assert.equal((await fetch(`${api}/stations`)).status, 401);
    assert.equal((await fetch(`${api}/stations`, { headers: { Authorization: 'Bearer from-the-environment-x' } })).status, 401);
    assert.equal((await fetch(`${api}/stations`, { headers: { Authorization: `Bearer ${token}` } })).status, 200);
    run.child.kill('SIGINT');
    assert.equal(await run.exited, 0);
  }
  const open = start(['csms', '--port', '0', '--quiet']);
  const m = await waitFor(open, /api port (\d+), loopback only, no token\)/);
  assert.equal((await fetch(`http://127.0.0.1:${m[1]}/stations`)).status, 200, 'on loopback plain requests keep working');
  open.child.kill('SIGINT');
  assert.equal(await open.exited, 0);
});

test('item 3: ocpp csms --security-profile 1 refuses a station list line without a password unless --password covers it', async () => {
  const list = join(dir, 'stations.txt');
  writeFileSync(list, 'A:password-of-a\nB\n');
  const run = start(['csms', '--port', '0', '--no-api', '--security-profile', '1', '--stations', list]);
  assert.equal(await run.exited, 1);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /no password for B; security profile 1 needs one for every station/);
  const covered = start(['csms', '--port', '0', '--no-api', '--quiet', '--security-profile', '1', '--stations', list, '--password', 'shared-password']);
  await waitFor(covered, /listening on/);
  covered.child.kill('SIGINT');
  assert.equal(await covered.exited, 0);
});

test('ocpp station --control-host 0.0.0.0 without a token does not start; OCPP_API_TOKEN and --api-token protect its control API', async () => {
  const open = start(['station', '--url', 'ws://127.0.0.1:9/ocpp', '--control-host', '0.0.0.0']);
  assert.equal(await open.exited, 1);
  assert.equal(open.stderr.trim().split('\n').length, 1, open.stderr);
  assert.match(open.stderr, /control API would listen on 0\.0\.0\.0, off loopback, without a token: give --api-token TOKEN or set OCPP_API_TOKEN/);
  assert.equal(open.stdout, '', 'nothing listened, no station connected');
  const empty = start(['station', '--url', 'ws://127.0.0.1:9/ocpp', '--api-token', '']);
  assert.equal(await empty.exited, 2);
  assert.match(empty.stderr, /--api-token must not be empty/);

  const csms = await startCsms({ host: '127.0.0.1', port: 0, securityProfile: 0, state: {}, validation: 'strict', callTimeoutMs: 5000, onFrame: () => undefined, pingIntervalMs: 0 });
  try {
    for (const [args, env, token] of [
      [[], { OCPP_API_TOKEN: 'from-the-environment' }, 'from-the-environment'],
      [['--api-token', 'from-the-flag'], { OCPP_API_TOKEN: 'from-the-environment' }, 'from-the-flag'],
      [[], {}, undefined],
    ] as const) {
      const run = start(['station', '--url', csms.url, '--quiet', ...args], env);
      const m = await waitFor(run, /control port (\d+), (token required|loopback only, no token)\)/);
      assert.equal(m[2], token === undefined ? 'loopback only, no token' : 'token required');
      const control = `http://127.0.0.1:${m[1]}`;
      const json = { 'Content-Type': 'application/json' };
      if (token !== undefined) {
        assert.equal((await fetch(`${control}/stations`)).status, 401);
        assert.equal((await fetch(`${control}/stations`, { headers: { Authorization: 'Bearer from-the-environment-x' } })).status, 401);
        assert.equal((await fetch(`${control}/stations/CS001/plug`, { method: 'POST', headers: json, body: '{"evseId":1,"connectorId":1}' })).status, 401);
      }
      const auth: Record<string, string> = token === undefined ? {} : { Authorization: `Bearer ${token}` };
      assert.equal((await fetch(`${control}/stations`, { headers: auth })).status, 200);
      assert.equal((await fetch(`${control}/stations/CS001/plug`, { method: 'POST', headers: auth, body: '{"evseId":1,"connectorId":1}' })).status, 415, 'JSON only');
      run.child.kill('SIGINT');
      assert.equal(await run.exited, 0, run.stderr);
    }
  } finally {
    await csms.close();
  }
});
