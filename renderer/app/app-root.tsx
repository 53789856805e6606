/** Composition root: theme, layout, first load. */

import { useEffect } from 'react';
import { FluentProvider, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { THEMES, useOsTheme } from '../theme/use-os-theme';
import { AppToolbar } from '../features/shell/app-toolbar';
import { SourceBanner } from '../features/shell/source-banner';
import { Notices } from '../features/shell/notices';
import { AdapterList } from '../features/adapters/adapter-list';
import { PropertyPanel } from '../features/properties/property-panel';
import { SidePanel } from '../features/shell/side-panel';
import { PendingBar } from '../features/pending/pending-bar';
import { useAppStore } from '../stores/app-store';
import { useLiveReport, useSelectedDetails } from '../stores/selectors';
import { start } from '../stores/actions';

const useStyles = makeStyles({
  provider: { height: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1, display: 'flex', flexDirection: 'column', overflow: 'hidden' },
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
    gridTemplateColumns: 'minmax(220px, 280px) minmax(0, 1fr) minmax(300px, 380px)',
  },
  loading: { margin: 'auto' },
});

let started = false;

export function AppRoot() {
  const styles = useStyles();
  const theme = useOsTheme();
  const loading = useAppStore((s) => s.loading && s.adapters.length === 0);
  const details = useSelectedDetails();
  const report = useLiveReport();

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
        <SourceBanner />
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
      </div>
    </FluentProvider>
  );
}
