import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validate } from '../../src/index.js';
import { chunk, DeviceModel, valueProblem } from '../../src/cli/station/device-model.js';
import { standardDeviceModel } from '../../src/cli/station/standard-model.js';

function model(): DeviceModel {
  return standardDeviceModel({
    identity: 'CS001',
    vendorName: 'ocpp-model',
    model: 'Simulator',
    serialNumber: 'SN-1',
    firmwareVersion: '1.0.0',
    evses: [
      { id: 1, connectors: [{ id: 1, type: 'cType2' }], maxPowerW: 22000 },
      { id: 2, connectors: [{ id: 1, type: 'cCCS2' }, { id: 2, type: 'cType2' }], maxPowerW: 50000 },
    ],
    heartbeatIntervalS: 300,
    meterIntervalS: 60,
    alignedIntervalS: 0,
    securityProfile: 1,
    basicAuthPassword: 'a-password-of-20chars',
    evConnectionTimeoutS: 60,
    messageTimeoutS: 30,
    retryBackOff: { waitMinimumS: 5, randomRangeS: 10, repeatTimes: 3 },
    evseReset: false,
    live: { evsePowerW: (id) => id * 1000 },
  });
}

describe('device model: GetVariables (B06)', () => {
  it('TC_B_06_CS: OCPPCommCtrlr.OfflineThreshold reads back Accepted with its value', () => {
    const m = model();
    m.setVariables([{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeValue: '300' }]);
    const [r] = m.getVariables([{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeType: 'Actual' }]);
    assert.deepEqual(r, { attributeType: 'Actual', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeStatus: 'Accepted', attributeValue: '300' });
  });

  it('TC_B_07_CS: several values in one request, in order', () => {
    const r = model().getVariables([
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } },
      { component: { name: 'AuthCtrlr' }, variable: { name: 'LocalAuthorizeOffline' } },
    ]);
    assert.deepEqual(r.map((x) => [x.attributeStatus, x.attributeValue]), [['Accepted', '300'], ['Accepted', 'true']]);
  });

  it('TC_B_32_CS / TC_B_33_CS / TC_B_34_CS: UnknownComponent, UnknownVariable, NotSupportedAttributeType', () => {
    const r = model().getVariables([
      { component: { name: 'UnknownComponent' }, variable: { name: 'OfflineThreshold' } },
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'UnknownVariable' } },
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeType: 'Target' },
    ]);
    assert.deepEqual(r.map((x) => x.attributeStatus), ['UnknownComponent', 'UnknownVariable', 'NotSupportedAttributeType']);
    assert.equal(r[2]!.attributeType, 'Target');
  });

  it('a write-only variable (SecurityCtrlr.BasicAuthPassword) is refused with WriteOnly and no value', () => {
    const [r] = model().getVariables([{ component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } }]);
    assert.equal(r!.attributeStatus, 'Rejected');
    assert.equal(r!.attributeStatusInfo?.reasonCode, 'WriteOnly');
    assert.equal(r!.attributeValue, undefined);
  });

  it('EVSE and Connector components are addressed with their evse (and connectorId)', () => {
    const r = model().getVariables([
      { component: { name: 'Connector', evse: { id: 2, connectorId: 1 } }, variable: { name: 'ConnectorType' } },
      { component: { name: 'EVSE', evse: { id: 2 } }, variable: { name: 'Power' } },
      { component: { name: 'EVSE', evse: { id: 3 } }, variable: { name: 'Power' } },
      { component: { name: 'EVSE' }, variable: { name: 'Power' } },
    ]);
    assert.deepEqual(r.map((x) => [x.attributeStatus, x.attributeValue]), [['Accepted', 'cCCS2'], ['Accepted', '2000'], ['UnknownComponent', undefined], ['UnknownComponent', undefined]]);
  });

  it('TC_B_08_CS: items beyond DeviceDataCtrlr.ItemsPerMessage[GetVariables] are Rejected with TooManyElements', () => {
    const m = model();
    const limit = m.integer('DeviceDataCtrlr', { name: 'ItemsPerMessage', instance: 'GetVariables' }, 0);
    const r = m.getVariables(Array.from({ length: limit + 1 }, () => ({ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } })));
    assert.equal(r.filter((x) => x.attributeStatus === 'Accepted').length, limit);
    assert.equal(r[limit]!.attributeStatus, 'Rejected');
    assert.equal(r[limit]!.attributeStatusInfo?.reasonCode, 'TooManyElements');
  });
});

describe('device model: SetVariables (B05)', () => {
  it('TC_B_09_CS / TC_B_10_CS: read-write values are set and read back', () => {
    const m = model();
    const r = m.setVariables([
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeValue: '120', attributeType: 'Actual' },
      { component: { name: 'AuthCtrlr' }, variable: { name: 'LocalAuthorizeOffline' }, attributeValue: 'false' },
    ]);
    assert.deepEqual(r.map((x) => x.attributeStatus), ['Accepted', 'Accepted']);
    assert.equal(m.value('OCPPCommCtrlr', 'OfflineThreshold'), '120');
    assert.equal(m.value('AuthCtrlr', 'LocalAuthorizeOffline'), 'false');
  });

  it('TC_B_39_CS: OCPPCommCtrlr.MessageTimeout[Default] is read-only: Rejected with ReadOnly, value kept', () => {
    const m = model();
    const [r] = m.setVariables([{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'MessageTimeout', instance: 'Default' }, attributeValue: '5' }]);
    assert.equal(r!.attributeStatus, 'Rejected');
    assert.equal(r!.attributeStatusInfo?.reasonCode, 'ReadOnly');
    assert.deepEqual(r!.variable, { name: 'MessageTimeout', instance: 'Default' });
    assert.equal(m.value('OCPPCommCtrlr', { name: 'MessageTimeout', instance: 'Default' }), '30');
  });

  it('TC_B_35_CS / TC_B_36_CS / TC_B_37_CS: UnknownComponent, UnknownVariable, NotSupportedAttributeType', () => {
    const r = model().setVariables([
      { component: { name: 'UnknownComponent' }, variable: { name: 'OfflineThreshold' }, attributeValue: '1' },
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'UnknownVariable' }, attributeValue: '1' },
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeValue: '1', attributeType: 'Target' },
    ]);
    assert.deepEqual(r.map((x) => x.attributeStatus), ['UnknownComponent', 'UnknownVariable', 'NotSupportedAttributeType']);
  });

  it('TC_B_11_CS: badly formatted values are Rejected with InvalidValue and leave the value alone', () => {
    const m = model();
    for (const value of ['1.1', 'true', new Date().toISOString(), 'abc']) {
      const [r] = m.setVariables([{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' }, attributeValue: value }]);
      assert.equal(r!.attributeStatus, 'Rejected', value);
      assert.equal(r!.attributeStatusInfo?.reasonCode, 'InvalidValue', value);
    }
    for (const value of ['1', '1.1', 'abc']) {
      const [r] = m.setVariables([{ component: { name: 'AuthCtrlr' }, variable: { name: 'AuthorizeRemoteStart' }, attributeValue: value }]);
      assert.equal(r!.attributeStatus, 'Rejected', value);
    }
    // Steps 3 and 4: SmartChargingCtrlr.LimitChangeSignificance, a decimal percentage.
    for (const [value, status] of [['1', 'Accepted'], ['1.1', 'Accepted'], ['true', 'Rejected'], [new Date().toISOString(), 'Rejected'], ['abc', 'Rejected'], ['101', 'Rejected']]) {
      const [r] = m.setVariables([{ component: { name: 'SmartChargingCtrlr' }, variable: { name: 'LimitChangeSignificance' }, attributeValue: value! }]);
      assert.equal(r!.attributeStatus, status, value);
    }
    const [date] = m.setVariables([{ component: { name: 'ClockCtrlr' }, variable: { name: 'NextTimeOffsetTransitionDateTime' }, attributeValue: 'abc' }]);
    assert.equal(date!.attributeStatus, 'Rejected');
    const [ok] = m.setVariables([{ component: { name: 'ClockCtrlr' }, variable: { name: 'NextTimeOffsetTransitionDateTime' }, attributeValue: '2030-03-30T01:00:00Z' }]);
    assert.equal(ok!.attributeStatus, 'Accepted');
    assert.equal(m.value('OCPPCommCtrlr', 'OfflineThreshold'), '300');
  });

  it('lists take only the values in their valuesList; the password must be 16 to 40 characters', () => {
    const m = model();
    const r = m.setVariables([
      { component: { name: 'TxCtrlr' }, variable: { name: 'TxStartPoint' }, attributeValue: 'PowerPathClosed' },
      { component: { name: 'TxCtrlr' }, variable: { name: 'TxStopPoint' }, attributeValue: 'DataSigned' },
      { component: { name: 'TxCtrlr' }, variable: { name: 'TxStopPoint' }, attributeValue: '' },
      { component: { name: 'SampledDataCtrlr' }, variable: { name: 'TxUpdatedMeasurands' }, attributeValue: 'Energy.Active.Import.Register,SoC' },
      { component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' }, attributeValue: 'short' },
      { component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' }, attributeValue: 'a-much-longer-password' },
    ]);
    assert.deepEqual(r.map((x) => x.attributeStatus), ['Accepted', 'Rejected', 'Rejected', 'Accepted', 'Rejected', 'Accepted']);
  });

  it('NetworkConfigurationPriority needs a reboot: RebootRequired', () => {
    const [r] = model().setVariables([{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'NetworkConfigurationPriority' }, attributeValue: '1' }]);
    assert.equal(r!.attributeStatus, 'RebootRequired');
  });

  it('a change is announced to listeners; a live variable (ClockCtrlr.DateTime) cannot be set', () => {
    const m = model();
    const seen: string[] = [];
    m.onChange((c, v, value) => seen.push(`${c.name}.${v.name}=${value}`));
    m.setVariables([
      { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, attributeValue: '10' },
      { component: { name: 'ClockCtrlr' }, variable: { name: 'DateTime' }, attributeValue: '2030-01-01T00:00:00Z' },
    ]);
    assert.deepEqual(seen, ['OCPPCommCtrlr.HeartbeatInterval=10']);
  });

  it('valueProblem: integer limits give ValueTooLow / ValueTooHigh', () => {
    const def = { component: { name: 'X' }, variable: { name: 'Y' }, dataType: 'integer' as const, mutability: 'ReadWrite' as const, minLimit: 1, maxLimit: 10 };
    assert.equal(valueProblem(def, '0')?.reasonCode, 'ValueTooLow');
    assert.equal(valueProblem(def, '11')?.reasonCode, 'ValueTooHigh');
    assert.equal(valueProblem(def, '5'), undefined);
  });
});

describe('device model: reports (B07, B08)', () => {
  it('TC_B_13_CS / TC_B_53_CS: FullInventory has the mandatory variables with their mutability and data type', () => {
    const data = model().baseReport('FullInventory')!;
    const find = (c: string, v: string, instance?: string) =>
      data.find((d) => d.component.name === c && d.variable.name === v && d.variable.instance === instance);
    const required: [string, string, string | undefined, string, string][] = [
      ['AlignedDataCtrlr', 'Interval', undefined, 'ReadWrite', 'integer'],
      ['AlignedDataCtrlr', 'Measurands', undefined, 'ReadWrite', 'MemberList'],
      ['AuthCtrlr', 'LocalAuthorizeOffline', undefined, 'ReadWrite', 'boolean'],
      ['AuthCtrlr', 'LocalPreAuthorize', undefined, 'ReadWrite', 'boolean'],
      ['ChargingStation', 'AvailabilityState', undefined, 'ReadOnly', 'OptionList'],
      ['ChargingStation', 'Available', undefined, 'ReadOnly', 'boolean'],
      ['ClockCtrlr', 'DateTime', undefined, 'ReadOnly', 'dateTime'],
      ['ClockCtrlr', 'TimeSource', undefined, 'ReadWrite', 'SequenceList'],
      ['Connector', 'ConnectorType', undefined, 'ReadOnly', 'string'],
      ['DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables', 'ReadOnly', 'integer'],
      ['EVSE', 'Power', undefined, 'ReadOnly', 'decimal'],
      ['OCPPCommCtrlr', 'MessageTimeout', 'Default', 'ReadOnly', 'integer'],
      ['OCPPCommCtrlr', 'MessageAttempts', 'TransactionEvent', 'ReadWrite', 'integer'],
      ['OCPPCommCtrlr', 'OfflineThreshold', undefined, 'ReadWrite', 'integer'],
      ['OCPPCommCtrlr', 'ResetRetries', undefined, 'ReadWrite', 'integer'],
      ['SampledDataCtrlr', 'TxUpdatedInterval', undefined, 'ReadWrite', 'integer'],
      ['SecurityCtrlr', 'SecurityProfile', undefined, 'ReadOnly', 'integer'],
      ['SecurityCtrlr', 'OrganizationName', undefined, 'ReadWrite', 'string'],
      ['SmartChargingCtrlr', 'Entries', 'ChargingProfiles', 'ReadOnly', 'integer'],
      ['SmartChargingCtrlr', 'LimitChangeSignificance', undefined, 'ReadWrite', 'decimal'],
      ['SmartChargingCtrlr', 'PeriodsPerSchedule', undefined, 'ReadOnly', 'integer'],
      ['SmartChargingCtrlr', 'ProfileStackLevel', undefined, 'ReadOnly', 'integer'],
      ['SmartChargingCtrlr', 'RateUnit', undefined, 'ReadOnly', 'MemberList'],
      ['TxCtrlr', 'EVConnectionTimeOut', undefined, 'ReadWrite', 'integer'],
      ['TxCtrlr', 'StopTxOnInvalidId', undefined, 'ReadWrite', 'boolean'],
      ['TxCtrlr', 'TxStartPoint', undefined, 'ReadWrite', 'MemberList'],
    ];
    for (const [c, v, instance, mutability, dataType] of required) {
      const d = find(c, v, instance);
      assert.ok(d, `${c}.${v} is reported`);
      assert.equal(d.variableAttribute[0]!.mutability, mutability, `${c}.${v} mutability`);
      assert.equal(d.variableCharacteristics?.dataType, dataType, `${c}.${v} data type`);
      if (['OptionList', 'MemberList', 'SequenceList'].includes(dataType)) assert.ok(d.variableCharacteristics?.valuesList, `${c}.${v} valuesList`);
    }
    const entries = find('SmartChargingCtrlr', 'Entries', 'ChargingProfiles')!;
    assert.ok(entries.variableCharacteristics!.maxLimit! > 0, 'Entries has a maxLimit');
    assert.equal(entries.variableAttribute[0]!.value, '0');
    assert.equal(find('SmartChargingCtrlr', 'LimitChangeSignificance')!.variableCharacteristics?.unit, 'Percent');
    assert.equal(find('SmartChargingCtrlr', 'RateUnit')!.variableCharacteristics?.valuesList, 'A,W');
    // Write-only values are never reported.
    assert.equal(find('SecurityCtrlr', 'BasicAuthPassword')!.variableAttribute[0]!.value, undefined);
  });

  it('TC_B_12_CS: ConfigurationInventory holds only ReadWrite and WriteOnly variables', () => {
    const data = model().baseReport('ConfigurationInventory')!;
    assert.ok(data.length > 20);
    for (const d of data) assert.notEqual(d.variableAttribute[0]!.mutability, 'ReadOnly', `${d.component.name}.${d.variable.name}`);
  });

  it('TC_B_15_CS: SummaryInventory is not supported', () => {
    assert.equal(model().baseReport('SummaryInventory'), undefined);
  });

  it('GetReport filters by component, variable and criteria', () => {
    const m = model();
    assert.equal(m.report(undefined, [{ component: { name: 'EVSE' } }]).length, 10);
    assert.equal(m.report(undefined, [{ component: { name: 'EVSE', evse: { id: 2 } }, variable: { name: 'Power' } }]).length, 1);
    const available = m.report(['Available'], undefined);
    assert.ok(available.some((d) => d.component.name === 'AuthCacheCtrlr'));
    assert.ok(!available.some((d) => d.component.name === 'OCPPCommCtrlr'));
    assert.deepEqual(m.report(undefined, [{ component: { name: 'Nothing' } }]), []);
  });

  it('every report entry, chunked, makes a valid NotifyReportRequest', () => {
    const data = model().baseReport('FullInventory')!;
    const parts = chunk(data, 25);
    assert.equal(parts.flat().length, data.length);
    parts.forEach((part, seqNo) => {
      const request = { requestId: 1, generatedAt: new Date().toISOString(), seqNo, tbc: seqNo < parts.length - 1, reportData: part };
      const result = validate('NotifyReport', 'request', request);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    });
    assert.deepEqual(chunk([], 10), [[]]);
  });
});
