/**
 * Issue "hardening", item 3: a `--stations` line without a password must not
 * turn Basic auth off for that station at security profiles 1 and 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingPasswords, readStationList } from '../../src/cli/commands/csms.js';
import { startCsms, type CsmsRunOptions } from '../../src/cli/csms/server.js';
import { basicAuthHeader } from '../../src/transport/handshake.js';
import { attempt } from '../transport/helpers.js';

const quiet: Omit<CsmsRunOptions, 'securityProfile'> = { host: '127.0.0.1', port: 0, state: {}, validation: 'strict', callTimeoutMs: 5000, onFrame: () => undefined, pingIntervalMs: 0 };

function listFile(text: string): { path: string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ocpp-stations-'));
  const path = join(dir, 'stations.txt');
  writeFileSync(path, text);
  return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('the station list: identities are checked, passwords kept, bad lines named with their number', async () => {
  const good = listFile('# allowed\nA:pw-a\nB   # uses --password\n');
  try {
    assert.deepEqual([...(await readStationList(good.path))], [['A', 'pw-a'], ['B', undefined]]);
  } finally {
    good.done();
  }
  for (const [text, message] of [
    ['A:x\nA:y\n', /line 2: A is listed twice/],
    ['A:\n', /line 1: A has an empty password/],
    ['ok\n..\n', /line 2: "\.\." cannot be a station identity/],
    [`${'x'.repeat(49)}:pw\n`, /longer than 48/],
  ] as const) {
    const f = listFile(text);
    try {
      await assert.rejects(readStationList(f.path), message);
    } finally {
      f.done();
    }
  }
});

test('profiles 1 and 2: a station without a password in the list or --password refuses the start', async () => {
  const list = new Map<string, string | undefined>([
    ['A', 'pw-a'],
    ['B', undefined],
  ]);
  assert.deepEqual(missingPasswords(list, undefined), ['B']);
  assert.deepEqual(missingPasswords(list, 'shared'), []);
  await assert.rejects(startCsms({ ...quiet, securityProfile: 1, stations: list }), /security profile 1 needs a password for every station/);
  await assert.rejects(startCsms({ ...quiet, securityProfile: 1 }), /needs a password/);
});

test('profile 1: the line without a password uses --password; any other password is refused (401)', async () => {
  const list = new Map<string, string | undefined>([
    ['A', 'pw-a'],
    ['B', undefined],
  ]);
  const csms = await startCsms({ ...quiet, securityProfile: 1, stations: list, password: 'shared-pw' });
  const url = `ws://127.0.0.1:${csms.address.port}/ocpp`;
  const connect = (id: string, password: string) => attempt(`${url}/${id}`, 'ocpp2.0.1', { headers: { Authorization: basicAuthHeader(id, password) } });
  try {
    // The attack: B, listed without a password, used to get in with any password.
    assert.equal((await connect('B', 'anything')).status, 401);
    assert.equal((await connect('B', 'pw-a')).status, 401);
    assert.equal((await connect('A', 'shared-pw')).status, 401, "A's own password wins over --password");
    const b = await connect('B', 'shared-pw');
    assert.ok(b.ws, 'B with --password');
    b.ws.close();
    const a = await connect('A', 'pw-a');
    assert.ok(a.ws, 'A with its own password');
    a.ws.close();
  } finally {
    await csms.close();
  }
});
