/**
 * The real commands, spawned: `ocpp csms`, `ocpp station`, `ocpp validate`
 * and `ocpp demo`, on ephemeral ports, checking what they print, the exit
 * codes and the JSON-lines logs they write (which `ocpp validate` checks).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hasOpenssl, makeTestPki } from '../support/certs.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ocpp-cli-'));
const running = new Set<Proc>();

after(async () => {
  for (const p of running) p.child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

class Proc {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number>;

  constructor(args: string[], input?: string) {
    this.child = spawn(process.execPath, [MAIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    running.add(this);
    this.child.stdout!.setEncoding('utf8').on('data', (d: string) => (this.stdout += d));
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    if (input !== undefined) this.child.stdin!.end(input);
    else this.child.stdin!.end();
    this.exited = new Promise((resolve) =>
      this.child.once('close', (code) => {
        running.delete(this);
        resolve(code ?? -1);
      }),
    );
  }

  /** Resolves with the first match of `re` in stdout; rejects when the process ends first or after `ms`. */
  async waitFor(re: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
    const end = Date.now() + ms;
    for (;;) {
      const m = re.exec(this.stdout);
      if (m !== null) return m;
      if (!running.has(this)) throw new Error(`process ended without printing ${re}:\n${this.stdout}\n${this.stderr}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}:\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<number> {
    this.child.kill('SIGINT');
    return this.exited;
  }
}

async function run(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const p = new Proc(args, input);
  const code = await p.exited;
  return { code, stdout: p.stdout, stderr: p.stderr };
}

/** One line, no stack trace. */
function assertOneLine(stderr: string, re: RegExp): void {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0]!, re);
  assert.doesNotMatch(stderr, /\n\s+at /);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startCsms(extra: string[] = []): Promise<{ proc: Proc; port: number; api: number }> {
  const proc = new Proc(['csms', '--port', '0', ...extra]);
  const m = await proc.waitFor(/port (\d+)\)/);
  const a = extra.includes('--no-api') ? null : await proc.waitFor(/api port (\d+)/);
  return { proc, port: Number(m[1]), api: a === null ? 0 : Number(a[1]) };
}

describe('ocpp: usage', () => {
  it('--help of every command exits 0; a wrong flag is one line pointing to --help, exit 2', async () => {
    for (const c of ['csms', 'station', 'validate', 'demo']) {
      const help = await run([c, '--help']);
      assert.equal(help.code, 0, c);
      assert.match(help.stdout, new RegExp(`^Usage: ocpp ${c}`), c);
      const wrong = await run([c, '--no-such-flag']);
      assert.equal(wrong.code, 2, c);
      assertOneLine(wrong.stderr, new RegExp(`Unknown option '--no-such-flag'; see 'ocpp ${c} --help'`));
    }
    const limit = await run(['csms', '--site-limit', '10 MW']);
    assert.equal(limit.code, 2);
    assert.match(limit.stderr, /--site-limit: "10 MW" is not a limit/);
    assert.equal((await run(['--help'])).code, 0);
    assert.equal((await run(['nope'])).code, 2);
    assert.equal((await run([])).code, 2);
  });
});

describe('ocpp validate', () => {
  it('a valid payload, frame and log exit 0; an invalid one prints each error with code and pointer and exits 1', async () => {
    const ok = await run(['validate', '--action', 'BootNotification', '--data', '{"chargingStation":{"model":"M","vendorName":"V"},"reason":"PowerUp"}']);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /all valid/);
    const bad = await run(['validate', '--action', 'BootNotification', '--data', '{"chargingStation":{"model":5,"vendorName":"V"},"reason":"Later"}']);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /TypeConstraintViolation at \/chargingStation\/model/);
    assert.match(bad.stdout, /PropertyConstraintViolation at \/reason/);
    assert.match(bad.stdout, /1 invalid, 2 errors/);
    const response = await run(['validate', '-a', 'Heartbeat', '-k', 'response', '--data', '{"currentTime":"now"}']);
    assert.equal(response.code, 1);
    assert.match(response.stdout, /Heartbeat response {2}PropertyConstraintViolation at \/currentTime/);
    const frame = await run(['validate', '--data', '[2,"1","Heartbeat",{}]']);
    assert.equal(frame.code, 0);
  });

  it('reads JSON lines from standard input and names the line of each problem', async () => {
    const log = [
      { time: '2025-01-01T00:00:00Z', direction: 'StationToCsms', station: 'CS1', frame: [2, 'a', 'Heartbeat', {}] },
      { time: '2025-01-01T00:00:01Z', direction: 'CsmsToStation', station: 'CS1', frame: [3, 'a', {}] },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const r = await run(['validate', '-'], `${log}\nnot json\n`);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /line 2: CS1 Heartbeat response {2}OccurrenceConstraintViolation at \/currentTime/);
    assert.match(r.stdout, /line 3: frame {2}FormatViolation/);
  });

  it('an unreadable file is one line and exit 1', async () => {
    const r = await run(['validate', join(dir, 'missing.jsonl')]);
    assert.equal(r.code, 1);
    assertOneLine(r.stderr, /cannot read .*missing\.jsonl: no such file/);
  });
});

describe('ocpp csms + ocpp station', () => {
  it('a station boots, runs a session, is called through the operator API; both logs validate', async () => {
    const csmsLog = join(dir, 'csms.jsonl');
    const stationLog = join(dir, 'station.jsonl');
    const csms = await startCsms(['--log', csmsLog, '--heartbeat-interval', '1']);
    const url = `ws://127.0.0.1:${csms.port}/ocpp`;
    const station = new Proc(['station', '--url', url, '--id', 'E2E-{nn}', '--count', '2', '--session', '--charge-time', '2', '--meter-interval', '1', '--log', stationLog, '--duration', '60']);
    await station.waitFor(/E2E-01 booted: Accepted/);
    await station.waitFor(/E2E-02 booted: Accepted/);
    // The CSMS prints every frame for a person.
    await csms.proc.waitFor(/E2E-01 +→ {2}BootNotification +\{chargingStation:/);
    await csms.proc.waitFor(/E2E-01 +← {2}BootNotification ✓ +\{currentTime: \S+, interval: 1, status: Accepted\}/);

    const api = `http://127.0.0.1:${csms.api}`;
    const list = (await (await fetch(`${api}/stations`)).json()) as { stations: { identity: string; registration: string; connectors: unknown[] }[] };
    assert.deepEqual(list.stations.map((s) => [s.identity, s.registration]).sort(), [['E2E-01', 'Accepted'], ['E2E-02', 'Accepted']]);
    const json = { 'Content-Type': 'application/json' };
    const post = (action: string, body: unknown) => fetch(`${api}/stations/E2E-01/calls/${action}`, { method: 'POST', headers: json, body: JSON.stringify(body) });
    const good = await post('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] });
    assert.equal(good.status, 200);
    const answer = (await good.json()) as { response: { getVariableResult: { attributeStatus: string; attributeValue: string }[] } };
    assert.deepEqual(answer.response.getVariableResult.map((r) => [r.attributeStatus, r.attributeValue]), [['Accepted', '1']]);
    const bad = await post('SetVariables', { setVariableData: [{ component: { name: 'X' }, variable: { name: 'Y' } }] });
    assert.equal(bad.status, 400);
    const errors = ((await bad.json()) as { errors: { code: string; pointer: string }[] }).errors;
    assert.deepEqual(errors.map((e) => [e.code, e.pointer]), [['OccurrenceConstraintViolation', '/setVariableData/0/attributeValue']]);
    assert.equal((await post('Heartbeat', {})).status, 400);
    assert.equal((await fetch(`${api}/stations/NOPE/calls/Reset`, { method: 'POST', headers: json, body: '{"type":"Immediate"}' })).status, 404);

    await station.waitFor(/E2E-01 transaction \S+ ended: \d+\.\d{3} kWh \(Local\)/);
    await station.waitFor(/E2E-02 transaction \S+ ended/);
    await csms.proc.waitFor(/E2E-02 transaction \S+ ended: \d+\.\d{3} kWh, Local/);
    const tx = (await (await fetch(`${api}/transactions`)).json()) as { transactions: { state: string; energyWh: number }[] };
    assert.equal(tx.transactions.length, 2);
    assert.ok(tx.transactions.every((t) => t.state === 'Ended' && t.energyWh > 0));

    assert.equal(await station.stop(), 0);
    assert.match(station.stdout, /stopped; 2 stations, \d+ frames, 2 transactions, \d+\.\d{3} kWh, 0 invalid frames/);
    assert.equal(await csms.proc.stop(), 0);
    assert.match(csms.proc.stdout, /stopped; 2 stations, \d+ frames, 2 transactions/);

    for (const log of [csmsLog, stationLog]) {
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      assert.ok(lines.length > 30, `${log} has the frames`);
      const v = await run(['validate', log]);
      assert.equal(v.code, 0, v.stdout);
      assert.match(v.stdout, /from 2 stations .*: all valid/);
    }
  });

  it('a port in use, an unreachable URL and a refused handshake are one line each, exit 1', async () => {
    const list = join(dir, 'stations.txt');
    writeFileSync(list, '# allowed\nKNOWN:secret-password-1234\n');
    const csms = await startCsms(['--stations', list, '--quiet']);
    const inUse = await run(['csms', '--port', String(csms.port), '--quiet']);
    assert.equal(inUse.code, 1);
    assertOneLine(inUse.stderr, /port \d+ is already in use/);

    const url = `ws://127.0.0.1:${csms.port}/ocpp`;
    const unknown = await run(['station', '--url', url, '--id', 'STRANGER', '--quiet']);
    assert.equal(unknown.code, 1);
    assertOneLine(unknown.stderr, /STRANGER: the server refused the connection: HTTP 404/);
    const wrong = await run(['station', '--url', url, '--id', 'KNOWN', '--password', 'not-the-right-one', '--quiet']);
    assert.equal(wrong.code, 1);
    assertOneLine(wrong.stderr, /HTTP 401/);
    await csms.proc.waitFor(/KNOWN refused: HTTP 401 wrong password/);
    assert.equal(await csms.proc.stop(), 0);

    const closed = await freePort();
    const unreachable = await run(['station', '--url', `ws://127.0.0.1:${closed}/ocpp`]);
    assert.equal(unreachable.code, 1);
    assertOneLine(unreachable.stderr, /cannot connect to ws:\/\/127\.0\.0\.1:\d+\/ocpp as CS001: connection refused/);
  });
});

describe('ocpp station: the control API', () => {
  it('drives a spawned station by HTTP: plug, present, the site limit caps it, the EV suspends; a control port in use is one line, exit 1', async () => {
    const csms = await startCsms(['--quiet', '--site-limit', '7kW']);
    await csms.proc.waitFor(/site limit 7000 W, shared equally/);
    const url = `ws://127.0.0.1:${csms.port}/ocpp`;
    const station = new Proc(['station', '--url', url, '--duration', '60', '--quiet']);
    const port = (await station.waitFor(/control port (\d+)/))[1]!;
    await station.waitFor(/CS001 booted: Accepted/);
    const post = async (action: string, body?: unknown): Promise<{ status: number; body: { done?: string; error?: string } }> => {
      const res = await fetch(`http://127.0.0.1:${port}/stations/CS001/${action}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, ...(body !== undefined && { body: JSON.stringify(body) }) });
      return { status: res.status, body: (await res.json()) as { done?: string } };
    };
    assert.equal((await post('plug', { evseId: 1, connectorId: 1 })).status, 200);
    assert.match((await post('present', { idToken: 'E2E-TOKEN', type: 'ISO14443' })).body.done!, /authorized at EVSE 1/);
    await station.waitFor(/CS001 charging on EVSE 1/);
    // The CSMS's TxProfile: the whole site limit for the one transaction.
    await station.waitFor(/CS001 EVSE 1 limited to 7\.0 kW/);
    const csmsApi = `http://127.0.0.1:${csms.api}`;
    const sent = async () => ((await (await fetch(`${csmsApi}/stations/CS001`)).json()) as { chargingProfiles: { limit: number; status: string }[] }).chargingProfiles;
    for (let i = 0; i < 200 && (await sent())[0]?.status !== 'Accepted'; i++) await new Promise((r) => setTimeout(r, 25));
    assert.deepEqual((await sent()).map((p) => [p.limit, p.status]), [[7000, 'Accepted']]);
    const snapshot = (await (await fetch(`http://127.0.0.1:${port}/stations/CS001`)).json()) as { evses: { meter: { powerW: number; offeredW: number } }[] };
    assert.deepEqual([snapshot.evses[0]!.meter.powerW, snapshot.evses[0]!.meter.offeredW], [7000, 7000]);
    assert.equal((await post('ev', { evseId: 1, charging: false })).status, 200);
    await station.waitFor(/CS001 EVSE 1 suspended by the EV/);
    assert.equal((await post('plug', { evseId: 1, connectorId: 1 })).status, 409);
    const tx = (await (await fetch(`${csmsApi}/transactions`)).json()) as { transactions: { chargingState: string; idToken: { idToken: string } }[] };
    assert.deepEqual(tx.transactions.map((t) => [t.chargingState, t.idToken.idToken]), [['SuspendedEV', 'E2E-TOKEN']]);

    const busy = await run(['station', '--url', url, '--id', 'CS002', '--control-port', port, '--quiet']);
    assert.equal(busy.code, 1);
    assertOneLine(busy.stderr, /cannot start the control API: port \d+ is already in use/);
    assert.equal(await station.stop(), 0);
    assert.equal(await csms.proc.stop(), 0);
  });
});

describe('ocpp csms + ocpp station: security profiles and reconnecting', () => {
  it('security profile 2 (TLS + Basic auth) and 3 (TLS + client certificate)', { skip: hasOpenssl() ? false : 'no openssl on this machine' }, async () => {
    const pki = makeTestPki();
    try {
      const file = (name: string, text: string): string => {
        const path = join(dir, name);
        writeFileSync(path, text);
        return path;
      };
      const ca = file('ca.pem', pki.ca);
      const cert = file('server.pem', pki.server.cert);
      const key = file('server-key.pem', pki.server.key);
      const two = await startCsms(['--security-profile', '2', '--tls-cert', cert, '--tls-key', key, '--password', 'profile-two-password', '--quiet']);
      const ok = await run(['station', '--url', `wss://localhost:${two.port}/ocpp`, '--ca', ca, '--password', 'profile-two-password', '--duration', '1', '--quiet']);
      assert.equal(ok.code, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /CS001 booted: Accepted/);
      await two.proc.waitFor(/CS001 connected \(OCPP 2\.0\.1, security profile 2\)/);
      const plain = await run(['station', '--url', `ws://localhost:${two.port}/ocpp`, '--password', 'profile-two-password', '--quiet']);
      assert.equal(plain.code, 1);
      assert.equal(plain.stderr.trim().split('\n').length, 1, plain.stderr);
      assert.equal(await two.proc.stop(), 0);

      const client = pki.client('CERT-001');
      const three = await startCsms(['--security-profile', '3', '--tls-cert', cert, '--tls-key', key, '--tls-ca', ca, '--quiet']);
      const url = `wss://localhost:${three.port}/ocpp`;
      const good = await run(['station', '--url', url, '--id', 'CERT-001', '--ca', ca, '--cert', file('c.pem', client.cert), '--key', file('c-key.pem', client.key), '--duration', '1', '--quiet']);
      assert.equal(good.code, 0, good.stdout + good.stderr);
      await three.proc.waitFor(/CERT-001 connected \(OCPP 2\.0\.1, security profile 3\)/);
      const other = await run(['station', '--url', url, '--id', 'CERT-002', '--ca', ca, '--cert', file('c.pem', client.cert), '--key', file('c-key.pem', client.key), '--quiet']);
      assert.equal(other.code, 1);
      assertOneLine(other.stderr, /CERT-002: the server refused the connection: HTTP 401/);
      assert.equal(await three.proc.stop(), 0);
    } finally {
      pki.cleanup();
    }
  });

  it('a station reconnects with back-off after the CSMS restarts, and registers again when the new CSMS does not know it', async () => {
    const port = await freePort();
    const first = new Proc(['csms', '--port', String(port), '--no-api', '--heartbeat-interval', '1', '--quiet']);
    await first.waitFor(/listening/);
    const station = new Proc(['station', '--url', `ws://127.0.0.1:${port}/ocpp`, '--duration', '60', '--quiet']);
    await station.waitFor(/CS001 booted: Accepted/);
    assert.equal(await first.stop(), 0);
    await station.waitFor(/CS001 disconnected/);
    await station.waitFor(/CS001 reconnecting in \d+\.\d s/);
    const second = new Proc(['csms', '--port', String(port), '--no-api', '--heartbeat-interval', '1', '--quiet']);
    await second.waitFor(/listening/);
    await station.waitFor(/CS001 reconnected/);
    await station.waitFor(/booted: Accepted[^]*booted: Accepted/);
    await second.waitFor(/CS001 connected/);
    assert.equal(await station.stop(), 0);
    assert.equal(await second.stop(), 0);
  });
});

describe('ocpp demo', () => {
  it('runs a 1.6, a 2.0.1 and a 2.1 station against one CSMS, the 2.1 one started and stopped remotely by neutral commands, prints a timeline and a summary with no errors, exits 0; its log validates in each station\'s version', async () => {
    const log = join(dir, 'demo.jsonl');
    const r = await run(['demo', '--charge-time', '2', '--log', log]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /csms +DEMO-001 connected \(OCPP 1\.6\)/);
    assert.match(r.stdout, /csms +DEMO-002 connected \(OCPP 2\.0\.1\)/);
    assert.match(r.stdout, /csms +DEMO-003 connected \(OCPP 2\.1\)/);
    assert.match(r.stdout, /operator +POST remoteStart to DEMO-003 -> 200 \{status: Accepted, remoteStartId: 3\}/);
    assert.match(r.stdout, /operator +POST remoteStop to DEMO-003 -> 200 \{status: Accepted\}/);
    assert.match(r.stdout, /operator +POST Reset \{type: Sometime\} -> 400 PropertyConstraintViolation at \/type \(not sent\)/);
    assert.match(r.stdout, /stations +3 \(3 accepted; OCPP 1\.6, 2\.0\.1, 2\.1\)/);
    assert.match(r.stdout, /transactions +3 \(3 ended, 1 started remotely\)/);
    assert.match(r.stdout, /energy +\d+\.\d{3} kWh/);
    assert.match(r.stdout, /errors +none/);
    const v = await run(['validate', log]);
    assert.equal(v.code, 0, v.stdout);
    assert.match(v.stdout, /from 3 stations .*: all valid/);
  });

  it('--ocpp picks the versions; an unknown one is a one-line usage error', async () => {
    const r = await run(['demo', '--charge-time', '1', '--stations', '2', '--ocpp', '1.6', '--quiet']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /stations +2 \(2 accepted; OCPP 1\.6\)/);
    const bad = await run(['demo', '--ocpp', '1.5']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--ocpp: unknown version "1\.5"/);
  });
});
