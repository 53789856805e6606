/**
 * How the page is shown: filters, columns, grouping, search. The toggles persist across restarts
 * (localStorage); what is read back is checked, so a stale or edited entry falls back to the defaults.
 */

import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface ViewOptions {
  /** Hidden adapters (WAN miniports…) in the adapter list. */
  readonly showHidden: boolean;
  readonly showVirtual: boolean;
  readonly showRegistryOnly: boolean;
  readonly showRaw: boolean;
  readonly groupByCategory: boolean;
  /** The Findings panel lists every adapter's findings, not only the selected one's. */
  readonly findingsAllAdapters: boolean;
  readonly search: string;
}

export const DEFAULT_VIEW: ViewOptions = {
  showHidden: false,
  showVirtual: true,
  showRegistryOnly: true,
  showRaw: true,
  groupByCategory: false,
  findingsAllAdapters: false,
  search: '',
};

export type ViewToggle = Exclude<keyof ViewOptions, 'search'>;

export const VIEW_TOGGLES: readonly ViewToggle[] = ['showHidden', 'showVirtual', 'showRegistryOnly', 'showRaw', 'groupByCategory', 'findingsAllAdapters'];

/** Where the toggles are kept. */
export const VIEW_STORAGE_KEY = 'nicprops.view';

export function toggle(state: ViewOptions, key: ViewToggle): ViewOptions {
  return { ...state, [key]: !state[key] };
}

/** The toggles found in stored data: booleans under known names only; anything else is ignored. */
export function readToggles(stored: unknown): Partial<Record<ViewToggle, boolean>> {
  if (typeof stored !== 'object' || stored === null) return {};
  const out: Partial<Record<ViewToggle, boolean>> = {};
  for (const key of VIEW_TOGGLES) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === 'boolean') out[key] = value;
  }
  return out;
}

/** The view toggle an Electron menu command flips, if it is one. */
export function toggleForMenu(cmd: MenuCommand): ViewToggle | null {
  switch (cmd) {
    case 'toggle-hidden-adapters':
      return 'showHidden';
    case 'toggle-registry-only':
      return 'showRegistryOnly';
    case 'toggle-raw-values':
      return 'showRaw';
    default:
      return null;
  }
}

interface ViewActions {
  toggle(key: ViewToggle): void;
  set(key: ViewToggle, value: boolean): void;
  setSearch(text: string): void;
}

/** localStorage when the page may use it; nothing (defaults every time) when it may not. */
function storage(): StateStorage {
  try {
    if (typeof localStorage !== 'undefined') return localStorage;
  } catch {
    // Storage disabled: fall through.
  }
  return { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
}

export const useViewStore = create<ViewOptions & ViewActions>()(
  persist(
    (set) => ({
      ...DEFAULT_VIEW,
      toggle: (key) => set((s) => toggle(s, key)),
      set: (key, value) => set(() => ({ [key]: value })),
      setSearch: (search) => set(() => ({ search })),
    }),
    {
      name: VIEW_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(storage),
      partialize: (s) => Object.fromEntries(VIEW_TOGGLES.map((k) => [k, s[k]])),
      merge: (stored, current) => ({ ...current, ...readToggles(stored) }),
    },
  ),
);
