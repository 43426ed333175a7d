/**
 * An OCSP client (RFC 6960) for what OCPP hands a CSMS: OCSPRequestDataType
 * (hash algorithm, issuer name and key hashes, serial number, responder
 * URL), from Authorize's iso15118CertificateHashData (C07) and from
 * GetCertificateStatus (M06). It builds the request with a nonce, POSTs it
 * over HTTP, and checks the answer: successful, for the certificate asked
 * about, fresh, with our nonce when the responder echoes one, and signed by
 * a trusted certificate or by a responder a trusted CA delegated (id-kp-
 * OCSPSigning). Without trusted certificates the answer is read but not
 * authenticated (`verified: false`).
 */
import { X509Certificate, randomBytes } from 'node:crypto';
import { arrayBuffer, loadAsn1, type Asn1Kit } from './asn1.js';
import { digest, hashOid, hashOids, hashes, pemCertificates, publicKeyBits, serialBytes, serialHex, signatureValid, type OcppHash } from './x509-util.js';

/** OCPP's OCSPRequestDataType: the certificate asked about, by hashes, and where to ask. */
export interface OcspRequestData {
  /** SHA256, SHA384 or SHA512. */
  readonly hashAlgorithm: OcppHash;
  /** Hex of the hash of the issuer's distinguished name (DER). */
  readonly issuerNameHash: string;
  /** Hex of the hash of the issuer's public key bits. */
  readonly issuerKeyHash: string;
  /** Hex of the certificate's serial number. */
  readonly serialNumber: string;
  /** The responder's URL (http or https). */
  readonly responderURL: string;
}

/** What the responder said about the certificate. */
export interface OcspAnswer {
  /** good, revoked or unknown (to the responder). */
  readonly status: 'good' | 'revoked' | 'unknown';
  /** When it was revoked (RFC 3339). */
  readonly revokedAt?: string;
  /** The revocation reason code (RFC 5280 CRLReason), when given. */
  readonly revocationReason?: number;
  /** The answer holds from... */
  readonly thisUpdate: string;
  /** ...until, when the responder says. */
  readonly nextUpdate?: string;
  /** True when the signature was checked against a trusted certificate. */
  readonly verified: boolean;
  /** The OCSPResponse as received (DER), e.g. for GetCertificateStatus's ocspResult. */
  readonly der: Buffer;
}

/** Why no answer could be had. */
export type OcspFailure = 'request' | 'unreachable' | 'http' | 'malformed' | 'unsuccessful' | 'mismatch' | 'stale' | 'unverified';

/** A failed OCSP check, with its cause in `reason`. */
export class OcspError extends Error {
  override readonly name: string = 'OcspError';
  /** What went wrong. */
  readonly reason: OcspFailure;
  constructor(reason: OcspFailure, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Options of an OcspClient. */
export interface OcspClientOptions {
  /** PEM certificates trusted to sign answers, or to have issued the responder that signs them. */
  readonly trusted?: string;
  /** Milliseconds to wait for the responder. Default 10000. */
  readonly timeoutMs?: number;
  /** Send a nonce (RFC 8954) and require it back when the responder answers with one. Default true. */
  readonly nonce?: boolean;
  /** Clock skew allowed on thisUpdate / nextUpdate, ms. Default 300000. */
  readonly skewMs?: number;
  /** The clock. Default Date.now. */
  readonly now?: () => number;
}

const OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';

/** Asks OCSP responders about certificates (see the module comment). */
export class OcspClient {
  private readonly trusted: X509Certificate[];
  private readonly options: OcspClientOptions;

  constructor(options: OcspClientOptions = {}) {
    this.options = options;
    this.trusted = options.trusted === undefined ? [] : pemCertificates(options.trusted).map((der) => new X509Certificate(der));
  }

  /** Asks the responder named in `data` about that certificate. */
  async check(data: OcspRequestData): Promise<OcspAnswer> {
    const asn = await loadAsn1();
    const url = responderUrl(data.responderURL);
    const nonce = this.options.nonce === false ? undefined : randomBytes(16);
    const certId = buildCertId(asn, data);
    const request = new asn.ocsp.OCSPRequest({
      tbsRequest: new asn.ocsp.TBSRequest({
        requestList: [new asn.ocsp.Request({ reqCert: certId })],
        ...(nonce !== undefined && {
          requestExtensions: [new asn.x509.Extension({ extnID: asn.ocsp.id_pkix_ocsp_nonce, extnValue: new asn.schema.OctetString(asn.schema.AsnConvert.serialize(new asn.ocsp.Nonce(nonce))) })],
        }),
      }),
    });
    const der = await post(url, Buffer.from(asn.schema.AsnConvert.serialize(request)), this.options.timeoutMs ?? 10_000);
    return this.read(asn, der, certId, nonce);
  }

  private read(asn: Asn1Kit, der: Buffer, certId: InstanceType<Asn1Kit['ocsp']['CertID']>, nonce: Buffer | undefined): OcspAnswer {
    const { AsnConvert } = asn.schema;
    let basic: InstanceType<Asn1Kit['ocsp']['BasicOCSPResponse']>;
    try {
      const response = AsnConvert.parse(der, asn.ocsp.OCSPResponse);
      if (response.responseStatus !== asn.ocsp.OCSPResponseStatus.successful) {
        throw new OcspError('unsuccessful', `the responder answered ${asn.ocsp.OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`);
      }
      if (response.responseBytes?.responseType !== asn.ocsp.id_pkix_ocsp_basic) throw new OcspError('malformed', 'the answer is not a basic OCSP response');
      basic = AsnConvert.parse(response.responseBytes.response.buffer, asn.ocsp.BasicOCSPResponse);
    } catch (err) {
      if (err instanceof OcspError) throw err;
      throw new OcspError('malformed', `the answer is not an OCSP response: ${err instanceof Error ? err.message : String(err)}`);
    }
    const data = basic.tbsResponseData;
    const wanted = Buffer.from(AsnConvert.serialize(certId));
    const single = data.responses.find((r) => sameCertId(asn, r.certID, certId, wanted));
    if (single === undefined) throw new OcspError('mismatch', 'the answer is not about the certificate asked for');
    const echoed = data.responseExtensions?.find((e) => e.extnID === asn.ocsp.id_pkix_ocsp_nonce);
    if (nonce !== undefined && echoed !== undefined && !Buffer.from(echoed.extnValue.buffer).equals(Buffer.from(AsnConvert.serialize(new asn.ocsp.Nonce(nonce))))) {
      throw new OcspError('mismatch', 'the answer carries another nonce (a replay?)');
    }
    const now = (this.options.now ?? Date.now)();
    const skew = this.options.skewMs ?? 300_000;
    if (single.thisUpdate.getTime() > now + skew) throw new OcspError('stale', `the answer is from the future (${single.thisUpdate.toISOString()})`);
    if (single.nextUpdate !== undefined && single.nextUpdate.getTime() < now - skew) throw new OcspError('stale', `the answer expired at ${single.nextUpdate.toISOString()}`);
    const verified = this.trusted.length > 0 && this.signedByTrusted(asn, basic, certId);
    if (this.trusted.length > 0 && !verified) throw new OcspError('unverified', 'the answer is not signed by a trusted certificate or a responder it delegated');
    const s = single.certStatus;
    const revoked = s.revoked;
    return {
      status: revoked !== undefined ? 'revoked' : s.good !== undefined ? 'good' : 'unknown',
      ...(revoked !== undefined && { revokedAt: revoked.revocationTime.toISOString() }),
      ...(revoked?.revocationReason !== undefined && { revocationReason: Number(revoked.revocationReason.reason) }),
      thisUpdate: single.thisUpdate.toISOString(),
      ...(single.nextUpdate !== undefined && { nextUpdate: single.nextUpdate.toISOString() }),
      verified,
      der,
    };
  }

  /** RFC 6960 4.2.2.2: signed by a trusted certificate, or by one a trusted CA issued for OCSP signing, that CA being the certificate's issuer. */
  private signedByTrusted(asn: Asn1Kit, basic: InstanceType<Asn1Kit['ocsp']['BasicOCSPResponse']>, certId: InstanceType<Asn1Kit['ocsp']['CertID']>): boolean {
    const tbs = basic.tbsResponseDataRaw;
    if (tbs === undefined) return false;
    const signed = (cert: X509Certificate): boolean => signatureValid(basic.signatureAlgorithm.algorithm, new Uint8Array(tbs), cert.publicKey, new Uint8Array(basic.signature));
    const hash = hashOids[certId.hashAlgorithm.algorithm]!;
    const issuesCert = (ca: X509Certificate): boolean => digest(hash, publicKeyBits(asn, ca.publicKey)).equals(Buffer.from(certId.issuerKeyHash.buffer));
    if (this.trusted.some(signed)) return true;
    for (const der of basic.certs ?? []) {
      const responder = new X509Certificate(Buffer.from(asn.schema.AsnConvert.serialize(der)));
      if (!signed(responder) || !(responder.keyUsage ?? []).includes(OCSP_SIGNING)) continue;
      const now = new Date((this.options.now ?? Date.now)());
      if (new Date(responder.validFrom) > now || new Date(responder.validTo) < now) continue;
      if (this.trusted.some((ca) => responder.checkIssued(ca) && responder.verify(ca.publicKey) && issuesCert(ca))) return true;
    }
    return false;
  }
}

function responderUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OcspError('request', `responderURL ${JSON.stringify(text)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OcspError('request', `responderURL ${text} is not http or https`);
  return url;
}

/** The CertID of OCPP's hashes (hex) and serial number (hex). */
export function buildCertId(asn: Asn1Kit, data: Omit<OcspRequestData, 'responderURL'>): InstanceType<Asn1Kit['ocsp']['CertID']> {
  const hash = hashes[data.hashAlgorithm];
  if (hash === undefined) throw new OcspError('request', `hashAlgorithm ${String(data.hashAlgorithm)} is not SHA256, SHA384 or SHA512`);
  const hex = (name: string, value: string): Buffer => {
    if (!/^([0-9a-fA-F]{2})+$/.test(value)) throw new OcspError('request', `${name} is not hexadecimal`);
    return Buffer.from(value, 'hex');
  };
  let serial: Buffer;
  try {
    serial = serialBytes(data.serialNumber);
  } catch (err) {
    throw new OcspError('request', (err as Error).message);
  }
  return new asn.ocsp.CertID({
    hashAlgorithm: new asn.x509.AlgorithmIdentifier({ algorithm: hashOid(hash), parameters: null }),
    issuerNameHash: new asn.schema.OctetString(hex('issuerNameHash', data.issuerNameHash)),
    issuerKeyHash: new asn.schema.OctetString(hex('issuerKeyHash', data.issuerKeyHash)),
    serialNumber: arrayBuffer(serial),
  });
}

function sameCertId(asn: Asn1Kit, a: InstanceType<Asn1Kit['ocsp']['CertID']>, b: InstanceType<Asn1Kit['ocsp']['CertID']>, bDer: Buffer): boolean {
  if (Buffer.from(asn.schema.AsnConvert.serialize(a)).equals(bDer)) return true;
  // Hash parameters may be NULL or absent: compare the parts.
  return (
    a.hashAlgorithm.algorithm === b.hashAlgorithm.algorithm &&
    Buffer.from(a.issuerNameHash.buffer).equals(Buffer.from(b.issuerNameHash.buffer)) &&
    Buffer.from(a.issuerKeyHash.buffer).equals(Buffer.from(b.issuerKeyHash.buffer)) &&
    serialHex(new Uint8Array(a.serialNumber)) === serialHex(new Uint8Array(b.serialNumber))
  );
}

async function post(url: URL, body: Buffer, timeoutMs: number): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/ocsp-request', Accept: 'application/ocsp-response' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err instanceof Error ? err.message : String(err));
    throw new OcspError('unreachable', `cannot reach the OCSP responder ${url.href}: ${cause}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new OcspError('http', `the OCSP responder answered HTTP ${response.status}`);
  }
  // Answers are a few kB; a responder that sends more is not read to its end.
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // Leaving the loop early cancels the rest of the body.
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > MAX_ANSWER) break;
      chunks.push(chunk);
    }
  } catch (err) {
    throw new OcspError('unreachable', `the OCSP responder ${url.href} broke off: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (size > MAX_ANSWER) throw new OcspError('malformed', `the OCSP answer is larger than ${MAX_ANSWER} bytes`);
  return Buffer.concat(chunks);
}

/** Largest OCSP answer read, bytes. */
const MAX_ANSWER = 256 * 1024;

/**
 * OCPP's OCSPRequestDataType for a certificate and its issuer (PEM), as a
 * station computes it: what a test or a simulated station sends.
 */
export async function ocspRequestData(certificatePem: string, issuerPem: string, responderURL: string, hashAlgorithm: OcppHash = 'SHA256'): Promise<OcspRequestData> {
  const asn = await loadAsn1();
  const cert = new X509Certificate(certificatePem);
  const issuer = new X509Certificate(issuerPem);
  const parsed = asn.schema.AsnConvert.parse(cert.raw, asn.x509.Certificate);
  const issuerName = Buffer.from(asn.schema.AsnConvert.serialize(parsed.tbsCertificate.issuer));
  const hash = hashes[hashAlgorithm];
  return {
    hashAlgorithm,
    issuerNameHash: digest(hash, issuerName).toString('hex'),
    issuerKeyHash: digest(hash, publicKeyBits(asn, issuer.publicKey)).toString('hex'),
    serialNumber: serialHex(new Uint8Array(parsed.tbsCertificate.serialNumber)),
    responderURL,
  };
}
