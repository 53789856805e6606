/**
 * A view (a dialog) whose code loads when it is first shown: React.lazy over stores/on-demand.ts,
 * with a boundary that turns a failed load into the usual notice and tells the parent to close the
 * view, so the page stays as it was and the next try loads again. Errors of the view's own code are
 * not load failures and pass on unchanged.
 */

import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { LoadFailed, loadFailedNotice, onDemand } from '../../stores/on-demand';

/** The view's own props, and what to do when its code cannot be loaded (close it). */
export type OnDemandProps<P> = P & { readonly onLoadFailed?: () => void };

export type OnDemandView<P> = ComponentType<OnDemandProps<P>> & {
  /** Start loading the code now (when the view is likely to be wanted soon). */
  readonly preload: () => void;
};

/** `what` names the view in the notice when it cannot be loaded ("the Compare dialog"). */
export function onDemandView<P extends object>(what: string, importer: () => Promise<ComponentType<P>>): OnDemandView<P> {
  const code = onDemand(importer);
  const makeLazy = () => lazy(async () => ({ default: await code.load() }));
  // React.lazy keeps a failed load for good: a new one after a failure lets the next opening try again.
  let Lazy = makeLazy();
  function View({ onLoadFailed, ...props }: OnDemandProps<P>) {
    const failed = () => {
      Lazy = makeLazy();
      onLoadFailed?.();
    };
    return (
      <LoadBoundary what={what} onFailed={failed}>
        <Suspense fallback={null}>
          <Lazy {...(props as P)} />
        </Suspense>
      </LoadBoundary>
    );
  }
  View.displayName = `OnDemand(${what})`;
  return Object.assign(View, { preload: () => void code.load().catch(() => undefined) });
}

interface BoundaryProps {
  readonly children: ReactNode;
  readonly what: string;
  readonly onFailed: () => void;
}

/** Catches a failed load below it: says so once, renders nothing and calls `onFailed`. */
class LoadBoundary extends Component<BoundaryProps, { failed: unknown }> {
  override state: { failed: unknown } = { failed: null };

  static getDerivedStateFromError(error: unknown) {
    return { failed: error };
  }

  override componentDidCatch(error: unknown) {
    if (!(error instanceof LoadFailed)) return;
    loadFailedNotice(this.props.what);
    this.props.onFailed();
  }

  override render() {
    const { failed } = this.state;
    if (failed === null) return this.props.children;
    if (failed instanceof LoadFailed) return null;
    throw failed;
  }
}
