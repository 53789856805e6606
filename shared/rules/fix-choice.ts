/** Choosing among a finding's fix alternatives when several fixes are applied together ("Fix all"). */

import type { Finding, FixAlternative, FixChange } from './types';

/** True when the two change sets set some keyword (case-insensitively) to different values. */
export function changesConflict(a: readonly FixChange[], b: readonly FixChange[]): boolean {
  const values = new Map(a.map((c) => [c.keyword.toLowerCase(), c.value]));
  return b.some((c) => {
    const key = c.keyword.toLowerCase();
    return values.has(key) && values.get(key) !== c.value;
  });
}

/** The finding's first alternative that agrees with the changes already chosen, or null when every one conflicts (or there is none). */
export function firstCompatibleFix(finding: Pick<Finding, 'fixes'>, chosen: readonly FixChange[]): FixAlternative | null {
  return finding.fixes.find((alt) => !changesConflict(chosen, alt.changes)) ?? null;
}
