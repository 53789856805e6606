/** What a write does to the findings, per adapter: the findings it adds (with severity) and those it clears. */

import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { SeverityIcon } from '../findings/severity-icon';
import type { ImpactView } from './review-plan';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  adapter: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  item: { display: 'grid', gridTemplateColumns: 'auto auto 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  tag: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap', marginTop: '2px' },
  cleared: { color: tokens.colorPaletteGreenForeground1 },
  none: { color: tokens.colorNeutralForeground2 },
});

export function ImpactList({ impact }: { readonly impact: readonly ImpactView[] }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="impact-heading" data-testid="review-impact">
      <Text as="h3" weight="semibold" id="impact-heading" className={styles.heading}>
        What this does to the findings
      </Text>
      {impact.length === 0 && <Text className={styles.none}>No finding is added or cleared.</Text>}
      {impact.map((a) => (
        <div key={a.adapterId} data-adapter-id={a.adapterId}>
          <div className={styles.adapter}>{a.adapter}</div>
          <ul className={styles.list}>
            {a.added.map((f) => (
              <li key={`+${f.id}${f.keywords.join()}`} className={styles.item} data-impact="added" data-finding-id={f.id}>
                <SeverityIcon severity={f.severity} />
                <span className={styles.tag}>new</span>
                <Text>{f.message}</Text>
              </li>
            ))}
            {a.cleared.map((f) => (
              <li key={`-${f.id}${f.keywords.join()}`} className={styles.item} data-impact="cleared" data-finding-id={f.id}>
                <CheckmarkCircleRegular className={styles.cleared} role="img" aria-label="Cleared" fontSize={18} />
                <span className={styles.tag}>cleared</span>
                <Text>{f.message}</Text>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
