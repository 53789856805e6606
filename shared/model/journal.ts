/** The on-disk record of applied change sets, used for History and Undo. */

import type { Change } from './change-set';
import type { RegistryValue } from './registry-value';

/** One value a change set wrote: what was there before and what is there after (null = absent). */
export interface JournalWrite {
  readonly change: Change;
  readonly before: RegistryValue | null;
  readonly after: RegistryValue | null;
}

/** One applied change set. */
export interface JournalEntry {
  /** Unique, and sorts in the order entries were made: ISO time, a count within the millisecond, a random part. */
  readonly id: string;
  readonly appliedAt: string;
  /** Label of the source it was applied to ("this computer's registry", a file name, "demo data"). */
  readonly source: string;
  readonly writes: readonly JournalWrite[];
  /** Set when this entry undid another. */
  readonly undoOf: string | null;
  /**
   * 'applied' once every write was verified; 'interrupted' when the process stopped mid-way
   * (the before-values are still on disk, so Undo can restore them); 'unreadable' for a file in
   * the journal folder that is not a valid entry (listed so people see it, never undone).
   */
  readonly state: 'applied' | 'interrupted' | 'unreadable';
  /** Why an 'unreadable' entry was not read; absent otherwise. */
  readonly problem?: string;
}
