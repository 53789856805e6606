// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, VIEW_STORAGE_KEY, readToggles, useViewStore } from './view-options';

describe('view options', () => {
  beforeEach(() => {
    localStorage.clear();
    useViewStore.setState(DEFAULT_VIEW);
  });

  it('keeps the toggles (not the search) in localStorage', () => {
    useViewStore.getState().set('showRaw', false);
    useViewStore.getState().set('showHidden', true);
    useViewStore.getState().setSearch('lso');
    const stored = JSON.parse(localStorage.getItem(VIEW_STORAGE_KEY) ?? '{}') as { state: Record<string, unknown> };
    expect(stored.state).toMatchObject({ showRaw: false, showHidden: true, groupByCategory: false, findingsAllAdapters: false });
    expect(stored.state).not.toHaveProperty('search');
  });

  it('restores them after a restart', async () => {
    localStorage.setItem(VIEW_STORAGE_KEY, JSON.stringify({ state: { showRaw: false, groupByCategory: true }, version: 1 }));
    await useViewStore.persist.rehydrate();
    expect(useViewStore.getState()).toMatchObject({ showRaw: false, groupByCategory: true, showHidden: false, search: '' });
  });

  it('ignores what it did not write: unknown keys, non-booleans, garbage', async () => {
    expect(readToggles({ showRaw: 'yes', showHidden: true, evil: true, search: 'x' })).toEqual({ showHidden: true });
    expect(readToggles(null)).toEqual({});
    expect(readToggles([true])).toEqual({});
    localStorage.setItem(VIEW_STORAGE_KEY, '{not json');
    await useViewStore.persist.rehydrate();
    expect(useViewStore.getState().showRaw).toBe(true);
  });
});
