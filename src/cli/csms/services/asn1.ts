/**
 * The ASN.1 schemas of X.509, PKCS #10 and OCSP, from PeculiarVentures'
 * @peculiar/asn1-* packages: optional peer dependencies, loaded on first use
 * so that the library's core keeps `ws` as its one runtime dependency.
 * Node's crypto does the keys, hashes and signatures; these packages only
 * read and write the structures around them.
 */
import type * as AsnCsr from '@peculiar/asn1-csr';
import type * as AsnOcsp from '@peculiar/asn1-ocsp';
import type * as AsnSchema from '@peculiar/asn1-schema';
import type * as AsnX509 from '@peculiar/asn1-x509';

/** The four schema packages. */
export interface Asn1Kit {
  /** @peculiar/asn1-schema: AsnConvert, OctetString. */
  readonly schema: typeof AsnSchema;
  /** @peculiar/asn1-x509: certificates, names, extensions. */
  readonly x509: typeof AsnX509;
  /** @peculiar/asn1-csr: PKCS #10 certification requests. */
  readonly csr: typeof AsnCsr;
  /** @peculiar/asn1-ocsp: OCSP requests and responses. */
  readonly ocsp: typeof AsnOcsp;
}

/** The packages named, for the error and the README. */
export const ASN1_PACKAGES = ['@peculiar/asn1-schema', '@peculiar/asn1-x509', '@peculiar/asn1-csr', '@peculiar/asn1-ocsp'] as const;

/** An optional dependency that is not installed. */
export class MissingDependencyError extends Error {
  override readonly name: string = 'MissingDependencyError';
}

let kit: Promise<Asn1Kit> | undefined;

/** Loads the schema packages once; rejects with MissingDependencyError naming the install command when one is missing. */
export function loadAsn1(): Promise<Asn1Kit> {
  kit ??= (async () => {
    try {
      const [schema, x509, csr, ocsp] = await Promise.all([
        import('@peculiar/asn1-schema'),
        import('@peculiar/asn1-x509'),
        import('@peculiar/asn1-csr'),
        import('@peculiar/asn1-ocsp'),
      ]);
      return { schema, x509, csr, ocsp };
    } catch (err) {
      kit = undefined;
      if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
        throw new MissingDependencyError(`certificates and OCSP need the optional packages ${ASN1_PACKAGES.join(', ')}: npm install ${ASN1_PACKAGES.join(' ')}`);
      }
      throw err;
    }
  })();
  return kit;
}

/** An ArrayBuffer holding exactly these bytes (the schemas take ArrayBuffers). */
export function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
