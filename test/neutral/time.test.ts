/**
 * RFC 3339 date-times as the neutral model reads them (profile times, the
 * order of meter values): every form the validators accept, the same
 * instant as the canonical form, whatever Date.parse would make of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { epochMillisOf, epochOf } from '../../src/neutral/time.js';
import { dateTimeArbitrary } from '../support/arbitraries.js';

test('the forms RFC 3339 allows read as the same instant', () => {
  const t = Date.UTC(2024, 1, 29, 12, 34, 56, 789);
  for (const s of ['2024-02-29T12:34:56.789Z', '2024-02-29t12:34:56.789z', '2024-02-29 12:34:56.789Z', '2024-02-29T13:34:56.789+01:00', '2024-02-29 10:04:56.789-02:30']) {
    assert.equal(epochMillisOf(s), t, s);
  }
  assert.equal(epochMillisOf('2024-02-29T12:34:56.789123456Z'), t);
  assert.equal(epochOf('2024-02-29T12:34:56.789Z'), Math.floor(t / 1000));
});

test('a two-digit year stays one (Date.parse alone reads "0099-01-01 00:00:00Z" as 1999)', () => {
  assert.equal(new Date(epochMillisOf('0099-01-01 00:00:00Z')).getUTCFullYear(), 99);
  assert.equal(new Date(epochMillisOf('0099-01-01T00:00:00Z')).getUTCFullYear(), 99);
});

test('a leap second reads as the second before; what is not RFC 3339 is NaN', () => {
  assert.equal(epochMillisOf('2016-12-31T23:59:60Z'), Date.UTC(2016, 11, 31, 23, 59, 59));
  assert.equal(epochMillisOf('2016-12-31 23:59:60.5+00:00'), Date.UTC(2016, 11, 31, 23, 59, 59, 500));
  for (const bad of ['2016-12-31T23:59:59', '2016-12-31', 'yesterday', '2016-12-31T23:59:59 Z']) assert.ok(Number.isNaN(epochMillisOf(bad)), bad);
});

test('every generated date-time reads as the instant of its canonical (T, Z, no leap second) form', () => {
  fc.assert(
    fc.property(dateTimeArbitrary, (s) => {
      const canonical = s.replace(/^(.{10})[t ]/, '$1T').replace(/z$/, 'Z').replace(/:60(\.\d+)?Z$/, ':59$1Z');
      assert.equal(epochMillisOf(s), Date.parse(canonical), s);
    }),
    { numRuns: 2000 },
  );
});
