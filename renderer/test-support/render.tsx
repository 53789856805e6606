/** Rendering views in jsdom with fresh stores and a fake back end. */

import type { ReactElement } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, configure, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { SourceInfo } from '../../shared/ipc/contract';
import type { AdapterDetails, Globals } from '../../shared/model/adapter';
import type { JournalEntry } from '../../shared/model/journal';
import { evaluateRules } from '../../shared/rules/evaluate';
import { client, type Client } from '../ipc/client';
import { setClient } from '../stores/actions';
import { INITIAL_APP, useAppStore } from '../stores/app-store';
import { EMPTY_PENDING, usePendingStore } from '../stores/pending-changes';
import { INITIAL_UI, useUiStore } from '../stores/ui-state';
import { DEFAULT_VIEW, useViewStore } from '../stores/view-options';

// React reveals content that suspended (a dialog whose code loads on first use) no sooner than
// 300 ms after its fallback: a third of findBy's default 1 s wait, too little on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

export const NO_GLOBALS: Globals = { disableTaskOffload: null, ipsecEnabledOffload: null };

export const DEMO_SOURCE: SourceInfo = {
  kind: 'demo',
  label: 'demo data',
  notThisComputer: true,
  canRestartAdapters: false,
  canApply: true,
  canElevate: false,
  infTarget: null,
  runtime: 'browser-preview',
};

/** Put adapters (with their details loaded) into the stores, the first one selected. */
export function loadStores(
  adapters: readonly AdapterDetails[],
  over: { history?: readonly JournalEntry[]; source?: SourceInfo; selectedKeyword?: string | null } = {},
): void {
  useAppStore.setState(
    {
      ...INITIAL_APP,
      loading: false,
      source: over.source ?? DEMO_SOURCE,
      globals: NO_GLOBALS,
      history: over.history ?? [],
      adapters: adapters.map((d) => {
        const { findings } = evaluateRules({ details: d, globals: NO_GLOBALS });
        return {
          ...d.adapter,
          errorCount: findings.filter((f) => f.severity === 'error').length,
          warningCount: findings.filter((f) => f.severity === 'warning').length,
        };
      }),
      details: Object.fromEntries(adapters.map((d) => [d.adapter.id, d])),
      selectedAdapterId: adapters[0]?.adapter.id ?? null,
      selectedKeyword: over.selectedKeyword ?? null,
    },
    true,
  );
}

/** Reset every store (call in beforeEach) and the back end to `fake` (default: the real client, unused). */
export function resetStores(fake: Partial<Client> = {}): void {
  cleanup();
  useAppStore.setState(INITIAL_APP, true);
  usePendingStore.setState(EMPTY_PENDING);
  useUiStore.setState(INITIAL_UI);
  useViewStore.setState(DEFAULT_VIEW);
  setClient({ ...client, ...fake });
}

// Unmount after each test while jsdom is still there: Fluent's focus manager (tabster) reacts to
// the removal and needs the DOM globals that jsdom takes away at teardown.
afterEach(() => cleanup());

/** Render inside the app's theme provider. */
export function renderView(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
