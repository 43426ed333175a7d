/**
 * What OCPP 2.1 adds to the 2.0.1 session (scenario.ts, whose payloads are
 * valid 2.1 ones too), run between two behaviours of this library over any
 * transport: a SEND (NotifyPeriodicEventStream) that goes while a CALL of
 * the station is still unanswered and is never answered (Part 4, 4.1.1,
 * 4.2.4), and a CALLRESULTERROR (4.2.3) for a CALLRESULT the CSMS cannot
 * accept, carrying that CALLRESULT's id.
 */
import assert from 'node:assert/strict';
import type { CallResultErrorEvent } from '../../src/rpc/endpoint-options.js';
import type { ChargingStation } from '../../src/roles/charging-station.js';
import type { Csms } from '../../src/roles/csms.js';
import type { V21 } from '../../src/v21/index.js';
import type { NotifyPeriodicEventStreamRequest } from '../../src/v21/generated/messages.js';

/** One frame as a side saw it. */
export type Tap = (from: 'station' | 'csms', text: string) => void;

/**
 * Runs the 2.1 additions. `frames` is every frame the station sent and
 * received, in order (as its own observer saw them). The station must be
 * registered (Accepted) and must not validate its own answers
 * (`validation: { outgoingResponses: 'off' }`), so that it can send an
 * invalid one; the handlers the additions need are set here.
 */
export async function runAdditions21<C extends object, D extends object>(
  station: ChargingStation<V21, C>,
  csms: Csms<V21, D>,
  frames: readonly { readonly way: 'in' | 'out'; readonly text: string }[],
): Promise<void> {
  // 1. SEND while a CALL is outstanding: the CSMS holds its Heartbeat answer until the stream has arrived.
  const streams: NotifyPeriodicEventStreamRequest[] = [];
  let streamArrived!: () => void;
  const arrived = new Promise<void>((resolve) => (streamArrived = resolve));
  csms.handle('NotifyPeriodicEventStream', (request) => {
    streams.push(request);
    streamArrived();
  });
  csms.handle('Heartbeat', async () => {
    await arrived;
    return { currentTime: new Date().toISOString() };
  });
  const heartbeat = station.call('Heartbeat', {});
  // Let the CALL leave first: the SEND must not wait for its answer.
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(station.endpoint.inFlightCount, 1, 'the Heartbeat is outstanding');
  const stream: NotifyPeriodicEventStreamRequest = { id: 7, pending: 0, basetime: new Date().toISOString(), data: [{ t: 0, v: '230.1' }, { t: 5, v: '229.8' }] };
  const sendId = station.send('NotifyPeriodicEventStream', stream);
  await heartbeat;
  assert.deepEqual(streams, [stream]);
  // The SEND shares the id space of the station's CALLs, and nothing answered it.
  const out = frames.filter((f) => f.way === 'out').map((f) => JSON.parse(f.text) as unknown[]);
  const sendFrame = out.find((f) => f[0] === 6);
  assert.deepEqual(sendFrame, [6, sendId, 'NotifyPeriodicEventStream', stream]);
  assert.equal(new Set(out.filter((f) => f[0] === 2 || f[0] === 6).map((f) => f[1])).size, out.filter((f) => f[0] === 2 || f[0] === 6).length, 'one id space');
  const answers = frames.filter((f) => f.way === 'in').map((f) => JSON.parse(f.text) as unknown[]);
  assert.ok(!answers.some((f) => f[1] === sendId), 'a SEND is never answered');

  // 2. CALLRESULTERROR: a station that answers without checking what it answers sends an invalid CALLRESULT.
  const complaints: CallResultErrorEvent[] = [];
  station.on('callResultError', (e) => complaints.push(e));
  station.handle('GetTariffs', () => ({ status: 'Maybe' }) as never);
  const refused = await csms.call('GetTariffs', { evseId: 1 }).then(
    () => assert.fail('an invalid answer must fail the call'),
    (err: unknown) => err,
  );
  assert.equal((refused as { code?: string }).code, 'PropertyConstraintViolation');
  // The complaint travels back to the station (in memory at once, over a socket a moment later).
  for (let i = 0; i < 2000 && complaints.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  const resultFrame = frames.filter((f) => f.way === 'out').map((f) => JSON.parse(f.text) as unknown[]).find((f) => f[0] === 3 && (f[2] as { status?: string }).status === 'Maybe');
  assert.ok(resultFrame !== undefined, 'the invalid CALLRESULT went out');
  assert.deepEqual(
    complaints.map((c) => [c.messageId, c.code]),
    [[resultFrame[1], 'PropertyConstraintViolation']],
    'the CALLRESULTERROR carries the id of the CALLRESULT it complains about',
  );
  // Never answered: nothing went out after it.
  const last = frames[frames.length - 1]!;
  assert.equal(last.way, 'in');
  assert.equal((JSON.parse(last.text) as unknown[])[0], 5);
}
