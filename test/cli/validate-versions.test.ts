/**
 * `ocpp validate` in each version: `--ocpp 1.6|2.0.1|2.1`, and without it
 * the version of each station's frames detected from the frames (or named
 * by the log entries' `protocol`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { detectVersions } from '../../src/cli/log/detect.js';

async function validate(args: string[], stdin = ''): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (line) => void out.push(line),
    err: (line) => void err.push(line),
    progress: () => undefined,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    readStdin: () => Promise.resolve(stdin),
    stop: new AbortController().signal,
  };
  const code = await main(['validate', ...args], io);
  return { code, out, err };
}

const entry = (station: string, direction: string, frame: unknown, protocol?: string): string =>
  JSON.stringify({ time: '2025-01-01T00:00:00Z', direction, station, ...(protocol !== undefined && { protocol }), frame });

const boot16 = [2, 'b1', 'BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' }];
const boot2x = [2, 'b1', 'BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } }];

test('--ocpp 1.6: 1.6 payloads, actions and error-code spellings', async () => {
  const ok = await validate(['--ocpp', '1.6', '-a', 'BootNotification', '--data', JSON.stringify(boot16[3])]);
  assert.equal(ok.code, 0, ok.out.join('\n'));
  const wrong = await validate(['--ocpp', '1.6', '-a', 'BootNotification', '--data', JSON.stringify(boot2x[3])]);
  assert.equal(wrong.code, 1);
  assert.match(wrong.out.join('\n'), /OccurrenceConstraintViolation at \/chargePointVendor/);
  const action = await validate(['--ocpp', '1.6', '-a', 'TransactionEvent', '--data', '{}']);
  assert.equal(action.code, 2);
  assert.match(action.err.join('\n'), /unknown OCPP 1.6 action "TransactionEvent"/);
  // A CALLERROR with a 2.x spelling is not a 1.6 code; 1.6's own spelling is.
  const log = [entry('CP', 'StationToCsms', [2, 'x', 'Heartbeat', {}]), entry('CP', 'CsmsToStation', [4, 'x', 'FormatViolation', '', {}])].join('\n');
  const spelled = await validate(['--ocpp', '1.6', '-'], log);
  assert.equal(spelled.code, 1);
  assert.match(spelled.out.join('\n'), /"FormatViolation" is not an OCPP 1.6 error code/);
  const own = [entry('CP', 'StationToCsms', [2, 'x', 'Heartbeat', {}]), entry('CP', 'CsmsToStation', [4, 'x', 'FormationViolation', '', {}])].join('\n');
  assert.equal((await validate(['--ocpp', '1.6', '-'], own)).code, 0);
});

test('--ocpp 2.1: SEND and CALLRESULTERROR frames are checked; in 2.0.1 they are unknown message types', async () => {
  const stream = { id: 1, pending: 0, basetime: '2025-01-01T00:00:00Z', data: [{ t: 0, v: '1' }] };
  const log = [
    entry('CS', 'StationToCsms', [6, 's1', 'NotifyPeriodicEventStream', stream]),
    entry('CS', 'CsmsToStation', [5, 'r1', 'FormatViolation', 'cannot read it', {}]),
  ].join('\n');
  const r21 = await validate(['--ocpp', '2.1', '-'], log);
  assert.equal(r21.code, 0, r21.out.join('\n'));
  const r201 = await validate(['--ocpp', '2.0.1', '-'], log);
  assert.equal(r201.code, 1);
  assert.match(r201.out.join('\n'), /MessageTypeNotSupported .*message type 6/);
  // In 2.1 a SEND action as a CALL, or a CALL action as a SEND, is an error.
  const misuse = [entry('CS', 'StationToCsms', [2, 'c1', 'NotifyPeriodicEventStream', stream]), entry('CS', 'StationToCsms', [6, 'c2', 'Heartbeat', {}])].join('\n');
  const bad = await validate(['--ocpp', '2.1', '-'], misuse);
  assert.equal(bad.code, 1);
  assert.match(bad.out.join('\n'), /NotifyPeriodicEventStream is sent as SEND, not as a CALL/);
  assert.match(bad.out.join('\n'), /Heartbeat is not sent as SEND/);
});

test('without --ocpp, each station of a log is checked in the version its frames are in', async () => {
  const log = [
    entry('CP16', 'StationToCsms', boot16),
    entry('CP16', 'CsmsToStation', [3, 'b1', { status: 'Accepted', currentTime: '2025-01-01T00:00:00Z', interval: 300 }]),
    entry('CS201', 'StationToCsms', boot2x),
    entry('CS201', 'CsmsToStation', [3, 'b1', { status: 'Accepted', currentTime: '2025-01-01T00:00:00Z', interval: 300 }]),
    entry('CS21', 'StationToCsms', [6, 's1', 'NotifyPeriodicEventStream', { id: 1, pending: 0, basetime: '2025-01-01T00:00:00Z', data: [{ t: 0, v: '1' }] }]),
    entry('CS21', 'StationToCsms', boot2x),
  ].join('\n');
  const r = await validate(['-'], log);
  assert.equal(r.code, 0, r.out.join('\n'));
  assert.match(r.out.join('\n'), /CP16: OCPP 1\.6 \(1 of 1 requests read as OCPP 1\.6\)/);
  assert.match(r.out.join('\n'), /CS201: OCPP 2\.0\.1 \(1 of 1 requests read as OCPP 2\.0\.1 \(as in 2\.1: the tie goes to 2\.0\.1\)\)/);
  assert.match(r.out.join('\n'), /CS21: OCPP 2\.1 \(CALLRESULTERROR or SEND frames, which only OCPP 2\.1 has\)/);
  const json = await validate(['--json', '-'], log);
  assert.deepEqual(JSON.parse(json.out[0]!).versions, { CP16: '1.6', CS201: '2.0.1', CS21: '2.1' });
  // Checked as 2.0.1, the 1.6 station would be all errors.
  assert.equal((await validate(['--ocpp', '2.0.1', '-'], log)).code, 1);
});

test('detection: a log entry naming its protocol decides; an unknown action counts against a version; no requests means 2.0.1', () => {
  const found = detectVersions([
    { station: 'A', protocol: 'ocpp1.6', frame: boot2x },
    { station: 'B', frame: [2, 'x', 'StartTransaction', { connectorId: 1, idTag: 'T', meterStart: 0, timestamp: '2025-01-01T00:00:00Z' }] },
    { station: 'C', frame: [3, 'x', {}] },
    { station: 'D', frame: [2, 'x', 'NotifySettlement', {}] },
  ]);
  assert.deepEqual(
    Object.fromEntries([...found].map(([s, d]) => [s, d.version.version])),
    { A: '1.6', B: '1.6', C: '2.0.1', D: '2.1' },
  );
});
