/**
 * Turn a change set into registry writes: check every change against the addressed adapter's
 * own metadata (or the documented values of a global) and say where and what to write.
 * Nothing is written here.
 */

import type { AdapterDetails } from '../../shared/model/adapter';
import type { Change, GlobalName } from '../../shared/model/change-set';
import { changeTargetKey } from '../../shared/model/change-set';
import { adapterKeyPath, IPSEC_KEY, TCPIP_PARAMETERS_KEY } from '../../shared/model/registry-paths';
import type { RegistryValue } from '../../shared/model/registry-value';
import { displayName, validateValue } from '../../shared/model/validate-value';
import type { RegistrySource } from '../sources/registry-source';
import { readAdapterDetails } from './adapter-reader';
import { ApplyError } from './apply-error';
import { isInstanceInfoValue } from './instance-values';

/** One registry write a change resolves to. `value` null deletes the value. */
export interface PlannedWrite {
  /** The change as normalised (enum value spelled as the driver does, number in its base). */
  readonly change: Change;
  readonly path: string;
  readonly name: string;
  readonly value: RegistryValue | null;
  /** A name for people: "Jumbo Packet (*JumboPacket) on Ethernet". */
  readonly description: string;
  /**
   * Whether the key may be created when missing: only for the globals' service keys. An adapter's
   * instance key that vanished is not re-created as an empty key; the write fails instead.
   */
  readonly createKey: boolean;
}

const GLOBAL_LOCATIONS: Readonly<Record<GlobalName, { path: string; label: string }>> = {
  DisableTaskOffload: { path: TCPIP_PARAMETERS_KEY, label: 'DisableTaskOffload (all adapters)' },
  EnabledOffload: { path: IPSEC_KEY, label: 'IPsec EnabledOffload (all adapters)' },
};

/** Where a global switch lives. */
export function globalLocation(name: GlobalName): { path: string; label: string } {
  return GLOBAL_LOCATIONS[name];
}

/** Short name of an adapter for messages: its connection name, else its description, else its id. */
export function adapterName(details: AdapterDetails): string {
  const a = details.adapter;
  return a.connectionName ?? a.description ?? `adapter ${a.id}`;
}

/**
 * Validate a change set and plan its writes. Throws ApplyError('validation' | 'not-found')
 * listing every problem at once, so a person can fix them all in one go.
 */
export async function planWrites(source: RegistrySource, changes: readonly Change[]): Promise<PlannedWrite[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  const adapters = new Map<string, AdapterDetails | null>();
  const planned: PlannedWrite[] = [];
  let missingAdapter = false;

  for (const change of changes) {
    const key = changeTargetKey(change).toLowerCase();
    if (seen.has(key)) {
      problems.push(`${change.scope === 'adapter' ? change.keyword : change.name} is changed twice in one change set.`);
      continue;
    }
    seen.add(key);

    if (change.scope === 'global') {
      const where = GLOBAL_LOCATIONS[change.name];
      planned.push({
        change,
        path: where.path,
        name: change.name,
        value: change.value === null ? null : { type: 'REG_DWORD', data: change.value },
        description: where.label,
        createKey: true,
      });
      continue;
    }

    if (!adapters.has(change.adapterId)) adapters.set(change.adapterId, await readAdapterDetails(source, change.adapterId));
    const details = adapters.get(change.adapterId);
    if (!details) {
      problems.push(`Adapter ${change.adapterId} does not exist in ${source.label}.`);
      missingAdapter = true;
      continue;
    }
    const where = adapterName(details);
    const lower = change.keyword.toLowerCase();
    if (isInstanceInfoValue(change.keyword)) {
      problems.push(`${change.keyword} on ${where} describes the driver installation and is never changed by this tool.`);
      continue;
    }
    const property = details.properties.find((p) => p.keyword.toLowerCase() === lower);
    if (property) {
      const check = validateValue(property, change.value);
      if (!check.ok) {
        problems.push(`${check.message} (${property.keyword} on ${where})`);
        continue;
      }
      planned.push({
        change: { ...change, keyword: property.keyword, value: check.value },
        path: adapterKeyPath(details.adapter.id),
        name: property.keyword,
        // Windows stores every Advanced-page value as REG_SZ text, numbers included (reference §2.4).
        value: check.value === null ? null : { type: 'REG_SZ', data: check.value },
        description: `${displayName(property)} (${property.keyword}) on ${where}`,
        createKey: false,
      });
      continue;
    }
    const registryOnly = details.registryOnly.find((r) => r.keyword.toLowerCase() === lower);
    if (registryOnly) {
      // No metadata to check against: keep the value's own type where the text fits it.
      const value: RegistryValue | null =
        change.value === null
          ? null
          : registryOnly.type === 'REG_DWORD' && /^\d+$/.test(change.value) && Number(change.value) <= 0xffffffff
            ? { type: 'REG_DWORD', data: Number(change.value) }
            : { type: 'REG_SZ', data: change.value };
      planned.push({
        change: { ...change, keyword: registryOnly.keyword },
        path: adapterKeyPath(details.adapter.id),
        name: registryOnly.keyword,
        value,
        description: `${registryOnly.keyword} (registry-only) on ${where}`,
        createKey: false,
      });
      continue;
    }
    problems.push(`${change.keyword} is not a keyword of ${where}: the driver does not define it in Ndi\\params and it is not stored.`);
  }

  if (problems.length > 0) {
    const code = missingAdapter && problems.length === 1 ? 'not-found' : 'validation';
    throw new ApplyError(code, problems.length === 1 ? problems[0]! : `${problems.length} changes cannot be applied; nothing was written.`, problems);
  }
  return planned;
}

/** Read the value a write targets, as stored now (null = absent). */
export async function readCurrent(source: RegistrySource, path: string, name: string): Promise<RegistryValue | null> {
  const values = await source.readValues(path);
  const lower = name.toLowerCase();
  const entry = values?.find((v) => v.name.toLowerCase() === lower);
  return entry ? entry.value : null;
}
