/**
 * Module hooks for a child process: '@peculiar/...' cannot be found, as in
 * an installation without the optional packages.
 */
type Next = (specifier: string, context: unknown) => Promise<unknown>;

/** Resolves as usual, except the @peculiar packages. */
export async function resolve(specifier: string, context: unknown, next: Next): Promise<unknown> {
  if (specifier.startsWith('@peculiar/')) {
    const err = new Error(`Cannot find package '${specifier}'`) as NodeJS.ErrnoException;
    err.code = 'ERR_MODULE_NOT_FOUND';
    throw err;
  }
  return next(specifier, context);
}
