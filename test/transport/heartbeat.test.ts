/**
 * The client's heartbeat schedule and where its interval comes from: the
 * Accepted BootNotification answer and OCPPCommCtrlr.HeartbeatInterval set by
 * SetVariables; OCPP 1.6 4.6's permission to skip a heartbeat after other
 * traffic (`onlyWhenIdle`). Timers are mocked: no wall-clock assumptions.
 */
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { HeartbeatSchedule, heartbeatIntervalFrom } from '../../src/transport/heartbeat.js';

const hbVar = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };

test('B01: an Accepted boot answer gives the interval (seconds to ms); Pending and Rejected do not', () => {
  assert.equal(heartbeatIntervalFrom('sent', 'BootNotification', {}, { status: 'Accepted', interval: 300, currentTime: 'x' }), 300_000);
  assert.equal(heartbeatIntervalFrom('sent', 'BootNotification', {}, { status: 'Pending', interval: 10, currentTime: 'x' }), undefined);
  assert.equal(heartbeatIntervalFrom('sent', 'BootNotification', {}, { status: 'Accepted', interval: 0, currentTime: 'x' }), undefined);
  // The station never receives a BootNotification.
  assert.equal(heartbeatIntervalFrom('received', 'BootNotification', {}, { status: 'Accepted', interval: 5 }), undefined);
});

test('SetVariables of OCPPCommCtrlr.HeartbeatInterval sets the interval only when Accepted', () => {
  const request = { setVariableData: [{ ...hbVar, attributeValue: '60' }] };
  const accepted = { setVariableResult: [{ ...hbVar, attributeStatus: 'Accepted' }] };
  assert.equal(heartbeatIntervalFrom('received', 'SetVariables', request, accepted), 60_000);
  const rejected = { setVariableResult: [{ ...hbVar, attributeStatus: 'Rejected' }] };
  assert.equal(heartbeatIntervalFrom('received', 'SetVariables', request, rejected), undefined);
  const reboot = { setVariableResult: [{ ...hbVar, attributeStatus: 'RebootRequired' }] };
  assert.equal(heartbeatIntervalFrom('received', 'SetVariables', request, reboot), undefined);
  // Another attribute type, another instance, another component: not the heartbeat interval.
  const target = { setVariableData: [{ ...hbVar, attributeType: 'Target', attributeValue: '60' }] };
  assert.equal(heartbeatIntervalFrom('received', 'SetVariables', target, { setVariableResult: [{ ...hbVar, attributeType: 'Target', attributeStatus: 'Accepted' }] }), undefined);
  const other = { component: { name: 'OCPPCommCtrlr', instance: 'x' }, variable: { name: 'HeartbeatInterval' } };
  assert.equal(heartbeatIntervalFrom('received', 'SetVariables', { setVariableData: [{ ...other, attributeValue: '60' }] }, { setVariableResult: [{ ...other, attributeStatus: 'Accepted' }] }), undefined);
  // Not a whole positive number of seconds: ignored.
  for (const value of ['abc', '1.5', '0', '-3']) {
    assert.equal(heartbeatIntervalFrom('received', 'SetVariables', { setVariableData: [{ ...hbVar, attributeValue: value }] }, accepted), undefined, value);
  }
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
