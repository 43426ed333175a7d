import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createOcppError,
  errorCodeTables,
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

test('the 2.0.1 table has the twelve codes of Part 4, 4.3', () => {
  assert.equal(errorCodes.length, 12);
  for (const code of errorCodes) {
    assert.equal(wireErrorCode(code, 'ocpp2.0.1'), code);
    assert.ok(isErrorCode(code));
  }
});

test('1.6 spellings are accepted on input and normalised', () => {
  assert.equal(normalizeErrorCode('FormationViolation'), 'FormatViolation');
  assert.equal(normalizeErrorCode('OccurenceConstraintViolation'), 'OccurrenceConstraintViolation');
  assert.equal(normalizeErrorCode('FormatViolation'), 'FormatViolation');
  assert.equal(normalizeErrorCode('NoSuchCode'), undefined);
  assert.equal(isErrorCode('FormationViolation'), false);
});

test('each version sends its own spelling', () => {
  assert.equal(wireErrorCode('FormatViolation', 'ocpp1.6'), 'FormationViolation');
  assert.equal(wireErrorCode('OccurrenceConstraintViolation', 'ocpp1.6'), 'OccurenceConstraintViolation');
  // 1.6 has no RpcFrameworkError or MessageTypeNotSupported: only its own ten codes go out.
  const sixteen = new Set(Object.values(errorCodeTables['ocpp1.6']));
  assert.equal(sixteen.size, 10);
  assert.ok(!sixteen.has('RpcFrameworkError') && !sixteen.has('MessageTypeNotSupported'));
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
