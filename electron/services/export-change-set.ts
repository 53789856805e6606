/**
 * Hand a change set over as a file: a `.reg` holding only the changes (what `reg import` and a
 * double-click in Explorer take), or a PowerShell script using the NetAdapter cmdlets.
 */

import type { AdapterDetails, Globals, StoredValue } from '../../shared/model/adapter';
import type { Change } from '../../shared/model/change-set';
import { registryValueAsText, type RegistryValue } from '../../shared/model/registry-value';
import { encodeRegFile, writeReg } from '../sources/reg-file/write-reg';
import type { PlannedWrite } from './change-targets';

/** A value for a comment: `Rx & Tx Enabled [REG_SZ "3"]`, `absent`. */
function commentValue(details: AdapterDetails | undefined, keyword: string, value: StoredValue | RegistryValue | null): string {
  if (value === null) return 'absent';
  const text = registryValueAsText(value as RegistryValue);
  const label = text === null ? undefined : details?.properties.find((p) => p.keyword.toLowerCase() === keyword.toLowerCase())?.options.find((o) => o.value === text)?.label;
  const raw = text === null ? value.type : `${value.type} "${text}"`;
  return label ? `${label} [${raw}]` : raw;
}

/** The stored value of a keyword before the change (null = absent). */
function storedBefore(details: AdapterDetails | undefined, keyword: string): StoredValue | null {
  const lower = keyword.toLowerCase();
  const p = details?.properties.find((x) => x.keyword.toLowerCase() === lower);
  if (p) return p.stored;
  const r = details?.registryOnly.find((x) => x.keyword.toLowerCase() === lower);
  return r ? { type: r.type, data: r.data } : null;
}

/**
 * The comment a `.reg` starts with: what it changes, from what, on which adapter — so the person who
 * double-clicks it can read what it will do. Data in it is made safe by the writer (regCommentText).
 */
export function regChangeComment(writes: readonly PlannedWrite[], adapters: ReadonlyMap<string, AdapterDetails>, globals: Globals, sourceLabel: string): string[] {
  const lines = [
    `NIC Advanced Properties: ${writes.length} change${writes.length === 1 ? '' : 's'} to network adapter settings, made from ${sourceLabel}.`,
    'Import as administrator (double-click, or reg import); each adapter reads its values when it restarts.',
  ];
  let current: string | null = null;
  for (const w of writes) {
    const c = w.change;
    if (c.scope === 'global') {
      const before = c.name === 'DisableTaskOffload' ? globals.disableTaskOffload : globals.ipsecEnabledOffload;
      lines.push(`All adapters: ${c.name} ${before === null ? 'absent' : `REG_DWORD ${before}`} -> ${c.value === null ? 'absent' : `REG_DWORD ${c.value}`}`);
      current = null;
      continue;
    }
    const d = adapters.get(c.adapterId);
    if (current !== c.adapterId) {
      const a = d?.adapter;
      lines.push(`${a?.connectionName ?? 'Adapter'} (${[a?.description, `instance ${c.adapterId}`].filter(Boolean).join(', ')}):`);
      current = c.adapterId;
    }
    const p = d?.properties.find((x) => x.keyword.toLowerCase() === c.keyword.toLowerCase());
    const label = p?.label ? `${p.label} (${c.keyword})` : c.keyword;
    lines.push(`  ${label}: ${commentValue(d, c.keyword, storedBefore(d, c.keyword))} -> ${commentValue(d, c.keyword, w.value)}`);
  }
  return lines;
}

/** `.reg` text for planned writes, grouped by key in first-seen order, after an optional comment. */
export function changeSetToRegText(writes: readonly PlannedWrite[], comment: readonly string[] = []): string {
  const blocks = new Map<string, { path: string; values: { name: string; value: PlannedWrite['value'] }[] }>();
  for (const w of writes) {
    const key = w.path.toLowerCase();
    if (!blocks.has(key)) blocks.set(key, { path: w.path, values: [] });
    blocks.get(key)!.values.push({ name: w.name, value: w.value });
  }
  return writeReg([...blocks.values()], { comment });
}

/** The `.reg` file's bytes: UTF-16LE with BOM and CRLF, as regedit writes. */
export function changeSetToRegFile(writes: readonly PlannedWrite[], comment: readonly string[] = []): Uint8Array {
  return encodeRegFile(changeSetToRegText(writes, comment));
}

/** Quote for a PowerShell single-quoted string. */
function psQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * A PowerShell script applying the change set with Set-/Remove-NetAdapterAdvancedProperty
 * (which validate against the driver's own metadata on the target machine) and restarting
 * each adapter once at the end, as Device Manager does.
 */
export function changeSetToPowerShell(changes: readonly Change[], adapters: ReadonlyMap<string, AdapterDetails>, generatedBy: string): string {
  const lines: string[] = [
    `# ${generatedBy}`,
    '# Applies network adapter Advanced properties. Run in an elevated PowerShell:',
    '#   powershell -ExecutionPolicy Bypass -File <this file>',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    '',
  ];
  const restart: string[] = [];
  const byAdapter = new Map<string, Change[]>();
  for (const c of changes) {
    const key = c.scope === 'adapter' ? c.adapterId : '';
    byAdapter.set(key, [...(byAdapter.get(key) ?? []), c]);
  }
  for (const [adapterId, list] of byAdapter) {
    if (adapterId === '') {
      lines.push('# Global task-offload switches (apply after a restart of the adapters or the computer)');
      for (const c of list) {
        if (c.scope !== 'global') continue;
        const path = c.name === 'DisableTaskOffload' ? 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters' : 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Ipsec';
        lines.push(
          c.value === null
            ? `Remove-ItemProperty -Path ${psQuote(path)} -Name ${psQuote(c.name)} -ErrorAction SilentlyContinue`
            : `New-ItemProperty -Path ${psQuote(path)} -Name ${psQuote(c.name)} -PropertyType DWord -Value ${c.value} -Force | Out-Null`,
        );
      }
      lines.push('');
      continue;
    }
    const details = adapters.get(adapterId);
    const a = details?.adapter;
    const variable = `$adapter${adapterId}`;
    lines.push(`# ${a?.connectionName ?? '(no connection name)'} - ${a?.description ?? 'unknown adapter'} (instance ${adapterId})`);
    // The instance GUID identifies the adapter on its own machine whatever it was renamed to.
    lines.push(
      a?.netCfgInstanceId
        ? `${variable} = Get-NetAdapter -IncludeHidden | Where-Object { $_.InterfaceGuid -eq ${psQuote(a.netCfgInstanceId)} }`
        : `${variable} = Get-NetAdapter -IncludeHidden -InterfaceDescription ${psQuote(a?.description ?? '')}`,
    );
    lines.push(`if (-not ${variable}) { throw ${psQuote(`Adapter ${a?.description ?? adapterId} is not on this computer.`)} }`);
    for (const c of list) {
      if (c.scope !== 'adapter') continue;
      lines.push(
        c.value === null
          ? `Remove-NetAdapterAdvancedProperty -Name (${variable}.Name) -IncludeHidden -RegistryKeyword ${psQuote(c.keyword)} -NoRestart`
          : `Set-NetAdapterAdvancedProperty -Name (${variable}.Name) -IncludeHidden -RegistryKeyword ${psQuote(c.keyword)} -RegistryValue ${psQuote(c.value)} -NoRestart`,
      );
    }
    restart.push(`Restart-NetAdapter -Name (${variable}.Name) -IncludeHidden  # the connection drops for a few seconds`);
    lines.push('');
  }
  if (restart.length > 0) lines.push('# Drivers read these values when they start: restart each adapter once.', ...restart, '');
  // PowerShell 5.1 reads a BOM-less script as ANSI; callers encode this as UTF-8 with BOM.
  return lines.join('\r\n');
}
