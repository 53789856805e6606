/** A rule finding in the terminal: the sentence, its fix alternatives, then where the rule comes from. */

import { confidenceText } from '../../shared/rules/rule-sources';
import type { Finding, FixChange } from '../../shared/rules/types';

function changesText(changes: readonly FixChange[]): string {
  return changes.map((c) => `${c.keyword}=${c.value ?? '(Not Present)'}`).join(' ');
}

/**
 * Lines for one finding: `head` starts the first line (e.g. "  WARNING "), the rest are indented to
 * match. Each fix alternative shows its words and the exact values it sets.
 */
export function findingLines(f: Finding, head: string): string[] {
  const pad = ' '.repeat(head.length);
  const lines = [`${head}${f.message}`];
  f.fixes.forEach((alt, i) => lines.push(`${pad}${i === 0 ? 'fix:' : 'or: '} ${alt.label}  [${changesText(alt.changes)}]`));
  lines.push(`${pad}${f.id} · ${confidenceText(f.details)}`);
  return lines;
}
