/**
 * 1,000 calls queued from each side at once, over an in-memory link: all
 * complete, each side's in order, none lost, and never more than one CALL
 * of a side in flight (Part 4, 4.1.1), while the CALLs of both sides cross.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Endpoint } from '../../src/rpc/endpoint.js';
import { receiverCheck, senderCheck } from '../../src/roles/dispatch.js';
import { v201 } from '../../src/v201/index.js';
import { link } from '../support/memory-transport.js';

const N = 1000;

function side(name: 'Station' | 'Csms') {
  const me = name === 'Station' ? 'ChargingStation' : 'Csms';
  const endpoint = new Endpoint(v201, { canReceive: receiverCheck(v201, me), canSend: senderCheck(v201, me), maxQueue: N });
  // DataTransfer goes both ways: each side echoes what it gets.
  endpoint.handle('DataTransfer', (req) => {
    const { data } = req as { data: string };
    // Every tenth answer is asynchronous, so answers and calls interleave.
    const answer = { status: 'Accepted', data: `echo:${data}` };
    return Number(data.split(':')[1]) % 10 === 0 ? Promise.resolve(answer) : answer;
  });
  return endpoint;
}

for (const delivery of ['microtask', 'immediate'] as const) {
  test(`1,000 calls from both sides at once all complete, in order, none lost (${delivery} delivery)`, async () => {
    const station = side('Station');
    const csms = side('Csms');
    const outstanding = { a: 0, b: 0 };
    let maxOutstanding = 0;
    const wire = link(station, csms, {
      delivery,
      tap(from, text) {
        const type = text.charCodeAt(1) - 48;
        const other = from === 'a' ? 'b' : 'a';
        if (type === 2) outstanding[from]++;
        else outstanding[other]--;
        maxOutstanding = Math.max(maxOutstanding, outstanding.a, outstanding.b);
      },
    });
    const order: string[] = [];
    const calls: Promise<unknown>[] = [];
    for (let i = 0; i < N; i++) {
      calls.push(
        station.call('DataTransfer', { vendorId: 'v', data: `s:${i}` }).then((r) => {
          order.push((r as { data: string }).data);
          return r;
        }),
      );
      calls.push(
        csms.call('DataTransfer', { vendorId: 'v', data: `c:${i}` }).then((r) => {
          order.push((r as { data: string }).data);
          return r;
        }),
      );
    }
    const results = (await Promise.all(calls)) as { data: string }[];
    assert.equal(results.length, 2 * N);
    for (let i = 0; i < N; i++) {
      assert.equal(results[2 * i]!.data, `echo:s:${i}`);
      assert.equal(results[2 * i + 1]!.data, `echo:c:${i}`);
    }
    const stationOrder = order.filter((d) => d.startsWith('echo:s:'));
    const csmsOrder = order.filter((d) => d.startsWith('echo:c:'));
    assert.deepEqual(stationOrder, Array.from({ length: N }, (_, i) => `echo:s:${i}`));
    assert.deepEqual(csmsOrder, Array.from({ length: N }, (_, i) => `echo:c:${i}`));
    assert.equal(maxOutstanding, 1, 'never more than one CALL in flight per side');
    assert.equal(wire.log.length, 4 * N);
    assert.equal(station.inFlightCount + station.queuedCount + csms.inFlightCount + csms.queuedCount, 0);
    wire.disconnect();
    station.close();
    csms.close();
  });
}
