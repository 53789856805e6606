/** The journal of applied change sets, newest first, each with Undo. */

import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useAppStore } from '../../stores/app-store';
import { undoEntry } from '../../stores/actions';
import { describeEntry } from './describe-entry';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  time: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

export function HistoryPanel() {
  const styles = useStyles();
  const history = useAppStore((s) => s.history);
  const busy = useAppStore((s) => s.busy);
  const details = useAppStore((s) => s.details);
  if (history.length === 0) return <Text>Nothing applied yet. Every Apply is recorded here with an Undo.</Text>;
  const entries = [...history].sort((a, b) => b.appliedAt.localeCompare(a.appliedAt));
  return (
    <ul className={styles.list} aria-label="History" data-testid="history">
      {entries.map((e) => {
        const d = describeEntry(e, details);
        return (
          <li key={e.id} className={styles.item} data-entry-id={e.id}>
            <div>
              <div className={styles.time}>
                {d.time}
                {e.undoOf ? ' · undo' : ''} · {e.source}
              </div>
              <ul className={styles.lines}>
                {d.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </div>
            <Button size="small" icon={<ArrowUndoRegular />} disabled={busy || e.state === 'unreadable'} aria-label={`Undo the change of ${d.time}: ${d.lines.join('; ')}`} onClick={() => void undoEntry(e.id)}>
              Undo
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
