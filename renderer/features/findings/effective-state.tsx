/** Requested vs effective state per offload, ethtool -k style. */

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { EffectiveFeature } from '../../../shared/rules/types';

const useStyles = makeStyles({
  differs: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function EffectiveState({ features }: { readonly features: readonly EffectiveFeature[] }) {
  const styles = useStyles();
  if (features.length === 0) return <Text>No offload keywords on this adapter.</Text>;
  return (
    <Table size="extra-small" aria-label="Requested and effective state">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Feature</TableHeaderCell>
          <TableHeaderCell>Requested</TableHeaderCell>
          <TableHeaderCell>Effective</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {features.map((f) => (
          <TableRow key={f.feature}>
            <TableCell>
              {f.feature}
              {f.reason && <div className={styles.reason}>{f.reason}</div>}
            </TableCell>
            <TableCell>{f.requested}</TableCell>
            <TableCell className={f.requested !== f.effective ? styles.differs : undefined}>{f.effective}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
