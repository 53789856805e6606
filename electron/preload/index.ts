/**
 * The preload: exposes `window.api`, one narrow object of functions grouped by domain.
 *
 * Runs sandboxed (no Node): it may only require 'electron', so it is bundled into one CJS
 * file (dist/preload/index.cjs) and imports nothing from shared/ at runtime, only types.
 * The renderer gets no ipcRenderer, no generic invoke(channel) and no event objects
 * (checklist #20); each function calls one channel of the contract with one request.
 */

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventChannels, InvokeChannel, MenuCommand, RequestOf, ResponseOf } from '../../shared/ipc/contract';
import type { PreloadApi } from '../../renderer/ipc/client';

/** Private, contract-typed invoke; never exposed. */
function invoke<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  return ipcRenderer.invoke(channel, request) as Promise<ResponseOf<C>>;
}

/** A one-argument function for `channel`: extra arguments never cross the bridge. */
function channel<C extends InvokeChannel>(name: C): (request: RequestOf<C>) => Promise<ResponseOf<C>> {
  return (request) => invoke(name, request);
}

const MENU_COMMAND: keyof EventChannels = 'menu:command';

const api = {
  source: {
    info: channel('source:info'),
    loadRegFiles: channel('source:load-reg-files'),
    loadInfFiles: channel('source:load-inf-files'),
    useDefault: channel('source:use-default'),
  },
  adapters: {
    list: channel('adapters:list'),
    get: channel('adapters:get'),
  },
  globals: {
    get: channel('globals:get'),
  },
  changes: {
    apply: channel('changes:apply'),
    export: channel('changes:export'),
  },
  history: {
    list: channel('history:list'),
    undo: channel('history:undo'),
  },
  app: {
    relaunchElevated: channel('app:relaunch-elevated'),
    takeHandover: channel('app:take-handover'),
  },
  compare: {
    adapters: channel('compare:adapters'),
  },
  profiles: {
    read: channel('profiles:read'),
    save: channel('profiles:save'),
  },
  report: {
    render: channel('report:render'),
  },
  /** Subscribe to File/View menu commands; returns the unsubscribe function. */
  onMenuCommand(callback: (command: MenuCommand) => void): () => void {
    // Strip the IpcRendererEvent: it carries `sender` (checklist #20).
    const listener = (_event: IpcRendererEvent, command: MenuCommand): void => callback(command);
    ipcRenderer.on(MENU_COMMAND, listener);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND, listener);
    };
  },
} satisfies PreloadApi;

contextBridge.exposeInMainWorld('api', api);

/** The type of `window.api`, derived from the code above. */
export type Api = typeof api;
