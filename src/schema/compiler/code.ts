/** Small helpers shared by the emitters. */

/** A JavaScript string literal. */
export const str = (s: string): string => JSON.stringify(s);

/** Object keys that are identifiers print bare; the rest quoted. */
export const key = (s: string): string => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? s : str(s));

export function banner(version: string, what: string): string {
  return [
    `// Generated from the official OCPP ${version} JSON schemas by \`npm run generate\`. DO NOT EDIT.`,
    `// ${what}`,
    '',
  ].join('\n');
}

