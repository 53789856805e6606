/**
 * The one notice area: the newest message first and alone, older ones behind "N earlier".
 * Successes and plain information go away by themselves (not while the pointer or focus is on them).
 */

import { useEffect, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { dismissNotice, dismissesItself, updateApp, useAppStore, type Notice } from '../../stores/app-store';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  more: { alignSelf: 'flex-start' },
});

/** How long a success stays up. */
export const AUTO_DISMISS_MS = 10_000;

function useAutoDismiss(notice: Notice | undefined, paused: boolean): void {
  useEffect(() => {
    if (!notice || paused || !dismissesItself(notice)) return;
    const timer = setTimeout(() => updateApp((s) => dismissNotice(s, notice.id)), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [notice, paused]);
}

export function Notices() {
  const styles = useStyles();
  const notices = useAppStore((s) => s.notices);
  const [showEarlier, setShowEarlier] = useState(false);
  const [paused, setPaused] = useState(false);
  const [newest, ...earlier] = notices;
  useAutoDismiss(newest, paused);
  if (!newest) return null;
  return (
    <div
      className={styles.area}
      role="region"
      aria-label="Messages"
      aria-live="polite"
      onPointerEnter={() => setPaused(true)}
      onPointerLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setPaused(false);
      }}
    >
      <NoticeBar key={newest.id} notice={newest} />
      {showEarlier && earlier.map((n) => <NoticeBar key={n.id} notice={n} />)}
      {earlier.length > 0 && (
        <Button className={styles.more} size="small" appearance="subtle" onClick={() => setShowEarlier((v) => !v)}>
          {showEarlier ? 'Hide earlier messages' : `${earlier.length} earlier message${earlier.length === 1 ? '' : 's'}`}
        </Button>
      )}
    </div>
  );
}
