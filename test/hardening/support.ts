/** Shared pieces of the hardening tests. */

/** A JSON text nesting `levels` objects: {"a":{"a":...1...}}. */
export function nested(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** A JSON text nesting `levels` arrays, two bytes a level: [[[...]]]. */
export function nestedArrays(levels: number): string {
  return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}
