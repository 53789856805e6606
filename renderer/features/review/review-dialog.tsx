/** Review the pending changes as a diff, then Apply (restart adapter on by default) or go back. */

import { useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { useAppStore } from '../../stores/app-store';
import { usePendingStore } from '../../stores/pending-changes';
import { applyPending } from '../../stores/actions';
import { diffRows } from './diff-rows';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1000px, 95vw)', width: '95vw' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  arrow: { verticalAlign: 'middle', marginInline: tokens.spacingHorizontalXS },
  newValue: { fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  restart: { marginTop: tokens.spacingVerticalM },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
});

export interface ReviewDialogProps {
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
}

export function ReviewDialog({ open, onOpenChange }: ReviewDialogProps) {
  const styles = useStyles();
  const edits = usePendingStore((s) => s.edits);
  const adapters = useAppStore((s) => s.adapters);
  const details = useAppStore((s) => s.details);
  const source = useAppStore((s) => s.source);
  const busy = useAppStore((s) => s.busy);
  const [restart, setRestart] = useState(true);
  const rows = open ? diffRows({ edits }, adapters, details) : [];
  const canRestart = source?.canRestartAdapters ?? false;

  const apply = async () => {
    const ok = await applyPending(canRestart && restart);
    if (ok) onOpenChange(false);
    else onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => onOpenChange(d.open)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>Review {rows.length} pending change{rows.length === 1 ? '' : 's'}</DialogTitle>
          <DialogContent>
            <div className={styles.scroll}>
              <Table size="small" aria-label="Pending changes">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Adapter</TableHeaderCell>
                    <TableHeaderCell>Property</TableHeaderCell>
                    <TableHeaderCell>Change</TableHeaderCell>
                    <TableHeaderCell>Raw value</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.key} data-keyword={r.keyword}>
                      <TableCell>{r.adapter}</TableCell>
                      <TableCell>
                        {r.label}
                        <div className={styles.mono}>{r.keyword}</div>
                      </TableCell>
                      <TableCell>
                        {r.oldText}
                        <ArrowRightRegular className={styles.arrow} aria-label="changes to" role="img" />
                        <span className={styles.newValue}>{r.newText}</span>
                      </TableCell>
                      <TableCell className={styles.mono}>
                        {r.oldRaw} → {r.newRaw}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            {canRestart ? (
              <div className={styles.restart}>
                <Checkbox checked={restart} onChange={(_e, d) => setRestart(d.checked === true)} label="Restart adapter so the driver reads the new values" />
                <Text size={200} className={styles.note}>
                  The connection drops for a few seconds while the adapter restarts.
                </Text>
              </div>
            ) : (
              <Text size={200} className={styles.note}>
                {source?.notThisComputer
                  ? 'This source is not this computer’s registry, so no adapter is restarted.'
                  : 'Adapters cannot be restarted from here; the driver reads the new values on its next restart.'}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onOpenChange(false)}>
              Back
            </Button>
            <Button appearance="primary" disabled={busy || rows.length === 0} onClick={() => void apply()}>
              Apply {rows.length} change{rows.length === 1 ? '' : 's'}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
