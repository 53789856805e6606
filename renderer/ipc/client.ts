/**
 * The one module that talks to the back end.
 *
 * In Electron the preload exposes `window.api` (grouped by domain); in the browser preview
 * the same channels are served as `POST /api/<channel>` with a per-run token from a meta tag.
 * Everything else in the renderer calls `client.*` and gets a typed IpcResult.
 */

import type { InvokeChannel, MenuCommand, RequestOf, ResponseOf } from '../../shared/ipc/contract';

type Fn<C extends InvokeChannel> = (req: RequestOf<C>) => Promise<ResponseOf<C>>;

/** The shape of `window.api` the preload exposes. */
export interface PreloadApi {
  readonly source: {
    info: Fn<'source:info'>;
    loadRegFiles: Fn<'source:load-reg-files'>;
    loadInfFiles: Fn<'source:load-inf-files'>;
    useDefault: Fn<'source:use-default'>;
  };
  readonly adapters: { list: Fn<'adapters:list'>; get: Fn<'adapters:get'> };
  readonly globals: { get: Fn<'globals:get'> };
  readonly changes: { apply: Fn<'changes:apply'>; export: Fn<'changes:export'> };
  readonly history: { list: Fn<'history:list'>; undo: Fn<'history:undo'> };
  readonly app: { relaunchElevated: Fn<'app:relaunch-elevated'>; takeHandover: Fn<'app:take-handover'> };
  readonly compare: { adapters: Fn<'compare:adapters'> };
  readonly profiles: { read: Fn<'profiles:read'>; save: Fn<'profiles:save'> };
  readonly report: { render: Fn<'report:render'> };
  readonly onMenuCommand: (cb: (cmd: MenuCommand) => void) => () => void;
}

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

/** Maps a channel to the preload function that serves it. */
function viaPreload<C extends InvokeChannel>(api: PreloadApi, channel: C): Fn<C> {
  const table: { [K in InvokeChannel]: Fn<K> } = {
    'source:info': api.source.info,
    'source:load-reg-files': api.source.loadRegFiles,
    'source:load-inf-files': api.source.loadInfFiles,
    'source:use-default': api.source.useDefault,
    'adapters:list': api.adapters.list,
    'adapters:get': api.adapters.get,
    'globals:get': api.globals.get,
    'changes:apply': api.changes.apply,
    'changes:export': api.changes.export,
    'history:list': api.history.list,
    'history:undo': api.history.undo,
    'app:relaunch-elevated': api.app.relaunchElevated,
    'app:take-handover': api.app.takeHandover,
    'compare:adapters': api.compare.adapters,
    'profiles:read': api.profiles.read,
    'profiles:save': api.profiles.save,
    'report:render': api.report.render,
  };
  return table[channel] as Fn<C>;
}

function previewToken(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="nicprops-token"]');
  return meta?.content ?? '';
}

async function viaHttp<C extends InvokeChannel>(channel: C, req: RequestOf<C>): Promise<ResponseOf<C>> {
  try {
    const response = await fetch(`./api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Nicprops-Token': previewToken() },
      body: JSON.stringify(req),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as ResponseOf<C>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: `The preview server answered ${response.status} ${response.statusText}.` },
      } as ResponseOf<C>;
    }
  } catch (e) {
    return {
      ok: false,
      error: { code: 'internal', message: `Could not reach the preview server: ${e instanceof Error ? e.message : String(e)}` },
    } as ResponseOf<C>;
  }
}

/** Call one channel on whichever transport is present. */
export function invoke<C extends InvokeChannel>(channel: C, req: RequestOf<C>): Promise<ResponseOf<C>> {
  const api = typeof window !== 'undefined' ? window.api : undefined;
  if (api) {
    return viaPreload(
      api,
      channel,
    )(req).catch((e: unknown) => ({ ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } }) as ResponseOf<C>);
  }
  return viaHttp(channel, req);
}

/** Typed, named calls: what components and stores use. */
export const client = {
  sourceInfo: () => invoke('source:info', {}),
  loadRegFiles: (files: RequestOf<'source:load-reg-files'>['files']) => invoke('source:load-reg-files', { files }),
  loadInfFiles: (files: RequestOf<'source:load-inf-files'>['files']) => invoke('source:load-inf-files', { files }),
  useDefaultSource: () => invoke('source:use-default', {}),
  listAdapters: () => invoke('adapters:list', {}),
  getAdapter: (adapterId: string) => invoke('adapters:get', { adapterId }),
  getGlobals: () => invoke('globals:get', {}),
  applyChanges: (req: RequestOf<'changes:apply'>) => invoke('changes:apply', req),
  exportChanges: (req: RequestOf<'changes:export'>) => invoke('changes:export', req),
  listHistory: () => invoke('history:list', {}),
  undo: (entryId: string, restartAdapters: boolean) => invoke('history:undo', { entryId, restartAdapters }),
  relaunchElevated: (items: RequestOf<'app:relaunch-elevated'>['items']) => invoke('app:relaunch-elevated', { items }),
  takeHandover: () => invoke('app:take-handover', {}),
  compare: (req: RequestOf<'compare:adapters'>) => invoke('compare:adapters', req),
  readProfile: (name: string, contentBase64: string) => invoke('profiles:read', { name, contentBase64 }),
  saveProfile: (req: RequestOf<'profiles:save'>) => invoke('profiles:save', req),
  renderReport: (req: RequestOf<'report:render'>) => invoke('report:render', req),
  /** Subscribe to Electron menu commands; a no-op in the browser preview. */
  onMenuCommand(cb: (cmd: MenuCommand) => void): () => void {
    const api = typeof window !== 'undefined' ? window.api : undefined;
    return api ? api.onMenuCommand(cb) : () => undefined;
  },
  /** True inside Electron (the preload is present). */
  isElectron: () => typeof window !== 'undefined' && window.api !== undefined,
};

export type Client = typeof client;
