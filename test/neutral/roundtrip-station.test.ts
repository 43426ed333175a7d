/**
 * Round trips of every station-to-CSMS action the neutral model carries, in
 * every version: a payload generated from the version's model, read into
 * the neutral model and written back, is the same payload (without the
 * fields the neutral model does not carry), valid for the version, and no
 * loss is reported on the way (strict mode would refuse one).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { stationMessages16, stationMessages201, stationMessages21 } from '../../src/neutral/index.js';
import type { StationMessageCodec, StationMessageName } from '../../src/neutral/index.js';
import { assertValid, normalizeProfileTimes, notCarried, payloads, RUNS, version, without } from './support.js';
import type { Json } from '../support/arbitraries.js';

type AnyCodec = StationMessageCodec<StationMessageName, unknown, unknown>;
const strict = { strict: true } as const;

const tables = [
  { v: version('1.6'), table: stationMessages16 as unknown as Record<string, AnyCodec> },
  { v: version('2.0.1'), table: stationMessages201 as unknown as Record<string, AnyCodec> },
  { v: version('2.1'), table: stationMessages21 as unknown as Record<string, AnyCodec> },
];

for (const { v, table } of tables) {
  for (const [action, codec] of Object.entries(table)) {
    const expected = (p: Json) => normalizeProfileTimes(without(p, notCarried[v.name]));

    test(`${v.name} ${action} request -> ${codec.message} -> request keeps every field`, () => {
      fc.assert(
        fc.property(payloads(v, `${action}Request`), (p) => {
          const back = codec.writeRequest(codec.readRequest(p), strict);
          assertValid(v, action, 'request', back);
          assert.deepEqual(back, expected(p));
        }),
        { numRuns: RUNS },
      );
    });

    test(`${v.name} ${action} response -> ${codec.message} answer -> response keeps every field`, () => {
      fc.assert(
        fc.property(payloads(v, `${action}Response`), (p) => {
          const back = codec.writeResponse(codec.readResponse(p), strict);
          assertValid(v, action, 'response', back);
          assert.deepEqual(back, expected(p));
        }),
        { numRuns: RUNS },
      );
    });
  }
}

test('every station-to-CSMS action of each version that the neutral model names has a codec', () => {
  // 1.6: the transaction messages go through the tracker (roundtrip-transaction tests); 2.x: TransactionEvent is in the table.
  assert.deepEqual(Object.keys(stationMessages16).sort(), [
    'Authorize',
    'BootNotification',
    'DataTransfer',
    'DiagnosticsStatusNotification',
    'FirmwareStatusNotification',
    'Heartbeat',
    'LogStatusNotification',
    'MeterValues',
    'SecurityEventNotification',
    'SignedFirmwareStatusNotification',
    'StatusNotification',
  ]);
  const x2 = [
    'Authorize',
    'BootNotification',
    'DataTransfer',
    'FirmwareStatusNotification',
    'Heartbeat',
    'LogStatusNotification',
    'MeterValues',
    'SecurityEventNotification',
    'StatusNotification',
    'TransactionEvent',
  ];
  assert.deepEqual(Object.keys(stationMessages201).sort(), x2);
  assert.deepEqual(Object.keys(stationMessages21).sort(), x2);
});
