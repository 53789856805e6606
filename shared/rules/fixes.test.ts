import { describe, expect, it } from 'vitest';
import { evaluateRules } from './evaluate';
import { findingKey, findingsDelta } from './findings-delta';
import { makeDetails, NO_GLOBALS } from './test-support/make-details';
import { RULE_CASES } from './test-support/rule-cases';
import { withChanges } from './with-changes';

describe('applying each offered fix alternative clears its finding without creating a new error', () => {
  for (const c of RULE_CASES) {
    const details = makeDetails(c.positive.spec, c.positive.adapter);
    const globals = { ...NO_GLOBALS, ...c.positive.globals };
    const before = evaluateRules({ details, globals });
    for (const finding of before.findings) {
      for (const fix of finding.fixes) {
        it(`${c.id} scenario: "${fix.label}" for ${finding.id} (${fix.changes.map((x) => `${x.keyword}=${x.value ?? 'Not Present'}`).join(', ')})`, () => {
          const changed = withChanges(details, fix.changes);
          const after = evaluateRules({ details: changed, globals });
          expect(after.findings.map(findingKey)).not.toContain(findingKey(finding));
          expect(findingsDelta(before, after).added.filter((f) => f.severity === 'error')).toEqual([]);
          // A fix only uses values the metadata allows.
          for (const change of fix.changes) {
            const p = changed.properties.find((x) => x.keyword.toLowerCase() === change.keyword.toLowerCase());
            if (p) expect(['ok', 'not-set']).toContain(p.status);
          }
        });
      }
    }
  }
});
