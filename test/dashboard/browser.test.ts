/**
 * The dashboard in a real browser: Debian's Chromium, headless, driven by
 * playwright-core, against the real test CSMS (`startCsms`, as `ocpp csms`
 * runs it) and a simulated OCPP 2.0.1 station on a real connection. Skipped,
 * saying so, where /usr/bin/chromium (or $CHROMIUM) is missing; CI installs it.
 *
 * With DASHBOARD_SCREENSHOTS=DIR set, the screenshots of the README are
 * written to DIR (docs/ when they are renewed).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WebSocket } from 'ws';
import { startCsms, type RunningCsms } from '../../src/cli/csms/server.js';
import type { FrameDirection } from '../../src/cli/log/jsonl.js';
import { StationConnection } from '../../src/cli/station/connection.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const missing = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM)`;
const SHOTS = process.env['DASHBOARD_SCREENSHOTS'];
const TOKEN = 'dashboard-test-token';
const STATION = 'CS-DASH-1';

describe('the dashboard in Chromium', { skip: missing }, () => {
  let running: RunningCsms;
  let station: StationConnection;
  let browser: Browser;
  let page: Page;
  const frames: { direction: FrameDirection; identity: string; text: string }[] = [];
  const posts: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    running = await startCsms({ host: '127.0.0.1', port: 0, apiPort: 0, apiToken: TOKEN, securityProfile: 0, state: { heartbeatIntervalS: 60 }, validation: 'strict', callTimeoutMs: 10_000, onFrame: () => undefined });
    running.state.on('frame', (direction, identity, text) => frames.push({ direction, identity, text }));
    station = new StationConnection({
      url: running.url,
      identity: STATION,
      station: { evses: 2, evReadyDelayMs: 50, bootRetryMs: 200, meterIntervalS: 1, vendorName: 'Dashboard Works', model: 'DW-22' },
      callTimeoutMs: 10_000,
      onFrame: () => undefined,
      onEvent: () => undefined,
    });
    await station.start();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    // The token travels in the fragment, which the browser never sends to the server.
    await page.goto(`http://127.0.0.1:${running.apiAddress!.port}/dashboard/#token=${TOKEN}`);
  });

  after(async () => {
    await browser?.close();
    await station?.close();
    await running?.close();
  });

  it('shows the connected station with its version, registration, connection and connectors, pushed live', async () => {
    const row = page.locator(`#stations tr[data-station="${STATION}"]`);
    await row.waitFor({ timeout: 15_000 });
    await assertEventually(async () => {
      const text = await row.innerText();
      return /2\.0\.1/.test(text) && /Accepted/.test(text) && /\bconnected\b/.test(text) && /Dashboard Works \/ DW-22/.test(text);
    }, 'the station row with 2.0.1, Accepted, connected');
    await page.locator('#connectors [data-connector="2/1"]').waitFor({ timeout: 15_000 });
    assert.match(await page.locator('#connectors').innerText(), /EVSE 1[\s\S]*Available[\s\S]*EVSE 2[\s\S]*Available/);
    assert.equal(await page.locator('#live').innerText(), 'live');
    // The page learnt all this from the event stream: its address carries no token any more.
    assert.equal(new URL(page.url()).hash, '');
  });

  it('refuses a bad payload in the form, before anything is sent', async () => {
    await page.locator('select[name="action"]').selectOption('RequestStartTransaction');
    const sentBefore = frames.filter((f) => f.direction === 'CsmsToStation').length;
    // IdTokenType.idToken is at most 36 characters.
    await page.fill('input[name="/idToken/idToken"]', 'X'.repeat(37));
    await page.fill('input[name="/remoteStartId"]', '7');
    assert.match(await page.locator('#form-verdict').innerText(), /1 problem/);
    await page.click('#send-form button[type=submit]');
    const outcome = await page.locator('#send-outcome').innerText();
    assert.match(outcome, /not sent: 1 problem in the RequestStartTransaction request/);
    assert.match(outcome, /\/idToken\/idToken/);
    // A number field holding text is refused too, with the validators' code.
    await page.fill('input[name="/idToken/idToken"]', 'DASH-TOKEN');
    await page.fill('input[name="/remoteStartId"]', 'seven');
    await page.click('#send-form button[type=submit]');
    assert.match(await page.locator('#send-outcome').innerText(), /TypeConstraintViolation/);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(posts, [], 'the page sent no request');
    assert.equal(frames.filter((f) => f.direction === 'CsmsToStation').length, sentBefore, 'no frame went to the station');
    if (SHOTS !== undefined) {
      await page.fill('input[name="/idToken/idToken"]', 'X'.repeat(37));
      await page.click('#send-form button[type=submit]');
      await page.locator('#send-form').screenshot({ path: join(SHOTS, 'dashboard-refused.png') });
    }
  });

  it('starts a transaction from the form (RequestStartTransaction); it appears with its energy and power chart', async () => {
    assert.ok(await station.station.plugIn(1), 'the EV is plugged in at EVSE 1');
    await page.fill('input[name="/idToken/idToken"]', 'DASH-TOKEN');
    await page.fill('input[name="/remoteStartId"]', '7');
    await page.check('input[name="/evseId?"]');
    await page.fill('input[name="/evseId"]', '1');
    assert.match(await page.locator('#form-verdict').innerText(), /valid RequestStartTransaction request/);
    await page.click('#send-form button[type=submit]');
    await page.locator('#send-outcome.good').waitFor({ timeout: 15_000 });
    assert.match(await page.locator('#send-outcome').innerText(), /"status": "Accepted"/);
    const sent = frames.find((f) => f.direction === 'CsmsToStation' && f.text.includes('"RequestStartTransaction"'));
    assert.ok(sent !== undefined && sent.text.includes('"DASH-TOKEN"'), 'the CALL went out with the form\'s payload');

    const row = page.locator('#transactions tr[data-transaction]').first();
    await row.waitFor({ timeout: 15_000 });
    await assertEventually(async () => {
      const energy = await row.locator('.energy').innerText();
      return /Active/.test(await row.innerText()) && /DASH-TOKEN/.test(await row.innerText()) && Number.parseFloat(energy) > 0;
    }, 'the transaction with DASH-TOKEN, Active, with energy above 0 kWh', 25_000);
    const tx = [...running.state.transactions.values()].find((t) => t.idToken?.idToken === 'DASH-TOKEN');
    assert.ok(tx !== undefined && tx.remoteStartId === 7, 'the CSMS has the transaction of remote start 7');
    await page.locator('.chart svg path.power').waitFor({ state: 'attached', timeout: 15_000 });
    assert.match(await page.locator('.chart figcaption').innerText(), new RegExp(`Power of ${tx.transactionId}`));
    assert.match(await page.locator('#connectors [data-connector="1/1"]').innerText(), /Occupied/);
  });

  it('logs every frame with its verdict, and marks a CALLERROR and an invalid frame', async () => {
    // A second station that sends a BootNotification without its reason: the CSMS answers a CALLERROR.
    const ws = new WebSocket(`${running.url}/CS-BAD-1`, 'ocpp2.0.1');
    await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
    ws.send(JSON.stringify([2, 'bad-1', 'BootNotification', { chargingStation: { model: 'M', vendorName: 'V' } }]));
    await page.click('#stations tr[data-station="CS-BAD-1"]', { timeout: 15_000 });
    const error = page.locator('#frames tr.callerror');
    await error.waitFor({ timeout: 15_000 });
    assert.match(await error.innerText(), /CALLERROR[\s\S]*BootNotification[\s\S]*OccurrenceConstraintViolation/);
    const invalid = page.locator('#frames tr.invalid[data-direction="StationToCsms"]');
    assert.match(await invalid.innerText(), /OccurrenceConstraintViolation at \/reason/);
    ws.close();
    if (SHOTS !== undefined) await page.locator('section:has(#frames)').screenshot({ path: join(SHOTS, 'dashboard-callerror.png') });
    await page.click(`#stations tr[data-station="${STATION}"]`);
    const valid = page.locator('#frames tr[data-type="CALL"][data-action="TransactionEvent"]').first();
    assert.match(await valid.innerText(), /✓ valid/);
    if (SHOTS !== undefined) {
      // A chart worth looking at: a dozen readings.
      const readings = async (): Promise<number> => Number(/(\d+) reading/.exec(await page.locator('.chart figcaption').innerText())?.[1] ?? 0);
      await assertEventually(async () => (await readings()) >= 12, 'a dozen readings', 40_000);
      await page.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });
    }
  });

  it('loads the validators and the model of 1.6 and 2.1 too, as the page does for a station of that version', async () => {
    const verdicts = await page.evaluate(async (base) => {
      const load = (path: string): Promise<Record<string, unknown>> => import(new URL(path, base).href) as Promise<Record<string, unknown>>;
      const out: Record<string, unknown> = {};
      for (const [folder, action, good, bad] of [
        ['v16', 'Reset', { type: 'Hard' }, { type: 'Immediate' }],
        ['v21', 'Reset', { type: 'Immediate' }, { type: 'Hard' }],
      ] as const) {
        const lib = await load(`lib/${folder}/index.js`);
        const { model } = (await load(`lib/${folder}/model.js`)) as { model: { version: string; actions: Record<string, unknown> } };
        const validate = lib['validate'] as (a: string, k: string, p: unknown) => { ok: boolean; errors?: { code: string }[] };
        out[folder] = [model.version, action in model.actions, validate(action, 'request', good).ok, validate(action, 'request', bad).errors?.[0]?.code];
      }
      return out;
    }, page.url());
    assert.deepEqual(pageErrors, [], 'no error in the page');
    assert.deepEqual(verdicts, { v16: ['1.6', true, true, 'PropertyConstraintViolation'], v21: ['2.1', true, true, 'PropertyConstraintViolation'] });
  });

  async function assertEventually(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});
