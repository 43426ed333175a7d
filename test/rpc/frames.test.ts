import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkFrame,
  createMessageIdGenerator,
  decodeFrame,
  encodeCall,
  encodeCallError,
  encodeCallResult,
  MAX_MESSAGE_ID_LENGTH,
  nextMessageId,
} from '../../src/rpc/frames.js';

test('decodes the three frame types (Part 4, 4.2)', () => {
  assert.deepEqual(decodeFrame('[2,"19223201","BootNotification",{"reason":"PowerUp"}]'), {
    ok: true,
    frame: [2, '19223201', 'BootNotification', { reason: 'PowerUp' }],
  });
  assert.deepEqual(decodeFrame('[3,"19223201",{"status":"Accepted"}]'), { ok: true, frame: [3, '19223201', { status: 'Accepted' }] });
  assert.deepEqual(decodeFrame('[4,"162376037","NotSupported","SetDisplayMessageRequest not implemented",{}]'), {
    ok: true,
    frame: [4, '162376037', 'NotSupported', 'SetDisplayMessageRequest not implemented', {}],
  });
});

test('encodes the three frame types and round-trips them', () => {
  const call = encodeCall('a1', 'Heartbeat', {});
  const result = encodeCallResult('a1', { currentTime: '2024-01-01T00:00:00Z' });
  const error = encodeCallError('a1', 'GenericError', 'oops', { x: 1 });
  assert.equal(call, '[2,"a1","Heartbeat",{}]');
  assert.equal(result, '[3,"a1",{"currentTime":"2024-01-01T00:00:00Z"}]');
  assert.equal(error, '[4,"a1","GenericError","oops",{"x":1}]');
  for (const text of [call, result, error]) {
    const decoded = decodeFrame(text);
    assert.ok(decoded.ok);
    assert.equal(JSON.stringify(decoded.frame), text);
  }
  // Empty details and an absent payload still encode as {} (Part 4, 4.1.5 and Table 7).
  assert.equal(encodeCallError('a2', 'InternalError'), '[4,"a2","InternalError","",{}]');
  assert.equal(encodeCall('a3', 'Heartbeat', undefined), '[2,"a3","Heartbeat",{}]');
});

test('a frame whose id cannot be read gets id "-1"', () => {
  for (const text of ['nope', '{}', '"x"', '[]', '[2]', '[2,5,"Heartbeat",{}]', '[2,"","Heartbeat",{}]', `[2,"${'x'.repeat(37)}","Heartbeat",{}]`]) {
    const decoded = decodeFrame(text);
    assert.equal(decoded.ok, false, text);
    if (!decoded.ok) {
      assert.equal(decoded.messageId, '-1', text);
      assert.equal(decoded.code, 'RpcFrameworkError', text);
      assert.equal(decoded.answer, true, text);
    }
  }
});

test('an id of exactly 36 characters is accepted', () => {
  const id = 'x'.repeat(MAX_MESSAGE_ID_LENGTH);
  assert.ok(decodeFrame(`[2,"${id}","Heartbeat",{}]`).ok);
});

test('unknown message type numbers are MessageTypeNotSupported and keep a readable id (Part 4, 4.4)', () => {
  const decoded = decodeFrame('[5,"abc",{}]');
  assert.equal(decoded.ok, false);
  if (!decoded.ok) {
    assert.equal(decoded.code, 'MessageTypeNotSupported');
    assert.equal(decoded.messageId, 'abc');
    assert.equal(decoded.messageTypeId, 5);
    assert.equal(decoded.answer, true);
  }
});

test('broken CALLRESULT and CALLERROR frames are never to be answered', () => {
  for (const text of ['[3,"a"]', '[3,"a",{},1]', '[3,1,{}]', '[4,"a",5,"",{}]', '[4,"a"]', '[4,7,"GenericError","",{}]']) {
    const decoded = decodeFrame(text);
    assert.equal(decoded.ok, false, text);
    if (!decoded.ok) assert.equal(decoded.answer, false, text);
  }
});

test('a CALLERROR without errorDetails is tolerated on input', () => {
  assert.ok(decodeFrame('[4,"a","GenericError","x"]').ok);
});

test('checkFrame returns the array itself when well formed', () => {
  const value = [2, 'id', 'Heartbeat', {}];
  assert.equal(checkFrame(value), value);
});

test('message ids are unique and at most 36 characters (Part 4, 4.1.4)', () => {
  const gen = createMessageIdGenerator();
  const seen = new Set<string>();
  for (let i = 0; i < 10_000; i++) {
    const id = gen();
    assert.ok(id.length > 0 && id.length <= MAX_MESSAGE_ID_LENGTH);
    seen.add(id);
  }
  assert.equal(seen.size, 10_000);
  assert.notEqual(createMessageIdGenerator()(), createMessageIdGenerator()());
  assert.ok(nextMessageId().length <= MAX_MESSAGE_ID_LENGTH);
});
