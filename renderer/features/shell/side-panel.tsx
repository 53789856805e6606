/** Right pane: the property editor, then findings, effective state and history in collapsible sections. */

import { useEffect, useMemo } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Switch,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { RuleReport } from '../../../shared/rules/types';
import { countFindings, NO_COUNTS, type FindingCounts } from '../../model/finding-counts';
import { useAppStore } from '../../stores/app-store';
import { useCountsByAdapter, useLiveReports, useSelectedProperty } from '../../stores/selectors';
import { useUiStore, type SideSection } from '../../stores/ui-state';
import { useViewStore } from '../../stores/view-options';
import { fixAll } from '../../stores/profile-commands';
import { PropertyEditor } from '../editor/property-editor';
import { CountBadges } from '../findings/count-badges';
import { AllFindingsPanel, FindingsPanel } from '../findings/findings-panel';
import { EffectiveState } from '../findings/effective-state';
import { HistoryPanel } from '../history/history-panel';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    minWidth: 0,
    overflowY: 'auto',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  editor: {
    padding: tokens.spacingHorizontalL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  scope: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

function sum(all: Iterable<FindingCounts>): FindingCounts {
  let c = NO_COUNTS;
  for (const x of all) c = { errors: c.errors + x.errors, warnings: c.warnings + x.warnings, notes: c.notes + x.notes };
  return c;
}

export function SidePanel({ details, report }: { readonly details: AdapterDetails | null; readonly report: RuleReport }) {
  const styles = useStyles();
  const property = useSelectedProperty();
  const historyCount = useAppStore((s) => s.history.length);
  const adapters = useAppStore((s) => s.adapters);
  const allDetails = useAppStore((s) => s.details);
  const allScope = useViewStore((s) => s.findingsAllAdapters);
  const setView = useViewStore((s) => s.set);
  const openSections = useUiStore((s) => s.openSections);
  const setOpenSections = useUiStore((s) => s.setOpenSections);
  const reports = useLiveReports();
  const countsByAdapter = useCountsByAdapter();
  const reveal = useUiStore((s) => s.reveal);
  // History from the toolbar: once the section is open, scroll it into view and put focus on its header.
  // The section grows while it expands (and a loaded machine may take a while), so it is kept in view
  // each time its size changes, for a few seconds.
  useEffect(() => {
    if (!reveal) return;
    const el = document.getElementById(`${reveal.section}-section`);
    if (!el) return;
    el.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => el.scrollIntoView({ block: 'start' }));
    observer.observe(el);
    const stop = setTimeout(() => observer.disconnect(), 3000);
    return () => {
      clearTimeout(stop);
      observer.disconnect();
    };
  }, [reveal]);
  // Fixes "Fix all" would take: those of errors and warnings (information findings only suggest).
  const fixable = report.findings.filter((f) => f.severity !== 'info' && f.fixes.length > 0).length;
  const counts = useMemo(() => (allScope ? sum(countsByAdapter.values()) : countFindings(report.findings)), [allScope, countsByAdapter, report]);

  return (
    <aside className={styles.pane} aria-label="Details">
      <div className={styles.editor}>
        {details && property ? (
          <PropertyEditor key={`${details.adapter.id}:${property.keyword}`} details={details} property={property} report={report} />
        ) : (
          <Text className={styles.hint}>Select a property to change it. Its findings, explanation and driver metadata appear here.</Text>
        )}
      </div>
      <Accordion multiple collapsible openItems={[...openSections]} onToggle={(_e, d) => setOpenSections(d.openItems as SideSection[])}>
        <AccordionItem value="findings">
          <AccordionHeader as="h2">
            <span className={styles.header}>
              {allScope ? 'Findings, all adapters' : 'Findings'}
              <CountBadges counts={counts} testId="findings-counts" />
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.scope}>
              <Text size={200} className={styles.note}>
                Includes pending changes.
              </Text>
              {!allScope && details && (
                <Tooltip
                  content={fixable === 0 ? 'No finding offers a fix' : "Every finding's fix as pending changes, shown in the review"}
                  relationship="description"
                >
                  <Button size="small" icon={<WrenchRegular />} disabledFocusable={fixable === 0} onClick={() => void fixAll()}>
                    Fix all
                  </Button>
                </Tooltip>
              )}
              <Switch label="All adapters" checked={allScope} onChange={(_e, d) => setView('findingsAllAdapters', d.checked)} />
            </div>
            {allScope ? (
              <AllFindingsPanel adapters={adapters} details={allDetails} reports={reports} />
            ) : (
              details && <FindingsPanel details={details} report={report} />
            )}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="effective">
          <AccordionHeader as="h2">Requested vs effective</AccordionHeader>
          <AccordionPanel>
            <EffectiveState features={report.effective} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="history" id="history-section">
          <AccordionHeader as="h2">
            <span className={styles.header}>
              History
              {historyCount > 0 && (
                <CounterBadge count={historyCount} color="informative" appearance="ghost" size="small" aria-label={`${historyCount} entries`} />
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <HistoryPanel />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </aside>
  );
}
