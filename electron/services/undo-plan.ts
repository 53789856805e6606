/**
 * Undo as a change like any other: the inverse of a journal entry is validated the way Apply
 * validates a change set before anything is written. A journal entry is input (a file in a
 * folder); even a well-formed one may only restore values where this tool writes — the instance
 * key of an adapter that exists, a keyword that adapter defines or stores, never an installation
 * value, never a new key — and only while the registry still holds what the entry says it wrote.
 */

import type { AdapterDetails } from '../../shared/model/adapter';
import type { Change } from '../../shared/model/change-set';
import type { JournalEntry } from '../../shared/model/journal';
import { parseJournalEntry } from '../../shared/model/journal-schema';
import { undoChanges } from '../../shared/model/journal-undo';
import { adapterKeyPath } from '../../shared/model/registry-paths';
import type { RegistrySource } from '../sources/registry-source';
import { readAdapterDetails } from './adapter-reader';
import { ApplyError } from './apply-error';
import { adapterName, globalLocation } from './change-targets';
import { isInstanceInfoValue } from './instance-values';
import type { GuardedWrite } from './transaction';

/**
 * The writes that undo `entry`, in reverse order, each guarded by what the entry says it wrote.
 * Throws ApplyError('validation') listing every reason the entry cannot be undone; nothing is
 * written then.
 */
export async function planUndo(source: RegistrySource, entry: JournalEntry): Promise<GuardedWrite[]> {
  if (entry.state === 'unreadable') {
    throw new ApplyError('validation', `History entry ${entry.id} cannot be undone: the file ${entry.problem ?? 'is not a valid entry'}.`);
  }
  // Entries from a FileJournal were parsed on the way in; check again so no other store can bypass it.
  const { problem: _problem, ...stored } = entry;
  const parsed = parseJournalEntry(stored);
  if (!parsed.ok) throw new ApplyError('validation', `History entry ${entry.id} cannot be undone: it ${parsed.problem}.`);

  const problems: string[] = [];
  const adapters = new Map<string, AdapterDetails | null>();
  const writes: GuardedWrite[] = [];
  // What each value may hold now: what the entry wrote, or for an interrupted entry either value
  // (the interruption may have come before or after that write).
  const guard = (w: JournalEntry['writes'][number]) =>
    entry.state === 'interrupted' ? { expectedBefore: undefined, expectedAnyOf: [w.before, w.after] } : { expectedBefore: w.after };

  // The same inverse the review dialog previews; here each is also checked and guarded.
  const inverses = undoChanges(entry);
  for (const [i, w] of [...entry.writes].reverse().entries()) {
    const c = w.change;
    const inverse = inverses[i]!;
    if (c.scope === 'global') {
      const where = globalLocation(c.name);
      writes.push({ change: inverse, path: where.path, name: c.name, value: w.before, description: where.label, createKey: true, ...guard(w) });
      continue;
    }
    if (!adapters.has(c.adapterId)) adapters.set(c.adapterId, await readAdapterDetails(source, c.adapterId));
    const details = adapters.get(c.adapterId);
    if (!details) {
      problems.push(`Adapter ${c.adapterId} is not in ${source.label} any more.`);
      continue;
    }
    if (isInstanceInfoValue(c.keyword)) {
      problems.push(`${c.keyword} on ${adapterName(details)} describes the driver installation and is never changed by this tool.`);
      continue;
    }
    const name = keywordOf(details, c.keyword, w);
    if (name === null) {
      problems.push(`${c.keyword} is not a keyword of ${adapterName(details)}: the driver does not define it in Ndi\\params and this tool did not write it.`);
      continue;
    }
    writes.push({
      change: { ...inverse, keyword: name } as Change,
      path: adapterKeyPath(details.adapter.id),
      name,
      value: w.before,
      description: `${name} on ${adapterName(details)}`,
      createKey: false,
      ...guard(w),
    });
  }
  if (problems.length > 0) {
    throw new ApplyError('validation', `History entry ${entry.id} cannot be undone; nothing was written.`, problems);
  }
  return writes;
}

/**
 * The keyword as the adapter spells it, when Undo may write it: one the driver defines in
 * Ndi\params, one stored at the root now (a registry-only value this tool changed), or one this
 * entry deleted (a registry-only value set Not Present, which Undo puts back). Null otherwise.
 */
function keywordOf(details: AdapterDetails, keyword: string, w: JournalEntry['writes'][number]): string | null {
  const lower = keyword.toLowerCase();
  const defined = details.properties.find((p) => p.keyword.toLowerCase() === lower) ?? details.registryOnly.find((r) => r.keyword.toLowerCase() === lower);
  if (defined) return 'keyword' in defined ? defined.keyword : null;
  return w.after === null && w.before !== null ? keyword : null;
}
