/**
 * Tokens with status, expiry, group and master pass (C01, C09, C16; Part 6
 * TC_C_39_CSMS, TC_C_47_CSMS..TC_C_49_CSMS and the cases between them that
 * vary status and expiry), and the answers each version's validator accepts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v16 from '../../src/v16/index.js';
import * as v201 from '../../src/v201/index.js';
import * as v21 from '../../src/v21/index.js';
import { idTagInfo16, idTokenInfo201, idTokenInfo21 } from '../../src/cli/csms/services/token-info.js';
import { TokenRecordError, TokenService, type TokenDecision } from '../../src/cli/csms/services/tokens.js';

const T0 = Date.parse('2025-01-01T12:00:00Z');

function service(now = T0, masterPassGroupId?: string): TokenService {
  return new TokenService({ now: () => now, ...(masterPassGroupId !== undefined && { masterPassGroupId }) });
}

/** Each version's Authorize response carrying the decision must validate. */
function assertValidEverywhere(d: TokenDecision): void {
  const r201 = v201.validate('Authorize', 'response', { idTokenInfo: idTokenInfo201(d) });
  assert.ok(r201?.ok, JSON.stringify(r201));
  const r21 = v21.validate('Authorize', 'response', { idTokenInfo: idTokenInfo21(d) });
  assert.ok(r21?.ok, JSON.stringify(r21));
  const r16 = v16.validate('Authorize', 'response', { idTagInfo: idTagInfo16(d) });
  assert.ok(r16?.ok, JSON.stringify(r16));
}

test('C01: a stored token answers its status, an unknown one Unknown (1.6: Invalid)', async () => {
  const tokens = service();
  await tokens.create({ idToken: 'OK1', status: 'Accepted' });
  await tokens.create({ idToken: 'BLOCKED1', status: 'Blocked' });
  const ok = await tokens.authorize('OK1', 'ISO14443');
  assert.equal(ok.status, 'Accepted');
  assert.deepEqual(idTokenInfo201(ok), { status: 'Accepted' });
  assert.equal((await tokens.authorize('BLOCKED1')).status, 'Blocked');
  const unknown = await tokens.authorize('NOPE', 'ISO14443');
  assert.equal(unknown.status, 'Unknown');
  assert.equal(unknown.known, false);
  assert.deepEqual(idTagInfo16(unknown), { status: 'Invalid' });
  for (const d of [ok, unknown]) assertValidEverywhere(d);
});

test('a token stored with a type does not match another type; NoAuthorization is always Accepted', async () => {
  const tokens = service();
  await tokens.create({ idToken: 'A', type: 'ISO14443', status: 'Accepted' });
  assert.equal((await tokens.authorize('A', 'ISO14443')).status, 'Accepted');
  assert.equal((await tokens.authorize('A', 'KeyCode')).status, 'Unknown');
  assert.equal((await tokens.authorize('A')).status, 'Accepted', '1.6 has no type: the value alone matches');
  assert.equal((await tokens.authorize('', 'NoAuthorization')).status, 'Accepted');
});

test('expiry: before it the token is Accepted with cacheExpiryDateTime / expiryDate, after it Expired', async () => {
  const expiresAt = new Date(T0 + 3600_000).toISOString();
  const before = service(T0);
  await before.create({ idToken: 'EXP', status: 'Accepted', expiresAt });
  const d = await before.authorize('EXP');
  assert.equal(d.status, 'Accepted');
  assert.equal(idTokenInfo201(d).cacheExpiryDateTime, expiresAt);
  assert.equal(idTagInfo16(d).expiryDate, expiresAt);
  assertValidEverywhere(d);

  const after = service(T0 + 3600_000, undefined);
  await after.create({ idToken: 'EXP', status: 'Accepted', expiresAt });
  const late = await after.authorize('EXP');
  assert.equal(late.status, 'Expired');
  assert.equal(idTokenInfo201(late).cacheExpiryDateTime, undefined, 'no expiry sent for an expired token');
  assert.deepEqual(idTagInfo16(late), { status: 'Expired' });
});

test('TC_C_39_CSMS (C09): two tokens of one group both answer with groupIdToken; either may stop the other\'s transaction', async () => {
  const tokens = service();
  await tokens.create({ idToken: 'DRIVER1', status: 'Accepted', groupId: 'FAMILY' });
  await tokens.create({ idToken: 'DRIVER2', status: 'Accepted', groupId: 'FAMILY', groupType: 'Local' });
  await tokens.create({ idToken: 'STRANGER', status: 'Accepted', groupId: 'OTHER' });
  const one = await tokens.authorize('DRIVER1');
  const two = await tokens.authorize('DRIVER2');
  assert.deepEqual(idTokenInfo201(one).groupIdToken, { idToken: 'FAMILY', type: 'Central' });
  assert.deepEqual(idTokenInfo201(two).groupIdToken, { idToken: 'FAMILY', type: 'Local' });
  assert.equal(idTagInfo16(two).parentIdTag, 'FAMILY');
  assertValidEverywhere(two);
  assert.equal(await tokens.mayStop('DRIVER1', 'DRIVER2'), true);
  assert.equal(await tokens.mayStop('DRIVER1', 'STRANGER'), false);
  assert.equal(await tokens.mayStop('DRIVER1', 'DRIVER1'), true);
});

test('TC_C_47_CSMS..TC_C_49_CSMS (C16): a master pass answers Accepted with the MasterPassGroupId and may stop any transaction', async () => {
  const tokens = service(T0, 'MASTERPASS');
  await tokens.create({ idToken: 'POLICE', status: 'Accepted', groupId: 'MASTERPASS' });
  await tokens.create({ idToken: 'DRIVER1', status: 'Accepted' });
  const d = await tokens.authorize('POLICE', 'ISO14443');
  assert.equal(d.masterPass, true);
  assert.equal(d.status, 'Accepted');
  assert.deepEqual(idTokenInfo201(d).groupIdToken, { idToken: 'MASTERPASS', type: 'Central' });
  assert.equal(await tokens.mayStop('DRIVER1', 'POLICE'), true);
  assert.equal((await tokens.authorize('DRIVER1')).masterPass, false);
});

test('create, change, delete through the service; bad records are refused with a reason', async () => {
  const tokens = service();
  await tokens.create({ idToken: 'X', status: 'Accepted', groupId: 'G' });
  await assert.rejects(tokens.create({ idToken: 'X', status: 'Blocked' }), /exists already/);
  const changed = await tokens.change('X', { status: 'Blocked', groupId: undefined });
  assert.deepEqual(changed, { idToken: 'X', status: 'Blocked' });
  assert.equal((await tokens.authorize('X')).status, 'Blocked');
  await assert.rejects(tokens.change('Y', { status: 'Accepted' }), /no idToken Y/);
  assert.equal(await tokens.delete('X'), true);
  assert.equal(await tokens.delete('X'), false);
  assert.equal((await tokens.authorize('X')).status, 'Unknown');
  const bad: [Record<string, unknown>, RegExp][] = [
    [{ idToken: '', status: 'Accepted' }, /1 to 255/],
    [{ idToken: 'a'.repeat(256), status: 'Accepted' }, /1 to 255/],
    [{ idToken: 'B', status: 'Fine' }, /status must be one of/],
    [{ idToken: 'B', status: 'Accepted', expiresAt: 'tomorrow' }, /RFC 3339/],
    [{ idToken: 'B', status: 'Accepted', groupType: 'Central' }, /needs a groupId/],
    [{ idToken: 'B', status: 'Accepted', evseIds: [0] }, /evseIds/],
    [{ idToken: 'B', status: 'Accepted', chargingPriority: 10 }, /chargingPriority/],
    [{ idToken: 'B', status: 'Accepted', personalMessage: { format: 'PDF', content: 'x' } }, /personalMessage/],
  ];
  for (const [record, why] of bad) {
    await assert.rejects(tokens.create(record as never), (err: unknown) => err instanceof TokenRecordError && why.test(err.message));
  }
  assert.deepEqual(await tokens.list(), []);
});

test('every status and field of a full record spells valid 2.0.1, 2.1 and 1.6 answers', async () => {
  const tokens = service();
  for (const status of ['Accepted', 'Blocked', 'Expired', 'Invalid', 'ConcurrentTx', 'NoCredit', 'NotAllowedTypeEVSE', 'NotAtThisLocation', 'NotAtThisTime', 'Unknown'] as const) {
    await tokens.create({
      idToken: `T-${status}`,
      status,
      expiresAt: '2030-01-01T00:00:00Z',
      groupId: 'G1',
      evseIds: [1, 2],
      chargingPriority: 3,
      language: 'en',
      personalMessage: { format: 'UTF8', content: 'Hello', language: 'en' },
    });
    const d = await tokens.authorize(`T-${status}`);
    assert.equal(d.status, status);
    assertValidEverywhere(d);
  }
  // A group longer than 1.6's 20 characters is left out of idTagInfo rather than sent invalid.
  await tokens.create({ idToken: 'LONGGROUP', status: 'Accepted', groupId: 'G'.repeat(30) });
  const d = await tokens.authorize('LONGGROUP');
  assert.equal(idTagInfo16(d).parentIdTag, undefined);
  assertValidEverywhere(d);
});

test('unknownStatus Accepted accepts every token (the test CSMS without a list)', async () => {
  const tokens = new TokenService({ unknownStatus: 'Accepted' });
  assert.equal((await tokens.authorize('ANY')).status, 'Accepted');
});
