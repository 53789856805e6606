/** Live rule feedback: the same shared/rules code main uses, run on the adapter with pending edits applied. */

import type { AdapterDetails, Globals } from '../../shared/model/adapter';
import { evaluateRules } from '../../shared/rules/evaluate';
import { withChanges } from '../../shared/rules/with-changes';
import type { FixChange, RuleReport } from '../../shared/rules/types';

export const EMPTY_REPORT: RuleReport = { findings: [], effective: [], lint: [] };

/** Findings, effective state and metadata lint for `details` as it will be after `edits`. */
export function liveReport(details: AdapterDetails, globals: Globals, edits: readonly FixChange[]): RuleReport {
  try {
    return evaluateRules({ details: edits.length > 0 ? withChanges(details, edits) : details, globals });
  } catch {
    // A rules bug must not take the page down; the back end enforces on Apply anyway.
    return EMPTY_REPORT;
  }
}
