/**
 * 1.6 configuration keys as 2.0.1 components and variables.
 *
 * The standard keys of 1.6 edition 2 section 9 and of the security
 * extension (its section 7) map to the 2.0.1 controller component and
 * variable that hold the same setting (2.0.1 Part 2 appendix 3, and the
 * instances Part 6 lists for DeviceDataCtrlr and OCPPCommCtrlr). Keys with
 * no such variable, and every vendor key, are the variable of the same name
 * on the component `ConfigurationKeys`, so every 1.6 key has a neutral name
 * and comes back as the same key. Values pass unchanged (1.6 CSL and 2.x
 * MemberList are both comma-separated; booleans are "true"/"false" in
 * both), except ChargingScheduleAllowedChargingRateUnit, whose 1.6 values
 * Current and Power are 2.x's A and W.
 *
 * 1.6 keys are case-insensitive (CiString50): a key is found whatever its
 * case, and a standard key comes back in the spec's spelling.
 */
import type { Component, Variable } from './types/configuration.js';

/** The component that holds every 1.6 key without a 2.0.1 counterpart. */
export const CONFIGURATION_KEYS_COMPONENT = 'ConfigurationKeys';

/** One standard 1.6 key and the 2.0.1 variable that holds the same setting. */
export interface KeyMapping {
  /** The 1.6 key, e.g. HeartbeatInterval. */
  readonly key: string;
  /** The 2.0.1 component that holds the setting. */
  readonly component: string;
  /** That component's instance, when it has one. */
  readonly componentInstance?: string;
  /** The 2.0.1 variable that holds the setting. */
  readonly variable: string;
  /** That variable's instance, when it has one. */
  readonly variableInstance?: string;
}

const m = (key: string, component: string, variable: string, variableInstance?: string): KeyMapping =>
  variableInstance === undefined ? { key, component, variable } : { key, component, variable, variableInstance };

/** The standard 1.6 keys with a 2.0.1 counterpart. */
export const configurationKeyTable: readonly KeyMapping[] = [
  // 9.1 Core
  m('AllowOfflineTxForUnknownId', 'AuthCtrlr', 'OfflineTxForUnknownIdEnabled'),
  m('AuthorizationCacheEnabled', 'AuthCacheCtrlr', 'Enabled'),
  m('AuthorizeRemoteTxRequests', 'AuthCtrlr', 'AuthorizeRemoteStart'),
  m('ClockAlignedDataInterval', 'AlignedDataCtrlr', 'Interval'),
  m('ConnectionTimeOut', 'TxCtrlr', 'EVConnectionTimeOut'),
  m('GetConfigurationMaxKeys', 'DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables'),
  m('HeartbeatInterval', 'OCPPCommCtrlr', 'HeartbeatInterval'),
  m('LocalAuthorizeOffline', 'AuthCtrlr', 'LocalAuthorizeOffline'),
  m('LocalPreAuthorize', 'AuthCtrlr', 'LocalPreAuthorize'),
  m('MaxEnergyOnInvalidId', 'TxCtrlr', 'MaxEnergyOnInvalidId'),
  m('MeterValuesAlignedData', 'AlignedDataCtrlr', 'Measurands'),
  m('MeterValuesSampledData', 'SampledDataCtrlr', 'TxUpdatedMeasurands'),
  m('MeterValueSampleInterval', 'SampledDataCtrlr', 'TxUpdatedInterval'),
  m('MinimumStatusDuration', 'OCPPCommCtrlr', 'MinimumStatusDuration'),
  m('ResetRetries', 'OCPPCommCtrlr', 'ResetRetries'),
  m('StopTransactionOnEVSideDisconnect', 'TxCtrlr', 'StopTxOnEVSideDisconnect'),
  m('StopTransactionOnInvalidId', 'TxCtrlr', 'StopTxOnInvalidId'),
  m('StopTxnAlignedData', 'AlignedDataCtrlr', 'TxEndedMeasurands'),
  m('StopTxnSampledData', 'SampledDataCtrlr', 'TxEndedMeasurands'),
  m('TransactionMessageAttempts', 'OCPPCommCtrlr', 'MessageAttempts', 'TransactionEvent'),
  m('TransactionMessageRetryInterval', 'OCPPCommCtrlr', 'MessageAttemptInterval', 'TransactionEvent'),
  m('UnlockConnectorOnEVSideDisconnect', 'OCPPCommCtrlr', 'UnlockOnEVSideDisconnect'),
  m('WebSocketPingInterval', 'OCPPCommCtrlr', 'WebSocketPingInterval'),
  // 9.2 Local Auth List Management
  m('LocalAuthListEnabled', 'LocalAuthListCtrlr', 'Enabled'),
  m('SendLocalListMaxLength', 'LocalAuthListCtrlr', 'ItemsPerMessage'),
  // 9.3 Reservation
  m('ReserveConnectorZeroSupported', 'ReservationCtrlr', 'NonEvseSpecific'),
  // 9.4 Smart Charging
  m('ChargeProfileMaxStackLevel', 'SmartChargingCtrlr', 'ProfileStackLevel'),
  m('ChargingScheduleAllowedChargingRateUnit', 'SmartChargingCtrlr', 'RateUnit'),
  m('ChargingScheduleMaxPeriods', 'SmartChargingCtrlr', 'PeriodsPerSchedule'),
  m('ConnectorSwitch3to1PhaseSupported', 'SmartChargingCtrlr', 'Phases3to1'),
  // Security extension, section 7
  m('AdditionalRootCertificateCheck', 'SecurityCtrlr', 'AdditionalRootCertificateCheck'),
  m('AuthorizationKey', 'SecurityCtrlr', 'BasicAuthPassword'),
  m('CpoName', 'SecurityCtrlr', 'OrganizationName'),
  m('SecurityProfile', 'SecurityCtrlr', 'SecurityProfile'),
];

/**
 * Standard 1.6 keys with no 2.0.1 variable, and why: they live on
 * `ConfigurationKeys` under their own name.
 */
export const unmappedConfigurationKeys: Readonly<Record<string, string>> = {
  BlinkRepeat: 'no 2.0.1 variable for lighting',
  LightIntensity: 'no 2.0.1 variable for lighting',
  ConnectorPhaseRotation: 'one list for all connectors; 2.0.1 has PhaseRotation on each Connector component',
  ConnectorPhaseRotationMaxLength: "a list's maximum is a variable characteristic (maxLimit) in 2.0.1, not a variable",
  MeterValuesAlignedDataMaxLength: "a list's maximum is a variable characteristic (maxLimit) in 2.0.1",
  MeterValuesSampledDataMaxLength: "a list's maximum is a variable characteristic (maxLimit) in 2.0.1",
  StopTxnAlignedDataMaxLength: "a list's maximum is a variable characteristic (maxLimit) in 2.0.1",
  StopTxnSampledDataMaxLength: "a list's maximum is a variable characteristic (maxLimit) in 2.0.1",
  NumberOfConnectors: '2.0.1 describes connectors as components, not as a count',
  SupportedFeatureProfiles: '2.0.1 has no feature profiles',
  SupportedFeatureProfilesMaxLength: '2.0.1 has no feature profiles',
  LocalAuthListMaxLength: "the list's capacity is LocalAuthListCtrlr.Entries' maxLimit in 2.0.1, not a variable",
  MaxChargingProfilesInstalled: "the capacity is SmartChargingCtrlr.Entries' maxLimit in 2.0.1, not a variable",
  CertificateStoreMaxLength: "the capacity is SecurityCtrlr.CertificateEntries' maxLimit in 2.0.1, not a variable",
  CertificateSignedMaxChainSize: 'no 2.0.1 variable of the same meaning in the standard lists',
};

const byKey = new Map(configurationKeyTable.map((e) => [e.key.toLowerCase(), e]));
const unmappedByKey = new Map(Object.keys(unmappedConfigurationKeys).map((k) => [k.toLowerCase(), k]));
const lower = (s: string | undefined) => s?.toLowerCase();

/** The neutral component and variable of a 1.6 key. */
export function variableOfKey(key: string): { component: Component; variable: Variable } {
  const e = byKey.get(key.toLowerCase());
  if (e === undefined) {
    const name = unmappedByKey.get(key.toLowerCase()) ?? key;
    return { component: { name: CONFIGURATION_KEYS_COMPONENT }, variable: { name } };
  }
  return {
    component: e.componentInstance === undefined ? { name: e.component } : { name: e.component, instance: e.componentInstance },
    variable: e.variableInstance === undefined ? { name: e.variable } : { name: e.variable, instance: e.variableInstance },
  };
}

/** The 1.6 key of a neutral component and variable, if it has one. */
export function keyOfVariable(component: Component, variable: Variable): string | undefined {
  if (component.evse !== undefined) return undefined;
  if (lower(component.name) === CONFIGURATION_KEYS_COMPONENT.toLowerCase()) {
    if (component.instance !== undefined || variable.instance !== undefined) return undefined;
    // A standard key's own name on ConfigurationKeys is still that key.
    return byKey.get(variable.name.toLowerCase())?.key ?? variable.name;
  }
  const e = configurationKeyTable.find(
    (k) =>
      lower(k.component) === lower(component.name) &&
      lower(k.componentInstance) === lower(component.instance) &&
      lower(k.variable) === lower(variable.name) &&
      lower(k.variableInstance) === lower(variable.instance),
  );
  return e?.key;
}

const RATE_UNITS: readonly (readonly [string, string])[] = [
  ['Current', 'A'],
  ['Power', 'W'],
];

function replaceTokens(value: string, pairs: readonly (readonly [string, string])[], from: 0 | 1): string {
  return value.replace(/[^,\s]+/g, (token) => pairs.find((p) => p[from].toLowerCase() === token.toLowerCase())?.[1 - from] ?? token);
}

const isRateUnitKey = (key: string) => key.toLowerCase() === 'chargingscheduleallowedchargingrateunit';

/** A 1.6 key's value as the neutral model (2.x) writes it. */
export function valueFromKey(key: string, value: string): string {
  return isRateUnitKey(key) ? replaceTokens(value, RATE_UNITS, 0) : value;
}

/** A neutral value as the 1.6 key takes it. */
export function valueToKey(key: string, value: string): string {
  return isRateUnitKey(key) ? replaceTokens(value, RATE_UNITS, 1) : value;
}
