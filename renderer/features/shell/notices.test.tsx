// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNotice, updateApp, useAppStore } from '../../stores/app-store';
import { renderView, resetStores } from '../../test-support/render';
import { AUTO_DISMISS_MS, Notices } from './notices';

describe('Notices', () => {
  beforeEach(() => {
    resetStores();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('shows one notice, the newest; older ones only on request', () => {
    updateApp((s) => addNotice(s, { intent: 'warning', title: 'Restart failed', message: 'a' }));
    updateApp((s) => addNotice(s, { intent: 'info', title: 'Nothing to save', message: 'b' }));
    renderView(<Notices />);
    expect(screen.getByText('Nothing to save')).toBeTruthy();
    expect(screen.queryByText('Restart failed')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '1 earlier message' }));
    expect(screen.getByText('Restart failed')).toBeTruthy();
  });

  it('lets a success go by itself, but keeps an error', () => {
    updateApp((s) => addNotice(s, { intent: 'success', title: 'Changes applied', message: '1 value written' }));
    renderView(<Notices />);
    act(() => void vi.advanceTimersByTime(AUTO_DISMISS_MS + 10));
    expect(useAppStore.getState().notices).toEqual([]);

    act(() => updateApp((s) => addNotice(s, { intent: 'error', title: 'Nothing was applied', message: 'x' })));
    act(() => void vi.advanceTimersByTime(AUTO_DISMISS_MS * 3));
    expect(useAppStore.getState().notices.map((n) => n.title)).toEqual(['Nothing was applied']);
  });

  it('a success takes the stale error away', () => {
    updateApp((s) => addNotice(s, { intent: 'error', title: 'Nothing was applied', message: 'x' }));
    renderView(<Notices />);
    act(() => updateApp((s) => addNotice(s, { intent: 'success', title: 'Changes applied', message: 'y' })));
    expect(screen.queryByText('Nothing was applied')).toBeNull();
    expect(screen.queryByRole('button', { name: /earlier message/ })).toBeNull();
  });
});
