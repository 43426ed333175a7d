/**
 * Issue "hardening", item 2: a valid frame whose open customData nested
 * 20,000 levels deep was accepted and stored, and every later
 * JSON.stringify of it overflowed the stack. Nesting is now bounded where
 * frames enter: deeper CALLs get FormatViolation (1.6: FormationViolation),
 * deeper answers fail their call, and nothing is stored.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Csms } from '../../src/roles/csms.js';
import { Endpoint } from '../../src/rpc/endpoint.js';
import { FormatViolationError } from '../../src/rpc/errors.js';
import { BASE_FRAME_RULES, checkFrame, decodeFrame, DEFAULT_MAX_DEPTH, depthWithin } from '../../src/rpc/frames.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { recorder } from '../support/memory-transport.js';
import { nested } from './support.js';


/** A valid BootNotification whose customData brings the payload to `depth` levels. */
function deepBoot(id: string, depth: number): string {
  // payload (1) > chargingStation (2) > customData (3) > the rest.
  const extra = depth - 3;
  const customData = extra > 0 ? `{"vendorId":"v","x":${nested(extra)}}` : '{"vendorId":"v"}';
  return `[2,"${id}","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V","customData":${customData}}}]`;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('depthWithin counts levels of arrays and objects and stops early on any depth, cycles included', () => {
  assert.equal(depthWithin(5, 0), true);
  assert.equal(depthWithin({}, 0), false);
  assert.equal(depthWithin({}, 1), true);
  assert.equal(depthWithin({ a: [] }, 1), false);
  assert.equal(depthWithin({ a: [] }, 2), true);
  assert.equal(depthWithin([1, 'x', null, [[{}]]], 4), true);
  assert.equal(depthWithin([1, 'x', null, [[{}]]], 3), false);
  assert.equal(depthWithin(JSON.parse(nested(64)), 64), true);
  assert.equal(depthWithin(JSON.parse(nested(65)), 64), false);
  const cycle: { self?: unknown } = {};
  cycle.self = cycle;
  assert.equal(depthWithin(cycle, 64), false);
  // A million levels: JSON.parse builds it without recursion; the walk must not overflow either.
  assert.equal(depthWithin(JSON.parse(nested(1_000_000)), DEFAULT_MAX_DEPTH), false);
});

test('decodeFrame: a CALL over the bound is FormatViolation with its id, answered; answers over it are not answered', () => {
  assert.equal(decodeFrame(deepBoot('ok', 64)).ok, true);
  const call = decodeFrame(deepBoot('m1', 65));
  assert.equal(call.ok, false);
  assert.ok(!call.ok);
  assert.deepEqual([call.code, call.messageId, call.answer], ['FormatViolation', 'm1', true]);
  assert.match(call.reason, /deeper than 64 levels/);
  const result = decodeFrame(`[3,"r1",${nested(100)}]`);
  assert.ok(!result.ok && result.code === 'FormatViolation' && !result.answer && result.messageId === 'r1');
  const error = decodeFrame(`[4,"e1","GenericError","",${nested(100)}]`);
  assert.ok(!error.ok && error.code === 'FormatViolation' && !error.answer);
  // The bound is the caller's to choose.
  assert.equal(decodeFrame('[2,"m","Heartbeat",{"a":[[]]}]', { ...BASE_FRAME_RULES, maxDepth: 2 }).ok, false);
  assert.equal(decodeFrame('[2,"m","Heartbeat",{"a":[[]]}]', { ...BASE_FRAME_RULES, maxDepth: 3 }).ok, true);
  // A hostile object (never JSON) is refused, not thrown through.
  const hostile = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
  assert.equal(Array.isArray(checkFrame([2, 'm', 'Heartbeat', hostile])), false);
});

test('a CSMS answers a BootNotification with customData 20,000 levels deep FormatViolation and stores nothing', async () => {
  const wire = recorder();
  const booted: unknown[] = [];
  const csms = new Csms(v201, { handlers: { BootNotification: (req) => (booted.push(req), { status: 'Accepted', interval: 300, currentTime: new Date().toISOString() }) } });
  csms.attach(wire.send);
  const bad: string[] = [];
  csms.on('badMessage', (e) => bad.push(e.code));
  csms.receive(deepBoot('deep-1', 20_000));
  await settle();
  const reply = wire.last() as unknown[];
  assert.deepEqual(reply.slice(0, 3), [4, 'deep-1', 'FormatViolation']);
  assert.deepEqual(booted, []);
  assert.deepEqual(bad, ['FormatViolation']);
  // 64 levels (the documented bound) is still a valid BootNotification.
  csms.receive(deepBoot('deep-2', 64));
  await settle();
  assert.deepEqual((wire.last() as unknown[]).slice(0, 2), [3, 'deep-2']);
  assert.equal(booted.length, 1);
  assert.doesNotThrow(() => JSON.stringify(booted));
  csms.close();
});

test('OCPP 1.6 spells the answer FormationViolation', () => {
  const wire = recorder();
  const endpoint = new Endpoint(v16);
  endpoint.handle('DataTransfer', () => ({ status: 'Accepted' }));
  endpoint.attach(wire.send);
  endpoint.receive(`[2,"x1","DataTransfer",{"vendorId":"v","data":${nested(500)}}]`);
  assert.deepEqual((wire.last() as unknown[]).slice(0, 3), [4, 'x1', 'FormationViolation']);
});

test('an answer nested too deep fails its call with FormatViolation and is never answered', async () => {
  const wire = recorder();
  const endpoint = new Endpoint(v201, { maxDepth: 10, validate: false });
  endpoint.attach(wire.send);
  const first = endpoint.call('GetVariables', {});
  const id1 = (wire.last() as unknown[])[1] as string;
  wire.clear();
  endpoint.receive(`[3,"${id1}",{"x":${nested(10)}}]`);
  await assert.rejects(first, (err: unknown) => err instanceof FormatViolationError && /deeper than 10 levels/.test(err.message));
  const second = endpoint.call('GetVariables', {});
  const id2 = (wire.last() as unknown[])[1] as string;
  wire.clear();
  endpoint.receive(`[4,"${id2}","GenericError","no",{"x":${nested(10)}}]`);
  await assert.rejects(second, FormatViolationError);
  assert.deepEqual(wire.frames, [], 'answers are never answered');
  endpoint.close();
});
