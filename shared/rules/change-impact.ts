/**
 * What a change set does to the findings, per adapter: the rules run on each adapter as stored and
 * as it would be. One computation for `nicprops set --dry-run` and the app's review dialog.
 */

import type { AdapterDetails, Globals } from '../model/adapter';
import type { Change } from '../model/change-set';
import { evaluateRules } from './evaluate';
import { findingsDelta } from './findings-delta';
import type { Finding } from './types';
import { withChanges } from './with-changes';

/** Findings one adapter gains and loses. */
export interface AdapterImpact {
  readonly adapterId: string;
  readonly added: readonly Finding[];
  readonly cleared: readonly Finding[];
}

/** The globals after the global changes of a change set. */
export function globalsAfterChanges(globals: Globals, changes: readonly Change[]): Globals {
  let g = globals;
  for (const c of changes) {
    if (c.scope !== 'global') continue;
    g = c.name === 'DisableTaskOffload' ? { ...g, disableTaskOffload: c.value } : { ...g, ipsecEnabledOffload: c.value };
  }
  return g;
}

/** Findings added and cleared on each of `adapters` by `changes` (adapter changes match by id; globals affect all). */
export function findingsImpact(adapters: readonly AdapterDetails[], globals: Globals, changes: readonly Change[]): AdapterImpact[] {
  const after = globalsAfterChanges(globals, changes);
  return adapters.map((details) => {
    const own = changes.flatMap((c) => (c.scope === 'adapter' && c.adapterId === details.adapter.id ? [{ keyword: c.keyword, value: c.value }] : []));
    const before = evaluateRules({ details, globals });
    const next = evaluateRules({ details: own.length > 0 ? withChanges(details, own) : details, globals: after });
    return { adapterId: details.adapter.id, ...findingsDelta(before, next) };
  });
}

/** True when the change set adds an error-severity finding somewhere (the app asks once more before applying). */
export function addsError(impact: readonly AdapterImpact[]): boolean {
  return impact.some((a) => a.added.some((f) => f.severity === 'error'));
}
