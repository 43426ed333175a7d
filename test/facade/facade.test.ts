/**
 * The facade's rules one by one, on its version handlers directly (the pure
 * form a `Csms` behaviour outside a server uses): transaction messages
 * through the station's tracker (1.6 ids from the CSMS, one allocator for
 * every station; a duplicate answered again and flagged), a 1.6 MeterValues
 * naming a transaction read as that transaction's event, the default
 * answers, losses reported as events (or refused in strict mode), the
 * version handlers beneath taking over, and the errors of commands.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NeutralCsms, planCommand, type NeutralCsmsOptions, UnknownStationError, type StationRef, type TransactionContext } from '../../src/facade/index.js';
import { ConversionError, type Loss, type TransactionEvent } from '../../src/neutral/index.js';
import { NotSupportedError } from '../../src/rpc/errors.js';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';

const ctx = (identity: string) => ({ identity }) as never;
type Table = Record<string, (payload: unknown, context: never) => unknown>;

function facade(options: NeutralCsmsOptions = {}): NeutralCsms {
  return new NeutralCsms({ server: { noServer: true, pingIntervalMs: 0 }, ...options });
}

const start16 = { connectorId: 1, idTag: 'TAG-1', meterStart: 100, timestamp: '2026-01-01T10:00:00Z' };
const started2x = {
  eventType: 'Started',
  timestamp: '2026-01-01T10:00:00Z',
  triggerReason: 'Authorized',
  seqNo: 0,
  transactionInfo: { transactionId: 'T-1' },
  evse: { id: 1, connectorId: 1 },
  idToken: { idToken: 'TAG-1', type: 'ISO14443' },
};

test('1.6 StartTransaction: the CSMS numbers it (one allocator for every station); a retried one gets the same id and is flagged as a duplicate (1.6 section 3.7.1)', async () => {
  const f = facade();
  const seen: [string, string, boolean][] = [];
  f.onTransaction((e: TransactionEvent, c: TransactionContext) => {
    seen.push([c.identity, `${e.eventType} ${c.record.id}`, c.duplicate]);
    return { idTokenInfo: { status: 'Accepted' } };
  });
  const h = f.handlersFor('1.6') as unknown as Table;
  assert.deepEqual(await h['StartTransaction']!(start16, ctx('A')), { idTagInfo: { status: 'Accepted' }, transactionId: 1 });
  assert.deepEqual(await h['StartTransaction']!({ ...start16, meterStart: 7 }, ctx('B')), { idTagInfo: { status: 'Accepted' }, transactionId: 2 });
  assert.deepEqual(await h['StartTransaction']!(start16, ctx('A')), { idTagInfo: { status: 'Accepted' }, transactionId: 1 });
  assert.deepEqual(seen, [
    ['A', 'Started 1', false],
    ['B', 'Started 2', false],
    ['A', 'Started 1', true],
  ]);
  assert.deepEqual(f.transactions().map((t) => [t.identity, t.record.id, t.record.seqNos]), [['A', '1', [0]], ['B', '2', [0]]]);
});

test('a 2.x TransactionEvent sent twice (same transactionId and seqNo) is answered again and flagged, the record unchanged (E08)', () => {
  const f = facade();
  const flags: boolean[] = [];
  let events = 0;
  f.on('transaction', () => events++);
  f.onTransaction((_e, c) => (flags.push(c.duplicate), {}));
  const h = f.handlersFor('2.0.1') as unknown as Table;
  assert.deepEqual(h['TransactionEvent']!(started2x, ctx('S')), {});
  const before = f.transaction('S', 'T-1');
  assert.deepEqual(h['TransactionEvent']!(started2x, ctx('S')), {});
  assert.deepEqual(flags, [false, true]);
  assert.equal(events, 2);
  assert.deepEqual(f.transaction('S', 'T-1'), before);
});

test('1.6 MeterValues naming a transaction is that transaction\'s Updated event; without one it is a meter report', async () => {
  const f = facade();
  const log: string[] = [];
  f.onTransaction((e) => (log.push(`transaction ${e.eventType} ${e.transaction.id}`), {}));
  f.onMeterValues((r) => void log.push(`meterValues ${r.evseId}`));
  const h = f.handlersFor('1.6') as unknown as Table;
  const { transactionId } = (await h['StartTransaction']!(start16, ctx('A'))) as { transactionId: number };
  const reading = [{ timestamp: '2026-01-01T10:15:00Z', sampledValue: [{ value: '600' }] }];
  assert.deepEqual(h['MeterValues']!({ connectorId: 1, transactionId, meterValue: reading }, ctx('A')), {});
  assert.deepEqual(h['MeterValues']!({ connectorId: 0, meterValue: reading }, ctx('A')), {});
  assert.deepEqual(log, ['transaction Started 1', 'transaction Updated 1', 'meterValues 0']);
  assert.equal(f.transaction('A', '1')!.energyWh, 500);
  // The connector's status is the charging state of the transaction on it.
  h['StatusNotification']!({ connectorId: 1, errorCode: 'NoError', status: 'SuspendedEV' }, ctx('A'));
  assert.equal(f.transaction('A', '1')!.chargingState, 'SuspendedEV');
});

test('default answers: boot and authorize are NotSupported without a handler; heartbeat the time; data transfer UnknownVendorId; a transaction\'s idToken goes to the authorize handler', async () => {
  const f = facade();
  const h = f.handlersFor('2.1') as unknown as Table;
  assert.throws(() => h['BootNotification']!({ reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }, ctx('S')), NotSupportedError);
  assert.throws(() => h['Authorize']!({ idToken: { idToken: 'X', type: 'Central' } }, ctx('S')), NotSupportedError);
  assert.ok(!Number.isNaN(Date.parse((h['Heartbeat']!({}, ctx('S')) as { currentTime: string }).currentTime)));
  assert.deepEqual(h['DataTransfer']!({ vendorId: 'acme' }, ctx('S')), { status: 'UnknownVendorId' });
  assert.deepEqual(h['StatusNotification']!({ timestamp: '2026-01-01T10:00:00Z', connectorStatus: 'Available', evseId: 1, connectorId: 1 }, ctx('S')), {});
  assert.deepEqual(h['TransactionEvent']!(started2x, ctx('S')), {});
  const asked: string[] = [];
  f.onAuthorize(async ({ idToken }, s: StationRef) => {
    asked.push(`${s.identity} ${s.version} ${idToken.id}`);
    return { idTokenInfo: { status: 'Blocked' } };
  });
  assert.deepEqual(await h['TransactionEvent']!({ ...started2x, transactionInfo: { transactionId: 'T-2' } }, ctx('S')), { idTokenInfo: { status: 'Blocked' } });
  assert.deepEqual(asked, ['S 2.1 TAG-1']);
  assert.throws(() => f.onBoot(undefined as never), TypeError);
});

test('what a version cannot carry is reported as a loss event of the station; strictConversion refuses it instead', async () => {
  const answer = { idTokenInfo: { status: 'Accepted' as const, personalMessage: { format: 'UTF8' as const, content: 'Hello' } } };
  const lenient = facade();
  const losses: string[] = [];
  lenient.on('loss', (s: StationRef, l: Loss) => losses.push(`${s.identity} ${s.version} ${l.rule} ${l.field}`));
  lenient.onAuthorize(() => answer);
  assert.deepEqual(lenient.handlersFor('1.6')['Authorize']!({ idTag: 'T' } as never, ctx('CP')), { idTagInfo: { status: 'Accepted' } });
  assert.equal(losses.length, 1);
  assert.match(losses[0]!, /^CP 1\.6 \S+ idTokenInfo\.personalMessage$/);
  const strict = facade({ strictConversion: true });
  strict.onAuthorize(() => answer);
  assert.throws(() => strict.handlersFor('1.6')['Authorize']!({ idTag: 'T' } as never, ctx('CP')), ConversionError);
});

test('a version handler registered on the server afterwards replaces the facade\'s for that action and version only', async () => {
  const f = new NeutralCsms({ server: { pingIntervalMs: 0 } });
  f.onBoot(() => ({ status: 'Accepted', currentTime: new Date().toISOString(), interval: 300 }));
  f.server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: '2000-01-01T00:00:00Z' }));
  const { port } = await f.listen(0, '127.0.0.1');
  const url = `ws://127.0.0.1:${port}/ocpp`;
  const boot = { reason: 'PowerUp' as const, chargingStation: { model: 'M', vendorName: 'V' } };
  const s201 = new ChargingStationClient({ version: v201, url, identity: 'BENEATH-201', pingIntervalMs: 0, heartbeat: false, bootNotification: boot });
  const s21 = new ChargingStationClient({ version: v21, url, identity: 'BENEATH-21', pingIntervalMs: 0, heartbeat: false, bootNotification: boot });
  try {
    await Promise.all([s201.connect(), s21.connect()]);
    assert.equal((await s201.call('Heartbeat', {})).currentTime, '2000-01-01T00:00:00Z');
    assert.notEqual((await s21.call('Heartbeat', {})).currentTime, '2000-01-01T00:00:00Z');
    assert.equal(f.station('BENEATH-21')?.version, '2.1');
  } finally {
    await Promise.all([s201.close(), s21.close()]);
    await f.close();
  }
});

test('commands: an unknown station is refused; a command the version cannot say is a ConversionError before anything is sent', async () => {
  const f = facade();
  await assert.rejects(f.reset('NOPE', { type: 'Immediate' }), UnknownStationError);
  await assert.rejects(f.remoteStart('NOPE', { idToken: { id: 'A' } }), UnknownStationError);
  assert.throws(() => planCommand('1.6', 'reset', { type: 'OnIdle' }, {}), ConversionError);
  assert.deepEqual(planCommand('1.6', 'reset', { type: 'Immediate' }).calls, [{ action: 'Reset', payload: { type: 'Soft' } }]);
  assert.deepEqual(planCommand('2.0.1', 'reset', { type: 'Immediate' }).calls, [{ action: 'Reset', payload: { type: 'Immediate' } }]);
});
