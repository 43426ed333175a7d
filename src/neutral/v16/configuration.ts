/**
 * 1.6 GetConfiguration and ChangeConfiguration as the neutral GetVariables
 * and SetVariables, through the key table of configuration-keys.ts.
 *
 * A variable with no 1.6 key, or an attribute other than Actual, is not
 * asked for: its result is made here (rules variable-not-in-16,
 * attribute-type-16). `plan.ts` sends one ChangeConfiguration per variable
 * and no GetConfiguration when no variable has a key (an empty key list
 * would ask for every key).
 */
import type * as M from '../../v16/generated/messages.js';
import { CONFIGURATION_KEYS_COMPONENT, configurationKeyTable, keyOfVariable, valueFromKey, valueToKey, variableOfKey } from '../configuration-keys.js';
import { context, lose, refuse, type Context, type ConversionOptions } from '../errors.js';
import type { Component, GetVariablesResult, SetVariableStatus, Variable, VariableQuery, VariableReading } from '../types/configuration.js';
import type { CommandCodec } from '../types/maps.js';
import { compact } from '../util.js';
import { dropStatusInfo } from './common.js';

const V = '1.6';

/** The reason code of a result made here because 1.6 has no key for the variable. */
export const NO_KEY_IN_16 = 'NoKeyIn16';
/** The reason code of a result made here because 1.6 keys have only an Actual value. */
export const ACTUAL_ONLY_IN_16 = 'ActualOnlyIn16';
/** The reason code of a variable the station's GetConfiguration answer left out. */
export const NOT_REPORTED = 'NotReported';

const tableComponents = new Set([CONFIGURATION_KEYS_COMPONENT, ...configurationKeyTable.map((e) => e.component)].map((c) => c.toLowerCase()));

/** Why a query is answered here rather than asked: undefined when it has a 1.6 key. */
export function localReading(q: VariableQuery): VariableReading | undefined {
  const base = compact({ component: q.component, variable: q.variable, attributeType: q.attributeType });
  if (q.attributeType !== undefined && q.attributeType !== 'Actual') {
    return { ...base, status: 'NotSupportedAttributeType', statusInfo: { reasonCode: ACTUAL_ONLY_IN_16 } };
  }
  if (keyOfVariable(q.component, q.variable) !== undefined) return undefined;
  const known = q.component.evse === undefined && tableComponents.has(q.component.name.toLowerCase());
  return { ...base, status: known ? 'UnknownVariable' : 'UnknownComponent', statusInfo: { reasonCode: NO_KEY_IN_16 } };
}

/** The keys a GetVariables asks a 1.6 station for, reporting (rules variable-not-in-16, attribute-type-16) the variables it cannot ask for. */
export function configurationKeysOf(queries: readonly VariableQuery[], options?: ConversionOptions): string[] {
  const ctx = context(V, options);
  const keys: string[] = [];
  queries.forEach((q, i) => {
    const local = localReading(q);
    if (local !== undefined) {
      lose(ctx, local.status === 'NotSupportedAttributeType' ? 'attribute-type-16' : 'variable-not-in-16', `variables[${i}]`, `${q.component.name}.${q.variable.name}: ${local.status}`);
      return;
    }
    const key = keyOfVariable(q.component, q.variable)!;
    keys.push(key);
  });
  return keys;
}

function readingsOfResponse(p: M.GetConfigurationResponse): VariableReading[] {
  const found: VariableReading[] = (p.configurationKey ?? []).map((kv) =>
    compact({ status: 'Accepted' as const, ...variableOfKey(kv.key), value: kv.value === undefined ? undefined : valueFromKey(kv.key, kv.value), readOnly: kv.readonly }),
  );
  const unknown: VariableReading[] = (p.unknownKey ?? []).map((k) => ({ status: 'UnknownVariable', ...variableOfKey(k) }));
  return [...found, ...unknown];
}

function readingFor(q: VariableQuery, p: M.GetConfigurationResponse): VariableReading {
  const local = localReading(q);
  if (local !== undefined) return local;
  const key = keyOfVariable(q.component, q.variable)!.toLowerCase();
  const base = compact({ component: q.component, variable: q.variable, attributeType: q.attributeType });
  const kv = p.configurationKey?.find((k) => k.key.toLowerCase() === key);
  if (kv !== undefined) return compact({ ...base, status: 'Accepted' as const, value: kv.value === undefined ? undefined : valueFromKey(kv.key, kv.value), readOnly: kv.readonly });
  if (p.unknownKey?.some((k) => k.toLowerCase() === key)) return { ...base, status: 'UnknownVariable' };
  return { ...base, status: 'UnknownVariable', statusInfo: { reasonCode: NOT_REPORTED } };
}

const getConfiguration: CommandCodec<'getVariables', M.GetConfigurationRequest, M.GetConfigurationResponse> = {
  command: 'getVariables',
  writeRequest: (c, options) => {
    if (c.variables === undefined) return {};
    if (c.variables.length === 0) return { key: [] };
    const key = configurationKeysOf(c.variables, options);
    if (key.length === 0) refuse(context(V, options), 'variable-not-in-16', 'variables', 'no variable has a 1.6 key (an empty key list would ask for every key)');
    return { key };
  },
  readResponse: (p, c): GetVariablesResult => ({
    results: c.variables === undefined || c.variables.length === 0 ? readingsOfResponse(p) : c.variables.map((q) => readingFor(q, p)),
  }),
  readRequest: (p) => (p.key === undefined ? {} : { variables: p.key.map((k) => variableOfKey(k)) }),
  writeResponse: (r, _c, options) => {
    const ctx = context(V, options);
    const configurationKey: M.GetConfigurationResponse['configurationKey'] = [];
    const unknownKey: string[] = [];
    r.results.forEach((x, i) => {
      const key = keyOfVariable(x.component, x.variable);
      const field = `results[${i}]`;
      if (key === undefined) return lose(ctx, 'variable-not-in-16', field, `${x.component.name}.${x.variable.name} has no 1.6 key`);
      dropStatusInfo(ctx, x.statusInfo, `${field}.statusInfo`);
      if (x.status === 'Accepted') {
        if (x.readOnly === undefined) lose(ctx, 'read-only-16', `${field}.readOnly`, 'sent as false');
        configurationKey.push(compact({ key, readonly: x.readOnly ?? false, value: x.value === undefined ? undefined : valueToKey(key, x.value) }));
      } else if (x.status === 'UnknownVariable' || x.status === 'UnknownComponent') unknownKey.push(key);
      else lose(ctx, 'configuration-status-16', field, `${x.status} has no 1.6 form`);
    });
    // Empty lists are left out, as most stations write an answer with nothing in it.
    return compact({ configurationKey: configurationKey.length === 0 ? undefined : configurationKey, unknownKey: unknownKey.length === 0 ? undefined : unknownKey });
  },
};

/** A variable's 1.6 key, refused when it has none or is not Actual. */
function keyFor(ctx: Context, component: Component, variable: Variable, attributeType: string | undefined, field: string): string {
  if (attributeType !== undefined && attributeType !== 'Actual') refuse(ctx, 'attribute-type-16', `${field}.attributeType`, attributeType);
  const key = keyOfVariable(component, variable);
  if (key === undefined) return refuse(ctx, 'variable-not-in-16', field, `${component.name}.${variable.name} has no 1.6 key`);
  return key;
}

const fromConfigurationStatus: Readonly<Record<M.ChangeConfigurationResponse['status'], SetVariableStatus>> = {
  Accepted: 'Accepted',
  Rejected: 'Rejected',
  RebootRequired: 'RebootRequired',
  NotSupported: 'UnknownVariable',
};

function configurationStatus(ctx: Context, status: SetVariableStatus, field: string): M.ChangeConfigurationResponse['status'] {
  if (status === 'UnknownVariable' || status === 'UnknownComponent') return 'NotSupported';
  if (status === 'NotSupportedAttributeType') {
    lose(ctx, 'configuration-status-16', field, 'sent as Rejected');
    return 'Rejected';
  }
  return status;
}

/** The one variable a ChangeConfiguration carries. */
function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new TypeError(`ChangeConfiguration carries one variable, not ${items.length}: planCommand16 sends one per variable`);
  return items[0]!;
}

const changeConfiguration: CommandCodec<'setVariables', M.ChangeConfigurationRequest, M.ChangeConfigurationResponse> = {
  command: 'setVariables',
  writeRequest: (c, options) => {
    const a = only(c.variables);
    const key = keyFor(context(V, options), a.component, a.variable, a.attributeType, 'variables[0]');
    return { key, value: valueToKey(key, a.value) };
  },
  readResponse: (p, c) => {
    const a = only(c.variables);
    return { results: [compact({ status: fromConfigurationStatus[p.status], component: a.component, variable: a.variable, attributeType: a.attributeType })] };
  },
  readRequest: (p) => ({ variables: [{ ...variableOfKey(p.key), value: valueFromKey(p.key, p.value) }] }),
  writeResponse: (r, _c, options) => {
    const ctx = context(V, options);
    const x = only(r.results);
    dropStatusInfo(ctx, x.statusInfo, 'results[0].statusInfo');
    return { status: configurationStatus(ctx, x.status, 'results[0].status') };
  },
};

/** 1.6 GetConfiguration and ChangeConfiguration codecs. */
export const configurationCodecs16 = { GetConfiguration: getConfiguration, ChangeConfiguration: changeConfiguration } as const;
