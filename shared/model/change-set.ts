/** Pending edits and what applying them records. */

/** Set one adapter keyword to a value (REG_SZ text), or delete it (null = Not Present). */
export interface AdapterChange {
  readonly scope: 'adapter';
  readonly adapterId: string;
  readonly keyword: string;
  readonly value: string | null;
}

/** The two global switches (reference §5). */
export type GlobalName = 'DisableTaskOffload' | 'EnabledOffload';

/** Set a global switch (REG_DWORD 0/1), or delete it (null). */
export interface GlobalChange {
  readonly scope: 'global';
  readonly name: GlobalName;
  readonly value: 0 | 1 | null;
}

export type Change = AdapterChange | GlobalChange;

/** A set of changes applied together, all or nothing. */
export type ChangeSet = readonly Change[];

/** Key of a change's target, for de-duplication and maps. */
export function changeTargetKey(change: Change): string {
  return change.scope === 'adapter' ? `${change.adapterId}\u0000${change.keyword}` : `global\u0000${change.name}`;
}
