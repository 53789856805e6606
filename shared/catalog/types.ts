/** Types of the keyword catalog: what Microsoft documents about each standardized keyword (reference §3). */

/** Groups for the UI and the CLI, in the order of `CATEGORY_ORDER`. */
export type KeywordCategory =
  | 'checksum'
  | 'lso'
  | 'ipsec'
  | 'rsc-uro-uso'
  | 'encapsulation'
  | 'rss'
  | 'vmq-sriov-vmmq'
  | 'qos-vlan'
  | 'link'
  | 'power'
  | 'buffers-jumbo'
  | 'rdma'
  | 'timestamping'
  | 'identity-hidden'
  | 'other';

/** How the documentation classifies a keyword: an Advanced-page control kind, or hidden (never in the UI). */
export type KeywordKind = 'enum' | 'int' | 'edit' | 'hidden';

/** How sure the reference is about an entry ([C] official, [D] derived, [3P] third party, [U] unconfirmed). */
export type Confidence = 'C' | 'D' | '3P' | 'U';

/** One documented value of a keyword and what it means. */
export interface CatalogValue {
  /** The value stored in the registry, e.g. "3". */
  readonly value: string;
  /** Microsoft's reference text for it, e.g. "Rx & Tx Enabled". */
  readonly meaning: string;
}

/** A documented numeric range; null bounds are IHV-defined. */
export interface CatalogRange {
  readonly min: number | null;
  readonly max: number | null;
  readonly step: number | null;
}

/** What the documentation says about one standardized keyword. */
export interface CatalogEntry {
  /** Registry name as documented, e.g. "*LsoV2IPv4". */
  readonly keyword: string;
  /** Microsoft's reference ParamDesc; drivers may use other text. Null for keywords with no UI. */
  readonly label: string | null;
  readonly category: KeywordCategory;
  readonly kind: KeywordKind;
  /** Documented values in documented order; empty for numeric/edit keywords. */
  readonly values: readonly CatalogValue[];
  /** Documented default; null when IHV-defined or not stated. */
  readonly defaultValue: string | null;
  /** Other documented defaults (e.g. *FlowControl: server 0, client 3). */
  readonly alternateDefaults: readonly string[];
  readonly range: CatalogRange | null;
  /** Grouped (one keyword for all transports of an IP version) or granular checksum keyword; null otherwise. */
  readonly grouping: 'grouped' | 'granular' | null;
  readonly deprecated: boolean;
  /** Must not appear in Ndi\params or the Advanced page. */
  readonly hidden: boolean;
  /** Must have a value (Optional=1 is wrong for it). */
  readonly mustBePresent: boolean;
  readonly confidence: Confidence;
  /** NDIS / Windows version that introduced it, when documented. */
  readonly since: string | null;
  /** Plain-language explanation: what it does, when people turn it off, what it costs. */
  readonly explanation: string;
  /** Extra facts worth showing (documentation gaps, scope). */
  readonly notes: string | null;
  /** Rule numbers of reference §4 that involve this keyword. */
  readonly rules: readonly string[];
}
