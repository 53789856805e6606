/** Main pane: the selected adapter's header, search, grouping, reset, the Advanced list and registry-only keywords. */

import { Button, SearchBox, Spinner, Switch, Text, Tooltip, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { RuleReport } from '../../../shared/rules/types';
import { usePendingStore, resetAdapter } from '../../stores/pending-changes';
import { useViewStore } from '../../stores/view-options';
import { PropertyGrid } from './property-grid';
import { RegistryOnlySection } from './registry-only-section';
import { adapterTitle } from '../adapters/adapter-item';
import { AdapterActions } from '../profiles/adapter-actions';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 },
  head: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { margin: 0, overflowWrap: 'anywhere' },
  subtitle: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  search: { flex: '1 1 160px', minWidth: '120px', maxWidth: '320px' },
  // The adapter-wide actions wrap as one group, so a narrow window gets two tidy rows, never one orphan button.
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, marginInlineStart: 'auto' },
  legend: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  swatch: {
    width: '12px',
    height: '12px',
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 0 ${tokens.colorPaletteMarigoldBorderActive}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  scroll: { flex: 1, overflow: 'auto', paddingBottom: tokens.spacingVerticalL },
  loading: { padding: tokens.spacingHorizontalXXL },
});

export interface PropertyPanelProps {
  readonly details: AdapterDetails | null;
  readonly report: RuleReport;
}

export function PropertyPanel({ details, report }: PropertyPanelProps) {
  const styles = useStyles();
  const search = useViewStore((s) => s.search);
  const setSearch = useViewStore((s) => s.setSearch);
  const group = useViewStore((s) => s.groupByCategory);
  const setView = useViewStore((s) => s.set);
  const showRegistryOnly = useViewStore((s) => s.showRegistryOnly);
  const resetAll = usePendingStore((s) => s.resetAdapter);
  const wouldReset = usePendingStore((s) => (details ? resetAdapter(s, details) !== s : false));

  if (!details) {
    return (
      <main className={styles.pane}>
        <Spinner className={styles.loading} label="Reading adapter…" />
      </main>
    );
  }
  const a = details.adapter;
  const title = adapterTitle(a);
  const subtitle = [a.connectionName ? a.description : null, `Instance ${a.id}`, a.componentId, `${details.properties.length} properties`]
    .filter(Boolean)
    .join(' · ');
  return (
    <main className={styles.pane} aria-labelledby="adapter-title">
      <div className={styles.head}>
        <div className={styles.titleRow}>
          <Text as="h2" size={500} weight="semibold" id="adapter-title" className={styles.title}>
            {title}
          </Text>
          <span className={styles.legend}>
            <span className={styles.swatch} aria-hidden="true" />
            <Text size={200}>Highlighted: not the default</Text>
          </span>
        </div>
        <Text size={200} className={styles.subtitle} title={subtitle}>
          {subtitle}
        </Text>
        <div className={styles.tools}>
          <SearchBox
            className={styles.search}
            placeholder="Search labels, keywords, explanations"
            aria-label="Search properties"
            value={search}
            onChange={(_e, d) => setSearch(d.value)}
          />
          <Switch label="Group by category" checked={group} onChange={(_e, d) => setView('groupByCategory', d.checked)} />
          <div className={styles.actions}>
            <Tooltip content="Set every property that differs from its default back to the driver's default (as pending changes)" relationship="description">
              <Button icon={<ArrowResetRegular />} disabledFocusable={!wouldReset} onClick={() => resetAll(details)}>
                Reset all
              </Button>
            </Tooltip>
            <AdapterActions details={details} />
          </div>
        </div>
      </div>
      <div className={styles.scroll}>
        <PropertyGrid details={details} report={report} title={`Advanced properties of ${title}`} />
        {showRegistryOnly && <RegistryOnlySection values={details.registryOnly} search={search} />}
      </div>
    </main>
  );
}
