/**
 * Errors and warnings as counts beside their icons: the same icons and colours as the row icons and
 * the findings, in the adapter list and the Findings header alike.
 */

import { makeStyles, tokens } from '@fluentui/react-components';
import { countsText, type FindingCounts } from '../../model/finding-counts';
import { SeverityIcon } from './severity-icon';

const useStyles = makeStyles({
  badges: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  count: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: '2px',
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
  },
});

export function CountBadges({ counts, testId }: { readonly counts: FindingCounts; readonly testId?: string }) {
  const styles = useStyles();
  if (counts.errors === 0 && counts.warnings === 0) return null;
  return (
    <span className={styles.badges} role="img" aria-label={countsText(counts)} data-testid={testId} data-errors={counts.errors} data-warnings={counts.warnings}>
      {counts.errors > 0 && (
        <span className={styles.count} aria-hidden="true">
          <SeverityIcon severity="error" size={14} />
          {counts.errors}
        </span>
      )}
      {counts.warnings > 0 && (
        <span className={styles.count} aria-hidden="true">
          <SeverityIcon severity="warning" size={14} />
          {counts.warnings}
        </span>
      )}
    </span>
  );
}
