/**
 * Restart a network adapter after its Advanced properties changed, as Device Manager does.
 *
 * The adapter model carries the NetCfgInstanceId (the interface GUID), not the PnP device
 * instance id, so PowerShell's Get-NetAdapter resolves the one from the other. The GUID is
 * validated before it is put into the script, and the device id PowerShell returns is only
 * ever passed to pnputil as one argument (execFile, no shell).
 *
 * Order: `pnputil /restart-device <id>` (a device restart, what Device Manager does; Windows
 * 10 2004+), falling back to `Restart-NetAdapter` (disable + enable) where pnputil lacks
 * /restart-device or fails.
 */

import { isBracedGuid, powershellArguments, ps, psGuid, psOneLiner } from '../../../shared/generate/powershell';
import type { Adapter } from '../../../shared/model/adapter';
import { powershellExe, system32 } from './system-programs';
import { ExecError, execFileAsync, type Exec } from './exec';

/** PnP device instance ids: `PCI\VEN_8086&DEV_15F3&…\3&11583659&0&E0`, `ROOT\NET\0000`, … */
const DEVICE_INSTANCE_ID = /^[A-Za-z0-9_&.#{}\\-]{3,400}$/;
/** pnputil: ERROR_SUCCESS_REBOOT_REQUIRED. */
const REBOOT_REQUIRED = 3010;

/**
 * Printed by the restart script once Restart-NetAdapter returned: an exit code of 0 alone is not
 * proof (a PowerShell stand-in, such as Wine's, exits 0 having run nothing).
 */
export const RESTART_CONFIRMATION = 'nicprops:restarted';

/** True for a `{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}` interface GUID. */
export const isInterfaceGuid = isBracedGuid;

/** Script printing the PnP device instance id of the adapter with interface GUID `guid`. */
export function deviceIdScript(guid: string): string {
  return psOneLiner([
    ps`$ErrorActionPreference = 'Stop'`,
    ps`$a = Get-NetAdapter -IncludeHidden | Where-Object { $_.InterfaceGuid -eq ${psGuid(guid)} } | Select-Object -First 1`,
    ps`if ($null -eq $a) { exit 3 }`,
    ps`[Console]::Out.Write($a.PnPDeviceID)`,
  ]);
}

/** Script restarting the adapter with interface GUID `guid` via Restart-NetAdapter. */
export function restartNetAdapterScript(guid: string): string {
  return psOneLiner([
    ps`$ErrorActionPreference = 'Stop'`,
    ps`$a = Get-NetAdapter -IncludeHidden | Where-Object { $_.InterfaceGuid -eq ${psGuid(guid)} } | Select-Object -First 1`,
    ps`if ($null -eq $a) { exit 3 }`,
    ps`Restart-NetAdapter -InputObject $a -Confirm:$false`,
    ps`[Console]::Out.Write(${RESTART_CONFIRMATION})`,
  ]);
}

function nameOf(adapter: Adapter): string {
  return adapter.connectionName ?? adapter.description ?? `adapter ${adapter.id}`;
}

/**
 * Restart `adapter`. Resolves when Windows reports the restart done; rejects with a sentence
 * for a person otherwise (the written values stay written either way).
 */
export async function restartAdapter(adapter: Adapter, exec: Exec = execFileAsync): Promise<void> {
  const guid = adapter.netCfgInstanceId;
  if (!guid || !isInterfaceGuid(guid)) {
    throw new Error(`${nameOf(adapter)} has no interface GUID, so it cannot be restarted from here; restart it in Device Manager.`);
  }
  const powershell = powershellExe();
  let deviceId: string | null = null;
  try {
    const { stdout } = await exec(powershell, powershellArguments(deviceIdScript(guid)), { timeoutMs: 30_000 });
    deviceId = stdout.trim();
  } catch (error) {
    if (error instanceof ExecError && error.exitCode === 3) {
      throw new Error(
        `Windows lists no network adapter for ${nameOf(adapter)} (it may be disabled or removed); the values are written and apply when it next starts.`,
      );
    }
    deviceId = null; // Get-NetAdapter unavailable: try Restart-NetAdapter's own error below.
  }

  if (deviceId && DEVICE_INSTANCE_ID.test(deviceId)) {
    try {
      await exec(system32('pnputil.exe'), ['/restart-device', deviceId], { timeoutMs: 120_000 });
      return;
    } catch (error) {
      if (error instanceof ExecError && error.exitCode === REBOOT_REQUIRED) {
        throw new Error(`Windows needs a restart before ${nameOf(adapter)} uses the new values.`);
      }
      // Older pnputil without /restart-device, or a device that refused: fall back.
    }
  }

  let detail = '';
  try {
    const { stdout } = await exec(powershell, powershellArguments(restartNetAdapterScript(guid)), { timeoutMs: 120_000 });
    if (stdout.includes(RESTART_CONFIRMATION)) return;
    detail = 'PowerShell did not confirm the restart';
  } catch (error) {
    detail = error instanceof ExecError ? (error.stderr.trim().split(/\r?\n/)[0] ?? '') : error instanceof Error ? error.message : '';
  }
  throw new Error(
    `Could not restart ${nameOf(adapter)}${detail ? `: ${detail}` : ''}. The values are written; restart the adapter in Device Manager or restart Windows.`,
  );
}
