/**
 * The Advanced list as an ARIA grid: sorted by label, optional category groups, arrow-key navigation,
 * Space to flip a two-option property, Escape to drop the row's pending edit. Columns give way to
 * the width (columns.ts): labels are never cut off.
 */

import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, tokens, Text } from '@fluentui/react-components';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { RuleReport } from '../../../shared/rules/types';
import { updateApp, useAppStore } from '../../stores/app-store';
import { currentValue, usePendingStore } from '../../stores/pending-changes';
import { useViewStore } from '../../stores/view-options';
import { columnLayout, GRID_COLUMNS, showsKeyword, showsRaw, type ColumnLayout } from './columns';
import { PropertyRow } from './property-row';
import { buildRows, reuseRows, type RowGroup } from './property-rows';
import { toggledValue } from './toggle-value';

const useStyles = makeStyles({
  grid: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  header: {
    display: 'grid',
    columnGap: tokens.spacingHorizontalS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  full: { gridTemplateColumns: GRID_COLUMNS.full },
  noRaw: { gridTemplateColumns: GRID_COLUMNS['no-raw'] },
  narrow: { gridTemplateColumns: GRID_COLUMNS.narrow },
  groupRow: {
    paddingInline: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorBrandForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  hiddenText: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

export interface PropertyGridProps {
  readonly details: AdapterDetails;
  readonly report: RuleReport;
  readonly title: string;
}

/** The list's width, followed as the window or the panes resize. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function PropertyGrid({ details, report, title }: PropertyGridProps) {
  const styles = useStyles();
  const edits = usePendingStore((s) => s.edits);
  const search = useViewStore((s) => s.search);
  const group = useViewStore((s) => s.groupByCategory);
  const showRaw = useViewStore((s) => s.showRaw);
  const selectedKeyword = useAppStore((s) => s.selectedKeyword);
  const previous = useRef<readonly RowGroup[] | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const width = useWidth(gridRef);
  // Before the first measurement, assume the widest layout the person asked for.
  const layout: ColumnLayout = width === 0 ? (showRaw ? 'full' : 'no-raw') : columnLayout(width, showRaw);

  // Rows that did not change keep their identity, so memoised rows skip re-rendering on each
  // keystroke of an 80+ property adapter. The ref is a cache of the last result, not render state.
  const groups = useMemo(() => {
    // eslint-disable-next-line react-hooks/refs
    const next = reuseRows(previous.current, buildRows(details, { edits }, report, search, group));
    // eslint-disable-next-line react-hooks/refs
    previous.current = next;
    return next;
  }, [details, edits, report, search, group]);

  const order = useMemo(() => groups.flatMap((g) => g.rows.map((r) => r.keyword)), [groups]);
  const focusKeyword = selectedKeyword !== null && order.includes(selectedKeyword) ? selectedKeyword : (order[0] ?? null);

  const onSelect = useCallback((keyword: string) => updateApp((s) => ({ ...s, selectedKeyword: keyword })), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.target instanceof HTMLElement) || e.target.getAttribute('role') !== 'row') return;
    const rowKeyword = e.target.dataset.keyword ?? focusKeyword;
    const index = focusKeyword === null ? -1 : order.indexOf(focusKeyword);
    let next = index;
    if (e.key === 'ArrowDown') next = Math.min(order.length - 1, index + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = order.length - 1;
    else if (e.key === 'PageDown') next = Math.min(order.length - 1, index + 10);
    else if (e.key === 'PageUp') next = Math.max(0, index - 10);
    else if (e.key === ' ' && rowKeyword) {
      e.preventDefault();
      onSelect(rowKeyword);
      const p = details.properties.find((x) => x.keyword === rowKeyword);
      const pending = usePendingStore.getState();
      const flipped = p ? toggledValue(p, currentValue(pending, details, p)) : null;
      if (p && flipped !== null) pending.setValue(details, p.keyword, flipped);
      return;
    } else if (e.key === 'Escape' && rowKeyword) {
      usePendingStore.getState().revert(details.adapter.id, rowKeyword);
      return;
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (rowKeyword) onSelect(rowKeyword);
      document.getElementById('property-editor-control')?.focus();
      return;
    } else return;
    e.preventDefault();
    const keyword = order[next];
    if (keyword === undefined) return;
    onSelect(keyword);
    const row = gridRef.current?.querySelector<HTMLElement>(`[role="row"][data-keyword="${CSS.escape(keyword)}"]`);
    row?.focus();
  };

  const total = order.length;
  const columns = 3 + (showsKeyword(layout) ? 1 : 0) + (showsRaw(layout) ? 1 : 0);
  const layoutClass = layout === 'full' ? styles.full : layout === 'no-raw' ? styles.noRaw : styles.narrow;
  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={title}
      aria-rowcount={total + 1}
      aria-colcount={columns}
      aria-describedby="property-grid-help"
      className={styles.grid}
      onKeyDown={onKeyDown}
      data-testid="property-grid"
      data-adapter-id={details.adapter.id}
      data-layout={layout}
    >
      <span id="property-grid-help" className={styles.hiddenText}>
        Arrow keys move between properties; Enter edits the selected one; Space switches a two-option property; Escape drops its pending change. Highlighted
        rows are not at the driver default.
      </span>
      <div role="row" className={mergeClasses(styles.header, layoutClass)}>
        <div role="columnheader" aria-label="Status" />
        <div role="columnheader">Property</div>
        <div role="columnheader">Value</div>
        {showsKeyword(layout) && <div role="columnheader">Keyword</div>}
        {showsRaw(layout) && <div role="columnheader">Raw value</div>}
      </div>
      {total === 0 && (
        <div role="row">
          <div role="gridcell" className={styles.empty}>
            {search ? `No property matches “${search}”.` : 'This adapter has no Advanced properties.'}
          </div>
        </div>
      )}
      {groups.map((g) => (
        <div role="rowgroup" key={g.title ?? 'all'} aria-label={g.title ?? undefined}>
          {g.title !== null && (
            <div role="row" className={styles.groupRow}>
              <div role="gridcell" aria-colspan={columns}>
                <Text weight="semibold" size={200}>
                  {g.title} ({g.rows.length})
                </Text>
              </div>
            </div>
          )}
          {g.rows.map((r) => (
            <PropertyRow
              key={r.keyword}
              keyword={r.keyword}
              label={r.label}
              valueText={r.valueText}
              pending={r.pending}
              rawText={r.rawText}
              nonDefault={r.nonDefault}
              defaultText={r.defaultText}
              status={r.status}
              statusText={r.statusText}
              selected={r.keyword === selectedKeyword}
              focusable={r.keyword === focusKeyword}
              layout={layout}
              onSelect={onSelect}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
