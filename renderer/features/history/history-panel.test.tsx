// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/model/journal';
import { makeDetails } from '../../../shared/rules/test-support/make-details';
import { useUiStore } from '../../stores/ui-state';
import { loadStores, renderView, resetStores } from '../../test-support/render';
import { HistoryPanel } from './history-panel';

const write = {
  change: { scope: 'adapter' as const, adapterId: '0007', keyword: '*RSS', value: '0' },
  before: { type: 'REG_SZ' as const, data: '1' },
  after: { type: 'REG_SZ' as const, data: '0' },
};
const entry = (id: string, at: string, over: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  appliedAt: at,
  source: 'this computer',
  writes: [write],
  undoOf: null,
  state: 'applied',
  ...over,
});

const applied = entry('a1', '2026-11-30T10:00:00.000Z');
const undo = entry('u1', '2026-11-30T10:05:00.000Z', { undoOf: 'a1' });
const interrupted = entry('i1', '2026-11-30T10:10:00.000Z', { state: 'interrupted' });

describe('HistoryPanel', () => {
  beforeEach(() => {
    resetStores();
    loadStores([makeDetails({ '*RSS': '0' })], { history: [interrupted, undo, applied] });
  });

  it('marks undone, undo and interrupted entries the way the CLI does', () => {
    renderView(<HistoryPanel />);
    const items = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-entry-id'));
    const byId = Object.fromEntries(items.map((li) => [li.getAttribute('data-entry-id'), li]));
    expect(byId.a1?.textContent).toContain('Undone');
    expect(byId.u1?.textContent).toMatch(/Undo of /);
    expect(byId.i1?.textContent).toContain('Interrupted: Undo restores the before-values');
  });

  it('offers no Undo on an entry already undone; Undo elsewhere opens the review, not a write', () => {
    renderView(<HistoryPanel />);
    const undone = document.querySelector('[data-entry-id="a1"]') as HTMLElement;
    expect(within(undone).queryByRole('button', { name: /^Undo/ })).toBeNull();
    const open = document.querySelector('[data-entry-id="i1"]') as HTMLElement;
    fireEvent.click(within(open).getByRole('button', { name: /^Undo/ }));
    expect(useUiStore.getState().review).toEqual({ kind: 'undo', entryId: 'i1' });
  });
});
