/** The combination-rules engine: findings, effective state and metadata lint for one adapter. */

export type { Confidence, EffectiveFeature, Finding, FindingDetails, FixAlternative, FixChange, LintFinding, RuleInput, RuleReport, Severity } from './types';
export { changesConflict, firstCompatibleFix } from './fix-choice';
export { confidenceText, ruleDetails } from './rule-sources';
export { evaluateRules, hasErrors } from './evaluate';
export { findingKey, findingsDelta, type FindingsDelta } from './findings-delta';
export { withChanges } from './with-changes';
export { RECEIVE_TABLE, activeReceiveInterface, type ReceiveDecision, type ReceiveInterface, type ReceiveRow, type ReceiveValues } from './receive-table';
export { QOS_VLAN_TABLE, priorityVlanEffective, type PriorityVlanState, type QosRow } from './qos-table';
export { checkValue, parseNumber, type ValueCheck } from './value-check';
