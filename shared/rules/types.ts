/** What the rules engine takes and yields (design.md, "Rules"). */

import type { AdapterDetails, Globals } from '../model/adapter';

export type Severity = 'error' | 'warning' | 'info';

/** One change a fix proposes for the same adapter; value null means Not Present. */
export interface FixChange {
  readonly keyword: string;
  readonly value: string | null;
}

/** One way to resolve a finding: a change set for the same adapter, with words for its button. */
export interface FixAlternative {
  /** What it does, for a button: "Set TCP Checksum Offload (IPv4) to Rx & Tx Enabled", "Turn Large Send Offload V2 (IPv4) off". */
  readonly label: string;
  readonly changes: readonly FixChange[];
}

/** How sure the project is of a rule (reference tags [C], [D], [U]). */
export type Confidence = 'documented' | 'derived' | 'unconfirmed';

/** Where a rule comes from: for a details line or tooltip, never the main sentence. */
export interface FindingDetails {
  /** The Microsoft page (or other source) the rule rests on. */
  readonly source: string;
  /** documented: stated by Microsoft; derived: this project's reading of it; unconfirmed: not found in the documentation. */
  readonly confidence: Confidence;
}

/** One finding about an adapter's configuration. */
export interface Finding {
  /** The rule's number in reference §4: "R3", or "R16.a" for one of several findings of a rule. */
  readonly id: string;
  readonly severity: Severity;
  /** Keywords involved, so the UI can mark their rows. */
  readonly keywords: readonly string[];
  /** A sentence a support person can read aloud: no rule ids, no provenance (that is in `details`). */
  readonly message: string;
  readonly details: FindingDetails;
  /**
   * Alternative remedies, the one that keeps most working first (e.g. turn checksum Tx back on, then
   * turn LSO off); empty when none can be offered. Pick one: they are not meant to be combined.
   */
  readonly fixes: readonly FixAlternative[];
}

/** What a rule module pushes: the engine adds `details` from the rule's source (rule-sources.ts). */
export type RuleFinding = Omit<Finding, 'details'>;

/** Requested (registry) vs effective state of one feature, ethtool -k style. */
export interface EffectiveFeature {
  /** For people: "LSOv2 IPv4", "TCP checksum IPv4", "RSS". */
  readonly feature: string;
  readonly keywords: readonly string[];
  /** What the registry asks for, in words: "on", "off", "Rx & Tx", "absent". */
  readonly requested: string;
  readonly effective: string;
  /** Why effective differs from requested; null when they agree. */
  readonly reason: string | null;
}

/** A finding about the driver's own Ndi\params metadata (for driver QA); never blocks. */
export interface LintFinding {
  readonly id: string;
  readonly severity: Exclude<Severity, 'error'> | 'error';
  readonly keywords: readonly string[];
  readonly message: string;
}

/** Everything the engine says about one adapter. */
export interface RuleReport {
  readonly findings: readonly Finding[];
  readonly effective: readonly EffectiveFeature[];
  readonly lint: readonly LintFinding[];
}

/** Input: one adapter as read (effective values on each property) plus the globals. */
export interface RuleInput {
  readonly details: AdapterDetails;
  readonly globals: Globals;
}
