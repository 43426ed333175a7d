import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MAX_IDENTITY_LENGTH,
  connectionUrl,
  identityFromRequestTarget,
  identityProblem,
} from '../../src/transport/identity.js';

test('identity is the percent-decoded last path segment (Part 4, 3.1.1)', () => {
  assert.deepEqual(identityFromRequestTarget('/webServices/ocpp/CS3211'), {
    ok: true,
    identity: 'CS3211',
    endpointPath: '/webServices/ocpp',
  });
  assert.deepEqual(identityFromRequestTarget('/ocppj/RDAM%20123?token=x'), {
    ok: true,
    identity: 'RDAM 123',
    endpointPath: '/ocppj',
  });
  assert.deepEqual(identityFromRequestTarget('/CS1'), { ok: true, identity: 'CS1', endpointPath: '/' });
});

test('identity of 48 characters is accepted, 49 refused', () => {
  const ok = 'A'.repeat(MAX_IDENTITY_LENGTH);
  assert.equal(identityFromRequestTarget(`/ocpp/${ok}`).ok, true);
  assert.equal(identityFromRequestTarget(`/ocpp/${ok}B`).ok, false);
  // Code points, not UTF-16 units: 48 astral characters are 48 characters.
  assert.equal(identityProblem('\u{1F600}'.repeat(48)), undefined);
});

test('unusable identities are refused', () => {
  // '.' and '..', raw or percent-encoded: URL resolution would drop them, so no URL could name the station.
  for (const target of ['/ocpp/', '/ocpp/a%3Ab', '/ocpp/%E0%A4%A', '/ocpp/a%2Fb', '/ocpp/a%0Ab', '/ocpp/..', '/ocpp/.', '/ocpp/%2E%2E', '/ocpp/%2e', undefined]) {
    const r = identityFromRequestTarget(target);
    assert.equal(r.ok, false, String(target));
  }
});

test('connectionUrl appends the encoded identity and keeps the query', () => {
  assert.equal(connectionUrl('ws://csms.example.com/ocpp', 'CS001'), 'ws://csms.example.com/ocpp/CS001');
  assert.equal(connectionUrl('wss://csms.example.com/ocppj/', 'RDAM 123'), 'wss://csms.example.com/ocppj/RDAM%20123');
  assert.equal(connectionUrl('ws://h:9000/ocpp?x=1', 'a#b'), 'ws://h:9000/ocpp/a%23b?x=1');
  assert.equal(connectionUrl('ws://h:9000', 'S1'), 'ws://h:9000/S1');
  assert.throws(() => connectionUrl('http://h/ocpp', 'S1'), TypeError);
  assert.throws(() => connectionUrl('ws://h/ocpp', 'a:b'), TypeError);
  assert.throws(() => connectionUrl('ws://h/ocpp', '..'), TypeError);
});

test('connectionUrl and identityFromRequestTarget round-trip', () => {
  for (const id of ['CS001', '...', '.a', 'RDAM 123', 'a*b-c_d=e+f|g@h.i', 'ü-station', '%41']) {
    const url = new URL(connectionUrl('ws://127.0.0.1/ocpp', id));
    const r = identityFromRequestTarget(url.pathname + url.search);
    assert.deepEqual(r, { ok: true, identity: id, endpointPath: '/ocpp' });
  }
});
