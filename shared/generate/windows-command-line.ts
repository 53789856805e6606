/**
 * Windows command lines. A process on Windows receives one string and splits it itself; Electron
 * (Chromium) and the C runtime split it as CommandLineToArgvW does. `Start-Process -ArgumentList`
 * joins its arguments with spaces without quoting them, so the relaunch builds the line here.
 */

import { oneLine } from './plain-text';

/** One argument quoted so CommandLineToArgvW gives it back unchanged. */
export function windowsArgument(arg: string): string {
  // Controls never belong in the paths and switches this tool passes; refuse rather than guess.
  if (/\p{Cc}/u.test(arg)) throw new Error(`Refusing a command-line argument with control characters: ${oneLine(arg)}`);
  if (arg !== '' && !/[ \t"]/.test(arg)) return arg;
  let out = '"';
  let backslashes = 0;
  for (const ch of arg) {
    if (ch === '\\') {
      backslashes++;
    } else if (ch === '"') {
      // Backslashes before a quote are escapes: double them, then escape the quote itself.
      out += `${'\\'.repeat(backslashes * 2 + 1)}"`;
      backslashes = 0;
    } else {
      out += '\\'.repeat(backslashes) + ch;
      backslashes = 0;
    }
  }
  // Backslashes before the closing quote must not escape it.
  return `${out}${'\\'.repeat(backslashes * 2)}"`;
}

/** Arguments joined into one command-line string. */
export function windowsCommandLine(args: readonly string[]): string {
  return args.map(windowsArgument).join(' ');
}
