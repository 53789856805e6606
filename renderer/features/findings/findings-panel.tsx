/**
 * Rule findings with their fixes, for the selected adapter or for every adapter, as they will be
 * with the pending changes (the same reports the counts come from).
 */

import { useCallback } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { AdapterSummary } from '../../../shared/ipc/contract';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { Finding, FixAlternative, RuleReport } from '../../../shared/rules/types';
import { countFindings } from '../../model/finding-counts';
import { usePendingStore } from '../../stores/pending-changes';
import { selectAdapterAndLoad } from '../../stores/actions';
import { adapterTitle } from '../adapters/adapter-item';
import { CountBadges } from './count-badges';
import { FindingItem } from './finding-item';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  none: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  group: { marginBottom: tokens.spacingVerticalM },
  groupHead: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  adapterButton: { paddingInline: 0, minWidth: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'start' },
});

function FindingList({ details, report }: { readonly details: AdapterDetails; readonly report: RuleReport }) {
  const styles = useStyles();
  const applyFix = usePendingStore((s) => s.applyFix);
  const onFix = useCallback((_f: Finding, fix: FixAlternative) => applyFix(details, fix.changes), [applyFix, details]);
  return (
    <ul className={styles.list} aria-label={`Findings of ${adapterTitle(details.adapter)}`} data-testid="findings" data-adapter-id={details.adapter.id}>
      {report.findings.map((f) => (
        <FindingItem key={`${f.id}:${f.keywords.join(',')}`} finding={f} onFix={onFix} />
      ))}
    </ul>
  );
}

function NoFindings({ text }: { readonly text: string }) {
  const styles = useStyles();
  return (
    <div className={styles.none} data-testid="no-findings">
      <CheckmarkCircleRegular className={styles.ok} aria-hidden="true" />
      <Text>{text}</Text>
    </div>
  );
}

/** The selected adapter's findings. */
export function FindingsPanel({ details, report }: { readonly details: AdapterDetails; readonly report: RuleReport }) {
  if (report.findings.length === 0) return <NoFindings text="No problems found in this adapter’s settings." />;
  return <FindingList details={details} report={report} />;
}

/** Every adapter's findings, adapter by adapter; the adapter's name selects it. */
export function AllFindingsPanel({
  adapters,
  details,
  reports,
}: {
  readonly adapters: readonly AdapterSummary[];
  readonly details: Readonly<Record<string, AdapterDetails>>;
  readonly reports: Readonly<Record<string, RuleReport>>;
}) {
  const styles = useStyles();
  const withFindings = adapters.filter((a) => (reports[a.id]?.findings.length ?? 0) > 0 && details[a.id]);
  const notRead = adapters.filter((a) => !details[a.id]).length;
  if (withFindings.length === 0)
    return (
      <NoFindings
        text={notRead > 0 ? `No problems found so far (${notRead} adapter${notRead === 1 ? '' : 's'} still being read).` : 'No problems found on any adapter.'}
      />
    );
  return (
    <div data-testid="all-findings">
      {withFindings.map((a) => {
        const report = reports[a.id]!;
        return (
          <section key={a.id} className={styles.group} aria-label={adapterTitle(a)}>
            <div className={styles.groupHead}>
              <Button appearance="transparent" className={styles.adapterButton} onClick={() => void selectAdapterAndLoad(a.id)}>
                {adapterTitle(a)}
              </Button>
              <CountBadges counts={countFindings(report.findings)} />
            </div>
            <FindingList details={details[a.id]!} report={report} />
          </section>
        );
      })}
    </div>
  );
}
