/**
 * The output options every command shares, and the Io a command runs with
 * once they are read: colours (`--no-color`, NO_COLOR, FORCE_COLOR; see
 * style.ts), whole frames (`--full-frames`) and, for the commands that
 * stream events, `--json`: one JSON object a line on standard output (see
 * events.ts), the text lines that remain going to standard error so that
 * standard output stays machine-readable. The options themselves are
 * declared in options.ts, which `ocpp --help` loads without this module.
 */
import type { Args } from '../args.js';
import type { Io } from '../io.js';
import { stringifySafely } from '../safe-json.js';

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
