/** From an adapter, its pending edits, the rule report and the catalog to the rows the list shows. Pure. */

import type { AdapterDetails, Property } from '../../../shared/model/adapter';
import type { RuleReport, Severity } from '../../../shared/rules/types';
import { catalogInfo, rankOfLabel } from '../../model/catalog-bridge';
import { compareByLabel, propertyLabel, rawPendingText, rawValueText, shownValueText, valueDisplay } from '../../model/display';
import { findingsByKeyword, worstSeverity } from '../../model/finding-counts';
import { editKey, shownValue, type PendingState } from '../../stores/pending-changes';

/** A row's icon: the worst finding that names its keyword (the same findings the counts count). */
export type RowStatus = 'ok' | Severity;

export interface PropertyRowModel {
  readonly keyword: string;
  readonly label: string;
  readonly valueText: string;
  readonly pending: boolean;
  readonly rawText: string;
  /** The value in effect (after the pending edit) is not the driver's Default: the row is highlighted. */
  readonly nonDefault: boolean;
  /** "Default: Rx & Tx Enabled", for the highlight's description; "" when there is no default. */
  readonly defaultText: string;
  readonly status: RowStatus;
  /** The findings' sentences, for the icon's tooltip. */
  readonly statusText: string;
  readonly category: string;
}

export interface RowGroup {
  readonly title: string | null;
  readonly rows: readonly PropertyRowModel[];
}

/** The value the driver works with after the edit: the edit's text, else the Default for Not Present; else the stored effective value. */
function effectiveAfter(p: Property, edit: { value: string | null } | undefined): string | null {
  if (edit) return edit.value ?? p.default;
  return p.effective;
}

function rowOf(p: Property, adapterId: string, pending: PendingState, findings: ReturnType<typeof findingsByKeyword>): PropertyRowModel {
  const edit = pending.edits[editKey(adapterId, p.keyword)];
  const f = findings.get(p.keyword.toLowerCase()) ?? [];
  const severity = worstSeverity(f);
  return {
    keyword: p.keyword,
    label: propertyLabel(p),
    valueText: edit ? valueDisplay(p, edit.value) : shownValueText(p, shownValue(p)),
    pending: edit !== undefined,
    rawText: edit ? rawPendingText(edit.value) : rawValueText(p.stored),
    nonDefault: effectiveAfter(p, edit) !== p.default,
    defaultText: p.default !== null ? `Default: ${valueDisplay(p, p.default)}` : '',
    status: severity ?? 'ok',
    statusText: f.map((x) => x.message).join(' '),
    category: catalogInfo(p.keyword).categoryLabel,
  };
}

/** Does a property match the search text (label, keyword, catalog explanation, value)? */
export function matchesSearch(p: Property, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const info = catalogInfo(p.keyword);
  return [propertyLabel(p), p.keyword, info.entry ? info.explanation : '', info.categoryLabel].some((text) => text.toLowerCase().includes(q));
}

/** Build the rows: filtered by search, sorted by label, optionally grouped by catalog category. */
export function buildRows(details: AdapterDetails, pending: PendingState, report: RuleReport, search: string, group: boolean): readonly RowGroup[] {
  const findings = findingsByKeyword(report);
  const rows = details.properties
    .filter((p) => matchesSearch(p, search))
    .sort(compareByLabel)
    .map((p) => rowOf(p, details.adapter.id, pending, findings));
  if (!group) return [{ title: null, rows }];
  const groups = new Map<string, PropertyRowModel[]>();
  for (const r of rows) {
    const list = groups.get(r.category) ?? [];
    list.push(r);
    groups.set(r.category, list);
  }
  return [...groups.entries()].sort(([a], [b]) => rankOfLabel(a) - rankOfLabel(b)).map(([title, list]) => ({ title, rows: list }));
}

/** Keep row objects whose content did not change, so memoised rows skip re-rendering. */
export function reuseRows(previous: readonly RowGroup[] | null, next: readonly RowGroup[]): readonly RowGroup[] {
  if (!previous) return next;
  const old = new Map<string, PropertyRowModel>();
  for (const g of previous) for (const r of g.rows) old.set(r.keyword, r);
  return next.map((g) => ({
    title: g.title,
    rows: g.rows.map((r) => {
      const o = old.get(r.keyword);
      return o && sameRow(o, r) ? o : r;
    }),
  }));
}

function sameRow(a: PropertyRowModel, b: PropertyRowModel): boolean {
  return (
    a.label === b.label &&
    a.valueText === b.valueText &&
    a.pending === b.pending &&
    a.rawText === b.rawText &&
    a.nonDefault === b.nonDefault &&
    a.defaultText === b.defaultText &&
    a.status === b.status &&
    a.statusText === b.statusText &&
    a.category === b.category
  );
}
