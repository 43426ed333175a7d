/**
 * The dashboard's management of stations, tokens and certificates, for a
 * CSMS that has the services (csms/services): each route exists only when
 * its service is given. Every route needs the API token (the caller, the
 * dashboard's server, has admitted the request through the guard).
 *
 *   GET    /dashboard/api/manage                      which services there are
 *   GET    /dashboard/api/manage/stations             registered stations (passwords never shown)
 *   POST   /dashboard/api/manage/stations             add one: {identity, password?, securityProfile?, registration?}
 *   PATCH  /dashboard/api/manage/stations/{identity}  change fields ({password} sets the password)
 *   DELETE /dashboard/api/manage/stations/{identity}
 *   GET    /dashboard/api/manage/tokens               idTokens
 *   POST   /dashboard/api/manage/tokens               create one (a TokenRecord)
 *   PATCH  /dashboard/api/manage/tokens/{idToken}     change fields
 *   DELETE /dashboard/api/manage/tokens/{idToken}
 *   GET    /dashboard/api/manage/certificates         the CA's certificate and what it issued here
 *   POST   /dashboard/api/manage/certificates         sign a CSR: {csr, identity?, use?}
 *
 * The services check what they are given; their refusals come back as 400
 * with the service's message.
 */
import { X509Certificate } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody } from '../http/body.js';
import { CsrError, StationEntryError, TokenRecordError, type CertificateAuthority, type CertificateUse, type IssuedCertificate, type StationEntry, type StationRegistry, type TokenRecord, type TokenService } from '../csms/services/index.js';

/** The services the dashboard manages; each panel appears only when its service is here. */
export interface DashboardServices {
  readonly stations?: StationRegistry;
  readonly tokens?: TokenService;
  readonly certificates?: CertificateAuthority;
}

/** A JSON answer: status and body. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** What a station entry shows: everything but its passwords. */
function stationJson(e: StationEntry): Record<string, unknown> {
  const { password, passwordHash, previousPassword, ...rest } = e;
  return { ...rest, hasPassword: password !== undefined || passwordHash !== undefined, changingPassword: previousPassword !== undefined };
}

const MAX_ISSUED = 100;

export class Management {
  private readonly issued: IssuedCertificate[] = [];

  constructor(private readonly services: DashboardServices) {}

  /** The answer to a management request (`path`: after /dashboard/api/manage), or undefined when no route matches. */
  async handle(req: IncomingMessage, path: string): Promise<Answer | undefined> {
    const method = req.method ?? 'GET';
    const [kind, rawKey, ...more] = path.split('/').filter((p) => p !== '');
    if (more.length > 0) return undefined;
    let key: string | undefined;
    try {
      key = rawKey === undefined ? undefined : decodeURIComponent(rawKey);
    } catch {
      return { status: 400, body: { error: 'the path is not valid percent-encoding' } };
    }
    const s = this.services;
    if (kind === undefined) {
      return method === 'GET' ? { status: 200, body: { stations: s.stations !== undefined, tokens: s.tokens !== undefined, certificates: s.certificates !== undefined } } : undefined;
    }
    const body = async (): Promise<Body> => {
      const read = await readJsonBody(req, { maxBytes: 256 * 1024 });
      if (!read.ok) return { refusal: { status: read.status, body: { error: read.error } } };
      const value = read.value ?? {};
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { refusal: { status: 400, body: { error: 'the body must be a JSON object' } } };
      return { value: value as Record<string, unknown> };
    };
    try {
      if (kind === 'stations' && s.stations !== undefined) return await this.stations(s.stations, method, key, body);
      if (kind === 'tokens' && s.tokens !== undefined) return await this.tokens(s.tokens, method, key, body);
      if (kind === 'certificates' && s.certificates !== undefined && key === undefined) return await this.certificates(s.certificates, method, body);
    } catch (err) {
      if (err instanceof StationEntryError || err instanceof TokenRecordError) return { status: 400, body: { error: err.message } };
      if (err instanceof CsrError) return { status: 400, body: { error: err.message, problem: err.problem } };
      throw err;
    }
    return undefined;
  }

  private async stations(registry: StationRegistry, method: string, key: string | undefined, body: () => Promise<Body>): Promise<Answer | undefined> {
    if (key === undefined) {
      if (method === 'GET') return { status: 200, body: { stations: (await registry.list()).map(stationJson) } };
      if (method !== 'POST') return undefined;
      const { value: b, refusal } = await body();
      if (b === undefined) return refusal;
      return { status: 201, body: stationJson(await registry.add(b as unknown as StationEntry)) };
    }
    if ((await registry.get(key)) === undefined) return { status: 404, body: { error: `no station ${key}` } };
    if (method === 'DELETE') return { status: 200, body: { removed: await registry.remove(key) } };
    if (method !== 'PATCH') return undefined;
    const { value: b, refusal } = await body();
    if (b === undefined) return refusal;
    const { password, ...patch } = b;
    // Setting the password is the operator's change (the old one stops at once); the rest is a plain change.
    if (password !== undefined) {
      if (typeof password !== 'string') return { status: 400, body: { error: 'password must be a string' } };
      await registry.setPassword(key, password);
    }
    const entry = Object.keys(patch).length > 0 ? await registry.change(key, patch as Partial<StationEntry>) : (await registry.get(key))!;
    return { status: 200, body: stationJson(entry) };
  }

  private async tokens(tokens: TokenService, method: string, key: string | undefined, body: () => Promise<Body>): Promise<Answer | undefined> {
    if (key === undefined) {
      if (method === 'GET') return { status: 200, body: { tokens: await tokens.list() } };
      if (method !== 'POST') return undefined;
      const { value: b, refusal } = await body();
      if (b === undefined) return refusal;
      return { status: 201, body: await tokens.create(b as unknown as TokenRecord) };
    }
    if ((await tokens.get(key)) === undefined) return { status: 404, body: { error: `no idToken ${key}` } };
    if (method === 'DELETE') return { status: 200, body: { removed: await tokens.delete(key) } };
    if (method !== 'PATCH') return undefined;
    const { value: b, refusal } = await body();
    if (b === undefined) return refusal;
    return { status: 200, body: await tokens.change(key, b as Partial<TokenRecord>) };
  }

  private async certificates(ca: CertificateAuthority, method: string, body: () => Promise<Body>): Promise<Answer | undefined> {
    if (method === 'GET') {
      const cert = new X509Certificate(ca.certificate);
      return { status: 200, body: { certificate: ca.certificate, subject: cert.subject, notAfter: new Date(cert.validTo).toISOString(), issued: this.issued } };
    }
    if (method !== 'POST') return undefined;
    const { value: b, refusal } = await body();
    if (b === undefined) return refusal;
    if (typeof b['csr'] !== 'string') return { status: 400, body: { error: 'csr must be the PEM text of a certificate signing request' } };
    const identity = typeof b['identity'] === 'string' && b['identity'] !== '' ? b['identity'] : undefined;
    const use = b['use'] === 'V2GCertificate' || b['use'] === 'V2G20Certificate' ? (b['use'] as CertificateUse) : 'ChargingStationCertificate';
    const issued = ca.sign(b['csr'], { use, ...(identity !== undefined && { identity }) });
    this.issued.push(issued);
    if (this.issued.length > MAX_ISSUED) this.issued.shift();
    return { status: 201, body: issued };
  }
}

/** A request body: the JSON object, or the answer refusing it. */
type Body = { readonly value: Record<string, unknown>; readonly refusal?: undefined } | { readonly value?: undefined; readonly refusal: Answer };
