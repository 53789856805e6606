/** Apply a change set to an adapter in memory: what the rules would see after `set` (used by dry runs and tests). */

import type { AdapterDetails, Property, RegistryOnlyValue } from '../model/adapter';
import type { FixChange } from './types';
import { checkValue } from './value-check';

function changedProperty(p: Property, value: string | null): Property {
  if (value === null) {
    // Not Present: the stored value is deleted and the Default applies again (reference §2.5).
    return { ...p, stored: null, effective: p.default, status: 'not-set', statusMessage: null };
  }
  const check = checkValue(p, value);
  return { ...p, stored: { type: 'REG_SZ', data: value }, effective: value, status: check.status, statusMessage: check.message };
}

/**
 * The adapter with the given keywords changed (value null = Not Present / deleted).
 *
 * Properties keep their metadata and get a REG_SZ stored value with a recomputed status; registry-only
 * values are replaced or removed; a keyword the adapter does not have is added as registry-only REG_SZ.
 */
export function withChanges(details: AdapterDetails, changes: readonly FixChange[]): AdapterDetails {
  const byKeyword = new Map<string, string | null>();
  for (const c of changes) byKeyword.set(c.keyword.toLowerCase(), c.value);
  const seen = new Set<string>();

  const properties = details.properties.map((p) => {
    const key = p.keyword.toLowerCase();
    if (!byKeyword.has(key)) return p;
    seen.add(key);
    return changedProperty(p, byKeyword.get(key) ?? null);
  });

  const registryOnly: RegistryOnlyValue[] = [];
  for (const r of details.registryOnly) {
    const key = r.keyword.toLowerCase();
    if (!byKeyword.has(key) || seen.has(key)) {
      registryOnly.push(r);
      continue;
    }
    seen.add(key);
    const value = byKeyword.get(key) ?? null;
    if (value !== null) registryOnly.push({ keyword: r.keyword, type: 'REG_SZ', data: value });
  }
  for (const c of changes) {
    const key = c.keyword.toLowerCase();
    if (seen.has(key) || c.value === null) continue;
    seen.add(key);
    registryOnly.push({ keyword: c.keyword, type: 'REG_SZ', data: c.value });
  }
  return { ...details, properties, registryOnly };
}
