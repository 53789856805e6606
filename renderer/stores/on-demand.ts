/**
 * Code the page does not need to start — the dialogs and the planning code of Compare…, Profiles,
 * Fix all and the reports — sits behind dynamic import(), so Vite puts it in chunks of its own that
 * load when first used and the start-up script stays small. A load that fails (the preview server
 * stopped, the app's files changed under it) becomes one notice, never a blank page or a click that
 * does nothing.
 */

import { addNotice, updateApp, useAppStore } from './app-store';

/** A failed import() of a chunk, told apart from errors of the code inside it. */
export class LoadFailed extends Error {
  constructor(cause: unknown) {
    super('the code could not be loaded', { cause });
    this.name = 'LoadFailed';
  }
}

/** Say that `what` ("the Compare dialog", "Fix all") could not be loaded, and what to do in this runtime. */
export function loadFailedNotice(what: string): void {
  const inElectron = useAppStore.getState().source?.runtime === 'electron';
  updateApp((s) =>
    addNotice(s, {
      intent: 'error',
      title: `Could not load ${what}`,
      message: inElectron
        ? "Its code could not be read from the app's files; restart the app and try again."
        : 'Its code could not be fetched from the preview server; reload the page and try again.',
    }),
  );
}

/** One module loaded on first use; a failed load is forgotten, so the next use tries again. */
export interface OnDemand<M> {
  /** The module, loading it if it is not yet; rejects with LoadFailed. */
  load(): Promise<M>;
  /** Run `action` with the module; when it cannot be loaded, a notice names `what` and `action` does not run. */
  run(what: string, action: (m: M) => unknown): Promise<void>;
}

export function onDemand<M>(importer: () => Promise<M>): OnDemand<M> {
  let loading: Promise<M> | null = null;
  const load = () => {
    loading ??= importer().catch((error: unknown) => {
      loading = null;
      throw new LoadFailed(error);
    });
    return loading;
  };
  return {
    load,
    async run(what, action) {
      let m: M;
      try {
        m = await load();
      } catch (error) {
        if (!(error instanceof LoadFailed)) throw error;
        loadFailedNotice(what);
        return;
      }
      await action(m);
    },
  };
}
