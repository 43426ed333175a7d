/**
 * GetCertificateStatus answered (M06; TC_M_24_CSMS): the station's
 * ocspRequestData asked at its responder through the OCSP client, and the
 * DER OCSPResponse returned base64 in ocspResult (at most 5500 characters
 * in 2.0.1, 18000 in 2.1) for the station to staple; Failed, with the
 * reason, when no sound answer came. 2.0.1 and 2.1 (1.6 has no such call).
 */
import type { GetCertificateStatusRequest as Request201, GetCertificateStatusResponse as Response201 } from '../../../v201/index.js';
import type { GetCertificateStatusRequest as Request21, GetCertificateStatusResponse as Response21 } from '../../../v21/index.js';
import { OcspError, type OcspClient } from './ocsp.js';

/** GetCertificateStatus for 2.0.1 and 2.1 (see the module comment). */
export class CertificateStatusService {
  private readonly ocsp: OcspClient;

  constructor(ocsp: OcspClient) {
    this.ocsp = ocsp;
  }

  /** The 2.0.1 GetCertificateStatusResponse. */
  handle201(request: Request201): Promise<Response201> {
    return this.handle(request, 5500);
  }

  /** The 2.1 GetCertificateStatusResponse. */
  handle21(request: Request21): Promise<Response21> {
    return this.handle(request, 18000);
  }

  private async handle(request: Request201 | Request21, maxResult: number): Promise<Response201 & Response21> {
    const failed = (reasonCode: string, info: string): Response201 & Response21 => ({ status: 'Failed', statusInfo: { reasonCode, additionalInfo: info.slice(0, 512) } });
    try {
      const answer = await this.ocsp.check(request.ocspRequestData);
      const ocspResult = answer.der.toString('base64');
      if (ocspResult.length > maxResult) return failed('TooLarge', `the OCSP answer takes ${ocspResult.length} base64 characters, more than ${maxResult}`);
      return { status: 'Accepted', ocspResult };
    } catch (err) {
      if (err instanceof OcspError) return failed(`OCSP${err.reason[0]!.toUpperCase()}${err.reason.slice(1)}`.slice(0, 20), err.message);
      throw err;
    }
  }
}
