/**
 * The one definition of "how many problems": counted from the live report (pending changes
 * included), by severity. The adapter chip, the Findings header and the row icons all use it.
 */

import type { AdapterSummary } from '../../shared/ipc/contract';
import type { Finding, RuleReport, Severity } from '../../shared/rules/types';

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  /** Informational findings ("notes"): listed, but not counted as problems. */
  readonly notes: number;
}

export const NO_COUNTS: FindingCounts = { errors: 0, warnings: 0, notes: 0 };

export function countFindings(findings: readonly Pick<Finding, 'severity'>[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notes++;
  }
  return { errors, warnings, notes };
}

/**
 * Counts of one adapter: from its live report when its details are loaded (pending changes
 * included), else from the list's counts, which the back end computed the same way without edits.
 */
export function adapterCounts(summary: Pick<AdapterSummary, 'errorCount' | 'warningCount'>, report: RuleReport | null): FindingCounts {
  if (!report) return { errors: summary.errorCount, warnings: summary.warningCount, notes: 0 };
  // One counts object per report, so a memoised adapter row re-renders only when its own counts change.
  let counts = countsByReport.get(report);
  if (!counts) {
    counts = countFindings(report.findings);
    countsByReport.set(report, counts);
  }
  return counts;
}

const countsByReport = new WeakMap<RuleReport, FindingCounts>();

/** "1 error, 2 warnings" (notes left out); "" when there is neither. */
export function countsText(c: FindingCounts): string {
  return [c.errors > 0 ? `${c.errors} error${c.errors === 1 ? '' : 's'}` : '', c.warnings > 0 ? `${c.warnings} warning${c.warnings === 1 ? '' : 's'}` : '']
    .filter(Boolean)
    .join(', ');
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Worst severity among findings, or null when there are none. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) if (worst === null || RANK[f.severity] > RANK[worst]) worst = f.severity;
  return worst;
}

/** Findings per keyword (case-insensitive), for row icons and the editor. */
export function findingsByKeyword(report: RuleReport): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of report.findings) {
    for (const k of f.keywords) {
      const key = k.toLowerCase();
      const list = m.get(key);
      if (list) list.push(f);
      else m.set(key, [f]);
    }
  }
  return m;
}
