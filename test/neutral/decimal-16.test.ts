/**
 * A 1.6 sampled value's text is a number when it is a decimal number (1.6
 * section 7.45: value is a string; numeric when the format is Raw): the fast
 * reading must agree with the decimal grammar on every text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decimalOf } from '../../src/neutral/v16/common.js';

const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const byGrammar = (text: string) => (DECIMAL.test(text.trim()) ? Number(text) : NaN);
const finite = (n: number) => (Number.isFinite(n) ? n : NaN);

test('decimalOf reads exactly the decimal numbers, white space around allowed', () => {
  const pieces = fc.constantFrom('0', '1', '9', '.', 'e', 'E', '+', '-', 'x', 'X', 'o', 'b', 'B', ' ', '\t', '\n', '\u00a0', 'Infinity', '_', ',', 'a');
  fc.assert(
    fc.property(fc.oneof(fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')), fc.string(), fc.double().map(String)), (text) => {
      assert.equal(Object.is(decimalOf(text), finite(byGrammar(text))), true, JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
  for (const text of ['', ' ', '0x10', '0X1F', '0o7', '0b1', '-0x1', '1e999', '+.5', '1.', '.', ' 12 ', '0', '-0', '0e5']) {
    assert.equal(Object.is(decimalOf(text), finite(byGrammar(text))), true, JSON.stringify(text));
  }
});
