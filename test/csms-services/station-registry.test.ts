/**
 * The station registry on a real CsmsServer and real sockets: passwords
 * changed at run time (A01; TC_A_09_CSMS, TC_A_10_CSMS), the security
 * profile raised (A05; TC_A_19_CSMS), unknown stations refused, and a
 * station that reconnects without booting after a CSMS restart served.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsmsServer, type CsmsServerOptions } from '../../src/transport/index.js';
import {
  passwordFromChangeConfiguration,
  passwordFromSetVariables,
  profileFromChangeConfiguration,
  profileFromSetNetworkProfile,
} from '../../src/cli/csms/services/credential-changes.js';
import { StationEntryError, StationRegistry } from '../../src/cli/csms/services/station-registry.js';
import { hasOpenssl, makeTestPki } from '../support/certs.js';
import { connect, opened, refusedWith } from './raw-station.js';

const boot = { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } };

async function serve(registry: StationRegistry, options: CsmsServerOptions = {}): Promise<{ server: CsmsServer; url: string }> {
  const server = new CsmsServer({ pingIntervalMs: 0, securityProfile: 1, authenticate: registry.authenticate, ...options });
  registry.attach(server);
  server.handle('2.0.1', 'BootNotification', async (_req, ctx) => {
    await registry.registered(ctx.identity, 'Accepted');
    return { status: 'Accepted', interval: 300, currentTime: new Date().toISOString() };
  });
  server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: new Date().toISOString() }));
  const { port } = await server.listen(0, '127.0.0.1');
  return { server, url: `${options.tls !== undefined ? 'wss' : 'ws'}://127.0.0.1:${port}/ocpp` };
}

const setPassword = (password: string) => ({
  setVariableData: [{ component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' }, attributeValue: password }],
});

/** The station answers the SetVariables of BasicAuthPassword with `status`. */
const answering = (status: string) => (action: string, payload: unknown) => {
  assert.equal(action, 'SetVariables');
  const data = (payload as ReturnType<typeof setPassword>).setVariableData;
  return { setVariableResult: data.map((d) => ({ component: d.component, variable: d.variable, attributeStatus: status })) };
};

for (const [outcome, caseId] of [['Accepted', 'TC_A_09_CSMS'], ['Rejected', 'TC_A_10_CSMS'], ['RebootRequired', 'A01 after a reboot']] as const) {
  test(`${caseId}: the station answers SetVariables BasicAuthPassword ${outcome}; the registry admits what the station will use`, async () => {
    const registry = new StationRegistry();
    await registry.add({ identity: 'CS1', password: 'old-password-0001', securityProfile: 1 });
    const { server, url } = await serve(registry);
    try {
      const station = opened(await connect(url, { identity: 'CS1', password: 'old-password-0001', answer: answering(outcome) }));
      await station.call('BootNotification', boot);
      const request = setPassword('new-password-0002');
      const response = await server.station('CS1', '2.0.1')!.call('SetVariables', request);
      const change = passwordFromSetVariables(request, response);
      assert.deepEqual(change, { password: 'new-password-0002', outcome });
      await registry.passwordChanged('CS1', change!);
      await station.close();

      const withOld = () => connect(url, { identity: 'CS1', password: 'old-password-0001' });
      const withNew = () => connect(url, { identity: 'CS1', password: 'new-password-0002' });
      if (outcome === 'Accepted') {
        // A01.FR.03: the old credentials are no longer accepted.
        assert.equal(refusedWith(await withOld()), 401);
        await opened(await withNew()).close();
      } else if (outcome === 'Rejected') {
        assert.equal(refusedWith(await withNew()), 401);
        await opened(await withOld()).close();
      } else {
        // Until the station has rebooted and used the new password, the old one still works.
        await opened(await withOld()).close();
        await opened(await withNew()).close();
        assert.equal(refusedWith(await withOld()), 401, 'the old password ends once the new one was used');
      }
    } finally {
      await server.close(1000);
    }
  });
}

test('1.6 (security whitepaper A01, A05): ChangeConfiguration of AuthorizationKey and SecurityProfile read as changes', async () => {
  assert.deepEqual(passwordFromChangeConfiguration({ request: { key: 'AuthorizationKey', value: 'abcdef0123456789' }, response: { status: 'Accepted' } }), {
    password: 'abcdef0123456789',
    outcome: 'Accepted',
  });
  assert.equal(passwordFromChangeConfiguration({ request: { key: 'HeartbeatInterval', value: '5' }, response: { status: 'Accepted' } }), undefined);
  assert.deepEqual(passwordFromChangeConfiguration({ request: { key: 'AuthorizationKey', value: 'x' }, response: { status: 'NotSupported' } })?.outcome, 'Rejected');
  assert.deepEqual(profileFromChangeConfiguration({ request: { key: 'SecurityProfile', value: '2' }, response: { status: 'Accepted' } }), { securityProfile: 2, outcome: 'Accepted' });
  assert.equal(profileFromChangeConfiguration({ request: { key: 'SecurityProfile', value: 'two' }, response: { status: 'Accepted' } }), undefined);
  // A SetVariables without the password, or whose result for it is missing.
  assert.equal(passwordFromSetVariables({ setVariableData: [] }, { setVariableResult: [] }), undefined);
  assert.equal(passwordFromSetVariables(setPassword('p'), { setVariableResult: [] })?.outcome, 'Rejected');
});

test('unknown stations are refused with 404 unless admitted; bad entries are refused with a reason', async () => {
  const closed = new StationRegistry();
  const open = new StationRegistry({ admitUnknown: true, defaultPassword: 'shared-password-01' });
  for (const [registry, expected] of [[closed, 404], [open, 'open']] as const) {
    const { server, url } = await serve(registry);
    try {
      assert.equal(refusedWith(await connect(url, { identity: 'NEW1', password: 'shared-password-01' })), expected);
      if (registry === open) assert.equal(refusedWith(await connect(url, { identity: 'NEW2', password: 'wrong' })), 401);
    } finally {
      await server.close(1000);
    }
  }
  assert.deepEqual(await open.get('NEW1'), { identity: 'NEW1' }, 'an admitted station is added');
  for (const entry of [{ identity: 'a:b' }, { identity: 'x'.repeat(49) }, { identity: 'A', securityProfile: 4 }, { identity: 'A', password: '' }, { identity: 'A', registration: 'Maybe' }]) {
    await assert.rejects(closed.add(entry as never), StationEntryError);
  }
  await closed.add({ identity: 'A' });
  await assert.rejects(closed.add({ identity: 'A' }), /exists already/);
  await assert.rejects(closed.change('B', {}), /no station B/);
});

test('a station pre-registered, or registered before a CSMS restart, is served without booting again', async () => {
  const registry = new StationRegistry();
  await registry.add({ identity: 'PRE', password: 'pre-password-0001', registration: 'Accepted' });
  await registry.add({ identity: 'CS2', password: 'cs2-password-0001' });
  const first = await serve(registry);
  try {
    const station = opened(await connect(first.url, { identity: 'PRE', password: 'pre-password-0001' }));
    assert.ok(await station.call('Heartbeat', {}), 'served with no BootNotification');
    await station.close();
    const cs2 = opened(await connect(first.url, { identity: 'CS2', password: 'cs2-password-0001' }));
    await assert.rejects(cs2.call('Heartbeat', {}), /SecurityError/, 'before its boot, B02.FR.09 holds');
    await cs2.call('BootNotification', boot);
    await cs2.close();
  } finally {
    await first.server.close(1000);
  }
  assert.equal((await registry.get('CS2'))?.registration, 'Accepted');
  // A new server (the CSMS restarted) with the same registry.
  const second = await serve(registry);
  try {
    const cs2 = opened(await connect(second.url, { identity: 'CS2', password: 'cs2-password-0001' }));
    assert.ok(await cs2.call('Heartbeat', {}));
    await cs2.close();
  } finally {
    await second.server.close(1000);
  }
  // Without the registry attached, the same reconnect is refused until the station boots.
  const bare = new CsmsServer({ pingIntervalMs: 0, securityProfile: 1, authenticate: registry.authenticate });
  bare.handle('2.0.1', 'Heartbeat', () => ({ currentTime: new Date().toISOString() }));
  const { port } = await bare.listen(0, '127.0.0.1');
  try {
    const cs2 = opened(await connect(`ws://127.0.0.1:${port}/ocpp`, { identity: 'CS2', password: 'cs2-password-0001' }));
    await assert.rejects(cs2.call('Heartbeat', {}), /SecurityError/);
    await cs2.close();
  } finally {
    await bare.close(1000);
  }
});

test('TC_A_19_CSMS (A05): after the station accepted profile 3 and connected with it, profile 2 is refused', { skip: !hasOpenssl() && 'openssl is not installed' }, async () => {
  const pki = makeTestPki();
  const registry = new StationRegistry();
  await registry.add({ identity: 'CS3', password: 'cs3-password-0001', securityProfile: 2 });
  const tls = { cert: pki.server.cert, key: pki.server.key, ca: pki.ca, requestCert: true, rejectUnauthorized: false };
  const { server, url } = await serve(registry, { securityProfile: 2, tls });
  const trust = { ca: pki.ca };
  try {
    const station = opened(await connect(url, { identity: 'CS3', password: 'cs3-password-0001', tls: trust }));
    await station.call('BootNotification', boot);
    const request = { configurationSlot: 1, connectionData: { ocppVersion: 'OCPP20', ocppTransport: 'JSON', ocppCsmsUrl: url, messageTimeout: 30, securityProfile: 3, ocppInterface: 'Wired0' } };
    await registry.profileChanged('CS3', profileFromSetNetworkProfile(request, { status: 'Accepted' }));
    await station.close();
    // Until it has connected with profile 3, profile 2 still works (the station may not have switched yet).
    await opened(await connect(url, { identity: 'CS3', password: 'cs3-password-0001', tls: trust })).close();
    const client = pki.client('CS3');
    await opened(await connect(url, { identity: 'CS3', tls: { ...trust, cert: client.cert, key: client.key } })).close();
    assert.equal((await registry.get('CS3'))?.securityProfile, 3);
    assert.equal(refusedWith(await connect(url, { identity: 'CS3', password: 'cs3-password-0001', tls: trust })), 401);
    // A lower profile offered later changes nothing.
    await registry.profileChanged('CS3', { securityProfile: 1, outcome: 'Accepted' });
    assert.equal((await registry.get('CS3'))?.pendingSecurityProfile, undefined);
  } finally {
    await server.close(1000);
    pki.cleanup();
  }
});
