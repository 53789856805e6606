/** The rules engine entry point: one adapter (plus the globals) in, findings / effective state / lint out. */

import { AdapterView } from './adapter-view';
import { checksumLsoRules } from './checksum-lso';
import { effectiveState } from './effective-state';
import { encapsulationRules } from './encapsulation';
import { globalsRules } from './globals';
import { identityRules } from './identity';
import { ipsecRules } from './ipsec';
import { lintMetadata } from './lint';
import { linkPowerRules } from './link-power';
import { qosVlanRules } from './qos-vlan';
import { rdmaRules } from './rdma';
import { rscUroRules } from './rsc-uro-uso';
import { rssVmqSriovRules } from './rss-vmq-sriov';
import { ruleDetails } from './rule-sources';
import type { Finding, RuleFinding, RuleInput, RuleReport, Severity } from './types';
import { validationRules } from './validation';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Evaluate every rule for one adapter: a pure function of its effective values, metadata and the globals. */
export function evaluateRules(input: RuleInput): RuleReport {
  const view = new AdapterView(input.details, input.globals);
  const raw: RuleFinding[] = [];
  checksumLsoRules(view, raw);
  ipsecRules(view, raw);
  rscUroRules(view, raw);
  rssVmqSriovRules(view, raw);
  qosVlanRules(view, raw);
  linkPowerRules(view, raw);
  rdmaRules(view, raw);
  encapsulationRules(view, raw);
  identityRules(view, raw);
  globalsRules(view, raw);
  validationRules(view, raw); // last: it skips keywords a specific rule already explained
  // One object shape for every finding (no spread): this runs for every adapter on every edit.
  const findings: Finding[] = raw.map((f) => ({
    id: f.id,
    severity: f.severity,
    keywords: f.keywords,
    message: f.message,
    details: ruleDetails(f.id),
    fixes: f.fixes,
  }));
  // Stable sort: errors first, rule order within a severity.
  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { findings, effective: effectiveState(view), lint: lintMetadata(view) };
}

/** True when any finding is an error (for `nicprops check` exit codes). */
export function hasErrors(report: RuleReport): boolean {
  return report.findings.some((f) => f.severity === 'error');
}
