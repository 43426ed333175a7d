/**
 * Issue "hardening": the outside attack as a bounded property test. Hostile
 * frames (random bytes, truncated JSON, deep nesting, huge numbers, wrong
 * types at every position, mutated and valid payloads, frames of 5-9 MB)
 * go over real WebSockets into the CSMS of `ocpp csms` and a station of
 * `ocpp station`; every reply must keep Part 4's rules (see
 * support/fuzz-harness.ts) and both must keep serving. `npm run fuzz` runs
 * the same against the commands as processes, with many more frames.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startCsms } from '../../src/cli/csms/server.js';
import { Fleet } from '../../src/cli/station/fleet.js';
import { CsmsFuzzer, HostileCsms, newTally, type FuzzTally } from '../support/fuzz-harness.js';
import { bigFrame, hostileFrames, invalidUtf8 } from '../support/hostile-frames.js';

function summary(t: FuzzTally): string {
  return `${t.frames} frames, ${t.replies} replies, ${t.closes} closes, ${t.malformed} broken rules${t.problems.length > 0 ? `:\\n  ${t.problems.join('\\n  ')}` : ''}`;
}

test('fuzz: the CSMS of ocpp csms answers every hostile frame by the rules and keeps serving', { timeout: 300_000 }, async (t) => {
  const csms = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, securityProfile: 0, state: {}, validation: 'strict', callTimeoutMs: 5000, onFrame: () => undefined, pingIntervalMs: 0 });
  const tally = newTally();
  const fuzzer = await CsmsFuzzer.start(csms.url, 'FUZZ-1');
  try {
    await fc.assert(
      fc.asyncProperty(hostileFrames('Csms', { big: true, invalidUtf8: true }), async (h) => {
        const before = tally.malformed;
        await fuzzer.run(h, tally);
        return tally.malformed === before;
      }),
      { numRuns: 1500, endOnFailure: true },
    );
    t.diagnostic(summary(tally));
    assert.equal(tally.malformed, 0, summary(tally));
    // Still serving: a fresh station boots, and the operator API answers.
    const after = await CsmsFuzzer.start(csms.url, 'FUZZ-2');
    after.close();
    const res = await fetch(`http://127.0.0.1:${csms.apiAddress!.port}/stations`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { stations: { identity: string }[] };
    assert.ok(body.stations.some((s) => s.identity === 'FUZZ-2'));
  } finally {
    fuzzer.close();
    await csms.close();
  }
});

test('fuzz: a station of ocpp station answers every hostile CSMS frame by the rules and keeps serving', { timeout: 300_000 }, async (t) => {
  const hostile = await HostileCsms.start();
  const errors: string[] = [];
  const fleet = new Fleet({ url: hostile.url, identities: ['FUZZ-CS'], station: {}, onFrame: () => undefined, onEvent: (_id, e) => e.type === 'error' && errors.push(e.message) });
  const tally = newTally();
  try {
    await fleet.start();
    assert.ok(await hostile.connected(), 'the station connected and booted');
    await fc.assert(
      fc.asyncProperty(hostileFrames('Station'), async (h) => {
        const before = tally.malformed;
        await hostile.run(h, tally);
        return tally.malformed === before;
      }),
      { numRuns: 800, endOnFailure: true },
    );
    // A closed connection costs the station its reconnect back-off (seconds): a few such frames only.
    for (const h of [bigFrame(6), bigFrame(9), ...fc.sample(invalidUtf8, { numRuns: 1, seed: 9 })]) await hostile.run(h, tally);
    t.diagnostic(summary(tally));
    if (errors.length > 0) t.diagnostic(`station errors (its own calls answered {} by the hostile CSMS): ${errors.slice(0, 3).join('; ')}`);
    assert.equal(tally.malformed, 0, summary(tally));
    assert.equal(tally.closes, 2, 'the 9 MB frame and the bytes that are not UTF-8 closed the connection');
    assert.ok(await hostile.connected(), 'the station is still there');
  } finally {
    await fleet.stop();
    await hostile.close();
  }
});
