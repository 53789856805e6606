/**
 * The one review step before a write, for Apply and for Undo: the values as a diff (words and raw),
 * what the write does to the findings per adapter, the adapter restart choice, and a second
 * confirmation when the write adds an error. Focus starts on the confirm button, so Enter applies.
 */

import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
import { useUiStore, type ReviewRequest } from '../../stores/ui-state';
import { applyPending, undoEntry } from '../../stores/actions';
import { describeEntry } from '../history/describe-entry';
import { ImpactList } from './impact-list';
import { pendingPlan, undoPlan, type ReviewPlan } from './review-plan';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(1000px, 95vw)', width: '95vw' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  arrow: { verticalAlign: 'middle', marginInline: tokens.spacingHorizontalXS },
  newValue: { fontWeight: tokens.fontWeightSemibold },
  note: { display: 'block', color: tokens.colorNeutralForeground2, marginTop: tokens.spacingVerticalXS },
  scroll: { maxHeight: '34vh', overflowY: 'auto' },
});

function titleOf(request: ReviewRequest, count: number, entryTime: string | null): string {
  if (request.kind === 'undo') return `Undo the change of ${entryTime ?? 'the history entry'}`;
  return `Review ${count} pending change${count === 1 ? '' : 's'}`;
}

function confirmText(request: ReviewRequest, count: number): string {
  const n = `${count} change${count === 1 ? '' : 's'}`;
  return request.kind === 'undo' ? `Undo ${n}` : `Apply ${n}`;
}

export function ReviewDialog() {
  const request = useUiStore((s) => s.review);
  const close = useUiStore((s) => s.closeReview);
  const edits = usePendingStore((s) => s.edits);
  const adapters = useAppStore((s) => s.adapters);
  const details = useAppStore((s) => s.details);
  const globals = useAppStore((s) => s.globals);
  const history = useAppStore((s) => s.history);

  const entry = request?.kind === 'undo' ? (history.find((e) => e.id === request.entryId) ?? null) : null;
  const plan = useMemo<ReviewPlan | null>(() => {
    if (!request) return null;
    const data = { adapters, details, globals };
    if (request.kind === 'apply') return pendingPlan({ edits }, data);
    return entry ? undoPlan(entry, data) : null;
  }, [request, entry, edits, adapters, details, globals]);

  if (request === null || plan === null || plan.rows.length === 0) return null;
  return (
    <Dialog open onOpenChange={(_e, d) => (d.open ? undefined : close())}>
      <ReviewSurface
        key={request.kind === 'undo' ? request.entryId : 'apply'}
        request={request}
        plan={plan}
        entryTime={entry ? describeEntry(entry, details).time : null}
        onClose={close}
      />
    </Dialog>
  );
}

interface ReviewSurfaceProps {
  readonly request: ReviewRequest;
  readonly plan: ReviewPlan;
  readonly entryTime: string | null;
  readonly onClose: () => void;
}

function ReviewSurface({ request, plan, entryTime, onClose }: ReviewSurfaceProps) {
  const styles = useStyles();
  const source = useAppStore((s) => s.source);
  const busy = useAppStore((s) => s.busy);
  const [restart, setRestart] = useState(true);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const canRestart = (source?.canRestartAdapters ?? false) && plan.adapterIds.length > 0;
  const count = plan.rows.length;

  // The dialog focuses its first control when it opens; move on to the confirm button after that.
  useEffect(() => {
    const frame = requestAnimationFrame(() => confirmRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [confirming]);

  const run = async () => {
    if (busy) return;
    if (plan.addsError && !confirming) {
      setConfirming(true);
      return;
    }
    const restartAdapters = canRestart && restart;
    // Either way the dialog closes: success shows the values read back, failure an error notice (edits kept).
    if (request.kind === 'apply') await applyPending(restartAdapters);
    else await undoEntry(request.entryId, restartAdapters);
    onClose();
  };

  // Enter anywhere in the dialog but on another button confirms (focus starts on the confirm button anyway).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (target.closest('button, a, textarea')) return;
    e.preventDefault();
    void run();
  };

  const errorsAdded = plan.impact.flatMap((a) => a.added.filter((f) => f.severity === 'error').map((f) => `${a.adapter}: ${f.message}`));
  return (
    <DialogSurface className={styles.surface} onKeyDown={onKeyDown} data-testid="review-dialog">
      <DialogBody>
        <DialogTitle>{titleOf(request, count, entryTime)}</DialogTitle>
        <DialogContent className={styles.content}>
          <div className={styles.scroll}>
            <Table size="small" aria-label={request.kind === 'undo' ? 'Values the undo restores' : 'Pending changes'}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Adapter</TableHeaderCell>
                  <TableHeaderCell>Property</TableHeaderCell>
                  <TableHeaderCell>Change</TableHeaderCell>
                  <TableHeaderCell>Raw value</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.rows.map((r) => (
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
          <ImpactList impact={plan.impact} />
          {canRestart ? (
            <div>
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
          {confirming && (
            <MessageBar intent="error" layout="multiline" data-testid="confirm-error">
              <MessageBarBody>
                <MessageBarTitle>This adds {errorsAdded.length === 1 ? 'an error' : `${errorsAdded.length} errors`}</MessageBarTitle>
                {errorsAdded.join(' ')} {request.kind === 'undo' ? 'Undo anyway?' : 'Apply anyway?'}
              </MessageBarBody>
            </MessageBar>
          )}
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose}>
            Back
          </Button>
          <Button ref={confirmRef} appearance="primary" disabled={busy} onClick={() => void run()}>
            {confirming ? `${request.kind === 'undo' ? 'Undo' : 'Apply'} anyway` : confirmText(request, count)}
          </Button>
        </DialogActions>
      </DialogBody>
    </DialogSurface>
  );
}
