/**
 * `ocpp csms --db FILE` under SIGKILL: the CSMS process is killed in the
 * middle of a 1.6 and a 2.0.1 transaction and started again on the same
 * SQLite file. The stations (ChargingStationClient, not booting again after
 * a reconnect) are served at once (B02.FR.09 counts their earlier boot);
 * the transactions started before the kill are closed by their
 * StopTransaction and Ended event; a StartTransaction, TransactionEvent or
 * StopTransaction sent again is answered as the first time and not applied
 * twice; the Ended event after a seqNo gap makes the CSMS ask
 * GetTransactionStatus (E14, TC_E_31_CSMS). A file that is not a CSMS store
 * is refused in one line.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChargingStationClient } from '../../src/transport/websocket-client.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';

const MAIN = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'ocpp-csms-db-'));
const children = new Set<ChildProcess>();
after(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** `ocpp csms` as a process; resolves once its operator API listens. */
async function csms(args: string[]): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [MAIN, 'csms', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  children.add(child);
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => (children.delete(child), resolve(code))));
  const deadline = Date.now() + 20_000;
  while (!/operator API on/.test(out)) {
    if (!children.has(child) || Date.now() > deadline) throw new Error(`ocpp csms did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, output: () => out, exited };
}

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

type Json = Record<string, unknown>;

test('ocpp csms --db: killed with SIGKILL mid-transaction and started again on the same file, it knows its stations and transactions; retries are answered once', { timeout: 120_000 }, async () => {
  const [port, apiPort] = [await freePort(), await freePort()];
  const file = join(dir, 'csms.db');
  const args = ['--port', String(port), '--api-port', String(apiPort), '--db', file, '--quiet'];
  const api = async (path: string): Promise<Json> => (await (await fetch(`http://127.0.0.1:${apiPort}${path}`)).json()) as Json;
  const transactions = async () => (await api('/transactions'))['transactions'] as Json[];
  const url = `ws://127.0.0.1:${port}/ocpp`;
  const common = { url, pingIntervalMs: 0, heartbeat: false, bootOnReconnect: 'never', backoff: { waitMinimumMs: 50, randomRangeMs: 50, repeatTimes: 2 } } as const;
  const c16 = new ChargingStationClient({ ...common, version: v16, identity: 'DB-16', bootNotification: { chargePointVendor: 'V', chargePointModel: 'M16' } });
  const c201 = new ChargingStationClient({ ...common, version: v201, identity: 'DB-201', bootNotification: { reason: 'PowerUp', chargingStation: { vendorName: 'V', model: 'M201' } } });
  const statusAsked: string[] = [];
  c201.handle('GetTransactionStatus', (req) => (statusAsked.push(req.transactionId ?? ''), { messagesInQueue: false, ongoingIndicator: false }));
  let first = await csms(args);
  try {
    await Promise.all([c16.connect(), c201.connect()]);
    const start16 = { connectorId: 1, idTag: 'TAG-1', meterStart: 1000, timestamp: '2026-03-01T10:00:00Z' };
    const { transactionId } = await c16.call('StartTransaction', start16);
    await c16.call('MeterValues', { connectorId: 1, transactionId, meterValue: [{ timestamp: '2026-03-01T10:15:00Z', sampledValue: [{ value: '1500', measurand: 'Energy.Active.Import.Register' }] }] });
    const tx = 'DB-TX-1';
    const reading = (wh: number, context: 'Transaction.Begin' | 'Sample.Periodic' | 'Transaction.End', at: string) => [{ timestamp: at, sampledValue: [{ value: wh, context, measurand: 'Energy.Active.Import.Register' as const }] }];
    await c201.call('TransactionEvent', { eventType: 'Started', timestamp: '2026-03-01T10:00:00Z', triggerReason: 'Authorized', seqNo: 0, transactionInfo: { transactionId: tx }, evse: { id: 1, connectorId: 1 }, idToken: { idToken: 'TAG-2', type: 'ISO14443' }, meterValue: reading(1000, 'Transaction.Begin', '2026-03-01T10:00:00Z') });
    const updated = { eventType: 'Updated', timestamp: '2026-03-01T10:15:00Z', triggerReason: 'MeterValuePeriodic', seqNo: 1, transactionInfo: { transactionId: tx }, meterValue: reading(1500, 'Sample.Periodic', '2026-03-01T10:15:00Z') } as const;
    await c201.call('TransactionEvent', updated);
    assert.deepEqual((await transactions()).map((t) => [t['station'], t['state']]).sort(), [['DB-16', 'Active'], ['DB-201', 'Active']]);

    first.child.kill('SIGKILL');
    await first.exited;
    first = await csms(args);
    await until(async () => ((await api('/stations'))['stations'] as Json[]).filter((s) => s['connected'] === true).length === 2, 'both stations back');

    // Known from the file, served without booting again.
    const stations = ((await api('/stations'))['stations'] as Json[]).sort((a, b) => String(a['identity']).localeCompare(String(b['identity'])));
    assert.deepEqual(stations.map((s) => [s['identity'], s['version'], s['registration'], s['boots']]), [['DB-16', '1.6', 'Accepted', 1], ['DB-201', '2.0.1', 'Accepted', 1]]);
    assert.equal(c16.bootResponse?.status, 'Accepted');

    // A StartTransaction sent again (its answer lost in the crash) gets the same number: no second transaction.
    assert.equal((await c16.call('StartTransaction', start16)).transactionId, transactionId);
    const stop = { transactionId, meterStop: 2500, timestamp: '2026-03-01T10:30:00Z', reason: 'Local' } as const;
    assert.deepEqual(await c16.call('StopTransaction', stop), {});
    const after16 = (await transactions()).find((t) => t['station'] === 'DB-16')!;
    assert.deepEqual([after16['transactionId'], after16['state'], after16['meterStartWh'], after16['meterLastWh'], after16['energyWh']], [String(transactionId), 'Ended', 1000, 2500, 1500]);
    assert.deepEqual(await c16.call('StopTransaction', stop), {});
    assert.deepEqual((await transactions()).find((t) => t['station'] === 'DB-16'), after16, 'the repeated StopTransaction changed nothing');

    // 2.0.1: a retried Updated event changes nothing; the Ended event after a gap (seqNo 2 never came) asks GetTransactionStatus.
    const before = (await transactions()).find((t) => t['station'] === 'DB-201')!;
    assert.deepEqual(await c201.call('TransactionEvent', updated), {});
    assert.deepEqual((await transactions()).find((t) => t['station'] === 'DB-201'), before);
    await c201.call('TransactionEvent', { eventType: 'Ended', timestamp: '2026-03-01T10:45:00Z', triggerReason: 'StopAuthorized', seqNo: 3, transactionInfo: { transactionId: tx, stoppedReason: 'Local' }, meterValue: reading(3000, 'Transaction.End', '2026-03-01T10:45:00Z') });
    await until(() => statusAsked.length === 1, 'GetTransactionStatus');
    assert.deepEqual(statusAsked, [tx]);
    const ended = (await transactions()).find((t) => t['station'] === 'DB-201')!;
    assert.deepEqual([ended['transactionId'], ended['state'], ended['energyWh'], ended['stoppedReason']], [tx, 'Ended', 2000, 'Local']);
    assert.equal((await transactions()).length, 2);
  } finally {
    await Promise.all([c16.close(), c201.close()]);
    first.child.kill('SIGINT');
    await first.exited;
  }
});

test('ocpp csms --db with a file that is not a CSMS store stops with one line and leaves the file as it was', async () => {
  const file = join(dir, 'not-a-store.db');
  writeFileSync(file, 'plain text, not SQLite');
  const child = spawn(process.execPath, [MAIN, 'csms', '--port', '0', '--no-api', '--db', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  assert.notEqual(code, 0);
  assert.match(err.trim(), /^ocpp csms: --db .*not-a-store\.db.*not an SQLite database/);
  assert.equal(err.trim().split('\n').length, 1, err);
  assert.equal(readFileSync(file, 'utf8'), 'plain text, not SQLite');
});
