/** One rule finding: severity icon, the sentence, keywords involved, and its Fix button. */

import { memo } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled, WrenchRegular } from '@fluentui/react-icons';
import type { Finding } from '../../../shared/rules/types';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  icon: { marginTop: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  keywords: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  fix: { alignSelf: 'flex-start' },
});

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export interface FindingItemProps {
  readonly finding: Finding;
  readonly fixSummary: string | null;
  readonly onFix: (finding: Finding) => void;
}

export const FindingItem = memo(function FindingItem({ finding: f, fixSummary, onFix }: FindingItemProps) {
  const styles = useStyles();
  const Icon = f.severity === 'error' ? ErrorCircleFilled : f.severity === 'warning' ? WarningFilled : InfoFilled;
  return (
    <li className={styles.item} data-finding-id={f.id}>
      <Icon className={`${styles.icon} ${styles[f.severity]}`} role="img" aria-label={SEVERITY_WORD[f.severity]} fontSize={18} />
      <div className={styles.body}>
        <Text>{f.message}</Text>
        <span className={styles.keywords}>
          {f.id} · {f.keywords.join(', ')}
        </span>
        {f.fix && f.fix.length > 0 && (
          <Button
            className={styles.fix}
            size="small"
            icon={<WrenchRegular />}
            aria-label={`Fix: ${fixSummary ?? f.message}`}
            title={fixSummary ?? undefined}
            onClick={() => onFix(f)}
          >
            Fix
          </Button>
        )}
      </div>
    </li>
  );
});
