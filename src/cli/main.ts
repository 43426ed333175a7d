#!/usr/bin/env node
/**
 * `ocpp`: a test CSMS, a charging-station simulator, a validator and a demo,
 * built on the library's public API only.
 *
 * Exit status: 0 success, 1 failure (invalid input, unreachable URL, port in
 * use, ...), 2 wrong usage (one line on standard error, pointing to --help).
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closest, CliError, formatUsage, parseCommand, UsageError, type Args, type CommandSpec, type OptionSpec } from './args.js';
import { processIo, type Io } from './io.js';
import { fullFramesOption, jsonOption } from './log/options.js';

interface Command {
  readonly summary: string;
  /** The output options it shares with others (--no-color and --help go to every command). */
  readonly common?: { readonly [name: string]: OptionSpec };
  load(): Promise<{ spec: CommandSpec; run(args: Args, io: Io): Promise<number> }>;
}

const commands: { readonly [name: string]: Command } = {
  csms: {
    summary: 'run a test CSMS that stations can connect to, with an HTTP operator API',
    common: { ...jsonOption, ...fullFramesOption },
    load: async () => {
      const m = await import('./commands/csms.js');
      return { spec: m.csmsCommand, run: m.runCsms };
    },
  },
  station: {
    summary: 'simulate one or many charging stations against a CSMS',
    common: { ...jsonOption, ...fullFramesOption },
    load: async () => {
      const m = await import('./commands/station.js');
      return { spec: m.stationCommand, run: m.runStation };
    },
  },
  validate: {
    summary: 'validate a message, a frame or a JSON-lines frame log',
    load: async () => {
      const m = await import('./commands/validate.js');
      return { spec: m.validateCommand, run: m.runValidate };
    },
  },
  demo: {
    summary: 'start a CSMS and simulated stations, run charging sessions, print a summary',
    common: fullFramesOption,
    load: async () => {
      const m = await import('./commands/demo.js');
      return { spec: m.demoCommand, run: m.runDemo };
    },
  },
};

export function topUsage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 4;
  return [
    'Usage: ocpp <command> [options]',
    '',
    'OCPP 2.0.1 tools: a test CSMS, a charging-station simulator, a validator and a demo.',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    '  -V, --version  print the version of ocpp-model',
    '  -h, --help     show this help',
    '',
    "Run 'ocpp <command> --help' for a command's options.",
    '',
  ].join('\n');
}

/** The package's version, read from its package.json at run time. */
export function packageVersion(): string {
  // dist/src/cli/main.js, or src/cli/main.ts: the package.json named ocpp-model above it.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'ocpp-model' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not here; look further up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new CliError('cannot find the package.json of ocpp-model');
    dir = parent;
  }
}

/** A command's declaration with the output options it shares. */
async function specOf(command: Command): Promise<{ spec: CommandSpec; run(args: Args, io: Io): Promise<number> }> {
  const loaded = await command.load();
  return command.common === undefined ? loaded : { ...loaded, spec: { ...loaded.spec, common: command.common } };
}

/** Runs one command line; never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    try {
      io.out(`ocpp-model ${packageVersion()}`);
      return 0;
    } catch (err) {
      io.err(`ocpp: ${describe(err)}`);
      return 1;
    }
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic !== undefined && commands[topic] !== undefined) {
      io.out(formatUsage((await specOf(commands[topic])).spec).trimEnd());
      return 0;
    }
    if (topic !== undefined) return unknownCommand(topic, io);
    if (name === undefined) {
      io.err(topUsage().trimEnd());
      return 2;
    }
    io.out(topUsage().trimEnd());
    return 0;
  }
  const command = commands[name];
  if (command === undefined) return unknownCommand(name, io);
  const { spec, run } = await specOf(command);
  try {
    const args = parseCommand(spec, rest);
    if (args === 'help') {
      io.out(formatUsage(spec).trimEnd());
      return 0;
    }
    const { outputIo } = await import('./log/output.js');
    return await run(args, outputIo(io, args));
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`ocpp ${name}: ${err.message}; see 'ocpp ${name} --help'`);
      return 2;
    }
    if (err instanceof CliError) {
      io.err(`ocpp ${name}: ${err.message}`);
      return err.exitCode;
    }
    io.err(`ocpp ${name}: ${describe(err)}`);
    if (process.env['OCPP_DEBUG'] !== undefined && err instanceof Error && err.stack !== undefined) io.err(err.stack);
    return 1;
  }
}

function unknownCommand(name: string, io: Io): number {
  const near = name.startsWith('-') ? undefined : closest(name, Object.keys(commands));
  const hint = near !== undefined ? ` (did you mean ${near}?)` : '';
  const what = name.startsWith('-') ? `unknown option ${JSON.stringify(name)}` : `unknown command ${JSON.stringify(name)}`;
  io.err(`ocpp: ${what}${hint}; see 'ocpp --help'`);
  return 2;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (): void => {
    // A second Ctrl-C leaves at once.
    if (++signals > 1) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed pipe (ocpp ... | head) is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`ocpp: ${describe(reason)}\n`);
    process.exit(1);
  });
  const code = await main(process.argv.slice(2), processIo(controller.signal));
  process.exitCode = code;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  // Everything is closed by now; a stray handle must not keep the command alive.
  setTimeout(() => process.exit(code), 1500).unref();
}
