/**
 * SignCertificate answered and CertificateSigned sent (A02, A03; 1.6
 * security whitepaper A02, A03; TC_A_11_CSMS..TC_A_14_CSMS): a CSR the CA
 * can sign is answered Accepted (A02.FR.11), one it cannot Rejected with
 * the reason (A02.FR.12); right after the answer the signed chain goes to
 * the station in CertificateSigned, and the station's verdict on it is
 * kept (Rejected in TC_A_14_CSMS). One method per version, each what the
 * SignCertificate handler returns. `renewal*` are the TriggerMessage /
 * ExtendedTriggerMessage requests that start a renewal.
 */
import { EventEmitter } from 'node:events';
import type { SignCertificateRequest as SignRequest16, SignCertificateResponse as SignResponse16, ExtendedTriggerMessageRequest } from '../../../v16/index.js';
import type { SignCertificateRequest as SignRequest201, SignCertificateResponse as SignResponse201, TriggerMessageRequest as Trigger201 } from '../../../v201/index.js';
import type { SignCertificateRequest as SignRequest21, SignCertificateResponse as SignResponse21 } from '../../../v21/index.js';
import { CsrError, type CertificateAuthority, type CertificateUse } from './certificate-authority.js';

/** Where one signing stands. */
export type SigningStatus = 'Refused' | 'Sent' | 'Accepted' | 'Rejected' | 'Failed';

/** One SignCertificate and what came of it. */
export interface SigningRecord {
  /** The station. */
  readonly identity: string;
  /** What the certificate is for. */
  readonly use: CertificateUse;
  /** Refused (CSR not signed), Sent (CertificateSigned under way), Accepted / Rejected (the station's answer), Failed (no answer). */
  status: SigningStatus;
  /** Why, when Refused, Rejected or Failed. */
  reason?: string;
  /** The new certificate's serial number, hex. */
  serialNumber?: string;
  /** The certificate chain sent. */
  certificateChain?: string;
  /** 2.1 requestId, echoed in CertificateSigned. */
  readonly requestId?: number;
  /** RFC 3339 time of the SignCertificate. */
  readonly at: string;
}

/** Events of CertificateSigning: each record when it changes. */
export interface CertificateSigningEvents {
  /** A record was created or its status changed. */
  record: [SigningRecord];
}

/** Sends a CSMS-to-station call and resolves with the station's response (a server's `station(id).call`, say). */
export type SendToStation = (identity: string, action: 'CertificateSigned', payload: Record<string, unknown>) => Promise<unknown>;

/** Options of CertificateSigning. */
export interface CertificateSigningOptions {
  /** The CA that signs. */
  readonly ca: CertificateAuthority;
  /** How CertificateSigned reaches the station. */
  readonly send: SendToStation;
  /** Days a certificate is valid. Default 365. */
  readonly validityDays?: number;
  /** Require a ChargingStationCertificate's CN to be the identity. Default true. */
  readonly requireIdentityCn?: boolean;
}

type Version = '1.6' | '2.0.1' | '2.1';

/** The SignCertificate / CertificateSigned service (see the module comment). */
export class CertificateSigning extends EventEmitter<CertificateSigningEvents> {
  private readonly options: CertificateSigningOptions;
  private readonly records: SigningRecord[] = [];

  constructor(options: CertificateSigningOptions) {
    super();
    this.options = options;
  }

  /** 1.6 SignCertificate.conf (the CSR is always for the charge point's own certificate). */
  handle16(identity: string, request: SignRequest16): SignResponse16 {
    const { status } = this.handle('1.6', identity, request.csr, 'ChargingStationCertificate', undefined);
    return { status };
  }

  /** 2.0.1 SignCertificateResponse. */
  handle201(identity: string, request: SignRequest201): SignResponse201 {
    return this.handle('2.0.1', identity, request.csr, request.certificateType ?? 'ChargingStationCertificate', undefined);
  }

  /** 2.1 SignCertificateResponse; the requestId is echoed in CertificateSigned. */
  handle21(identity: string, request: SignRequest21): SignResponse21 {
    return this.handle('2.1', identity, request.csr, request.certificateType ?? 'ChargingStationCertificate', request.requestId);
  }

  /** Every signing so far, oldest first (of one station when given). */
  history(identity?: string): readonly SigningRecord[] {
    return identity === undefined ? [...this.records] : this.records.filter((r) => r.identity === identity);
  }

  private handle(version: Version, identity: string, csr: string, use: CertificateUse, requestId: number | undefined): { status: 'Accepted' | 'Rejected'; statusInfo?: { reasonCode: string; additionalInfo?: string } } {
    const record: SigningRecord = { identity, use, status: 'Sent', at: new Date().toISOString(), ...(requestId !== undefined && { requestId }) };
    this.records.push(record);
    let chain: string;
    try {
      const issued = this.options.ca.sign(csr, {
        use,
        ...(this.options.requireIdentityCn !== false && { identity }),
        ...(this.options.validityDays !== undefined && { validityDays: this.options.validityDays }),
      });
      chain = issued.chain;
      record.serialNumber = issued.serialNumber;
      record.certificateChain = chain;
    } catch (err) {
      if (!(err instanceof CsrError)) throw err;
      record.status = 'Refused';
      record.reason = err.message;
      this.emit('record', record);
      // statusInfo.additionalInfo is at most 512 characters.
      return { status: 'Rejected', statusInfo: { reasonCode: err.problem === 'malformed' ? 'InvalidCSR' : 'InvalidCertificate', additionalInfo: err.message.slice(0, 512) } };
    }
    this.emit('record', record);
    const payload: Record<string, unknown> = { certificateChain: chain, ...(version !== '1.6' && { certificateType: use }), ...(version === '2.1' && requestId !== undefined && { requestId }) };
    // After the SignCertificate answer has gone out.
    setImmediate(() => {
      // A send that throws at once (no such station) fails the record like one that rejects.
      new Promise<unknown>((resolve) => resolve(this.options.send(identity, 'CertificateSigned', payload))).then(
        (response) => {
          const status = (response as { status?: unknown } | undefined)?.status;
          record.status = status === 'Accepted' ? 'Accepted' : 'Rejected';
          if (record.status === 'Rejected') record.reason = 'the station rejected the certificate';
          this.emit('record', record);
        },
        (err: unknown) => {
          record.status = 'Failed';
          record.reason = err instanceof Error ? err.message : String(err);
          this.emit('record', record);
        },
      );
    });
    return { status: 'Accepted' };
  }
}

/** 2.x TriggerMessage that makes a station send a SignCertificate for this use (A02). */
export function renewalTrigger201(use: 'ChargingStationCertificate' | 'V2GCertificate' = 'ChargingStationCertificate'): Trigger201 {
  return { requestedMessage: use === 'ChargingStationCertificate' ? 'SignChargingStationCertificate' : 'SignV2GCertificate' };
}

/** 1.6 ExtendedTriggerMessage that makes a charge point send a SignCertificate (whitepaper A02). */
export function renewalTrigger16(): ExtendedTriggerMessageRequest {
  return { requestedMessage: 'SignChargePointCertificate' };
}
