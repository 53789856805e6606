/**
 * Hand a change set over as a file: a `.reg` holding only the changes (what `reg import` and a
 * double-click in Explorer take), or a PowerShell script using the NetAdapter cmdlets.
 */

import type { AdapterDetails, Globals, StoredValue } from '../../shared/model/adapter';
import type { Change } from '../../shared/model/change-set';
import { registryValueAsText, type RegistryValue } from '../../shared/model/registry-value';
import { encodeRegFile, writeReg } from '../sources/reg-file/write-reg';
import { oneLine } from '../../shared/generate/plain-text';
import { isBracedGuid, ps, psComment, psGuid, psInt, psScript, psVariable, type PsCode } from '../../shared/generate/powershell';
import { ADAPTER_ID_PATTERN } from '../../shared/model/registry-paths';
import type { PlannedWrite } from './change-targets';

/** A value for a comment: `Rx & Tx Enabled [REG_SZ "3"]`, `absent`. */
function commentValue(details: AdapterDetails | undefined, keyword: string, value: StoredValue | RegistryValue | null): string {
  if (value === null) return 'absent';
  const text = registryValueAsText(value as RegistryValue);
  const label =
    text === null
      ? undefined
      : details?.properties.find((p) => p.keyword.toLowerCase() === keyword.toLowerCase())?.options.find((o) => o.value === text)?.label;
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
export function regChangeComment(
  writes: readonly PlannedWrite[],
  adapters: ReadonlyMap<string, AdapterDetails>,
  globals: Globals,
  sourceLabel: string,
): string[] {
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

const GLOBAL_KEY_PATHS: Readonly<Record<'DisableTaskOffload' | 'EnabledOffload', string>> = {
  DisableTaskOffload: 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters',
  EnabledOffload: 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Ipsec',
};

/** A keyword the adapter itself defines (Ndi\params) or stores; anything else never reaches a script. */
function definedKeyword(details: AdapterDetails, keyword: string): string {
  const found = details.properties.find((p) => p.keyword === keyword) ?? details.registryOnly.find((r) => r.keyword === keyword);
  if (!found) throw new Error(`${oneLine(keyword)} is not a keyword of adapter ${details.adapter.id}; refusing to put it in a script.`);
  return found.keyword;
}

/** Statements finding the adapter on the target machine into `variable`, or stopping the script. */
function findAdapter(variable: PsCode, details: AdapterDetails): PsCode[] {
  const a = details.adapter;
  const name = a.description ?? `adapter ${a.id}`;
  // The instance GUID identifies the adapter on its own machine whatever it was renamed to; an
  // adapter without a valid one is matched by its exact description, compared as text (never as a
  // wildcard pattern).
  const find =
    a.netCfgInstanceId !== null && isBracedGuid(a.netCfgInstanceId)
      ? ps`${variable} = Get-NetAdapter -IncludeHidden | Where-Object { $_.InterfaceGuid -eq ${psGuid(a.netCfgInstanceId)} } | Select-Object -First 1`
      : ps`${variable} = Get-NetAdapter -IncludeHidden | Where-Object { $_.InterfaceDescription -eq ${a.description ?? ''} } | Select-Object -First 1`;
  return [find, ps`if (-not ${variable}) { throw ${`Adapter ${name} is not on this computer.`} }`];
}

/**
 * A PowerShell script applying the change set with Set-/Remove-NetAdapterAdvancedProperty
 * (which validate against the driver's own metadata on the target machine) and restarting
 * each adapter once at the end, as Device Manager does. Every piece of data goes through
 * shared/generate/powershell.ts; keywords must be ones the adapter defines.
 */
export function changeSetToPowerShell(writes: readonly PlannedWrite[], adapters: ReadonlyMap<string, AdapterDetails>, generatedBy: string): string {
  const lines: (PsCode | null)[] = [
    psComment(generatedBy),
    psComment('Applies network adapter Advanced properties. Run in an elevated PowerShell:'),
    psComment('  powershell -ExecutionPolicy Bypass -File <this file>'),
    ps`#Requires -RunAsAdministrator`,
    ps`$ErrorActionPreference = 'Stop'`,
    ps``,
  ];
  const restart: PsCode[] = [];
  const byAdapter = new Map<string, Change[]>();
  for (const { change: c } of writes) {
    const key = c.scope === 'adapter' ? c.adapterId : '';
    byAdapter.set(key, [...(byAdapter.get(key) ?? []), c]);
  }
  for (const [adapterId, list] of byAdapter) {
    if (adapterId === '') {
      lines.push(psComment('Global task-offload switches (apply after a restart of the adapters or the computer)'));
      for (const c of list) {
        if (c.scope !== 'global') continue;
        const path = GLOBAL_KEY_PATHS[c.name];
        lines.push(
          c.value === null
            ? ps`Remove-ItemProperty -LiteralPath ${path} -Name ${c.name} -ErrorAction SilentlyContinue`
            : ps`New-ItemProperty -LiteralPath ${path} -Name ${c.name} -PropertyType DWord -Value ${psInt(c.value)} -Force | Out-Null`,
        );
      }
      lines.push(ps``);
      continue;
    }
    const details = adapters.get(adapterId);
    if (!details || !ADAPTER_ID_PATTERN.test(adapterId)) throw new Error(`Adapter ${oneLine(adapterId)} was not read; refusing to write a script for it.`);
    const a = details.adapter;
    const variable = psVariable(`adapter${adapterId}`);
    lines.push(psComment(`Adapter ${a.id}: ${a.connectionName ?? '(no connection name)'} - ${a.description ?? 'unknown adapter'}`));
    lines.push(...findAdapter(variable, details));
    // -Name takes a wildcard pattern: escape the adapter's own name so "Ethernet [2]" matches only itself.
    const name = ps`([WildcardPattern]::Escape(${variable}.Name))`;
    for (const c of list) {
      if (c.scope !== 'adapter') continue;
      const keyword = definedKeyword(details, c.keyword);
      lines.push(
        c.value === null
          ? ps`Remove-NetAdapterAdvancedProperty -Name ${name} -IncludeHidden -RegistryKeyword ${keyword} -NoRestart`
          : ps`Set-NetAdapterAdvancedProperty -Name ${name} -IncludeHidden -RegistryKeyword ${keyword} -RegistryValue ${c.value} -NoRestart`,
      );
    }
    restart.push(ps`Restart-NetAdapter -Name ${name} -IncludeHidden -Confirm:$false`);
    lines.push(ps``);
  }
  if (restart.length > 0)
    lines.push(psComment('Drivers read these values when they start: restart each adapter once (the connection drops for a few seconds).'), ...restart);
  // PowerShell 5.1 reads a BOM-less script as ANSI; callers encode this as UTF-8 with BOM.
  return psScript(lines);
}
