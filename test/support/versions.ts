/**
 * The three OCPP versions as the model tests see them: each version folder's
 * public functions and model, the counts the official schemas give, and the
 * folder of those schemas. Tests loop over this list, so every version gets
 * every check.
 */
import type { ModelDescription } from '../../src/schema/model.js';
import type { MessageKind, ValidateOptions, ValidationCodeSpelling, ValidationResult } from '../../src/schema/result.js';
import type { GeneratedValidator } from '../../src/schema/runtime.js';
import type { AnyVersion } from '../../src/schema/version.js';
import * as v16 from '../../src/v16/index.js';
import { model as model16 } from '../../src/v16/model.js';
import * as v201 from '../../src/v201/index.js';
import { model as model201 } from '../../src/v201/model.js';
import * as v21 from '../../src/v21/index.js';
import { model as model21 } from '../../src/v21/model.js';

export interface VersionUnderTest {
  readonly name: '1.6' | '2.0.1' | '2.1';
  readonly folder: 'v16' | 'v201' | 'v21';
  readonly model: ModelDescription;
  readonly validate: (action: string, kind: MessageKind, payload: unknown, options?: ValidateOptions) => ValidationResult<unknown> | undefined;
  readonly isRequest: (action: string, payload: unknown) => boolean;
  readonly isResponse: (action: string, payload: unknown) => boolean;
  readonly validatorFor: (action: string, kind: MessageKind) => GeneratedValidator | undefined;
  readonly isActionName: (name: unknown) => boolean;
  readonly actionTable: Readonly<Record<string, { readonly direction: string; readonly send?: true }>>;
  readonly sendActions: ReadonlySet<string>;
  readonly wireErrorCodes: readonly string[];
  readonly validationCodeSpelling: ValidationCodeSpelling;
  /** The version's descriptor, as the RPC layer, roles and transport take it. */
  readonly descriptor: AnyVersion;
  /** What the official schemas hold. */
  readonly counts: { readonly actions: number; readonly messages: number; readonly types: number; readonly enums: number };
}

// The functions are typed per version; the tests call them with names from the model.
const loose = (v: typeof v16 | typeof v201 | typeof v21) => ({
  validate: v.validate as VersionUnderTest['validate'],
  isRequest: v.isRequest as VersionUnderTest['isRequest'],
  isResponse: v.isResponse as VersionUnderTest['isResponse'],
  validatorFor: v.validatorFor,
  isActionName: v.isActionName,
  actionTable: v.actionTable as VersionUnderTest['actionTable'],
  sendActions: v.sendActions as ReadonlySet<string>,
  wireErrorCodes: v.wireErrorCodes,
  validationCodeSpelling: v.validationCodeSpelling,
  descriptor: 'v16' in v ? v.v16 : 'v201' in v ? v.v201 : v.v21,
});

export const versions: readonly VersionUnderTest[] = [
  { name: '1.6', folder: 'v16', model: model16, ...loose(v16), counts: { actions: 39, messages: 78, types: 13, enums: 50 } },
  { name: '2.0.1', folder: 'v201', model: model201, ...loose(v201), counts: { actions: 64, messages: 128, types: 55, enums: 88 } },
  { name: '2.1', folder: 'v21', model: model21, ...loose(v21), counts: { actions: 91, messages: 181, types: 122, enums: 110 } },
];
