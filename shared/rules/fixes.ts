/** Building fixes that only use values the adapter's metadata allows. */

import { catalogEntry } from '../catalog/catalog';
import type { AdapterView } from './adapter-view';
import { fixLabel } from './fix-labels';
import type { FixAlternative, FixChange } from './types';
import { checkValue } from './value-check';

/** Effective value the keyword would have after setting `value` (null = delete: Default applies). */
export function valueAfter(view: AdapterView, keyword: string, value: string | null): string | null {
  if (value !== null) return value;
  return view.slot(keyword)?.property?.default ?? null;
}

/** True when the adapter accepts this value for the keyword (enum option present / in range / deletable). */
export function isAllowed(view: AdapterView, keyword: string, value: string | null): boolean {
  const slot = view.slot(keyword);
  if (!slot) return false; // writes are only accepted for keywords the adapter defines or stores
  const p = slot.property;
  if (p) {
    if (value === null) return p.optional || p.default !== null; // Not Present, or reset to Default
    return checkValue(p, value).status === 'ok';
  }
  if (value === null) return true; // registry-only: deleting it is always possible
  const documented = catalogEntry(keyword)?.values;
  return !documented || documented.length === 0 || documented.some((v) => v.value === value);
}

/** The first candidate the adapter allows (and, when given, whose resulting value `accept`s), as a change. */
export function firstAllowed(
  view: AdapterView,
  keyword: string,
  candidates: readonly (string | null)[],
  accept?: (after: string | null) => boolean,
): FixChange | null {
  for (const value of candidates) {
    if (!isAllowed(view, keyword, value)) continue;
    if (accept && !accept(valueAfter(view, keyword, value))) continue;
    return { keyword: view.name(keyword), value };
  }
  return null;
}

/** All parts or nothing: a fix is offered only when every needed change is allowed. */
export function allOrNothing(parts: readonly (FixChange | null)[]): FixChange[] | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return parts as FixChange[];
}

/**
 * A finding's alternatives from candidate change sets, best first: the ones that could not be built
 * (null, empty) and repeats of an earlier one are left out; each gets its button text.
 */
export function alternatives(view: AdapterView, ...candidates: readonly (readonly FixChange[] | null)[]): FixAlternative[] {
  const out: FixAlternative[] = [];
  for (const changes of candidates) {
    if (!changes || changes.length === 0 || out.some((alt) => sameChanges(alt.changes, changes))) continue;
    out.push({ label: fixLabel(view, changes), changes });
  }
  return out;
}

function sameChanges(a: readonly FixChange[], b: readonly FixChange[]): boolean {
  return a.length === b.length && a.every((c, i) => c.value === b[i]!.value && c.keyword.toLowerCase() === b[i]!.keyword.toLowerCase());
}
