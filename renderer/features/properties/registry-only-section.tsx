/** Keywords stored at the adapter's root without Ndi\params (PowerShell's -AllProperties). */

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RegistryOnlyValue } from '../../../shared/model/adapter';
import { rawValueText, registryOnlyText } from '../../model/display';

const useStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalL, paddingInline: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3, display: 'block', marginBottom: tokens.spacingVerticalS },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export function RegistryOnlySection({ values, search }: { readonly values: readonly RegistryOnlyValue[]; readonly search: string }) {
  const styles = useStyles();
  const q = search.trim().toLowerCase();
  const shown = q ? values.filter((v) => v.keyword.toLowerCase().includes(q)) : values;
  return (
    <section className={styles.section} aria-labelledby="registry-only-heading">
      <Text as="h3" size={300} weight="semibold" id="registry-only-heading" className={styles.heading}>
        Registry-only keywords ({shown.length})
      </Text>
      <Text size={200} className={styles.note}>
        Stored on the adapter but not listed in its Ndi\params, so Windows' Advanced page does not show them.
      </Text>
      {shown.length > 0 && (
        <Table size="small" aria-labelledby="registry-only-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Keyword</TableHeaderCell>
              <TableHeaderCell>Value</TableHeaderCell>
              <TableHeaderCell>Raw value</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((v) => (
              <TableRow key={v.keyword}>
                <TableCell className={styles.mono}>{v.keyword}</TableCell>
                <TableCell>{registryOnlyText(v)}</TableCell>
                <TableCell className={styles.mono}>{rawValueText({ type: v.type, data: v.data })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
