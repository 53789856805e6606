/**
 * Read adapters, their properties and the globals from any registry source.
 * Pure reading: no writes, no Electron, no registry-js.
 */

import type { Adapter, AdapterDetails, Globals, Property, RegistryOnlyValue } from '../../shared/model/adapter';
import { parsePropertyMeta, toProperty } from '../../shared/model/parse-property';
import {
  ADAPTER_ID_PATTERN,
  adapterKeyPath,
  adapterParamsKeyPath,
  IPSEC_KEY,
  NET_CLASS_KEY,
  NETWORK_CONNECTIONS_KEY,
  TCPIP_PARAMETERS_KEY,
} from '../../shared/model/registry-paths';
import { registryValueAsText, type RegistryEntry, type RegistryValue } from '../../shared/model/registry-value';
import type { RegistrySource } from '../sources/registry-source';
import { decodeCharacteristics } from './characteristics';
import { isInstanceInfoValue } from './instance-values';

function find(values: readonly RegistryEntry[], name: string): RegistryValue | null {
  const lower = name.toLowerCase();
  return values.find((v) => v.name.toLowerCase() === lower)?.value ?? null;
}

function text(values: readonly RegistryEntry[], name: string): string | null {
  const v = find(values, name);
  return v ? registryValueAsText(v) : null;
}

function dword(values: readonly RegistryEntry[], name: string): number | null {
  const v = find(values, name);
  if (!v) return null;
  if (v.type === 'REG_DWORD') return v.data;
  const t = registryValueAsText(v);
  return t !== null && /^\d+$/.test(t.trim()) ? Number(t) : null;
}

/** Ids of the adapters under the Net class key: only 4-digit subkeys (others, like `Properties`, are not adapters). */
export async function listAdapterIds(source: RegistrySource): Promise<string[]> {
  const keys = (await source.listSubkeys(NET_CLASS_KEY)) ?? [];
  return keys.filter((k) => ADAPTER_ID_PATTERN.test(k)).sort();
}

/** The connection name ("Ethernet 2") from the Network key, where the registry has one. */
async function readConnectionName(source: RegistrySource, netCfgInstanceId: string | null): Promise<string | null> {
  if (!netCfgInstanceId || !/^\{[0-9a-fA-F-]{36}\}$/.test(netCfgInstanceId)) return null;
  const values = await source.readValues(`${NETWORK_CONNECTIONS_KEY}\\${netCfgInstanceId}\\Connection`);
  return values ? text(values, 'Name') : null;
}

function describeAdapter(id: string, root: readonly RegistryEntry[], connectionName: string | null, propertyCount: number): Adapter {
  const characteristics = dword(root, 'Characteristics');
  return {
    id,
    description: text(root, 'DriverDesc'),
    connectionName,
    netCfgInstanceId: text(root, 'NetCfgInstanceId'),
    componentId: text(root, 'ComponentId'),
    characteristics,
    ...decodeCharacteristics(characteristics),
    propertyCount,
  };
}

/** Read one adapter with every property and registry-only keyword; null when its key does not exist. */
export async function readAdapterDetails(source: RegistrySource, id: string): Promise<AdapterDetails | null> {
  const root = await source.readValues(adapterKeyPath(id));
  if (root === null) return null;
  const paramsPath = adapterParamsKeyPath(id);
  const keywords = (await source.listSubkeys(paramsPath)) ?? [];

  const rootByName = new Map(root.map((v) => [v.name.toLowerCase(), v.value]));
  const properties: Property[] = [];
  const defined = new Set<string>();
  for (const keyword of keywords) {
    const keyPath = `${paramsPath}\\${keyword}`;
    const paramValues = await source.readValues(keyPath);
    // A params key that vanished between listing and reading is simply not there any more.
    if (paramValues === null) continue;
    const subkeys = (await source.listSubkeys(keyPath)) ?? [];
    const enumKey = subkeys.find((s) => s.toLowerCase() === 'enum');
    const enumValues = enumKey ? await source.readValues(`${keyPath}\\${enumKey}`) : null;
    const meta = parsePropertyMeta(keyword, paramValues, enumValues);
    properties.push(toProperty(meta, rootByName.get(keyword.toLowerCase()) ?? null));
    defined.add(keyword.toLowerCase());
  }

  const registryOnly: RegistryOnlyValue[] = root
    .filter((v) => !defined.has(v.name.toLowerCase()) && !isInstanceInfoValue(v.name))
    .map((v) => ({ keyword: v.name, type: v.value.type, data: v.value.data }));

  const connectionName = await readConnectionName(source, text(root, 'NetCfgInstanceId'));
  return { adapter: describeAdapter(id, root, connectionName, properties.length), properties, registryOnly };
}

/** Read every adapter with its details, in id order. */
export async function readAllAdapterDetails(source: RegistrySource): Promise<AdapterDetails[]> {
  const out: AdapterDetails[] = [];
  for (const id of await listAdapterIds(source)) {
    const details = await readAdapterDetails(source, id);
    if (details) out.push(details);
  }
  return out;
}

/** Read the list of adapters (summary only). */
export async function readAdapters(source: RegistrySource): Promise<Adapter[]> {
  return (await readAllAdapterDetails(source)).map((d) => d.adapter);
}

/** Read the two global switches; null for an absent value. */
export async function readGlobals(source: RegistrySource): Promise<Globals> {
  const tcpip = (await source.readValues(TCPIP_PARAMETERS_KEY)) ?? [];
  const ipsec = (await source.readValues(IPSEC_KEY)) ?? [];
  return { disableTaskOffload: dword(tcpip, 'DisableTaskOffload'), ipsecEnabledOffload: dword(ipsec, 'EnabledOffload') };
}
