/** Where Windows' own programs live, for the services that run them (restart, elevation). */

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
