/**
 * What the back end told us: the source, the adapters, per-adapter details, globals, history,
 * plus the selection and the notices shown at the top of the page.
 *
 * Transitions are plain functions of the state; the async actions (which call the client) live in
 * `actions.ts`.
 */

import { create } from 'zustand';
import type { AdapterSummary, SourceInfo } from '../../shared/ipc/contract';
import type { AdapterDetails, Globals } from '../../shared/model/adapter';
import type { JournalEntry } from '../../shared/model/journal';

export type NoticeIntent = 'error' | 'warning' | 'success' | 'info';

/** An action button a notice offers. */
export type NoticeAction =
  | { readonly kind: 'reload' }
  | { readonly kind: 'relaunch-elevated' }
  /** Undo the change set just applied (opens the review first). */
  | { readonly kind: 'undo'; readonly entryId: string };

export interface Notice {
  readonly id: number;
  readonly intent: NoticeIntent;
  readonly title: string;
  readonly message: string;
  readonly details?: readonly string[];
  readonly actions?: readonly NoticeAction[];
}

export interface AppState {
  readonly source: SourceInfo | null;
  readonly adapters: readonly AdapterSummary[];
  readonly details: Readonly<Record<string, AdapterDetails>>;
  readonly globals: Globals | null;
  readonly history: readonly JournalEntry[];
  readonly selectedAdapterId: string | null;
  readonly selectedKeyword: string | null;
  readonly notices: readonly Notice[];
  readonly loading: boolean;
  readonly busy: boolean;
  /** Increments when data is replaced (source change, apply, undo), so views can reset. */
  readonly generation: number;
}

export const INITIAL_APP: AppState = {
  source: null,
  adapters: [],
  details: {},
  globals: null,
  history: [],
  selectedAdapterId: null,
  selectedKeyword: null,
  notices: [],
  loading: true,
  busy: false,
  generation: 0,
};

let noticeSeq = 0;

/**
 * Add a notice. The list is newest first (the page shows the newest); a notice with the same title
 * replaces the old one; a success clears the errors before it, which it has made stale.
 */
export function addNotice(state: AppState, notice: Omit<Notice, 'id'>): AppState {
  noticeSeq += 1;
  const others = state.notices.filter((n) => n.title !== notice.title && !(notice.intent === 'success' && n.intent === 'error'));
  return { ...state, notices: [{ ...notice, id: noticeSeq }, ...others] };
}

/** Success and plain information go away by themselves; warnings and errors wait for the person. */
export function dismissesItself(notice: Notice): boolean {
  return notice.intent === 'success' || notice.intent === 'info';
}

export function dismissNotice(state: AppState, id: number): AppState {
  return { ...state, notices: state.notices.filter((n) => n.id !== id) };
}

/** Select an adapter; the keyword selection goes with it. */
export function selectAdapter(state: AppState, adapterId: string | null): AppState {
  if (state.selectedAdapterId === adapterId) return state;
  return { ...state, selectedAdapterId: adapterId, selectedKeyword: null };
}

/** Pick the adapter to show after a (re)load: keep the current one if it still exists, else the first visible. */
export function chooseAdapter(current: string | null, adapters: readonly AdapterSummary[]): string | null {
  if (current !== null && adapters.some((a) => a.id === current)) return current;
  const firstShown = adapters.find((a) => !a.hidden) ?? adapters[0];
  return firstShown?.id ?? null;
}

export function withDetails(state: AppState, details: AdapterDetails): AppState {
  return { ...state, details: { ...state.details, [details.adapter.id]: details } };
}

export const useAppStore = create<AppState>()(() => INITIAL_APP);

/** Apply a pure transition to the store. */
export function updateApp(fn: (s: AppState) => AppState): void {
  useAppStore.setState((s) => fn(s), true);
}
