/**
 * Mounts the review when one is asked for (Apply or Undo). Its code is not needed to show the page:
 * it loads as soon as there is something to review, so by the time Review and apply… is pressed
 * it is there; an Undo from History loads it on the spot.
 */

import { useEffect } from 'react';
import { usePendingStore } from '../../stores/pending-changes';
import { useUiStore } from '../../stores/ui-state';
import { onDemandView } from '../shell/on-demand-view';

const ReviewDialog = onDemandView('the review', async () => (await import('./review-dialog')).ReviewDialog);

export function ReviewHost() {
  const open = useUiStore((s) => s.review !== null);
  const close = useUiStore((s) => s.closeReview);
  const somethingToReview = usePendingStore((s) => Object.keys(s.edits).length > 0);
  useEffect(() => {
    if (somethingToReview) ReviewDialog.preload();
  }, [somethingToReview]);
  return open ? <ReviewDialog onLoadFailed={close} /> : null;
}
