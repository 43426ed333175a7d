/**
 * The CSMS registration store on memory and SQLite: stations (registration
 * state, password hash, boot data), idTokens, transactions and meter data;
 * for SQLite, all of it still known after the store is opened again (a
 * restarted CSMS knows its stations). Passwords are kept as scrypt hashes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from '../../src/durable/csms/password.js';
import type { CsmsStore, StationRecord } from '../../src/durable/csms/records.js';
import { StoreClosedError } from '../../src/durable/errors.js';
import { csmsStoreKinds } from './support.js';

const station = (identity: string, extra: Partial<StationRecord> = {}): StationRecord => ({
  identity,
  registration: 'Accepted',
  protocol: 'ocpp2.0.1',
  securityProfile: 1,
  boot: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } },
  boots: 1,
  firstSeen: '2024-05-01T12:00:00.000Z',
  lastSeen: '2024-05-01T12:05:00.000Z',
  lastBoot: '2024-05-01T12:00:00.000Z',
  ...extra,
});

async function fill(store: CsmsStore): Promise<void> {
  await store.saveStation(station('CS1', { passwordHash: 'scrypt$1$1$1$x$y' }));
  await store.saveStation(station('CS2', { registration: 'Pending', protocol: 'ocpp1.6' }));
  await store.saveIdToken({ idToken: 'TAG1', type: '', status: 'Accepted' });
  await store.saveIdToken({ idToken: 'ABC', type: 'ISO14443', status: 'Blocked', groupIdToken: 'G1', expiryDate: '2030-01-01T00:00:00Z' });
  await store.addMeterValues([{ stationId: 'CS1', evseId: 0, timestamp: '2024-05-01T12:00:00Z', sampledValue: [{ value: 42 }] }]);
}

for (const makeKind of csmsStoreKinds) {
  const kindName = makeKind().name;

  test(`${kindName}: stations, idTokens and meter data are kept, replaced and deleted`, async () => {
    const kind = makeKind();
    const store = kind.open();
    try {
      await fill(store);
      assert.deepEqual(await store.station('CS1'), station('CS1', { passwordHash: 'scrypt$1$1$1$x$y' }));
      assert.deepEqual((await store.stations()).map((s) => [s.identity, s.registration]), [
        ['CS1', 'Accepted'],
        ['CS2', 'Pending'],
      ]);
      await store.saveStation(station('CS2', { registration: 'Accepted', boots: 2 }));
      assert.equal((await store.station('CS2'))?.boots, 2);
      assert.equal(await store.deleteStation('CS2'), true);
      assert.equal(await store.deleteStation('CS2'), false);
      assert.equal(await store.station('CS2'), undefined);

      assert.deepEqual(await store.idToken('TAG1'), { idToken: 'TAG1', type: '', status: 'Accepted' });
      assert.equal(await store.idToken('ABC'), undefined, 'a 2.x idToken is found with its type');
      assert.equal((await store.idToken('ABC', 'ISO14443'))?.groupIdToken, 'G1');
      assert.equal((await store.idTokens()).length, 2);
      assert.equal(await store.deleteIdToken('TAG1'), true);
      assert.equal((await store.idTokens()).length, 1);

      assert.deepEqual(await store.meterValues('CS1'), [{ stationId: 'CS1', evseId: 0, timestamp: '2024-05-01T12:00:00Z', sampledValue: [{ value: 42 }] }]);
      assert.deepEqual(await store.meterValues('CS1', 'T1'), []);
    } finally {
      await store.close();
      kind.done();
    }
  });

  test(`${kindName}: a closed store refuses reads and writes`, async () => {
    const kind = makeKind();
    const store = kind.open();
    await store.close();
    await assert.rejects(store.station('CS1'), StoreClosedError);
    await assert.rejects(store.saveStation(station('CS1')), StoreClosedError);
    kind.done();
  });

  if (makeKind().persistent) {
    test(`${kindName}: a restarted CSMS knows its stations, their registration and passwords, and the idTokens`, async () => {
      const kind = makeKind();
      try {
        let store = kind.open();
        await fill(store);
        await store.close();
        store = kind.open();
        assert.equal((await store.station('CS1'))?.registration, 'Accepted');
        assert.equal((await store.station('CS1'))?.passwordHash, 'scrypt$1$1$1$x$y');
        assert.deepEqual((await store.station('CS2'))?.boot, station('CS2').boot);
        assert.equal((await store.idToken('ABC', 'ISO14443'))?.status, 'Blocked');
        assert.equal((await store.meterValues('CS1')).length, 1);
        await store.close();
      } finally {
        kind.done();
      }
    });
  }
}

test('passwords are kept as salted scrypt hashes and checked in constant time', async () => {
  const stored = await hashPassword('s3cret-Passw0rd');
  assert.match(stored, /^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  assert.ok(!stored.includes('s3cret'));
  assert.notEqual(await hashPassword('s3cret-Passw0rd'), stored, 'a new salt each time');
  assert.equal(await verifyPassword('s3cret-Passw0rd', stored), true);
  assert.equal(await verifyPassword('s3cret-passw0rd', stored), false);
  assert.equal(await verifyPassword('', stored), false);
  for (const bad of ['', 'plain', 'scrypt$16384$8$1$$', 'scrypt$99999999$8$1$c2FsdA$aGFzaA', `scrypt$3$8$1$${stored.split('$')[4]}$${stored.split('$')[5]}`, 'bcrypt$1$2$3$4$5', stored.slice(0, -2)]) {
    assert.equal(await verifyPassword('s3cret-Passw0rd', bad), false, bad);
  }
});
