import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createOcppError,
  errorCodes,
  errorFromCallError,
  FormatViolationError,
  GenericError,
  isErrorCode,
  normalizeErrorCode,
  OccurrenceConstraintViolationError,
  OcppError,
  SecurityError,
  truncateDescription,
  wireErrorCode,
  CallTimeoutError,
  ConnectionLostError,
} from '../../src/rpc/errors.js';
import { v16, wireErrorCodes as wireErrorCodes16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';

test('2.0.1 and 2.1 send the twelve codes of Part 4, 4.3 as they are spelt', () => {
  assert.equal(errorCodes.length, 12);
  for (const code of errorCodes) {
    assert.equal(wireErrorCode(code), code);
    assert.equal(wireErrorCode(code, v201.errorCodeSpelling), code);
    assert.equal(wireErrorCode(code, v21.errorCodeSpelling), code);
    assert.ok(isErrorCode(code));
  }
});

test('both spellings of the two 1.6 codes are read by every version, and normalised', () => {
  for (const inbound of [undefined, v16.inboundErrorCodes, v201.inboundErrorCodes, v21.inboundErrorCodes]) {
    assert.equal(normalizeErrorCode('FormationViolation', inbound), 'FormatViolation');
    assert.equal(normalizeErrorCode('OccurenceConstraintViolation', inbound), 'OccurrenceConstraintViolation');
    assert.equal(normalizeErrorCode('FormatViolation', inbound), 'FormatViolation');
    assert.equal(normalizeErrorCode('OccurrenceConstraintViolation', inbound), 'OccurrenceConstraintViolation');
    assert.equal(normalizeErrorCode('NoSuchCode', inbound), undefined);
    assert.equal(normalizeErrorCode('toString', inbound), undefined);
  }
  assert.equal(isErrorCode('FormationViolation'), false);
});

test('1.6 sends its own spelling, and only its own ten codes (OCPP-J 1.6, 4.2.3)', () => {
  assert.equal(wireErrorCode('FormatViolation', v16.errorCodeSpelling), 'FormationViolation');
  assert.equal(wireErrorCode('OccurrenceConstraintViolation', v16.errorCodeSpelling), 'OccurenceConstraintViolation');
  // No RpcFrameworkError or MessageTypeNotSupported in 1.6: FormationViolation and NotSupported stand in.
  assert.equal(wireErrorCode('RpcFrameworkError', v16.errorCodeSpelling), 'FormationViolation');
  assert.equal(wireErrorCode('MessageTypeNotSupported', v16.errorCodeSpelling), 'NotSupported');
  const sixteen = new Set(Object.values(v16.errorCodeSpelling));
  assert.equal(sixteen.size, 10);
  assert.deepEqual([...sixteen].sort(), [...wireErrorCodes16].sort());
});

test('a CALLERROR becomes the subclass of its code', () => {
  const err = errorFromCallError('OccurenceConstraintViolation', 'missing field', { field: 'x' });
  assert.ok(err instanceof OccurrenceConstraintViolationError);
  assert.ok(err instanceof OcppError);
  assert.equal(err.code, 'OccurrenceConstraintViolation');
  assert.equal(err.description, 'missing field');
  assert.deepEqual(err.details, { field: 'x' });
  const unknown = errorFromCallError('Bogus', 5, null);
  assert.ok(unknown instanceof GenericError);
  assert.equal(unknown.description, '');
  assert.deepEqual(unknown.details, { receivedCode: 'Bogus' });
});

test('descriptions are cut to 255 characters (Part 4, Table 7)', () => {
  const long = 'y'.repeat(300);
  assert.equal(new SecurityError(long).description.length, 255);
  assert.equal(createOcppError('GenericError', long).description.length, 255);
  // A surrogate pair is never split.
  const emoji = 'x'.repeat(254) + '\u{1F600}';
  assert.equal(truncateDescription(emoji), 'x'.repeat(254));
});

test('error classes have useful names and messages', () => {
  const err = new FormatViolationError('bad', { a: 1 });
  assert.equal(err.name, 'FormatViolationError');
  assert.equal(err.message, 'FormatViolation: bad');
  assert.match(new CallTimeoutError('Heartbeat', 100, true).message, /Heartbeat.*100 ms.*never sent/);
  assert.match(new ConnectionLostError('Reset', 'socket closed').message, /Reset.*connection was lost.*socket closed/);
});
