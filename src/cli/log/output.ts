/**
 * The output options every command shares, and the Io a command runs with
 * once they are read: colours (`--no-color`, NO_COLOR, FORCE_COLOR; see
 * style.ts), whole frames (`--full-frames`) and, for the commands that
 * stream events, `--json`: one JSON object a line on standard output (see
 * events.ts), the text lines that remain going to standard error so that
 * standard output stays machine-readable.
 */
import type { Args, OptionSpec } from '../args.js';
import type { Io } from '../io.js';
import { stringifySafely } from '../safe-json.js';

/** `--json`, for commands that stream events (csms, station). */
export const jsonOption: { readonly json: OptionSpec } = {
  json: { type: 'boolean', description: 'a JSON event stream on standard output, one object a line (frames, connections, transactions, errors); text goes to standard error' },
};

/** `--full-frames`, for commands that print frames. */
export const fullFramesOption: { readonly 'full-frames': OptionSpec } = {
  'full-frames': { type: 'boolean', description: 'print frames whole (otherwise payloads are cut at 160 characters)' },
};

/** The Io of a command run with `args`: the output options applied. */
export function outputIo(io: Io, args: Args): Io {
  const color = (io.color ?? false) && !args.flag('no-color');
  const fullFrames = args.flag('full-frames');
  if (!args.flag('json') || args.command.common?.['json'] === undefined) return { ...io, color, fullFrames };
  return {
    ...io,
    out: (line) => io.err(line),
    // Nothing redraws on standard output: it carries events.
    progress: (line) => {
      if (line !== '') io.err(line);
    },
    stdoutIsTTY: false,
    // The prompt would write to standard output; the control API stays.
    terminal: undefined,
    color: false,
    fullFrames,
    events: (event) => io.out(stringifySafely(event)),
  };
}
