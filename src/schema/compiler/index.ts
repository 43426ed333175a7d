/** The schema compiler: official OCPP JSON schemas in, TypeScript files out. */
import { loadSchemas, type LoadOptions } from './load.js';
import { emitEnums, emitMessages, emitModel, emitTypes } from './emit-types.js';
import { emitValidators } from './emit-validators.js';

export { loadSchemas, SchemaError, type LoadOptions } from './load.js';

/** Every file of a version's generated folder, by file name. */
export function compileSchemas(dir: string, version: string, options: LoadOptions = {}): Map<string, string> {
  const model = loadSchemas(dir, version, options);
  return new Map([
    ['enums.ts', emitEnums(model)],
    ['types.ts', emitTypes(model)],
    ['messages.ts', emitMessages(model)],
    ['validators.ts', emitValidators(model)],
    ['model.ts', emitModel(model)],
  ]);
}
