/** Features that work only while some checksums are offloaded in one direction: R2, R3 (transmit), R11, R14 (receive). */

import type { AdapterView } from './adapter-view';
import { checksumState, directionOnFix, keywordsWithDirectionOff, type ChecksumProtocol, type IpVersion } from './checksum-state';
import { allOrNothing, alternatives, firstAllowed } from './fixes';
import type { RuleFinding } from './types';
import { doesOrDo, joinLabels } from './wording';

export interface ChecksumPrerequisite {
  readonly id: string;
  readonly feature: string;
  readonly needs: readonly [ChecksumProtocol, IpVersion][];
  /** What follows "X is on, but Y does not transmit: " in the message. */
  readonly consequence: string;
}

/**
 * One finding per rule whose feature is on while a checksum it needs is off in `direction`.
 * Two fixes: turn that direction back on (keeping the other), or turn the feature off (what a QA engineer
 * testing with checksum offload off wants).
 */
export function checksumPrerequisiteFindings(
  view: AdapterView,
  rules: readonly ChecksumPrerequisite[],
  direction: 'tx' | 'rx',
  out: RuleFinding[],
  skip: (rule: ChecksumPrerequisite) => boolean = () => false,
): void {
  for (const rule of rules) {
    if (!view.isOn(rule.feature) || skip(rule)) continue;
    const off: string[] = [];
    for (const [protocol, ip] of rule.needs) {
      const state = checksumState(view, protocol, ip);
      if (state[direction] === 'off') off.push(...keywordsWithDirectionOff(view, state.sources, direction));
    }
    if (off.length === 0) continue;
    const offKeywords = [...new Set(off)];
    const labels = offKeywords.map((kw) => view.label(kw));
    out.push({
      id: rule.id,
      severity: 'warning',
      keywords: [view.name(rule.feature), ...offKeywords],
      message: `${view.label(rule.feature)} is on, but ${joinLabels(labels)} ${doesOrDo(labels)} not ${direction === 'tx' ? 'transmit' : 'receive'}: ${rule.consequence}`,
      fixes: alternatives(view, directionOnFix(view, offKeywords, direction), allOrNothing([firstAllowed(view, rule.feature, ['0'])])),
    });
  }
}
