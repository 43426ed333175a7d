/**
 * Configuration as components and variables (2.x's device model). A 1.6
 * configuration key is a variable of a component: the standard keys of 1.6
 * section 9 (and of the security extension) map to the 2.0.1 component and
 * variable that mean the same (configuration-keys.ts); every other key is
 * the variable of that name on the component `ConfigurationKeys`.
 */
import type * as V21 from '../../v21/generated/enums.js';
import type { EvseRef, StatusInfo } from './common.js';

/** A part of the station that has variables (a controller, an EVSE, a connector). */
export interface Component {
  /** The component's name, e.g. OCPPCommCtrlr (1.6 keys without a counterpart: ConfigurationKeys). */
  readonly name: string;
  /** Which of several components of that name, if there are several. */
  readonly instance?: string;
  /** The EVSE (and connector) the component belongs to, if it is not station-wide. */
  readonly evse?: EvseRef;
}

/** A variable of a component. */
export interface Variable {
  /** The variable's name, e.g. HeartbeatInterval (1.6: the key, for a key without a counterpart). */
  readonly name: string;
  /** Which of several variables of that name, if there are several. */
  readonly instance?: string;
}

/** Which value of a variable: the actual one, or a target or bound (2.x). 1.6 keys only have Actual. */
export type AttributeType = V21.AttributeEnumType;

/** A variable to read. */
export interface VariableQuery {
  /** The component that has the variable. */
  readonly component: Component;
  /** The variable to read. */
  readonly variable: Variable;
  /** Absent: Actual. */
  readonly attributeType?: AttributeType;
}

/** How reading one variable went. */
export type GetVariableStatus = V21.GetVariableStatusEnumType;

/** One variable read. */
export interface VariableReading {
  /** Accepted, or why there is no value (UnknownComponent, UnknownVariable, Rejected, ...). */
  readonly status: GetVariableStatus;
  /** The component, as asked. */
  readonly component: Component;
  /** The variable, as asked. */
  readonly variable: Variable;
  /** Which value was read; absent: Actual. */
  readonly attributeType?: AttributeType;
  /** The value (Accepted only). */
  readonly value?: string;
  /** 1.6 only: whether the key is read-only. */
  readonly readOnly?: boolean;
  /** Why the station answered so (2.x). */
  readonly statusInfo?: StatusInfo;
}

/** A variable to set. */
export interface VariableAssignment {
  /** The component that has the variable. */
  readonly component: Component;
  /** The variable to set. */
  readonly variable: Variable;
  /** The new value, as text (every version carries values as strings). */
  readonly value: string;
  /** Absent: Actual. */
  readonly attributeType?: AttributeType;
}

/** How setting one variable went. 1.6's NotSupported (an unknown key) is UnknownVariable. */
export type SetVariableStatus = V21.SetVariableStatusEnumType;

/** One variable set. */
export interface VariableSetting {
  /** Accepted, or why not (Rejected, RebootRequired, UnknownVariable, ...). */
  readonly status: SetVariableStatus;
  /** The component, as asked. */
  readonly component: Component;
  /** The variable, as asked. */
  readonly variable: Variable;
  /** Which value was set; absent: Actual. */
  readonly attributeType?: AttributeType;
  /** Why the station answered so (2.x). */
  readonly statusInfo?: StatusInfo;
}

/**
 * Read variables. `variables` absent: every variable (1.6 GetConfiguration
 * without keys; 2.x has no such GetVariables, so that is refused for 2.x).
 */
export interface GetVariables {
  /** The variables to read; absent: all of them (1.6 only). */
  readonly variables?: readonly VariableQuery[];
}

/** The variables read, one reading per variable. */
export interface GetVariablesResult {
  /** One reading per variable asked (1.6 without keys: per key the station has). */
  readonly results: readonly VariableReading[];
}

/** Set variables (1.6: one ChangeConfiguration per variable). */
export interface SetVariables {
  /** The variables to set, with their values. */
  readonly variables: readonly VariableAssignment[];
}

/** One setting per variable, in the order asked. */
export interface SetVariablesResult {
  /** One setting per variable, in the order asked. */
  readonly results: readonly VariableSetting[];
}
