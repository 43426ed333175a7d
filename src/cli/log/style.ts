/**
 * Colours of the command line's output. They go to a terminal only: not when
 * standard output is piped or redirected, not when NO_COLOR is set to
 * anything but the empty string (https://no-color.org), not with
 * `--no-color`. FORCE_COLOR (any value but 0 or false) turns them on even
 * when piped, as in Node itself; `--no-color` still wins.
 */

/** ANSI escapes, or empty strings when colours are off. */
export interface Palette {
  readonly dim: string;
  readonly bold: string;
  readonly red: string;
  readonly green: string;
  readonly yellow: string;
  readonly cyan: string;
  readonly reset: string;
}

const ANSI: Palette = {
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  reset: '\u001b[0m',
};

const PLAIN: Palette = { dim: '', bold: '', red: '', green: '', yellow: '', cyan: '', reset: '' };

export function palette(color: boolean): Palette {
  return color ? ANSI : PLAIN;
}

/** Whether standard output gets colours, from the terminal, the environment and the `--no-color` flag. */
export function colorWanted(stdoutIsTTY: boolean, env: NodeJS.ProcessEnv, noColorFlag = false): boolean {
  if (noColorFlag) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  const no = env['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  return stdoutIsTTY;
}

/** Text without its ANSI escapes (for widths and tests). */
export function stripAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
