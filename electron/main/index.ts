/**
 * Composition root of the Electron main process: lifecycle, the one window, and wiring of
 * services to IPC. Handlers are registered before the window loads, so the renderer never
 * calls a channel nobody answers.
 */

import path from 'node:path';
import { app, dialog, nativeTheme, session, shell, type BrowserWindow } from 'electron';
import { createAppHandlers, type AppEnvironment, type HandlerTable } from '../services/app-handlers';
import { createDefaultSource, createFileSource } from '../sources/default-source';
import type { RegistrySource } from '../sources/registry-source';
import { regFilesFromArgv } from './command-line';
import { registerInvokeHandlers, send } from './ipc/typed-ipc';
import { installMenu, type ThemeChoice } from './menu';
import { isWindows } from './platform';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenSession, installAppWideGuards } from './security';
import { DOCUMENTATION_URL } from './web-preferences';
import { createMainWindow, preloadPath, PRODUCT_NAME, rendererDir } from './window';
import { isProcessElevated, relaunchWithHandover } from './windows/elevation';
import { restartAdapter } from '../services/windows/restart-adapter';
import { defaultHandoverDir, defaultJournalDir } from '../services/journal-location';
import { handoverNameFromArgv, takeHandover } from '../services/handover';
import { windowsJournalSecurity } from '../services/windows/journal-folder-acl';

/** Same as appId in electron-builder.yml: taskbar grouping and notifications on Windows. */
const APP_USER_MODEL_ID = 'io.github.nicprops.advanced-properties';

// Before 'ready': the scheme must be privileged and every renderer sandboxed.
registerAppScheme();
app.enableSandbox();
if (isWindows) app.setAppUserModelId(APP_USER_MODEL_ID);

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the window; it receives our argv through 'second-instance'.
  app.quit();
} else {
  void main().catch((error: unknown) => {
    dialog.showErrorBox(PRODUCT_NAME, `The app could not start.\n\n${describe(error)}`);
    app.exit(1);
  });
}

async function main(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  let table: HandlerTable | null = null;
  const elevation = isWindows ? isProcessElevated() : Promise.resolve(null);

  app.on('window-all-closed', () => app.quit());
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    const files = regFilesFromArgv(argv, workingDirectory);
    if (files.length > 0 && mainWindow && table) void openFromSecondInstance(mainWindow, files);
  });

  await app.whenReady();

  hardenSession(session.defaultSession);
  installAppWideGuards();
  serveRenderer(session.defaultSession, rendererDir(__dirname));

  const isElevated = await elevation;
  // Pending changes handed over by the copy that relaunched this one as administrator: read once.
  let handoverName = handoverNameFromArgv(process.argv);
  const takeHandoverOnce = async () => {
    const name = handoverName;
    handoverName = null;
    return name === null ? null : takeHandover(defaultHandoverDir(), name);
  };
  const environment = async (files: readonly string[]): Promise<AppEnvironment> => ({
    runtime: 'electron',
    // Shared with the CLI and across the elevated relaunch (which may run as another user).
    journalDir: defaultJournalDir(),
    journalSecurity: isWindows ? windowsJournalSecurity({ trustUnverified: false }) : null,
    initialSource: await initialSource(files),
    defaultSource: createDefaultSource,
    restartAdapter: isWindows ? (adapter) => restartAdapter(adapter) : null,
    relaunchElevated: isWindows && isElevated === false ? (items) => relaunchWithHandover(app, items, defaultHandoverDir()) : null,
    takeHandover: takeHandoverOnce,
    isElevated,
  });

  table = createAppHandlers(await environment(regFilesFromArgv(process.argv, process.cwd())));
  registerInvokeHandlers(() => {
    if (!table) throw new Error('IPC before the handlers exist');
    return table;
  });

  mainWindow = createMainWindow({ preloadPath: preloadPath(__dirname) });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  installMenu(
    {
      sendCommand: (command) => {
        if (mainWindow && !mainWindow.isDestroyed()) send(mainWindow.webContents, 'menu:command', command);
      },
      setTheme: (theme: ThemeChoice) => {
        nativeTheme.themeSource = theme;
      },
      showAbout: () => void showAbout(mainWindow),
      openDocumentation: () => void shell.openExternal(DOCUMENTATION_URL),
    },
    {
      defaultSourceLabel: isWindows ? "Use this computer's registry" : 'Use demo data',
      theme: nativeTheme.themeSource,
      development: !app.isPackaged,
    },
  );

  /** A .reg opened while the app runs ("Open with", a second launch): ask, then switch. */
  async function openFromSecondInstance(win: BrowserWindow, files: readonly string[]): Promise<void> {
    const names = files.map((f) => path.basename(f)).join(', ');
    const { response } = await dialog.showMessageBox(win, {
      type: 'question',
      buttons: ['Open', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
      title: PRODUCT_NAME,
      message: `Open ${names}?`,
      detail: 'The window switches to the file; changes you have not applied or saved are discarded.',
    });
    if (response !== 0) return;
    try {
      const source = await createFileSource([...files]);
      table = createAppHandlers({ ...(await environment([])), initialSource: source });
      win.webContents.reload();
    } catch (error) {
      await dialog.showMessageBox(win, { type: 'error', title: PRODUCT_NAME, message: `Could not open ${names}.`, detail: describe(error) });
    }
  }
}

/** The .reg files from the command line, or the default source (with a message if they fail). */
async function initialSource(files: readonly string[]): Promise<RegistrySource> {
  if (files.length === 0) return createDefaultSource();
  try {
    return await createFileSource([...files]);
  } catch (error) {
    const fallback = createDefaultSource();
    dialog.showErrorBox(
      PRODUCT_NAME,
      `Could not open ${files.map((f) => path.basename(f)).join(', ')}:\n\n${describe(error)}\n\nShowing ${fallback.label} instead.`,
    );
    return fallback;
  }
}

async function showAbout(win: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `About ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail: [
      'Shows and edits the Advanced properties of network adapters, with the raw registry values, explanations and checks for bad combinations.',
      '',
      `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node.js ${process.versions.node}`,
    ].join('\n'),
  };
  if (win && !win.isDestroyed()) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
