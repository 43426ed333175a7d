import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Endpoint, type EndpointOptions } from '../../src/rpc/endpoint.js';
import {
  CallTimeoutError,
  ConnectionLostError,
  EndpointClosedError,
  FormatViolationError,
  NotSupportedError,
  OccurrenceConstraintViolationError,
  QueueFullError,
  TypeConstraintViolationError,
} from '../../src/rpc/errors.js';
import type { WarningEvent } from '../../src/rpc/dispatch.js';
import { receiverCheck, senderCheck } from '../../src/roles/dispatch.js';
import type { AnyVersion } from '../../src/schema/version.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { link, recorder } from '../support/memory-transport.js';

const NOW = '2024-05-01T12:00:00Z';

function endpointFor(side: 'Station' | 'Csms', options: EndpointOptions = {}, version: AnyVersion = v201) {
  const me = side === 'Station' ? 'ChargingStation' : 'Csms';
  return new Endpoint(version, { canReceive: receiverCheck(version, me), canSend: senderCheck(version, me), ...options });
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const sentCalls = (frames: string[]) => frames.map((f) => JSON.parse(f) as [number, string, string, unknown]);
const idOf = (frames: string[], i = 0) => (JSON.parse(frames[i]!) as [number, string])[1];

test('a call resolves with the CALLRESULT payload', async () => {
  const wire = recorder();
  const station = endpointFor('Station');
  station.attach(wire.send);
  const pending = station.call('Heartbeat', {});
  const [[type, id, action, payload]] = sentCalls(wire.frames) as [[number, string, string, unknown]];
  assert.deepEqual([type, action, payload], [2, 'Heartbeat', {}]);
  station.receive(JSON.stringify([3, id, { currentTime: NOW }]));
  assert.deepEqual(await pending, { currentTime: NOW });
  station.close();
});

test('one CALL in flight at a time; the rest wait in order (Part 4, 4.1.1)', async () => {
  const wire = recorder();
  const station = endpointFor('Station');
  station.attach(wire.send);
  const results = [1, 2, 3].map((n) => station.call('DataTransfer', { vendorId: 'v', data: String(n) }));
  assert.equal(wire.frames.length, 1);
  assert.equal(station.inFlightCount, 1);
  assert.equal(station.queuedCount, 2);
  for (let n = 1; n <= 3; n++) {
    const [, id, , payload] = sentCalls(wire.frames)[n - 1]!;
    assert.deepEqual(payload, { vendorId: 'v', data: String(n) });
    station.receive(JSON.stringify([3, id, { status: 'Accepted', data: `r${n}` }]));
    assert.equal(wire.frames.length, Math.min(n + 1, 3));
  }
  assert.deepEqual(
    (await Promise.all(results)).map((r) => (r as { data: string }).data),
    ['r1', 'r2', 'r3'],
  );
  station.close();
});

test('maxInFlight > 1 lets several CALLs out at once', () => {
  const wire = recorder();
  const station = endpointFor('Station', { maxInFlight: 3 });
  station.attach(wire.send);
  for (let i = 0; i < 5; i++) station.call('Heartbeat', {}).catch(() => {});
  assert.equal(wire.frames.length, 3);
  station.close();
});

test('the queue is bounded: QueueFullError beyond maxQueue', async () => {
  const station = endpointFor('Station', { maxQueue: 2 });
  station.attach(recorder().send);
  const calls = [0, 1, 2].map(() => station.call('Heartbeat', {}));
  await assert.rejects(station.call('Heartbeat', {}), QueueFullError);
  station.close();
  for (const c of calls) await assert.rejects(c, EndpointClosedError);
});

test('the timeout counts from the call, queued time included', async () => {
  const wire = recorder();
  const station = endpointFor('Station');
  station.attach(wire.send);
  const first = station.call('Heartbeat', {}, { timeoutMs: 10_000 });
  const second = station.call('Heartbeat', {}, { timeoutMs: 5 });
  await assert.rejects(second, (err: unknown) => err instanceof CallTimeoutError && err.neverSent && /never sent/.test(err.message));
  assert.equal(wire.frames.length, 1, 'the timed-out queued call was never sent');
  station.close();
  await assert.rejects(first, EndpointClosedError);
});

test('a timed-out call frees the line; its late answer is reported as unmatched', async () => {
  const wire = recorder();
  const station = endpointFor('Station', { callTimeoutMs: 5 });
  station.attach(wire.send);
  const unmatched: unknown[] = [];
  station.on('unmatched', (e) => unmatched.push(e.frame));
  const first = station.call('Heartbeat', {});
  const second = station.call('Heartbeat', {}, { timeoutMs: 10_000 });
  await assert.rejects(first, (err: unknown) => err instanceof CallTimeoutError && !err.neverSent);
  assert.equal(wire.frames.length, 2, 'the next call went out after the timeout');
  const id1 = idOf(wire.frames, 0);
  const id2 = idOf(wire.frames, 1);
  station.receive(JSON.stringify([3, id1, { currentTime: NOW }]));
  assert.deepEqual(unmatched, [[3, id1, { currentTime: NOW }]]);
  station.receive(JSON.stringify([3, id2, { currentTime: NOW }]));
  assert.deepEqual(await second, { currentTime: NOW });
  station.close();
});

test('AbortSignal: aborting a queued call removes it; aborting the call in flight frees the line', async () => {
  const wire = recorder();
  const station = endpointFor('Station');
  station.attach(wire.send);
  const inFlight = new AbortController();
  const queued = new AbortController();
  const first = station.call('Heartbeat', {}, { signal: inFlight.signal });
  const second = station.call('Heartbeat', {}, { signal: queued.signal });
  const third = station.call('Heartbeat', {});
  queued.abort(new Error('not needed'));
  await assert.rejects(second, /not needed/);
  assert.equal(wire.frames.length, 1);
  inFlight.abort();
  await assert.rejects(first, { name: 'AbortError' });
  assert.equal(wire.frames.length, 2, 'the third call went out');
  assert.equal(sentCalls(wire.frames).filter((f) => f[2] === 'Heartbeat').length, 2);
  const [, id3] = sentCalls(wire.frames)[1]!;
  station.receive(JSON.stringify([3, id3, { currentTime: NOW }]));
  assert.deepEqual(await third, { currentTime: NOW });
  await assert.rejects(station.call('Heartbeat', {}, { signal: AbortSignal.abort(new Error('already')) }), /already/);
  station.close();
});

test('detach fails the call in flight with ConnectionLostError; queued calls wait for the next attach', async () => {
  const first = recorder();
  const station = endpointFor('Station');
  station.attach(first.send);
  const a = station.call('Heartbeat', {});
  const b = station.call('DataTransfer', { vendorId: 'v' });
  station.detach('socket closed');
  await assert.rejects(a, (err: unknown) => err instanceof ConnectionLostError && /socket closed/.test(err.message));
  assert.equal(station.queuedCount, 1);
  const c = station.call('Heartbeat', {});
  const second = recorder();
  station.attach(second.send);
  const idB = idOf(second.frames);
  assert.equal(sentCalls(second.frames)[0]![2], 'DataTransfer');
  station.receive(JSON.stringify([3, idB, { status: 'Accepted' }]));
  assert.deepEqual(await b, { status: 'Accepted' });
  const [, idC] = sentCalls(second.frames)[1]!;
  station.receive(JSON.stringify([3, idC, { currentTime: NOW }]));
  assert.deepEqual(await c, { currentTime: NOW });
  station.close();
});

test('calls made before the first attach wait for it', async () => {
  const station = endpointFor('Station');
  const pending = station.call('Heartbeat', {});
  const wire = recorder();
  station.attach(wire.send);
  const id = idOf(wire.frames);
  station.receive(JSON.stringify([3, id, { currentTime: NOW }]));
  assert.deepEqual(await pending, { currentTime: NOW });
  station.close();
});

test('close rejects everything pending and queued, is idempotent, and refuses later calls', async () => {
  const wire = recorder();
  const station = endpointFor('Station');
  station.attach(wire.send);
  const a = station.call('Heartbeat', {});
  const b = station.call('Heartbeat', {});
  station.close('shutting down');
  station.close();
  await assert.rejects(a, EndpointClosedError);
  await assert.rejects(b, (err: unknown) => err instanceof EndpointClosedError && /shutting down/.test(err.message));
  await assert.rejects(station.call('Heartbeat', {}), EndpointClosedError);
  station.receive('[2,"x","Reset",{"type":"Immediate"}]');
  assert.equal(wire.frames.length, 1, 'nothing more is sent after close');
  assert.throws(() => station.attach(wire.send), EndpointClosedError);
});

test('a CALLERROR rejects the caller with the subclass of its code; 1.6 spellings are normalised', async () => {
  const wire = recorder();
  const station = endpointFor('Station');
  station.attach(wire.send);
  const pending = station.call('Heartbeat', {});
  const id = idOf(wire.frames);
  station.receive(JSON.stringify([4, id, 'OccurenceConstraintViolation', 'no', { at: '/x' }]));
  await assert.rejects(pending, (err: unknown) => {
    assert.ok(err instanceof OccurrenceConstraintViolationError);
    assert.equal(err.description, 'no');
    assert.deepEqual(err.details, { at: '/x' });
    return true;
  });
  station.close();
});

test('responses: strict rejects an invalid CALLRESULT, lenient resolves it with a warning', async () => {
  for (const mode of ['strict', 'lenient'] as const) {
    const wire = recorder();
    const csms = endpointFor('Csms', { validation: { incomingResponses: mode } });
    const warnings: WarningEvent[] = [];
    csms.on('warning', (w) => warnings.push(w));
    csms.attach(wire.send);
    const pending = csms.call('Reset', { type: 'Immediate' });
    const id = idOf(wire.frames);
    csms.receive(JSON.stringify([3, id, { status: 'Accepted', vendorExtra: 1 }]));
    if (mode === 'strict') {
      await assert.rejects(pending, FormatViolationError);
      assert.equal(warnings.length, 0);
    } else {
      assert.deepEqual(await pending, { status: 'Accepted', vendorExtra: 1 });
      assert.equal(warnings.length, 1);
      assert.equal(warnings[0]!.direction, 'incoming');
      assert.equal(warnings[0]!.kind, 'response');
      assert.equal(warnings[0]!.issues[0]!.pointer, '/vendorExtra');
    }
    csms.close();
  }
});

test('incoming requests in lenient mode reach the handler and raise a warning', () => {
  const wire = recorder();
  const csms = endpointFor('Csms', { validation: { incomingRequests: 'lenient' } });
  const warnings: WarningEvent[] = [];
  csms.on('warning', (w) => warnings.push(w));
  let seen: unknown;
  csms.handle('Heartbeat', (req) => {
    seen = req;
    return { currentTime: NOW };
  });
  csms.attach(wire.send);
  csms.receive('[2,"h1","Heartbeat",{"vendorExtra":true}]');
  assert.deepEqual(seen, { vendorExtra: true });
  assert.deepEqual(JSON.parse(wire.frames[0]!), [3, 'h1', { currentTime: NOW }]);
  assert.equal(warnings.length, 1);
  csms.close();
});

test("validation 'off' passes payloads through unchecked", async () => {
  const wire = recorder();
  const csms = endpointFor('Csms', { validation: 'off' });
  csms.handle('Heartbeat', () => ({ anything: 'goes' }) as never);
  csms.attach(wire.send);
  csms.receive('[2,"h1","Heartbeat",{"junk":1}]');
  assert.deepEqual(JSON.parse(wire.frames[0]!), [3, 'h1', { anything: 'goes' }]);
  csms.close();
});

test('outgoing requests are validated before sending (strict: the caller gets the code, nothing is sent)', async () => {
  const wire = recorder();
  const csms = endpointFor('Csms');
  csms.attach(wire.send);
  await assert.rejects(csms.call('Reset', { type: 7 }), TypeConstraintViolationError);
  assert.equal(wire.frames.length, 0);
  csms.close();
});

test('a call this side may not send fails with NotSupportedError, nothing is sent', async () => {
  const wire = recorder();
  const csms = endpointFor('Csms');
  csms.attach(wire.send);
  await assert.rejects(csms.call('BootNotification', {}), NotSupportedError);
  assert.equal(wire.frames.length, 0);
  csms.close();
});

test('a send function that throws fails the call with ConnectionLostError', async () => {
  const station = endpointFor('Station');
  station.attach(() => {
    throw new Error('EPIPE');
  });
  await assert.rejects(station.call('Heartbeat', {}), ConnectionLostError);
  station.close();
});

test('handlers get messageId, action and the endpoint context', () => {
  const wire = recorder();
  const csms = endpointFor('Csms', { context: { identity: 'CS-1' } });
  let ctx: unknown;
  csms.handle('Heartbeat', (_req, context) => {
    ctx = context;
    return { currentTime: NOW };
  });
  csms.attach(wire.send);
  csms.receive('[2,"m-7","Heartbeat",{}]');
  assert.deepEqual(ctx, { identity: 'CS-1', messageId: 'm-7', action: 'Heartbeat' });
  csms.context = { identity: 'CS-2' };
  csms.receive('[2,"m-8","Heartbeat",{}]');
  assert.equal((ctx as { identity: string }).identity, 'CS-2');
  csms.close();
});

test('a handler may call the other side and await it without deadlock', async () => {
  const station = endpointFor('Station');
  const csms = endpointFor('Csms');
  // The CSMS, while handling the station's StatusNotification, asks the station for its variables.
  csms.handle('StatusNotification', async () => {
    const answer = (await csms.call('GetVariables', {
      getVariableData: [{ component: { name: 'ChargingStation' }, variable: { name: 'Model' } }],
    })) as { getVariableResult: { attributeValue?: string }[] };
    assert.equal(answer.getVariableResult[0]!.attributeValue, 'M1');
    return {};
  });
  station.handle('GetVariables', () => ({
    getVariableResult: [{ attributeStatus: 'Accepted', attributeValue: 'M1', component: { name: 'ChargingStation' }, variable: { name: 'Model' } }],
  }));
  const wire = link(station, csms);
  assert.deepEqual(await station.call('StatusNotification', { timestamp: NOW, connectorStatus: 'Available', evseId: 1, connectorId: 1 }), {});
  wire.disconnect();
  station.close();
  csms.close();
});

test('an answer computed for a connection that is gone is not sent on the next one', async () => {
  const first = recorder();
  const csms = endpointFor('Csms');
  let release!: () => void;
  csms.handle('Heartbeat', () => new Promise((resolve) => (release = () => resolve({ currentTime: NOW }))));
  csms.attach(first.send);
  csms.receive('[2,"old","Heartbeat",{}]');
  csms.detach();
  const second = recorder();
  csms.attach(second.send);
  release();
  await settle();
  assert.deepEqual(first.frames, []);
  assert.deepEqual(second.frames, []);
  csms.close();
});

test('a 1.6 endpoint sends 1.6 spellings', () => {
  const wire = recorder();
  const csms = endpointFor('Csms', {}, v16);
  csms.handle('Heartbeat', () => ({ currentTime: NOW }));
  csms.attach(wire.send);
  csms.receive('[2,"a","Heartbeat",null]');
  csms.receive('nope');
  assert.deepEqual(
    wire.frames.map((f) => (JSON.parse(f) as unknown[])[2]),
    ['FormationViolation', 'FormationViolation'],
  );
  csms.close();
});

test('a throwing event listener does not break the session', () => {
  const wire = recorder();
  const csms = endpointFor('Csms');
  csms.on('badMessage', () => {
    throw new Error('listener bug');
  });
  csms.attach(wire.send);
  csms.receive('[2,"a","Nope",{}]');
  assert.deepEqual(JSON.parse(wire.frames[0]!), [4, 'a', 'NotImplemented', 'unknown action "Nope"', {}]);
  csms.close();
});

test('an answer JSON cannot carry becomes InternalError; receive never throws', () => {
  const wire = recorder();
  const csms = endpointFor('Csms', { validation: 'off' });
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  csms.handle('Heartbeat', () => cyclic);
  csms.handle('StatusNotification', () => ({ big: 1n }));
  const errors: unknown[] = [];
  csms.on('handlerError', (e) => errors.push(e.error));
  csms.attach(wire.send);
  assert.doesNotThrow(() => csms.receive('[2,"c1","Heartbeat",{}]'));
  assert.doesNotThrow(() => csms.receive('[2,"c2","StatusNotification",{}]'));
  assert.deepEqual(
    wire.frames.map((f) => JSON.parse(f)),
    [
      [4, 'c1', 'InternalError', 'the Heartbeat answer could not be encoded', {}],
      [4, 'c2', 'InternalError', 'the StatusNotification answer could not be encoded', {}],
    ],
  );
  assert.equal(errors.length, 2);
  csms.close();
});

test('observeFrames sees every frame in order, in and out, and a throwing observer breaks nothing', async () => {
  const station = endpointFor('Station');
  const csms = endpointFor('Csms');
  csms.handle('Heartbeat', () => ({ currentTime: NOW }));
  const seen: string[] = [];
  station.observeFrames((way, text) => seen.push(`station ${way} ${(JSON.parse(text) as [number])[0]}`));
  csms.observeFrames(() => {
    throw new Error('a broken monitor');
  });
  link(station, csms);
  assert.deepEqual(await station.call('Heartbeat', {}), { currentTime: NOW });
  csms.receive('not json');
  await settle();
  assert.deepEqual(seen, ['station out 2', 'station in 3', 'station in 4']);
  station.observeFrames(undefined);
  await station.call('Heartbeat', {});
  assert.equal(seen.length, 3, 'a removed observer sees nothing more');
});
