/**
 * One row per bad-frame case, for each version: the exact frame sent in
 * reply, or the absence of any reply, as that version's OCPP-J says
 * (OCPP-J 1.6, 4.1.3 and 4.2.3; 2.0.1 Part 4, 4.1.7, 4.2.3, 4.3 and 4.4;
 * 2.1 Part 4, 4.1 to 4.4). The endpoint plays a CSMS (it receives
 * station-to-CSMS actions) and must keep running. README "Bad frames"
 * documents the same table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Endpoint, type BadMessageEvent, type CallResultErrorEvent, type UnmatchedEvent } from '../../src/rpc/endpoint.js';
import { OcppError, PropertyConstraintViolationError, RpcFrameworkError, SecurityError } from '../../src/rpc/errors.js';
import { receiverCheck, senderCheck } from '../../src/roles/dispatch.js';
import type { AnyVersion, OcppVersion } from '../../src/schema/version.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';
import { recorder } from '../support/memory-transport.js';

const NOW = '2024-05-01T12:00:00Z';
const descriptors: readonly AnyVersion[] = [v16, v201, v21];

function csmsEndpoint(version: AnyVersion) {
  const wire = recorder();
  const endpoint = new Endpoint(version, { canReceive: receiverCheck(version, 'Csms'), canSend: senderCheck(version, 'Csms') });
  endpoint.handle('Heartbeat', () => ({ currentTime: NOW }));
  endpoint.handle('StatusNotification', () => ({}));
  endpoint.handle('DataTransfer', (req) => {
    const { data } = req as { data?: string };
    if (data === 'throw') throw new Error('secret internals at /srv/app.js:12');
    if (data === 'throw-ocpp') throw new SecurityError('not for you', { hint: 'ask nicely' });
    if (data === 'reject') return Promise.reject(new Error('async failure'));
    if (data === 'invalid-answer') return { status: 'Maybe' };
    if (data === 'slow') return new Promise((resolve) => setImmediate(() => resolve({ status: 'Accepted' })));
    return { status: 'Accepted' };
  });
  const sends: unknown[] = [];
  endpoint.handle('NotifyPeriodicEventStream', (req) => void sends.push(req));
  endpoint.attach(wire.send);
  const bad: BadMessageEvent[] = [];
  const unmatched: UnmatchedEvent[] = [];
  const resultErrors: CallResultErrorEvent[] = [];
  endpoint.on('badMessage', (e) => bad.push(e));
  endpoint.on('unmatched', (e) => unmatched.push(e));
  endpoint.on('callResultError', (e) => resultErrors.push(e));
  return { endpoint, wire, bad, unmatched, resultErrors, sends };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

type Reply = readonly unknown[] | null;
type PerVersion<T> = { readonly [V in OcppVersion]: T };

interface Row {
  readonly name: string;
  /** The frame, the same for every version or one each (payloads differ between 1.6 and 2.x). */
  readonly text: string | PerVersion<string>;
  /** The exact reply, or null when nothing may be sent; the same for every version or one each. */
  readonly reply: Reply | PerVersion<Reply>;
}

const long = 'x'.repeat(37);

/** The reply to a frame that is not a proper RPC frame: RpcFrameworkError, and in 1.6 (which lacks it) FormationViolation. */
const framework = (id: string, reason: string): PerVersion<Reply> => ({
  '1.6': [4, id, 'FormationViolation', reason, {}],
  '2.0.1': [4, id, 'RpcFrameworkError', reason, {}],
  '2.1': [4, id, 'RpcFrameworkError', reason, {}],
});

/** An unknown message type: answered in 2.0.1 (4.4), ignored in 1.6 (4.1.3) and 2.1 (4.1.3, 4.4). */
const unknownType = (id: string, type: number): PerVersion<Reply> => ({
  '1.6': null,
  '2.0.1': [4, id, 'MessageTypeNotSupported', `message type ${type} is not supported`, {}],
  '2.1': null,
});

const same = <T,>(value: T): PerVersion<T> => ({ '1.6': value, '2.0.1': value, '2.1': value });

/** A validator's finding as the reply carries it: the code in the version's spelling, the first issue in the description. */
function invalid(version: OcppVersion, code: string, pointer: string, reason: string): Reply {
  const spelt = version !== '1.6' ? code : code === 'FormatViolation' ? 'FormationViolation' : code === 'OccurrenceConstraintViolation' ? 'OccurenceConstraintViolation' : code;
  return [4, 'm1', spelt, pointer === '' ? reason : `${pointer}: ${reason}`, { errors: [{ code: spelt, pointer, reason }] }];
}

const status16 = { connectorId: 1, errorCode: 'NoError', status: 'Available' };
const status2x = { timestamp: NOW, connectorStatus: 'Available', evseId: 1, connectorId: 1 };
const statusFrame = (change: (payload: Record<string, unknown>, version: OcppVersion) => void): PerVersion<string> => {
  const frame = (version: OcppVersion): string => {
    const payload: Record<string, unknown> = { ...(version === '1.6' ? status16 : status2x) };
    change(payload, version);
    return JSON.stringify([2, 'm1', 'StatusNotification', payload]);
  };
  return { '1.6': frame('1.6'), '2.0.1': frame('2.0.1'), '2.1': frame('2.1') };
};

const rows: Row[] = [
  { name: 'not JSON', text: '[2,"a","Heartbeat",{', reply: framework('-1', 'the message is not valid JSON') },
  { name: 'empty text', text: '', reply: framework('-1', 'the message is not valid JSON') },
  { name: 'JSON but not an array', text: '{"messageTypeId":2}', reply: framework('-1', 'the message is not a JSON array') },
  { name: 'JSON null', text: 'null', reply: framework('-1', 'the message is not a JSON array') },
  { name: 'empty array', text: '[]', reply: framework('-1', 'the message type must be a number') },
  { name: 'CALL without id', text: '[2]', reply: framework('-1', 'the message id is missing') },
  { name: 'CALL with a numeric id', text: '[2,17,"Heartbeat",{}]', reply: framework('-1', 'the message id must be a string') },
  { name: 'CALL with an empty id', text: '[2,"","Heartbeat",{}]', reply: framework('-1', 'the message id is empty') },
  { name: 'CALL with a 37-character id', text: `[2,"${long}","Heartbeat",{}]`, reply: framework('-1', 'the message id is longer than 36 characters') },
  { name: 'message type as a string', text: '["2","m1","Heartbeat",{}]', reply: framework('m1', 'the message type must be a number') },
  { name: 'unknown message type', text: '[7,"m1","Heartbeat",{}]', reply: unknownType('m1', 7) },
  { name: 'unknown message type, id unreadable', text: '[9]', reply: unknownType('-1', 9) },
  { name: 'a SEND outside 2.1 is an unknown message type', text: '[6,"m1","NotifyPeriodicEventStream",{"id":1,"pending":0,"basetime":"2024-05-01T12:00:00Z","data":[]}]', reply: unknownType('m1', 6) },
  { name: 'a CALLRESULTERROR outside 2.1 is an unknown message type', text: '[5,"m1","FormatViolation","",{}]', reply: unknownType('m1', 5) },
  { name: 'CALL with 3 elements', text: '[2,"m1","Heartbeat"]', reply: framework('m1', 'a CALL has 4 elements, this one has 3') },
  { name: 'CALL with 5 elements', text: '[2,"m1","Heartbeat",{},{}]', reply: framework('m1', 'a CALL has 4 elements, this one has 5') },
  { name: 'CALL whose action is not a string', text: '[2,"m1",7,{}]', reply: framework('m1', 'the action of a CALL must be a non-empty string') },
  { name: 'unknown action (NotImplemented)', text: '[2,"m1","Teleport",{}]', reply: same([4, 'm1', 'NotImplemented', 'unknown action "Teleport"', {}]) },
  { name: 'action names are case-sensitive', text: '[2,"m1","heartbeat",{}]', reply: same([4, 'm1', 'NotImplemented', 'unknown action "heartbeat"', {}]) },
  {
    name: 'known action in the wrong direction (NotSupported)',
    text: { '1.6': '[2,"m1","Reset",{"type":"Hard"}]', '2.0.1': '[2,"m1","Reset",{"type":"Immediate"}]', '2.1': '[2,"m1","Reset",{"type":"Immediate"}]' },
    reply: same([4, 'm1', 'NotSupported', 'Reset is not sent in this direction', {}]),
  },
  {
    name: 'known action without a handler (NotSupported)',
    text: { '1.6': '[2,"m1","Authorize",{"idTag":"A"}]', '2.0.1': '[2,"m1","Authorize",{"idToken":{"idToken":"A","type":"ISO14443"}}]', '2.1': '[2,"m1","Authorize",{"idToken":{"idToken":"A","type":"ISO14443"}}]' },
    reply: same([4, 'm1', 'NotSupported', 'Authorize is not supported', {}]),
  },
  {
    name: 'a SEND action sent as a CALL (NotSupported in 2.1; unknown elsewhere)',
    text: '[2,"m1","NotifyPeriodicEventStream",{"id":1,"pending":0,"basetime":"2024-05-01T12:00:00Z","data":[]}]',
    reply: {
      '1.6': [4, 'm1', 'NotImplemented', 'unknown action "NotifyPeriodicEventStream"', {}],
      '2.0.1': [4, 'm1', 'NotImplemented', 'unknown action "NotifyPeriodicEventStream"', {}],
      '2.1': [4, 'm1', 'NotSupported', 'NotifyPeriodicEventStream is sent as SEND, not as a CALL', {}],
    },
  },
  {
    name: 'missing required field (OccurrenceConstraintViolation)',
    text: statusFrame((p) => delete p['connectorId']),
    reply: {
      '1.6': invalid('1.6', 'OccurrenceConstraintViolation', '/connectorId', 'required'),
      '2.0.1': invalid('2.0.1', 'OccurrenceConstraintViolation', '/connectorId', 'required'),
      '2.1': invalid('2.1', 'OccurrenceConstraintViolation', '/connectorId', 'required'),
    },
  },
  {
    name: 'wrong type (TypeConstraintViolation)',
    text: statusFrame((p) => (p['connectorId'] = '1')),
    reply: {
      '1.6': invalid('1.6', 'TypeConstraintViolation', '/connectorId', 'must be an integer'),
      '2.0.1': invalid('2.0.1', 'TypeConstraintViolation', '/connectorId', 'must be an integer'),
      '2.1': invalid('2.1', 'TypeConstraintViolation', '/connectorId', 'must be an integer'),
    },
  },
  {
    name: 'value outside its enumeration (PropertyConstraintViolation)',
    text: statusFrame((p, v) => (p[v === '1.6' ? 'status' : 'connectorStatus'] = 'Sleeping')),
    reply: {
      '1.6': invalid('1.6', 'PropertyConstraintViolation', '/status', 'not a ChargePointStatus value'),
      '2.0.1': invalid('2.0.1', 'PropertyConstraintViolation', '/connectorStatus', 'not a ConnectorStatusEnumType value'),
      '2.1': invalid('2.1', 'PropertyConstraintViolation', '/connectorStatus', 'not a ConnectorStatusEnumType value'),
    },
  },
  {
    name: 'payload not an object (FormatViolation; 1.6 FormationViolation)',
    text: '[2,"m1","Heartbeat",null]',
    reply: {
      '1.6': invalid('1.6', 'FormatViolation', '', 'payload must be a JSON object'),
      '2.0.1': invalid('2.0.1', 'FormatViolation', '', 'payload must be a JSON object'),
      '2.1': invalid('2.1', 'FormatViolation', '', 'payload must be a JSON object'),
    },
  },
  {
    name: 'handler throws: InternalError, no stack or message on the wire',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"throw"}]',
    reply: same([4, 'm1', 'InternalError', 'an internal error occurred while handling DataTransfer', {}]),
  },
  {
    name: 'handler rejects: InternalError',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"reject"}]',
    reply: same([4, 'm1', 'InternalError', 'an internal error occurred while handling DataTransfer', {}]),
  },
  {
    name: 'handler throws an OcppError: its code, description and details',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"throw-ocpp"}]',
    reply: same([4, 'm1', 'SecurityError', 'not for you', { hint: 'ask nicely' }]),
  },
  {
    name: 'handler answers an invalid response: InternalError, the invalid answer is not sent',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"invalid-answer"}]',
    reply: same([4, 'm1', 'InternalError', 'the DataTransfer handler produced an invalid response', {}]),
  },
  { name: 'CALLRESULT with an unknown id', text: '[3,"nobody",{}]', reply: null },
  { name: 'CALLERROR with an unknown id', text: '[4,"nobody","GenericError","",{}]', reply: null },
  { name: 'CALLERROR with id "-1"', text: '[4,"-1","RpcFrameworkError","",{}]', reply: null },
  { name: 'CALLRESULT with 2 elements', text: '[3,"nobody"]', reply: null },
  { name: 'CALLRESULT with an unreadable id', text: '[3,12,{}]', reply: null },
  { name: 'CALLERROR whose code is not a string', text: '[4,"nobody",3,"",{}]', reply: null },
  { name: 'CALLERROR with 6 elements', text: '[4,"nobody","GenericError","",{},{}]', reply: null },
  { name: '2.1: an invalid SEND is never answered (4.2.4)', text: '[6,"m1","NotifyPeriodicEventStream",{"id":"one"}]', reply: { ...unknownType('m1', 6), '2.1': null } },
  { name: '2.1: a SEND of an action that is not a SEND action is never answered', text: '[6,"m1","Heartbeat",{}]', reply: { ...unknownType('m1', 6), '2.1': null } },
  { name: '2.1: a malformed SEND is never answered', text: '[6,17,"NotifyPeriodicEventStream"]', reply: { ...unknownType('-1', 6), '2.1': null } },
  { name: '2.1: a CALLRESULTERROR is never answered', text: '[5,"m9","OccurenceConstraintViolation","bad",{}]', reply: { ...unknownType('m9', 5), '2.1': null } },
  { name: '2.1: a malformed CALLRESULTERROR is never answered', text: '[5,"m9",7]', reply: { ...unknownType('m9', 5), '2.1': null } },
];

function perVersion<T>(value: T | PerVersion<T>, version: OcppVersion): T {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && version in value ? (value as PerVersion<T>)[version] : (value as T);
}

for (const version of descriptors) {
  const v = version.version;
  for (const row of rows) {
    test(`${v} bad frame: ${row.name}`, async () => {
      const { endpoint, wire, bad } = csmsEndpoint(version);
      const reply = perVersion(row.reply, v);
      endpoint.receive(perVersion(row.text, v));
      await settle();
      if (reply === null) {
        assert.deepEqual(wire.frames, []);
      } else {
        assert.equal(wire.frames.length, 1);
        assert.deepEqual(JSON.parse(wire.frames[0]!), reply);
      }
      // The endpoint keeps running: a good CALL is still answered.
      wire.clear();
      endpoint.receive('[2,"ok","Heartbeat",{}]');
      assert.deepEqual(wire.frames.map((f) => JSON.parse(f)), [[3, 'ok', { currentTime: NOW }]]);
      if (reply !== null && reply[2] !== 'InternalError' && reply[2] !== 'SecurityError') {
        assert.ok(bad.length >= 1, 'reported as a bad message');
      }
      endpoint.close();
    });
  }

  test(`${v} bad frame: a CALL id already being handled is refused (4.2.3), the first still answered`, async () => {
    const { endpoint, wire } = csmsEndpoint(version);
    endpoint.receive('[2,"dup","DataTransfer",{"vendorId":"v","data":"slow"}]');
    endpoint.receive('[2,"dup","Heartbeat",{}]');
    await settle();
    await settle();
    assert.deepEqual(
      wire.frames.map((f) => JSON.parse(f)),
      [
        [4, 'dup', v === '1.6' ? 'FormationViolation' : 'RpcFrameworkError', 'a CALL with this message id is already being handled', {}],
        [3, 'dup', { status: 'Accepted' }],
      ],
    );
    endpoint.close();
  });

  test(`${v} bad frame: a CALLRESULT or CALLERROR with an unknown id is reported as unmatched, never answered`, () => {
    const { endpoint, wire, unmatched } = csmsEndpoint(version);
    endpoint.receive('[3,"late",{"status":"Accepted"}]');
    endpoint.receive('[4,"late","GenericError","x",{}]');
    assert.deepEqual(wire.frames, []);
    assert.deepEqual(
      unmatched.map((u) => u.frame),
      [
        [3, 'late', { status: 'Accepted' }],
        [4, 'late', 'GenericError', 'x', {}],
      ],
    );
    endpoint.close();
  });

  const reset = v === '1.6' ? { type: 'Hard' } : { type: 'Immediate' };

  test(`${v} bad frame: an invalid CALLRESULT payload fails the caller; ${v === '2.1' ? 'answered with a CALLRESULTERROR carrying its id' : 'never answered'}`, async () => {
    const { endpoint, wire, bad } = csmsEndpoint(version);
    const pending = endpoint.call('Reset', reset);
    const [, id] = JSON.parse(wire.frames[0]!) as [number, string];
    wire.clear();
    endpoint.receive(JSON.stringify([3, id, { status: 'Perhaps' }]));
    await assert.rejects(pending, (err: unknown) => {
      assert.ok(err instanceof PropertyConstraintViolationError);
      assert.match((err as OcppError).description, /\/status/);
      return true;
    });
    const enumName = v === '1.6' ? 'ResetStatus' : 'ResetStatusEnumType';
    if (v === '2.1') {
      // Part 4, 4.2.3: the CALLRESULTERROR carries the id of the CALLRESULT it complains about.
      assert.deepEqual(
        wire.frames.map((f) => JSON.parse(f)),
        [[5, id, 'PropertyConstraintViolation', `invalid Reset response: /status: not a ${enumName} value`, { errors: [{ code: 'PropertyConstraintViolation', pointer: '/status', reason: `not a ${enumName} value` }] }]],
      );
    } else assert.deepEqual(wire.frames, []);
    assert.equal(bad.length, 1);
    assert.equal(bad[0]!.answered, v === '2.1');
    assert.equal(bad[0]!.code, 'PropertyConstraintViolation');
    endpoint.close();
  });

  test(`${v} bad frame: a malformed answer to a pending call fails that call; ${v === '2.1' ? 'a CALLRESULTERROR' : 'never answered'}`, async () => {
    const { endpoint, wire } = csmsEndpoint(version);
    const pending = endpoint.call('Reset', reset);
    const [, id] = JSON.parse(wire.frames[0]!) as [number, string];
    wire.clear();
    endpoint.receive(JSON.stringify([3, id, { status: 'Accepted' }, 'extra']));
    await assert.rejects(pending, RpcFrameworkError);
    if (v === '2.1') assert.deepEqual(wire.frames.map((f) => JSON.parse(f)), [[5, id, 'RpcFrameworkError', 'a CALLRESULT has 3 elements, this one has 4', {}]]);
    else assert.deepEqual(wire.frames, []);
    endpoint.close();
  });
}

test('2.1: a valid SEND reaches its handler and is never answered; an invalid one is reported, never delivered', async () => {
  const { endpoint, wire, bad, sends } = csmsEndpoint(v21);
  const stream = { id: 7, pending: 0, basetime: NOW, data: [{ t: 0, v: '230.1' }] };
  endpoint.receive(JSON.stringify([6, 's1', 'NotifyPeriodicEventStream', stream]));
  endpoint.receive(JSON.stringify([6, 's2', 'NotifyPeriodicEventStream', { ...stream, id: 'seven' }]));
  await settle();
  assert.deepEqual(wire.frames, []);
  assert.deepEqual(sends, [stream]);
  assert.deepEqual(
    bad.map((b) => [b.messageId, b.code, b.answered]),
    [['s2', 'TypeConstraintViolation', false]],
  );
  endpoint.close();
});

test('2.1: a CALLRESULTERROR is reported with its id and canonical code, never answered', () => {
  const { endpoint, wire, resultErrors } = csmsEndpoint(v21);
  endpoint.receive('[5,"r1","FormationViolation","cannot read your answer",{"at":"/x"}]');
  endpoint.receive('[5,"r2","Nonsense","",null]');
  assert.deepEqual(wire.frames, []);
  assert.deepEqual(
    resultErrors.map((e) => [e.messageId, e.code, e.receivedCode, e.description, e.details]),
    [
      ['r1', 'FormatViolation', 'FormationViolation', 'cannot read your answer', { at: '/x' }],
      ['r2', 'GenericError', 'Nonsense', '', { receivedCode: 'Nonsense' }],
    ],
  );
  endpoint.close();
});
