/** One notice: title, plain message, details, and the action it offers. */

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { dismissNotice, updateApp, type Notice } from '../../stores/app-store';
import { relaunchElevated, reloadKeepingEdits, reviewUndo } from '../../stores/actions';

const useStyles = makeStyles({
  details: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function NoticeBar({ notice }: { readonly notice: Notice }) {
  const styles = useStyles();
  const dismiss = () => updateApp((s) => dismissNotice(s, notice.id));
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-testid={`notice-${notice.intent}`}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.message}
        {notice.details && notice.details.length > 0 && (
          <ul className={styles.details}>
            {notice.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" icon={<DismissRegular />} aria-label={`Dismiss: ${notice.title}`} onClick={dismiss} />}
      >
        {notice.actions?.map((action) => {
          switch (action.kind) {
            case 'reload':
              return (
                <Button
                  key="reload"
                  onClick={() => {
                    dismiss();
                    void reloadKeepingEdits();
                  }}
                >
                  Reload and keep my changes
                </Button>
              );
            case 'relaunch-elevated':
              return (
                <Button
                  key="relaunch"
                  appearance="primary"
                  onClick={() => {
                    dismiss();
                    void relaunchElevated();
                  }}
                >
                  Relaunch as administrator
                </Button>
              );
            case 'undo':
              return (
                <Button key="undo" onClick={() => reviewUndo(action.entryId)}>
                  Undo
                </Button>
              );
          }
        })}
      </MessageBarActions>
    </MessageBar>
  );
}
