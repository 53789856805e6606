/** One row of the Advanced list. Memoised: a keystroke elsewhere does not re-render it. */

import { memo } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CircleSmallFilled } from '@fluentui/react-icons';
import { GRID_COLUMNS, showsKeyword, showsRaw, type ColumnLayout } from './columns';
import type { PropertyRowModel } from './property-rows';
import { StatusIcon } from './status-icon';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '32px',
    paddingInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    outlineStyle: 'none',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
    },
  },
  full: { gridTemplateColumns: GRID_COLUMNS.full },
  noRaw: { gridTemplateColumns: GRID_COLUMNS['no-raw'] },
  narrow: { gridTemplateColumns: GRID_COLUMNS.narrow },
  // Not the default: a tinted row and a bar at the start, so what differs from the driver stands out.
  nonDefault: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 0 ${tokens.colorPaletteMarigoldBorderActive}`,
    '@media (forced-colors: active)': { borderLeftWidth: '3px', borderLeftStyle: 'solid', borderLeftColor: 'CanvasText' },
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 0 ${tokens.colorCompoundBrandStroke}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
    // High contrast: backgrounds are overridden, so mark the selection with system colours.
    '@media (forced-colors: active)': { outline: '2px solid Highlight', outlineOffset: '-2px' },
  },
  // Labels wrap instead of being cut off (IPv4 and IPv6 variants differ only at the end).
  label: { overflowWrap: 'anywhere', minWidth: 0 },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Pending: the brand dot marks it; the text keeps the normal colour, readable on the highlight too.
  pendingValue: { fontWeight: tokens.fontWeightSemibold, fontStyle: 'italic' },
  changedValue: { fontWeight: tokens.fontWeightSemibold },
  statusCell: { display: 'flex', alignItems: 'center', justifyContent: 'center' },
  pendingDot: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  valueCell: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
});

/** One row: its model (without the grouping category) plus how the list shows it. */
export interface PropertyRowProps extends Omit<PropertyRowModel, 'category'> {
  readonly selected: boolean;
  readonly focusable: boolean;
  readonly layout: ColumnLayout;
  readonly onSelect: (keyword: string) => void;
}

export const PropertyRow = memo(function PropertyRow(props: PropertyRowProps) {
  const styles = useStyles();
  const layoutClass = props.layout === 'full' ? styles.full : props.layout === 'no-raw' ? styles.noRaw : styles.narrow;
  const description = [
    props.nonDefault ? `Not the default${props.defaultText ? ` (${props.defaultText.toLowerCase()})` : ''}` : '',
    props.pending ? 'changed, not applied yet' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <div
      role="row"
      aria-selected={props.selected}
      aria-description={description || undefined}
      tabIndex={props.focusable ? 0 : -1}
      data-keyword={props.keyword}
      data-non-default={props.nonDefault || undefined}
      className={mergeClasses(styles.row, layoutClass, props.nonDefault && styles.nonDefault, props.selected && styles.selected)}
      onClick={() => props.onSelect(props.keyword)}
    >
      <div role="gridcell" className={styles.statusCell}>
        <StatusIcon status={props.status} text={props.statusText} />
      </div>
      <div role="gridcell" className={styles.label} data-column="label">
        {props.label}
      </div>
      <div role="gridcell" className={styles.valueCell} title={props.defaultText ? `${props.valueText} (${props.defaultText})` : props.valueText}>
        {props.pending && <CircleSmallFilled className={styles.pendingDot} aria-label="Changed, not applied yet" role="img" />}
        <span className={mergeClasses(styles.cell, props.nonDefault && styles.changedValue, props.pending && styles.pendingValue)}>{props.valueText}</span>
      </div>
      {showsKeyword(props.layout) && (
        <div role="gridcell" className={mergeClasses(styles.cell, styles.mono)} title={props.keyword}>
          {props.keyword}
        </div>
      )}
      {showsRaw(props.layout) && (
        <div role="gridcell" className={mergeClasses(styles.cell, styles.mono)} title={props.rawText}>
          {props.rawText}
        </div>
      )}
    </div>
  );
});
