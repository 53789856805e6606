/** Main pane: the selected adapter's header, search, grouping, reset, the Advanced list and registry-only keywords. */

import { Button, SearchBox, Spinner, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { RuleReport } from '../../../shared/rules/types';
import { usePendingStore, resetAdapter } from '../../stores/pending-changes';
import { useViewStore } from '../../stores/view-options';
import { PropertyGrid } from './property-grid';
import { RegistryOnlySection } from './registry-only-section';
import { adapterTitle } from '../adapters/adapter-item';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0 },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', flex: '1 1 220px', minWidth: 0 },
  title: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  search: { width: '240px' },
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
  const title = adapterTitle({ ...a, errorCount: 0, warningCount: 0 });
  return (
    <main className={styles.pane} aria-labelledby="adapter-title">
      <div className={styles.head}>
        <div className={styles.titles}>
          <Text as="h2" size={500} weight="semibold" id="adapter-title" className={styles.title}>
            {title}
          </Text>
          <Text size={200} className={styles.subtitle}>
            {[a.connectionName ? a.description : null, `Instance ${a.id}`, a.componentId, `${details.properties.length} properties`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </div>
        <SearchBox
          className={styles.search}
          placeholder="Search labels, keywords, explanations"
          aria-label="Search properties"
          value={search}
          onChange={(_e, d) => setSearch(d.value)}
        />
        <Switch label="Group by category" checked={group} onChange={(_e, d) => setView('groupByCategory', d.checked)} />
        <Button icon={<ArrowResetRegular />} disabledFocusable={!wouldReset} onClick={() => resetAll(details)}>
          Reset adapter to defaults
        </Button>
      </div>
      <div className={styles.scroll}>
        <PropertyGrid details={details} report={report} title={`Advanced properties of ${title}`} />
        {showRegistryOnly && <RegistryOnlySection values={details.registryOnly} search={search} />}
      </div>
    </main>
  );
}
