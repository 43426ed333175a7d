/**
 * Command-line parsing for `ocpp`: each command declares its options once;
 * the same declaration drives strict parsing (node:util parseArgs), the
 * `--help` text and the typed accessors. A wrong flag or value is a
 * UsageError, which main turns into the usage text and exit code 2.
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
}

/** A mistake in the command line: printed with the usage, exit code 2. */
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
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = { help: HELP };
  for (const [name, o] of Object.entries(spec.options)) {
    options[name] = { type: o.type, ...(o.short !== undefined && { short: o.short }), ...(o.multiple === true && { multiple: true }) };
  }
  let parsed: { values: { [name: string]: RawValue }; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (err) {
    throw new UsageError(cleanParseMessage(err), spec);
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

/** The help text of one command. */
export function formatUsage(spec: CommandSpec): string {
  const lines: string[] = [`Usage: ocpp ${spec.name} ${spec.synopsis}`.trimEnd(), '', spec.summary, '', 'Options:'];
  const entries = Object.entries({ ...spec.options, help: HELP });
  const labels = entries.map(([name, o]) => {
    const short = o.short !== undefined ? `-${o.short}, ` : '    ';
    const value = o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : '';
    return `  ${short}--${name}${value}`;
  });
  const width = Math.min(34, Math.max(...labels.map((l) => l.length)) + 2);
  entries.forEach(([, o], i) => {
    const label = labels[i]!;
    const text = o.default !== undefined ? `${o.description} (default: ${o.default})` : o.description;
    if (label.length + 1 > width) lines.push(label, `${' '.repeat(width)}${text}`);
    else lines.push(`${label.padEnd(width)}${text}`);
  });
  if (spec.details !== undefined && spec.details.length > 0) lines.push('', ...spec.details);
  return `${lines.join('\n')}\n`;
}
