/** Messages from the last actions: errors in plain words, with the action they offer. */

import { MessageBarGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useAppStore } from '../../stores/app-store';
import { NoticeBar } from './notice-bar';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export function Notices() {
  const styles = useStyles();
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <MessageBarGroup className={styles.group} aria-live="polite">
      {notices.map((n) => (
        <NoticeBar key={n.id} notice={n} />
      ))}
    </MessageBarGroup>
  );
}
