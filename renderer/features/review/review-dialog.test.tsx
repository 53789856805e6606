// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApplyResult } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/ipc/result';
import { makeDetails } from '../../../shared/rules/test-support/make-details';
import { usePendingStore } from '../../stores/pending-changes';
import { useUiStore } from '../../stores/ui-state';
import { DEMO_SOURCE, loadStores, renderView, resetStores } from '../../test-support/render';
import { ReviewDialog } from './review-dialog';

const details = makeDetails({ '*SpeedDuplex': { value: '0', options: ['0', '6', '500'] }, '*FlowControl': '3' });
const result: ApplyResult = {
  entry: { id: 'e1', appliedAt: '2026-11-30T10:00:00.000Z', source: 'x', writes: [], undoOf: null, state: 'applied' },
  restarted: [],
  restartProblems: [],
};

describe('ReviewDialog', () => {
  const applyChanges = vi.fn(async () => ok(result));

  beforeEach(() => {
    applyChanges.mockClear();
    resetStores({ applyChanges, listHistory: async () => ok([]) });
  });

  it('asks once more before applying a change that adds an error, naming it', async () => {
    loadStores([details]);
    usePendingStore.getState().setValue(details, '*SpeedDuplex', '500');
    useUiStore.getState().openReview({ kind: 'apply' });
    renderView(<ReviewDialog />);
    expect(screen.getByTestId('review-impact').textContent).toMatch(/Windows does not accept/);
    fireEvent.click(screen.getByRole('button', { name: 'Apply 1 change' }));
    expect(applyChanges).not.toHaveBeenCalled();
    expect(screen.getByTestId('confirm-error').textContent).toMatch(/This adds an error.*Apply anyway\?/);
    fireEvent.click(screen.getByRole('button', { name: 'Apply anyway' }));
    await waitFor(() => expect(applyChanges).toHaveBeenCalledTimes(1));
  });

  it('applies at once when nothing is made worse, restarting adapters when the source can', async () => {
    loadStores([details], { source: { ...DEMO_SOURCE, kind: 'live', notThisComputer: false, canRestartAdapters: true } });
    usePendingStore.getState().setValue(details, '*FlowControl', '0');
    useUiStore.getState().openReview({ kind: 'apply' });
    renderView(<ReviewDialog />);
    expect((screen.getByRole('checkbox', { name: /Restart adapter/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Apply 1 change' }));
    await waitFor(() => expect(applyChanges).toHaveBeenCalledTimes(1));
    expect(applyChanges.mock.calls[0]).toEqual([expect.objectContaining({ restartAdapters: true })]);
  });

  it('puts focus on the confirm button, so Enter applies', async () => {
    loadStores([details]);
    usePendingStore.getState().setValue(details, '*FlowControl', '0');
    useUiStore.getState().openReview({ kind: 'apply' });
    renderView(<ReviewDialog />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Apply 1 change' })));
  });
});
