/**
 * The dashboard's management of stations, tokens and certificates, on the
 * CSMS services (csms/services): over HTTP behind the guard, and in
 * Chromium through its panels (skipped, saying so, without /usr/bin/chromium).
 * The services are not part of `ocpp csms` yet, so the dashboard is mounted
 * here on a server of its own with the services given.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CertificateAuthority, StationRegistry, TokenService } from '../../src/cli/csms/services/index.js';
import { CsmsState } from '../../src/cli/csms/state.js';
import { csmsDashboardBackend } from '../../src/cli/dashboard/csms-backend.js';
import { Dashboard } from '../../src/cli/dashboard/server.js';
import { HttpGuard } from '../../src/cli/http/guard.js';
import { hasOpenssl } from '../support/certs.js';

const TOKEN = 'manage-test-token';
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const noBrowser = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}`;
const noOpenssl = hasOpenssl() ? false : 'no openssl to make a CSR';

/** A CSR for CN=`cn` made by openssl, PEM. */
function csr(cn: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-csr-'));
  try {
    execFileSync('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'k.pem'), '-subj', `/CN=${cn}`, '-out', join(dir, 'r.pem')], { stdio: 'ignore' });
    return readFileSync(join(dir, 'r.pem'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('managing stations, tokens and certificates from the dashboard', () => {
  let server: Server;
  let port: number;
  let dashboard: Dashboard;
  const registry = new StationRegistry();
  const tokens = new TokenService();

  before(async () => {
    const state = new CsmsState();
    const backend = csmsDashboardBackend({
      state,
      isConnected: () => false,
      versionOf: () => undefined,
      call: () => Promise.reject(new Error('no station here')),
    });
    dashboard = new Dashboard(backend, { services: { stations: registry, tokens, certificates: await CertificateAuthority.create({ commonName: 'Dashboard Test CA' }) } });
    const guard = new HttpGuard({ listenHost: '127.0.0.1', token: TOKEN });
    server = createServer((req, res) => {
      void dashboard.handle(req, res, guard).then((served) => {
        if (!served && guard.admit(req, res)) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(async () => {
    dashboard.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  function call(method: string, path: string, body?: unknown, token: string | null = TOKEN): Promise<{ status: number; body: Record<string, unknown> }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string> = { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json' };
      if (token !== null) headers['Authorization'] = `Bearer ${token}`;
      const req = request({ host: '127.0.0.1', port, method, path: `/dashboard/api/manage${path}`, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Record<string, unknown> }));
      });
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  it('needs the token, and says which services there are', async () => {
    assert.equal((await call('GET', '', undefined, null)).status, 401);
    assert.equal((await call('POST', '/tokens', { idToken: 'X', status: 'Accepted' }, 'wrong')).status, 401);
    assert.deepEqual((await call('GET', '')).body, { stations: true, tokens: true, certificates: true });
  });

  it('adds, pre-registers, changes the password of and removes a station; passwords are never shown', async () => {
    const added = await call('POST', '/stations', { identity: 'CS-M-1', password: 'first-secret', securityProfile: 1, registration: 'Accepted' });
    assert.equal(added.status, 201);
    assert.deepEqual(added.body, { identity: 'CS-M-1', securityProfile: 1, registration: 'Accepted', hasPassword: true, changingPassword: false });
    assert.equal((await call('POST', '/stations', { identity: 'CS-M-1' })).status, 400, 'exists already');
    assert.match(String((await call('POST', '/stations', { identity: 'a/b' })).body['error']), /identity/);
    assert.equal((await call('PATCH', '/stations/CS-M-1', { password: 'second-secret' })).status, 200);
    assert.equal((await registry.get('CS-M-1'))?.password, 'second-secret');
    assert.doesNotMatch(JSON.stringify((await call('GET', '/stations')).body), /secret/);
    assert.equal((await call('DELETE', '/stations/CS-M-1')).status, 200);
    assert.equal((await call('DELETE', '/stations/CS-M-1')).status, 404);
  });

  it('creates and changes idTokens, and Authorize follows (C01: the status given; C09: the group)', async () => {
    assert.equal((await call('POST', '/tokens', { idToken: 'TOK-M-1', status: 'Accepted', groupId: 'GROUP-1' })).status, 201);
    assert.equal((await tokens.authorize('TOK-M-1')).status, 'Accepted');
    assert.equal((await tokens.authorize('TOK-M-1')).group?.idToken, 'GROUP-1');
    assert.equal((await call('PATCH', '/tokens/TOK-M-1', { status: 'Blocked' })).status, 200);
    assert.equal((await tokens.authorize('TOK-M-1')).status, 'Blocked');
    assert.equal((await call('POST', '/tokens', { idToken: 'TOK-M-2', status: 'Sometimes' })).status, 400);
    assert.equal((await call('DELETE', '/tokens/TOK-M-1')).status, 200);
    assert.equal((await tokens.authorize('TOK-M-1')).status, 'Unknown');
  });

  it('signs a station\'s CSR with the test CA and refuses one that is not a CSR', { skip: noOpenssl }, async () => {
    const signed = await call('POST', '/certificates', { csr: csr('CS-M-2'), identity: 'CS-M-2' });
    assert.equal(signed.status, 201, JSON.stringify(signed.body));
    assert.match(String(signed.body['certificate']), /BEGIN CERTIFICATE/);
    const ca = await call('GET', '/certificates');
    assert.match(String(ca.body['subject']), /Dashboard Test CA/);
    assert.equal((ca.body['issued'] as unknown[]).length, 1);
    const bad = await call('POST', '/certificates', { csr: 'not a CSR' });
    assert.deepEqual([bad.status, bad.body['problem']], [400, 'malformed']);
    // A ChargingStationCertificate's CN must be the station's identity.
    assert.equal((await call('POST', '/certificates', { csr: csr('SOMEONE-ELSE'), identity: 'CS-M-2' })).status, 400);
  });

  describe('in Chromium', { skip: noBrowser }, () => {
    let browser: Browser;
    let page: Page;
    const pageErrors: string[] = [];
    before(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (err) => pageErrors.push(String(err)));
      await page.goto(`http://127.0.0.1:${port}/dashboard/#token=${TOKEN}`);
    });
    after(async () => {
      await browser?.close();
    });

    it('adds a token, blocks it, and pre-registers a station through the panels', async () => {
      const panel = page.locator('#manage-tokens');
      await panel.waitFor({ timeout: 15_000 });
      await panel.locator('input[name="idToken"]').fill('TOK-UI-1');
      await panel.locator('select[name="type"]').selectOption('ISO14443');
      await panel.locator('button', { hasText: 'Add idToken' }).click();
      const row = panel.locator('tr[data-token="TOK-UI-1"]');
      await row.waitFor({ timeout: 10_000 });
      assert.equal((await tokens.get('TOK-UI-1'))?.type, 'ISO14443');
      await row.locator('select[name="status"]').selectOption('Blocked');
      await until(async () => (await tokens.get('TOK-UI-1'))?.status === 'Blocked', 'the token to be Blocked');

      const stations = page.locator('#manage-stations');
      await stations.locator('input[name="identity"]').fill('CS-UI-1');
      await stations.locator('input[name="password"]').last().fill('ui-secret-1');
      await stations.locator('select[name="securityProfile"]').selectOption('1');
      await stations.locator('select[name="registration"]').selectOption('Accepted');
      await stations.locator('button', { hasText: 'Add station' }).click();
      await stations.locator('tr[data-identity="CS-UI-1"]').waitFor({ timeout: 10_000 });
      assert.deepEqual(await registry.get('CS-UI-1'), { identity: 'CS-UI-1', password: 'ui-secret-1', securityProfile: 1, registration: 'Accepted' });
    });

    it('signs a CSR pasted into the certificate panel', { skip: noOpenssl }, async () => {
      const panel = page.locator('#manage-certificates');
      await panel.locator('textarea[name="csr"]').fill(csr('CS-UI-1'));
      await panel.locator('input[name="identity"]').fill('CS-UI-1');
      await panel.locator('button', { hasText: 'Sign CSR' }).click();
      await panel.locator('#signed').waitFor({ timeout: 10_000 });
      assert.match(await panel.locator('#signed').innerText(), /Signed: CN=CS-UI-1/);
      assert.deepEqual(pageErrors, [], 'no error in the page');
      if (process.env['DASHBOARD_SCREENSHOTS'] !== undefined) await page.locator('#manage').screenshot({ path: join(process.env['DASHBOARD_SCREENSHOTS'], 'dashboard-manage.png') });
    });
  });
});

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
