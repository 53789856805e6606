/**
 * Pending edits: pure transitions (unit-tested without React) and the zustand store that calls them.
 *
 * An edit targets (adapter, keyword) and holds the new text (or null = Not Present) together with the
 * stored value the person saw when making it; Apply sends that as `expectedBefore`, so the back end
 * can refuse if the registry changed underneath.
 */

import { create } from 'zustand';
import type { AdapterDetails, Property, StoredValue } from '../../shared/model/adapter';
import type { AdapterChange } from '../../shared/model/change-set';
import type { ApplyItem, RequestOf } from '../../shared/ipc/contract';
import type { FixChange } from '../../shared/rules/types';
import { storedText } from '../model/display';

/** One pending edit. */
export interface PendingEdit {
  readonly adapterId: string;
  readonly keyword: string;
  /** New REG_SZ text, or null to delete the value (Not Present). */
  readonly value: string | null;
  /** The stored value shown when the edit was made (null = absent). */
  readonly expectedBefore: StoredValue | null;
}

export interface PendingState {
  /** Keyed by `editKey(adapterId, keyword)`; insertion order is the order edits were made. */
  readonly edits: Readonly<Record<string, PendingEdit>>;
}

export const EMPTY_PENDING: PendingState = { edits: {} };

export function editKey(adapterId: string, keyword: string): string {
  return `${adapterId}\u0000${keyword}`;
}

/** The stored value of a keyword on an adapter: from Ndi\params properties, else the registry-only list. */
export function storedOf(details: AdapterDetails, keyword: string): StoredValue | null {
  const p = details.properties.find((x) => x.keyword === keyword);
  if (p) return p.stored;
  const r = details.registryOnly.find((x) => x.keyword === keyword);
  return r ? { type: r.type, data: r.data } : null;
}

/** Whether `value` is what is already stored (so the edit would change nothing). */
function sameAsStored(stored: StoredValue | null, value: string | null): boolean {
  if (value === null) return stored === null;
  if (stored === null) return false;
  return storedText(stored) === value;
}

function put(state: PendingState, details: AdapterDetails, keyword: string, value: string | null): PendingState {
  const adapterId = details.adapter.id;
  const key = editKey(adapterId, keyword);
  const stored = storedOf(details, keyword);
  const { [key]: _previous, ...rest } = state.edits;
  if (sameAsStored(stored, value)) {
    return _previous === undefined ? state : { edits: rest };
  }
  return { edits: { ...rest, [key]: { adapterId, keyword, value, expectedBefore: stored } } };
}

/** Set a keyword to a text value (already validated by the editor). */
export function setValue(state: PendingState, details: AdapterDetails, keyword: string, value: string): PendingState {
  return put(state, details, keyword, value);
}

/** Choose Not Present: the value will be deleted. */
export function setNotPresent(state: PendingState, details: AdapterDetails, keyword: string): PendingState {
  return put(state, details, keyword, null);
}

/** Drop the pending edit of one keyword (back to what is stored). */
export function revert(state: PendingState, adapterId: string, keyword: string): PendingState {
  const key = editKey(adapterId, keyword);
  if (!(key in state.edits)) return state;
  const { [key]: _dropped, ...rest } = state.edits;
  return { edits: rest };
}

/** What "default" means for a property: its Default text, else Not Present for an optional one. */
export function defaultValueOf(p: Property): string | null | undefined {
  if (p.default !== null) return p.default;
  return p.optional ? null : undefined;
}

/**
 * Reset one property to its driver default, like Reset-NetAdapterAdvancedProperty:
 * the value becomes Default (or Not Present for an optional property without one).
 */
export function resetToDefault(state: PendingState, details: AdapterDetails, keyword: string): PendingState {
  const p = details.properties.find((x) => x.keyword === keyword);
  if (!p) return state;
  const target = defaultValueOf(p);
  if (target === undefined) return state;
  // Already at default without an edit: nothing to do (never write values the user did not touch).
  const current = currentValue(state, details, p);
  if (current === target && !(editKey(details.adapter.id, keyword) in state.edits)) return state;
  return put(state, details, keyword, target);
}

/** Reset every property of the adapter whose value differs from its default. */
export function resetAdapter(state: PendingState, details: AdapterDetails): PendingState {
  let next = state;
  for (const p of details.properties) {
    const target = defaultValueOf(p);
    if (target === undefined) continue;
    if (currentValue(next, details, p) !== target) next = put(next, details, p.keyword, target);
  }
  return next;
}

/** Add a rule's fix to the pending edits. */
export function applyFix(state: PendingState, details: AdapterDetails, fix: readonly FixChange[]): PendingState {
  return fix.reduce((s, c) => put(s, details, c.keyword, c.value), state);
}

/**
 * After a reload: take the stored values now shown as the new `expectedBefore`, and drop edits
 * that the registry already matches.
 */
export function rebase(state: PendingState, details: AdapterDetails): PendingState {
  let next = discard(state, details.adapter.id);
  for (const e of Object.values(state.edits)) {
    if (e.adapterId !== details.adapter.id) continue;
    next = put(next, details, e.keyword, e.value);
  }
  return next;
}

/** Forget pending edits: all of them, or one adapter's. */
export function discard(state: PendingState, adapterId?: string): PendingState {
  if (adapterId === undefined) return EMPTY_PENDING;
  const edits = Object.fromEntries(Object.entries(state.edits).filter(([, e]) => e.adapterId !== adapterId));
  return { edits };
}

/** The pending edit of one keyword, if any. */
export function pendingFor(state: PendingState, adapterId: string, keyword: string): PendingEdit | undefined {
  return state.edits[editKey(adapterId, keyword)];
}

/**
 * The value shown for a property without edits: like the Advanced page, an optional property
 * with nothing stored is Not Present (null); a required one shows its effective value (stored, else Default).
 */
export function shownValue(p: Property): string | null {
  return p.optional ? storedText(p.stored) : p.effective;
}

/** Value a property will have after Apply: pending text if edited, else what is shown now. */
export function currentValue(state: PendingState, details: AdapterDetails, p: Property): string | null {
  const e = pendingFor(state, details.adapter.id, p.keyword);
  return e ? e.value : shownValue(p);
}

/** Edits of one adapter, as FixChange-shaped pairs for `withChanges` / the rules. */
export function adapterEdits(state: PendingState, adapterId: string): readonly FixChange[] {
  return Object.values(state.edits)
    .filter((e) => e.adapterId === adapterId)
    .map((e) => ({ keyword: e.keyword, value: e.value }));
}

/** Number of pending edits. */
export function pendingCount(state: PendingState): number {
  return Object.keys(state.edits).length;
}

/** The change set to export. */
export function toChangeSet(state: PendingState): AdapterChange[] {
  return Object.values(state.edits).map((e) => ({ scope: 'adapter', adapterId: e.adapterId, keyword: e.keyword, value: e.value }));
}

/** The `changes:apply` request. */
export function toApplyRequest(state: PendingState, restartAdapters: boolean): RequestOf<'changes:apply'> {
  return {
    items: Object.values(state.edits).map((e) => ({
      change: { scope: 'adapter' as const, adapterId: e.adapterId, keyword: e.keyword, value: e.value },
      expectedBefore: e.expectedBefore === null ? null : { type: e.expectedBefore.type, data: e.expectedBefore.data as string | number | string[] | number[] },
    })),
    restartAdapters,
  };
}

/**
 * Pending edits from changes handed over by the copy of the app that relaunched this one as
 * administrator (already validated again by the back end). Adapter changes only; the last change
 * of a keyword wins.
 */
export function fromHandover(items: readonly ApplyItem[]): PendingState {
  const edits: Record<string, PendingEdit> = {};
  for (const { change, expectedBefore } of items) {
    if (change.scope !== 'adapter') continue;
    edits[editKey(change.adapterId, change.keyword)] = { adapterId: change.adapterId, keyword: change.keyword, value: change.value, expectedBefore };
  }
  return { edits };
}

interface PendingActions {
  setValue(details: AdapterDetails, keyword: string, value: string): void;
  setNotPresent(details: AdapterDetails, keyword: string): void;
  revert(adapterId: string, keyword: string): void;
  resetToDefault(details: AdapterDetails, keyword: string): void;
  resetAdapter(details: AdapterDetails): void;
  applyFix(details: AdapterDetails, fix: readonly FixChange[]): void;
  discard(adapterId?: string): void;
  replace(state: PendingState): void;
  rebase(details: AdapterDetails): void;
}

/** The pending-changes store. */
export const usePendingStore = create<PendingState & PendingActions>()((set) => ({
  ...EMPTY_PENDING,
  setValue: (d, k, v) => set((s) => setValue(s, d, k, v)),
  setNotPresent: (d, k) => set((s) => setNotPresent(s, d, k)),
  revert: (a, k) => set((s) => revert(s, a, k)),
  resetToDefault: (d, k) => set((s) => resetToDefault(s, d, k)),
  resetAdapter: (d) => set((s) => resetAdapter(s, d)),
  applyFix: (d, f) => set((s) => applyFix(s, d, f)),
  discard: (a) => set((s) => discard(s, a)),
  replace: (next) => set(() => ({ edits: next.edits })),
  rebase: (d) => set((s) => rebase(s, d)),
}));
