/**
 * Page state that is neither data nor a view preference: what the review dialog is about, which
 * sections of the side panel are open. Not persisted.
 */

import { create } from 'zustand';

/** What the review dialog shows: the pending changes before Apply, or one history entry before Undo. */
export type ReviewRequest = { readonly kind: 'apply' } | { readonly kind: 'undo'; readonly entryId: string };

export type SideSection = 'findings' | 'effective' | 'history';

export interface UiState {
  readonly review: ReviewRequest | null;
  readonly openSections: readonly SideSection[];
  /** A section to bring into view once it is open (History from the toolbar), with a counter so the same one can be asked again. */
  readonly reveal: { readonly section: SideSection; readonly seq: number } | null;
}

interface UiActions {
  openReview(request: ReviewRequest): void;
  closeReview(): void;
  setOpenSections(sections: readonly SideSection[]): void;
  /** Open one section, leave the others as they are, and bring it into view. */
  revealSection(section: SideSection): void;
}

export const INITIAL_UI: UiState = { review: null, openSections: ['findings', 'history'], reveal: null };

export const useUiStore = create<UiState & UiActions>()((set) => ({
  ...INITIAL_UI,
  openReview: (review) => set(() => ({ review })),
  closeReview: () => set(() => ({ review: null })),
  setOpenSections: (openSections) => set(() => ({ openSections })),
  revealSection: (section) =>
    set((s) => ({
      openSections: s.openSections.includes(section) ? s.openSections : [...s.openSections, section],
      reveal: { section, seq: (s.reveal?.seq ?? 0) + 1 },
    })),
}));
