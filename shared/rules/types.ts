/** What the rules engine takes and yields (design.md, "Rules"). */

import type { AdapterDetails, Globals } from '../model/adapter';

export type Severity = 'error' | 'warning' | 'info';

/** One change a fix proposes for the same adapter; value null means Not Present. */
export interface FixChange {
  readonly keyword: string;
  readonly value: string | null;
}

/** One finding about an adapter's configuration. */
export interface Finding {
  /** The rule's number in reference §4: "R3", or "R16.a" for one of several findings of a rule. */
  readonly id: string;
  readonly severity: Severity;
  /** Keywords involved, so the UI can mark their rows. */
  readonly keywords: readonly string[];
  /** A sentence a support person can read aloud. */
  readonly message: string;
  /** A proposed change set for this adapter, or null when none can be offered. */
  readonly fix: readonly FixChange[] | null;
}

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
