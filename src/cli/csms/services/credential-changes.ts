/**
 * What a completed CSMS-to-station exchange says about the station's
 * credentials, for the station registry:
 *
 * - a new Basic auth password: 2.x SetVariables of
 *   SecurityCtrlr.BasicAuthPassword (A01), 1.6 ChangeConfiguration of
 *   AuthorizationKey (security whitepaper A01);
 * - a higher security profile: 2.x SetNetworkProfile (A05), 1.6
 *   ChangeConfiguration of SecurityProfile (whitepaper A05).
 *
 * Pure functions of the request and the station's response; the shapes
 * below are those 2.0.1 and 2.1 share.
 */

/** How the station took a new credential: in force now, after its next reboot, or not at all. */
export type ChangeOutcome = 'Accepted' | 'RebootRequired' | 'Rejected';

/** A password the CSMS sent, and how the station took it. */
export interface PasswordChange {
  /** The new password. */
  readonly password: string;
  /** How the station answered. */
  readonly outcome: ChangeOutcome;
}

/** A security profile the CSMS asked the station to use, and how the station took it. */
export interface ProfileChange {
  /** The profile asked for. */
  readonly securityProfile: number;
  /** How the station answered. */
  readonly outcome: ChangeOutcome;
}

interface Named {
  readonly name: string;
  readonly instance?: string;
}

/** The part of a 2.x SetVariablesRequest read here. */
export interface SetVariablesRequestLike {
  /** The variables set. */
  readonly setVariableData: readonly { readonly attributeType?: string; readonly attributeValue: string; readonly component: Named; readonly variable: Named }[];
}

/** The part of a 2.x SetVariablesResponse read here. */
export interface SetVariablesResponseLike {
  /** One result per variable. */
  readonly setVariableResult: readonly { readonly attributeType?: string; readonly attributeStatus: string; readonly component: Named; readonly variable: Named }[];
}

function outcomeOf(status: string): ChangeOutcome {
  return status === 'Accepted' ? 'Accepted' : status === 'RebootRequired' ? 'RebootRequired' : 'Rejected';
}

const isBasicAuthPassword = (component: Named, variable: Named, attributeType: string | undefined): boolean =>
  component.name === 'SecurityCtrlr' && component.instance === undefined && variable.name === 'BasicAuthPassword' && variable.instance === undefined && (attributeType ?? 'Actual') === 'Actual';

/**
 * A01 (TC_A_09_CSMS, TC_A_10_CSMS): the BasicAuthPassword a SetVariables
 * exchange set, if it set one, with the station's answer for it.
 */
export function passwordFromSetVariables(request: SetVariablesRequestLike, response: SetVariablesResponseLike): PasswordChange | undefined {
  const sent = request.setVariableData.find((d) => isBasicAuthPassword(d.component, d.variable, d.attributeType));
  if (sent === undefined) return undefined;
  const result = response.setVariableResult.find((r) => isBasicAuthPassword(r.component, r.variable, r.attributeType));
  return { password: sent.attributeValue, outcome: result === undefined ? 'Rejected' : outcomeOf(result.attributeStatus) };
}

/** The part of a 1.6 ChangeConfiguration exchange read here. */
export interface ChangeConfigurationLike {
  /** The request. */
  readonly request: { readonly key: string; readonly value: string };
  /** The station's response. */
  readonly response: { readonly status: string };
}

/** 1.6 whitepaper A01: the AuthorizationKey a ChangeConfiguration set, with the station's answer. */
export function passwordFromChangeConfiguration({ request, response }: ChangeConfigurationLike): PasswordChange | undefined {
  if (request.key !== 'AuthorizationKey') return undefined;
  return { password: request.value, outcome: outcomeOf(response.status) };
}

/** 2.x A05 (TC_A_19_CSMS): the profile a SetNetworkProfile exchange configured, with the station's answer. */
export function profileFromSetNetworkProfile(
  request: { readonly connectionData: { readonly securityProfile: number } },
  response: { readonly status: string },
): ProfileChange {
  return { securityProfile: request.connectionData.securityProfile, outcome: outcomeOf(response.status) };
}

/** 1.6 whitepaper A05: the profile a ChangeConfiguration of SecurityProfile set, with the station's answer. */
export function profileFromChangeConfiguration({ request, response }: ChangeConfigurationLike): ProfileChange | undefined {
  if (request.key !== 'SecurityProfile') return undefined;
  const securityProfile = Number(request.value);
  if (!Number.isInteger(securityProfile)) return undefined;
  return { securityProfile, outcome: outcomeOf(response.status) };
}
