/**
 * Every `process.platform` check of the main process lives here (style anchors E), so the
 * rest of the code asks "is this Windows?" by name and the answer can be faked in tests.
 */

/** True on Windows: the live registry, adapter restarts and elevation exist only there. */
export const isWindows = process.platform === 'win32';

/** True on macOS: only menu conventions differ (the app menu carries Quit). */
export const isMac = process.platform === 'darwin';

/** Absolute path of a program in `%SystemRoot%\System32`. */
export function system32(program: string): string {
  // Spawn system tools by absolute path: CreateProcess searches the application's own
  // directory and the current directory before PATH, so a bare "powershell.exe" could be
  // picked up from next to a .reg file the user opened.
  const root = process.env.SystemRoot ?? process.env.windir ?? 'C:\\Windows';
  return `${root}\\System32\\${program}`;
}

/** Windows PowerShell 5.1, present on every supported Windows. */
export function powershellExe(): string {
  return system32('WindowsPowerShell\\v1.0\\powershell.exe');
}
