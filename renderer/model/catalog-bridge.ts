/** The renderer's view of the keyword catalog (shared/catalog): category, explanation, order. */

import { CATEGORY_LABELS, catalogEntry, categoryOf, categoryRank } from '../../shared/catalog';
import type { CatalogEntry } from '../../shared/catalog';

export interface CatalogInfo {
  readonly category: string;
  readonly categoryLabel: string;
  readonly rank: number;
  readonly explanation: string;
  readonly entry: CatalogEntry | null;
}

/** Category label used for keywords the catalog does not know. */
export const OTHER_CATEGORY = CATEGORY_LABELS.other;

const cache = new Map<string, CatalogInfo>();

/** Catalog facts for a keyword (vendor keywords get the "other" category and a generic sentence). */
export function catalogInfo(keyword: string): CatalogInfo {
  const hit = cache.get(keyword);
  if (hit) return hit;
  const entry = catalogEntry(keyword);
  const category = categoryOf(keyword);
  const info: CatalogInfo = {
    category,
    categoryLabel: CATEGORY_LABELS[category],
    rank: categoryRank(category),
    explanation:
      entry?.explanation ??
      (keyword.startsWith('*')
        ? 'Not in the catalog of documented standardized keywords; the driver defines what it means.'
        : 'A vendor-specific keyword: Microsoft does not document it. The driver defines its values; see the adapter vendor’s documentation.'),
    entry,
  };
  cache.set(keyword, info);
  return info;
}

/** Rank of a category label for sorting groups. */
export function rankOfLabel(label: string): number {
  const found = (Object.entries(CATEGORY_LABELS) as [Parameters<typeof categoryRank>[0], string][]).find(([, l]) => l === label);
  return found ? categoryRank(found[0]) : Number.MAX_SAFE_INTEGER;
}
