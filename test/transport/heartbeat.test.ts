/**
 * The client's heartbeat schedule and where its interval comes from, in
 * each version (the descriptor's `heartbeatIntervalMs`): the Accepted
 * BootNotification answer; 2.x SetVariables of
 * OCPPCommCtrlr.HeartbeatInterval; 1.6 ChangeConfiguration of
 * HeartbeatInterval (section 9.1); OCPP 1.6 4.6's permission to skip a
 * heartbeat after other traffic (`onlyWhenIdle`). Timers are mocked: no
 * wall-clock assumptions.
 */
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import type { StationExchange } from '../../src/schema/version.js';
import { HeartbeatSchedule } from '../../src/transport/heartbeat.js';
import { v16 } from '../../src/v16/index.js';
import { v201 } from '../../src/v201/index.js';
import { v21 } from '../../src/v21/index.js';

const hbVar = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };
const exchange = (direction: 'sent' | 'received', action: string, request: unknown, response: unknown): StationExchange => ({ direction, action, request, response });

for (const version of [v16, v201, v21]) {
  const from = version.heartbeatIntervalMs;
  test(`${version.version} B01: an Accepted boot answer gives the interval (seconds to ms); Pending and Rejected do not`, () => {
    assert.equal(from(exchange('sent', 'BootNotification', {}, { status: 'Accepted', interval: 300, currentTime: 'x' })), 300_000);
    assert.equal(from(exchange('sent', 'BootNotification', {}, { status: 'Pending', interval: 10, currentTime: 'x' })), undefined);
    assert.equal(from(exchange('sent', 'BootNotification', {}, { status: 'Accepted', interval: 0, currentTime: 'x' })), undefined);
    // The station never receives a BootNotification.
    assert.equal(from(exchange('received', 'BootNotification', {}, { status: 'Accepted', interval: 5 })), undefined);
  });
}

for (const version of [v201, v21]) {
  const from = version.heartbeatIntervalMs;
  test(`${version.version}: SetVariables of OCPPCommCtrlr.HeartbeatInterval sets the interval only when Accepted`, () => {
    const request = { setVariableData: [{ ...hbVar, attributeValue: '60' }] };
    const accepted = { setVariableResult: [{ ...hbVar, attributeStatus: 'Accepted' }] };
    assert.equal(from(exchange('received', 'SetVariables', request, accepted)), 60_000);
    const rejected = { setVariableResult: [{ ...hbVar, attributeStatus: 'Rejected' }] };
    assert.equal(from(exchange('received', 'SetVariables', request, rejected)), undefined);
    const reboot = { setVariableResult: [{ ...hbVar, attributeStatus: 'RebootRequired' }] };
    assert.equal(from(exchange('received', 'SetVariables', request, reboot)), undefined);
    // Another attribute type, another instance, another component: not the heartbeat interval.
    const target = { setVariableData: [{ ...hbVar, attributeType: 'Target', attributeValue: '60' }] };
    assert.equal(from(exchange('received', 'SetVariables', target, { setVariableResult: [{ ...hbVar, attributeType: 'Target', attributeStatus: 'Accepted' }] })), undefined);
    const other = { component: { name: 'OCPPCommCtrlr', instance: 'x' }, variable: { name: 'HeartbeatInterval' } };
    assert.equal(from(exchange('received', 'SetVariables', { setVariableData: [{ ...other, attributeValue: '60' }] }, { setVariableResult: [{ ...other, attributeStatus: 'Accepted' }] })), undefined);
    // Not a whole positive number of seconds: ignored.
    for (const value of ['abc', '1.5', '0', '-3']) {
      assert.equal(from(exchange('received', 'SetVariables', { setVariableData: [{ ...hbVar, attributeValue: value }] }, accepted)), undefined, value);
    }
    // 1.6's way means nothing here.
    assert.equal(from(exchange('received', 'ChangeConfiguration', { key: 'HeartbeatInterval', value: '60' }, { status: 'Accepted' })), undefined);
  });
}

test('1.6: ChangeConfiguration of HeartbeatInterval sets the interval only when Accepted (RebootRequired is not applied yet)', () => {
  const from = v16.heartbeatIntervalMs;
  const change = (key: string, value: string, status: string) => from(exchange('received', 'ChangeConfiguration', { key, value }, { status }));
  assert.equal(change('HeartbeatInterval', '60', 'Accepted'), 60_000);
  assert.equal(change('HeartbeatInterval', '60', 'Rejected'), undefined);
  assert.equal(change('HeartbeatInterval', '60', 'RebootRequired'), undefined);
  assert.equal(change('HeartbeatInterval', '60', 'NotSupported'), undefined);
  assert.equal(change('MeterValueSampleInterval', '60', 'Accepted'), undefined);
  for (const value of ['abc', '1.5', '0', '-3', '']) assert.equal(change('HeartbeatInterval', value, 'Accepted'), undefined, value);
  // 2.x's way means nothing in 1.6.
  assert.equal(from(exchange('received', 'SetVariables', { setVariableData: [{ ...hbVar, attributeValue: '60' }] }, { setVariableResult: [{ ...hbVar, attributeStatus: 'Accepted' }] })), undefined);
});

test('a running schedule beats once per interval and restarts with a new interval', (t) => {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  let beats = 0;
  const s = new HeartbeatSchedule(false, () => beats++, 1000);
  s.start();
  mock.timers.tick(999);
  assert.equal(beats, 0);
  mock.timers.tick(1);
  assert.equal(beats, 1);
  s.sent(); // traffic does not matter without onlyWhenIdle
  mock.timers.tick(1000);
  assert.equal(beats, 2);
  s.setInterval(5000);
  mock.timers.tick(4999);
  assert.equal(beats, 2);
  mock.timers.tick(1);
  assert.equal(beats, 3);
  s.stop();
  mock.timers.tick(20_000);
  assert.equal(beats, 3);
});

test('OCPP 1.6 4.6: with onlyWhenIdle a heartbeat is skipped while other messages went out within the interval', (t) => {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  let clock = 0;
  let beats = 0;
  const s = new HeartbeatSchedule(true, () => beats++, 1000, () => clock);
  const advance = (ms: number): void => {
    clock += ms;
    mock.timers.tick(ms);
  };
  s.start();
  advance(600);
  s.sent(); // a message at 600: the heartbeat due at 1000 is skipped
  advance(400);
  assert.equal(beats, 0);
  advance(599);
  assert.equal(beats, 0);
  advance(1); // 1600: a whole interval of silence
  assert.equal(beats, 1);
  advance(1000);
  assert.equal(beats, 2);
});

test('without a known interval nothing is scheduled', (t) => {
  mock.timers.enable({ apis: ['setTimeout'] });
  t.after(() => mock.timers.reset());
  let beats = 0;
  const s = new HeartbeatSchedule(false, () => beats++, undefined);
  s.start();
  mock.timers.tick(1_000_000);
  assert.equal(beats, 0);
  s.setInterval(10);
  mock.timers.tick(10);
  assert.equal(beats, 1);
});
