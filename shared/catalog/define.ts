/** A compact builder for catalog entries, so the data files read like the reference tables. */

import type { CatalogEntry, CatalogRange, CatalogValue, Confidence, KeywordCategory, KeywordKind } from './types';

/** Optional fields of `defineKeyword`; everything not given takes the common case. */
export interface KeywordOptions {
  readonly label?: string | null;
  readonly values?: readonly (readonly [string, string])[];
  readonly defaultValue?: string | null;
  readonly alternateDefaults?: readonly string[];
  readonly range?: Partial<CatalogRange> | null;
  readonly grouping?: 'grouped' | 'granular' | null;
  readonly deprecated?: boolean;
  readonly hidden?: boolean;
  readonly mustBePresent?: boolean;
  readonly confidence?: Confidence;
  readonly since?: string | null;
  readonly notes?: string | null;
  readonly rules?: readonly string[];
}

/** Build one catalog entry. */
export function defineKeyword(keyword: string, category: KeywordCategory, kind: KeywordKind, explanation: string, options: KeywordOptions = {}): CatalogEntry {
  const values: CatalogValue[] = (options.values ?? []).map(([value, meaning]) => ({ value, meaning }));
  const range = options.range ? { min: options.range.min ?? null, max: options.range.max ?? null, step: options.range.step ?? null } : null;
  return {
    keyword,
    label: options.label ?? null,
    category,
    kind,
    values,
    defaultValue: options.defaultValue ?? null,
    alternateDefaults: options.alternateDefaults ?? [],
    range,
    grouping: options.grouping ?? null,
    deprecated: options.deprecated ?? false,
    hidden: options.hidden ?? kind === 'hidden',
    mustBePresent: options.mustBePresent ?? false,
    confidence: options.confidence ?? 'C',
    since: options.since ?? null,
    explanation,
    notes: options.notes ?? null,
    rules: options.rules ?? [],
  };
}

/** 0 Disabled / 1 Enabled, the most common value list. */
export const ON_OFF: readonly (readonly [string, string])[] = [
  ['0', 'Disabled'],
  ['1', 'Enabled'],
];

/** Checksum direction values: a 2-bit mask, bit0 = Tx, bit1 = Rx (reference §3.4). */
export const CHECKSUM_VALUES: readonly (readonly [string, string])[] = [
  ['0', 'Disabled'],
  ['1', 'Tx Enabled'],
  ['2', 'Rx Enabled'],
  ['3', 'Rx & Tx Enabled'],
];

/** IPsec offload values (reference §3.4). */
export const IPSEC_VALUES: readonly (readonly [string, string])[] = [
  ['0', 'Disabled'],
  ['1', 'Auth Header Enabled'],
  ['2', 'ESP Enabled'],
  ['3', 'Auth Header & ESP Enabled'],
];
