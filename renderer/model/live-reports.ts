/**
 * Rule reports for adapters as they will be after the pending edits: the same shared/rules code
 * main uses. Cached per adapter, so an edit on one adapter re-evaluates only that one.
 */

import type { AdapterDetails, Globals } from '../../shared/model/adapter';
import type { FixChange, RuleReport } from '../../shared/rules/types';
import { liveReport } from './rules-bridge';

interface Cached {
  readonly globals: Globals;
  readonly editsKey: string;
  readonly report: RuleReport;
}

const cache = new WeakMap<AdapterDetails, Cached>();

function keyOf(edits: readonly FixChange[]): string {
  return edits.map((e) => `${e.keyword}\u0000${e.value ?? '\u0001'}`).join('\u0002');
}

/** The live report of one adapter; computed again only when its details, the globals or its edits change. */
export function cachedLiveReport(details: AdapterDetails, globals: Globals, edits: readonly FixChange[]): RuleReport {
  const editsKey = keyOf(edits);
  const hit = cache.get(details);
  if (hit && hit.globals === globals && hit.editsKey === editsKey) return hit.report;
  const report = liveReport(details, globals, edits);
  cache.set(details, { globals, editsKey, report });
  return report;
}
