/**
 * Apply planned writes as one transaction (design.md, "Change set"):
 * re-read and refuse on conflict, journal the before-values, write, read back to verify,
 * and roll back everything written if any step fails.
 */

import type { StoredValue } from '../../shared/model/adapter';
import type { JournalEntry, JournalWrite } from '../../shared/model/journal';
import { parseJournalEntry } from '../../shared/model/journal-schema';
import { registryValuesEqual, type RegistryValue } from '../../shared/model/registry-value';
import { RegistryWriteError, type RegistrySource } from '../sources/registry-source';
import { ApplyError } from './apply-error';
import { readCurrent, type PlannedWrite } from './change-targets';
import { newEntryId, type JournalStore } from './journal-store';

/** A planned write plus what the caller saw before (undefined = do not check). */
export interface GuardedWrite extends PlannedWrite {
  readonly expectedBefore: StoredValue | null | undefined;
  /**
   * Alternatively, any of these values is fine (Undo of an interrupted entry: each value holds
   * either its before- or its after-value, depending on where the interruption came).
   */
  readonly expectedAnyOf?: readonly (RegistryValue | null)[];
}

function sameStored(a: StoredValue | null, b: StoredValue | null): boolean {
  return registryValuesEqual(a as RegistryValue | null, b as RegistryValue | null);
}

function show(value: StoredValue | null): string {
  if (value === null) return 'not present';
  return Array.isArray(value.data) ? `${value.type} [${value.data.join(',')}]` : `"${String(value.data)}"`;
}

async function writeOne(source: RegistrySource, w: PlannedWrite, value: RegistryValue | null): Promise<void> {
  if (value === null) {
    await source.deleteValue(w.path, w.name);
  } else {
    if (w.createKey) await source.createKey(w.path);
    await source.setValue(w.path, w.name, value);
  }
}

/** Options of one transaction. */
export interface TransactionOptions {
  readonly undoOf?: string | null;
  readonly now?: Date;
}

/**
 * Run the transaction and return its journal entry.
 * Throws ApplyError: 'conflict' (nothing written), 'access-denied' or 'write-failed' (rolled back).
 */
export async function runTransaction(
  source: RegistrySource,
  journal: JournalStore,
  writes: readonly GuardedWrite[],
  options: TransactionOptions = {},
): Promise<JournalEntry> {
  // 1. Re-read: refuse if anything changed underneath since the caller read it.
  const before: (RegistryValue | null)[] = [];
  const conflicts: string[] = [];
  for (const w of writes) {
    const current = await readCurrent(source, w.path, w.name);
    before.push(current);
    if (w.expectedBefore !== undefined && !sameStored(current, w.expectedBefore)) {
      conflicts.push(`${w.description} is now ${show(current)}, not ${show(w.expectedBefore)} as when it was read.`);
    } else if (w.expectedAnyOf && !w.expectedAnyOf.some((v) => registryValuesEqual(current, v))) {
      conflicts.push(`${w.description} is now ${show(current)}, not ${w.expectedAnyOf.map(show).join(' or ')} as the history says.`);
    }
  }
  if (conflicts.length > 0) {
    throw new ApplyError(
      'conflict',
      'The registry changed since it was read (another tool or a driver update?). Nothing was written; reload and try again.',
      conflicts,
    );
  }

  // 2. Journal the before-values first, so even a crash mid-way can be undone.
  const journalWrites: JournalWrite[] = writes.map((w, i) => ({ change: w.change, before: before[i] ?? null, after: w.value }));
  const entry: JournalEntry = {
    id: newEntryId(options.now),
    appliedAt: (options.now ?? new Date()).toISOString(),
    source: source.label,
    writes: journalWrites,
    undoOf: options.undoOf ?? null,
    state: 'applied',
  };
  // Journal only what Undo will accept back: a value it could not restore is refused up front.
  const notUndoable = writes.flatMap((w, i) => {
    const check = parseJournalEntry({ ...entry, writes: [journalWrites[i]] });
    return check.ok ? [] : [`${w.description} holds ${show(before[i] ?? null)}, which Undo could not restore.`];
  });
  if (notUndoable.length > 0) {
    throw new ApplyError(
      'validation',
      `Nothing was written: ${notUndoable.length === 1 ? 'a value there now' : 'values there now'} could not be restored by Undo.`,
      notUndoable,
    );
  }
  await journal.begin(entry);

  // 3. Write and 4. read back, in order; on the first failure undo what was attempted.
  let attempted = 0;
  try {
    for (const [i, w] of writes.entries()) {
      attempted++;
      // Deleting what is already absent is a no-op; the key itself may not exist.
      if (w.value === null && before[i] === null) continue;
      await writeOne(source, w, w.value);
      const now = await readCurrent(source, w.path, w.name);
      if (!registryValuesEqual(now, w.value)) {
        throw new ApplyError('write-failed', `${w.description} reads back as ${show(now)} after writing ${show(w.value)}.`);
      }
    }
  } catch (error) {
    const rollbackProblems = await rollBack(source, writes.slice(0, attempted), before);
    if (rollbackProblems.length === 0) await journal.discard(entry.id);
    throw toApplyError(error, rollbackProblems);
  }

  await journal.commit(entry.id);
  return entry;
}

/** Restore before-values in reverse order; return sentences for anything that could not be restored. */
async function rollBack(source: RegistrySource, written: readonly GuardedWrite[], before: readonly (RegistryValue | null)[]): Promise<string[]> {
  const problems: string[] = [];
  for (let i = written.length - 1; i >= 0; i--) {
    const w = written[i]!;
    const old = before[i] ?? null;
    try {
      const now = await readCurrent(source, w.path, w.name);
      if (!registryValuesEqual(now, old)) await writeOne(source, w, old);
    } catch (error) {
      problems.push(`${w.description} could not be restored to ${show(old)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

function toApplyError(error: unknown, rollbackProblems: readonly string[]): ApplyError {
  const restored = rollbackProblems.length === 0;
  const tail = restored
    ? 'Everything written so far was rolled back; the registry is as it was.'
    : 'Some values could not be rolled back; the journal keeps their before-values (History → Undo).';
  if (error instanceof RegistryWriteError && error.reason === 'access-denied') {
    return new ApplyError('access-denied', `Writing the registry needs administrator rights. ${tail}`, [error.message, ...rollbackProblems]);
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ApplyError('write-failed', `A write failed: ${reason} ${tail}`, [reason, ...rollbackProblems]);
}
