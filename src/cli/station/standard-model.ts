/**
 * The simulator's device model: the standardized controller components of
 * Part 2, Appendix 3.1 and the physical ChargingStation, EVSE and Connector
 * components of 3.2, with the variables a CSMS expects to read and set.
 * Mutabilities and data types follow the mandatory-variable table of Part 6
 * (TC_B_53_CS) where it gives them; list values are the subsets this
 * simulator really supports.
 */
import type { ComponentType, ConnectorEnumType, DataEnumType, MutabilityEnumType } from '../lib.js';
import { DeviceModel, type VariableDefinition } from './device-model.js';

export interface EvseConfig {
  readonly id: number;
  readonly connectors: readonly { readonly id: number; readonly type: ConnectorEnumType }[];
  /** Maximum power, W. */
  readonly maxPowerW: number;
}

export interface StationIdentity {
  readonly identity: string;
  readonly vendorName: string;
  readonly model: string;
  readonly serialNumber: string;
  readonly firmwareVersion: string;
}

export interface StandardModelOptions extends StationIdentity {
  readonly evses: readonly EvseConfig[];
  /** OCPPCommCtrlr.HeartbeatInterval, s (the BootNotification interval replaces it). */
  readonly heartbeatIntervalS: number;
  /** SampledDataCtrlr.TxUpdatedInterval, s. */
  readonly meterIntervalS: number;
  /** AlignedDataCtrlr.Interval, s (0: no clock-aligned meter values). */
  readonly alignedIntervalS: number;
  readonly securityProfile: number;
  readonly basicAuthPassword?: string;
  /** TxCtrlr.EVConnectionTimeOut, s. */
  readonly evConnectionTimeoutS: number;
  /** EVSE.AllowReset: an EVSE can be reset on its own. */
  readonly evseReset: boolean;
  /** OCPPCommCtrlr.MessageTimeout[Default], s. */
  readonly messageTimeoutS: number;
  /** OCPPCommCtrlr.RetryBackOffWaitMinimum, RetryBackOffRandomRange (s) and RetryBackOffRepeatTimes. */
  readonly retryBackOff: { readonly waitMinimumS: number; readonly randomRangeS: number; readonly repeatTimes: number };
  /** Live readings the model reports. */
  readonly live: {
    readonly evsePowerW: (evseId: number) => number;
    /** Charging profiles installed (SmartChargingCtrlr.Entries[ChargingProfiles]). */
    readonly chargingProfiles?: () => number;
  };
}

/** What the simulator's smart charging accepts (the read-only SmartChargingCtrlr variables). */
export const SMART_CHARGING_LIMITS = { maxStackLevel: 8, maxPeriods: 24, maxProfiles: 32, rateUnits: ['A', 'W'] } as const;

/** Measurands the simulated meter produces. */
export const SUPPORTED_MEASURANDS = ['Energy.Active.Import.Register', 'Power.Active.Import', 'Current.Import', 'Voltage', 'SoC'] as const;
/** TxStartPoint / TxStopPoint values the simulator implements. */
export const SUPPORTED_TX_POINTS = ['EVConnected', 'Authorized', 'PowerPathClosed', 'EnergyTransfer'] as const;
export const AVAILABILITY_STATES = ['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted'] as const;

type Def = Omit<VariableDefinition, 'component' | 'variable' | 'dataType' | 'mutability'>;

export function standardDeviceModel(o: StandardModelOptions): DeviceModel {
  const m = new DeviceModel();
  const add = (component: ComponentType, name: string, dataType: DataEnumType, mutability: MutabilityEnumType, rest: Def = {}, instance?: string): void => {
    m.define({ component, variable: { name, ...(instance !== undefined && { instance }) }, dataType, mutability, ...rest });
  };
  const RW: MutabilityEnumType = 'ReadWrite';
  const RO: MutabilityEnumType = 'ReadOnly';
  const seconds = (value: number, min = 0): Def => ({ value: String(value), unit: 's', minLimit: min });

  // OCPPCommCtrlr (3.1.12)
  const comm = { name: 'OCPPCommCtrlr' };
  add(comm, 'ActiveNetworkProfile', 'string', RO, { value: '1' });
  add(comm, 'FileTransferProtocols', 'MemberList', RO, { value: 'HTTPS', valuesList: ['HTTP', 'HTTPS'] });
  add(comm, 'HeartbeatInterval', 'integer', RW, seconds(o.heartbeatIntervalS, 1));
  add(comm, 'MessageTimeout', 'integer', RO, { value: String(o.messageTimeoutS), unit: 's' }, 'Default');
  add(comm, 'MessageAttempts', 'integer', RW, { value: '3', minLimit: 1 }, 'TransactionEvent');
  add(comm, 'MessageAttemptInterval', 'integer', RW, seconds(10), 'TransactionEvent');
  add(comm, 'MinimumStatusDuration', 'integer', RW, seconds(0));
  add(comm, 'NetworkConfigurationPriority', 'SequenceList', RW, { value: '1', valuesList: ['1'], rebootRequired: true });
  add(comm, 'NetworkProfileConnectionAttempts', 'integer', RW, { value: '3', minLimit: 1 });
  add(comm, 'OfflineThreshold', 'integer', RW, seconds(300));
  add(comm, 'QueueAllMessages', 'boolean', RW, { value: 'false' });
  add(comm, 'ResetRetries', 'integer', RW, { value: '2', minLimit: 0 });
  // Read when the station opens a new connection (connection.ts).
  add(comm, 'RetryBackOffRepeatTimes', 'integer', RW, { value: String(o.retryBackOff.repeatTimes), minLimit: 0 });
  add(comm, 'RetryBackOffRandomRange', 'integer', RW, seconds(o.retryBackOff.randomRangeS));
  add(comm, 'RetryBackOffWaitMinimum', 'integer', RW, seconds(o.retryBackOff.waitMinimumS));
  add(comm, 'UnlockOnEVSideDisconnect', 'boolean', RW, { value: 'true' });
  add(comm, 'WebSocketPingInterval', 'integer', RW, seconds(30));

  // SecurityCtrlr (3.1.15)
  const security = { name: 'SecurityCtrlr' };
  // passwordString: 16 to 40 characters, write-only.
  add(security, 'BasicAuthPassword', 'string', 'WriteOnly', {
    minLimit: 16,
    maxLimit: 40,
    ...(o.basicAuthPassword !== undefined && o.basicAuthPassword.length >= 16 && o.basicAuthPassword.length <= 40 && { value: o.basicAuthPassword }),
  });
  add(security, 'Identity', 'string', RO, { value: o.identity, maxLimit: 48 });
  add(security, 'OrganizationName', 'string', RW, { value: o.vendorName, maxLimit: 64 });
  add(security, 'CertificateEntries', 'integer', RO, { value: '0', maxLimit: 10 });
  add(security, 'SecurityProfile', 'integer', RO, { value: String(o.securityProfile), minLimit: 0, maxLimit: 3 });
  add(security, 'CertSigningWaitMinimum', 'integer', RW, seconds(60));
  add(security, 'CertSigningRepeatTimes', 'integer', RW, { value: '3', minLimit: 0 });

  // AuthCtrlr (3.1.2)
  const auth = { name: 'AuthCtrlr' };
  add(auth, 'Enabled', 'boolean', RW, { value: 'true' });
  add(auth, 'AuthorizeRemoteStart', 'boolean', RW, { value: 'false' });
  add(auth, 'DisableRemoteAuthorization', 'boolean', RW, { value: 'false' });
  add(auth, 'LocalAuthorizeOffline', 'boolean', RW, { value: 'true' });
  add(auth, 'LocalPreAuthorize', 'boolean', RW, { value: 'false' });
  add(auth, 'OfflineTxForUnknownIdEnabled', 'boolean', RW, { value: 'false' });
  // C16: an idToken of this group stops every transaction and starts none.
  add(auth, 'MasterPassGroupId', 'string', RW, { maxLimit: 36 });

  // AuthCacheCtrlr (3.1.3): ClearCache works on it.
  const cache = { name: 'AuthCacheCtrlr' };
  add(cache, 'Available', 'boolean', RO, { value: 'true' });
  add(cache, 'Enabled', 'boolean', RW, { value: 'true' });
  add(cache, 'DisablePostAuthorize', 'boolean', RW, { value: 'false' });
  add(cache, 'LifeTime', 'integer', RW, seconds(86400));
  add(cache, 'Policy', 'OptionList', RO, { value: 'LRU', valuesList: ['LRU'] });

  // LocalAuthListCtrlr (3.1.10): SendLocalList / GetLocalListVersion work on it.
  const list = { name: 'LocalAuthListCtrlr' };
  add(list, 'Available', 'boolean', RO, { value: 'true' });
  add(list, 'Enabled', 'boolean', RW, { value: 'true' });
  add(list, 'DisablePostAuthorize', 'boolean', RW, { value: 'false' });
  add(list, 'Entries', 'integer', RO, { value: '0', maxLimit: 1000 });
  add(list, 'ItemsPerMessage', 'integer', RO, { value: '100' });
  add(list, 'BytesPerMessage', 'integer', RO, { value: '65536' });

  // TxCtrlr (3.1.18)
  const tx = { name: 'TxCtrlr' };
  add(tx, 'EVConnectionTimeOut', 'integer', RW, seconds(o.evConnectionTimeoutS, 1));
  add(tx, 'MaxEnergyOnInvalidId', 'integer', RW, { value: '0', unit: 'Wh', minLimit: 0 });
  add(tx, 'StopTxOnEVSideDisconnect', 'boolean', RW, { value: 'true' });
  add(tx, 'StopTxOnInvalidId', 'boolean', RW, { value: 'true' });
  add(tx, 'TxBeforeAcceptedEnabled', 'boolean', RO, { value: 'false' });
  add(tx, 'TxStartPoint', 'MemberList', RW, { value: 'EVConnected,Authorized', valuesList: SUPPORTED_TX_POINTS });
  add(tx, 'TxStopPoint', 'MemberList', RW, { value: 'EVConnected,Authorized', valuesList: SUPPORTED_TX_POINTS });

  // SampledDataCtrlr (3.1.14)
  const sampled = { name: 'SampledDataCtrlr' };
  const measurands = (value: string): Def => ({ value, valuesList: SUPPORTED_MEASURANDS, maxLimit: SUPPORTED_MEASURANDS.length, allowEmpty: true });
  add(sampled, 'Available', 'boolean', RO, { value: 'true' });
  add(sampled, 'Enabled', 'boolean', RW, { value: 'true' });
  add(sampled, 'SignReadings', 'boolean', RO, { value: 'false' });
  add(sampled, 'RegisterValuesWithoutPhases', 'boolean', RO, { value: 'true' });
  add(sampled, 'TxStartedMeasurands', 'MemberList', RW, measurands('Energy.Active.Import.Register'));
  add(sampled, 'TxUpdatedMeasurands', 'MemberList', RW, measurands('Energy.Active.Import.Register,Power.Active.Import,SoC'));
  add(sampled, 'TxUpdatedInterval', 'integer', RW, seconds(o.meterIntervalS));
  add(sampled, 'TxEndedMeasurands', 'MemberList', RW, measurands('Energy.Active.Import.Register'));
  add(sampled, 'TxEndedInterval', 'integer', RW, seconds(0));

  // AlignedDataCtrlr (3.1.1)
  const aligned = { name: 'AlignedDataCtrlr' };
  add(aligned, 'Available', 'boolean', RO, { value: 'true' });
  add(aligned, 'Enabled', 'boolean', RW, { value: o.alignedIntervalS > 0 ? 'true' : 'false' });
  add(aligned, 'Interval', 'integer', RW, seconds(o.alignedIntervalS));
  add(aligned, 'Measurands', 'MemberList', RW, measurands('Energy.Active.Import.Register'));
  add(aligned, 'SendDuringIdle', 'boolean', RW, { value: 'false' });
  add(aligned, 'SignReadings', 'boolean', RO, { value: 'false' });
  add(aligned, 'TxEndedInterval', 'integer', RW, seconds(0));
  add(aligned, 'TxEndedMeasurands', 'MemberList', RW, measurands('Energy.Active.Import.Register'));

  // SmartChargingCtrlr (3.1.16), with the five variables Part 6 requires (TC_B_53_CS). The
  // simulator has no external limits, so NotifyChargingLimitWithSchedules never comes into play.
  const smart = { name: 'SmartChargingCtrlr' };
  const sc = SMART_CHARGING_LIMITS;
  add(smart, 'Available', 'boolean', RO, { value: 'true' });
  add(smart, 'Enabled', 'boolean', RW, { value: 'true' });
  add(smart, 'ACPhaseSwitchingSupported', 'boolean', RO, { value: 'false' });
  add(smart, 'Entries', 'integer', RO, { read: () => String(o.live.chargingProfiles?.() ?? 0), maxLimit: sc.maxProfiles, persistent: false }, 'ChargingProfiles');
  add(smart, 'LimitChangeSignificance', 'decimal', RW, { value: '5', unit: 'Percent', minLimit: 0, maxLimit: 100 });
  add(smart, 'NotifyChargingLimitWithSchedules', 'boolean', RW, { value: 'false' });
  add(smart, 'PeriodsPerSchedule', 'integer', RO, { value: String(sc.maxPeriods) });
  add(smart, 'Phases3to1', 'boolean', RO, { value: 'false' });
  add(smart, 'ProfileStackLevel', 'integer', RO, { value: String(sc.maxStackLevel) });
  add(smart, 'RateUnit', 'MemberList', RO, { value: sc.rateUnits.join(','), valuesList: sc.rateUnits });

  // DeviceDataCtrlr (3.1.7)
  const data = { name: 'DeviceDataCtrlr' };
  for (const instance of ['GetReport', 'GetVariables', 'SetVariables']) add(data, 'BytesPerMessage', 'integer', RO, { value: '65536' }, instance);
  add(data, 'ItemsPerMessage', 'integer', RO, { value: '25' }, 'GetReport');
  add(data, 'ItemsPerMessage', 'integer', RO, { value: '50' }, 'GetVariables');
  add(data, 'ItemsPerMessage', 'integer', RO, { value: '50' }, 'SetVariables');
  add(data, 'ValueSize', 'integer', RO, { value: '1000' });

  // ClockCtrlr (3.1.5)
  const clock = { name: 'ClockCtrlr' };
  add(clock, 'DateTime', 'dateTime', RO, { read: () => new Date().toISOString(), persistent: false });
  add(clock, 'TimeSource', 'SequenceList', RW, { value: 'Heartbeat', valuesList: ['Heartbeat', 'RealTimeClock'] });
  add(clock, 'TimeZone', 'string', RW, { value: 'UTC', maxLimit: 64 });
  add(clock, 'TimeOffset', 'string', RW, { value: '+00:00', maxLimit: 6 });
  add(clock, 'NextTimeOffsetTransitionDateTime', 'dateTime', RW);
  add(clock, 'TimeAdjustmentReportingThreshold', 'integer', RW, seconds(20));

  // ChargingStation (3.2.11)
  const station = { name: 'ChargingStation' };
  add(station, 'AvailabilityState', 'OptionList', RO, { value: 'Available', valuesList: AVAILABILITY_STATES, persistent: false });
  add(station, 'Available', 'boolean', RO, { value: 'true' });
  add(station, 'SupplyPhases', 'integer', RO, { value: '3', constant: true });
  add(station, 'VendorName', 'string', RO, { value: o.vendorName, constant: true });
  add(station, 'Model', 'string', RO, { value: o.model, constant: true });
  add(station, 'SerialNumber', 'string', RO, { value: o.serialNumber, constant: true });
  add(station, 'FirmwareVersion', 'string', RO, { value: o.firmwareVersion });

  // EVSE (3.2.30) and Connector (3.2.14)
  for (const evse of o.evses) {
    const e = { name: 'EVSE', evse: { id: evse.id } };
    add(e, 'AvailabilityState', 'OptionList', RO, { value: 'Available', valuesList: AVAILABILITY_STATES, persistent: false });
    add(e, 'Available', 'boolean', RO, { value: 'true' });
    add(e, 'Power', 'decimal', RO, { read: () => String(o.live.evsePowerW(evse.id)), unit: 'W', maxLimit: evse.maxPowerW, persistent: false });
    add(e, 'SupplyPhases', 'integer', RO, { value: '3', constant: true });
    add(e, 'AllowReset', 'boolean', RO, { value: String(o.evseReset), constant: true });
    // Set by a meter failure (faults.ts).
    add({ name: 'FiscalMetering', evse: { id: evse.id } }, 'Problem', 'boolean', RO, { value: 'false', persistent: false });
    for (const connector of evse.connectors) {
      const c = { name: 'Connector', evse: { id: evse.id, connectorId: connector.id } };
      add(c, 'AvailabilityState', 'OptionList', RO, { value: 'Available', valuesList: AVAILABILITY_STATES, persistent: false });
      add(c, 'Available', 'boolean', RO, { value: 'true' });
      add(c, 'ConnectorType', 'string', RO, { value: connector.type, constant: true });
      add(c, 'SupplyPhases', 'integer', RO, { value: '3', constant: true });
      // The socket's lock (G05): Problem is set by a lock failure.
      const lock = { name: 'ConnectorPlugRetentionLock', evse: { id: evse.id, connectorId: connector.id } };
      add(lock, 'Enabled', 'boolean', RO, { value: 'true' });
      add(lock, 'Problem', 'boolean', RO, { value: 'false', persistent: false });
    }
  }

  m.limits = {
    getVariablesItems: () => m.integer(data, { name: 'ItemsPerMessage', instance: 'GetVariables' }, 50),
    setVariablesItems: () => m.integer(data, { name: 'ItemsPerMessage', instance: 'SetVariables' }, 50),
  };
  return m;
}
