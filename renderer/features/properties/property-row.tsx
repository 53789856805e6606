/** One row of the Advanced list. Memoised: a keystroke elsewhere does not re-render it. */

import { memo } from 'react';
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CircleSmallFilled } from '@fluentui/react-icons';
import type { PropertyRowModel } from './property-rows';
import { StatusIcon } from './status-icon';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    minHeight: '32px',
    paddingInline: tokens.spacingHorizontalS,
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
  withRaw: { gridTemplateColumns: '28px minmax(150px, 2fr) minmax(110px, 1.4fr) minmax(120px, 1.3fr) minmax(120px, 1.2fr) 64px' },
  withoutRaw: { gridTemplateColumns: '28px minmax(150px, 2fr) minmax(110px, 1.4fr) minmax(120px, 1.3fr) 64px' },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 0 ${tokens.colorCompoundBrandStroke}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
    // High contrast: backgrounds are overridden, so mark the selection with system colours.
    '@media (forced-colors: active)': { outline: '2px solid Highlight', outlineOffset: '-2px' },
  },
  cell: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  pendingValue: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  statusCell: { display: 'flex', alignItems: 'center', justifyContent: 'center' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  pendingDot: { color: tokens.colorBrandForeground1 },
  valueCell: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
});

/** One row: its model (without the grouping category) plus how the list shows it. */
export interface PropertyRowProps extends Omit<PropertyRowModel, 'category'> {
  readonly selected: boolean;
  readonly focusable: boolean;
  readonly showRaw: boolean;
  readonly onSelect: (keyword: string) => void;
}

export const PropertyRow = memo(function PropertyRow(props: PropertyRowProps) {
  const styles = useStyles();
  const statusClass = props.status === 'warning' ? styles.warning : props.status === 'info' ? styles.info : styles.error;
  return (
    <div
      role="row"
      aria-selected={props.selected}
      tabIndex={props.focusable ? 0 : -1}
      data-keyword={props.keyword}
      className={mergeClasses(styles.row, props.showRaw ? styles.withRaw : styles.withoutRaw, props.selected && styles.selected)}
      onClick={() => props.onSelect(props.keyword)}
    >
      <div role="gridcell" className={styles.statusCell}>
        <StatusIcon status={props.status} text={props.statusText} className={statusClass} />
      </div>
      <div role="gridcell" className={styles.cell}>
        {props.label}
      </div>
      <div role="gridcell" className={styles.valueCell}>
        {props.pending && <CircleSmallFilled className={styles.pendingDot} aria-label="Changed, not applied yet" role="img" />}
        <span className={mergeClasses(styles.cell, props.pending && styles.pendingValue)}>{props.valueText}</span>
      </div>
      <div role="gridcell" className={mergeClasses(styles.cell, styles.mono)}>
        {props.keyword}
      </div>
      {props.showRaw && (
        <div role="gridcell" className={mergeClasses(styles.cell, styles.mono)}>
          {props.rawText}
        </div>
      )}
      <div role="gridcell">
        {props.isDefault && (
          <Badge appearance="tint" color="informative" size="small">
            default
          </Badge>
        )}
      </div>
    </div>
  );
});
