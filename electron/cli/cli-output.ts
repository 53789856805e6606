/**
 * Output for commands that read no registry source (fleet, collector, profile export): the --json
 * switch and the writers, without opening a source they do not need.
 */

import { jsonText, terminalText } from './terminal-text';

export interface CliOutput {
  readonly json: boolean;
  /** Print JSON with --json, else the text (made safe line by line). */
  print(json: unknown, text: () => string): void;
  /** A warning or progress line on stderr (never mixed into JSON or a script on stdout). */
  warn(line: string): void;
  /** Raw text on stdout: a generated script or report, printed as it would be saved. */
  raw(text: string): void;
}

export function cliOutput(json: boolean, out: (s: string) => void, err: (s: string) => void): CliOutput {
  return {
    json,
    print(data, text) {
      out(json ? `${jsonText(data)}\n` : `${terminalText(text())}\n`);
    },
    warn(line) {
      err(`${terminalText(line)}\n`);
    },
    raw(text) {
      out(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
