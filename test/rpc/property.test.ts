/**
 * Random and mutated frames never make the endpoint throw, and each one is
 * answered by at most one well-formed frame, as Part 4 says: CALLRESULT or
 * CALLERROR for what could be a CALL, nothing for a CALLRESULT or CALLERROR
 * (nor, in 2.1, for a CALLRESULTERROR or SEND; nor, in 1.6 and 2.1, for an
 * unknown message type). Run for each version, with its error codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Endpoint } from '../../src/rpc/endpoint.js';
import { decodeFrame, frameRules, MAX_MESSAGE_ID_LENGTH } from '../../src/rpc/frames.js';
import { MAX_ERROR_DESCRIPTION } from '../../src/rpc/errors.js';
import { receiverCheck } from '../../src/roles/dispatch.js';
import type { AnyVersion } from '../../src/schema/version.js';
import { versions } from '../support/versions.js';
import { recorder } from '../support/memory-transport.js';

const NOW = '2024-05-01T12:00:00Z';

function makeCsms(version: AnyVersion) {
  const wire = recorder();
  const endpoint = new Endpoint(version, { canReceive: receiverCheck(version, 'Csms') });
  endpoint.handle('Heartbeat', () => ({ currentTime: NOW }));
  endpoint.handle('StatusNotification', () => ({}));
  endpoint.handle('Authorize', () => (version.version === '1.6' ? { idTagInfo: { status: 'Accepted' } } : { idTokenInfo: { status: 'Accepted' } }));
  endpoint.handle('DataTransfer', (req) => {
    if ((req as { data?: unknown }).data === 'boom') throw new Error('boom');
    return { status: 'Accepted' };
  });
  endpoint.handle('NotifyPeriodicEventStream', () => undefined);
  endpoint.attach(wire.send);
  return { endpoint, wire, version };
}

const validFrames = [
  '[2,"a1","Heartbeat",{}]',
  '[2,"a2","StatusNotification",{"timestamp":"2024-05-01T12:00:00Z","connectorStatus":"Available","evseId":1,"connectorId":1}]',
  '[2,"a3","Authorize",{"idToken":{"idToken":"04A2","type":"ISO14443"}}]',
  '[2,"a4","DataTransfer",{"vendorId":"v","data":"boom"}]',
  '[2,"a5","BootNotification",{"reason":"PowerUp","chargingStation":{"model":"M","vendorName":"V"}}]',
  '[3,"r1",{"status":"Accepted"}]',
  '[4,"e1","GenericError","",{}]',
];

/** Feeds one text and checks the rules; returns the reply, if any. */
function check({ endpoint, wire, version }: ReturnType<typeof makeCsms>, text: string): unknown[] | undefined {
  wire.clear();
  assert.doesNotThrow(() => endpoint.receive(text));
  assert.ok(wire.frames.length <= 1, `at most one reply, got ${wire.frames.length}`);
  const input = decodeFrame(text, frameRules(version));
  const reply = wire.frames[0];
  if (reply === undefined) {
    // Silence is only right for what is never answered: a response, a SEND, an ignored message type.
    const type = input.ok ? input.frame[0] : input.messageTypeId;
    const ignoredType = !input.ok && input.code === 'MessageTypeNotSupported' && version.unknownMessageType === 'ignore';
    assert.ok(type === 3 || type === 4 || (version.messageTypes.includes(6) && (type === 5 || type === 6)) || ignoredType, `unanswered: ${text}`);
    return undefined;
  }
  const wireCodes = new Set<string>(Object.values(version.errorCodeSpelling));
  const out = decodeFrame(reply, frameRules(version));
  assert.ok(out.ok, `the reply is a well-formed frame: ${reply}`);
  const frame = out.frame;
  assert.ok(frame[0] === 3 || frame[0] === 4, 'a reply is a CALLRESULT or a CALLERROR');
  assert.ok(frame[1].length <= MAX_MESSAGE_ID_LENGTH);
  if (frame[0] === 4) {
    assert.ok(wireCodes.has(frame[2]), `known code ${frame[2]}`);
    assert.equal(typeof frame[3], 'string');
    assert.ok((frame[3] as string).length <= MAX_ERROR_DESCRIPTION);
    assert.ok(typeof frame[4] === 'object' && frame[4] !== null && !Array.isArray(frame[4]));
    assert.ok(!/\n\s+at /.test(reply), 'no stack trace on the wire');
  }
  if (input.ok) {
    assert.equal(input.frame[0], 2, 'only CALLs are answered');
    assert.equal(frame[1], input.frame[1], 'the answer carries the CALL id');
  } else {
    assert.equal(input.answer, true, 'a broken response is never answered');
    assert.equal(frame[0], 4);
    assert.equal(frame[1], input.messageId);
  }
  return frame;
}

for (const { descriptor, name } of versions) {
  test(`${name}: random text never throws and gets at most one well-formed reply`, () => {
    const csms = makeCsms(descriptor);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => {
        check(csms, text);
      }),
      { numRuns: 1000 },
    );
    csms.endpoint.close();
  });

  test(`${name}: random frame-shaped arrays never throw and get at most one well-formed reply`, () => {
    const csms = makeCsms(descriptor);
    const anyJson = fc.jsonValue();
    const type = fc.oneof(fc.constantFrom(2, 3, 4, 5, 6), fc.integer({ min: -2, max: 9 }), anyJson);
    const id = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('-1', ''), anyJson);
    const action = fc.oneof(fc.constantFrom('Heartbeat', 'StatusNotification', 'Authorize', 'DataTransfer', 'Reset', 'BootNotification', 'NotifyPeriodicEventStream', 'NoSuch'), anyJson);
    const frame = fc.oneof(
      fc.tuple(type, id, action, anyJson),
      fc.tuple(type, id, anyJson),
      fc.tuple(type, id, anyJson, anyJson, anyJson),
      fc.array(anyJson, { maxLength: 6 }),
    );
    fc.assert(
      fc.property(frame, (value) => {
        check(csms, JSON.stringify(value));
      }),
      { numRuns: 2000 },
    );
    csms.endpoint.close();
  });

  test(`${name}: mutated valid frames never throw and get at most one well-formed reply`, () => {
    const csms = makeCsms(descriptor);
    const mutation = fc.record({
      base: fc.constantFrom(...validFrames),
      at: fc.nat(),
      kind: fc.constantFrom('delete', 'insert', 'replace', 'truncate', 'swap-type'),
      char: fc.constantFrom('"', ',', '[', ']', '{', '}', '1', 'a', ' ', '\\', 'x', ':', '2', '4'),
    });
    fc.assert(
      fc.property(mutation, ({ base, at, kind, char }) => {
        const i = at % base.length;
        let text: string;
        switch (kind) {
          case 'delete':
            text = base.slice(0, i) + base.slice(i + 1);
            break;
          case 'insert':
            text = base.slice(0, i) + char + base.slice(i);
            break;
          case 'replace':
            text = base.slice(0, i) + char + base.slice(i + 1);
            break;
          case 'truncate':
            text = base.slice(0, i);
            break;
          default:
            text = base.replace(/^\[\d/, `[${at % 7}`);
        }
        check(csms, text);
      }),
      { numRuns: 2000 },
    );
    csms.endpoint.close();
  });

  test(`${name}: valid CALLs are always answered with their id`, () => {
    const csms = makeCsms(descriptor);
    for (const text of validFrames.filter((f) => f.startsWith('[2'))) {
      const reply = check(csms, text);
      assert.ok(reply !== undefined);
    }
    csms.endpoint.close();
  });
}
