/**
 * What the collector writes, built here from an in-memory registry, for tests on machines without
 * Windows: `<machine>.reg` in the collector's exact layout (one header, then each 4-digit adapter
 * key as `reg export` writes it, the connection names key, then the two globals as values; UTF-16LE
 * with a BOM) and `<machine>.json`, the sidecar as ConvertTo-Json -Compress writes it. The Wine suite
 * checks the same layout against Wine's own reg.exe export; the Windows runner runs the real collector.
 */

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IPSEC_KEY, NET_CLASS_KEY, NETWORK_CONNECTIONS_KEY, TCPIP_PARAMETERS_KEY } from '../../../../shared/model/registry-paths';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../../../../shared/fleet/sidecar';
import { createDemoSource } from '../../../sources/reg-file-source';
import type { MemoryRegistry } from '../../../sources/memory-registry';
import { encodeRegFile } from '../../../sources/reg-file/write-reg';

const HEADER = 'Windows Registry Editor Version 5.00\r\n';

function withoutHeader(text: string): string {
  return text.startsWith(HEADER) ? text.slice(HEADER.length) : text;
}

/** The collector's `.reg` text for a registry. */
export async function collectorRegText(registry: MemoryRegistry): Promise<string> {
  const parts: string[] = [];
  const ids = ((await registry.listSubkeys(NET_CLASS_KEY)) ?? []).filter((k) => /^\d{4}$/.test(k)).sort();
  for (const id of ids) parts.push(withoutHeader(registry.toRegText(`${NET_CLASS_KEY}\\${id}`) ?? ''));
  const network = registry.toRegText(NETWORK_CONNECTIONS_KEY);
  if (network !== null) parts.push(withoutHeader(network));
  for (const [key, name] of [
    [TCPIP_PARAMETERS_KEY, 'DisableTaskOffload'],
    [IPSEC_KEY, 'EnabledOffload'],
  ] as const) {
    const value = (await registry.readValues(key))?.find((v) => v.name.toLowerCase() === name.toLowerCase())?.value;
    if (value?.type === 'REG_DWORD') parts.push(`\r\n[${key}]\r\n"${name}"=dword:${value.data.toString(16).padStart(8, '0')}\r\n`);
  }
  return HEADER + parts.join('');
}

export interface SidecarFields {
  readonly machine: string;
  readonly osBuild?: string;
  readonly osName?: string;
  readonly collectedAt?: string;
}

/** The sidecar as the collector writes it. */
export function sidecarText(fields: SidecarFields): string {
  return JSON.stringify({
    format: SIDECAR_FORMAT,
    version: SIDECAR_VERSION,
    machine: fields.machine,
    osBuild: fields.osBuild ?? '10.0.22631.4317',
    osName: fields.osName ?? 'Windows 10 Enterprise',
    collectedAt: fields.collectedAt ?? '2026-11-20T09:30:00.0000000Z',
  });
}

/** A fresh copy of the demo registry, changed by `change` (a "hidden variation" of the demo). */
export async function demoVariant(change: (registry: MemoryRegistry) => Promise<void> = async () => {}): Promise<MemoryRegistry> {
  const registry = createDemoSource() as MemoryRegistry;
  await change(registry);
  return registry;
}

/** Write `<file>.reg` (and `<file>.json` unless `sidecar` is false) into `dir`. */
export async function writeMachine(dir: string, file: string, registry: MemoryRegistry, sidecar: SidecarFields | false): Promise<void> {
  await writeFile(join(dir, `${file}.reg`), encodeRegFile(await collectorRegText(registry)));
  if (sidecar !== false) await writeFile(join(dir, `${file}.json`), sidecarText(sidecar));
}
