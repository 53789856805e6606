import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/ipc/result';
import { makeDetails } from '../../shared/rules/test-support/make-details';
import { client } from '../ipc/client';
import { relaunchElevated, setClient, start } from './actions';
import { INITIAL_APP, useAppStore } from './app-store';
import { EMPTY_PENDING, setValue, toChangeSet, usePendingStore } from './pending-changes';
import { INITIAL_UI, useUiStore } from './ui-state';

const details = makeDetails({ '*JumboPacket': { type: 'int', value: '1514', default: '1514', min: 1514, max: 9014 } });
const backEnd = {
  sourceInfo: async () =>
    ok({
      kind: 'live' as const,
      label: "this computer's registry",
      notThisComputer: false,
      canRestartAdapters: true,
      canApply: true,
      canElevate: false,
      infTarget: null,
      runtime: 'electron' as const,
    }),
  listAdapters: async () => ok([{ ...details.adapter, errorCount: 0, warningCount: 0 }]),
  getGlobals: async () => ok({ disableTaskOffload: null, ipsecEnabledOffload: null }),
  listHistory: async () => ok([]),
  getAdapter: async () => ok(details),
};

describe('the elevated relaunch, seen from the page', () => {
  beforeEach(() => {
    useAppStore.setState(INITIAL_APP, true);
    usePendingStore.setState(EMPTY_PENDING);
    useUiStore.setState(INITIAL_UI);
  });

  it('hands the pending edits to the back end with the relaunch request', async () => {
    const relaunch = vi.fn(async () => ok(undefined));
    setClient({ ...client, ...backEnd, relaunchElevated: relaunch });
    usePendingStore.setState(setValue(EMPTY_PENDING, details, '*JumboPacket', '9014'));
    await relaunchElevated();
    expect(relaunch).toHaveBeenCalledWith([
      { change: { scope: 'adapter', adapterId: '0007', keyword: '*JumboPacket', value: '9014' }, expectedBefore: { type: 'REG_SZ', data: '1514' } },
    ]);
  });

  it('in the relaunched copy, turns the handed-over changes into pending changes and opens the review; nothing is applied', async () => {
    const applyChanges = vi.fn();
    setClient({
      ...client,
      ...backEnd,
      applyChanges,
      takeHandover: async () =>
        ok({
          items: [
            {
              change: { scope: 'adapter' as const, adapterId: '0007', keyword: '*JumboPacket', value: '9014' },
              expectedBefore: { type: 'REG_SZ' as const, data: '1514' },
            },
          ],
          rejected: ['Receive Buffers must be between 80 and 2048; 99999 is out of range.'],
        }),
    });
    await start();
    expect(toChangeSet(usePendingStore.getState())).toEqual([{ scope: 'adapter', adapterId: '0007', keyword: '*JumboPacket', value: '9014' }]);
    expect(useUiStore.getState().review).toEqual({ kind: 'apply' });
    expect(useAppStore.getState().notices[0]).toMatchObject({
      intent: 'warning',
      title: 'Pending changes from before the relaunch',
      message: expect.stringContaining('nothing has been applied'),
      details: ['Receive Buffers must be between 80 and 2048; 99999 is out of range.'],
    });
    expect(applyChanges).not.toHaveBeenCalled();
  });

  it('starts normally when nothing was handed over', async () => {
    setClient({ ...client, ...backEnd, takeHandover: async () => ok(null) });
    await start();
    expect(usePendingStore.getState().edits).toEqual({});
    expect(useUiStore.getState().review).toBeNull();
    expect(useAppStore.getState().notices).toEqual([]);
  });
});
