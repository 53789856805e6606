/** Every rule finding for the selected adapter (with pending edits applied), each with its Fix. */

import { useCallback } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { Finding, FixAlternative, RuleReport } from '../../../shared/rules/types';
import { usePendingStore } from '../../stores/pending-changes';
import { FindingItem } from './finding-item';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  none: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

export function FindingsPanel({ details, report }: { readonly details: AdapterDetails; readonly report: RuleReport }) {
  const styles = useStyles();
  const applyFix = usePendingStore((s) => s.applyFix);
  const onFix = useCallback((_f: Finding, fix: FixAlternative) => applyFix(details, fix.changes), [applyFix, details]);
  if (report.findings.length === 0) {
    return (
      <div className={styles.none} data-testid="no-findings">
        <CheckmarkCircleRegular className={styles.ok} aria-hidden="true" />
        <Text>No problems found in this adapter’s settings.</Text>
      </div>
    );
  }
  return (
    <ul className={styles.list} aria-label="Findings" data-testid="findings">
      {report.findings.map((f) => (
        <FindingItem key={`${f.id}:${f.keywords.join(',')}`} finding={f} onFix={onFix} />
      ))}
    </ul>
  );
}
