/** The whole keyword catalog and case-insensitive lookup. */

import { CATEGORY_ORDER } from './categories';
import { COALESCING_KEYWORDS, ENCAPSULATION_KEYWORDS } from './coalescing-encapsulation-keywords';
import { IDENTITY_KEYWORDS } from './identity-keywords';
import { BUFFER_KEYWORDS, LINK_KEYWORDS, OTHER_KEYWORDS, QOS_VLAN_KEYWORDS } from './link-qos-buffer-keywords';
import { CHECKSUM_KEYWORDS, CHIMNEY_KEYWORDS, IPSEC_KEYWORDS, LSO_KEYWORDS } from './offload-keywords';
import { POWER_KEYWORDS, RDMA_KEYWORDS, TIMESTAMP_KEYWORDS } from './rdma-power-timestamp-keywords';
import { RSS_KEYWORDS, VIRTUALIZATION_KEYWORDS } from './scaling-keywords';
import type { CatalogEntry, KeywordCategory } from './types';

/** Every standardized keyword of reference §3, grouped by category in CATEGORY_ORDER. */
export const CATALOG: readonly CatalogEntry[] = [
  ...LINK_KEYWORDS,
  ...CHECKSUM_KEYWORDS,
  ...LSO_KEYWORDS,
  ...COALESCING_KEYWORDS,
  ...ENCAPSULATION_KEYWORDS,
  ...IPSEC_KEYWORDS,
  ...RSS_KEYWORDS,
  ...VIRTUALIZATION_KEYWORDS,
  ...QOS_VLAN_KEYWORDS,
  ...RDMA_KEYWORDS,
  ...BUFFER_KEYWORDS,
  ...POWER_KEYWORDS,
  ...TIMESTAMP_KEYWORDS,
  ...OTHER_KEYWORDS,
  ...CHIMNEY_KEYWORDS,
  ...IDENTITY_KEYWORDS,
].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));

// Registry value names are case-insensitive, and drivers spell some differently (*RSSMaxProcGroup).
const BY_KEYWORD: ReadonlyMap<string, CatalogEntry> = new Map(CATALOG.map((e) => [e.keyword.toLowerCase(), e]));

/** The catalog entry for a keyword (case-insensitive), or null for vendor keywords. */
export function catalogEntry(keyword: string): CatalogEntry | null {
  return BY_KEYWORD.get(keyword.trim().toLowerCase()) ?? null;
}

/** True when the keyword is a documented standardized keyword. */
export function isStandardizedKeyword(keyword: string): boolean {
  return BY_KEYWORD.has(keyword.trim().toLowerCase());
}

/** The category to group a keyword under; vendor keywords go to 'other'. */
export function categoryOf(keyword: string): KeywordCategory {
  return catalogEntry(keyword)?.category ?? 'other';
}

/** Catalog entries of one category, in catalog order. */
export function entriesInCategory(category: KeywordCategory): readonly CatalogEntry[] {
  return CATALOG.filter((e) => e.category === category);
}

/** Meaning of a documented value of a keyword, or null. */
export function documentedMeaning(keyword: string, value: string): string | null {
  return catalogEntry(keyword)?.values.find((v) => v.value === value)?.meaning ?? null;
}
