/** `ocpp csms` and `ocpp station` print a handler's failure with the action and the validator's pointers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startCsms } from '../../src/cli/csms/server.js';
import { describeHandlerError } from '../../src/cli/handler-error.js';
import { ChargingStationClient, type HandlerErrorEvent } from '../../src/cli/lib.js';
import { v201 } from '../../src/v201/index.js';

test('describeHandlerError names the action, the code and the pointer of an invalid answer', () => {
  const event: HandlerErrorEvent = {
    action: 'Heartbeat',
    messageId: 'm1',
    error: new Error('invalid'),
    issues: [{ code: 'PropertyConstraintViolation', pointer: '/currentTime', reason: 'not a date-time' }],
  };
  const line = describeHandlerError(event);
  assert.equal(line, 'Heartbeat handler answered invalidly (InternalError sent): PropertyConstraintViolation at /currentTime: not a date-time');
  assert.equal(describeHandlerError({ action: 'Reset', messageId: 'm2', error: new Error('boom') }), 'Reset handler failed (InternalError sent): boom');
});

test('the test CSMS reports a handler error with the identity', async () => {
  const errors: string[] = [];
  const csms = await startCsms({
    host: '127.0.0.1',
    port: 0,
    securityProfile: 0,
    state: {},
    validation: 'strict',
    callTimeoutMs: 5000,
    onFrame: () => undefined,
    onHandlerError: (identity, event) => errors.push(`${identity} ${describeHandlerError(event)}`),
  });
  // A handler of the application's that answers invalidly.
  csms.server.handle('2.0.1', 'Heartbeat', () => ({ currentTime: 'now' }));
  const client = new ChargingStationClient({
    version: v201,
    url: csms.url,
    identity: 'CS-X',
    pingIntervalMs: 0,
    heartbeat: false,
    bootNotification: { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } },
  });
  try {
    await client.connect();
    await assert.rejects(client.call('Heartbeat', {}), /InternalError/);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^CS-X Heartbeat handler answered invalidly \(InternalError sent\): PropertyConstraintViolation at \/currentTime/);
  } finally {
    await client.close();
    await csms.close();
  }
});
