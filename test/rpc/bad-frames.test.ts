/**
 * One row per bad-frame case of Part 4 (4.1.7, 4.2.3, 4.3, 4.4): the exact
 * frame sent in reply, or the absence of any reply. The endpoint plays a
 * CSMS (it receives station-to-CSMS actions) and must keep running.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Endpoint, type BadMessageEvent, type UnmatchedEvent } from '../../src/rpc/endpoint.js';
import { OcppError, PropertyConstraintViolationError, RpcFrameworkError, SecurityError } from '../../src/rpc/errors.js';
import { isActionName, maySend } from '../../src/v201/actions.js';
import { validate } from '../../src/v201/validate.js';
import { recorder } from '../support/memory-transport.js';

const NOW = '2024-05-01T12:00:00Z';
const statusNotification = { timestamp: NOW, connectorStatus: 'Available', evseId: 1, connectorId: 1 };

function csmsEndpoint() {
  const wire = recorder();
  const endpoint = new Endpoint({
    validate,
    isAction: isActionName,
    canReceive: (a) => isActionName(a) && maySend(a, 'Station'),
    canSend: (a) => isActionName(a) && maySend(a, 'Csms'),
  });
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
  endpoint.attach(wire.send);
  const bad: BadMessageEvent[] = [];
  const unmatched: UnmatchedEvent[] = [];
  endpoint.on('badMessage', (e) => bad.push(e));
  endpoint.on('unmatched', (e) => unmatched.push(e));
  return { endpoint, wire, bad, unmatched };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

interface Row {
  readonly name: string;
  readonly text: string;
  /** The exact reply, or null when nothing may be sent. */
  readonly reply: readonly unknown[] | null;
}

const long = 'x'.repeat(37);

const rows: Row[] = [
  { name: 'not JSON', text: '[2,"a","Heartbeat",{', reply: [4, '-1', 'RpcFrameworkError', 'the message is not valid JSON', {}] },
  { name: 'empty text', text: '', reply: [4, '-1', 'RpcFrameworkError', 'the message is not valid JSON', {}] },
  { name: 'JSON but not an array', text: '{"messageTypeId":2}', reply: [4, '-1', 'RpcFrameworkError', 'the message is not a JSON array', {}] },
  { name: 'JSON null', text: 'null', reply: [4, '-1', 'RpcFrameworkError', 'the message is not a JSON array', {}] },
  { name: 'empty array', text: '[]', reply: [4, '-1', 'RpcFrameworkError', 'the message type must be a number', {}] },
  { name: 'CALL without id', text: '[2]', reply: [4, '-1', 'RpcFrameworkError', 'the message id is missing', {}] },
  { name: 'CALL with a numeric id', text: '[2,17,"Heartbeat",{}]', reply: [4, '-1', 'RpcFrameworkError', 'the message id must be a string', {}] },
  { name: 'CALL with an empty id', text: '[2,"","Heartbeat",{}]', reply: [4, '-1', 'RpcFrameworkError', 'the message id is empty', {}] },
  {
    name: 'CALL with a 37-character id',
    text: `[2,"${long}","Heartbeat",{}]`,
    reply: [4, '-1', 'RpcFrameworkError', 'the message id is longer than 36 characters', {}],
  },
  { name: 'message type as a string', text: '["2","m1","Heartbeat",{}]', reply: [4, 'm1', 'RpcFrameworkError', 'the message type must be a number', {}] },
  { name: 'unknown message type (Part 4, 4.4)', text: '[5,"m1","Heartbeat",{}]', reply: [4, 'm1', 'MessageTypeNotSupported', 'message type 5 is not supported', {}] },
  { name: 'unknown message type, id unreadable', text: '[9]', reply: [4, '-1', 'MessageTypeNotSupported', 'message type 9 is not supported', {}] },
  { name: 'CALL with 3 elements', text: '[2,"m1","Heartbeat"]', reply: [4, 'm1', 'RpcFrameworkError', 'a CALL has 4 elements, this one has 3', {}] },
  { name: 'CALL with 5 elements', text: '[2,"m1","Heartbeat",{},{}]', reply: [4, 'm1', 'RpcFrameworkError', 'a CALL has 4 elements, this one has 5', {}] },
  { name: 'CALL whose action is not a string', text: '[2,"m1",7,{}]', reply: [4, 'm1', 'RpcFrameworkError', 'the action of a CALL must be a non-empty string', {}] },
  { name: 'unknown action (NotImplemented)', text: '[2,"m1","Teleport",{}]', reply: [4, 'm1', 'NotImplemented', 'unknown action "Teleport"', {}] },
  { name: 'action names are case-sensitive', text: '[2,"m1","heartbeat",{}]', reply: [4, 'm1', 'NotImplemented', 'unknown action "heartbeat"', {}] },
  {
    name: 'known action in the wrong direction (NotSupported)',
    text: '[2,"m1","Reset",{"type":"Immediate"}]',
    reply: [4, 'm1', 'NotSupported', 'Reset is not sent in this direction', {}],
  },
  {
    name: 'known action without a handler (NotSupported)',
    text: '[2,"m1","Authorize",{"idToken":{"idToken":"A","type":"ISO14443"}}]',
    reply: [4, 'm1', 'NotSupported', 'Authorize is not supported', {}],
  },
  {
    name: 'missing required field (OccurrenceConstraintViolation)',
    text: JSON.stringify([2, 'm1', 'StatusNotification', { ...statusNotification, connectorId: undefined }]),
    reply: [4, 'm1', 'OccurrenceConstraintViolation', '/connectorId: required', { errors: [{ code: 'OccurrenceConstraintViolation', pointer: '/connectorId', reason: 'required' }] }],
  },
  {
    name: 'wrong type (TypeConstraintViolation)',
    text: JSON.stringify([2, 'm1', 'StatusNotification', { ...statusNotification, evseId: '1' }]),
    reply: [4, 'm1', 'TypeConstraintViolation', '/evseId: must be an integer', { errors: [{ code: 'TypeConstraintViolation', pointer: '/evseId', reason: 'must be an integer' }] }],
  },
  {
    name: 'value outside its enumeration (PropertyConstraintViolation)',
    text: JSON.stringify([2, 'm1', 'StatusNotification', { ...statusNotification, connectorStatus: 'Sleeping' }]),
    reply: [
      4,
      'm1',
      'PropertyConstraintViolation',
      '/connectorStatus: not a ConnectorStatusEnumType value',
      { errors: [{ code: 'PropertyConstraintViolation', pointer: '/connectorStatus', reason: 'not a ConnectorStatusEnumType value' }] },
    ],
  },
  {
    name: 'payload not an object (FormatViolation)',
    text: '[2,"m1","Heartbeat",null]',
    reply: [4, 'm1', 'FormatViolation', 'payload must be a JSON object', { errors: [{ code: 'FormatViolation', pointer: '', reason: 'payload must be a JSON object' }] }],
  },
  {
    name: 'handler throws: InternalError, no stack or message on the wire',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"throw"}]',
    reply: [4, 'm1', 'InternalError', 'an internal error occurred while handling DataTransfer', {}],
  },
  {
    name: 'handler rejects: InternalError',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"reject"}]',
    reply: [4, 'm1', 'InternalError', 'an internal error occurred while handling DataTransfer', {}],
  },
  {
    name: 'handler throws an OcppError: its code, description and details',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"throw-ocpp"}]',
    reply: [4, 'm1', 'SecurityError', 'not for you', { hint: 'ask nicely' }],
  },
  {
    name: 'handler answers an invalid response: InternalError, the invalid answer is not sent',
    text: '[2,"m1","DataTransfer",{"vendorId":"v","data":"invalid-answer"}]',
    reply: [4, 'm1', 'InternalError', 'the DataTransfer handler produced an invalid response', {}],
  },
  { name: 'CALLRESULT with an unknown id', text: '[3,"nobody",{}]', reply: null },
  { name: 'CALLERROR with an unknown id', text: '[4,"nobody","GenericError","",{}]', reply: null },
  { name: 'CALLERROR with id "-1"', text: '[4,"-1","RpcFrameworkError","",{}]', reply: null },
  { name: 'CALLRESULT with 2 elements', text: '[3,"nobody"]', reply: null },
  { name: 'CALLRESULT with an unreadable id', text: '[3,12,{}]', reply: null },
  { name: 'CALLERROR whose code is not a string', text: '[4,"nobody",3,"",{}]', reply: null },
  { name: 'CALLERROR with 6 elements', text: '[4,"nobody","GenericError","",{},{}]', reply: null },
];

for (const row of rows) {
  test(`bad frame: ${row.name}`, async () => {
    const { endpoint, wire, bad } = csmsEndpoint();
    endpoint.receive(row.text);
    await settle();
    if (row.reply === null) {
      assert.deepEqual(wire.frames, []);
    } else {
      assert.equal(wire.frames.length, 1);
      assert.deepEqual(JSON.parse(wire.frames[0]!), row.reply);
    }
    // The endpoint keeps running: a good CALL is still answered.
    wire.clear();
    endpoint.receive('[2,"ok","Heartbeat",{}]');
    assert.deepEqual(wire.frames.map((f) => JSON.parse(f)), [[3, 'ok', { currentTime: NOW }]]);
    if (row.reply !== null && row.reply[2] !== 'InternalError' && row.reply[2] !== 'SecurityError') {
      assert.ok(bad.length >= 1, 'reported as a bad message');
    }
    endpoint.close();
  });
}

test('bad frame: a CALL id already being handled is refused (Part 4, 4.2.3), the first still answered', async () => {
  const { endpoint, wire } = csmsEndpoint();
  endpoint.receive('[2,"dup","DataTransfer",{"vendorId":"v","data":"slow"}]');
  endpoint.receive('[2,"dup","Heartbeat",{}]');
  await settle();
  await settle();
  assert.deepEqual(
    wire.frames.map((f) => JSON.parse(f)),
    [
      [4, 'dup', 'RpcFrameworkError', 'a CALL with this message id is already being handled', {}],
      [3, 'dup', { status: 'Accepted' }],
    ],
  );
  endpoint.close();
});

test('bad frame: a CALLRESULT or CALLERROR with an unknown id is reported as unmatched, never answered', () => {
  const { endpoint, wire, unmatched } = csmsEndpoint();
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

test('bad frame: an invalid CALLRESULT payload goes to the caller and the application, never answered', async () => {
  const { endpoint, wire, bad } = csmsEndpoint();
  const pending = endpoint.call('Reset', { type: 'Immediate' });
  const [, id] = JSON.parse(wire.frames[0]!) as [number, string];
  wire.clear();
  endpoint.receive(JSON.stringify([3, id, { status: 'Perhaps' }]));
  await assert.rejects(pending, (err: unknown) => {
    assert.ok(err instanceof PropertyConstraintViolationError);
    assert.match((err as OcppError).description, /\/status/);
    return true;
  });
  assert.deepEqual(wire.frames, []);
  assert.equal(bad.length, 1);
  assert.equal(bad[0]!.answered, false);
  assert.equal(bad[0]!.code, 'PropertyConstraintViolation');
  endpoint.close();
});

test('bad frame: a malformed answer to a pending call fails that call, never answered', async () => {
  const { endpoint, wire } = csmsEndpoint();
  const pending = endpoint.call('Reset', { type: 'Immediate' });
  const [, id] = JSON.parse(wire.frames[0]!) as [number, string];
  wire.clear();
  endpoint.receive(JSON.stringify([3, id, { status: 'Accepted' }, 'extra']));
  await assert.rejects(pending, RpcFrameworkError);
  assert.deepEqual(wire.frames, []);
  endpoint.close();
});
