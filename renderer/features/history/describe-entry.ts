/** A journal entry in words: when, and what changed from what to what. Pure. */

import type { AdapterDetails } from '../../../shared/model/adapter';
import type { JournalEntry } from '../../../shared/model/journal';
import { propertyLabel, storedText, valueDisplay } from '../../model/display';

export function describeEntry(e: JournalEntry, details: Readonly<Record<string, AdapterDetails>>): { time: string; lines: string[] } {
  const date = new Date(e.appliedAt);
  const time = Number.isNaN(date.getTime()) ? e.appliedAt : date.toLocaleString();
  // A file in the journal folder that is not a valid entry: shown so people notice it, never undone.
  if (e.state === 'unreadable') return { time, lines: [`Not a history entry of this tool: the file ${e.problem ?? 'is not valid'}.`] };
  const lines = e.writes.map((w) => {
    const before = storedText(w.before);
    const after = storedText(w.after);
    if (w.change.scope === 'global') return `${w.change.name}: ${before ?? 'absent'} → ${after ?? 'absent'}`;
    const keyword = w.change.keyword;
    const p = details[w.change.adapterId]?.properties.find((x) => x.keyword === keyword);
    const show = (v: string | null) => (p ? valueDisplay(p, v) : (v ?? 'Not Present'));
    return `${p ? propertyLabel(p) : keyword} (${w.change.adapterId}): ${show(before)} → ${show(after)}`;
  });
  return { time, lines };
}

/** A marker beside an entry: undone, an undo of another, interrupted, unreadable. */
export interface EntryMarker {
  readonly text: string;
  readonly color: 'subtle' | 'informative' | 'warning';
}

/** What the CLI's `history` marks, in words: "Undone", "Undo of 14:02", "Interrupted: Undo restores the before-values". */
export function entryMarkers(e: JournalEntry, all: readonly JournalEntry[], undone: ReadonlySet<string>): EntryMarker[] {
  const out: EntryMarker[] = [];
  if (undone.has(e.id)) out.push({ text: 'Undone', color: 'subtle' });
  if (e.undoOf) {
    const of = all.find((x) => x.id === e.undoOf);
    out.push({ text: of ? `Undo of ${describeEntry(of, {}).time}` : 'Undo', color: 'informative' });
  }
  if (e.state === 'interrupted') out.push({ text: 'Interrupted: Undo restores the before-values', color: 'warning' });
  if (e.state === 'unreadable') out.push({ text: 'Unreadable: never undone', color: 'warning' });
  return out;
}
