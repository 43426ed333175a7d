/**
 * Authorize answered from the token service and, for Plug & Charge, the
 * contract certificate verdict, in each version's shape: what a CSMS's
 * Authorize handler returns (`Authorize: (req) => authorizer.authorize201(req)`).
 * A token that would be Accepted is Invalid when its contract certificate
 * is not Accepted.
 */
import type { AuthorizeRequest as AuthorizeRequest16, AuthorizeResponse as AuthorizeResponse16 } from '../../../v16/index.js';
import type { AuthorizeRequest as AuthorizeRequest201, AuthorizeResponse as AuthorizeResponse201 } from '../../../v201/index.js';
import type { AuthorizeRequest as AuthorizeRequest21, AuthorizeResponse as AuthorizeResponse21 } from '../../../v21/index.js';
import type { ContractCertificates, ContractVerdict } from './contract-certificates.js';
import type { OcspRequestData } from './ocsp.js';
import { idTagInfo16, idTokenInfo201, idTokenInfo21 } from './token-info.js';
import type { TokenDecision, TokenService } from './tokens.js';

/** The decision on one Authorize, before it is spelled for a version. */
export interface AuthorizeDecision {
  /** The token's decision, its status lowered to Invalid when the contract certificate failed. */
  readonly token: TokenDecision;
  /** The contract certificate's verdict, when the request carried one. */
  readonly contract?: ContractVerdict;
}

/** Authorize for every version (see the module comment). */
export class Authorizer {
  /** The tokens consulted. */
  readonly tokens: TokenService;
  /** The contract certificate judge, when Plug & Charge is served. */
  readonly contracts: ContractCertificates | undefined;

  constructor(tokens: TokenService, contracts?: ContractCertificates) {
    this.tokens = tokens;
    this.contracts = contracts;
  }

  /** The version-neutral decision. */
  async decide(idToken: string, type: string | undefined, hashData?: readonly OcspRequestData[], certificate?: string): Promise<AuthorizeDecision> {
    const [token, contract] = await Promise.all([this.tokens.authorize(idToken, type), this.contracts?.check(hashData, certificate)]);
    if (contract === undefined) return { token };
    const lowered = token.status === 'Accepted' && contract.status !== 'Accepted' ? { ...token, status: 'Invalid' as const } : token;
    return { token: lowered, contract };
  }

  /** The 2.0.1 AuthorizeResponse. */
  async authorize201(request: AuthorizeRequest201): Promise<AuthorizeResponse201> {
    const d = await this.decide(request.idToken.idToken, request.idToken.type, request.iso15118CertificateHashData, request.certificate);
    return { idTokenInfo: idTokenInfo201(d.token), ...(d.contract !== undefined && { certificateStatus: d.contract.status }) };
  }

  /** The 2.1 AuthorizeResponse. */
  async authorize21(request: AuthorizeRequest21): Promise<AuthorizeResponse21> {
    const d = await this.decide(request.idToken.idToken, request.idToken.type, request.iso15118CertificateHashData, request.certificate);
    return { idTokenInfo: idTokenInfo21(d.token), ...(d.contract !== undefined && { certificateStatus: d.contract.status }) };
  }

  /** The 1.6 Authorize.conf (no certificates in 1.6). */
  async authorize16(request: AuthorizeRequest16): Promise<AuthorizeResponse16> {
    return { idTagInfo: idTagInfo16(await this.tokens.authorize(request.idTag)) };
  }
}
