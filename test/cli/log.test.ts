import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FrameChecker, checkMessage, formatIssue, formatSummary } from '../../src/cli/log/check.js';
import { entryFor, formatEntry, parseEntry } from '../../src/cli/log/jsonl.js';
import { compact, FramePrinter } from '../../src/cli/log/printer.js';
import { formatUsage, parseCommand, UsageError, type CommandSpec } from '../../src/cli/args.js';

const boot = { chargingStation: { model: 'Sim', vendorName: 'ocpp-model' }, reason: 'PowerUp' };

describe('frame log (JSON lines)', () => {
  it('an entry round-trips, and a bad line says what is wrong', () => {
    const entry = entryFor('StationToCsms', 'CS001', JSON.stringify([2, 'a', 'Heartbeat', {}]), new Date('2025-01-01T00:00:00Z'));
    const line = formatEntry(entry);
    assert.equal(line, '{"time":"2025-01-01T00:00:00.000Z","direction":"StationToCsms","station":"CS001","frame":[2,"a","Heartbeat",{}]}');
    assert.deepEqual(parseEntry(line), { ok: true, entry });
    assert.deepEqual(parseEntry('{"time":"x","direction":"Up","station":"a","frame":[]}'), { ok: false, reason: '"direction" must be "StationToCsms" or "CsmsToStation"' });
    assert.equal(parseEntry('nope').ok, false);
    // Text that is not JSON is kept as it came.
    assert.equal(entryFor('CsmsToStation', 'CS001', '[2,').frame, '[2,');
  });
});

describe('printer', () => {
  it('shows direction, station, action and a compact payload; answers get their action from the CALL', () => {
    const lines: string[] = [];
    const p = new FramePrinter((l) => lines.push(l));
    const t = '2025-01-01T12:00:01.234Z';
    p.print({ time: t, direction: 'StationToCsms', station: 'CS001', frame: [2, 'a', 'BootNotification', boot] });
    p.print({ time: t, direction: 'CsmsToStation', station: 'CS001', frame: [3, 'a', { status: 'Accepted', interval: 10 }] });
    p.print({ time: t, direction: 'CsmsToStation', station: 'CS001', frame: [2, 'b', 'Reset', { type: 'Immediate' }] });
    p.print({ time: t, direction: 'StationToCsms', station: 'CS001', frame: [4, 'b', 'SecurityError', 'not now', {}] });
    assert.match(lines[0]!, /^12:00:01\.234 {2}CS001 +→ {2}BootNotification +\{chargingStation: \{model: Sim, vendorName: ocpp-model\}, reason: PowerUp\}$/);
    assert.match(lines[1]!, /← {2}BootNotification ✓ +\{status: Accepted, interval: 10\}$/);
    assert.match(lines[2]!, /← {2}Reset +\{type: Immediate\}$/);
    assert.match(lines[3]!, /→ {2}Reset ✗ SecurityError "not now"$/);
  });

  it('compact cuts long payloads and quotes strings that need it', () => {
    assert.equal(compact({ a: 'two words', b: [1, true, null] }), '{a: "two words", b: [1, true, null]}');
    assert.equal(compact({ a: 'x'.repeat(50) }, 10), '{a: xxxxx…');
  });
});

describe('checking frames and logs', () => {
  it('a message: each error with its OCPP code and JSON pointer', () => {
    const issues = checkMessage('BootNotification', 'request', { chargingStation: { model: 5, vendorName: 'v' }, reason: 'Sometimes' });
    assert.deepEqual(issues.map((i) => [i.code, i.pointer]).sort(), [['PropertyConstraintViolation', '/reason'], ['TypeConstraintViolation', '/chargingStation/model']].sort());
    assert.deepEqual(checkMessage('Nope', 'request', {}).map((i) => i.code), ['NotImplemented']);
    assert.deepEqual(checkMessage('Heartbeat', 'request', {}), []);
  });

  it('a log: answers are checked against their CALL action, direction and CALLERROR rules apply', () => {
    const c = new FrameChecker();
    const e = (direction: 'StationToCsms' | 'CsmsToStation', frame: unknown) => ({ time: 't', direction, station: 'CS001', frame });
    const all = [
      c.checkEntry(e('StationToCsms', [2, 'a', 'BootNotification', boot]), 1),
      c.checkEntry(e('CsmsToStation', [3, 'a', { status: 'Accepted', interval: 'ten', currentTime: '2025-01-01T00:00:00Z' }]), 2),
      c.checkEntry(e('StationToCsms', [2, 'b', 'Reset', { type: 'Immediate' }]), 3),
      c.checkEntry(e('CsmsToStation', [4, 'b', 'Oops', 'x', {}]), 4),
      c.checkEntry(e('CsmsToStation', [3, 'zzz', {}]), 5),
      c.checkEntry(e('StationToCsms', [7, 'q']), 6),
      c.checkEntry(e('StationToCsms', [2, 'c', 'Heartbeat', {}]), 7),
    ];
    assert.deepEqual(all[0], []);
    assert.deepEqual(all[1]!.map((i) => [i.code, i.pointer, i.action, i.kind]), [['TypeConstraintViolation', '/interval', 'BootNotification', 'response']]);
    assert.deepEqual(all[2]!.map((i) => i.code), ['NotSupported']);
    assert.deepEqual(all[3]!.map((i) => [i.code, i.pointer]), [['PropertyConstraintViolation', '/2']]);
    assert.deepEqual(all[4]!.map((i) => [i.severity, i.code]), [['warning', 'Unmatched']]);
    assert.deepEqual(all[5]!.map((i) => i.code), ['MessageTypeNotSupported']);
    assert.deepEqual(all[6], []);
    assert.equal(c.stats.frames, 7);
    assert.equal(c.stats.invalidFrames, 4);
    assert.equal(c.stats.errors, 4);
    assert.equal(c.stats.warnings, 1);
    assert.equal(formatIssue(all[1]![0]!), `line 2: CS001 BootNotification response  TypeConstraintViolation at /interval: ${all[1]![0]!.reason}; got "ten"`);
    assert.match(formatSummary(c.stats), /^7 frames from 1 station \(3 calls, 2 results, 1 CALLERROR\): 4 invalid, 4 errors, 1 warning$/);
  });

  it('bare frames (no direction) are matched by message id', () => {
    const c = new FrameChecker();
    assert.deepEqual(c.checkFrame([2, 'a', 'Heartbeat', {}]), []);
    assert.deepEqual(c.checkFrame([3, 'a', { currentTime: 'yesterday' }]).map((i) => [i.code, i.pointer]), [['PropertyConstraintViolation', '/currentTime']]);
  });
});

describe('argument parsing', () => {
  const spec: CommandSpec = {
    name: 'x',
    synopsis: '[options]',
    summary: 'test',
    options: { port: { type: 'string', short: 'p', value: 'PORT', description: 'the port', default: '9000' }, quiet: { type: 'boolean', description: 'less' } },
  };

  it('a wrong flag, a stray argument or a bad number is a UsageError', () => {
    assert.throws(() => parseCommand(spec, ['--nope']), (e) => e instanceof UsageError && /--nope/.test(e.message));
    assert.throws(() => parseCommand(spec, ['extra']), UsageError);
    const args = parseCommand(spec, ['-p', 'abc']);
    assert.ok(args !== 'help');
    assert.throws(() => args.integer('port', 1, 0, 65535), (e) => e instanceof UsageError && /--port must be an integer/.test(e.message));
    assert.throws(() => parseCommand(spec, ['--port']), UsageError);
  });

  it('--help, typed values and the usage text', () => {
    assert.equal(parseCommand(spec, ['--help']), 'help');
    const args = parseCommand(spec, ['--port', '0', '--quiet']);
    assert.ok(args !== 'help');
    assert.equal(args.integer('port', 9000, 0, 65535), 0);
    assert.equal(args.flag('quiet'), true);
    const usage = formatUsage(spec);
    assert.match(usage, /Usage: ocpp x \[options\]/);
    assert.match(usage, /-p, --port PORT +the port \(default: 9000\)/);
    assert.match(usage, /-h, --help/);
  });
});
