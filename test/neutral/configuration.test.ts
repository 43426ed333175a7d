/**
 * 1.6 configuration keys as components and variables: the table against
 * 1.6 edition 2 section 9 and the security extension's section 7 (read from
 * ../shared when present), keys and variables both ways, and
 * GetVariables / SetVariables planned for a 1.6 station.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CONFIGURATION_KEYS_COMPONENT,
  commands16,
  configurationKeyTable,
  keyOfVariable,
  NO_KEY_IN_16,
  ACTUAL_ONLY_IN_16,
  NOT_REPORTED,
  planners16,
  unmappedConfigurationKeys,
  valueFromKey,
  valueToKey,
  variableOfKey,
} from '../../src/neutral/index.js';
import { collect, lossy, refused } from './support.js';

const spec = join(fileURLToPath(new URL('../../../', import.meta.url)), '..', 'shared', 'spec', 'ocpp-1.6');

/** The key names a spec text gives as headings "9.1.10. HeartbeatInterval" (or "7.2. AuthorizationKey"); a page break is a form feed. */
function headings(file: string, section: string): string[] {
  const text = readFileSync(join(spec, file), 'utf8');
  const re = new RegExp(`^\\f?${section.replace('.', '\\.')}\\.(?:\\d+\\.)*\\d+\\. ([A-Za-z0-9]+)\\s*$`, 'gm');
  return [...text.matchAll(re)].map((m) => m[1]!);
}

test('every standard 1.6 key (section 9, security extension section 7) is in the table or among the keys without a 2.0.1 variable', (t) => {
  if (!existsSync(spec)) return t.skip('the 1.6 spec texts are not in ../shared: skipped');
  const keys = [...headings('ocpp-1.6_edition_2.txt', '9'), ...headings('ocpp-1.6-security-whitepaper-edition-2.txt', '7')];
  assert.ok(keys.length >= 45, `found ${keys.length} keys`);
  const known = new Set([...configurationKeyTable.map((e) => e.key), ...Object.keys(unmappedConfigurationKeys)]);
  assert.deepEqual(keys.filter((k) => !known.has(k)), []);
  assert.deepEqual([...known].filter((k) => !keys.includes(k)), [], 'no key the spec does not name');
});

test('each table key and its variable map to each other; no variable serves two keys', () => {
  const seen = new Set<string>();
  for (const e of configurationKeyTable) {
    const { component, variable } = variableOfKey(e.key);
    assert.equal(component.name, e.component);
    assert.equal(variable.name, e.variable);
    assert.equal(keyOfVariable(component, variable), e.key);
    const id = `${e.component}/${e.variable}/${e.variableInstance ?? ''}`;
    assert.ok(!seen.has(id), id);
    seen.add(id);
  }
  assert.deepEqual(variableOfKey('HeartbeatInterval'), { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } });
  assert.deepEqual(variableOfKey('TransactionMessageAttempts'), { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'MessageAttempts', instance: 'TransactionEvent' } });
});

test('keys are case-insensitive (CiString50); a standard key comes back in the spec spelling', () => {
  assert.deepEqual(variableOfKey('heartbeatINTERVAL'), variableOfKey('HeartbeatInterval'));
  assert.equal(keyOfVariable({ name: 'ocppcommctrlr' }, { name: 'heartbeatinterval' }), 'HeartbeatInterval');
  assert.deepEqual(variableOfKey('blinkrepeat'), { component: { name: CONFIGURATION_KEYS_COMPONENT }, variable: { name: 'BlinkRepeat' } });
});

test('a key without a 2.0.1 variable, or a vendor key, is the variable of its name on ConfigurationKeys, and comes back', () => {
  for (const key of ['NumberOfConnectors', 'LightIntensity', 'VendorX.Special', 'some key']) {
    const { component, variable } = variableOfKey(key);
    assert.equal(component.name, CONFIGURATION_KEYS_COMPONENT);
    assert.equal(variable.name, key);
    assert.equal(keyOfVariable(component, variable), key);
  }
  assert.equal(keyOfVariable({ name: CONFIGURATION_KEYS_COMPONENT }, { name: 'HeartbeatInterval' }), 'HeartbeatInterval');
  assert.equal(keyOfVariable({ name: 'ClockCtrlr' }, { name: 'TimeZone' }), undefined);
  assert.equal(keyOfVariable({ name: 'OCPPCommCtrlr', evse: { evseId: 1 } }, { name: 'HeartbeatInterval' }), undefined);
  assert.equal(keyOfVariable({ name: 'OCPPCommCtrlr' }, { name: 'MessageAttempts' }), undefined, 'the instance is part of the name');
});

test("ChargingScheduleAllowedChargingRateUnit's 1.6 values Current and Power are 2.x's A and W", () => {
  assert.equal(valueFromKey('ChargingScheduleAllowedChargingRateUnit', 'Current,Power'), 'A,W');
  assert.equal(valueFromKey('chargingscheduleallowedchargingrateunit', 'Power'), 'W');
  assert.equal(valueToKey('ChargingScheduleAllowedChargingRateUnit', 'A, W'), 'Current, Power');
  assert.equal(valueFromKey('HeartbeatInterval', 'Current'), 'Current');
});

const hb = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };
const tz = { component: { name: 'ClockCtrlr' }, variable: { name: 'TimeZone' } };
const other = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'NetworkConfigurationPriority' } };
const blink = { component: { name: CONFIGURATION_KEYS_COMPONENT }, variable: { name: 'BlinkRepeat' } };

test('variable-not-in-16 and attribute-type-16: a GetVariables asks a 1.6 station only for what has a key; the rest is answered here', () => {
  const { losses, onLoss } = collect();
  const plan = planners16.getVariables({ variables: [hb, tz, other, { ...hb, attributeType: 'MaxSet' }, blink] }, { onLoss });
  assert.deepEqual(plan.calls, [{ action: 'GetConfiguration', payload: { key: ['HeartbeatInterval', 'BlinkRepeat'] } }]);
  assert.deepEqual(
    losses.map((l) => [l.rule, l.field]),
    [
      ['variable-not-in-16', 'variables[1]'],
      ['variable-not-in-16', 'variables[2]'],
      ['attribute-type-16', 'variables[3]'],
    ],
  );
  const result = plan.result([{ configurationKey: [{ key: 'heartbeatinterval', readonly: false, value: '300' }], unknownKey: [] }]);
  assert.deepEqual(result.results, [
    { ...hb, status: 'Accepted', value: '300', readOnly: false },
    { ...tz, status: 'UnknownComponent', statusInfo: { reasonCode: NO_KEY_IN_16 } },
    { ...other, status: 'UnknownVariable', statusInfo: { reasonCode: NO_KEY_IN_16 } },
    { ...hb, attributeType: 'MaxSet', status: 'NotSupportedAttributeType', statusInfo: { reasonCode: ACTUAL_ONLY_IN_16 } },
    { ...blink, status: 'UnknownVariable', statusInfo: { reasonCode: NOT_REPORTED } },
  ]);
  refused(() => planners16.getVariables({ variables: [tz] }, { strict: true }), 'variable-not-in-16');
  refused(() => planners16.getVariables({ variables: [hb, { ...hb, attributeType: 'Target' }] }, { strict: true }), 'attribute-type-16');
  refused(() => commands16.ChangeConfiguration.writeRequest({ variables: [{ ...hb, value: '1', attributeType: 'MinSet' }] }), 'attribute-type-16');
});

test('a GetVariables with no 1.6 key makes no call (an empty key list would ask for every key)', () => {
  const plan = planners16.getVariables({ variables: [tz] });
  assert.deepEqual(plan.calls, []);
  assert.deepEqual(plan.result([]).results, [{ ...tz, status: 'UnknownComponent', statusInfo: { reasonCode: NO_KEY_IN_16 } }]);
  refused(() => commands16.GetConfiguration.writeRequest({ variables: [tz] }), 'variable-not-in-16');
});

test('a GetVariables without variables reads every 1.6 key, each as its neutral variable', () => {
  const plan = planners16.getVariables({});
  assert.deepEqual(plan.calls, [{ action: 'GetConfiguration', payload: {} }]);
  const result = plan.result([{ configurationKey: [{ key: 'ChargingScheduleAllowedChargingRateUnit', readonly: true, value: 'Current' }, { key: 'X', readonly: false }] }]);
  assert.deepEqual(result.results, [
    { component: { name: 'SmartChargingCtrlr' }, variable: { name: 'RateUnit' }, status: 'Accepted', value: 'A', readOnly: true },
    { component: { name: CONFIGURATION_KEYS_COMPONENT }, variable: { name: 'X' }, status: 'Accepted', readOnly: false },
  ]);
});

test('a SetVariables is one ChangeConfiguration per variable with a key; the others are answered here, in order', () => {
  const { losses, onLoss } = collect();
  const plan = planners16.setVariables(
    {
      variables: [
        { ...hb, value: '60' },
        { ...tz, value: 'Europe/Amsterdam' },
        { component: { name: 'SmartChargingCtrlr' }, variable: { name: 'RateUnit' }, value: 'A,W' },
        { ...hb, value: '1', attributeType: 'Target' },
      ],
    },
    { onLoss },
  );
  assert.deepEqual(plan.calls, [
    { action: 'ChangeConfiguration', payload: { key: 'HeartbeatInterval', value: '60' } },
    { action: 'ChangeConfiguration', payload: { key: 'ChargingScheduleAllowedChargingRateUnit', value: 'Current,Power' } },
  ]);
  assert.deepEqual(losses, [], 'per-variable answers made here are results, not losses');
  const result = plan.result([{ status: 'RebootRequired' }, { status: 'NotSupported' }]);
  assert.deepEqual(
    result.results.map((r) => [r.variable.name, r.status, r.statusInfo?.reasonCode]),
    [
      ['HeartbeatInterval', 'RebootRequired', undefined],
      ['TimeZone', 'UnknownComponent', NO_KEY_IN_16],
      ['RateUnit', 'UnknownVariable', undefined],
      ['HeartbeatInterval', 'NotSupportedAttributeType', ACTUAL_ONLY_IN_16],
    ],
  );
  assert.throws(() => plan.result([{ status: 'Accepted' }]), /expected 2 response/);
});

test('read-only-16: a reading that does not say whether the key is read-only is sent as writable', () => {
  const { value } = lossy((o) => commands16.GetConfiguration.writeResponse({ results: [{ ...hb, status: 'Accepted', value: '5' }] }, {}, o), 'read-only-16');
  assert.deepEqual(value, { configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '5' }] });
});
