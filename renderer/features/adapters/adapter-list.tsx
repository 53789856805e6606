/**
 * Left pane: the adapters, with the one filter for hidden adapters (and one for virtual ones); a
 * keyboard-navigable listbox. Counts include pending changes, and the pane says so.
 */

import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useAppStore } from '../../stores/app-store';
import { useViewStore } from '../../stores/view-options';
import { usePendingStore } from '../../stores/pending-changes';
import { selectAdapterAndLoad } from '../../stores/actions';
import { useCountsByAdapter } from '../../stores/selectors';
import { NO_COUNTS } from '../../model/finding-counts';
import { AdapterItem } from './adapter-item';
import { visibleAdapters } from './visible-adapters';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { paddingInline: tokens.spacingHorizontalM, paddingTop: tokens.spacingVerticalM, margin: 0 },
  filters: { display: 'flex', flexWrap: 'wrap', paddingInline: tokens.spacingHorizontalXS },
  list: {
    flex: 1,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalXS,
  },
  note: { paddingInline: tokens.spacingHorizontalM, paddingBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
  hint: { paddingInline: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

export function AdapterList() {
  const styles = useStyles();
  const adapters = useAppStore((s) => s.adapters);
  const selectedId = useAppStore((s) => s.selectedAdapterId);
  const showHidden = useViewStore((s) => s.showHidden);
  const showVirtual = useViewStore((s) => s.showVirtual);
  const setView = useViewStore((s) => s.set);
  const edits = usePendingStore((s) => s.edits);
  const counts = useCountsByAdapter();
  const loaded = useAppStore((s) => Object.keys(s.details).length);
  const listRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(() => visibleAdapters(adapters, { showHidden, showVirtual }, selectedId), [adapters, showHidden, showVirtual, selectedId]);
  const pendingByAdapter = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of Object.values(edits)) m.set(e.adapterId, (m.get(e.adapterId) ?? 0) + 1);
    return m;
  }, [edits]);
  const notShown = adapters.length - shown.length;

  const onSelect = useCallback((id: string) => void selectAdapterAndLoad(id), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = shown.findIndex((a) => a.id === selectedId);
    let next = index;
    if (e.key === 'ArrowDown') next = Math.min(shown.length - 1, index + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = shown.length - 1;
    else return;
    e.preventDefault();
    const target = shown[next];
    if (!target) return;
    void selectAdapterAndLoad(target.id);
    listRef.current?.querySelector<HTMLElement>(`[data-adapter-id="${target.id}"]`)?.focus();
  };

  const focusId = shown.some((a) => a.id === selectedId) ? selectedId : (shown[0]?.id ?? null);

  return (
    <nav className={styles.pane} aria-label="Adapters">
      <Text as="h2" size={300} weight="semibold" className={styles.heading} id="adapters-heading">
        Adapters
      </Text>
      <div className={styles.filters}>
        <Checkbox label="Show hidden adapters" checked={showHidden} onChange={(_e, d) => setView('showHidden', d.checked === true)} />
        <Checkbox label="Show virtual" checked={showVirtual} onChange={(_e, d) => setView('showVirtual', d.checked === true)} />
      </div>
      <div
        ref={listRef}
        role="listbox"
        aria-labelledby="adapters-heading"
        aria-activedescendant={undefined}
        className={styles.list}
        onKeyDown={onKeyDown}
        data-details-loaded={loaded}
        data-adapter-count={adapters.length}
      >
        {shown.map((a) => (
          <AdapterItem
            key={a.id}
            adapter={a}
            selected={a.id === selectedId}
            focusable={a.id === focusId}
            pendingCount={pendingByAdapter.get(a.id) ?? 0}
            counts={counts.get(a.id) ?? NO_COUNTS}
            onSelect={onSelect}
          />
        ))}
      </div>
      <Text size={200} className={styles.hint} id="adapter-counts-hint">
        Error and warning counts include pending changes.
      </Text>
      {notShown > 0 && (
        <Text size={200} className={styles.note}>
          {notShown} adapter{notShown === 1 ? '' : 's'} not shown by the filter.
        </Text>
      )}
    </nav>
  );
}
