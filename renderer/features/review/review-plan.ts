/**
 * What the review dialog shows before a write: one line per value (in words and raw) and what the
 * write does to the findings of each adapter (shared/rules/change-impact, as `nicprops set --dry-run`).
 * Pure: built from the stores' data, for Apply (the pending edits) and for Undo (a history entry).
 */

import type { AdapterSummary } from '../../../shared/ipc/contract';
import type { AdapterDetails, Globals, StoredValue } from '../../../shared/model/adapter';
import type { Change } from '../../../shared/model/change-set';
import type { JournalEntry } from '../../../shared/model/journal';
import { undoChanges } from '../../../shared/model/journal-undo';
import { addsError, findingsImpact } from '../../../shared/rules/change-impact';
import type { Finding } from '../../../shared/rules/types';
import { propertyLabel, rawValueText, storedText, valueDisplay } from '../../model/display';
import type { PendingState } from '../../stores/pending-changes';

export interface DiffRow {
  readonly key: string;
  readonly adapter: string;
  readonly label: string;
  /** The keyword, or the global switch's name. */
  readonly keyword: string;
  readonly oldText: string;
  readonly newText: string;
  readonly oldRaw: string;
  readonly newRaw: string;
}

/** Findings one adapter gains and loses, with the adapter's name. */
export interface ImpactView {
  readonly adapterId: string;
  readonly adapter: string;
  readonly added: readonly Finding[];
  readonly cleared: readonly Finding[];
}

export interface ReviewPlan {
  readonly rows: readonly DiffRow[];
  /** Only adapters whose findings change. */
  readonly impact: readonly ImpactView[];
  /** Some adapter gains an error: the dialog asks once more. */
  readonly addsError: boolean;
  /** The adapters the write touches, for the restart choice. */
  readonly adapterIds: readonly string[];
}

interface DataForPlan {
  readonly adapters: readonly AdapterSummary[];
  readonly details: Readonly<Record<string, AdapterDetails>>;
  readonly globals: Globals | null;
}

/** One value changing: adapter keyword (adapterId) or global switch (adapterId null). */
interface ValueChange {
  readonly adapterId: string | null;
  readonly keyword: string;
  readonly from: StoredValue | null;
  readonly to: StoredValue | null;
}

function adapterName(adapters: readonly AdapterSummary[], id: string): string {
  const a = adapters.find((x) => x.id === id);
  return `${a?.connectionName ?? a?.description ?? 'Adapter'} (${id})`;
}

function diffRow(data: DataForPlan, v: ValueChange, index: number): DiffRow {
  if (v.adapterId === null) {
    const show = (s: StoredValue | null) => (s === null ? 'absent' : (storedText(s) ?? rawValueText(s)));
    return {
      key: `g${index}`,
      adapter: 'All adapters',
      label: v.keyword,
      keyword: v.keyword,
      oldText: show(v.from),
      newText: show(v.to),
      oldRaw: rawValueText(v.from),
      newRaw: rawValueText(v.to),
    };
  }
  const p = data.details[v.adapterId]?.properties.find((x) => x.keyword === v.keyword);
  const text = (s: StoredValue | null): string => {
    if (s === null) {
      if (!p) return 'Not Present';
      return p.default !== null ? `${valueDisplay(p, p.default)} (not set, default)` : 'Not Present';
    }
    const t = storedText(s);
    if (t === null) return rawValueText(s);
    return p ? valueDisplay(p, t) : t;
  };
  return {
    key: `${v.adapterId}\u0000${v.keyword}`,
    adapter: adapterName(data.adapters, v.adapterId),
    label: p ? propertyLabel(p) : v.keyword,
    keyword: v.keyword,
    oldText: text(v.from),
    newText: text(v.to),
    oldRaw: rawValueText(v.from),
    newRaw: rawValueText(v.to),
  };
}

function plan(data: DataForPlan, values: readonly ValueChange[], changes: readonly Change[]): ReviewPlan {
  const touchesGlobals = changes.some((c) => c.scope === 'global');
  const adapterIds = [...new Set(changes.flatMap((c) => (c.scope === 'adapter' ? [c.adapterId] : [])))];
  // A global switch changes every adapter's findings; an adapter change only its own.
  const judged = (touchesGlobals ? Object.values(data.details) : adapterIds.map((id) => data.details[id])).filter((d): d is AdapterDetails => d !== undefined);
  const impact = data.globals
    ? findingsImpact(judged, data.globals, changes)
        .filter((a) => a.added.length > 0 || a.cleared.length > 0)
        .map((a) => ({ ...a, adapter: adapterName(data.adapters, a.adapterId) }))
    : [];
  return { rows: values.map((v, i) => diffRow(data, v, i)), impact, addsError: addsError(impact), adapterIds };
}

/** The plan of Apply: every pending edit. */
export function pendingPlan(pending: PendingState, data: DataForPlan): ReviewPlan {
  const edits = Object.values(pending.edits);
  return plan(
    data,
    edits.map((e) => ({ adapterId: e.adapterId, keyword: e.keyword, from: e.expectedBefore, to: e.value === null ? null : { type: 'REG_SZ', data: e.value } })),
    edits.map((e) => ({ scope: 'adapter', adapterId: e.adapterId, keyword: e.keyword, value: e.value })),
  );
}

/** The plan of undoing a history entry: each value from what the entry wrote back to what was there before. */
export function undoPlan(entry: JournalEntry, data: DataForPlan): ReviewPlan {
  const values = [...entry.writes].reverse().map((w) => ({
    adapterId: w.change.scope === 'adapter' ? w.change.adapterId : null,
    keyword: w.change.scope === 'adapter' ? w.change.keyword : w.change.name,
    from: w.after,
    to: w.before,
  }));
  return plan(data, values, undoChanges(entry));
}
