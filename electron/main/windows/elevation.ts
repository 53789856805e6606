/**
 * Administrator rights on Windows: reading HKLM works without them, writing needs them.
 * The app starts asInvoker and, when a write is refused, offers to start again elevated.
 */

import type { App } from 'electron';
import { powershellExe, system32 } from '../../services/windows/system-programs';
import { execFileAsync, type Exec } from '../../services/windows/exec';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { powershellArguments, ps, psOneLiner } from '../../../shared/generate/powershell';
import { windowsCommandLine } from '../../../shared/generate/windows-command-line';
import { HANDOVER_SWITCH, writeHandover, type HandoverItem } from '../../services/handover';

/**
 * True when this process runs elevated. `net session` succeeds only for administrators but
 * needs the Server service; `fltmc` (filter manager) is the fallback that needs nothing.
 */
export async function isProcessElevated(exec: Exec = execFileAsync): Promise<boolean> {
  for (const [program, args] of [
    [system32('net.exe'), ['session']],
    [system32('fltmc.exe'), []],
  ] as const) {
    try {
      await exec(program, args, { timeoutMs: 10_000 });
      return true;
    } catch {
      // Not elevated, or the tool is unavailable: try the next one.
    }
  }
  return false;
}

/**
 * Script that starts `exe` elevated (UAC prompt). Windows PowerShell joins -ArgumentList with
 * spaces without quoting, so the arguments go as one command line quoted for CommandLineToArgvW
 * (how the relaunched app splits it); the script itself quotes everything as data.
 */
export function relaunchScript(exe: string, args: readonly string[]): string {
  const start =
    args.length > 0 ? ps`Start-Process -FilePath ${exe} -ArgumentList ${windowsCommandLine(args)} -Verb RunAs` : ps`Start-Process -FilePath ${exe} -Verb RunAs`;
  return psOneLiner([ps`$ErrorActionPreference = 'Stop'`, start]);
}

/** The parts of Electron's `app` the relaunch needs (injected, so this module stays testable). */
export type ElevationHost = Pick<App, 'isPackaged' | 'getAppPath' | 'quit' | 'releaseSingleInstanceLock' | 'requestSingleInstanceLock'>;

/**
 * Start a second, elevated copy of the app and quit this one. The single-instance lock is
 * released first, or the new instance would find it taken and exit; if the user declines
 * the UAC prompt the lock is taken back and the error says so.
 */
export async function relaunchElevated(host: ElevationHost, exec: Exec = execFileAsync, extraArgs: readonly string[] = []): Promise<void> {
  // The portable build runs from a temp copy; relaunch the file the user started.
  const exe = process.env.PORTABLE_EXECUTABLE_FILE || process.execPath;
  // In development process.execPath is electron.exe and the app directory must be passed.
  const args = [...(host.isPackaged ? [] : [host.getAppPath()]), ...extraArgs];
  const script = relaunchScript(exe, args);
  host.releaseSingleInstanceLock();
  try {
    await exec(powershellExe(), powershellArguments(script), { timeoutMs: 5 * 60_000 });
  } catch {
    host.requestSingleInstanceLock();
    throw new Error('Windows did not start the app as administrator (the prompt was declined or failed). Your pending changes are still here.');
  }
  // Quit on the next turn so the IPC reply still reaches the renderer.
  setTimeout(() => host.quit(), 250);
}

/**
 * Relaunch elevated, handing the pending changes to the new copy: they go into a hand-over file in
 * `dir` (machine-wide, because the elevated copy may run as another account), named on its command
 * line; the new copy reads it once and removes it. If Windows does not start it, the file goes too.
 */
export async function relaunchWithHandover(host: ElevationHost, items: readonly HandoverItem[], dir: string, exec: Exec = execFileAsync): Promise<void> {
  if (items.length === 0) return relaunchElevated(host, exec);
  let name: string;
  try {
    name = await writeHandover(dir, items);
  } catch (error) {
    const why =
      error instanceof Error && !('code' in error)
        ? error.message
        : `the folder ${dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
    throw new Error(
      `The pending changes could not be kept for the elevated app: ${why.replace(/\.$/, '')}. Nothing was relaunched; save them as .reg or PowerShell to keep them.`,
    );
  }
  try {
    await relaunchElevated(host, exec, [`${HANDOVER_SWITCH}${name}`]);
  } catch (error) {
    await rm(join(dir, name), { force: true });
    throw error;
  }
}
