/**
 * The validator runtime: the RFC 3339 date-time scanner (a table of cases,
 * each also put to ajv-formats, with the documented differences), code point
 * counting, JSON pointer tokens, URIs, multipleOf and the collector.
 */
import assert from 'node:assert/strict';
import { decimalStep } from '../../src/schema/compiler/emit-validators.js';
import { describe, test } from 'node:test';
import { Collector, codePoints, isDateTime, isMultipleOf, isUri, pointerToken } from '../../src/schema/runtime.js';
import { validate } from '../../src/v201/index.js';
import { newAjv } from '../support/official-schemas.js';

/** [value, valid per RFC 3339 section 5.6 (as this project reads it), why]. */
const DATE_TIMES: readonly (readonly [string, boolean, string])[] = [
  ['2020-01-01T00:00:00Z', true, 'shortest form'],
  ['2013-02-01T20:53:32.486Z', true, 'Part 4 example'],
  ['2024-02-29T12:00:00Z', true, 'Feb 29 of a leap year'],
  ['2000-02-29T00:00:00Z', true, 'Feb 29 of a year divisible by 400'],
  ['1996-02-29T00:00:00Z', true, 'Feb 29, divisible by 4'],
  ['2023-02-29T00:00:00Z', false, 'Feb 29 of a common year'],
  ['1900-02-29T00:00:00Z', false, 'Feb 29 of a century that is not a leap year'],
  ['2100-02-29T00:00:00Z', false, 'Feb 29, 2100'],
  ['2024-02-30T00:00:00Z', false, 'Feb 30'],
  ['2024-04-31T00:00:00Z', false, 'April 31'],
  ['2024-06-31T00:00:00Z', false, 'June 31'],
  ['2024-09-31T00:00:00Z', false, 'September 31'],
  ['2024-11-31T00:00:00Z', false, 'November 31'],
  ['2024-12-31T00:00:00Z', true, 'December 31'],
  ['2024-01-32T00:00:00Z', false, 'day 32'],
  ['2024-01-00T00:00:00Z', false, 'day 0'],
  ['2024-00-10T00:00:00Z', false, 'month 0'],
  ['2024-13-01T00:00:00Z', false, 'month 13'],
  ['0000-01-01T00:00:00Z', true, 'year 0000'],
  ['9999-12-31T23:59:59Z', true, 'year 9999'],
  ['2024-01-01T24:00:00Z', false, '24:00 is not an RFC 3339 time'],
  ['2024-01-01T23:60:00Z', false, 'minute 60'],
  ['2024-01-01T25:00:00Z', false, 'hour 25'],
  ['2016-12-31T23:59:60Z', true, 'leap second'],
  ['2016-12-31T23:59:60.5Z', true, 'leap second with a fraction'],
  ['2016-12-31T15:59:60-08:00', true, 'leap second at 23:59:60 UTC, written in another offset'],
  ['2017-01-01T00:59:60+01:00', true, 'leap second across midnight, written in +01:00'],
  ['2024-01-01T12:00:60Z', false, 'second 60 that is not 23:59:60 UTC'],
  ['2024-01-01T23:59:60+01:00', false, '23:59:60 local is 22:59:60 UTC'],
  ['2024-01-01T23:59:61Z', false, 'second 61'],
  ['2024-01-01T00:00:00.1Z', true, 'one fraction digit'],
  ['2024-01-01T00:00:00.123456789Z', true, 'nine fraction digits'],
  ['2024-01-01T00:00:00.12345678901234567890Z', true, 'any number of fraction digits'],
  ['2024-01-01T00:00:00.Z', false, 'a dot without digits'],
  ['2024-01-01T00:00:00,5Z', false, 'a comma fraction (ISO 8601, not RFC 3339)'],
  ['2024-01-01t00:00:00z', true, 'lowercase t and z'],
  ['2024-01-01 00:00:00Z', true, 'a single space between date and time (RFC 3339 note)'],
  ['2024-01-01  00:00:00Z', false, 'two spaces'],
  ['2024-01-01T00:00:00+00:00', true, 'offset +00:00'],
  ['2024-01-01T00:00:00-00:00', true, 'offset -00:00 (unknown local offset)'],
  ['2024-01-01T00:00:00+05:30', true, 'offset +05:30'],
  ['2024-01-01T00:00:00-12:00', true, 'offset -12:00'],
  ['2024-01-01T00:00:00+23:59', true, 'offset +23:59'],
  ['2024-01-01T00:00:00+24:00', false, 'offset hour 24'],
  ['2024-01-01T00:00:00+01:60', false, 'offset minute 60'],
  ['2024-01-01T00:00:00+1:00', false, 'one-digit offset hour'],
  ['2024-01-01T00:00:00', false, 'no offset (local time)'],
  ['2024-01-01T00:00Z', false, 'no seconds'],
  ['2024-01-01', false, 'a date alone'],
  ['00:00:00Z', false, 'a time alone'],
  ['2024-1-01T00:00:00Z', false, 'one-digit month'],
  ['24-01-01T00:00:00Z', false, 'two-digit year'],
  ['+2024-01-01T00:00:00Z', false, 'signed year'],
  ['20240101T000000Z', false, 'ISO 8601 basic format'],
  ['2024-01-01TT00:00:00Z', false, 'doubled separator'],
  ['2024-01-01X00:00:00Z', false, 'unknown separator'],
  ['2024-01-01T00:00:00ZZ', false, 'doubled Z'],
  ['2024-01-01T00:00:00Z ', false, 'trailing space'],
  [' 2024-01-01T00:00:00Z', false, 'leading space'],
  ['2024-01-01T00:00:00Z\u0000', false, 'trailing NUL'],
  ['２０２４-01-01T00:00:00Z', false, 'full-width digits'],
  ['2024-01-01T00:00:00UTC', false, 'zone name'],
  ['', false, 'empty'],
  ['yesterday', false, 'prose'],
];

/** Forms ajv-formats accepts and strict RFC 3339 does not (the project's documented choice). */
const AJV_ONLY: readonly (readonly [string, string])[] = [
  ['2024-01-01T00:00:00+01', 'offset +hh without minutes'],
  ['2024-01-01T00:00:00+0100', 'offset +hhmm without colon'],
  ['2024-01-01T00:00:00.5-0830', 'offset -hhmm after a fraction'],
  ['2024-01-01\t00:00:00Z', 'a tab as separator'],
  ['2024-01-01\n00:00:00Z', 'a newline as separator'],
  ['2024-01-01\u00a000:00:00Z', 'a no-break space as separator'],
  ['2024-01-01\u200900:00:00Z', 'a thin space as separator'],
];

describe('isDateTime: RFC 3339 date-time (section 5.6)', () => {
  for (const [value, valid, why] of DATE_TIMES) {
    test(`${valid ? 'accepts' : 'rejects'} ${JSON.stringify(value)}: ${why}`, () => {
      assert.equal(isDateTime(value), valid);
    });
  }

  test('ajv-formats (full mode) gives the same verdict on every case of the table', () => {
    const ajv = newAjv();
    const check = ajv.compile({ type: 'string', format: 'date-time' });
    const disagree = DATE_TIMES.filter(([value, valid]) => check(value) !== valid).map(([v, , why]) => `${JSON.stringify(v)} (${why})`);
    assert.deepEqual(disagree, []);
  });

  test('documented difference: ajv-formats also accepts +hh and +hhmm offsets and any white space separator; this project does not', () => {
    const ajv = newAjv();
    const check = ajv.compile({ type: 'string', format: 'date-time' });
    for (const [value, why] of AJV_ONLY) {
      assert.equal(check(value), true, `ajv accepts ${why}`);
      assert.equal(isDateTime(value), false, `strict RFC 3339 rejects ${why}`);
      const r = validate('Heartbeat', 'response', { currentTime: value });
      assert.deepEqual(r?.ok ? [] : r?.errors.map((e) => [e.code, e.pointer]), [['PropertyConstraintViolation', '/currentTime']], why);
    }
  });

  test('every day of 1999-2001 and of 2099-2101, as Date does it', () => {
    for (const year of [1999, 2000, 2001, 2099, 2100, 2101]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 32; day++) {
          const s = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T00:00:00Z`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          assert.equal(isDateTime(s), real, s);
        }
      }
    }
  });

  test('strings of odd lengths and characters never throw', () => {
    const base = '2024-01-01T00:00:00.000+01:00';
    for (let i = 0; i <= base.length; i++) {
      isDateTime(base.slice(0, i));
      isDateTime(base.slice(i));
      isDateTime(base.slice(0, i) + '\u{1F50C}' + base.slice(i + 1));
    }
  });
});

describe('codePoints: the unit of maxLength', () => {
  const cases: readonly (readonly [string, number])[] = [
    ['', 0],
    ['abc', 3],
    ['é', 1],
    ['e\u0301', 2], // a combining accent is a code point of its own
    ['\u{1F50C}', 1], // a surrogate pair
    ['\u{1F50C}\u{1F50C}x', 3],
    ['\ud800', 1], // a lone high surrogate
    ['\udc00', 1], // a lone low surrogate
    ['\ud800a', 2],
    ['\udc00\ud800', 2], // a pair in the wrong order is two
    ['\ud800\ud800\udc00', 2],
  ];
  for (const [s, n] of cases) {
    test(`${JSON.stringify(s)} has ${n}`, () => assert.equal(codePoints(s), n));
  }
});

describe('pointerToken (RFC 6901)', () => {
  test('escapes ~ as ~0 and / as ~1, in that order', () => {
    assert.equal(pointerToken('plain'), 'plain');
    assert.equal(pointerToken('a/b'), 'a~1b');
    assert.equal(pointerToken('a~b'), 'a~0b');
    assert.equal(pointerToken('~1'), '~01');
    assert.equal(pointerToken('/~'), '~1~0');
    assert.equal(pointerToken(''), '');
  });
});

describe('isUri and isMultipleOf (OCPP 1.6)', () => {
  // RFC 3986 section 3; each also put to ajv-formats' uri, which differs only where noted.
  const URIS: [string, boolean, string?][] = [
    ['http://example.com', true],
    ['https://h/p?q#f', true],
    ['ftp://u:p@h:21/x', true],
    ['urn:isbn:0451450523', true],
    ['mailto:a@b.c', true],
    ['x+y-z.w:rest', true],
    ['http://[::1]:80/', true],
    ['http://[::ffff:1.2.3.4]/', true],
    ['http://[v1.fe]/', true],
    ['http://%41b/c%2F', true],
    ['http://h:/', true],
    ['a:', true, 'path-empty: ajv-formats wants something after the colon'],
    ['http:?q', true, 'path-empty: ajv-formats wants something after the colon'],
    ['', false],
    ['example.com', false],
    [':x', false],
    ['1a:b', false],
    ['-a:b', false],
    ['a b:c', false],
    ['http://a b', false],
    ['http://a\tb', false],
    ['http://a"b', false],
    ['http://<x>', false],
    ['http://a\\b', false],
    ['http://a{b}', false],
    ['http://a|b', false],
    ['http://a^b', false],
    ['http://a`b', false],
    ['http://a\u007f', false],
    ['http://a/%zz', false],
    ['http://a/%4', false],
    ['http://[1::2::3]/', false],
    ['http://[1:2:3:4:5:6:7:8:9]/', false],
    ['http://h:8a/', false, 'ajv-formats may take the second slash as the start of a path after an empty authority'],
    ['http://a#b#c', false],
    ['http://caf\u00e9.fr/', false],
  ];

  test('isUri: RFC 3986 absolute URIs, exactly', () => {
    for (const [uri, ok] of URIS) assert.equal(isUri(uri), ok, JSON.stringify(uri));
  });

  test('isUri and ajv-formats agree, but for the documented differences', () => {
    const ajv = newAjv();
    const check = ajv.compile({ type: 'string', format: 'uri' });
    for (const [uri, ok, difference] of URIS) assert.equal(check(uri), difference ? !ok : ok, `${JSON.stringify(uri)}: ${difference ?? 'agree'}`);
  });

  test('isMultipleOf is exact on the decimal the JSON text wrote: 21.4, 0.3 and 6.3 are multiples of 0.1', () => {
    const step = (s: number): [number, number] => {
      const { units, decimals } = decimalStep(s);
      return [units, decimals];
    };
    assert.deepEqual(step(0.1), [1, 1]);
    assert.deepEqual(step(5), [5, 0]);
    assert.deepEqual(step(0.25), [25, 2]);
    assert.deepEqual(step(1e-7), [1, 7]);
    assert.deepEqual(step(1e21), [1e21, 0]);
    const ok: [number, number][] = [[21.4, 0.1], [0.3, 0.1], [6.3, 0.1], [6.6, 0.1], [32.1, 0.1], [-0.7, 0.1], [0, 0.1], [-0, 0.1], [15, 5], [1e6, 0.1], [0.75, 0.25], [1e21, 0.1], [900000000000000.1, 0.1], [3e-7, 1e-7], [1.5e300, 0.5]];
    for (const [v, s] of ok) assert.equal(isMultipleOf(v, ...step(s)), true, `${v} / ${s}`);
    // 0.7 + 0.1 is 0.7999999999999999 on the wire: 16 decimals, not a multiple of 0.1.
    const bad: [number, number][] = [[0.35, 0.1], [0.01, 0.1], [16.05, 0.1], [12, 5], [0.1000001, 0.1], [0.30000000001, 0.1], [0.7 + 0.1, 0.1], [0.1 + 0.2, 0.1], [0.8, 0.25], [1e-8, 1e-7], [900000000000000.2, 0.5]];
    for (const [v, s] of bad) assert.equal(isMultipleOf(v, ...step(s)), false, `${v} / ${s}`);
  });

  test('isMultipleOf agrees with decimal arithmetic on every one-decimal value up to 10,000', () => {
    for (let tenths = -100_000; tenths <= 100_000; tenths++) {
      const v = Number((tenths / 10).toFixed(1));
      if (!isMultipleOf(v, 1, 1)) assert.fail(`${v} is a multiple of 0.1`);
      if (tenths % 5 === 0 && !isMultipleOf(v, 5, 1)) assert.fail(`${v} is a multiple of 0.5`);
      if (tenths % 5 !== 0 && isMultipleOf(v, 5, 1)) assert.fail(`${v} is no multiple of 0.5`);
      if (isMultipleOf(v + 0.05, 1, 1)) assert.fail(`${v + 0.05} is no multiple of 0.1`);
    }
  });
});

describe('Collector', () => {
  test('counts every failure but records at most maxErrors; soft is a warning only when lenient', () => {
    const c = new Collector().reset(false, 2);
    for (let i = 0; i < 5; i++) c.fail('FormatViolation', `/${i}`, 'x');
    assert.equal(c.count, 5);
    assert.equal(c.errors?.length, 2);
    c.soft('PropertyConstraintViolation', '/s', 'y');
    assert.equal(c.count, 6, 'strict: soft is an error');
    const l = new Collector().reset(true, 1);
    l.soft('PropertyConstraintViolation', '/a', 'y');
    l.soft('PropertyConstraintViolation', '/b', 'y');
    assert.equal(l.count, 0);
    assert.equal(l.errors, null);
    assert.deepEqual(l.warnings?.map((w) => w.pointer), ['/a']);
    l.reset(false, 100);
    assert.equal(l.warnings, null);
    assert.equal(l.lenient, false);
  });
});
