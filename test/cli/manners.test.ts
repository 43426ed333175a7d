/**
 * Command-line manners, on the real command spawned as a process: the
 * version, one-line usage errors, colours only where they belong, the
 * --json event stream of `ocpp csms` and `ocpp station`, whole frames on
 * request, and `ocpp validate` naming the bad value, what was allowed and
 * the calls never answered.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as { version: string };
const ESC = '\u001b[';
const running = new Set<Proc>();

after(() => {
  for (const p of running) p.child.kill('SIGKILL');
});

/** The environment without the colour variables the test runner may have. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e['NO_COLOR'];
  delete e['FORCE_COLOR'];
  delete e['NODE_DISABLE_COLORS'];
  return { ...e, ...extra };
}

class Proc {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number>;

  constructor(args: string[], extraEnv: Record<string, string> = {}, input = '') {
    this.child = spawn(process.execPath, [MAIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: env(extraEnv) });
    running.add(this);
    this.child.stdout!.setEncoding('utf8').on('data', (d: string) => (this.stdout += d));
    this.child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.stderr += d));
    this.child.stdin!.end(input);
    this.exited = new Promise((resolve) =>
      this.child.once('close', (code) => {
        running.delete(this);
        resolve(code ?? -1);
      }),
    );
  }

  /** Every line of standard output parsed as JSON (it must hold nothing else). */
  events(): Record<string, unknown>[] {
    return this.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          throw new Error(`standard output has a line that is not JSON: ${l}`);
        }
      });
  }

  /** Resolves with the first event that `match` accepts; rejects when the process ends first or after `ms`. */
  async waitForEvent(match: (e: Record<string, unknown>) => boolean, what: string, ms = 20_000): Promise<Record<string, unknown>> {
    const end = Date.now() + ms;
    for (;;) {
      const found = this.events().find(match);
      if (found !== undefined) return found;
      if (!running.has(this)) throw new Error(`process ended without ${what}:\n${this.stdout}\n${this.stderr}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async waitForText(re: RegExp, ms = 20_000): Promise<RegExpMatchArray> {
    const end = Date.now() + ms;
    for (;;) {
      const m = re.exec(this.stdout);
      if (m !== null) return m;
      if (!running.has(this)) throw new Error(`process ended without printing ${re}:\n${this.stdout}\n${this.stderr}`);
      if (Date.now() > end) throw new Error(`timed out waiting for ${re}:\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  stop(): Promise<number> {
    this.child.kill('SIGINT');
    return this.exited;
  }
}

async function run(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const p = new Proc(args, extraEnv);
  const code = await p.exited;
  return { code, stdout: p.stdout, stderr: p.stderr };
}

/** A raw OCPP 2.0.1 connection to a CSMS, frames sent by hand. */
async function rawStation(port: number, identity: string): Promise<{ ws: WebSocket; received: unknown[] }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ocpp/${identity}`, ['ocpp2.0.1']);
  const received: unknown[] = [];
  ws.on('message', (data: Buffer) => received.push(JSON.parse(data.toString('utf8'))));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, received };
}

async function until(condition: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const boot = { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } };

describe('ocpp --version', () => {
  it('--version and -V print the version of package.json; so does nothing else', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await run([flag]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `ocpp-model ${PACKAGE.version}\n`);
      assert.equal(r.stderr, '');
    }
  });
});

describe('usage errors: one line pointing to --help, exit 2', () => {
  /** One line on standard error, naming the help to read; nothing on standard output; no usage text. */
  function assertUsageLine(r: { code: number; stdout: string; stderr: string }, re: RegExp, help: string): void {
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, re);
    assert.ok(lines[0]!.endsWith(`see '${help} --help'`), lines[0]);
    assert.doesNotMatch(r.stderr, /Usage:|\n\s+at /);
  }

  it('an unknown flag, a missing value and a bad number, for every command', async () => {
    const cases: [string, string[], RegExp][] = [
      ['csms', ['--nope'], /^ocpp csms: Unknown option '--nope'/],
      ['csms', ['--port'], /^ocpp csms: Option '-p, --port <value>' argument missing/],
      ['csms', ['--port', 'ninety'], /^ocpp csms: --port must be an integer, not "ninety"/],
      ['station', ['--url', 'ws://127.0.0.1:1/ocpp', '--count', 'x'], /^ocpp station: --count must be an integer, not "x"/],
      ['station', ['--url'], /^ocpp station: Option '-u, --url <value>' argument missing/],
      ['station', [], /^ocpp station: --url is required/],
      ['validate', ['--kind', 'both', '--data', '{}', '-a', 'Heartbeat'], /^ocpp validate: --kind must be one of request, response, not "both"/],
      ['validate', ['--nope'], /^ocpp validate: Unknown option '--nope'/],
      ['demo', ['--stations', 'many'], /^ocpp demo: --stations must be an integer, not "many"/],
      ['demo', ['--stations', '-3'], /^ocpp demo: Option '--stations' argument is ambiguous/],
      ['demo', ['--nope'], /^ocpp demo: Unknown option '--nope'/],
    ];
    for (const [command, args, re] of cases) assertUsageLine(await run([command, ...args]), re, `ocpp ${command}`);
  });

  it('a near miss is named: an option, a command', async () => {
    assertUsageLine(await run(['csms', '--prot', '9000']), /Unknown option '--prot' \(did you mean --port\?\)/, 'ocpp csms');
    assertUsageLine(await run(['stations']), /^ocpp: unknown command "stations" \(did you mean station\?\)/, 'ocpp');
    assertUsageLine(await run(['frobnicate']), /^ocpp: unknown command "frobnicate"; /, 'ocpp');
    assertUsageLine(await run(['--versio']), /^ocpp: unknown option "--versio"/, 'ocpp');
  });
});

describe('colours', () => {
  const bad = ['validate', '-a', 'Authorize', '--data', '{"idToken":{"idToken":"x","type":"Bad"}}'];

  it('none when piped; FORCE_COLOR turns them on; NO_COLOR and --no-color keep them off', async () => {
    const piped = await run(bad);
    assert.equal(piped.code, 1);
    assert.ok(!piped.stdout.includes(ESC), piped.stdout);
    const forced = await run(bad, { FORCE_COLOR: '1' });
    assert.ok(forced.stdout.includes(`${ESC}31mPropertyConstraintViolation${ESC}0m`), forced.stdout);
    const flag = await run([...bad, '--no-color'], { FORCE_COLOR: '1' });
    assert.ok(!flag.stdout.includes(ESC), flag.stdout);
    assert.equal(flag.stdout, piped.stdout);
    const zero = await run(bad, { FORCE_COLOR: '0' });
    assert.ok(!zero.stdout.includes(ESC));
  });

  it('on a terminal: colours, unless NO_COLOR is set or --no-color given', { skip: spawnSync('script', ['--version']).status !== 0 ? 'needs script(1) (util-linux) for a terminal' : false }, () => {
    // script(1) runs the command on a pseudo-terminal.
    const onTty = (args: string[], extra: Record<string, string> = {}): string => {
      const command = [process.execPath, MAIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
      const r = spawnSync('script', ['-qec', command, '/dev/null'], { env: env(extra), encoding: 'utf8', timeout: 30_000 });
      return r.stdout;
    };
    assert.ok(onTty(bad).includes(`${ESC}31m`), 'colours on a terminal');
    assert.ok(!onTty(bad, { NO_COLOR: '1' }).includes(ESC), 'NO_COLOR');
    assert.ok(onTty(bad, { NO_COLOR: '' }).includes(`${ESC}31m`), 'an empty NO_COLOR does not count');
    assert.ok(!onTty([...bad, '--no-color']).includes(ESC), '--no-color');
  });

  it('frame lines of ocpp csms are coloured only when asked', async () => {
    for (const [extra, args, coloured] of [
      [{}, [], false],
      [{ FORCE_COLOR: '1' }, [], true],
      [{ FORCE_COLOR: '1' }, ['--no-color'], false],
    ] as const) {
      const csms = new Proc(['csms', '--port', '0', '--no-api', ...args], extra);
      const port = Number((await csms.waitForText(/port (\d+)\)/))[1]);
      const { ws } = await rawStation(port, 'CS-C');
      ws.send(JSON.stringify([2, 'b', 'BootNotification', boot]));
      await csms.waitForText(/BootNotification.*\n.*BootNotification/);
      ws.close();
      await csms.stop();
      const line = csms.stdout.split('\n').find((l) => l.includes('BootNotification'))!;
      assert.equal(line.includes(ESC), coloured, line);
    }
  });
});

describe('ocpp csms --json', () => {
  it('one JSON object a line: listening, connections, whole frames with action and verdict, CALLERRORs, refusals', async () => {
    const csms = new Proc(['csms', '--port', '0', '--json']);
    const listening = await csms.waitForEvent((e) => e['type'] === 'listening', 'the listening event');
    const port = listening['port'] as number;
    assert.equal(typeof listening['apiPort'], 'number');
    assert.match(listening['url'] as string, /^ws:\/\/127\.0\.0\.1:\d+\/ocpp$/);

    const { ws, received } = await rawStation(port, 'CS-J');
    await csms.waitForEvent((e) => e['type'] === 'connected' && e['station'] === 'CS-J', 'connected');
    const long = 'x'.repeat(400);
    ws.send(JSON.stringify([2, 'b1', 'BootNotification', { ...boot, chargingStation: { ...boot.chargingStation, firmwareVersion: 'f'.repeat(30) } }]));
    ws.send(JSON.stringify([2, 'b2', 'BootNotification', { reason: 'Sometimes', chargingStation: { model: 'M', vendorName: 'V' } }]));
    await until(() => received.length === 2, 'two answers');
    ws.send(JSON.stringify([2, 'd1', 'DataTransfer', { vendorId: 'v', data: long }]));
    ws.send('not json');
    await until(() => received.length >= 3, 'the DataTransfer answer');
    ws.close(4001, 'bye');
    await csms.waitForEvent((e) => e['type'] === 'disconnected', 'disconnected');

    // A handshake the CSMS refuses.
    const refused = new WebSocket(`ws://127.0.0.1:${port}/ocpp/CS-R`, ['ocpp0.1']);
    await new Promise((resolve) => refused.once('error', resolve));
    await csms.waitForEvent((e) => e['type'] === 'refused', 'refused');
    assert.equal(await csms.stop(), 0);

    const events = csms.events();
    for (const e of events) assert.match(e['time'] as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const frames = events.filter((e) => e['type'] === 'frame');
    const bootIn = frames.find((e) => e['messageId'] === 'b1' && e['direction'] === 'StationToCsms')!;
    assert.deepEqual(
      { station: bootIn['station'], messageType: bootIn['messageType'], action: bootIn['action'], verdict: bootIn['verdict'] },
      { station: 'CS-J', messageType: 'CALL', action: 'BootNotification', verdict: 'valid' },
    );
    // Whole frames: the payload is not cut, whatever its length.
    assert.equal(((bootIn['frame'] as unknown[])[3] as { chargingStation: { firmwareVersion: string } }).chargingStation.firmwareVersion, 'f'.repeat(30));
    const bootOut = frames.find((e) => e['messageId'] === 'b1' && e['direction'] === 'CsmsToStation')!;
    assert.equal(bootOut['messageType'], 'CALLRESULT');
    assert.equal(bootOut['action'], 'BootNotification', 'an answer is named by its CALL');
    const invalid = frames.find((e) => e['messageId'] === 'b2' && e['direction'] === 'StationToCsms')!;
    assert.equal(invalid['verdict'], 'invalid');
    const issue = (invalid['issues'] as Record<string, unknown>[])[0]!;
    assert.deepEqual([issue['code'], issue['pointer'], issue['value']], ['PropertyConstraintViolation', '/reason', 'Sometimes']);
    const error = frames.find((e) => e['messageId'] === 'b2' && e['direction'] === 'CsmsToStation')!;
    assert.deepEqual([error['messageType'], error['errorCode'], error['action']], ['CALLERROR', 'PropertyConstraintViolation', 'BootNotification']);
    const data = frames.find((e) => e['messageId'] === 'd1' && e['direction'] === 'StationToCsms')!;
    assert.equal(((data['frame'] as unknown[])[3] as { data: string }).data, long);
    const garbage = frames.find((e) => e['frame'] === 'not json')!;
    assert.deepEqual([garbage['messageType'], garbage['messageId'], garbage['action'], garbage['verdict']], [null, null, null, 'invalid']);
    const closed = events.find((e) => e['type'] === 'disconnected')!;
    assert.deepEqual([closed['station'], closed['code'], closed['reason']], ['CS-J', 4001, 'bye']);
    const refusal = events.find((e) => e['type'] === 'refused')!;
    assert.deepEqual([refusal['station'], refusal['status']], ['CS-R', 400]);
    assert.match(refusal['reason'] as string, /subprotocol/);
    // The text for people went to standard error.
    assert.match(csms.stderr, /ocpp csms: listening on/);
    assert.match(csms.stderr, /ocpp csms: stopped; 1 station/);
  });
});

describe('ocpp station --json against ocpp csms --json', () => {
  it('both streams: the station events, transactions on both sides, and the station losing its CSMS', async () => {
    const csms = new Proc(['csms', '--port', '0', '--no-api', '--json']);
    const port = (await csms.waitForEvent((e) => e['type'] === 'listening', 'listening'))['port'] as number;
    const station = new Proc(['station', '--url', `ws://127.0.0.1:${port}/ocpp`, '--id', 'CS-S', '--session', '--charge-time', '1', '--json']);
    await station.waitForEvent((e) => e['type'] === 'control', 'the control API');
    await station.waitForEvent((e) => e['type'] === 'transactionEnded', 'the end of the session');
    await csms.waitForEvent((e) => e['type'] === 'transactionEnded', 'the CSMS seeing it');
    // The CSMS goes away: the station says so, and that it will try again.
    csms.child.kill('SIGKILL');
    await csms.exited;
    await station.waitForEvent((e) => e['type'] === 'disconnected', 'disconnected');
    await station.waitForEvent((e) => e['type'] === 'reconnecting', 'reconnecting');
    assert.equal(await station.stop(), 0, station.stderr);

    const s = station.events();
    const types = new Set(s.map((e) => e['type']));
    for (const t of ['control', 'frame', 'booted', 'status', 'transactionStarted', 'transactionEnded', 'disconnected', 'reconnecting']) assert.ok(types.has(t), `station: ${t}`);
    for (const e of s) if (e['type'] !== 'control') assert.equal(e['station'], 'CS-S', JSON.stringify(e));
    const booted = s.find((e) => e['type'] === 'booted')!;
    assert.equal(booted['status'], 'Accepted');
    const started = s.find((e) => e['type'] === 'transactionStarted')!;
    const ended = s.find((e) => e['type'] === 'transactionEnded')!;
    assert.equal(started['transactionId'], ended['transactionId']);
    assert.equal(typeof ended['energyWh'], 'number');
    const out = s.filter((e) => e['type'] === 'frame' && e['direction'] === 'StationToCsms').map((e) => e['action']);
    assert.ok(out.includes('BootNotification') && out.includes('TransactionEvent'), out.join(' '));
    const reconnecting = s.find((e) => e['type'] === 'reconnecting')!;
    assert.equal(typeof reconnecting['delaySeconds'], 'number');

    const c = csms.events();
    const connected = c.find((e) => e['type'] === 'connected')!;
    assert.deepEqual([connected['station'], connected['securityProfile']], ['CS-S', 0]);
    const csmsEnded = c.find((e) => e['type'] === 'transactionEnded')!;
    assert.equal(csmsEnded['transactionId'], ended['transactionId']);
    assert.equal(typeof csmsEnded['stoppedReason'], 'string');
    assert.ok(c.some((e) => e['type'] === 'transactionStarted' && e['transactionId'] === started['transactionId']));
    // Every frame the station sent, the CSMS received, with the same verdict.
    assert.ok(c.filter((e) => e['type'] === 'frame').every((e) => e['verdict'] === 'valid'));
  });
});

describe('--full-frames', () => {
  it('frame lines are cut at 160 characters unless --full-frames', async () => {
    const long = 'y'.repeat(300);
    for (const full of [false, true]) {
      const csms = new Proc(['csms', '--port', '0', '--no-api', ...(full ? ['--full-frames'] : [])]);
      const port = Number((await csms.waitForText(/port (\d+)\)/))[1]);
      const { ws, received } = await rawStation(port, 'CS-F');
      ws.send(JSON.stringify([2, 'b', 'BootNotification', boot]));
      await until(() => received.length === 1, 'the boot answer');
      ws.send(JSON.stringify([2, 'd', 'DataTransfer', { vendorId: 'v', data: long }]));
      await until(() => received.length === 2, 'the DataTransfer answer');
      ws.close();
      await csms.stop();
      const line = csms.stdout.split('\n').find((l) => l.includes('DataTransfer') && l.includes('→'))!;
      assert.equal(line.includes(long), full, line);
      if (!full) assert.match(line, /y…$/);
    }
  });
});

describe('ocpp validate: the bad value, what was allowed, calls never answered', () => {
  it('an enum value shows the allowed values; a string too long its length and the limit', async () => {
    const payload = { reason: 'Sometimes', chargingStation: { model: 'm'.repeat(25), vendorName: 'V' } };
    const r = await run(['validate', '-a', 'BootNotification', '--data', JSON.stringify(payload)]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /at \/reason: not a BootReasonEnumType value; got "Sometimes"; allowed: ApplicationReset, FirmwareUpdate, LocalReset, PowerUp, RemoteReset, ScheduledReset, Triggered, Unknown, Watchdog\n/);
    assert.match(r.stdout, /at \/chargingStation\/model: longer than maxLength 20; got "m{25}" \(25 characters\)\n/);
    const json = await run(['validate', '--json', '-a', 'BootNotification', '--data', JSON.stringify(payload)]);
    const issues = (JSON.parse(json.stdout) as { issues: Record<string, unknown>[] }).issues;
    const model = issues.find((i) => i['pointer'] === '/chargingStation/model')!;
    assert.deepEqual([model['value'], model['limits']], ['m'.repeat(25), { maxLength: 20 }]);
    const reason = issues.find((i) => i['pointer'] === '/reason')!;
    assert.equal((reason['allowed'] as string[]).length, 9);
  });

  it('in OCPP 1.6 too: an unknown property names those its object knows; a CALLERROR code the codes of the version', async () => {
    const r = await run(['validate', '--ocpp', '1.6', '-a', 'Heartbeat', '--data', '{"extra":1}']);
    assert.match(r.stdout, /FormatViolation at \/extra: unknown property; got 1/);
    const codes = await run(['validate', '--ocpp', '1.6', '--data', '[4,"x","FormatViolation","",{}]']);
    assert.match(codes.stdout, /"FormatViolation" is not an OCPP 1\.6 error code; got "FormatViolation"; allowed: .*FormationViolation/);
  });

  it('a CALL that nothing answered is a warning with its line; a lone frame is not', async () => {
    const frames = ['[2,"h1","Heartbeat",{}]', '[3,"h1",{"currentTime":"2025-01-01T00:00:00Z"}]', '[2,"h2","Heartbeat",{}]', ''].join('\n');
    const p = new Proc(['validate', '-'], {}, frames);
    const code = await p.exited;
    assert.equal(code, 0, 'a warning alone does not fail');
    assert.match(p.stdout, /line 3: Heartbeat request CALL "h2" {2}warning Unanswered: no CALLRESULT or CALLERROR answers it\n/);
    assert.doesNotMatch(p.stdout, /"h1".*Unanswered/);
    assert.match(p.stdout, /3 frames \(2 calls, 1 result, 0 CALLERRORs\): all valid, 1 warning \(1 call never answered\)/);
    const lone = await run(['validate', '--data', '[2,"h1","Heartbeat",{}]']);
    assert.doesNotMatch(lone.stdout, /Unanswered/);
    const log = [
      { time: 't', direction: 'CsmsToStation', station: 'CS1', frame: [2, 'r1', 'Reset', { type: 'Immediate' }] },
      { time: 't', direction: 'StationToCsms', station: 'CS1', frame: [2, 'r1', 'Heartbeat', {}] },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const json = new Proc(['validate', '--json', '-'], {}, log);
    await json.exited;
    const result = JSON.parse(json.stdout) as { unanswered: number; issues: Record<string, unknown>[] };
    // Same message id, other direction: a CALL each way, neither answered.
    assert.equal(result.unanswered, 2);
    assert.deepEqual(result.issues.filter((i) => i['code'] === 'Unanswered').map((i) => [i['action'], i['station'], i['line']]), [
      ['Reset', 'CS1', 1],
      ['Heartbeat', 'CS1', 2],
    ]);
  });
});
