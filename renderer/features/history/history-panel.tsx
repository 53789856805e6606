/**
 * The journal of applied change sets, newest first. Each says whether it was undone, was itself an
 * undo, was interrupted or cannot be read; Undo (through the review, like Apply) is offered only
 * where it can run.
 */

import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { undoneEntryIds } from '../../../shared/model/journal-undo';
import { useAppStore } from '../../stores/app-store';
import { reviewUndo } from '../../stores/actions';
import { describeEntry, entryMarkers } from './describe-entry';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  head: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  undone: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
});

export function HistoryPanel() {
  const styles = useStyles();
  const history = useAppStore((s) => s.history);
  const busy = useAppStore((s) => s.busy);
  const details = useAppStore((s) => s.details);
  const canApply = useAppStore((s) => s.source?.canApply ?? true);
  if (history.length === 0) {
    return (
      <Text>
        {canApply
          ? 'Nothing applied yet. Every Apply is recorded here with an Undo.'
          : 'A driver package preview is never applied, so nothing is recorded here; save changes as PowerShell instead.'}
      </Text>
    );
  }
  const undone = undoneEntryIds(history);
  const entries = [...history].sort((a, b) => b.appliedAt.localeCompare(a.appliedAt));
  return (
    <ul className={styles.list} aria-label="History" data-testid="history">
      {entries.map((e) => {
        const d = describeEntry(e, details);
        const markers = entryMarkers(e, history, undone);
        const wasUndone = undone.has(e.id);
        return (
          <li key={e.id} className={styles.item} data-entry-id={e.id} data-state={wasUndone ? 'undone' : e.state}>
            <div>
              <div className={styles.head}>
                <span>
                  {d.time} · {e.source}
                </span>
                {markers.map((m) => (
                  <Badge key={m.text} appearance="tint" size="small" color={m.color}>
                    {m.text}
                  </Badge>
                ))}
              </div>
              <ul className={wasUndone ? `${styles.lines} ${styles.undone}` : styles.lines}>
                {d.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            </div>
            {!wasUndone && e.state !== 'unreadable' && (
              <Button
                size="small"
                icon={<ArrowUndoRegular />}
                disabled={busy}
                aria-label={`Undo the change of ${d.time}: ${d.lines.join('; ')}`}
                onClick={() => reviewUndo(e.id)}
              >
                Undo
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
