/** The one app window: secure web preferences, guarded navigation, shown when painted. */

import path from 'node:path';
import { app, BrowserWindow, nativeTheme } from 'electron';
import { trustWebContents } from './ipc/typed-ipc';
import { guardWebContents } from './security';
import { APP_ENTRY_URL, buildWindowOptions } from './web-preferences';

export const PRODUCT_NAME = 'NIC Advanced Properties';

/** Create the main window and start loading the renderer from app://renderer/. */
export function createMainWindow(options: { preloadPath: string; iconPath?: string }): BrowserWindow {
  const win = new BrowserWindow(
    buildWindowOptions({
      preloadPath: options.preloadPath,
      isPackaged: app.isPackaged,
      title: PRODUCT_NAME,
      darkBackground: nativeTheme.shouldUseDarkColors,
      ...(options.iconPath ? { icon: options.iconPath } : {}),
    }),
  );
  const contents = win.webContents;
  // Only this window's top frame may call the IPC handlers (checklist #17).
  trustWebContents(contents);
  // Checklist #13/#14: no navigation away from app://renderer, no new windows.
  guardWebContents(contents);
  win.once('ready-to-show', () => win.show());
  contents.on('render-process-gone', (_event, details) => {
    console.error(`Renderer process gone (${details.reason}, exit code ${details.exitCode}).`);
  });
  void win.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load ${APP_ENTRY_URL}:`, error);
  });
  return win;
}

/** dist/preload/index.cjs, next to dist/main/index.cjs in the build output. */
export function preloadPath(mainDir: string): string {
  return path.join(mainDir, '..', 'preload', 'index.cjs');
}

/** dist/renderer, next to dist/main in the build output. */
export function rendererDir(mainDir: string): string {
  return path.join(mainDir, '..', 'renderer');
}
