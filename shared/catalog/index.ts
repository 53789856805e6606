/** The keyword catalog: what the documentation says about each standardized keyword. */

export type { CatalogEntry, CatalogRange, CatalogValue, Confidence, KeywordCategory, KeywordKind } from './types';
export { CATEGORY_LABELS, CATEGORY_ORDER, categoryRank } from './categories';
export { CATALOG, catalogEntry, categoryOf, documentedMeaning, entriesInCategory, isStandardizedKeyword } from './catalog';
export { explainKeyword, type AdapterSideInfo } from './explain';
export { MANDATORY_IDENTITY_KEYWORDS, RESERVED_VALUE_NAMES, isReservedValueName } from '../model/reserved-names';
