/**
 * Command-line parsing for `ocpp`: each command declares its options once;
 * the same declaration drives strict parsing (node:util parseArgs), the
 * `--help` text and the typed accessors. A wrong flag or value is a
 * UsageError, which main turns into one line pointing to `--help` and exit
 * code 2.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once (string options only). */
  readonly multiple?: boolean;
  /** The placeholder shown in the help text, e.g. PORT. */
  readonly value?: string;
  readonly description: string;
  /** Shown in the help text; the accessors apply their own defaults. */
  readonly default?: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** The synopsis after `ocpp <name>`, e.g. `[options] [FILE]`. */
  readonly synopsis: string;
  readonly options: { readonly [name: string]: OptionSpec };
  /** Most positional arguments accepted. Default 0. */
  readonly maxPositionals?: number;
  /** Extra paragraphs after the options (formats, examples). */
  readonly details?: readonly string[];
  /** Options shared with other commands (output), listed apart in the help with --no-color and --help. */
  readonly common?: { readonly [name: string]: OptionSpec };
}

/** A mistake in the command line: one line and a pointer to --help, exit code 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandSpec,
  ) {
    super(message);
  }
  override readonly name = 'UsageError';
}

/** A failure the user can act on (unreachable URL, port in use): one line, exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
  override readonly name = 'CliError';
}

const HELP: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };
const NO_COLOR: OptionSpec = { type: 'boolean', description: 'no colours (also: NO_COLOR=1 in the environment; FORCE_COLOR=1 forces them)' };

/** Every option of a command: its own, the common ones, --no-color and --help. */
function allOptions(spec: CommandSpec): [string, OptionSpec][] {
  return [...Object.entries(spec.options), ...Object.entries(spec.common ?? {}), ['no-color', NO_COLOR], ['help', HELP]];
}

type RawValue = string | boolean | (string | boolean)[] | undefined;

/** The parsed command line with typed, checked accessors. */
export class Args {
  constructor(
    readonly command: CommandSpec,
    private readonly values: { readonly [name: string]: RawValue },
    readonly positionals: readonly string[],
  ) {}

  has(name: string): boolean {
    return this.values[name] !== undefined;
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  string(name: string): string | undefined;
  string(name: string, fallback: string): string;
  string(name: string, fallback?: string): string | undefined {
    const v = this.values[name];
    if (Array.isArray(v)) return v.length > 0 ? String(v[v.length - 1]) : fallback;
    return typeof v === 'string' ? v : fallback;
  }

  list(name: string): string[] {
    const v = this.values[name];
    if (v === undefined) return [];
    return (Array.isArray(v) ? v : [v]).map(String);
  }

  integer(name: string, fallback: number, min = -Infinity, max = Infinity): number {
    const text = this.string(name);
    if (text === undefined) return fallback;
    if (!/^-?\d+$/.test(text.trim())) throw new UsageError(`--${name} must be an integer, not ${JSON.stringify(text)}`, this.command);
    const n = Number(text);
    if (n < min || n > max) {
      throw new UsageError(`--${name} must be between ${min} and ${max}, not ${n}`, this.command);
    }
    return n;
  }

  number(name: string, fallback: number, min = -Infinity, max = Infinity): number {
    const text = this.string(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not ${JSON.stringify(text)}`, this.command);
    if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}, not ${n}`, this.command);
    return n;
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const text = this.string(name);
    if (text === undefined) return fallback;
    const found = choices.find((c) => c.toLowerCase() === text.toLowerCase());
    if (found === undefined) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not ${JSON.stringify(text)}`, this.command);
    return found;
  }
}

/**
 * Parses argv (without the command name). Returns 'help' when --help was
 * asked for; throws UsageError for anything parseArgs refuses.
 */
export function parseCommand(spec: CommandSpec, argv: readonly string[]): Args | 'help' {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, o] of allOptions(spec)) {
    options[name] = { type: o.type, ...(o.short !== undefined && { short: o.short }), ...(o.multiple === true && { multiple: true }) };
  }
  let parsed: { values: { [name: string]: RawValue }; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (err) {
    throw new UsageError(withSuggestion(cleanParseMessage(err), spec), spec);
  }
  if (parsed.values['help'] === true) return 'help';
  const max = spec.maxPositionals ?? 0;
  if (parsed.positionals.length > max) {
    const extra = parsed.positionals.slice(max).map((p) => JSON.stringify(p)).join(' ');
    throw new UsageError(`unexpected argument${parsed.positionals.length - max > 1 ? 's' : ''}: ${extra}`, spec);
  }
  return new Args(spec, parsed.values, parsed.positionals);
}

/** parseArgs' messages carry a hint about '--' that does not help here; keep the first sentence. */
function cleanParseMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  const first = text.split('\n')[0]!.split('. ')[0] ?? text;
  return first.replace(/\.$/, '');
}

/** An unknown option with a known one close to it gets a "did you mean". */
function withSuggestion(message: string, spec: CommandSpec): string {
  const m = /^Unknown option '(--?)([^'=]+)'/.exec(message);
  if (m === null || m[1] !== '--') return message;
  const near = closest(m[2]!, allOptions(spec).map(([name]) => name));
  return near === undefined ? message : `${message} (did you mean --${near}?)`;
}

/** The name among `names` nearest to `typed`: a prefix of one, or within two edits. */
export function closest(typed: string, names: readonly string[]): string | undefined {
  const prefixed = names.filter((n) => n.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.ceil(typed.length / 3) + 1);
  for (const name of names) {
    const d = editDistance(typed, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

/** The help text of one command. */
export function formatUsage(spec: CommandSpec): string {
  const lines: string[] = [`Usage: ocpp ${spec.name} ${spec.synopsis}`.trimEnd(), '', spec.summary, ''];
  const own = Object.entries(spec.options);
  const common = allOptions(spec).slice(own.length);
  const label = ([name, o]: [string, OptionSpec]): string => {
    const short = o.short !== undefined ? `-${o.short}, ` : '    ';
    const value = o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : '';
    return `  ${short}--${name}${value}`;
  };
  const width = Math.min(34, Math.max(...allOptions(spec).map((e) => label(e).length)) + 2);
  const block = (title: string, entries: [string, OptionSpec][]): void => {
    if (entries.length === 0) return;
    lines.push(title);
    for (const entry of entries) {
      const head = label(entry);
      const o = entry[1];
      const text = o.default !== undefined ? `${o.description} (default: ${o.default})` : o.description;
      if (head.length + 1 > width) lines.push(head, `${' '.repeat(width)}${text}`);
      else lines.push(`${head.padEnd(width)}${text}`);
    }
  };
  block('Options:', own);
  if (own.length > 0) lines.push('');
  block('Common options:', common);
  if (spec.details !== undefined && spec.details.length > 0) lines.push('', ...spec.details);
  return `${lines.join('\n')}\n`;
}
