/**
 * The services a test CSMS offers beside answering messages, each a small
 * module a CSMS application calls from its handlers, usable for OCPP 1.6,
 * 2.0.1 and 2.1 where the version has the messages:
 *
 * - stations and their credentials at run time (station-registry,
 *   credential-changes);
 * - idTokens and Authorize, Plug & Charge included (tokens, token-info,
 *   authorize, contract-certificates, ocsp);
 * - a test certificate authority and the certificate messages
 *   (certificate-authority, certificate-signing, certificate-status,
 *   ev-certificates);
 * - what a CSMS starts on its own: cost (tariff), GetTransactionStatus
 *   (transaction-status), GetVariables / SetVariables in batches
 *   (variable-batches).
 *
 * Certificates and OCSP need the optional @peculiar/asn1-* packages
 * (asn1.ts); everything else needs nothing beyond the library.
 */
export type { Awaitable } from './awaitable.js';
export { ASN1_PACKAGES, MissingDependencyError, loadAsn1 } from './asn1.js';
export { MemoryStationStore, StationEntryError, StationRegistry, type StationEntry, type StationRegistration, type StationRegistryOptions, type StationStore } from './station-registry.js';
export {
  passwordFromChangeConfiguration,
  passwordFromSetVariables,
  profileFromChangeConfiguration,
  profileFromSetNetworkProfile,
  type ChangeConfigurationLike,
  type ChangeOutcome,
  type PasswordChange,
  type ProfileChange,
  type SetVariablesRequestLike,
  type SetVariablesResponseLike,
} from './credential-changes.js';
export { MemoryTokenStore, TokenRecordError, TokenService, tokenStatuses, type TokenDecision, type TokenMessage, type TokenRecord, type TokenServiceOptions, type TokenStatus, type TokenStore } from './tokens.js';
export { idTagInfo16, idTokenInfo201, idTokenInfo21 } from './token-info.js';
export { Authorizer, type AuthorizeDecision } from './authorize.js';
export { ContractCertificates, type ContractCertificatesOptions, type ContractStatus, type ContractVerdict } from './contract-certificates.js';
export { OcspClient, OcspError, ocspRequestData, type OcspAnswer, type OcspClientOptions, type OcspFailure, type OcspRequestData } from './ocsp.js';
export { CertificateAuthority, CsrError, type CertificateAuthorityOptions, type CertificateUse, type CsrProblem, type IssuedCertificate, type SignOptions } from './certificate-authority.js';
export {
  CertificateSigning,
  renewalTrigger16,
  renewalTrigger201,
  type CertificateSigningEvents,
  type CertificateSigningOptions,
  type SendToStation,
  type SigningRecord,
  type SigningStatus,
} from './certificate-signing.js';
export { CertificateStatusService } from './certificate-status.js';
export { ConfiguredExiResponses, EvCertificates, ExiConfigError, type EvCertificateAnswer, type EvCertificateProvider, type EvCertificateQuery } from './ev-certificates.js';
export { RunningCost, TariffError, checkTariff, sessionCost, tariffText, type CostUpdate, type CostedTransaction, type RunningCostOptions, type Tariff, type Usage } from './tariff.js';
export { TransactionSeqNos, missingSeqNos, type SequencedEvent, type StatusQuery } from './transaction-status.js';
export { BatchError, getConfigurationBatches, getVariablesBatches, limitsFromResults, limitsRequest, sendInBatches, setVariablesBatches, splitItems, type MessageLimits } from './variable-batches.js';
