/**
 * "Fix all": every finding's offered fix as one change set for one adapter. Findings are taken as
 * the engine orders them (errors first); for each, the first alternative that agrees with the
 * fixes already chosen is taken (fix-choice.ts), so no two fixes set one keyword to different
 * values. The rules then run again on the adapter as it would be: a fix can clear other findings or
 * raise new ones, which get their own turn (a few rounds at most). What is still found at the end
 * is said, not hidden.
 *
 * Information findings are left alone unless asked: their fixes are suggestions (turn off a
 * deprecated offload, drop keywords VMQ ignores), not repairs.
 */

import type { AdapterDetails, Globals } from '../model/adapter';
import { evaluateRules } from './evaluate';
import { firstCompatibleFix } from './fix-choice';
import { findingKey } from './findings-delta';
import type { Finding, FixAlternative, FixChange } from './types';
import { withChanges } from './with-changes';

/** A fix chosen for a finding. */
export interface ChosenFix {
  readonly finding: Finding;
  readonly fix: FixAlternative;
  /** 1-based position of the chosen alternative among the finding's alternatives. */
  readonly alternative: number;
  readonly alternatives: number;
}

/** A finding that offers fixes but gets none: each conflicts with a fix already chosen, or it is information only. */
export interface UnfixedFinding {
  readonly finding: Finding;
  readonly reason: 'conflict' | 'info';
}

export interface FixAllPlan {
  /** The change set: each keyword once. */
  readonly changes: readonly FixChange[];
  readonly chosen: readonly ChosenFix[];
  readonly unfixed: readonly UnfixedFinding[];
  /** The findings the adapter would still have with the changes made (any severity, fixable or not). */
  readonly remaining: readonly Finding[];
}

export interface FixAllOptions {
  /** Also apply the fixes of information findings. */
  readonly includeInfo?: boolean;
}

/** New changes re-run the rules; a handful of rounds settles every cascade the rules have. */
const MAX_ROUNDS = 5;

export function planFixAll(details: AdapterDetails, globals: Globals, options: FixAllOptions = {}): FixAllPlan {
  const changes: FixChange[] = [];
  const chosen: ChosenFix[] = [];
  const handled = new Set<string>();
  const unfixed = new Map<string, UnfixedFinding>();

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { findings } = evaluateRules({ details: changes.length > 0 ? withChanges(details, changes) : details, globals });
    let progress = false;
    for (const finding of findings) {
      const key = findingKey(finding);
      if (handled.has(key) || finding.fixes.length === 0) continue;
      if (finding.severity === 'info' && !options.includeInfo) {
        unfixed.set(key, { finding, reason: 'info' });
        continue;
      }
      const fix = firstCompatibleFix(finding, changes);
      if (!fix) {
        unfixed.set(key, { finding, reason: 'conflict' });
        continue;
      }
      handled.add(key);
      unfixed.delete(key);
      chosen.push({ finding, fix, alternative: finding.fixes.indexOf(fix) + 1, alternatives: finding.fixes.length });
      for (const c of fix.changes) {
        if (!changes.some((x) => x.keyword.toLowerCase() === c.keyword.toLowerCase())) changes.push(c);
      }
      progress = true;
    }
    if (!progress) break;
  }

  const remaining = evaluateRules({ details: changes.length > 0 ? withChanges(details, changes) : details, globals }).findings;
  const stillThere = new Set(remaining.map(findingKey));
  return {
    changes,
    chosen,
    // A finding that a later fix cleared is no longer "not fixed".
    unfixed: [...unfixed.values()].filter((u) => stillThere.has(findingKey(u.finding))),
    remaining,
  };
}
