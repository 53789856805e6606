/** What Ndi\params says about the property, and what is stored: the raw view QA engineers ask for. */

import { makeStyles, tokens } from '@fluentui/react-components';
import type { Property } from '../../../shared/model/adapter';
import { rawValueText } from '../../model/display';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

export function MetadataFacts({ property: p }: { readonly property: Property }) {
  const styles = useStyles();
  const facts: [string, string][] = [
    ['Type', p.type ?? 'missing'],
    ['Default', p.default ?? '(none)'],
    ['Optional', p.optional ? 'yes (Not Present allowed)' : 'no'],
  ];
  if (p.min !== null) facts.push(['Min', String(p.min)]);
  if (p.max !== null) facts.push(['Max', String(p.max)]);
  if (p.step !== null) facts.push(['Step', String(p.step)]);
  if (p.base !== null) facts.push(['Base', String(p.base)]);
  if (p.limitText !== null) facts.push(['LimitText', String(p.limitText)]);
  if (p.upperCase) facts.push(['UpperCase', 'yes']);
  if (p.type === 'enum') facts.push(['Options', p.options.map((o) => `${o.value} = ${o.label}`).join('; ') || '(none)']);
  facts.push(['Stored', rawValueText(p.stored)]);
  return (
    <dl className={styles.list} aria-label="Driver metadata">
      {facts.map(([k, v]) => (
        <div key={k} className={styles.pair}>
          <dt className={styles.term}>{k}</dt>
          <dd className={styles.value}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
