/**
 * Read adapters, their properties and the globals from any registry source.
 * Pure reading: no writes, no Electron, no registry-js.
 *
 * Two ways in, one model out: sources that hold everything in memory hand over the class key as
 * one tree (fast); others (the live registry) are walked key by key, reading only what the
 * Advanced page needs, because some subkeys of the class key deny reading even to administrators.
 */

import type { Adapter, AdapterDetails, Globals, Property, PropertyMeta, RegistryOnlyValue } from '../../shared/model/adapter';
import { parsePropertyMeta, toProperty, type ValuesByName } from '../../shared/model/parse-property';
import {
  ADAPTER_ID_PATTERN,
  adapterKeyPath,
  adapterParamsKeyPath,
  IPSEC_KEY,
  NET_CLASS_KEY,
  NETWORK_CONNECTIONS_KEY,
  TCPIP_PARAMETERS_KEY,
} from '../../shared/model/registry-paths';
import { registryValueAsText, type RegistryEntry } from '../../shared/model/registry-value';
import { SharedValues, type RegistrySource, type RegistryTree, type SourceProvenance } from '../sources/registry-source';
import { decodeCharacteristics } from './characteristics';
import { isInstanceInfoValue } from './instance-values';

/** What one adapter's instance key holds for the Advanced page; values by lower-case name. */
interface AdapterKeyData {
  readonly id: string;
  readonly root: ValuesByName;
  readonly params: readonly {
    /** The keyword in lower case. */
    readonly lower: string;
    readonly meta: PropertyMeta;
  }[];
  /** The lower-case keywords `params` holds. */
  readonly defined: { has(lower: string): boolean };
}

function byName(values: readonly RegistryEntry[]): Map<string, RegistryEntry> {
  return new Map(values.map((v) => [v.name.toLowerCase(), v]));
}

/** `lower`: the value's name in lower case (names are constants here; no need to lower-case them per call). */
function textOf(values: ValuesByName, lower: string): string | null {
  const v = values.get(lower);
  return v ? registryValueAsText(v.value) : null;
}

function dwordOf(values: ValuesByName, name: string): number | null {
  const v = values.get(name.toLowerCase())?.value;
  if (!v) return null;
  if (v.type === 'REG_DWORD') return v.data;
  const t = registryValueAsText(v);
  return t !== null && /^\d+$/.test(t.trim()) ? Number(t) : null;
}

/** Walk one adapter key through the source's basic calls. */
async function walkAdapterKey(source: RegistrySource, id: string): Promise<AdapterKeyData | null> {
  const root = await source.readValues(adapterKeyPath(id));
  if (root === null) return null;
  const paramsPath = adapterParamsKeyPath(id);
  const params: AdapterKeyData['params'][number][] = [];
  for (const keyword of (await source.listSubkeys(paramsPath)) ?? []) {
    const keyPath = `${paramsPath}\\${keyword}`;
    const values = await source.readValues(keyPath);
    // A params key that vanished between listing and reading is simply not there any more.
    if (values === null) continue;
    // Only enum params have options worth a registry round trip; key names are case-insensitive,
    // so `enum` is read directly rather than by listing the keyword's subkeys.
    const byLower = byName(values);
    const isEnum = textOf(byLower, 'type')?.trim().toLowerCase() === 'enum';
    const enumValues = isEnum ? await source.readValues(`${keyPath}\\enum`) : null;
    params.push({ lower: keyword.toLowerCase(), meta: parsePropertyMeta(keyword, byLower, enumValues) });
  }
  return { id, root: byName(root), params, defined: new Set(params.map((p) => p.lower)) };
}

const NO_SUBKEYS: ReadonlyMap<string, RegistryTree> = new Map();

/** The same data from an adapter key read as one tree. */
function adapterKeyFromTree(id: string, tree: RegistryTree): AdapterKeyData {
  // A tree's subkeys are keyed by lower-case name already.
  const paramKeys = tree.subkeys.get('ndi')?.subkeys.get('params')?.subkeys ?? NO_SUBKEYS;
  const params: AdapterKeyData['params'][number][] = [];
  // forEach rather than for-of: no [key, value] array per entry (this runs for every property of every adapter).
  paramKeys.forEach((p, lower) => {
    params.push({ lower, meta: metaOf(p.name, p.values, p.subkeys.get('enum')?.values ?? null) });
  });
  return { id, root: tree.values, params, defined: paramKeys };
}

/** Metadata already built for params keys with SharedValues, by those values. */
const sharedMeta = new WeakMap<ValuesByName, { readonly keyword: string; readonly enumValues: ValuesByName | null; readonly meta: PropertyMeta }[]>();

/**
 * A params key's metadata. Keys whose values (and enum values) are SharedValues never change and
 * recur on every port of a multi-port card: their metadata is built once and shared.
 */
function metaOf(keyword: string, values: ValuesByName, enumValues: ValuesByName | null): PropertyMeta {
  const cacheable = values instanceof SharedValues && (enumValues === null || enumValues instanceof SharedValues);
  if (!cacheable) return parsePropertyMeta(keyword, values, enumValues?.values() ?? null);
  let known = sharedMeta.get(values);
  if (known === undefined) sharedMeta.set(values, (known = []));
  for (const k of known) if (k.keyword === keyword && k.enumValues === enumValues) return k.meta;
  const meta = parsePropertyMeta(keyword, values, enumValues?.values() ?? null);
  known.push({ keyword, enumValues, meta });
  return meta;
}

/** Build the model of one adapter: pure, no I/O. `provenance` says which INF lines it came from, if any. */
function buildDetails(data: AdapterKeyData, connectionName: string | null, provenance: SourceProvenance | undefined): AdapterDetails {
  const root = data.root;
  const properties: Property[] = [];
  for (const p of data.params) {
    const origin = provenance ? provenance.paramOrigin(data.id, p.lower) : null;
    properties.push(toProperty(p.meta, root.get(p.lower)?.value ?? null, origin));
  }
  const registryOnly: RegistryOnlyValue[] = [];
  root.forEach((v, lower) => {
    if (!data.defined.has(lower) && !isInstanceInfoValue(v.name)) registryOnly.push({ keyword: v.name, type: v.value.type, data: v.value.data });
  });
  return { adapter: buildAdapter(data.id, root, connectionName, properties.length, provenance), properties, registryOnly };
}

/** The adapter summary from its instance key's values. */
function buildAdapter(id: string, root: ValuesByName, connectionName: string | null, propertyCount: number, provenance: SourceProvenance | undefined): Adapter {
  const characteristics = dwordOf(root, 'Characteristics');
  return {
    id,
    description: textOf(root, 'driverdesc'),
    connectionName,
    netCfgInstanceId: textOf(root, 'netcfginstanceid'),
    componentId: textOf(root, 'componentid'),
    characteristics,
    ...decodeCharacteristics(characteristics),
    propertyCount,
    infModel: provenance ? provenance.infModel(id) : null,
  };
}

const GUID = /^\{[0-9a-fA-F-]{36}\}$/;

/** The connection name ("Ethernet 2") from the Network key, where the registry has one. */
async function readConnectionName(source: RegistrySource, data: AdapterKeyData): Promise<string | null> {
  const guid = textOf(data.root, 'netcfginstanceid');
  if (!guid || !GUID.test(guid)) return null;
  const values = await source.readValues(`${NETWORK_CONNECTIONS_KEY}\\${guid}\\Connection`);
  return values ? textOf(byName(values), 'name') : null;
}

/** Ids of the adapters under the Net class key: only 4-digit subkeys (others, like `Properties`, are not adapters). */
export async function listAdapterIds(source: RegistrySource): Promise<string[]> {
  const keys = (await source.listSubkeys(NET_CLASS_KEY)) ?? [];
  return keys.filter((k) => ADAPTER_ID_PATTERN.test(k)).sort();
}

/** Read one adapter with every property and registry-only keyword; null when its key does not exist. */
export async function readAdapterDetails(source: RegistrySource, id: string): Promise<AdapterDetails | null> {
  const tree = source.readTree ? await source.readTree(adapterKeyPath(id)) : undefined;
  const data = tree === undefined ? await walkAdapterKey(source, id) : tree && adapterKeyFromTree(id, tree);
  return data ? buildDetails(data, await readConnectionName(source, data), source.provenance) : null;
}

/** Read every adapter with its details, in id order. */
export async function readAllAdapterDetails(source: RegistrySource): Promise<AdapterDetails[]> {
  if (!source.readTree) {
    const out: AdapterDetails[] = [];
    for (const id of await listAdapterIds(source)) {
      const data = await walkAdapterKey(source, id);
      if (data) out.push(buildDetails(data, await readConnectionName(source, data), source.provenance));
    }
    return out;
  }
  const [classTree, connections] = await Promise.all([source.readTree(NET_CLASS_KEY), source.readTree(NETWORK_CONNECTIONS_KEY)]);
  const adapterKeys: RegistryTree[] = [];
  classTree?.subkeys.forEach((k) => {
    if (ADAPTER_ID_PATTERN.test(k.name)) adapterKeys.push(k);
  });
  // Ids are four digits: plain comparison sorts them as numbers would.
  return adapterKeys
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((k) => {
      const data = adapterKeyFromTree(k.name, k);
      const guid = textOf(data.root, 'netcfginstanceid')?.toLowerCase();
      const connection = guid ? connections?.subkeys.get(guid)?.subkeys.get('connection') : undefined;
      return buildDetails(data, connection ? textOf(connection.values, 'name') : null, source.provenance);
    });
}

/**
 * Every adapter's summary (ids, names, kind, number of properties) without reading the properties
 * themselves: what listing adapters and finding one by name need. On the live registry that is a
 * few calls per adapter instead of one per property and enum.
 */
export async function readAdapters(source: RegistrySource): Promise<Adapter[]> {
  if (source.readTree) return (await readAllAdapterDetails(source)).map((d) => d.adapter);
  const out: Adapter[] = [];
  for (const id of await listAdapterIds(source)) {
    const root = await source.readValues(adapterKeyPath(id));
    if (root === null) continue;
    const data: AdapterKeyData = { id, root: byName(root), params: [], defined: new Set() };
    const count = (await source.listSubkeys(adapterParamsKeyPath(id)))?.length ?? 0;
    out.push(buildAdapter(id, data.root, await readConnectionName(source, data), count, source.provenance));
  }
  return out;
}

/** Read the two global switches; null for an absent value. */
export async function readGlobals(source: RegistrySource): Promise<Globals> {
  const tcpip = byName((await source.readValues(TCPIP_PARAMETERS_KEY)) ?? []);
  const ipsec = byName((await source.readValues(IPSEC_KEY)) ?? []);
  return { disableTaskOffload: dwordOf(tcpip, 'DisableTaskOffload'), ipsecEnabledOffload: dwordOf(ipsec, 'EnabledOffload') };
}
