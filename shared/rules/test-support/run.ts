/** Evaluate a scenario in tests. */

import { evaluateRules } from '../evaluate';
import type { Finding, RuleReport } from '../types';
import { makeDetails, NO_GLOBALS } from './make-details';
import type { RuleScenario } from './rule-cases';

/** The report of a scenario. */
export function run(scenario: RuleScenario): RuleReport {
  return evaluateRules({ details: makeDetails(scenario.spec, scenario.adapter), globals: { ...NO_GLOBALS, ...scenario.globals } });
}

/** Findings with this id. */
export function withId(report: RuleReport, id: string): Finding[] {
  return report.findings.filter((f) => f.id === id);
}
