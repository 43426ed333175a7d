/**
 * The output layer of the command line, in process: when colours are on,
 * the Io of --json, the events the frame sink writes (and the lines it
 * prints instead), the station's connection lines as events, what
 * `ocpp validate` explains about a finding, and the "did you mean".
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closest, parseCommand, type CommandSpec } from '../../src/cli/args.js';
import type { Io } from '../../src/cli/io.js';
import { v16 } from '../../src/v16/index.js';
import { model as model16 } from '../../src/v16/model.js';
import { model as model201 } from '../../src/v201/model.js';
import { checkMessage } from '../../src/cli/log/check.js';
import { connectionEvent, describeCliEvent, handlerErrorEvent } from '../../src/cli/log/events.js';
import { explain, valueAt } from '../../src/cli/log/explain.js';
import { fullFramesOption, jsonOption } from '../../src/cli/log/options.js';
import { outputIo } from '../../src/cli/log/output.js';
import { FramePrinter } from '../../src/cli/log/printer.js';
import { FrameSink } from '../../src/cli/log/sink.js';
import { colorWanted, stripAnsi } from '../../src/cli/log/style.js';
import { OcppError } from '../../src/index.js';

function fakeIo(): Io & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    out: (l) => void lines.out.push(l),
    err: (l) => void lines.err.push(l),
    progress: (l) => void lines.out.push(`progress ${l}`),
    stdinIsTTY: false,
    stdoutIsTTY: true,
    color: true,
    readStdin: () => Promise.resolve(''),
    stop: new AbortController().signal,
  };
}

const spec: CommandSpec = { name: 'x', synopsis: '', summary: 'x', options: { port: { type: 'string', description: 'p' } }, common: { ...jsonOption, ...fullFramesOption } };
const args = (...argv: string[]) => parseCommand(spec, argv) as Exclude<ReturnType<typeof parseCommand>, 'help'>;

describe('colours', () => {
  it('a terminal has them; NO_COLOR (not empty) and --no-color take them away; FORCE_COLOR gives them, but not over --no-color', () => {
    assert.equal(colorWanted(true, {}), true);
    assert.equal(colorWanted(false, {}), false);
    assert.equal(colorWanted(true, { NO_COLOR: '1' }), false);
    assert.equal(colorWanted(true, { NO_COLOR: '' }), true);
    assert.equal(colorWanted(false, { FORCE_COLOR: '1' }), true);
    assert.equal(colorWanted(false, { FORCE_COLOR: '' }), true);
    assert.equal(colorWanted(true, { FORCE_COLOR: '0' }), false);
    assert.equal(colorWanted(true, { FORCE_COLOR: 'false' }), false);
    assert.equal(colorWanted(false, { FORCE_COLOR: '1', NO_COLOR: '1' }), true);
    assert.equal(colorWanted(true, { FORCE_COLOR: '1' }, true), false);
    assert.equal(colorWanted(true, {}, true), false);
  });

  it('the printer colours a line only when told, and the text stays the same', () => {
    const frame = { time: '2025-01-01T12:00:00.000Z', direction: 'StationToCsms' as const, station: 'CS1', frame: [2, 'a', 'Heartbeat', {}] };
    const plain = new FramePrinter(() => undefined).format(frame);
    const coloured = new FramePrinter(() => undefined, { color: true }).format(frame);
    assert.ok(!plain.includes('\u001b['));
    assert.ok(coloured.includes('\u001b[36mHeartbeat'));
    assert.equal(stripAnsi(coloured), plain);
  });
});

describe('the Io of the output options', () => {
  it('--no-color and --full-frames are read; without --json nothing moves', () => {
    const io = fakeIo();
    const plain = outputIo(io, args('--no-color', '--full-frames'));
    assert.equal(plain.color, false);
    assert.equal(plain.fullFrames, true);
    assert.equal(plain.events, undefined);
    plain.out('hello');
    assert.deepEqual(io.lines.out, ['hello']);
    assert.equal(outputIo(io, args()).color, true);
  });

  it('--json: events are JSON lines on standard output, text lines and progress go to standard error, no colours, no prompt', () => {
    const io = fakeIo();
    const json = outputIo(io, args('--json'));
    json.events!({ type: 'x', n: 1 });
    json.out('for people');
    json.progress('3/4 connected');
    json.progress('');
    assert.deepEqual(io.lines.out, ['{"type":"x","n":1}']);
    assert.deepEqual(io.lines.err, ['for people', '3/4 connected']);
    assert.equal(json.color, false);
    assert.equal(json.stdoutIsTTY, false);
    assert.equal(json.terminal, undefined);
  });

  it('a command without the common --json option keeps its own --json', () => {
    const own: CommandSpec = { name: 'v', synopsis: '', summary: 'v', options: { json: { type: 'boolean', description: 'j' } } };
    const io = fakeIo();
    const kept = outputIo(io, parseCommand(own, ['--json']) as Exclude<ReturnType<typeof parseCommand>, 'help'>);
    assert.equal(kept.events, undefined);
    kept.out('{}');
    assert.deepEqual(io.lines.out, ['{}']);
  });
});

describe('the frame sink', () => {
  it('with --json: a frame event per frame with its verdict, malformed frames and CALLERRORs included; events with time and type first', () => {
    const io = fakeIo();
    const sink = new FrameSink({ print: true, output: outputIo(io, args('--json')) });
    sink.record('StationToCsms', 'CS1', '[2,"a","Heartbeat",{"extra":1}]');
    sink.record('CsmsToStation', 'CS1', '[4,"a","FormatViolation","unknown property extra",{}]');
    sink.record('StationToCsms', 'CS1', '[6,"s","NotifyPeriodicEventStream",{}]');
    sink.record('StationToCsms', 'CS1', '{oops');
    sink.event({ type: 'connected', station: 'CS1', securityProfile: 1 });
    const events = io.lines.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(events.length, 5);
    assert.deepEqual(Object.keys(events[0]!).slice(0, 3), ['time', 'type', 'station']);
    assert.deepEqual([events[0]!['messageType'], events[0]!['action'], events[0]!['verdict']], ['CALL', 'Heartbeat', 'invalid']);
    assert.deepEqual((events[0]!['issues'] as { pointer: string; value: unknown }[]).map((i) => [i.pointer, i.value]), [['/extra', 1]]);
    assert.deepEqual([events[1]!['messageType'], events[1]!['action'], events[1]!['errorCode'], events[1]!['errorDescription']], ['CALLERROR', 'Heartbeat', 'FormatViolation', 'unknown property extra']);
    assert.deepEqual([events[2]!['messageType'], events[2]!['action']], ['SEND', 'NotifyPeriodicEventStream']);
    assert.deepEqual([events[3]!['messageType'], events[3]!['frame'], events[3]!['verdict']], [null, '{oops', 'invalid']);
    assert.deepEqual(events[4], { time: events[4]!['time'], type: 'connected', station: 'CS1', securityProfile: 1 });
    assert.equal(sink.invalid, 3);
    assert.deepEqual(io.lines.err, [], 'no text for people on standard output or error');
  });

  it('without --json: frame lines, invalid frames explained, events worded; handler errors on standard error', () => {
    const io = fakeIo();
    const sink = new FrameSink({ print: true, output: outputIo(io, args('--no-color')) });
    sink.record('StationToCsms', 'CS1', '[2,"a","Heartbeat",{"extra":1}]');
    sink.event({ type: 'disconnected', station: 'CS1', code: 1006, reason: '' });
    sink.event({ type: 'transactionEnded', station: 'CS1', transactionId: 't1', energyWh: 1500, stoppedReason: 'Local' });
    sink.event({ type: 'booted', station: 'CS1', status: 'Accepted', interval: 10 }, 'CS1 booted: Accepted');
    sink.json({ type: 'listening', url: 'ws://x', port: 1, apiPort: null });
    const failure = new Error('boom');
    sink.event(handlerErrorEvent('CS1', { action: 'Reset', messageId: 'm', error: failure }));
    assert.match(io.lines.out[0]!, /CS1 +→ {2}Heartbeat +{extra: 1}/);
    assert.equal(io.lines.out[1], 'invalid frame: CS1 Heartbeat request  FormatViolation at /extra: unknown property; got 1');
    assert.deepEqual(io.lines.out.slice(2), ['CS1 disconnected (1006)', 'CS1 transaction t1 ended: 1.500 kWh, Local', 'CS1 booted: Accepted']);
    assert.deepEqual(io.lines.err, ['CS1 Reset handler failed (InternalError sent): boom']);
  });

  it('a handler error event carries the validator findings of an invalid answer', () => {
    const e = handlerErrorEvent('CS1', { action: 'Heartbeat', messageId: 'm', error: new OcppError('InternalError', 'x'), issues: [{ code: 'OccurrenceConstraintViolation', pointer: '/currentTime', reason: 'required' }] });
    assert.deepEqual(e.issues, [{ code: 'OccurrenceConstraintViolation', pointer: '/currentTime', reason: 'required' }]);
    assert.match(e.message, /Heartbeat handler answered invalidly \(InternalError sent\): OccurrenceConstraintViolation at \/currentTime: required/);
  });

  it('a frame is checked in the version of the subprotocol it came on', () => {
    const boot16 = JSON.stringify([2, 'b', 'BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' }]);
    const told = new FrameSink({ print: false });
    told.record('StationToCsms', 'CP', boot16, v16.protocol);
    assert.equal(told.invalid, 0);
    const untold = new FrameSink({ print: false });
    untold.record('StationToCsms', 'CP', boot16);
    assert.equal(untold.invalid, 1, '2.0.1 when not told');
  });

  it('--full-frames: the printer does not cut', () => {
    const long = { data: 'z'.repeat(400) };
    const entry = { time: 't', direction: 'StationToCsms' as const, station: 'CS1', frame: [2, 'a', 'DataTransfer', long] };
    assert.ok(!new FramePrinter(() => undefined).format(entry).includes(long.data));
    assert.ok(new FramePrinter(() => undefined, { payloadWidth: Infinity }).format(entry).includes(long.data));
  });
});

describe("the station's connection lines as events", () => {
  it('each wording of station/connection.ts has its event; an unknown one keeps its text', () => {
    assert.deepEqual(connectionEvent('CS1', 'CS1 reconnected'), { type: 'connected', station: 'CS1', reconnect: true });
    assert.deepEqual(connectionEvent('CS1', 'CS1 disconnected (1006)'), { type: 'disconnected', station: 'CS1', code: 1006, reason: '' });
    assert.deepEqual(connectionEvent('CS1', 'CS1 disconnected (1001 going away)'), { type: 'disconnected', station: 'CS1', code: 1001, reason: 'going away' });
    assert.deepEqual(connectionEvent('CS1', 'CS1 reconnecting in 2.5 s (connect ECONNREFUSED 127.0.0.1:1)'), { type: 'reconnecting', station: 'CS1', delaySeconds: 2.5, error: 'connect ECONNREFUSED 127.0.0.1:1' });
    assert.deepEqual(connectionEvent('CS1', 'CS1 reconnecting in 10.0 s'), { type: 'reconnecting', station: 'CS1', delaySeconds: 10 });
    assert.deepEqual(connectionEvent('CS1', 'CS1 gave up: refused'), { type: 'gaveUp', station: 'CS1', reason: 'refused' });
    assert.deepEqual(connectionEvent('CS1', 'CS1 connection dropped'), { type: 'dropped', station: 'CS1' });
    assert.deepEqual(connectionEvent('CS1', 'CS1 did something new'), { type: 'connection', station: 'CS1', text: 'CS1 did something new' });
    // Worded back, each reads as the station wrote it.
    for (const text of ['CS1 reconnected', 'CS1 disconnected (1001 going away)', 'CS1 reconnecting in 2.5 s (x)', 'CS1 gave up: refused', 'CS1 connection dropped']) {
      assert.equal(describeCliEvent(connectionEvent('CS1', text)), text);
    }
  });
});

describe('what ocpp validate explains about a finding', () => {
  it('the value at the pointer, through arrays and objects; none for a missing property', () => {
    const payload = { a: [{ b: 'x' }, { 'c/d': 1 }] };
    assert.deepEqual(valueAt(payload, '/a/0/b'), { found: true, value: 'x' });
    assert.deepEqual(valueAt(payload, '/a/1/c~1d'), { found: true, value: 1 });
    assert.deepEqual(valueAt(payload, '/a/2'), { found: false });
    assert.deepEqual(valueAt(payload, '/a/01'), { found: false });
    assert.deepEqual(valueAt(payload, '/z'), { found: false });
  });

  it('enumeration values inside arrays, limits, the properties an object knows', () => {
    const meter = { evseId: 1, meterValue: [{ timestamp: '2025-01-01T00:00:00Z', sampledValue: [{ value: 1, measurand: 'Volts' }] }] };
    const issues = checkMessage('MeterValues', 'request', meter, 'strict', undefined, model201);
    const measurand = issues.find((i) => i.pointer === '/meterValue/0/sampledValue/0/measurand')!;
    assert.equal(measurand.value, 'Volts');
    assert.ok(measurand.allowed!.includes('Voltage'));
    const short = checkMessage('MeterValues', 'request', { evseId: -1, meterValue: [] }, 'strict', undefined, model201);
    const items = short.find((i) => i.pointer === '/meterValue')!;
    assert.deepEqual([items.value, items.limits], [[], { minItems: 1 }]);
    assert.deepEqual(explain(model201, 'Heartbeat', 'request', { x: 1 }, '/x'), { value: 1, allowed: ['customData'] });
    assert.deepEqual(explain(model201, 'BootNotification', 'request', {}, '/reason').value, undefined);
    // CustomDataType is open: nothing to name.
    assert.deepEqual(explain(model201, 'Heartbeat', 'request', { customData: { vendorId: 'v', more: 1 } }, '/customData/more'), { value: 1 });
    // Without a model, the value alone.
    assert.deepEqual(explain(undefined, 'Heartbeat', 'request', { x: 1 }, '/x'), { value: 1 });
  });

  it('in OCPP 1.6: a response field with its limit', () => {
    const issues = checkMessage('Authorize', 'response', { idTagInfo: { status: 'Accepted', parentIdTag: 'p'.repeat(21) } }, 'strict', v16, model16);
    const parent = issues.find((i) => i.pointer === '/idTagInfo/parentIdTag')!;
    assert.deepEqual([parent.value, parent.limits], ['p'.repeat(21), { maxLength: 20 }]);
  });
});

describe('did you mean', () => {
  it('a prefix of one name, or a name within two edits; nothing for what is far from all', () => {
    const names = ['port', 'host', 'api-port', 'security-profile', 'full-frames', 'json'];
    assert.equal(closest('prot', names), 'port');
    assert.equal(closest('securty-profile', names), 'security-profile');
    assert.equal(closest('full', names), 'full-frames');
    assert.equal(closest('jsno', names), 'json');
    assert.equal(closest('frobnicate', names), undefined);
    assert.equal(closest('x', names), undefined);
  });
});
