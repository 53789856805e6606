/** Plain-text explanation of a keyword for `nicprops explain` and tooltips. */

import { catalogEntry } from './catalog';
import { CATEGORY_LABELS } from './categories';
import type { CatalogEntry } from './types';

/** What the adapter itself says about the keyword, to show beside the documentation. */
export interface AdapterSideInfo {
  readonly label?: string | null;
  readonly effective?: string | null;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
}

const KIND_TEXT: Record<CatalogEntry['kind'], string> = {
  enum: 'choice list',
  int: 'number',
  edit: 'text',
  hidden: 'hidden (not on the Advanced page)',
};

function rangeText(entry: CatalogEntry): string | null {
  if (!entry.range) return null;
  const min = entry.range.min ?? 'driver-defined';
  const max = entry.range.max ?? 'driver-defined';
  const step = entry.range.step ? `, step ${entry.range.step}` : '';
  return `Range: ${min} to ${max}${step}`;
}

function defaultText(entry: CatalogEntry): string {
  if (entry.defaultValue === null) return 'Default: not documented (driver-defined)';
  const meaning = entry.values.find((v) => v.value === entry.defaultValue)?.meaning;
  const alt = entry.alternateDefaults.length > 0 ? ` (also documented: ${entry.alternateDefaults.join(', ')})` : '';
  return `Default: ${entry.defaultValue}${meaning ? ` (${meaning})` : ''}${alt}`;
}

/** Multi-line text about a standardized keyword (and this adapter's view of it when given); null for vendor keywords. */
export function explainKeyword(keyword: string, adapter?: AdapterSideInfo): string | null {
  const entry = catalogEntry(keyword);
  if (!entry) return null;
  const lines: string[] = [];
  lines.push(`${entry.keyword}${entry.label ? ` - ${entry.label}` : ''}`);
  const flags = [
    CATEGORY_LABELS[entry.category],
    KIND_TEXT[entry.kind],
    entry.grouping,
    entry.deprecated ? 'deprecated' : null,
    entry.hidden && entry.kind !== 'hidden' ? 'hidden' : null,
    entry.confidence === 'C' ? null : `documentation confidence: ${entry.confidence}`,
  ].filter((f): f is string => f !== null);
  lines.push(flags.join(' | '));
  lines.push('');
  lines.push(entry.explanation);
  lines.push('');
  if (entry.values.length > 0) {
    lines.push('Values:');
    for (const v of entry.values) lines.push(`  ${v.value.padStart(4)}  ${v.meaning}`);
  }
  const range = rangeText(entry);
  if (range) lines.push(range);
  lines.push(defaultText(entry));
  if (entry.since) lines.push(`Since: ${entry.since}`);
  if (entry.notes) lines.push(`Note: ${entry.notes}`);
  if (entry.rules.length > 0) lines.push(`Related rules: ${entry.rules.join(', ')}`);
  if (adapter) {
    lines.push('');
    lines.push('On this adapter:');
    if (adapter.label !== undefined) lines.push(`  Label: ${adapter.label ?? '(none)'}`);
    if (adapter.effective !== undefined) {
      const shown = adapter.options?.find((o) => o.value === adapter.effective)?.label;
      lines.push(`  Value: ${adapter.effective ?? 'Not Present'}${shown ? ` (${shown})` : ''}`);
    }
    if (adapter.options && adapter.options.length > 0) {
      lines.push(`  Choices: ${adapter.options.map((o) => `${o.value} ${o.label}`).join('; ')}`);
    }
  }
  return lines.join('\n');
}
