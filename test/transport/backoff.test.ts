import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BackOff, backOffDelayMs, defaultBackOff } from '../../src/transport/backoff.js';

const zero = () => 0;
const almostOne = () => 0.999999;

test('Part 4 5.3: first wait is RetryBackOffWaitMinimum plus up to RetryBackOffRandomRange', () => {
  const o = { waitMinimumMs: 3000, randomRangeMs: 10000, repeatTimes: 2 };
  assert.equal(backOffDelayMs(0, o, zero), 3000);
  assert.equal(backOffDelayMs(0, o, almostOne), 13000);
});

test('Part 4 5.3: the wait doubles RetryBackOffRepeatTimes times, then stays (TC_B_57_CS)', () => {
  const o = { waitMinimumMs: 2000, randomRangeMs: 0, repeatTimes: 2 };
  const b = new BackOff(o, zero);
  assert.deepEqual([b.next(), b.next(), b.next(), b.next(), b.next()], [2000, 4000, 8000, 8000, 8000]);
  assert.equal(b.attempts, 5);
  b.reset();
  assert.equal(b.next(), 2000);
});

test('a new random part is drawn on every attempt', () => {
  let i = 0;
  const values = [0.5, 0.25, 0];
  const b = new BackOff({ waitMinimumMs: 1000, randomRangeMs: 4000, repeatTimes: 0 }, () => values[i++]!);
  assert.deepEqual([b.next(), b.next(), b.next()], [3000, 2000, 1000]);
});

test('defaults and invalid options', () => {
  assert.equal(backOffDelayMs(0, undefined, zero), defaultBackOff.waitMinimumMs);
  assert.throws(() => new BackOff({ waitMinimumMs: -1 }), RangeError);
  assert.throws(() => new BackOff({ repeatTimes: 1.5 }), RangeError);
  assert.throws(() => backOffDelayMs(0, { randomRangeMs: Number.NaN }), RangeError);
});
