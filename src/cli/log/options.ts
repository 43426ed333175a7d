/**
 * The output options some commands share (main.ts gives them to the
 * commands that have them; output.ts applies them). Apart from output.ts so
 * that `ocpp --help` loads nothing of the library.
 */
import type { OptionSpec } from '../args.js';

/** `--json`, for commands that stream events (csms, station). */
export const jsonOption: { readonly json: OptionSpec } = {
  json: { type: 'boolean', description: 'a JSON event stream on standard output, one object a line (frames, connections, transactions, errors); text goes to standard error' },
};

/** `--full-frames`, for commands that print frames. */
export const fullFramesOption: { readonly 'full-frames': OptionSpec } = {
  'full-frames': { type: 'boolean', description: 'print frames whole (otherwise payloads are cut at 160 characters)' },
};
