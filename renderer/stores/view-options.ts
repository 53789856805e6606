/** What the person chose to see: toggles, search, grouping. Pure transitions plus the store. */

import { create } from 'zustand';
import type { MenuCommand } from '../../shared/ipc/contract';

export interface ViewOptions {
  readonly showHidden: boolean;
  readonly showVirtual: boolean;
  readonly showRegistryOnly: boolean;
  readonly showRaw: boolean;
  readonly groupByCategory: boolean;
  readonly search: string;
}

export const DEFAULT_VIEW: ViewOptions = {
  showHidden: false,
  showVirtual: true,
  showRegistryOnly: true,
  showRaw: true,
  groupByCategory: false,
  search: '',
};

export type ViewToggle = Exclude<keyof ViewOptions, 'search'>;

export function toggle(state: ViewOptions, key: ViewToggle): ViewOptions {
  return { ...state, [key]: !state[key] };
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

export const useViewStore = create<ViewOptions & ViewActions>()((set) => ({
  ...DEFAULT_VIEW,
  toggle: (key) => set((s) => toggle(s, key)),
  set: (key, value) => set(() => ({ [key]: value })),
  setSearch: (search) => set(() => ({ search })),
}));
