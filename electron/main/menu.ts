/**
 * The application menu. Items that act on the page send a `menu:command` event to the
 * renderer, which owns file pickers, pending changes and view toggles; theme, About,
 * Documentation and Quit are handled here.
 */

import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { isMac } from './platform';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** What the menu can do; index.ts wires these to the window, nativeTheme, dialogs and shell. */
export interface MenuActions {
  readonly sendCommand: (command: MenuCommand) => void;
  readonly setTheme: (theme: ThemeChoice) => void;
  readonly showAbout: () => void;
  readonly openDocumentation: () => void;
}

export interface MenuOptions {
  /** "Use this computer's registry" on Windows, "Use demo data" elsewhere. */
  readonly defaultSourceLabel: string;
  readonly theme: ThemeChoice;
  /** Adds Reload and DevTools for the development loop. */
  readonly development: boolean;
}

/** The menu as data; pure apart from the click callbacks, so it can be unit-tested. */
export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand) => () => actions.sendCommand(id);
  const theme = (choice: ThemeChoice, label: string): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: options.theme === choice,
    click: () => actions.setTheme(choice),
  });
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&Open .reg export(s)…', accelerator: 'CmdOrCtrl+O', click: command('open-reg-files') },
      { label: 'Open driver &INF…', accelerator: 'CmdOrCtrl+I', click: command('open-inf-files') },
      { type: 'separator' },
      { label: 'Save changes as .&reg…', accelerator: 'CmdOrCtrl+S', click: command('save-changes-reg') },
      { label: 'Save changes as &PowerShell…', accelerator: 'CmdOrCtrl+Shift+S', click: command('save-changes-ps1') },
      { type: 'separator' },
      { label: options.defaultSourceLabel, click: command('use-default-source') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'E&xit' } as const]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Show &hidden adapters', click: command('toggle-hidden-adapters') },
      { label: '&Registry-only keywords', click: command('toggle-registry-only') },
      { label: 'Ra&w values', click: command('toggle-raw-values') },
      { type: 'separator' },
      {
        label: '&Theme',
        submenu: [theme('system', '&System'), theme('light', '&Light'), theme('dark', '&Dark')],
      },
      ...(options.development ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: '&Documentation', click: () => actions.openDocumentation() },
      { type: 'separator' },
      { label: '&About', click: () => actions.showAbout() },
    ],
  };
  // On macOS the first menu is the app menu; it carries Quit.
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, view, help];
}

/** Build and install the application menu. */
export function installMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, options)));
}
