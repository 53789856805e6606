/** One adapter in the list: connection name, description, kind badges, finding counts (pending changes included). */

import { memo } from 'react';
import { Badge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AdapterSummary } from '../../../shared/ipc/contract';
import { countsText, type FindingCounts } from '../../model/finding-counts';
import { CountBadges } from '../findings/count-badges';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    rowGap: tokens.spacingVerticalXXS,
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    outlineStyle: 'none',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(${tokens.strokeWidthThick} * -1)`,
    },
  },
  selected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 0 ${tokens.colorCompoundBrandStroke}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundSelected },
    // High contrast: backgrounds are overridden, so mark the selection with system colours.
    '@media (forced-colors: active)': { outline: '2px solid Highlight', outlineOffset: '-2px' },
  },
  name: { overflowWrap: 'anywhere' },
  description: {
    gridColumn: '1 / span 2',
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  badges: { gridColumn: '1 / span 2', display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface AdapterItemProps {
  readonly adapter: AdapterSummary;
  readonly selected: boolean;
  readonly focusable: boolean;
  readonly pendingCount: number;
  readonly counts: FindingCounts;
  readonly onSelect: (id: string) => void;
}

/** Title of an adapter: connection name if known, else description, else its id. */
export function adapterTitle(a: Pick<AdapterSummary, 'connectionName' | 'description' | 'id'>): string {
  return a.connectionName ?? a.description ?? `Adapter ${a.id}`;
}

export const AdapterItem = memo(function AdapterItem({ adapter: a, selected, focusable, pendingCount, counts, onSelect }: AdapterItemProps) {
  const styles = useStyles();
  const title = adapterTitle(a);
  const problems = countsText(counts);
  return (
    <div
      role="option"
      id={`adapter-${a.id}`}
      data-adapter-id={a.id}
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      aria-label={[
        title,
        a.connectionName ? a.description : null,
        a.infModel ? `install section ${a.infModel.installSection}` : null,
        problems,
        pendingCount > 0 ? `${pendingCount} pending` : '',
      ]
        .filter(Boolean)
        .join(', ')}
      className={mergeClasses(styles.item, selected && styles.selected)}
      onClick={() => onSelect(a.id)}
    >
      <Text weight="semibold" className={styles.name}>
        {title}
      </Text>
      <span aria-hidden="true">
        <CountBadges counts={counts} testId="adapter-counts" />
      </span>
      {a.connectionName && a.description && (
        <Text size={200} className={styles.description} title={a.description}>
          {a.description}
        </Text>
      )}
      {a.infModel && (
        <Text size={200} className={styles.description} title={a.infModel.hardwareIds.join('\n')}>
          [{a.infModel.installSection}] · {a.infModel.hardwareIds.length} device ID{a.infModel.hardwareIds.length === 1 ? '' : 's'}
        </Text>
      )}
      <span className={styles.badges} aria-hidden="true">
        {a.physical && (
          <Badge appearance="tint" color="brand" size="small">
            Physical
          </Badge>
        )}
        {a.virtual && (
          <Badge appearance="tint" color="informative" size="small">
            Virtual
          </Badge>
        )}
        {a.hidden && (
          <Badge appearance="tint" color="subtle" size="small">
            Hidden
          </Badge>
        )}
        {a.characteristics === null && (
          <Badge
            appearance="outline"
            color="informative"
            size="small"
            title="The source has no Characteristics value (a partial export): physical, virtual or hidden is not known."
          >
            Kind unknown
          </Badge>
        )}
        {pendingCount > 0 && (
          <Badge appearance="filled" color="brand" size="small">
            {pendingCount} pending
          </Badge>
        )}
      </span>
    </div>
  );
});
