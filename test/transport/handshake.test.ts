import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basicAuthHeader, offeredProtocols, parseBasicAuth, selectProtocol } from '../../src/transport/handshake.js';

test('subprotocol: the client preference among supported ones (Part 4, 3.1.2)', () => {
  assert.deepEqual(offeredProtocols('ocpp2.0.1, ocpp1.6'), ['ocpp2.0.1', 'ocpp1.6']);
  assert.deepEqual(offeredProtocols(undefined), []);
  assert.equal(selectProtocol(offeredProtocols('ocpp1.6, ocpp2.0.1'), ['ocpp2.0.1']), 'ocpp2.0.1');
  assert.equal(selectProtocol(offeredProtocols('ocpp2.1,ocpp2.0.1'), ['ocpp2.0.1', 'ocpp2.1']), 'ocpp2.1');
  assert.equal(selectProtocol(offeredProtocols('ocpp1.6'), ['ocpp2.0.1']), undefined);
  assert.equal(selectProtocol([], ['ocpp2.0.1']), undefined);
});

test('subprotocol: with the server preference, the first of its list the client offers; never one the client did not offer', () => {
  const server = ['ocpp2.1', 'ocpp2.0.1', 'ocpp1.6'];
  assert.equal(selectProtocol(offeredProtocols('ocpp1.6, ocpp2.0.1'), server, 'server'), 'ocpp2.0.1');
  assert.equal(selectProtocol(offeredProtocols('ocpp1.6, ocpp2.0.1'), server, 'client'), 'ocpp1.6');
  assert.equal(selectProtocol(offeredProtocols('ocpp1.6'), server, 'server'), 'ocpp1.6');
  assert.equal(selectProtocol(offeredProtocols('ocpp1.5, ocpp2.0'), server, 'server'), undefined);
});

test('Basic auth: user = identity, first colon splits, password is UTF-8 (TC_A_01_CSMS)', () => {
  const header = basicAuthHeader('CS001', 'pässword:with:colons-0123456789');
  assert.deepEqual(parseBasicAuth(header), { username: 'CS001', password: 'pässword:with:colons-0123456789' });
  assert.deepEqual(parseBasicAuth('basic ' + Buffer.from('a:').toString('base64')), { username: 'a', password: '' });
  assert.equal(parseBasicAuth(undefined), undefined);
  assert.equal(parseBasicAuth('Bearer abc'), undefined);
  assert.equal(parseBasicAuth('Basic ' + Buffer.from('nocolon').toString('base64')), undefined);
});
