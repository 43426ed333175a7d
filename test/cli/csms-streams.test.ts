/**
 * `ocpp csms` and the periodic event streams of 2.1 stations (N10): an
 * OpenPeriodicEventStream is Accepted, the station's SEND frames
 * (NotifyPeriodicEventStream, never answered) are kept with the stream, and
 * `GET /stations/{id}` shows the streams with their latest values.
 */
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { ChargingStationClient } from '../../src/cli/lib.js';
import { startCsms } from '../../src/cli/csms/server.js';
import { v21 } from '../../src/v21/index.js';
import { until } from './octt.js';

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

test('N10 (2.1): OpenPeriodicEventStream Accepted, NotifyPeriodicEventStream sent as SEND kept with its stream, shown by GET /stations/{id}', async () => {
  const frames: string[] = [];
  const running = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, securityProfile: 0, state: {}, validation: 'strict', callTimeoutMs: 10_000, onFrame: (_d, _id, text) => frames.push(text) });
  closers.push(() => running.close());
  const client = new ChargingStationClient({
    version: v21,
    url: running.url,
    identity: 'STREAM-21',
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } },
  });
  closers.push(() => client.close());
  await client.connect();
  const opened = await client.call('OpenPeriodicEventStream', { constantStreamData: { id: 7, variableMonitoringId: 3, params: { interval: 10, values: 2 } } });
  assert.equal(opened.status, 'Accepted');
  const basetime = '2026-12-01T10:00:00.000Z';
  client.send('NotifyPeriodicEventStream', { id: 7, pending: 0, basetime, data: [{ t: 0, v: '230.1' }, { t: 5, v: '229.8' }] });
  const api = `http://127.0.0.1:${running.apiAddress!.port}`;
  const station = async (): Promise<Record<string, unknown>> => (await (await fetch(`${api}/stations/STREAM-21`)).json()) as Record<string, unknown>;
  let streams: Record<string, unknown>[] = [];
  await until(() => frames.some((f) => f.startsWith('[6,')), 'the SEND frame');
  // The SEND is handled when it arrives; the API reads the same state.
  for (let i = 0; i < 100 && (streams[0]?.['messages'] ?? 0) === 0; i++) {
    streams = (await station())['periodicEventStreams'] as Record<string, unknown>[];
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(streams.length, 1);
  assert.deepEqual(
    { id: streams[0]!['id'], monitoring: streams[0]!['variableMonitoringId'], interval: streams[0]!['interval'], messages: streams[0]!['messages'], received: streams[0]!['received'] },
    { id: 7, monitoring: 3, interval: 10, messages: 1, received: 2 },
  );
  assert.deepEqual(streams[0]!['latest'], [
    { time: '2026-12-01T10:00:00.000Z', value: '230.1' },
    { time: '2026-12-01T10:00:05.000Z', value: '229.8' },
  ]);
  // Part 4 (2.1), 4.4: a SEND is never answered.
  assert.equal(frames.filter((f) => f.startsWith('[3,') || f.startsWith('[4,')).length, frames.filter((f) => f.startsWith('[2,')).length);
  const closed = await client.call('ClosePeriodicEventStream', { id: 7 });
  assert.deepEqual(closed, {});
  streams = (await station())['periodicEventStreams'] as Record<string, unknown>[];
  assert.equal(typeof streams[0]!['closedAt'], 'string');
});
