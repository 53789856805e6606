/** Apply, undo and list change sets against one source: the service behind Apply, History and the CLI. */

import type { StoredValue } from '../../shared/model/adapter';
import type { Change } from '../../shared/model/change-set';
import type { JournalEntry } from '../../shared/model/journal';
import type { RegistrySource } from '../sources/registry-source';
import { ApplyError } from './apply-error';
import { planWrites } from './change-targets';
import type { JournalStore } from './journal-store';
import { runTransaction, type GuardedWrite } from './transaction';
import { planUndo } from './undo-plan';

/** A change and, optionally, the stored value the user saw when deciding on it. */
export interface ApplyItem {
  readonly change: Change;
  /** Omit to skip the conflict check for this item (the CLI reads and writes in one go). */
  readonly expectedBefore?: StoredValue | null;
}

export class ChangeService {
  constructor(
    readonly source: RegistrySource,
    private readonly journal: JournalStore,
  ) {}

  /** Validate, then apply as one transaction. */
  async apply(items: readonly ApplyItem[]): Promise<JournalEntry> {
    const planned = await planWrites(
      this.source,
      items.map((i) => i.change),
    );
    const writes: GuardedWrite[] = planned.map((p, i) => ({ ...p, expectedBefore: items[i]?.expectedBefore }));
    return runTransaction(this.source, this.journal, writes);
  }

  /** Applied change sets, newest first. */
  history(): Promise<JournalEntry[]> {
    return this.journal.list();
  }

  /**
   * Apply the inverse of a journal entry: restore each before-value exactly (type included),
   * validated like any change (undo-plan.ts) and refused if a value no longer holds what the
   * entry wrote.
   */
  async undo(entryId: string): Promise<JournalEntry> {
    const entries = await this.journal.list();
    const entry = entries.find((e) => e.id === entryId);
    if (!entry) throw new ApplyError('not-found', `There is no change set ${entryId} in the history.`);
    const undoneBy = entries.find((e) => e.undoOf === entryId);
    if (undoneBy) throw new ApplyError('validation', `That change set was already undone at ${undoneBy.appliedAt}.`);
    const distrust = await this.journal.trustProblem?.(entryId);
    if (distrust) throw new ApplyError('validation', distrust);
    return runTransaction(this.source, this.journal, await planUndo(this.source, entry), { undoOf: entryId });
  }
}
