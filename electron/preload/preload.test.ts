/**
 * The preload as the renderer sees it: exactly the documented functions, each invoking its
 * own channel with one request, and menu events without the IpcRendererEvent (checklist #20).
 */

import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
}));

type AnyFn = (...args: unknown[]) => unknown;
let api: Record<string, Record<string, AnyFn> | AnyFn>;

beforeAll(async () => {
  await import('./index');
  api = electron.exposed.get('api') as typeof api;
});

beforeEach(() => {
  electron.invoke.mockClear();
  electron.on.mockClear();
  electron.removeListener.mockClear();
});

/** Every function of the api with the channel it must call. */
const CALLS: ReadonlyArray<readonly [string, string, string]> = [
  ['source', 'info', 'source:info'],
  ['source', 'loadRegFiles', 'source:load-reg-files'],
  ['source', 'loadInfFiles', 'source:load-inf-files'],
  ['source', 'useDefault', 'source:use-default'],
  ['adapters', 'list', 'adapters:list'],
  ['adapters', 'get', 'adapters:get'],
  ['globals', 'get', 'globals:get'],
  ['changes', 'apply', 'changes:apply'],
  ['changes', 'export', 'changes:export'],
  ['history', 'list', 'history:list'],
  ['history', 'undo', 'history:undo'],
  ['app', 'relaunchElevated', 'app:relaunch-elevated'],
  ['app', 'takeHandover', 'app:take-handover'],
  ['compare', 'adapters', 'compare:adapters'],
  ['profiles', 'read', 'profiles:read'],
  ['profiles', 'save', 'profiles:save'],
  ['report', 'render', 'report:render'],
];

describe('preload', () => {
  it('exposes exactly one global, window.api', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
  });

  it('exposes only the documented groups and functions', () => {
    expect(Object.keys(api).sort()).toEqual(['adapters', 'app', 'changes', 'compare', 'globals', 'history', 'onMenuCommand', 'profiles', 'report', 'source']);
    for (const [group, value] of Object.entries(api)) {
      if (typeof value === 'function') continue;
      const names = CALLS.filter(([g]) => g === group).map(([, name]) => name);
      expect(Object.keys(value).sort(), group).toEqual([...names].sort());
      for (const fn of Object.values(value)) expect(typeof fn).toBe('function');
    }
  });

  it('covers every invoke channel of the contract', () => {
    expect(CALLS.map(([, , channel]) => channel).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it.each(CALLS)('%s.%s invokes "%s" with exactly one request', async (group, name, channel) => {
    const fn = (api[group] as Record<string, AnyFn>)[name]!;
    await fn({ adapterId: '0007' }, 'extra', { smuggled: true });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channel, { adapterId: '0007' });
  });

  it('passes menu commands to the callback without the IPC event, and unsubscribes', () => {
    const received: unknown[][] = [];
    const unsubscribe = (api.onMenuCommand as AnyFn)((...args: unknown[]) => received.push(args)) as () => void;
    expect(electron.on).toHaveBeenCalledOnce();
    const [channel, listener] = electron.on.mock.calls[0] as [string, AnyFn];
    expect(channel).toBe('menu:command');
    listener({ sender: { send: () => undefined }, senderId: 0 }, 'open-reg-files');
    expect(received).toEqual([['open-reg-files']]);
    unsubscribe();
    expect(electron.removeListener).toHaveBeenCalledWith('menu:command', listener);
  });
});
