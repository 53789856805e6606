/**
 * Seeded random change sets for the soak: what a driver QA engineer's day looks like (enum
 * toggles, numbers, free text, Not Present, the two globals, a whole-adapter reset), with the
 * occasional value the driver would refuse. Pure: the same seed gives the same run.
 */

import type { AdapterDetails, Property } from '../../../shared/model/adapter';
import type { AdapterChange, Change } from '../../../shared/model/change-set';
import { formatNumericValue } from '../../../shared/model/numeric';
import { numericBounds, validateValue } from '../../../shared/model/validate-value';

/** mulberry32: small, fast, good enough to drive a test; the state is one 32-bit number. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
  };
}

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** Text a person might type into an edit property, including characters that need care in `.reg` and on command lines. */
const TEXT_CHARS = 'ABCDEF0123456789abcxyz -_.:"\\/%&üéÆ€';

function randomText(r: Random, maxLength: number): string {
  const length = r.int(0, Math.max(0, Math.min(maxLength, 16)));
  let s = '';
  for (let i = 0; i < length; i++) s += r.pick([...TEXT_CHARS]);
  return s;
}

/** A value the property accepts (null = Not Present where optional), or now and then one it refuses. */
function randomValue(r: Random, p: Property): string | null {
  if (p.optional && r.chance(0.2)) return null;
  if (r.chance(0.03)) return r.pick(['not-a-value', '-1', '99999999999', 'x'.repeat(5000)]);
  if (p.type === 'enum') return p.options.length ? r.pick(p.options).value : 'no-options';
  if (p.type === 'edit' || p.type === null) return randomText(r, p.limitText ?? 32);
  const [min, max] = numericBounds(p);
  const step = p.step && p.step > 0 ? p.step : 1;
  const span = Math.floor((Math.min(max, min + 1_000_000) - min) / step);
  return formatNumericValue(min + step * r.int(0, Math.max(0, span)), p.base);
}

/** Whether the driver's metadata accepts the value (the service checks again; this only sorts expectations). */
export function isAccepted(details: readonly AdapterDetails[], change: Change): boolean {
  if (change.scope === 'global') return true;
  const d = details.find((x) => x.adapter.id === change.adapterId);
  const p = d?.properties.find((x) => x.keyword.toLowerCase() === change.keyword.toLowerCase());
  if (p) return validateValue(p, change.value).ok;
  return d?.registryOnly.some((x) => x.keyword.toLowerCase() === change.keyword.toLowerCase()) ?? false;
}

/** Every property back to the driver's default, as `nicprops reset` plans it. */
export function resetChanges(d: AdapterDetails): AdapterChange[] {
  const out: AdapterChange[] = [];
  for (const p of d.properties) {
    const target = p.default ?? (p.optional ? null : undefined);
    if (target === undefined) continue;
    const current = p.stored === null ? null : String(p.stored.data);
    if (current !== target) out.push({ scope: 'adapter', adapterId: d.adapter.id, keyword: p.keyword, value: target });
  }
  return out;
}

/**
 * One random change set against the adapters as they are now: never empty (the CLI and the app
 * apply nothing for an empty one), never two changes to one target.
 */
export function randomChangeSet(r: Random, details: readonly AdapterDetails[]): { kind: 'set' | 'reset'; changes: Change[] } {
  if (r.chance(0.08)) {
    const changes = resetChanges(r.pick(details));
    if (changes.length > 0) return { kind: 'reset', changes };
  }
  const changes: Change[] = [];
  const seen = new Set<string>();
  const count = r.int(1, r.chance(0.2) ? 20 : 6);
  for (let i = 0; i < count || changes.length === 0; i++) {
    if (r.chance(0.08)) {
      const name = r.pick(['DisableTaskOffload', 'EnabledOffload'] as const);
      if (seen.has(name)) continue;
      seen.add(name);
      changes.push({ scope: 'global', name, value: r.pick([0, 1, 1, 0, null] as const) });
      continue;
    }
    const d = r.pick(details);
    const registryOnly = d.registryOnly.filter((x) => x.type === 'REG_SZ' || x.type === 'REG_DWORD');
    if (registryOnly.length > 0 && r.chance(0.05)) {
      const x = r.pick(registryOnly);
      const key = `${d.adapter.id}\\${x.keyword.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      changes.push({ scope: 'adapter', adapterId: d.adapter.id, keyword: x.keyword, value: String(r.int(0, 9)) });
      continue;
    }
    if (d.properties.length === 0) continue;
    const p = r.pick(d.properties);
    const key = `${d.adapter.id}\\${p.keyword.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push({ scope: 'adapter', adapterId: d.adapter.id, keyword: p.keyword, value: randomValue(r, p) });
  }
  return { kind: 'set', changes };
}
