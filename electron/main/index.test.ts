/**
 * The composition root under a fake `electron` (the runtime cannot run here): what happens
 * before 'ready', that every IPC channel is answered before the window loads, that the window
 * is built from the secure options, and that the real handler table answers through the
 * sender-checked IPC layer with the demo source off Windows.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { APP_ENTRY_URL, buildWebPreferences } from './web-preferences';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const log: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, Listener>();
  const windows: Array<{ options: Record<string, unknown>; loadedUrl?: string; sent: unknown[][] }> = [];
  let protocolHandler: Listener | null = null;
  const userData = { dir: '' };
  return {
    log,
    appListeners,
    ipcHandlers,
    windows,
    userData,
    get protocolHandler() {
      return protocolHandler;
    },
    setProtocolHandler(fn: Listener) {
      protocolHandler = fn;
    },
  };
});

vi.mock('electron', () => {
  const { log } = fake;
  class BrowserWindow {
    readonly webContents;
    constructor(options: Record<string, unknown>) {
      const record = { options, sent: [] as unknown[][] } as { options: Record<string, unknown>; loadedUrl?: string; sent: unknown[][] };
      fake.windows.push(record);
      log.push('window');
      this.webContents = {
        id: 1,
        once: () => undefined,
        on: (event: string) => log.push(`contents.on:${event}`),
        setWindowOpenHandler: () => log.push('setWindowOpenHandler'),
        isDestroyed: () => false,
        send: (...args: unknown[]) => record.sent.push(args),
      };
      this.record = record;
    }
    private readonly record;
    once(event: string) {
      log.push(`window.once:${event}`);
    }
    on() {}
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      log.push(`loadURL ${url}`);
      this.record.loadedUrl = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: true,
      enableSandbox: () => log.push('enableSandbox'),
      setAppUserModelId: () => undefined,
      requestSingleInstanceLock: () => (log.push('requestSingleInstanceLock'), true),
      on: (event: string, fn: Listener) => fake.appListeners.set(event, fn),
      whenReady: () => (log.push('whenReady'), Promise.resolve()),
      getPath: () => fake.userData.dir,
      getVersion: () => '0.1.0',
      getAppPath: () => '/app',
      quit: () => log.push('quit'),
      exit: (code: number) => log.push(`exit ${code}`),
    },
    protocol: { registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) => log.push(`registerSchemes ${schemes.map((s) => s.scheme).join()}`) },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => log.push('csp header') },
        setPermissionRequestHandler: () => log.push('permission request handler'),
        setPermissionCheckHandler: () => log.push('permission check handler'),
        setDevicePermissionHandler: () => log.push('device permission handler'),
        protocol: { handle: (scheme: string, fn: Listener) => (log.push(`protocol.handle ${scheme}`), fake.setProtocolHandler(fn)) },
      },
    },
    ipcMain: {
      handle: (channel: string, fn: Listener) => (log.push(`ipc ${channel}`), fake.ipcHandlers.set(channel, fn)),
      removeHandler: () => undefined,
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => log.push('menu') },
    BrowserWindow,
    dialog: { showErrorBox: (...args: unknown[]) => log.push(`showErrorBox ${String(args[1])}`), showMessageBox: async () => ({ response: 1 }) },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    shell: { openExternal: async () => undefined },
  };
});

fake.userData.dir = mkdtempSync(path.join(tmpdir(), 'nicprops-main-test-'));
await import('./index');
await vi.waitFor(() => expect(fake.log.some((l) => l.startsWith('loadURL'))).toBe(true), { timeout: 15_000 });

afterAll(() => rmSync(fake.userData.dir, { recursive: true, force: true }));

const indexOf = (entry: string) => {
  const i = fake.log.findIndex((l) => l === entry || l.startsWith(entry));
  if (i < 0) throw new Error(`"${entry}" never happened; log: ${fake.log.join(' | ')}`);
  return i;
};

describe('electron/main/index (composition root)', () => {
  it('registers the app:// scheme, enables the sandbox and takes the single-instance lock before ready', () => {
    expect(indexOf('registerSchemes app')).toBeLessThan(indexOf('whenReady'));
    expect(indexOf('enableSandbox')).toBeLessThan(indexOf('whenReady'));
    expect(indexOf('requestSingleInstanceLock')).toBeLessThan(indexOf('whenReady'));
    expect(fake.appListeners.has('second-instance')).toBe(true);
    expect(fake.appListeners.has('window-all-closed')).toBe(true);
  });

  it('hardens the session and serves the renderer before the window loads', () => {
    const load = indexOf('loadURL');
    for (const step of ['csp header', 'permission request handler', 'permission check handler', 'protocol.handle app']) {
      expect(indexOf(step), step).toBeLessThan(load);
    }
  });

  it('answers every IPC channel before the window loads', () => {
    const load = indexOf('loadURL');
    for (const channel of INVOKE_CHANNELS) expect(indexOf(`ipc ${channel}`), channel).toBeLessThan(load);
  });

  it('creates one hidden window with the secure web preferences and loads app://renderer', () => {
    expect(fake.windows).toHaveLength(1);
    const [win] = fake.windows;
    expect(win!.options.show).toBe(false);
    expect(win!.options.webPreferences).toEqual(buildWebPreferences({ preloadPath: path.join(__dirname, '..', 'preload', 'index.cjs'), isPackaged: true }));
    expect(win!.loadedUrl).toBe(APP_ENTRY_URL);
    expect(indexOf('window.once:ready-to-show')).toBeGreaterThan(-1);
    expect(indexOf('setWindowOpenHandler')).toBeLessThan(indexOf('loadURL'));
    expect(indexOf('contents.on:will-navigate')).toBeLessThan(indexOf('loadURL'));
  });

  it('installs the menu', () => {
    expect(fake.log).toContain('menu');
  });

  it('serves demo data through the sender-checked IPC layer off Windows', async () => {
    const event = { sender: { id: 1 }, senderFrame: { url: APP_ENTRY_URL, parent: null } };
    const info = await fake.ipcHandlers.get('source:info')!(event, {});
    expect(info).toMatchObject({ ok: true, value: { kind: 'demo', notThisComputer: true, runtime: 'electron', canElevate: false } });
    const list = (await fake.ipcHandlers.get('adapters:list')!(event, {})) as { ok: boolean; value: unknown[] };
    expect(list.ok).toBe(true);
    expect(list.value.length).toBeGreaterThanOrEqual(6);
    const bad = await fake.ipcHandlers.get('adapters:get')!(event, { adapterId: '..\\Services' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('refuses the same request from a frame that is not the app window', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const foreign = { sender: { id: 1 }, senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await fake.ipcHandlers.get('source:info')!(foreign, {})).toMatchObject({ ok: false });
    warn.mockRestore();
  });

  it('serves no file for a request outside the renderer', async () => {
    const handler = fake.protocolHandler!;
    const response = (await handler({ method: 'GET', url: 'app://elsewhere/index.html' })) as Response;
    expect(response.status).toBe(404);
    const post = (await handler({ method: 'POST', url: APP_ENTRY_URL })) as Response;
    expect(post.status).toBe(405);
  });
});
