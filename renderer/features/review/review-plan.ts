/** The review diff: one line per pending edit, in words and raw. Pure. */

import type { AdapterSummary } from '../../../shared/ipc/contract';
import type { AdapterDetails } from '../../../shared/model/adapter';
import { propertyLabel, rawPendingText, rawValueText, storedText, valueDisplay } from '../../model/display';
import type { PendingState } from '../../stores/pending-changes';

export interface DiffRow {
  readonly key: string;
  readonly adapter: string;
  readonly label: string;
  readonly keyword: string;
  readonly oldText: string;
  readonly newText: string;
  readonly oldRaw: string;
  readonly newRaw: string;
}

export function diffRows(
  pending: PendingState,
  adapters: readonly AdapterSummary[],
  details: Readonly<Record<string, AdapterDetails>>,
): DiffRow[] {
  return Object.entries(pending.edits).map(([key, e]) => {
    const a = adapters.find((x) => x.id === e.adapterId);
    const p = details[e.adapterId]?.properties.find((x) => x.keyword === e.keyword);
    const before = storedText(e.expectedBefore);
    const oldShown = p
      ? e.expectedBefore === null
        ? p.default !== null
          ? `${valueDisplay(p, p.default)} (not set, default)`
          : 'Not Present'
        : valueDisplay(p, before)
      : (before ?? 'Not Present');
    return {
      key,
      adapter: `${a?.connectionName ?? a?.description ?? 'Adapter'} (${e.adapterId})`,
      label: p ? propertyLabel(p) : e.keyword,
      keyword: e.keyword,
      oldText: oldShown,
      newText: p ? valueDisplay(p, e.value) : (e.value ?? 'Not Present'),
      oldRaw: rawValueText(e.expectedBefore),
      newRaw: rawPendingText(e.value),
    };
  });
}
