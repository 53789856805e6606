/** From an adapter, its pending edits, the rule report and the catalog to the rows the list shows. Pure. */

import type { AdapterDetails, Property } from '../../../shared/model/adapter';
import type { RuleReport, Severity } from '../../../shared/rules/types';
import { catalogInfo, rankOfLabel } from '../../model/catalog-bridge';
import { compareByLabel, propertyLabel, rawPendingText, rawValueText, valueDisplay } from '../../model/display';
import { editKey, shownValue, type PendingState } from '../../stores/pending-changes';

export type RowStatus = 'ok' | 'invalid' | Severity;

export interface PropertyRowModel {
  readonly keyword: string;
  readonly label: string;
  readonly valueText: string;
  readonly pending: boolean;
  readonly rawText: string;
  /** "default" when the value equals Default; "" otherwise. */
  readonly isDefault: boolean;
  readonly status: RowStatus;
  /** Words for the status icon (invalid stored value, findings). */
  readonly statusText: string;
  readonly category: string;
}

export interface RowGroup {
  readonly title: string | null;
  readonly rows: readonly PropertyRowModel[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Findings per keyword: worst severity and the messages. */
export function findingsByKeyword(report: RuleReport): Map<string, { severity: Severity; messages: string[] }> {
  const m = new Map<string, { severity: Severity; messages: string[] }>();
  for (const f of report.findings) {
    for (const k of f.keywords) {
      const cur = m.get(k);
      if (!cur) m.set(k, { severity: f.severity, messages: [f.message] });
      else {
        cur.messages.push(f.message);
        if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur.severity]) cur.severity = f.severity;
      }
    }
  }
  return m;
}

function rowOf(
  p: Property,
  adapterId: string,
  pending: PendingState,
  findings: Map<string, { severity: Severity; messages: string[] }>,
): PropertyRowModel {
  const edit = pending.edits[editKey(adapterId, p.keyword)];
  const value = edit ? edit.value : shownValue(p);
  const f = findings.get(p.keyword);
  const invalid = !edit && p.status !== 'ok' && p.status !== 'not-set';
  const statusParts: string[] = [];
  if (invalid) statusParts.push(`Invalid stored value: ${p.statusMessage ?? p.status}`);
  if (f) statusParts.push(...f.messages);
  const status: RowStatus = f && f.severity === 'error' ? 'error' : invalid ? 'invalid' : f ? f.severity : 'ok';
  return {
    keyword: p.keyword,
    label: propertyLabel(p),
    valueText: valueDisplay(p, value),
    pending: edit !== undefined,
    rawText: edit ? rawPendingText(edit.value) : rawValueText(p.stored),
    isDefault: value !== null && p.default !== null && value === p.default,
    status,
    statusText: statusParts.join(' '),
    category: catalogInfo(p.keyword).categoryLabel,
  };
}

/** Does a property match the search text (label, keyword, catalog explanation, value)? */
export function matchesSearch(p: Property, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  const info = catalogInfo(p.keyword);
  return [propertyLabel(p), p.keyword, info.entry ? info.explanation : '', info.categoryLabel]
    .some((text) => text.toLowerCase().includes(q));
}

/** Build the rows: filtered by search, sorted by label, optionally grouped by catalog category. */
export function buildRows(
  details: AdapterDetails,
  pending: PendingState,
  report: RuleReport,
  search: string,
  group: boolean,
): readonly RowGroup[] {
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
  return [...groups.entries()]
    .sort(([a], [b]) => rankOfLabel(a) - rankOfLabel(b))
    .map(([title, list]) => ({ title, rows: list }));
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
    a.isDefault === b.isDefault &&
    a.status === b.status &&
    a.statusText === b.statusText &&
    a.category === b.category
  );
}
