// @vitest-environment jsdom
import { Component, useState, type ReactNode } from 'react';
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../stores/app-store';
import { loadStores, renderView, resetStores } from '../../test-support/render';
import { onDemandView } from './on-demand-view';

function Greeting({ name }: { readonly name: string }) {
  return <p>Hello {name}</p>;
}

/** A button that opens the view, and closes it when its code cannot be loaded, as the page's dialogs do. */
function Opener({ View }: { readonly View: ReturnType<typeof onDemandView<{ name: string }>> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Open</button>
      {open && <View name="Ada" onLoadFailed={() => setOpen(false)} />}
    </>
  );
}

class Outer extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(e: Error) {
    return { error: e.message };
  }
  override render() {
    return this.state.error ? <p>outer caught: {this.state.error}</p> : this.props.children;
  }
}

const notices = () => useAppStore.getState().notices.map((n) => n.title);

describe('onDemandView', () => {
  beforeEach(() => {
    resetStores();
    loadStores([]);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the view once its code has loaded, with its props', async () => {
    const View = onDemandView('the greeting', async () => Greeting);
    renderView(<Opener View={View} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
  });

  it('a failed load is one notice and closes the view; opening it again loads again', async () => {
    const importer = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting);
    const View = onDemandView('the greeting', importer);
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs the caught error
    renderView(<Opener View={View} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await vi.waitFor(() => expect(notices()).toEqual(['Could not load the greeting']), { timeout: 5_000 });
    expect(screen.queryByText(/Hello/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(2);
    expect(notices()).toHaveLength(1);
  });

  it("an error in the view's own code is not taken for a failed load", async () => {
    const Broken = (): ReactNode => {
      throw new Error('a bug in the view');
    };
    const View = onDemandView('the broken view', async () => Broken);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderView(
      <Outer>
        <View />
      </Outer>,
    );
    expect(await screen.findByText('outer caught: a bug in the view')).toBeTruthy();
    expect(notices()).toEqual([]);
  });

  it('preload fetches the code before the view is shown', async () => {
    const importer = vi.fn(async () => Greeting);
    const View = onDemandView('the greeting', importer);
    View.preload();
    expect(importer).toHaveBeenCalledTimes(1);
    await act(async () => undefined);
    renderView(<Opener View={View} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(1);
  });
});
