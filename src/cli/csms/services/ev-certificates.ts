/**
 * Get15118EVCertificate answered (M01, M02; TC_M_26_CSMS, TC_M_28_CSMS):
 * the station forwards the EV's EXI-encoded ISO 15118 certificate
 * installation or update request, and the CSMS answers with the EXI
 * response its contract certificate pool gives. A pool is behind the
 * `EvCertificateProvider` interface; `ConfiguredExiResponses` is the one
 * for a test setup: the EXI responses (base64) configured per action, as a
 * test tool configures them. This module does not encode or decode EXI.
 */
import type { Get15118EVCertificateRequest as Request201, Get15118EVCertificateResponse as Response201 } from '../../../v201/index.js';
import type { Get15118EVCertificateRequest as Request21, Get15118EVCertificateResponse as Response21 } from '../../../v21/index.js';
import type { Awaitable } from './awaitable.js';

/** What the CSMS passes on to a contract certificate pool. */
export interface EvCertificateQuery {
  /** The station's identity. */
  readonly identity: string;
  /** The ISO 15118 schema version the EV used (its namespace). */
  readonly iso15118SchemaVersion: string;
  /** Install or Update. */
  readonly action: 'Install' | 'Update';
  /** The EV's request, EXI, base64. */
  readonly exiRequest: string;
}

/** The pool's answer: an EXI response (base64), or a refusal with a reason. */
export type EvCertificateAnswer = { readonly exiResponse: string; readonly remainingContracts?: number } | { readonly failed: string };

/** A source of ISO 15118 certificate installation and update responses. */
export interface EvCertificateProvider {
  /** The answer to one request. */
  answer(query: EvCertificateQuery): Awaitable<EvCertificateAnswer>;
}

/** A bad configured response. */
export class ExiConfigError extends Error {
  override readonly name: string = 'ExiConfigError';
}

/** Configured EXI responses per action, for a test setup (see the module comment). */
export class ConfiguredExiResponses implements EvCertificateProvider {
  private readonly responses: Partial<Record<'Install' | 'Update', string>>;

  /** `responses`: base64 EXI per action; an action without one is answered Failed. */
  constructor(responses: Partial<Record<'Install' | 'Update', string>>) {
    for (const [action, value] of Object.entries(responses)) {
      if (typeof value !== 'string' || value === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) throw new ExiConfigError(`the ${action} response is not base64`);
    }
    this.responses = { ...responses };
  }

  /** The configured response of the query's action, or a refusal. */
  answer(query: EvCertificateQuery): EvCertificateAnswer {
    const exiResponse = this.responses[query.action];
    return exiResponse === undefined ? { failed: `no ${query.action} response is configured` } : { exiResponse };
  }
}

/** Get15118EVCertificate for 2.0.1 and 2.1 over a provider. */
export class EvCertificates {
  private readonly provider: EvCertificateProvider;

  constructor(provider: EvCertificateProvider) {
    this.provider = provider;
  }

  /** The 2.0.1 Get15118EVCertificateResponse (exiResponse at most 5600 characters). */
  async handle201(identity: string, request: Request201): Promise<Response201> {
    const { remainingContracts: _ignored, ...response } = await this.handle(identity, request, 5600);
    return response;
  }

  /** The 2.1 Get15118EVCertificateResponse (exiResponse at most 17000 characters). */
  handle21(identity: string, request: Request21): Promise<Response21> {
    return this.handle(identity, request, 17000);
  }

  private async handle(identity: string, request: Request201 | Request21, max: number): Promise<Response21> {
    const failed = (info: string): Response21 => ({ status: 'Failed', exiResponse: '', statusInfo: { reasonCode: 'NoCertificate', additionalInfo: info.slice(0, 512) } });
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(request.exiRequest) || request.exiRequest.length % 4 !== 0) return failed('exiRequest is not base64');
    let answer: EvCertificateAnswer;
    try {
      answer = await this.provider.answer({ identity, iso15118SchemaVersion: request.iso15118SchemaVersion, action: request.action, exiRequest: request.exiRequest });
    } catch (err) {
      return failed(`the certificate pool failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if ('failed' in answer) return failed(answer.failed);
    if (answer.exiResponse.length > max) return failed(`the EXI response takes ${answer.exiResponse.length} characters, more than ${max}`);
    return { status: 'Accepted', exiResponse: answer.exiResponse, ...(answer.remainingContracts !== undefined && { remainingContracts: answer.remainingContracts }) };
  }
}
