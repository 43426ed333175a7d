/**
 * The HttpGuard's contract, request by request (see src/cli/http/guard.ts):
 * Host, Origin, body type, token, in that order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage } from 'node:http';
import { hostname } from 'node:os';
import { apiToken, HttpGuard, isLoopbackHost, parseHostHeader } from '../../src/cli/http/guard.js';

interface Fake {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly local?: string;
  readonly remote?: string;
  readonly port?: number;
}

function req(f: Fake): IncomingMessage {
  return {
    method: f.method ?? 'GET',
    headers: Object.fromEntries(Object.entries(f.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    socket: { localAddress: f.local ?? '127.0.0.1', remoteAddress: f.remote ?? f.local ?? '127.0.0.1', localPort: f.port ?? 9001 },
  } as unknown as IncomingMessage;
}

function status(guard: HttpGuard, f: Fake): number {
  const v = guard.check(req(f));
  return v.ok ? 200 : v.status;
}

test('Host headers are parsed with their port; loopback is 127/8, ::1 and localhost', () => {
  assert.deepEqual(parseHostHeader('LocalHost:9001'), { host: 'localhost', port: 9001 });
  assert.deepEqual(parseHostHeader('[::1]:80'), { host: '::1', port: 80 });
  assert.deepEqual(parseHostHeader('10.0.0.2'), { host: '10.0.0.2', port: undefined });
  for (const bad of ['', 'a b', 'x:99999', 'user@host', 'h:p', '[::1']) assert.equal(parseHostHeader(bad), undefined, bad);
  for (const h of ['127.0.0.1', '127.9.9.9', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) assert.equal(isLoopbackHost(h), true, h);
  for (const h of ['0.0.0.0', '::', '10.0.0.1', 'localhost.evil.example', '128.0.0.1']) assert.equal(isLoopbackHost(h), false, h);
});

test('Host must name this server on the port the request came to', () => {
  const guard = new HttpGuard({ listenHost: '127.0.0.1' });
  assert.equal(status(guard, { headers: { Host: '127.0.0.1:9001' } }), 200);
  assert.equal(status(guard, { headers: { Host: 'localhost:9001' } }), 200);
  assert.equal(status(guard, { headers: { Host: 'localhost' } }), 200, 'a Host without a port');
  assert.equal(status(guard, { headers: { Host: 'evil.example:9001' } }), 403);
  assert.equal(status(guard, { headers: { Host: '127.0.0.1:9002' } }), 403);
  assert.equal(status(guard, { headers: {} }), 400);
  // A wildcard listener answers to the address a request came to and to the machine's name; a LAN peer needs the token.
  const wide = new HttpGuard({ listenHost: '0.0.0.0', token: 'tok', allowedHosts: ['CSMS.example.org'] });
  const auth = { Authorization: 'Bearer tok' };
  assert.equal(status(wide, { local: '10.1.2.3', remote: '10.1.2.9', headers: { Host: '10.1.2.3:9001', ...auth } }), 200);
  assert.equal(status(wide, { local: '10.1.2.3', remote: '10.1.2.9', headers: { Host: `${hostname()}:9001`, ...auth } }), 200);
  assert.equal(status(wide, { local: '10.1.2.3', remote: '10.1.2.9', headers: { Host: 'csms.example.org', ...auth } }), 200);
  assert.equal(status(wide, { local: '10.1.2.3', remote: '10.1.2.9', headers: { Host: 'localhost:9001', ...auth } }), 403, 'localhost only over loopback');
  assert.equal(status(wide, { local: '::ffff:10.1.2.3', remote: '10.1.2.9', headers: { Host: '10.1.2.3:9001', ...auth } }), 200, 'an IPv4-mapped local address');
});

test('Origin must be this origin; Sec-Fetch-Site must be same-origin or none', () => {
  const guard = new HttpGuard({ listenHost: '127.0.0.1' });
  const host = { Host: 'localhost:9001' };
  assert.equal(status(guard, { headers: { ...host, Origin: 'http://localhost:9001' } }), 200);
  assert.equal(status(guard, { headers: { ...host, Origin: 'http://127.0.0.1:9001' } }), 200);
  for (const origin of ['http://evil.example', 'null', 'http://localhost:3000', 'https://localhost:9001', 'http://localhost:9001/x', 'file://']) {
    assert.equal(status(guard, { headers: { ...host, Origin: origin } }), 403, origin);
  }
  assert.equal(status(guard, { headers: { ...host, 'Sec-Fetch-Site': 'same-origin' } }), 200);
  assert.equal(status(guard, { headers: { ...host, 'Sec-Fetch-Site': 'none' } }), 200);
  assert.equal(status(guard, { headers: { ...host, 'Sec-Fetch-Site': 'same-site' } }), 403);
  assert.equal(status(guard, { headers: { ...host, 'Sec-Fetch-Site': 'cross-site' } }), 403);
});

test('every method but GET and HEAD needs application/json', () => {
  const guard = new HttpGuard({ listenHost: '127.0.0.1' });
  const host = { Host: 'localhost:9001' };
  for (const type of ['application/json', 'Application/JSON; charset=utf-8']) assert.equal(status(guard, { method: 'POST', headers: { ...host, 'Content-Type': type } }), 200, type);
  for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json']) {
    const headers: Record<string, string> = type === undefined ? host : { ...host, 'Content-Type': type };
    assert.equal(status(guard, { method: 'POST', headers }), 415, String(type));
  }
  assert.equal(status(guard, { method: 'OPTIONS', headers: host }), 415);
  assert.equal(status(guard, { method: 'HEAD', headers: host }), 200);
});

test('the token: Bearer, constant-time compared, on every request; without one only loopback peers', () => {
  const guard = new HttpGuard({ listenHost: '127.0.0.1', token: 's3cret-token' });
  const host = { Host: 'localhost:9001' };
  assert.equal(status(guard, { headers: host }), 401);
  assert.equal(status(guard, { headers: { ...host, Authorization: 'Bearer s3cret-tokeN' } }), 401);
  assert.equal(status(guard, { headers: { ...host, Authorization: 'Bearer s3cret-token extra' } }), 401);
  assert.equal(status(guard, { headers: { ...host, Authorization: 'Bearer s3cret-token' } }), 200);
  const v = guard.check(req({ headers: host }));
  assert.ok(!v.ok && /^Bearer realm=/.test(v.headers['WWW-Authenticate'] ?? ''));
  // No token: a non-loopback peer is refused even if it got through to a loopback socket somehow.
  const open = new HttpGuard({ listenHost: '127.0.0.1' });
  assert.equal(status(open, { remote: '10.0.0.7', headers: host }), 403);
  assert.equal(apiToken('flag', { OCPP_API_TOKEN: 'env' }), 'flag');
  assert.equal(apiToken(undefined, { OCPP_API_TOKEN: 'env' }), 'env');
  assert.equal(apiToken(undefined, { OCPP_API_TOKEN: '' }), undefined);
  assert.equal(apiToken(undefined, {}), undefined);
});
