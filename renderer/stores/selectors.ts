/** Memoised selectors shared by several features. */

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AdapterDetails, Globals, Property } from '../../shared/model/adapter';
import type { RuleReport } from '../../shared/rules/types';
import { adapterCounts, type FindingCounts } from '../model/finding-counts';
import { cachedLiveReport } from '../model/live-reports';
import { EMPTY_REPORT } from '../model/rules-bridge';
import { useAppStore } from './app-store';
import { adapterEdits, usePendingStore, type PendingEdit, type PendingState } from './pending-changes';

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

/** The live report (pending edits applied) of every adapter whose details are loaded. */
export function liveReports(
  details: Readonly<Record<string, AdapterDetails>>,
  globals: Globals | null,
  pending: PendingState,
): Readonly<Record<string, RuleReport>> {
  if (!globals) return {};
  const out: Record<string, RuleReport> = {};
  for (const [id, d] of Object.entries(details)) out[id] = cachedLiveReport(d, globals, adapterEdits(pending, id));
  return out;
}

/** Live reports of all loaded adapters. */
export function useLiveReports(): Readonly<Record<string, RuleReport>> {
  const details = useAppStore((s) => s.details);
  const globals = useAppStore((s) => s.globals);
  const edits = usePendingStore((s) => s.edits);
  return useMemo(() => liveReports(details, globals, { edits }), [details, globals, edits]);
}

/** The live report of the selected adapter. */
export function useLiveReport(): RuleReport {
  const details = useSelectedDetails();
  const globals = useAppStore((s) => s.globals);
  const edits = useAdapterEdits(details?.adapter.id ?? null);
  return useMemo(() => {
    if (!details || !globals) return EMPTY_REPORT;
    return cachedLiveReport(
      details,
      globals,
      edits.map((e) => ({ keyword: e.keyword, value: e.value })),
    );
  }, [details, globals, edits]);
}

/** Counts per adapter id, one definition for the chip and the Findings header (pending changes included). */
export function useCountsByAdapter(): ReadonlyMap<string, FindingCounts> {
  const adapters = useAppStore((s) => s.adapters);
  const reports = useLiveReports();
  return useMemo(() => new Map(adapters.map((a) => [a.id, adapterCounts(a, reports[a.id] ?? null)])), [adapters, reports]);
}
