/** What a change would add or clear, for `set --dry-run` and live feedback. */

import type { Finding, RuleReport } from './types';

/** Findings added and cleared between two reports. */
export interface FindingsDelta {
  readonly added: readonly Finding[];
  readonly cleared: readonly Finding[];
}

/** Identity of a finding across evaluations: its id plus its keywords (case-insensitive, order-free). */
export function findingKey(f: Finding): string {
  return `${f.id}|${f.keywords
    .map((k) => k.toLowerCase())
    .sort()
    .join(',')}`;
}

/** Compare two reports by finding id + keywords. */
export function findingsDelta(before: RuleReport, after: RuleReport): FindingsDelta {
  const beforeKeys = new Set(before.findings.map(findingKey));
  const afterKeys = new Set(after.findings.map(findingKey));
  return {
    added: after.findings.filter((f) => !beforeKeys.has(findingKey(f))),
    cleared: before.findings.filter((f) => !afterKeys.has(findingKey(f))),
  };
}
