/**
 * What a command may touch of the outside world, so commands run the same
 * from `main` and from tests: output lines, standard input, and a signal
 * that fires when the user asks the command to stop (Ctrl-C).
 */
import { colorWanted } from './log/style.js';

export interface Io {
  /** A line to standard output. */
  out(line: string): void;
  /** A line to standard error. */
  err(line: string): void;
  /**
   * A progress line: redrawn in place on a terminal, printed as a line
   * otherwise. `progress('')` ends it.
   */
  progress(line: string): void;
  readonly stdinIsTTY: boolean;
  /** The terminal's streams, when standard input is one (an interactive prompt reads them). */
  readonly terminal?: { readonly input: NodeJS.ReadableStream; readonly output: NodeJS.WritableStream } | undefined;
  /** Standard output is a terminal (progress lines redraw). */
  readonly stdoutIsTTY: boolean;
  /** Colours on standard output (see log/style.ts). Default false. */
  readonly color?: boolean;
  /**
   * With `--json`: writes one event object a line to standard output; `out`
   * and `progress` then write to standard error (see log/output.ts).
   */
  readonly events?: ((event: object) => void) | undefined;
  /** With `--full-frames`: frames are printed whole, not cut at 160 characters. */
  readonly fullFrames?: boolean;
  readStdin(): Promise<string>;
  /** Aborted by SIGINT or SIGTERM. */
  readonly stop: AbortSignal;
}

/** The process's own streams and signals. */
export function processIo(stop: AbortSignal): Io {
  return {
    out: (line) => {
      process.stdout.write(`${line}\n`);
    },
    err: (line) => {
      process.stderr.write(`${line}\n`);
    },
    progress: (() => {
      let shown = false;
      return (line: string) => {
        if (process.stdout.isTTY !== true) {
          if (line !== '') process.stdout.write(`${line}\n`);
          return;
        }
        if (line === '') {
          if (shown) process.stdout.write('\n');
          shown = false;
          return;
        }
        process.stdout.write(`\r\u001b[2K${line}`);
        shown = true;
      };
    })(),
    stdinIsTTY: process.stdin.isTTY === true,
    terminal: process.stdin.isTTY === true ? { input: process.stdin, output: process.stdout } : undefined,
    stdoutIsTTY: process.stdout.isTTY === true,
    color: colorWanted(process.stdout.isTTY === true, process.env),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
      return Buffer.concat(chunks).toString('utf8');
    },
    stop,
  };
}

/** Resolves when `signal` aborts (at once if it already has). */
export function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
