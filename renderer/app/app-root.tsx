/** Composition root: theme, layout, first load, page-wide shortcuts. */

import { useEffect } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { THEMES, useOsTheme } from '../theme/use-os-theme';
import { AppToolbar } from '../features/shell/app-toolbar';
import { Notices } from '../features/shell/notices';
import { InfBanner } from '../features/shell/source-banner';
import { AdapterList } from '../features/adapters/adapter-list';
import { PropertyPanel } from '../features/properties/property-panel';
import { SidePanel } from '../features/shell/side-panel';
import { PendingBar } from '../features/pending/pending-bar';
import { ReviewHost } from '../features/review/review-host';
import { useAppStore } from '../stores/app-store';
import { useLiveReport, useSelectedDetails } from '../stores/selectors';
import { reviewPending, start } from '../stores/actions';

const useStyles = makeStyles({
  provider: {
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    overflow: 'hidden',
  },
  messages: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalXS,
    ':empty': { display: 'none' },
  },
  body: {
    flex: 1,
    minHeight: 0,
    display: 'grid',
    // The property list takes what is left; the side panels keep a readable minimum at 1024 px.
    gridTemplateColumns: 'minmax(200px, 18%) minmax(0, 1fr) minmax(290px, 28%)',
  },
  loading: { margin: 'auto' },
});

let started = false;

/**
 * Ctrl+Enter opens the review from anywhere on the page (the dialog's own Enter applies). Taken in
 * the capture phase, so a focused control (a drop-down would open on Enter) never sees it.
 */
function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      e.preventDefault();
      e.stopPropagation();
      reviewPending();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}

export function AppRoot() {
  const styles = useStyles();
  const theme = useOsTheme();
  const loading = useAppStore((s) => s.loading && s.adapters.length === 0);
  const details = useSelectedDetails();
  const report = useLiveReport();
  useGlobalShortcuts();

  useEffect(() => {
    // StrictMode mounts twice in development; load once.
    if (started) return;
    started = true;
    void start();
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <FluentProvider theme={THEMES[theme]}>
      <div className={styles.provider}>
        <AppToolbar />
        <div className={styles.messages}>
          <InfBanner />
          <Notices />
        </div>
        {loading ? (
          <Spinner className={styles.loading} label="Reading adapters…" />
        ) : (
          <div className={styles.body}>
            <AdapterList />
            <PropertyPanel details={details} report={report} />
            <SidePanel details={details} report={report} />
          </div>
        )}
        <PendingBar />
        <ReviewHost />
      </div>
    </FluentProvider>
  );
}
