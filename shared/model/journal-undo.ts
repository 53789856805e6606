/** What undoing a journal entry changes, as a change set: each value back to its before-value, last write first. */

import type { Change } from './change-set';
import type { JournalEntry } from './journal';
import { registryValueAsText } from './registry-value';

/** The inverse of an entry's writes, for previews (the review dialog); the service restores the exact types. */
export function undoChanges(entry: JournalEntry): Change[] {
  return [...entry.writes].reverse().map((w): Change => {
    const c = w.change;
    if (c.scope === 'adapter') return { ...c, value: w.before === null ? null : registryValueAsText(w.before) };
    const before = w.before !== null && w.before.type === 'REG_DWORD' && (w.before.data === 0 || w.before.data === 1) ? w.before.data : null;
    return { ...c, value: before };
  });
}

/** Ids of entries that a later entry undid. */
export function undoneEntryIds(entries: readonly JournalEntry[]): ReadonlySet<string> {
  return new Set(entries.flatMap((e) => (e.undoOf ? [e.undoOf] : [])));
}
