/**
 * The configuration keys of the 1.6 simulator (1.6 edition 2, section 9,
 * the keys of the profiles it supports) and GetConfiguration /
 * ChangeConfiguration (5.8, 5.3): keys compare case-insensitively; a
 * GetConfiguration without keys lists them all, unknown ones come back in
 * unknownKey; ChangeConfiguration answers NotSupported for a key it does not
 * have, Rejected for a read-only key or a value the key cannot take, and
 * RebootRequired where the value only applies after a reboot (it is kept
 * and applied then).
 */
import type { ConfigurationStatus, GetConfigurationResponse, KeyValue } from '../../../v16/index.js';

export type KeyKind = 'boolean' | 'integer' | 'csl' | 'string';

export interface KeyDefinition {
  readonly key: string;
  readonly kind: KeyKind;
  readonly readonly: boolean;
  readonly value: string;
  /** A new value applies after a reboot (ChangeConfiguration answers RebootRequired). */
  readonly rebootRequired?: boolean;
  /** CSL: the members allowed. */
  readonly members?: readonly string[];
  /** CSL: the key holding the most members allowed. */
  readonly maxLengthKey?: string;
}

/** Measurands the simulated meter gives, in 1.6 spelling. */
export const MEASURANDS_16 = ['Energy.Active.Import.Register', 'Power.Active.Import', 'Power.Offered', 'Current.Import', 'Current.Offered', 'Voltage', 'SoC'] as const;

/** Feature profiles this simulator supports (SupportedFeatureProfiles). */
export const FEATURE_PROFILES = ['Core', 'LocalAuthListManagement', 'RemoteTrigger', 'SmartCharging'] as const;

/** The values a station is built with. */
export interface KeyValues {
  readonly connectors: number;
  readonly heartbeatIntervalS: number;
  readonly meterIntervalS: number;
  readonly alignedIntervalS: number;
  readonly connectionTimeOutS: number;
}

/** Section 9's keys of Core, Local Auth List Management, Smart Charging (and Remote Trigger, which has none). */
export function standardKeys(v: KeyValues): KeyDefinition[] {
  const rw = (key: string, kind: KeyKind, value: string, extra: Partial<KeyDefinition> = {}): KeyDefinition => ({ key, kind, readonly: false, value, ...extra });
  const r = (key: string, kind: KeyKind, value: string): KeyDefinition => ({ key, kind, readonly: true, value });
  const measurands = (key: string, value: string): KeyDefinition => rw(key, 'csl', value, { members: MEASURANDS_16, maxLengthKey: `${key}MaxLength` });
  const rotation = Array.from({ length: v.connectors + 1 }, (_, i) => `${i}.RST`).join(',');
  return [
    // 9.1 Core
    rw('AllowOfflineTxForUnknownId', 'boolean', 'false'),
    rw('AuthorizationCacheEnabled', 'boolean', 'true'),
    rw('AuthorizeRemoteTxRequests', 'boolean', 'false'),
    rw('ClockAlignedDataInterval', 'integer', String(v.alignedIntervalS)),
    rw('ConnectionTimeOut', 'integer', String(v.connectionTimeOutS)),
    // The phase wiring is the installer's: it applies once the station restarts.
    rw('ConnectorPhaseRotation', 'csl', rotation, { rebootRequired: true }),
    r('ConnectorPhaseRotationMaxLength', 'integer', String(v.connectors + 1)),
    r('GetConfigurationMaxKeys', 'integer', '64'),
    rw('HeartbeatInterval', 'integer', String(v.heartbeatIntervalS)),
    rw('LocalAuthorizeOffline', 'boolean', 'true'),
    rw('LocalPreAuthorize', 'boolean', 'false'),
    measurands('MeterValuesAlignedData', 'Energy.Active.Import.Register'),
    r('MeterValuesAlignedDataMaxLength', 'integer', '7'),
    measurands('MeterValuesSampledData', 'Energy.Active.Import.Register,Power.Active.Import'),
    r('MeterValuesSampledDataMaxLength', 'integer', '7'),
    rw('MeterValueSampleInterval', 'integer', String(v.meterIntervalS)),
    r('NumberOfConnectors', 'integer', String(v.connectors)),
    rw('ResetRetries', 'integer', '1'),
    rw('StopTransactionOnEVSideDisconnect', 'boolean', 'true'),
    rw('StopTransactionOnInvalidId', 'boolean', 'true'),
    measurands('StopTxnAlignedData', ''),
    r('StopTxnAlignedDataMaxLength', 'integer', '7'),
    measurands('StopTxnSampledData', 'Energy.Active.Import.Register'),
    r('StopTxnSampledDataMaxLength', 'integer', '7'),
    r('SupportedFeatureProfiles', 'csl', FEATURE_PROFILES.join(',')),
    r('SupportedFeatureProfilesMaxLength', 'integer', String(FEATURE_PROFILES.length)),
    rw('TransactionMessageAttempts', 'integer', '3'),
    rw('TransactionMessageRetryInterval', 'integer', '10'),
    rw('UnlockConnectorOnEVSideDisconnect', 'boolean', 'true'),
    // 9.2 Local Auth List Management
    rw('LocalAuthListEnabled', 'boolean', 'true'),
    r('LocalAuthListMaxLength', 'integer', '1000'),
    r('SendLocalListMaxLength', 'integer', '100'),
    // 9.4 Smart Charging
    r('ChargeProfileMaxStackLevel', 'integer', '8'),
    r('ChargingScheduleAllowedChargingRateUnit', 'csl', 'Current,Power'),
    r('ChargingScheduleMaxPeriods', 'integer', '24'),
    r('ConnectorSwitch3to1PhaseSupported', 'boolean', 'false'),
    r('MaxChargingProfilesInstalled', 'integer', '32'),
  ];
}

interface Entry {
  readonly def: KeyDefinition;
  value: string;
  /** A value waiting for the reboot. */
  pending?: string | undefined;
}

export type KeyListener = (key: string, value: string) => void;

export class Configuration {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners: KeyListener[] = [];

  constructor(definitions: readonly KeyDefinition[]) {
    for (const def of definitions) this.entries.set(def.key.toLowerCase(), { def, value: def.value });
  }

  /** Runs after a key's value changed (ChangeConfiguration Accepted, or a reboot applying a pending value). */
  onChange(listener: KeyListener): void {
    this.listeners.push(listener);
  }

  value(key: string): string | undefined {
    return this.entries.get(key.toLowerCase())?.value;
  }

  boolean(key: string, fallback: boolean): boolean {
    const v = this.value(key)?.toLowerCase();
    return v === 'true' ? true : v === 'false' ? false : fallback;
  }

  integer(key: string, fallback: number): number {
    const v = Number(this.value(key));
    return Number.isInteger(v) ? v : fallback;
  }

  /** A CSL key's members. */
  list(key: string): string[] {
    return (this.value(key) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }

  /** Every key with its value, for the live state. */
  all(): KeyValue[] {
    return [...this.entries.values()].map((e) => ({ key: e.def.key, readonly: e.def.readonly, value: e.value }));
  }

  /** GetConfiguration.conf (5.8): every key when none is asked for; unknown ones in unknownKey. */
  get(keys: readonly string[] | undefined): GetConfigurationResponse {
    if (keys === undefined || keys.length === 0) return { configurationKey: this.all() };
    const known: KeyValue[] = [];
    const unknownKey: string[] = [];
    for (const key of keys) {
      const e = this.entries.get(key.toLowerCase());
      if (e === undefined) unknownKey.push(key);
      else known.push({ key: e.def.key, readonly: e.def.readonly, value: e.value });
    }
    return { ...(known.length > 0 && { configurationKey: known }), ...(unknownKey.length > 0 && { unknownKey }) };
  }

  /** ChangeConfiguration.conf (5.3). */
  change(key: string, value: string): ConfigurationStatus {
    const e = this.entries.get(key.toLowerCase());
    if (e === undefined) return 'NotSupported';
    if (e.def.readonly || !this.valid(e.def, value)) return 'Rejected';
    const normal = e.def.kind === 'boolean' ? value.toLowerCase() : value;
    if (e.def.rebootRequired === true) {
      e.pending = normal;
      return 'RebootRequired';
    }
    this.set(e, normal);
    return 'Accepted';
  }

  /** Sets a key from inside the station (a BootNotification's interval); false for a key it does not have. */
  update(key: string, value: string): boolean {
    const e = this.entries.get(key.toLowerCase());
    if (e === undefined) return false;
    this.set(e, value);
    return true;
  }

  /** The station restarts: values that waited for it apply. */
  rebooted(): void {
    for (const e of this.entries.values()) {
      if (e.pending === undefined) continue;
      const value = e.pending;
      e.pending = undefined;
      this.set(e, value);
    }
  }

  private set(e: Entry, value: string): void {
    if (e.value === value) return;
    e.value = value;
    for (const l of this.listeners) l(e.def.key, value);
  }

  private valid(def: KeyDefinition, value: string): boolean {
    switch (def.kind) {
      case 'boolean':
        return /^(true|false)$/i.test(value);
      case 'integer':
        return /^\d{1,9}$/.test(value);
      case 'string':
        return value.length <= 500;
      case 'csl': {
        const members = value
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        if (def.members !== undefined && members.some((m) => !def.members!.includes(m))) return false;
        const max = def.maxLengthKey === undefined ? undefined : this.integer(def.maxLengthKey, Infinity);
        return (max === undefined || members.length <= max) && value.length <= 500;
      }
    }
  }
}
