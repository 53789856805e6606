/** What the user asked for on the command line (or by "Open with" on a .reg file or driver INF). */

import path from 'node:path';

/**
 * The `.reg` files and driver INFs (`.inf`, `.inx`) named in `argv`, resolved against `cwd`. Switches (`--inspect=0`,
 * Chromium flags, Playwright's) and the executable / app path are ignored, so the same
 * function serves the first launch and `second-instance`.
 */
export function regFilesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && /\.(reg|inf|inx)$/i.test(arg))
    .map((arg) => path.resolve(cwd, arg));
}
