/** The bar at the bottom: how many changes wait, Review and apply… (Ctrl+Enter), Discard. */

import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useAppStore } from '../../stores/app-store';
import { usePendingStore } from '../../stores/pending-changes';
import { reviewPending } from '../../stores/actions';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    flexShrink: 0,
  },
  count: { flex: 1 },
  shortcut: { color: tokens.colorNeutralForeground3 },
});

export function PendingBar() {
  const styles = useStyles();
  const count = usePendingStore((s) => Object.keys(s.edits).length);
  const discard = usePendingStore((s) => s.discard);
  // A driver package preview has nothing to apply to (the banner says so); its changes are saved as PowerShell.
  const canApply = useAppStore((s) => s.source?.canApply ?? true);
  return (
    <section className={styles.bar} aria-label="Pending changes" data-testid="pending-bar">
      <Text className={styles.count} aria-live="polite" weight={count > 0 ? 'semibold' : 'regular'}>
        {count === 0 ? 'No pending changes' : `${count} pending change${count === 1 ? '' : 's'}`}
      </Text>
      <Button icon={<DeleteRegular />} disabledFocusable={count === 0} onClick={() => discard()}>
        Discard
      </Button>
      {canApply && (
        <>
          <Button appearance="primary" icon={<CheckmarkRegular />} disabledFocusable={count === 0} onClick={reviewPending} aria-keyshortcuts="Control+Enter">
            Review and apply…
          </Button>
          <Text size={200} className={styles.shortcut} aria-hidden="true">
            Ctrl+Enter
          </Text>
        </>
      )}
    </section>
  );
}
