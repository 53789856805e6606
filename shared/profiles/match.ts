/** Does a profile's `match` fit an adapter? Wildcards as PowerShell's -like: `*`, `?`, case-insensitive. */

import type { Adapter } from '../model/adapter';
import type { ProfileMatch } from './profile';

/**
 * `*` any run of characters, `?` one character, everything else literal, ignoring case. Matched by
 * the classic two-pointer walk (backtracking only to the last `*`), so a hostile pattern with many
 * stars costs at most pattern x text steps; a regular expression could take exponential time.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  const p = [...pattern.toLowerCase()];
  const t = [...text.toLowerCase()];
  let pi = 0;
  let ti = 0;
  let star = -1;
  let resume = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === t[ti]))) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      resume = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

function anyMatches(patterns: readonly string[] | undefined, text: string | null): boolean {
  if (patterns === undefined) return true;
  return text !== null && patterns.some((p) => wildcardMatch(p, text));
}

/** True when the adapter fits every list the match gives (no match: every adapter fits). */
export function profileMatches(match: ProfileMatch | undefined, adapter: Pick<Adapter, 'componentId' | 'description'>): boolean {
  if (!match) return true;
  return anyMatches(match.componentId, adapter.componentId) && anyMatches(match.description, adapter.description);
}

/** The match in words, for "this profile is for …" messages. */
export function describeMatch(match: ProfileMatch): string {
  const parts: string[] = [];
  if (match.componentId) parts.push(`ComponentId like ${match.componentId.map((p) => `"${p}"`).join(' or ')}`);
  if (match.description) parts.push(`description like ${match.description.map((p) => `"${p}"`).join(' or ')}`);
  return parts.join(' and ');
}
