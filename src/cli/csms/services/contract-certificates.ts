/**
 * The CSMS's verdict on an EV's contract certificate (C07, Plug & Charge;
 * TC_C_50_CSMS..TC_C_52_CSMS) for Authorize's certificateStatus: from the
 * iso15118CertificateHashData the station computed, or from the PEM
 * `certificate` chain it sent instead. Either a status configured for the
 * test at hand, or OCSP: every certificate of the chain asked about at its
 * responder; revoked anywhere is CertificateRevoked, a responder that does
 * not know one is CertChainError, no answer at all NoCertificateAvailable.
 * A PEM chain is checked first for dates (CertificateExpired) and
 * signatures (SignatureError), and asked about at each certificate's OCSP
 * address (its Authority Information Access).
 */
import { X509Certificate } from 'node:crypto';
import { loadAsn1 } from './asn1.js';
import { OcspClient, OcspError, ocspRequestData, type OcspAnswer, type OcspRequestData } from './ocsp.js';
import { pemCertificates, toPem } from './x509-util.js';

/** AuthorizeCertificateStatusEnumType of 2.0.1 and 2.1. */
export type ContractStatus = 'Accepted' | 'SignatureError' | 'CertificateExpired' | 'CertificateRevoked' | 'NoCertificateAvailable' | 'CertChainError' | 'ContractCancelled';

/** The verdict, with what each OCSP answer said. */
export interface ContractVerdict {
  /** The certificateStatus to send. */
  readonly status: ContractStatus;
  /** One line on why, for logs and the dashboard. */
  readonly reason: string;
  /** The OCSP answers, in chain order, when OCSP was asked. */
  readonly answers: readonly (OcspAnswer | OcspError)[];
}

/** Options of ContractCertificates. */
export interface ContractCertificatesOptions {
  /** Answer this status without asking anyone (a test setup). */
  readonly configured?: ContractStatus;
  /** The OCSP client to ask; default one trusting nothing (answers read, not authenticated). */
  readonly ocsp?: OcspClient;
  /** The clock for certificate dates. Default Date.now. */
  readonly now?: () => number;
}

/** Judges contract certificates (see the module comment). */
export class ContractCertificates {
  private readonly options: ContractCertificatesOptions;
  private readonly ocsp: OcspClient;

  constructor(options: ContractCertificatesOptions = {}) {
    this.options = options;
    this.ocsp = options.ocsp ?? new OcspClient();
  }

  /** The verdict on Authorize's iso15118CertificateHashData and/or certificate; undefined when it carries neither. */
  async check(hashData: readonly OcspRequestData[] | undefined, certificate?: string): Promise<ContractVerdict | undefined> {
    if ((hashData === undefined || hashData.length === 0) && certificate === undefined) return undefined;
    if (this.options.configured !== undefined) return { status: this.options.configured, reason: 'the status configured for contract certificates', answers: [] };
    let requests: readonly OcspRequestData[];
    if (hashData !== undefined && hashData.length > 0) {
      requests = hashData;
    } else {
      const fromChain = await this.chainRequests(certificate!);
      if ('status' in fromChain) return fromChain;
      requests = fromChain.requests;
    }
    const answers = await Promise.all(requests.map((r) => this.ocsp.check(r).catch((err: unknown) => (err instanceof OcspError ? err : Promise.reject(err)))));
    return verdict(answers);
  }

  /** OCSP requests for a PEM chain (leaf first, each certificate followed by its issuer), or the verdict that ends the check early. */
  private async chainRequests(pem: string): Promise<{ readonly requests: OcspRequestData[] } | ContractVerdict> {
    const fail = (status: ContractStatus, reason: string): ContractVerdict => ({ status, reason, answers: [] });
    let chain: X509Certificate[];
    try {
      chain = pemCertificates(pem).map((der) => new X509Certificate(der));
    } catch {
      return fail('SignatureError', 'the certificate is not a readable PEM certificate');
    }
    if (chain.length === 0) return fail('NoCertificateAvailable', 'no certificate in the PEM text');
    if (chain.length === 1) return fail('CertChainError', 'the chain holds no issuer for the contract certificate');
    const now = (this.options.now ?? Date.now)();
    for (const cert of chain) {
      if (Date.parse(cert.validTo) < now || Date.parse(cert.validFrom) > now) return fail('CertificateExpired', `${cert.subject.replace(/\n/g, ', ')} is valid from ${cert.validFrom} to ${cert.validTo}`);
    }
    const requests: OcspRequestData[] = [];
    for (let i = 0; i + 1 < chain.length; i++) {
      const [cert, issuer] = [chain[i]!, chain[i + 1]!];
      if (!cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) return fail('SignatureError', `certificate ${i} of the chain is not signed by the next one`);
      const url = await ocspUrl(cert);
      if (url === undefined) return fail('NoCertificateAvailable', `certificate ${i} of the chain names no OCSP responder`);
      requests.push(await ocspRequestData(toPem(cert.raw, 'CERTIFICATE'), toPem(issuer.raw, 'CERTIFICATE'), url));
    }
    return { requests };
  }
}

/** The first OCSP address of a certificate's Authority Information Access extension. */
async function ocspUrl(cert: X509Certificate): Promise<string | undefined> {
  const asn = await loadAsn1();
  const parsed = asn.schema.AsnConvert.parse(cert.raw, asn.x509.Certificate);
  const ext = parsed.tbsCertificate.extensions?.find((e) => e.extnID === asn.x509.id_pe_authorityInfoAccess);
  if (ext === undefined) return undefined;
  const aia = asn.schema.AsnConvert.parse(ext.extnValue.buffer, asn.x509.AuthorityInfoAccessSyntax);
  return aia.find((d) => d.accessMethod === asn.x509.id_ad_ocsp && d.accessLocation.uniformResourceIdentifier !== undefined)?.accessLocation.uniformResourceIdentifier;
}

function verdict(answers: readonly (OcspAnswer | OcspError)[]): ContractVerdict {
  const revoked = answers.findIndex((a) => !(a instanceof OcspError) && a.status === 'revoked');
  if (revoked !== -1) return { status: 'CertificateRevoked', reason: `certificate ${revoked} of the chain is revoked`, answers };
  const failed = answers.findIndex((a) => a instanceof OcspError);
  if (failed !== -1) return { status: 'NoCertificateAvailable', reason: `no OCSP answer for certificate ${failed}: ${(answers[failed] as OcspError).message}`, answers };
  const unknown = answers.findIndex((a) => !(a instanceof OcspError) && a.status === 'unknown');
  if (unknown !== -1) return { status: 'CertChainError', reason: `the responder does not know certificate ${unknown} of the chain`, answers };
  return { status: 'Accepted', reason: 'every certificate of the chain is good', answers };
}
