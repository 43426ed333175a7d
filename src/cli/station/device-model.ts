/**
 * A charging station's device model (Part 1, 4; Part 2, B05-B08): the
 * components and variables a CSMS reads and sets, each with its data type,
 * mutability and limits. Answers GetVariables and SetVariables item by item
 * with the statuses the use cases give, and builds the reportData of
 * GetBaseReport and GetReport. Values are kept as their wire strings.
 */
import type {
  AttributeEnumType,
  ComponentCriterionEnumType,
  ComponentType,
  ComponentVariableType,
  DataEnumType,
  GetVariableDataType,
  GetVariableResultType,
  MutabilityEnumType,
  ReportBaseEnumType,
  ReportDataType,
  SetVariableDataType,
  SetVariableResultType,
  StatusInfoType,
  VariableType,
} from '../lib.js';

export interface VariableDefinition {
  readonly component: ComponentType;
  readonly variable: VariableType;
  readonly dataType: DataEnumType;
  readonly mutability: MutabilityEnumType;
  readonly unit?: string;
  /** Numbers: the least value; strings: the least length. */
  readonly minLimit?: number;
  /** Numbers: the greatest value; strings: the greatest length; lists: the most members. */
  readonly maxLimit?: number;
  /** OptionList, MemberList, SequenceList: the allowed values. */
  readonly valuesList?: readonly string[];
  /** The Actual value at start; absent means no value yet. */
  readonly value?: string;
  /** A live Actual value (e.g. the clock); such a variable is never set. */
  readonly read?: () => string | undefined;
  /** MemberList / SequenceList: the empty list is allowed. */
  readonly allowEmpty?: boolean;
  readonly persistent?: boolean;
  readonly constant?: boolean;
  /** A new value takes effect after a reboot (SetVariables answers RebootRequired). */
  readonly rebootRequired?: boolean;
}

interface Entry {
  readonly def: VariableDefinition;
  value: string | undefined;
}

interface ResultBase {
  readonly attributeType: AttributeEnumType;
  readonly component: ComponentType;
  readonly variable: VariableType;
}

/** An item of GetVariables / SetVariables: its variable, or the refusal that answers it. */
type Located =
  | { readonly base: ResultBase; readonly found: Entry; readonly refusal?: undefined }
  | { readonly base: ResultBase; readonly found?: undefined; readonly refusal: ResultBase & { readonly attributeStatus: 'Rejected' | 'UnknownComponent' | 'UnknownVariable' | 'NotSupportedAttributeType'; readonly attributeStatusInfo?: StatusInfoType } };

/** Called after a variable's Actual value changed (by SetVariables or internally). */
export type ChangeListener = (component: ComponentType, variable: VariableType, value: string) => void;

const CRITERIA: readonly ComponentCriterionEnumType[] = ['Active', 'Available', 'Enabled', 'Problem'];

/** Names compare case-insensitively; an absent instance or EVSE is part of the key. */
function componentKey(c: ComponentType): string {
  return [c.name.toLowerCase(), (c.instance ?? '').toLowerCase(), c.evse?.id ?? '', c.evse?.connectorId ?? ''].join('\u0001');
}

function variableKey(c: ComponentType, v: VariableType): string {
  return `${componentKey(c)}\u0002${v.name.toLowerCase()}\u0001${(v.instance ?? '').toLowerCase()}`;
}

/** The component or variable as the wire wants it: no undefined members. */
function plainComponent(c: ComponentType): ComponentType {
  return {
    name: c.name,
    ...(c.instance !== undefined && { instance: c.instance }),
    ...(c.evse !== undefined && { evse: { id: c.evse.id, ...(c.evse.connectorId !== undefined && { connectorId: c.evse.connectorId }) } }),
  };
}

function plainVariable(v: VariableType): VariableType {
  return { name: v.name, ...(v.instance !== undefined && { instance: v.instance }) };
}

function info(reasonCode: string, additionalInfo?: string): StatusInfoType {
  return { reasonCode, ...(additionalInfo !== undefined && { additionalInfo: additionalInfo.slice(0, 512) }) };
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** Why `value` is not acceptable for `def`, or undefined when it is (B05.FR.07). */
export function valueProblem(def: VariableDefinition, value: string): StatusInfoType | undefined {
  const range = (n: number): StatusInfoType | undefined => {
    if (def.minLimit !== undefined && n < def.minLimit) return info('ValueTooLow', `at least ${def.minLimit}`);
    if (def.maxLimit !== undefined && n > def.maxLimit) return info('ValueTooHigh', `at most ${def.maxLimit}`);
    return undefined;
  };
  switch (def.dataType) {
    case 'integer':
      if (!INTEGER.test(value)) return info('InvalidValue', 'an integer is expected');
      return range(Number(value));
    case 'decimal':
      if (!DECIMAL.test(value)) return info('InvalidValue', 'a decimal number is expected');
      return range(Number(value));
    case 'boolean':
      return value === 'true' || value === 'false' ? undefined : info('InvalidValue', 'true or false is expected');
    case 'dateTime':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : info('InvalidValue', 'an RFC 3339 date-time is expected');
    case 'string': {
      const length = [...value].length;
      if (def.minLimit !== undefined && length < def.minLimit) return info('ValueTooLow', `at least ${def.minLimit} characters`);
      if (def.maxLimit !== undefined && length > def.maxLimit) return info('ValueTooHigh', `at most ${def.maxLimit} characters`);
      return undefined;
    }
    case 'OptionList':
      return def.valuesList?.includes(value) === true ? undefined : info('InvalidValue', `one of ${(def.valuesList ?? []).join(',')}`);
    case 'MemberList':
    case 'SequenceList': {
      const members = value === '' ? [] : value.split(',').map((m) => m.trim());
      if (members.length === 0 && def.allowEmpty !== true) return info('InvalidValue', 'at least one value is expected');
      const allowed = def.valuesList ?? [];
      const unknown = members.find((m) => !allowed.includes(m));
      if (unknown !== undefined) return info('InvalidValue', `${unknown} is not one of ${allowed.join(',')}`);
      if (new Set(members).size !== members.length) return info('InvalidValue', 'a value is repeated');
      if (def.maxLimit !== undefined && members.length > def.maxLimit) return info('TooManyElements', `at most ${def.maxLimit} values`);
      return undefined;
    }
  }
}

export interface DeviceModelLimits {
  /** DeviceDataCtrlr.ItemsPerMessage[GetVariables]. */
  readonly getVariablesItems: () => number;
  /** DeviceDataCtrlr.ItemsPerMessage[SetVariables]. */
  readonly setVariablesItems: () => number;
}

export class DeviceModel {
  private readonly entries = new Map<string, Entry>();
  /** Component key -> its variable entries, in definition order. */
  private readonly components = new Map<string, Entry[]>();
  private readonly listeners: ChangeListener[] = [];
  limits: DeviceModelLimits = { getVariablesItems: () => Infinity, setVariablesItems: () => Infinity };

  define(def: VariableDefinition): this {
    const key = variableKey(def.component, def.variable);
    if (this.entries.has(key)) throw new Error(`variable defined twice: ${describe(def.component, def.variable)}`);
    if (def.value !== undefined) {
      const problem = valueProblem(def, def.value);
      if (problem !== undefined) throw new Error(`bad initial value for ${describe(def.component, def.variable)}: ${problem.additionalInfo ?? problem.reasonCode}`);
    }
    const entry: Entry = { def, value: def.value };
    this.entries.set(key, entry);
    const ck = componentKey(def.component);
    const list = this.components.get(ck);
    if (list === undefined) this.components.set(ck, [entry]);
    else list.push(entry);
    return this;
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  get size(): number {
    return this.entries.size;
  }

  definitions(): VariableDefinition[] {
    return [...this.entries.values()].map((e) => e.def);
  }

  /** The Actual value, whatever the mutability (the station's own view). */
  value(component: ComponentType | string, variable: VariableType | string): string | undefined {
    const entry = this.entries.get(variableKey(asComponent(component), asVariable(variable)));
    if (entry === undefined) return undefined;
    return entry.def.read !== undefined ? entry.def.read() : entry.value;
  }

  integer(component: ComponentType | string, variable: VariableType | string, fallback: number): number {
    const v = this.value(component, variable);
    const n = v === undefined ? NaN : Number(v);
    return Number.isFinite(n) ? n : fallback;
  }

  boolean(component: ComponentType | string, variable: VariableType | string, fallback: boolean): boolean {
    const v = this.value(component, variable);
    return v === 'true' ? true : v === 'false' ? false : fallback;
  }

  list(component: ComponentType | string, variable: VariableType | string): string[] {
    const v = this.value(component, variable);
    return v === undefined || v === '' ? [] : v.split(',').map((s) => s.trim());
  }

  /**
   * Sets an Actual value from inside the station (e.g. AvailabilityState),
   * mutability aside. Returns false for an unknown variable or bad value.
   */
  update(component: ComponentType | string, variable: VariableType | string, value: string): boolean {
    const c = asComponent(component);
    const v = asVariable(variable);
    const entry = this.entries.get(variableKey(c, v));
    if (entry === undefined || entry.def.read !== undefined || valueProblem(entry.def, value) !== undefined) return false;
    if (entry.value === value) return true;
    entry.value = value;
    this.changed(entry.def, value);
    return true;
  }

  /** GetVariables (B06): one result per item, in order. */
  getVariables(data: readonly GetVariableDataType[]): GetVariableResultType[] {
    const limit = this.limits.getVariablesItems();
    return data.map((item, index) => {
      const { base, found, refusal } = this.locate(item, index, limit);
      if (refusal !== undefined) return refusal;
      if (found.def.mutability === 'WriteOnly') return { ...base, attributeStatus: 'Rejected', attributeStatusInfo: info('WriteOnly') };
      const value = found.def.read !== undefined ? found.def.read() : found.value;
      return { ...base, attributeStatus: 'Accepted', ...(value !== undefined && { attributeValue: value }) };
    });
  }

  /** SetVariables (B05): one result per item, in order; accepted values are applied. */
  setVariables(data: readonly SetVariableDataType[]): SetVariableResultType[] {
    const limit = this.limits.setVariablesItems();
    return data.map((item, index) => {
      const { base, found, refusal } = this.locate(item, index, limit);
      if (refusal !== undefined) return refusal;
      // B05.FR.09 / TC_B_39_CS: a read-only variable is refused.
      if (found.def.mutability === 'ReadOnly' || found.def.read !== undefined) {
        return { ...base, attributeStatus: 'Rejected', attributeStatusInfo: info('ReadOnly') };
      }
      const problem = valueProblem(found.def, item.attributeValue);
      if (problem !== undefined) return { ...base, attributeStatus: 'Rejected', attributeStatusInfo: problem };
      if (found.value !== item.attributeValue) {
        found.value = item.attributeValue;
        this.changed(found.def, item.attributeValue);
      }
      return { ...base, attributeStatus: found.def.rebootRequired === true ? 'RebootRequired' : 'Accepted' };
    });
  }

  /** GetBaseReport (B07): undefined for a report base this model does not support. */
  baseReport(base: ReportBaseEnumType): ReportDataType[] | undefined {
    switch (base) {
      case 'FullInventory':
        return [...this.entries.values()].map((e) => this.reportData(e));
      case 'ConfigurationInventory':
        return [...this.entries.values()].filter((e) => e.def.mutability !== 'ReadOnly' && e.def.read === undefined).map((e) => this.reportData(e));
      default:
        // SummaryInventory is optional (TC_B_15_CS).
        return undefined;
    }
  }

  /**
   * GetReport (B08): the variables of components that meet any of the
   * criteria and match any of the component/variable filters (each absent
   * part matching all).
   */
  report(criteria: readonly ComponentCriterionEnumType[] | undefined, filters: readonly ComponentVariableType[] | undefined): ReportDataType[] {
    const out: ReportDataType[] = [];
    for (const entries of this.components.values()) {
      const component = entries[0]!.def.component;
      if (criteria !== undefined && criteria.length > 0 && !criteria.some((c) => this.meets(entries, c))) continue;
      for (const e of entries) {
        if (filters !== undefined && filters.length > 0 && !filters.some((f) => matches(f, component, e.def.variable))) continue;
        out.push(this.reportData(e));
      }
    }
    return out;
  }

  private meets(entries: readonly Entry[], criterion: ComponentCriterionEnumType): boolean {
    if (!CRITERIA.includes(criterion)) return false;
    const e = entries.find((x) => x.def.variable.name === criterion && x.def.variable.instance === undefined);
    if (e === undefined) return false;
    return (e.def.read !== undefined ? e.def.read() : e.value) === 'true';
  }

  private reportData(e: Entry): ReportDataType {
    const d = e.def;
    const value = d.mutability === 'WriteOnly' ? undefined : d.read !== undefined ? d.read() : e.value;
    return {
      component: plainComponent(d.component),
      variable: plainVariable(d.variable),
      variableAttribute: [
        {
          type: 'Actual',
          ...(value !== undefined && { value }),
          mutability: d.read !== undefined ? 'ReadOnly' : d.mutability,
          persistent: d.persistent ?? true,
          constant: d.constant ?? false,
        },
      ],
      variableCharacteristics: {
        ...(d.unit !== undefined && { unit: d.unit }),
        dataType: d.dataType,
        ...(d.minLimit !== undefined && { minLimit: d.minLimit }),
        ...(d.maxLimit !== undefined && { maxLimit: d.maxLimit }),
        ...(d.valuesList !== undefined && { valuesList: d.valuesList.join(',') }),
        supportsMonitoring: false,
      },
    };
  }

  /**
   * What GetVariables and SetVariables do alike for one item: the result's
   * common part, and either the variable or the refusal that answers it.
   */
  private locate(
    item: { readonly component: ComponentType; readonly variable: VariableType; readonly attributeType?: AttributeEnumType },
    index: number,
    limit: number,
  ): Located {
    const attributeType: AttributeEnumType = item.attributeType ?? 'Actual';
    const base = { attributeType, component: plainComponent(item.component), variable: plainVariable(item.variable) };
    // Items beyond DeviceDataCtrlr.ItemsPerMessage are refused (TC_B_08_CS for GetVariables).
    if (index >= limit) return { base, refusal: { ...base, attributeStatus: 'Rejected', attributeStatusInfo: info('TooManyElements') } };
    const found = this.find(item.component, item.variable);
    if (found === 'UnknownComponent' || found === 'UnknownVariable') return { base, refusal: { ...base, attributeStatus: found } };
    if (attributeType !== 'Actual') return { base, refusal: { ...base, attributeStatus: 'NotSupportedAttributeType' } };
    return { base, found };
  }

  private find(component: ComponentType, variable: VariableType): Entry | 'UnknownComponent' | 'UnknownVariable' {
    if (!this.components.has(componentKey(component))) return 'UnknownComponent';
    return this.entries.get(variableKey(component, variable)) ?? 'UnknownVariable';
  }

  private changed(def: VariableDefinition, value: string): void {
    for (const l of this.listeners) l(def.component, def.variable, value);
  }
}

function matches(filter: ComponentVariableType, component: ComponentType, variable: VariableType): boolean {
  const c = filter.component;
  if (c.name.toLowerCase() !== component.name.toLowerCase()) return false;
  if (c.instance !== undefined && c.instance.toLowerCase() !== (component.instance ?? '').toLowerCase()) return false;
  if (c.evse !== undefined) {
    if (component.evse === undefined || c.evse.id !== component.evse.id) return false;
    if (c.evse.connectorId !== undefined && c.evse.connectorId !== component.evse.connectorId) return false;
  }
  const v = filter.variable;
  if (v === undefined) return true;
  if (v.name.toLowerCase() !== variable.name.toLowerCase()) return false;
  return v.instance === undefined || v.instance.toLowerCase() === (variable.instance ?? '').toLowerCase();
}

function asComponent(c: ComponentType | string): ComponentType {
  return typeof c === 'string' ? { name: c } : c;
}

function asVariable(v: VariableType | string): VariableType {
  return typeof v === 'string' ? { name: v } : v;
}

export function describe(component: ComponentType, variable?: VariableType): string {
  let text = component.name;
  if (component.instance !== undefined) text += `[${component.instance}]`;
  if (component.evse !== undefined) text += `(evse ${component.evse.id}${component.evse.connectorId !== undefined ? `/${component.evse.connectorId}` : ''})`;
  if (variable !== undefined) text += `.${variable.name}${variable.instance !== undefined ? `[${variable.instance}]` : ''}`;
  return text;
}

/** Splits report data into NotifyReport-sized chunks (at least one, possibly empty). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const n = Math.max(1, Math.floor(size));
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}
