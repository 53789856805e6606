/** One rule finding: severity icon, the sentence, a button per fix alternative, and a details line (rule, source, keywords). */

import { memo } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { WrenchRegular } from '@fluentui/react-icons';
import { confidenceText } from '../../../shared/rules/rule-sources';
import type { Finding, FixAlternative } from '../../../shared/rules/types';
import { SeverityIcon } from './severity-icon';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  compact: { paddingBlock: tokens.spacingVerticalXS, borderBottom: 'none' },
  icon: { marginTop: '2px' },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  fixes: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXS },
  fix: { textAlign: 'start', height: 'auto', minHeight: '24px', paddingBlock: tokens.spacingVerticalXXS },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly onFix: (finding: Finding, fix: FixAlternative) => void;
  /** Fewer borders and no keyword list: inside the editor, where the property is obvious. */
  readonly compact?: boolean;
}

/** "R3.a · a recommendation derived from … · *LsoV2IPv4, *TCPChecksumOffloadIPv4" */
export function findingDetailsText(f: Finding, withKeywords = true): string {
  return [f.id, confidenceText(f.details), withKeywords ? f.keywords.join(', ') : null].filter(Boolean).join(' · ');
}

export const FindingItem = memo(function FindingItem({ finding: f, onFix, compact = false }: FindingItemProps) {
  const styles = useStyles();
  return (
    <li
      className={mergeClasses(styles.item, compact && styles.compact)}
      data-finding-id={f.id}
      data-severity={f.severity}
      data-keywords={f.keywords.join('\n')}
    >
      <SeverityIcon severity={f.severity} className={styles.icon} />
      <div className={styles.body}>
        <Text>{f.message}</Text>
        {f.fixes.length > 0 && (
          <div className={styles.fixes} role="group" aria-label={f.fixes.length > 1 ? 'Ways to fix this (pick one)' : 'Fix'}>
            {f.fixes.map((alt) => (
              <Button key={alt.label} className={styles.fix} size="small" icon={<WrenchRegular />} onClick={() => onFix(f, alt)}>
                {alt.label}
              </Button>
            ))}
          </div>
        )}
        <span className={styles.details}>{findingDetailsText(f, !compact)}</span>
      </div>
    </li>
  );
});
