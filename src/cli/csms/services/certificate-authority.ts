/**
 * A certificate authority for a test CSMS (A02, A03): a root made here or
 * loaded from PEM, which checks PKCS #10 requests (RFC 2986: readable, self-
 * signed correctly, RSA of 2048 bits or more or EC of 224 bits or more, CN =
 * the station's identity for a ChargingStationCertificate) and signs them.
 * Node's crypto makes the keys and signatures; the @peculiar/asn1-x509 and
 * asn1-csr schemas read the request and write the certificate.
 */
import { X509Certificate, createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { arrayBuffer, loadAsn1, type Asn1Kit } from './asn1.js';
import { digest, pemBody, pemCertificates, publicKeyBits, signatureOid, signatureValid, spkiKey, toPem } from './x509-util.js';

/** What a certificate is for: 2.x CertificateSigningUseEnumType (1.6 knows only the first). */
export type CertificateUse = 'ChargingStationCertificate' | 'V2GCertificate' | 'V2G20Certificate';

/** Why a CSR was refused. */
export type CsrProblem = 'malformed' | 'signature' | 'key' | 'subject';

/** A CSR the authority will not sign, with the cause in `problem`. */
export class CsrError extends Error {
  override readonly name: string = 'CsrError';
  /** What is wrong with the request. */
  readonly problem: CsrProblem;
  constructor(problem: CsrProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** A certificate the authority issued. */
export interface IssuedCertificate {
  /** The new certificate, PEM. */
  readonly certificate: string;
  /** The certificate followed by the CA certificates up to (not including) the root: CertificateSigned's certificateChain. */
  readonly chain: string;
  /** Its serial number, hex. */
  readonly serialNumber: string;
  /** Its subject, as Node prints it. */
  readonly subject: string;
  /** Its last day of validity (RFC 3339). */
  readonly notAfter: string;
}

/** Options of a new root. */
export interface CertificateAuthorityOptions {
  /** The root's common name. Default 'ocpp-model test CA'. */
  readonly commonName?: string;
  /** ec (P-256, ECDSA with SHA-256) or rsa (3072 bits, SHA-256). Default ec. */
  readonly keyType?: 'ec' | 'rsa';
  /** Days the root is valid. Default 3650. */
  readonly validityDays?: number;
}

/** Options of one signing. */
export interface SignOptions {
  /** What the certificate is for. Default ChargingStationCertificate. */
  readonly use?: CertificateUse;
  /** The station's identity: a ChargingStationCertificate's CN must be it. */
  readonly identity?: string;
  /** Days the certificate is valid. Default 365. */
  readonly validityDays?: number;
}

const OID = { commonName: '2.5.4.3', clientAuth: '1.3.6.1.5.5.7.3.2', serverAuth: '1.3.6.1.5.5.7.3.1' } as const;
const EC_BITS: Readonly<Record<string, number>> = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp224r1: 224, secp256k1: 256 };

/** A CA that signs station CSRs (see the module comment). */
export class CertificateAuthority {
  /** The CA's certificate, PEM (for a root, what stations install as their CSMS root). */
  readonly certificate: string;
  /** The CA certificates that follow an issued one in its chain (none for a root). */
  private readonly intermediates: string;
  private readonly key: KeyObject;
  private readonly cert: X509Certificate;
  private readonly asn: Asn1Kit;

  private constructor(asn: Asn1Kit, chainPem: string, key: KeyObject) {
    this.asn = asn;
    const chain = pemCertificates(chainPem).map((der) => new X509Certificate(der));
    if (chain.length === 0) throw new Error('no certificate in the CA PEM text');
    this.cert = chain[0]!;
    this.certificate = this.cert.toString();
    this.key = key;
    if (!this.cert.ca) throw new Error('the certificate given is not a CA certificate');
    if (!this.cert.checkPrivateKey(key)) throw new Error('the key does not belong to the certificate');
    // A root is left out of chains: the station has it already.
    this.intermediates = chain.filter((c) => !c.checkIssued(c)).map((c) => c.toString()).join('');
  }

  /** A new self-signed root. */
  static async create(options: CertificateAuthorityOptions = {}): Promise<CertificateAuthority> {
    const asn = await loadAsn1();
    const keyType = options.keyType ?? 'ec';
    const { privateKey, publicKey } = keyType === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'prime256v1' }) : generateKeyPairSync('rsa', { modulusLength: 3072 });
    const name = commonNameOnly(asn, options.commonName ?? 'ocpp-model test CA');
    const x = asn.x509;
    const ski = digest('sha1', publicKeyBits(asn, publicKey));
    const der = issue(asn, {
      subject: name,
      issuer: name,
      publicKey,
      signer: privateKey,
      validityDays: options.validityDays ?? 3650,
      extensions: [
        extension(asn, x.id_ce_basicConstraints, true, new x.BasicConstraints({ cA: true })),
        extension(asn, x.id_ce_keyUsage, true, new x.KeyUsage(x.KeyUsageFlags.keyCertSign | x.KeyUsageFlags.cRLSign)),
        extension(asn, x.id_ce_subjectKeyIdentifier, false, new x.SubjectKeyIdentifier(ski)),
      ],
    });
    return new CertificateAuthority(asn, toPem(der, 'CERTIFICATE'), privateKey);
  }

  /** An existing CA from its PEM certificate (followed by its issuers', for an intermediate CA) and private key. */
  static async load(certificatePem: string, keyPem: string): Promise<CertificateAuthority> {
    return new CertificateAuthority(await loadAsn1(), certificatePem, createPrivateKey(keyPem));
  }

  /** Checks a PEM CSR and signs it; throws CsrError when it will not. */
  sign(csrPem: string, options: SignOptions = {}): IssuedCertificate {
    const { AsnConvert } = this.asn.schema;
    const x = this.asn.x509;
    const der = pemBody(csrPem, 'CERTIFICATE REQUEST') ?? pemBody(csrPem, 'NEW CERTIFICATE REQUEST');
    if (der === undefined) throw new CsrError('malformed', 'the CSR is not PEM-encoded (-----BEGIN CERTIFICATE REQUEST-----)');
    let csr: InstanceType<Asn1Kit['csr']['CertificationRequest']>;
    let publicKey: KeyObject;
    try {
      csr = AsnConvert.parse(der, this.asn.csr.CertificationRequest);
      publicKey = spkiKey(new Uint8Array(AsnConvert.serialize(csr.certificationRequestInfo.subjectPKInfo)));
    } catch (err) {
      throw new CsrError('malformed', `the CSR cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    const info = csr.certificationRequestInfoRaw ?? AsnConvert.serialize(csr.certificationRequestInfo);
    if (!signatureValid(csr.signatureAlgorithm.algorithm, new Uint8Array(info), publicKey, new Uint8Array(csr.signature))) {
      throw new CsrError('signature', 'the CSR is not signed by its own key (or with an algorithm this CA does not know)');
    }
    checkKey(publicKey);
    const use = options.use ?? 'ChargingStationCertificate';
    const subject = csr.certificationRequestInfo.subject;
    const cn = subject.flatMap((rdn) => rdn.filter((atv) => atv.type === OID.commonName).map((atv) => atv.value.toString()));
    if (cn.length !== 1) throw new CsrError('subject', 'the CSR subject must have exactly one commonName');
    if (use === 'ChargingStationCertificate' && options.identity !== undefined && cn[0] !== options.identity) {
      throw new CsrError('subject', `the CSR's commonName ${JSON.stringify(cn[0])} is not the station's identity ${JSON.stringify(options.identity)}`);
    }
    const isEc = publicKey.asymmetricKeyType === 'ec';
    const usage = x.KeyUsageFlags.digitalSignature | (isEc ? x.KeyUsageFlags.keyAgreement : x.KeyUsageFlags.keyEncipherment);
    const caKeyId = digest('sha1', publicKeyBits(this.asn, this.cert.publicKey));
    const issuerName = AsnConvert.parse(this.cert.raw, x.Certificate).tbsCertificate.subject;
    const cert = issue(this.asn, {
      subject,
      issuer: issuerName,
      publicKey,
      signer: this.key,
      validityDays: options.validityDays ?? 365,
      extensions: [
        extension(this.asn, x.id_ce_basicConstraints, true, new x.BasicConstraints({ cA: false })),
        extension(this.asn, x.id_ce_keyUsage, true, new x.KeyUsage(usage)),
        // The station's certificate is its TLS client certificate (profile 3); a V2G certificate serves TLS to the EV.
        extension(this.asn, x.id_ce_extKeyUsage, false, new x.ExtendedKeyUsage([use === 'ChargingStationCertificate' ? OID.clientAuth : OID.serverAuth])),
        extension(this.asn, x.id_ce_subjectKeyIdentifier, false, new x.SubjectKeyIdentifier(digest('sha1', publicKeyBits(this.asn, publicKey)))),
        extension(this.asn, x.id_ce_authorityKeyIdentifier, false, new x.AuthorityKeyIdentifier({ keyIdentifier: new x.KeyIdentifier(caKeyId) })),
      ],
    });
    const issued = new X509Certificate(cert);
    const pem = toPem(cert, 'CERTIFICATE');
    return { certificate: pem, chain: pem + this.intermediates, serialNumber: issued.serialNumber, subject: issued.subject.replace(/\n/g, ', '), notAfter: new Date(issued.validTo).toISOString() };
  }
}

/** A2 key sizes (Part 6 TC_A_*: RSA/DSA 2048 bits and more, EC 224 bits and more). */
function checkKey(key: KeyObject): void {
  const d = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'dsa') {
    if ((d.modulusLength ?? 0) < 2048) throw new CsrError('key', `the CSR's ${key.asymmetricKeyType.toUpperCase()} key has ${d.modulusLength ?? 0} bits; 2048 at least are required`);
    return;
  }
  if (key.asymmetricKeyType === 'ec') {
    const bits = EC_BITS[d.namedCurve ?? ''] ?? 0;
    if (bits < 224) throw new CsrError('key', `the CSR's EC curve ${d.namedCurve ?? 'unknown'} is not one of 224 bits or more that this CA knows`);
    return;
  }
  throw new CsrError('key', `the CSR's key type ${key.asymmetricKeyType ?? 'unknown'} is not RSA or EC`);
}

type Name = InstanceType<Asn1Kit['x509']['Name']>;
type Extension = InstanceType<Asn1Kit['x509']['Extension']>;

function commonNameOnly(asn: Asn1Kit, cn: string): Name {
  const x = asn.x509;
  return new x.Name([new x.RelativeDistinguishedName([new x.AttributeTypeAndValue({ type: OID.commonName, value: new x.AttributeValue({ utf8String: cn }) })])]);
}

function extension(asn: Asn1Kit, oid: string, critical: boolean, value: object): Extension {
  return new asn.x509.Extension({ extnID: oid, critical, extnValue: new asn.schema.OctetString(asn.schema.AsnConvert.serialize(value)) });
}

/** A v3 certificate, signed: ECDSA with SHA-256 (SHA-384 for P-384 and larger) or RSA PKCS#1 v1.5 with SHA-256. */
function issue(asn: Asn1Kit, o: { subject: Name; issuer: Name; publicKey: KeyObject; signer: KeyObject; validityDays: number; extensions: Extension[] }): Buffer {
  const x = asn.x509;
  const { AsnConvert } = asn.schema;
  const isEc = o.signer.asymmetricKeyType === 'ec';
  const hash = isEc && (EC_BITS[o.signer.asymmetricKeyDetails?.namedCurve ?? ''] ?? 256) > 256 ? 'sha384' : 'sha256';
  // ECDSA identifiers have no parameters; RSA ones a NULL.
  const algorithm = new x.AlgorithmIdentifier({ algorithm: signatureOid(isEc ? 'ec' : 'rsa', hash), ...(isEc ? {} : { parameters: null }) });
  const serial = randomBytes(16);
  // Positive, and a first byte that is never 0: DER integers have no leading zero byte, and
  // OpenSSL refuses a certificate whose serial has one (1 in 256 random serials did).
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  const now = Date.now();
  const tbs = new x.TBSCertificate({
    version: x.Version.v3,
    serialNumber: arrayBuffer(serial),
    signature: algorithm,
    issuer: o.issuer,
    // Five minutes back: clocks of station and CSMS differ.
    validity: new x.Validity({ notBefore: new Date(now - 300_000), notAfter: new Date(now + o.validityDays * 86_400_000) }),
    subject: o.subject,
    subjectPublicKeyInfo: AsnConvert.parse(o.publicKey.export({ type: 'spki', format: 'der' }), x.SubjectPublicKeyInfo),
    extensions: new x.Extensions(o.extensions),
  });
  const tbsDer = Buffer.from(AsnConvert.serialize(tbs));
  const signature = sign(hash, tbsDer, o.signer);
  return Buffer.from(AsnConvert.serialize(new x.Certificate({ tbsCertificate: tbs, signatureAlgorithm: algorithm, signatureValue: arrayBuffer(signature) })));
}
