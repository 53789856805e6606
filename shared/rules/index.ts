/** The combination-rules engine: findings, effective state and metadata lint for one adapter. */

export type { EffectiveFeature, Finding, FixChange, LintFinding, RuleInput, RuleReport, Severity } from './types';
export { evaluateRules, hasErrors } from './evaluate';
export { findingKey, findingsDelta, type FindingsDelta } from './findings-delta';
export { withChanges } from './with-changes';
export { RECEIVE_TABLE, activeReceiveInterface, type ReceiveDecision, type ReceiveInterface, type ReceiveRow, type ReceiveValues } from './receive-table';
export { QOS_VLAN_TABLE, priorityVlanEffective, type PriorityVlanState, type QosRow } from './qos-table';
export { checkValue, parseNumber, type ValueCheck } from './value-check';
