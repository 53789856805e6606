/** Which adapters the filter lets through; the selected one always stays visible. */

import type { AdapterSummary } from '../../../shared/ipc/contract';

export function visibleAdapters(
  adapters: readonly AdapterSummary[],
  filter: { readonly showHidden: boolean; readonly showVirtual: boolean },
  selectedId: string | null,
): readonly AdapterSummary[] {
  return adapters.filter((a) => a.id === selectedId || ((filter.showHidden || !a.hidden) && (filter.showVirtual || !a.virtual || a.physical)));
}
