/**
 * The pure form: a handler object and one decoded CALL in, the reply frame
 * out, with no endpoint or transport; and the same answers as the roles give.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Csms } from '../../src/roles/csms.js';
import { handleCall } from '../../src/roles/dispatch.js';
import { Registration } from '../../src/roles/registration.js';
import type { CsmsHandlers, ChargingStationHandlers } from '../../src/roles/types.js';
import { NotSupportedError } from '../../src/rpc/errors.js';
import type { CallFrame } from '../../src/rpc/frames.js';
import { v16, type V16 } from '../../src/v16/index.js';
import { v201, type V201 } from '../../src/v201/index.js';
import { recorder } from '../support/memory-transport.js';

const NOW = '2024-05-01T12:00:00Z';

class Backend implements CsmsHandlers<V201> {
  boots = 0;
  BootNotification() {
    this.boots++;
    return { currentTime: NOW, interval: 300, status: 'Accepted' as const };
  }
  async Heartbeat() {
    return { currentTime: NOW };
  }
  DataTransfer(req: { vendorId: string; data?: unknown }) {
    if (req.vendorId === 'nope') throw new NotSupportedError('vendor unknown', { vendorId: req.vendorId });
    if (req.vendorId === 'bug') throw new TypeError('x is undefined');
    return { status: 'Accepted' as const, data: req.data };
  }
}

const frames: CallFrame[] = [
  [2, 'a', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }],
  [2, 'b', 'Heartbeat', {}],
  [2, 'c', 'DataTransfer', { vendorId: 'v', data: [1, 2] }],
  [2, 'd', 'DataTransfer', { vendorId: 'nope' }],
  [2, 'e', 'DataTransfer', { vendorId: 'bug' }],
  [2, 'f', 'Authorize', { idToken: { idToken: 'X', type: 'Central' } }],
  [2, 'g', 'Reset', { type: 'Immediate' }],
  [2, 'h', 'Warp', {}],
  [2, 'i', 'Heartbeat', { extra: 1 }],
];

test('handleCall answers each CALL with the right frame, with no endpoint or transport', async () => {
  const backend = new Backend();
  const replies = await Promise.all(frames.map((f) => handleCall(v201, backend, f, { side: 'Csms' })));
  assert.deepEqual(replies, [
    [3, 'a', { currentTime: NOW, interval: 300, status: 'Accepted' }],
    [3, 'b', { currentTime: NOW }],
    [3, 'c', { status: 'Accepted', data: [1, 2] }],
    [4, 'd', 'NotSupported', 'vendor unknown', { vendorId: 'nope' }],
    [4, 'e', 'InternalError', 'an internal error occurred while handling DataTransfer', {}],
    [4, 'f', 'NotSupported', 'Authorize is not supported', {}],
    [4, 'g', 'NotSupported', 'Reset is not sent in this direction', {}],
    [4, 'h', 'NotImplemented', 'unknown action "Warp"', {}],
    [4, 'i', 'FormatViolation', '/extra: unknown property', { errors: [{ code: 'FormatViolation', pointer: '/extra', reason: 'unknown property' }] }],
  ]);
  assert.equal(backend.boots, 1, 'methods are called on the object');
});

test('a Csms endpoint gives the same answers as handleCall (one code path)', async () => {
  const wire = recorder();
  const csms = new Csms(v201, { registration: false, handlers: new Backend() });
  csms.attach(wire.send);
  for (const f of frames) csms.receive(JSON.stringify(f));
  await new Promise((resolve) => setImmediate(resolve));
  const pure = await Promise.all(frames.map((f) => handleCall(v201, new Backend(), f, { side: 'Csms' })));
  const byId = (list: readonly (readonly unknown[] | undefined)[]) => [...list].sort((x, y) => String(x?.[1]).localeCompare(String(y?.[1])));
  assert.deepEqual(byId(wire.frames.map((t) => JSON.parse(t) as unknown[])), byId(pure));
  csms.close();
});

test('handleCall with registration state refuses before the boot is accepted (B02.FR.09)', async () => {
  const registration = new Registration(v201.registration);
  const backend: CsmsHandlers<V201> = {
    BootNotification: () => ({ currentTime: NOW, interval: 300, status: 'Accepted' }),
    Heartbeat: () => ({ currentTime: NOW }),
  };
  const hb: CallFrame = [2, 'h', 'Heartbeat', {}];
  const refused = await handleCall(v201, backend, hb, { side: 'Csms', registration });
  assert.deepEqual(refused?.slice(0, 3), [4, 'h', 'SecurityError']);
  await handleCall(v201, backend, frames[0]!, { side: 'Csms', registration });
  assert.equal(registration.status, 'Accepted');
  assert.deepEqual(await handleCall(v201, backend, hb, { side: 'Csms', registration }), [3, 'h', { currentTime: NOW }]);
});

test('handleCall options: validation off, lenient warnings, context', async () => {
  const station: ChargingStationHandlers<V201, { identity: string }> = {
    Reset: (_req, ctx) => ({ status: 'Accepted', statusInfo: { reasonCode: ctx.identity } }),
  };
  const bad: CallFrame = [2, 'r', 'Reset', { type: 'Immediate', vendor: 1 }];
  assert.equal((await handleCall(v201, station, bad, { side: 'ChargingStation', context: { identity: 'CS9' } }))?.[2], 'FormatViolation');
  const warnings: unknown[] = [];
  assert.deepEqual(
    await handleCall(v201, station, bad, { side: 'ChargingStation', validation: 'lenient', context: { identity: 'CS9' }, onWarning: (w) => warnings.push(w) }),
    [3, 'r', { status: 'Accepted', statusInfo: { reasonCode: 'CS9' } }],
  );
  assert.equal(warnings.length, 1);
  assert.equal((await handleCall(v201, station, bad, { validate: false, context: { identity: 'CS9' } }))?.[0], 3);
});

test('handleCall for 1.6: its payloads, its spellings, its registration rules (a Rejected Charge Point answers nothing)', async () => {
  const station: ChargingStationHandlers<V16> = {
    Reset: (req) => ({ status: req.type === 'Hard' ? 'Accepted' : 'Rejected' }),
    RemoteStartTransaction: () => ({ status: 'Accepted' }),
  };
  const reset: CallFrame = [2, 'r', 'Reset', { type: 'Hard' }];
  assert.deepEqual(await handleCall(v16, station, reset, { side: 'ChargingStation' }), [3, 'r', { status: 'Accepted' }]);
  const bad: CallFrame = [2, 'b', 'Reset', { type: 'Hard', vendor: 1 }];
  assert.deepEqual(await handleCall(v16, station, bad, { side: 'ChargingStation' }), [
    4,
    'b',
    'FormationViolation',
    '/vendor: unknown property',
    { errors: [{ code: 'FormationViolation', pointer: '/vendor', reason: 'unknown property' }] },
  ]);
  // A 2.0.1 payload is not a 1.6 one.
  assert.equal((await handleCall(v16, station, [2, 'x', 'Reset', { type: 'Immediate' }], { side: 'ChargingStation' }))?.[2], 'PropertyConstraintViolation');
  const registration = new Registration(v16.registration, 'Pending');
  const remoteStart: CallFrame = [2, 's', 'RemoteStartTransaction', { idTag: 'TAG' }];
  // 1.6, 4.2: RemoteStartTransaction is not allowed while Pending.
  assert.deepEqual((await handleCall(v16, station, remoteStart, { side: 'ChargingStation', registration }))?.slice(0, 3), [4, 's', 'SecurityError']);
  assert.equal((await handleCall(v16, station, reset, { side: 'ChargingStation', registration }))?.[0], 3);
  registration.setStatus('Rejected');
  // 1.6, 4.2: "While Rejected, the Charge Point SHALL NOT respond to any Central System initiated message."
  assert.equal(await handleCall(v16, station, reset, { side: 'ChargingStation', registration }), undefined);
});
