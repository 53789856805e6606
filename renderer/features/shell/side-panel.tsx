/** Right pane: the property editor, then findings, effective state and history in collapsible sections. */

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AdapterDetails } from '../../../shared/model/adapter';
import type { RuleReport } from '../../../shared/rules/types';
import { useSelectedProperty } from '../../stores/selectors';
import { PropertyEditor } from '../editor/property-editor';
import { FindingsPanel } from '../findings/findings-panel';
import { EffectiveState } from '../findings/effective-state';
import { HistoryPanel } from '../history/history-panel';
import { useAppStore } from '../../stores/app-store';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
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
});

export function SidePanel({ details, report }: { readonly details: AdapterDetails | null; readonly report: RuleReport }) {
  const styles = useStyles();
  const property = useSelectedProperty();
  const historyCount = useAppStore((s) => s.history.length);
  const problems = report.findings.filter((f) => f.severity !== 'info').length;
  return (
    <aside className={styles.pane} aria-label="Details">
      <div className={styles.editor}>
        {details && property ? (
          <PropertyEditor key={`${details.adapter.id}:${property.keyword}`} details={details} property={property} lint={report.lint} />
        ) : (
          <Text className={styles.hint}>Select a property to change it. Its explanation and driver metadata appear here.</Text>
        )}
      </div>
      <Accordion multiple collapsible defaultOpenItems={['findings', 'history']}>
        <AccordionItem value="findings">
          <AccordionHeader as="h2">
            <span className={styles.header}>
              Findings
              {report.findings.length > 0 && (
                <CounterBadge count={report.findings.length} color={problems > 0 ? 'danger' : 'informative'} size="small" aria-label={`${report.findings.length} findings`} />
              )}
            </span>
          </AccordionHeader>
          <AccordionPanel>{details && <FindingsPanel details={details} report={report} />}</AccordionPanel>
        </AccordionItem>
        <AccordionItem value="effective">
          <AccordionHeader as="h2">Requested vs effective</AccordionHeader>
          <AccordionPanel>
            <EffectiveState features={report.effective} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="history">
          <AccordionHeader as="h2">
            <span className={styles.header}>
              History
              {historyCount > 0 && <CounterBadge count={historyCount} color="informative" appearance="ghost" size="small" aria-label={`${historyCount} entries`} />}
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
