/**
 * Small pieces shared by the certificate authority and the OCSP client:
 * PEM armour, the hash and signature algorithm identifiers in use, and
 * signature checks with Node's crypto.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Asn1Kit } from './asn1.js';

/** The hash algorithms OCPP names (HashAlgorithmEnumType) and Node's names for them. */
export const hashes = { SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512' } as const;

/** One of OCPP's hash algorithm names. */
export type OcppHash = keyof typeof hashes;

/** Object identifiers of the hash algorithms (NIST, RFC 5754), and SHA-1 which OCSP responders still use. */
export const hashOids: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '1.3.14.3.2.26': 'sha1',
};

/** The OID of a hash by Node's name. */
export function hashOid(name: string): string {
  const oid = Object.keys(hashOids).find((k) => hashOids[k] === name);
  if (oid === undefined) throw new Error(`no OID for hash ${name}`);
  return oid;
}

/** Signature algorithms (RFC 4055, RFC 5758): OID -> the hash Node signs with. */
const signatureOids: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
};

/** The signature algorithm OID for a key type and hash (RSA PKCS#1 v1.5 or ECDSA). */
export function signatureOid(keyType: 'rsa' | 'ec', hash: 'sha256' | 'sha384' | 'sha512'): string {
  const prefix = keyType === 'rsa' ? '1.2.840.113549.1.1.' : '1.2.840.10045.4.3.';
  const suffix = keyType === 'rsa' ? { sha256: '11', sha384: '12', sha512: '13' }[hash] : { sha256: '2', sha384: '3', sha512: '4' }[hash];
  return prefix + suffix;
}

/** True when `signature` over `data` verifies with `key` under the algorithm `oid`; false for an unknown algorithm too. */
export function signatureValid(oid: string, data: Uint8Array, key: KeyObject, signature: Uint8Array): boolean {
  const hash = signatureOids[oid];
  if (hash === undefined) return false;
  try {
    return verify(hash, data, key, signature);
  } catch {
    return false;
  }
}

/** The DER bytes of the first PEM block with this label; undefined when there is none. */
export function pemBody(pem: string, label: string): Buffer | undefined {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  return match === null ? undefined : Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64');
}

/** Every PEM CERTIFICATE block of a chain, as DER. */
export function pemCertificates(pem: string): Buffer[] {
  return [...pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)].map((m) => Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'));
}

/** DER as PEM with this label, 64 characters a line. */
export function toPem(der: Uint8Array, label: string): string {
  const b64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${b64.replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

/** The subjectPublicKey bits of a public key (what key identifiers and OCSP key hashes are taken over). */
export function publicKeyBits(asn: Asn1Kit, key: KeyObject): Buffer {
  const spki = asn.schema.AsnConvert.parse(key.export({ type: 'spki', format: 'der' }), asn.x509.SubjectPublicKeyInfo);
  return Buffer.from(spki.subjectPublicKey);
}

/** A public key from SubjectPublicKeyInfo DER. */
export function spkiKey(der: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
}

/** The hash of some bytes, by Node's name. */
export function digest(name: string, data: Uint8Array): Buffer {
  return createHash(name).update(data).digest();
}

/** A serial number's bytes as hex without leading zero bytes (how OCPP spells serialNumber, upper case). */
export function serialHex(bytes: Uint8Array): string {
  let i = 0;
  while (i < bytes.length - 1 && bytes[i] === 0) i++;
  return Buffer.from(bytes.subarray(i)).toString('hex').toUpperCase();
}

/** INTEGER content bytes of a positive serial number written in hex (a leading 00 where the top bit is set). */
export function serialBytes(hex: string): Buffer {
  let clean = hex.replace(/^0x/i, '').replace(/^0+(?=.)/, '');
  if (!/^[0-9a-fA-F]+$/.test(clean)) throw new Error(`serial number ${JSON.stringify(hex)} is not hexadecimal`);
  if (clean.length % 2 === 1) clean = `0${clean}`;
  const bytes = Buffer.from(clean, 'hex');
  return bytes[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
}
