/** Memoised selectors shared by several features. */

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AdapterDetails, Property } from '../../shared/model/adapter';
import type { FixChange, RuleReport } from '../../shared/rules/types';
import { liveReport, EMPTY_REPORT } from '../model/rules-bridge';
import { useAppStore } from './app-store';
import { usePendingStore, type PendingEdit } from './pending-changes';

/** Details of the selected adapter, or null while loading / nothing selected. */
export function useSelectedDetails(): AdapterDetails | null {
  return useAppStore((s) => (s.selectedAdapterId === null ? null : (s.details[s.selectedAdapterId] ?? null)));
}

/** The selected property of the selected adapter. */
export function useSelectedProperty(): Property | null {
  const details = useSelectedDetails();
  const keyword = useAppStore((s) => s.selectedKeyword);
  return useMemo(() => details?.properties.find((p) => p.keyword === keyword) ?? null, [details, keyword]);
}

/** Pending edits of one adapter (stable while they do not change). */
export function useAdapterEdits(adapterId: string | null): readonly PendingEdit[] {
  return usePendingStore(useShallow((s) => Object.values(s.edits).filter((e) => e.adapterId === adapterId)));
}

/** The rule report for the selected adapter with its pending edits applied: live feedback. */
export function useLiveReport(): RuleReport {
  const details = useSelectedDetails();
  const globals = useAppStore((s) => s.globals);
  const edits = useAdapterEdits(details?.adapter.id ?? null);
  return useMemo(() => {
    if (!details || !globals) return EMPTY_REPORT;
    const changes: FixChange[] = edits.map((e) => ({ keyword: e.keyword, value: e.value }));
    return liveReport(details, globals, changes);
  }, [details, globals, edits]);
}
